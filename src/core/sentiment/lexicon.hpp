// lexicon.hpp — one hash table over every word Stormvakt knows, in every language it scores: one lookup per
// token yields the language evidence (stop word / sentiment word of which languages) and, per language, the
// valence and the rule role (negator, booster/dampener, contrast). Built from the generated tables
// (lexicon_data.hpp) plus the rule words of language_rules.cpp; a copy can carry a case's custom words.
#pragma once
#include "core/lang/language.hpp"
#include "core/text/simd_bytes.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sv {

// Languages with per-language lexicon columns: Lang::en .. Lang::fi, index = lang_index().
inline constexpr size_t kLexLangCount = 9;
inline int lex_index(Lang l) {
    const int i = static_cast<int>(l) - static_cast<int>(Lang::en);
    return i >= 0 && i < static_cast<int>(kLexLangCount) ? i : -1;
}
inline Lang lex_lang(int index) {
    return static_cast<Lang>(index + static_cast<int>(Lang::en));
}

// Role bits of a word in one language.
enum WordRole : uint8_t {
    kRoleNegator = 1,      // flips the valence of the next three words ("not", "inte", "nicht")
    kRoleContrast = 2,     // contrastive conjunction: before ×0.5, after ×1.5 ("but", "men", "aber")
    kRoleBooster = 4,      // intensity modifier (booster > 0 or dampener < 0, see WordEntry::booster)
    kRolePronoun2 = 8,     // second-person pronoun (emotionality: personal attacks)
    kRoleCausal = 16,      // causal connective (emotionality: factual argument)
    kRoleBoostPrefix = 32, // also glued to the front of words as an intensifier ("jätte-", "super-")
    kRoleProposal = 64,    // proposes a change ("suggest", "förslag", "Vorschlag"): constructive criticism
    kRoleIdiomStart = 128, // the first word of an idiom (English): the scorer looks for idioms only then
};

// The hash of a lexicon key: FNV-1a over the bytes, then a 64-bit finaliser. Words are short (about six
// bytes), so a byte loop beats a word-at-a-time hash that needs a variable-length tail copy.
inline uint64_t word_hash(std::string_view w) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

// Equality of short byte strings (most words) without a call to memcmp: 8 or 4 bytes per load.
inline bool same_bytes(const char* a, const char* b, size_t n) {
    return bytes_equal(a, b, n);
}

struct WordEntry {
    uint16_t stop_mask = 0;               // bit i: a stop word of lex_lang(i)
    uint16_t lex_mask = 0;                // bit i: a sentiment word of lex_lang(i)
    int8_t valence_q[kLexLangCount] = {}; // valence × 20 per language (VADER scale, about -4..4), 0 = none
    int8_t booster_q[kLexLangCount] = {}; // booster/dampener amount × 100 per language (±29 = VADER's ±0.293)
    uint8_t roles[kLexLangCount] = {};    // WordRole bits per language
    uint16_t profane_mask = 0;            // bit i: profanity or a slur in lex_lang(i) (emotionality cue)
    uint16_t key_len = 0;                 // the word's length in bytes (Lexicon's own bookkeeping)
    uint32_t key_offset = 0;              // offset of the word in the lexicon's key bytes
    float valence(int li) const { return valence_q[li] * 0.05f; }
    float booster(int li) const { return booster_q[li] * 0.01f; }
};

class Lexicon {
public:
    // The lexicon built from the generated tables (built once, on first use; thread-safe static).
    static const Lexicon& base();

    const WordEntry* find(std::string_view lower_word) const;
    // The same with the word's word_hash() already computed (the scorer hashes each token once).
    const WordEntry* find(std::string_view lower_word, uint64_t hash) const;
    // Adds or overrides a word's valence (VADER scale -4..4) in one language or, with Lang::unknown, in all.
    void set_valence(std::string_view lower_word, Lang lang, float valence);
    WordEntry& upsert(std::string_view lower_word);
    size_t size() const { return entries_.size(); }

    // Multi-word phrases: VADER's English idioms ("yeah right" -> -2) and a case's own phrases ("price
    // hike"). The phrase's valence replaces its last word's; its first word carries kRoleIdiomStart.
    struct Idiom {
        std::string text; // lower-case words joined by single spaces
        float valence;
        int lang = -1;           // lex_index() of its language, -1 = every language
        uint64_t first_hash = 0; // word_hash() of its first word (the scorer compares a token's hash first)
    };
    const std::vector<Idiom>& idioms() const { return idioms_; }
    // Bit i: some phrase applies to lex_lang(i) (the scorer skips the phrase pass otherwise).
    uint16_t idiom_langs() const { return idiom_langs_; }
    // Adds or overrides a phrase of two or more words (lower case, separated by white space) in one language
    // or, with Lang::unknown, in all.
    void set_phrase(std::string_view lower_words, Lang lang, float valence);

    // Words that carry no sentiment in a language (corrected translations, a case's own words set to 0):
    // the scorer takes them as neutral and skips its fallbacks (stems, compound heads, the English lexicon).
    void set_neutral(std::string_view lower_word, Lang lang);
    bool neutral(std::string_view lower_word, int lex_index) const;

private:
    void rehash(size_t capacity);
    std::vector<WordEntry> entries_; // each knows where its key lies in keys_ (one cache line per probe)
    std::string keys_;
    std::vector<uint64_t> slots_; // open addressing: (hash >> 32) << 32 | (entry index + 1); 0 = empty
    std::vector<Idiom> idioms_;
    uint16_t idiom_langs_ = 0;
    std::unordered_set<std::string> neutral_; // lex_index as one byte, then the word
};

// Adds the rule words (negators, contrast words, boosters, pronouns, causal connectives) of every language;
// defined in language_rules.cpp.
void add_language_rules(Lexicon& lex);
// Adds the crisis vocabulary the npm lexicons lack (en, sv, de), where a language has no valence for the
// word yet; defined in domain_words.cpp.
void add_domain_words(Lexicon& lex);
// True for the verbs of what a product or service should do ("work", "arrive", "answer") in the lexicon
// language li (a lex_index()): neutral alone, a complaint when negated ("doesn't work"); domain_words.cpp.
bool fails_when_negated(uint64_t lower_word_hash, int li); // the word_hash() of the lower-cased word

} // namespace sv
