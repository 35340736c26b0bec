#include "core/guideline/guideline.hpp"

#include "core/guideline/guideline_facts.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace sv {
namespace {

struct Expansion {
    bool ok = true; // false: a numeric placeholder was not measured
    std::string text;
    std::vector<CitedFact> cited;
};

// Fallback label category for an empty text fact.
std::string_view fallback_key(std::string_view fact) {
    if (fact == "top_multiplier" || fact == "multiplier_names" || fact == "top_multiplier_reason")
        return "names";
    if (fact == "negative_themes" || fact == "constructive_themes") return "themes";
    return fact;
}

struct DeadlineInfo {
    int64_t deadline = kNoTime;
    bool overdue = false;
    int64_t minutes_left = 0;
};

Expansion expand(const std::string& t, const Situation& s, const GuidelineRules& rules, Lang lang,
                 const DeadlineInfo* deadline) {
    Expansion out;
    size_t p = 0;
    while (p < t.size()) {
        const size_t open = t.find('{', p);
        if (open == std::string::npos) {
            out.text.append(t, p, std::string::npos);
            break;
        }
        const size_t close = t.find('}', open);
        if (close == std::string::npos) {
            out.text.append(t, p, std::string::npos);
            break;
        }
        out.text.append(t, p, open - p);
        const std::string name = t.substr(open + 1, close - open - 1);
        p = close + 1;
        if (deadline && name == "deadline") {
            Situation local = s;
            local.now = deadline->deadline;
            out.text += format_number(local.local_minute_of_day(), NumberStyle::clock, lang);
            continue;
        }
        if (deadline && name == "minutes_left") {
            out.text += format_number(double(deadline->minutes_left), NumberStyle::integer, lang);
            continue;
        }
        const FactValue v = fact_value(s, name);
        switch (v.type) {
        case FactType::number: {
            if (!v.known) {
                out.ok = false;
                return out;
            }
            const std::string shown = format_number(v.number, number_style(name), lang);
            out.text += shown;
            out.cited.push_back({name, v.number, shown});
            break;
        }
        case FactType::code:
            out.text += rules.label(name, v.text, lang);
            break;
        case FactType::text:
            out.text += v.known ? v.text : rules.label("fallback", fallback_key(name), lang);
            break;
        case FactType::none:
            out.text += "{" + name + "}";
            break;
        }
    }
    return out;
}

DeadlineInfo deadline_for(const GuidelineRule& r, const Situation& s) {
    DeadlineInfo d;
    if (r.from == DeadlineFrom::ongoing || s.now == kNoTime) return d;
    const int64_t anchor = r.from == DeadlineFrom::onset && s.onset != kNoTime ? s.onset : s.now;
    d.deadline = anchor + int64_t(r.minutes) * 60;
    d.overdue = r.from == DeadlineFrom::onset && s.onset != kNoTime && s.now > d.deadline;
    d.minutes_left = d.overdue ? 0 : (d.deadline - s.now + 59) / 60;
    return d;
}

} // namespace

bool condition_holds(const RuleCondition& c, const Situation& s) {
    if (c.op == "any") {
        for (const auto& sub : c.any)
            if (condition_holds(sub, s)) return true;
        return false;
    }
    const FactValue v = fact_value(s, c.fact);
    if (c.op == "known") return v.known;
    if (c.op == "unknown") return !v.known;
    if (v.type == FactType::code) {
        if (c.op == "in") return std::find(c.set.begin(), c.set.end(), v.text) != c.set.end();
        if (c.op == "==") return v.text == c.code;
        if (c.op == "!=") return v.text != c.code;
        return false;
    }
    if (v.type != FactType::number || !v.known) return false;
    const double x = v.number;
    if (c.op == ">=") return x >= c.number;
    if (c.op == ">") return x > c.number;
    if (c.op == "<=") return x <= c.number;
    if (c.op == "<") return x < c.number;
    if (c.op == "==") return x == c.number;
    if (c.op == "!=") return x != c.number;
    return false;
}

Guideline make_guideline(const Situation& s, const GuidelineRules& rules) {
    Guideline g;
    g.language = guideline_language(s.language);
    const int li = guideline_lang_index(g.language);

    std::vector<const GuidelineRule*> order;
    for (const auto& r : rules.rules) order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [](const GuidelineRule* a, const GuidelineRule* b) {
        return a->priority > b->priority;
    });

    std::set<std::string> groups_done;
    for (const GuidelineRule* r : order) {
        if (g.items.size() >= size_t(rules.max_items)) break;
        if (groups_done.count(r->group)) continue;
        bool holds = true;
        for (const auto& c : r->when)
            if (!condition_holds(c, s)) holds = false;
        if (!holds) continue;
        const RuleTexts& t = r->text[li];
        const DeadlineInfo d = deadline_for(*r, s);
        Expansion action = expand(t.action, s, rules, g.language, nullptr);
        Expansion because = expand(t.because, s, rules, g.language, nullptr);
        if (!action.ok || !because.ok) continue; // a figure it needs was not measured
        const std::string& by_template = d.overdue && !t.by_overdue.empty()                ? t.by_overdue
                                         : d.deadline != kNoTime && !t.by_deadline.empty() ? t.by_deadline
                                                                                           : t.by;
        Expansion by = expand(by_template, s, rules, g.language, &d);
        if (!by.ok) continue;
        GuidelineItem item;
        item.rule_id = r->id;
        item.kind = r->kind;
        item.priority = r->priority;
        item.action = std::move(action.text);
        item.because = std::move(because.text);
        item.by = std::move(by.text);
        item.deadline = d.deadline;
        item.overdue = d.overdue;
        item.cited = std::move(because.cited);
        g.items.push_back(std::move(item));
        groups_done.insert(r->group);
    }
    return g;
}

Guideline make_guideline(const Situation& s) {
    return make_guideline(s, builtin_guideline_rules());
}

} // namespace sv
