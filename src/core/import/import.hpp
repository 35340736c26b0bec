// import.hpp — turning the bytes of an export into canonical comments (CommentStore) and an ImportReport.
#pragma once
#include "core/pipeline/job.hpp"
#include "core/time/timestamp.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace sv {

struct Analysis;

struct ImportOptions {
    std::string format;               // "" = detect; otherwise a format name (see `stormvakt analyze --help`)
    std::vector<std::string> mapping; // explicit column mapping "text=COL", "time=COL", ... (generic CSV)
    int64_t reference_time = 0;       // "now" for relative timestamps ("2 days ago"); 0 = file's or clock's
    // The order of ambiguous numeric dates (03/04/2025): unknown = decided from the whole column;
    // day_first / month_first = forced (--date-order dmy|mdy, loadFile's dateOrder, or date_order= in the
    // mapping), and the report says so.
    DateOrder date_order = DateOrder::unknown;
};

class ByteSource;

// "dmy" / "mdy" / "auto" (also "day_first", "month_first") -> `out`; false for anything else.
bool parse_date_order(std::string_view s, DateOrder& out);

// A resumable job that imports `bytes` into analysis.comments and analysis.import.
std::unique_ptr<Job> make_import_job(Analysis& analysis, std::vector<char> bytes,
                                     const ImportOptions& options);
// The same, pulling the file from `source` chunk by chunk (`chunk_bytes` of raw bytes per read, and the
// most text moved into the CSV window at once; tests use tiny ones). While the source is `pending` the job
// returns StepResult::more without work. The time spent in the source's reads is booked as
// timings_ms["read_file"], not "import".
std::unique_ptr<Job> make_import_job(Analysis& analysis, std::unique_ptr<ByteSource> source,
                                     const ImportOptions& options, size_t chunk_bytes = 0);

} // namespace sv
