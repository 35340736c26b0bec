#include "core/store/comment_store.hpp"

#include "core/base/hash.hpp"

namespace sv {

const char* to_string(TimePrecision p) {
    switch (p) {
    case TimePrecision::none:
        return "none";
    case TimePrecision::relative:
        return "relative";
    case TimePrecision::day:
        return "day";
    case TimePrecision::minute:
        return "minute";
    case TimePrecision::second:
        return "second";
    }
    return "none";
}

const char* to_string(Platform p) {
    switch (p) {
    case Platform::unknown:
        return "unknown";
    case Platform::youtube:
        return "youtube";
    case Platform::twitter:
        return "twitter";
    case Platform::reddit:
        return "reddit";
    case Platform::facebook:
        return "facebook";
    case Platform::instagram:
        return "instagram";
    case Platform::tiktok:
        return "tiktok";
    case Platform::mastodon:
        return "mastodon";
    case Platform::bluesky:
        return "bluesky";
    case Platform::telegram:
        return "telegram";
    case Platform::reviews:
        return "reviews";
    case Platform::generic:
        return "generic";
    }
    return "unknown";
}

void CommentStore::reserve(size_t rows, size_t text_bytes) {
    id.reserve(rows);
    parent_id.reserve(rows);
    parent.reserve(rows);
    thread.reserve(rows);
    author.reserve(rows);
    created_at.reserve(rows);
    precision.reserve(rows);
    text.reserve(rows);
    likes.reserve(rows);
    replies.reserve(rows);
    shares.reserve(rows);
    rating.reserve(rows);
    language_given.reserve(rows);
    strings.reserve(text_bytes);
}

size_t CommentStore::append_row() {
    const size_t row = size();
    id.push_back({});
    parent_id.push_back({});
    parent.push_back(kNoParent);
    thread.push_back(0);
    author.push_back(0);
    created_at.push_back(kNoTime);
    precision.push_back(TimePrecision::none);
    text.push_back({});
    likes.push_back(kUnknownCount);
    replies.push_back(kUnknownCount);
    shares.push_back(kUnknownCount);
    rating.push_back(0);
    language_given.push_back({});
    for (auto& e : extras) e.cell.push_back({});
    return row;
}

uint32_t CommentStore::add_author(std::string_view name, int64_t followers) {
    const uint32_t a = authors.intern(name);
    if (a >= author_followers.size()) author_followers.resize(a + 1, -1);
    if (followers > author_followers[a]) author_followers[a] = followers;
    return a;
}

size_t CommentStore::link_replies() {
    // Open-addressing table id -> row (first row wins for duplicate ids). Each slot keeps 32 bits of the
    // hash beside the row, so a probe touches the arena only when the hashes agree. Rows go in blocks:
    // hash a block, prefetch its slots, then probe, so the cache misses of a block overlap.
    struct Slot {
        int32_t row;
        uint32_t tag;
    };
    const size_t n = size();
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    std::vector<Slot> slots(cap, Slot{-1, 0});
    const size_t mask = cap - 1;
    constexpr size_t kBlock = 16;
    uint64_t hashes[kBlock];
    for (size_t base = 0; base < n; base += kBlock) {
        const size_t end = base + kBlock < n ? base + kBlock : n;
        for (size_t r = base; r < end; ++r) {
            hashes[r - base] = id[r].empty() ? 0 : hash_string(str(id[r]));
            __builtin_prefetch(&slots[hashes[r - base] & mask]);
        }
        for (size_t r = base; r < end; ++r) {
            if (id[r].empty()) continue;
            const std::string_view key = str(id[r]);
            const uint64_t h = hashes[r - base];
            const uint32_t tag = static_cast<uint32_t>(h >> 32);
            size_t i = h & mask;
            while (slots[i].row >= 0 && (slots[i].tag != tag || str(id[slots[i].row]) != key))
                i = (i + 1) & mask;
            if (slots[i].row < 0) slots[i] = Slot{static_cast<int32_t>(r), tag};
        }
    }
    size_t linked = 0;
    for (size_t base = 0; base < n; base += kBlock) {
        const size_t end = base + kBlock < n ? base + kBlock : n;
        for (size_t r = base; r < end; ++r) {
            hashes[r - base] = parent_id[r].empty() ? 0 : hash_string(str(parent_id[r]));
            __builtin_prefetch(&slots[hashes[r - base] & mask]);
        }
        for (size_t r = base; r < end; ++r) {
            parent[r] = kNoParent;
            if (parent_id[r].empty()) continue;
            const std::string_view key = str(parent_id[r]);
            const uint64_t h = hashes[r - base];
            const uint32_t tag = static_cast<uint32_t>(h >> 32);
            for (size_t i = h & mask; slots[i].row >= 0; i = (i + 1) & mask) {
                if (slots[i].tag == tag && str(id[slots[i].row]) == key) {
                    if (static_cast<size_t>(slots[i].row) != r) {
                        parent[r] = slots[i].row;
                        ++linked;
                    }
                    break;
                }
            }
        }
    }
    return linked;
}

void CommentStore::shrink_to_fit() {
    id.shrink_to_fit();
    parent_id.shrink_to_fit();
    parent.shrink_to_fit();
    thread.shrink_to_fit();
    author.shrink_to_fit();
    created_at.shrink_to_fit();
    precision.shrink_to_fit();
    text.shrink_to_fit();
    likes.shrink_to_fit();
    replies.shrink_to_fit();
    shares.shrink_to_fit();
    rating.shrink_to_fit();
    language_given.shrink_to_fit();
    author_followers.shrink_to_fit();
    strings.shrink_to_fit();
}

size_t CommentStore::memory_bytes() const {
    size_t b = 0;
    b += (id.capacity() + parent_id.capacity() + text.capacity() + language_given.capacity()) *
         sizeof(TextRef);
    b += (parent.capacity() + likes.capacity() + replies.capacity() + shares.capacity()) * 4;
    b += (thread.capacity() + author.capacity()) * 4;
    b += created_at.capacity() * 8 + precision.capacity() + rating.capacity();
    b += author_followers.capacity() * 8;
    b += strings.capacity_bytes() + authors.memory_bytes() + threads.memory_bytes();
    for (const auto& e : extras) b += e.cell.capacity() * sizeof(TextRef) + e.name.capacity();
    return b;
}

void CommentStore::clear() {
    *this = CommentStore{};
}

} // namespace sv
