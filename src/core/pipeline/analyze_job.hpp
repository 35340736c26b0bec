// analyze_job.hpp — the whole pipeline for one file as one resumable job: import, then each analysis
// phase in order. The CLI runs it to the end; the app steps it once per frame.
#pragma once
#include "core/import/byte_source.hpp"
#include "core/import/import.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"
#include "core/sentiment/scorer.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sv {

class WorkerPool;

struct AnalyzeOptions {
    ImportOptions import;
    SentimentOptions sentiment; // custom words and scoring options of the "score" phase
    AnalyticsOptions analytics; // the "analyze" phase (core/analytics/analytics_job.hpp)
    // Non-empty: authors are pseudonymised right after import (core/case/pseudonymise.hpp, issue 7).
    std::string pseudonymise_salt;
    // Comments relabelled by hand (issue 7), applied right after scoring (core/sentiment/corrections.hpp).
    std::vector<LabelCorrection> corrections;
    // Threads that share the scoring (issue 9; the CLI's --threads N): 1 = the calling thread alone. The app
    // keeps 1 (the browser page has no shared memory). Results are the same for any count.
    unsigned threads = 1;
};

class AnalyzeJob final : public Job {
public:
    AnalyzeJob(std::vector<char> bytes, std::string source_name, AnalyzeOptions options);
    // The file pulled chunk by chunk from `source` (never whole in memory for CSV; issue 9).
    AnalyzeJob(std::unique_ptr<ByteSource> source, std::string source_name, AnalyzeOptions options);
    ~AnalyzeJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    const Error& error() const override;

    const Analysis& analysis() const { return *analysis_; }
    // Hands the finished analysis over (the job is spent afterwards).
    std::unique_ptr<Analysis> take() { return std::move(analysis_); }
    // Index of the current phase and how many there are (for "step 2 of 4").
    size_t phase_index() const { return phase_; }
    size_t phase_count() const { return phases_.size(); }

private:
    struct Phase {
        const char* name;
        std::unique_ptr<Job> (*make)(AnalyzeJob&);
    };
    static std::unique_ptr<Job> make_import(AnalyzeJob& self);
    static std::unique_ptr<Job> make_score(AnalyzeJob& self);
    static std::unique_ptr<Job> make_analyze(AnalyzeJob& self);
    static std::unique_ptr<Job> make_pseudonymise(AnalyzeJob& self);
    static std::unique_ptr<Job> make_corrections(AnalyzeJob& self);

    std::unique_ptr<Analysis> analysis_;
    AnalyzeOptions options_;
    std::vector<char> bytes_;            // handed to the import phase
    std::unique_ptr<ByteSource> source_; // or this (the bytes chunk by chunk)
    std::vector<Phase> phases_;
    size_t phase_ = 0;
    std::unique_ptr<Job> current_;
    const Error* failure_ = nullptr;
    std::unique_ptr<WorkerPool> pool_; // options_.threads > 1: the threads the phases share (else null)
};

} // namespace sv
