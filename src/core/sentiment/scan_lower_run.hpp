// scan_lower_run.hpp — the scorer's innermost loop (scorer_scan.cpp): a run of lower-case ASCII letters
// inside a word, copied to the lower-cased buffer while tracking repeated letters ("soooo").
//
// Most bytes of most comments take this path. In WebAssembly (`__wasm_simd128__`) 16 bytes are classified,
// copied and compared with their neighbours at once; elsewhere it is the plain byte loop. Both give exactly
// the state the byte loop gives (tests/unit/test_scan_lower_run.cpp compares them on every run shape).
#pragma once
#include <cstddef>
#include <cstdint>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace sv {

// The state a run of letters carries: the previous letter (a code point, lower-cased), how many times it
// repeated in a row, and whether some letter of the word repeated three or more times in a row.
struct LetterRun {
    uint32_t prev = 0;
    int run = 0;
    bool elongated = false;
};

// The reference: one byte at a time. Precondition: q < lim and *q is in 'a'..'z'. Copies the run of 'a'..'z'
// bytes starting at q (up to lim) to `out`, updates `s`, and returns the number of bytes taken.
inline size_t lower_run_bytes(const unsigned char* q, const unsigned char* lim, char* out, LetterRun& s) {
    const unsigned char* const start = q;
    uint32_t prev = s.prev;
    int run = s.run;
    bool elongated = s.elongated;
    do {
        const uint32_t c = *q++;
        run = c == prev ? run + 1 : 1;
        if (run >= 3) elongated = true;
        prev = c;
        *out++ = static_cast<char>(c);
    } while (q < lim && *q >= 'a' && *q <= 'z');
    s.prev = prev, s.run = run, s.elongated = elongated;
    return static_cast<size_t>(q - start);
}

#ifdef __wasm_simd128__
// 16 bytes at a time while 16 bytes are readable before `lim`; `out` must have 16 writable bytes beyond the
// run (the scorer's buffer has them). The rest of the run goes byte by byte.
inline size_t lower_run_simd(const unsigned char* q, const unsigned char* lim, char* out, LetterRun& s) {
    const unsigned char* const start = q;
    while (lim - q >= 16) {
        const v128_t v = wasm_v128_load(q);
        const v128_t letter = wasm_u8x16_lt(wasm_i8x16_sub(v, wasm_i8x16_splat('a')), wasm_i8x16_splat(26));
        const uint32_t len =
            static_cast<uint32_t>(__builtin_ctz(~static_cast<uint32_t>(wasm_i8x16_bitmask(letter))));
        if (len == 0) break; // (16: the whole vector is letters)
        wasm_v128_store(out, v);
        // e[i]: byte i equals byte i-1; e[0] compares with the previous letter (a code point: not a byte).
        const v128_t shifted =
            wasm_i8x16_shuffle(v, v, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14); // byte i-1
        const uint32_t len_mask = len == 16 ? 0xffffu : (1u << len) - 1;
        const uint32_t e0 = static_cast<uint32_t>(q[0]) == s.prev ? 1u : 0u;
        const uint32_t e =
            ((static_cast<uint32_t>(wasm_i8x16_bitmask(wasm_i8x16_eq(v, shifted))) & ~1u) | e0) & len_mask;
        // A letter's run reaches 3 where it and the one before both equal their predecessors.
        if ((e & (e << 1)) != 0 || (e0 && s.run >= 2)) s.elongated = true;
        if (e == len_mask) {
            s.run += static_cast<int>(len);
        } else { // ones from the top down to the highest zero: the last letter's repeats
            const uint32_t highest_zero = 31u - static_cast<uint32_t>(__builtin_clz(~e & len_mask));
            s.run = static_cast<int>(len - highest_zero);
        }
        s.prev = q[len - 1];
        q += len;
        out += len;
        if (len < 16) return static_cast<size_t>(q - start);
    }
    if (q < lim && *q >= 'a' && *q <= 'z') q += lower_run_bytes(q, lim, out, s);
    return static_cast<size_t>(q - start);
}
#endif

// The scorer's entry: the SIMD path in WebAssembly, the byte loop elsewhere.
inline size_t lower_run(const unsigned char* q, const unsigned char* lim, char* out, LetterRun& s) {
#ifdef __wasm_simd128__
    return lower_run_simd(q, lim, out, s);
#else
    return lower_run_bytes(q, lim, out, s);
#endif
}

} // namespace sv
