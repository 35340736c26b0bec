#include "cli/commands.hpp"

namespace sv::cli {

// Subcommands are added here as they land (analyze, brief, generate, ...).
const std::vector<Command>& commands() {
    static const std::vector<Command> list = {};
    return list;
}

} // namespace sv::cli
