// JSON import: containers (document, JSON Lines, concatenated, X archive prefix), detection per format,
// field mapping, exact long ids, HTML and mojibake repair, reply links, limits as errors.
#include "core/import/json_import.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

using namespace sv;
using sv::test::import_bytes;
using sv::test::import_fixture;

namespace {
std::string warnings_of(const Analysis& a) {
    std::string all;
    for (const auto& w : a.import.warnings) all += w + "\n";
    return all;
}
} // namespace

TEST_CASE("YouTube Data API commentThreads with replies and HTML", "[import][json]") {
    auto r = import_fixture("youtube_api.json");
    REQUIRE(r.ok);
    const Analysis& a = *r.a;
    CHECK(a.import.format == "youtube_api");
    CHECK(a.comments.platform == Platform::youtube);
    REQUIRE(a.comments.size() == 4);
    CHECK(a.comments.text_of(0) == "Why did you change the price? It's too much&unfair\nReally.");
    CHECK(a.comments.replies[0] == 2);
    CHECK(a.comments.parent[1] == 0);
    CHECK(a.comments.parent[2] == 0); // parent derived from the id "UgxAAA.r2"
    CHECK(a.import.replies_linked == 2);
    CHECK(a.comments.author_of(3) == "@maja");
    CHECK(a.comments.author[0] == a.comments.author[3]);
    bool kept = false;
    for (const auto& e : a.comments.extras)
        if (e.name == "text_original") kept = a.comments.str(e.cell[0]).find("<b>") != std::string_view::npos;
    CHECK(kept);
}

TEST_CASE("twarc2 pages: includes.users followers, replies, full retweet text", "[import][json]") {
    auto r = import_fixture("twarc2_pages.jsonl");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    CHECK(r.a->import.format == "twarc2");
    CHECK(r.a->import.format_reason.find("2 JSON values") != std::string::npos);
    REQUIRE(c.size() == 4);
    CHECK(c.id_of(0) == "1790000000000000001");
    CHECK(c.text_of(0) == "Outage again & no answer");
    CHECK(c.author_of(0) == "anna");
    CHECK(c.followers_of_author(c.author[0]) == 1500);
    CHECK(c.followers_of_author(c.author[1]) == 43); // the largest count seen
    CHECK(c.text_of(2) == "RT @big: This is a very long original text that the retweet cuts off at the end");
    CHECK(c.likes[0] == 20);
    CHECK(c.shares[0] == 5);
    CHECK(c.parent[1] == 0);
    CHECK(c.parent[3] == 1);
    CHECK(r.a->import.replies_linked == 2);
}

TEST_CASE("Mastodon context: HTML content, acct, followers", "[import][json]") {
    auto r = import_fixture("mastodon_context.json");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    CHECK(r.a->import.format == "mastodon");
    REQUIRE(c.size() == 3);
    CHECK(c.text_of(1) == "Endlich! \"Danke\"\nzweiter Absatz");
    CHECK(c.text_of(2) == "@kim nein");
    CHECK(c.author_of(0) == "root@example.social");
    CHECK(c.followers_of_author(c.author[0]) == 900);
    CHECK(r.a->import.replies_linked == 2);
}

TEST_CASE("X v1.1 concatenated objects keep long ids exact", "[import][json]") {
    auto r = import_fixture("x_v1_concatenated.json");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    CHECK(r.a->import.format == "x_v1");
    REQUIRE(c.size() == 3);
    CHECK(c.id_of(1) == "552785374507175936");
    CHECK(c.created_at[0] == 1420628768);
    CHECK(c.followers_of_author(c.author[0]) == 2200000);
    CHECK(c.text_of(0) == "Breaking: something happened & more");
    CHECK(c.parent[2] == 1);
}

TEST_CASE("numeric ids above 2^53 are never rounded", "[import][json]") {
    auto r = import_fixture("tiktok_research.json");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    CHECK(r.a->import.format == "tiktok_research");
    REQUIRE(c.size() == 2);
    CHECK(c.id_of(0) == "7301234567890123456");
    CHECK(c.id_of(1) == "7301234567890123457");
    CHECK(c.parent_id[0].empty()); // parent == video id means top level
    CHECK(c.parent[1] == 0);
    CHECK(c.created_at[0] == 1700000100);
}

TEST_CASE("Reddit listing: nested replies, t1_/t3_ prefixes, more stubs", "[import][json]") {
    auto r = import_fixture("reddit_thread.json");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    CHECK(r.a->import.format == "reddit_listing");
    REQUIRE(c.size() == 4);
    CHECK(c.text_of(0) == "Company X raises prices\n\nWhat do you think?");
    CHECK(c.text_of(1) == "Terrible & greedy");
    CHECK(c.parent[1] == 0); // t3_p1 -> the post
    CHECK(c.parent[2] == 1); // t1_c1
    CHECK(c.created_at[1] == 1676875600);
    CHECK(r.a->import.replies_linked == 3);
    CHECK(warnings_of(*r.a).find("\"more\" stubs") != std::string::npos);
}

TEST_CASE("X archive tweets.js with its window.YTD prefix", "[import][json]") {
    auto r = import_fixture("x_archive_tweets.js");
    REQUIRE(r.ok);
    CHECK(r.a->import.format == "x_archive");
    REQUIRE(r.a->comments.size() == 2);
    CHECK(r.a->comments.likes[0] == 15); // counts are strings in archives
    CHECK(r.a->comments.parent[1] == 0);
}

TEST_CASE("youtube-comment-downloader: relative times in three languages, 1.2K votes", "[import][json]") {
    auto r = import_fixture("ycd_comments.jsonl");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    CHECK(r.a->import.format == "youtube_comment_downloader");
    REQUIRE(c.size() == 3);
    const int64_t ref = 1767225600;
    CHECK(c.created_at[0] == ref - 2 * 86400);
    CHECK(c.created_at[1] == ref - 3 * 3600);
    CHECK(c.created_at[2] == ref - 6 * 31536000LL);
    CHECK(c.precision[0] == TimePrecision::relative);
    CHECK(c.likes[0] == 1200);
    CHECK(c.likes[2] == 3400);
    CHECK(c.parent[1] == 0);
    CHECK(r.a->import.precision_counts.at("relative") == 3);
}

TEST_CASE("Pushshift NDJSON: string epochs and prefixes", "[import][json]") {
    auto r = import_fixture("pushshift_comments.ndjson");
    REQUIRE(r.ok);
    CHECK(r.a->import.format == "pushshift");
    REQUIRE(r.a->comments.size() == 2);
    CHECK(r.a->comments.created_at[0] == 1192450643);
    CHECK(r.a->comments.text_of(1) == "second > first");
    CHECK(r.a->comments.parent[1] == 0);
}

TEST_CASE("Meta exports: Graph API nesting and DYI mojibake repair", "[import][json]") {
    auto g = import_fixture("facebook_graph.json");
    REQUIRE(g.ok);
    CHECK(g.a->import.format == "facebook_graph");
    REQUIRE(g.a->comments.size() == 2);
    CHECK(g.a->comments.parent[1] == 0);
    CHECK(g.a->comments.created_at[0] == 1557923696);
    auto d = import_fixture("facebook_dyi_comments.json");
    REQUIRE(d.ok);
    CHECK(d.a->import.format == "facebook_dyi");
    REQUIRE(d.a->comments.size() == 1);
    CHECK(d.a->comments.text_of(0) == "Det här är för dåligt");
    CHECK(d.a->comments.author_of(0) == "Tobias Løye");
    auto ig = import_fixture("instagram_graph.json");
    REQUIRE(ig.ok);
    CHECK(ig.a->import.format == "instagram_graph");
    CHECK(ig.a->import.replies_linked == 1);
}

TEST_CASE("Bluesky thread, Telegram chat, Google reviews", "[import][json]") {
    auto b = import_fixture("bluesky_thread.json");
    REQUIRE(b.ok);
    CHECK(b.a->import.format == "bluesky");
    REQUIRE(b.a->comments.size() == 2);
    CHECK(b.a->comments.parent[1] == 0);
    auto t = import_fixture("telegram_result.json");
    REQUIRE(t.ok);
    CHECK(t.a->import.format == "telegram");
    REQUIRE(t.a->comments.size() == 2);
    CHECK(t.a->comments.text_of(0) == "Varför fungerar inget?");
    CHECK(t.a->comments.likes[0] == 5);
    CHECK(t.a->comments.created_at[0] == 1704103260);
    CHECK(t.a->comments.parent[1] == 0);
    auto g = import_fixture("google_business_reviews.json");
    REQUIRE(g.ok);
    REQUIRE(g.a->comments.size() == 2);
    CHECK(g.a->comments.rating[0] == 2);
    CHECK(g.a->comments.rating[1] == 5); // rating-only review: accepted without text
}

TEST_CASE("broken lines are rejects with their line; the rest imports", "[import][json]") {
    const std::string ok =
        R"({"id_str":"1","user":{"screen_name":"a"},"text":"x","created_at":"Wed Oct 10 20:19:24 +0000 2018"})";
    auto r =
        import_bytes(ok + "\nnot json at all\n" + ok.substr(0, 20) + "}\n" + ok + "\n{\"id_str\":\"9\",");
    REQUIRE(r.ok);
    CHECK(r.a->import.rows_accepted == 2);
    CHECK(r.a->import.rows_rejected == 3);
    CHECK(r.a->import.rows_read == 5);
    CHECK(r.a->import.rejects_by_kind.at("bad_json") == 3);
    CHECK(r.a->import.rejects[0].line == 2);
}

TEST_CASE("limits and unknown shapes are errors, not crashes", "[import][json]") {
    auto deep = import_bytes(std::string(100000, '[') + std::string(100000, ']'));
    CHECK_FALSE(deep.ok);
    CHECK(deep.error.kind == "too_deep");
    auto unknown = import_bytes(R"({"foo": [1, 2, 3]})");
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.error.kind == "unknown_format");
    CHECK(unknown.error.message.find("foo") != std::string::npos);
    auto users = import_bytes(R"({"data":[{"id":"1","username":"x","name":"X"}],"includes":{}})");
    CHECK_FALSE(users.ok);
    CHECK(users.error.kind == "not_comments");
    auto empty = import_bytes("  \n");
    CHECK_FALSE(empty.ok);
    CHECK(empty.error.kind == "empty_file");
}

TEST_CASE("--format overrides detection", "[import][json]") {
    ImportOptions o;
    o.format = "pushshift";
    auto r = import_bytes(R"({"id":"k1","body":"hi","author":"a","created_utc":1192450643})", o);
    REQUIRE(r.ok);
    CHECK(r.a->import.format == "pushshift");
    CHECK(r.a->import.format_reason.find("chosen by the user") != std::string::npos);
}

TEST_CASE("JSON Lines import in slices gives the same result", "[import][json]") {
    std::string lines;
    for (int i = 0; i < 3000; ++i)
        lines += R"({"id":"k)" + std::to_string(i) + R"(","body":"text )" + std::to_string(i) +
                 R"(","link_id":"t3_z","parent_id":")" +
                 (i ? "t1_k" + std::to_string(i / 2) : std::string("t3_z")) +
                 R"(","subreddit":"s","author":"a)" + std::to_string(i % 7) +
                 R"(","created_utc":1192450643})" + "\n";
    auto whole = import_bytes(lines);
    auto sliced = import_bytes(lines, {}, 0.0);
    REQUIRE(whole.ok);
    REQUIRE(sliced.ok);
    CHECK(sliced.a->comments.size() == 3000);
    CHECK(sliced.a->import.replies_linked == whole.a->import.replies_linked);
    CHECK(sliced.a->import.replies_linked == 2999);
    CHECK(sliced.a->comments.text_of(2999) == "text 2999");
}

TEST_CASE("a value cut off after a backslash inside a string stays within the text", "[import][json]") {
    // Found by fuzz_json_detect: a text that ends in `\` inside an open string made the span one byte
    // longer than the text.
    for (const std::string_view text : {"[\"abc\\", "{\"a\":\"\\", "[\"\\"}) {
        auto spans = split_json_values(text);
        REQUIRE(spans);
        REQUIRE(spans.value().size() == 1);
        const JsonSpan& s = spans.value()[0];
        CHECK(s.offset + s.size == text.size());
        CHECK_FALSE(s.complete);
    }
    auto r = import_bytes("{\"text\":\"x\\");
    CHECK_FALSE(r.ok);
}
