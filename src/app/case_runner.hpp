// case_runner.hpp — runs the analysis of one file as per-frame slices (the frame never freezes).
//
// The app calls step() once per frame with a time budget (~8 ms); the runner steps sv::AnalyzeJob (or, for
// a saved case, sv::ReopenJob), keeps the numbers the progress screen shows (phase, fraction, rows per
// second) and hands the finished sv::Analysis over, with its CasePrep (built in slices too, after the
// analysis). One file at a time: starting another cancels the one running.
#pragma once
#include "app/case_prep.hpp"
#include "core/case/reopen_job.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/pipeline/relabel_job.hpp"
#include "core/report/report_job.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sv::app {

class CaseRunner {
public:
    enum class Event : uint8_t {
        none,     // nothing happened (idle, or still working)
        finished, // the analysis is ready: take() it and take_prep()
        failed,   // the file could not be analysed: error() says why
    };

    // Starts analysing `bytes`. A job still running is dropped (its request is returned by
    // start() so the caller can tell automation; 0 when there was none).
    uint32_t start(std::string name, std::vector<char> bytes, uint32_t request, AnalyzeOptions options = {});
    // The same, pulling the file chunk by chunk from `source` (issue 9: never whole in memory).
    uint32_t start(std::string name, std::unique_ptr<ByteSource> source, uint32_t request,
                   AnalyzeOptions options = {});
    // Re-opens a saved case from its file (issue 7): no import, no scoring, only the analytics. The file is
    // read piece by piece (issue 9). `case_id` names the case; when finished, take() gives the analysis and
    // take_meta() its settings.
    uint32_t start_reopen(std::string case_id, std::string case_name, std::unique_ptr<CaseInput> file,
                          uint32_t request);
    // The same with the case's corrections (issue 7: relabelled comments, custom lexicon).
    uint32_t start_reopen(std::string case_id, std::string case_name, std::unique_ptr<CaseInput> file,
                          uint32_t request, RelabelPlan plan);
    bool reopening() const { return !case_id_.empty() && !rework_mode_; }
    // Relabelled comments or a new lexicon (issue 7): runs what depends on the labels on the open case's
    // analysis, which the runner holds meanwhile (take() gives it back). Not cancellable: the analysis is
    // half re-scored until it is done.
    uint32_t start_rework(std::unique_ptr<Analysis> analysis, RelabelPlan plan, uint32_t request);
    bool reworking() const { return rework_mode_; }
    uint64_t labels_changed() const { return labels_changed_; } // by the last rework
    const std::string& case_id() const { return case_id_; }     // the case being re-opened ("" for a file)
    CaseMeta take_meta() { return std::move(meta_); }
    // Stops the running job; returns its request id (0 when idle or when it had none).
    uint32_t cancel();
    // Works for about `budget_ms` milliseconds.
    Event step(double budget_ms);

    bool busy() const {
        return job_ != nullptr || reopen_ != nullptr || prep_ != nullptr || rework_ != nullptr ||
               summary_pending_;
    }
    std::unique_ptr<Analysis> take();
    CasePrep take_prep() { return std::move(prep_done_); }
    // smooth (issue 9): the analyze report of the finished analysis as JSON (what summary() answers; "" after
    // a rework), built after the view preparation: loadFile() and openCase() resolve with it, and built later
    // it was the longest task between two frames at the end of a load. frames: built in slices (ReportJob).
    std::string take_summary() { return std::move(summary_); }
    // The next steps build the summary: best in frames that draw nothing.
    bool summary_next() const { return summary_pending_; }
    const Error& error() const { return error_; }
    uint32_t request() const { return request_; }          // id of the current / just finished request
    const std::string& file_name() const { return name_; } // file being (or last) analysed
    uint64_t file_bytes() const { return bytes_; }

    // --- progress, for the progress screen ---
    Progress progress() const;
    size_t phase_index() const;
    size_t phase_count() const;
    uint64_t rows_so_far() const;   // comments imported so far
    double elapsed_ms() const;      // since start()
    double rows_per_second() const; // rows_so_far() / elapsed

private:
    void start_prep(); // after the analysis: the view preparation of done_
    uint32_t drop();   // stops whatever runs (also a rework: another file or case replaces the open one)

    std::unique_ptr<AnalyzeJob> job_;
    std::unique_ptr<Analysis> done_;
    std::unique_ptr<CasePrepJob> prep_; // after job_ / reopen_: the view preparation of done_
    CasePrep prep_done_;
    bool summary_pending_ = false;      // smooth: the next steps build summary_ (after the view preparation)
    std::unique_ptr<ReportJob> report_; // frames: the summary, in slices (reads done_ and prep_done_)
    std::string summary_;
    size_t phase_count_ = 0; // the job's phases + the view preparation
    Error error_;
    std::string name_;
    uint64_t bytes_ = 0;
    uint32_t request_ = 0;
    double started_ms_ = 0;
    double finished_ms_ = 0;
    // --- re-opening a saved case ---
    std::unique_ptr<ReopenJob> reopen_;
    std::string case_id_;
    CaseMeta meta_;
    uint64_t reopen_rows_ = 0;
    // --- re-labelling the open case (issue 7) ---
    std::unique_ptr<RelabelJob> rework_;
    std::unique_ptr<Analysis> rework_analysis_;
    bool rework_mode_ = false;
    bool rework_first_ = false; // the first step gets a longer budget (small cases finish without a flicker)
    uint64_t labels_changed_ = 0;
};

} // namespace sv::app
