// brief_format.hpp — escaping and formatting shared by the Markdown and HTML briefs and their charts.
#pragma once
#include "core/guideline/situation.hpp"

#include <string>
#include <string_view>

namespace sv {

// Escapes & < > " ' for HTML text and attribute values. Invalid UTF-8 is passed through byte by byte (the
// page is UTF-8; browsers show U+FFFD); control characters other than tab/newline become spaces.
std::string escape_html(std::string_view text);
// Escapes Markdown syntax (\ ` * _ [ ] < > # | ! and a leading -, +, digits-dot) and folds newlines into
// spaces, so comment text stays plain text inside a line or a table cell.
std::string escape_markdown(std::string_view text);
// At most `max_bytes` of `text`, cut at a UTF-8 boundary, with "…" when cut.
std::string excerpt(std::string_view text, size_t max_bytes);

// "2025-03-14 13:35" in the Situation's local time (UTC + utc_offset_minutes); "" for kNoTime.
std::string format_local(const Situation& s, int64_t utc_seconds);
// "UTC+01:00"
std::string format_utc_offset(int32_t minutes);

} // namespace sv
