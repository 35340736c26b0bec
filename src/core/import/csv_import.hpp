// csv_import.hpp — CSV/TSV files (generic with header aliases and --map, and the known CSV exports) into
// the CommentSink, in resumable slices, reading the text chunk by chunk (issue 9).
//
// The text lives in one window buffer: the tail of a record cut by the chunk end, then the next decoded
// chunk. When the reader reaches the window's end inside a record, the records before it are added, the
// tail moves to the front and the feed appends the next chunk. So the whole file is never in memory: the
// window is about one chunk (8 MiB) plus the longest record.
#pragma once
#include "core/base/error.hpp"
#include "core/import/column_map.hpp"
#include "core/import/comment_sink.hpp"
#include "core/import/csv_reader.hpp"
#include "core/import/text_feed.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sv {

class CsvImport {
public:
    // `window` (empty) is the buffer the text passes through; `feed` gives the text. Both must outlive this.
    CsvImport(std::vector<char>& window, TextFeed& feed, CommentSink& sink, ImportReport& report,
              CommentStore& store, const ImportOptions& options);

    // Reads the dialect (from `sample`, the first text: kSniffBytes of it) and the header, maps the columns.
    // Fails when no text column can be found.
    Status start(std::string_view sample);
    static constexpr size_t kSniffBytes = size_t(64) << 10;
    // Reads rows for about `budget_ms`; returns true when the file is done (or failed()).
    bool step(double budget_ms);
    uint64_t bytes_done() const { return reader_ ? reader_->base() + reader_->offset() : 0; }
    // The source broke while reading (error() says why).
    bool failed() const { return failed_; }
    const Error& error() const { return error_; }

private:
    // One record read ahead of processing (the batch lets author lookups be prefetched together).
    struct Record {
        std::vector<std::string_view> fields; // views into the buffer (stable while importing)
        int64_t line = 1;                     // where the record starts
        size_t offset = 0, end = 0;           // its bytes (in the window)
        RawComment comment;                   // mapped fields (valid when `mapped`)
        std::string decoded_text;             // a Takeout JSON text cell, decoded (comment.text points here)
        bool mapped = false;                  // false: ragged, rejected when processed
    };
    static constexpr size_t kBatch = 16;
    void map_record(Record& r);
    void add_record(Record& r);
    Error located(Error e, const Record& r, int column) const;
    void reserve_text_ahead();
    // The reader needs the text after the window: moves the cut record to the front and appends the next
    // chunk. Returns false when the source has nothing yet (pending) or failed.
    bool refill();
    uint64_t total_bytes() const; // the text's size as far as known (the file's size until the end)

    std::vector<char>& text_;
    TextFeed& feed_;
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
    bool failed_ = false;
    Error error_;
};

} // namespace sv
