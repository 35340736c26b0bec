// mapping_dialog.hpp — the column-mapping dialog for a CSV file: one combo per canonical field (pre-filled
// with the core's guess from the headers), a live preview of the first 20 records as the importer reads
// them (times as parsed, with their precision; rejected rows highlighted with the importer's message), the
// equivalent `--map` string, and "Import with this mapping", which sends the file again through the page's
// own file path (platform::reimport_last_file) with that mapping.
#pragma once
#include "app/mapping_preview.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv {
struct AnalyzeOptions;
class ByteSource;
} // namespace sv

namespace sv::app {

struct AppState;

struct MappingState {
    MappingPreview preview; // the open case's file: headers, guess, choice, preview
    std::vector<char> head; // the first bytes of the file being analysed (MappingPreview::kHeadBytes)
    // The same, filled while the import reads the file (copied to `head` when the case arrives or fails).
    std::shared_ptr<std::vector<char>> head_capture;
    std::string head_name;  // its name
    std::string next;       // --map entries for the next file (the dialog's Import, loadFile's map)
    std::string importing;  // the map of the file being analysed
    std::string applied;    // the map the open case was imported with ("" = the guess)
    bool open = false;      // the dialog is shown
    std::string message;    // a notice in the dialog (e.g. the file cannot be sent again)
};

// A file arrives: its source is wrapped so that the first bytes the import reads are kept for the preview
// (the file itself is read in chunks and never whole); gives the next file's mapping to its import.
void mapping_file_received(AppState& state, const std::string& name, std::unique_ptr<ByteSource>& source,
                           AnalyzeOptions& options);
// A case arrives (analysed from a file, or re-opened from the saved cases): builds the preview; opens the
// dialog by itself for a generic CSV picked or dropped by the user whose guess left the text, time or author
// unmapped, rejected rows, or left columns unused (request 0; never for automation).
void mapping_case_arrived(AppState& state, bool reopened, uint32_t request);
// A file failed to import: builds the preview of its head, and opens the dialog by itself when the importer
// found no text column in a CSV picked or dropped by the user (request 0).
void mapping_file_failed(AppState& state, uint32_t request, const Error& error);
// "Change mapping…" (Import and Overview views): a button, disabled with the reason when the file cannot
// be re-mapped.
void mapping_button(AppState& state);
// The dialog (modal), drawn at the end of the frame while it is open.
void draw_mapping_dialog(AppState& state);
// "Import with this mapping": the map goes to the next file and the file is sent again.
void mapping_import(AppState& state);
// Automation (window.stormvakt): "mapping_preview", "mapping_set" ("field=COL"), "mapping_dialog" ("1"/"0"),
// "mapping_import", "next_map" (spec). Returns JSON, or "" when `command` is not a mapping command.
std::string mapping_automation(AppState& state, std::string_view command, std::string_view argument);

} // namespace sv::app
