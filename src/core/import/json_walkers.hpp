// json_walkers.hpp — one walker per JSON export format: it turns a parsed export (or one JSON Lines
// item) into comments for the sink. json_formats.cpp detects the format and dispatches here.
//   json_walkers_platforms.cpp  platform APIs and downloads: YouTube, X/Twitter, Reddit, Meta, TikTok,
//                               Mastodon, Bluesky, Telegram, review sites
//   json_walkers_scrapers.cpp   scraper datasets: Apify actors, the TikTok web API, DiscordChatExporter
#pragma once
#include "core/import/json_formats.hpp"

namespace sv::json_walk {

void walk_youtube(const JsonValue& v, JsonWalk& w);
void walk_ycd(const JsonValue& v, JsonWalk& w);
void walk_twarc2(const JsonValue& v, JsonWalk& w);
void walk_x_v1(const JsonValue& v, JsonWalk& w, bool archive);
void walk_reddit(const JsonValue& v, JsonWalk& w);
void walk_pushshift(const JsonValue& v, JsonWalk& w);
void walk_facebook_graph(const JsonValue& v, JsonWalk& w);
void walk_facebook_dyi(const JsonValue& v, JsonWalk& w);
void walk_instagram_graph(const JsonValue& v, JsonWalk& w);
void walk_instagram_dyi(const JsonValue& v, JsonWalk& w);
void walk_tiktok(const JsonValue& v, JsonWalk& w);
void walk_mastodon(const JsonValue& v, JsonWalk& w);
void walk_bluesky(const JsonValue& v, JsonWalk& w);
void walk_telegram(const JsonValue& v, JsonWalk& w);
void walk_reviews(const JsonValue& v, JsonWalk& w);
void walk_apify_youtube(const JsonValue& v, JsonWalk& w);
void walk_apify_facebook(const JsonValue& v, JsonWalk& w);
void walk_apify_instagram(const JsonValue& v, JsonWalk& w);
void walk_apify_tiktok(const JsonValue& v, JsonWalk& w);
void walk_tiktok_web(const JsonValue& v, JsonWalk& w);
void walk_discord(const JsonValue& v, JsonWalk& w);

} // namespace sv::json_walk
