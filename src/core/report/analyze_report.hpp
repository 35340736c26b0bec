// analyze_report.hpp — the JSON report of `stormvakt analyze` (and of window.stormvakt.summary() in the app).
//
// The keys are a contract (README "analyze report"): they are only ever added, never renamed. Each module
// appends its own keys (import_report_json.cpp, ...); a figure the data cannot support is null with a
// reason next to it.
#pragma once
#include "core/pipeline/analysis.hpp"

#include <nlohmann/json.hpp>

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

} // namespace sv
