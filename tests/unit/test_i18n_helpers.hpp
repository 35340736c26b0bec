// test_i18n_helpers.hpp — for tests that switch the UI language: puts the one in use back at scope end.
#pragma once
#include "app/i18n.hpp"

namespace sv::test {

struct LanguageGuard {
    app::UiLanguage saved = app::ui_language();
    ~LanguageGuard() { app::set_ui_language(saved); }
};

} // namespace sv::test
