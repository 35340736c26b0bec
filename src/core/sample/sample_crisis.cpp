// sample_crisis.cpp — see sample_crisis.hpp.
//
// [SECTION] Random numbers (splitmix64: the same sequence on every platform)
// [SECTION] Word lists and templates (sv, en, de), written for Stormvakt
// [SECTION] The story: volume per hour, the mix of comment kinds per phase, the key posts
// [SECTION] Writing the CSV
#include "core/sample/sample_crisis.hpp"

#include "core/time/timestamp.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sv {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Random numbers
// ---------------------------------------------------------------------------------------------------------
struct Rng {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    size_t below(size_t n) { return n ? static_cast<size_t>(next() % n) : 0; }
    bool chance(double p) { return unit() < p; }
    template <class T, size_t N>
    const T& pick(const T (&arr)[N]) {
        return arr[below(N)];
    }
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Word lists and templates
// ---------------------------------------------------------------------------------------------------------
enum Lang3 : int { kSv, kEn, kDe };
enum Kind : int {
    praise,         // likes the jacket or the brand
    question,       // asks something factual
    outrage,        // emotional criticism of the brand
    constructive,   // factual, constructive criticism
    fan_defence,    // defends the brand
    outsider,       // not a customer, piles on (greenwashing, "boycott")
    statement_good, // welcomes the statement
    statement_bad,  // does not believe the statement
    kind_count
};

// Templates: {p} = product, {b} = brand, {x} = a kind-specific detail word.
// clang-format off
const char* const kTemplates[kind_count][3][6] = {
    /* praise */ {
        {"Snygg! {p} ser riktigt bra ut, beställer en direkt", "Äntligen en jacka i min färg, tack {b}!", "Har haft {b} i fem år och är supernöjd ❤", "Vilken fin {x}, perfekt för fjällen", "Köpte {p} i helgen, sitter som en smäck 👍", "Älskar att ni fortsätter med {x}"},
        {"Love the new {p}, ordering one today", "Finally a jacket in my colour, thanks {b}!", "Been wearing {b} for years, never disappointed ❤", "That {x} looks great, perfect for the hills", "Got the {p} last weekend, fits perfectly 👍", "Great to see you keep the {x}"},
        {"Die {p} sieht super aus, bestelle ich sofort", "Endlich eine Jacke in meiner Farbe, danke {b}!", "Trage {b} seit Jahren und bin begeistert ❤", "Tolle {x}, perfekt für die Berge", "Habe die {p} am Wochenende gekauft, passt perfekt 👍", "Schön, dass ihr bei der {x} bleibt"}},
    /* question */ {
        {"Finns {p} i storlek XS?", "Vad är vattenpelaren på {p}?", "Hur tvättar man jackan?", "När kommer {p} till butikerna i Umeå?", "Är jackan PFAS-fri?", "Går det att byta storlek i efterhand?"},
        {"Does the {p} come in XS?", "What is the hydrostatic head of the {p}?", "How do I wash the {x}?", "When will the {p} be in UK stores?", "Is the jacket PFAS-free?", "Can I exchange the size later?"},
        {"Gibt es die {p} auch in XS?", "Wie hoch ist die Wassersäule der {p}?", "Wie wäscht man die {x}?", "Wann kommt die {p} nach Österreich?", "Ist die Jacke PFAS-frei?", "Kann ich die Größe später umtauschen?"}},
    /* outrage */ {
        {"SKANDAL! 3000 kr för en jacka som läcker!!! 😡", "Ni borde skämmas {b}. Aldrig mer!!", "Vilket skämt. {p} är ren BLUFF", "Jag är så TRÖTT på era tomma löften 😡😡", "Pinsamt, {b}. Ni lurar era kunder!!!", "Sluta ljuga! Jackan håller inte ens i duggregn"},
        {"DISGRACE! 300 euros for a jacket that LEAKS!!! 😡", "Shame on you {b}. Never again!!", "What a joke. The {p} is a total SCAM", "I am SO done with your empty promises 😡😡", "Embarrassing, {b}. You are ripping people off!!!", "Stop lying! The {x} fails in a drizzle"},
        {"FRECHHEIT! 300 Euro für eine Jacke, die LECKT!!! 😡", "Schämt euch {b}. Nie wieder!!", "Was für ein Witz. Die {p} ist reiner BETRUG", "Ich habe eure leeren Versprechen SO satt 😡😡", "Peinlich, {b}. Ihr zockt eure Kunden ab!!!", "Hört auf zu lügen! Die {x} hält nicht mal Nieselregen aus"}},
    /* constructive */ {
        {"Min {p} läckte vid axelsömmarna efter ca 30 min regn. Tejpningen verkar ha släppt. Vilken batch gäller det?", "Tips: testa sömmarna på lagret innan ni skickar fler. Garantin bör täcka frakt åt båda hållen.", "Jag mätte: blöt på insidan efter 40 minuter i 5 mm/h regn. Tyget är bra, men sömmarna inte.", "Kan ni publicera resultaten från ert regntest? Det skulle skapa förtroende.", "Förslag: återkalla batchen från februari och erbjud reparation, då löser ni det snabbt.", "Reklamerade min {p} igår, butiken visste inte hur de skulle hantera det. Ge dem tydliga rutiner."},
        {"My {p} leaked at the shoulder seams after about 30 min of rain. The seam tape seems to have come loose. Which batch is affected?", "Suggestion: test the seams in the warehouse before shipping more. The warranty should cover shipping both ways.", "I measured it: wet inside after 40 minutes in 5 mm/h rain. The fabric is fine, the seams are not.", "Could you publish the results of your rain test? That would build trust.", "Proposal: recall the February batch and offer a repair, that would solve it quickly.", "Returned my {p} yesterday and the shop did not know how to handle it. Please give stores a clear process."},
        {"Meine {p} war nach ca. 30 Min Regen an den Schulternähten undicht. Das Nahtband hat sich gelöst. Welche Charge ist betroffen?", "Vorschlag: Nähte im Lager prüfen, bevor weitere Jacken rausgehen. Die Garantie sollte Versand in beide Richtungen abdecken.", "Ich habe gemessen: nach 40 Minuten bei 5 mm/h innen nass. Der Stoff ist gut, die Nähte nicht.", "Könnt ihr die Ergebnisse eures Regentests veröffentlichen? Das würde Vertrauen schaffen.", "Vorschlag: die Februar-Charge zurückrufen und Reparatur anbieten, dann ist das schnell gelöst.", "Habe meine {p} gestern reklamiert, der Laden wusste nicht wie. Bitte gebt den Händlern einen klaren Ablauf."}},
    /* fan_defence */ {
        {"Alla produkter kan ha fel, {b} har alltid skött garantin bra för mig 👍", "Lugna ner er, det är en batch. Min {p} håller tätt.", "Jag har vandrat Kungsleden i {b} i tio år. Ge dem en chans att rätta till det.", "Bra att ni svarar här, {b}. Fortsätt så ❤", "Min gamla {x} från {b} håller fortfarande, så jag litar på dem.", "Hatet här är överdrivet. Vänta på deras svar."},
        {"Every product can have a fault, {b} has always honoured the warranty for me 👍", "Calm down, it is one batch. My {p} is completely dry.", "I have hiked the West Highland Way in {b} gear for ten years. Give them a chance to fix it.", "Good that you reply here, {b}. Keep it up ❤", "My old {x} from {b} still works, so I trust them.", "The hate here is way over the top. Wait for their answer."},
        {"Jedes Produkt kann Fehler haben, {b} hat die Garantie bei mir immer eingehalten 👍", "Beruhigt euch, es ist eine Charge. Meine {p} ist dicht.", "Ich wandere seit zehn Jahren mit {b} durch die Alpen. Gebt ihnen die Chance, das zu beheben.", "Gut, dass ihr hier antwortet, {b}. Weiter so ❤", "Meine alte {x} von {b} hält immer noch, also vertraue ich ihnen.", "Der Hass hier ist völlig übertrieben. Wartet ihre Antwort ab."}},
    /* outsider */ {
        {"Har aldrig köpt något från {b} och kommer aldrig göra det heller. Greenwashing!!", "Typiskt storföretag. Bojkotta {b}! 😡", "Såg det hos @klimatkalle. Vilka clowner 🤦", "Hållbarhet my ass. {b} bryr sig bara om pengar!!", "Delar detta så alla ser hur {b} behandlar folk", "Ännu ett företag som säljer skräp med grön etikett"},
        {"Never bought anything from {b} and never will. Greenwashing!!", "Typical corporation. Boycott {b}! 😡", "Saw this on @klimatkalle. What clowns 🤦", "Sustainable my foot. {b} only cares about money!!", "Sharing this so everyone sees how {b} treats people", "Yet another company selling junk with a green label"},
        {"Nie was von {b} gekauft und werde es auch nie. Greenwashing!!", "Typischer Konzern. Boykottiert {b}! 😡", "Bei @klimatkalle gesehen. Was für Clowns 🤦", "Nachhaltig? Dass ich nicht lache. {b} geht es nur ums Geld!!", "Teile das, damit alle sehen, wie {b} mit Leuten umgeht", "Noch eine Firma, die Schrott mit grünem Etikett verkauft"}},
    /* statement_good */ {
        {"Bra svar {b}, så ska det gå till 👍", "Tack! Fick en ny {p} redan, snabbt och smidigt.", "Respekt för att ni tar ansvar. Det är ovanligt.", "Fint att reparationen är gratis, då köper jag {b} igen", "Tydlig ursäkt, det räcker för mig ❤", "Skönt, jag skickade in min {p} i morse."},
        {"Good answer {b}, that is how it is done 👍", "Thanks! Already got a new {p}, quick and easy.", "Respect for taking responsibility. That is rare.", "Free repair is fair, I will buy {b} again", "A clear apology, that is enough for me ❤", "Great, I sent my {p} in this morning."},
        {"Gute Antwort {b}, so macht man das 👍", "Danke! Habe schon eine neue {p}, schnell und unkompliziert.", "Respekt, dass ihr Verantwortung übernehmt. Das ist selten.", "Kostenlose Reparatur ist fair, ich kaufe wieder {b}", "Eine klare Entschuldigung, das reicht mir ❤", "Super, habe meine {p} heute Morgen eingeschickt."}},
    /* statement_bad */ {
        {"För sent. Ni svarade först när det blev stort.", "Och alla som redan slängt sin {p}? Typiskt.", "Ord är billiga, {b}. Visa testresultaten.", "Reparation? Jag vill ha pengarna tillbaka!", "PR-snack. Ingen tror på er längre", "Varför tog det två dagar att säga förlåt?"},
        {"Too late. You only answered when it blew up.", "And everyone who already threw their {p} away? Typical.", "Words are cheap, {b}. Show the test results.", "A repair? I want my money back!", "PR talk. Nobody believes you any more", "Why did it take two days to say sorry?"},
        {"Zu spät. Ihr antwortet erst, wenn es eskaliert.", "Und alle, die ihre {p} schon weggeworfen haben? Typisch.", "Worte sind billig, {b}. Zeigt die Testergebnisse.", "Reparatur? Ich will mein Geld zurück!", "PR-Gerede. Niemand glaubt euch mehr", "Warum hat es zwei Tage gedauert, sich zu entschuldigen?"}},
};
const char* const kDetail[3][4] = {
    {"skaljacka", "regnjacka", "vinterjacka", "skaljacka"},
    {"shell jacket", "rain jacket", "winter jacket", "shell jacket"},
    {"Hardshell", "Regenjacke", "Winterjacke", "Hardshell"},
};
const char* const kFirst[3][12] = {
    {"anna", "erik", "sara", "johan", "lina", "mats", "elin", "oskar", "maja", "nils", "ida", "björn"},
    {"emma", "jack", "olivia", "harry", "sophie", "liam", "grace", "noah", "chloe", "owen", "lucy", "ryan"},
    {"lena", "jonas", "marie", "felix", "julia", "paul", "sophie", "lukas", "hannah", "jan", "katrin", "tim"},
};
const char* const kSecond[] = {"_outdoor", ".hikes", "_k", "fjäll", "_nord", "runs", "_92", "walks", "_x", "trail", "", ""};
// clang-format on

// ---------------------------------------------------------------------------------------------------------
// [SECTION] The story
// ---------------------------------------------------------------------------------------------------------
constexpr double kTriggerH = 20.0, kMultiplierH = 26.0, kStatementH = 44.0, kEndH = 72.0;

// Expected comments per hour (before volume scaling): calm, the trigger, the wave the multiplier starts
// (building for 5 h, then decaying with a 6.5 h time constant), a bump of reactions to the statement,
// decline. A table rather than exp(): the same numbers on every platform, so native and WASM write the same
// file.
// clang-format off
constexpr double kRatePerHour[72] = {
    6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5,
    12, 14, 16, 18, 20, 22, 42, 76, 110, 144, 178, 180.5, 155, 132.5, 114, 97.5, 83.5, 71.5, 61.5, 52.5,
    45, 39, 33, 28.5, 60, 50.5, 43.5, 37.5, 32.5, 28.5, 25, 22.5, 20, 18, 16.5, 15.5, 14.5, 13.5, 13, 12.5,
    12, 11.5, 11.5, 11, 11, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10};
// clang-format on

// The mix of kinds in a phase (weights in Kind order).
const double* kind_weights(double h) {
    static const double calm[kind_count] = {60, 35, 0, 5, 0, 0, 0, 0};
    static const double trigger[kind_count] = {10, 20, 30, 35, 5, 0, 0, 0};
    static const double wave[kind_count] = {4, 6, 33, 20, 9, 28, 0, 0};
    static const double after[kind_count] = {8, 10, 9, 14, 14, 5, 24, 16};
    if (h < kTriggerH) return calm;
    if (h < kMultiplierH) return trigger;
    if (h < kStatementH) return wave;
    return after;
}

struct Author {
    std::string name;
    int64_t followers;
};

struct Row {
    int64_t t;
    int32_t parent;  // row index of the parent, -1 for top level
    uint32_t author; // index into authors
    std::string text;
    int64_t likes;
    int64_t shares;
};

std::string fill(const char* tpl, int lang, Rng& rng) {
    static const char* const kProduct[3] = {"Storm Pro", "Storm Pro", "Storm Pro"};
    std::string out;
    for (const char* c = tpl; *c; ++c) {
        if (c[0] == '{' && c[1] && c[2] == '}') {
            if (c[1] == 'p')
                out += kProduct[lang];
            else if (c[1] == 'b')
                out += "Fjällvind";
            else if (c[1] == 'x')
                out += rng.pick(kDetail[lang]);
            c += 2;
        } else {
            out += *c;
        }
    }
    return out;
}

int64_t followers_for(Rng& rng) {
    const double u = rng.unit();
    if (u < 0.6) return 20 + static_cast<int64_t>(rng.unit() * 600);
    if (u < 0.93) return 600 + static_cast<int64_t>(rng.unit() * 6000);
    if (u < 0.995) return 6000 + static_cast<int64_t>(rng.unit() * 60000);
    return 60000 + static_cast<int64_t>(rng.unit() * 240000);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Writing the CSV
// ---------------------------------------------------------------------------------------------------------
void append_quoted(std::string& out, const std::string& s) {
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

std::string generate_sample_crisis_csv(const SampleCrisisOptions& options) {
    Rng rng{options.seed};
    std::vector<Author> authors;
    std::vector<Row> rows;
    std::vector<uint32_t> regulars; // authors seen before the trigger (customers and fans)

    auto new_author = [&](int lang) -> uint32_t {
        char digits[8];
        std::snprintf(digits, sizeof digits, "%u", static_cast<unsigned>(rng.below(90) + 10));
        // One draw per statement: the order of draws must not depend on the compiler.
        std::string name = rng.pick(kFirst[lang]);
        name += rng.pick(kSecond);
        if (rng.chance(0.5)) name += digits;
        authors.push_back({name + "_" + std::to_string(authors.size()), followers_for(rng)});
        return static_cast<uint32_t>(authors.size() - 1);
    };
    auto at = [&](double h) { return options.start + static_cast<int64_t>(h * 3600.0); };

    // The key posts.
    authors.push_back({"Fjällvind", 86400});     // 0: the brand
    authors.push_back({"hikerhanna", 2300});     // 1: the customer who finds the leak
    authors.push_back({"klimatkalle", 1240000}); // 2: the multiplier
    rows.push_back(
        {at(0), -1, 0,
         "Ny säsong, ny jacka! Möt Storm Pro: vår mest vattentäta skaljacka någonsin. 🏔 / Meet Storm "
         "Pro, our most waterproof shell yet. / Unsere bisher dichteste Hardshell.",
         412, 57});
    const int32_t kBrandPost = 0;
    int32_t trigger_row = -1, multiplier_row = -1, statement_row = -1;

    for (int hour = 0; hour < static_cast<int>(kEndH); ++hour) {
        const double h = hour + 0.5;
        // Key posts at their hour.
        if (hour == static_cast<int>(kTriggerH)) {
            trigger_row = static_cast<int32_t>(rows.size());
            rows.push_back(
                {at(kTriggerH) + 600, kBrandPost, 1,
                 "My new Storm Pro leaked through at the shoulders after 20 minutes of rain. Soaked. "
                 "Photos below. Is this really your most waterproof jacket? Min nya jacka läckte efter 20 "
                 "minuter.",
                 96, 31});
        }
        if (hour == static_cast<int>(kMultiplierH)) {
            multiplier_row = static_cast<int32_t>(rows.size());
            rows.push_back(
                {at(kMultiplierH) + 420, trigger_row, 2,
                 "Fjällvind sells a 'waterproof' jacket for 3000 kr that leaks after 20 minutes and "
                 "calls it sustainable. This is what greenwashing looks like. Share if you are fed up! 😡",
                 8420, 2310});
        }
        if (hour == static_cast<int>(kStatementH)) {
            statement_row = static_cast<int32_t>(rows.size());
            rows.push_back(
                {at(kStatementH) + 300, kBrandPost, 0,
                 "We are sorry. Some Storm Pro jackets from the February batch have faulty seam tape. "
                 "Everyone affected gets a free repair or a new jacket, shipping paid both ways. / Vi ber "
                 "om ursäkt. / Wir entschuldigen uns.",
                 1630, 210});
        }
        const double expected = kRatePerHour[hour] * options.volume;
        const int n = static_cast<int>(std::floor(expected + rng.unit()));
        const double* w = kind_weights(h);
        double wsum = 0;
        for (int k = 0; k < kind_count; ++k) wsum += w[k];
        std::vector<Row> hour_rows;
        for (int i = 0; i < n; ++i) {
            double r = rng.unit() * wsum;
            int kind = 0;
            while (kind + 1 < kind_count && r >= w[kind]) r -= w[kind++];
            const double lu = rng.unit();
            const int lang = lu < 0.42 ? kSv : lu < 0.80 ? kEn : kDe;
            // Who writes: outsiders are always new; others reuse a regular now and then.
            uint32_t author;
            if (kind != outsider && !regulars.empty() && rng.chance(h < kTriggerH ? 0.15 : 0.35))
                author = regulars[rng.below(regulars.size())];
            else
                author = new_author(lang);
            if (h < kTriggerH) regulars.push_back(author);
            // Where it goes: replies concentrate on the key posts of the phase.
            int32_t parent = -1;
            const double pu = rng.unit();
            if (h >= kStatementH && statement_row >= 0 &&
                (kind == statement_good || kind == statement_bad || pu < 0.3))
                parent = statement_row;
            else if (h >= kMultiplierH && multiplier_row >= 0 && pu < 0.35)
                parent = multiplier_row;
            else if (h >= kTriggerH && trigger_row >= 0 && pu < 0.5)
                parent = trigger_row;
            else if (pu < 0.75)
                parent = kBrandPost;
            else if (rows.size() > 1 && pu < 0.9)
                parent =
                    static_cast<int32_t>(rows.size() - 1 - rng.below(std::min<size_t>(rows.size() - 1, 40)));
            std::string text = fill(kTemplates[kind][lang][rng.below(6)], lang, rng);
            const bool emotional = kind == outrage || kind == outsider;
            int64_t likes = static_cast<int64_t>(rng.unit() * (emotional ? 40 : 15));
            if (authors[author].followers > 20000) likes += static_cast<int64_t>(rng.unit() * 300);
            const int64_t shares = emotional && rng.chance(0.2) ? static_cast<int64_t>(rng.unit() * 25) : 0;
            const int64_t t = at(hour) + static_cast<int64_t>(rng.unit() * 3600.0);
            hour_rows.push_back({t, parent, author, std::move(text), likes, shares});
        }
        std::stable_sort(hour_rows.begin(), hour_rows.end(),
                         [](const Row& a, const Row& b) { return a.t < b.t; });
        for (Row& r : hour_rows) {
            // A reply is never older than its parent.
            if (r.parent >= 0 && rows[r.parent].t >= r.t)
                r.t = rows[r.parent].t + 30 + static_cast<int64_t>(rng.below(600));
            rows.push_back(std::move(r));
        }
    }

    // Time order (stable), with ids assigned in that order; parents map through the permutation.
    std::vector<uint32_t> order(rows.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return rows[a].t < rows[b].t; });
    std::vector<uint32_t> position(rows.size());
    for (uint32_t i = 0; i < order.size(); ++i) position[order[i]] = i;

    std::string out = kSampleCrisisHeader;
    out += '\n';
    out.reserve(rows.size() * 180);
    char id[32];
    for (uint32_t i = 0; i < order.size(); ++i) {
        const Row& r = rows[order[i]];
        std::snprintf(id, sizeof id, "c%05u", i + 1);
        out += id;
        out += ',';
        if (r.parent >= 0) {
            std::snprintf(id, sizeof id, "c%05u", position[r.parent] + 1);
            out += id;
        }
        out += ',';
        append_quoted(out, authors[r.author].name);
        out += ',';
        out += std::to_string(authors[r.author].followers);
        out += ',';
        out += format_iso8601_utc(r.t);
        out += ',';
        append_quoted(out, r.text);
        out += ',';
        out += std::to_string(r.likes);
        out += ',';
        out += std::to_string(r.shares);
        out += '\n';
    }
    return out;
}

} // namespace sv
