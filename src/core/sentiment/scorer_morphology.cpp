// scorer_morphology.cpp — the scorer's morphology fallback: inflection suffixes, compound heads and glued
// intensifier prefixes for the languages that glue words together (see scorer.cpp for the rules).
//
// [SECTION] Morphology      inflection suffixes, compound heads, glued prefixes (sv, de, da, no, nl, ...)
#include "core/sentiment/lexicon_data.hpp"
#include "core/sentiment/scorer_state.hpp"

#include <cstring>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Morphology
// ---------------------------------------------------------------------------------------------------------
namespace scorer_detail {
const char* const kSvSuffixes[] = {"arnas", "ernas", "ornas", "arna", "erna", "orna", "heten",
                                   "ande",  "ende",  "aste",  "ade",  "are",  "ast",  "het",
                                   "na",    "en",    "et",    "ar",   "er",   "or",   "ad",
                                   "at",    "a",     "e",     "t",    "s",    nullptr};
const char* const kSvEndings[] = {"a", "ig", "e", nullptr};
// (-keit and -heit make nouns of adjectives that keep their feeling: "Traurigkeit", "Dummheit")
const char* const kDeSuffixes[] = {"igkeiten", "igkeit", "keiten", "heiten", "keit", "heit", "innen",
                                   "ungen",    "sten",   "ster",   "stes",   "test", "ten",  "ste",
                                   "est",      "in",     "en",     "er",     "es",   "em",   "st",
                                   "te",       "e",      "n",      "s",      "t",    nullptr};
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
} // namespace scorer_detail

// The stem with a lexicon ending appended ("äckl" + "ig"), in `scratch`; empty when it does not fit.
std::string_view SentimentScorer::State::with_ending(std::string_view stem, const char* ending) const {
    const size_t el = std::strlen(ending);
    if (stem.size() + el > sizeof(scratch)) return {};
    char* buf = const_cast<char*>(scratch);
    std::memmove(buf, stem.data(), stem.size());
    std::memcpy(buf + stem.size(), ending, el);
    return std::string_view(buf, stem.size() + el);
}

float SentimentScorer::State::lookup_valence(std::string_view w, int li) const {
    const WordEntry* e = lex->find(w);
    return e ? e->valence(li) : 0.f;
}

// Valence of an inflected or compound word the lexicon does not hold as such ("äckligt" -> "äcklig",
// "kundtjänstkatastrof" -> "katastrof", "jättebra" -> "bra" + booster, "saugut" -> "gut" + booster).
float SentimentScorer::State::morphology(std::string_view w, int li) const {
    const Morph m = morph_for(li);
    // A form known to carry no sentiment (a neutral word, or an inflection of one: "gemeinsamen") ends the
    // search: its parts must not lend it a valence ("gemeinsam" holds "einsam", "Gesellschaft" holds "Haft").
    bool known_neutral = false;
    auto neutral = [&](std::string_view x) { return known_neutral = known_neutral || lex->neutral(x, li); };
    // `whole`: x is the word itself, which fallback() has already checked against the neutral list.
    auto stemmed = [&](std::string_view x, bool whole) -> float {
        if (float v = lookup_valence(x, li)) return v;
        if (!whole && neutral(x)) return 0.f;
        for (const char* const* s = m.suffixes; *s; ++s) {
            const size_t sl = std::strlen(*s);
            if (x.size() < sl + 3 || x.substr(x.size() - sl) != *s) continue;
            const std::string_view stem = x.substr(0, x.size() - sl);
            if (float v = lookup_valence(stem, li)) return v;
            if (neutral(stem)) return 0.f;
            // A loan word with an inflection ("idioten", "idioter" -> "idiot"): the English valence of a
            // stem of five or more bytes that is no stop word in any language.
            if (english_fallback && stem.size() >= 5) {
                const WordEntry* e = lex->find(stem);
                if (e && e->valence_q[kEn] != 0 && e->stop_mask == 0) return e->valence(kEn);
            }
            for (const char* const* e = m.endings; *e; ++e) {
                const std::string_view form = with_ending(stem, *e);
                if (float v = form.empty() ? 0.f : lookup_valence(form, li)) return v;
            }
        }
        return 0.f;
    };
    if (float v = stemmed(w, true)) return v;
    if (known_neutral || !m.compounds || w.size() < 6 || w.size() > 40) return 0.f;
    // A glued intensifier ("jättebra", "supergut", "saublöd"): the rest, boosted.
    for (size_t k = 2; k <= 7 && k + 3 <= w.size(); ++k) {
        if ((static_cast<unsigned char>(w[k]) & 0xc0) == 0x80) continue;
        const WordEntry* pe = lex->find(w.substr(0, k));
        if (!pe || !(pe->roles[li] & kRoleBoostPrefix)) continue;
        if (float v = stemmed(w.substr(k), false)) return v + (v > 0 ? kBoost : -kBoost);
    }
    // Compound: the longest known head (at least 4 bytes) decides; a glued intensifier boosts it.
    for (size_t k = 3; k + 4 <= w.size(); ++k) {
        if ((static_cast<unsigned char>(w[k]) & 0xc0) == 0x80) continue; // not at a UTF-8 boundary
        const std::string_view head = w.substr(k);
        // German "-schaft" is a suffix, not the word "Haft" (custody): "Wissenschaft", "Körperschaften".
        if (head.starts_with("haft") && w.substr(k - 2, 2) == "sc") continue;
        if (neutral(head)) return pejorative_front(w, li); // "Aktiengesellschaft", but "Scheißgesellschaft"
        float v = lookup_valence(head, li);
        if (!v) {
            // Heads with one common inflection ("bolagskatastrofen").
            for (const char* const* s = m.suffixes; *s && !v; ++s) {
                const size_t sl = std::strlen(*s);
                if (sl > 2 || head.size() < sl + 4 || head.substr(head.size() - sl) != *s) continue;
                v = lookup_valence(head.substr(0, head.size() - sl), li);
                if (!v && neutral(head.substr(0, head.size() - sl))) return pejorative_front(w, li);
            }
        }
        if (!v) continue;
        // The head may be the end of a longer neutral word whose front is short: "Anfrage" holds "Frage",
        // which holds "rage".
        if (neutral(w.substr(k - 1)) || neutral(w.substr(k - 2))) return pejorative_front(w, li);
        std::string_view mod = w.substr(0, k);
        if (mod.size() > 1 && (mod.back() == 's' || mod.back() == '-')) mod.remove_suffix(1);
        const WordEntry* me = lex->find(mod);
        if (!me) me = lex->find(w.substr(0, k));
        if (me && (me->roles[li] & kRoleBoostPrefix)) v += v > 0 ? kBoost : -kBoost;
        return v;
    }
    return pejorative_front(w, li);
}

// An inflected form of a profane word or insult ("Idioten", "dummes", "idioterna"): the stem after one
// inflection suffix, or the stem with a lexicon ending, is on the language's (or the English) list.
bool SentimentScorer::State::profane_inflection(std::string_view w, int li) const {
    const uint32_t bits = (1u << li) | (english_fallback ? 1u << kEn : 0u);
    const Morph m = morph_for(li);
    auto profane = [&](std::string_view x) {
        const WordEntry* e = lex->find(x);
        return e && (e->profane_mask & bits) && !lex->neutral(x, li);
    };
    for (const char* const* s = m.suffixes; *s; ++s) {
        const size_t sl = std::strlen(*s);
        if (w.size() < sl + 4 || w.substr(w.size() - sl) != *s) continue;
        const std::string_view stem = w.substr(0, w.size() - sl);
        if (profane(stem)) return true;
        for (const char* const* e = m.endings; *e; ++e) {
            const std::string_view form = with_ending(stem, *e);
            if (!form.empty() && profane(form)) return true;
        }
    }
    return false;
}

// A compound whose front is a swear word or a strongly negative word ("Scheißregierung", "Drecksladen",
// "Lügenpack", "skitfirma"): German and Swedish make insults this way, and the head ("Regierung", "Laden")
// carries no valence of its own. The longest such front of four or more bytes decides, with a linking
// "s", "en" or "e" taken off; the head must be four bytes or more ("Mistral" stays neutral).
float SentimentScorer::State::pejorative_front(std::string_view w, int li) const {
    const uint32_t bit = 1u << li;
    for (size_t k = w.size() - 4; k >= 4; --k) {
        if ((static_cast<unsigned char>(w[k]) & 0xc0) == 0x80) continue; // not at a UTF-8 boundary
        const std::string_view front = w.substr(0, k);
        for (size_t link : {size_t(0), size_t(1), size_t(2)}) {
            if (link >= front.size() - 3) break;
            const std::string_view f = front.substr(0, front.size() - link);
            const std::string_view cut = front.substr(front.size() - link);
            if (link == 1 && cut != "s" && cut != "e") continue;
            if (link == 2 && cut != "en" && cut != "es") continue;
            const WordEntry* e = lex->find(f);
            if (!e || lex->neutral(f, li)) continue;
            const float v = e->valence(li);
            if (v <= kPejorativeValence) return v;
            if (e->profane_mask & bit) return kPejorativeValence;
        }
    }
    return 0.f;
}

} // namespace sv
