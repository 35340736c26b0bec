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

struct ImportReport {
    std::string format;         // chosen format, e.g. "generic_csv", "youtube_api"
    std::string format_reason;  // why it was chosen (or "chosen by the user")
    FormatWhy format_why;       // format_reason as codes (for the app)
    std::string encoding;       // "utf-8", "utf-8-bom", "utf-16le", "windows-1252", ...
    uint64_t rows_read = 0;     // records seen in the file
    uint64_t rows_accepted = 0; // became comments
    uint64_t rows_rejected = 0; // rows_read - rows_accepted
    static constexpr size_t kMaxRejectExamples = 100;
    std::vector<Error> rejects;                       // the first kMaxRejectExamples rejects, in file order
    std::map<std::string, uint64_t> rejects_by_kind;  // every reject counted by Error::kind
    std::vector<std::string> warnings;                // file-level notices (repairs, ambiguities), for people
    std::string date_order_forced;                    // "dmy" / "mdy" when the user forced it, else ""
    uint64_t replies_linked = 0;                      // comments whose parent was found in the file
    std::map<std::string, uint64_t> precision_counts; // comments per TimePrecision name

    // Records a rejected row: counts it by kind, keeps it as an example while there is room.
    void reject(Error e);
};

} // namespace sv
