// themes.cpp — tokens, term counts in an open-addressing table, weighted log-odds (rules in themes.hpp).
#include "core/analytics/themes.hpp"

#include "core/analytics/stopwords.hpp"
#include "core/base/hash.hpp"
#include "core/text/simd_bytes.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>

namespace sv {

namespace {

bool is_ascii_alnum(unsigned char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

constexpr uint32_t lang_bit(Lang l) {
    return 1u << static_cast<unsigned>(l);
}

// A stop word of the text's language or of English (unknown or other languages: of en, sv or de). One probe
// for all of them (stopword_languages); a language without stop words (unknown, other) has no bit in it.
bool is_stop(Lang lang, std::string_view w) {
    const uint32_t langs = lang == Lang::unknown || lang == Lang::other
                               ? lang_bit(Lang::en) | lang_bit(Lang::sv) | lang_bit(Lang::de)
                               : lang_bit(lang) | lang_bit(Lang::en);
    return (stopword_languages(w) & langs) != 0;
}

} // namespace

void tokenize_for_themes(std::string_view text, Lang lang, std::string& scratch,
                         std::vector<std::string_view>& out) {
    out.clear();
    scratch.assign(text.begin(), text.end());
    const size_t n = scratch.size();
    for (size_t i = 0; i < n; ++i) { // lower-case ASCII and two-byte Latin capitals (U+00C0..U+00DE)
        unsigned char ch = static_cast<unsigned char>(scratch[i]);
        if (ch >= 'A' && ch <= 'Z')
            scratch[i] = static_cast<char>(ch + 32);
        else if (ch == 0xC3 && i + 1 < n) {
            const unsigned char c2 = static_cast<unsigned char>(scratch[i + 1]);
            if (c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97) scratch[i + 1] = static_cast<char>(c2 + 0x20);
            ++i;
        }
    }
    size_t i = 0;
    bool gap = false; // a dropped token since the last kept one
    while (i < n) {
        const unsigned char ch = static_cast<unsigned char>(scratch[i]);
        // URLs and mentions: skip to the next space.
        if ((ch == 'h' &&
             (scratch.compare(i, 7, "http://") == 0 || scratch.compare(i, 8, "https://") == 0)) ||
            (ch == 'w' && scratch.compare(i, 4, "www.") == 0) || ch == '@') {
            while (i < n && scratch[i] != ' ' && scratch[i] != '\n' && scratch[i] != '\t') ++i;
            gap = true;
            continue;
        }
        const size_t start = i;
        bool digits_only = true;
        size_t chars = 0;
        while (i < n) {
            const unsigned char b = static_cast<unsigned char>(scratch[i]);
            if (is_ascii_alnum(b)) {
                digits_only = digits_only && b <= '9';
                ++i;
            } else if (b >= 0xC3 && b <= 0xD4 && i + 1 < n &&
                       (static_cast<unsigned char>(scratch[i + 1]) & 0xC0) == 0x80 &&
                       !(b == 0xC3 && (static_cast<unsigned char>(scratch[i + 1]) == 0x97 ||
                                       static_cast<unsigned char>(scratch[i + 1]) == 0xB7))) {
                digits_only = false;
                i += 2;
            } else {
                break;
            }
            ++chars;
        }
        if (i == start) { // a separator byte (or a multi-byte sequence): skip it whole
            if (ch >= 0xC0) {
                ++i;
                while (i < n && (static_cast<unsigned char>(scratch[i]) & 0xC0) == 0x80) ++i;
            } else {
                ++i;
            }
            if (ch != ' ' && ch != '#' && ch != '\'' && ch != '-')
                gap = gap || ch == '.' || ch == ',' || ch == '!' || ch == '?' || ch == ';' || ch == ':';
            continue;
        }
        const std::string_view w(scratch.data() + start, i - start);
        if (chars < 2 || digits_only || is_stop(lang, w)) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out.push_back({});
        gap = false;
        out.push_back(w);
    }
}

namespace {

// Term counts: open addressing on a 64-bit hash, term text kept once.
struct TermTable {
    std::vector<uint32_t> slot; // term id + 1, 0 = empty
    std::vector<uint64_t> hash;
    std::vector<uint32_t> text_offset;
    std::vector<uint32_t> text_length;
    std::string text;
    std::vector<uint32_t> total, negative, constructive;

    TermTable() { slot.assign(1 << 16, 0); }

    uint32_t find_or_add(std::string_view w) {
        const uint64_t h = hash_string(w);
        size_t mask = slot.size() - 1;
        size_t k = h & mask;
        while (slot[k]) {
            const uint32_t id = slot[k] - 1;
            if (hash[id] == h &&
                views_equal(std::string_view(text.data() + text_offset[id], text_length[id]), w))
                return id;
            k = (k + 1) & mask;
        }
        const uint32_t id = static_cast<uint32_t>(hash.size());
        hash.push_back(h);
        text_offset.push_back(static_cast<uint32_t>(text.size()));
        text_length.push_back(static_cast<uint32_t>(w.size()));
        text.append(w);
        total.push_back(0);
        negative.push_back(0);
        constructive.push_back(0);
        slot[k] = id + 1;
        if (hash.size() * 2 > slot.size()) grow();
        return id;
    }

    void grow() {
        std::vector<uint32_t> bigger(slot.size() * 2, 0);
        const size_t mask = bigger.size() - 1;
        for (uint32_t id = 0; id < hash.size(); ++id) {
            size_t k = hash[id] & mask;
            while (bigger[k]) k = (k + 1) & mask;
            bigger[k] = id + 1;
        }
        slot.swap(bigger);
    }

    std::string_view term(uint32_t id) const { return {text.data() + text_offset[id], text_length[id]}; }
};

void score_group(const TermTable& table, const std::vector<uint32_t>& in, uint64_t n_in, uint64_t n_all,
                 ThemeSet& out) {
    const uint64_t n_out = n_all - n_in;
    double a0 = 0;
    for (uint32_t x : table.total) a0 += 0.1 * x;
    struct Scored {
        uint32_t id;
        double z;
    };
    std::vector<Scored> scored;
    for (uint32_t id = 0; id < table.total.size(); ++id) {
        const double y = in[id], z = table.total[id] - in[id];
        if (y < 3) continue;
        const double a = 0.1 * table.total[id];
        const double d = std::log((y + a) / (static_cast<double>(n_in) + a0 - y - a)) -
                         std::log((z + a) / (static_cast<double>(n_out) + a0 - z - a));
        const double zscore = d / std::sqrt(1.0 / (y + a) + 1.0 / (z + a));
        if (zscore >= 1.96) scored.push_back({id, zscore});
    }
    const size_t top = std::min(kThemeTop, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<ptrdiff_t>(top), scored.end(),
                      [](const Scored& x, const Scored& y) { return x.z != y.z ? x.z > y.z : x.id < y.id; });
    for (size_t k = 0; k < top; ++k) {
        ThemeTerm t;
        t.term = std::string(table.term(scored[k].id));
        t.z = scored[k].z;
        t.count_in = in[scored[k].id];
        t.count_out = table.total[scored[k].id] - in[scored[k].id];
        out.terms.push_back(std::move(t));
    }
}

// Up to 3 example rows of the group for each term (a second pass over the group's comments).
void find_examples(const CommentStore& c, const SentimentColumns& s, const std::vector<uint8_t>& in_group,
                   size_t step, ThemeSet& set) {
    if (set.terms.empty()) return;
    std::string scratch, bigram;
    std::vector<std::string_view> tokens;
    size_t missing = set.terms.size();
    for (size_t i = 0; i < c.size() && missing; i += step) {
        if (!in_group[i]) continue;
        tokenize_for_themes(c.text_of(i), i < s.language.size() ? s.language[i] : Lang::unknown, scratch,
                            tokens);
        for (ThemeTerm& t : set.terms) {
            if (t.examples.size() >= 3) continue;
            bool found = false;
            for (size_t k = 0; k < tokens.size() && !found; ++k) {
                if (tokens[k] == t.term) found = true;
                if (k + 1 < tokens.size() && !tokens[k].empty() && !tokens[k + 1].empty()) {
                    bigram.assign(tokens[k]);
                    bigram += ' ';
                    bigram.append(tokens[k + 1]);
                    found = found || bigram == t.term;
                }
            }
            if (found) {
                t.examples.push_back(static_cast<int32_t>(i));
                if (t.examples.size() == 3) --missing;
            }
        }
    }
}

} // namespace

struct ThemesBuilder::State {
    size_t step = 1; // read every step-th comment
    std::vector<uint8_t> is_neg, is_con;
    TermTable table;
    std::string scratch, bigram;
    std::vector<std::string_view> tokens;
    uint64_t tokens_all = 0, tokens_neg = 0, tokens_con = 0;
    // A window: its comments are counted first (the sample's step depends on their number), then read.
    bool counted = false;
    size_t in_window = 0; // comments in the window
    size_t ordinal = 0;   // comments of the window passed so far (in file order)
};

ThemesBuilder::ThemesBuilder(const CommentStore& c, const SentimentColumns& s, ThemeSet& negative,
                             ThemeSet& constructive)
    : c_(c), s_(s), negative_(negative), constructive_(constructive) {
    negative = ThemeSet{};
    constructive = ThemeSet{};
    const size_t n = c.size();
    if (!s.present() || s.compound.size() != n) {
        set_reason({ReasonCode::no_sentiment_themes}, negative.why, negative.reason);
        set_reason({ReasonCode::no_sentiment_themes}, constructive.why, constructive.reason);
        return;
    }
    st_ = std::make_unique<State>();
    st_->step = n > kThemeSampleLimit ? (n + kThemeSampleLimit - 1) / kThemeSampleLimit : 1;
    st_->is_neg.assign(n, 0);
    st_->is_con.assign(n, 0);
}

ThemesBuilder::ThemesBuilder(const CommentStore& c, const SentimentColumns& s, const TimeWindow& window,
                             ThemeSet& negative, ThemeSet& constructive)
    : ThemesBuilder(c, s, negative, constructive) {
    windowed_ = true;
    window_ = window;
}

ThemesBuilder::~ThemesBuilder() = default;

bool ThemesBuilder::step(double deadline_ms) {
    if (!st_) return true;
    const CommentStore& c = c_;
    const SentimentColumns& s = s_;
    ThemeSet& negative = negative_;
    ThemeSet& constructive = constructive_;
    State& st = *st_;
    const size_t n = c.size();
    if (windowed_ && !st.counted) { // the window's comments, counted for the sample's step
        if (!loop_.run(n, deadline_ms, [&](size_t i) { st.in_window += window_.contains(c.created_at[i]); }))
            return false;
        loop_ = {};
        st.counted = true;
        const size_t m = st.in_window;
        st.step = m > kThemeSampleLimit ? (m + kThemeSampleLimit - 1) / kThemeSampleLimit : 1;
        if (clock_ms() >= deadline_ms) return false;
    }
    const size_t step = st.step;
    const bool has_constructive = s.constructive.size() == n;
    const size_t pool = windowed_ ? st.in_window : n; // the comments sampled from
    const size_t read = (pool + step - 1) / step;
    auto read_comment = [&](size_t i) {
        st.is_neg[i] = s.compound[i] <= kNegativeThreshold;
        st.is_con[i] = has_constructive && s.constructive[i];
        negative.comments_in += st.is_neg[i];
        constructive.comments_in += st.is_con[i];
        tokenize_for_themes(c.text_of(i), i < s.language.size() ? s.language[i] : Lang::unknown, st.scratch,
                            st.tokens);
        auto count = [&](uint32_t id) {
            ++st.table.total[id];
            st.table.negative[id] += st.is_neg[i];
            st.table.constructive[id] += st.is_con[i];
            ++st.tokens_all;
            st.tokens_neg += st.is_neg[i];
            st.tokens_con += st.is_con[i];
        };
        const std::vector<std::string_view>& tokens = st.tokens;
        for (size_t k = 0; k < tokens.size(); ++k) {
            if (tokens[k].empty()) continue;
            count(st.table.find_or_add(tokens[k]));
            if (k + 1 < tokens.size() && !tokens[k + 1].empty()) {
                st.bigram.assign(tokens[k]);
                st.bigram += ' ';
                st.bigram.append(tokens[k + 1]);
                count(st.table.find_or_add(st.bigram));
            }
        }
    };
    const bool done = windowed_ ? loop_.run(n, deadline_ms,
                                            [&](size_t i) {
                                                if (!window_.contains(c.created_at[i])) return;
                                                if (st.ordinal++ % step == 0) read_comment(i);
                                            })
                                : loop_.run(read, deadline_ms, [&](size_t j) { read_comment(j * step); });
    if (!done) return false;
    negative.comments_out = read - negative.comments_in;
    constructive.comments_out = read - constructive.comments_in;
    if (step > 1) { // a note, not a missing reason: the themes are there
        const Reason sampled{ReasonCode::themes_sampled, {double(step), double(read), double(pool)}};
        set_reason(sampled, negative.why, negative.reason);
        set_reason(sampled, constructive.why, constructive.reason);
    } else {
        negative.reason = constructive.reason = "";
    }
    negative.available = negative.comments_in > 0 && negative.comments_out > 0;
    if (!negative.available) {
        set_reason({ReasonCode::no_negative_themes}, negative.why, negative.reason);
    }
    constructive.available =
        has_constructive && constructive.comments_in > 0 && constructive.comments_out > 0;
    if (!has_constructive)
        set_reason({ReasonCode::no_constructive_flags}, constructive.why, constructive.reason);
    else if (!constructive.available)
        set_reason({ReasonCode::no_constructive}, constructive.why, constructive.reason);
    if (negative.available) {
        score_group(st.table, st.table.negative, st.tokens_neg, st.tokens_all, negative);
        find_examples(c, s, st.is_neg, windowed_ ? 1 : step, negative);
    }
    if (constructive.available) {
        score_group(st.table, st.table.constructive, st.tokens_con, st.tokens_all, constructive);
        find_examples(c, s, st.is_con, windowed_ ? 1 : step, constructive);
    }
    st_.reset();
    return true;
}

void compute_themes(const CommentStore& c, const SentimentColumns& s, ThemeSet& negative,
                    ThemeSet& constructive) {
    ThemesBuilder builder(c, s, negative, constructive);
    while (!builder.step(1e300)) {}
}

void compute_themes(const CommentStore& c, const SentimentColumns& s, const TimeWindow& window,
                    ThemeSet& negative, ThemeSet& constructive) {
    ThemesBuilder builder(c, s, window, negative, constructive);
    while (!builder.step(1e300)) {}
}

} // namespace sv
