#include "core/text/takeout_text.hpp"

#include <nlohmann/json.hpp>

namespace sv {

namespace {
// Appends the "text" of every segment object in `segments`; false if any item is not such an object.
bool join_segments(const nlohmann::json& segments, std::string& out) {
    if (!segments.is_array()) return false;
    std::string joined;
    for (const nlohmann::json& s : segments) {
        if (!s.is_object()) return false;
        const auto t = s.find("text");
        if (t == s.end() || !t->is_string()) return false;
        joined += t->get_ref<const std::string&>();
    }
    out = std::move(joined);
    return true;
}
} // namespace

bool decode_takeout_text(std::string_view cell, std::string& out) {
    size_t b = 0;
    while (b < cell.size() && (cell[b] == ' ' || cell[b] == '\t')) ++b;
    if (b == cell.size() || cell[b] != '{') return false;
    // Old form: one object with takeoutSegments.
    const nlohmann::json whole = nlohmann::json::parse(cell.begin(), cell.end(), nullptr, false);
    if (!whole.is_discarded() && whole.is_object()) {
        const auto segs = whole.find("takeoutSegments");
        if (segs != whole.end()) return join_segments(*segs, out);
        const auto t = whole.find("text"); // new form with a single segment
        if (t != whole.end() && t->is_string() && whole.size() == 1) {
            out = t->get_ref<const std::string&>();
            return true;
        }
        return false;
    }
    // New form: segments joined by commas; as a JSON array once wrapped in brackets.
    std::string wrapped;
    wrapped.reserve(cell.size() + 2);
    wrapped += '[';
    wrapped.append(cell);
    wrapped += ']';
    const nlohmann::json list = nlohmann::json::parse(wrapped, nullptr, false);
    if (list.is_discarded()) return false;
    return join_segments(list, out);
}

} // namespace sv
