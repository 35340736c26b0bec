// json_walkers_platforms.cpp — walkers for platform APIs and downloads (see json_walkers.hpp). Field paths
// follow ../shared/FORMATS.md.
#include "core/import/json_walkers.hpp"

#include "core/import/json_access.hpp"

#include <unordered_map>

namespace sv::json_walk {

using namespace json_access;

// --- YouTube ---------------------------------------------------------------------------------------------

static void youtube_comment(const J& c, int64_t reply_count, JsonWalk& w) {
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

static void x_v2_tweet(const J& t, const XUsers& users, JsonWalk& w) {
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

static void x_v1_tweet(const J& t, JsonWalk& w, bool archive) {
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

static void reddit_comment(const J& d, JsonWalk& w) {
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

static void facebook_graph_comment(const J& c, std::string_view parent, JsonWalk& w) {
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

static void instagram_graph_comment(const J& c, std::string_view parent, JsonWalk& w) {
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

static void mastodon_status(const J& s, JsonWalk& w) {
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

static void bluesky_post(const J& p, JsonWalk& w) {
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

static void bluesky_thread(const J& node, JsonWalk& w, bool up) {
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

static void telegram_chat(const J& chat, JsonWalk& w) {
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

// --- Reviews ---------------------------------------------------------------------------------------------

static int star_word(std::string_view s) {
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

} // namespace sv::json_walk
