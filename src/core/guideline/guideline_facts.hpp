// guideline_facts.hpp — the named facts that guideline rules test and cite, read from a Situation.
//
// Numeric facts (conditions compare them; templates format them per language):
//   severity, minutes_since_onset, local_hour, n_star, n_star_lo, n_star_hi, forecast_final_size, comments,
//   authors, comments_since_onset, negative_share, positive_share, emotional_share, constructive_share,
//   outsider_share, critics_per_100, loud_minority_gap (= negative share in % − critics per 100), fans,
//   multipliers, triggers, top_multiplier_followers, origin_user_chosen (0/1), has_mission (0/1),
//   local_time (minutes since local midnight, shown as HH:MM)
//   Shares are 0..1 and shown as whole percent ("42"); rules write the % sign themselves.
// Code facts (conditions: ==, !=, in; templates show the localised label): stage, origin, cluster
// Text facts (templates only; a localised fallback when empty): brand, mission, responder, channel,
//   top_multiplier, top_multiplier_reason, multiplier_names, negative_themes, constructive_themes
#pragma once
#include "core/guideline/situation.hpp"

#include <string>
#include <string_view>

namespace sv {

enum class FactType : uint8_t { none = 0, number, code, text };

struct FactValue {
    FactType type = FactType::none; // none: no fact of that name
    bool known = false;             // number: measured; code: always; text: non-empty
    double number = 0;              // for numbers
    std::string text;               // code ("calm") or text (user/comment content, unescaped)
};

FactValue fact_value(const Situation& s, std::string_view name);
FactType fact_type(std::string_view name); // none when there is no fact of that name

// How a number is shown: a share as whole percent, a ratio with two decimals, a count as an integer with
// the language's digit grouping, a time of day as HH:MM.
enum class NumberStyle : uint8_t { integer, percent, ratio, clock };
NumberStyle number_style(std::string_view fact);
std::string format_number(double value, NumberStyle style, Lang lang);

} // namespace sv
