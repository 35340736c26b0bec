#include "core/sentiment/lexicon.hpp"

#include "core/sentiment/lexicon_data.hpp"

#include <cmath>
#include <cstring>

namespace sv {

namespace {
int8_t quantize(float v, float scale) {
    const float q = std::round(v * scale);
    return static_cast<int8_t>(q > 127.f ? 127.f : (q < -127.f ? -127.f : q));
}
// AFINN (-5..5 integers) onto VADER's scale (mean |valence| of VADER words is about 0.75 × AFINN's).
constexpr float kAfinnToVader = 0.75f;
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

const WordEntry* Lexicon::find(std::string_view w) const {
    return find(w, word_hash(w));
}

const WordEntry* Lexicon::find(std::string_view w, uint64_t h) const {
    if (slots_.empty() || w.empty() || w.size() > 0xffff) return nullptr;
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = h & 0xffffffff00000000ULL;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const uint64_t s = slots_[i];
        if (!s) return nullptr;
        if ((s & 0xffffffff00000000ULL) != tag) continue;
        const WordEntry& e = entries_[static_cast<uint32_t>(s) - 1];
        if (e.key_len == w.size() && same_bytes(keys_.data() + e.key_offset, w.data(), w.size())) return &e;
    }
}

void Lexicon::rehash(size_t capacity) {
    slots_.assign(capacity, 0);
    const size_t mask = capacity - 1;
    for (uint32_t e = 0; e < entries_.size(); ++e) {
        const uint64_t h =
            word_hash(std::string_view(keys_.data() + entries_[e].key_offset, entries_[e].key_len));
        size_t i = h & mask;
        while (slots_[i]) i = (i + 1) & mask;
        slots_[i] = (h & 0xffffffff00000000ULL) | (e + 1);
    }
}

WordEntry& Lexicon::upsert(std::string_view w) {
    if (const WordEntry* found = find(w)) return const_cast<WordEntry&>(*found);
    entries_.emplace_back();
    entries_.back().key_offset = static_cast<uint32_t>(keys_.size());
    entries_.back().key_len = static_cast<uint16_t>(w.size());
    keys_.append(w);
    if ((entries_.size() + 1) * 2 > slots_.size()) {
        size_t cap = 1024;
        while (cap < entries_.size() * 3) cap *= 2;
        rehash(cap);
    } else {
        const size_t mask = slots_.size() - 1;
        const uint64_t h = word_hash(w);
        size_t i = h & mask;
        while (slots_[i]) i = (i + 1) & mask;
        slots_[i] = (h & 0xffffffff00000000ULL) | static_cast<uint32_t>(entries_.size());
    }
    return entries_.back();
}

void Lexicon::set_valence(std::string_view w, Lang lang, float valence) {
    WordEntry& e = upsert(w);
    const int li = lex_index(lang);
    for (int i = 0; i < static_cast<int>(kLexLangCount); ++i) {
        if (li >= 0 && i != li) continue;
        e.valence_q[i] = quantize(valence, 20.f);
        if (e.valence_q[i] == 0 && valence != 0.f) e.valence_q[i] = valence > 0 ? 1 : -1;
        e.lex_mask = static_cast<uint16_t>(e.lex_mask | (1u << i));
    }
    if (valence == 0.f) set_neutral(w, lang); // "0 makes a word neutral": no fallback may give it a valence
}

void Lexicon::set_neutral(std::string_view w, Lang lang) {
    const int li = lex_index(lang);
    for (int i = 0; i < static_cast<int>(kLexLangCount); ++i) {
        if (li >= 0 && i != li) continue;
        std::string key(1, static_cast<char>(i));
        neutral_.insert(key.append(w));
    }
}

bool Lexicon::neutral(std::string_view w, int li) const {
    if (neutral_.empty() || li < 0) return false;
    std::string key(1, static_cast<char>(li));
    return neutral_.count(key.append(w)) != 0;
}

void Lexicon::set_phrase(std::string_view w, Lang lang, float valence) {
    std::string text; // the words joined by single spaces, as the scorer compares them
    for (size_t i = 0; i < w.size();) {
        while (i < w.size() && is_space(w[i])) ++i;
        const size_t b = i;
        while (i < w.size() && !is_space(w[i])) ++i;
        if (i == b) break;
        if (!text.empty()) text += ' ';
        text.append(w.substr(b, i - b));
    }
    if (text.empty()) return;
    if (text.find(' ') == std::string::npos) return set_valence(text, lang, valence);
    const int li = lex_index(lang);
    WordEntry& first = upsert(std::string_view(text).substr(0, text.find(' ')));
    for (int i = 0; i < static_cast<int>(kLexLangCount); ++i) {
        if (li >= 0 && i != li) continue;
        first.roles[i] |= kRoleIdiomStart;
        idiom_langs_ = static_cast<uint16_t>(idiom_langs_ | (1u << i));
    }
    for (Idiom& idiom : idioms_)
        if (idiom.text == text && idiom.lang == li) return void(idiom.valence = valence);
    const uint64_t first_hash = word_hash(std::string_view(text).substr(0, text.find(' ')));
    idioms_.push_back({std::move(text), valence, li, first_hash});
}

const Lexicon& Lexicon::base() {
    static const Lexicon lex = [] {
        using namespace lexdata;
        Lexicon l;
        const int en = lex_index(Lang::en);
        for (size_t i = 0; i < kVaderLexiconCount; ++i) {
            WordEntry& e = l.upsert(kVaderLexicon[i].word);
            e.valence_q[en] = quantize(kVaderLexicon[i].valence, 20.f);
        }
        for (size_t li = 0; li < kAfinnCount; ++li) {
            const int idx = lex_index(lang_from_code(kAfinn[li].lang));
            if (idx < 0) continue;
            for (size_t i = 0; i < kAfinn[li].count; ++i) {
                // English: VADER's own lexicon first; AFINN fills the clear words VADER lacks ("corrupt",
                // "sexist", "scum", "afraid"), not its mild ±1 ones ("big", "rose", "gray").
                if (idx == en) {
                    const WordEntry* v = l.find(kAfinn[li].words[i].word);
                    if ((v && v->valence_q[en] != 0) || std::fabs(kAfinn[li].words[i].valence) < 2.f)
                        continue;
                }
                WordEntry& e = l.upsert(kAfinn[li].words[i].word);
                e.valence_q[idx] = quantize(kAfinn[li].words[i].valence * kAfinnToVader, 20.f);
            }
        }
        for (size_t i = 0; i < kLangEvidenceCount; ++i) {
            WordEntry& e = l.upsert(kLangEvidence[i].word);
            e.stop_mask = kLangEvidence[i].stop_mask;
            e.lex_mask = kLangEvidence[i].lex_mask;
        }
        for (size_t i = 0; i < kVaderBoostersCount; ++i) {
            WordEntry& e = l.upsert(kVaderBoosters[i].word);
            e.booster_q[en] = quantize(kVaderBoosters[i].valence, 100.f);
            e.roles[en] |= kRoleBooster;
        }
        for (size_t li = 0; li < kNegatorsCount; ++li) {
            const int idx = lex_index(lang_from_code(kNegators[li].lang));
            if (idx < 0) continue;
            for (const char* const* w = kNegators[li].words; *w; ++w) l.upsert(*w).roles[idx] |= kRoleNegator;
        }
        for (size_t li = 0; li < kProfanityCount; ++li) {
            const int idx = lex_index(lang_from_code(kProfanity[li].lang));
            if (idx < 0) continue;
            for (const char* const* w = kProfanity[li].words; *w; ++w)
                l.upsert(*w).profane_mask |= static_cast<uint16_t>(1u << idx);
        }
        for (size_t i = 0; i < kVaderIdiomsCount; ++i) {
            const std::string_view idiom = kVaderIdioms[i].word;
            l.idioms_.push_back({std::string(idiom), kVaderIdioms[i].valence, en,
                                 word_hash(idiom.substr(0, idiom.find(' ')))});
            l.upsert(idiom.substr(0, idiom.find(' '))).roles[en] |= kRoleIdiomStart;
            l.idiom_langs_ = static_cast<uint16_t>(l.idiom_langs_ | (1u << en));
        }
        for (size_t li = 0; li < kNeutralCount; ++li) {
            const Lang lang = lang_from_code(kNeutral[li].lang);
            if (lex_index(lang) < 0) continue;
            for (const char* const* w = kNeutral[li].words; *w; ++w) l.set_neutral(*w, lang);
        }
        add_language_rules(l);
        add_domain_words(l);
        return l;
    }();
    return lex;
}

} // namespace sv
