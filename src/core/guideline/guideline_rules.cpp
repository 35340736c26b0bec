#include "core/guideline/guideline_rules.hpp"

#include "core/guideline/guideline_facts.hpp"
#include "guideline_rules_data.hpp"

#include <nlohmann/json.hpp>

namespace sv {
namespace {

using Json = nlohmann::json;

constexpr const char* kLangKeys[3] = {"en", "sv", "de"};

Error rule_error(const std::string& where, const std::string& what) {
    return make_error("bad_guideline_rules", "guideline rules: " + where + ": " + what,
                      "fix src/core/guideline/rules.json (its \"about\" block describes the format)");
}

// Placeholders of a template: the names between braces.
std::vector<std::string> placeholders(const std::string& t) {
    std::vector<std::string> out;
    size_t p = 0;
    while ((p = t.find('{', p)) != std::string::npos) {
        const size_t e = t.find('}', p);
        if (e == std::string::npos) break;
        out.push_back(t.substr(p + 1, e - p - 1));
        p = e + 1;
    }
    return out;
}

bool parse_condition(const Json& j, const std::string& where, RuleCondition& c, Error& err) {
    if (!j.is_object()) {
        err = rule_error(where, "a condition must be an object");
        return false;
    }
    if (j.contains("any")) {
        c.op = "any";
        if (!j["any"].is_array() || j["any"].empty()) {
            err = rule_error(where, "\"any\" must be a non-empty list of conditions");
            return false;
        }
        for (const auto& sub : j["any"]) {
            RuleCondition s;
            if (!parse_condition(sub, where, s, err)) return false;
            c.any.push_back(std::move(s));
        }
        return true;
    }
    if (!j.contains("fact") || !j["fact"].is_string() || !j.contains("op") || !j["op"].is_string()) {
        err = rule_error(where, "a condition needs \"fact\" and \"op\"");
        return false;
    }
    c.fact = j["fact"].get<std::string>();
    c.op = j["op"].get<std::string>();
    const FactType type = fact_type(c.fact);
    if (type == FactType::none || type == FactType::text) {
        err = rule_error(where, "unknown fact '" + c.fact + "' in a condition");
        return false;
    }
    if (c.op == "known" || c.op == "unknown") return true;
    if (!j.contains("value")) {
        err = rule_error(where, "condition on '" + c.fact + "' has no \"value\"");
        return false;
    }
    const Json& v = j["value"];
    if (type == FactType::number) {
        if (c.op != ">=" && c.op != ">" && c.op != "<=" && c.op != "<" && c.op != "==" && c.op != "!=") {
            err = rule_error(where, "operator '" + c.op + "' does not apply to the number '" + c.fact + "'");
            return false;
        }
        if (!v.is_number()) {
            err = rule_error(where, "'" + c.fact + "' is a number: compare it with a number");
            return false;
        }
        c.number = v.get<double>();
        return true;
    }
    // A code fact.
    if (c.op == "in") {
        if (!v.is_array()) {
            err = rule_error(where, "\"in\" needs a list of values");
            return false;
        }
        for (const auto& x : v) {
            if (!x.is_string()) {
                err = rule_error(where, "\"in\" values must be strings");
                return false;
            }
            c.set.push_back(x.get<std::string>());
        }
        return true;
    }
    if ((c.op != "==" && c.op != "!=") || !v.is_string()) {
        err = rule_error(where, "'" + c.fact + "' is a code: use ==, != or in with strings");
        return false;
    }
    c.code = v.get<std::string>();
    return true;
}

bool check_template(const std::string& t, const std::string& where, bool by_template, Error& err) {
    for (const auto& name : placeholders(t)) {
        if (by_template && (name == "deadline" || name == "minutes_left")) continue;
        if (fact_type(name) == FactType::none) {
            err = rule_error(where, "unknown placeholder {" + name + "}");
            return false;
        }
    }
    return true;
}

Result<GuidelineRules> parse(std::string_view text) {
    const Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return rule_error("the file", "is not valid JSON");
    GuidelineRules out;
    if (j.contains("max_items") && j["max_items"].is_number_integer())
        out.max_items = j["max_items"].get<int>();
    if (j.contains("labels") && j["labels"].is_object()) {
        for (const auto& [category, codes] : j["labels"].items()) {
            if (!codes.is_object()) continue;
            // "and" is a single label; the others map codes to labels.
            const bool single = codes.contains("en") && codes["en"].is_string();
            auto read = [&](const Json& langs, std::array<std::string, 3>& dst) {
                for (int l = 0; l < 3; ++l)
                    if (langs.contains(kLangKeys[l]) && langs[kLangKeys[l]].is_string())
                        dst[l] = langs[kLangKeys[l]].get<std::string>();
            };
            if (single) {
                read(codes, out.labels[category][""]);
            } else {
                for (const auto& [code, langs] : codes.items())
                    if (langs.is_object()) read(langs, out.labels[category][code]);
            }
        }
    }
    if (!j.contains("rules") || !j["rules"].is_array())
        return rule_error("the file", "has no \"rules\" list");
    for (size_t i = 0; i < j["rules"].size(); ++i) {
        const Json& r = j["rules"][i];
        GuidelineRule rule;
        std::string where = "rule " + std::to_string(i + 1);
        if (!r.is_object() || !r.contains("id") || !r["id"].is_string())
            return rule_error(where, "needs an \"id\"");
        rule.id = r["id"].get<std::string>();
        where += " ('" + rule.id + "')";
        for (const auto& prev : out.rules)
            if (prev.id == rule.id) return rule_error(where, "the id is used twice");
        if (!r.contains("kind") || !r["kind"].is_string() || !r.contains("group") ||
            !r["group"].is_string() || !r.contains("priority") || !r["priority"].is_number_integer())
            return rule_error(where, "needs \"kind\", \"group\" and an integer \"priority\"");
        rule.kind = r["kind"].get<std::string>();
        rule.group = r["group"].get<std::string>();
        rule.priority = r["priority"].get<int>();
        if (!r.contains("when") || !r["when"].is_array() || r["when"].empty())
            return rule_error(where, "needs a non-empty \"when\" list");
        Error err;
        for (const auto& c : r["when"]) {
            RuleCondition cond;
            if (!parse_condition(c, where, cond, err)) return err;
            rule.when.push_back(std::move(cond));
        }
        if (!r.contains("by") || !r["by"].is_object() || !r["by"].contains("from") ||
            !r["by"]["from"].is_string())
            return rule_error(where,
                              "needs \"by\": {\"from\": \"onset\"|\"now\"|\"ongoing\", \"minutes\": N}");
        const std::string from = r["by"]["from"].get<std::string>();
        if (from == "onset")
            rule.from = DeadlineFrom::onset;
        else if (from == "now")
            rule.from = DeadlineFrom::now;
        else if (from == "ongoing")
            rule.from = DeadlineFrom::ongoing;
        else
            return rule_error(where, "\"by.from\" must be onset, now or ongoing, not '" + from + "'");
        if (rule.from != DeadlineFrom::ongoing) {
            if (!r["by"].contains("minutes") || !r["by"]["minutes"].is_number_integer())
                return rule_error(where, "\"by\" needs integer \"minutes\"");
            rule.minutes = r["by"]["minutes"].get<int>();
        }
        for (int l = 0; l < 3; ++l) {
            const std::string lw = where + " [" + kLangKeys[l] + "]";
            if (!r.contains(kLangKeys[l]) || !r[kLangKeys[l]].is_object())
                return rule_error(where, std::string("has no texts in '") + kLangKeys[l] + "'");
            const Json& t = r[kLangKeys[l]];
            auto field = [&](const char* key) {
                return t.contains(key) && t[key].is_string() ? t[key].get<std::string>() : std::string();
            };
            RuleTexts& dst = rule.text[l];
            dst.action = field("action");
            dst.because = field("because");
            dst.by = field("by");
            dst.by_deadline = field("by_deadline");
            dst.by_overdue = field("by_overdue");
            if (dst.action.empty() || dst.because.empty() || dst.by.empty())
                return rule_error(lw, "needs \"action\", \"because\" and \"by\"");
            if (!check_template(dst.action, lw + " action", false, err) ||
                !check_template(dst.because, lw + " because", false, err) ||
                !check_template(dst.by, lw + " by", true, err) ||
                !check_template(dst.by_deadline, lw + " by_deadline", true, err) ||
                !check_template(dst.by_overdue, lw + " by_overdue", true, err))
                return err;
            bool cites_number = false;
            for (const auto& name : placeholders(dst.because))
                if (fact_type(name) == FactType::number) cites_number = true;
            if (!cites_number) return rule_error(lw, "\"because\" must cite at least one measured number");
        }
        out.rules.push_back(std::move(rule));
    }
    return out;
}

} // namespace

int guideline_lang_index(Lang lang) {
    return lang == Lang::sv ? 1 : lang == Lang::de ? 2 : 0;
}

std::string GuidelineRules::label(std::string_view category, std::string_view code, Lang lang) const {
    const auto c = labels.find(category);
    if (c != labels.end()) {
        const auto l = c->second.find(std::string(code));
        if (l != c->second.end()) {
            const std::string& s = l->second[guideline_lang_index(lang)];
            if (!s.empty()) return s;
            if (!l->second[0].empty()) return l->second[0];
        }
    }
    return std::string(code);
}

Result<GuidelineRules> parse_guideline_rules(std::string_view json) {
    return parse(json);
}

namespace {
struct Builtin {
    GuidelineRules rules;
    Error error;
    bool failed = false;
};
const Builtin& builtin() {
    static const Builtin b = [] {
        Builtin out;
        auto r = parse_guideline_rules(kGuidelineRulesJson);
        if (r)
            out.rules = std::move(r.value());
        else {
            out.failed = true;
            out.error = r.error();
        }
        return out;
    }();
    return b;
}
} // namespace

const GuidelineRules& builtin_guideline_rules() {
    return builtin().rules;
}

const Error* builtin_guideline_rules_error() {
    return builtin().failed ? &builtin().error : nullptr;
}

} // namespace sv
