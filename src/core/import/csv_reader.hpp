// csv_reader.hpp — a fast RFC 4180 reader over a mutable buffer, and dialect sniffing.
//
// One pass, no allocation per field: fields are string_views into the buffer; quoted fields with doubled
// quotes are unescaped in place (the result is never longer than the source) once their record is
// complete. Handles the delimiters `,` `;` TAB `|`, quoted fields with delimiters, quotes and newlines, and
// CRLF / LF / CR line ends.
//
// Chunks: the buffer may hold only part of the text (`final` false). A record that reaches the end of such
// a buffer is not read: next() says `need_more`, leaves the buffer untouched from the record's start on,
// and the caller moves that tail to the front of a buffer with the next chunk appended (rebase()). So a
// record, a CRLF or a doubled quote split across chunks reads exactly as in one buffer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sv {

// How the delimiter was chosen, as a code (CsvDialect::reason in English), for the app's UI language.
enum class DelimiterWhy : uint8_t { none = 0, sep_line, one_column, header_only, header_and_rows };

struct CsvDialect {
    char delimiter = ',';                  // , ; \t |
    size_t skip_bytes = 0;                 // bytes to skip before the header (an Excel "sep=;" line)
    const char* reason = "";               // how the delimiter was chosen, for the report
    DelimiterWhy why = DelimiterWhy::none; // `reason` as a code
};

// Chooses the delimiter by counting candidates outside quotes in the first records: the one that occurs
// in the header and the same number of times in most of the following records wins.
CsvDialect sniff_csv(std::string_view text);

class CsvReader {
public:
    enum class Status : uint8_t {
        record,             // a record was read into `fields`
        end,                // no more input
        unterminated_quote, // the input ended inside a quoted field (fields hold what was read)
        need_more,          // (not final) the next record reaches the buffer's end: rebase() with more
    };

    CsvReader(char* data, size_t size, char delimiter, size_t start = 0, bool final = true);
    // Continues in a new buffer: `data[pos]` is the byte the reader stopped at (offset() of the old
    // buffer, moved); `base` is the absolute text offset of data[0]; `final`: nothing follows the buffer.
    void rebase(char* data, size_t size, size_t pos, uint64_t base, bool final);

    // Reads the next record (blank lines are skipped). `fields` is cleared first.
    Status next(std::vector<std::string_view>& fields);

    int64_t record_line() const { return record_line_; }    // 1-based line where the last record began
    size_t record_offset() const { return record_offset_; } // where the last record began (in the buffer)
    size_t offset() const { return pos_; }                  // where the reader is (in the buffer)
    uint64_t base() const { return base_; }                 // absolute text offset of the buffer's start
    size_t size() const { return size_; }
    // Text after a closing quote ("a"b,) was kept as part of the field in the last record.
    bool stray_quote() const { return stray_quote_; }
    // The last record's raw bytes (before unescaping; may be altered by in-place unescaping).
    std::string_view record_bytes() const { return {data_ + record_offset_, pos_ - record_offset_}; }

private:
    struct Escaped {
        size_t field;      // index into fields
        size_t begin, end; // raw bytes after the opening quote, up to the field's end
    };
    Status abandon();                                     // need_more: back to the record's start
    void unescape(std::vector<std::string_view>& fields); // the record is complete: rewrite escaped fields
    size_t find_stop(size_t pos) const;                   // first delimiter / CR / LF at or after pos

    char* data_;
    size_t size_;
    size_t pos_;
    char delim_;
    int64_t line_ = 1;
    int64_t record_line_ = 1;
    size_t record_offset_ = 0;
    bool stray_quote_ = false;
    bool final_ = true;
    uint64_t base_ = 0;
    std::vector<Escaped> escaped_; // fields of the current record that need unescaping
    bool stop_[256] = {};          // bytes that end an unquoted field
};

} // namespace sv
