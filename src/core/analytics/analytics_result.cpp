// analytics_result.cpp — names of the analytics enums (stable, used in the JSON report).
#include "core/analytics/analytics_result.hpp"

namespace sv {

const char* to_string(OriginType t) {
    switch (t) {
    case OriginType::external_event:
        return "external event";
    case OriginType::internal_leak:
        return "internal leak";
    case OriginType::own_post:
        return "own post";
    case OriginType::unknown:
        break;
    }
    return "unknown";
}

const char* to_string(CrisisStage s) {
    switch (s) {
    case CrisisStage::calm:
        return "calm";
    case CrisisStage::emerging:
        return "emerging";
    case CrisisStage::escalating:
        return "escalating";
    case CrisisStage::peak:
        return "peak";
    case CrisisStage::declining:
        return "declining";
    case CrisisStage::resolved:
        return "resolved";
    }
    return "calm";
}

} // namespace sv
