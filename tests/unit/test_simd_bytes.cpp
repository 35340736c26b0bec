// The byte-range primitives of core/text/simd_bytes.hpp against plain byte loops: every length and match
// position around the 4-, 8- and 16-byte steps, on the SIMD path (when built as WASM with SIMD128) and the
// portable path alike.
#include "core/text/simd_bytes.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

const char* find_plain(const char* p, const char* end, char c) {
    while (p < end && *p != c) ++p;
    return p;
}

std::string filler(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s.push_back(static_cast<char>('a' + (i * 7) % 26));
    return s;
}

} // namespace

TEST_CASE("bytes_equal agrees with a byte loop for every length and every differing byte", "[simd_bytes]") {
    for (size_t n = 0; n <= 40; ++n) {
        const std::string a = filler(n);
        std::string b = a;
        CHECK(sv::bytes_equal(a.data(), b.data(), n));
        CHECK(sv::views_equal(a, b));
        for (size_t i = 0; i < n; ++i) {
            b = a;
            b[i] = static_cast<char>(b[i] ^ 0x20);
            INFO("length " << n << ", differing byte " << i);
            CHECK_FALSE(sv::bytes_equal(a.data(), b.data(), n));
            CHECK_FALSE(sv::views_equal(a, b));
        }
    }
    CHECK_FALSE(sv::views_equal("abc", "abcd"));
    CHECK(sv::views_equal(std::string_view(), std::string_view("", 0)));
}

TEST_CASE("find_byte and skip_ascii find the first match at every position", "[simd_bytes]") {
    for (size_t n = 0; n <= 48; ++n) {
        for (size_t at = 0; at <= n; ++at) { // at == n: no match
            std::string s = filler(n);
            if (at < n) s[at] = '"';
            if (at + 3 < n) s[at + 3] = '"'; // a second match after the first
            const char* b = s.data();
            const char* e = b + n;
            INFO("length " << n << ", match at " << at);
            CHECK(sv::find_byte(b, e, '"') == find_plain(b, e, '"'));
            CHECK(sv::find_byte_portable(b, e, '"') == find_plain(b, e, '"'));
            // Non-ASCII (ä = C3 A4) at the same place.
            std::string u = filler(n);
            if (at < n) u[at] = static_cast<char>(0xc3);
            const auto* ub = reinterpret_cast<const unsigned char*>(u.data());
            const auto* ue = ub + n;
            const auto* want = ub + at;
            CHECK(sv::skip_ascii(ub, ue) == want);
            CHECK(sv::skip_ascii_portable(ub, ue) == want);
#ifdef __wasm_simd128__
            CHECK(sv::find_byte_simd(b, e, '"') == find_plain(b, e, '"'));
            CHECK(sv::skip_ascii_simd(ub, ue) == want);
            std::string t = filler(n);
            if (at < n) t[at] = "\n\r,"[at % 3];
            const char* tb = t.data();
            const char* te = tb + n;
            CHECK(sv::find_any3_simd(tb, te, ',', '\n', '\r') == tb + at);
#endif
        }
    }
}
