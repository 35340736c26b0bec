// The scorer's letter-run loop (core/sentiment/scan_lower_run.hpp): lower_run() — 16 bytes at a time when
// built as WASM with SIMD128 — against the byte loop, for runs of every length around the 16-byte step,
// repeated letters at every position (inside a vector, across vectors, continuing the letter before the
// run), every starting state, and runs that end at a non-letter or at the limit.
#include "core/sentiment/scan_lower_run.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

namespace {

struct Outcome {
    size_t taken;
    std::string copied;
    uint32_t prev;
    int run;
    bool elongated;
};

Outcome run_with(bool reference, const std::string& text, size_t limit, sv::LetterRun s) {
    std::string out(text.size() + 32, '\0');
    const auto* q = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = reference ? sv::lower_run_bytes(q, q + limit, out.data(), s)
                               : sv::lower_run(q, q + limit, out.data(), s);
    return {n, out.substr(0, n), s.prev, s.run, s.elongated};
}

void check_same(const std::string& text, size_t limit, sv::LetterRun s) {
    const Outcome want = run_with(true, text, limit, s);
    const Outcome got = run_with(false, text, limit, s);
    INFO("text '" << text << "' limit " << limit << " prev " << s.prev << " run " << s.run << " elongated "
                  << s.elongated);
    CHECK(got.taken == want.taken);
    CHECK(got.copied == want.copied);
    CHECK(got.prev == want.prev);
    CHECK(got.run == want.run);
    CHECK(got.elongated == want.elongated);
}

} // namespace

TEST_CASE("lower_run copies a run of a-z and stops at the first other byte or the limit",
          "[scan_lower_run]") {
    sv::LetterRun s;
    const std::string text = "crisis management, now";
    const Outcome o = run_with(false, text, text.size(), s);
    CHECK(o.taken == 6);
    CHECK(o.copied == "crisis");
    CHECK(o.prev == 's');
    CHECK(o.run == 1);
    CHECK_FALSE(o.elongated);
    const Outcome cut = run_with(false, text, 4, s);
    CHECK(cut.taken == 4);
    CHECK(cut.copied == "cris");
}

TEST_CASE("lower_run marks three repeated letters, also across 16-byte steps and the run's start",
          "[scan_lower_run]") {
    // "soooo": elongated; "soo": not; a run of 'o' continuing two 'o's before the run: elongated.
    CHECK(run_with(false, "soooo good", 10, {}).elongated);
    CHECK_FALSE(run_with(false, "soo good", 8, {}).elongated);
    CHECK(run_with(false, "oh", 2, {'o', 2, false}).elongated);
    CHECK_FALSE(run_with(false, "oh", 2, {'o', 1, false}).elongated);
    // Repeats at the 16-byte boundary: bytes 14, 15, 16 equal.
    const std::string across = "abcdefghijklmnzzzabcdefghijklmnopqr";
    CHECK(run_with(false, across, across.size(), {}).elongated);
    CHECK(run_with(false, across, across.size(), {}).taken == across.size());
    // A previous code point whose low byte is a letter ('š' = U+0161, low byte 'a') is not an 'a'.
    const Outcome o = run_with(false, "aab", 3, {0x161, 2, false});
    CHECK_FALSE(o.elongated);
    CHECK(o.run == 1);
}

TEST_CASE("lower_run gives the byte loop's state for every run shape", "[scan_lower_run]") {
    std::mt19937 rng(9);
    const std::string stops = " ,.!A9\xc3-'";
    for (int trial = 0; trial < 20000; ++trial) {
        const size_t len = 1 + rng() % 48;
        std::string text;
        // Few distinct letters, so repeats of every length occur; sometimes a non-letter inside.
        const int alphabet = 1 + static_cast<int>(rng() % 4);
        for (size_t i = 0; i < len; ++i) {
            if (i > 0 && rng() % 23 == 0)
                text.push_back(stops[rng() % stops.size()]);
            else
                text.push_back(static_cast<char>('a' + rng() % alphabet));
        }
        text += std::string(rng() % 20, 'x'); // readable bytes after the limit
        const size_t limit = 1 + rng() % len;
        // States the scanner can be in: nothing before the run (prev 0, run 0), or a letter repeated 1-3
        // times.
        const uint32_t prevs[] = {0, 'a', 'b', 'c', 0xe9, 0x161};
        const uint32_t prev = prevs[rng() % 6];
        sv::LetterRun s{prev, prev ? 1 + static_cast<int>(rng() % 3) : 0, rng() % 5 == 0};
        check_same(text, limit, s);
    }
}
