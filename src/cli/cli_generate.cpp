// cli_generate.cpp — `stormvakt generate --rows N --out FILE [--seed S]`: the deterministic benchmark
// corpus (columns id,parent_id,author,author_followers,created_at,text,likes,shares; see
// src/core/synth/comment_corpus.hpp). Exit codes: 0 done, 1 cannot write, 2 bad usage.
#include "cli/cli_io.hpp"
#include "cli/commands.hpp"
#include "core/synth/comment_corpus.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace sv::cli {
namespace {

void usage(std::FILE* to) {
    std::fprintf(
        to, "Usage: stormvakt generate --rows N --out FILE [--seed S]\n\n"
            "Writes a deterministic synthetic comment CSV for benchmarks (1,000,000 rows is about 175 MB).\n"
            "Columns: id,parent_id,author,author_followers,created_at,text,likes,shares\n");
}

bool parse_u64(const char* s, uint64_t& out) {
    if (!s || !*s) return false;
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(s, &end, 10);
    if (errno != 0 || *end != '\0' || s[0] == '-') return false;
    out = v;
    return true;
}

} // namespace

int generate_command(int argc, char** argv) {
    CorpusOptions o;
    std::string out;
    bool have_rows = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
        if (arg == "--help" || arg == "-h") {
            usage(stdout);
            return 0;
        } else if (arg == "--rows" && parse_u64(v, o.rows)) {
            have_rows = true;
            ++i;
        } else if (arg == "--seed" && parse_u64(v, o.seed)) {
            ++i;
        } else if (arg == "--out" && v) {
            out = v;
            ++i;
        } else {
            std::fprintf(stderr, "stormvakt generate: bad or incomplete option '%s'\n", arg.c_str());
            usage(stderr);
            return 2;
        }
    }
    if (!have_rows || out.empty()) {
        usage(stderr);
        return 2;
    }
    std::FILE* f = out == "-" ? stdout : std::fopen(out.c_str(), "wb");
    if (!f) {
        std::fprintf(
            stderr, "stormvakt generate: cannot write '%s': %s\n  how to fix: check that the folder exists\n",
            out.c_str(), std::strerror(errno));
        return 1;
    }
    bool ok = true;
    generate_comment_csv(o, [&](std::string_view chunk) {
        if (f == stdout)
            ok = ok && write_stdout(chunk); // (a full pipe under node: cli_io.hpp)
        else
            ok = ok && std::fwrite(chunk.data(), 1, chunk.size(), f) == chunk.size();
    });
    if (f != stdout) ok = std::fclose(f) == 0 && ok;
    if (!ok) {
        std::fprintf(stderr, "stormvakt generate: writing '%s' failed\n  how to fix: check free disk space\n",
                     out.c_str());
        return 1;
    }
    return 0;
}

} // namespace sv::cli
