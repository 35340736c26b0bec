// json_import.hpp — JSON comment exports into the CommentSink.
//
// Containers: one document, JSON Lines, concatenated objects (`}{`, pages `cat`-ed together), and the X
// archive's `window.YTD.<name>.partN = [...]` wrapper. The text is first cut into top-level values by a
// string-aware bracket scanner (which also enforces the depth limit); each value is parsed on its own, so
// a broken line is one reject with its line number, not a failed file. Numbers are never used for ids
// through a double: integer ids keep every digit.
#pragma once
#include "core/base/error.hpp"
#include "core/import/comment_sink.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sv {

inline constexpr size_t kMaxJsonDepth = 256;             // deeper nesting is an error
inline constexpr size_t kMaxJsonBytes = size_t(1) << 30; // 1 GiB

// One top-level value of a JSON text.
struct JsonSpan {
    size_t offset = 0;    // byte offset of its first character
    size_t size = 0;      // bytes
    int64_t line = 1;     // 1-based line where it starts
    bool complete = true; // false when the text ended inside it, or it is not JSON at all
};

// Cuts `text` into top-level values. Fails on nesting deeper than kMaxJsonDepth or text over kMaxJsonBytes.
Result<std::vector<JsonSpan>> split_json_values(std::string_view text);

// Strips `window.YTD.tweets.part0 = ` (and a trailing ';'); returns the offset where the JSON starts, or 0.
size_t x_archive_prefix(std::string_view text);

// Names of the JSON formats (for --format and help texts).
std::vector<std::string> json_format_names();
bool is_json_format(std::string_view name);

// Imports `text` (UTF-8). Sets report.format / format_reason. Errors for unreadable or unknown documents.
Status import_json(std::string_view text, CommentSink& sink, ImportReport& report,
                   const ImportOptions& options);

} // namespace sv
