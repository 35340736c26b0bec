// comments_view.cpp — every comment in a virtualised table (ImGuiListClipper: only visible rows are drawn,
// smooth with 1,000,000 rows). Search, filter chips and sorting build an index vector once per change,
// never per frame. Clicking a comment opens its thread (the chain up to the top-level comment and the
// direct replies).
//
// [SECTION] Index (filter + sort, rebuilt on change)
// [SECTION] Thread panel
// [SECTION] View
#include "app/corrections_ui.hpp" // app7: relabel control, sentiment cell, lexicon panel
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"
#include "core/lang/language.hpp"

#include "imgui.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace sv::app {
namespace {

enum Column : int {
    col_time,
    col_author,
    col_text,
    col_lang,
    col_sentiment,
    col_likes,
    col_replies,
    col_count
};

struct Filter {
    std::string search;     // lower-case ASCII match on text and author
    bool range_only = true; // only comments in the brushed time range (when one is brushed)
    bool replies_only = false;
    bool label_on[3] = {true, true, true}; // negative, neutral, positive (with sentiment)
    int sort_column = col_time;
    bool sort_desc = false;
    bool operator==(const Filter&) const = default;
};

struct CommentsState {
    char search_buf[256] = "";
    Filter filter;
    Filter built_filter;
    uint64_t built_data = ~0ull, built_brush = ~0ull;
    std::vector<uint32_t> rows; // the index: rows to show, in display order
    int32_t thread_built_for = -1;
    std::vector<uint32_t> thread_chain;   // root .. the comment
    std::vector<uint32_t> thread_replies; // direct replies to the comment
};
CommentsState g;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Index
// ---------------------------------------------------------------------------------------------------------
bool contains_ci(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    if (hay.size() < needle.size()) return false;
    const char first = needle[0];
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        if (static_cast<char>(std::tolower(static_cast<unsigned char>(hay[i]))) != first) continue;
        size_t k = 1;
        while (k < needle.size() &&
               static_cast<char>(std::tolower(static_cast<unsigned char>(hay[i + k]))) == needle[k])
            ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

void rebuild_index(const AppState& state) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    const Filter& f = g.filter;
    const bool ranged = f.range_only && state.brush.active();
    const bool labels = a.sentiment.present() && !(f.label_on[0] && f.label_on[1] && f.label_on[2]);
    std::string needle = f.search;
    for (char& ch : needle) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    g.rows.clear();
    g.rows.reserve(c.size());
    auto keep = [&](uint32_t i) {
        if (ranged && !state.brush.contains(c.created_at[i])) return false;
        if (f.replies_only && c.parent_id[i].empty()) return false;
        if (labels && !f.label_on[static_cast<int>(a.sentiment.label[i]) + 1]) return false;
        if (!needle.empty() && !contains_ci(c.text_of(i), needle) && !contains_ci(c.author_of(i), needle))
            return false;
        return true;
    };
    // Time order comes ready from CasePrep (rows with a time, in order; then the rows without one), so the
    // default sort costs no sort at all, even with 1,000,000 rows.
    const CasePrep& prep = state.prep;
    for (uint32_t i : prep.by_time)
        if (keep(i)) g.rows.push_back(i);
    if (prep.by_time.size() < c.size())
        for (uint32_t i = 0; i < c.size(); ++i)
            if (c.created_at[i] == kNoTime && keep(i)) g.rows.push_back(i);
    g.built_filter = f;
    g.built_data = state.data_version;
    g.built_brush = state.filter_version;
    if (f.sort_column == col_time) {
        if (f.sort_desc) std::reverse(g.rows.begin(), g.rows.end());
        return;
    }
    auto by = [&](auto key) {
        if (f.sort_desc)
            std::stable_sort(g.rows.begin(), g.rows.end(),
                             [&](uint32_t x, uint32_t y) { return key(y) < key(x); });
        else
            std::stable_sort(g.rows.begin(), g.rows.end(),
                             [&](uint32_t x, uint32_t y) { return key(x) < key(y); });
    };
    switch (f.sort_column) {
    case col_author:
        by([&](uint32_t r) { return c.author_of(r); });
        break;
    case col_text:
        by([&](uint32_t r) { return c.text_of(r); });
        break;
    case col_lang:
        if (a.sentiment.present())
            by([&](uint32_t r) { return static_cast<int>(a.sentiment.language[r]); });
        else
            by([&](uint32_t r) { return c.str(c.language_given[r]); });
        break;
    case col_sentiment:
        if (a.sentiment.present()) by([&](uint32_t r) { return a.sentiment.compound[r]; });
        break;
    case col_likes:
        by([&](uint32_t r) { return c.likes[r]; });
        break;
    case col_replies:
        by([&](uint32_t r) { return state.prep.reply_count[r]; });
        break;
    default:
        break;
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Thread panel
// ---------------------------------------------------------------------------------------------------------
void build_thread(const AppState& state, int32_t row) {
    const CommentStore& c = state.current->comments;
    g.thread_chain.clear();
    g.thread_replies.clear();
    for (int32_t r = row, guard = 0; r >= 0 && guard < 10000; r = c.parent[r], ++guard)
        g.thread_chain.push_back(static_cast<uint32_t>(r));
    std::reverse(g.thread_chain.begin(), g.thread_chain.end());
    for (uint32_t i = 0; i < c.size(); ++i)
        if (c.parent[i] == row) g.thread_replies.push_back(i);
    g.thread_built_for = row;
}

void comment_card(const AppState& state, uint32_t row, float indent, bool highlight) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    const Palette& p = palette();
    ImGui::Indent(indent);
    const auto au = c.author_of(row);
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(au.data(), au.data() + au.size());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", c.created_at[row] != kNoTime ? fmt_date_time(shown(c.created_at[row])).c_str()
                                                           : "\u2013");
    if (c.likes[row] >= 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s %s", icon::kThumbUp, fmt_int(c.likes[row]).c_str());
    }
    const auto tx = c.text_of(row);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(highlight ? p.accent : p.text));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tx.data(), tx.data() + tx.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Unindent(indent);
    ImGui::Spacing();
}

void draw_thread(AppState& state) {
    const float s = ui_scale();
    if (g.thread_built_for != state.open_thread_row || g.built_data != state.data_version)
        build_thread(state, state.open_thread_row);
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::thread_title));
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - 30 * s);
    if (ImGui::SmallButton(icon::kClose)) state.open_thread_row = -1;
    ImGui::Separator();
    for (size_t i = 0; i < g.thread_chain.size(); ++i)
        comment_card(state, g.thread_chain[i], std::min<float>(i, 6) * 14 * s,
                     i + 1 == g.thread_chain.size());
    if (state.open_thread_row >= 0) { // app7: correct the comment's label
        draw_relabel_control(state, static_cast<uint32_t>(state.open_thread_row));
        ImGui::Separator();
    }
    if (!g.thread_replies.empty()) {
        ImGui::TextDisabled("%s %s", icon::kReply,
                            fmt_int(static_cast<int64_t>(g.thread_replies.size())).c_str());
        const float ind = std::min<float>(g.thread_chain.size(), 6) * 14 * s;
        for (uint32_t r : g.thread_replies) comment_card(state, r, ind, false);
    }
}

bool chip(const char* label, bool on) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(on ? p.accent_soft : p.surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.surface_hover));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(on ? p.accent : p.text_muted));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 20 * ui_scale());
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool clicked = ImGui::Button(label);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(3);
    return clicked;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] View
// ---------------------------------------------------------------------------------------------------------
void draw_comments_view(AppState& state) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    [[maybe_unused]] const Palette& p = palette(); // (app7: the sentiment cell moved to corrections_ui.cpp)
    const float s = ui_scale();
    view_title(state.fonts.bold, tr(Str::nav_comments), nullptr);
    draw_window_chip(state); // app6: the brushed range (the "in selected range" chip filters the table)

    // Search box and chips
    if (state.clear_requested) g.search_buf[0] = 0;
    if (state.focus_search) {
        ImGui::SetKeyboardFocusHere();
        state.focus_search = false;
    }
    ImGui::SetNextItemWidth(std::min(420.0f * s, ImGui::GetContentRegionAvail().x));
    char hint[128];
    std::snprintf(hint, sizeof hint, "%s  %s", icon::kSearch, tr(Str::search_hint));
    ImGui::InputTextWithHint("##search", hint, g.search_buf, sizeof g.search_buf);
    g.filter.search = g.search_buf;
    if (state.brush.active()) {
        ImGui::SameLine();
        if (chip(tr(Str::chip_in_range), g.filter.range_only)) g.filter.range_only = !g.filter.range_only;
    }
    ImGui::SameLine();
    if (chip(tr(Str::chip_replies), g.filter.replies_only)) g.filter.replies_only = !g.filter.replies_only;
    if (a.sentiment.present()) {
        const Str names[3] = {Str::label_negative, Str::label_neutral, Str::label_positive};
        for (int l = 0; l < 3; ++l) {
            ImGui::SameLine();
            ImGui::PushID(l);
            if (chip(tr(names[l]), g.filter.label_on[l])) g.filter.label_on[l] = !g.filter.label_on[l];
            ImGui::PopID();
        }
    }

    if (a.sentiment.present()) { // app7: the case's own lexicon
        ImGui::SameLine();
        lexicon_button(state);
        draw_lexicon_panel(state);
    }

    const float thread_w =
        state.open_thread_row >= 0 ? std::max(280.0f * s, ImGui::GetContentRegionAvail().x * 0.3f) : 0.0f;
    const float table_w =
        ImGui::GetContentRegionAvail().x - (thread_w > 0 ? thread_w + ImGui::GetStyle().ItemSpacing.x : 0);

    // Table (sort specs are read before the index is checked, so a click on a header re-sorts at once)
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_Hideable |
                                  ImGuiTableFlags_SizingFixedFit;
    const float footer_h = ImGui::GetTextLineHeightWithSpacing() + 4 * s;
    if (ImGui::BeginTable("##comments", col_count, flags,
                          ImVec2(table_w, ImGui::GetContentRegionAvail().y - footer_h))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(Str::col_time), ImGuiTableColumnFlags_DefaultSort, 140 * s);
        ImGui::TableSetupColumn(tr(Str::col_author), 0, 130 * s);
        ImGui::TableSetupColumn(tr(Str::col_text), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::col_language), 0, 50 * s);
        ImGui::TableSetupColumn(tr(Str::col_sentiment), 0, 80 * s);
        ImGui::TableSetupColumn(tr(Str::col_likes), ImGuiTableColumnFlags_PreferSortDescending, 60 * s);
        ImGui::TableSetupColumn(tr(Str::col_replies), ImGuiTableColumnFlags_PreferSortDescending, 60 * s);
        ImGui::TableHeadersRow();
        if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsCount > 0) {
            g.filter.sort_column = spec->Specs[0].ColumnIndex;
            g.filter.sort_desc = spec->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        if (!(g.filter == g.built_filter) || g.built_data != state.data_version ||
            g.built_brush != state.filter_version)
            rebuild_index(state);

        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(g.rows.size()));
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const uint32_t r = g.rows[i];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(r));
                char when[64];
                std::snprintf(when, sizeof when, "%s",
                              c.created_at[r] != kNoTime ? fmt_date_time(shown(c.created_at[r])).c_str()
                                                         : "\u2013");
                if (ImGui::Selectable(when, state.open_thread_row == static_cast<int32_t>(r),
                                      ImGuiSelectableFlags_SpanAllColumns))
                    state.open_thread_row = static_cast<int32_t>(r);
                relabel_context_menu(state, r); // app7: right-click to correct the label
                ImGui::PopID();
                ImGui::TableNextColumn();
                const auto au = c.author_of(r);
                ImGui::TextUnformatted(au.data(), au.data() + au.size());
                ImGui::TableNextColumn();
                const auto tx = c.text_of(r);
                ImGui::TextUnformatted(tx.data(), tx.data() + tx.size());
                if (ImGui::IsItemHovered() && tx.size() > 60) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(460 * s);
                    ImGui::TextUnformatted(tx.data(), tx.data() + tx.size());
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
                ImGui::TableNextColumn();
                if (a.sentiment.present()) {
                    const auto code = lang_code(a.sentiment.language[r]);
                    ImGui::TextUnformatted(code.data(), code.data() + code.size());
                } else {
                    const auto lg = c.str(c.language_given[r]);
                    if (lg.empty())
                        ImGui::TextDisabled("\u2013");
                    else
                        ImGui::TextDisabled("%.*s", static_cast<int>(lg.size()), lg.data());
                }
                ImGui::TableNextColumn();
                draw_sentiment_cell(state, r); // app7: dot, score, "corrected" mark, "why" tooltip
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(c.likes[r] >= 0 ? fmt_int(c.likes[r]).c_str() : "\u2013");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(fmt_int(state.prep.reply_count[r]).c_str());
            }
        ImGui::EndTable();
    }
    if (thread_w > 0) {
        ImGui::SameLine();
        ImGui::BeginChild("##thread", ImVec2(thread_w, ImGui::GetItemRectSize().y), ImGuiChildFlags_Borders);
        draw_thread(state);
        ImGui::EndChild();
    }
    char line[160];
    std::snprintf(line, sizeof line, tr(Str::showing_n_of),
                  fmt_int(static_cast<int64_t>(g.rows.size())).c_str(),
                  fmt_int(static_cast<int64_t>(c.size())).c_str());
    ImGui::TextDisabled("%s", line);
    if (!a.sentiment.present()) {
        ImGui::SameLine();
        ImGui::TextDisabled("\u00B7 %s", tr(Str::sentiment_missing));
    }
}

} // namespace sv::app
