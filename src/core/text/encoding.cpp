// encoding.cpp — see encoding.hpp.
//
// [SECTION] UTF-8 encode / validate
// [SECTION] UTF-16 and Windows-1252 to UTF-8
// [SECTION] decode_to_utf8, mojibake repair
#include "core/text/encoding.hpp"
#include "core/text/simd_bytes.hpp"

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

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const size_t n = utf8_sequence(p, end);
        if (n == 0) {
            out.append("\xEF\xBF\xBD");
            ++p;
        } else {
            out.append(reinterpret_cast<const char*>(p), n);
            p += n;
        }
    }
    return out;
}

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

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] decode_to_utf8, mojibake repair
// ---------------------------------------------------------------------------------------------------------

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

void put_replacement(std::vector<char>& out) {
    out.insert(out.end(), kReplacement, kReplacement + 3);
}

void put_cp(std::vector<char>& out, uint32_t cp) {
    char buf[4];
    out.insert(out.end(), buf, buf + encode_utf8(cp, buf));
}

// True when [p, end) is the start of a valid sequence that more bytes could complete.
bool utf8_prefix(const unsigned char* p, const unsigned char* end) {
    const size_t left = static_cast<size_t>(end - p);
    const unsigned char c = p[0];
    size_t need = 0;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 4;
    if (need == 0 || left >= need) return false;
    for (size_t i = 1; i < left; ++i)
        if ((p[i] & 0xC0) != 0x80) return false;
    if (left >= 2) {
        if (c == 0xE0 && p[1] < 0xA0) return false;
        if (c == 0xED && p[1] >= 0xA0) return false;
        if (c == 0xF0 && p[1] < 0x90) return false;
        if (c == 0xF4 && p[1] >= 0x90) return false;
    }
    return true;
}

} // namespace

void StreamDecoder::decide(bool last) {
    const auto* p = reinterpret_cast<const unsigned char*>(held_.data());
    const size_t n = held_.size();
    size_t skip = 0;
    result_.encoding = "utf-8";
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        result_.encoding = "utf-16le", mode_ = Mode::utf16le, skip = 2;
    } else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        result_.encoding = "utf-16be", mode_ = Mode::utf16be, skip = 2;
    } else if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        result_.encoding = "utf-8-bom", mode_ = Mode::utf8, skip = 3;
    } else {
        // UTF-16 without a BOM: many NUL bytes at odd (LE) or even (BE) positions in the first KiB.
        const size_t probe = n < 1024 ? n : 1024;
        size_t nul_even = 0, nul_odd = 0;
        for (size_t i = 0; i < probe; ++i)
            if (p[i] == 0) (i & 1 ? nul_odd : nul_even)++;
        if (probe >= 4 && (nul_odd > probe / 4 || nul_even > probe / 4)) {
            const bool little = nul_odd > nul_even;
            result_.encoding = little ? "utf-16le" : "utf-16be";
            mode_ = little ? Mode::utf16le : Mode::utf16be;
        } else {
            // A sequence cut by the end of the probe is not counted (the conversion sees it whole).
            size_t end = n;
            if (!last)
                for (size_t k = 0; k < 3 && end > 0 && p[end - 1] >= 0x80; ++k) --end;
            const Utf8Scan s = scan_utf8(p, p + end);
            mode_ = s.invalid > 0 && s.multibyte == 0  ? Mode::cp1252
                    : s.invalid > 0 || s.multibyte > 0 ? Mode::utf8
                                                       : Mode::ascii_so_far;
            if (mode_ == Mode::cp1252) result_.encoding = "windows-1252";
        }
    }
    if (skip) held_.erase(held_.begin(), held_.begin() + static_cast<std::ptrdiff_t>(skip));
}

void StreamDecoder::feed(const char* in, size_t n, bool last, std::vector<char>& out) {
    if (mode_ == Mode::probe) {
        held_.insert(held_.end(), in, in + n);
        if (held_.size() < probe_ && !last) return;
        decide(last);
        std::vector<char> probe;
        probe.swap(held_);
        const size_t used =
            convert(reinterpret_cast<const unsigned char*>(probe.data()), probe.size(), last, out);
        held_.assign(probe.begin() + static_cast<std::ptrdiff_t>(used), probe.end());
        return;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(in);
    if (!held_.empty()) {
        // Finish the cut sequence with the first bytes of this chunk.
        const size_t take = n < 8 ? n : 8;
        const size_t had = held_.size();
        std::vector<char> joined(held_);
        joined.insert(joined.end(), in, in + take);
        const size_t used = convert(reinterpret_cast<const unsigned char*>(joined.data()), joined.size(),
                                    last && take == n, out);
        if (take == n || used < had) { // (used < had cannot happen: sequences are at most 4 bytes)
            held_.assign(joined.begin() + static_cast<std::ptrdiff_t>(used), joined.end());
            held_.insert(held_.end(), in + take, in + n);
            return;
        }
        held_.clear();
        p += used - had;
        n -= used - had;
    }
    const size_t used = convert(p, n, last, out);
    held_.assign(reinterpret_cast<const char*>(p) + used, reinterpret_cast<const char*>(p) + n);
}

size_t StreamDecoder::convert(const unsigned char* p, size_t n, bool last, std::vector<char>& out) {
    size_t used = n;
    switch (mode_) {
    case Mode::probe: // decide() ran before
    case Mode::ascii_so_far:
    case Mode::utf8:
        used = convert_utf8(p, n, last, out);
        break;
    case Mode::cp1252:
        convert_cp1252(p, n, out);
        break;
    case Mode::utf16le:
    case Mode::utf16be:
        used = convert_utf16(p, n, last, out);
        break;
    }
    at_ += used;
    return used;
}

size_t StreamDecoder::convert_utf8(const unsigned char* p, size_t n, bool last, std::vector<char>& out) {
    const unsigned char* const end = p + n;
    size_t i = 0;
    while (i < n) {
        // Runs of ASCII and valid sequences are copied in one go.
        size_t j = i;
        for (;;) {
            j = static_cast<size_t>(skip_ascii(p + j, end) - p);
            if (j >= n) break;
            const size_t len = utf8_sequence(p + j, end);
            if (len == 0) break;
            if (mode_ == Mode::ascii_so_far) mode_ = Mode::utf8;
            j += len;
        }
        out.insert(out.end(), reinterpret_cast<const char*>(p + i), reinterpret_cast<const char*>(p + j));
        i = j;
        if (i >= n) break;
        if (!last && utf8_prefix(p + i, end)) return i; // cut by the chunk end: wait for the rest
        if (mode_ == Mode::ascii_so_far) {
            // The first non-ASCII byte is not UTF-8: the file is Windows-1252.
            mode_ = Mode::cp1252;
            result_.encoding = "windows-1252";
            convert_cp1252(p + i, n - i, out);
            return n;
        }
        if (result_.replaced == 0) result_.first_bad = at_ + i;
        ++result_.replaced;
        put_replacement(out);
        ++i;
    }
    return n;
}

void StreamDecoder::convert_cp1252(const unsigned char* p, size_t n, std::vector<char>& out) {
    const unsigned char* const end = p + n;
    while (p < end) {
        const unsigned char* q = skip_ascii(p, end);
        out.insert(out.end(), reinterpret_cast<const char*>(p), reinterpret_cast<const char*>(q));
        p = q;
        if (p >= end) break;
        const unsigned char c = *p++;
        uint32_t cp = c;
        if (c < 0xA0 && kCp1252High[c - 0x80] != 0) cp = kCp1252High[c - 0x80];
        put_cp(out, cp);
    }
}

size_t StreamDecoder::convert_utf16(const unsigned char* p, size_t n, bool last, std::vector<char>& out) {
    const bool little = mode_ == Mode::utf16le;
    auto unit = [&](size_t i) -> uint32_t {
        return little ? (p[i] | (p[i + 1] << 8)) : ((p[i] << 8) | p[i + 1]);
    };
    size_t i = 0;
    for (; i + 1 < n; i += 2) {
        uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 < n) {
                const uint32_t lo = unit(i + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 2;
                } else {
                    cp = 0xFFFD, ++result_.replaced;
                }
            } else if (!last) {
                return i; // the low surrogate is in the next chunk
            } else {
                cp = 0xFFFD, ++result_.replaced;
            }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD, ++result_.replaced;
        }
        if (cp < 0x80)
            out.push_back(static_cast<char>(cp));
        else
            put_cp(out, cp);
    }
    if (i < n) {
        if (!last) return i; // half a unit: wait for its other byte
        ++result_.replaced;  // odd trailing byte
    }
    return n;
}

DecodedText decode_to_utf8(std::vector<char>& bytes) {
    StreamDecoder decoder;
    std::vector<char> out;
    out.reserve(bytes.size() + 16);
    decoder.feed(bytes.data(), bytes.size(), true, out);
    bytes.swap(out);
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
