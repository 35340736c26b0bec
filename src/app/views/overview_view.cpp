// overview_view.cpp — the first screen of a case, for the first minute of a storm:
//
// [SECTION] Status       stage, severity, onset, n* (cards)
// [SECTION] Gauge        the self-driving gauge (n*, its interval, one plain sentence) and the response
// window [SECTION] Criticism    critics per 100 commenters vs negative share, emotional vs constructive,
// outsiders [SECTION] First steps  the first three guideline items (action / because / by) [SECTION] People
// top multipliers with their reason, top fans [SECTION] Volume       sentiment shares, counts and a mini
// timeline
//
// Figures a module has not computed are named as missing (with the reason), never shown as zeros.
#include "app/exports.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/insight_widgets.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace sv::app {
namespace {

// A share with one decimal when whole percent would round it to 0 % or 100 % (0.15 % is not 0 %).
std::string share(double v) {
    const bool edge = (v > 0 && v < 0.01) || (v > 0.99 && v < 1);
    return fmt_pct(v, edge ? 1 : 0);
}

std::string fmtf(const char* format, const std::string& a, const std::string& b = {},
                 const std::string& c = {}) {
    char buf[512];
    std::snprintf(buf, sizeof buf, format, a.c_str(), b.c_str(), c.c_str());
    return buf;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Status
// ---------------------------------------------------------------------------------------------------------
void status_banner(AppState& state, const Analysis& a, const HawkesGauge& g) {
    const Palette& p = palette();
    const CrisisState& c = a.analytics.crisis;
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
    stat_card(state.fonts.bold, tr(Str::card_stage), tr(kStage[stage < 6 ? stage : 0]), " ", w, stage_color);
    ImGui::SameLine();
    const std::string severity = fmt_dec(c.severity, 0) + " / 100";
    stat_card(state.fonts.bold, tr(Str::card_severity), severity.c_str(), " ", w);
    ImGui::SameLine();
    std::string onset = tr(Str::onset_none), onset_note;
    const Timeline& t = a.analytics.timeline;
    if (c.has_onset && c.onset_bucket < t.size()) {
        const int64_t at = t.bucket_start(c.onset_bucket);
        onset = fmt_date_time(shown(at));
        if (state.prep.has_times() && state.prep.t_max > at)
            onset_note = fmtf(tr(Str::onset_ago), fmt_duration(state.prep.t_max - at));
    }
    stat_card(state.fonts.bold, tr(Str::card_onset), onset.c_str(),
              onset_note.empty() ? " " : onset_note.c_str(), w);
    ImGui::SameLine();
    std::string gauge = tr(Str::gauge_not_measured), gauge_note;
    ImU32 gauge_color = 0;
    if (window_updating(state)) {
        gauge = tr(Str::window_updating);
    } else if (g.available) {
        gauge = fmt_dec(g.branching_ratio, 2);
        gauge_note = fmtf(tr(g.branching_ratio >= 1.0 ? Str::gauge_self_driving : Str::gauge_dying_out),
                          fmt_dec(g.ci_low, 2), fmt_dec(g.ci_high, 2));
        gauge_color = g.branching_ratio >= 1.0 ? p.negative : p.positive;
    }
    stat_card(state.fonts.bold, tr(Str::card_gauge), gauge.c_str(),
              gauge_note.empty() ? " " : gauge_note.c_str(), w, gauge_color);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Criticism
// ---------------------------------------------------------------------------------------------------------
void criticism_cards(AppState& state, const Situation& s) {
    const Palette& p = palette();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
    // The loud minority: critics per 100 commenters next to the share of negative comments.
    if (s.critics_per_100.known && s.negative_share.known) {
        // Fewer critics per 100 commenters than negative comments per 100: a few people write most of it.
        const bool minority = s.critics_per_100.value < 0.8 * 100.0 * s.negative_share.value;
        const std::string note = fmtf(tr(minority ? Str::loud_minority_fmt : Str::broad_criticism_fmt),
                                      fmt_pct(s.negative_share.value, 0));
        stat_card(state.fonts.bold, tr(Str::card_critics), fmt_dec(s.critics_per_100.value, 0).c_str(),
                  note.c_str(), w, p.negative);
    } else {
        stat_card(state.fonts.bold, tr(Str::card_critics), tr(Str::gauge_not_measured),
                  figure_reason(s.critics_per_100).c_str(), w);
    }
    ImGui::SameLine();
    // Emotional vs constructive share of criticism, as a split bar.
    {
        const ImVec2 a = ImGui::GetCursorScreenPos();
        if (s.emotional_share.known && s.constructive_share.known) {
            const std::string value =
                share(s.emotional_share.value) + " / " + share(s.constructive_share.value);
            stat_card(state.fonts.bold, tr(Str::card_emotional_constructive), value.c_str(),
                      tr(Str::emotional_constructive_note), w);
            const float sc = ui_scale();
            const float bar_w = w - 28 * sc;
            const float sh[2] = {static_cast<float>(s.emotional_share.value),
                                 static_cast<float>(s.constructive_share.value)};
            const ImU32 cols[2] = {p.negative, p.accent};
            ImDrawList* dl = ImGui::GetWindowDrawList();
            float x = a.x + 14 * sc;
            const float y = a.y + 60 * sc;
            for (int i = 0; i < 2; ++i) {
                const float bw = bar_w * sh[i];
                if (bw > 0.5f) dl->AddRectFilled(ImVec2(x, y), ImVec2(x + bw, y + 4 * sc), cols[i]);
                x += bw;
            }
        } else {
            stat_card(state.fonts.bold, tr(Str::card_emotional_constructive), tr(Str::gauge_not_measured),
                      figure_reason(s.emotional_share).c_str(), w);
        }
    }
    ImGui::SameLine();
    if (s.outsider_share.known) {
        stat_card(state.fonts.bold, tr(Str::card_outsiders), fmt_pct(s.outsider_share.value, 0).c_str(),
                  tr(Str::outsiders_note), w, s.outsider_share.value >= 0.5 ? p.warning : 0);
    } else {
        stat_card(state.fonts.bold, tr(Str::card_outsiders), tr(Str::gauge_not_measured),
                  figure_reason(s.outsider_share).c_str(), w);
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] People
// ---------------------------------------------------------------------------------------------------------
void people_panels(AppState& state, const Analysis& a, float height) {
    const CommentStore& c = a.comments;
    const WindowFigures* wf = window_figures(state);
    const PeopleStats& ps = wf ? wf->people : a.analytics.people; // fans of the brushed range
    const Palette& p = palette();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - gap) / 2;
    begin_panel("##ov_mult", w, height);
    section_title(state.fonts.bold, tr(Str::top_multipliers));
    if (!a.analytics.present) {
        notice(tr(Str::people_missing));
    } else if (ps.multipliers.empty()) {
        notice(tr(Str::no_multipliers));
    } else {
        size_t shown_n = 0;
        for (size_t i = 0; i < ps.multipliers.size() && shown_n < 3; ++i) {
            const Multiplier& m = ps.multipliers[i];
            if (!state.row_in_brush(m.key_row)) continue; // a brushed range: their key comment lies in it
            ++shown_n;
            // The name, then its following on the same line: a long name ends in "…" (whole on hover).
            std::string following;
            if (m.followers >= 0) {
                char buf[64];
                std::snprintf(buf, sizeof buf, tr(Str::followers_fmt), fmt_int(m.followers).c_str());
                following = buf;
            }
            const float following_w = following.empty() ? 0.0f
                                                        : ImGui::CalcTextSize(following.c_str()).x +
                                                              ImGui::GetStyle().ItemSpacing.x;
            ImGui::PushFont(state.fonts.bold, 0.0f);
            fitted_text(c.authors.name(m.author),
                        std::max(40.0f * ui_scale(), ImGui::GetContentRegionAvail().x - following_w));
            ImGui::PopFont();
            if (!following.empty()) {
                ImGui::SameLine();
                fitted_text(following, 0, p.text_muted);
            }
            const std::string reason = multiplier_reason(m); // app8: in the UI language
            wrapped_text(reason.c_str(), p.text_muted);
        }
    }
    end_panel();
    ImGui::SameLine();
    begin_panel("##ov_fans", w, height);
    section_title(state.fonts.bold, tr(Str::top_fans));
    if (!a.analytics.present) {
        notice(tr(Str::people_missing));
    } else if (window_updating(state)) {
        ImGui::TextDisabled("%s", tr(Str::window_updating));
    } else if (!ps.fans_available || ps.fans.empty()) {
        notice(ps.fans_reason.empty() ? tr(Str::no_fans) : reason_or(ps.fans_why, ps.fans_reason).c_str());
    } else {
        for (size_t i = 0; i < std::min<size_t>(3, ps.fans.size()); ++i) {
            const Fan& f = ps.fans[i];
            ImGui::PushFont(state.fonts.bold, 0.0f);
            fitted_text(c.authors.name(f.author));
            ImGui::PopFont();
            const std::string line = fan_line(f);
            wrapped_text(line.c_str(), p.text_muted);
        }
    }
    end_panel();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Volume
// ---------------------------------------------------------------------------------------------------------
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
    // Onset and peak markers from the analytics timeline.
    const Analysis& an = *state.current;
    if (an.analytics.present && an.analytics.crisis.has_onset) {
        const Timeline& t = an.analytics.timeline;
        auto x_of = [&](int64_t at) {
            return a.x + pad + static_cast<float>((at - prep.t_min) / span) * (width - 2 * pad);
        };
        const float xo = x_of(t.bucket_start(an.analytics.crisis.onset_bucket));
        dl->AddLine(ImVec2(xo, a.y + pad), ImVec2(xo, a.y + pad + h), p.warning, 2 * ui_scale());
        dl->AddText(ImVec2(xo + 4 * ui_scale(), a.y + pad), p.warning, tr(Str::marker_onset));
    }
}

void counts_row(AppState& state, const Analysis& a) {
    const CasePrep& prep = state.prep;
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
}

// The criticism figures of the brushed range in the Situation's fields (the cards read those). Shares of
// fewer than kWindowMinComments comments are not shown: the card says why.
Situation window_situation(const Situation& whole, const WindowFigures& w) {
    Situation out = whole;
    if (!w.sentiment) return out; // "sentiment was not scored", as for the whole file
    char few[256];
    std::snprintf(few, sizeof few, tr(Str::window_too_few_fmt),
                  fmt_int(static_cast<int64_t>(w.comments)).c_str());
    if (w.comments < kWindowMinComments) {
        for (Figure* f :
             {&out.critics_per_100, &out.negative_share, &out.emotional_share, &out.constructive_share})
            *f = Figure::missing(few);
    } else {
        out.negative_share = Figure::of(w.negative_share);
        out.critics_per_100 = w.people.authors ? Figure::of(w.critics_per_100) : Figure::missing(few);
        if (w.criticism) {
            out.emotional_share = Figure::of(w.emotional_share);
            out.constructive_share = Figure::of(w.constructive_share);
        } else {
            out.emotional_share = out.constructive_share =
                Figure::missing(tr(Str::no_criticism_in_range)); // codes: was English
        }
    }
    out.outsider_share = w.people.outsider_available ? Figure::of(w.people.outsider_share)
                                                     : Figure::missing(w.people.outsider_reason);
    if (!w.people.outsider_available) out.outsider_share.why = w.people.outsider_why;
    return out;
}

// The gauge of the brushed range; its forecast only when the range reaches the last comment (else the
// "comments still to come" would be about a moment in the past).
HawkesGauge window_gauge(const AppState& state, const WindowFigures& w) {
    HawkesGauge g = w.hawkes;
    if (state.prep.has_times() && state.brush.to <= state.prep.t_max) g.forecast_available = false;
    return g;
}

} // namespace

void draw_overview_view(AppState& state) {
    const Analysis& a = *state.current;
    const CasePrep& prep = state.prep;
    const Palette& p = palette();
    const float s = ui_scale();
    const Situation& sit = state.insights.situation;
    const bool ready = state.insights_ready();
    std::string sub = a.source_name;
    if (prep.has_times())
        sub += "  \u00B7  " + fmt_date_time(shown(prep.t_min)) + " \u2013 " +
               fmt_date_time(shown(prep.t_max)) + " " + clock_label();
    view_title(state.fonts.bold, tr(Str::nav_overview), sub.c_str());
    draw_window_chip(state);
    // A brushed range: its own gauge, criticism, outsiders and fans (window_filter.hpp).
    const WindowFigures* wf = window_figures(state);
    const HawkesGauge gauge = wf ? window_gauge(state, *wf) : a.analytics.hawkes;

    // Status banner: stage, onset and severity come from the analytics module.
    if (!a.analytics.present)
        notice(tr(Str::analytics_missing));
    else
        status_banner(state, a, gauge);
    ImGui::Dummy(ImVec2(0, 2 * s));

    // The self-driving gauge and the response window, side by side.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float half = (avail - gap) / 2;
    const float panel_h = 150 * s;
    begin_panel("##ov_gauge", half, panel_h);
    section_title(state.fonts.bold, tr(Str::gauge_title));
    if (window_updating(state))
        ImGui::TextDisabled("%s", tr(Str::window_updating));
    else
        gauge_widget(gauge, ImGui::GetContentRegionAvail().x);
    if (wf && gauge.available) ImGui::TextDisabled("%s", tr(Str::window_gauge_range));
    end_panel();
    ImGui::SameLine();
    begin_panel("##ov_window", half, panel_h);
    section_title(state.fonts.bold, tr(Str::window_title));
    if (ready) countdown_widget(state, sit, ImGui::GetContentRegionAvail().x);
    end_panel();
    // The situation and the guideline are built in the frame after a case arrives (app.cpp).
    if (ready) {
        // The criticism: the loud minority, emotional vs constructive, outsiders.
        ImGui::Dummy(ImVec2(0, 2 * s));
        if (window_updating(state))
            ImGui::TextDisabled("%s", tr(Str::window_updating));
        else
            criticism_cards(state, wf ? window_situation(sit, *wf) : sit);

        // The first steps of the guideline.
        ImGui::Dummy(ImVec2(0, 2 * s));
        begin_panel("##ov_steps", avail);
        section_title(state.fonts.bold, tr(Str::first_steps));
        // polish: at the panel's right edge in any UI language, white on the accent as the other buttons
        ImGui::SameLine();
        const float link_w =
            ImGui::CalcTextSize(tr(Str::open_guideline)).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                             std::max(0.0f, ImGui::GetContentRegionAvail().x - link_w));
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        if (ImGui::SmallButton(tr(Str::open_guideline))) state.view = View::guideline;
        ImGui::PopStyleColor();
        guideline_items(state, state.insights.guideline, 3);
        end_panel();
    }

    // Who drives it and who stands with the brand.
    ImGui::Dummy(ImVec2(0, 2 * s));
    people_panels(state, a, 0);

    // Sentiment shares and volume
    ImGui::Dummy(ImVec2(0, 6 * s));
    section_title(state.fonts.bold, tr(Str::sentiment_title));
    if (!a.sentiment.present()) {
        notice(tr(Str::sentiment_missing));
    } else {
        const std::array<uint64_t, 3> n = state.brush.active()
                                              ? prep.count_labels(state.brush.from, state.brush.to)
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
    }
    ImGui::Dummy(ImVec2(0, 4 * s));
    counts_row(state, a);

    ImGui::Dummy(ImVec2(0, 6 * s));
    section_title(state.fonts.bold, tr(Str::volume_title));
    ImGui::SameLine();
    const bool save_png = png_button("ov_volume");
    if (prep.has_times()) {
        // At least 120 px high; on a tall screen it takes the room left.
        const float h = std::max(120 * s, ImGui::GetContentRegionAvail().y - 8 * s);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        mini_timeline(state, avail, h);
        if (save_png) download_chart_png(a, "volume", at, ImVec2(at.x + avail, at.y + h));
    } else {
        notice(tr(Str::no_timestamps));
    }
}

} // namespace sv::app
