// analysis.hpp — everything Stormvakt knows about one file: the comments and every result computed on them.
// Built by AnalyzeJob (analyze_job.hpp); read by the report writers, the CLI and the app.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/import/import_report.hpp"
#include "core/sentiment/corrections.hpp"
#include "core/sentiment/sentiment_columns.hpp"
#include "core/store/comment_store.hpp"

#include <map>
#include <string>

namespace sv {

struct Analysis {
    std::string source_name;                  // file name as given
    uint64_t source_bytes = 0;                // file size in bytes
    CommentStore comments;                    // the canonical comments (columns)
    ImportReport import;                      // what the importer did
    SentimentColumns sentiment;               // per-comment language and sentiment (parallel to comments)
    AnalyticsResult analytics;                // crisis analytics
    std::map<std::string, double> timings_ms; // wall time per phase ("import", "score", "analyze", ...)
    // issue 7 (app7): the user's corrections — comments relabelled by hand (an overlay on `sentiment`) and
    // the custom words the sentiment columns were scored with.
    SentimentCorrections corrections;
    std::vector<CustomWord> custom_words;
};

} // namespace sv
