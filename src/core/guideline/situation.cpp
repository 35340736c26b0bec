#include "core/guideline/situation.hpp"

namespace sv {

std::string_view stage_code(Stage s) {
    switch (s) {
    case Stage::calm:
        return "calm";
    case Stage::emerging:
        return "emerging";
    case Stage::escalating:
        return "escalating";
    case Stage::peak:
        return "peak";
    case Stage::declining:
        return "declining";
    case Stage::resolved:
        return "resolved";
    case Stage::unknown:
        break;
    }
    return "unknown";
}

Stage stage_from_code(std::string_view code) {
    for (Stage s :
         {Stage::calm, Stage::emerging, Stage::escalating, Stage::peak, Stage::declining, Stage::resolved})
        if (stage_code(s) == code) return s;
    return Stage::unknown;
}

std::string_view origin_code(OriginType o) {
    switch (o) {
    case OriginType::external_event:
        return "external_event";
    case OriginType::internal_leak:
        return "internal_leak";
    case OriginType::own_post:
        return "own_post";
    case OriginType::unknown:
        break;
    }
    return "unknown";
}

OriginType origin_from_code(std::string_view code) {
    if (code == "external_event" || code == "external") return OriginType::external_event;
    if (code == "internal_leak" || code == "leak") return OriginType::internal_leak;
    if (code == "own_post" || code == "post") return OriginType::own_post;
    return OriginType::unknown;
}

bool origin_code_valid(std::string_view code) {
    return code == "unknown" || origin_from_code(code) != OriginType::unknown;
}

std::string_view coombs_cluster(OriginType o) {
    switch (o) {
    case OriginType::external_event:
        return "victim";
    case OriginType::internal_leak:
        return "accidental";
    case OriginType::own_post:
        return "preventable";
    case OriginType::unknown:
        break;
    }
    return "unknown";
}

Figure Situation::minutes_since_onset() const {
    if (onset == kNoTime) return Figure::missing("no onset detected");
    if (now == kNoTime) return Figure::missing("no current time");
    const int64_t d = now - onset;
    return Figure::of(static_cast<double>(d < 0 ? 0 : d / 60));
}

int32_t Situation::local_minute_of_day() const {
    if (now == kNoTime) return -1;
    const int64_t local = now + int64_t(utc_offset_minutes) * 60;
    int64_t m = (local / 60) % 1440;
    if (m < 0) m += 1440;
    return static_cast<int32_t>(m);
}

Figure Situation::local_hour() const {
    const int32_t m = local_minute_of_day();
    if (m < 0) return Figure::missing("no current time");
    return Figure::of(m / 60);
}

Lang guideline_language(Lang requested) {
    return requested == Lang::sv || requested == Lang::de ? requested : Lang::en;
}

} // namespace sv
