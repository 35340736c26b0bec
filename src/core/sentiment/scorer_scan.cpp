// scorer_scan.cpp — the scorer's text scanning and language decision (see scorer.cpp for the rules).
//
// [SECTION] Text scanning   UTF-8, lower-casing, tokens (words, emoji, emoticons), punctuation cues
// [SECTION] Language        evidence from stop words, sentiment words and letters -> a language
#include "core/base/hash.hpp"
#include "core/sentiment/lexicon_data.hpp"
#include "core/sentiment/scan_lower_run.hpp"
#include "core/sentiment/scorer_state.hpp"
#include "core/text/encoding.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace sv {

namespace {

inline bool is_latin_letter(uint32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7);
}
inline bool is_foreign_letter(uint32_t cp) {
    return (cp >= 0x370 && cp < 0x2000) || (cp >= 0x3040 && cp < 0xa000) || (cp >= 0xac00 && cp < 0xd7b0);
}
inline bool is_emoji_range(uint32_t cp) {
    return (cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff) || cp == 0x3030 || cp == 0x303d;
}
inline bool is_upper(uint32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde && cp != 0xd7);
}
inline bool is_lower(uint32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xdf && cp <= 0xff && cp != 0xf7);
}

// Anger, disgust and contempt: an emotionality cue in every language. Several are newer than the Emoji
// Sentiment Ranking (2015) and have no valence there; they get kAngerEmojiValence (chosen by us, beside the
// ranking's 😠 -1.2).
bool is_anger_emoji(uint32_t cp) {
    switch (cp) {
    case 0x1f620: // 😠
    case 0x1f621: // 😡
    case 0x1f92c: // 🤬
    case 0x1f47f: // 👿
    case 0x1f4a2: // 💢
    case 0x1f595: // 🖕
    case 0x1f92e: // 🤮
    case 0x1f922: // 🤢
    case 0x1f4a9: // 💩
    case 0x1f44e: // 👎
    case 0x1f644: // 🙄
    case 0x1f921: // 🤡
    case 0x1f624: // 😤
    case 0x1f612: // 😒
        return true;
    default:
        return false;
    }
}
constexpr float kAngerEmojiValence = -1.5f;

float emoji_valence(uint32_t cp) {
    const lexdata::EmojiValence* b = lexdata::kEmoji;
    const lexdata::EmojiValence* e = lexdata::kEmoji + lexdata::kEmojiCount;
    const auto* it = std::lower_bound(
        b, e, cp, [](const lexdata::EmojiValence& x, uint32_t c) { return x.codepoint < c; });
    return it != e && it->codepoint == cp ? it->valence : 0.f;
}

// Letters of the recognised, unscored languages (kOtherLangs order: it pt pl tr ro cs hu), both cases where
// the scanner does not fold them (beyond Latin-1).
void other_letter_evidence(uint32_t cp, float* ev) {
    constexpr int it = 0, pt = 1, pl = 2, tr = 3, ro = 4, cs = 5, hu = 6;
    switch (cp) {
    case 0xf2:
    case 0xec:
        ev[it] += 0.2f;
        break; // ò ì
    case 0xe3:
    case 0xf5:
        ev[pt] += 0.4f;
        break; // ã õ
    case 0x141:
    case 0x142:
    case 0x104:
    case 0x105:
    case 0x118:
    case 0x119: // ł ą ę
    case 0x15a:
    case 0x15b:
    case 0x179:
    case 0x17a:
    case 0x17b:
    case 0x17c: // ś ź ż
    case 0x143:
    case 0x144:
    case 0x106:
    case 0x107:
        ev[pl] += 0.4f;
        break; // ń ć
    case 0x15e:
    case 0x15f:
        ev[tr] += 0.2f, ev[ro] += 0.2f;
        break; // ş
    case 0x11e:
    case 0x11f:
    case 0x130:
    case 0x131:
        ev[tr] += 0.4f;
        break; // ğ ı İ
    case 0x102:
    case 0x103:
    case 0x218:
    case 0x219:
    case 0x21a:
    case 0x21b:
    case 0x162:
    case 0x163:
        ev[ro] += 0.4f;
        break;  // ă ș ț ţ
    case 0x160: // š ž ď ť ň: Czech, and other Central European languages (all "other")
    case 0x161:
    case 0x17d:
    case 0x17e:
    case 0x10e:
    case 0x10f:
    case 0x164:
    case 0x165:
    case 0x147:
    case 0x148:
    case 0x11a:
    case 0x11b:
    case 0x158:
    case 0x159:
    case 0x16e:
    case 0x16f:
    case 0x10c:
    case 0x10d:
        ev[cs] += 0.4f;
        break; // ě ř ů č
    case 0x150:
    case 0x151:
    case 0x170:
    case 0x171:
        ev[hu] += 0.4f;
        break; // ő ű
    default:
        break;
    }
}

// Letters that point to languages: weight added per occurrence.
void letter_evidence(uint32_t cp, float* ev) {
    constexpr int sv = 1, de = 2, da = 3, no = 4, fr = 6, es = 7, fi = 8;
    switch (cp) {
    case 0xe5:
        ev[sv] += 0.3f, ev[da] += 0.2f, ev[no] += 0.2f;
        break; // å
    case 0xe4:
        ev[sv] += 0.25f, ev[de] += 0.2f, ev[fi] += 0.25f;
        break; // ä
    case 0xf6:
        ev[sv] += 0.25f, ev[de] += 0.2f, ev[fi] += 0.25f;
        break; // ö
    case 0xfc:
    case 0xdf:
        ev[de] += 0.5f;
        break; // ü ß
    case 0xf8:
    case 0xe6:
        ev[da] += 0.3f, ev[no] += 0.3f;
        break; // ø æ
    case 0xe9:
        ev[fr] += 0.2f, ev[es] += 0.1f;
        break; // é
    case 0xe8:
    case 0xea:
    case 0xe0:
    case 0xe7:
    case 0xf9:
    case 0xfb:
    case 0xee: // è ê à ç ù û î
    case 0xf4:
    case 0x153:
        ev[fr] += 0.3f;
        break; // ô œ
    case 0xf1:
    case 0xe1:
    case 0xed:
    case 0xf3:
    case 0xfa:
    case 0xbf:
    case 0xa1: // ñ á í ó ú ¿ ¡
        ev[es] += 0.3f;
        break;
    default:
        break;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Text scanning
// ---------------------------------------------------------------------------------------------------------
namespace {
// Classes of ASCII bytes for the scanner's fast path (most comment text is ASCII).
enum AsciiClass : uint8_t {
    kAsciiOther,
    kAsciiSpace,
    kAsciiUpper,
    kAsciiLower,
    kAsciiDigit,
    kAsciiJoiner,
    kAsciiMark
};
constexpr std::array<uint8_t, 128> make_ascii_classes() {
    std::array<uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
        uint8_t k = kAsciiOther;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            k = kAsciiSpace;
        else if (c >= 'A' && c <= 'Z')
            k = kAsciiUpper;
        else if (c >= 'a' && c <= 'z')
            k = kAsciiLower;
        else if (c >= '0' && c <= '9')
            k = kAsciiDigit;
        else if (c == '\'' || c == '-')
            k = kAsciiJoiner;
        else if (c == '!' || c == '?')
            k = kAsciiMark;
        t[static_cast<size_t>(c)] = k;
    }
    return t;
}
constexpr std::array<uint8_t, 128> kAscii = make_ascii_classes();

// 1 / popcount(mask) for the 9-bit language masks (the evidence split over the languages sharing a word).
constexpr std::array<float, 512> make_inverse_counts() {
    std::array<float, 512> t{};
    for (unsigned m = 1; m < 512; ++m) t[m] = 1.f / static_cast<float>(std::popcount(m));
    return t;
}
constexpr std::array<float, 512> kInverseCount = make_inverse_counts();

// A white-space code point at `p` (ASCII space, tab, CR, LF or U+00A0); `n` gets its length in bytes.
inline bool space_at(const unsigned char* p, const unsigned char* end, size_t& n) {
    if (*p < 0x80) {
        n = 1;
        return kAscii[*p] == kAsciiSpace;
    }
    uint32_t cp;
    n = utf8_decode(p, end, cp);
    return cp == 0xa0;
}
} // namespace

namespace {
// A chunk made only of HTML character references ("&gt;", "&amp;&amp;", "&#39;"): not words ("gt" is VADER's
// "good try").
bool only_entities(std::string_view c) {
    while (!c.empty()) {
        if (c[0] != '&') return false;
        const size_t semi = c.find(';');
        if (semi == std::string_view::npos || semi < 2 || semi > 7) return false;
        for (size_t i = 1; i < semi; ++i) {
            const char ch = c[i];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch == '#' && i == 1)))
                return false;
        }
        c.remove_prefix(semi + 1);
    }
    return true;
}
// The emoticons that begin with a letter: "o_O", "O.o", "o.O", "O_O" (a whole chunk of three bytes).
bool letter_emoticon(const unsigned char* p, const unsigned char* end) {
    if ((p[0] != 'o' && p[0] != 'O') || end - p < 3 || (p[1] != '_' && p[1] != '.')) return false;
    if (p[2] != 'o' && p[2] != 'O' && p[2] != '0') return false;
    return end - p == 3 || p[3] == ' ' || p[3] == '\t' || p[3] == '\n' || p[3] == '\r';
}
} // namespace

// A chunk that is a link, a mention or an emoticon as a whole: counts the link, adds the emoticon token, and
// returns true (the chunk is done); false for ordinary chunks.
bool SentimentScorer::State::whole_chunk(std::string_view c, char* low, size_t& lo) {
    if (c[0] == 'h' || c[0] == 'w') {
        if (c.starts_with("http://") || c.starts_with("https://") || c.starts_with("www.") || c == "http" ||
            c == "https") { // (data sets often cut links down to "http")
            ++cues.links;
            return true;
        }
    }
    if (c[0] == '@') return true;                     // a mention: no sentiment, no language
    if (c[0] == '&' && only_entities(c)) return true; // "&gt;", "&amp;": markup left in exports and data sets
    // Emoticons (":)", ":-(", "<3", ":D", "o_O"): the whole chunk, lower-cased, is in VADER's lexicon.
    if (c.size() >= 2 && c.size() <= 8 &&
        (!is_latin_letter(static_cast<unsigned char>(c[0])) ||
         letter_emoticon(reinterpret_cast<const unsigned char*>(c.data()),
                         reinterpret_cast<const unsigned char*>(c.data() + c.size())))) {
        char buf[8];
        for (size_t i = 0; i < c.size(); ++i)
            buf[i] = (c[i] >= 'A' && c[i] <= 'Z') ? static_cast<char>(c[i] + 32) : c[i];
        const WordEntry* e = lex->find(std::string_view(buf, c.size()));
        if (e && e->valence_q[kEn] != 0) {
            Token t;
            t.begin = static_cast<uint32_t>(lo);
            t.len = static_cast<uint16_t>(c.size());
            t.kind = kEmoticon;
            t.valence = e->valence(kEn);
            std::memcpy(low + lo, buf, c.size());
            lo += c.size();
            tokens.push_back(t);
            return true;
        }
    }
    return false;
}

// `t.hash` and `t.entry` of the word `w` (lower-cased, `len` bytes, 16 readable bytes at `w`). Words of up to
// 16 bytes go through word_cache, keyed by their bytes as two 64-bit words (no byte loop for a known word).
inline void SentimentScorer::State::find_word(Token& t, const char* w, size_t len) {
    if (len > 16) {
        t.hash = word_hash(std::string_view(w, len));
        t.entry = lex->find(std::string_view(w, len), t.hash);
        return;
    }
    uint64_t lo, hi;
    std::memcpy(&lo, w, 8);
    std::memcpy(&hi, w + 8, 8);
    if (len < 8) {
        lo &= (uint64_t{1} << (8 * len)) - 1;
        hi = 0;
    } else if (len < 16) {
        hi = len == 8 ? 0 : hi & ((uint64_t{1} << (8 * (len - 8))) - 1);
    }
    const uint64_t k = (lo ^ (hi * 0x9e3779b97f4a7c15ULL) ^ len) * 0xff51afd7ed558ccdULL;
    WordSlot& s = word_cache[k >> (64 - kWordCacheBits)];
    if (s.len != len || s.lo != lo || s.hi != hi) {
        s.lo = lo, s.hi = hi, s.len = static_cast<uint32_t>(len);
        s.hash = word_hash(std::string_view(w, len));
        s.entry = lex->find(std::string_view(w, len), s.hash);
    }
    t.hash = s.hash;
    t.entry = s.entry;
}

// One pass over the text: white-space separated chunks (links, mentions and emoticons are whole chunks),
// and inside a chunk the words (lower-cased into `lower`), emoji and punctuation cues. ASCII bytes take a
// table-driven fast path; other code points are decoded. Lower-casing never lengthens UTF-8 (Latin-1
// capitals map to 2-byte lower case, U+2019 to an ASCII apostrophe), so `lower` is sized once per text.
void SentimentScorer::State::scan(std::string_view text) {
    if (lower.size() < text.size() + 16) lower.resize(text.size() + 16); // + 16: find_word() reads 16 bytes
    char* const low = lower.data();
    size_t lo = 0; // bytes written to `low`
    tokens.clear();
    cues.clear();
    std::fill(std::begin(evidence), std::end(evidence), 0.f);
    std::fill(std::begin(other_evidence), std::end(other_evidence), 0.f);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    // Per-letter counts in registers (a store to `cues` per letter costs a memory round trip each).
    int letters_latin = 0, letters_foreign = 0;
    bool clause_break = false; // punctuation that ends a clause since the last token
    while (p < end) {
        size_t n;
        if (space_at(p, end, n)) {
            p += n;
            continue;
        }
        // One whitespace-separated chunk. Most start with an ASCII letter and are plain words: their end is
        // found by the word loop itself. The others (links, mentions, emoticons) need the chunk's extent.
        const unsigned char* chunk = p;
        const unsigned char* lim = end; // the word loop stops at white space or here
        const uint8_t first = *chunk < 0x80 ? kAscii[*chunk] : uint8_t{kAsciiOther};
        if (!((first == kAsciiUpper || first == kAsciiLower) && *chunk != 'h' && *chunk != 'w') ||
            letter_emoticon(chunk, end)) {
            p += n;
            while (p < end) {
                if (*p > ' ' && *p < 0x80) { // printable ASCII: never white space
                    ++p;
                    continue;
                }
                if (space_at(p, end, n)) break;
                p += n;
            }
            lim = p;
            const std::string_view c(reinterpret_cast<const char*>(chunk), static_cast<size_t>(p - chunk));
            if (whole_chunk(c, low, lo)) continue;
        }
        // Words and emoji inside the chunk.
        const unsigned char* q = chunk;
        Token cur;
        bool in_word = false, any_lower = false;
        int upper = 0, run = 0;
        uint32_t prev = 0;
        // Inlined: as a call, the word state it shares (cur, lo, in_word, ...) would live in memory, not in
        // registers (WebAssembly: on the shadow stack in linear memory).
        auto finish = [&]() __attribute__((always_inline)) {
            if (!in_word) return;
            in_word = false;
            // Trailing apostrophes / hyphens are not part of the word.
            while (lo > cur.begin && (low[lo - 1] == '\'' || low[lo - 1] == '-')) --lo;
            const size_t len = lo - cur.begin;
            if (len == 0 || len > 60) {
                lo = cur.begin;
                return;
            }
            cur.len = static_cast<uint16_t>(len);
            cur.caps = upper >= 2 && !any_lower;
            find_word(cur, low + cur.begin, len);
            if (cur.caps) ++cues.caps_words;
            if (cur.elongated) ++cues.elongations;
            if (cur.number) ++cues.numbers;
            ++cues.words;
            tokens.push_back(cur);
        };
        while (q < lim) {
            if (in_word && *q >= 'a' && *q <= 'z') {
                // A run of lower-case ASCII letters inside a word: most bytes of most comments
                // (scan_lower_run.hpp: 16 bytes at a time in WebAssembly).
                LetterRun r{prev, run, cur.elongated};
                const size_t k = lower_run(q, lim, low + lo, r);
                q += k, lo += k, letters_latin += static_cast<int>(k);
                prev = r.prev, run = r.run, cur.elongated = r.elongated;
                any_lower = true;
                continue;
            }
            uint32_t cp, lc;
            bool letter, digit, joiner, upper_cp, lower_cp, latin;
            if (*q < 0x80) { // ASCII fast path
                cp = *q;
                n = 1;
                const uint8_t k = kAscii[cp];
                if (k == kAsciiSpace) break; // the end of the chunk
                letter = k == kAsciiUpper || k == kAsciiLower;
                digit = k == kAsciiDigit;
                joiner = k == kAsciiJoiner && in_word;
                upper_cp = k == kAsciiUpper;
                lower_cp = k == kAsciiLower;
                latin = letter;
                lc = upper_cp ? cp + 32 : cp;
            } else {
                n = utf8_decode(q, lim, cp);
                if (cp == 0xa0) break; // no-break space: the end of the chunk
                latin = is_latin_letter(cp);
                letter = latin || is_foreign_letter(cp);
                digit = false;
                joiner = cp == 0x2019 && in_word;
                upper_cp = is_upper(cp);
                lower_cp = is_lower(cp);
                lc = cp;
                if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
                    lc = cp + 0x20;
                else if (cp == 0x2019)
                    lc = '\'';
            }
            if (letter || digit || joiner) {
                if (!in_word) {
                    cur = Token{};
                    cur.begin = static_cast<uint32_t>(lo);
                    cur.clause_start = clause_break;
                    clause_break = false;
                    in_word = true;
                    any_lower = false;
                    upper = 0;
                    run = 0;
                    prev = 0;
                }
                if (digit) cur.number = true;
                if (upper_cp)
                    ++upper;
                else if (lower_cp)
                    any_lower = true;
                if (latin) {
                    ++letters_latin;
                    if (cp >= 0x80) {
                        letter_evidence(lc, evidence);
                        other_letter_evidence(lc, other_evidence);
                    }
                } else if (!digit && !joiner) {
                    ++letters_foreign;
                }
                run = lc == prev ? run + 1 : 1;
                if (run >= 3 && letter) cur.elongated = true;
                prev = lc;
                if (lc < 0x80)
                    low[lo++] = static_cast<char>(lc);
                else
                    lo += encode_utf8(lc, low + lo);
            } else {
                finish();
                if (cp == '!' || cp == '?') {
                    cp == '!' ? ++cues.exclamations : ++cues.questions;
                    if (q + 1 < lim && (q[1] == '!' || q[1] == '?')) ++cues.repeated_punct;
                    clause_break = true;
                } else if (cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '#') {
                    clause_break = true;
                } else if (cp >= 0x80 && is_emoji_range(cp)) {
                    float v = emoji_valence(cp);
                    if (is_anger_emoji(cp)) {
                        ++cues.anger_emoji;
                        if (v == 0.f) v = kAngerEmojiValence;
                    }
                    if (v != 0.f) {
                        Token t;
                        t.begin = static_cast<uint32_t>(lo);
                        lo += encode_utf8(cp, low + lo);
                        t.len = static_cast<uint16_t>(lo - t.begin);
                        t.kind = kEmoji;
                        t.valence = v * emoji_weight;
                        t.clause_start = clause_break;
                        clause_break = false;
                        tokens.push_back(t);
                    }
                }
            }
            q += n;
        }
        finish();
        p = q; // at the white space that ended the chunk, or at its end
    }
    cues.letters_latin = letters_latin;
    cues.letters_foreign = letters_foreign;
    // Word evidence: stop words (1 split over the languages sharing it), sentiment words (0.5 split).
    for (const Token& t : tokens) {
        if (!t.entry) continue;
        // (Set bits only, lowest first: each language adds the same amounts in the same order as a loop over
        // every language would.)
        if (const uint16_t m = t.entry->stop_mask & 511) {
            const float w = kInverseCount[m];
            for (unsigned b = m; b; b &= b - 1) evidence[std::countr_zero(b)] += w;
        }
        if (const uint16_t m = t.entry->stop_mask >> kLexLangCount) { // only words no scored language has
            const float w = kInverseCount[m];
            for (unsigned b = m; b && std::countr_zero(b) < static_cast<int>(lexdata::kOtherLangCount);
                 b &= b - 1)
                other_evidence[std::countr_zero(b)] += w;
        }
        if (const uint16_t m = t.entry->lex_mask) {
            const float w = 0.5f * kInverseCount[m & 511];
            for (unsigned b = m & 511; b; b &= b - 1) evidence[std::countr_zero(b)] += w;
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Language
// ---------------------------------------------------------------------------------------------------------
Lang SentimentScorer::State::decide_language() const {
    if (cues.letters_foreign > cues.letters_latin) return Lang::other;
    int best = -1;
    float best_v = 0.f;
    for (size_t i = 0; i < kLexLangCount; ++i) {
        if (evidence[i] > best_v) best_v = evidence[i], best = static_cast<int>(i);
    }
    // A language Stormvakt recognises but does not score (Italian, Polish, ...) with more evidence, and at
    // least two of its own words or letters (one short word such as "tem" is often a name): "other".
    const float other_v = *std::max_element(std::begin(other_evidence), std::end(other_evidence));
    if (other_v >= 2.f && other_v > best_v) return Lang::other;
    if (best < 0 || best_v < 0.5f) return Lang::unknown;
    return lex_lang(best);
}

} // namespace sv
