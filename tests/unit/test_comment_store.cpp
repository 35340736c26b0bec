// The column store: rows, interning, reply linking.
#include "core/store/comment_store.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

TEST_CASE("interner gives dense stable ids", "[store]") {
    Interner in;
    const uint32_t a = in.intern("anna");
    const uint32_t b = in.intern("björn");
    CHECK(a == 0);
    CHECK(b == 1);
    CHECK(in.intern("anna") == a);
    CHECK(in.find("björn") == b);
    CHECK(in.find("carl") == Interner::kNone);
    for (int i = 0; i < 10000; ++i) in.intern("user" + std::to_string(i));
    CHECK(in.size() == 10002);
    CHECK(in.name(b) == "björn");
    CHECK(in.find("user9999") == 10001);
}

TEST_CASE("string arena keeps refs valid as it grows", "[store]") {
    StringArena arena;
    const TextRef first = arena.append("hej");
    for (int i = 0; i < 5000; ++i) arena.append("padding text that forces growth");
    CHECK(arena.view(first) == "hej");
    CHECK(arena.append("").empty());
}

TEST_CASE("rows start unknown and replies link by id", "[store]") {
    CommentStore s;
    auto add = [&](const char* id, const char* parent, const char* author) {
        const size_t r = s.append_row();
        s.id[r] = s.strings.append(id);
        s.parent_id[r] = s.strings.append(parent);
        s.author[r] = s.add_author(author);
        return r;
    };
    const size_t root = add("1", "", "anna");
    CHECK(s.created_at[root] == kNoTime);
    CHECK(s.likes[root] == kUnknownCount);
    const size_t reply = add("2", "1", "björn");
    const size_t nested = add("3", "2", "anna");
    const size_t orphan = add("4", "999", "carl");
    const size_t self = add("5", "5", "carl");
    CHECK(s.link_replies() == 2);
    CHECK(s.parent[reply] == static_cast<int32_t>(root));
    CHECK(s.parent[nested] == static_cast<int32_t>(reply));
    CHECK(s.parent[orphan] == kNoParent);
    CHECK(s.parent[self] == kNoParent);
    CHECK(s.authors.size() == 3);
    CHECK(s.author_of(nested) == "anna");
}

TEST_CASE("authors keep the largest follower count seen", "[store]") {
    CommentStore s;
    const uint32_t a = s.add_author("multiplier", 1000);
    s.add_author("multiplier", 1200000);
    s.add_author("multiplier", 5);
    CHECK(s.followers_of_author(a) == 1200000);
    const uint32_t b = s.add_author("quiet");
    CHECK(s.followers_of_author(b) == -1);
}
