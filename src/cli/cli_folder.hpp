// cli_folder.hpp — importing a folder of per-post JSON files (RumourEval / PHEME thread folders).
//
// A folder is read as one JSON text of concatenated values, in sorted path order:
//   - a folder with raw.json (a Reddit thread: the whole listing) contributes raw.json only;
//   - otherwise its source-tweet/*.json and replies/*.json (one X API v1.1 tweet per file), then every other
//     subfolder the same way (an event folder of threads, a whole data set split).
// structure.json, urls.dat and other files are not comments and are not read.
#pragma once
#include "core/base/error.hpp"

#include <string>
#include <vector>

namespace sv::cli {

// Reads FILE, or the comment files of a thread folder as described above.
Result<std::vector<char>> read_input(const std::string& path);

} // namespace sv::cli
