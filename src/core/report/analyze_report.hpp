// analyze_report.hpp — the JSON report of `stormvakt analyze` (and of window.stormvakt.summary() in the app).
//
// The keys are a contract (README "analyze report"): they are only ever added, never renamed. Each module
// appends its own keys (import_report_json.cpp, ...); a figure the data cannot support is null with a
// reason next to it.
#pragma once
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace sv {

using Json = nlohmann::ordered_json;

Json analyze_report(const Analysis& analysis);

// An input error as a report entry: line, byte_offset, column (null when not applicable), kind, excerpt,
// message, hint. Also how the case file keeps the import's rejects.
Json error_to_json(const Error& e);

// Module parts, in the order they appear in the report.
void append_import_report(const Analysis& analysis, Json& out);
void append_sentiment_report(const Analysis& analysis, Json& out); // core/sentiment/sentiment_report.cpp
void append_analytics_report(const Analysis& analysis, Json& out); // src/core/analytics/analytics_report.cpp
// The user's corrections, when there are any (issue 7): core/sentiment/corrections_report.cpp
void append_corrections_report(const Analysis& analysis, Json& out);

// app6: rounds every fractional number to 6 significant digits, as analyze_report() does (other reports in
// the same shapes, e.g. the app's window figures, stay comparable with the CLI's).
void round_report_floats(Json& j);

// frames (issue 9): the sentiment part's passes over the comments (labels, mean compound, critics per 100),
// counted in slices by ReportJob (report_job.hpp); append_sentiment_report(a, counts, out) then appends the
// same keys as append_sentiment_report(a, out). Defined in core/sentiment/sentiment_report.cpp.
struct SentimentReportCounts {
    bool done = false; // every row and author counted
    size_t positive = 0, neutral = 0, negative = 0;
    size_t negative_emotional = 0, negative_constructive = 0, other_constructive = 0;
    double compound_sum = 0;  // in row order
    size_t named_authors = 0; // authors with a name and a comment
    size_t critics = 0;       // of those, mean compound <= kNegativeThreshold
};
class SentimentReportCountJob final : public Job {
public:
    explicit SentimentReportCountJob(const Analysis& a) : a_(a) {}
    StepResult step(double budget_ms) override;
    Progress progress() const override { return {"summary", static_cast<uint64_t>(stage_), 2}; }
    const SentimentReportCounts& counts() const { return k_; }

private:
    const Analysis& a_;
    SentimentReportCounts k_;
    int stage_ = 0;
    size_t next_ = 0;                // the next row (stage 0) or author (stage 1)
    std::vector<double> author_sum_; // per author: sum of compound
    std::vector<uint32_t> author_n_; // per author: comments
};
void append_sentiment_report(const Analysis& analysis, const SentimentReportCounts& counts, Json& out);

} // namespace sv
