#include "core/guideline/guideline_facts.hpp"

#include <cmath>
#include <cstdio>

namespace sv {
namespace {

FactValue number(const Figure& f) {
    FactValue v;
    v.type = FactType::number;
    v.known = f.known;
    v.number = f.known ? f.value : 0;
    return v;
}

FactValue number(double x, bool known = true) {
    return number(known ? Figure::of(x) : Figure::missing(""));
}

FactValue code(std::string_view c) {
    FactValue v;
    v.type = FactType::code;
    v.known = true;
    v.text = std::string(c);
    return v;
}

FactValue text(std::string t) {
    FactValue v;
    v.type = FactType::text;
    v.known = !t.empty();
    v.text = std::move(t);
    return v;
}

std::string join(const std::vector<std::string>& items, size_t max) {
    std::string out;
    for (size_t i = 0; i < items.size() && i < max; ++i) {
        if (i) out += ", ";
        out += items[i];
    }
    return out;
}

} // namespace

FactValue fact_value(const Situation& s, std::string_view n) {
    // Numbers.
    if (n == "severity") return number(s.severity);
    if (n == "minutes_since_onset") return number(s.minutes_since_onset());
    if (n == "local_hour") return number(s.local_hour());
    if (n == "local_time") {
        const int32_t m = s.local_minute_of_day();
        return number(m, m >= 0);
    }
    if (n == "n_star") return number(s.n_star);
    if (n == "n_star_lo") return number(s.n_star_lo);
    if (n == "n_star_hi") return number(s.n_star_hi);
    if (n == "forecast_final_size") return number(s.forecast_final_size);
    if (n == "comments") return number(double(s.comments));
    if (n == "authors") return number(double(s.authors));
    if (n == "comments_since_onset")
        return number(double(s.comments_since_onset), s.comments_since_onset >= 0);
    if (n == "negative_share") return number(s.negative_share);
    if (n == "positive_share") return number(s.positive_share);
    if (n == "emotional_share") return number(s.emotional_share);
    if (n == "constructive_share") return number(s.constructive_share);
    if (n == "outsider_share") return number(s.outsider_share);
    if (n == "critics_per_100") return number(s.critics_per_100);
    if (n == "loud_minority_gap") {
        const bool known = s.negative_share.known && s.critics_per_100.known;
        return number(known ? s.negative_share.value * 100.0 - s.critics_per_100.value : 0, known);
    }
    if (n == "fans") return number(s.fans);
    if (n == "multipliers") return number(double(s.multipliers.size()));
    if (n == "triggers") return number(double(s.triggers.size()));
    if (n == "top_multiplier_followers") {
        const bool known = !s.multipliers.empty() && s.multipliers[0].followers >= 0;
        return number(known ? double(s.multipliers[0].followers) : 0, known);
    }
    if (n == "origin_user_chosen") return number(s.origin_user_chosen ? 1 : 0);
    if (n == "has_mission") return number(s.mission.empty() ? 0 : 1);
    // Codes.
    if (n == "stage") return code(stage_code(s.stage));
    if (n == "origin") return code(origin_code(s.origin));
    if (n == "cluster") return code(coombs_cluster(s.origin));
    // Texts.
    if (n == "brand") return text(s.brand);
    if (n == "mission") return text(s.mission);
    if (n == "responder") return text(s.responder);
    if (n == "channel") return text(s.channel);
    if (n == "top_multiplier") return text(s.multipliers.empty() ? "" : s.multipliers[0].name);
    if (n == "top_multiplier_reason") return text(s.multipliers.empty() ? "" : s.multipliers[0].reason);
    if (n == "multiplier_names") {
        std::vector<std::string> names;
        for (const auto& m : s.multipliers) names.push_back(m.name);
        return text(join(names, 5));
    }
    if (n == "negative_themes") return text(join(s.negative_themes, 5));
    if (n == "constructive_themes") return text(join(s.constructive_themes, 5));
    return {};
}

FactType fact_type(std::string_view name) {
    static const Situation empty;
    return fact_value(empty, name).type;
}

NumberStyle number_style(std::string_view f) {
    if (f == "negative_share" || f == "positive_share" || f == "emotional_share" ||
        f == "constructive_share" || f == "outsider_share")
        return NumberStyle::percent;
    if (f == "n_star" || f == "n_star_lo" || f == "n_star_hi") return NumberStyle::ratio;
    if (f == "local_time") return NumberStyle::clock;
    return NumberStyle::integer;
}

std::string format_number(double value, NumberStyle style, Lang lang) {
    char buf[64];
    switch (style) {
    case NumberStyle::ratio: {
        std::snprintf(buf, sizeof buf, "%.2f", value);
        std::string s = buf;
        if (lang == Lang::sv || lang == Lang::de)
            for (char& c : s)
                if (c == '.') c = ',';
        return s;
    }
    case NumberStyle::clock: {
        const long m = std::lround(value);
        std::snprintf(buf, sizeof buf, "%02ld:%02ld", (m / 60) % 24, m % 60);
        return buf;
    }
    case NumberStyle::percent:
        value *= 100.0;
        break;
    case NumberStyle::integer:
        break;
    }
    const long long v = std::llround(value);
    std::snprintf(buf, sizeof buf, "%lld", v < 0 ? -v : v);
    std::string digits = buf;
    // Digit grouping from five digits on (10,000 / 10 000 / 10.000); four-digit numbers stay as they are.
    std::string out;
    if (digits.size() >= 5) {
        const char* sep = lang == Lang::de ? "." : lang == Lang::sv ? "\xC2\xA0" : ",";
        for (size_t i = 0; i < digits.size(); ++i) {
            if (i && (digits.size() - i) % 3 == 0) out += sep;
            out += digits[i];
        }
    } else {
        out = digits;
    }
    return v < 0 ? "-" + out : out;
}

} // namespace sv
