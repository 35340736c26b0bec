// main.cpp — the `stormvakt` command line (native) and `stormvakt-cli.js` (the same, as WASM under node).
//
// Usage is printed by `stormvakt --help`. Each subcommand lives in its own file (cli_<name>.cpp) and is
// registered in kCommands below. Exit codes: 0 success, 1 the input could not be processed, 2 bad usage.
#include "cli/commands.hpp"
#include "core/base/version.hpp"

#include <cstdio>
#include <cstring>
#include <string_view>

namespace {

void print_help() {
    std::printf("stormvakt %s — crisis radar for social-media comments\n\n", sv::kVersion);
    std::printf("Usage:\n");
    std::printf("  stormvakt --version        print the version\n");
    std::printf("  stormvakt --help           print this help\n");
    for (const auto& c : sv::cli::commands()) std::printf("  stormvakt %-16s %s\n", c.name, c.summary);
    std::printf("\nRun 'stormvakt COMMAND --help' for a command's options.\n");
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_help();
        return 2;
    }
    const std::string_view first = argv[1];
    if (first == "--version" || first == "-V") {
        std::printf("stormvakt %s\n", sv::kVersion);
        return 0;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        print_help();
        return 0;
    }
    for (const auto& c : sv::cli::commands())
        if (first == c.name) return c.run(argc - 1, argv + 1);
    std::fprintf(stderr,
                 "stormvakt: unknown command '%s'\n  how to fix: run 'stormvakt --help' for the commands\n",
                 argv[1]);
    return 2;
}
