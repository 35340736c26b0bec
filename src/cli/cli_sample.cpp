// cli_sample.cpp — `stormvakt sample --out FILE [--volume X]`: writes the sample crisis as CSV
// (src/core/sample/sample_crisis.hpp). The web build runs it to put samples/sample-crisis.csv on the site.
// Exit codes: 0 written, 1 the file could not be written, 2 bad usage.
#include "cli/cli_io.hpp"
#include "cli/commands.hpp"
#include "core/sample/sample_crisis.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace sv::cli {

int sample_command(int argc, char** argv) {
    std::string out;
    SampleCrisisOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::printf(
                "Usage: stormvakt sample --out FILE [--volume X]\n\n"
                "Writes the bundled sample crisis (a made-up storm in Swedish, English and German, about\n"
                "3,000 comments over three days) as CSV. The same file every time.\n\n"
                "  --out FILE   where to write it ('-' = stdout)\n"
                "  --volume X   scale the number of comments (default 1)\n");
            return 0;
        } else if (arg == "--out" && i + 1 < argc) {
            out = argv[++i];
        } else if (arg == "--volume" && i + 1 < argc) {
            char* end = nullptr;
            options.volume = std::strtod(argv[++i], &end);
            if (!end || *end || !(options.volume > 0.0) || options.volume > 1000.0) {
                std::fprintf(stderr, "stormvakt sample: --volume needs a number above 0 and at most 1000\n");
                return 2;
            }
        } else {
            std::fprintf(stderr,
                         "stormvakt sample: unexpected '%s'\n  how to fix: see 'stormvakt sample --help'\n",
                         arg.c_str());
            return 2;
        }
    }
    if (out.empty()) {
        std::fprintf(
            stderr,
            "stormvakt sample: --out FILE is required\n  how to fix: stormvakt sample --out sample.csv\n");
        return 2;
    }
    if (auto st = write_file(out, generate_sample_crisis_csv(options)); !st) {
        std::fprintf(stderr, "stormvakt sample: %s\n", st.error().message.c_str());
        return 1;
    }
    return 0;
}

} // namespace sv::cli
