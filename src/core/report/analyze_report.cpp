#include "core/report/analyze_report.hpp"

#include "core/base/version.hpp"
#include "core/guideline/guideline_report.hpp"

#include <cmath>

namespace sv {

Json analyze_report(const Analysis& a) {
    Json j = Json::object();
    j["stormvakt_version"] = kVersion;
    j["source"] = a.source_name;
    j["source_bytes"] = a.source_bytes;
    append_import_report(a, j);
    append_sentiment_report(a, j);
    append_analytics_report(a, j);
    append_guideline_report(a, GuidelineInputs{}, j);
    Json timings = Json::object();
    for (const auto& [phase, ms] : a.timings_ms) timings[phase] = std::round(ms * 100.0) / 100.0;
    j["timings_ms"] = timings;
    return j;
}

} // namespace sv
