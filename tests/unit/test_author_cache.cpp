// AuthorCache: ids stay exact through its incremental growth (old and new table side by side).
#include "core/import/author_cache.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

TEST_CASE("author ids stay the same while the cache grows and moves its slots", "[import][authors]") {
    CommentStore store;
    AuthorCache cache;
    const size_t n = 200000; // grows from 1,024 to the cap of 262,144 slots (moves spread over later
                             // calls), then the rest go to the store alone
    std::vector<uint32_t> first(n);
    auto name_of = [](size_t i) { return "user_" + std::to_string(i); };
    for (size_t i = 0; i < n; ++i) {
        const std::string name = name_of(i);
        first[i] = cache.intern(store, name, AuthorCache::hash(name), static_cast<int64_t>(i % 1000));
        // Every third name comes back at once, and an early one while a move is in progress.
        if (i % 3 == 0) CHECK(cache.intern(store, name, AuthorCache::hash(name), -1) == first[i]);
        if (i % 1000 == 999) {
            const std::string early = name_of(i / 7);
            REQUIRE(cache.intern(store, early, AuthorCache::hash(early), 5000) == first[i / 7]);
        }
    }
    CHECK(store.authors.size() == n);
    size_t same = 0;
    for (size_t k = 0; k < n; ++k) {
        const size_t i = (k * 7919) % n; // another order
        const std::string name = name_of(i);
        same += cache.intern(store, name, AuthorCache::hash(name), -1) == first[i];
        if (store.authors.name(first[i]) != name) FAIL("author " << i << " has the wrong name");
    }
    CHECK(same == n);
    CHECK(store.authors.size() == n);
    // The largest follower count seen is kept, through the old table too.
    CHECK(store.followers_of_author(first[999 / 7]) == 5000);
    CHECK(store.followers_of_author(first[1]) == 1);
}
