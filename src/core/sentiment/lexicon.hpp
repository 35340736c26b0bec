// lexicon.hpp — one hash table over every word Stormvakt knows, in every language it scores: one lookup per
// token yields the language evidence (stop word / sentiment word of which languages) and, per language, the
// valence and the rule role (negator, booster/dampener, contrast). Built from the generated tables
// (lexicon_data.hpp) plus the rule words of language_rules.cpp; a copy can carry a case's custom words.
#pragma once
#include "core/lang/language.hpp"

#include <cstdint>
#include <string>
#include <string_view>
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
};

struct WordEntry {
    uint16_t stop_mask = 0;               // bit i: a stop word of lex_lang(i)
    uint16_t lex_mask = 0;                // bit i: a sentiment word of lex_lang(i)
    int8_t valence_q[kLexLangCount] = {}; // valence × 20 per language (VADER scale, about -4..4), 0 = none
    int8_t booster_q[kLexLangCount] = {}; // booster/dampener amount × 100 per language (±29 = VADER's ±0.293)
    uint8_t roles[kLexLangCount] = {};    // WordRole bits per language
    float valence(int li) const { return valence_q[li] * 0.05f; }
    float booster(int li) const { return booster_q[li] * 0.01f; }
};

class Lexicon {
public:
    // The lexicon built from the generated tables (built once, on first use; thread-safe static).
    static const Lexicon& base();

    const WordEntry* find(std::string_view lower_word) const;
    // Adds or overrides a word's valence (VADER scale -4..4) in one language or, with Lang::unknown, in all.
    void set_valence(std::string_view lower_word, Lang lang, float valence);
    WordEntry& upsert(std::string_view lower_word);
    size_t size() const { return entries_.size(); }

    // Multi-word idioms (English, from VADER): "yeah right" -> -2.
    struct Idiom {
        std::string text;
        float valence;
    };
    const std::vector<Idiom>& idioms() const { return idioms_; }

private:
    void rehash(size_t capacity);
    std::vector<WordEntry> entries_;
    std::vector<uint32_t> key_offset_; // per entry: offset of its key in keys_
    std::vector<uint16_t> key_len_;
    std::string keys_;
    std::vector<uint64_t> slots_; // open addressing: (hash >> 32) << 32 | (entry index + 1); 0 = empty
    std::vector<Idiom> idioms_;
};

// Adds the rule words (negators, contrast words, boosters, pronouns, causal connectives) of every language;
// defined in language_rules.cpp.
void add_language_rules(Lexicon& lex);

} // namespace sv
