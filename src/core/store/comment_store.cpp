#include "core/store/comment_store.hpp"

#include "core/base/clock.hpp"

#include "core/base/hash.hpp"
#include "core/base/prefetch.hpp"
#include "core/text/simd_bytes.hpp"

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

// Open-addressing table id -> row (first row wins for duplicate ids). Each slot keeps 32 bits of the hash
// beside the row, so a probe touches the arena only when the hashes agree. Rows go in blocks: hash a
// block, prefetch its slots, then probe, so the cache misses of a block overlap.
ReplyLinker::ReplyLinker(CommentStore& store) : c_(store) {
    size_t cap = 16;
    while (cap < c_.size() * 2) cap <<= 1;
    slots_.assign(cap, Slot{-1, 0});
}

ReplyLinker::ReplyLinker(CommentStore& store, std::vector<uint64_t> id_hashes,
                         std::vector<uint64_t> parent_hashes)
    : ReplyLinker(store) {
    if (id_hashes.size() == c_.size() && parent_hashes.size() == c_.size()) {
        id_hashes_ = std::move(id_hashes);
        parent_hashes_ = std::move(parent_hashes);
    }
}

bool ReplyLinker::step(double budget_ms) {
    const double start = clock_ms();
    const size_t n = c_.size();
    const size_t mask = slots_.size() - 1;
    constexpr size_t kBlock = 16;
    uint64_t hashes[kBlock];
    while (pass_ < 2) {
        const size_t slice_end = n - row_ > kSlice ? row_ + kSlice : n;
        for (size_t base = row_; base < slice_end; base += kBlock) {
            const size_t end = base + kBlock < slice_end ? base + kBlock : slice_end;
            const std::vector<TextRef>& keys = pass_ == 0 ? c_.id : c_.parent_id;
            const std::vector<uint64_t>& given = pass_ == 0 ? id_hashes_ : parent_hashes_;
            for (size_t r = base; r < end; ++r) {
                hashes[r - base] = !given.empty()    ? given[r]
                                   : keys[r].empty() ? 0
                                                     : hash_string(c_.str(keys[r]));
                if constexpr (!kLoadToPrefetch) prefetch_line(&slots_[hashes[r - base] & mask], loaded_);
            }
            if constexpr (kLoadToPrefetch) { // WebAssembly: the block's slots loaded together
                for (size_t r = base; r < end; ++r) prefetch_line(&slots_[hashes[r - base] & mask], loaded_);
            }
            for (size_t r = base; r < end; ++r) {
                if (pass_ == 1) c_.parent[r] = kNoParent;
                if (keys[r].empty()) continue;
                const std::string_view key = c_.str(keys[r]);
                const uint64_t h = hashes[r - base];
                const uint32_t tag = static_cast<uint32_t>(h >> 32);
                size_t i = h & mask;
                if (pass_ == 0) { // insert the id
                    while (slots_[i].row >= 0 &&
                           (slots_[i].tag != tag || !views_equal(c_.str(c_.id[slots_[i].row]), key)))
                        i = (i + 1) & mask;
                    if (slots_[i].row < 0) slots_[i] = Slot{static_cast<int32_t>(r), tag};
                    continue;
                }
                for (; slots_[i].row >= 0; i = (i + 1) & mask) { // look up the parent id
                    if (slots_[i].tag == tag && views_equal(c_.str(c_.id[slots_[i].row]), key)) {
                        if (static_cast<size_t>(slots_[i].row) != r) {
                            c_.parent[r] = slots_[i].row;
                            ++linked_;
                        }
                        break;
                    }
                }
            }
        }
        row_ = slice_end;
        if (row_ == n) {
            ++pass_;
            row_ = 0;
        }
        if (clock_ms() - start >= budget_ms) break;
    }
    if (pass_ == 2 && !slots_.empty()) {
        slots_ = {};
        id_hashes_ = {};
        parent_hashes_ = {};
    }
    return pass_ == 2;
}

size_t CommentStore::link_replies() {
    ReplyLinker linker(*this);
    while (!linker.step(1e9)) {}
    return linker.linked();
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
