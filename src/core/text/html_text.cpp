// html_text.cpp — see html_text.hpp.
#include "core/text/html_text.hpp"

#include "core/text/encoding.hpp"

#include <cstdint>

namespace sv {
namespace {

struct NamedEntity {
    const char* name;
    uint32_t cp;
};

constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"euro", 0x20AC},  {"copy", 0xA9},
    {"reg", 0xAE},     {"trade", 0x2122},  {"auml", 0xE4},    {"ouml", 0xF6},    {"uuml", 0xFC},
    {"aring", 0xE5},   {"Auml", 0xC4},     {"Ouml", 0xD6},    {"Uuml", 0xDC},    {"Aring", 0xC5},
    {"szlig", 0xDF},   {"eacute", 0xE9},   {"laquo", 0xAB},   {"raquo", 0xBB},   {"bull", 0x2022},
};

// Parses an entity at s[i] == '&'. On success sets cp and the length consumed.
bool parse_entity(std::string_view s, size_t i, uint32_t& cp, size_t& len) {
    const size_t max = s.size() - i < 12 ? s.size() - i : 12;
    size_t semi = 1;
    while (semi < max && s[i + semi] != ';') ++semi;
    if (semi >= max || semi < 2) return false;
    const std::string_view body = s.substr(i + 1, semi - 1);
    if (body[0] == '#') {
        uint32_t v = 0;
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        const size_t start = hex ? 2 : 1;
        if (start >= body.size()) return false;
        for (size_t k = start; k < body.size(); ++k) {
            const char c = body[k];
            uint32_t d;
            if (c >= '0' && c <= '9')
                d = static_cast<uint32_t>(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = static_cast<uint32_t>(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                d = static_cast<uint32_t>(c - 'A' + 10);
            else
                return false;
            v = v * (hex ? 16 : 10) + d;
            if (v > 0x10FFFF) return false;
        }
        cp = v == 0 ? 0xFFFD : v;
        len = semi + 1;
        return true;
    }
    for (const NamedEntity& e : kEntities)
        if (body == e.name) {
            cp = e.cp;
            len = semi + 1;
            return true;
        }
    return false;
}

bool tag_is(std::string_view tag, std::string_view name) {
    // tag is the text between '<' and '>' (may start with '/', may have attributes)
    size_t i = 0;
    if (i < tag.size() && tag[i] == '/') ++i;
    if (tag.size() - i < name.size()) return false;
    for (size_t k = 0; k < name.size(); ++k) {
        char c = tag[i + k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != name[k]) return false;
    }
    const size_t after = i + name.size();
    return after == tag.size() || tag[after] == ' ' || tag[after] == '/' || tag[after] == '>';
}

} // namespace

bool decode_html(std::string_view in, bool strip_tags, std::string& out) {
    out.clear();
    out.reserve(in.size());
    bool changed = false;
    for (size_t i = 0; i < in.size();) {
        const char c = in[i];
        if (c == '&') {
            uint32_t cp = 0;
            size_t len = 0;
            if (parse_entity(in, i, cp, len)) {
                append_utf8(out, cp);
                i += len;
                changed = true;
                continue;
            }
        } else if (c == '<' && strip_tags) {
            const size_t close = in.find('>', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view tag = in.substr(i + 1, close - i - 1);
                const bool opening_p = tag_is(tag, "p") && tag[0] != '/';
                if (tag_is(tag, "br") || (opening_p && !out.empty())) out.push_back('\n');
                i = close + 1;
                changed = true;
                continue;
            }
        }
        out.push_back(c);
        ++i;
    }
    return changed;
}

std::string_view normalise_whitespace(std::string_view in, std::string& scratch) {
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    };
    while (!in.empty() && space(in.front())) in.remove_prefix(1);
    while (!in.empty() && space(in.back())) in.remove_suffix(1);
    if (!contains_either(in, '\r', '\0')) return in;
    scratch.clear();
    for (size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\r') {
            scratch.push_back('\n');
            if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
        } else if (c == '\0') {
            scratch.push_back(' ');
        } else {
            scratch.push_back(c);
        }
    }
    return scratch;
}

} // namespace sv
