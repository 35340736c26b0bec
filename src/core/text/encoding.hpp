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

// decode_to_utf8 in slices, for the app's frame budget: the constructor handles a BOM and UTF-16 (rare, in
// one go); step() runs the UTF-8 validity scan, the one pass over a normal file, a few MiB at a time, and
// at the end converts Windows-1252 or repairs invalid sequences (rare, in one go).
class Utf8Decoder {
public:
    explicit Utf8Decoder(std::vector<char>& bytes); // `bytes` must outlive the decoder
    bool step(double budget_ms);                    // true when done
    const DecodedText& result() const { return result_; }
    size_t bytes_scanned() const { return scanned_; }

private:
    static constexpr size_t kSlice = size_t(1) << 21; // bytes scanned between clock checks
    std::vector<char>& bytes_;
    DecodedText result_;
    size_t scanned_ = 0;
    uint64_t invalid_ = 0, multibyte_ = 0, first_bad_ = 0;
    bool done_ = false;
};

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
