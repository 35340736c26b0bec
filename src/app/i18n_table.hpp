// i18n_table.hpp — the parts of the UI text table (src/app/i18n_*.cpp, one per area) that i18n.cpp gathers
// into its one lookup. Private to the i18n files.
#pragma once
#include "app/i18n.hpp"

#include <cstddef>

namespace sv::app {

struct I18nEntry {
    Str key;
    const char* text[3]; // en, sv, de
};

extern const I18nEntry kI18nBase[];
extern const size_t kI18nBaseSize;
extern const I18nEntry kI18nViews[];
extern const size_t kI18nViewsSize;
extern const I18nEntry kI18nCases[];
extern const size_t kI18nCasesSize;
extern const I18nEntry kI18nReasons[];
extern const size_t kI18nReasonsSize;
extern const I18nEntry kI18nImport[];
extern const size_t kI18nImportSize;
extern const I18nEntry kI18nErrors[];
extern const size_t kI18nErrorsSize;

} // namespace sv::app
