// hash.hpp — a fast, deterministic 64-bit string hash for the core's hash tables (interner, lexicons).
// Not cryptographic. Deterministic across native and WASM builds so tables built at one place match.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sv {

inline uint64_t hash_mix(uint64_t x) {
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    return x;
}

inline uint64_t hash_bytes(const char* p, size_t n) {
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0x100000001b3ULL);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = hash_mix(h ^ w);
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    if (n) std::memcpy(&tail, p, n); // p may be null for an empty string

    return hash_mix(h ^ tail ^ (uint64_t(n) << 56));
}

inline uint64_t hash_string(std::string_view s) {
    return hash_bytes(s.data(), s.size());
}

} // namespace sv
