// author_cache.hpp — author name -> author id in front of the store's Interner, built for the import loop.
//
// Short names (<= 19 bytes) sit inline in a 32-byte slot beside their full 64-bit hash, so a known author
// costs one cache line, and the CSV reader can prefetch that line for a batch of rows before it needs it
// (the misses of a batch overlap). Longer names go straight to the Interner. Exact: names are compared
// byte for byte, never by hash alone.
//
// Growth is incremental, so that no single row pays for a rehash of a million authors (a 100 ms stall
// in the app's frame): a grow allocates the table twice as large, and every later intern() moves a
// few dozen slots of the old table into it. Until the old table is empty, a name not found in the new
// table is looked up in the old one; moved slots become tombstones there, so its probe chains hold.
#pragma once
#include "core/base/prefetch.hpp"
#include "core/store/comment_store.hpp"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace sv {

class AuthorCache {
public:
    static uint64_t hash(std::string_view name);
    // Starts loading the slot of `h` into the cache (core/base/prefetch.hpp: in WebAssembly a load, folded
    // into `fold`).
    void prefetch(uint64_t h, uint32_t& fold) const {
        if (slots_.size) prefetch_line(&slots_.at[h & (slots_.size - 1)], fold);
    }
    // Interns `name` (hash `h`) in `store` with its follower count (largest kept); returns the author id.
    uint32_t intern(CommentStore& store, std::string_view name, uint64_t h, int64_t followers);

private:
    // Slots hold id + 1, so that an empty slot is all zero bytes and a table comes from calloc (the
    // operating system hands out zeroed pages lazily; no 64 MB fill when a million authors need room).
    static constexpr uint32_t kEmpty = 0;
    static constexpr uint32_t kMoved = UINT32_MAX; // in the old table: moved to the new one
    static constexpr size_t kMovesPerCall = 64;
    // At most this many slots (8 MiB): the first 128k authors are cached, the rest go to the store's
    // interner directly. Unbounded, the cache held 96 MB at a million authors (64 MB table + the old one
    // being moved), more than half the size of the file, for a lookup the interner also does.
    static constexpr size_t kMaxSlots = size_t(1) << 18;
    struct Slot {
        uint64_t hash = 0;
        uint32_t id = kEmpty; // author id + 1
        uint8_t size = 0;
        char name[19] = {};
    };
    void grow();
    void move_some();
    const Slot* find_in_old(std::string_view name, uint64_t h) const;
    struct Table {
        std::unique_ptr<Slot[], void (*)(void*)> at{nullptr, std::free};
        size_t size = 0; // a power of two, or 0
        void allocate(size_t n);
        void release();
    };
    Table slots_;
    Table old_;        // being moved into slots_ (size 0 when no grow is in progress)
    size_t moved_ = 0; // old_ slots visited so far
    size_t count_ = 0; // names in both tables
};

} // namespace sv
