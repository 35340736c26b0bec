// origin.cpp — trigger candidates and the origin-type guess (rules in origin.hpp).
#include "core/analytics/origin.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <unordered_map>

namespace sv {

namespace {

// Case-insensitive (ASCII) substring search.
bool contains_word(std::string_view text, std::string_view word) {
    if (word.size() > text.size()) return false;
    for (size_t i = 0; i + word.size() <= text.size(); ++i) {
        size_t k = 0;
        while (k < word.size()) {
            char ch = text[i + k];
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
            if (ch != word[k]) break;
            ++k;
        }
        if (k == word.size()) return true;
    }
    return false;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (contains_word(text, w)) return true;
    return false;
}

// Root row of a comment's reply tree (a bounded walk: parent cycles end at the bound).
int32_t root_of(const CommentStore& c, int32_t row) {
    for (int steps = 0; steps < 100000; ++steps) {
        const int32_t p = c.parent[static_cast<size_t>(row)];
        if (p < 0 || p == row) return row;
        row = p;
    }
    return row;
}

} // namespace

void compute_origin(const CommentStore& c, const Timeline& t, const TimelineIndex& index,
                    const CrisisState& crisis, const CascadeStats& cascades, const PeopleStats& people,
                    const AnalyticsOptions& options, OriginGuess& out) {
    out = OriginGuess{};
    auto add = [&](int32_t row, std::string why) {
        if (row < 0) return;
        for (const auto& cand : out.candidates)
            if (cand.row == row) return;
        out.candidates.push_back({row, std::move(why)});
    };
    char buf[256];
    const size_t nb = t.size();
    size_t win_begin = 0, win_end = 0;
    if (crisis.has_onset && nb) {
        const size_t o = crisis.onset_bucket;
        win_begin = index.bucket_offset[o];
        win_end = index.bucket_offset[std::min(nb, o + 3)];
        std::vector<uint32_t> first(index.rows_by_bucket.begin() + index.bucket_offset[o],
                                    index.rows_by_bucket.begin() + index.bucket_offset[o + 1]);
        const size_t k = std::min<size_t>(3, first.size());
        std::partial_sort(first.begin(), first.begin() + static_cast<ptrdiff_t>(k), first.end(),
                          [&](uint32_t x, uint32_t y) { return c.created_at[x] < c.created_at[y]; });
        for (size_t i = 0; i < k; ++i)
            add(static_cast<int32_t>(first[i]), "first comment of the onset window");
    }
    for (size_t i = 0; i < std::min<size_t>(3, cascades.most_negative.size()); ++i) {
        const Cascade& cas = cascades.most_negative[i];
        std::snprintf(buf, sizeof buf, "root of negative cascade #%zu (%u comments, %u negative)", i + 1,
                      cas.size, cas.negative);
        add(cas.root, buf);
    }
    {
        int32_t earliest = -1;
        const int64_t onset_time = crisis.has_onset ? t.bucket_start(crisis.onset_bucket) : INT64_MIN;
        for (size_t i = 0; i < std::min<size_t>(5, people.multipliers.size()); ++i) {
            const int32_t r = people.multipliers[i].key_row;
            if (r < 0 || c.created_at[static_cast<size_t>(r)] == kNoTime) continue;
            if (c.created_at[static_cast<size_t>(r)] < onset_time) continue;
            if (earliest < 0 ||
                c.created_at[static_cast<size_t>(r)] < c.created_at[static_cast<size_t>(earliest)])
                earliest = r;
        }
        if (earliest >= 0) {
            std::snprintf(
                buf, sizeof buf, "first multiplier involvement (%.*s)",
                static_cast<int>(std::min<size_t>(80, c.author_of(static_cast<size_t>(earliest)).size())),
                c.author_of(static_cast<size_t>(earliest)).data());
            add(earliest, buf);
        }
    }

    if (options.origin_overridden) {
        out.guess = options.origin;
        out.overridden = true;
        set_reason({ReasonCode::set_by_user}, out.why, out.reason);
        return;
    }
    if (!crisis.has_onset || win_end <= win_begin) {
        set_reason({ReasonCode::no_onset_origin}, out.why, out.reason);
        return;
    }
    // At most kOriginSample comments of the window are read (every k-th): shares need no more.
    const size_t step = (win_end - win_begin + kOriginSample - 1) / kOriginSample;
    const size_t window = (win_end - win_begin + step - 1) / step;
    size_t leak = 0, news = 0;
    std::unordered_map<int64_t, size_t> per_tree, per_thread;
    const bool threads = c.threads.size() > 1;
    std::unordered_map<int64_t, int64_t> tree_start;
    for (size_t k = win_begin; k < win_end; k += step) {
        const uint32_t row = index.rows_by_bucket[k];
        const std::string_view text = c.text_of(row);
        leak += contains_any(text, {"leak", "internal memo", "whistleblow", "insider", "läck", "geleakt",
                                    "durchgesickert", "interne"});
        news += contains_any(text, {"http://", "https://", "www.", "news", "article", "report", "nyheter",
                                    "artikel", "zeitung", "bericht", "medien"});
        ++per_tree[root_of(c, static_cast<int32_t>(row))];
        if (threads) ++per_thread[c.thread[row]];
    }
    auto largest = [](const std::unordered_map<int64_t, size_t>& m, int64_t& key) {
        size_t best = 0;
        for (const auto& [k, v] : m)
            if (v > best || (v == best && k < key)) best = v, key = k;
        return best;
    };
    int64_t tree_key = -1, thread_key = -1;
    const size_t tree_max = largest(per_tree, tree_key);
    const size_t thread_max = threads ? largest(per_thread, thread_key) : 0;
    const int64_t window_start = t.bucket_start(crisis.onset_bucket);
    const bool tree_before = tree_key >= 0 && c.created_at[static_cast<size_t>(tree_key)] != kNoTime &&
                             c.created_at[static_cast<size_t>(tree_key)] < window_start + t.bucket_seconds;
    const double share_leak = static_cast<double>(leak) / static_cast<double>(window);
    const double share_news = static_cast<double>(news) / static_cast<double>(window);
    const double share_tree = static_cast<double>(tree_max) / static_cast<double>(window);
    const double share_thread = static_cast<double>(thread_max) / static_cast<double>(window);
    // The reason as a code; its English sentence (the JSON's `reason`) comes from english() (reason.cpp).
    Reason why;
    if (share_leak >= 0.05) {
        out.guess = OriginType::internal_leak;
        why = {ReasonCode::origin_leak, {100 * share_leak, double(window)}};
    } else if ((share_tree >= 0.5 && tree_before) || share_thread >= 0.5) {
        out.guess = OriginType::own_post;
        if (share_tree >= 0.5 && tree_before) {
            add(static_cast<int32_t>(tree_key), "the post the onset window gathers under");
            why = {ReasonCode::origin_one_tree, {100 * share_tree, double(window)}};
        } else {
            const std::string_view thread = c.threads.name(static_cast<uint32_t>(thread_key));
            why = {ReasonCode::origin_one_thread,
                   {100 * share_thread, double(window)},
                   std::string(thread.substr(0, std::min<size_t>(60, thread.size())))};
        }
    } else if (share_news >= 0.10 || (share_tree < 0.2 && (!threads || share_thread < 0.2))) {
        out.guess = OriginType::external_event;
        if (share_news >= 0.10)
            why = {ReasonCode::origin_news, {100 * share_news, double(window)}};
        else
            why = {ReasonCode::origin_spread, {double(window)}};
    } else {
        out.guess = OriginType::unknown;
        why = {ReasonCode::origin_no_rule, {100 * share_leak, 100 * share_news, 100 * share_tree}};
    }
    set_reason(std::move(why), out.why, out.reason);
}

} // namespace sv
