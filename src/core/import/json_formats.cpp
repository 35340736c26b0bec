// json_formats.cpp — see json_formats.hpp. Field paths follow ../shared/FORMATS.md.
//
// [SECTION] Names
// [SECTION] Access helpers (ids exact, counts from numbers or strings, times from numbers or strings)
// [SECTION] Detection
// [SECTION] Walkers: YouTube, X/Twitter, Reddit, Meta, TikTok, Mastodon, Bluesky, Telegram, reviews
// [SECTION] walk_json_value
#include "core/import/json_formats.hpp"

#include "core/text/count.hpp"
#include "core/text/encoding.hpp"

#include <unordered_map>

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

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Access helpers
// ---------------------------------------------------------------------------------------------------------

namespace {

using J = JsonValue;

const J* get(const J* o, const char* key) {
    if (!o || !o->is_object()) return nullptr;
    const auto it = o->find(key);
    return it == o->end() ? nullptr : &*it;
}
const J* get(const J& o, const char* key) {
    return get(&o, key);
}
template <class... K>
const J* at(const J& o, const char* first, K... rest) {
    const J* v = get(o, first);
    ((v = get(v, rest)), ...);
    return v;
}

std::string_view text(const J* v) {
    if (!v || !v->is_string()) return {};
    return v->get_ref<const std::string&>();
}

bool has(const J& o, const char* key) {
    return get(o, key) != nullptr;
}

// An id as an exact string: strings as they are, integers with every digit (never through a double).
std::string_view id_text(const J* v, std::string& buf) {
    if (!v) return {};
    if (v->is_string()) return v->get_ref<const std::string&>();
    if (v->is_number_unsigned()) {
        buf = std::to_string(v->get<uint64_t>());
        return buf;
    }
    if (v->is_number_integer()) {
        buf = std::to_string(v->get<int64_t>());
        return buf;
    }
    return {};
}

int64_t count(const J* v) {
    if (!v) return -1;
    if (v->is_number_unsigned())
        return static_cast<int64_t>(v->get<uint64_t>() > INT64_MAX ? INT64_MAX : v->get<uint64_t>());
    if (v->is_number_integer()) return v->get<int64_t>();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        return d >= 0 && d < 9e18 ? static_cast<int64_t>(d) : -1;
    }
    if (v->is_string()) return parse_count(v->get_ref<const std::string&>());
    return -1;
}

// A timestamp from a number (epoch seconds or milliseconds) or a string (any form the sink reads).
void set_time(const J* v, RawComment& c) {
    if (!v) return;
    if (v->is_number()) {
        double d = v->get<double>();
        if (d > 1e11) d /= 1000.0; // milliseconds
        if (d > 0 && d < 1e11) c.seconds = static_cast<int64_t>(d);
        return;
    }
    c.time = text(v);
}

std::string_view strip_t3(std::string_view s) {
    if (s.size() > 3 && s[0] == 't' && s[2] == '_') s.remove_prefix(3);
    return s;
}

void put(JsonWalk& w, const RawComment& c) {
    Error e;
    if (w.sink.add(c, e)) return;
    e.line = w.span.line;
    e.byte_offset = static_cast<int64_t>(w.span.offset);
    e.excerpt = std::string(utf8_prefix(c.id.empty() ? c.text : c.id, 60));
    w.report.reject(std::move(e));
}

void reject_item(JsonWalk& w, const char* what) {
    Error e = make_error("not_a_comment",
                         std::string("an item of the ") + json_format_name(w.format) +
                             " export is not a comment object (" + what + ")",
                         "check that the file is a complete, unmodified export");
    e.line = w.span.line;
    e.byte_offset = static_cast<int64_t>(w.span.offset);
    w.sink.reject(std::move(e));
}

// The sum of `count` over a reactions array (Telegram, Discord: the likes of a chat message); -1 when absent.
int64_t reaction_total(const J* reactions) {
    if (!reactions || !reactions->is_array()) return -1;
    int64_t total = 0;
    for (const J& x : *reactions)
        if (const int64_t n = count(get(x, "count")); n > 0) total += n;
    return total;
}

const J* first_of(const J* arr) {
    return arr && arr->is_array() && !arr->empty() ? &(*arr)[0] : nullptr;
}

} // namespace

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
// [SECTION] Walkers
// ---------------------------------------------------------------------------------------------------------

namespace {

// --- YouTube ---------------------------------------------------------------------------------------------

void youtube_comment(const J& c, int64_t reply_count, JsonWalk& w) {
    const J* s = get(c, "snippet");
    if (!s) return reject_item(w, "no snippet");
    RawComment r;
    std::string idb;
    r.id = id_text(get(c, "id"), idb);
    r.parent = text(get(s, "parentId"));
    if (r.parent.empty() && r.id.find('.') != std::string_view::npos)
        r.parent = r.id.substr(0, r.id.find('.'));
    r.thread = text(get(s, "videoId"));
    r.author = text(get(s, "authorDisplayName"));
    if (r.author.empty()) r.author = text(at(*s, "authorChannelId", "value"));
    r.text = text(get(s, "textOriginal"));
    if (!get(s, "textOriginal")) {
        r.text = text(get(s, "textDisplay"));
        r.html = true;
    }
    set_time(get(s, "publishedAt"), r);
    r.likes = count(get(s, "likeCount"));
    r.replies = reply_count;
    put(w, r);
}

void walk_youtube(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) walk_youtube(e, w);
        return;
    }
    const std::string_view kind = text(get(v, "kind"));
    if (kind == "youtube#commentThreadListResponse" || kind == "youtube#commentListResponse") {
        if (const J* items = get(v, "items"); items && items->is_array())
            for (const J& e : *items) walk_youtube(e, w);
    } else if (kind == "youtube#commentThread") {
        const J* s = get(v, "snippet");
        const J* top = get(s, "topLevelComment");
        if (!top) return reject_item(w, "a comment thread without topLevelComment");
        youtube_comment(*top, count(get(s, "totalReplyCount")), w);
        if (const J* rs = at(v, "replies", "comments"); rs && rs->is_array())
            for (const J& e : *rs) youtube_comment(e, -1, w);
    } else if (kind == "youtube#comment") {
        youtube_comment(v, -1, w);
    } else {
        reject_item(w, "unknown kind");
    }
}

void walk_ycd(const J& v, JsonWalk& w) {
    if (const J* cs = get(v, "comments"); cs && cs->is_array()) {
        for (const J& e : *cs) walk_ycd(e, w);
        return;
    }
    if (!v.is_object()) return reject_item(w, "not an object");
    RawComment r;
    std::string idb;
    r.id = id_text(get(v, "cid"), idb);
    if (const size_t dot = r.id.find('.'); dot != std::string_view::npos) r.parent = r.id.substr(0, dot);
    r.author = text(get(v, "author"));
    r.text = text(get(v, "text"));
    r.time = text(get(v, "time")); // relative ("2 days ago"), resolved against the reference time
    r.likes = count(get(v, "votes"));
    r.replies = count(get(v, "replies"));
    put(w, r);
}

// --- X / Twitter -----------------------------------------------------------------------------------------

struct XUsers {
    std::unordered_map<std::string, std::pair<std::string, int64_t>> by_id; // id -> username, followers
    std::unordered_map<std::string, std::string> tweet_text;                // included tweets: id -> text
};

void x_v2_tweet(const J& t, const XUsers& users, JsonWalk& w) {
    if (!t.is_object()) return reject_item(w, "a tweet that is not an object");
    RawComment r;
    std::string idb, full;
    r.id = id_text(get(t, "id"), idb);
    r.thread = text(get(t, "conversation_id"));
    std::string_view retweeted;
    if (const J* refs = get(t, "referenced_tweets"); refs && refs->is_array())
        for (const J& ref : *refs) {
            if (text(get(ref, "type")) == "replied_to") r.parent = text(get(ref, "id"));
            if (text(get(ref, "type")) == "retweeted") retweeted = text(get(ref, "id"));
        }
    const std::string_view author_id = text(get(t, "author_id"));
    r.author = author_id;
    if (const J* a = get(t, "author"); a && a->is_object()) {
        if (!text(get(a, "username")).empty()) r.author = text(get(a, "username"));
        r.followers = count(at(*a, "public_metrics", "followers_count"));
    } else if (const auto it = users.by_id.find(std::string(author_id)); it != users.by_id.end()) {
        r.author = it->second.first;
        r.followers = it->second.second;
    }
    r.text = text(get(t, "text"));
    if (const std::string_view nt = text(at(t, "note_tweet", "text")); !nt.empty()) r.text = nt;
    if (!retweeted.empty()) {
        // Retweet text is truncated ("RT @x: ..."); the original's full text is in includes.tweets.
        if (const auto it = users.tweet_text.find(std::string(retweeted)); it != users.tweet_text.end()) {
            const size_t colon = r.text.find(": ");
            full =
                std::string(r.text.substr(0, colon == std::string_view::npos ? 0 : colon + 2)) + it->second;
            r.text = full;
        }
    }
    set_time(get(t, "created_at"), r);
    r.likes = count(at(t, "public_metrics", "like_count"));
    r.replies = count(at(t, "public_metrics", "reply_count"));
    r.shares = count(at(t, "public_metrics", "retweet_count"));
    r.lang = text(get(t, "lang"));
    put(w, r);
}

void walk_twarc2(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) walk_twarc2(e, w);
        return;
    }
    XUsers users;
    if (const J* us = at(v, "includes", "users"); us && us->is_array())
        for (const J& u : *us)
            users.by_id[std::string(text(get(u, "id")))] = {
                std::string(text(get(u, "username"))), count(at(u, "public_metrics", "followers_count"))};
    if (const J* ts = at(v, "includes", "tweets"); ts && ts->is_array())
        for (const J& t : *ts) {
            std::string_view body = text(get(t, "text"));
            if (const std::string_view nt = text(at(t, "note_tweet", "text")); !nt.empty()) body = nt;
            users.tweet_text[std::string(text(get(t, "id")))] = std::string(body);
        }
    const J* data = get(v, "data");
    if (!data) {
        if (has(v, "id") && has(v, "text")) return x_v2_tweet(v, users, w); // a bare tweet line
        if (has(v, "errors")) {
            ++w.skipped_other; // an error-only page (nothing to import)
            return;
        }
        return reject_item(w, "a page without data");
    }
    if (data->is_array())
        for (const J& t : *data) x_v2_tweet(t, users, w);
    else
        x_v2_tweet(*data, users, w);
}

void x_v1_tweet(const J& t, JsonWalk& w, bool archive) {
    if (!t.is_object()) return reject_item(w, "a tweet that is not an object");
    RawComment r;
    std::string idb, pb;
    r.id = id_text(get(t, "id_str"), idb);
    if (r.id.empty()) r.id = id_text(get(t, "id"), idb);
    r.parent = id_text(get(t, "in_reply_to_status_id_str"), pb);
    if (r.parent.empty()) r.parent = id_text(get(t, "in_reply_to_status_id"), pb);
    r.author = text(at(t, "user", "screen_name"));
    if (archive && r.author.empty()) r.author = "(archive owner)";
    r.followers = count(at(t, "user", "followers_count"));
    r.text = text(at(t, "extended_tweet", "full_text"));
    if (r.text.empty()) r.text = text(get(t, "full_text"));
    if (r.text.empty()) r.text = text(get(t, "text"));
    set_time(get(t, "created_at"), r);
    r.likes = count(get(t, "favorite_count"));
    r.shares = count(get(t, "retweet_count"));
    r.replies = count(get(t, "reply_count"));
    r.lang = text(get(t, "lang"));
    put(w, r);
}

void walk_x_v1(const J& v, JsonWalk& w, bool archive) {
    if (v.is_array()) {
        for (const J& e : v) walk_x_v1(e, w, archive);
        return;
    }
    if (const J* t = get(v, "tweet")) return x_v1_tweet(*t, w, true);
    x_v1_tweet(v, w, archive);
}

// --- Reddit ----------------------------------------------------------------------------------------------

void reddit_comment(const J& d, JsonWalk& w) {
    RawComment r;
    std::string idb;
    r.id = id_text(get(d, "id"), idb);
    r.parent = text(get(d, "parent_id"));
    r.thread = strip_t3(text(get(d, "link_id")));
    r.author = text(get(d, "author"));
    r.text = text(get(d, "body"));
    set_time(get(d, "created_utc"), r);
    r.likes = count(get(d, "score"));
    put(w, r);
}

void walk_reddit(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) walk_reddit(e, w);
        return;
    }
    const std::string_view kind = text(get(v, "kind"));
    const J* d = get(v, "data");
    if (kind == "Listing") {
        if (const J* ch = get(d, "children"); ch && ch->is_array())
            for (const J& e : *ch) walk_reddit(e, w);
    } else if (kind == "t3" && d) {
        RawComment r;
        std::string idb, body;
        r.id = id_text(get(d, "id"), idb);
        r.thread = r.id;
        r.author = text(get(d, "author"));
        body = std::string(text(get(d, "title")));
        if (const std::string_view st = text(get(d, "selftext")); !st.empty())
            body += "\n\n" + std::string(st);
        r.text = body;
        set_time(get(d, "created_utc"), r);
        r.likes = count(get(d, "score"));
        r.replies = count(get(d, "num_comments"));
        put(w, r);
    } else if (kind == "t1" && d) {
        reddit_comment(*d, w);
        if (const J* rep = get(d, "replies"); rep && rep->is_object()) walk_reddit(*rep, w);
    } else if (kind == "more") {
        ++w.skipped_more;
    } else {
        reject_item(w, "unknown Reddit kind");
    }
}

void walk_pushshift(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) walk_pushshift(e, w);
        return;
    }
    if (const J* d = get(v, "data"); d && d->is_array()) {
        for (const J& e : *d) walk_pushshift(e, w);
        return;
    }
    if (!v.is_object()) return reject_item(w, "not an object");
    reddit_comment(v, w);
}

// --- Meta ------------------------------------------------------------------------------------------------

void facebook_graph_comment(const J& c, std::string_view parent, JsonWalk& w) {
    RawComment r;
    std::string idb;
    r.id = id_text(get(c, "id"), idb);
    r.parent = text(at(c, "parent", "id"));
    if (r.parent.empty()) r.parent = parent;
    r.author = text(at(c, "from", "name"));
    if (r.author.empty()) r.author = text(at(c, "from", "id"));
    r.text = text(get(c, "message"));
    set_time(get(c, "created_time"), r);
    r.likes = count(get(c, "like_count"));
    if (r.likes < 0) r.likes = count(at(c, "reactions", "summary", "total_count"));
    r.replies = count(get(c, "comment_count"));
    put(w, r);
    const std::string own(r.id);
    if (const J* sub = at(c, "comments", "data"); sub && sub->is_array())
        for (const J& e : *sub) facebook_graph_comment(e, own, w);
}

void walk_facebook_graph(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) walk_facebook_graph(e, w);
        return;
    }
    if (const J* d = get(v, "data"); d && d->is_array())
        for (const J& e : *d) facebook_graph_comment(e, {}, w);
}

void walk_facebook_dyi(const J& v, JsonWalk& w) {
    const J* list = get(v, "comments_v2");
    if (!list) list = get(v, "comments");
    if (!list || !list->is_array()) return reject_item(w, "no comments_v2 list");
    for (const J& e : *list) {
        RawComment r;
        const J* c = nullptr;
        if (const J* d = get(e, "data"); d && d->is_array())
            for (const J& x : *d)
                if (get(x, "comment")) c = get(x, "comment");
        r.text = text(get(c, "comment"));
        r.author = text(get(c, "author"));
        if (r.author.empty()) r.author = "(account owner)";
        set_time(get(c, "timestamp"), r);
        if (r.seconds == kNoTime) set_time(get(e, "timestamp"), r);
        r.thread = text(get(e, "title"));
        r.mojibake = true;
        put(w, r);
    }
}

void instagram_graph_comment(const J& c, std::string_view parent, JsonWalk& w) {
    RawComment r;
    std::string idb;
    r.id = id_text(get(c, "id"), idb);
    r.parent = text(get(c, "parent_id"));
    if (r.parent.empty()) r.parent = parent;
    r.thread = text(at(c, "media", "id"));
    r.author = text(at(c, "from", "username"));
    if (r.author.empty()) r.author = text(get(c, "username"));
    r.text = text(get(c, "text"));
    set_time(get(c, "timestamp"), r);
    r.likes = count(get(c, "like_count"));
    put(w, r);
    const std::string own(r.id);
    if (const J* sub = at(c, "replies", "data"); sub && sub->is_array())
        for (const J& e : *sub) instagram_graph_comment(e, own, w);
}

void walk_instagram_graph(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) walk_instagram_graph(e, w);
        return;
    }
    if (const J* d = get(v, "data"); d && d->is_array())
        for (const J& e : *d) instagram_graph_comment(e, {}, w);
}

void walk_instagram_dyi(const J& v, JsonWalk& w) {
    if (const J* reels = get(v, "comments_reels_comments")) return walk_instagram_dyi(*reels, w);
    if (!v.is_array()) return reject_item(w, "not a list of comments");
    for (const J& e : v) {
        const J* m = get(e, "string_map_data");
        if (!m) {
            reject_item(w, "no string_map_data");
            continue;
        }
        RawComment r;
        r.text = text(at(*m, "Comment", "value"));
        r.thread = text(at(*m, "Media Owner", "value"));
        r.author = "(account owner)";
        set_time(at(*m, "Time", "timestamp"), r);
        if (r.seconds == kNoTime) set_time(at(*m, "Comment", "timestamp"), r);
        r.mojibake = true;
        put(w, r);
    }
}

// --- TikTok ----------------------------------------------------------------------------------------------

void walk_tiktok(const J& v, JsonWalk& w) {
    const J* cs = at(v, "data", "comments");
    if (!cs || !cs->is_array()) return reject_item(w, "no data.comments");
    for (const J& c : *cs) {
        RawComment r;
        std::string idb, pb, vb;
        r.id = id_text(get(c, "id"), idb);
        r.thread = id_text(get(c, "video_id"), vb);
        r.parent = id_text(get(c, "parent_comment_id"), pb);
        if (r.parent == "0" || r.parent == r.thread) r.parent = {}; // top level
        r.text = text(get(c, "text"));
        set_time(get(c, "create_time"), r);
        r.likes = count(get(c, "like_count"));
        r.replies = count(get(c, "reply_count"));
        put(w, r);
    }
}

// --- Mastodon --------------------------------------------------------------------------------------------

void mastodon_status(const J& s, JsonWalk& w) {
    if (!s.is_object()) return reject_item(w, "a status that is not an object");
    const J* shown = &s;
    if (const J* rb = get(s, "reblog"); rb && rb->is_object()) shown = rb; // a boost shows the original
    RawComment r;
    std::string idb;
    r.id = id_text(get(s, "id"), idb);
    r.parent = text(get(s, "in_reply_to_id"));
    r.author = text(at(s, "account", "acct"));
    r.followers = count(at(s, "account", "followers_count"));
    r.text = text(get(*shown, "content"));
    r.html = true;
    set_time(get(s, "created_at"), r);
    r.likes = count(get(*shown, "favourites_count"));
    r.replies = count(get(*shown, "replies_count"));
    r.shares = count(get(*shown, "reblogs_count"));
    r.lang = text(get(*shown, "language"));
    put(w, r);
}

void walk_mastodon(const J& v, JsonWalk& w) {
    if (v.is_array()) {
        for (const J& e : v) mastodon_status(e, w);
        return;
    }
    if (has(v, "ancestors") || has(v, "descendants")) {
        for (const char* k : {"ancestors", "descendants"})
            if (const J* l = get(v, k); l && l->is_array())
                for (const J& e : *l) mastodon_status(e, w);
        return;
    }
    mastodon_status(v, w);
}

// --- Bluesky ---------------------------------------------------------------------------------------------

void bluesky_post(const J& p, JsonWalk& w) {
    RawComment r;
    r.id = text(get(p, "uri"));
    r.parent = text(at(p, "record", "reply", "parent", "uri"));
    r.thread = text(at(p, "record", "reply", "root", "uri"));
    if (r.thread.empty()) r.thread = r.id;
    r.author = text(at(p, "author", "handle"));
    r.text = text(at(p, "record", "text"));
    set_time(at(p, "record", "createdAt"), r);
    if (r.time.empty() && r.seconds == kNoTime) set_time(get(p, "indexedAt"), r);
    r.likes = count(get(p, "likeCount"));
    r.replies = count(get(p, "replyCount"));
    r.shares = count(get(p, "repostCount"));
    if (const J* l = first_of(at(p, "record", "langs"))) r.lang = text(l);
    put(w, r);
}

void bluesky_thread(const J& node, JsonWalk& w, bool up) {
    const std::string_view type = text(get(node, "$type"));
    if (type.find("notFoundPost") != std::string_view::npos ||
        type.find("blockedPost") != std::string_view::npos) {
        ++w.skipped_other;
        return;
    }
    if (const J* p = get(node, "post")) bluesky_post(*p, w);
    if (up) {
        if (const J* parent = get(node, "parent"); parent && parent->is_object())
            bluesky_thread(*parent, w, true);
        return;
    }
    if (const J* reps = get(node, "replies"); reps && reps->is_array())
        for (const J& e : *reps) bluesky_thread(e, w, false);
}

void walk_bluesky(const J& v, JsonWalk& w) {
    if (const J* t = get(v, "thread")) {
        bluesky_thread(*t, w, false);
        if (const J* parent = get(t, "parent"); parent && parent->is_object())
            bluesky_thread(*parent, w, true);
        return;
    }
    if (const J* f = get(v, "feed"); f && f->is_array())
        for (const J& e : *f)
            if (const J* p = get(e, "post")) bluesky_post(*p, w);
}

// --- Telegram --------------------------------------------------------------------------------------------

void telegram_chat(const J& chat, JsonWalk& w) {
    const J* ms = get(chat, "messages");
    if (!ms || !ms->is_array()) return;
    std::string chat_id, idb, pb, flat;
    id_text(get(chat, "id"), chat_id);
    if (chat_id.empty()) chat_id = std::string(text(get(chat, "id")));
    for (const J& m : *ms) {
        if (text(get(m, "type")) == "service") {
            ++w.skipped_other;
            continue;
        }
        RawComment r;
        r.id = id_text(get(m, "id"), idb);
        r.parent = id_text(get(m, "reply_to_message_id"), pb);
        r.thread = chat_id;
        r.author = text(get(m, "from"));
        if (r.author.empty()) r.author = text(get(m, "from_id"));
        const J* t = get(m, "text");
        if (t && t->is_array()) {
            flat.clear();
            for (const J& part : *t)
                flat += part.is_string() ? std::string(text(&part)) : std::string(text(get(part, "text")));
            r.text = flat;
        } else {
            r.text = text(t);
        }
        const std::string_view unix_time = text(get(m, "date_unixtime"));
        if (!unix_time.empty())
            r.time = unix_time;
        else
            r.time = text(get(m, "date"));
        r.likes = reaction_total(get(m, "reactions"));
        put(w, r);
    }
}

void walk_telegram(const J& v, JsonWalk& w) {
    if (const J* l = at(v, "chats", "list"); l && l->is_array()) {
        for (const J& chat : *l) telegram_chat(chat, w);
        return;
    }
    telegram_chat(v, w);
}

// --- Scrapers (Apify actors, the TikTok web API) and DiscordChatExporter ---------------------------------

// Apify datasets are arrays of items (JSON) or one item per line (JSON Lines): both arrive here.
template <class F>
void each_item(const J& v, JsonWalk& w, F&& one) {
    if (v.is_array()) {
        for (const J& e : v) each_item(e, w, one);
        return;
    }
    if (!v.is_object()) return reject_item(w, "not an object");
    one(v);
}

void walk_apify_youtube(const J& v, JsonWalk& w) {
    each_item(v, w, [&](const J& c) {
        RawComment r;
        std::string idb, pb;
        r.id = id_text(get(c, "cid"), idb);
        r.parent = id_text(get(c, "replyToCid"), pb);
        r.thread = text(get(c, "videoId"));
        r.author = text(get(c, "author"));
        r.text = text(get(c, "comment"));
        r.time = text(get(c, "date")); // relative ("2 days ago"), resolved against the reference time
        r.likes = count(get(c, "voteCount"));
        r.replies = count(get(c, "replyCount"));
        put(w, r);
    });
}

void apify_facebook_comment(const J& c, std::string_view parent, JsonWalk& w) {
    RawComment r;
    std::string idb;
    r.id = id_text(get(c, "id"), idb);
    const int64_t depth = count(get(c, "threadingDepth"));
    if (!parent.empty()) {
        r.parent = parent;
    } else if (depth > 0 && static_cast<size_t>(depth) <= w.last_id_at_depth.size()) {
        r.parent = w.last_id_at_depth[static_cast<size_t>(depth - 1)];
    }
    r.thread = text(get(c, "facebookUrl"));
    r.author = text(get(c, "profileName"));
    if (r.author.empty()) r.author = text(get(c, "profileId"));
    r.text = text(get(c, "text"));
    set_time(get(c, "date"), r);
    r.likes = count(get(c, "likesCount")); // a string ("14") in the actor's output
    r.replies = count(get(c, "commentsCount"));
    put(w, r);
    const std::string own(r.id);
    if (depth >= 0 && depth < 64) {
        w.last_id_at_depth.resize(static_cast<size_t>(depth) + 1);
        w.last_id_at_depth[static_cast<size_t>(depth)] = own;
    }
    if (const J* sub = get(c, "comments"); sub && sub->is_array())
        for (const J& e : *sub)
            if (e.is_object()) apify_facebook_comment(e, own, w);
}

void walk_apify_facebook(const J& v, JsonWalk& w) {
    each_item(v, w, [&](const J& c) { apify_facebook_comment(c, {}, w); });
}

void apify_instagram_comment(const J& c, std::string_view parent, std::string_view thread, JsonWalk& w) {
    RawComment r;
    std::string idb;
    r.id = id_text(get(c, "id"), idb);
    r.parent = parent;
    r.thread = text(get(c, "postUrl"));
    if (r.thread.empty()) r.thread = thread; // replies carry no postUrl of their own
    r.author = text(get(c, "ownerUsername"));
    r.text = text(get(c, "text"));
    set_time(get(c, "timestamp"), r);
    r.likes = count(get(c, "likesCount"));
    r.replies = count(get(c, "repliesCount"));
    put(w, r);
    const std::string own(r.id), own_thread(r.thread);
    if (const J* sub = get(c, "replies"); sub && sub->is_array())
        for (const J& e : *sub)
            if (e.is_object()) apify_instagram_comment(e, own, own_thread, w);
}

void walk_apify_instagram(const J& v, JsonWalk& w) {
    each_item(v, w, [&](const J& c) { apify_instagram_comment(c, {}, {}, w); });
}

void walk_apify_tiktok(const J& v, JsonWalk& w) {
    each_item(v, w, [&](const J& c) {
        RawComment r;
        std::string idb, pb;
        r.id = id_text(get(c, "cid"), idb);
        r.parent = id_text(get(c, "repliesToId"), pb);
        r.thread = text(get(c, "videoWebUrl"));
        r.author = text(get(c, "uniqueId"));
        if (r.author.empty()) r.author = text(get(c, "uid"));
        r.text = text(get(c, "text"));
        set_time(get(c, "createTimeISO"), r);
        if (r.time.empty()) set_time(get(c, "createTime"), r);
        r.likes = count(get(c, "diggCount"));
        r.replies = count(get(c, "replyCommentTotal"));
        put(w, r);
    });
}

void walk_tiktok_web(const J& v, JsonWalk& w) {
    if (const J* cs = get(v, "comments"); cs && cs->is_array()) {
        for (const J& e : *cs) walk_tiktok_web(e, w);
        return;
    }
    each_item(v, w, [&](const J& c) {
        RawComment r;
        std::string idb, pb, tb;
        r.id = id_text(get(c, "cid"), idb);
        r.parent = id_text(get(c, "reply_id"), pb);
        if (r.parent == "0") r.parent = {}; // "0" = top level
        r.thread = id_text(get(c, "aweme_id"), tb);
        r.author = text(at(c, "user", "unique_id"));
        if (r.author.empty()) r.author = text(at(c, "user", "nickname"));
        r.text = text(get(c, "text"));
        set_time(get(c, "create_time"), r);
        r.likes = count(get(c, "digg_count"));
        r.replies = count(get(c, "reply_comment_total"));
        put(w, r);
    });
}

void walk_discord(const J& v, JsonWalk& w) {
    const J* ms = get(v, "messages");
    if (!ms || !ms->is_array()) return reject_item(w, "no messages[]");
    std::string channel, cb, idb, pb;
    channel = std::string(id_text(at(v, "channel", "id"), cb));
    for (const J& m : *ms) {
        if (!m.is_object()) {
            reject_item(w, "a message that is not an object");
            continue;
        }
        // Joins, pins, calls and other system messages are not comments.
        const std::string_view type = text(get(m, "type"));
        if (!type.empty() && type != "Default" && type != "Reply") {
            ++w.skipped_other;
            continue;
        }
        RawComment r;
        r.id = id_text(get(m, "id"), idb);
        r.parent = id_text(at(m, "reference", "messageId"), pb);
        r.thread = channel;
        r.author = text(at(m, "author", "nickname"));
        if (r.author.empty()) r.author = text(at(m, "author", "name"));
        r.text = text(get(m, "content"));
        set_time(get(m, "timestamp"), r);
        r.likes = reaction_total(get(m, "reactions"));
        put(w, r);
    }
}

// --- Reviews ---------------------------------------------------------------------------------------------

int star_word(std::string_view s) {
    static const char* const words[] = {"ONE", "TWO", "THREE", "FOUR", "FIVE"};
    for (int i = 0; i < 5; ++i)
        if (s == words[i]) return i + 1;
    return 0;
}

void walk_reviews(const J& v, JsonWalk& w) {
    if (w.format == JsonFormat::app_store_reviews) {
        const J* d = get(v, "data");
        if (!d || !d->is_array()) return reject_item(w, "no data[]");
        for (const J& e : *d) {
            const J* a = get(e, "attributes");
            RawComment r;
            std::string body;
            r.id = text(get(e, "id"));
            r.author = text(get(a, "reviewerNickname"));
            const std::string_view title = text(get(a, "title"));
            body = std::string(title) + (title.empty() ? "" : "\n") + std::string(text(get(a, "body")));
            r.text = body;
            set_time(get(a, "createdDate"), r);
            r.rating = static_cast<int>(count(get(a, "rating")));
            put(w, r);
        }
        return;
    }
    const J* rs = get(v, "reviews");
    if (!rs || !rs->is_array()) return reject_item(w, "no reviews[]");
    for (const J& e : *rs) {
        RawComment r;
        std::string body;
        if (w.format == JsonFormat::google_business_reviews) {
            r.id = text(get(e, "reviewId"));
            r.author = text(at(e, "reviewer", "displayName"));
            r.text = text(get(e, "comment"));
            r.rating = star_word(text(get(e, "starRating")));
            set_time(get(e, "createTime"), r);
        } else {
            r.id = text(get(e, "id"));
            r.author = text(at(e, "consumer", "displayName"));
            const std::string_view title = text(get(e, "title"));
            body = std::string(title) + (title.empty() ? "" : "\n") + std::string(text(get(e, "text")));
            r.text = body;
            r.rating = static_cast<int>(count(get(e, "stars")));
            r.lang = text(get(e, "language"));
            r.likes = count(get(e, "numberOfLikes"));
            set_time(get(e, "createdAt"), r);
        }
        put(w, r);
    }
}

} // namespace

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
