// author_cache.cpp — see author_cache.hpp.
#include "core/import/author_cache.hpp"

#include "core/base/hash.hpp"

#include <cstring>

namespace sv {

uint64_t AuthorCache::hash(std::string_view name) {
    return name.empty() ? 0 : hash_string(name);
}

uint32_t AuthorCache::intern(CommentStore& store, std::string_view name, uint64_t h, int64_t followers) {
    if (name.size() > sizeof(Slot::name)) return store.add_author(name, followers);
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (s.id == UINT32_MAX) break;
        if (s.hash == h && s.size == name.size() && std::memcmp(s.name, name.data(), name.size()) == 0) {
            if (followers > store.author_followers[s.id]) store.author_followers[s.id] = followers;
            return s.id;
        }
    }
    const uint32_t id = store.add_author(name.empty() ? std::string_view("", 0) : name, followers);
    Slot& s = slots_[i];
    s.hash = h;
    s.id = id;
    s.size = static_cast<uint8_t>(name.size());
    if (!name.empty()) std::memcpy(s.name, name.data(), name.size());
    ++count_;
    return id;
}

void AuthorCache::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.id == UINT32_MAX) continue;
        size_t i = s.hash & mask;
        while (slots_[i].id != UINT32_MAX) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

} // namespace sv
