#include "core/guideline/guideline_inputs.hpp"

#include "core/guideline/situation.hpp"

#include <nlohmann/json.hpp>

namespace sv {

std::string guideline_inputs_to_json(const GuidelineInputs& in) {
    nlohmann::ordered_json j;
    j["brand"] = in.brand;
    j["mission"] = in.mission;
    j["responder"] = in.responder;
    j["channel"] = in.channel;
    j["origin"] = in.origin_set ? std::string(origin_code(in.origin)) : std::string();
    j["language"] = std::string(lang_code(guideline_language(in.language)));
    j["language_chosen"] = in.language_chosen;
    if (in.utc_offset_set)
        j["utc_offset_minutes"] = in.utc_offset_minutes;
    else
        j["utc_offset_minutes"] = nullptr;
    // Invalid UTF-8 in user text must not make dump() fail: replace it.
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<GuidelineInputs> guideline_inputs_from_json(std::string_view text) {
    const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    auto bad = [](const std::string& what) {
        return make_error("bad_guideline_inputs", "guideline inputs: " + what,
                          "re-enter brand, mission, origin and responder in the Guideline view");
    };
    if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
    GuidelineInputs in;
    for (const char* key : {"brand", "mission", "responder", "channel", "origin", "language"}) {
        if (!j.contains(key) || j[key].is_null()) continue;
        if (!j[key].is_string()) return bad(std::string("'") + key + "' must be a string");
    }
    auto get = [&](const char* key) {
        return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
    };
    in.brand = get("brand");
    in.mission = get("mission");
    in.responder = get("responder");
    in.channel = get("channel");
    const std::string origin = get("origin");
    if (!origin.empty()) {
        if (!origin_code_valid(origin)) return bad("unknown origin type '" + origin + "'");
        in.origin_set = true;
        in.origin = origin_from_code(origin);
    }
    const std::string lang = get("language");
    if (!lang.empty()) in.language = guideline_language(lang_from_code(lang));
    if (j.contains("language_chosen") && !j["language_chosen"].is_null()) {
        if (!j["language_chosen"].is_boolean()) return bad("'language_chosen' must be true or false");
        in.language_chosen = j["language_chosen"].get<bool>();
    } else {
        in.language_chosen = !lang.empty();
    }
    if (j.contains("utc_offset_minutes") && !j["utc_offset_minutes"].is_null()) {
        if (!j["utc_offset_minutes"].is_number_integer())
            return bad("'utc_offset_minutes' must be an integer");
        const auto m = j["utc_offset_minutes"].get<int64_t>();
        if (m < -14 * 60 || m > 14 * 60) return bad("'utc_offset_minutes' is outside -840..840");
        in.utc_offset_set = true;
        in.utc_offset_minutes = static_cast<int32_t>(m);
    }
    return in;
}

bool parse_utc_offset(std::string_view t, int32_t& minutes) {
    if (t.size() >= 3 && (t.substr(0, 3) == "UTC" || t.substr(0, 3) == "GMT")) t.remove_prefix(3);
    if (t.empty()) return false;
    int sign = 1;
    if (t[0] == '+' || t[0] == '-') {
        sign = t[0] == '-' ? -1 : 1;
        t.remove_prefix(1);
    }
    int h = 0, m = 0, digits = 0;
    size_t i = 0;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9' && digits < 2; ++i, ++digits) h = h * 10 + (t[i] - '0');
    if (digits == 0) return false;
    if (i < t.size() && t[i] == ':') ++i;
    int mdigits = 0;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9' && mdigits < 2; ++i, ++mdigits)
        m = m * 10 + (t[i] - '0');
    if (i != t.size() || (mdigits != 0 && mdigits != 2) || m >= 60) return false;
    const int total = h * 60 + m;
    if (total > 14 * 60) return false;
    minutes = sign * total;
    return true;
}

} // namespace sv
