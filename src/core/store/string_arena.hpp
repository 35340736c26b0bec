// string_arena.hpp — strings stored back to back in one growing byte buffer, addressed by TextRef.
//
// Comments keep their text, ids and other strings here instead of one std::string each: one allocation
// for a million strings, and a TextRef is 8 bytes. References stay valid as the arena grows (they are
// offsets, not pointers); string_views taken from it are invalidated by the next append.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace sv {

struct TextRef {
    uint32_t offset = 0; // byte offset into the arena
    uint32_t size = 0;   // length in bytes (UTF-8)
    bool empty() const { return size == 0; }
};

class StringArena {
public:
    // Appends bytes and returns where they are. Empty strings cost nothing.
    TextRef append(std::string_view s);
    // Reserves room for `bytes` more bytes (avoids repeated growth when the total is known).
    void reserve(size_t bytes) { data_.reserve(data_.size() + bytes); }

    std::string_view view(TextRef r) const { return {data_.data() + r.offset, r.size}; }
    size_t bytes() const { return data_.size(); }
    size_t capacity_bytes() const { return data_.capacity(); }
    void clear() { data_.clear(); }
    void shrink_to_fit() { data_.shrink_to_fit(); }

    // Raw access for bulk writers (importers decoding in place) and for serialisation.
    std::vector<char>& raw() { return data_; }
    const std::vector<char>& raw() const { return data_; }

private:
    std::vector<char> data_;
};

} // namespace sv
