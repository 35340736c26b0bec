// brief_markdown.cpp — the crisis brief as Markdown (the same content as the HTML brief, without charts).
#include "core/brief/brief.hpp"
#include "core/brief/brief_format.hpp"
#include "core/brief/brief_text.hpp"
#include "core/guideline/guideline_facts.hpp"

namespace sv {

std::string brief_markdown(const Situation& s, const Guideline& g, const BriefOptions& options) {
    const Lang lang = guideline_language(s.language);
    const GuidelineRules& rules = builtin_guideline_rules();
    auto T = [&](std::string_view key) { return std::string(brief_text(key, lang)); };
    auto md = [](std::string_view text) { return escape_markdown(text); };
    std::string out;

    out += "# " + T("title") + (s.brand.empty() ? "" : " — " + md(s.brand)) + "\n\n";
    std::string meta;
    if (options.generated_at != kNoTime) meta += T("generated") + " " + format_local(s, options.generated_at);
    if (!options.source_name.empty())
        meta += (meta.empty() ? "" : " · ") + T("source") + ": " + md(options.source_name);
    meta += (meta.empty() ? "" : " · ") +
            (s.utc_offset_given ? T("times_local") + " (" + format_utc_offset(s.utc_offset_minutes) + ")"
                                : T("times_utc"));
    out += "*" + meta + "*\n\n";

    out += "## " + T("situation") + "\n\n| | |\n|---|---|\n";
    for (const auto& row : brief_situation_rows(s))
        out += "| " + md(row.label) + " | " + md(row.value) + " |\n";
    out += "\n";

    out += "## " + T("guideline") + "\n\n";
    int n = 1;
    for (const auto& item : g.items) {
        out += std::to_string(n++) + ". **" + md(item.action) + "**  \n   " + T("why") + ": " +
               md(item.because) + "  \n   " + T("by_when") + ": " + md(item.by) + "\n";
    }
    out += "\n## " + T("substance") + "\n\n";
    auto themes = [&](const std::vector<std::string>& list) {
        std::string v;
        for (size_t i = 0; i < list.size() && i < 8; ++i) v += (i ? ", " : "") + md(list[i]);
        return v.empty() ? T("none_found") : v;
    };
    out += "- " + T("constructive") + ": " +
           (s.constructive_share.known
                ? format_number(s.constructive_share.value, NumberStyle::percent, lang) + " %"
                : T("not_measured")) +
           "\n";
    out +=
        "- " + T("emotional") + ": " +
        (s.emotional_share.known ? format_number(s.emotional_share.value, NumberStyle::percent, lang) + " %"
                                 : T("not_measured")) +
        "\n";
    out += "- " + T("constructive_themes") + ": " + themes(s.constructive_themes) + "\n";
    out += "- " + T("negative_themes") + ": " + themes(s.negative_themes) + "\n\n";

    out += "## " + T("multipliers") + "\n\n";
    if (s.multipliers.empty())
        out += T("none_found") + "\n\n";
    else {
        out += "| " + T("account") + " | " + T("followers") + " | " + T("reason") + " |\n|---|---:|---|\n";
        for (const auto& m : s.multipliers)
            out += "| " + md(m.name) + " | " +
                   (m.followers >= 0 ? format_number(double(m.followers), NumberStyle::integer, lang)
                                     : T("unknown")) +
                   " | " + md(m.reason) + " |\n";
        out += "\n";
    }

    out += "## " + T("trigger") + "\n\n";
    out += "- " + T("origin") + ": " + rules.label("origin", origin_code(s.origin), lang) + " (" +
           T(s.origin_user_chosen ? "chosen" : "guessed") + ")";
    if (s.origin != OriginType::unknown)
        out += " — " + T("cluster") + ": " + rules.label("cluster", coombs_cluster(s.origin), lang);
    out += "\n- " + T("candidates") + ":";
    if (s.triggers.empty())
        out += " " + T("none_found") + "\n";
    else {
        out += "\n";
        for (const auto& t : s.triggers)
            out += "  - " + format_local(s, t.created_at) + " · " + md(t.author) + ": “" +
                   md(excerpt(t.text, 200)) + "” (" + md(t.reason) + ")\n";
    }
    out += "\n## " + T("team") + "\n\n";
    auto entered = [&](const std::string& v) {
        return v.empty() ? std::string("*") + T("not_entered") + "*" : md(v);
    };
    out += "- " + T("brand") + ": " + entered(s.brand) + "\n";
    out += "- " + T("mission") + ": " + entered(s.mission) + "\n";
    out += "- " + T("responder") + ": " + entered(s.responder) + "\n";
    out += "- " + T("channel") + ": " + entered(s.channel) + "\n\n";
    out += "---\n\n*" + T("footer") + "*\n";
    return out;
}

} // namespace sv
