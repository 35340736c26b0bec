// interner.hpp — maps strings (author names, thread ids) to dense ids 0..n-1 and back.
//
// Open addressing with linear probing over a power-of-two slot table; strings live in a StringArena.
// Interning the same string twice returns the same id. Ids are stable for the interner's lifetime.
#pragma once
#include "core/store/string_arena.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace sv {

class Interner {
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    // Returns the id of `s`, adding it when new.
    uint32_t intern(std::string_view s);
    // Returns the id of `s`, or kNone when it was never interned.
    uint32_t find(std::string_view s) const;
    std::string_view name(uint32_t id) const { return arena_.view(refs_[id]); }
    uint32_t size() const { return static_cast<uint32_t>(refs_.size()); }
    size_t memory_bytes() const;
    void clear();

private:
    void grow();
    StringArena arena_;
    std::vector<TextRef> refs_;    // id -> string
    std::vector<uint64_t> hashes_; // id -> hash (avoids rehashing strings on growth)
    std::vector<uint32_t> slots_;  // slot -> id + 1 (0 = empty)
};

} // namespace sv
