// import.hpp — turning the bytes of an export into canonical comments (CommentStore) and an ImportReport.
#pragma once
#include "core/pipeline/job.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sv {

struct Analysis;

struct ImportOptions {
    std::string format;               // "" = detect; otherwise a format name (see `stormvakt analyze --help`)
    std::vector<std::string> mapping; // explicit column mapping "text=COL", "time=COL", ... (generic CSV)
    int64_t reference_time = 0;       // "now" for relative timestamps ("2 days ago"); 0 = file's or clock's
};

// A resumable job that imports `bytes` into analysis.comments and analysis.import.
std::unique_ptr<Job> make_import_job(Analysis& analysis, std::vector<char> bytes,
                                     const ImportOptions& options);

} // namespace sv
