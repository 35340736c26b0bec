#include "cli/cli_folder.hpp"

#include "cli/cli_io.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace sv::cli {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sorted_entries(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

void collect(const fs::path& dir, std::vector<fs::path>& files, int depth) {
    std::error_code ec;
    if (depth > 8) return;
    if (fs::is_regular_file(dir / "raw.json", ec)) {
        files.push_back(dir / "raw.json");
        return;
    }
    for (const char* sub : {"source-tweet", "replies"})
        if (fs::is_directory(dir / sub, ec))
            for (const fs::path& p : sorted_entries(dir / sub))
                if (p.extension() == ".json" && fs::is_regular_file(p, ec)) files.push_back(p);
    for (const fs::path& p : sorted_entries(dir)) {
        const std::string name = p.filename().string();
        if (name == "source-tweet" || name == "replies") continue;
        if (fs::is_directory(p, ec)) collect(p, files, depth + 1);
    }
}

} // namespace

Result<std::vector<char>> read_input(const std::string& path) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) return read_file(path);
    std::vector<fs::path> files;
    collect(path, files, 0);
    if (files.empty())
        return make_error("empty_folder", "the folder '" + path + "' holds no thread files",
                          "give a comment export file, or a thread folder with raw.json or "
                          "source-tweet/ and replies/ (RumourEval layout)");
    std::vector<char> all;
    for (const fs::path& f : files) {
        auto bytes = read_file(f.string());
        if (!bytes) return bytes.error();
        all.insert(all.end(), bytes.value().begin(), bytes.value().end());
        all.push_back('\n');
    }
    return all;
}

} // namespace sv::cli
