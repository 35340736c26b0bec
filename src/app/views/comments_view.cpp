// comments_view.cpp — every comment in a virtualised table (ImGuiListClipper: only visible rows are drawn,
// smooth with 1,000,000 rows). Search, filter chips and sorting build an index vector once per change,
// never per frame, in slices of a few milliseconds (the table shows the last index until the new one is
// ready; a sort by a column is kept while only the filter changes). Arrow keys move through the rows.
// Clicking a comment opens its thread (the chain up to the top-level comment and the direct replies).
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
#include "core/base/clock.hpp"
#include "core/lang/language.hpp"

#include "imgui.h"
#include "imgui_internal.h" // app8: the header cells' rectangles (comments_status_json)

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sv::app {
namespace {

constexpr int64_t kWideSampleTime = 1798761540; // 31 Dec 2026 23:59 UTC: a wide date for the time column

enum Column : int {
    col_time,
    col_author,
    col_text,
    col_lang,
    col_sentiment,
    col_tag, // polish: emotional / constructive criticism
    col_likes,
    col_replies,
    col_count
};

enum class TagFilter : uint8_t { all, emotional, constructive };

struct Filter {
    std::string search;     // lower-case ASCII match on text and author
    bool range_only = true; // only comments in the brushed time range (when one is brushed)
    bool replies_only = false;
    bool newcomers_only = false;           // authors first seen at or after the onset (outsiders)
    bool label_on[3] = {true, true, true}; // negative, neutral, positive (with sentiment)
    int language = -1;                     // a Lang, or -1: every language
    TagFilter tag = TagFilter::all;        // criticism: emotional (negative, not constructive) / constructive
    int sort_column = col_time;
    bool sort_desc = false;
    bool operator==(const Filter&) const = default;
};

// The whole file in a column's order (the sort), kept while only the filter changes, and the sort in
// progress: runs of kSortRun rows sorted, then merged pairwise, a few thousand rows at a time.
struct SortState {
    size_t width = 0; // 0: sorting the runs; then the merged runs' width
    size_t run = 0;   // the next run to sort
    size_t lo = 0;    // the pair being merged: [lo, mid) and [mid, hi), into buf from o
    size_t mid = 0, hi = 0, i = 0, j = 0, o = 0;
    bool merging = false; // a pair is half merged
    std::vector<uint32_t> buf;
};

// The index being built for `filter` (one of these per change; the table shows the last finished index).
struct IndexBuild {
    bool active = false;
    Filter filter;
    uint64_t data = ~0ull, brush = ~0ull;
    int stage = 0;     // 0 first-seen times (newcomers only), 1 sort, 2 filter, 3 done
    size_t cursor = 0; // stage 0 and 2: the next row
    std::vector<uint32_t> rows;
};

struct CommentsState {
    char search_buf[256] = "";
    Filter filter;
    Filter built_filter;
    uint64_t built_data = ~0ull, built_brush = ~0ull;
    std::vector<uint32_t> rows; // the index: rows to show, in display order
    IndexBuild build;           // the next index, in slices
    // The whole file sorted by (sorted_column, sorted_desc) for data sorted_data (empty: not built).
    std::vector<uint32_t> sorted;
    int sorted_column = -1;
    bool sorted_desc = false;
    uint64_t sorted_data = ~0ull;
    SortState sort;
    std::vector<int64_t> first_seen; // per author: the time of their first comment (for data first_seen_data)
    uint64_t first_seen_data = ~0ull;
    int32_t thread_built_for = -1;
    float header_y0 = 0, header_y1 = 0;   // app8: the header row (screen px) in the last frame
    float header_x[col_count][2] = {};    // app8: each column's header cell, from .. to (screen px)
    std::vector<uint32_t> thread_chain;   // root .. the comment
    std::vector<uint32_t> thread_replies; // direct replies to the comment
};
CommentsState g;

// Work per frame on the index (ms): the table keeps the rest of the frame.
constexpr double kIndexBudgetMs = 6.0;
constexpr size_t kSortRun = 8192;    // rows per run sorted in one go
constexpr size_t kCheckEvery = 4096; // rows between two looks at the clock

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

// The criticism tag of a comment: constructive (flagged so), emotional (negative, not constructive), or none.
TagFilter tag_of(const SentimentColumns& s, uint32_t r) {
    if (r < s.constructive.size() && s.constructive[r]) return TagFilter::constructive;
    if (r < s.label.size() && s.label[r] == SentimentLabel::negative) return TagFilter::emotional;
    return TagFilter::all;
}

// A stable merge sort of `v` by `less` in slices; true when sorted (SortState says where it stopped).
template <class Less>
bool sort_step(SortState& st, std::vector<uint32_t>& v, Less less, double deadline) {
    const size_t n = v.size();
    if (st.width == 0) {
        while (st.run < n) {
            const size_t end = std::min(n, st.run + kSortRun);
            std::stable_sort(v.begin() + static_cast<ptrdiff_t>(st.run),
                             v.begin() + static_cast<ptrdiff_t>(end), less);
            st.run = end;
            if (st.run < n && clock_ms() >= deadline) return false;
        }
        st.width = kSortRun;
        st.lo = 0;
        st.merging = false;
        st.buf.resize(n);
    }
    size_t since_check = 0;
    while (st.width < n) {
        while (st.lo < n) {
            if (!st.merging) {
                st.mid = std::min(n, st.lo + st.width);
                st.hi = std::min(n, st.lo + 2 * st.width);
                st.i = st.lo;
                st.j = st.mid;
                st.o = st.lo;
                st.merging = true;
            }
            while (st.o < st.hi) { // ties from the left run first: stable
                if (st.j >= st.hi || (st.i < st.mid && !less(v[st.j], v[st.i])))
                    st.buf[st.o++] = v[st.i++];
                else
                    st.buf[st.o++] = v[st.j++];
                if (++since_check == kCheckEvery) {
                    since_check = 0;
                    if (clock_ms() >= deadline) return false;
                }
            }
            st.merging = false;
            st.lo = st.hi;
        }
        v.swap(st.buf);
        st.width *= 2;
        st.lo = 0;
    }
    st.buf = {};
    return true;
}

// One slice of the sort of the whole file by the build's column (from time order, so ties stay in time order,
// as the table showed them before).
bool sort_slice(const AppState& state, const Filter& f, double deadline) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    if (g.sorted_data == state.data_version && g.sorted_column == f.sort_column &&
        g.sorted_desc == f.sort_desc && g.sort.width == ~size_t{0})
        return true;
    if (g.sorted_data != state.data_version || g.sorted_column != f.sort_column ||
        g.sorted_desc != f.sort_desc) {
        g.sorted_data = state.data_version;
        g.sorted_column = f.sort_column;
        g.sorted_desc = f.sort_desc;
        g.sort = SortState{};
        g.sorted.assign(state.prep.by_time.begin(), state.prep.by_time.end());
        for (uint32_t i = 0; i < c.size() && g.sorted.size() < c.size(); ++i)
            if (c.created_at[i] == kNoTime) g.sorted.push_back(i);
    }
    auto by = [&](auto key) {
        return f.sort_desc
                   ? sort_step(
                         g.sort, g.sorted, [&](uint32_t x, uint32_t y) { return key(y) < key(x); }, deadline)
                   : sort_step(
                         g.sort, g.sorted, [&](uint32_t x, uint32_t y) { return key(x) < key(y); }, deadline);
    };
    bool done = true;
    switch (f.sort_column) {
    case col_author:
        done = by([&](uint32_t r) { return c.author_of(r); });
        break;
    case col_text:
        done = by([&](uint32_t r) { return c.text_of(r); });
        break;
    case col_lang:
        if (a.sentiment.present())
            done = by([&](uint32_t r) { return static_cast<int>(a.sentiment.language[r]); });
        else
            done = by([&](uint32_t r) { return c.str(c.language_given[r]); });
        break;
    case col_sentiment:
        if (a.sentiment.present()) done = by([&](uint32_t r) { return a.sentiment.compound[r]; });
        break;
    case col_tag:
        if (a.sentiment.present())
            done = by([&](uint32_t r) { return static_cast<int>(tag_of(a.sentiment, r)); });
        break;
    case col_likes:
        done = by([&](uint32_t r) { return c.likes[r]; });
        break;
    case col_replies:
        done = by([&](uint32_t r) { return state.prep.reply_count[r]; });
        break;
    default:
        break;
    }
    if (done) g.sort.width = ~size_t{0}; // sorted (kept until the column or the case changes)
    return done;
}

// Starts building the index for the current filter (the table keeps the last one until it is ready).
void start_index(const AppState& state) {
    IndexBuild& b = g.build;
    b.active = true;
    b.filter = g.filter;
    b.data = state.data_version;
    b.brush = state.filter_version;
    b.stage = g.filter.newcomers_only && g.first_seen_data != state.data_version ? 0 : 1;
    b.cursor = 0;
    b.rows.clear();
    if (g.built_data != state.data_version) g.rows.clear(); // rows of another case: never shown
    if (b.stage == 0) g.first_seen.assign(state.current->comments.authors.size(), INT64_MAX);
}

// Builds the index in slices of kIndexBudgetMs: first-seen times (for the newcomers chip), the sort of the
// whole file by the column (kept while only the filter changes), then the filter over it.
void step_index(const AppState& state) {
    IndexBuild& b = g.build;
    if (!b.active) return;
    const double deadline = clock_ms() + kIndexBudgetMs;
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    const Filter& f = b.filter;
    const size_t n = c.size();
    if (b.stage == 0) {
        for (size_t since = 0; b.cursor < n; ++b.cursor) {
            const int64_t t = c.created_at[b.cursor];
            const uint32_t au = c.author[b.cursor];
            if (t != kNoTime && au < g.first_seen.size() && t < g.first_seen[au]) g.first_seen[au] = t;
            if (++since == kCheckEvery) {
                since = 0;
                if (clock_ms() >= deadline) return;
            }
        }
        g.first_seen_data = state.data_version;
        b.stage = 1;
        b.cursor = 0;
    }
    const bool by_time = f.sort_column == col_time;
    if (b.stage == 1) {
        if (!by_time && !sort_slice(state, f, deadline)) return;
        b.stage = 2;
        b.cursor = 0;
        b.rows.reserve(n);
    }
    if (b.stage == 2) {
        const bool ranged = f.range_only && state.brush.active();
        const bool labels = a.sentiment.present() && !(f.label_on[0] && f.label_on[1] && f.label_on[2]);
        const bool tags = a.sentiment.present() && f.tag != TagFilter::all;
        const bool langs = a.sentiment.present() && f.language >= 0;
        const AnalyticsResult& ar = a.analytics;
        const bool newcomers = f.newcomers_only && ar.present && ar.crisis.has_onset;
        const int64_t onset = newcomers ? ar.timeline.bucket_start(ar.crisis.onset_bucket) : 0;
        std::string needle = f.search;
        for (char& ch : needle) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        auto keep = [&](uint32_t i) {
            if (ranged && !state.brush.contains(c.created_at[i])) return false;
            if (f.replies_only && c.parent_id[i].empty()) return false;
            if (labels && !f.label_on[static_cast<int>(a.sentiment.label[i]) + 1]) return false;
            if (tags && tag_of(a.sentiment, i) != f.tag) return false;
            if (langs && static_cast<int>(a.sentiment.language[i]) != f.language) return false;
            if (newcomers && !(c.author[i] < g.first_seen.size() && g.first_seen[c.author[i]] >= onset))
                return false;
            if (!needle.empty() && !contains_ci(c.text_of(i), needle) && !contains_ci(c.author_of(i), needle))
                return false;
            return true;
        };
        // Time order comes ready from CasePrep (rows with a time, in order; then the rows without one).
        const std::vector<uint32_t>& order = by_time ? state.prep.by_time : g.sorted;
        const size_t timed = order.size();
        const size_t total = by_time ? n : timed; // by time: the untimed rows follow, in row order
        // (The cursor moves on before a slice may end: the row it stopped at is not taken twice. app8: a row
        // was added again at every slice boundary — "Showing 971,805 of 971,804 comments".)
        for (size_t since = 0; b.cursor < total;) {
            if (b.cursor < timed) {
                const uint32_t r = order[b.cursor];
                if (keep(r)) b.rows.push_back(r);
            } else {
                const uint32_t r = static_cast<uint32_t>(b.cursor - timed);
                if (c.created_at[r] == kNoTime && keep(r)) b.rows.push_back(r);
            }
            ++b.cursor;
            if (++since == kCheckEvery) {
                since = 0;
                if (clock_ms() >= deadline) return;
            }
        }
        if (by_time && f.sort_desc) std::reverse(b.rows.begin(), b.rows.end());
        b.stage = 3;
    }
    g.rows.swap(b.rows);
    b.rows.clear();
    g.built_filter = f;
    g.built_data = b.data;
    g.built_brush = b.brush;
    b.active = false;
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
    // The name (shortened with "…" when it would push the time off the panel), then the time.
    const std::string when =
        c.created_at[row] != kNoTime ? fmt_date_time(shown(c.created_at[row])) : "\u2013";
    const float when_w = ImGui::CalcTextSize(when.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushFont(state.fonts.bold, 0.0f);
    fitted_text(c.author_of(row), std::max(60 * ui_scale(), ImGui::GetContentRegionAvail().x - when_w));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", when.c_str());
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

// The next chip on the same line when it fits (`width`), else on a new line.
void next_chip(float width) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    // (After an item the cursor is at the start of the next line: from there, the line's whole width.)
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine();
}
float chip_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Up/Down (and Page Up/Down, Home/End) move the opened comment through the table; returns the position to
// scroll to, or -1.
int table_keys(AppState& state) {
    if (g.rows.empty()) return -1;
    const int step = table_key_step(20); // app8: the keys every table reads (widgets.hpp)
    if (!step) return -1;
    const int n = static_cast<int>(g.rows.size());
    int pos = -1;
    if (state.open_thread_row >= 0) {
        const auto it = std::find(g.rows.begin(), g.rows.end(), static_cast<uint32_t>(state.open_thread_row));
        if (it != g.rows.end()) pos = static_cast<int>(it - g.rows.begin());
    }
    const int64_t from = pos >= 0 ? pos : step > 0 ? -1 : n; // app8: Home/End from no selection: the ends
    pos = static_cast<int>(std::clamp<int64_t>(from + step, 0, n - 1));
    state.open_thread_row = static_cast<int32_t>(g.rows[static_cast<size_t>(pos)]);
    return pos;
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
    // app8: Esc while typing in the box clears the search too (the box owns the key then, so the app's Esc
    // handler does not see it; the box was left with its text before)
    if (ImGui::IsItemDeactivated() && ImGui::GetKeyData(ImGuiKey_Escape)->Down) g.search_buf[0] = 0;
    g.filter.search = g.search_buf;
    // Chips flow onto a second line when the window is narrow (German labels are the longest).
    if (state.brush.active()) {
        next_chip(chip_width(tr(Str::chip_in_range)));
        if (chip(tr(Str::chip_in_range), g.filter.range_only)) g.filter.range_only = !g.filter.range_only;
    }
    next_chip(chip_width(tr(Str::chip_replies)));
    if (chip(tr(Str::chip_replies), g.filter.replies_only)) g.filter.replies_only = !g.filter.replies_only;
    const AnalyticsResult& ar = a.analytics;
    if (ar.present && ar.crisis.has_onset) { // polish: authors first seen from the onset on (outsiders)
        next_chip(chip_width(tr(Str::chip_newcomers)));
        if (chip(tr(Str::chip_newcomers), g.filter.newcomers_only))
            g.filter.newcomers_only = !g.filter.newcomers_only;
    }
    if (a.sentiment.present()) {
        const Str names[3] = {Str::label_negative, Str::label_neutral, Str::label_positive};
        for (int l = 0; l < 3; ++l) {
            next_chip(chip_width(tr(names[l])));
            ImGui::PushID(l);
            if (chip(tr(names[l]), g.filter.label_on[l])) g.filter.label_on[l] = !g.filter.label_on[l];
            ImGui::PopID();
        }
        // polish: emotional / constructive criticism (one at a time), and the language
        const std::pair<Str, TagFilter> tags[2] = {{Str::chip_emotional, TagFilter::emotional},
                                                   {Str::chip_constructive, TagFilter::constructive}};
        for (const auto& [label, tag] : tags) {
            next_chip(chip_width(tr(label)));
            ImGui::PushID(static_cast<int>(tag));
            if (chip(tr(label), g.filter.tag == tag))
                g.filter.tag = g.filter.tag == tag ? TagFilter::all : tag;
            ImGui::PopID();
        }
        const std::string current = g.filter.language < 0
                                        ? std::string(tr(Str::comments_all_languages))
                                        : std::string(lang_code(static_cast<Lang>(g.filter.language)));
        const float combo_w =
            std::max(chip_width(tr(Str::comments_all_languages)), 90 * s) + ImGui::GetFrameHeight();
        next_chip(combo_w);
        ImGui::SetNextItemWidth(combo_w);
        if (ImGui::BeginCombo("##lang", current.c_str())) {
            if (ImGui::Selectable(tr(Str::comments_all_languages), g.filter.language < 0))
                g.filter.language = -1;
            for (int l = 0; l < static_cast<int>(Lang::count); ++l) {
                const auto code = lang_code(static_cast<Lang>(l));
                const std::string item(code);
                if (ImGui::Selectable(item.c_str(), g.filter.language == l)) g.filter.language = l;
            }
            ImGui::EndCombo();
        }
    }

    if (a.sentiment.present()) { // app7: the case's own lexicon
        next_chip(chip_width(tr(Str::lexicon_button)) + 30 * s);
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
        // Fixed columns at least as wide as their headers and content (a time in the UI language's format);
        // names and texts longer than their column end in "…" with the whole text on hover.
        setup_fixed_column(tr(Str::col_time),
                           ImGui::CalcTextSize(fmt_date_time(kWideSampleTime).c_str()).x + 12 * s,
                           ImGuiTableColumnFlags_DefaultSort);
        setup_fixed_column(tr(Str::col_author), 130 * s);
        ImGui::TableSetupColumn(tr(Str::col_text), ImGuiTableColumnFlags_WidthStretch);
        setup_fixed_column(tr(Str::col_language), 50 * s);
        setup_fixed_column(tr(Str::col_sentiment), 80 * s);
        setup_fixed_column(tr(Str::col_tag), std::max(ImGui::CalcTextSize(tr(Str::tag_emotional)).x,
                                                      ImGui::CalcTextSize(tr(Str::tag_constructive)).x) +
                                                 12 * s);
        setup_fixed_column(tr(Str::col_likes), 44 * s, ImGuiTableColumnFlags_PreferSortDescending);
        setup_fixed_column(tr(Str::col_replies), 44 * s, ImGuiTableColumnFlags_PreferSortDescending);
        ImGui::TableHeadersRow();
        g.header_y0 = ImGui::GetItemRectMin().y; // app8: where the headers are (comments_status_json)
        g.header_y1 = ImGui::GetItemRectMax().y;
        if (const ImGuiTable* table = ImGui::GetCurrentTable())
            for (int k = 0; k < col_count && k < table->ColumnsCount; ++k) {
                g.header_x[k][0] = table->Columns[k].MinX;
                g.header_x[k][1] = table->Columns[k].MaxX;
            }
        if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsCount > 0) {
            g.filter.sort_column = spec->Specs[0].ColumnIndex;
            g.filter.sort_desc = spec->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        // The index for this filter, built in slices (the table shows the last one meanwhile).
        const bool wanted = !(g.filter == g.built_filter) || g.built_data != state.data_version ||
                            g.built_brush != state.filter_version;
        if (wanted && !(g.build.active && g.build.filter == g.filter && g.build.data == state.data_version &&
                        g.build.brush == state.filter_version))
            start_index(state);
        step_index(state);
        const int scroll_to = g.build.active ? -1 : table_keys(state);

        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(g.rows.size()));
        if (scroll_to >= 0) clip.IncludeItemByIndex(scroll_to);
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const uint32_t r = g.rows[i];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                if (i == scroll_to) ImGui::SetScrollHereY(0.5f);
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
                fitted_text(c.author_of(r));
                ImGui::TableNextColumn();
                fitted_text(c.text_of(r)); // the whole text on hover when it is longer than the cell
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
                if (a.sentiment.present()) { // polish: the criticism tag
                    const TagFilter tag = tag_of(a.sentiment, r);
                    if (tag == TagFilter::emotional)
                        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.negative), "%s",
                                           tr(Str::tag_emotional));
                    else if (tag == TagFilter::constructive)
                        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.accent), "%s",
                                           tr(Str::tag_constructive));
                }
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
    if (g.build.active) { // polish: the index is being built in slices
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.warning), "%s", tr(Str::comments_filtering));
    }
    if (!a.sentiment.present()) {
        ImGui::SameLine();
        ImGui::TextDisabled("\u00B7 %s", tr(Str::sentiment_missing));
    }
}

// app8: the table's index for window.stormvakt.comments() (the 1M sort and search measurement).
std::string comments_status_json(const AppState& state) {
    const bool shown = state.current && !g.build.active && g.filter == g.built_filter &&
                       g.built_data == state.data_version && g.built_brush == state.filter_version;
    std::string search;
    for (char ch : g.built_filter.search) { // a JSON string (the search box holds what was typed)
        if (ch == '"' || ch == '\\') search += '\\';
        if (static_cast<unsigned char>(ch) >= 0x20) search += ch;
    }
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "{\"rows\":%zu,\"building\":%s,\"shown\":%s,\"sort_column\":%d,\"sort_desc\":%s,"
                  "\"header_y\":[%.1f,%.1f],\"headers\":[",
                  g.rows.size(), g.build.active ? "true" : "false", shown ? "true" : "false",
                  g.built_filter.sort_column, g.built_filter.sort_desc ? "true" : "false", g.header_y0,
                  g.header_y1);
    std::string out = buf;
    for (int k = 0; k < col_count; ++k) {
        std::snprintf(buf, sizeof buf, "%s[%.1f,%.1f]", k ? "," : "", g.header_x[k][0], g.header_x[k][1]);
        out += buf;
    }
    return out + "],\"search\":\"" + search + "\"}";
}

} // namespace sv::app
