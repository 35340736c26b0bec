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
// The i18n keys of an error code's message and hint (Str::count for none).
Str error_message_key(ErrorCode code);
Str error_hint_key(ErrorCode code);

} // namespace sv::app
