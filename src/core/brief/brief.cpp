// brief.cpp — the content both brief formats share: the "situation in numbers" rows.
#include "core/brief/brief.hpp"

#include "core/brief/brief_format.hpp"
#include "core/brief/brief_text.hpp"
#include "core/guideline/guideline_facts.hpp"
#include "core/guideline/response_window.hpp"

namespace sv {

std::vector<BriefRow> brief_situation_rows(const Situation& s) {
    const Lang lang = guideline_language(s.language);
    const GuidelineRules& rules = builtin_guideline_rules();
    std::vector<BriefRow> rows;
    auto missing = [&](const std::string& reason) {
        std::string v(brief_text("not_measured", lang));
        if (!reason.empty()) v += " — " + reason;
        return v;
    };
    auto add = [&](std::string_view key, const Figure& f, NumberStyle style, std::string_view suffix = {}) {
        if (f.known)
            rows.push_back({std::string(brief_text(key, lang)),
                            format_number(f.value, style, lang) + std::string(suffix), true});
        else
            rows.push_back({std::string(brief_text(key, lang)), missing(f.missing_reason), false});
    };

    rows.push_back({std::string(brief_text("stage", lang)),
                    s.stage == Stage::unknown ? missing(s.stage_missing_reason)
                                              : rules.label("stage", stage_code(s.stage), lang),
                    s.stage != Stage::unknown});
    add("severity", s.severity, NumberStyle::integer, std::string(" ").append(brief_text("of_100", lang)));
    rows.push_back({std::string(brief_text("onset", lang)),
                    s.onset == kNoTime ? missing("") : format_local(s, s.onset), s.onset != kNoTime});
    rows.push_back({std::string(brief_text("window", lang)), response_window(s).label, s.onset != kNoTime});
    rows.push_back({std::string(brief_text("comments", lang)),
                    format_number(double(s.comments), NumberStyle::integer, lang) + " · " +
                        std::string(brief_text("people", lang)) + " " +
                        format_number(double(s.authors), NumberStyle::integer, lang),
                    true});
    if (s.comments_since_onset >= 0)
        rows.push_back({std::string(brief_text("since_onset", lang)),
                        format_number(double(s.comments_since_onset), NumberStyle::integer, lang), true});
    add("negative_share", s.negative_share, NumberStyle::percent, " %");
    add("critics", s.critics_per_100, NumberStyle::integer);
    add("emotional", s.emotional_share, NumberStyle::percent, " %");
    add("constructive", s.constructive_share, NumberStyle::percent, " %");
    add("outsiders", s.outsider_share, NumberStyle::percent, " %");
    add("fans", s.fans, NumberStyle::integer);
    if (s.n_star.known) {
        std::string v = format_number(s.n_star.value, NumberStyle::ratio, lang);
        if (s.n_star_lo.known && s.n_star_hi.known)
            v += " (" + std::string(brief_text("ci", lang)) + " " +
                 format_number(s.n_star_lo.value, NumberStyle::ratio, lang) + "–" +
                 format_number(s.n_star_hi.value, NumberStyle::ratio, lang) + ")";
        rows.push_back({"n*", v, true});
    } else {
        rows.push_back({"n*", missing(s.n_star.missing_reason), false});
    }
    if (s.forecast_final_size.known) add("forecast", s.forecast_final_size, NumberStyle::integer);
    return rows;
}

} // namespace sv
