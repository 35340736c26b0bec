// cli_brief.cpp — `stormvakt brief FILE [--lang en|sv|de] [--origin TYPE] [--brand NAME] [--mission TEXT]
// [--responder NAME] [--channel NAME] [--utc-offset +HH:MM] [--out brief.html|brief.md] [--format NAME]
// [--map k=COL,...]`
//
// Runs the analysis pipeline on FILE, maps it into a Situation (situation_from.hpp), evaluates the first
// response guideline and writes the crisis brief: HTML when --out ends in .html/.htm, Markdown when it ends
// in .md (or to stdout as Markdown without --out). Figures a part of the pipeline did not produce are shown
// as "not measured". Exit codes: 0 done, 1 the file could not be analysed or written, 2 bad usage.
#include "cli/cli_io.hpp"
#include "cli/cli_threads.hpp"
#include "cli/commands.hpp"
#include "core/brief/brief.hpp"
#include "core/guideline/guideline.hpp"
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analyze_job.hpp"

#include <cstdio>
#include <ctime>
#include <string>

namespace sv::cli {
namespace {

void usage(std::FILE* to) {
    std::fprintf(
        to,
        "Usage: stormvakt brief FILE [options]\n\n"
        "Analyses a comment export and writes a one-page crisis brief with the first response guideline.\n\n"
        "Options:\n"
        "  --lang en|sv|de        language of the brief (default en)\n"
        "  --origin TYPE          origin of the crisis: external_event, internal_leak, own_post or unknown\n"
        "                         (default: the analysis' guess)\n"
        "  --brand NAME           the brand's name\n"
        "  --mission TEXT         the brand's positive mission statement, one sentence\n"
        "  --responder NAME       who responds\n"
        "  --channel NAME         on which channel\n"
        "  --utc-offset +HH:MM    the team's time zone for local times and the night rule (default UTC)\n"
        "  --out FILE             brief.html (self-contained HTML, prints to one A4 page) or brief.md\n"
        "                         (Markdown); '-' or no --out: Markdown on stdout\n"
        "  --format NAME          skip detection and read FILE as NAME\n"
        "  --map FIELD=COL,...    column mapping for a generic CSV (see 'stormvakt analyze --help')\n"
        "  --help                 this help\n");
}

int fail(const Error& e) {
    std::fprintf(stderr, "stormvakt brief: %s\n", e.message.c_str());
    if (!e.hint.empty()) std::fprintf(stderr, "  how to fix: %s\n", e.hint.c_str());
    return 1;
}

int bad_usage(const std::string& what, const std::string& hint) {
    std::fprintf(stderr, "stormvakt brief: %s\n  how to fix: %s\n", what.c_str(), hint.c_str());
    return 2;
}

bool ends_with(const std::string& s, const char* suffix) {
    const std::string x = suffix;
    return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

int run_brief(int argc, char** argv) {
    std::string file, out = "-";
    AnalyzeOptions options;
    options.threads = cli_default_threads(); // the scoring on every core (same results: cli_threads.hpp)
    GuidelineInputs inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        auto value = [&]() { return std::string(argv[++i]); };
        if (arg == "--help" || arg == "-h") {
            usage(stdout);
            return 0;
        }
        const bool takes_value = arg == "--lang" || arg == "--origin" || arg == "--brand" ||
                                 arg == "--mission" || arg == "--responder" || arg == "--channel" ||
                                 arg == "--utc-offset" || arg == "--out" || arg == "--format" ||
                                 arg == "--map";
        if (takes_value && !has_value)
            return bad_usage(arg + " needs a value", "see 'stormvakt brief --help'");
        if (arg == "--lang") {
            const std::string v = value();
            if (v != "en" && v != "sv" && v != "de")
                return bad_usage("unknown language '" + v + "'", "use --lang en, --lang sv or --lang de");
            inputs.language = lang_from_code(v);
        } else if (arg == "--origin") {
            const std::string v = value();
            if (!origin_code_valid(v))
                return bad_usage("unknown origin type '" + v + "'",
                                 "use external_event, internal_leak, own_post or unknown");
            inputs.origin_set = true;
            inputs.origin = origin_from_code(v);
        } else if (arg == "--brand") {
            inputs.brand = value();
        } else if (arg == "--mission") {
            inputs.mission = value();
        } else if (arg == "--responder") {
            inputs.responder = value();
        } else if (arg == "--channel") {
            inputs.channel = value();
        } else if (arg == "--utc-offset") {
            const std::string v = value();
            if (!parse_utc_offset(v, inputs.utc_offset_minutes))
                return bad_usage("'" + v + "' is not a UTC offset", "write it like +02:00, -05:30 or 0");
            inputs.utc_offset_set = true;
        } else if (arg == "--out") {
            out = value();
        } else if (arg == "--format") {
            options.import.format = value();
        } else if (arg == "--map") {
            const std::string v = value();
            size_t start = 0;
            for (;;) {
                const size_t p = v.find(',', start);
                options.import.mapping.push_back(v.substr(start, p - start));
                if (p == std::string::npos) break;
                start = p + 1;
            }
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return bad_usage("unknown option '" + arg + "'", "see 'stormvakt brief --help'");
        } else if (file.empty()) {
            file = arg;
        } else {
            return bad_usage("more than one FILE given ('" + arg + "')", "give one comment export");
        }
    }
    if (file.empty()) {
        usage(stderr);
        return 2;
    }
    const bool html = ends_with(out, ".html") || ends_with(out, ".htm");
    if (out != "-" && !html && !ends_with(out, ".md"))
        return bad_usage("--out '" + out + "' must end in .html, .htm or .md",
                         "the extension chooses the format: brief.html or brief.md");

    auto bytes = read_file(file);
    if (!bytes) return fail(bytes.error());
    std::string name = file;
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);
    AnalyzeJob job(std::move(bytes.value()), name, options);
    if (run_to_end(job) == StepResult::failed) return fail(job.error());
    const auto analysis = job.take();

    const Situation situation = situation_from(*analysis, inputs);
    const Guideline guideline = make_guideline(situation);
    BriefOptions brief_options;
    brief_options.generated_at = static_cast<int64_t>(std::time(nullptr));
    brief_options.source_name = name;
    const std::string text = html ? brief_html(situation, guideline, brief_options)
                                  : brief_markdown(situation, guideline, brief_options);
    if (auto st = write_file(out, text); !st) return fail(st.error());
    return 0;
}

} // namespace

int brief_command(int argc, char** argv) {
    return run_brief(argc, argv);
}

} // namespace sv::cli
