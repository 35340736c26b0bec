// spread_view.cpp — how the storm spread: the largest reply cascades (size, depth, breadth, structural
// virality, negative share), the drawn reply tree of the selected one (node colour = sentiment, size =
// followers, positions from the core's layout), and reach over time. Until the analytics module has run,
// the view shows what the file itself tells (the comments with the most replies) and names what is missing.
//
// [SECTION] Fallback   most replied comments (no analytics)
// [SECTION] Cascades   the table
// [SECTION] Tree       the drawn reply tree
// [SECTION] View
#include "app/exports.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/series_chart.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sv::app {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Fallback
// ---------------------------------------------------------------------------------------------------------
void most_replied(AppState& state) {
    const Analysis& a = *state.current;
    // The comments with the most direct replies in the file (sorted once per case).
    static uint64_t built_for = ~0ull;
    static std::vector<uint32_t> top;
    if (built_for != state.data_version) {
        built_for = state.data_version;
        top.clear();
        for (uint32_t i = 0; i < state.prep.reply_count.size(); ++i)
            if (state.prep.reply_count[i] > 0) top.push_back(i);
        const size_t k = std::min<size_t>(50, top.size());
        std::partial_sort(top.begin(), top.begin() + k, top.end(), [&](uint32_t x, uint32_t y) {
            return state.prep.reply_count[x] > state.prep.reply_count[y];
        });
        top.resize(k);
    }
    if (top.empty()) return;
    section_title(state.fonts.bold, tr(Str::most_replied));
    const float s = ui_scale();
    if (ImGui::BeginTable("##toprep", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        setup_fixed_column(tr(Str::col_replies), 80 * s);
        setup_fixed_column(tr(Str::col_author),
                           column_width_for(
                               top.size(), [&](size_t i) { return a.comments.author_of(top[i]); }, 120 * s,
                               std::max(120 * s, ImGui::GetContentRegionAvail().x / 4)));
        ImGui::TableSetupColumn(tr(Str::col_text), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (uint32_t row : top) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fmt_int(state.prep.reply_count[row]).c_str());
            ImGui::TableNextColumn();
            fitted_text(a.comments.author_of(row));
            ImGui::TableNextColumn();
            const auto tx = a.comments.text_of(row);
            ImGui::PushID(static_cast<int>(row));
            if (ImGui::Selectable("##open", false,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap)) {
                state.open_thread_row = static_cast<int32_t>(row);
                state.view = View::comments;
            }
            ImGui::SameLine(0, 0);
            fitted_text(tx);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Cascades
// ---------------------------------------------------------------------------------------------------------
void cascade_table(AppState& state, int& selected, float height) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    const std::vector<Cascade>& list = a.analytics.cascades.largest;
    const float s = ui_scale();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##cascades", 7, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    setup_fixed_column(tr(Str::col_size), 60 * s);
    setup_fixed_column(tr(Str::col_depth), 50 * s);
    setup_fixed_column(tr(Str::col_breadth), 60 * s);
    setup_fixed_column(tr(Str::col_virality), 80 * s);
    setup_fixed_column(tr(Str::col_negative_share), 70 * s);
    // The author column fits the longest name of the list (up to a quarter of the table).
    setup_fixed_column(tr(Str::col_author),
                       column_width_for(
                           list.size(),
                           [&](size_t i) {
                               const int32_t root = list[i].root;
                               return root >= 0 && static_cast<size_t>(root) < c.size()
                                          ? c.author_of(static_cast<size_t>(root))
                                          : std::string_view();
                           },
                           110 * s, std::max(110 * s, ImGui::GetContentRegionAvail().x / 4)));
    ImGui::TableSetupColumn(tr(Str::col_text), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    // app8: the cascades shown (a brushed range: those started in it); the keyboard moves the selection
    static std::vector<int> shown_rows;
    shown_rows.clear();
    int pos_selected = -1;
    for (int i = 0; i < static_cast<int>(list.size()); ++i)
        if (state.row_in_brush(list[static_cast<size_t>(i)].root)) {
            if (i == selected) pos_selected = static_cast<int>(shown_rows.size());
            shown_rows.push_back(i);
        }
    const KeyNav nav = table_keys("spread.cascades", pos_selected, static_cast<int>(shown_rows.size()));
    if (pos_selected >= 0) selected = shown_rows[static_cast<size_t>(pos_selected)];
    for (int pos = 0; pos < static_cast<int>(shown_rows.size()); ++pos) {
        const int i = shown_rows[static_cast<size_t>(pos)];
        const Cascade& k = list[static_cast<size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string size = fmt_int(k.size);
        key_row(nav, pos, size);
        ImGui::PushID(i);
        if (ImGui::Selectable(size.c_str(), selected == i,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap)) {
            key_clicked(nav, pos_selected, pos);
            selected = i;
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(fmt_int(k.depth).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(fmt_int(k.max_breadth).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(fmt_dec(k.structural_virality, 2).c_str());
        ImGui::TableNextColumn();
        const double neg = k.size ? static_cast<double>(k.negative) / k.size : 0.0;
        ImGui::PushStyleColor(
            ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(neg >= 0.5 ? palette().negative : palette().text));
        ImGui::TextUnformatted(fmt_pct(neg, 0).c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        if (k.root >= 0 && static_cast<size_t>(k.root) < c.size()) {
            fitted_text(c.author_of(static_cast<size_t>(k.root)));
            ImGui::TableNextColumn();
            fitted_text(c.text_of(static_cast<size_t>(k.root)));
        } else {
            ImGui::TableNextColumn();
        }
    }
    ImGui::EndTable();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Tree
// ---------------------------------------------------------------------------------------------------------
ImU32 sentiment_color(const Analysis& a, int32_t row) {
    const Palette& p = palette();
    if (!a.sentiment.present() || row < 0 || static_cast<size_t>(row) >= a.sentiment.label.size())
        return p.neutral;
    switch (a.sentiment.label[static_cast<size_t>(row)]) {
    case SentimentLabel::negative:
        return p.negative;
    case SentimentLabel::positive:
        return p.positive;
    case SentimentLabel::neutral:
        break;
    }
    return p.neutral;
}

// Draws the layout in `size` at the cursor: x = leaf order, y = depth. Hovering a node shows its comment;
// clicking it opens the comment in its thread (Comments view).
void draw_tree(AppState& state, const CascadeLayout& L, ImVec2 size) {
    const Analysis& a = *state.current;
    const Palette& p = palette();
    const float s = ui_scale();
    const CommentStore& c = a.comments;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), p.surface, 10 * s);
    dl->AddRect(o, ImVec2(o.x + size.x, o.y + size.y), p.border, 10 * s);
    const bool clicked = ImGui::InvisibleButton("##tree", size);
    const bool hovered = ImGui::IsItemHovered();
    const size_t n = L.row.size();
    if (n == 0) {
        dl->AddText(ImVec2(o.x + 14 * s, o.y + 14 * s), p.text_muted, tr(Str::tree_too_large));
        return;
    }
    float max_order = 0;
    uint32_t max_depth = 0;
    for (size_t i = 0; i < n; ++i) {
        max_order = std::max(max_order, L.order[i]);
        max_depth = std::max(max_depth, L.depth[i]);
    }
    const float pad = 18 * s;
    const float w = size.x - 2 * pad, h = size.y - 2 * pad;
    auto pos = [&](size_t i) {
        const float x = max_order > 0 ? L.order[i] / max_order : 0.5f;
        const float y = max_depth > 0 ? static_cast<float>(L.depth[i]) / static_cast<float>(max_depth) : 0.0f;
        return ImVec2(o.x + pad + x * w, o.y + pad + y * h);
    };
    dl->PushClipRect(o, ImVec2(o.x + size.x, o.y + size.y), true);
    const ImU32 edge = (p.text_muted & 0x00FFFFFFu) | (0x70u << IM_COL32_A_SHIFT);
    for (size_t i = 0; i < n; ++i)
        if (L.parent[i] >= 0) dl->AddLine(pos(static_cast<size_t>(L.parent[i])), pos(i), edge, 1.0f * s);
    // Node size: log of followers (unknown: the smallest); many nodes: smaller, fewer segments.
    const bool dense = n > 2000;
    const float r_min = (dense ? 1.5f : 3.0f) * s, r_max = (dense ? 5.0f : 12.0f) * s;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hover = -1;
    float best = 1e9f;
    for (size_t i = 0; i < n; ++i) {
        const int32_t row = L.row[i];
        const int64_t f = row >= 0 ? c.followers_of_author(c.author[static_cast<size_t>(row)]) : -1;
        const float lf =
            f > 0 ? std::min(1.0f, static_cast<float>(std::log10(static_cast<double>(f) + 1.0)) / 6.0f) : 0;
        const float r = r_min + (r_max - r_min) * lf;
        const ImVec2 q = pos(i);
        dl->AddCircleFilled(q, r, sentiment_color(a, row), dense ? 6 : 0);
        if (i == 0) dl->AddCircle(q, r + 2 * s, p.text, 0, 2 * s);
        if (hovered) {
            const float d = (q.x - mouse.x) * (q.x - mouse.x) + (q.y - mouse.y) * (q.y - mouse.y);
            if (d < best && d <= (r + 4 * s) * (r + 4 * s)) {
                best = d;
                hover = static_cast<int>(i);
            }
        }
    }
    dl->PopClipRect();
    if (hover >= 0) {
        const int32_t row = L.row[static_cast<size_t>(hover)];
        const auto au = c.author_of(static_cast<size_t>(row));
        const auto tx = c.text_of(static_cast<size_t>(row));
        const int64_t f = c.followers_of_author(c.author[static_cast<size_t>(row)]);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::Text("%.*s", static_cast<int>(au.size()), au.data());
        if (f >= 0) ImGui::TextDisabled("%s %s", fmt_int(f).c_str(), tr(Str::col_followers));
        if (c.created_at[static_cast<size_t>(row)] != kNoTime)
            ImGui::TextDisabled("%s %s", fmt_date_time(shown(c.created_at[static_cast<size_t>(row)])).c_str(),
                                clock_label().c_str());
        ImGui::TextUnformatted(tx.data(), tx.data() + tx.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
        if (clicked) {
            state.open_thread_row = row;
            state.view = View::comments;
        }
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] View
// ---------------------------------------------------------------------------------------------------------
void draw_spread_view(AppState& state) {
    static int selected = 0;
    static uint64_t selected_for = ~0ull;
    const Analysis& a = *state.current;
    const float s = ui_scale();
    view_title(state.fonts.bold, tr(Str::nav_spread), nullptr);
    draw_window_chip(state);
    if (!a.analytics.present) {
        notice(tr(Str::spread_missing));
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::Text("%s: %s", tr(Str::card_replies),
                    fmt_int(static_cast<int64_t>(a.import.replies_linked)).c_str());
        most_replied(state);
        return;
    }
    if (selected_for != state.data_version) {
        selected_for = state.data_version;
        selected = 0;
    }
    const CascadeStats& cs = a.analytics.cascades;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;

    char note[200];
    std::snprintf(note, sizeof note, "%s \u00B7 %s %s", fmt_int(static_cast<int64_t>(cs.count)).c_str(),
                  fmt_int(static_cast<int64_t>(cs.replies_in_trees)).c_str(), tr(Str::card_replies));
    section_title(state.fonts.bold, tr(Str::cascades_title), cs.count ? note : nullptr);
    if (cs.largest.empty()) {
        notice(tr(Str::no_cascades));
    } else {
        selected = std::clamp(selected, 0, static_cast<int>(cs.largest.size()) - 1);
        // With a brushed range, the selection moves to the first cascade started inside it.
        if (!state.row_in_brush(cs.largest[static_cast<size_t>(selected)].root))
            for (int i = 0; i < static_cast<int>(cs.largest.size()); ++i)
                if (state.row_in_brush(cs.largest[static_cast<size_t>(i)].root)) {
                    selected = i;
                    break;
                }
        if (state.brush.active()) notice(tr(Str::filtered_cascades));
        cascade_table(state, selected, std::max(140.0f * s, avail_h * 0.32f));
    }

    // The tree (left) and reach over time (right).
    const float bottom_h = std::max(260.0f * s, ImGui::GetContentRegionAvail().y - 40 * s);
    const float tree_w = (avail_w - gap) * 0.6f;
    const float reach_w = avail_w - gap - tree_w;
    ImGui::BeginGroup();
    bool save_tree = false;
    if (!cs.largest.empty()) {
        const Cascade& k = cs.largest[static_cast<size_t>(selected)];
        const auto au = a.comments.author_of(static_cast<size_t>(k.root));
        const std::string who(au.data(), au.size());
        char title[300];
        std::snprintf(title, sizeof title, tr(Str::tree_title_fmt), who.c_str());
        section_title(state.fonts.bold, title);
        ImGui::SameLine();
        save_tree = png_button("tree");
        ImGui::TextDisabled("%s", tr(Str::tree_help));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 size(tree_w, bottom_h - ImGui::GetTextLineHeightWithSpacing());
        if (static_cast<size_t>(selected) < cs.layouts.size())
            draw_tree(state, cs.layouts[static_cast<size_t>(selected)], size);
        if (save_tree) download_chart_png(a, "reply-tree", at, ImVec2(at.x + size.x, at.y + size.y));
    }
    ImGui::EndGroup();
    if (!cs.largest.empty()) ImGui::SameLine();
    ImGui::BeginGroup();
    section_title(state.fonts.bold, tr(Str::reach_title));
    const PeopleStats& ps = a.analytics.people;
    if (!ps.followers_known) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + reach_w);
        notice(tr(Str::reach_unknown));
        ImGui::PopTextWrapPos();
    } else {
        ImGui::SameLine();
        const bool save = png_button("reach");
        ImGui::TextDisabled("%s %s", fmt_compact(ps.reach_total).c_str(), tr(Str::col_followers));
        SeriesSpec spec;
        spec.timeline = &a.analytics.timeline;
        spec.values_d = a.analytics.timeline.reach.data();
        spec.value_label = tr(Str::reach_label);
        if (a.analytics.crisis.has_onset)
            spec.onset = a.analytics.timeline.bucket_start(a.analytics.crisis.onset_bucket);
        if (state.brush.active()) spec.range_from = state.brush.from, spec.range_to = state.brush.to;
        ImVec2 r0, r1;
        draw_series_chart(
            "reach", spec,
            ImVec2(cs.largest.empty() ? avail_w : reach_w, bottom_h - ImGui::GetTextLineHeightWithSpacing()),
            &r0, &r1);
        if (save) download_chart_png(a, "reach", r0, r1);
    }
    ImGui::EndGroup();
}

} // namespace sv::app
