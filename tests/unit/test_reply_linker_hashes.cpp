// The import links replies with the id and parent-id hashes the comment sink made while adding the rows
// (ReplyLinker with given hashes): the same parents as linking the finished store from scratch, with
// trimmed ids, Reddit prefixes, self-references, duplicate and missing ids, empty cells and small slices.
#include "core/import/comment_sink.hpp"
#include "core/store/comment_store.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<int32_t> relinked(sv::CommentStore c) {
    c.link_replies();
    return c.parent;
}

} // namespace

TEST_CASE("replies linked with the import's key hashes match a link from scratch", "[reply_linker]") {
    std::string csv = "id,parent_id,author,text,created_at\n";
    // 500 rows: ids with spaces around them, some duplicated or empty; parents before and after their
    // replies, some missing, some pointing at the row itself. (Built with appends: g++ 12's -Wrestrict
    // misreads chains of string concatenations.)
    for (int i = 0; i < 500; ++i) {
        std::string id;
        if (i % 37 != 0) {
            id += i % 11 == 0 ? " c" : "c";
            id += std::to_string(i % 11 == 0 ? i : i % 450);
            if (i % 11 == 0) id += ' ';
        }
        std::string parent;
        if (i % 3 == 1) {
            parent += 'c';
            parent += std::to_string((i * 7) % 520);
        }
        if (i % 29 == 0) parent = id;
        csv += id;
        csv += ',';
        csv += parent;
        csv += ",user";
        csv += std::to_string(i % 13);
        csv += ",text number ";
        csv += std::to_string(i);
        csv += ",2025-01-01T00:00:";
        csv += std::to_string(10 + i % 50);
        csv += "Z\n";
    }
    for (const double budget : {1e9, 0.0}) {
        const sv::test::Imported r = sv::test::import_bytes(csv, {}, budget);
        REQUIRE(r.ok);
        const sv::CommentStore& c = r.a->comments;
        REQUIRE(c.size() == 500);
        CHECK(c.parent == relinked(c));
        size_t linked = 0;
        for (const int32_t p : c.parent) linked += p >= 0;
        CHECK(r.a->import.replies_linked == linked);
        CHECK(linked > 100);
    }
}

TEST_CASE("a linker given hashes of the wrong count hashes the ids itself", "[reply_linker]") {
    sv::CommentStore s;
    for (int i = 0; i < 4; ++i) {
        const size_t r = s.append_row();
        std::string id = "id", parent = "id";
        id += std::to_string(i);
        parent += std::to_string(i - 1);
        s.id[r] = s.strings.append(id);
        if (i > 0) s.parent_id[r] = s.strings.append(parent);
    }
    sv::ReplyLinker linker(s, std::vector<uint64_t>(3, 1), std::vector<uint64_t>(3, 2));
    while (!linker.step(1e9)) {}
    CHECK(linker.linked() == 3);
    CHECK(s.parent == std::vector<int32_t>{-1, 0, 1, 2});
}
