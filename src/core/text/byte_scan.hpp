// byte_scan.hpp — looking for a few byte values 8 bytes at a time (SWAR), for the import's hot loops: the
// CSV reader's field ends, and the checks whether a text needs whitespace or HTML work at all.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sv {

inline constexpr uint64_t kByteOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kByteHighs = 0x8080808080808080ULL;

// The high bit of every byte of `w` equal to the byte `b` (exact for the lowest match; bytes above a
// match may be flagged too, which only matters for callers that look past the first match).
inline uint64_t byte_matches(uint64_t w, unsigned char b) {
    const uint64_t x = w ^ (kByteOnes * b);
    return (x - kByteOnes) & ~x & kByteHighs;
}

// True when `s` holds the byte `a` or the byte `b`.
inline bool contains_either(std::string_view s, char a, char b) {
    const char* p = s.data();
    size_t n = s.size();
    const auto ua = static_cast<unsigned char>(a), ub = static_cast<unsigned char>(b);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        if (byte_matches(w, ua) | byte_matches(w, ub)) return true;
        p += 8, n -= 8;
    }
    for (; n > 0; ++p, --n)
        if (*p == a || *p == b) return true;
    return false;
}

} // namespace sv
