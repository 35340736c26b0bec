// takeout_text.hpp — the text cell of a Google Takeout YouTube comments.csv, which holds JSON rather than
// text (FORMATS.md §1.2): before June 2024 `{"takeoutSegments":[{"text":"..."}]}`, since then a
// comma-joined list of segments `{"text":"> I am"},{"text":"\n"},{"text":"the most..."}` that is not valid
// JSON on its own. Some rows hold plain text.
#pragma once
#include <string>
#include <string_view>

namespace sv {

// Decodes a Takeout text cell into `out` (the segments' texts joined) and returns true; returns false and
// leaves `out` alone when the cell is not such JSON (plain text is then used as it is).
bool decode_takeout_text(std::string_view cell, std::string& out);

} // namespace sv
