// json_access.hpp — small helpers the JSON format code shares (json_formats.cpp, json_walkers_*.cpp):
// member access that tolerates missing keys and wrong types, ids as exact strings, counts and times from
// numbers or strings, and handing a comment (or a reject) to the sink with the item's position.
#pragma once
#include "core/import/json_formats.hpp"
#include "core/text/count.hpp"
#include "core/text/encoding.hpp"

#include <string>
#include <string_view>

namespace sv::json_access {

using J = JsonValue;

inline const J* get(const J* o, const char* key) {
    if (!o || !o->is_object()) return nullptr;
    const auto it = o->find(key);
    return it == o->end() ? nullptr : &*it;
}
inline const J* get(const J& o, const char* key) {
    return get(&o, key);
}
template <class... K>
inline const J* at(const J& o, const char* first, K... rest) {
    const J* v = get(o, first);
    ((v = get(v, rest)), ...);
    return v;
}

inline std::string_view text(const J* v) {
    if (!v || !v->is_string()) return {};
    return v->get_ref<const std::string&>();
}

inline bool has(const J& o, const char* key) {
    return get(o, key) != nullptr;
}

// An id as an exact string: strings as they are, integers with every digit (never through a double).
inline std::string_view id_text(const J* v, std::string& buf) {
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

inline int64_t count(const J* v) {
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
inline void set_time(const J* v, RawComment& c) {
    if (!v) return;
    if (v->is_number()) {
        double d = v->get<double>();
        if (d > 1e11) d /= 1000.0; // milliseconds
        if (d > 0 && d < 1e11) c.seconds = static_cast<int64_t>(d);
        return;
    }
    c.time = text(v);
}

inline std::string_view strip_t3(std::string_view s) {
    if (s.size() > 3 && s[0] == 't' && s[2] == '_') s.remove_prefix(3);
    return s;
}

inline void put(JsonWalk& w, const RawComment& c) {
    Error e;
    if (w.sink.add(c, e)) return;
    e.line = w.span.line;
    e.byte_offset = static_cast<int64_t>(w.span.offset);
    e.excerpt = std::string(utf8_prefix(c.id.empty() ? c.text : c.id, 60));
    w.report.reject(std::move(e));
}

inline void reject_item(JsonWalk& w, const char* what) {
    Error e = make_error("not_a_comment",
                         std::string("an item of the ") + json_format_name(w.format) +
                             " export is not a comment object (" + what + ")",
                         "check that the file is a complete, unmodified export");
    e.code = ErrorCode::not_a_comment;
    e.arg = json_format_name(w.format);
    e.detail = what;
    e.line = w.span.line;
    e.byte_offset = static_cast<int64_t>(w.span.offset);
    w.sink.reject(std::move(e));
}

// The sum of `count` over a reactions array (Telegram, Discord: the likes of a chat message); -1 when absent.
inline int64_t reaction_total(const J* reactions) {
    if (!reactions || !reactions->is_array()) return -1;
    int64_t total = 0;
    for (const J& x : *reactions)
        if (const int64_t n = count(get(x, "count")); n > 0) total += n;
    return total;
}

inline const J* first_of(const J* arr) {
    return arr && arr->is_array() && !arr->empty() ? &(*arr)[0] : nullptr;
}

} // namespace sv::json_access
