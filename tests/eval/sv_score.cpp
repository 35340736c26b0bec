// sv_score — scores a file of texts, one per line, the way the score phase does (shell/eval, shell/bench).
//
//   sv_score TEXTS.txt [--lang CODE] [--no-english-fallback] [--drivers] [--custom WORDS.tsv] > scores.tsv
//       language, compound, emotionality (and with --drivers the words that drove the score) per text
//   sv_score TEXTS.txt --bench
//       prints texts/s, no scores
#include "core/lang/language_mix.hpp"
#include "core/pipeline/job.hpp"
#include "core/sentiment/scorer.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: sv_score TEXTS.txt [--lang CODE] [--no-english-fallback] [--drivers] "
                             "[--custom WORDS.tsv] [--bench]\n");
        return 2;
    }
    bool bench = false;
    bool drivers = false; // --drivers: a fourth column with the words that drove each score
    sv::SentimentOptions opt;
    sv::Lang forced = sv::Lang::unknown;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--bench"))
            bench = true;
        else if (!std::strcmp(argv[i], "--drivers"))
            drivers = true;
        else if (!std::strcmp(argv[i], "--no-english-fallback"))
            opt.english_fallback = false;
        else if (!std::strcmp(argv[i], "--neutral-band") && i + 1 < argc)
            opt.neutral_band = std::strtof(argv[++i], nullptr);
        else if (!std::strcmp(argv[i], "--emoji-weight") && i + 1 < argc)
            opt.emoji_weight = std::strtof(argv[++i], nullptr);
        else if (!std::strcmp(argv[i], "--custom") && i + 1 < argc) {
            // Lines "word<TAB>valence[<TAB>lang]": a custom lexicon, as the app's lexicon panel makes one.
            std::FILE* cf = std::fopen(argv[++i], "rb");
            if (!cf) {
                std::fprintf(stderr, "sv_score: cannot open custom lexicon %s\n", argv[i]);
                return 1;
            }
            char line[256];
            while (std::fgets(line, sizeof line, cf)) {
                char word[128] = {}, lang[16] = {};
                float v = 0.f;
                if (std::sscanf(line, "%127[^\t]\t%f\t%15s", word, &v, lang) < 2) continue;
                opt.custom_words.push_back({word, v, lang[0] ? sv::lang_from_code(lang) : sv::Lang::unknown});
            }
            std::fclose(cf);
        } else if (!std::strcmp(argv[i], "--lang") && i + 1 < argc)
            forced = sv::lang_from_code(argv[++i]);
    }
    std::FILE* f = std::fopen(argv[1], "rb");
    if (!f) {
        std::fprintf(stderr, "sv_score: cannot open %s\n", argv[1]);
        return 1;
    }
    std::string data;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
    std::fclose(f);
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data[i] == '\n') {
            size_t end = i;
            if (end > start && data[end - 1] == '\r') --end;
            if (i < data.size() || end > start) lines.emplace_back(data.data() + start, end - start);
            start = i + 1;
        }
    }
    sv::SentimentScorer scorer(opt);
    std::vector<sv::TextScore> scores(lines.size());
    std::vector<sv::Lang> langs(lines.size());
    std::vector<uint16_t> close(lines.size());
    const std::clock_t c0 = std::clock();
    const double t0 = sv::clock_ms();
    for (size_t i = 0; i < lines.size(); ++i) {
        scores[i] = scorer.score(lines[i], forced);
        langs[i] = scores[i].language;
        close[i] = sv::close_languages(scorer.last_evidence(), sv::kLexLangCount);
    }
    const double t1 = sv::clock_ms();
    const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    // As the score phase: unknown and close calls take the main language and are scored again in it.
    std::vector<uint32_t> changed;
    if (forced == sv::Lang::unknown) {
        sv::settle_languages(langs, close, &changed);
        for (uint32_t i : changed) scores[i] = scorer.score(lines[i], langs[i]);
    }
    if (bench) {
        size_t bytes = 0;
        for (auto l : lines) bytes += l.size();
        // Wall time and this process's CPU time: on a shared machine the CPU rate is the stable figure.
        std::printf(
            "{\"texts\": %zu, \"bytes\": %zu, \"wall_ms\": %.1f, \"cpu_ms\": %.1f, \"per_s_wall\": %.0f, "
            "\"per_s_cpu\": %.0f}\n",
            lines.size(), bytes, t1 - t0, cpu_ms, static_cast<double>(lines.size()) / ((t1 - t0) / 1000.0),
            static_cast<double>(lines.size()) / (cpu_ms / 1000.0));
        return 0;
    }
    std::string out;
    std::vector<sv::ScoreDriver> why;
    for (size_t i = 0; i < lines.size(); ++i) {
        char row[64];
        std::snprintf(row, sizeof row, "%s\t%.4f\t%.4f", std::string(sv::lang_code(langs[i])).c_str(),
                      scores[i].compound, scores[i].emotionality);
        out += row;
        if (drivers) {
            scorer.explain(lines[i], why, langs[i]);
            out += '\t';
            for (const sv::ScoreDriver& d : why) {
                std::snprintf(row, sizeof row, " %+.2f", d.contribution);
                out += d.text + row + ';';
            }
        }
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
