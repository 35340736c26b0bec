// comment_store.hpp — the canonical comments of a case, held as columns (struct of arrays).
//
// [SECTION] Types: TimePrecision, Platform
// [SECTION] CommentStore: one column per field of the canonical comment (../shared/DESIGN.md), strings in
//           an arena, authors and threads interned; every pass over comments is a loop over a column.
//
// A comment is a row index 0..size()-1. All per-comment vectors have size() entries. Unknown values:
// created_at = kNoTime, counts = -1, rating = 0, followers = -1, parent = kNoParent.
#pragma once
#include "core/store/interner.hpp"
#include "core/store/string_arena.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Types
// ---------------------------------------------------------------------------------------------------------

// The precision a timestamp was given in. Ordered from least to most precise.
enum class TimePrecision : uint8_t {
    none = 0,     // no timestamp
    relative = 1, // "2 days ago": resolved against a reference time, only approximate
    day = 2,      // a calendar date without time of day
    minute = 3,   // HH:MM
    second = 4,   // HH:MM:SS or finer
};
const char* to_string(TimePrecision p);

enum class Platform : uint8_t {
    unknown = 0,
    youtube,
    twitter,
    reddit,
    facebook,
    instagram,
    tiktok,
    mastodon,
    bluesky,
    telegram,
    reviews,
    generic,
};
const char* to_string(Platform p);

inline constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();
inline constexpr int32_t kNoParent = -1;
inline constexpr int32_t kUnknownCount = -1;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] CommentStore
// ---------------------------------------------------------------------------------------------------------

// A column the importer did not map to a canonical field; kept so the user still sees it.
struct ExtraColumn {
    std::string name;          // header or JSON key as found in the file
    std::vector<TextRef> cell; // one per comment, into CommentStore::strings
};

class CommentStore {
public:
    // --- canonical columns (one entry per comment) ---
    std::vector<TextRef> id;         // platform id as an exact string ("" when the export has none)
    std::vector<TextRef> parent_id;  // id of the comment this one replies to, normalised ("" = top level)
    std::vector<int32_t> parent;     // row of the parent comment, kNoParent when top level or unresolved
    std::vector<uint32_t> thread;    // interned thread / post / video id (threads.name(x))
    std::vector<uint32_t> author;    // interned author name or id (authors.name(x))
    std::vector<int64_t> created_at; // UTC seconds since 1970, kNoTime when unknown
    std::vector<TimePrecision> precision; // how precise created_at is
    std::vector<TextRef> text;            // plain text: HTML and entities decoded, whitespace normalised
    std::vector<int32_t> likes;           // likes / favourites / score, kUnknownCount when absent
    std::vector<int32_t> replies;        // reply count as reported by the platform, kUnknownCount when absent
    std::vector<int32_t> shares;         // shares / retweets / reblogs, kUnknownCount when absent
    std::vector<int8_t> rating;          // review stars 1..5, 0 when absent
    std::vector<TextRef> language_given; // language code from the export ("" when absent)

    // --- per author (indexed by author id) ---
    Interner authors;                      // author names or ids
    std::vector<int64_t> author_followers; // followers of each author (max seen), -1 when unknown

    // --- per thread ---
    Interner threads;

    // --- strings and extras ---
    StringArena strings;             // all TextRefs above point here
    std::vector<ExtraColumn> extras; // unmapped columns, kept and shown
    Platform platform = Platform::unknown;

    // --- access ---
    size_t size() const { return created_at.size(); }
    bool empty() const { return created_at.empty(); }
    std::string_view str(TextRef r) const { return strings.view(r); }
    std::string_view text_of(size_t row) const { return strings.view(text[row]); }
    std::string_view id_of(size_t row) const { return strings.view(id[row]); }
    std::string_view author_of(size_t row) const { return authors.name(author[row]); }
    int64_t followers_of_author(uint32_t a) const {
        return a < author_followers.size() ? author_followers[a] : -1;
    }

    // --- building ---
    // Reserves room for `rows` comments with about `text_bytes` of text in total.
    void reserve(size_t rows, size_t text_bytes);
    // Appends one comment with every column at its "unknown" value; returns its row. Fill the columns after.
    size_t append_row();
    // Interns an author and makes sure author_followers has an entry for it; keeps the largest count seen.
    uint32_t add_author(std::string_view name, int64_t followers = -1);
    // Links parent_id -> parent row across the whole store (by exact id match). Returns replies linked.
    size_t link_replies();
    // Releases unused capacity (after import).
    void shrink_to_fit();
    // Approximate heap bytes held (for the memory report).
    size_t memory_bytes() const;
    void clear();
};

// link_replies() in slices, for the app's frame budget: step() hashes the ids, then resolves parent ids,
// a slice of rows at a time. The store must not change while a linker works on it.
class ReplyLinker {
public:
    explicit ReplyLinker(CommentStore& store);
    // With the hash_string() of every row's id and parent id (0 where empty) made while the rows were added
    // (CommentSink::take_key_hashes), so the linker does not read every id from the string arena again.
    // Hashes whose count is not the store's size are ignored.
    ReplyLinker(CommentStore& store, std::vector<uint64_t> id_hashes, std::vector<uint64_t> parent_hashes);
    bool step(double budget_ms); // true when every row is linked
    size_t linked() const { return linked_; }
    uint64_t rows_done() const { return pass_ * c_.size() + row_; } // of 2 * rows
private:
    struct Slot {
        int32_t row;  // -1: empty
        uint32_t tag; // high 32 bits of the id's hash
    };
    static constexpr size_t kSlice = 32768; // rows between clock checks
    CommentStore& c_;
    std::vector<Slot> slots_;
    size_t row_ = 0, linked_ = 0;
    std::vector<uint64_t> id_hashes_, parent_hashes_; // given per row, or empty (hashed in step())
    int pass_ = 0;                                    // 0: insert ids, 1: resolve parents, 2: done
    uint32_t loaded_ = 0; // folded slot loads (WebAssembly's prefetch stand-in, core/base/prefetch.hpp)
};

} // namespace sv
