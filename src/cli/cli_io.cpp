#include "cli/cli_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sv::cli {

Result<std::vector<char>> read_file(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return make_error("cannot_open", "cannot open '" + path + "': " + std::strerror(errno),
                          "check the path and that the file is readable");
    std::vector<char> bytes;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0) bytes.reserve(static_cast<size_t>(size));
        std::fseek(f, 0, SEEK_SET);
    }
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.insert(bytes.end(), buf, buf + n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed)
        return make_error("read_failed", "reading '" + path + "' failed", "check the disk and try again");
    return bytes;
}

Status write_file(const std::string& path, const std::string_view contents) {
    std::FILE* f = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
    if (!f)
        return make_error("cannot_write", "cannot write '" + path + "': " + std::strerror(errno),
                          "check that the folder exists and is writable");
    const bool ok = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
    if (f != stdout)
        std::fclose(f);
    else
        std::fflush(f);
    if (!ok) return make_error("write_failed", "writing '" + path + "' failed", "check free disk space");
    return Ok{};
}

} // namespace sv::cli
