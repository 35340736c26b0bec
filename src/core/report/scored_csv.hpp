// scored_csv.hpp — one CSV row per accepted comment with the canonical columns (and the scores, once
// computed). Written through a sink in chunks, so a million rows never need one giant string.
//
// Spreadsheet safety: text cells that start with = + - @ (or a tab / carriage return) are prefixed with a
// single quote, so no spreadsheet runs them as formulas. Numeric columns are written as plain numbers.
#pragma once
#include "core/pipeline/analysis.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace sv {

using ByteSink = std::function<void(std::string_view)>;

void write_scored_csv(const Analysis& analysis, const ByteSink& sink);

// Appends `value` to `out` as one CSV cell (quoted when needed; formula-escaped when `text_cell`).
void append_csv_cell(std::string& out, std::string_view value, bool text_cell);

} // namespace sv
