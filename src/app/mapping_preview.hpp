// mapping_preview.hpp — the column-mapping dialog's model (no ImGui here, so the tests can use it): the
// headers of a CSV file and the mapping the core guesses from their names (core/import/column_map), the
// user's choice, and a live preview: the first kRows records parsed by the core importer with that
// choice, exactly as `stormvakt analyze --map ...` reads them (only the file's first bytes are read).
#pragma once
#include "core/import/column_map.hpp"
#include "core/pipeline/analysis.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sv::app {

struct MappingPreview {
    static constexpr size_t kRows = 20;            // records previewed
    static constexpr size_t kHeadBytes = 1u << 20; // bytes of the file kept for the preview (at most)

    std::string name;                    // file name
    bool csv = false;                    // the file reads as a CSV with a header (else why_not says why)
    std::string why_not;                 // why there is no mapping to change
    std::vector<std::string> headers;    // the file's columns, as written
    std::vector<std::string> normalised; // ... normalised (normalise_header)
    ColumnMap guessed;                   // by name and alias (match_headers), the importer's own guess
    std::string preset;                  // a recognised export's format name ("" = generic CSV)
    ColumnMap chosen;                    // the user's mapping (starts as `guessed`)
    std::string text;                    // header + the first kRows records (UTF-8), what is parsed
    std::vector<int64_t> record_lines;   // line where each previewed record starts

    // The last parse of `text` with `chosen`:
    std::unique_ptr<Analysis> parsed; // comments (up to kRows) and the import report (rejects)
    bool parse_failed = false;        // the importer refused the mapping (parse_error says why)
    Error parse_error;
    uint64_t version = 0; // bumps on every parse
};

// Reads the header of `head` (the first bytes of a file, at most kHeadBytes), guesses the mapping and
// parses the first records. False (and p.csv false, p.why_not) when the file is not a CSV with a header.
bool open_mapping_preview(MappingPreview& p, std::string name, const char* head, size_t size);
// Sets `field` to `column` (-1: none); a column feeds one field, so any other field loses it. Re-parses.
void set_mapping_field(MappingPreview& p, Field field, int column);
// Parses the previewed records again with p.chosen.
void refresh_mapping_preview(MappingPreview& p);
// The changes from the guess as `--map` entries ("time=When", "likes=none"), in field order; empty when
// the guess is kept. A column is named by its header, or by its 1-based number when the header is empty or
// holds ',' or '='.
std::vector<std::string> mapping_entries(const MappingPreview& p);
// The entries joined with ',' (what `stormvakt analyze FILE --map ...` takes).
std::string mapping_spec(const MappingPreview& p);
// Splits a `--map` string ("text=Body,time=When") into entries.
std::vector<std::string> split_mapping_spec(const std::string& spec);
// The preview as JSON (window.stormvakt.mappingPreview()): file, csv, format, headers, fields, guessed,
// map, rows [{line, ok, text, time, precision, author, ... | kind, message, hint}], error.
std::string mapping_preview_json(const MappingPreview& p);

} // namespace sv::app
