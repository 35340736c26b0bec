// column_map.hpp — which column of a table (CSV header) feeds which canonical field.
//
// Headers are matched by name, never by position: normalised (trimmed, lower case, `_` `-` `.` as spaces,
// a trailing "(...)" dropped) and looked up in alias lists in English, Swedish and German. Known CSV
// exports (exportcomments, Google Play, Trustpilot, Reddit GDPR, twarc, ...) are presets on top of that.
#pragma once
#include "core/base/error.hpp"
#include "core/store/comment_store.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

enum class Field : uint8_t {
    id,
    parent,
    thread,
    author,
    followers,
    text,
    time,
    likes,
    replies,
    shares,
    rating,
    lang
};
inline constexpr size_t kFieldCount = 12;
const char* field_name(Field f);
bool field_from_name(std::string_view name, Field& out);

// "Comment_Text " -> "comment text"; "Name (click to view profile)" -> "name"; UTF-8 Å Ä Ö Ü lowered.
std::string normalise_header(std::string_view header);

struct ColumnMap {
    std::array<int, kFieldCount> column; // field -> column index, -1 when not mapped
    ColumnMap() { column.fill(-1); }
    int operator[](Field f) const { return column[static_cast<size_t>(f)]; }
    int& operator[](Field f) { return column[static_cast<size_t>(f)]; }
};

// A known CSV export recognised by its headers.
struct CsvPreset {
    const char* format; // report name, e.g. "exportcomments_youtube_csv"
    Platform platform;
    const char* reason; // why it matched (the headers that identify it)
};

struct HeaderMatch {
    ColumnMap map;
    const CsvPreset* preset = nullptr; // nullptr = generic CSV
};

// Finds a preset by its name (for --format); nullptr when unknown.
const CsvPreset* find_csv_preset(std::string_view format);
// Names of every CSV preset, for help texts.
std::vector<std::string> csv_preset_names();

// Matches normalised headers: a preset when the headers identify one (or `forced` names it), then the
// alias lists for every field still unmapped.
HeaderMatch match_headers(const std::vector<std::string>& normalised, const CsvPreset* forced = nullptr);

// Applies "field=COL" entries (COL is a header name or a 1-based column number) on top of `map`.
Status apply_mapping(const std::vector<std::string>& mapping, const std::vector<std::string>& headers,
                     const std::vector<std::string>& normalised, ColumnMap& map);

} // namespace sv
