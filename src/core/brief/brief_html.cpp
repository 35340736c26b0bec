// brief_html.cpp — the crisis brief as one self-contained HTML file: inline CSS (screen and A4 print), charts
// as inline SVG (brief_svg.cpp), no scripts and no external references.
//
// [SECTION] Style
// [SECTION] Page
#include "core/brief/brief.hpp"
#include "core/brief/brief_format.hpp"
#include "core/brief/brief_svg.hpp"
#include "core/brief/brief_text.hpp"
#include "core/guideline/guideline_facts.hpp"
#include "core/guideline/response_window.hpp"

namespace sv {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Style
// ---------------------------------------------------------------------------------------------------------

// A4 portrait with 11 mm side margins leaves 188 mm = 710 CSS px: the page is laid out for 703 px.
constexpr const char* kCss = R"css(
@page { size: A4; margin: 10mm 11mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5px/1.3 "Inter", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1f2933; margin: 0 auto;
       max-width: 703px; background: #fff; }
@media screen { body { margin: 24px auto; padding: 0 8px; } }
header { border-bottom: 3px solid #1f3a5f; padding-bottom: 5px; margin-bottom: 4px; }
h1 { font-size: 20px; margin: 0; color: #1f3a5f; letter-spacing: -0.2px; }
h1 .brand { color: #1f2933; }
.meta { color: #6b7785; font-size: 10px; margin-top: 2px; }
h2 { font-size: 11px; text-transform: uppercase; letter-spacing: 0.6px; color: #1f3a5f; margin: 8px 0 3px;
     border-bottom: 1px solid #d5dbe2; padding-bottom: 2px; }
.top { display: grid; grid-template-columns: 1fr 236px; gap: 14px; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 1px 4px; vertical-align: top; text-align: left; }
.numbers td:first-child { color: #4a5968; width: 52%; }
.numbers td:last-child { font-weight: 600; }
.numbers tr:nth-child(odd) td { background: #f5f7f9; }
.missing { color: #8a94a0; font-weight: 400 !important; font-style: italic; }
.stage { display: inline-block; padding: 0 7px; border-radius: 8px; color: #fff; font-weight: 700; }
.stage-calm, .stage-resolved { background: #2e8b57; } .stage-emerging { background: #c98a00; }
.stage-escalating { background: #d35400; } .stage-peak { background: #c0392b; }
.stage-declining { background: #2c6fa8; } .stage-unknown { background: #8a94a0; }
.window { margin: 6px 0 0; padding: 4px 8px; border-left: 4px solid #c98a00; background: #fff8e6; font-weight: 600; }
.window.overdue { border-color: #c0392b; background: #fdecea; } .window.none { border-color: #a3adb8; background: #f5f7f9; }
.charts svg { display: block; }
h2 .unit { text-transform: none; letter-spacing: 0; font-weight: 400; color: #6b7785; }
.caption { color: #6b7785; font-size: 9.5px; margin: 2px 0 6px; }
ol.guideline { margin: 0; padding-left: 18px; }
ol.guideline li { margin: 0 0 3px; break-inside: avoid; }
ol.guideline .action { font-weight: 700; }
ol.guideline .why, ol.guideline .by { color: #4a5968; font-size: 9.5px; }
ol.guideline .by { font-weight: 600; color: #1f3a5f; }
ol.guideline .overdue { color: #c0392b; }
.three { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 12px; }
.three ul { margin: 0; padding-left: 14px; }
.small th { color: #4a5968; font-weight: 600; border-bottom: 1px solid #d5dbe2; }
.small td.num { text-align: right; white-space: nowrap; }
blockquote { margin: 2px 0 4px; padding: 2px 6px; border-left: 3px solid #d5dbe2; color: #37414b; }
.team { margin-top: 3px; }
.mission { font-style: italic; }
@media print { body { font-size: 10px; line-height: 1.25; } ol.guideline .why, ol.guideline .by { font-size: 9px; } }
footer { margin-top: 8px; padding-top: 4px; border-top: 1px solid #d5dbe2; color: #6b7785; font-size: 9px; }
)css";

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Page
// ---------------------------------------------------------------------------------------------------------

std::string esc(std::string_view t) {
    return escape_html(t);
}

} // namespace

std::string brief_html(const Situation& s, const Guideline& g, const BriefOptions& options) {
    const Lang lang = guideline_language(s.language);
    const GuidelineRules& rules = builtin_guideline_rules();
    auto T = [&](std::string_view key) { return esc(brief_text(key, lang)); };
    std::string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(lang)) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + T("title") + (s.brand.empty() ? "" : " — " + esc(s.brand)) + "</title>\n";
    out += "<style>" + std::string(kCss) + "</style>\n</head>\n<body>\n";

    // Header.
    out += "<header><h1>" + T("title") +
           (s.brand.empty() ? "" : " — <span class=\"brand\">" + esc(s.brand) + "</span>") +
           "</h1><div class=\"meta\">";
    std::string meta;
    if (options.generated_at != kNoTime)
        meta += T("generated") + " " + esc(format_local(s, options.generated_at));
    if (!options.source_name.empty())
        meta += (meta.empty() ? "" : " · ") + T("source") + ": " + esc(options.source_name);
    meta += (meta.empty() ? "" : " · ") +
            (s.utc_offset_given ? T("times_local") + " (" + esc(format_utc_offset(s.utc_offset_minutes)) + ")"
                                : T("times_utc"));
    out += meta + "</div>\n";
    // Team and mission, in the header.
    auto entered = [&](const std::string& v, const char* cls = "") {
        return v.empty() ? "<span class=\"missing\">" + T("not_entered") + "</span>"
                         : "<span class=\"" + std::string(cls) + "\">" + esc(v) + "</span>";
    };
    out += "<div class=\"team\">" + T("responder") + ": <b>" + entered(s.responder) + "</b> · " +
           T("channel") + ": <b>" + entered(s.channel) + "</b> · " + T("mission") + ": " +
           entered(s.mission, "mission") + "</div>";
    out += "</header>\n";

    // Situation in numbers + gauges.
    out += "<section class=\"top\"><div><h2>" + T("situation") + "</h2><table class=\"numbers\">";
    const auto rows = brief_situation_rows(s);
    const std::string window_label(brief_text("window", lang));
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        if (row.label == window_label) continue; // shown as the bar below
        std::string value = esc(row.value);
        if (i == 0 && row.measured)
            value =
                "<span class=\"stage stage-" + std::string(stage_code(s.stage)) + "\">" + value + "</span>";
        out += "<tr><td>" + esc(row.label) + "</td><td" + (row.measured ? "" : " class=\"missing\"") + ">" +
               value + "</td></tr>";
    }
    out += "</table>";
    // The response window, under the numbers.
    const ResponseWindow w = response_window(s);
    out += "<div class=\"window" +
           std::string(w.phase == WindowPhase::overdue    ? " overdue"
                       : w.phase == WindowPhase::no_onset ? " none"
                                                          : "") +
           "\">" + T("window") + ": " + esc(w.label) + "</div>\n";

    out += "</div>\n<div class=\"charts\"><h2>" + T("self_driving") + "</h2>" + svg_nstar_gauge(s, 236, 116);
    out += "<h2>" + T("loud_minority") + "</h2>" + svg_critics_bars(s, 236, 80) + "<div class=\"caption\">" +
           T("gap_note") + "</div></div></section>\n";

    // Timeline.
    out += "<section class=\"charts\"><h2>" + T("timeline");
    if (s.bucket_seconds > 0 && !s.timeline.empty())
        out += " <span class=\"unit\">(" + T("per_bucket") + " " +
               esc(format_duration(s.bucket_seconds, lang)) + " · " +
               esc(format_local(s, s.timeline.front().start).substr(0, 10)) + " – " +
               esc(format_local(s, s.timeline.back().start + s.bucket_seconds).substr(0, 10)) + ")</span>";
    out += "</h2>" + svg_timeline(s, 703, 122);
    out += "</section>\n";

    // Guideline.
    out += "<section><h2>" + T("guideline") + "</h2><ol class=\"guideline\">";
    for (const auto& item : g.items) {
        out += "<li><span class=\"action\">" + esc(item.action) + "</span><br><span class=\"why\">" +
               T("why") + ": " + esc(item.because) + "</span> · <span class=\"by" +
               std::string(item.overdue ? " overdue" : "") + "\">" + T("by_when") + ": " + esc(item.by) +
               "</span></li>";
    }
    out += "</ol></section>\n";

    // Substance | multipliers | trigger.
    auto themes = [&](const std::vector<std::string>& list) {
        std::string v;
        for (size_t i = 0; i < list.size() && i < 8; ++i) v += (i ? ", " : "") + esc(list[i]);
        return v.empty() ? "<span class=\"missing\">" + T("none_found") + "</span>" : v;
    };
    auto share = [&](const Figure& f) {
        return f.known ? esc(format_number(f.value, NumberStyle::percent, lang)) + " %"
                       : "<span class=\"missing\">" + T("not_measured") + "</span>";
    };
    out += "<section class=\"three\"><div><h2>" + T("substance") + "</h2><ul>";
    out += "<li>" + T("split") + ": <b>" + share(s.constructive_share) + "</b> / <b>" +
           share(s.emotional_share) + "</b></li>";
    out += "<li>" + T("constructive_themes") + ": " + themes(s.constructive_themes) + "</li>";
    out += "<li>" + T("negative_themes") + ": " + themes(s.negative_themes) + "</li></ul></div>\n";

    out += "<div><h2>" + T("multipliers") + "</h2>";
    if (s.multipliers.empty())
        out += "<span class=\"missing\">" + T("none_found") + "</span>";
    else {
        out += "<table class=\"small\"><tr><th>" + T("account") + "</th><th>" + T("followers") + "</th></tr>";
        for (size_t i = 0; i < s.multipliers.size() && i < 5; ++i) {
            const auto& m = s.multipliers[i];
            out += "<tr><td><b>" + esc(m.name) + "</b><br><span class=\"caption\">" + esc(m.reason) +
                   "</span></td><td class=\"num\">" +
                   (m.followers >= 0 ? esc(format_number(double(m.followers), NumberStyle::integer, lang))
                                     : T("unknown")) +
                   "</td></tr>";
        }
        out += "</table>";
    }
    out += "</div>\n<div><h2>" + T("trigger") + "</h2>";
    out += T("origin") + ": <b>" + esc(rules.label("origin", origin_code(s.origin), lang)) + "</b> (" +
           T(s.origin_user_chosen ? "chosen" : "guessed") + ")";
    if (s.origin != OriginType::unknown)
        out += "<br>" + T("cluster") + ": " + esc(rules.label("cluster", coombs_cluster(s.origin), lang));
    out += "<br>" + T("candidates") + ":";
    if (s.triggers.empty()) out += " <span class=\"missing\">" + T("none_found") + "</span>";
    for (size_t i = 0; i < s.triggers.size() && i < 1; ++i) {
        const auto& t = s.triggers[i];
        out += "<blockquote>“" + esc(excerpt(t.text, 140)) + "”<br><span class=\"caption\">" + esc(t.author) +
               " · " + esc(format_local(s, t.created_at)) + " · " + esc(t.reason) + "</span></blockquote>";
    }
    out += "</div></section>\n";

    out += "<footer>" + T("footer") + "</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace sv
