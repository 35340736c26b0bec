// json_walkers_scrapers.cpp — walkers for scraper datasets: Apify actors, the TikTok web API and
// DiscordChatExporter (see json_walkers.hpp). Field paths follow ../shared/FORMATS.md.
#include "core/import/json_walkers.hpp"

#include "core/import/json_access.hpp"

#include <unordered_map>

namespace sv::json_walk {

using namespace json_access;

// --- Scrapers (Apify actors, the TikTok web API) and DiscordChatExporter ---------------------------------

// Apify datasets are arrays of items (JSON) or one item per line (JSON Lines): both arrive here.
template <class F>
static void each_item(const J& v, JsonWalk& w, F&& one) {
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

static void apify_facebook_comment(const J& c, std::string_view parent, JsonWalk& w) {
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

static void apify_instagram_comment(const J& c, std::string_view parent, std::string_view thread,
                                    JsonWalk& w) {
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

} // namespace sv::json_walk
