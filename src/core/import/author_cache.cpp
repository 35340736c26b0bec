// author_cache.cpp — see author_cache.hpp.
#include "core/import/author_cache.hpp"

#include "core/base/hash.hpp"
#include "core/text/simd_bytes.hpp"

#include <cstdlib>
#include <cstring>

namespace sv {

uint64_t AuthorCache::hash(std::string_view name) {
    return name.empty() ? 0 : hash_string(name);
}

uint32_t AuthorCache::intern(CommentStore& store, std::string_view name, uint64_t h, int64_t followers) {
    if (name.size() > sizeof(Slot::name)) return store.add_author(name, followers);
    if ((count_ + 1) * 2 > slots_.size && slots_.size < kMaxSlots) grow();
    if (old_.size) move_some();
    const size_t mask = slots_.size - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const Slot& s = slots_.at[i];
        if (s.id == kEmpty) break;
        if (s.hash == h && s.size == name.size() && bytes_equal(s.name, name.data(), name.size())) {
            if (followers > store.author_followers[s.id - 1]) store.author_followers[s.id - 1] = followers;
            return s.id - 1;
        }
    }
    if (const Slot* o = old_.size ? find_in_old(name, h) : nullptr) {
        if (followers > store.author_followers[o->id - 1]) store.author_followers[o->id - 1] = followers;
        return o->id - 1;
    }
    const uint32_t id = store.add_author(name.empty() ? std::string_view("", 0) : name, followers);
    if ((count_ + 1) * 2 > slots_.size) return id; // full: later authors are looked up in the store only
    Slot& s = slots_.at[i];
    s.hash = h;
    s.id = id + 1;
    s.size = static_cast<uint8_t>(name.size());
    if (!name.empty()) std::memcpy(s.name, name.data(), name.size());
    ++count_;
    return id;
}

const AuthorCache::Slot* AuthorCache::find_in_old(std::string_view name, uint64_t h) const {
    const size_t mask = old_.size - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = old_.at[i];
        if (s.id == kEmpty) return nullptr;
        if (s.id != kMoved && s.hash == h && s.size == name.size() &&
            bytes_equal(s.name, name.data(), name.size()))
            return &s;
    }
}

void AuthorCache::move_some() {
    const size_t mask = slots_.size - 1;
    const size_t end = moved_ + kMovesPerCall < old_.size ? moved_ + kMovesPerCall : old_.size;
    for (; moved_ < end; ++moved_) {
        Slot& s = old_.at[moved_];
        if (s.id == kEmpty || s.id == kMoved) continue;
        size_t i = s.hash & mask;
        while (slots_.at[i].id != kEmpty) i = (i + 1) & mask;
        slots_.at[i] = s;
        s.id = kMoved;
    }
    if (moved_ == old_.size) {
        old_.release();
        moved_ = 0;
    }
}

void AuthorCache::grow() {
    // A grow cannot start while one is in progress: move the rest first (does not happen in practice:
    // each call moves kMovesPerCall slots, and the table doubles).
    while (old_.size) move_some();
    const size_t n = slots_.size ? slots_.size * 2 : 1024;
    old_ = std::move(slots_);
    moved_ = 0;
    slots_.allocate(n);
}

void AuthorCache::Table::allocate(size_t n) {
    void* p = std::calloc(n, sizeof(Slot));
    if (!p) std::abort(); // out of memory: like std::vector, but without exceptions
    at.reset(static_cast<Slot*>(p));
    size = n;
}

void AuthorCache::Table::release() {
    at.reset();
    size = 0;
}

} // namespace sv
