// scorer_state.hpp — private to the scorer (scorer.cpp, scorer_scan.cpp, scorer_morphology.cpp): the
// SentimentScorer::State shared by its sections, with the token, the text cues and the constants they use.
#pragma once
#include "core/sentiment/lexicon_data.hpp"
#include "core/sentiment/scorer.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sv {

namespace scorer_detail {

constexpr float kBoost = 0.293f;     // VADER B_INCR
constexpr float kCapsBoost = 0.733f; // VADER C_INCR
constexpr float kNegScalar = -0.74f; // VADER N_SCALAR
constexpr int kEn = 0;
constexpr float kPejorativeValence = -2.0f; // a compound front at or below this makes the compound negative
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
    bool clause_start = false;        // , ; : . ! ? between the previous token and this one
    const WordEntry* entry = nullptr; // lexicon entry of the word, when known
    float valence = 0.f;              // resolved valence in the text's language (VADER scale)
    float booster = 0.f;              // booster (>0) / dampener (<0) amount when a booster word
    uint8_t roles = 0;                // WordRole bits in the text's language
    uint64_t hash = 0;                // word_hash of the lower-cased word (lexicon and memo lookups)
};

struct Cues {
    int exclamations = 0, questions = 0, repeated_punct = 0, links = 0, caps_words = 0, elongations = 0;
    int numbers = 0, letters_latin = 0, letters_foreign = 0, words = 0;
    int anger_emoji = 0; // anger, disgust and contempt emoji (is_anger_emoji in scorer_scan.cpp)
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

// Inflection suffixes per language (longest first), and endings a stem may take in the lexicon.
struct Morph {
    const char* const* suffixes;
    const char* const* endings;
    bool compounds; // glues nouns together: look up the compound's head
};
Morph morph_for(int li); // the suffixes and endings of a lexicon language (scorer_morphology.cpp)

} // namespace scorer_detail
using namespace scorer_detail; // the scorer's own files only

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
    bool profane_inflection(std::string_view w, int li) const; // "Idioten" -> "idiot", "dummes" -> "dumm"
    bool whole_chunk(std::string_view c, char* low, size_t& lo);
    // The lexicon lookup of recent words (up to 16 bytes; direct-mapped by the word's bytes): the word's
    // word_hash() and entry without hashing it byte by byte and probing the lexicon's large table again
    // (natural text repeats its words). Exact: a slot holds the word's bytes. See scorer_scan.cpp.
    struct WordSlot {
        uint64_t lo = 0, hi = 0;          // the word's bytes 0-7 and 8-15, zero beyond its length
        uint64_t hash = 0;                // word_hash() of the word
        const WordEntry* entry = nullptr; // its lexicon entry, or none
        uint32_t len = 0;                 // bytes (0: an empty slot)
    };
    static constexpr int kWordCacheBits = 12;
    std::vector<WordSlot> word_cache; // 1 << kWordCacheBits slots
    void find_word(Token& t, const char* w, size_t len);

    void scan(std::string_view text);
    Lang decide_language() const;
    void resolve(int li);
    std::string_view with_ending(std::string_view stem, const char* ending) const; // in scratch
    float lookup_valence(std::string_view w, int li) const;
    float morphology(std::string_view w, int li) const;
    float pejorative_front(std::string_view w, int li) const; // "Scheißregierung" -> "scheiß"
    bool negated_from_behind(size_t i, int li) const;         // "Ich liebe es nicht" (see scorer.cpp)
    float vader(int li, std::vector<ScoreDriver>* drivers);
    float emotionality(int li, float compound) const;
    bool proposes(int li) const; // a word that proposes a change (kRoleProposal)
    TextScore run(std::string_view text, Lang language, std::vector<ScoreDriver>* drivers);
};

} // namespace sv
