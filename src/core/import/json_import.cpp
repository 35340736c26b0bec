// json_import.cpp — see json_import.hpp. Splitting and parsing here; the format walkers are in
// json_formats.cpp.
#include "core/import/json_import.hpp"

#include "core/import/json_formats.hpp"

namespace sv {

size_t x_archive_prefix(std::string_view t) {
    size_t i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
    if (t.substr(i, 11) != "window.YTD.") return 0;
    const size_t eq = t.find('=', i);
    if (eq == std::string_view::npos || eq - i > 200) return 0;
    return eq + 1;
}

Result<std::vector<JsonSpan>> split_json_values(std::string_view t) {
    if (t.size() > kMaxJsonBytes)
        return make_error("too_large",
                          "the JSON text is " + std::to_string(t.size() >> 20) + " MiB; the limit is " +
                              std::to_string(kMaxJsonBytes >> 20) + " MiB",
                          "split the export into smaller files (JSON Lines can be split at any line)");
    std::vector<JsonSpan> out;
    size_t i = 0;
    int64_t line = 1;
    const size_t n = t.size();
    while (i < n) {
        const char c = t[i];
        if (c == '\n') {
            ++line, ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ';') {
            ++i;
            continue;
        }
        JsonSpan s;
        s.offset = i;
        s.line = line;
        if (c != '{' && c != '[') {
            // Not a JSON container: the rest of the line is one bad record.
            while (i < n && t[i] != '\n') ++i;
            s.size = i - s.offset;
            s.complete = false;
            out.push_back(s);
            continue;
        }
        size_t depth = 0;
        bool in_string = false;
        for (; i < n; ++i) {
            const char ch = t[i];
            if (in_string) {
                if (ch == '\\') {
                    ++i;
                    if (i < n && t[i] == '\n') ++line;
                } else if (ch == '"') {
                    in_string = false;
                } else if (ch == '\n') {
                    ++line;
                }
                continue;
            }
            if (ch == '"') {
                in_string = true;
            } else if (ch == '{' || ch == '[') {
                if (++depth > kMaxJsonDepth) {
                    Error e = make_error(
                        "too_deep", "the JSON nests deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                        "this is not a comment export; check that the right file was chosen");
                    e.line = line;
                    e.byte_offset = static_cast<int64_t>(i);
                    return e;
                }
            } else if (ch == '}' || ch == ']') {
                if (--depth == 0) {
                    ++i;
                    break;
                }
            } else if (ch == '\n') {
                ++line;
            }
        }
        s.size = i - s.offset;
        s.complete = depth == 0;
        out.push_back(s);
    }
    return out;
}

} // namespace sv

namespace sv {

namespace {

Platform platform_of(JsonFormat f) {
    switch (f) {
    case JsonFormat::youtube_api:
    case JsonFormat::youtube_comment_downloader:
        return Platform::youtube;
    case JsonFormat::twarc2:
    case JsonFormat::x_v2_flat:
    case JsonFormat::x_v1:
    case JsonFormat::x_archive:
        return Platform::twitter;
    case JsonFormat::reddit_listing:
    case JsonFormat::pushshift:
        return Platform::reddit;
    case JsonFormat::facebook_graph:
    case JsonFormat::facebook_dyi:
        return Platform::facebook;
    case JsonFormat::instagram_graph:
    case JsonFormat::instagram_dyi:
        return Platform::instagram;
    case JsonFormat::tiktok_research:
        return Platform::tiktok;
    case JsonFormat::mastodon:
        return Platform::mastodon;
    case JsonFormat::bluesky:
        return Platform::bluesky;
    case JsonFormat::telegram:
        return Platform::telegram;
    case JsonFormat::google_business_reviews:
    case JsonFormat::app_store_reviews:
    case JsonFormat::trustpilot_api:
        return Platform::reviews;
    case JsonFormat::unknown:
        break;
    }
    return Platform::unknown;
}

std::string top_keys(const JsonValue& v) {
    const JsonValue* o = &v;
    if (v.is_array() && !v.empty()) o = &v[0];
    if (!o->is_object()) return v.is_array() ? "an array" : "a single value";
    std::string out;
    int n = 0;
    for (auto it = o->begin(); it != o->end() && n < 12; ++it, ++n) out += (n ? ", " : "") + it.key();
    return "keys " + out;
}

} // namespace

std::vector<std::string> json_format_names() {
    std::vector<std::string> out;
    for (int i = 1; i <= static_cast<int>(JsonFormat::trustpilot_api); ++i)
        out.emplace_back(json_format_name(static_cast<JsonFormat>(i)));
    return out;
}

bool is_json_format(std::string_view name) {
    return name == "json" || json_format_from_name(name) != JsonFormat::unknown;
}

Status import_json(std::string_view all, CommentSink& sink, ImportReport& report,
                   const ImportOptions& options) {
    const size_t start = x_archive_prefix(all);
    std::string_view t = all.substr(start);
    auto spans = split_json_values(t);
    if (!spans) return spans.error();
    const std::vector<JsonSpan>& values = spans.value();
    if (values.empty())
        return make_error("empty_file", "the file holds no JSON values",
                          "check that the export finished writing");

    // Detection: the first value that parses.
    JsonDetection det;
    size_t first_ok = values.size();
    JsonValue first;
    for (size_t i = 0; i < values.size() && i < 5; ++i) {
        if (!values[i].complete) continue;
        first = JsonValue::parse(t.begin() + static_cast<std::ptrdiff_t>(values[i].offset),
                                 t.begin() + static_cast<std::ptrdiff_t>(values[i].offset + values[i].size),
                                 nullptr, false);
        if (!first.is_discarded()) {
            first_ok = i;
            break;
        }
    }
    if (first_ok == values.size())
        return make_error("bad_json", "the file starts like JSON but its first values do not parse",
                          "check that the file is complete JSON or JSON Lines (one object per line)");
    const JsonFormat forced = json_format_from_name(options.format);
    if (forced != JsonFormat::unknown) {
        det.format = forced;
        det.reason = "chosen by the user (--format)";
    } else {
        det = detect_json_format(first);
        if (!det.not_comments.empty())
            return make_error("not_comments", "this file holds " + det.not_comments + ", not comments",
                              "import a file with the comments or posts themselves");
        if (det.format == JsonFormat::unknown)
            return make_error(
                "unknown_format", "no known comment export has this JSON shape (" + top_keys(first) + ")",
                "name the format with --format NAME (see 'stormvakt analyze --help'), or convert the "
                "file to CSV and map its columns with --map");
    }
    report.format = json_format_name(det.format);
    const std::string shape =
        start > 0            ? "an X archive file (window.YTD... = [...])"
        : values.size() == 1 ? "one JSON document"
                             : std::to_string(values.size()) + " JSON values (JSON Lines or concatenated)";
    report.format_reason = det.reason + "; " + shape;
    sink.set_platform(platform_of(det.format));

    JsonWalk walk{sink, report, det.format, {}, 0, 0};
    for (size_t i = 0; i < values.size(); ++i) {
        const JsonSpan& s = values[i];
        walk.span = s;
        auto reject_bad = [&](const char* why) {
            Error e =
                make_error("bad_json", why,
                           "the record is cut off or not JSON; the other records were read. Re-export or "
                           "remove the broken line");
            e.line = s.line;
            e.byte_offset = static_cast<int64_t>(start + s.offset);
            e.excerpt = std::string(t.substr(s.offset, s.size < 80 ? s.size : 80));
            sink.reject(std::move(e));
        };
        if (!s.complete) {
            reject_bad(t[s.offset] == '{' || t[s.offset] == '['
                           ? "the JSON value is not closed before the end of the file"
                           : "this line is not JSON");
            continue;
        }
        if (i == first_ok) {
            walk_json_value(first, walk);
            continue;
        }
        const JsonValue v =
            JsonValue::parse(t.begin() + static_cast<std::ptrdiff_t>(s.offset),
                             t.begin() + static_cast<std::ptrdiff_t>(s.offset + s.size), nullptr, false);
        if (v.is_discarded()) {
            reject_bad("the JSON value does not parse");
            continue;
        }
        walk_json_value(v, walk);
    }
    if (walk.skipped_more > 0)
        report.warnings.push_back(
            std::to_string(walk.skipped_more) +
            " Reddit \"more\" stubs (collapsed comments the export does not contain) were skipped");
    if (walk.skipped_other > 0)
        report.warnings.push_back(
            std::to_string(walk.skipped_other) +
            " items that are not comments (service messages, deleted or blocked posts, error "
            "pages) were skipped");
    return Ok{};
}

} // namespace sv
