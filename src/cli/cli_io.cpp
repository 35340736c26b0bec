#include "cli/cli_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <time.h>
#include <unistd.h>

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

bool write_stdout(std::string_view bytes) {
    std::fflush(stdout);
    const char* p = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(1, p, left);
        if (n > 0) {
            p += n;
            left -= static_cast<size_t>(n);
        } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            const timespec pause{0, 1'000'000}; // the pipe is full: 1 ms for the reader
            nanosleep(&pause, nullptr);
        } else {
            return false;
        }
    }
    return true;
}

Status write_file(const std::string& path, const std::string_view contents) {
    if (path == "-") {
        if (write_stdout(contents)) return Ok{};
        return make_error("write_failed", std::string("writing to stdout failed: ") + std::strerror(errno),
                          "check that the program reading the output is still running");
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return make_error("cannot_write", "cannot write '" + path + "': " + std::strerror(errno),
                          "check that the folder exists and is writable");
    const bool ok = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
    std::fclose(f);
    if (!ok) return make_error("write_failed", "writing '" + path + "' failed", "check free disk space");
    return Ok{};
}

} // namespace sv::cli
