// analytics_report.cpp — the analytics part of the analyze report: timeline, crisis, cascades, reach,
// multipliers, fans, outsider_share, themes, origin. A figure the data cannot support is null and a
// "<key>_reason" next to it says why.
#include "core/analytics/analytics_report_parts.hpp"
#include "core/analytics/people.hpp"
#include "core/report/analyze_report.hpp"
#include "core/time/timestamp.hpp"

#include <cmath>

namespace sv {

namespace {

double round_to(double x, double unit) {
    return std::round(x / unit) * unit;
}

Json time_or_null(bool has, int64_t t) {
    return has ? Json(format_iso8601_utc(t)) : Json(nullptr);
}

Json comment_ref(const CommentStore& c, int32_t row) {
    Json j = Json::object();
    const size_t r = static_cast<size_t>(row);
    j["id"] = std::string(c.id_of(r));
    j["row"] = row;
    j["author"] = std::string(c.author_of(r));
    j["time"] = time_or_null(c.created_at[r] != kNoTime, c.created_at[r]);
    return j;
}

Json cascade_json(const CommentStore& c, const Cascade& t) {
    Json j = comment_ref(c, t.root);
    j["size"] = t.size;
    j["depth"] = t.depth;
    j["max_breadth"] = t.max_breadth;
    j["structural_virality"] = round_to(t.structural_virality, 1e-4);
    j["negative"] = t.negative;
    j["mean_compound"] = round_to(t.mean_compound, 1e-4);
    return j;
}

Json timeline_json(const AnalyticsResult& r) {
    if (!r.has_times) return nullptr;
    const Timeline& t = r.timeline;
    Json j = Json::object();
    j["bucket_seconds"] = t.bucket_seconds;
    j["sentiment_available"] = r.crisis.sentiment_available;
    j["untimed"] = t.untimed;
    Json buckets = Json::array();
    for (size_t b = 0; b < t.size(); ++b) {
        Json x = Json::object();
        x["t"] = format_iso8601_utc(t.bucket_start(b));
        x["count"] = t.count[b];
        x["positive"] = t.positive[b];
        x["neutral"] = t.neutral[b];
        x["negative"] = t.negative[b];
        x["mean_compound"] = round_to(t.mean_compound[b], 1e-4);
        x["authors"] = t.authors[b];
        x["newcomers"] = t.newcomers[b];
        x["reach"] = t.reach[b];
        x["shares"] = t.shares[b];
        x["baseline"] = round_to(t.baseline[b], 1e-2);
        x["volume_z"] = round_to(t.volume_z[b], 1e-2);
        x["outsider_share"] =
            t.outsider_share[b] < 0 ? Json(nullptr) : Json(round_to(t.outsider_share[b], 1e-4));
        buckets.push_back(std::move(x));
    }
    j["buckets"] = std::move(buckets);
    return j;
}

Json crisis_json(const AnalyticsResult& r, Json& out) {
    Json j = Json::object();
    if (!r.has_times) {
        out["crisis_reason"] = r.no_times_reason;
        return nullptr;
    }
    const CrisisState& cs = r.crisis;
    const Timeline& t = r.timeline;
    const HawkesGauge& g = r.hawkes;
    j["stage"] = to_string(cs.stage);
    j["stage_reason"] = cs.stage_reason;
    j["onset"] = time_or_null(cs.has_onset, t.bucket_start(cs.onset_bucket));
    j["onset_rule"] = cs.has_onset ? Json(cs.onset_rule) : Json(nullptr);
    j["peak"] = format_iso8601_utc(t.bucket_start(cs.peak_bucket));
    j["peak_count"] = t.count[cs.peak_bucket];
    j["severity"] = cs.severity;
    j["severity_formula"] = cs.severity_formula;
    j["sentiment_available"] = cs.sentiment_available;
    j["branching_ratio"] = g.available ? Json(round_to(g.branching_ratio, 1e-4)) : Json(nullptr);
    j["branching_ratio_ci"] =
        g.available ? Json::array({round_to(g.ci_low, 1e-4), round_to(g.ci_high, 1e-4)}) : Json(nullptr);
    j["self_driving"] = g.available ? Json(g.self_driving) : Json(nullptr);
    j["forecast_total"] = g.forecast_available ? Json(std::round(g.forecast_total)) : Json(nullptr);
    j["forecast_total_ci"] =
        g.forecast_available ? Json::array({std::round(g.forecast_low),
                                            std::isfinite(g.forecast_high) ? Json(std::round(g.forecast_high))
                                                                           : Json(nullptr)})
                             : Json(nullptr);
    j["forecast_remaining"] = g.forecast_available ? Json(std::round(g.forecast_remaining)) : Json(nullptr);
    if (!g.available)
        j["forecast_reason"] = g.reason;
    else if (g.self_driving)
        j["forecast_reason"] = "self-driving: no finite forecast";
    else if (!std::isfinite(g.forecast_high))
        j["forecast_reason"] = "the interval of n* reaches 1: the upper end is unbounded (null)";
    j["gauge"] = {{"reason", g.reason},
                  {"events", g.events},
                  {"kernel_seconds", g.available ? Json(round_to(g.kernel_seconds, 0.1)) : Json(nullptr)},
                  {"background_per_hour", g.available ? Json(round_to(g.mu * 3600.0, 1e-3)) : Json(nullptr)},
                  {"jitter_draws", g.jitter_draws}};
    return j;
}

} // namespace

void append_fans_and_outsiders_report(const CommentStore& c, const PeopleStats& p, Json& out) {
    if (p.fans_available) {
        Json fans = Json::array();
        for (const Fan& f : p.fans)
            fans.push_back({{"author", std::string(c.authors.name(f.author))},
                            {"comments", f.comments},
                            {"mean_compound", round_to(f.mean_compound, 1e-4)},
                            {"likes", f.likes},
                            {"replies", f.replies}});
        out["fans"] = std::move(fans);
    } else {
        out["fans"] = nullptr;
        out["fans_reason"] = p.fans_reason;
    }
    out["critics"] = p.fans_available ? Json(p.critics) : Json(nullptr);
    out["outsider_share"] = p.outsider_available ? Json(round_to(p.outsider_share, 1e-4)) : Json(nullptr);
    if (!p.outsider_available) out["outsider_share_reason"] = p.outsider_reason;
    out["newcomer_authors"] = p.outsider_available ? Json(p.newcomer_authors) : Json(nullptr);
}

Json themes_report(const CommentStore& c, const ThemeSet& negative, const ThemeSet& constructive) {
    Json themes = Json::object();
    auto theme_json = [&](const ThemeSet& set, const char* key) {
        if (!set.available) {
            themes[key] = nullptr;
            themes[std::string(key) + "_reason"] = set.reason;
            return;
        }
        Json terms = Json::array();
        for (const ThemeTerm& t : set.terms) {
            Json ex = Json::array();
            for (int32_t row : t.examples) ex.push_back(std::string(c.id_of(static_cast<size_t>(row))));
            terms.push_back({{"term", t.term},
                             {"z", round_to(t.z, 0.01)},
                             {"count", t.count_in},
                             {"count_rest", t.count_out},
                             {"examples", std::move(ex)}});
        }
        themes[key] = std::move(terms);
        if (!set.reason.empty()) themes[std::string(key) + "_note"] = set.reason;
    };
    theme_json(negative, "negative");
    theme_json(constructive, "constructive");
    return themes;
}

Json window_figures_report(const Analysis& a, const WindowFigures& w) {
    const CommentStore& c = a.comments;
    Json j = Json::object();
    j["from"] = format_iso8601_utc(w.window.from);
    j["to"] = format_iso8601_utc(w.window.to);
    j["comments"] = w.comments;
    j["authors"] = w.people.authors;
    const bool shares = w.sentiment && w.comments >= kWindowMinComments;
    j["negative_share"] = shares ? Json(round_to(w.negative_share, 1e-4)) : Json(nullptr);
    j["critics_per_100"] =
        shares && w.people.authors ? Json(round_to(w.critics_per_100, 1e-2)) : Json(nullptr);
    j["emotional_share"] = shares && w.criticism ? Json(round_to(w.emotional_share, 1e-4)) : Json(nullptr);
    j["constructive_share"] =
        shares && w.criticism ? Json(round_to(w.constructive_share, 1e-4)) : Json(nullptr);
    if (!shares)
        j["shares_reason"] = w.sentiment ? "fewer than " + std::to_string(kWindowMinComments) +
                                               " comments in the selected range"
                                         : std::string("sentiment was not scored");
    append_fans_and_outsiders_report(c, w.people, j);
    j["themes"] = themes_report(c, w.themes_negative, w.themes_constructive);
    const HawkesGauge& g = w.hawkes;
    j["branching_ratio"] = g.available ? Json(round_to(g.branching_ratio, 1e-4)) : Json(nullptr);
    j["branching_ratio_ci"] =
        g.available ? Json::array({round_to(g.ci_low, 1e-4), round_to(g.ci_high, 1e-4)}) : Json(nullptr);
    j["gauge"] = {{"reason", g.reason}, {"events", g.events}};
    round_report_floats(j);
    return j;
}

void append_analytics_report(const Analysis& a, Json& out) {
    const AnalyticsResult& r = a.analytics;
    const CommentStore& c = a.comments;
    if (!r.present) return;
    out["timeline"] = timeline_json(r);
    if (!r.has_times) out["timeline_reason"] = r.no_times_reason;
    out["crisis"] = crisis_json(r, out);

    const CascadeStats& cs = r.cascades;
    Json cascades = Json::object();
    cascades["count"] = cs.count;
    cascades["largest_size"] = cs.largest_size;
    cascades["max_depth"] = cs.max_depth;
    cascades["mean_structural_virality"] =
        cs.count ? Json(round_to(cs.mean_structural_virality, 1e-4)) : Json(nullptr);
    cascades["replies_in_trees"] = cs.replies_in_trees;
    cascades["unreachable"] = cs.unreachable;
    Json top = Json::array(), negative = Json::array();
    for (const Cascade& t : cs.largest) top.push_back(cascade_json(c, t));
    for (const Cascade& t : cs.most_negative) negative.push_back(cascade_json(c, t));
    cascades["top"] = std::move(top);
    cascades["most_negative"] = std::move(negative);
    out["cascades"] = std::move(cascades);

    const PeopleStats& p = r.people;
    out["reach"] = {{"followers", p.followers_known ? Json(p.reach_total) : Json(nullptr)},
                    {"shares", p.shares_known ? Json(p.shares_total) : Json(nullptr)}};
    Json multipliers = Json::array();
    for (const Multiplier& m : p.multipliers)
        multipliers.push_back(
            {{"author", std::string(c.authors.name(m.author))},
             {"score", round_to(m.score, 0.01)},
             {"reason", m.reason},
             {"followers", m.followers >= 0 ? Json(m.followers) : Json(nullptr)},
             {"follow_on", m.follow_on},
             {"engagement", m.engagement},
             {"volume_before", m.volume_before},
             {"volume_after", m.volume_after},
             {"key_comment",
              m.key_row >= 0 ? Json(std::string(c.id_of(static_cast<size_t>(m.key_row)))) : Json(nullptr)}});
    out["multipliers"] = std::move(multipliers);
    append_fans_and_outsiders_report(c, p, out);
    out["themes"] = themes_report(c, r.themes_negative, r.themes_constructive);

    const OriginGuess& o = r.origin;
    Json candidates = Json::array();
    for (const OriginCandidate& cand : o.candidates) {
        Json j = comment_ref(c, cand.row);
        j["why"] = cand.why;
        candidates.push_back(std::move(j));
    }
    out["origin"] = {{"guess", to_string(o.guess)},
                     {"reason", o.reason},
                     {"overridden", o.overridden},
                     {"candidates", std::move(candidates)}};
}

} // namespace sv
