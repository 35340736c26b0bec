// json_formats.hpp — JSON format detection (by signature, FORMATS.md §12) and one walker per format that
// maps records to RawComment. Internal to the importer (json_import.cpp).
#pragma once
#include "core/import/comment_sink.hpp"
#include "core/import/json_import.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace sv {

using JsonValue = nlohmann::json;

enum class JsonFormat : uint8_t {
    unknown,
    youtube_api,
    youtube_comment_downloader,
    twarc2,
    x_v2_flat,
    x_v1,
    x_archive,
    reddit_listing,
    pushshift,
    facebook_graph,
    facebook_dyi,
    instagram_graph,
    instagram_dyi,
    tiktok_research,
    mastodon,
    bluesky,
    telegram,
    google_business_reviews,
    app_store_reviews,
    trustpilot_api,
    apify_youtube,         // streamers/youtube-comments-scraper
    apify_facebook,        // apify/facebook-comments-scraper
    apify_instagram,       // apify/instagram-comment-scraper
    apify_tiktok,          // clockworks/tiktok-comments-scraper
    tiktok_web,            // TikTok web API /api/comment/list/
    discord_chat_exporter, // DiscordChatExporter JSON
};

const char* json_format_name(JsonFormat f);
JsonFormat json_format_from_name(std::string_view name);

struct JsonDetection {
    JsonFormat format = JsonFormat::unknown;
    std::string reason;       // the signature that matched
    std::string not_comments; // non-empty: the file is a known non-comment file (users, counts, ...)
};

// Detects the format from the first parsed value.
JsonDetection detect_json_format(const JsonValue& first);

// Emits the comments of one top-level value. Records that cannot be read are rejected via the sink.
struct JsonWalk {
    CommentSink& sink;
    ImportReport& report;
    JsonFormat format;
    JsonSpan span;              // where the value is (for reject locations)
    uint64_t skipped_more = 0;  // Reddit "more" stubs (ids of collapsed comments, not comments)
    uint64_t skipped_other = 0; // not-a-comment items (Telegram service messages, Bluesky notFound/blocked)
    // Apify Facebook gives no parent ids: a reply follows its parent in dataset order, one threadingDepth
    // deeper. The id of the last comment seen at each depth.
    std::vector<std::string> last_id_at_depth = {};
};
void walk_json_value(const JsonValue& v, JsonWalk& w);

} // namespace sv
