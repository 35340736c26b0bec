#include "app/insight_widgets.hpp"

#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/widgets.hpp"
#include "platform/platform.hpp"

#include "imgui.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <utility>

namespace sv::app {

std::string gauge_sentence(const HawkesGauge& g) {
    char buf[512];
    if (g.branching_ratio >= 1.0) {
        std::snprintf(buf, sizeof buf, tr(Str::gauge_sentence_self), fmt_dec(g.branching_ratio, 2).c_str());
    } else if (g.forecast_available && std::isfinite(g.forecast_remaining)) {
        std::snprintf(buf, sizeof buf, tr(Str::gauge_sentence_forecast),
                      fmt_dec(g.branching_ratio, 2).c_str(),
                      fmt_int(static_cast<int64_t>(std::llround(g.forecast_remaining))).c_str());
    } else {
        std::snprintf(buf, sizeof buf, tr(Str::gauge_sentence_dying), fmt_dec(g.branching_ratio, 2).c_str());
    }
    return buf;
}

void gauge_widget(const HawkesGauge& g, float width) {
    const Palette& p = palette();
    const float s = ui_scale();
    if (!g.available) {
        ImGui::TextUnformatted(tr(Str::gauge_not_measured));
        if (!g.reason.empty()) notice(reason_or(g.why, g.reason).c_str()); // codes: in the UI language
        return;
    }
    const double top = std::max(2.0, std::ceil(std::isfinite(g.ci_high) ? g.ci_high : 2.0));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float h = 10 * s;
    const float y = a.y + 6 * s;
    auto x_of = [&](double v) { return a.x + static_cast<float>(std::clamp(v / top, 0.0, 1.0)) * width; };
    // below 1: dies out (calm colour); from 1 on: self-driving
    dl->AddRectFilled(ImVec2(a.x, y), ImVec2(x_of(1.0), y + h), (p.positive & 0x00FFFFFF) | 0x55000000,
                      h * 0.5f, ImDrawFlags_RoundCornersLeft);
    dl->AddRectFilled(ImVec2(x_of(1.0), y), ImVec2(a.x + width, y + h),
                      (p.negative & 0x00FFFFFF) | 0x55000000, h * 0.5f, ImDrawFlags_RoundCornersRight);
    // the 95 % interval and n*
    dl->AddRectFilled(ImVec2(x_of(g.ci_low), y - 3 * s), ImVec2(x_of(g.ci_high), y + h + 3 * s),
                      (p.text & 0x00FFFFFF) | 0x40000000, 3 * s);
    const float xn = x_of(g.branching_ratio);
    dl->AddCircleFilled(ImVec2(xn, y + h * 0.5f), 8 * s, g.branching_ratio >= 1.0 ? p.negative : p.positive);
    dl->AddCircle(ImVec2(xn, y + h * 0.5f), 8 * s, p.surface, 0, 2 * s);
    // the threshold
    dl->AddLine(ImVec2(x_of(1.0), y - 6 * s), ImVec2(x_of(1.0), y + h + 6 * s), p.text, 2 * s);
    const float fs = kFontSmall * s;
    dl->AddText(nullptr, fs, ImVec2(a.x, y + h + 6 * s), p.text_muted, "0");
    dl->AddText(nullptr, fs, ImVec2(x_of(1.0) - 3 * s, y + h + 6 * s), p.text_muted, "1");
    const std::string top_label = fmt_dec(top, 0);
    dl->AddText(nullptr, fs, ImVec2(a.x + width - 8 * s * top_label.size(), y + h + 6 * s), p.text_muted,
                top_label.c_str());
    ImGui::Dummy(ImVec2(width, h + 12 * s + fs));
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextUnformatted(tr(Str::gauge_explain));
        ImGui::Text("n* = %s  (95%%: %s \u2013 %s)", fmt_dec(g.branching_ratio, 3).c_str(),
                    fmt_dec(g.ci_low, 3).c_str(), fmt_dec(g.ci_high, 3).c_str());
        if (g.forecast_available)
            ImGui::Text("%s: %s (%s \u2013 %s)", tr(Str::gauge_forecast_label),
                        fmt_int(static_cast<int64_t>(std::llround(g.forecast_total))).c_str(),
                        fmt_int(static_cast<int64_t>(std::llround(g.forecast_low))).c_str(),
                        std::isfinite(g.forecast_high)
                            ? fmt_int(static_cast<int64_t>(std::llround(g.forecast_high))).c_str()
                            : "\u221E");
        if (!g.reason.empty()) { // codes: how it was fitted, in the UI language
            ImGui::Spacing();
            ImGui::TextDisabled("%s", tr(Str::gauge_notes_label));
            ImGui::TextUnformatted(reason_or(g.why, g.reason).c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    const std::string sentence = gauge_sentence(g);
    wrapped_text(sentence.c_str());
}

void countdown_widget(const AppState& state, const Situation& s, float width) {
    const Palette& p = palette();
    const float sc = ui_scale();
    const Countdown c = countdown_at(s, platform::wall_clock_seconds());
    const ResponseWindow& w = c.window;
    if (w.phase == WindowPhase::no_onset) {
        wrapped_text(tr(Str::window_no_onset), p.text_muted);
        return;
    }
    // Overdue is an alarm only while the storm is on; for a calm or resolved case it is history (muted).
    const bool over = s.stage == Stage::calm || s.stage == Stage::resolved;
    const ImU32 col = w.phase == WindowPhase::overdue   ? (over ? p.text_muted : p.negative)
                      : w.phase == WindowPhase::closing ? p.warning
                                                        : p.positive;
    char big[160];
    if (w.phase == WindowPhase::overdue)
        std::snprintf(big, sizeof big, tr(Str::window_overdue_fmt), fmt_duration(-w.seconds_left).c_str());
    else
        std::snprintf(big, sizeof big, tr(Str::window_left_fmt), fmt_duration(w.seconds_left).c_str());
    ImGui::PushFont(state.fonts.bold, kFontH2); // an unscaled size: the style scales it by the DPI
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(col));
    ImGui::PushTextWrapPos(0); // a narrow panel (Guideline view) wraps it
    ImGui::TextUnformatted(big);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float h = 8 * sc;
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + h), p.surface_hover, h * 0.5f);
    dl->AddRectFilled(a, ImVec2(a.x + width * static_cast<float>(w.fraction_used), a.y + h), col, h * 0.5f);
    ImGui::Dummy(ImVec2(width, h));
    const std::string line = response_window_line(w); // app8: in the UI language
    wrapped_text(line.c_str(), p.text_muted);
    if (!c.live) {
        char note[200];
        std::snprintf(note, sizeof note, tr(Str::window_as_of_fmt), fmt_date_time(shown(s.now)).c_str(),
                      clock_label().c_str());
        wrapped_text(note, p.text_muted);
    }
}

void guideline_items(const AppState& state, const Guideline& g, size_t max_items) {
    const Palette& p = palette();
    const float s = ui_scale();
    if (g.items.empty()) {
        notice(tr(Str::guideline_empty));
        return;
    }
    const size_t n = max_items ? std::min(max_items, g.items.size()) : g.items.size();
    for (size_t i = 0; i < n; ++i) {
        const GuidelineItem& it = g.items[i];
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float r = 11 * s;
        dl->AddCircleFilled(ImVec2(a.x + r, a.y + r + 1 * s), r, it.overdue ? p.negative : p.accent);
        char num[8];
        std::snprintf(num, sizeof num, "%d", static_cast<int>(i + 1));
        const ImVec2 ts = ImGui::CalcTextSize(num);
        dl->AddText(ImVec2(a.x + r - ts.x * 0.5f, a.y + r + 1 * s - ts.y * 0.5f),
                    IM_COL32(255, 255, 255, 255), num);
        ImGui::Indent(2 * r + 10 * s);
        ImGui::PushFont(state.fonts.bold, 0.0f);
        wrapped_text(it.action.c_str());
        ImGui::PopFont();
        wrapped_text(it.because.c_str(), p.text_muted);
        char by[300];
        std::snprintf(by, sizeof by, "%s  %s%s", "\uE8B5", it.by.c_str(),
                      it.overdue ? (std::string("  \u00B7  ") + tr(Str::overdue)).c_str() : "");
        ImGui::PushStyleColor(ImGuiCol_Text,
                              ImGui::ColorConvertU32ToFloat4(it.overdue ? p.negative : p.warning));
        ImGui::TextUnformatted(by);
        ImGui::PopStyleColor();
        ImGui::Unindent(2 * r + 10 * s);
        ImGui::PopID();
        if (i + 1 < n) ImGui::Dummy(ImVec2(0, 4 * s));
    }
}

std::string fan_line(const Fan& f) {
    char buf[256];
    if (f.comments == 1)
        std::snprintf(buf, sizeof buf, tr(Str::fan_line_one_fmt), fmt_int(f.likes).c_str(),
                      fmt_dec(f.mean_compound, 2).c_str());
    else
        std::snprintf(buf, sizeof buf, tr(Str::fan_line_fmt), fmt_int(f.comments).c_str(),
                      fmt_int(f.likes).c_str(), fmt_dec(f.mean_compound, 2).c_str());
    return buf;
}

// ---------------------------------------------------------------------------------------------------------
// app8: core texts in the UI language
// ---------------------------------------------------------------------------------------------------------
std::string multiplier_reason(const Multiplier& m) {
    char buf[512];
    const std::string followers =
        m.followers >= 0 ? fmt_compact(static_cast<double>(m.followers)) : tr(Str::mult_followers_unknown);
    std::snprintf(buf, sizeof buf, tr(Str::mult_reason_fmt), followers.c_str(), fmt_int(m.follow_on).c_str(),
                  fmt_compact(static_cast<double>(m.engagement)).c_str(), fmt_int(m.volume_after).c_str(),
                  fmt_int(m.volume_before).c_str());
    return buf;
}

std::string response_window_line(const ResponseWindow& w) {
    if (w.phase == WindowPhase::no_onset) return tr(Str::window_no_onset);
    char buf[300];
    const std::string since = fmt_duration(w.seconds_since_onset);
    if (w.phase == WindowPhase::overdue) {
        std::snprintf(buf, sizeof buf, tr(Str::window_ended_line_fmt), fmt_duration(-w.seconds_left).c_str(),
                      since.c_str());
    } else {
        // Rounded up to the minute, so "0 min left" never shows while time remains (as the core does).
        const int64_t left = ((w.seconds_left + 59) / 60) * 60;
        std::snprintf(buf, sizeof buf, tr(Str::window_left_line_fmt), fmt_duration(left).c_str(),
                      since.c_str());
    }
    return buf;
}

std::string view_texts_json(const AppState& state, std::string_view view) {
    const UiLanguage l = ui_language();
    nlohmann::ordered_json j;
    j["ui_language"] = l == UiLanguage::sv ? "sv" : l == UiLanguage::de ? "de" : "en";
    // i18n branch: the error view's message and hint (a file that failed as a whole), as it shows them
    if (state.show_error) {
        const Error& e = state.runner.error();
        j["error"] = {{"message", error_message(e)}, {"hint", error_hint(e)}, {"kind", e.kind}};
    }
    if (!state.current)
        return state.show_error ? j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                                : "null";
    const Analysis& a = *state.current;
    const bool all = view.empty();
    if (all || view == "people" || view == "overview") {
        auto reasons = nlohmann::ordered_json::array();
        for (const Multiplier& m : a.analytics.people.multipliers) {
            reasons.push_back(multiplier_reason(m));
            if (view == "overview" && reasons.size() == 3) break; // Overview shows the top three
        }
        j["multiplier_reasons"] = reasons;
    }
    if ((all || view == "overview" || view == "guideline") && state.insights.built()) {
        const Situation& s = state.insights.situation;
        j["response_window"] = response_window_line(countdown_at(s, platform::wall_clock_seconds()).window);
        j["guideline_language"] = std::string(lang_code(state.insights.guideline.language));
        auto items = nlohmann::ordered_json::array();
        for (const GuidelineItem& it : state.insights.guideline.items) items.push_back(it.action);
        j["guideline_items"] = items;
    }
    // codes branch: the origin guess's explanation and the self-driving fit's notes, in the UI language
    const AnalyticsResult& r = a.analytics;
    if ((all || view == "overview" || view == "guideline") && !r.origin.reason.empty())
        j["origin_reason"] = reason_or(r.origin.why, r.origin.reason);
    if ((all || view == "overview") && !r.hawkes.reason.empty())
        j["gauge_reason"] = reason_or(r.hawkes.why, r.hawkes.reason);
    if (all || view == "import") { // codes: the format line, the rejected rows (first 20) as the view shows
        j["import_reason"] = format_why_text(a.import);
        auto rejects = nlohmann::ordered_json::array();
        for (const Error& e : a.import.rejects) {
            rejects.push_back(
                {{"message", error_message(e)}, {"hint", error_hint(e)}, {"kind", reject_kind_name(e.kind)}});
            if (rejects.size() == 20) break;
        }
        j["rejects"] = rejects;
        j["rejects_by_kind"] = rejects_by_kind_line(a.import); // i18n branch: as the view shows them
        j["precision"] = precision_line(a.import);
        j["warnings"] = warning_texts(a.import);
    }
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace sv::app
