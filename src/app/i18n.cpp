#include "app/i18n.hpp"
#include "app/i18n_table.hpp"

#include <cstddef>

namespace sv::app {
namespace {

UiLanguage g_lang = UiLanguage::en;

// The one lookup: every area's entries by key, gathered on first use.
struct Table {
    const char* const* text[static_cast<size_t>(Str::count)] = {};
    size_t entries = 0, duplicates = 0;
    Table() {
        const struct {
            const I18nEntry* entries;
            size_t size;
        } parts[] = {{kI18nBase, kI18nBaseSize},     {kI18nViews, kI18nViewsSize},
                     {kI18nCases, kI18nCasesSize},   {kI18nReasons, kI18nReasonsSize},
                     {kI18nImport, kI18nImportSize}, {kI18nErrors, kI18nErrorsSize}};
        for (const auto& part : parts)
            for (size_t i = 0; i < part.size; ++i) {
                const I18nEntry& e = part.entries[i];
                const size_t k = static_cast<size_t>(e.key);
                if (text[k]) ++duplicates;
                text[k] = e.text;
                ++entries;
            }
    }
};
const Table& table() {
    static const Table t;
    return t;
}

} // namespace

void set_ui_language(UiLanguage lang) {
    g_lang = lang;
}

UiLanguage ui_language_for_tag(const std::string& tag) {
    const std::string two = tag.substr(0, 2);
    if (two == "sv") return UiLanguage::sv;
    if (two == "de") return UiLanguage::de;
    return UiLanguage::en;
}
UiLanguage ui_language() {
    return g_lang;
}
const char* tr_in(UiLanguage lang, Str key) {
    const char* const* t = table().text[static_cast<size_t>(key)];
    return t ? t[static_cast<size_t>(lang)] : "";
}
bool i18n_table_complete() {
    const Table& t = table();
    if (t.duplicates || t.entries != static_cast<size_t>(Str::count)) return false;
    for (const char* const* e : t.text)
        if (!e) return false;
    return true;
}
const char* tr(Str key) {
    return tr_in(g_lang, key);
}

} // namespace sv::app
