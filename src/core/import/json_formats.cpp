// json_formats.cpp — see json_formats.hpp. Field paths follow ../shared/FORMATS.md.
//
// [SECTION] Names
// [SECTION] Detection
// [SECTION] walk_json_value
// The walkers of each format are in json_walkers_*.cpp, the helpers they share in json_access.hpp.
#include "core/import/json_formats.hpp"

#include "core/import/json_access.hpp"
#include "core/import/json_walkers.hpp"

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Names
// ---------------------------------------------------------------------------------------------------------

namespace {
constexpr const char* kJsonFormatNames[] = {
    "unknown",
    "youtube_api",
    "youtube_comment_downloader",
    "twarc2",
    "x_v2_flat",
    "x_v1",
    "x_archive",
    "reddit_listing",
    "pushshift",
    "facebook_graph",
    "facebook_dyi",
    "instagram_graph",
    "instagram_dyi",
    "tiktok_research",
    "mastodon",
    "bluesky",
    "telegram",
    "google_business_reviews",
    "app_store_reviews",
    "trustpilot_api",
    "apify_youtube",
    "apify_facebook",
    "apify_instagram",
    "apify_tiktok",
    "tiktok_web",
    "discord_chat_exporter",
};
} // namespace

const char* json_format_name(JsonFormat f) {
    return kJsonFormatNames[static_cast<size_t>(f)];
}

JsonFormat json_format_from_name(std::string_view name) {
    for (size_t i = 1; i < sizeof kJsonFormatNames / sizeof kJsonFormatNames[0]; ++i)
        if (name == kJsonFormatNames[i]) return static_cast<JsonFormat>(i);
    return JsonFormat::unknown;
}

using namespace json_access;
using namespace json_walk;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Detection
// ---------------------------------------------------------------------------------------------------------

JsonDetection detect_json_format(const J& v) {
    JsonDetection d;
    auto is = [&](JsonFormat f, std::string why) {
        d.format = f;
        d.reason = std::move(why);
        return d;
    };
    if (v.is_array()) {
        const J* e = first_of(&v);
        if (!e) {
            d.not_comments = "an empty JSON array";
            return d;
        }
        if (has(*e, "tweet"))
            return is(JsonFormat::x_archive, "an array of {\"tweet\": {...}} items (X account archive)");
        if (text(get(*e, "kind")) == "Listing")
            return is(JsonFormat::reddit_listing, "an array of Reddit \"Listing\" objects (a thread page)");
        if (has(*e, "string_map_data"))
            return is(JsonFormat::instagram_dyi,
                      "items with string_map_data (Instagram Download Your Information)");
        JsonDetection inner = detect_json_format(*e);
        if (inner.format != JsonFormat::unknown) inner.reason = "an array of items: " + inner.reason;
        return inner;
    }
    if (!v.is_object()) {
        d.not_comments = "a JSON value that is not an object or array";
        return d;
    }
    const std::string_view kind = text(get(v, "kind"));
    if (kind.substr(0, 15) == "youtube#comment")
        return is(JsonFormat::youtube_api, "\"kind\": \"" + std::string(kind) + "\" (YouTube Data API v3)");
    if (kind == "Listing" || kind == "t1" || kind == "t3")
        return is(JsonFormat::reddit_listing,
                  "\"kind\": \"" + std::string(kind) + "\" (Reddit listing JSON)");
    if (has(v, "cid") && has(v, "comment") && has(v, "voteCount"))
        return is(JsonFormat::apify_youtube, "keys cid, comment, voteCount (Apify YouTube comments scraper)");
    if (has(v, "cid") && (has(v, "createTimeISO") || has(v, "repliesToId")) &&
        (has(v, "diggCount") || has(v, "repliesToId")))
        return is(JsonFormat::apify_tiktok,
                  "keys cid, createTimeISO, diggCount (Apify TikTok comments scraper, clockworks)");
    if (has(v, "cid") && has(v, "create_time") && has(v, "digg_count"))
        return is(JsonFormat::tiktok_web, "keys cid, create_time, digg_count (TikTok web API comment)");
    if (const J* cs = first_of(get(v, "comments")); cs && has(*cs, "cid") && has(*cs, "create_time"))
        return is(JsonFormat::tiktok_web, "comments[] with cid, create_time (TikTok web API comment list)");
    if (has(v, "facebookUrl") && has(v, "profileName") && has(v, "threadingDepth"))
        return is(JsonFormat::apify_facebook,
                  "keys facebookUrl, profileName, threadingDepth (Apify Facebook comments scraper)");
    if (has(v, "ownerUsername") && has(v, "text") && has(v, "likesCount"))
        return is(JsonFormat::apify_instagram,
                  "keys ownerUsername, text, likesCount (Apify Instagram comment scraper)");
    if (has(v, "guild") && has(v, "channel") && has(v, "messages"))
        return is(JsonFormat::discord_chat_exporter,
                  "keys guild, channel, messages (DiscordChatExporter JSON)");
    if (const J* cs = first_of(get(v, "comments")); cs && has(*cs, "cid"))
        return is(JsonFormat::youtube_comment_downloader,
                  "{\"comments\": [...]} with cid (youtube-comment-downloader --pretty)");
    if (has(v, "cid") && has(v, "text") && has(v, "votes"))
        return is(JsonFormat::youtube_comment_downloader,
                  "keys cid, text, time, votes (youtube-comment-downloader)");
    if (has(v, "comments_v2") || (get(v, "comments") && first_of(get(v, "comments")) &&
                                  has(*first_of(get(v, "comments")), "timestamp")))
        return is(JsonFormat::facebook_dyi, "key comments_v2 (Facebook Download Your Information)");
    if (has(v, "comments_reels_comments"))
        return is(JsonFormat::instagram_dyi,
                  "key comments_reels_comments (Instagram Download Your Information)");
    if (has(v, "ancestors") && has(v, "descendants"))
        return is(JsonFormat::mastodon, "keys ancestors and descendants (Mastodon status context)");
    if (has(v, "content") && at(v, "account", "acct"))
        return is(JsonFormat::mastodon, "keys content and account.acct (Mastodon status)");
    if (const J* th = get(v, "thread"); th && text(get(th, "$type")).substr(0, 18) == "app.bsky.feed.defs")
        return is(JsonFormat::bluesky, "thread.$type app.bsky.feed.defs#... (Bluesky getPostThread)");
    if (const J* f = first_of(get(v, "feed")); f && text(at(*f, "post", "uri")).substr(0, 5) == "at://")
        return is(JsonFormat::bluesky, "feed[].post.uri at://... (Bluesky feed)");
    if (has(v, "messages") || at(v, "chats", "list"))
        return is(JsonFormat::telegram, "messages[] or chats.list (Telegram Desktop result.json)");
    if (const J* r = first_of(get(v, "reviews"))) {
        if (has(*r, "starRating"))
            return is(JsonFormat::google_business_reviews, "reviews[].starRating (Google Business Profile)");
        if (has(*r, "stars")) return is(JsonFormat::trustpilot_api, "reviews[].stars (Trustpilot API)");
    }
    if (has(v, "id_str") && at(v, "user", "screen_name"))
        return is(JsonFormat::x_v1, "keys id_str and user.screen_name (X API v1.1 tweet)");
    if (has(v, "tweet") && at(v, "tweet", "id_str"))
        return is(JsonFormat::x_archive, "{\"tweet\": {...}} (X account archive)");
    if (has(v, "author_id") && has(v, "conversation_id"))
        return is(JsonFormat::x_v2_flat,
                  "keys author_id and conversation_id (X API v2 tweet, twarc2 flatten)");
    if (has(v, "body") && has(v, "link_id") && has(v, "parent_id"))
        return is(JsonFormat::pushshift, "keys body, link_id, parent_id (Pushshift / Arctic Shift comment)");
    if (const J* tc = at(v, "data", "comments"); tc && tc->is_array())
        return is(JsonFormat::tiktok_research, "data.comments[] (TikTok Research API)");
    const J* data = get(v, "data");
    const J* item = data && data->is_array() ? first_of(data) : (data && data->is_object() ? data : nullptr);
    if (data && (has(v, "includes") || has(v, "__twarc") || has(v, "matching_rules"))) {
        if (item && has(*item, "text") && has(*item, "id"))
            return is(JsonFormat::twarc2, "data[] + includes (X API v2 page as saved by twarc2)");
        if (item && has(*item, "tweet_count"))
            d.not_comments = "X API v2 tweet counts (no tweets)";
        else if (item && has(*item, "username"))
            d.not_comments = "X API v2 user profiles (no tweets)";
        else if (item && has(*item, "owner_id"))
            d.not_comments = "X API v2 lists (no tweets)";
        else if (!item)
            d.not_comments = "an X API v2 page without tweets";
        else
            d.not_comments = "an X API v2 page whose data are not tweets";
        return d;
    }
    if (item) {
        if (has(*item, "body") && has(*item, "link_id"))
            return is(JsonFormat::pushshift, "data[] with body and link_id (Arctic Shift / Pushshift API)");
        if (has(*item, "message") && has(*item, "created_time"))
            return is(JsonFormat::facebook_graph,
                      "data[] with message and created_time (Facebook Graph API comments)");
        if (has(*item, "text") && has(*item, "timestamp") &&
            (has(*item, "username") || at(*item, "from", "username")))
            return is(JsonFormat::instagram_graph,
                      "data[] with text, timestamp, username (Instagram Graph API comments)");
        if (text(get(*item, "type")) == "customerReviews")
            return is(JsonFormat::app_store_reviews, "data[].type customerReviews (App Store Connect API)");
        if (has(*item, "text") && has(*item, "author_id") && has(*item, "id"))
            return is(JsonFormat::twarc2, "data[] of X API v2 tweets");
        if (has(*item, "username") && !has(*item, "text")) {
            d.not_comments = "X API v2 user profiles (no tweets)";
            return d;
        }
    }
    if (has(v, "action") && has(v, "reason") && has(v, "id")) {
        d.not_comments = "X compliance events (deletions, no tweets)";
        return d;
    }
    return d;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] walk_json_value
// ---------------------------------------------------------------------------------------------------------

void walk_json_value(const J& v, JsonWalk& w) {
    switch (w.format) {
    case JsonFormat::youtube_api:
        return walk_youtube(v, w);
    case JsonFormat::youtube_comment_downloader:
        return walk_ycd(v, w);
    case JsonFormat::twarc2:
    case JsonFormat::x_v2_flat:
        return walk_twarc2(v, w);
    case JsonFormat::x_v1:
        return walk_x_v1(v, w, false);
    case JsonFormat::x_archive:
        return walk_x_v1(v, w, true);
    case JsonFormat::reddit_listing:
        return walk_reddit(v, w);
    case JsonFormat::pushshift:
        return walk_pushshift(v, w);
    case JsonFormat::facebook_graph:
        return walk_facebook_graph(v, w);
    case JsonFormat::facebook_dyi:
        return walk_facebook_dyi(v, w);
    case JsonFormat::instagram_graph:
        return walk_instagram_graph(v, w);
    case JsonFormat::instagram_dyi:
        return walk_instagram_dyi(v, w);
    case JsonFormat::tiktok_research:
        return walk_tiktok(v, w);
    case JsonFormat::mastodon:
        return walk_mastodon(v, w);
    case JsonFormat::bluesky:
        return walk_bluesky(v, w);
    case JsonFormat::telegram:
        return walk_telegram(v, w);
    case JsonFormat::google_business_reviews:
    case JsonFormat::app_store_reviews:
    case JsonFormat::trustpilot_api:
        return walk_reviews(v, w);
    case JsonFormat::apify_youtube:
        return walk_apify_youtube(v, w);
    case JsonFormat::apify_facebook:
        return walk_apify_facebook(v, w);
    case JsonFormat::apify_instagram:
        return walk_apify_instagram(v, w);
    case JsonFormat::apify_tiktok:
        return walk_apify_tiktok(v, w);
    case JsonFormat::tiktok_web:
        return walk_tiktok_web(v, w);
    case JsonFormat::discord_chat_exporter:
        return walk_discord(v, w);
    case JsonFormat::unknown:
        break;
    }
    reject_item(w, "unknown format");
}

} // namespace sv
