// i18n.hpp — UI text in English, Swedish and German.
//
// Every string the UI shows has a key in `Str`; `tr(key)` returns it in the current UI language.
// Add a key: append it to Str and give its three translations in i18n.cpp (a test checks none is empty).
// Keys ending in _fmt or holding %s / %d are printf formats: the three translations keep the same
// placeholders in the same order.
#pragma once
#include <cstdint>
#include <string>

namespace sv::app {

enum class UiLanguage : uint8_t { en, sv, de, count };

enum class Str : uint16_t {
    app_tagline,
    privacy_promise,
    privacy_detail,
    drop_title,
    drop_formats,
    open_file,
    drop_release,
    language_name,
    theme_dark,
    theme_light,
    version_label,
    try_sample,
    sample_detail,
    nav_overview,
    nav_timeline,
    nav_comments,
    nav_spread,
    nav_people,
    nav_themes,
    nav_import,
    unit_comments,
    progress_title,
    progress_step,
    progress_rows,
    phase_import,
    phase_score,
    phase_analyze,
    cancel,
    error_title,
    how_to_fix,
    open_another,
    back_to_start,
    back_to_case,
    analytics_missing,
    sentiment_missing,
    critics_missing,
    spread_missing,
    people_missing,
    themes_missing,
    timeline_volume_only,
    timeline_markers_missing,
    timeline_help,
    selection_fmt,
    clear_selection,
    bucket_label,
    reset_zoom,
    no_timestamps,
    card_comments,
    card_commenters,
    card_replies,
    card_span,
    in_selected_range,
    sentiment_title,
    volume_title,
    label_negative,
    label_neutral,
    label_positive,
    search_hint,
    chip_in_range,
    chip_replies,
    showing_n_of,
    thread_title,
    col_time,
    col_author,
    col_text,
    col_language,
    col_sentiment,
    col_likes,
    col_replies,
    col_followers,
    col_line,
    col_column,
    col_kind,
    col_message,
    most_replied,
    largest_following,
    im_format,
    im_reason,
    im_encoding,
    im_rows_read,
    im_rows_accepted,
    im_rows_rejected,
    im_precision,
    im_warnings,
    im_rejected_rows,
    im_no_rejects,
    card_stage,
    card_severity,
    card_onset,
    card_gauge,
    stage_calm,
    stage_emerging,
    stage_escalating,
    stage_peak,
    stage_declining,
    stage_resolved,
    onset_none,
    onset_ago,
    gauge_self_driving,
    gauge_dying_out,
    gauge_not_measured,
    count
};

void set_ui_language(UiLanguage lang);
// The UI language for a BCP 47 tag or locale name ("sv-SE", "de_DE.UTF-8"); English when not sv or de.
UiLanguage ui_language_for_tag(const std::string& tag);
UiLanguage ui_language();
const char* tr(Str key);
// For tests: the text of a key in a given language.
const char* tr_in(UiLanguage lang, Str key);

} // namespace sv::app
