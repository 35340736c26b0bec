// json_import.cpp — see json_import.hpp. Splitting and parsing here; the format walkers are in
// json_formats.cpp.
#include "core/import/json_import.hpp"

#include "core/import/json_formats.hpp"
#include "core/pipeline/job.hpp"
#include "core/text/encoding.hpp"

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
        return with_code(
            make_error("too_large",
                       "the JSON text is " + std::to_string(t.size() >> 20) + " MiB; the limit is " +
                           std::to_string(kMaxJsonBytes >> 20) + " MiB",
                       "split the export into smaller files (JSON Lines can be split at any line)"),
            ErrorCode::json_text_too_large, {}, {}, int64_t(t.size() >> 20), int64_t(kMaxJsonBytes >> 20));
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
                    // Skip the escaped character, but never past the end (a text may end in a backslash).
                    if (i + 1 < n) {
                        ++i;
                        if (t[i] == '\n') ++line;
                    }
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
                    Error e = with_code(
                        make_error("too_deep",
                                   "the JSON nests deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                                   "this is not a comment export; check that the right file was chosen"),
                        ErrorCode::json_too_deep, {}, {}, int64_t(kMaxJsonDepth));
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
    case JsonFormat::apify_youtube:
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
    case JsonFormat::apify_facebook:
        return Platform::facebook;
    case JsonFormat::instagram_graph:
    case JsonFormat::instagram_dyi:
    case JsonFormat::apify_instagram:
        return Platform::instagram;
    case JsonFormat::tiktok_research:
    case JsonFormat::apify_tiktok:
    case JsonFormat::tiktok_web:
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
    case JsonFormat::discord_chat_exporter: // a chat server: no platform of its own in the store
        return Platform::generic;
    case JsonFormat::unknown:
        break;
    }
    return Platform::unknown;
}

std::string join_names(const std::vector<std::string>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
    return out;
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

JsonImport::JsonImport(std::string_view all, CommentSink& sink, ImportReport& report,
                       const ImportOptions& options)
    : all_(all), sink_(sink), report_(report), options_(options) {}

JsonImport::~JsonImport() = default;

Status JsonImport::start() {
    start_ = x_archive_prefix(all_);
    t_ = all_.substr(start_);
    auto spans = split_json_values(t_);
    if (!spans) return spans.error();
    values_ = std::move(spans.value());
    if (values_.empty())
        return with_code(make_error("empty_file", "the file holds no JSON values",
                                    "check that the export finished writing"),
                         ErrorCode::json_empty);

    // Detection: the first value that parses.
    JsonDetection det;
    first_ok_ = values_.size();
    first_ = std::make_unique<JsonValue>();
    for (size_t i = 0; i < values_.size() && i < 5; ++i) {
        if (!values_[i].complete) continue;
        *first_ = parse(values_[i]);
        if (!first_->is_discarded()) {
            first_ok_ = i;
            break;
        }
    }
    if (first_ok_ == values_.size())
        return with_code(
            make_error("bad_json", "the file starts like JSON but its first values do not parse",
                       "check that the file is complete JSON or JSON Lines (one object per line)"),
            ErrorCode::json_first_bad);
    const JsonFormat forced = json_format_from_name(options_.format);
    if (forced != JsonFormat::unknown) {
        det.format = forced;
        det.reason = "chosen by the user (--format)";
    } else {
        det = detect_json_format(*first_);
        if (!det.not_comments.empty())
            return with_code(make_error("not_comments",
                                        "this file holds " + det.not_comments + ", not comments",
                                        "import a file with the comments or posts themselves"),
                             ErrorCode::json_not_comments, det.not_comments);
        if (det.format == JsonFormat::unknown)
            return with_code(
                make_error("unknown_format",
                           "no known comment export has this JSON shape (" + top_keys(*first_) + ")",
                           "name the format with --format NAME (one of: " + join_names(json_format_names()) +
                               "), or convert the file to CSV and map its columns with --map"),
                ErrorCode::json_unknown_shape, top_keys(*first_), join_names(json_format_names()));
    }
    report_.format = json_format_name(det.format);
    const std::string shape =
        start_ > 0            ? "an X archive file (window.YTD... = [...])"
        : values_.size() == 1 ? "one JSON document"
                              : std::to_string(values_.size()) + " JSON values (JSON Lines or concatenated)";
    report_.format_reason = det.reason + "; " + shape;
    report_.format_why = {FormatWhy::Kind::json,
                          forced != JsonFormat::unknown,
                          forced != JsonFormat::unknown ? "" : det.reason,
                          "",
                          DelimiterWhy::none,
                          start_ > 0 ? -1 : static_cast<int64_t>(values_.size())};
    sink_.set_platform(platform_of(det.format));
    walk_ = std::make_unique<JsonWalk>(JsonWalk{sink_, report_, det.format, {}, 0, 0});
    return Ok{};
}

JsonValue JsonImport::parse(const JsonSpan& s) const {
    return JsonValue::parse(t_.begin() + static_cast<std::ptrdiff_t>(s.offset),
                            t_.begin() + static_cast<std::ptrdiff_t>(s.offset + s.size), nullptr, false);
}

uint64_t JsonImport::bytes_done() const {
    return next_ < values_.size() ? start_ + values_[next_].offset : all_.size();
}

bool JsonImport::step(double budget_ms) {
    const double t0 = clock_ms();
    JsonWalk& walk = *walk_;
    while (next_ < values_.size()) {
        const size_t i = next_++;
        const JsonSpan& s = values_[i];
        walk.span = s;
        auto reject_bad = [&](const char* why, ErrorCode code) {
            Error e =
                make_error("bad_json", why,
                           "the record is cut off or not JSON; the other records were read. Re-export or "
                           "remove the broken line");
            e.code = code;
            e.line = s.line;
            e.byte_offset = static_cast<int64_t>(start_ + s.offset);
            e.excerpt = std::string(utf8_prefix(t_.substr(s.offset, s.size), 80));
            sink_.reject(std::move(e));
        };
        if (!s.complete) {
            reject_bad(t_[s.offset] == '{' || t_[s.offset] == '['
                           ? "the JSON value is not closed before the end of the file"
                           : "this line is not JSON",
                       t_[s.offset] == '{' || t_[s.offset] == '[' ? ErrorCode::json_not_closed
                                                                  : ErrorCode::json_not_json);
        } else if (i == first_ok_) {
            walk_json_value(*first_, walk);
            first_.reset();
        } else {
            const JsonValue v = parse(s);
            if (v.is_discarded())
                reject_bad("the JSON value does not parse", ErrorCode::json_no_parse);
            else
                walk_json_value(v, walk);
        }
        if (clock_ms() - t0 >= budget_ms) return next_ >= values_.size() ? finish() : false;
    }
    return finish();
}

bool JsonImport::finish() {
    const JsonWalk& walk = *walk_;
    if (walk.skipped_more > 0) report_.warn({WarningCode::reddit_more, {int64_t(walk.skipped_more)}});
    if (walk.skipped_other > 0) report_.warn({WarningCode::skipped_items, {int64_t(walk.skipped_other)}});
    return true;
}

Status import_json(std::string_view text, CommentSink& sink, ImportReport& report,
                   const ImportOptions& options) {
    JsonImport job(text, sink, report, options);
    if (Status st = job.start(); !st) return st;
    while (!job.step(1e9)) {}
    return Ok{};
}

} // namespace sv
