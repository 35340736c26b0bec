#include "app/reason_text.hpp"

#include "app/format.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace sv::app {
namespace {

std::string count(double v) {
    return fmt_int(static_cast<int64_t>(std::llround(v)));
}
std::string percent(double v) { // v in percent (0..100)
    return fmt_pct(v / 100.0, 0);
}
// A format with one %s, for a text of any length (a file's columns, the format names).
std::string format_text(const char* f, const std::string& arg) {
    const std::string s = f;
    const size_t at = s.find("%s");
    return at == std::string::npos ? s : s.substr(0, at) + arg + s.substr(at + 2);
}

} // namespace

Str reason_key(ReasonCode code) {
    switch (code) {
    case ReasonCode::none:
    case ReasonCode::count:
        return Str::count;
    case ReasonCode::no_onset_outsiders:
        return Str::reason_no_onset_outsiders;
    case ReasonCode::no_history:
        return Str::reason_no_history;
    case ReasonCode::no_comments_since_onset:
        return Str::reason_no_comments_since_onset;
    case ReasonCode::no_sentiment_fans:
        return Str::reason_no_sentiment_fans;
    case ReasonCode::no_negative_themes:
        return Str::reason_no_negative_themes;
    case ReasonCode::no_constructive_flags:
        return Str::reason_no_constructive_flags;
    case ReasonCode::no_constructive:
        return Str::reason_no_constructive;
    case ReasonCode::no_sentiment_themes:
        return Str::reason_no_sentiment_themes;
    case ReasonCode::no_authors:
        return Str::reason_no_authors;
    case ReasonCode::no_criticism:
        return Str::reason_no_criticism;
    case ReasonCode::no_forecast:
        return Str::reason_no_forecast;
    case ReasonCode::set_by_user:
        return Str::reason_set_by_user;
    case ReasonCode::no_onset_origin:
        return Str::reason_no_onset_origin;
    case ReasonCode::no_comments:
        return Str::reason_no_comments;
    case ReasonCode::no_usable_time:
        return Str::reason_no_usable_time;
    case ReasonCode::no_time:
        return Str::reason_no_time;
    case ReasonCode::no_convergence:
        return Str::reason_no_convergence;
    case ReasonCode::no_sentiment:
        return Str::reason_no_sentiment;
    case ReasonCode::no_analytics:
        return Str::reason_no_analytics;
    case ReasonCode::gauge_not_fitted:
        return Str::reason_gauge_not_fitted;
    case ReasonCode::no_pre_onset_history:
        return Str::reason_no_pre_onset_history;
    case ReasonCode::range_before_onset:
        return Str::reason_range_before_onset;
    case ReasonCode::themes_sampled:
        return Str::reason_sampled_fmt;
    case ReasonCode::origin_leak:
        return Str::origin_leak_fmt;
    case ReasonCode::origin_one_tree:
        return Str::origin_one_tree_fmt;
    case ReasonCode::origin_one_thread:
        return Str::origin_one_thread_fmt;
    case ReasonCode::origin_news:
        return Str::origin_news_fmt;
    case ReasonCode::origin_spread:
        return Str::origin_spread_fmt;
    case ReasonCode::origin_no_rule:
        return Str::origin_no_rule_fmt;
    case ReasonCode::fit_relative:
        return Str::fit_relative_fmt;
    case ReasonCode::fit_too_few:
        return Str::fit_too_few_fmt;
    case ReasonCode::fit_range_onset:
        return Str::fit_range_onset;
    case ReasonCode::fit_range:
        return Str::fit_range;
    case ReasonCode::fit_onset:
        return Str::fit_onset;
    case ReasonCode::fit_whole_file:
        return Str::fit_whole_file;
    case ReasonCode::fit_last_events:
        return Str::fit_last_events_fmt;
    case ReasonCode::fit_background_end:
        return Str::fit_background_end_fmt;
    case ReasonCode::fit_coarse:
        return Str::fit_coarse_fmt;
    case ReasonCode::fit_delay_warning:
        return Str::fit_delay_warning_fmt;
    case ReasonCode::fit_self_driving:
        return Str::fit_self_driving;
    }
    return Str::count;
}

std::string reason_text(const Reason& r) {
    const Str key = reason_key(r.code);
    if (key == Str::count) return {};
    const char* f = tr(key);
    const double a = r.n[0], b = r.n[1], c = r.n[2];
    char buf[600];
    switch (r.code) {
    case ReasonCode::themes_sampled:
    case ReasonCode::fit_last_events:
    case ReasonCode::fit_relative:
    case ReasonCode::fit_coarse:
        std::snprintf(buf, sizeof buf, f, count(a).c_str(), count(b).c_str(), count(c).c_str());
        return buf;
    case ReasonCode::origin_leak:
    case ReasonCode::origin_one_tree:
    case ReasonCode::origin_news:
        std::snprintf(buf, sizeof buf, f, percent(a).c_str(), count(b).c_str());
        return buf;
    case ReasonCode::origin_one_thread:
        std::snprintf(buf, sizeof buf, f, percent(a).c_str(), count(b).c_str(), r.name.c_str());
        return buf;
    case ReasonCode::origin_spread:
        std::snprintf(buf, sizeof buf, f, count(a).c_str(), percent(20).c_str());
        return buf;
    case ReasonCode::origin_no_rule:
        std::snprintf(buf, sizeof buf, f, percent(a).c_str(), percent(b).c_str(), percent(c).c_str());
        return buf;
    case ReasonCode::fit_too_few:
        std::snprintf(buf, sizeof buf, f, count(a).c_str(),
                      tr(b != 0 ? Str::fit_in_selected_range : Str::fit_in_crisis_window));
        return buf;
    case ReasonCode::fit_background_end:
        std::snprintf(buf, sizeof buf, f, count(a).c_str());
        return buf;
    case ReasonCode::fit_delay_warning:
        std::snprintf(buf, sizeof buf, f, count(a).c_str(), count(b).c_str());
        return buf;
    default:
        return f;
    }
}

std::string reason_text(const std::vector<Reason>& parts) {
    std::string out;
    for (const Reason& r : parts) {
        const std::string t = reason_text(r);
        if (t.empty()) continue;
        if (!out.empty()) out += "; ";
        out += t;
    }
    return out;
}

std::string reason_or(const Reason& r, const std::string& english) {
    return r.code != ReasonCode::none ? reason_text(r) : english;
}
std::string reason_or(const std::vector<Reason>& parts, const std::string& english) {
    return parts.empty() ? english : reason_text(parts);
}

std::string figure_reason(const Figure& f) {
    if (f.why.code != ReasonCode::none) return reason_text(f.why);
    return f.missing_reason;
}

// ---------------------------------------------------------------------------------------------------------
// Rejected rows (ErrorCode)
// ---------------------------------------------------------------------------------------------------------
Str error_message_key(ErrorCode code) {
    switch (code) {
    case ErrorCode::none:
    case ErrorCode::count:
        return Str::count;
    case ErrorCode::ragged_row:
        return Str::err_ragged_row_fmt;
    case ErrorCode::unterminated_quote:
        return Str::err_unterminated_quote;
    case ErrorCode::bad_timestamp:
        return Str::err_bad_timestamp_fmt;
    case ErrorCode::empty_text:
        return Str::err_empty_text;
    case ErrorCode::not_a_comment:
        return Str::err_not_a_comment_fmt;
    case ErrorCode::json_not_closed:
        return Str::err_json_not_closed;
    case ErrorCode::json_not_json:
        return Str::err_json_not_json;
    case ErrorCode::json_no_parse:
        return Str::err_json_no_parse;
    case ErrorCode::xml_post_open:
        return Str::err_xml_post_open;
    case ErrorCode::deleted_post:
        return Str::err_deleted_post;
    case ErrorCode::spam_post:
        return Str::err_spam_post;
    case ErrorCode::file_empty:
        return Str::err_file_empty;
    case ErrorCode::no_header_row:
        return Str::err_no_header_row;
    case ErrorCode::header_too_long:
        return Str::err_header_too_long;
    case ErrorCode::no_text_column:
        return Str::err_no_text_column_fmt;
    case ErrorCode::file_xlsx:
        return Str::err_file_xlsx;
    case ErrorCode::file_zip:
        return Str::err_file_zip;
    case ErrorCode::file_zstd:
        return Str::err_file_zstd;
    case ErrorCode::file_gzip:
        return Str::err_file_gzip;
    case ErrorCode::file_pdf:
        return Str::err_file_pdf;
    case ErrorCode::file_xls:
        return Str::err_file_xls;
    case ErrorCode::file_markup:
        return Str::err_file_markup;
    case ErrorCode::json_file_too_large:
        return Str::err_json_file_too_large_fmt;
    case ErrorCode::json_text_too_large:
        return Str::err_json_text_too_large_fmt;
    case ErrorCode::json_too_deep:
        return Str::err_json_too_deep_fmt;
    case ErrorCode::json_empty:
        return Str::err_json_empty;
    case ErrorCode::json_first_bad:
        return Str::err_json_first_bad;
    case ErrorCode::json_not_comments:
        return Str::err_json_not_comments_fmt;
    case ErrorCode::json_unknown_shape:
        return Str::err_json_unknown_shape_fmt;
    case ErrorCode::unknown_format:
        return Str::err_unknown_format_fmt;
    }
    return Str::count;
}

Str error_hint_key(ErrorCode code) {
    switch (code) {
    case ErrorCode::none:
    case ErrorCode::count:
        return Str::count;
    case ErrorCode::ragged_row:
        return Str::err_ragged_row_hint;
    case ErrorCode::unterminated_quote:
        return Str::err_unterminated_quote_hint;
    case ErrorCode::bad_timestamp:
        return Str::err_bad_timestamp_hint;
    case ErrorCode::empty_text:
        return Str::err_empty_text_hint;
    case ErrorCode::not_a_comment:
        return Str::err_not_a_comment_hint;
    case ErrorCode::json_not_closed:
    case ErrorCode::json_not_json:
    case ErrorCode::json_no_parse:
        return Str::err_bad_json_hint;
    case ErrorCode::xml_post_open:
        return Str::err_xml_post_open_hint;
    case ErrorCode::deleted_post:
    case ErrorCode::spam_post:
        return Str::err_disqus_hint;
    case ErrorCode::file_empty:
    case ErrorCode::json_empty:
        return Str::err_file_empty_hint;
    case ErrorCode::no_header_row:
        return Str::err_no_header_row_hint;
    case ErrorCode::header_too_long:
        return Str::err_header_too_long_hint;
    case ErrorCode::no_text_column:
        return Str::err_no_text_column_hint;
    case ErrorCode::file_xlsx:
    case ErrorCode::file_xls:
        return Str::err_spreadsheet_hint;
    case ErrorCode::file_zip:
        return Str::err_file_zip_hint;
    case ErrorCode::file_zstd:
        return Str::err_file_zstd_hint;
    case ErrorCode::file_gzip:
        return Str::err_file_gzip_hint;
    case ErrorCode::file_pdf:
        return Str::err_file_pdf_hint;
    case ErrorCode::file_markup:
        return Str::err_file_markup_hint;
    case ErrorCode::json_file_too_large:
        return Str::err_json_file_too_large_hint;
    case ErrorCode::json_text_too_large:
        return Str::err_json_text_too_large_hint;
    case ErrorCode::json_too_deep:
        return Str::err_json_too_deep_hint;
    case ErrorCode::json_first_bad:
        return Str::err_json_first_bad_hint;
    case ErrorCode::json_not_comments:
        return Str::err_json_not_comments_hint;
    case ErrorCode::json_unknown_shape:
        return Str::err_json_unknown_shape_hint_fmt;
    case ErrorCode::unknown_format:
        return Str::err_unknown_format_hint_fmt;
    }
    return Str::count;
}

std::string error_message_in(UiLanguage lang, const Error& e) {
    const Str key = error_message_key(e.code);
    if (key == Str::count) return e.message;
    const char* f = tr_in(lang, key);
    char buf[600];
    switch (e.code) {
    case ErrorCode::ragged_row: // counts as the core writes them in English, grouped in sv/de
        std::snprintf(buf, sizeof buf, f,
                      lang == UiLanguage::en ? std::to_string(e.n1).c_str() : count(double(e.n1)).c_str(),
                      lang == UiLanguage::en ? std::to_string(e.n2).c_str() : count(double(e.n2)).c_str());
        return buf;
    case ErrorCode::bad_timestamp:
        std::snprintf(buf, sizeof buf, f, e.arg.c_str());
        return buf;
    case ErrorCode::not_a_comment:
        std::snprintf(buf, sizeof buf, f, e.arg.c_str(), e.detail.c_str());
        return buf;
    case ErrorCode::no_text_column: // the columns may be long: no fixed buffer
    case ErrorCode::json_not_comments:
    case ErrorCode::json_unknown_shape:
    case ErrorCode::unknown_format:
        return format_text(f, e.arg);
    case ErrorCode::json_file_too_large: // sizes as the core writes them (plain digits)
    case ErrorCode::json_too_deep:
        std::snprintf(buf, sizeof buf, f, std::to_string(e.n1).c_str());
        return buf;
    case ErrorCode::json_text_too_large:
        std::snprintf(buf, sizeof buf, f, std::to_string(e.n1).c_str(), std::to_string(e.n2).c_str());
        return buf;
    default:
        return f;
    }
}

std::string error_hint_in(UiLanguage lang, const Error& e) {
    const Str key = error_hint_key(e.code);
    if (key == Str::count) return e.hint;
    if (e.code == ErrorCode::json_unknown_shape || e.code == ErrorCode::unknown_format)
        return format_text(tr_in(lang, key), e.detail); // the format names
    return tr_in(lang, key);
}

// The name of a rejected row's kind (Error::kind) in the UI language; a kind without a name: as it is.
std::string reject_kind_name(const std::string& kind) {
    static const struct {
        const char* kind;
        Str key;
    } kNames[] = {{"ragged_row", Str::kind_ragged_row},
                  {"unterminated_quote", Str::kind_unterminated_quote},
                  {"bad_timestamp", Str::kind_bad_timestamp},
                  {"empty_text", Str::kind_empty_text},
                  {"not_a_comment", Str::kind_not_a_comment},
                  {"bad_json", Str::kind_bad_json},
                  {"bad_xml", Str::kind_bad_xml},
                  {"deleted_or_spam", Str::kind_deleted_or_spam}};
    for (const auto& n : kNames)
        if (kind == n.kind) return tr(n.key);
    return kind;
}

std::string rejects_by_kind_line(const ImportReport& r) {
    std::string out;
    for (const auto& [kind, n] : r.rejects_by_kind) {
        if (!out.empty()) out += "   ";
        out += reject_kind_name(kind) + ": " + fmt_int(static_cast<int64_t>(n));
    }
    return out;
}

std::string precision_line(const ImportReport& r) {
    std::string out;
    for (const auto& [name, n] : r.precision_counts) {
        if (!out.empty()) out += ", ";
        out += precision_name(name) + ": " + fmt_int(static_cast<int64_t>(n));
    }
    return out;
}

std::string warning_text_in(UiLanguage lang, const ImportWarning& w) {
    auto t = [&](Str k) { return tr_in(lang, k); };
    // Numbers: grouped in sv/de; in English as the core writes them, so English equals the core's sentence.
    auto num = [&](int64_t v) { return lang == UiLanguage::en ? std::to_string(v) : count(double(v)); };
    const std::string a = num(w.n[0]), b = num(w.n[1]);
    char buf[900];
    switch (w.code) {
    case WarningCode::none:
    case WarningCode::count:
        return {};
    case WarningCode::dates_forced:
        if (lang == UiLanguage::en) return english(w); // names the option (date order mdy/dmy)
        std::snprintf(buf, sizeof buf, t(Str::warn_dates_forced_fmt),
                      t(w.n[0] ? Str::order_month_first : Str::order_day_first), b.c_str());
        return buf;
    case WarningCode::dates_forced_against:
        std::snprintf(buf, sizeof buf, t(Str::warn_dates_forced_against_fmt), b.c_str(),
                      lang == UiLanguage::en ? (w.n[0] ? "day-first" : "month-first")
                                             : t(w.n[0] ? Str::order_day_first : Str::order_month_first));
        return buf;
    case WarningCode::dates_month_first:
        std::snprintf(buf, sizeof buf, t(Str::warn_dates_month_first_fmt), a.c_str(), b.c_str());
        return buf;
    case WarningCode::dates_day_first:
        std::snprintf(buf, sizeof buf, t(Str::warn_dates_day_first_fmt), a.c_str(), b.c_str());
        return buf;
    case WarningCode::dates_unknown_order:
        std::snprintf(buf, sizeof buf, t(Str::warn_dates_unknown_order_fmt), a.c_str());
        return buf;
    case WarningCode::dates_mixed:
        std::snprintf(buf, sizeof buf, t(Str::warn_dates_mixed_fmt), a.c_str(), b.c_str());
        return buf;
    case WarningCode::excel_ids:
        std::snprintf(buf, sizeof buf, t(Str::warn_excel_ids_fmt), a.c_str(), w.text.c_str());
        return buf;
    case WarningCode::relative_times:
        std::snprintf(buf, sizeof buf, t(Str::warn_relative_times_fmt), a.c_str(), w.text.c_str());
        return buf;
    case WarningCode::naive_times:
        std::snprintf(buf, sizeof buf, t(Str::warn_naive_times_fmt), a.c_str());
        return buf;
    case WarningCode::reddit_more:
        std::snprintf(buf, sizeof buf, t(Str::warn_reddit_more_fmt), a.c_str());
        return buf;
    case WarningCode::skipped_items:
        std::snprintf(buf, sizeof buf, t(Str::warn_skipped_items_fmt), a.c_str());
        return buf;
    case WarningCode::utf16_replaced:
        std::snprintf(buf, sizeof buf, t(Str::warn_utf16_replaced_fmt), a.c_str());
        return buf;
    case WarningCode::utf8_replaced:
        std::snprintf(buf, sizeof buf, t(Str::warn_utf8_replaced_fmt), a.c_str(), b.c_str());
        return buf;
    case WarningCode::windows_1252:
        return t(Str::warn_windows_1252);
    }
    return {};
}

std::string warning_text(const ImportWarning& w) {
    return ui_language() == UiLanguage::en ? english(w) : warning_text_in(ui_language(), w);
}

std::vector<std::string> warning_texts(const ImportReport& r) {
    if (r.warning_codes.size() != r.warnings.size()) return r.warnings;
    std::vector<std::string> out;
    for (const ImportWarning& w : r.warning_codes) out.push_back(warning_text(w));
    return out;
}

// A TimePrecision name (ImportReport::precision_counts) in the UI language.
std::string precision_name(const std::string& name) {
    if (name == "second") return tr(Str::precision_second);
    if (name == "minute") return tr(Str::precision_minute);
    if (name == "day") return tr(Str::precision_day);
    if (name == "relative") return tr(Str::precision_relative);
    if (name == "none") return tr(Str::precision_none);
    return name;
}

std::string error_message(const Error& e) {
    // English: the core's own sentence (the CLI's), so nothing can differ.
    return ui_language() == UiLanguage::en ? e.message : error_message_in(ui_language(), e);
}
std::string error_hint(const Error& e) {
    return ui_language() == UiLanguage::en ? e.hint : error_hint_in(ui_language(), e);
}

// ---------------------------------------------------------------------------------------------------------
// The format-detection line (FormatWhy)
// ---------------------------------------------------------------------------------------------------------
std::string format_why_in(UiLanguage lang, const FormatWhy& w) {
    auto t = [&](Str k) { return tr_in(lang, k); };
    char buf[700];
    std::string out;
    switch (w.kind) {
    case FormatWhy::Kind::none:
        return {};
    case FormatWhy::Kind::csv_preset:
        if (w.user_chosen) {
            out = t(Str::fw_user_chosen);
        } else {
            std::snprintf(buf, sizeof buf, t(Str::fw_preset_fmt), w.signature.c_str(), w.delimiter.c_str());
            out = buf;
        }
        break;
    case FormatWhy::Kind::csv_generic: {
        const Str d = w.delimiter_why == DelimiterWhy::sep_line      ? Str::fw_delim_sep_line
                      : w.delimiter_why == DelimiterWhy::one_column  ? Str::fw_delim_one_column
                      : w.delimiter_why == DelimiterWhy::header_only ? Str::fw_delim_header_only
                                                                     : Str::fw_delim_agree;
        std::snprintf(buf, sizeof buf, t(w.user_chosen ? Str::fw_generic_chosen_fmt : Str::fw_generic_fmt),
                      w.delimiter.c_str(), t(d));
        out = buf;
        break;
    }
    case FormatWhy::Kind::json: {
        std::string shape;
        if (w.json_values < 0) {
            shape = t(Str::fw_json_x_archive);
        } else if (w.json_values == 1) {
            shape = t(Str::fw_json_one);
        } else {
            std::snprintf(buf, sizeof buf, t(Str::fw_json_values_fmt), count(double(w.json_values)).c_str());
            shape = buf;
        }
        if (w.user_chosen) {
            out = std::string(t(Str::fw_user_chosen)) + "; " + shape;
        } else {
            std::snprintf(buf, sizeof buf, t(Str::fw_json_fmt), w.signature.c_str(), shape.c_str());
            out = buf;
        }
        break;
    }
    case FormatWhy::Kind::disqus_xml:
        out = t(Str::fw_disqus);
        break;
    }
    if (w.mapped) out += std::string("; ") + t(Str::fw_mapped);
    return out;
}

std::string format_why_text(const ImportReport& r) {
    if (ui_language() == UiLanguage::en || r.format_why.kind == FormatWhy::Kind::none) return r.format_reason;
    return format_why_in(ui_language(), r.format_why);
}

} // namespace sv::app
