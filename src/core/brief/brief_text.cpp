#include "core/brief/brief_text.hpp"

namespace sv {
namespace {

struct Entry {
    const char* key;
    const char* en;
    const char* sv;
    const char* de;
};

// clang-format off
constexpr Entry kTexts[] = {
    {"title", "Crisis brief", "Krislägesbild", "Krisen-Lagebild"},
    {"generated", "Generated", "Skapad", "Erstellt"},
    {"source", "Data", "Data", "Daten"},
    {"times_local", "times in local time", "tider i lokal tid", "Zeiten in Ortszeit"},
    {"times_utc", "times in UTC (no time zone given)", "tider i UTC (ingen tidszon angiven)", "Zeiten in UTC (keine Zeitzone angegeben)"},
    {"situation", "Situation in numbers", "Läget i siffror", "Lage in Zahlen"},
    {"stage", "Stage", "Läge", "Lage"},
    {"severity", "Severity", "Allvar", "Schwere"},
    {"of_100", "of 100", "av 100", "von 100"},
    {"onset", "Onset", "Start", "Beginn"},
    {"peak", "Peak", "Topp", "Höhepunkt"},
    {"window", "Response window", "Svarsfönster", "Antwortfenster"},
    {"comments", "Comments", "Kommentarer", "Kommentare"},
    {"people", "People", "Personer", "Personen"},
    {"since_onset", "Comments since the onset", "Kommentarer sedan starten", "Kommentare seit Beginn"},
    {"negative_share", "Negative comments", "Negativa kommentarer", "Negative Kommentare"},
    {"critics", "Critics per 100 commenters", "Kritiker per 100 kommentatorer", "Kritiker pro 100 Kommentierende"},
    {"emotional", "Emotional share of the criticism", "Känslomässig andel av kritiken", "Emotionaler Anteil der Kritik"},
    {"split", "Constructive / emotional", "Konstruktiv / känslomässig", "Konstruktiv / emotional"},
    {"constructive", "Constructive share of the criticism", "Konstruktiv andel av kritiken", "Konstruktiver Anteil der Kritik"},
    {"outsiders", "Outsiders (first seen since the onset)", "Utomstående (nya sedan starten)", "Außenstehende (neu seit Beginn)"},
    {"fans", "Fans (people with positive mean sentiment)", "Fans (personer med positivt medelvärde)", "Fans (Personen mit positivem Mittelwert)"},
    {"self_driving", "Self-driving?", "Självgående?", "Selbsttragend?"},
    {"nstar_super", "n* ≥ 1: the wave sustains itself", "n* ≥ 1: vågen driver sig själv", "n* ≥ 1: die Welle trägt sich selbst"},
    {"nstar_sub", "n* < 1: the wave dies out", "n* < 1: vågen klingar av", "n* < 1: die Welle klingt ab"},
    {"ci", "95 % CI", "95 % KI", "95 %-KI"},
    {"forecast", "Expected final size of the wave (since the onset)", "Väntad slutstorlek på vågen (sedan starten)", "Erwartete Endgröße der Welle (seit Beginn)"},
    {"timeline", "Timeline", "Tidslinje", "Zeitverlauf"},
    {"negative", "negative", "negativa", "negativ"},
    {"neutral", "neutral", "neutrala", "neutral"},
    {"positive", "positive", "positiva", "positiv"},
    {"volume", "comments (sentiment not measured)", "kommentarer (sentiment ej mätt)", "Kommentare (Stimmung nicht gemessen)"},
    {"per_bucket", "comments per", "kommentarer per", "Kommentare pro"},
    {"no_timeline", "No timeline: the comments have no usable timestamps.", "Ingen tidslinje: kommentarerna saknar användbara tidsstämplar.", "Kein Zeitverlauf: die Kommentare haben keine verwertbaren Zeitstempel."},
    {"loud_minority", "Loud minority?", "Högljudd minoritet?", "Laute Minderheit?"},
    {"gap_note", "The gap between the bars is the loud minority: few people, many comments.", "Skillnaden mellan staplarna är den högljudda minoriteten: få personer, många kommentarer.", "Die Lücke zwischen den Balken ist die laute Minderheit: wenige Personen, viele Kommentare."},
    {"substance", "Substance of the criticism", "Kritikens innehåll", "Inhalt der Kritik"},
    {"constructive_themes", "Constructive themes", "Konstruktiva teman", "Konstruktive Themen"},
    {"negative_themes", "Negative themes", "Negativa teman", "Negative Themen"},
    {"multipliers", "Multipliers", "Multiplikatorer", "Multiplikatoren"},
    {"account", "Account", "Konto", "Konto"},
    {"followers", "Followers", "Följare", "Follower"},
    {"reason", "Why", "Varför", "Warum"},
    {"trigger", "Trigger and origin", "Utlösare och ursprung", "Auslöser und Herkunft"},
    {"origin", "Origin type", "Ursprungstyp", "Herkunft"},
    {"cluster", "Coombs cluster", "Coombs kluster", "Coombs-Cluster"},
    {"chosen", "set by the team", "angiven av teamet", "vom Team festgelegt"},
    {"guessed", "a guess — confirm it", "en gissning — bekräfta den", "eine Vermutung — bitte bestätigen"},
    {"candidates", "Candidate trigger posts", "Möjliga utlösande inlägg", "Mögliche Auslöser-Beiträge"},
    {"guideline", "First response guideline", "Riktlinje för första svar", "Leitfaden für die erste Reaktion"},
    {"why", "Why", "Varför", "Warum"},
    {"by_when", "By when", "Senast", "Bis wann"},
    {"team", "Team and mission", "Team och mission", "Team und Leitbild"},
    {"brand", "Brand", "Varumärke", "Marke"},
    {"mission", "Mission", "Mission", "Leitbild"},
    {"responder", "Responds", "Svarar", "Antwortet"},
    {"channel", "Channel", "Kanal", "Kanal"},
    {"not_measured", "not measured", "ej mätt", "nicht gemessen"},
    {"not_entered", "not entered", "ej angiven", "nicht eingetragen"},
    {"none_found", "none found", "inga hittade", "keine gefunden"},
    {"unknown", "unknown", "okänd", "unbekannt"},
    {"footer", "Made with Stormvakt from the team's own export, on this machine: no data was uploaded. Figures marked “not measured” could not be computed from the data and were not estimated.",
               "Skapad med Stormvakt ur teamets egen export, på den här datorn: inga data laddades upp. Siffror markerade ”ej mätt” kunde inte beräknas ur datan och har inte uppskattats.",
               "Erstellt mit Stormvakt aus dem eigenen Export des Teams, auf diesem Rechner: keine Daten wurden hochgeladen. Als „nicht gemessen“ markierte Werte ließen sich aus den Daten nicht berechnen und wurden nicht geschätzt."},
};
// clang-format on

const Entry* find(std::string_view key) {
    for (const Entry& e : kTexts)
        if (key == e.key) return &e;
    return nullptr;
}

} // namespace

std::string_view brief_text(std::string_view key, Lang lang) {
    const Entry* e = find(key);
    if (!e) return key;
    return lang == Lang::sv ? e->sv : lang == Lang::de ? e->de : e->en;
}

bool brief_text_exists(std::string_view key) {
    return find(key) != nullptr;
}

} // namespace sv
