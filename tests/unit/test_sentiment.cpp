// Sentiment rules per language, with sentences written for these tests.
#include "core/sentiment/scorer.hpp"

#include <catch2/catch.hpp>

#include <string>

using sv::Lang;
using sv::score_text;

namespace {
float c(const char* text, Lang l) {
    return score_text(text, l).compound;
}
} // namespace

TEST_CASE("compound is in [-1, 1] and follows the label thresholds", "[sentiment]") {
    for (const char* t : {"", "   ", "good good good good good good good good!!!!",
                          "awful awful awful awful awful!!!", "\xff\xfe broken utf8 \xe2\x82", "😍😍😍😍😍😍😍😍"}) {
        const auto s = score_text(t);
        CHECK(s.compound >= -1.f);
        CHECK(s.compound <= 1.f);
        CHECK(s.emotionality >= 0.f);
        CHECK(s.emotionality <= 1.f);
    }
    CHECK(score_text("").compound == 0.f);
    CHECK(sv::label_for(c("The table is brown.", Lang::en)) == sv::SentimentLabel::neutral);
}

TEST_CASE("English: lexicon, negation, boosters, caps, exclamation, contrast", "[sentiment][en]") {
    const float good = c("The food was good.", Lang::en);
    CHECK(good > 0.05f);
    CHECK(c("The food was not good.", Lang::en) < -0.05f);
    CHECK(c("The food wasn't good.", Lang::en) < -0.05f);
    CHECK(c("The food was very good.", Lang::en) > good);
    CHECK(c("The food was slightly good.", Lang::en) < good);
    CHECK(c("The food was GOOD.", Lang::en) > good);
    CHECK(c("The food was good!!!", Lang::en) > good);
    // Contrast: what follows "but" weighs more.
    CHECK(c("The app is fine but the staff is terrible.", Lang::en) < -0.05f);
    CHECK(c("The app is terrible but the support is great.", Lang::en) > 0.05f);
    CHECK(c("I hate this company.", Lang::en) < -0.3f);
}

TEST_CASE("English: idioms, emoticons, emoji, elongation", "[sentiment][en]") {
    CHECK(c("yeah right, as if that works", Lang::en) < -0.05f);
    CHECK(c("see you tomorrow :)", Lang::en) > 0.05f);
    CHECK(c("see you tomorrow :(", Lang::en) < -0.05f);
    CHECK(c("see you tomorrow 😍", Lang::en) > 0.05f);
    CHECK(c("see you tomorrow 😡😡😡", Lang::en) < -0.05f);
    CHECK(c("this is soooo goooood", Lang::en) > 0.05f);
}

TEST_CASE("Swedish: negators, contrast, boosters, compounds, inflections", "[sentiment][sv]") {
    const float bra = c("Maten var bra.", Lang::sv);
    CHECK(bra > 0.05f);
    CHECK(c("Maten var inte bra.", Lang::sv) < -0.05f);
    CHECK(c("Maten var aldrig bra.", Lang::sv) < -0.05f);
    CHECK(c("Maten var väldigt bra.", Lang::sv) > bra);
    CHECK(c("Maten var jättebra.", Lang::sv) > bra); // glued booster
    CHECK(c("Maten var BRA, personalen lat.", Lang::sv) > c("Maten var bra, personalen lat.", Lang::sv));
    CHECK(c("Maten var bra men personalen var otrevlig och dålig.", Lang::sv) < -0.05f);
    CHECK(c("Kundtjänstkatastrofen fortsätter.", Lang::sv) < -0.05f); // compound head + inflection
    CHECK(c("Det var en härlig dag 😍", Lang::sv) > 0.05f);
    CHECK(c("Ingen bra lösning.", Lang::sv) < -0.05f);
}

TEST_CASE("German: negators, contrast, boosters, compounds, inflections", "[sentiment][de]") {
    const float gut = c("Das Essen war gut.", Lang::de);
    CHECK(gut > 0.05f);
    CHECK(c("Das Essen war nicht gut.", Lang::de) < -0.05f);
    CHECK(c("Das Essen war niemals gut.", Lang::de) < -0.05f);
    CHECK(c("Das Essen war sehr gut.", Lang::de) > gut);
    CHECK(c("Das Essen war supergut.", Lang::de) > gut); // glued booster
    CHECK(c("Das Essen war gut, aber der Service war schrecklich.", Lang::de) < -0.05f);
    CHECK(c("Kein gutes Angebot.", Lang::de) < -0.05f); // inflection + negator
    CHECK(c("Das war eine Servicekatastrophe.", Lang::de) < -0.05f);
    CHECK(c("Danke für alles 😍", Lang::de) > 0.05f);
}

TEST_CASE("custom lexicon words are applied on re-score", "[sentiment]") {
    const char* text = "They announced a recall of the Zentrox.";
    sv::SentimentScorer base;
    const float before = base.score(text, Lang::en).compound;
    sv::SentimentOptions opt;
    opt.custom_words = {{"Recall", -2.5f, Lang::unknown}, {"zentrox", 0.f, Lang::en}};
    sv::SentimentScorer custom(opt);
    const float after = custom.score(text, Lang::en).compound;
    CHECK(before > -0.05f);
    CHECK(after < -0.3f);
    // Overriding an existing word.
    sv::SentimentOptions flip;
    flip.custom_words = {{"good", -2.f, Lang::en}};
    sv::SentimentScorer flipped(flip);
    CHECK(flipped.score("good", Lang::en).compound < 0.f);
}

TEST_CASE("custom phrases of several words match as a whole, in their language", "[sentiment]") {
    sv::SentimentScorer base;
    sv::SentimentOptions opt;
    opt.custom_words = {{"  Price   hike ", -2.5f, Lang::unknown},
                        {"dold avgift", -2.f, Lang::sv},
                        {"versteckte Kosten", -2.f, Lang::de},
                        {"yeah right", 2.f, Lang::en}};
    sv::SentimentScorer custom(opt);
    const char* en = "They announced a price hike for next month";
    CHECK(base.score(en, Lang::en).compound > -0.05f);
    CHECK(custom.score(en, Lang::en).compound < -0.3f);
    CHECK(custom.score("A PRICE HIKE again", Lang::en).compound < -0.3f);
    // Only the whole phrase counts, in order.
    CHECK(custom.score("The price of a hike in the hills", Lang::en).compound > -0.05f);
    CHECK(custom.score("hike price", Lang::en).compound > -0.05f);
    // Swedish and German phrases, only in their own language.
    const char* sv = "Det finns en dold avgift i kassan";
    CHECK(base.score(sv, Lang::sv).compound > -0.05f);
    CHECK(custom.score(sv, Lang::sv).compound < -0.2f);
    CHECK(custom.score(sv, Lang::de).compound > -0.05f);
    const char* de = "Im Vertrag stehen versteckte Kosten";
    CHECK(base.score(de, Lang::de).compound > -0.05f);
    CHECK(custom.score(de, Lang::de).compound < -0.2f);
    // A phrase of the case overrides VADER's idiom of the same words.
    CHECK(base.score("yeah right", Lang::en).compound < -0.2f);
    CHECK(custom.score("yeah right", Lang::en).compound > 0.2f);
    // The "why" names the phrase.
    std::vector<sv::ScoreDriver> d;
    custom.explain("Another PRICE  hike, lovely", d, Lang::en);
    REQUIRE(d.size() == 2);
    const bool phrase_first = d[0].text == "price hike";
    CHECK(d[phrase_first ? 0 : 1].text == "price hike");
    CHECK(d[phrase_first ? 0 : 1].contribution < 0.f);
    CHECK(d[phrase_first ? 1 : 0].text == "lovely");
}

TEST_CASE("explain lists the words that drove the score, strongest first", "[sentiment]") {
    sv::SentimentScorer s;
    std::vector<sv::ScoreDriver> d;
    s.explain("The food was great but the service was horrible", d, Lang::en);
    REQUIRE(d.size() == 2);
    CHECK(d[0].text == "horrible");
    CHECK(d[0].contribution < 0.f);
    CHECK(d[1].text == "great");
    CHECK(d[1].contribution > 0.f);
}

TEST_CASE("emotionality: outrage scores above factual criticism", "[sentiment][emotionality]") {
    const auto outraged = score_text("YOU ARE PATHETIC IDIOTS!!! I hate you 😡😡", Lang::en);
    const auto factual = score_text(
        "The delivery was 3 days late because the warehouse was closed; please refund the 12 euro fee.",
        Lang::en);
    CHECK(outraged.emotionality > 0.7f);
    CHECK(factual.emotionality < 0.4f);
    CHECK(sv::label_for(outraged.compound) == sv::SentimentLabel::negative);
    CHECK_FALSE(outraged.constructive);
    const auto sv_out = score_text("Ni är helt värdelösa idioter!!!", Lang::sv);
    const auto sv_fact =
        score_text("Leveransen var försenad eftersom lagret stängde, totalt 3 dagar.", Lang::sv);
    CHECK(sv_out.emotionality > sv_fact.emotionality);
    const auto de_out = score_text("Ihr seid erbärmliche Idioten!!!", Lang::de);
    const auto de_fact =
        score_text("Die Lieferung kam 3 Tage zu spät, weil das Lager geschlossen war.", Lang::de);
    CHECK(de_out.emotionality > de_fact.emotionality);
}

TEST_CASE("emotionality: profanity and slurs count, also inside compounds", "[sentiment][emotionality]") {
    // The same sentence with and without a profane word: the profane one is more emotional.
    CHECK(score_text("the new update is a clusterfuck again", Lang::en).emotionality >
          score_text("the new update is a release again", Lang::en).emotionality);
    CHECK(score_text("Die Firma ist ein Arschloch", Lang::de).emotionality >
          score_text("Die Firma ist ein Problem", Lang::de).emotionality);
    // A German compound with a profane front ("Scheiß-" from "Scheiße") or head.
    CHECK(score_text("Was für eine Scheißregierung", Lang::de).emotionality >
          score_text("Was für eine Regierung", Lang::de).emotionality);
    CHECK(score_text("Vilken rövhålskundtjänst", Lang::sv).emotionality >
          score_text("Vilken kundtjänst", Lang::sv).emotionality);
    // Everyday German insults (allprofanity's list) count; words that only name people do not.
    CHECK(score_text("Im Vorstand sitzen nur Versager", Lang::de).emotionality >
          score_text("Im Vorstand sitzen nur Juristen", Lang::de).emotionality);
    CHECK(score_text("Ein Russe im Vorstand", Lang::de).emotionality ==
          score_text("Ein Kunde im Vorstand", Lang::de).emotionality);
    // English swearing in a Swedish comment counts too.
    CHECK(score_text("Vilken fucking kundtjänst", Lang::sv).emotionality >
          score_text("Vilken kundtjänst", Lang::sv).emotionality);
}

TEST_CASE("an inflected loan word takes the English valence of its stem", "[sentiment][de][sv]") {
    // "Idioten" / "idioter" are not in the German / Swedish lists; their stem "idiot" is English.
    CHECK(c("Das sind Idioten", Lang::de) < -0.05f);
    CHECK(c("Det är idioter", Lang::sv) < -0.05f);
    // Short stems never borrow (German "dies" must not become English "die").
    CHECK(c("dies", Lang::de) == 0.f);
}

TEST_CASE("crisis vocabulary the npm lexicons lack is negative in each language", "[sentiment][en][sv][de]") {
    CHECK(c("Das ist eine Frechheit", Lang::de) < -0.05f);
    CHECK(c("Reine Kundenverarsche", Lang::de) < -0.05f); // a compound with a domain word as its head
    CHECK(c("Uppgifterna läckte ut igen", Lang::sv) < -0.05f);
    CHECK(c("Vilket strul med leveransen", Lang::sv) < -0.05f);
    CHECK(c("this ad is so cringe", Lang::en) < -0.05f);
    CHECK(c("another outage today", Lang::en) < -0.05f);
    // A word the npm lexicon has keeps its valence there ("skandal" from AFINN, not ours).
    CHECK(c("Vilken skandal", Lang::sv) < -0.05f);
}

TEST_CASE("a calm proposal is constructive criticism, in every language; praise and outrage are not",
          "[sentiment][emotionality]") {
    CHECK(score_text("Suggestion: test the seams in the warehouse before shipping more.", Lang::en)
              .constructive);
    CHECK(
        score_text("Förslag: återkalla batchen från februari och erbjud reparation.", Lang::sv).constructive);
    CHECK(score_text("Vorschlag: ruft die Charge vom Februar zurück und bietet eine Reparatur an.", Lang::de)
              .constructive);
    // Without a proposal a neutral remark is not criticism.
    CHECK_FALSE(score_text("The jacket arrived on Tuesday.", Lang::en).constructive);
    // Clear praise that recommends something is not criticism.
    CHECK_FALSE(score_text("You should try it, it is great and I love it!", Lang::en).constructive);
    // Outrage with a proposal word stays emotional.
    CHECK_FALSE(score_text("YOU SHOULD BE ASHAMED, PATHETIC IDIOTS!!! 😡😡", Lang::en).constructive);
}

TEST_CASE("words the translated lexicons got wrong carry no sentiment, in their language only",
          "[sentiment][sv][de]") {
    // Function words and modal verbs: "würde" (would) is not "Würde" (dignity); "få" (get) is not "few".
    CHECK(c("Ich würde morgen fahren", Lang::de) == 0.f);
    CHECK(c("Vi vill få svar", Lang::sv) == 0.f);
    // Neutral nouns: groups of people, size. "Kind" must not fall back to English "kind".
    CHECK(c("Das Kind fährt mit", Lang::de) == 0.f);
    CHECK(c("Invandrare och ungdomar bor här", Lang::sv) == 0.f);
    CHECK(c("Ein großer Bahnhof", Lang::de) == 0.f);
    // Wrong sign corrected: "teuer" is expensive (not "dear"); "det stämmer" means "that is right".
    CHECK(c("Die Tickets sind teuer", Lang::de) < -0.05f);
    CHECK(c("Det stämmer", Lang::sv) == 0.f);
    // Real sentiment words of the same languages keep theirs, and English keeps "kind".
    CHECK(c("Das war gut", Lang::de) > 0.05f);
    CHECK(c("Det var bra", Lang::sv) > 0.05f);
    CHECK(c("She was kind", Lang::en) > 0.05f);
}

TEST_CASE("a custom word set to 0 is neutral, and no stem or English fallback gives it a valence",
          "[sentiment]") {
    // Without the custom entry "Glücksbahn" reads as a compound with the head "Bahn"... and "lucky" stems;
    // "superbra" as a glued booster on "bra", "kind" through the English lexicon.
    sv::SentimentScorer base;
    REQUIRE(base.score("superbra", Lang::sv).compound > 0.05f);
    REQUIRE(base.score("nett und kind", Lang::de).compound > 0.05f);
    sv::SentimentOptions opt;
    opt.custom_words = {{"superbra", 0.f, Lang::sv}, {"nett", 0.f, Lang::de}, {"kind", 0.f, Lang::de}};
    sv::SentimentScorer custom(opt);
    CHECK(custom.score("superbra", Lang::sv).compound == 0.f);
    CHECK(custom.score("nett und kind", Lang::de).compound == 0.f);
    // Only in the language it was set for.
    CHECK(custom.score("superbra", Lang::no).compound == base.score("superbra", Lang::no).compound);
}

TEST_CASE("a salutation is a form of address, not a feeling", "[sentiment][en][sv][de]") {
    CHECK(c("Liebe Bahn, wann fährt der Zug?", Lang::de) == 0.f);
    CHECK(c("Kära SJ, när går tåget?", Lang::sv) == 0.f);
    CHECK(c("Dear team, when does the next train go?", Lang::en) == 0.f);
    // After a greeting or a mail reply prefix.
    CHECK(c("Hallo liebe Bahn, wann fährt der Zug?", Lang::de) == 0.f);
    CHECK(c("Re: Liebe Bahn, wann fährt der Zug?", Lang::de) == 0.f);
    CHECK(c("Hej kära SJ, när går tåget?", Lang::sv) == 0.f);
    // Elsewhere in the text the word keeps its valence.
    CHECK(c("Ich liebe diese Strecke", Lang::de) > 0.05f);
    CHECK(c("Hallo, liebe Grüße und danke", Lang::de) > 0.05f);
}

TEST_CASE("a long text needs more evidence to leave the neutral band", "[sentiment][en]") {
    // The same mild word: positive in a short text, neutral in a long report about other things (80 words:
    // the band is twice as wide).
    const char* short_text = "The new timetable is good.";
    const char* long_text =
        "The new timetable is good. The trains leave at six, at seven and at eight in the morning, stop at "
        "every station on the line, and the last one returns from the coast shortly before midnight on "
        "weekdays, with two more departures on Saturdays and a bus on Sundays between the two towns. The "
        "timetable is printed on the back of the ticket, posted at each station and kept on the website, "
        "where it can be read by line, by station or by day of the week, from this Monday on.";
    CHECK(c(short_text, Lang::en) > 0.05f);
    const float long_c = c(long_text, Lang::en);
    CHECK(long_c > 0.f); // the direction is kept
    CHECK(long_c < 0.05f);
}

TEST_CASE("German written with ss for ß reads as with ß", "[sentiment][de]") {
    CHECK(c("So ein Scheiss", Lang::de) < -0.05f);
    CHECK(c("So ein Scheiss", Lang::de) == c("So ein Scheiß", Lang::de));
    CHECK(c("Das war grossartig", Lang::de) > 0.05f);
    // A neutral word stays neutral in either spelling ("groß" = big; not English "gross").
    CHECK(c("Ein grosser Bahnhof", Lang::de) == 0.f);
    CHECK(score_text("So ein Scheiss", Lang::de).emotionality >
          score_text("So ein Zug", Lang::de).emotionality);
}

TEST_CASE("the contempt of comment sections is negative and emotional", "[sentiment][sv][de]") {
    for (const char* t : {"Ihr seid so bescheuert", "Was für ein Schwachsinn", "Heuchler!"}) {
        CHECK(c(t, Lang::de) < -0.05f);
        CHECK(score_text(t, Lang::de).emotionality >= 0.5f);
    }
    for (const char* t : {"Vilket trams", "Ni är så korkade", "Bara skräp"}) CHECK(c(t, Lang::sv) < -0.05f);
    // "armselig" (pathetic) is not "arm" + "selig" (blessed).
    CHECK(c("Das ist armselig", Lang::de) < -0.05f);
}

TEST_CASE("a compound with a swear word or a strongly negative word in front is negative",
          "[sentiment][de][sv]") {
    for (const char* t : {"Scheißregierung", "So ein Drecksladen", "Dieses Lügenpack", "Die Schrottkarre"}) {
        CHECK(c(t, Lang::de) < -0.05f);
        CHECK(score_text(t, Lang::de).emotionality >= 0.5f);
    }
    CHECK(c("Vilken pissfirma", Lang::sv) < -0.05f);
    // A mild or neutral front does not ("Mistral" has too short a head; "Kinderwagen", "Bahnhof" are plain).
    CHECK(c("Der Mistral weht", Lang::de) == 0.f);
    CHECK(c("Ein Kinderwagen im Bahnhof", Lang::de) == 0.f);
}

TEST_CASE("a neutral word ends the search for a valence in its parts", "[sentiment][de][sv]") {
    // "gemeinsam" holds "einsam" (lonely), "Gesellschaft" holds "Haft" (custody): neither lends its valence.
    CHECK(c("Wir fahren gemeinsamen Weges", Lang::de) == 0.f);
    CHECK(c("Die Aktiengesellschaft meldet Zahlen", Lang::de) == 0.f);
    CHECK(c("Die Rechtswissenschaft", Lang::de) == 0.f);
    CHECK(c("Arbetskraftsinvandrare och företagare", Lang::sv) == 0.f);
    // A pejorative front still makes a compound with a neutral head negative.
    CHECK(c("Diese Scheißgesellschaft", Lang::de) < -0.05f);
    // "Priset" is the price, not praise; "kostenlos" is free of charge, not a loss.
    CHECK(c("Priset höjs i maj", Lang::sv) == 0.f);
    CHECK(c("Die App ist kostenlos", Lang::de) > 0.f);
}

TEST_CASE("HTML character references left in exports are not words", "[sentiment][en]") {
    // VADER's lexicon has "gt" (good try): "&gt;" must not make a quote positive.
    CHECK(c("&gt; the train was late", Lang::en) == c("the train was late", Lang::en));
    CHECK(c("Tom &amp; Jerry", Lang::en) == 0.f);
    CHECK(c("&#39;", Lang::en) == 0.f);
}

TEST_CASE("negation stays inside its clause; emoji are not negated; hedges and never-so",
          "[sentiment][en][de]") {
    // "Nothing" negates in its own clause, not the next sentence.
    CHECK(c("Nothing happened! You suck", Lang::en) < -0.05f);
    CHECK(c("Nope, still clueless", Lang::en) < -0.05f);
    CHECK(c("Not good", Lang::en) < -0.05f); // inside a clause it still negates
    CHECK(c("Nicht gut", Lang::de) < -0.05f);
    CHECK(c("Kein Problem. Gut gemacht", Lang::de) > 0.05f);
    // An emoticon after a negation keeps its sign.
    CHECK(c("Nope :-)", Lang::en) > 0.05f);
    // "kind of" hedges; "never slept so well" is praise.
    CHECK(c("The ending kind of frightens me", Lang::en) < -0.05f);
    CHECK(c("I have never slept so well", Lang::en) > 0.05f);
}

TEST_CASE("an inflected insult is as emotional as its base form", "[sentiment][emotionality][de][sv]") {
    // "dumm" is on the German profanity list, "dummes" is not: the stem decides. "schlechtes" has the same
    // valence as "dummes" and "Verbrecher" about that of "Idioten", but neither is an insult.
    CHECK(c("Was für ein dummes Konzept", Lang::de) == c("Was für ein schlechtes Konzept", Lang::de));
    CHECK(score_text("Was für ein dummes Konzept", Lang::de).emotionality >
          score_text("Was für ein schlechtes Konzept", Lang::de).emotionality + 0.2f);
    CHECK(score_text("Die Idioten im Vorstand", Lang::de).emotionality >
          score_text("Die Verbrecher im Vorstand", Lang::de).emotionality + 0.1f);
    // A word that only looks like an inflection of one is not ("Passagier" is no form of "Pass").
    CHECK(score_text("Der Kunde wartet", Lang::de).emotionality ==
          score_text("Der Gast wartet", Lang::de).emotionality);
}

TEST_CASE("German feminine and plural person nouns take the valence of the base noun", "[sentiment][de]") {
    // "-in" / "-innen": "Volksverräterin" from "Volksverräter", "Betrügerinnen" from "Betrüger".
    CHECK(c("Diese Volksverräterin", Lang::de) < -0.05f);
    CHECK(c("Lauter Betrügerinnen", Lang::de) < -0.05f);
    CHECK(c("Die Kundin", Lang::de) == 0.f);
}

TEST_CASE("anger, disgust and contempt emoji are negative and emotional in every language",
          "[sentiment][emotionality][en][sv][de]") {
    // Some are newer than the Emoji Sentiment Ranking and have no valence there.
    for (const char* e : {"🤬", "🤮", "🖕", "🙄"}) {
        const std::string t = std::string("Die neue App ") + e;
        CHECK(c(t.c_str(), Lang::de) < -0.05f);
        CHECK(score_text(t, Lang::de).emotionality > score_text("Die neue App", Lang::de).emotionality);
    }
    // 😡 has a weak valence in the ranking, about that of 😔 (pensive), but is anger all the same.
    CHECK(score_text("Försenat igen 😡", Lang::sv).emotionality >
          score_text("Försenat igen 😔", Lang::sv).emotionality + 0.15f);
    CHECK(score_text("late again 😡", Lang::en).emotionality >
          score_text("late again 😔", Lang::en).emotionality + 0.15f);
}

TEST_CASE("a word that holds a swear word is not an insult", "[sentiment][de][sv]") {
    // "Vormarsch" holds "arsch", "Budapest" holds "Pest", "Auschwitz" holds "Witz", "Kristersson" holds
    // "kris".
    CHECK(c("Der Vormarsch der Truppen", Lang::de) == 0.f);
    CHECK(c("Der Frauenmarsch am Samstag", Lang::de) == 0.f);
    CHECK(c("Wir fliegen nach Budapest", Lang::de) == 0.f);
    CHECK(c("Die Gemeinschaft der Nutzer", Lang::de) == 0.f);
    CHECK(c("Kristersson talade i dag", Lang::sv) == 0.f);
    CHECK(c("Kristdemokraterna röstade nej", Lang::sv) == c("Moderaterna röstade nej", Lang::sv));
    // The insults themselves still are.
    CHECK(c("Du Arsch", Lang::de) < -0.05f);
}

TEST_CASE("Swedish and German person insults are negative", "[sentiment][sv][de]") {
    for (const char* t : {"Ni är ett pack", "Vilka dumskallar", "Din jävel", "Skenheliga politiker"})
        CHECK(c(t, Lang::sv) < -0.05f);
    for (const char* t :
         {"Ihr Hohlköpfe", "Seid ihr asozial", "Dieses Pack", "Lauter Kriminelle", "Vollidiot"})
        CHECK(c(t, Lang::de) < -0.05f);
    // Translations the npm list got the wrong way round: "dyrt" is expensive, "hycklare" a hypocrite.
    CHECK(c("Det är för dyrt", Lang::sv) < -0.05f);
    CHECK(c("Hycklare", Lang::sv) < -0.05f);
    // Words the npm list read as an English homograph: Swedish "anger" (states), "gift" (married).
    CHECK(c("Myndigheten anger att hon är gift", Lang::sv) == 0.f);
}

TEST_CASE("service failures are negative; 'does not work' is the commonest complaint",
          "[sentiment][sv][de]") {
    for (const char* t :
         {"Der Zug hat wieder Verspätung", "Die App funktioniert nicht", "Was für eine Fehlplanung",
          "Die Bahn ist so unzuverlässig", "Der ICE war total überfüllt"})
        CHECK(c(t, Lang::de) < -0.05f);
    for (const char* t :
         {"Tåget är inställt", "Appen fungerar inte", "Nya förseningar i dag", "Bussen var överfull"})
        CHECK(c(t, Lang::sv) < -0.05f);
    // Working again is good news.
    CHECK(c("Appen fungerar igen", Lang::sv) > 0.05f);
}

TEST_CASE("Swedish and German negate a verb from behind, at the end of its clause", "[sentiment][sv][de]") {
    CHECK(c("Ich liebe es nicht", Lang::de) < -0.05f);
    CHECK(c("Jag gillar det inte", Lang::sv) < -0.05f);
    CHECK(c("Jag gillar inte det", Lang::sv) < -0.05f);
    CHECK(c("Schlecht ist es nicht", Lang::de) > 0.05f);
    // A negator followed by more words belongs to them, or says "not only".
    CHECK(c("Das Essen war gut und nicht teuer", Lang::de) > 0.05f);
    CHECK(c("Die Täter sind nicht therapierbar", Lang::de) == c("Die Täter sind therapierbar", Lang::de));
    CHECK(c("Wir lieben nicht nur Züge", Lang::de) > 0.05f);
    // A sentence adverb is not what is negated.
    CHECK(c("Tyvärr inte", Lang::sv) == c("Tyvärr", Lang::sv));
    // English puts the negator in front; nothing changes there.
    CHECK(c("I love it not", Lang::en) > 0.05f);
}

TEST_CASE("English product complaints: failure words, negated verbs of what a product should do, phrases",
          "[sentiment][en]") {
    // Words of broken products and services.
    CHECK(c("what a piece of junk", Lang::en) < -0.05f);
    CHECK(c("the app is buggy and crashes", Lang::en) < -0.05f);
    CHECK(c("so dissapointed", Lang::en) < -0.05f);
    // A verb of what a product should do is neutral alone and a complaint when negated.
    CHECK(c("it works", Lang::en) == 0.f);
    CHECK(c("I work at the store", Lang::en) == 0.f);
    CHECK(c("it does not work", Lang::en) < -0.05f);
    CHECK(c("the remote doesn't work", Lang::en) < -0.05f);
    CHECK(c("my parcel never arrived", Lang::en) < -0.05f);
    CHECK(c("don't buy this", Lang::en) < -0.05f);
    // Only close behind the negator, and only in its clause.
    CHECK(c("I don't know why I would ever say it works", Lang::en) == 0.f);
    CHECK(c("No. It works", Lang::en) == c("No.", Lang::en));
    // Phrases of complaints replace their last word's valence.
    CHECK(c("customer service is a joke", Lang::en) < -0.05f);
    CHECK(c("stay away from this shop", Lang::en) < -0.05f);
    CHECK(c("it fell apart after a week", Lang::en) < -0.05f);
}

TEST_CASE("English 'no' negates the lexicon word after it; letter emoticons", "[sentiment][en]") {
    CHECK(c("this is no fun", Lang::en) < -0.05f);
    CHECK(c("no problem", Lang::en) > 0.05f);
    // "no" alone, or before a word without valence, keeps its own valence.
    CHECK(c("no.", Lang::en) < -0.05f);
    CHECK(c("I have no idea", Lang::en) == c("no", Lang::en));
    CHECK(c("no no no", Lang::en) < -0.05f);
    // "o_O" and "O.o" are emoticons of bewilderment, as in VADER's lexicon.
    CHECK(c("Really? o_O", Lang::en) < 0.f);
    CHECK(c("O.o", Lang::en) < 0.f);
    CHECK(c("of course", Lang::en) == 0.f);
}

TEST_CASE("English 'like' is a feeling after its subject, a comparison elsewhere", "[sentiment][en]") {
    CHECK(c("I like it", Lang::en) > 0.05f);
    CHECK(c("we would like that", Lang::en) > 0.05f);
    CHECK(c("I don't like it", Lang::en) < -0.05f);
    CHECK(c("it looks like a scam", Lang::en) == c("it looks a scam", Lang::en));
    CHECK(c("feels like Sunday", Lang::en) == 0.f);
}

TEST_CASE("a hashtag begins its own clause: the words before it do not negate it", "[sentiment][en][sv]") {
    CHECK(c("never got one #awful", Lang::en) < -0.05f);
    CHECK(c("ingen ringde #katastrof", Lang::sv) < -0.05f);
    CHECK(c("not #happy", Lang::en) == c("#happy", Lang::en));
}

TEST_CASE("a closing formula is politeness, not a feeling", "[sentiment][en][sv][de]") {
    CHECK(c("Mit freundlichen Grüßen, Max", Lang::de) == 0.f);
    CHECK(c("Der Zug fällt aus. Viele liebe Grüße", Lang::de) == c("Der Zug fällt aus.", Lang::de));
    CHECK(c("Appen kraschar. Med vänliga hälsningar", Lang::sv) < -0.05f);
    CHECK(c("Kind regards", Lang::en) == 0.f);
    // The feeling before the formula stays.
    CHECK(c("Danke! Liebe Grüße", Lang::de) > 0.05f);
}

TEST_CASE("emoticons VADER lacks, and German nouns in -keit/-heit keep their adjective's feeling",
          "[sentiment][de]") {
    CHECK(c("Schon wieder Montag -_-", Lang::de) < 0.f);
    CHECK(c("Kleine Ratte =(", Lang::de) < -0.05f);
    CHECK(c("Danke ^^", Lang::de) > c("Danke", Lang::de));
    CHECK(c(":-\\", Lang::en) < 0.f); // VADER's own, lost before because of the backslash
    CHECK(c("Diese Traurigkeit", Lang::de) < -0.05f);
    CHECK(c("So viel Dummheit", Lang::de) < -0.05f);
    CHECK(c("Die Mehrheit", Lang::de) == 0.f);
}

TEST_CASE("cancelled trains, broken lifts and unanswered questions in Swedish and German", "[sentiment][sv][de]") {
    CHECK(c("Der Zug fällt aus", Lang::de) < -0.05f);
    CHECK(c("Aufzug außer Betrieb", Lang::de) < -0.05f);
    CHECK(c("Habe keine Antwort erhalten", Lang::de) < -0.05f);
    CHECK(c("Die Antwort kam", Lang::de) == 0.f);
    CHECK(c("Tåget ställs in", Lang::sv) < -0.05f);
    CHECK(c("Fick inget svar", Lang::sv) < -0.05f);
    CHECK(c("Hissen är ur funktion", Lang::sv) < -0.05f);
    CHECK(c("Ett svar kom", Lang::sv) == 0.f);
}

TEST_CASE("a compound's head is not the end of a longer neutral word", "[sentiment][de]") {
    // "Frage" (question) holds "rage"; "Anfrage" and "Kundenanfrage" are questions, not rage.
    CHECK(c("Frage", Lang::de) == 0.f);
    CHECK(c("Anfrage", Lang::de) == 0.f);
    CHECK(c("Kundenanfrage", Lang::de) == 0.f);
    CHECK(c("Scheißanfrage", Lang::de) < -0.05f);
}

TEST_CASE("English words VADER lacks come from AFINN when they are clear", "[sentiment][en]") {
    CHECK(c("the board is corrupt", Lang::en) < -0.05f);
    CHECK(c("what a sexist ad", Lang::en) < -0.05f);
    CHECK(c("I am afraid", Lang::en) < -0.05f);
    // AFINN's mild words stay out ("big" +1, "rose" +1).
    CHECK(c("a big red rose", Lang::en) == 0.f);
}
