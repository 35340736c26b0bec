#include "core/base/reason.hpp"

#include <cstdio>
#include <utility>

namespace sv {

namespace {

// The English sentence of each code as a printf format over n[0], n[1], n[2] (as %.0f); fit_too_few and
// origin_one_thread take a text in place of a number (english() below).
const char* english_format(ReasonCode code) {
    switch (code) {
    case ReasonCode::none:
    case ReasonCode::count:
        return "";
    case ReasonCode::no_onset_outsiders:
        return "no onset: there is no wave for outsiders to join";
    case ReasonCode::no_history:
        return "the file has no comments before the onset, so every author would count as new; "
               "export a longer history to measure outsiders";
    case ReasonCode::no_comments_since_onset:
        return "no comments from the onset on";
    case ReasonCode::no_sentiment_fans:
        return "no sentiment scores: fans cannot be told from critics";
    case ReasonCode::no_negative_themes:
        return "no negative comments, or nothing but negative comments";
    case ReasonCode::no_constructive_flags:
        return "the sentiment scores carry no constructive-criticism flags";
    case ReasonCode::no_constructive:
        return "no comment is flagged constructive";
    case ReasonCode::no_sentiment_themes:
        return "no sentiment scores: negative and constructive comments are unknown";
    case ReasonCode::no_authors:
        return "no authors";
    case ReasonCode::no_criticism:
        return "no criticism (no negative comments)";
    case ReasonCode::no_forecast:
        return "no forecast while n* >= 1";
    case ReasonCode::set_by_user:
        return "set by the user";
    case ReasonCode::no_onset_origin:
        return "no onset: there is no wave to trace";
    case ReasonCode::no_comments:
        return "the file has no comments";
    case ReasonCode::no_usable_time:
        return "no comment has a usable timestamp";
    case ReasonCode::no_time:
        return "no comment has a timestamp";
    case ReasonCode::no_convergence:
        return "the maximum-likelihood fit did not converge on this window";
    case ReasonCode::no_sentiment:
        return "sentiment was not scored";
    case ReasonCode::no_analytics:
        return "crisis analytics did not run";
    case ReasonCode::gauge_not_fitted:
        return "the self-driving gauge could not be fitted";
    case ReasonCode::no_pre_onset_history:
        return "no pre-onset history";
    case ReasonCode::range_before_onset:
        return "the selected range ends before the onset: outsiders are counted from the onset on";
    case ReasonCode::themes_sampled:
        return "read through a systematic sample of every %.0f-th comment (%.0f of %.0f)";
    case ReasonCode::origin_leak:
        return "%.0f%% of the %.0f comments read from the onset window use leak words";
    case ReasonCode::origin_one_tree:
        return "%.0f%% of the %.0f comments read from the onset window sit in one reply tree whose root was "
               "posted "
               "by the end of the onset bucket";
    case ReasonCode::origin_one_thread:
        return "%.0f%% of the %.0f comments read from the onset window are in one thread (%s)";
    case ReasonCode::origin_news:
        return "%.0f%% of the %.0f comments read from the onset window carry links or news words";
    case ReasonCode::origin_spread:
        return "the onset window's %.0f comments are spread out: no reply tree or thread holds 20%% of them";
    case ReasonCode::origin_no_rule:
        return "no rule applies (leak words %.0f%%, links/news %.0f%%, largest tree %.0f%%)";
    case ReasonCode::fit_relative:
        return "%.0f of %.0f comments in the window have relative times (\"2 days ago\"): their error is "
               "unknown, so "
               "the self-exciting model is not fitted; export absolute timestamps";
    case ReasonCode::fit_too_few:
        return "%.0f comments with usable times in the %s: at least 50 are needed to fit the self-exciting "
               "model";
    case ReasonCode::fit_range_onset:
        return "fitted on the selected range from the onset on";
    case ReasonCode::fit_range:
        return "fitted on the selected range";
    case ReasonCode::fit_onset:
        return "fitted from the onset to the last comment";
    case ReasonCode::fit_whole_file:
        return "no onset: fitted on the whole file";
    case ReasonCode::fit_last_events:
        return "the last %.0f of %.0f comments";
    case ReasonCode::fit_background_end:
        return "the outside attention stopped after %.0f min (a pulse, then only comments that follow "
               "comments: "
               "the background is fitted as ending there)";
    case ReasonCode::fit_coarse:
        return "%.0f times are coarse (minute/day): jittered within their interval, %.0f draws combined, "
               "interval "
               "widened";
    case ReasonCode::fit_delay_warning:
        return "warning: the fitted mean delay (%.0f s) is shorter than the timestamp precision (%.0f s), n* "
               "is "
               "unreliable";
    case ReasonCode::fit_self_driving:
        return "self-driving: no finite forecast";
    }
    return "";
}

} // namespace

std::string english(const Reason& r) {
    const char* f = english_format(r.code);
    char buf[400];
    if (r.code == ReasonCode::fit_too_few)
        std::snprintf(buf, sizeof buf, f, r.n[0], r.n[1] != 0 ? "selected range" : "crisis window");
    else if (r.code == ReasonCode::origin_one_thread)
        std::snprintf(buf, sizeof buf, f, r.n[0], r.n[1], r.name.c_str());
    else
        std::snprintf(buf, sizeof buf, f, r.n[0], r.n[1], r.n[2]);
    return buf;
}

std::string english(const std::vector<Reason>& parts) {
    std::string out;
    for (const Reason& r : parts) {
        if (!out.empty()) out += "; ";
        out += english(r);
    }
    return out;
}

void set_reason(Reason r, Reason& why, std::string& text) {
    text = english(r);
    why = std::move(r);
}

void set_reason(std::vector<Reason> parts, std::vector<Reason>& why, std::string& text) {
    text = english(parts);
    why = std::move(parts);
}

} // namespace sv
