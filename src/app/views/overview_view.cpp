// overview_view.cpp — the first screen of a case: status, counts, sentiment and language shares (when the
// sentiment module has run), and a mini timeline of the volume. Figures a module has not computed are
// named as missing, never shown as zeros.
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace sv::app {
namespace {

void mini_timeline(const AppState& state, float width, float height) {
    const Palette& p = palette();
    const CasePrep& prep = state.prep;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + height), p.surface, 10 * ui_scale());
    ImGui::Dummy(ImVec2(width, height));
    if (!prep.has_times() || prep.t_max <= prep.t_min) return;
    // Bars of 4 px: counts come from binary searches on the sorted times (prep), not from a pass per frame.
    const float pad = 10 * ui_scale();
    const int bars = std::max(1, static_cast<int>((width - 2 * pad) / (4 * ui_scale())));
    const double span = static_cast<double>(prep.t_max - prep.t_min + 1);
    static std::vector<uint64_t> counts;
    counts.assign(bars, 0);
    uint64_t peak = 1;
    for (int i = 0; i < bars; ++i) {
        const int64_t from = prep.t_min + static_cast<int64_t>(span * i / bars);
        const int64_t to = prep.t_min + static_cast<int64_t>(span * (i + 1) / bars);
        counts[i] = prep.count(from, to);
        peak = std::max(peak, counts[i]);
    }
    const float bw = (width - 2 * pad) / bars;
    const float h = height - 2 * pad;
    for (int i = 0; i < bars; ++i) {
        if (!counts[i]) continue;
        const float x0 = a.x + pad + i * bw;
        const float y0 = a.y + pad + h * (1.0f - static_cast<float>(counts[i]) / static_cast<float>(peak));
        const int64_t from = prep.t_min + static_cast<int64_t>(span * i / bars);
        const bool in = !state.brush.active() || state.brush.contains(from);
        dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + bw - 1, a.y + pad + h), in ? p.accent : p.border);
    }
}

} // namespace

// Stage, severity, onset and the self-driving gauge, as measured by the analytics module.
static void status_banner(AppState& state, const Analysis& a) {
    const Palette& p = palette();
    const CrisisState& c = a.analytics.crisis;
    const HawkesGauge& g = a.analytics.hawkes;
    static const Str kStage[] = {Str::stage_calm, Str::stage_emerging,  Str::stage_escalating,
                                 Str::stage_peak, Str::stage_declining, Str::stage_resolved};
    const size_t stage = static_cast<size_t>(c.stage);
    const ImU32 stage_color = c.stage == CrisisStage::calm || c.stage == CrisisStage::resolved ? p.positive
                              : c.stage == CrisisStage::emerging || c.stage == CrisisStage::declining
                                  ? p.warning
                                  : p.negative;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float w = (avail - 3 * gap) / 4;
    stat_card(state.fonts.bold, tr(Str::card_stage), tr(kStage[stage < 6 ? stage : 0]), nullptr, w,
              stage_color);
    ImGui::SameLine();
    const std::string severity = fmt_dec(c.severity, 0) + " / 100";
    stat_card(state.fonts.bold, tr(Str::card_severity), severity.c_str(), " ", w);
    ImGui::SameLine();
    std::string onset = tr(Str::onset_none), onset_note;
    const Timeline& t = a.analytics.timeline;
    if (c.has_onset && c.onset_bucket < t.size()) {
        const int64_t at = t.bucket_start(c.onset_bucket);
        onset = fmt_date_time(at);
        if (state.prep.has_times() && state.prep.t_max > at) {
            char buf[160];
            std::snprintf(buf, sizeof buf, tr(Str::onset_ago), fmt_duration(state.prep.t_max - at).c_str());
            onset_note = buf;
        }
    }
    stat_card(state.fonts.bold, tr(Str::card_onset), onset.c_str(),
              onset_note.empty() ? " " : onset_note.c_str(), w);
    ImGui::SameLine();
    std::string gauge = tr(Str::gauge_not_measured), gauge_note;
    ImU32 gauge_color = 0;
    if (g.available) {
        gauge = fmt_dec(g.branching_ratio, 2);
        char buf[200];
        std::snprintf(buf, sizeof buf,
                      tr(g.branching_ratio >= 1.0 ? Str::gauge_self_driving : Str::gauge_dying_out),
                      fmt_dec(g.ci_low, 2).c_str(), fmt_dec(g.ci_high, 2).c_str());
        gauge_note = buf;
        gauge_color = g.branching_ratio >= 1.0 ? p.negative : p.positive;
    }
    stat_card(state.fonts.bold, tr(Str::card_gauge), gauge.c_str(),
              gauge_note.empty() ? " " : gauge_note.c_str(), w, gauge_color);
}

void draw_overview_view(AppState& state) {
    const Analysis& a = *state.current;
    const CasePrep& prep = state.prep;
    const Palette& p = palette();
    const float s = ui_scale();
    std::string sub = a.source_name;
    if (prep.has_times())
        sub += "  \u00B7  " + fmt_date_time(prep.t_min) + " \u2013 " + fmt_date_time(prep.t_max) + " UTC";
    view_title(state.fonts.bold, tr(Str::nav_overview), sub.c_str());

    // Status banner: stage, onset and severity come from the analytics module.
    if (!a.analytics.present)
        notice(tr(Str::analytics_missing));
    else
        status_banner(state, a);
    ImGui::Dummy(ImVec2(0, 4 * s));

    // Counts
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float card_w = (avail - 3 * gap) / 4;
    const uint64_t in_range =
        state.brush.active() ? prep.count(state.brush.from, state.brush.to) : a.comments.size();
    std::string range_note;
    if (state.brush.active()) {
        char buf[128];
        std::snprintf(buf, sizeof buf, tr(Str::in_selected_range),
                      fmt_int(static_cast<int64_t>(in_range)).c_str());
        range_note = buf;
    }
    stat_card(state.fonts.bold, tr(Str::card_comments),
              fmt_int(static_cast<int64_t>(a.comments.size())).c_str(),
              state.brush.active() ? range_note.c_str() : nullptr, card_w);
    ImGui::SameLine();
    stat_card(state.fonts.bold, tr(Str::card_commenters),
              fmt_int(static_cast<int64_t>(prep.authors_with_comments)).c_str(),
              state.brush.active() ? " " : nullptr, card_w);
    ImGui::SameLine();
    stat_card(state.fonts.bold, tr(Str::card_replies),
              fmt_int(static_cast<int64_t>(a.import.replies_linked)).c_str(),
              state.brush.active() ? " " : nullptr, card_w);
    ImGui::SameLine();
    stat_card(state.fonts.bold, tr(Str::card_span),
              prep.has_times() ? fmt_duration(prep.t_max - prep.t_min).c_str() : "\u2013",
              state.brush.active() ? " " : nullptr, card_w);

    // Sentiment shares and the loud minority
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::sentiment_title));
    ImGui::PopFont();
    if (!a.sentiment.present()) {
        notice(tr(Str::sentiment_missing));
    } else {
        std::array<uint64_t, 3> n{0, 0, 0};
        const bool ranged = state.brush.active();
        n = ranged ? prep.count_labels(state.brush.from, state.brush.to)
                   : prep.count_labels(INT64_MIN, INT64_MAX);
        const double total = static_cast<double>(n[0] + n[1] + n[2]);
        if (total > 0) {
            const float shares[3] = {static_cast<float>(n[0] / total), static_cast<float>(n[1] / total),
                                     static_cast<float>(n[2] / total)};
            const ImU32 colors[3] = {p.negative, p.neutral, p.positive};
            share_bar(shares, colors, 3, ImVec2(avail, 14 * s));
            ImGui::Text("%s %s   %s %s   %s %s", tr(Str::label_negative), fmt_pct(shares[0], 1).c_str(),
                        tr(Str::label_neutral), fmt_pct(shares[1], 1).c_str(), tr(Str::label_positive),
                        fmt_pct(shares[2], 1).c_str());
        }
        if (!a.analytics.present) notice(tr(Str::critics_missing));
    }

    // Mini timeline
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::volume_title));
    ImGui::PopFont();
    if (prep.has_times())
        mini_timeline(state, avail, 120 * s);
    else
        notice(tr(Str::no_timestamps));
}

} // namespace sv::app
