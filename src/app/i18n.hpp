// i18n.hpp — UI text in English, Swedish and German.
//
// Every string the UI shows has a key in `Str`; `tr(key)` returns it in the current UI language.
// Add a key: append it to Str and give its three translations in i18n.cpp (a test checks none is empty).
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
    received_file,
    import_pending,
    language_name,
    theme_dark,
    theme_light,
    version_label,
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
