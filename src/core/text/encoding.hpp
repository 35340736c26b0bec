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
