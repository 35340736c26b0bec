#include "core/guideline/guideline_report.hpp"

#include "core/guideline/situation_from.hpp"
#include "core/time/timestamp.hpp"

namespace sv {
namespace {

// The texts carry names and themes from the data: replace invalid UTF-8 with U+FFFD so dump() never fails.
std::string utf8(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = len > 0 && i + len <= s.size();
        for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok && len == 2 && c < 0xC2) ok = false; // overlong
        if (ok) {
            out.append(s, i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

} // namespace

Json guideline_json(const Guideline& g) {
    Json j = Json::object();
    j["language"] = std::string(lang_code(g.language));
    Json items = Json::array();
    for (const auto& item : g.items) {
        Json i = Json::object();
        i["action"] = utf8(item.action);
        i["because"] = utf8(item.because);
        i["by"] = utf8(item.by);
        i["kind"] = item.kind;
        if (item.deadline != kNoTime)
            i["deadline"] = format_iso8601_utc(item.deadline);
        else
            i["deadline"] = nullptr;
        Json cites = Json::array();
        for (const auto& c : item.cited) cites.push_back(Json{{"fact", c.fact}, {"value", c.value}});
        i["cites"] = cites;
        items.push_back(i);
    }
    j["items"] = items;
    return j;
}

void append_guideline_report(const Analysis& analysis, const GuidelineInputs& inputs, Json& out) {
    out["guideline"] = guideline_json(make_guideline(situation_from(analysis, inputs)));
}

void append_guideline_report(const Analysis& analysis, const GuidelineInputs& inputs,
                             const SituationCounts& counts, Json& out) { // frames
    out["guideline"] = guideline_json(make_guideline(situation_from(analysis, inputs, counts)));
}

} // namespace sv
