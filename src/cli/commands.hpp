// commands.hpp — the CLI's subcommands. Each is a function (argc, argv) -> exit code, argv[0] = its name.
#pragma once
#include <vector>

namespace sv::cli {

struct Command {
    const char* name;    // e.g. "analyze"
    const char* summary; // one line for --help
    int (*run)(int argc, char** argv);
};

const std::vector<Command>& commands();

} // namespace sv::cli
