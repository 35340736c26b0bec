// language_rules.cpp — the grammatical rule words of each language: negators, contrastive conjunctions,
// boosters and dampeners (also as glued prefixes: "jättebra", "supergut"), second-person pronouns, causal
// connectives and words that propose a change. These are rules of the languages, not a sentiment lexicon
// (valences come from the npm packages, see src/gen/lexicons.cjs). English negators and boosters come from
// vader-sentiment itself.
#include "core/sentiment/lexicon.hpp"

namespace sv {

namespace {

struct RuleWords {
    Lang lang;
    const char* negators;     // space-separated
    const char* contrast;     // contrastive conjunctions
    const char* boosters;     // intensifiers (+0.293)
    const char* dampeners;    // downtoners (-0.293)
    const char* boost_prefix; // intensifiers glued to the front of a word
    const char* pronoun2;     // second person
    const char* causal;       // causal connectives
    const char* proposal;     // words that propose a change (a suggestion is criticism even when calm)
};

// clang-format off
const RuleWords kRules[] = {
    {Lang::en, "never nothing nobody none neither nor without", "but however although though yet",
     "so too really very totally super", "kinda barely hardly",
     "", "you your you're youre yours yourself u ur ya",
     "because since therefore thus hence so-called due consequently",
     "suggest suggestion suggestions propose proposal proposals recommend recommendation should "
     "improve improvement fix please instead consider"},
    {Lang::sv, "inte ej aldrig ingen inga inget icke varken utan knappast", "men fast dock däremot",
     "jätte super väldigt mycket riktigt otroligt extremt helt totalt sjukt verkligen oerhört så "
     "mega ytterst särskilt enormt", "ganska lite lagom någorlunda rätt relativt",
     "jätte super mega skit svin as kanon topp ur", "du dig din ditt dina ni er era ert",
     "eftersom därför pga alltså således",
     "förslag föreslår föreslå föreslog rekommenderar borde bör förbättra förbättring förbättringar fixa "
     "åtgärda snälla istället önskar"},
    {Lang::de, "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder ohne kaum",
     "aber doch jedoch sondern allerdings trotzdem", "sehr total super echt wirklich voll absolut besonders "
     "unglaublich extrem mega richtig so völlig höchst äußerst tierisch", "ziemlich etwas bisschen recht "
     "eher einigermaßen", "super mega sau hammer riesen total ur stink tod erz",
     "du dich dir dein deine deinen deinem deiner ihr euch euer eure", "weil denn deshalb deswegen daher da "
     "darum somit folglich", "vorschlag vorschläge vorschlagen schlage empfehle empfehlung sollte sollten "
     "solltet verbessern verbesserung beheben bitte stattdessen wünsche"},
    {Lang::da, "ikke aldrig ingen intet ingenting uden", "men dog", "meget virkelig utroligt super total helt",
     "lidt ret temmelig", "super mega", "du dig din dit dine jer", "fordi derfor da", ""},
    {Lang::no, "ikke ikkje aldri ingen ingenting uten", "men dog", "veldig svært virkelig utrolig super totalt "
     "helt", "litt ganske", "super mega kjempe", "du deg din ditt dine dere", "fordi derfor siden", ""},
    {Lang::nl, "niet geen nooit niets niemand zonder", "maar echter", "heel zeer erg echt super totaal "
     "ontzettend", "beetje vrij nogal", "super mega", "jij je jou jouw u jullie", "omdat want daarom dus", ""},
    {Lang::fr, "pas jamais rien personne aucun aucune sans ni", "mais pourtant cependant", "très vraiment "
     "trop totalement super extrêmement", "peu assez plutôt", "super hyper", "tu te toi ton ta tes vous votre",
     "parce car donc puisque", ""},
    {Lang::es, "no nunca nada nadie ningún ninguna sin ni", "pero sino aunque", "muy realmente demasiado "
     "totalmente súper super", "poco algo bastante", "super", "tú tu te ti tus usted vosotros",
     "porque pues entonces ya", ""},
    {Lang::fi, "ei en et emme ette eivät eikä koskaan mitään", "mutta kuitenkin", "erittäin todella tosi "
     "hyvin aivan täysin super", "vähän melko aika", "super", "sinä sinun sinua te teidän", "koska siksi joten", ""},
};
// clang-format on

template <class F>
void each_word(const char* list, F&& f) {
    std::string_view s(list);
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) f(s.substr(i, j - i));
        i = j;
    }
}

} // namespace

void add_language_rules(Lexicon& lex) {
    for (const RuleWords& r : kRules) {
        const int li = lex_index(r.lang);
        if (li < 0) continue;
        each_word(r.negators, [&](std::string_view w) { lex.upsert(w).roles[li] |= kRoleNegator; });
        each_word(r.contrast, [&](std::string_view w) { lex.upsert(w).roles[li] |= kRoleContrast; });
        each_word(r.boosters, [&](std::string_view w) {
            WordEntry& e = lex.upsert(w);
            e.roles[li] |= kRoleBooster;
            if (e.booster_q[li] == 0) e.booster_q[li] = 29;
        });
        each_word(r.dampeners, [&](std::string_view w) {
            WordEntry& e = lex.upsert(w);
            e.roles[li] |= kRoleBooster;
            e.booster_q[li] = -29;
        });
        each_word(r.boost_prefix, [&](std::string_view w) { lex.upsert(w).roles[li] |= kRoleBoostPrefix; });
        each_word(r.pronoun2, [&](std::string_view w) { lex.upsert(w).roles[li] |= kRolePronoun2; });
        each_word(r.causal, [&](std::string_view w) { lex.upsert(w).roles[li] |= kRoleCausal; });
        each_word(r.proposal, [&](std::string_view w) { lex.upsert(w).roles[li] |= kRoleProposal; });
    }
}

} // namespace sv
