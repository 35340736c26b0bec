// guideline.hpp — the first response guideline: the rules (rules.json) evaluated on a Situation.
//
// The result is a short list of actions ordered by priority; each says what to do, why (the measured fact
// with its number — `cited` lists every number a text shows and the fact it came from) and by when.
// Rules that need a figure that was not measured do not apply; of the applicable rules only the first of
// each group (by priority) is kept, and at most GuidelineRules::max_items are returned.
#pragma once
#include "core/guideline/guideline_rules.hpp"
#include "core/guideline/situation.hpp"

#include <string>
#include <vector>

namespace sv {

// A number a guideline text shows, and where it came from.
struct CitedFact {
    std::string fact;  // fact name (guideline_facts.hpp), e.g. "negative_share"
    double value = 0;  // the fact's value in the Situation (a share as 0..1)
    std::string shown; // how it appears in the text ("42")
};

struct GuidelineItem {
    std::string rule_id;          // the rule that produced it
    std::string kind;             // kind of action ("acknowledge", "deescalate", "brief_multipliers", ...)
    int priority = 0;             // the rule's priority
    std::string action;           // what to do
    std::string because;          // why, with the measured number
    std::string by;               // by when, in words
    int64_t deadline = kNoTime;   // UTC seconds of the deadline, kNoTime for ongoing actions
    bool overdue = false;         // the deadline (counted from the onset) has passed
    std::vector<CitedFact> cited; // the numbers cited in `because`
};

struct Guideline {
    Lang language = Lang::en;         // en, sv or de
    std::vector<GuidelineItem> items; // ordered, most important first
};

Guideline make_guideline(const Situation& situation, const GuidelineRules& rules);
// With the embedded rules and the Situation's language.
Guideline make_guideline(const Situation& situation);

// True when the condition holds for the Situation (a condition on an unmeasured figure is false).
bool condition_holds(const RuleCondition& c, const Situation& s);

} // namespace sv
