// guideline_rules.hpp — the guideline's rules, read from the data file src/core/guideline/rules.json.
//
// The file is embedded at build time (src/gen/guideline_rules.cmake) and parsed once. Its format is
// described in its own "about" block; parse_guideline_rules() checks every rule (known facts and
// operators, all three languages, placeholders that exist, a cited number in every "because") and says
// exactly what is wrong where, so a broken edit fails the tests instead of producing odd advice.
#pragma once
#include "core/base/error.hpp"
#include "core/lang/language.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

// One condition of a rule: `fact op value`, or `any` of a list of conditions.
struct RuleCondition {
    std::string fact;               // fact name (guideline_facts.hpp); empty for an `any` group
    std::string op;                 // ">=", ">", "<=", "<", "==", "!=", "in", "known", "unknown", "any"
    double number = 0;              // the value for a numeric comparison
    std::string code;               // the value for == / != on a code fact ("own_post")
    std::vector<std::string> set;   // the values for "in"
    std::vector<RuleCondition> any; // for "any": true when one of these holds
};

// The texts of a rule in one language (templates with {fact} placeholders).
struct RuleTexts {
    std::string action;      // what to do
    std::string because;     // why: the measured fact, with its number
    std::string by;          // by when, in words ("within the first hour after the onset")
    std::string by_deadline; // by when with {deadline} (local HH:MM) and {minutes_left}; "" = use `by`
    std::string by_overdue;  // when the deadline counted from the onset has passed; "" = use `by`
};

enum class DeadlineFrom : uint8_t { onset, now, ongoing };

struct GuidelineRule {
    std::string id;                            // unique, stable ("acknowledge_self_driving")
    std::string kind;                          // the kind of action ("acknowledge", "deescalate", ...)
    std::string group;                         // of the applicable rules in one group only the first is kept
    int priority = 0;                          // higher first
    std::vector<RuleCondition> when;           // all must hold
    DeadlineFrom from = DeadlineFrom::ongoing; // what the deadline counts from
    int minutes = 0;                           // deadline in minutes after `from`
    std::array<RuleTexts, 3> text;             // en, sv, de (guideline_lang_index)
};

struct GuidelineRules {
    int max_items = 8; // the guideline is short: at most this many actions
    // labels[category][code][lang]: "stage", "origin", "cluster", "fallback" (for empty texts), "and".
    std::map<std::string, std::map<std::string, std::array<std::string, 3>>, std::less<>> labels;
    std::vector<GuidelineRule> rules; // in file order

    // The label, or `code` itself when the file has none.
    std::string label(std::string_view category, std::string_view code, Lang lang) const;
};

// 0 = en, 1 = sv, 2 = de (anything else: en).
int guideline_lang_index(Lang lang);

Result<GuidelineRules> parse_guideline_rules(std::string_view json);

// The embedded rules.json, parsed once. The tests check that it parses; should it not, this returns an
// empty rule set (and builtin_guideline_rules_error() says why) rather than crashing.
const GuidelineRules& builtin_guideline_rules();
const Error* builtin_guideline_rules_error();

} // namespace sv
