// scorer.cpp — tokenizer, language evidence, VADER rules, morphology fallback and emotionality cues.
//
// [SECTION] Text scanning   UTF-8, lower-casing, tokens (words, emoji, emoticons), punctuation cues
// [SECTION] Language        evidence from stop words, sentiment words and letters -> a language
// [SECTION] Morphology      inflection suffixes, compound heads, glued prefixes (sv, de, da, no, nl, ...)
// [SECTION] VADER           boosters, negation, caps, contrast, idioms, punctuation emphasis, compound
// [SECTION] Emotionality    emotional vs factual cues -> 0..1
#include "core/sentiment/scorer.hpp"

#include "core/base/hash.hpp"
#include "core/sentiment/lexicon_data.hpp"
#include "core/text/encoding.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>

namespace sv {

namespace {

constexpr float kBoost = 0.293f;     // VADER B_INCR
constexpr float kCapsBoost = 0.733f; // VADER C_INCR
constexpr float kNegScalar = -0.74f; // VADER N_SCALAR
constexpr int kEn = 0;
constexpr int kLongText = 20; // words; longer texts get a wider neutral band (see vader())
constexpr float kNeutralEdge =
    0.05f; // compound at the neutral band's edge (the label threshold)               // lex_index(Lang::en)

enum TokenKind : uint8_t { kWord, kEmoji, kEmoticon };

struct Token {
    uint32_t begin = 0;               // offset of the lower-cased token in State::lower
    uint16_t len = 0;                 // bytes
    TokenKind kind = kWord;           // word, emoji or emoticon
    bool caps = false;                // ALL CAPS (at least two letters, no lower-case letter)
    bool elongated = false;           // a letter repeated three or more times ("soooo")
    bool number = false;              // contains a digit
    bool profane = false;             // profanity or a slur (the word, or a part of a compound)
    const WordEntry* entry = nullptr; // lexicon entry of the word, when known
    float valence = 0.f;              // resolved valence in the text's language (VADER scale)
    float booster = 0.f;              // booster (>0) / dampener (<0) amount when a booster word
    uint8_t roles = 0;                // WordRole bits in the text's language
    uint64_t hash = 0;                // word_hash of the lower-cased word (lexicon and memo lookups)
};

struct Cues {
    int exclamations = 0, questions = 0, repeated_punct = 0, links = 0, caps_words = 0, elongations = 0;
    int numbers = 0, letters_latin = 0, letters_foreign = 0, words = 0;
    void clear() { *this = Cues{}; }
};

inline size_t utf8_decode(const unsigned char* p, const unsigned char* end, uint32_t& cp) {
    const unsigned c = p[0];
    if (c < 0x80) return cp = c, 1;
    if ((c >> 5) == 6 && end - p >= 2) return cp = ((c & 0x1f) << 6) | (p[1] & 0x3f), 2;
    if ((c >> 4) == 14 && end - p >= 3)
        return cp = ((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f), 3;
    if ((c >> 3) == 30 && end - p >= 4)
        return cp = ((c & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f), 4;
    return cp = 0xfffd, 1;
}

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

struct SentimentScorer::State {
    std::unique_ptr<Lexicon> own; // set when the options carry custom words
    const Lexicon* lex = nullptr;
    bool english_fallback = true;
    float neutral_band = 0.f;
    float emoji_weight = 1.f;
    std::string lower; // lower-cased tokens, back to back
    std::vector<Token> tokens;
    std::vector<float> sentiments;
    std::vector<std::pair<uint32_t, uint32_t>> phrases; // matched phrases: first and last token (for drivers)
    float evidence[kLexLangCount] = {};
    float other_evidence[lexdata::kOtherLangCount] = {}; // recognised, unscored languages (kOtherLangs)
    Cues cues;
    char scratch[96];
    // Memo of the fallback path (morphology, elongation, English) per (word, language): natural text repeats
    // its words, so the costly lookups run once per distinct word. Fixed size; cleared when half full.
    struct MemoSlot {
        uint64_t hash = 0;    // hash of the word, with the language mixed in; 0 = empty
        uint32_t key = 0;     // offset of the word in memo_keys
        uint16_t len = 0;     // bytes
        uint8_t roles = 0;    // roles found through the fallback (elongated boosters)
        bool profane = false; // a profane compound part
        float valence = 0.f;  // resolved valence
        float booster = 0.f;  // resolved booster amount
    };
    std::vector<MemoSlot> memo;
    std::string memo_keys;
    size_t memo_used = 0;
    bool fallback(Token& t, std::string_view w, int li);
    bool profane_compound(std::string_view w, int li) const;
    bool whole_chunk(std::string_view c, char* low, size_t& lo);

    void scan(std::string_view text);
    Lang decide_language() const;
    void resolve(int li);
    float lookup_valence(std::string_view w, int li) const;
    float morphology(std::string_view w, int li) const;
    float vader(int li, std::vector<ScoreDriver>* drivers);
    float emotionality(int li, float compound) const;
    bool proposes(int li) const; // a word that proposes a change (kRoleProposal)
    TextScore run(std::string_view text, Lang language, std::vector<ScoreDriver>* drivers);
};

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
    if (c[0] == '@') return true; // a mention: no sentiment, no language
    // Emoticons (":)", ":-(", "<3", ":D"): the whole chunk, lower-cased, is in VADER's lexicon.
    if (c.size() >= 2 && c.size() <= 8 && !is_latin_letter(static_cast<unsigned char>(c[0]))) {
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

// One pass over the text: white-space separated chunks (links, mentions and emoticons are whole chunks),
// and inside a chunk the words (lower-cased into `lower`), emoji and punctuation cues. ASCII bytes take a
// table-driven fast path; other code points are decoded. Lower-casing never lengthens UTF-8 (Latin-1
// capitals map to 2-byte lower case, U+2019 to an ASCII apostrophe), so `lower` is sized once per text.
void SentimentScorer::State::scan(std::string_view text) {
    if (lower.size() < text.size()) lower.resize(text.size());
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
        if (!((first == kAsciiUpper || first == kAsciiLower) && *chunk != 'h' && *chunk != 'w')) {
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
            cur.hash = word_hash(std::string_view(low + cur.begin, len));
            cur.entry = lex->find(std::string_view(low + cur.begin, len), cur.hash);
            if (cur.caps) ++cues.caps_words;
            if (cur.elongated) ++cues.elongations;
            if (cur.number) ++cues.numbers;
            ++cues.words;
            tokens.push_back(cur);
        };
        while (q < lim) {
            if (in_word && *q >= 'a' && *q <= 'z') {
                // A run of lower-case ASCII letters inside a word: most bytes of most comments.
                do {
                    const uint32_t c = *q++;
                    run = c == prev ? run + 1 : 1;
                    if (run >= 3) cur.elongated = true;
                    prev = c;
                    low[lo++] = static_cast<char>(c);
                    ++letters_latin;
                } while (q < lim && *q >= 'a' && *q <= 'z');
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
                } else if (cp >= 0x80 && is_emoji_range(cp)) {
                    const float v = emoji_valence(cp);
                    if (v != 0.f) {
                        Token t;
                        t.begin = static_cast<uint32_t>(lo);
                        lo += encode_utf8(cp, low + lo);
                        t.len = static_cast<uint16_t>(lo - t.begin);
                        t.kind = kEmoji;
                        t.valence = v * emoji_weight;
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
        if (const uint16_t m = t.entry->stop_mask & 511) {
            const float w = kInverseCount[m];
            for (size_t i = 0; i < kLexLangCount; ++i)
                if (m & (1u << i)) evidence[i] += w;
        }
        if (const uint16_t m = t.entry->stop_mask >> kLexLangCount) { // only words no scored language has
            const float w = kInverseCount[m];
            for (size_t i = 0; i < lexdata::kOtherLangCount; ++i)
                if (m & (1u << i)) other_evidence[i] += w;
        }
        if (const uint16_t m = t.entry->lex_mask) {
            const float w = 0.5f * kInverseCount[m & 511];
            for (size_t i = 0; i < kLexLangCount; ++i)
                if (m & (1u << i)) evidence[i] += w;
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

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Morphology
// ---------------------------------------------------------------------------------------------------------
namespace {
// Inflection suffixes per language (longest first), and endings a stem may take in the lexicon.
struct Morph {
    const char* const* suffixes;
    const char* const* endings;
    bool compounds; // glues nouns together: look up the compound's head
};
const char* const kSvSuffixes[] = {"arnas", "ernas", "ornas", "arna", "erna", "orna", "heten",
                                   "ande",  "ende",  "aste",  "ade",  "are",  "ast",  "het",
                                   "na",    "en",    "et",    "ar",   "er",   "or",   "ad",
                                   "at",    "a",     "e",     "t",    "s",    nullptr};
const char* const kSvEndings[] = {"a", "ig", "e", nullptr};
const char* const kDeSuffixes[] = {"ungen", "sten", "ster", "stes", "test", "ten", "ste", "est", "en",   "er",
                                   "es",    "em",   "st",   "te",   "e",    "n",   "s",   "t",   nullptr};
const char* const kDeEndings[] = {"e", "en", "n", nullptr};
const char* const kNordSuffixes[] = {"ene", "ens", "ere", "est", "et", "en", "er", "e", "t", "s", nullptr};
const char* const kNordEndings[] = {"e", nullptr};
const char* const kNlSuffixes[] = {"heden", "en", "er", "ste", "st", "e", "s", "t", nullptr};
const char* const kNlEndings[] = {"e", nullptr};
const char* const kRomSuffixes[] = {"ement", "mente", "es", "s", "e", "a", nullptr};
const char* const kRomEndings[] = {"e", "o", "a", nullptr};
const char* const kFiSuffixes[] = {"ssa", "sta", "lla", "lta", "ksi", "ja", "na", "a", "n", "t", nullptr};
const char* const kNone[] = {nullptr};

Morph morph_for(int li) {
    switch (lex_lang(li)) {
    case Lang::sv:
        return {kSvSuffixes, kSvEndings, true};
    case Lang::de:
        return {kDeSuffixes, kDeEndings, true};
    case Lang::da:
    case Lang::no:
        return {kNordSuffixes, kNordEndings, true};
    case Lang::nl:
        return {kNlSuffixes, kNlEndings, true};
    case Lang::fr:
    case Lang::es:
        return {kRomSuffixes, kRomEndings, false};
    case Lang::fi:
        return {kFiSuffixes, kNone, true};
    default:
        return {kNone, kNone, false};
    }
}
} // namespace

float SentimentScorer::State::lookup_valence(std::string_view w, int li) const {
    const WordEntry* e = lex->find(w);
    return e ? e->valence(li) : 0.f;
}

// Valence of an inflected or compound word the lexicon does not hold as such ("äckligt" -> "äcklig",
// "kundtjänstkatastrof" -> "katastrof", "jättebra" -> "bra" + booster, "saugut" -> "gut" + booster).
float SentimentScorer::State::morphology(std::string_view w, int li) const {
    const Morph m = morph_for(li);
    char* buf = const_cast<char*>(scratch);
    auto stemmed = [&](std::string_view x) -> float {
        if (float v = lookup_valence(x, li)) return v;
        for (const char* const* s = m.suffixes; *s; ++s) {
            const size_t sl = std::strlen(*s);
            if (x.size() < sl + 3 || x.substr(x.size() - sl) != *s) continue;
            const std::string_view stem = x.substr(0, x.size() - sl);
            if (float v = lookup_valence(stem, li)) return v;
            // A loan word with an inflection ("idioten", "idioter" -> "idiot"): the English valence of a
            // stem of five or more bytes that is no stop word in any language.
            if (english_fallback && stem.size() >= 5) {
                const WordEntry* e = lex->find(stem);
                if (e && e->valence_q[kEn] != 0 && e->stop_mask == 0) return e->valence(kEn);
            }
            for (const char* const* e = m.endings; *e; ++e) {
                const size_t el = std::strlen(*e);
                if (stem.size() + el > sizeof(scratch)) continue;
                std::memcpy(buf, stem.data(), stem.size());
                std::memcpy(buf + stem.size(), *e, el);
                if (float v = lookup_valence(std::string_view(buf, stem.size() + el), li)) return v;
            }
        }
        return 0.f;
    };
    if (float v = stemmed(w)) return v;
    if (!m.compounds || w.size() < 6 || w.size() > 40) return 0.f;
    // A glued intensifier ("jättebra", "supergut", "saublöd"): the rest, boosted.
    for (size_t k = 2; k <= 7 && k + 3 <= w.size(); ++k) {
        if ((static_cast<unsigned char>(w[k]) & 0xc0) == 0x80) continue;
        const WordEntry* pe = lex->find(w.substr(0, k));
        if (!pe || !(pe->roles[li] & kRoleBoostPrefix)) continue;
        if (float v = stemmed(w.substr(k))) return v + (v > 0 ? kBoost : -kBoost);
    }
    // Compound: the longest known head (at least 4 bytes) decides; a glued intensifier boosts it.
    for (size_t k = 3; k + 4 <= w.size(); ++k) {
        if ((static_cast<unsigned char>(w[k]) & 0xc0) == 0x80) continue; // not at a UTF-8 boundary
        const std::string_view head = w.substr(k);
        float v = lookup_valence(head, li);
        if (!v) {
            // Heads with one common inflection ("bolagskatastrofen").
            for (const char* const* s = m.suffixes; *s && !v; ++s) {
                const size_t sl = std::strlen(*s);
                if (sl > 2 || head.size() < sl + 4 || head.substr(head.size() - sl) != *s) continue;
                v = lookup_valence(head.substr(0, head.size() - sl), li);
            }
        }
        if (!v) continue;
        std::string_view mod = w.substr(0, k);
        if (mod.size() > 1 && (mod.back() == 's' || mod.back() == '-')) mod.remove_suffix(1);
        const WordEntry* me = lex->find(mod);
        if (!me) me = lex->find(w.substr(0, k));
        if (me && (me->roles[li] & kRoleBoostPrefix)) v += v > 0 ? kBoost : -kBoost;
        return v;
    }
    return 0.f;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] VADER
// ---------------------------------------------------------------------------------------------------------
void SentimentScorer::State::resolve(int li) {
    for (Token& t : tokens) {
        if (t.kind != kWord) continue;
        const std::string_view w(lower.data() + t.begin, t.len);
        t.valence = 0.f;
        t.roles = 0;
        t.booster = 0.f;
        t.profane = false;
        if (const WordEntry* e = t.entry) {
            t.valence = e->valence(li);
            t.roles = e->roles[li];
            t.booster = e->booster(li);
            // English swearing is common in every language's comments.
            t.profane = (e->profane_mask & ((1u << li) | (english_fallback ? 1u : 0u))) != 0;
        }
        if (li == kEn && w.size() > 3 && w.ends_with("n't")) t.roles |= kRoleNegator;
        if (t.valence != 0.f || (t.roles & (kRoleNegator | kRoleBooster | kRoleContrast)) || t.number)
            continue;
        const uint64_t h = t.hash * 31 + static_cast<uint64_t>(li) + 1;
        const size_t mask = memo.size() - 1;
        size_t slot = h & mask;
        bool hit = false;
        for (; memo[slot].hash; slot = (slot + 1) & mask) {
            const MemoSlot& m = memo[slot];
            if (m.hash == h && m.len == w.size() &&
                same_bytes(memo_keys.data() + m.key, w.data(), w.size())) {
                t.valence = m.valence, t.booster = m.booster, t.roles |= m.roles;
                t.profane |= m.profane;
                hit = true;
                break;
            }
        }
        if (hit) continue;
        fallback(t, w, li);
        if (memo_used * 2 >= memo.size() || memo_keys.size() + w.size() > memo_keys.capacity()) {
            std::fill(memo.begin(), memo.end(), MemoSlot{});
            memo_keys.clear();
            memo_used = 0;
            for (slot = h & mask; memo[slot].hash; slot = (slot + 1) & mask) {}
        }
        MemoSlot& m = memo[slot];
        m.hash = h;
        m.key = static_cast<uint32_t>(memo_keys.size());
        m.len = static_cast<uint16_t>(w.size());
        m.valence = t.valence, m.booster = t.booster, m.roles = t.roles;
        m.profane = t.profane;
        memo_keys.append(w);
        ++memo_used;
    }
}

bool SentimentScorer::State::fallback(Token& t, std::string_view w, int li) {
    if (lex->neutral(w, li)) return false; // known to carry no sentiment in this language
    if (!t.profane && w.size() >= 7 && morph_for(li).compounds) t.profane = profane_compound(w, li);
    if (li != kEn && w.size() >= 4) t.valence = morphology(w, li);
    if (t.valence == 0.f && t.elongated) {
        // "soooo goooood" -> "so good" / "good": collapse runs to one, then two letters.
        for (int keep = 1; keep <= 2 && t.valence == 0.f; ++keep) {
            size_t o = 0;
            int run = 0;
            char prev = 0;
            for (char ch : w) {
                run = ch == prev ? run + 1 : 1;
                prev = ch;
                if (run <= keep && o < sizeof(scratch)) scratch[o++] = ch;
            }
            const WordEntry* e = lex->find(std::string_view(scratch, o));
            if (e) {
                t.valence = e->valence(li);
                if (t.valence == 0.f && english_fallback) t.valence = e->valence(kEn);
                t.roles |= e->roles[li];
                t.booster = e->booster(li);
            }
        }
    }
    if (t.valence == 0.f && english_fallback && li != kEn && t.entry && !(t.entry->stop_mask & (1u << li)))
        t.valence = t.entry->valence(kEn);
    return t.valence != 0.f;
}

// A compound with a profane part of four or more bytes at its front ("arschgeige"; also a list word without
// its final e, "scheißregierung" from "scheiße") or as its head ("klugscheißer" from "scheißer").
bool SentimentScorer::State::profane_compound(std::string_view w, int li) const {
    const uint32_t bit = 1u << li;
    auto profane = [&](std::string_view part) {
        const WordEntry* e = lex->find(part);
        return e && (e->profane_mask & bit);
    };
    for (size_t k = 4; k + 3 <= w.size(); ++k) {
        if ((static_cast<unsigned char>(w[k]) & 0xc0) == 0x80) continue; // not at a UTF-8 boundary
        const std::string_view front = w.substr(0, k);
        if (profane(front)) return true;
        if (k + 1 < sizeof(scratch)) {
            char* buf = const_cast<char*>(scratch);
            std::memcpy(buf, front.data(), k);
            buf[k] = 'e';
            if (profane(std::string_view(buf, k + 1))) return true;
        }
        if (w.size() - k >= 4 && profane(w.substr(k))) return true;
    }
    return false;
}

namespace {
bool is_salutation(std::string_view w, int li) {
    switch (lex_lang(li)) {
    case Lang::en:
        return w == "dear";
    case Lang::sv:
        return w == "kära" || w == "käre";
    case Lang::de:
        return w == "liebe" || w == "lieber" || w == "liebes" || w == "liebste" || w == "liebster";
    default:
        return false;
    }
}
} // namespace

float SentimentScorer::State::vader(int li, std::vector<ScoreDriver>* drivers) {
    const size_t n = tokens.size();
    sentiments.assign(n, 0.f);
    // ALL CAPS emphasis counts only when some, not all, words are capitalised.
    int words = 0, caps = 0;
    for (const Token& t : tokens)
        if (t.kind == kWord) ++words, caps += t.caps;
    const bool cap_diff = caps > 0 && caps < words;
    auto word_at = [&](size_t i) { return std::string_view(lower.data() + tokens[i].begin, tokens[i].len); };
    for (size_t i = 0; i < n; ++i) {
        const Token& t = tokens[i];
        if (t.roles & kRoleBooster) continue; // boosters carry no valence of their own
        float v = t.valence;
        if (v == 0.f) continue;
        if (t.caps && cap_diff) v += v > 0 ? kCapsBoost : -kCapsBoost;
        for (size_t s = 0; s < 3 && s < i; ++s) {
            const Token& p = tokens[i - s - 1];
            if (p.valence != 0.f && !(p.roles & kRoleBooster)) continue; // VADER: preceding lexicon words
            if (p.roles & kRoleBooster) {
                float b = v > 0 ? p.booster : -p.booster;
                if (p.caps && cap_diff) b += v > 0 ? kCapsBoost : -kCapsBoost;
                v += b * (s == 0 ? 1.f : (s == 1 ? 0.95f : 0.9f));
            }
            if (p.roles & kRoleNegator) {
                // "never so good" intensifies instead of negating (VADER's never_check).
                const bool never_so = li == kEn && s >= 1 && word_at(i - s - 1) == "never" &&
                                      (word_at(i - s) == "so" || word_at(i - s) == "this");
                v = never_so ? v * (s == 1 ? 1.5f : 1.25f) : v * kNegScalar;
            }
        }
        if (li == kEn && i >= 1 && word_at(i - 1) == "least" &&
            !(i >= 2 && (word_at(i - 2) == "at" || word_at(i - 2) == "very")))
            v *= kNegScalar;
        sentiments[i] = v;
    }
    // A salutation opens a letter or a post ("Liebe Bahn, ...", "Kära SJ", "Dear support"): the word is a
    // form of address there, not a feeling.
    for (size_t i = 0; i < n; ++i) {
        if (tokens[i].kind != kWord) continue;
        if (is_salutation(word_at(i), li)) sentiments[i] = 0.f;
        break;
    }
    // Phrases (VADER's SPECIAL_CASE_IDIOMS in English, a case's own phrases in any language): the phrase's
    // valence replaces its last word's.
    bool idiom_start = false;
    if (li >= 0 && (lex->idiom_langs() >> li & 1u))
        for (const Token& t : tokens) idiom_start |= (t.roles & kRoleIdiomStart) != 0;
    phrases.clear();
    if (idiom_start) {
        for (const Lexicon::Idiom& idiom : lex->idioms()) {
            if (idiom.lang >= 0 && idiom.lang != li) continue;
            const std::string_view id(idiom.text);
            for (size_t i = 0; i < n; ++i) {
                if (tokens[i].len == 0 || lower[tokens[i].begin] != id[0])
                    continue; // cheap first-letter filter
                size_t pos = 0, j = i;
                while (j < n && pos < id.size()) {
                    const std::string_view w = word_at(j);
                    if (id.compare(pos, w.size(), w) != 0) break;
                    pos += w.size();
                    ++j;
                    if (pos == id.size()) break;
                    if (id[pos] != ' ') break;
                    ++pos;
                }
                if (pos == id.size() && j > i) {
                    for (size_t k = i; k < j; ++k) sentiments[k] = 0.f;
                    sentiments[j - 1] = idiom.valence;
                    if (drivers) phrases.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(j - 1));
                }
            }
        }
    }
    // Contrastive conjunction: the first one halves what came before and strengthens what follows.
    for (size_t i = 0; i < n; ++i) {
        if (!(tokens[i].roles & kRoleContrast)) continue;
        for (size_t k = 0; k < n; ++k) sentiments[k] *= k < i ? 0.5f : (k > i ? 1.5f : 1.f);
        break;
    }
    float sum = 0.f;
    for (float s : sentiments) sum += s;
    if (sum != 0.f) {
        const float ep = 0.292f * static_cast<float>(std::min(cues.exclamations, 4));
        const float qm = cues.questions > 1 ? (cues.questions <= 3 ? 0.18f * cues.questions : 0.96f) : 0.f;
        sum += sum > 0 ? ep + qm : -(ep + qm);
    }
    if (drivers) {
        drivers->clear();
        for (size_t i = 0; i < n; ++i) {
            if (sentiments[i] == 0.f) continue;
            size_t first = i; // a phrase is named whole ("price hike"), not by its last word
            for (const auto& [b, e] : phrases)
                if (e == i) first = b;
            std::string text(word_at(first));
            for (size_t k = first + 1; k <= i; ++k) text.append(" ").append(word_at(k));
            drivers->push_back({std::move(text), sentiments[i]});
        }
        std::stable_sort(drivers->begin(), drivers->end(), [](const ScoreDriver& a, const ScoreDriver& b) {
            return std::fabs(a.contribution) > std::fabs(b.contribution);
        });
    }
    // Calibration: weak evidence (|sum| below the neutral band) maps inside the neutral label band, keeping
    // its sign (binary uses still see the direction); stronger evidence is normalised from the band's edge.
    const float a = std::fabs(sum);
    float band = neutral_band;
    // A long text needs more evidence to leave the neutral band: it mentions more things, and a few mild
    // words about one of them ("gut", "schnell") do not make the whole text positive. Above kLongText words
    // the band grows with the square root of the length (as the spread of a sum of independent words does).
    if (words > kLongText) band *= std::sqrt(static_cast<float>(words) / kLongText);
    float c;
    if (band > 0.f && a < band) {
        c = 0.049f * a / band;
    } else {
        const float x = a - band;
        c = kNeutralEdge + (1.f - kNeutralEdge) * (x / std::sqrt(x * x + 15.f));
        if (band <= 0.f) c = a / std::sqrt(a * a + 15.f);
    }
    c = std::clamp(c, 0.f, 1.f);
    return sum < 0 ? -c : c;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Emotionality
// ---------------------------------------------------------------------------------------------------------
// Emotional cues (exclamations, repeated punctuation, ALL CAPS, elongations, strong negative words such as
// insults and profanity, second-person address together with negative words, anger emoji) against factual
// cues (numbers, links, a question, causal connectives, length), through a logistic squash.
constexpr float kProfanityCue = 0.8f; // per profane word (at most two count)
constexpr float kLengthCue = 0.3f;    // factual cue per 20 words (at most 40 count)

float SentimentScorer::State::emotionality(int li, float compound) const {
    int strong_neg = 0, neg = 0, strong_pos = 0, anger_emoji = 0, pronoun2 = 0, causal = 0, profane = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const float v = i < sentiments.size() && sentiments[i] != 0.f ? sentiments[i] : t.valence;
        if (t.kind == kEmoji && v <= -1.f) ++anger_emoji;
        if (v <= -2.0f) ++strong_neg;
        if (v < 0.f) ++neg;
        if (v >= 2.5f) ++strong_pos;
        if (t.profane) ++profane;
        if (li >= 0) {
            if (t.roles & kRolePronoun2) ++pronoun2;
            if (t.roles & kRoleCausal) ++causal;
        }
    }
    const Cues& c = cues;
    // The strength of the negative reading itself is a cue (2 × -compound).
    float emo = 2.f * std::max(0.f, -compound) + 0.3f * static_cast<float>(std::min(c.exclamations, 4)) +
                0.5f * std::min(c.repeated_punct, 2) + 0.45f * static_cast<float>(std::min(c.caps_words, 3)) +
                0.4f * std::min(c.elongations, 2) + 0.7f * static_cast<float>(std::min(strong_neg, 3)) +
                0.35f * static_cast<float>(std::min(neg, 4)) +
                0.2f * static_cast<float>(std::min(strong_pos, 2)) + 0.6f * std::min(anger_emoji, 2) +
                (pronoun2 > 0 && neg > 0 ? 0.7f : 0.f) +
                kProfanityCue * static_cast<float>(std::min(profane, 2));
    float fact = 0.35f * static_cast<float>(std::min(c.numbers, 2)) + 0.5f * std::min(c.links, 1) +
                 (c.questions == 1 ? 0.3f : 0.f) + 0.5f * std::min(causal, 2) +
                 kLengthCue * std::min(static_cast<float>(c.words) / 20.f, 2.f);
    const float x = 1.6f * (emo - fact) - 0.8f;
    return 1.f / (1.f + std::exp(-x));
}

// Above this compound a comment that proposes something is praise, not criticism.
constexpr float kProposalPraise = 0.5f;

bool SentimentScorer::State::proposes(int li) const {
    if (li < 0) return false;
    for (const Token& t : tokens)
        if (t.roles & kRoleProposal) return true;
    return false;
}

TextScore SentimentScorer::State::run(std::string_view text, Lang language,
                                      std::vector<ScoreDriver>* drivers) {
    scan(text);
    TextScore r;
    const Lang detected = decide_language();
    r.language = language != Lang::unknown ? language : detected;
    int li = lex_index(r.language);
    const int score_li = li >= 0 ? li : kEn; // unknown/other: emoji, emoticons and English words
    resolve(score_li);
    r.compound = vader(score_li, drivers);
    r.emotionality = emotionality(li, r.compound);
    // Constructive criticism: calm, and negative or proposing a change ("Suggestion: test the seams before
    // shipping" scores neutral, "Förslag: återkalla batchen, då löser ni det snabbt" mildly positive, yet
    // both are criticism, and the kind worth answering on substance). Clear praise is not ("You should try
    // it, it's great!").
    r.constructive =
        r.emotionality < kEmotionalThreshold &&
        (label_for(r.compound) == SentimentLabel::negative || (r.compound < kProposalPraise && proposes(li)));
    return r;
}

SentimentScorer::SentimentScorer(const SentimentOptions& options) : s_(std::make_unique<State>()) {
    s_->english_fallback = options.english_fallback;
    s_->neutral_band = options.neutral_band;
    s_->emoji_weight = options.emoji_weight;
    if (options.custom_words.empty()) {
        s_->lex = &Lexicon::base();
    } else {
        s_->own = std::make_unique<Lexicon>(Lexicon::base());
        for (const CustomWord& w : options.custom_words) {
            std::string low;
            const auto* p = reinterpret_cast<const unsigned char*>(w.word.data());
            const auto* end = p + w.word.size();
            while (p < end) {
                uint32_t cp;
                p += utf8_decode(p, end, cp);
                if (cp >= 'A' && cp <= 'Z')
                    cp += 32;
                else if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
                    cp += 0x20;
                char b[4];
                low.append(b, encode_utf8(cp, b));
            }
            if (!low.empty()) s_->own->set_phrase(low, w.lang, w.valence); // one word or several
        }
        s_->lex = s_->own.get();
    }
    s_->lower.reserve(4096);
    s_->tokens.reserve(512);
    s_->sentiments.reserve(512);
    s_->memo.resize(1 << 15);
    s_->memo_keys.reserve(1 << 18);
}
SentimentScorer::~SentimentScorer() = default;
SentimentScorer::SentimentScorer(SentimentScorer&&) noexcept = default;
SentimentScorer& SentimentScorer::operator=(SentimentScorer&&) noexcept = default;

TextScore SentimentScorer::score(std::string_view text, Lang language) {
    return s_->run(text, language, nullptr);
}
TextScore SentimentScorer::explain(std::string_view text, std::vector<ScoreDriver>& drivers, Lang language) {
    return s_->run(text, language, &drivers);
}
Lang SentimentScorer::identify(std::string_view text) {
    s_->scan(text);
    return s_->decide_language();
}
const float* SentimentScorer::last_evidence() const {
    return s_->evidence;
}
const Lexicon& SentimentScorer::lexicon() const {
    return *s_->lex;
}

TextScore score_text(std::string_view text, Lang language) {
#ifdef __wasm__
    // WebAssembly builds are single-threaded, and wasm-ld refuses thread-local storage in a module built
    // with -mbulk-memory but without atomics (src/CMakeLists.txt).
    static SentimentScorer scorer;
#else
    thread_local SentimentScorer scorer;
#endif
    return scorer.score(text, language);
}

} // namespace sv
