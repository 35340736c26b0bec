// cli_io.hpp — reading and writing whole files for the CLI (the same code natively and under node).
#pragma once
#include "core/base/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sv::cli {

Result<std::vector<char>> read_file(const std::string& path);
// Opens `path` for writing ("-" = stdout); calls `write` with a function that appends bytes. Error on
// failure.
Status write_file(const std::string& path, const std::string_view contents);

} // namespace sv::cli
