// reason_text.hpp — the core's reason codes (core/base/reason.hpp) and import error codes as text in the UI
// language, with the numbers formatted for it. No ImGui: the unit tests check every code in sv, de and en.
#pragma once
#include "app/i18n.hpp"
#include "core/base/error.hpp"
#include "core/base/reason.hpp"
#include "core/guideline/situation.hpp"
#include "core/import/import_report.hpp"

#include <string>
#include <vector>

namespace sv::app {

// A reason in the UI language ("" for ReasonCode::none).
std::string reason_text(const Reason& r);
// Parts joined with "; " (the self-driving fit's notes).
std::string reason_text(const std::vector<Reason>& parts);
// A figure's missing reason: from its code when it has one, else its text (already in the UI language
// when the app made it).
std::string figure_reason(const Figure& f);
// A core text with its code: the code in the UI language, or the text itself when it has no code.
std::string reason_or(const Reason& r, const std::string& english);
std::string reason_or(const std::vector<Reason>& parts, const std::string& english);
// The i18n key of a code (Str::count for none).
Str reason_key(ReasonCode code);

// A rejected row's message and hint in the UI language (the core's English text when it has no code).
std::string error_message(const Error& e);
std::string error_hint(const Error& e);
// The same in a given language (tests; English gives the core's sentence from the code).
std::string error_message_in(UiLanguage lang, const Error& e);
std::string error_hint_in(UiLanguage lang, const Error& e);
// The import's format-detection line in the UI language (English: the core's format_reason).
std::string format_why_text(const ImportReport& r);
// The same from its codes in a given language (tests).
std::string format_why_in(UiLanguage lang, const FormatWhy& w);
// i18n branch: the name of a rejected row's kind ("ragged_row") and of a timestamp precision ("minute", the
// keys of ImportReport::precision_counts) in the UI language; unknown names as they are.
std::string reject_kind_name(const std::string& kind);
std::string precision_name(const std::string& name);
// An importer's notice (ImportReport::warning_codes) in the UI language; a given language (tests).
std::string warning_text(const ImportWarning& w);
std::string warning_text_in(UiLanguage lang, const ImportWarning& w);
// The Import view's notices: from their codes when the report has one per notice, else the sentences (a case
// saved before the codes).
std::vector<std::string> warning_texts(const ImportReport& r);
// The Import view's lines of counts by name: "ragged row: 1   bad timestamp: 1" (rejects by kind, two spaces
// apart) and "to the second: 2,400, date only: 12" (comments by timestamp precision), in the UI language.
std::string rejects_by_kind_line(const ImportReport& r);
std::string precision_line(const ImportReport& r);
// The i18n keys of an error code's message and hint (Str::count for none).
Str error_message_key(ErrorCode code);
Str error_hint_key(ErrorCode code);

} // namespace sv::app
