#include "core/report/analyze_report.hpp"

#include "core/base/version.hpp"
#include "core/guideline/guideline_report.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sv {
namespace {

// Every fractional number in the report keeps 6 significant digits: more is noise to a reader, and the
// last bits of a float differ between the native and the WASM build (the browser's summary() must equal
// the CLI's report).
void round_floats(Json& j) {
    if (j.is_number_float()) {
        const double v = j.get<double>();
        if (std::isfinite(v)) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.6g", v);
            j = std::strtod(buf, nullptr);
        }
    } else if (j.is_structured()) {
        for (auto& child : j) round_floats(child);
    }
}

} // namespace

Json analyze_report(const Analysis& a) {
    Json j = Json::object();
    j["stormvakt_version"] = kVersion;
    j["source"] = a.source_name;
    j["source_bytes"] = a.source_bytes;
    append_import_report(a, j);
    append_sentiment_report(a, j);
    append_corrections_report(a, j); // issue 7: relabelled comments and custom lexicon
    append_analytics_report(a, j);
    append_guideline_report(a, GuidelineInputs{}, j);
    Json timings = Json::object();
    for (const auto& [phase, ms] : a.timings_ms) timings[phase] = std::round(ms * 100.0) / 100.0;
    j["timings_ms"] = timings;
    round_floats(j);
    return j;
}

void round_report_floats(Json& j) { // app6
    round_floats(j);
}

} // namespace sv
