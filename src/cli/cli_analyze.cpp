// cli_analyze.cpp — `stormvakt analyze FILE [--format NAME] [--map k=COL,...] [--json OUT|-] [--scored
// OUT.csv] [--corrections FILE.json] [--lexicon FILE.json] [--threads N]`
//
// Runs the whole pipeline on FILE and prints the analyze report (JSON; keys documented in the README).
// Exit codes: 0 done, 1 the file could not be analysed (message on stderr), 2 bad usage.
#include "cli/cli_folder.hpp"
#include "cli/cli_io.hpp"
#include "cli/cli_threads.hpp"
#include "cli/commands.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/analyze_report.hpp"
#include "core/report/scored_csv.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

namespace sv::cli {
namespace {

void usage(std::FILE* to) {
    std::fprintf(
        to,
        "Usage: stormvakt analyze FILE [options]\n\n"
        "Reads a comment export (CSV/TSV/JSON) and prints the analysis as JSON.\n\n"
        "Options:\n"
        "  --format NAME        skip detection and read FILE as NAME\n"
        "  --map FIELD=COL,...  column mapping for a generic CSV (fields: id, parent, thread, author,\n"
        "                       followers, text, time, likes, replies, shares, rating, lang; and\n"
        "                       date_order=dmy|mdy|auto)\n"
        "  --date-order ORDER   dmy, mdy or auto (default): the order of ambiguous numeric dates\n"
        "                       like 03/04/2025 (auto: decided from the whole column)\n"
        "  --json OUT|-         write the JSON report to OUT ('-' = stdout, the default)\n"
        "  --scored OUT.csv     write one row per accepted comment with the canonical columns\n"
        "  --corrections F.json comments relabelled by hand: [{\"id\", \"label\", \"tag\"}] (as the app\n"
        "                       keeps them with a case)\n"
        "  --lexicon F.json     custom words for scoring: [{\"word\", \"valence\" -4..4, \"lang\"}]\n"
        "  --threads N          threads that share the scoring (default: all cores, here %u); the\n"
        "                       results are the same for any N\n"
        "  --help               this help\n",
        cli_default_threads());
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    size_t start = 0;
    for (;;) {
        const size_t p = s.find(sep, start);
        out.push_back(s.substr(start, p - start));
        if (p == std::string::npos) break;
        start = p + 1;
    }
    return out;
}

// --threads N: a whole number from 1 to kMaxThreads.
constexpr unsigned kMaxThreads = 256;
bool parse_threads(const char* v, unsigned& out) {
    unsigned n = 0;
    if (!*v) return false;
    for (const char* p = v; *p; ++p) {
        if (*p < '0' || *p > '9') return false;
        n = n * 10 + static_cast<unsigned>(*p - '0');
        if (n > kMaxThreads) return false;
    }
    if (n < 1) return false;
    out = n;
    return true;
}

int fail(const Error& e) {
    std::fprintf(stderr, "stormvakt analyze: %s\n", e.message.c_str());
    if (!e.hint.empty()) std::fprintf(stderr, "  how to fix: %s\n", e.hint.c_str());
    return 1;
}

int run_analyze(int argc, char** argv) {
    std::string file, json_out = "-", scored_out;
    std::string corrections_file, lexicon_file; // issue 7
    AnalyzeOptions options;
    options.threads = cli_default_threads();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "stormvakt analyze: %s needs a value\n", name);
                return nullptr;
            }
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            usage(stdout);
            return 0;
        } else if (arg == "--format") {
            const char* v = value("--format");
            if (!v) return 2;
            options.import.format = v;
        } else if (arg == "--map") {
            const char* v = value("--map");
            if (!v) return 2;
            for (auto& m : split(v, ',')) options.import.mapping.push_back(m);
        } else if (arg == "--date-order") {
            const char* v = value("--date-order");
            if (!v) return 2;
            if (!parse_date_order(v, options.import.date_order)) {
                std::fprintf(stderr,
                             "stormvakt analyze: unknown date order '%s'\n  how to fix: use --date-order dmy "
                             "(day first), mdy (month first) or auto\n",
                             v);
                return 2;
            }
        } else if (arg == "--json") {
            const char* v = value("--json");
            if (!v) return 2;
            json_out = v;
        } else if (arg == "--scored") {
            const char* v = value("--scored");
            if (!v) return 2;
            scored_out = v;
        } else if (arg == "--corrections" || arg == "--lexicon") { // issue 7: the user's corrections
            const char* v = value(arg.c_str());
            if (!v) return 2;
            (arg == "--corrections" ? corrections_file : lexicon_file) = v;
        } else if (arg == "--threads") { // issue 9
            const char* v = value("--threads");
            if (!v) return 2;
            if (!parse_threads(v, options.threads)) {
                std::fprintf(
                    stderr,
                    "stormvakt analyze: --threads needs a whole number from 1 to %u, not '%s'\n  how to "
                    "fix: e.g. --threads 2 (1 = no extra threads; the default is all cores, %u)\n",
                    kMaxThreads, v, cli_default_threads());
                return 2;
            }
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            std::fprintf(
                stderr,
                "stormvakt analyze: unknown option '%s'\n  how to fix: see 'stormvakt analyze --help'\n",
                arg.c_str());
            return 2;
        } else if (file.empty()) {
            file = arg;
        } else {
            std::fprintf(stderr, "stormvakt analyze: more than one FILE given ('%s')\n", arg.c_str());
            return 2;
        }
    }
    if (file.empty()) {
        usage(stderr);
        return 2;
    }
    if (options.threads > cli_max_threads()) {
        std::fprintf(stderr,
                     "stormvakt analyze: --threads %u lowered to %u (the most this build can start here)\n",
                     options.threads, cli_max_threads());
        options.threads = cli_max_threads();
    }

    if (!corrections_file.empty()) {
        auto text = read_file(corrections_file);
        if (!text) return fail(text.error());
        auto list = corrections_from_text(std::string_view(text.value().data(), text.value().size()));
        if (!list) return fail(list.error());
        options.corrections = std::move(list.value());
    }
    if (!lexicon_file.empty()) {
        auto text = read_file(lexicon_file);
        if (!text) return fail(text.error());
        auto words = lexicon_from_text(std::string_view(text.value().data(), text.value().size()));
        if (!words) return fail(words.error());
        options.sentiment.custom_words = std::move(words.value());
    }

    // A file is read chunk by chunk by the import (its reads are timed as read_file); a thread folder is
    // read whole first (cli_folder.hpp).
    const double t0 = clock_ms();
    std::unique_ptr<ByteSource> source;
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) {
        auto bytes = read_input(file);
        if (!bytes) return fail(bytes.error());
        source = std::make_unique<MemorySource>(std::move(bytes.value()));
    } else {
        auto opened = FileSource::open(file);
        if (!opened) return fail(opened.error());
        source = std::move(opened.value());
    }
    const double read_ms = clock_ms() - t0;
    std::string name = file;
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);

    AnalyzeJob job(std::move(source), name, options);
    if (run_in_slices(job, 50) == StepResult::failed) return fail(job.error()); // (50 ms: see job.hpp)
    auto analysis = job.take();
    analysis->timings_ms["read_file"] += read_ms;

    if (!scored_out.empty()) {
        std::string csv;
        write_scored_csv(*analysis, [&](std::string_view chunk) { csv.append(chunk); });
        if (auto st = write_file(scored_out, csv); !st) return fail(st.error());
    }
    const std::string json = analyze_report(*analysis).dump(2) + "\n";
    if (auto st = write_file(json_out, json); !st) return fail(st.error());
    return 0;
}

} // namespace

int analyze_command(int argc, char** argv) {
    return run_analyze(argc, argv);
}

} // namespace sv::cli
