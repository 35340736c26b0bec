// column_map.cpp — see column_map.hpp.
//
// [SECTION] Field names and header normalisation
// [SECTION] Alias lists (en / sv / de)
// [SECTION] Presets for known CSV exports
// [SECTION] match_headers, apply_mapping
#include "core/import/column_map.hpp"

#include <cstdlib>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Field names and header normalisation
// ---------------------------------------------------------------------------------------------------------

namespace {
constexpr const char* kFieldNames[kFieldCount] = {"id",   "parent", "thread",  "author", "followers", "text",
                                                  "time", "likes",  "replies", "shares", "rating",    "lang"};
}

const char* field_name(Field f) {
    return kFieldNames[static_cast<size_t>(f)];
}

bool field_from_name(std::string_view name, Field& out) {
    for (size_t i = 0; i < kFieldCount; ++i)
        if (name == kFieldNames[i]) {
            out = static_cast<Field>(i);
            return true;
        }
    // Friendly synonyms for --map.
    struct Syn {
        const char* name;
        Field f;
    };
    static const Syn syn[] = {{"parent_id", Field::parent},
                              {"created_at", Field::time},
                              {"timestamp", Field::time},
                              {"date", Field::time},
                              {"author_followers", Field::followers},
                              {"language", Field::lang},
                              {"body", Field::text},
                              {"stars", Field::rating}};
    for (const Syn& s : syn)
        if (name == s.name) {
            out = s.f;
            return true;
        }
    return false;
}

std::string normalise_header(std::string_view h) {
    std::string out;
    out.reserve(h.size());
    // Drop a trailing "(...)" annotation, e.g. "Name (click to view profile)", "Review Created (UTC)".
    while (!h.empty() && (h.back() == ' ' || h.back() == '\t' || h.back() == '"')) h.remove_suffix(1);
    if (!h.empty() && h.back() == ')') {
        const size_t open = h.rfind('(');
        if (open != std::string_view::npos && open > 0) h = h.substr(0, open);
    }
    bool space = false;
    for (size_t i = 0; i < h.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(h[i]);
        if (c == 0xEF && i + 2 < h.size() && static_cast<unsigned char>(h[i + 1]) == 0xBB &&
            static_cast<unsigned char>(h[i + 2]) == 0xBF) {
            i += 2; // stray BOM
            continue;
        }
        if (c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t' || c == '"' || c == '/' || c == ':') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' '), space = false;
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        // UTF-8 Å Ä Ö Ü (C3 85/84/96/9C) -> å ä ö ü
        if (c == 0xC3 && i + 1 < h.size()) {
            unsigned char n = static_cast<unsigned char>(h[i + 1]);
            if (n == 0x85 || n == 0x84 || n == 0x96 || n == 0x9C) n = static_cast<unsigned char>(n + 0x20);
            out.push_back(static_cast<char>(c));
            out.push_back(static_cast<char>(n));
            ++i;
            continue;
        }
        out.push_back(static_cast<char>(c));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Alias lists (en / sv / de), normalised form, most specific first
// ---------------------------------------------------------------------------------------------------------

namespace {

struct Aliases {
    Field field;
    std::vector<const char*> names;
};

const std::vector<Aliases>& alias_table() {
    static const std::vector<Aliases> t = {
        {Field::text,
         {"text",           "comment text", "comment",        "body",       "message",      "content",
          "full text",      "review text",  "review content", "review",     "textoriginal", "text original",
          "comment body",   "post text",    "tweet",          "tweet text", "kommentar",    "kommentarer",
          "kommentartext",  "meddelande",   "innehåll",       "inlägg",     "nachricht",    "inhalt",
          "kommentar text", "beitrag",      "rezension",      "recension"}},
        {Field::id,
         {"id", "comment id", "commentid", "cid", "id str", "tweet id", "message id", "post id", "review id",
          "reviewid", "status id", "kommentar id", "kommentarid", "kommentar nr", "nachricht id"}},
        {Field::parent,
         {"parent id",
          "parent",
          "parentid",
          "parent comment id",
          "in reply to id",
          "in reply to status id",
          "in reply to status id str",
          "reply to",
          "reply to id",
          "replyto",
          "replytoid",
          "reply to message id",
          "parent comment",
          "förälder",
          "förälder id",
          "svar på",
          "svar till",
          "svarar på",
          "antwort auf",
          "eltern id",
          "übergeordnet",
          "übergeordnete id",
          "referenced tweets replied to id"}},
        {Field::thread,
         {"thread", "thread id", "conversation id", "video id", "videoid", "link id", "submission id", "post",
          "media id", "tråd", "tråd id", "video", "faden", "thema", "diskussion", "unterhaltung"}},
        {Field::author,
         {"author",
          "author name",
          "username",
          "user name",
          "user",
          "screen name",
          "user screen name",
          "author username",
          "author display name",
          "authordisplayname",
          "display name",
          "name",
          "from",
          "from name",
          "account",
          "handle",
          "författare",
          "användare",
          "användarnamn",
          "namn",
          "avsändare",
          "autor",
          "benutzer",
          "benutzername",
          "nutzer",
          "nutzername",
          "verfasser"}},
        {Field::followers,
         {"followers", "author followers", "followers count", "follower count", "user followers count",
          "author public metrics followers count", "subscribers", "följare", "antal följare", "follower",
          "anzahl follower", "abonnenten"}},
        {Field::time,
         {"created at",
          "created",
          "time",
          "timestamp",
          "date",
          "datetime",
          "date time",
          "created time",
          "created utc",
          "published at",
          "publishedat",
          "published",
          "posted at",
          "posted",
          "time posted",
          "comment create timestamp",
          "parsed created at",
          "tid",
          "tidpunkt",
          "datum",
          "tidsstämpel",
          "skapad",
          "publicerad",
          "datum och tid",
          "zeit",
          "zeitstempel",
          "erstellt",
          "erstellt am",
          "veröffentlicht",
          "datum uhrzeit",
          "uhrzeit"}},
        {Field::likes,
         {"likes", "like count", "likecount", "likes count", "favorite count", "favourites count",
          "public metrics like count", "score", "votes", "upvotes", "ups", "reactions", "thumbsupcount",
          "thumbs up count", "gillar", "gilla markeringar", "gillamarkeringar", "gefällt mir",
          "daumen hoch"}},
        {Field::replies,
         {"replies", "reply count", "replies count", "replycount", "comment count", "total reply count",
          "public metrics reply count", "svar", "antal svar", "antworten", "anzahl antworten"}},
        {Field::shares,
         {"shares", "share count", "shares count", "retweets", "retweet count", "reblogs count", "reposts",
          "repost count", "public metrics retweet count", "delningar", "delade", "geteilt", "teilungen"}},
        {Field::rating,
         {"rating", "stars", "star rating", "review stars", "betyg", "stjärnor", "bewertung", "sterne"}},
        {Field::lang, {"lang", "language", "reviewer language", "språk", "sprache"}},
    };
    return t;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Presets for known CSV exports
// ---------------------------------------------------------------------------------------------------------

struct PresetDef {
    CsvPreset preset;
    std::vector<const char*> required;                  // normalised headers that identify it
    std::vector<std::pair<Field, const char*>> mapping; // field -> normalised header ("" = leave unmapped)
};

const std::vector<PresetDef>& presets() {
    static const std::vector<PresetDef> p = {
        {{"exportcomments_youtube_csv", Platform::youtube,
          "headers Name, Date, Likes, isHearted, isPinned, Comment (exportcomments.com YouTube)"},
         {"name", "date", "likes", "ishearted", "ispinned", "comment"},
         {{Field::id, ""},
          {Field::author, "name"},
          {Field::time, "date"},
          {Field::text, "comment"},
          {Field::likes, "likes"}}},
        {{"exportcomments_instagram_csv", Platform::instagram,
          "headers Username, Profile ID, Comment ID, Comment URL (exportcomments.com Instagram)"},
         {"username", "profile id", "comment id", "comment url"},
         {{Field::id, "comment id"},
          {Field::author, "name"},
          {Field::time, "date"},
          {Field::text, "comment"},
          {Field::likes, "likes"}}},
        {{"exportcomments_facebook_csv", Platform::facebook,
          "headers Name, Profile ID, Date, Likes, Comment without Comment URL (exportcomments.com Facebook)"},
         {"name", "profile id", "date", "likes", "comment"},
         {{Field::id, ""},
          {Field::author, "name"},
          {Field::time, "date"},
          {Field::text, "comment"},
          {Field::likes, "likes"}}},
        {{"exportcomments_tiktok_csv", Platform::tiktok,
          "headers Nickname/Name, Date, Likes, Comment, Replies (exportcomments.com TikTok)"},
         {"name", "date", "likes", "comment", "replies"},
         {{Field::id, ""},
          {Field::author, "name"},
          {Field::time, "date"},
          {Field::text, "comment"},
          {Field::likes, "likes"},
          {Field::replies, "replies"}}},
        {{"google_play_csv", Platform::reviews,
          "headers Review Submit Millis Since Epoch, Star Rating (Google Play Console)"},
         {"review submit millis since epoch", "star rating"},
         {{Field::id, "review link"},
          {Field::time, "review submit millis since epoch"},
          {Field::rating, "star rating"},
          {Field::text, "review text"},
          {Field::lang, "reviewer language"},
          {Field::author, ""}}},
        {{"google_play_scraper_csv", Platform::reviews, "headers reviewId, userName, content, score, at"},
         {"reviewid", "username", "content", "score", "at"},
         {{Field::id, "reviewid"},
          {Field::author, "username"},
          {Field::text, "content"},
          {Field::rating, "score"},
          {Field::time, "at"},
          {Field::likes, "thumbsupcount"}}},
        {{"trustpilot_csv", Platform::reviews, "headers Review Stars, Review Content (Trustpilot)"},
         {"review stars", "review content"},
         {{Field::id, "review id"},
          {Field::author, "review username"},
          {Field::text, "review content"},
          {Field::rating, "review stars"},
          {Field::time, "review created"}}},
        {{"app_store_csv", Platform::reviews, "headers review, rating, userName, date (App Store scraper)"},
         {"review", "rating", "username", "date"},
         {{Field::author, "username"},
          {Field::text, "review"},
          {Field::rating, "rating"},
          {Field::time, "date"}}},
        {{"reddit_gdpr_csv", Platform::reddit,
          "headers permalink, date, subreddit, gildings, link, parent, body (Reddit data request)"},
         {"permalink", "date", "subreddit", "gildings", "link", "parent", "body"},
         {{Field::id, "id"},
          {Field::parent, "parent"},
          {Field::thread, "link"},
          {Field::time, "date"},
          {Field::text, "body"}}},
        {{"youtube_takeout_csv", Platform::youtube,
          "headers Comment ID, Video ID, Comment Text (Google Takeout)"},
         {"comment id", "video id", "comment text"},
         {{Field::id, "comment id"},
          {Field::parent, "parent comment id"},
          {Field::thread, "video id"},
          {Field::author, "channel id"},
          {Field::time, "comment create timestamp"},
          {Field::text, "comment text"}}},
        // Facepager: `id`/`parent_id` are Facepager's own node ids (its query tree), not the platform's, so
        // the platform id (`object_id`) is the id; the user-chosen API columns (message, created_time,
        // from.name, like_count, ...) are matched by the aliases. Seed rows (the queried page or post, level
        // 0) have no message and are rejected as empty.
        {{"facepager_csv", Platform::facebook,
          "headers level, id, parent_id, object_id, object_type (Facepager export)"},
         {"level", "id", "parent id", "object id", "object type"},
         {{Field::id, "object id"}, {Field::parent, ""}}},
        {{"discord_chat_exporter_csv", Platform::generic,
          "headers AuthorID, Author, Date, Content, Attachments, Reactions (DiscordChatExporter CSV)"},
         {"authorid", "author", "date", "content", "attachments", "reactions"},
         {{Field::id, ""},
          {Field::author, "author"},
          {Field::time, "date"},
          {Field::text, "content"},
          {Field::likes, "reactions"}}}, // "👍 (3),❤ (1)": the sum of the counts (parse_count)
        {{"twarc_csv", Platform::twitter, "headers id, conversation_id, author_id, text (twarc-csv)"},
         {"id", "conversation id", "author id", "text"},
         {{Field::id, "id"},
          {Field::parent, "referenced tweets replied to id"},
          {Field::thread, "conversation id"},
          {Field::author, "author username"},
          {Field::followers, "author public metrics followers count"},
          {Field::time, "created at"},
          {Field::text, "text"},
          {Field::likes, "public metrics like count"},
          {Field::replies, "public metrics reply count"},
          {Field::shares, "public metrics retweet count"},
          {Field::lang, "lang"}}},
        {{"twarc1_csv", Platform::twitter,
          "headers tweet_url, parsed_created_at, tweet_type (twarc json2csv)"},
         {"tweet url", "parsed created at", "tweet type"},
         {{Field::id, "id"},
          {Field::parent, "in reply to status id"},
          {Field::author, "user screen name"},
          {Field::followers, "user followers count"},
          {Field::time, "created at"},
          {Field::text, "text"},
          {Field::likes, "favorite count"},
          {Field::shares, "retweet count"},
          {Field::lang, "lang"}}},
    };
    return p;
}

int find_column(const std::vector<std::string>& normalised, std::string_view name,
                const std::vector<bool>& used) {
    for (size_t i = 0; i < normalised.size(); ++i)
        if (!used[i] && normalised[i] == name) return static_cast<int>(i);
    return -1;
}

} // namespace

const CsvPreset* find_csv_preset(std::string_view format) {
    for (const PresetDef& p : presets())
        if (format == p.preset.format) return &p.preset;
    return nullptr;
}

std::vector<std::string> csv_preset_names() {
    std::vector<std::string> out;
    for (const PresetDef& p : presets()) out.emplace_back(p.preset.format);
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] match_headers, apply_mapping
// ---------------------------------------------------------------------------------------------------------

HeaderMatch match_headers(const std::vector<std::string>& normalised, const CsvPreset* forced) {
    HeaderMatch m;
    std::vector<bool> used(normalised.size(), false);
    std::array<bool, kFieldCount> fixed{};
    const PresetDef* chosen = nullptr;
    for (const PresetDef& p : presets()) {
        if (forced && forced != &p.preset) continue;
        bool all = true;
        for (const char* r : p.required)
            if (find_column(normalised, r, used) < 0) all = false;
        if (all || forced) {
            chosen = &p;
            break;
        }
    }
    if (chosen) {
        m.preset = &chosen->preset;
        for (const auto& [field, header] : chosen->mapping) {
            fixed[static_cast<size_t>(field)] = true;
            if (header[0] == '\0') continue;
            const int c = find_column(normalised, header, used);
            if (c >= 0) {
                m.map[field] = c;
                used[static_cast<size_t>(c)] = true;
            }
        }
    }
    for (const Aliases& a : alias_table()) {
        if (fixed[static_cast<size_t>(a.field)] || m.map[a.field] >= 0) continue;
        for (const char* name : a.names) {
            const int c = find_column(normalised, name, used);
            if (c >= 0) {
                m.map[a.field] = c;
                used[static_cast<size_t>(c)] = true;
                break;
            }
        }
    }
    return m;
}

Status apply_mapping(const std::vector<std::string>& mapping, const std::vector<std::string>& headers,
                     const std::vector<std::string>& normalised, ColumnMap& map) {
    std::string known;
    for (size_t i = 0; i < headers.size(); ++i) known += (i ? ", " : "") + std::string(headers[i]);
    for (const std::string& entry : mapping) {
        if (entry.empty()) continue;
        const size_t eq = entry.find('=');
        if (eq == std::string::npos)
            return make_error("bad_mapping", "the mapping '" + entry + "' has no '='",
                              "write FIELD=COLUMN, e.g. --map text=comment,time=date");
        Field f;
        const std::string field = entry.substr(0, eq), col = entry.substr(eq + 1);
        if (!field_from_name(field, f))
            return make_error("bad_mapping", "unknown field '" + field + "' in --map",
                              "fields: id, parent, thread, author, followers, text, time, likes, replies, "
                              "shares, rating, lang");
        if (col.empty() || col == "-" || col == "none") {
            map[f] = -1;
            continue;
        }
        int c = -1;
        const std::string want = normalise_header(col);
        for (size_t i = 0; i < normalised.size() && c < 0; ++i)
            if (headers[i] == col) c = static_cast<int>(i);
        for (size_t i = 0; i < normalised.size() && c < 0; ++i)
            if (normalised[i] == want) c = static_cast<int>(i);
        if (c < 0 && col.find_first_not_of("0123456789") == std::string::npos) {
            const long n = std::strtol(col.c_str(), nullptr, 10);
            if (n >= 1 && static_cast<size_t>(n) <= headers.size()) c = static_cast<int>(n - 1);
        }
        if (c < 0)
            return make_error("bad_mapping", "no column '" + col + "' for " + field + " in this file",
                              "the columns are: " + known + " (or give a 1-based column number)");
        // A column feeds one field: take it from any other.
        for (size_t k = 0; k < kFieldCount; ++k)
            if (map.column[k] == c) map.column[k] = -1;
        map[f] = c;
    }
    return Ok{};
}

} // namespace sv
