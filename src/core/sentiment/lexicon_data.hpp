// lexicon_data.hpp — the raw tables generated at build time by src/gen/lexicons.cjs from npm packages
// (see that file for sources). Read once by lexicon.cpp / language_id.cpp into hash tables.
#pragma once
#include <cstddef>
#include <cstdint>

namespace sv::lexdata {

struct WordValence {
    const char* word; // lower-case UTF-8
    float valence;    // VADER scale (about -4..4) or AFINN (-5..5)
};
struct LangWordList {
    const char* lang;         // ISO 639-1 code
    const char* const* words; // nullptr-terminated
};
struct LangLexicon {
    const char* lang;         // ISO 639-1 code
    const WordValence* words; // sorted by word
    size_t count;
};
struct EmojiValence {
    uint32_t codepoint; // a single-code-point emoji
    float valence;      // (positive - negative) / (occurrences + 10) × 4, Emoji Sentiment Ranking counts
};
struct LangEvidence {
    const char* word;   // lower-case UTF-8
    uint16_t stop_mask; // bit i: a stop word of language i (0 = en, 1 = sv, 2 = de, ... as kLexLangs; bits
                        // 9.. the recognised but unscored languages of kOtherLangs, only words no scored
                        // language has)
    uint16_t lex_mask;  // bit i: a sentiment word of language i (not an untranslated English word)
};

// Language order of the bit masks and per-language tables (same order as sv::Lang from en on).
inline constexpr const char* kLexLangs[] = {"en", "sv", "de", "da", "no", "nl", "fr", "es", "fi"};
inline constexpr size_t kLexLangCount = 9;
// Languages recognised (reported as "other") but not scored, in the stop-mask bits after kLexLangs.
inline constexpr const char* kOtherLangs[] = {"it", "pt", "pl", "tr", "ro", "cs", "hu"};
inline constexpr size_t kOtherLangCount = 7;

extern const WordValence kVaderLexicon[];
extern const size_t kVaderLexiconCount;
extern const WordValence kVaderBoosters[]; // +0.293 booster, -0.293 dampener
extern const size_t kVaderBoostersCount;
extern const WordValence kVaderIdioms[]; // multi-word idioms, words separated by one space
extern const size_t kVaderIdiomsCount;
extern const LangWordList kNegators[];
extern const size_t kNegatorsCount;
extern const LangWordList kProfanity[]; // profanity and slurs per language (emotionality cue)
extern const size_t kProfanityCount;
extern const LangWordList
    kNeutral[]; // words that carry no sentiment in the language (corrected translations)
extern const size_t kNeutralCount;
extern const LangLexicon kAfinn[];
extern const size_t kAfinnCount;
extern const EmojiValence kEmoji[]; // sorted by code point
extern const size_t kEmojiCount;
extern const LangEvidence kLangEvidence[];
extern const size_t kLangEvidenceCount;

} // namespace sv::lexdata
