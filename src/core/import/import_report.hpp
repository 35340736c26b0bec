// import_report.hpp — what the importer tells about a file: the format it chose and why, and an account of
// every row (rows_read = rows_accepted + rows_rejected; nothing is dropped silently).
#pragma once
#include "core/base/error.hpp"
#include "core/import/csv_reader.hpp"
#include "core/store/comment_store.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sv {

// `format_reason` as codes, for the app's UI language (format_reason stays the CLI's English;
// english(FormatWhy) rebuilds it, and a test checks that it does for every fixture).
struct FormatWhy {
    enum class Kind : uint8_t { none = 0, csv_preset, csv_generic, json, disqus_xml };
    Kind kind = Kind::none;
    bool user_chosen = false; // --format named the format
    std::string signature;    // csv_preset / json: the headers or keys that identified it, as the core wrote
                              // them (field names; "" when user_chosen)
    std::string delimiter;    // CSV: "TAB", "';'", "'|'" or "','"
    DelimiterWhy delimiter_why = DelimiterWhy::none; // csv_generic: how the delimiter was chosen
    int64_t json_values = 0; // json: values read (1: one document); -1: an X archive file (window.YTD...)
    bool mapped = false;     // a mapping given with --map
};
std::string english(const FormatWhy& w);

// i18n branch: a file-level notice of the importer (ImportReport::warnings) as a code and its numbers, so the
// app writes it in the UI language. The English sentence is english(ImportWarning), written once there;
// ImportReport::warn() stores both. Append codes before `count` (the app has a text per code; a test checks).
enum class WarningCode : uint8_t {
    none = 0,
    dates_forced,         // n0: 1 month-first / 0 day-first (forced by the user), n1: ambiguous dates
    dates_forced_against, // n0: 1 month-first / 0 day-first (forced), n1: dates that only fit the other order
    dates_month_first,    // n0: dates that can only be month-first, n1: ambiguous dates that follow them
    dates_day_first,      // n0: dates that can only be day-first, n1: ambiguous dates that follow them
    dates_unknown_order,  // n0: ambiguous dates, read day-first
    dates_mixed,          // n0: dates only day-first, n1: dates only month-first
    excel_ids,            // n0: ids mangled by Excel, text: an example id
    relative_times,       // n0: relative timestamps, text: the reference time (ISO 8601)
    naive_times,          // n0: timestamps without a time zone (read as UTC)
    reddit_more,          // n0: Reddit "more" stubs skipped
    skipped_items,        // n0: items that are not comments, skipped
    utf16_replaced,       // n0: invalid UTF-16 code units replaced
    utf8_replaced,        // n0: invalid UTF-8 sequences replaced, n1: the byte offset of the first
    windows_1252,         // the file was read as Windows-1252
    count
};

struct ImportWarning {
    WarningCode code = WarningCode::none;
    int64_t n[2] = {0, 0}; // the numbers the sentence needs (the code's comment says which)
    std::string text;      // a text from the data or the run the sentence quotes, verbatim
};
// The English sentence of a warning, as ImportReport::warnings (and the analyze JSON) carry it.
std::string english(const ImportWarning& w);

struct ImportReport {
    std::string format;         // chosen format, e.g. "generic_csv", "youtube_api"
    std::string format_reason;  // why it was chosen (or "chosen by the user")
    FormatWhy format_why;       // format_reason as codes (for the app)
    std::string encoding;       // "utf-8", "utf-8-bom", "utf-16le", "windows-1252", ...
    uint64_t rows_read = 0;     // records seen in the file
    uint64_t rows_accepted = 0; // became comments
    uint64_t rows_rejected = 0; // rows_read - rows_accepted
    static constexpr size_t kMaxRejectExamples = 100;
    std::vector<Error> rejects;                      // the first kMaxRejectExamples rejects, in file order
    std::map<std::string, uint64_t> rejects_by_kind; // every reject counted by Error::kind
    std::vector<std::string> warnings;               // file-level notices (repairs, ambiguities), for people
    std::vector<ImportWarning> warning_codes; // the same notices as codes, in the same order (see warn())
    std::string date_order_forced;            // "dmy" / "mdy" when the user forced it, else ""
    uint64_t replies_linked = 0;              // comments whose parent was found in the file
    std::map<std::string, uint64_t> precision_counts; // comments per TimePrecision name

    // Records a rejected row: counts it by kind, keeps it as an example while there is room.
    void reject(Error e);
    // Records a notice: its English sentence in `warnings`, its code in `warning_codes` (at the front when
    // `first`: the decoder's findings lead the list).
    void warn(ImportWarning w, bool first = false);
};

} // namespace sv
