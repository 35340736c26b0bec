// author_cache.hpp — author name -> author id in front of the store's Interner, built for the import loop.
//
// Short names (<= 19 bytes) sit inline in a 32-byte slot beside their full 64-bit hash, so a known author
// costs one cache line, and the CSV reader can prefetch that line for a batch of rows before it needs it
// (the misses of a batch overlap). Longer names go straight to the Interner. Exact: names are compared
// byte for byte, never by hash alone.
#pragma once
#include "core/store/comment_store.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace sv {

class AuthorCache {
public:
    static uint64_t hash(std::string_view name);
    // Starts loading the slot of `h` into the cache.
    void prefetch(uint64_t h) const {
        if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
    }
    // Interns `name` (hash `h`) in `store` with its follower count (largest kept); returns the author id.
    uint32_t intern(CommentStore& store, std::string_view name, uint64_t h, int64_t followers);

private:
    struct Slot {
        uint64_t hash = 0;
        uint32_t id = UINT32_MAX; // UINT32_MAX = empty
        uint8_t size = 0;
        char name[19] = {};
    };
    void grow();
    std::vector<Slot> slots_;
    size_t count_ = 0;
};

} // namespace sv
