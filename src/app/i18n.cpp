#include "app/i18n.hpp"

#include <cstddef>

namespace sv::app {
namespace {

UiLanguage g_lang = UiLanguage::en;

struct Entry {
    const char* text[3]; // en, sv, de
};

// clang-format off
const Entry kTable[] = {
    /* app_tagline */     {{"See what is going on in a social-media storm, in seconds.",
                            "Se vad som händer i en storm i sociala medier, på några sekunder.",
                            "Sehen Sie in Sekunden, was in einem Shitstorm wirklich passiert."}},
    /* privacy_promise */ {{"Nothing leaves this computer.",
                            "Ingenting lämnar den här datorn.",
                            "Nichts verlässt diesen Computer."}},
    /* privacy_detail */  {{"Your file is analysed here, in your browser. No upload, no account, works offline.",
                            "Filen analyseras här, i din webbläsare. Ingen uppladdning, inget konto, fungerar offline.",
                            "Ihre Datei wird hier im Browser analysiert. Kein Upload, kein Konto, funktioniert offline."}},
    /* drop_title */      {{"Drop a comment export here",
                            "Släpp en kommentarsexport här",
                            "Kommentar-Export hier ablegen"}},
    /* drop_formats */    {{"CSV or JSON from YouTube, X, Reddit, Facebook, Instagram, TikTok, Mastodon, Bluesky, Telegram, review sites, or any CSV",
                            "CSV eller JSON från YouTube, X, Reddit, Facebook, Instagram, TikTok, Mastodon, Bluesky, Telegram, recensionssajter eller valfri CSV",
                            "CSV oder JSON von YouTube, X, Reddit, Facebook, Instagram, TikTok, Mastodon, Bluesky, Telegram, Bewertungsportalen oder jede CSV"}},
    /* open_file */       {{"Open file…", "Öppna fil…", "Datei öffnen…"}},
    /* drop_release */    {{"Release to open the file", "Släpp för att öppna filen", "Loslassen, um die Datei zu öffnen"}},
    /* received_file */   {{"Received", "Mottagen", "Empfangen"}},
    /* import_pending */  {{"The file reached the analysis engine. Reading comment exports is the next step in this version.",
                            "Filen nådde analysmotorn. Att läsa kommentarsexporter är nästa steg i den här versionen.",
                            "Die Datei hat die Analyse erreicht. Das Einlesen von Kommentar-Exporten ist der nächste Schritt dieser Version."}},
    /* language_name */   {{"English", "Svenska", "Deutsch"}},
    /* theme_dark */      {{"Dark", "Mörkt", "Dunkel"}},
    /* theme_light */     {{"Light", "Ljust", "Hell"}},
    /* version_label */   {{"Version", "Version", "Version"}},
};
// clang-format on
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<size_t>(Str::count), "one entry per Str key");

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
    return kTable[static_cast<size_t>(key)].text[static_cast<size_t>(lang)];
}
const char* tr(Str key) {
    return tr_in(g_lang, key);
}

} // namespace sv::app
