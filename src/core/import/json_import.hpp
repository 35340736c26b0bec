// json_import.hpp — JSON comment exports (whole document, JSON Lines, concatenated objects, the X archive's
// `window.YTD...=` prefix) into the CommentSink: detection by signature, then one walker per format.
#pragma once
#include "core/base/error.hpp"
#include "core/import/comment_sink.hpp"

#include <string_view>

namespace sv {

inline constexpr size_t kMaxJsonDepth = 256;             // deeper nesting is an error
inline constexpr size_t kMaxJsonBytes = size_t(1) << 30; // 1 GiB

// Names of the JSON formats (for --format and help texts).
std::vector<std::string> json_format_names();
bool is_json_format(std::string_view name);

// Imports `text` (UTF-8). Sets report.format / format_reason. Errors for unreadable or unknown documents.
Status import_json(std::string_view text, CommentSink& sink, ImportReport& report,
                   const ImportOptions& options);

} // namespace sv
