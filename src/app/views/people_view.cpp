// people_view.cpp — who takes part: multipliers with the reason they count as one, fans, and outsiders over
// time (all from the analytics module). Until it has run, the view lists the commenters with the largest
// following and says what is missing.
//
// [SECTION] Fallback     largest following (no analytics)
// [SECTION] Multipliers
// [SECTION] Fans
// [SECTION] View         the two tables and the outsider chart
#include "app/exports.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/insight_widgets.hpp"
#include "app/series_chart.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <vector>

namespace sv::app {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Fallback
// ---------------------------------------------------------------------------------------------------------
void largest_following(AppState& state) {
    const CommentStore& c = state.current->comments;
    // Comments per author and the authors by following (built once per case).
    static uint64_t built_for = ~0ull;
    static std::vector<uint32_t> per_author;
    static std::vector<uint32_t> order;
    if (built_for != state.data_version) {
        built_for = state.data_version;
        per_author.assign(c.authors.size(), 0);
        for (size_t i = 0; i < c.size(); ++i)
            if (c.author[i] < per_author.size()) ++per_author[c.author[i]];
        order.clear();
        for (uint32_t i = 0; i < per_author.size(); ++i)
            if (per_author[i] > 0) order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
            const int64_t fx = c.followers_of_author(x), fy = c.followers_of_author(y);
            return fx != fy ? fx > fy : per_author[x] > per_author[y];
        });
    }
    section_title(state.fonts.bold, tr(Str::largest_following));
    const float s = ui_scale();
    if (ImGui::BeginTable("##people", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(Str::col_author), ImGuiTableColumnFlags_WidthStretch);
        setup_fixed_column(tr(Str::col_followers), 140 * s);
        setup_fixed_column(tr(Str::card_comments), 120 * s);
        ImGui::TableHeadersRow();
        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(order.size()));
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const uint32_t au = order[i];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                fitted_text(c.authors.name(au));
                ImGui::TableNextColumn();
                const int64_t f = c.followers_of_author(au);
                ImGui::TextUnformatted(f >= 0 ? fmt_int(f).c_str() : "\u2013");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(fmt_int(per_author[au]).c_str());
            }
        ImGui::EndTable();
    }
}

void author_cell(const CommentStore& c, uint32_t author) {
    fitted_text(c.authors.name(author));
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Multipliers
// ---------------------------------------------------------------------------------------------------------
void multipliers_table(AppState& state, float height) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    const std::vector<Multiplier>& list = a.analytics.people.multipliers;
    const float s = ui_scale();
    if (list.empty()) {
        notice(tr(Str::no_multipliers));
        return;
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("##mult", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // The name column fits the longest name (up to a third of the table; longer ones end in "…").
    const float name_w = column_width_for(
        list.size(), [&](size_t i) { return c.authors.name(list[i].author); }, 120 * s,
        std::max(120 * s, ImGui::GetContentRegionAvail().x / 3));
    setup_fixed_column(tr(Str::col_author), name_w);
    setup_fixed_column(tr(Str::col_followers), 100 * s);
    setup_fixed_column(tr(Str::col_follow_on), 110 * s);
    ImGui::TableSetupColumn(tr(Str::col_reason), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    // app8: the rows shown (a brushed range: their key comment lies in it), selectable with the keyboard
    static std::vector<uint32_t> shown_rows;
    static int selected = -1;
    shown_rows.clear();
    for (size_t i = 0; i < list.size(); ++i)
        if (state.row_in_brush(list[i].key_row)) shown_rows.push_back(static_cast<uint32_t>(i));
    const KeyNav nav = table_keys("people.multipliers", selected, static_cast<int>(shown_rows.size()));
    auto open = [&](const Multiplier& m) { // the comment that drew the most follow-on, in its thread
        if (m.key_row < 0) return;
        state.open_thread_row = m.key_row;
        state.view = View::comments;
    };
    if (nav.activate) open(list[shown_rows[static_cast<size_t>(nav.selected)]]);
    for (int pos = 0; pos < static_cast<int>(shown_rows.size()); ++pos) {
        const size_t i = shown_rows[static_cast<size_t>(pos)];
        const Multiplier& m = list[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        key_row(nav, pos, c.authors.name(m.author));
        ImGui::PushID(static_cast<int>(i));
        if (fitted_selectable("m", c.authors.name(m.author), pos == nav.selected,
                              ImGuiSelectableFlags_SpanAllColumns)) {
            key_clicked(nav, selected, pos);
            open(m);
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(m.followers >= 0 ? fmt_int(m.followers).c_str() : "\u2013");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(fmt_int(m.follow_on).c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        const std::string reason = multiplier_reason(m); // app8: in the UI language
        ImGui::TextUnformatted(reason.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Fans
// ---------------------------------------------------------------------------------------------------------
void fans_table(AppState& state, float height) {
    const Analysis& a = *state.current;
    const WindowFigures* wf = window_figures(state);
    const PeopleStats& ps = wf ? wf->people : a.analytics.people; // a brushed range: its fans
    const float s = ui_scale();
    if (window_updating(state)) {
        ImGui::TextDisabled("%s", tr(Str::window_updating));
        return;
    }
    if (!ps.fans_available || ps.fans.empty()) {
        notice(ps.fans_reason.empty() ? tr(Str::no_fans) : reason_or(ps.fans_why, ps.fans_reason).c_str());
        return;
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("##fans", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::col_author), ImGuiTableColumnFlags_WidthStretch);
    setup_fixed_column(tr(Str::col_comments), 48 * s);
    setup_fixed_column(tr(Str::col_likes), 48 * s);
    setup_fixed_column(tr(Str::col_replies), 48 * s);
    setup_fixed_column(tr(Str::col_mean), 48 * s);
    ImGui::TableHeadersRow();
    static int selected = -1; // app8: the keyboard moves it
    const KeyNav nav = table_keys("people.fans", selected, static_cast<int>(ps.fans.size()));
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(ps.fans.size()));
    if (nav.scroll_to >= 0) clip.IncludeItemByIndex(nav.scroll_to);
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const Fan& f = ps.fans[static_cast<size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            key_row(nav, i, a.comments.authors.name(f.author));
            ImGui::PushID(i);
            if (ImGui::Selectable("##fan", i == nav.selected,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
                key_clicked(nav, selected, i);
            ImGui::PopID();
            ImGui::SameLine(0, 0);
            author_cell(a.comments, f.author);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fmt_int(f.comments).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fmt_int(f.likes).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fmt_int(f.replies).c_str());
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().positive));
            ImGui::TextUnformatted(fmt_dec(f.mean_compound, 2).c_str());
            ImGui::PopStyleColor();
        }
    ImGui::EndTable();
}

// The outsider share pooled over a rolling window of about 3 hours (newcomers' comments / comments in the
// window, not a mean of shares), so a bucket with two comments does not swing the line from 0 to 100 %.
// Buckets before the onset stay -1 (gaps). Built once per case.
const std::vector<float>& smoothed_outsider_share(const AppState& state) {
    static uint64_t built_for = ~0ull;
    static std::vector<float> out;
    if (built_for == state.data_version) return out;
    built_for = state.data_version;
    const Timeline& t = state.current->analytics.timeline;
    const size_t n = t.size();
    out.assign(n, -1.0f);
    const size_t k =
        static_cast<size_t>(std::clamp<int64_t>(3 * 3600 / std::max<int64_t>(1, t.bucket_seconds), 1, 12));
    for (size_t i = 0; i < n && i < t.outsider_share.size(); ++i) {
        if (t.outsider_share[i] < 0) continue;
        double newcomers = 0, comments = 0;
        for (size_t j = i + 1 >= k ? i + 1 - k : 0; j <= i; ++j) {
            if (t.outsider_share[j] < 0) continue;
            newcomers += static_cast<double>(t.outsider_share[j]) * t.count[j];
            comments += t.count[j];
        }
        out[i] = comments > 0 ? static_cast<float>(newcomers / comments) : -1.0f;
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] View
// ---------------------------------------------------------------------------------------------------------
void draw_people_view(AppState& state) {
    const Analysis& a = *state.current;
    const float s = ui_scale();
    view_title(state.fonts.bold, tr(Str::nav_people), nullptr);
    if (!a.analytics.present) {
        notice(tr(Str::people_missing));
        ImGui::Dummy(ImVec2(0, 4 * s));
        largest_following(state);
        return;
    }
    draw_window_chip(state);
    const WindowFigures* wf = window_figures(state);
    const PeopleStats& ps = wf ? wf->people : a.analytics.people; // fans, outsiders of a brushed range
    const bool updating = window_updating(state);
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float table_h = std::max(180.0f * s, avail_h * 0.5f);

    char note[160];
    // The file's multipliers (not ranked per range): those whose key comment lies in a brushed range.
    size_t multipliers_shown = 0;
    for (const Multiplier& m : a.analytics.people.multipliers)
        multipliers_shown += state.row_in_brush(m.key_row);
    std::snprintf(note, sizeof note, "%s", fmt_int(static_cast<int64_t>(multipliers_shown)).c_str());
    section_title(state.fonts.bold, tr(Str::multipliers_title), note);
    if (state.brush.active()) notice(tr(Str::filtered_by_range));
    multipliers_table(state, table_h * 0.55f);

    ImGui::Dummy(ImVec2(0, 4 * s));
    const float half = (avail_w - gap) / 2;
    const float rest_h = std::max(200.0f * s, ImGui::GetContentRegionAvail().y - 8 * s);
    ImGui::BeginGroup();
    std::snprintf(note, sizeof note, "%s", fmt_int(static_cast<int64_t>(ps.fans.size())).c_str());
    section_title(state.fonts.bold, tr(Str::fans_title), ps.fans_available && !updating ? note : nullptr);
    ImGui::PushItemWidth(half);
    ImGui::BeginChild("##fans_box", ImVec2(half, rest_h - ImGui::GetTextLineHeightWithSpacing()));
    fans_table(state, 0);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    std::string outsider_note; // a brushed range: the share of its comments from the onset on
    if (wf && ps.outsider_available) outsider_note = fmt_pct(ps.outsider_share, 0);
    section_title(state.fonts.bold, tr(Str::outsiders_title),
                  outsider_note.empty() ? nullptr : outsider_note.c_str());
    if (updating) {
        ImGui::TextDisabled("%s", tr(Str::window_updating));
    } else if (!ps.outsider_available) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
        notice(reason_or(ps.outsider_why, ps.outsider_reason).c_str());
        ImGui::PopTextWrapPos();
    } else {
        ImGui::SameLine();
        const bool save = png_button("outsiders");
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
        ImGui::TextDisabled("%s", tr(Str::outsiders_help));
        ImGui::PopTextWrapPos();
        SeriesSpec spec;
        spec.timeline = &a.analytics.timeline;
        spec.values_f = smoothed_outsider_share(state).data();
        spec.percent = true;
        spec.color = palette().warning;
        spec.value_label = tr(Str::card_outsiders);
        if (a.analytics.crisis.has_onset)
            spec.onset = a.analytics.timeline.bucket_start(a.analytics.crisis.onset_bucket);
        if (state.brush.active()) spec.range_from = state.brush.from, spec.range_to = state.brush.to;
        ImVec2 r0, r1;
        draw_series_chart("outsiders", spec,
                          ImVec2(half, std::max(160.0f * s, ImGui::GetContentRegionAvail().y - 8 * s)), &r0,
                          &r1);
        if (save) download_chart_png(a, "outsiders", r0, r1);
    }
    ImGui::EndGroup();
}

} // namespace sv::app
