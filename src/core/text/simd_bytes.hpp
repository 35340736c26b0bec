// simd_bytes.hpp — byte-range primitives for the import's and the scorer's hot loops, without libc calls.
//
// Why: in WebAssembly, memcmp and memchr are Emscripten's (musl's) C loops — memcmp a byte at a time,
// memchr four bytes at a time — and every call costs a real call. These inline versions compare 8 bytes at
// a time, and with WASM SIMD (`-msimd128`, `__wasm_simd128__`) scan 16 bytes at a time; natively they use
// the portable path (or libc, which is already vectorised there). Results are identical on every path
// (tests/unit/test_simd_bytes.cpp checks both the SIMD and the portable functions against plain loops).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace sv {

// True when the n bytes at a and b are the same. Loads 8 (or 4) bytes at a time; the last load of a
// range overlaps the one before it instead of a byte loop for the tail.
inline bool bytes_equal(const char* a, const char* b, size_t n) {
    if (n >= 8) {
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t x, y;
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            if (x != y) return false;
        }
        if (i == n) return true;
        uint64_t x, y;
        std::memcpy(&x, a + n - 8, 8);
        std::memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x, y, u, v;
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        std::memcpy(&u, a + n - 4, 4);
        std::memcpy(&v, b + n - 4, 4);
        return x == y && u == v;
    }
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// a == b for string views, through bytes_equal (std::string_view's == calls memcmp).
inline bool views_equal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && bytes_equal(a.data(), b.data(), a.size());
}

// The portable scans (also the reference the SIMD versions are tested against).
inline const char* find_byte_portable(const char* p, const char* end, char c) {
    const void* q = std::memchr(p, c, static_cast<size_t>(end - p));
    return q ? static_cast<const char*>(q) : end;
}
inline const unsigned char* skip_ascii_portable(const unsigned char* p, const unsigned char* end) {
    while (end - p >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ULL) break;
        p += 8;
    }
    while (p < end && *p < 0x80) ++p;
    return p;
}

#ifdef __wasm_simd128__
// The first byte equal to c in [p, end), or end. 16 bytes per step.
inline const char* find_byte_simd(const char* p, const char* end, char c) {
    const v128_t needle = wasm_i8x16_splat(c);
    while (end - p >= 16) {
        const uint32_t m = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(p), needle));
        if (m) return p + __builtin_ctz(m);
        p += 16;
    }
    while (p < end && *p != c) ++p;
    return p;
}
// The first byte at or above 0x80 in [p, end), or end. 16 bytes per step.
inline const unsigned char* skip_ascii_simd(const unsigned char* p, const unsigned char* end) {
    while (end - p >= 16) {
        const uint32_t m = wasm_i8x16_bitmask(wasm_v128_load(p));
        if (m) return p + __builtin_ctz(m);
        p += 16;
    }
    while (p < end && *p < 0x80) ++p;
    return p;
}
// The first byte equal to a, b or c in [p, end), or end. 16 bytes per step.
inline const char* find_any3_simd(const char* p, const char* end, char a, char b, char c) {
    const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c);
    while (end - p >= 16) {
        const v128_t v = wasm_v128_load(p);
        const v128_t hit =
            wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(v, va), wasm_i8x16_eq(v, vb)), wasm_i8x16_eq(v, vc));
        const uint32_t m = wasm_i8x16_bitmask(hit);
        if (m) return p + __builtin_ctz(m);
        p += 16;
    }
    while (p < end && *p != a && *p != b && *p != c) ++p;
    return p;
}
#endif

// The first byte equal to c in [p, end), or end.
inline const char* find_byte(const char* p, const char* end, char c) {
#ifdef __wasm_simd128__
    return find_byte_simd(p, end, c);
#else
    return find_byte_portable(p, end, c);
#endif
}

// The first non-ASCII byte in [p, end), or end.
inline const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) {
#ifdef __wasm_simd128__
    return skip_ascii_simd(p, end);
#else
    return skip_ascii_portable(p, end);
#endif
}

} // namespace sv
