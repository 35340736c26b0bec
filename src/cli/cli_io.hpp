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
// Writes all of `bytes` to stdout (fd 1); false on an error. Waits and retries while a pipe is full: as WASM
// under node with pthreads, stdout can be a non-blocking pipe (EAGAIN once the reader lags 64 KiB behind).
bool write_stdout(std::string_view bytes);

} // namespace sv::cli
