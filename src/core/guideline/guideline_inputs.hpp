// guideline_inputs.hpp — what the team enters for the guideline and the brief, kept with the case.
//
// Stored as JSON (guideline_inputs_to_json / guideline_inputs_from_json) so the case file can keep it as one
// opaque section; unknown keys are ignored and missing keys keep their defaults, so old cases still load.
// "language_chosen" (app8): whether the team picked the guideline language. A JSON without that key but with
// a "language" (an older case, a file written by hand) counts as chosen: the language it names is kept.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/base/error.hpp"
#include "core/lang/language.hpp"

#include <string>
#include <string_view>

namespace sv {

struct GuidelineInputs {
    std::string brand;                       // brand name ("" = not entered)
    std::string mission;                     // the brand's positive mission statement, one sentence
    std::string responder;                   // who responds (a name or a role)
    std::string channel;                     // on which channel ("Instagram", "press release", ...)
    bool origin_set = false;                 // false: use the analytics module's guess
    OriginType origin = OriginType::unknown; // the team's choice when origin_set
    Lang language = Lang::en;                // guideline and brief language: en, sv or de
    bool language_chosen = false;            // false: the app keeps `language` equal to its UI language
    bool utc_offset_set = false;             // false: local time is shown as UTC
    int32_t utc_offset_minutes = 0;          // the team's time zone (local = UTC + offset)
};

std::string guideline_inputs_to_json(const GuidelineInputs& in);
// Error (kind "bad_guideline_inputs") when the text is not a JSON object or a value has the wrong type.
Result<GuidelineInputs> guideline_inputs_from_json(std::string_view json);

// Parses "+02:00", "-0530", "+2", "UTC+1", "0" into minutes; false when it is not an offset in -14h..+14h.
bool parse_utc_offset(std::string_view text, int32_t& minutes);

} // namespace sv
