// comment_sink.hpp — where every format's reader puts its comments: one call per record, in file order.
//
// The sink does the work every format shares: whitespace, HTML and entity decoding (keeping the original),
// Meta mojibake repair, timestamps (with the day/month order of numeric dates decided from the whole
// column, and relative times against a reference time), author interning with follower counts, and the
// row accounting of the ImportReport. finish() resolves the column-wide decisions and links replies.
#pragma once
#include "core/base/error.hpp"
#include "core/import/author_cache.hpp"
#include "core/import/import.hpp"
#include "core/import/import_report.hpp"
#include "core/store/comment_store.hpp"
#include "core/time/timestamp.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sv {

// One record as a reader found it. Strings are views valid for the call only.
struct RawComment {
    std::string_view id;       // platform id (exact string)
    std::string_view parent;   // parent id as found (normalised by the reader, or by the sink for Reddit)
    std::string_view thread;   // thread / post / video id
    std::string_view author;   // author name or id
    std::string_view text;     // text as found (HTML when `html`)
    std::string_view time;     // timestamp text (ignored when `seconds` is set)
    std::string_view lang;     // language code
    int64_t seconds = kNoTime; // a timestamp given as a number (epoch seconds)
    TimePrecision seconds_precision = TimePrecision::second;
    int64_t followers = -1, likes = -1, replies = -1, shares = -1; // -1 = unknown
    int rating = 0;                                                // 1..5, 0 = none
    bool html = false;     // text is HTML (strip tags) rather than plain text with entities
    bool mojibake = false; // text may be Meta DYI mojibake (UTF-8 read as Latin-1)
    bool author_hashed =
        false; // author_hash holds AuthorCache::hash(trimmed author) (set by prefetch_author)
    uint64_t author_hash = 0;
};

class CommentSink {
public:
    CommentSink(CommentStore& store, ImportReport& report, const ImportOptions& options);

    // Adds one record: counts it as read, then either appends a comment (true) or fills `why` (false;
    // the caller adds where it happened and calls report.reject()).
    bool add(const RawComment& c, Error& why);
    // Hashes the (trimmed) author of `c` and prefetches its cache slot: call for a batch of records before
    // adding them, so the cache misses overlap.
    void prefetch_author(RawComment& c) const;
    // WebAssembly (no prefetch instruction, kLoadToPrefetch): loads the author's cache slot of a hashed `c`;
    // call for a batch of records in a loop of its own before adding them, so the loads miss together.
    void load_author_slot(const RawComment& c) {
        if (c.author_hashed) authors_.prefetch(c.author_hash, loaded_);
    }
    // Counts a record as read and rejects it (a reader-level problem such as a ragged row).
    void reject(Error e);

    // Platform-specific parent normalisation (Reddit t1_/t3_ prefixes).
    void set_platform(Platform p);
    // Decides the day/month order, warns about Excel-mangled ids, counts precisions, links replies.
    void finish();
    // finish() without the reply links (the import job links them in slices with a ReplyLinker).
    void finish_columns();

    uint64_t rows() const { return report_.rows_read; }
    // The hash_string() of each added row's stored id and parent id (0 where empty), for ReplyLinker: made
    // while the bytes are in the cache. Moves them out.
    std::vector<uint64_t> take_id_hashes() { return std::move(id_hashes_); }
    std::vector<uint64_t> take_parent_hashes() { return std::move(parent_hashes_); }

private:
    void resolve_date_order();

    CommentStore& store_;
    ImportReport& report_;
    ImportOptions options_;
    Platform platform_ = Platform::unknown;
    std::string scratch_, scratch2_;
    int text_original_ = -1; // index into store_.extras, -1 = none yet
    uint64_t day_first_evidence_ = 0, month_first_evidence_ = 0;
    std::vector<std::pair<uint32_t, int64_t>> ambiguous_; // row -> month-first reading
    uint64_t excel_ids_ = 0;                              // ids like 1.97737E+18
    std::string excel_example_;
    uint64_t relative_ = 0, naive_times_ = 0;
    AuthorCache authors_;
    std::string last_thread_;              // the previous row's thread ...
    uint32_t last_thread_id_ = UINT32_MAX; // ... and its id (UINT32_MAX = none yet)
    mutable uint32_t loaded_ = 0; // folded author-slot loads (WebAssembly's prefetch stand-in, never read)
    std::vector<uint64_t> id_hashes_, parent_hashes_; // per added row (take_id_hashes)
};

} // namespace sv
