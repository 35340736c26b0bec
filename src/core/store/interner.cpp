#include "core/store/interner.hpp"

#include "core/base/hash.hpp"
#include "core/text/simd_bytes.hpp"

namespace sv {

uint32_t Interner::find(std::string_view s) const {
    if (slots_.empty()) return kNone;
    const uint64_t h = hash_string(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const uint32_t v = slots_[i];
        if (v == 0) return kNone;
        if (hashes_[v - 1] == h && views_equal(arena_.view(refs_[v - 1]), s)) return v - 1;
    }
}

uint32_t Interner::intern(std::string_view s) {
    if ((refs_.size() + 1) * 2 > slots_.size()) grow();
    const uint64_t h = hash_string(s);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const uint32_t v = slots_[i];
        if (v == 0) break;
        if (hashes_[v - 1] == h && views_equal(arena_.view(refs_[v - 1]), s)) return v - 1;
    }
    const uint32_t id = static_cast<uint32_t>(refs_.size());
    refs_.push_back(arena_.append(s));
    hashes_.push_back(h);
    slots_[i] = id + 1;
    return id;
}

void Interner::grow() {
    const size_t n = slots_.empty() ? 64 : slots_.size() * 2;
    slots_.assign(n, 0);
    const size_t mask = n - 1;
    for (uint32_t id = 0; id < refs_.size(); ++id) {
        size_t i = hashes_[id] & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = id + 1;
    }
}

size_t Interner::memory_bytes() const {
    return arena_.capacity_bytes() + refs_.capacity() * sizeof(TextRef) + hashes_.capacity() * 8 +
           slots_.capacity() * 4;
}

void Interner::clear() {
    arena_.clear();
    refs_.clear();
    hashes_.clear();
    slots_.clear();
}

} // namespace sv
