#include "cli/commands.hpp"

namespace sv::cli {

int analyze_command(int argc, char** argv);
int generate_command(int argc, char** argv);
int brief_command(int argc, char** argv);
int sample_command(int argc, char** argv);

// Subcommands, in the order --help lists them. Each lives in cli_<name>.cpp.
const std::vector<Command>& commands() {
    static const std::vector<Command> list = {
        {"analyze", "analyse a comment export and print the report as JSON", analyze_command},
        {"generate", "write a deterministic synthetic comment CSV for benchmarks", generate_command},
        {"brief", "write the crisis brief with the first response guideline (HTML or Markdown)",
         brief_command},
        {"sample", "write the bundled sample crisis as CSV", sample_command},
    };
    return list;
}

} // namespace sv::cli
