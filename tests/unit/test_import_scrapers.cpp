// Scraper and chat exports (Apify actors, the TikTok web API, DiscordChatExporter, Facepager), Google
// Takeout's JSON text cells, and files that are not exports at all. Fixtures written for these tests.
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

using namespace sv;
using sv::test::import_bytes;
using sv::test::import_fixture;

TEST_CASE("Apify YouTube: relative dates, counts like 1.2K, replies by replyToCid",
          "[import][json][scrapers]") {
    auto r = import_fixture("apify_youtube.json");
    REQUIRE(r.ok);
    const Analysis& a = *r.a;
    CHECK(a.import.format == "apify_youtube");
    CHECK(a.comments.platform == Platform::youtube);
    REQUIRE(a.comments.size() == 3);
    CHECK(a.comments.parent[1] == 0);
    CHECK(a.comments.likes[2] == 1200);
    CHECK(a.comments.precision[0] == TimePrecision::relative);
    // "2 days ago" against the reference time 2026-01-01T00:00:00Z.
    CHECK(a.comments.created_at[0] == 1767225600 - 2 * 86400);
}

TEST_CASE("Apify Facebook: replies found from dataset order and threadingDepth", "[import][json][scrapers]") {
    auto r = import_fixture("apify_facebook.json");
    REQUIRE(r.ok);
    const Analysis& a = *r.a;
    CHECK(a.import.format == "apify_facebook");
    REQUIRE(a.comments.size() == 4);
    CHECK(a.comments.likes[0] == 14); // "14", a string in the actor's output
    CHECK(a.comments.parent[1] == 0);
    CHECK(a.comments.parent[2] == 0);
    CHECK(a.comments.parent[3] == kNoParent); // depth 0 again: a new top-level comment
    CHECK(a.import.replies_linked == 2);
}

TEST_CASE("Apify Instagram and TikTok, TikTok web API: nested and flat replies", "[import][json][scrapers]") {
    auto ig = import_fixture("apify_instagram.json");
    REQUIRE(ig.ok);
    CHECK(ig.a->import.format == "apify_instagram");
    REQUIRE(ig.a->comments.size() == 3);
    CHECK(ig.a->comments.parent[1] == 0);
    CHECK(ig.a->comments.thread[1] == ig.a->comments.thread[0]); // a reply is in its parent's post
    CHECK(ig.a->comments.id_of(0) == "17890000000000001");       // long ids exact
    auto tt = import_fixture("apify_tiktok.jsonl");
    REQUIRE(tt.ok);
    CHECK(tt.a->import.format == "apify_tiktok");
    REQUIRE(tt.a->comments.size() == 2);
    CHECK(tt.a->comments.parent[1] == 0);
    CHECK(tt.a->comments.created_at[0] == 1717000000);
    CHECK(tt.a->comments.author_of(1) == "mila");
    auto web = import_fixture("tiktok_web.json");
    REQUIRE(web.ok);
    CHECK(web.a->import.format == "tiktok_web");
    REQUIRE(web.a->comments.size() == 2);
    CHECK(web.a->comments.parent[0] == kNoParent); // reply_id "0" = top level
    CHECK(web.a->comments.parent[1] == 0);
}

TEST_CASE("DiscordChatExporter JSON and CSV: replies, reactions as likes, system messages skipped",
          "[import][json][scrapers]") {
    auto j = import_fixture("discord_chat.json");
    REQUIRE(j.ok);
    CHECK(j.a->import.format == "discord_chat_exporter"); // not Telegram, which also has messages[]
    REQUIRE(j.a->comments.size() == 2);                   // the join message is not a comment
    CHECK(j.a->import.rows_rejected == 0);
    CHECK(j.a->comments.likes[0] == 6);
    CHECK(j.a->comments.parent[1] == 0);
    CHECK(j.a->comments.author_of(0) == "Pixel");     // the nickname when there is one
    CHECK(j.a->comments.created_at[0] == 1748764800); // 10:00 at +02:00
    auto c = import_fixture("discord_chat.csv");
    REQUIRE(c.ok);
    CHECK(c.a->import.format == "discord_chat_exporter_csv");
    REQUIRE(c.a->comments.size() == 2);
    CHECK(c.a->comments.text_of(0) == "The app logs me out, again");
    CHECK(c.a->comments.likes[0] == 6); // "👍 (4),😡 (2)"
    CHECK(c.a->comments.likes[1] <= 0); // no reactions
}

TEST_CASE("Facepager: the platform id is the id, Facepager's node ids are not parents",
          "[import][csv][scrapers]") {
    auto r = import_fixture("facepager_facebook.csv");
    REQUIRE(r.ok);
    const Analysis& a = *r.a;
    CHECK(a.import.format == "facepager_csv");
    REQUIRE(a.comments.size() == 2);
    CHECK(a.comments.id_of(0) == "222_333");
    CHECK(a.comments.author_of(0) == "Anna S");
    CHECK(a.comments.likes[0] == 4);
    CHECK(a.comments.parent[0] == kNoParent);
    // The seed row (the queried post) has no message: a reject with its reason, never dropped silently.
    CHECK(a.import.rows_read == 3);
    CHECK(a.import.rejects_by_kind.at("empty_text") == 1);
}

TEST_CASE("Google Takeout text cells: old takeoutSegments and new comma-joined segments",
          "[import][csv][scrapers]") {
    auto o = import_fixture("takeout_comments_old.csv");
    REQUIRE(o.ok);
    REQUIRE(o.a->comments.size() == 2);
    CHECK(o.a->comments.text_of(0) == "first part and the rest");
    CHECK(o.a->comments.text_of(1) == "plain text in an old row");
    CHECK(o.a->comments.parent[1] == 0);
    auto n = import_fixture("takeout_comments_new.csv");
    REQUIRE(n.ok);
    REQUIRE(n.a->comments.size() == 2);
    CHECK(n.a->comments.text_of(0) == "> quoted line\nmy answer, with a comma");
    CHECK(n.a->comments.text_of(1) == "single segment");
}

TEST_CASE("archives, compressed files, spreadsheets and XML get a specific message", "[import][scrapers]") {
    struct Case {
        std::string bytes, says;
    };
    const Case cases[] = {
        {std::string("PK\x03\x04\x14\x00\x00\x00", 8) + "data/tweets.js", "zip archive"},
        {std::string("PK\x03\x04\x14\x00", 6) + "[Content_Types].xml xl/worksheets", "Excel workbook"},
        {std::string("\x28\xB5\x2F\xFD\x00\x01", 6), "zstd"},
        {std::string("\x1F\x8B\x08\x00", 4), "gzip"},
        {"%PDF-1.7\n", "PDF"},
        {"<!DOCTYPE html><html><body>comments</body></html>", "XML or HTML"},
    };
    for (const Case& c : cases) {
        auto r = import_bytes(c.bytes);
        CHECK_FALSE(r.ok);
        CHECK(r.error.kind == "unsupported_file");
        CHECK(r.error.message.find(c.says) != std::string::npos);
        CHECK_FALSE(r.error.hint.empty());
    }
}

TEST_CASE("Disqus XML: posts with thread links, parents, HTML messages; spam is a reject with its reason",
          "[import][scrapers]") {
    auto r = import_fixture("disqus_export.xml");
    REQUIRE(r.ok);
    const Analysis& a = *r.a;
    CHECK(a.import.format == "disqus_xml");
    REQUIRE(a.comments.size() == 2);
    CHECK(a.comments.id_of(0) == "9001");
    CHECK(a.comments.text_of(0) == "Why 30% more & no warning? Unacceptable."); // CDATA, tags stripped
    CHECK(a.comments.text_of(1) == "We explain the reasons in the post \u2014 see the table."); // entities
    CHECK(a.comments.author_of(0) == "anna_k");
    CHECK(a.comments.author_of(1) == "Brand team"); // no username: the name
    CHECK(a.comments.parent[1] == 0);
    CHECK(a.comments.thread[0] == a.comments.thread[1]);
    CHECK(a.comments.threads.name(a.comments.thread[0]) == "https://blog.example.invalid/price-update");
    CHECK(a.comments.created_at[0] == 1738401120);
    CHECK(a.import.rows_read == 3);
    REQUIRE(a.import.rejects.size() == 1);
    CHECK(a.import.rejects[0].kind == "deleted_or_spam");
    CHECK(a.import.rejects[0].line == 33);
    // A post cut off at the end is a reject, the posts before it still import.
    std::string cut = sv::test::fixture("disqus_export.xml");
    cut = cut.substr(0, cut.find("<post dsq:id=\"9003\">") + 40);
    auto c = import_bytes(cut);
    REQUIRE(c.ok);
    CHECK(c.a->comments.size() == 2);
    CHECK(c.a->import.rejects_by_kind.at("bad_xml") == 1);
}
