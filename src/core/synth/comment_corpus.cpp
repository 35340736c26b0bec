// comment_corpus.cpp — see comment_corpus.hpp.
//
// [SECTION] Random numbers and word lists (written for this generator)
// [SECTION] Volume curve
// [SECTION] generate_comment_csv
#include "core/synth/comment_corpus.hpp"

#include "core/time/timestamp.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace sv {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Random numbers and word lists
// ---------------------------------------------------------------------------------------------------------

struct Rng {
    uint64_t s;
    uint64_t next() { // splitmix64
        uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    uint64_t below(uint64_t n) { return next() % n; }
};

const char* const kEnglish[] = {
    "the",    "service",  "is",         "down",     "again",    "why",          "did",      "you",
    "change", "this",     "price",      "terrible", "great",    "support",      "thanks",   "for",
    "fixing", "it",       "quickly",    "still",    "waiting",  "refund",       "never",    "buying",
    "from",   "brand",    "love",       "new",      "update",   "broke",        "my",       "account",
    "please", "explain",  "what",       "happened", "honestly", "disappointed", "customer", "care",
    "answer", "hours",    "days",       "and",      "no",       "one",          "cares",    "good",
    "job",    "team",     "ridiculous", "outage",   "apology",  "not",          "enough",   "statement",
    "today",  "official", "response",   "shame",    "calm",     "down",         "people"};
const char* const kSwedish[] = {
    "tjänsten", "ligger",        "nere",       "igen",   "varför",  "ändrade",  "ni",
    "priset",   "det",           "här",        "är",     "helt",    "fel",      "bra",
    "jobbat",   "tack",          "för",        "snabb",  "hjälp",   "väntar",   "fortfarande",
    "på",       "återbetalning", "aldrig",     "köper",  "från",    "er",       "älskar",
    "nya",      "uppdateringen", "förstörde",  "mitt",   "konto",   "förklara", "vad",
    "hände",    "besviken",      "kundtjänst", "svarar", "inte",    "timmar",   "dagar",
    "och",      "ingen",         "bryr",       "sig",    "skandal", "ursäkt",   "räcker",
    "skäms",    "lugn",          "personal",   "skönt",  "äntligen"};
const char* const kGerman[] = {"der",        "Dienst",  "ist",      "wieder",     "ausgefallen",
                               "warum",      "habt",    "ihr",      "den",        "Preis",
                               "geändert",   "das",     "geht",     "gar",        "nicht",
                               "super",      "danke",   "für",      "die",        "schnelle",
                               "Hilfe",      "warte",   "immer",    "noch",       "auf",
                               "Erstattung", "nie",     "wieder",   "kaufen",     "Update",
                               "hat",        "mein",    "Konto",    "zerstört",   "bitte",
                               "erklärt",    "was",     "passiert", "enttäuscht", "Kundenservice",
                               "antwortet",  "seit",    "Stunden",  "Tagen",      "und",
                               "niemand",    "kümmert", "sich",     "Skandal",    "Entschuldigung",
                               "reicht",     "schämt",  "euch",     "endlich"};
const char* const kEmoji[] = {"😡", "👍", "🙏", "😂", "❤️", "🤬", "😢", "🔥", "👎", "🙄"};
const char* const kNameParts[] = {"anna", "erik",  "lena", "jonas", "mia", "felix", "sara", "lukas", "emma",
                                  "nils", "hanna", "paul", "ida",   "tom", "klara", "max",  "elin",  "jan"};

template <size_t N>
const char* pick(Rng& r, const char* const (&list)[N]) {
    return list[r.below(N)];
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Volume curve: calm baseline, onset at 40% of the span, fast rise, peak, slow decay
// ---------------------------------------------------------------------------------------------------------

std::vector<double> volume_cdf(int64_t minutes) {
    std::vector<double> cdf(static_cast<size_t>(minutes));
    const double onset = 0.4 * static_cast<double>(minutes);
    double sum = 0;
    for (int64_t m = 0; m < minutes; ++m) {
        const double t = static_cast<double>(m);
        const double hour_of_day = std::fmod(t / 60.0, 24.0);
        double v = 1.0 + 0.6 * std::sin((hour_of_day - 9.0) / 24.0 * 6.283185307);
        if (t >= onset) {
            const double since = (t - onset) / 60.0; // hours
            v += 60.0 * (1.0 - std::exp(-since / 1.5)) * std::exp(-since / 9.0);
        }
        sum += v;
        cdf[static_cast<size_t>(m)] = sum;
    }
    for (double& c : cdf) c /= sum;
    return cdf;
}

void append_quoted(std::string& out, const std::string& text) {
    bool quote = false;
    for (const char c : text)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out += text;
        return;
    }
    out.push_back('"');
    for (const char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] generate_comment_csv
// ---------------------------------------------------------------------------------------------------------

uint64_t generate_comment_csv(const CorpusOptions& o, const std::function<void(std::string_view)>& write) {
    Rng rng{o.seed * 0x2545F4914F6CDD1DULL + 7};
    const uint64_t authors = o.rows / 8 + 10;
    const int64_t minutes = o.span_seconds / 60 > 0 ? o.span_seconds / 60 : 1;
    const std::vector<double> cdf = volume_cdf(minutes);
    std::string out, text;
    out.reserve(1 << 21);
    out += "id,parent_id,author,author_followers,created_at,text,likes,shares\n";
    uint64_t written = 0;
    size_t minute = 0;
    constexpr uint64_t kIdBase = 1898000000000000000ULL;
    for (uint64_t i = 0; i < o.rows; ++i) {
        const uint64_t id = kIdBase + i * 7919;
        // Time: the (i+0.5)/rows quantile of the volume curve, seconds spread inside the minute.
        const double q = (static_cast<double>(i) + 0.5) / static_cast<double>(o.rows);
        while (minute + 1 < cdf.size() && cdf[minute] < q) ++minute;
        const int64_t t = o.start + static_cast<int64_t>(minute) * 60 + static_cast<int64_t>(rng.below(60));
        // Author: heavy-tailed activity; followers from the author's own hash.
        const double u = rng.unit();
        const uint64_t a = static_cast<uint64_t>(static_cast<double>(authors) * u * u * u);
        Rng ar{a * 0x9E3779B97F4A7C15ULL + o.seed};
        const int64_t followers = static_cast<int64_t>(std::pow(10.0, ar.unit() * ar.unit() * 6.5));
        out += std::to_string(id);
        out.push_back(',');
        if (i > 0 && rng.below(100) < 40) {
            const uint64_t back = 1 + rng.below(i < 2000 ? i : 2000);
            out += std::to_string(kIdBase + (i - back) * 7919);
        }
        out.push_back(',');
        out += pick(ar, kNameParts);
        out.push_back('_');
        out += std::to_string(a);
        out.push_back(',');
        out += std::to_string(followers);
        out.push_back(',');
        out += format_iso8601_utc(t);
        out.push_back(',');
        // Text: 6..26 words of one language, sometimes a second sentence, punctuation, emoji.
        text.clear();
        const uint64_t lang = rng.below(3);
        const uint64_t words = 6 + rng.below(21);
        for (uint64_t w = 0; w < words; ++w) {
            if (w) text.push_back(w % 7 == 3 && rng.below(3) == 0 ? ',' : ' ');
            if (w && text.back() == ',') text.push_back(' ');
            text += lang == 0 ? pick(rng, kEnglish) : lang == 1 ? pick(rng, kSwedish) : pick(rng, kGerman);
        }
        const uint64_t end = rng.below(10);
        text += end < 4 ? "!" : end < 6 ? "?" : end < 7 ? "!!!" : ".";
        if (rng.below(4) == 0) {
            text.push_back(' ');
            text += pick(rng, kEmoji);
        }
        if (rng.below(12) == 0) {
            text += "\n\"";
            text += lang == 0 ? pick(rng, kEnglish) : lang == 1 ? pick(rng, kSwedish) : pick(rng, kGerman);
            text += "\" ";
            text += pick(rng, kEmoji);
        }
        append_quoted(out, text);
        out.push_back(',');
        const double lu = rng.unit();
        out += std::to_string(static_cast<int64_t>(std::exp(lu * lu * 7.0)) - 1);
        out.push_back(',');
        out += std::to_string(rng.below(10) < 7 ? 0 : rng.below(40));
        out.push_back('\n');
        if (out.size() >= (1 << 20)) {
            write(out);
            written += out.size();
            out.clear();
        }
    }
    write(out);
    written += out.size();
    return written;
}

} // namespace sv
