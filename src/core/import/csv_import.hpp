// csv_import.hpp — CSV/TSV files (generic with header aliases and --map, and the known CSV exports) into
// the CommentSink, in resumable slices.
#pragma once
#include "core/base/error.hpp"
#include "core/import/column_map.hpp"
#include "core/import/comment_sink.hpp"
#include "core/import/csv_reader.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sv {

class CsvImport {
public:
    // `text` is the decoded UTF-8 buffer (modified in place); it must outlive this object.
    CsvImport(std::vector<char>& text, CommentSink& sink, ImportReport& report, CommentStore& store,
              const ImportOptions& options);

    // Reads the dialect and the header, maps the columns. Fails when no text column can be found.
    Status start();
    // Reads rows for about `budget_ms`; returns true when the file is done.
    bool step(double budget_ms);
    uint64_t bytes_done() const { return reader_ ? reader_->offset() : 0; }

private:
    // One record read ahead of processing (the batch lets author lookups be prefetched together).
    struct Record {
        std::vector<std::string_view> fields; // views into the buffer (stable while importing)
        int64_t line = 1;                     // where the record starts
        size_t offset = 0, end = 0;           // its bytes
        RawComment comment;                   // mapped fields (valid when `mapped`)
        std::string decoded_text;             // a Takeout JSON text cell, decoded (comment.text points here)
        bool mapped = false;                  // false: ragged, rejected when processed
    };
    static constexpr size_t kBatch = 16;
    void map_record(Record& r);
    void add_record(Record& r);
    Error located(Error e, const Record& r, int column) const;
    void reserve_text_ahead();

    std::vector<char>& text_;
    CommentSink& sink_;
    ImportReport& report_;
    CommentStore& store_;
    ImportOptions options_;
    std::unique_ptr<CsvReader> reader_;
    std::vector<std::string> headers_;
    ColumnMap map_;
    std::vector<int> extra_columns_; // column -> index into store_.extras (or -1)
    std::vector<std::string_view> fields_;
    std::vector<Record> batch_;
    bool takeout_text_ = false; // Google Takeout: text cells hold JSON segments (decode_takeout_text)
    size_t header_end_ = 0;     // where the records start
    bool done_ = false;
};

} // namespace sv
