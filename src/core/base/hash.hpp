// hash.hpp — a fast, deterministic 64-bit string hash for the core's hash tables (interner, lexicons).
// Not cryptographic. Deterministic across native and WASM builds so tables built at one place match.
#pragma once
#include <algorithm>
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

// hash_bytes over a buffer given in pieces (the case writer hashes a 150 MB column a few MiB per frame):
// the total size first, then update() with pieces whose sizes are multiples of 8, then finish() with the
// rest (< 8 bytes). Gives exactly hash_bytes(whole buffer).
class ByteHasher {
public:
    explicit ByteHasher(size_t total) : h_(0x9e3779b97f4a7c15ULL ^ (total * 0x100000001b3ULL)), n_(total) {}
    void update(const char* p, size_t n) { // n % 8 == 0
        for (; n >= 8; p += 8, n -= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            h_ = hash_mix(h_ ^ w);
        }
    }
    uint64_t finish(const char* tail, size_t n) const { // n < 8
        uint64_t t = 0;
        if (n) std::memcpy(&t, tail, n); // tail may be null for an empty rest
        return hash_mix(h_ ^ t ^ (uint64_t(n_ & 7) << 56));
    }

private:
    uint64_t h_;
    size_t n_;
};

// hash_bytes of one buffer, fed a slice at a time (resumable work: the case writer and reader).
class SlicedHash {
public:
    explicit SlicedHash(std::string_view bytes) : bytes_(bytes), h_(bytes.size()) {}
    // Hashes up to `max_bytes` more (whole 8-byte words, the tail at the end); returns the bytes taken.
    size_t feed(size_t max_bytes) {
        const size_t whole = bytes_.size() & ~size_t(7);
        const size_t n = std::min(whole - pos_, max_bytes & ~size_t(7));
        h_.update(bytes_.data() + pos_, n);
        pos_ += n;
        if (pos_ < whole || done_) return n;
        value_ = h_.finish(bytes_.data() + whole, bytes_.size() - whole);
        done_ = true;
        return n + (bytes_.size() - whole);
    }
    bool done() const { return done_; }
    uint64_t value() const { return value_; } // once done()

private:
    std::string_view bytes_;
    ByteHasher h_;
    size_t pos_ = 0;
    uint64_t value_ = 0;
    bool done_ = false;
};

inline uint64_t hash_bytes(const char* p, size_t n) {
    ByteHasher h(n);
    const size_t whole = n & ~size_t(7);
    h.update(p, whole);
    return h.finish(p ? p + whole : p, n - whole);
}

inline uint64_t hash_string(std::string_view s) {
    return hash_bytes(s.data(), s.size());
}

} // namespace sv
