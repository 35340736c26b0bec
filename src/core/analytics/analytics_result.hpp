// analytics_result.hpp — the crisis analytics of a case (timeline, stage, self-driving gauge, cascades, ...).
// Filled by the analytics module's job; empty until it has run.
#pragma once

namespace sv {

struct AnalyticsResult {
    bool present = false; // the analytics job ran
};

} // namespace sv
