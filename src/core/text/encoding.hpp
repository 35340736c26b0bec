// encoding.hpp — bytes to UTF-8 text: BOMs, UTF-16LE/BE, Windows-1252, invalid UTF-8 repair, and the
// Meta "Download your information" mojibake (UTF-8 bytes written as Latin-1 code points).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

struct DecodedText {
    std::string encoding;   // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
    uint64_t replaced = 0;  // invalid sequences replaced with U+FFFD
    uint64_t first_bad = 0; // byte offset of the first invalid sequence (when replaced > 0)
};

// Converts `bytes` in place to UTF-8 without a BOM. UTF-16 needs a BOM (or many NUL bytes); text that is
// not valid UTF-8 is read as Windows-1252 when it looks like it (no valid multi-byte sequence at all),
// otherwise invalid sequences become U+FFFD and are counted.
DecodedText decode_to_utf8(std::vector<char>& bytes);

// decode_to_utf8 for input that arrives in chunks (the import reads files chunk by chunk, issue 9): feed()
// takes the next raw bytes and appends their UTF-8 to `out`, holding back a sequence (or UTF-16 unit) cut
// by the chunk end until the next feed. The output is the same for every way of cutting the input.
//
// The encoding is decided from the first kProbe bytes (all of a smaller file, so the same rule as before
// for those): a BOM; UTF-16 by NUL bytes in the first KiB; Windows-1252 when the probe has invalid UTF-8
// and no valid multi-byte sequence at all; otherwise UTF-8, with invalid sequences replaced by U+FFFD and
// counted. A probe that is pure ASCII leaves the choice to the first non-ASCII sequence after it: valid
// UTF-8 means UTF-8, an invalid one means Windows-1252 (the ASCII before reads the same either way).
class StreamDecoder {
public:
    static constexpr size_t kProbe = size_t(1) << 20;
    // `probe`: raw bytes that decide the encoding (tests use small ones; at least 4, for a BOM).
    explicit StreamDecoder(size_t probe = kProbe) : probe_(probe < 4 ? 4 : probe) {}
    // Decodes the next `n` raw bytes; `last` says no more follow (a held-back tail is then decoded too).
    void feed(const char* in, size_t n, bool last, std::vector<char>& out);
    // The encoding and the repairs, final after the last feed.
    const DecodedText& result() const { return result_; }
    bool decided() const { return mode_ != Mode::probe; }

private:
    enum class Mode : uint8_t { probe, ascii_so_far, utf8, cp1252, utf16le, utf16be };
    void decide(bool last);
    // Converts what it can of [p, p+n); returns the bytes consumed (less than n only when !last and the
    // input ends inside a sequence).
    size_t convert(const unsigned char* p, size_t n, bool last, std::vector<char>& out);
    size_t convert_utf8(const unsigned char* p, size_t n, bool last, std::vector<char>& out);
    size_t convert_utf16(const unsigned char* p, size_t n, bool last, std::vector<char>& out);
    void convert_cp1252(const unsigned char* p, size_t n, std::vector<char>& out);

    size_t probe_;
    Mode mode_ = Mode::probe;
    std::vector<char> held_; // the probe while deciding, then at most a cut sequence (< 4 bytes)
    uint64_t at_ = 0;        // raw offset (after a BOM) of the byte convert() starts at
    DecodedText result_;
};

// The first at most `max_bytes` of `s`, ending before a UTF-8 sequence the limit would cut (excerpts in
// reports must stay valid UTF-8: the JSON writer refuses anything else).
inline std::string_view utf8_prefix(std::string_view s, size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    size_t n = max_bytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n; // s[n]: the first byte left out
    return s.substr(0, n);
}

// `s` with every invalid UTF-8 byte replaced by U+FFFD (for excerpts of raw bytes in reports).
std::string valid_utf8(std::string_view s);

// True when all of `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);

// Appends the UTF-8 encoding of code point `cp` (invalid code points become U+FFFD).
void append_utf8(std::string& out, uint32_t cp);
// Writes the UTF-8 encoding of `cp` to `out` (room for 4 bytes); returns the bytes written.
size_t encode_utf8(uint32_t cp, char* out);

// Meta DYI mojibake: when every code point of `s` is <= U+00FF, at least one is >= U+0080, and the
// Latin-1 bytes form valid UTF-8, writes the repaired text to `out` and returns true.
bool repair_latin1_mojibake(std::string_view s, std::string& out);

} // namespace sv
