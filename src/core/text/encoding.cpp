// encoding.cpp — see encoding.hpp.
//
// [SECTION] UTF-8 encode / validate
// [SECTION] UTF-16 and Windows-1252 to UTF-8
// [SECTION] decode_to_utf8, mojibake repair
#include "core/text/encoding.hpp"

#include "core/base/clock.hpp"

#include <cstring>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] UTF-8 encode / validate
// ---------------------------------------------------------------------------------------------------------

size_t encode_utf8(uint32_t cp, char* out) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

void append_utf8(std::string& out, uint32_t cp) {
    char buf[4];
    out.append(buf, encode_utf8(cp, buf));
}

namespace {

// Length of the valid UTF-8 sequence at p (1..4), or 0 when invalid / truncated.
inline size_t utf8_sequence(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    const size_t left = static_cast<size_t>(end - p);
    if (c >= 0xC2 && c <= 0xDF) return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
        if (c == 0xED && p[1] >= 0xA0) return 0; // surrogates
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;
        if (c == 0xF4 && p[1] >= 0x90) return 0;
        return 4;
    }
    return 0;
}

// Skips ASCII 8 bytes at a time.
inline const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) {
    while (end - p >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ULL) break;
        p += 8;
    }
    while (p < end && *p < 0x80) ++p;
    return p;
}

struct Utf8Scan {
    uint64_t invalid = 0;   // invalid sequences
    uint64_t multibyte = 0; // valid multi-byte sequences
    uint64_t first_bad = 0;
};

Utf8Scan scan_utf8(const unsigned char* p, const unsigned char* end) {
    Utf8Scan s;
    const unsigned char* begin = p;
    for (;;) {
        p = skip_ascii(p, end);
        if (p >= end) break;
        const size_t n = utf8_sequence(p, end);
        if (n == 0) {
            if (s.invalid == 0) s.first_bad = static_cast<uint64_t>(p - begin);
            ++s.invalid;
            ++p;
        } else {
            ++s.multibyte;
            p += n;
        }
    }
    return s;
}

} // namespace

bool is_valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    return scan_utf8(p, p + s.size()).invalid == 0;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] UTF-16 and Windows-1252 to UTF-8
// ---------------------------------------------------------------------------------------------------------

namespace {

// Windows-1252 0x80..0x9F (0 = undefined, read as the C1 control of the same value).
constexpr uint16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::vector<char> utf16_to_utf8(const std::vector<char>& in, size_t start, bool little, uint64_t& replaced) {
    std::vector<char> out;
    out.reserve((in.size() - start) * 3 / 2 + 4);
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    const size_t n = in.size();
    auto unit = [&](size_t i) -> uint32_t {
        return little ? (p[i] | (p[i + 1] << 8)) : ((p[i] << 8) | p[i + 1]);
    };
    char buf[4];
    size_t i = start;
    for (; i + 1 < n; i += 2) {
        uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 < n) {
                const uint32_t lo = unit(i + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 2;
                } else {
                    cp = 0xFFFD, ++replaced;
                }
            } else {
                cp = 0xFFFD, ++replaced;
            }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD, ++replaced;
        }
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else {
            const size_t k = encode_utf8(cp, buf);
            out.insert(out.end(), buf, buf + k);
        }
    }
    if (i < n) ++replaced; // odd trailing byte
    return out;
}

std::vector<char> cp1252_to_utf8(const std::vector<char>& in) {
    std::vector<char> out;
    out.reserve(in.size() + in.size() / 8);
    char buf[4];
    for (const char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.push_back(ch);
            continue;
        }
        uint32_t cp = c;
        if (c < 0xA0 && kCp1252High[c - 0x80] != 0) cp = kCp1252High[c - 0x80];
        const size_t k = encode_utf8(cp, buf);
        out.insert(out.end(), buf, buf + k);
    }
    return out;
}

std::vector<char> repair_utf8(const std::vector<char>& in) {
    std::vector<char> out;
    out.reserve(in.size() + 64);
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    const auto* end = p + in.size();
    while (p < end) {
        const unsigned char* q = skip_ascii(p, end);
        out.insert(out.end(), reinterpret_cast<const char*>(p), reinterpret_cast<const char*>(q));
        p = q;
        if (p >= end) break;
        const size_t n = utf8_sequence(p, end);
        if (n == 0) {
            static const char kReplacement[] = "\xEF\xBF\xBD";
            out.insert(out.end(), kReplacement, kReplacement + 3);
            ++p;
        } else {
            out.insert(out.end(), reinterpret_cast<const char*>(p), reinterpret_cast<const char*>(p + n));
            p += n;
        }
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] decode_to_utf8, mojibake repair
// ---------------------------------------------------------------------------------------------------------

Utf8Decoder::Utf8Decoder(std::vector<char>& bytes) : bytes_(bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        result_.encoding = "utf-16le";
        bytes = utf16_to_utf8(bytes, 2, true, result_.replaced);
        done_ = true;
        return;
    }
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        result_.encoding = "utf-16be";
        bytes = utf16_to_utf8(bytes, 2, false, result_.replaced);
        done_ = true;
        return;
    }
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        result_.encoding = "utf-8-bom";
        bytes.erase(bytes.begin(), bytes.begin() + 3);
        return;
    }
    result_.encoding = "utf-8";
    // UTF-16 without a BOM: many NUL bytes at odd (LE) or even (BE) positions in the first KiB.
    const size_t probe = n < 1024 ? n : 1024;
    size_t nul_even = 0, nul_odd = 0;
    for (size_t i = 0; i < probe; ++i)
        if (p[i] == 0) (i & 1 ? nul_odd : nul_even)++;
    if (probe >= 4 && (nul_odd > probe / 4 || nul_even > probe / 4)) {
        const bool little = nul_odd > nul_even;
        result_.encoding = little ? "utf-16le" : "utf-16be";
        bytes = utf16_to_utf8(bytes, 0, little, result_.replaced);
        done_ = true;
    }
}

bool Utf8Decoder::step(double budget_ms) {
    const double start = clock_ms();
    const auto* b = reinterpret_cast<const unsigned char*>(bytes_.data());
    const size_t n = bytes_.size();
    while (!done_ && scanned_ < n) {
        // A slice of kSlice bytes, ended before a lead byte so that no sequence is cut in two (at most
        // three continuation bytes are given back; longer runs are invalid byte by byte either way).
        size_t end = n - scanned_ > kSlice ? scanned_ + kSlice : n;
        for (int k = 0; k < 3 && end < n && end > scanned_ + 1 && (b[end] & 0xC0) == 0x80; ++k) --end;
        const Utf8Scan s = scan_utf8(b + scanned_, b + end);
        if (s.invalid > 0 && invalid_ == 0) first_bad_ = scanned_ + s.first_bad;
        invalid_ += s.invalid;
        multibyte_ += s.multibyte;
        scanned_ = end;
        if (clock_ms() - start >= budget_ms) break;
    }
    if (done_ || scanned_ < n) return done_;
    done_ = true;
    if (invalid_ == 0) return true;
    // Not valid UTF-8 (rare; these conversions run in one go).
    if (multibyte_ == 0 && result_.encoding == "utf-8") {
        result_.encoding = "windows-1252";
        bytes_ = cp1252_to_utf8(bytes_);
        return true;
    }
    result_.replaced = invalid_;
    result_.first_bad = first_bad_;
    bytes_ = repair_utf8(bytes_);
    return true;
}

DecodedText decode_to_utf8(std::vector<char>& bytes) {
    Utf8Decoder decoder(bytes);
    while (!decoder.step(1e9)) {}
    return decoder.result();
}

bool repair_latin1_mojibake(std::string_view s, std::string& out) {
    // Decode s as UTF-8 code points; all must be <= 0xFF and at least one >= 0x80.
    out.clear();
    bool high = false;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const size_t n = utf8_sequence(p, end);
        if (n == 0) return false;
        if (n == 1) {
            out.push_back(static_cast<char>(*p));
        } else if (n == 2) {
            const uint32_t cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
            if (cp > 0xFF) return false;
            high = true;
            out.push_back(static_cast<char>(cp));
        } else {
            return false;
        }
        p += n;
    }
    return high && is_valid_utf8(out);
}

} // namespace sv
