// corrections_report.cpp — the user's corrections in the `stormvakt analyze` report (issue 7; only when
// there are any): "corrections" {given, applied_comments, unknown_ids} and "custom_lexicon" {words}.
#include "core/report/analyze_report.hpp"

namespace sv {

void append_corrections_report(const Analysis& a, Json& out) {
    const SentimentCorrections& c = a.corrections;
    if (!c.given.empty()) {
        Json unknown = Json::array();
        for (size_t i = 0; i < c.unknown.size() && i < 20; ++i) unknown.push_back(c.unknown[i]);
        out["corrections"] = {{"given", c.given.size()},
                              {"applied_comments", c.rows.size()},
                              {"unknown_ids", std::move(unknown)}};
    }
    if (!a.custom_words.empty()) out["custom_lexicon"] = {{"words", a.custom_words.size()}};
}

} // namespace sv
