// error.hpp — the one error type of the core: errors caused by input are values, never aborts.
//
// An Error says what went wrong (kind + message), where (line, byte offset, column) and how to fix it
// (hint). `Result<T>` carries either a value or an Error. Asserts are for bugs only.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace sv {

// A rejected row's message and hint as a code (with `arg`, `detail`, `n1`, `n2`), so the app can write them
// in its UI language; the English `message` and `hint` stay what the CLI prints. Append new codes before
// `count` and give them their sv/de/en text in src/app/reason_text.cpp (a test checks every code).
enum class ErrorCode : uint16_t {
    none = 0,           // only the English text (options, I/O failures)
    ragged_row,         // n1 fields in the row, n2 in the header
    unterminated_quote, // a quoted field never closed; the rest of the file was read into it
    bad_timestamp,      // arg: the time as written (at most 60 bytes)
    empty_text,         // no text and no rating
    not_a_comment,      // arg: the export format's name, detail: what the item lacks (field names, English)
    json_not_closed,    // a JSON value not closed before the end of the file
    json_not_json,      // a line that is not JSON
    json_no_parse,      // a JSON value that does not parse
    xml_post_open,      // a Disqus <post> element is not closed
    deleted_post,       // a post Disqus marks as deleted
    spam_post,          // a post Disqus marks as spam
    // i18n branch: file-level errors (the whole file fails; the app's error view)
    file_empty,          // the file is empty (or only blanks)
    no_header_row,       // a CSV without a header row
    header_too_long,     // a CSV header longer than 1 MiB (or a quote never closed)
    no_text_column,      // arg: the file's columns, joined with ", "
    file_xlsx,           // an Excel workbook (.xlsx)
    file_zip,            // a zip archive
    file_zstd,           // zstd-compressed
    file_gzip,           // gzip-compressed
    file_pdf,            // a PDF document
    file_xls,            // an old Excel workbook (.xls)
    file_markup,         // XML or HTML other than a Disqus export
    json_file_too_large, // n1: the limit in MiB
    json_text_too_large, // n1: the text's size in MiB, n2: the limit in MiB
    json_too_deep,       // n1: the nesting limit
    json_empty,          // a JSON file without values
    json_first_bad,      // the first JSON values do not parse
    json_not_comments,   // arg: what the file holds (the core's English phrase, e.g. "X API v2 lists")
    json_unknown_shape,  // arg: the top-level keys ("keys a, b"), detail: the format names
    unknown_format,      // arg: the name given, detail: the format names
    count
};

struct Error {
    std::string kind;                 // short machine-readable kind, e.g. "bad_timestamp", "ragged_row"
    std::string message;              // what went wrong, for a person
    std::string hint;                 // how to fix it, for a person ("" when there is nothing to suggest)
    int64_t line = -1;                // 1-based line in the input, -1 when not applicable
    int64_t byte_offset = -1;         // 0-based byte offset in the input, -1 when not applicable
    int32_t column = -1;              // 0-based column (field index), -1 when not applicable
    std::string excerpt;              // a short excerpt of the offending input ("" when not applicable)
    ErrorCode code = ErrorCode::none; // message and hint as a code (for the app's UI language)
    std::string arg;                  // the code's text parameter (see ErrorCode)
    std::string detail;               // a second text parameter (see ErrorCode)
    int64_t n1 = -1, n2 = -1;         // the code's numbers (see ErrorCode)

    // "message (line 12, column 3) — hint"
    std::string to_string() const;
};

inline Error make_error(std::string kind, std::string message, std::string hint = {}) {
    Error e;
    e.kind = std::move(kind);
    e.message = std::move(message);
    e.hint = std::move(hint);
    return e;
}

// An Error with its code and the code's parameters (message and hint stay the English the CLI prints).
inline Error with_code(Error e, ErrorCode code, std::string arg = {}, std::string detail = {},
                       int64_t n1 = -1, int64_t n2 = -1) {
    e.code = code;
    e.arg = std::move(arg);
    e.detail = std::move(detail);
    e.n1 = n1;
    e.n2 = n2;
    return e;
}

// A value or an Error. Minimal on purpose: check ok(), then value() or error().
template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

// Result for operations that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

} // namespace sv
