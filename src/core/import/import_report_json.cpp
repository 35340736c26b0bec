// The import part of the analyze report: format, row accounting, rejects, time range and precision.
#include "core/report/analyze_report.hpp"
#include "core/time/timestamp.hpp"

namespace sv {
Json error_to_json(const Error& e) {
    Json j = Json::object();
    j["line"] = e.line >= 0 ? Json(e.line) : Json(nullptr);
    j["byte_offset"] = e.byte_offset >= 0 ? Json(e.byte_offset) : Json(nullptr);
    j["column"] = e.column >= 0 ? Json(e.column) : Json(nullptr);
    j["kind"] = e.kind;
    j["excerpt"] = e.excerpt;
    j["message"] = e.message;
    j["hint"] = e.hint;
    return j;
}

void append_import_report(const Analysis& a, Json& out) {
    const ImportReport& r = a.import;
    const CommentStore& c = a.comments;
    out["format"] = r.format;
    out["format_reason"] = r.format_reason;
    out["encoding"] = r.encoding;
    out["date_order_forced"] = r.date_order_forced.empty() ? Json(nullptr) : Json(r.date_order_forced);
    out["rows_read"] = r.rows_read;
    out["rows_accepted"] = r.rows_accepted;
    out["rows_rejected"] = r.rows_rejected;
    Json rejects = Json::array();
    for (const Error& e : r.rejects) rejects.push_back(error_to_json(e));
    out["rejects"] = rejects;
    Json by_kind = Json::object();
    for (const auto& [kind, n] : r.rejects_by_kind) by_kind[kind] = n;
    out["rejects_by_kind"] = by_kind;
    out["warnings"] = r.warnings;
    out["comments"] = c.size();
    out["authors"] = c.authors.size();
    out["replies_linked"] = r.replies_linked;

    int64_t first = kNoTime, last = kNoTime;
    int lowest = static_cast<int>(TimePrecision::second) + 1;
    for (size_t i = 0; i < c.size(); ++i) {
        const int64_t t = c.created_at[i];
        const int p = static_cast<int>(c.precision[i]);
        if (p < lowest) lowest = p;
        if (t == kNoTime) continue;
        if (first == kNoTime || t < first) first = t;
        if (last == kNoTime || t > last) last = t;
    }
    out["first"] = first == kNoTime ? Json(nullptr) : Json(format_iso8601_utc(first));
    out["last"] = last == kNoTime ? Json(nullptr) : Json(format_iso8601_utc(last));
    // The coarsest precision any comment has: what time-based analyses can rely on for every comment.
    out["time_precision"] = c.empty() ? "none" : to_string(static_cast<TimePrecision>(lowest));
    Json counts = Json::object();
    for (const auto& [name, n] : r.precision_counts) counts[name] = n;
    out["time_precision_counts"] = counts;
}

} // namespace sv
