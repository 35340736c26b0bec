#include "core/brief/brief_format.hpp"

#include "core/time/timestamp.hpp"

#include <cstdio>
#include <cstdlib>

namespace sv {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
                out += ' ';
            else
                out += c;
        }
    }
    return out;
}

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    bool line_start = true;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
            continue;
        }
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '!':
        case '~':
            out += '\\';
            break;
        case '-':
        case '+':
            if (line_start) out += '\\';
            break;
        default:
            break;
        }
        out += c;
        line_start = false;
    }
    return out;
}

std::string excerpt(std::string_view text, size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "…";
}

std::string format_local(const Situation& s, int64_t utc_seconds) {
    if (utc_seconds == kNoTime) return {};
    const std::string iso = format_iso8601_utc(utc_seconds + int64_t(s.utc_offset_minutes) * 60);
    // "2025-03-14T13:35:00Z" -> "2025-03-14 13:35"
    if (iso.size() < 16) return iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

std::string format_utc_offset(int32_t minutes) {
    char buf[16];
    const int a = std::abs(minutes);
    std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
    return buf;
}

} // namespace sv
