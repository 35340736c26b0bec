// File-level import errors (the whole file fails: the app's error view) carry a code, so the app writes them
// in the UI language: every error path a user can reach by hand — an empty file, a binary file, a
// spreadsheet, an archive, a compressed file, a PDF, a web page, a JSON that is not an export, a CSV without
// a text column, a mapping that maps no text column — gives a code whose English is the core's own message
// and hint, and whose Swedish and German texts differ from it. Also: the rejected rows' kind names.
#include "app/i18n.hpp"
#include "app/reason_text.hpp"
#include "test_i18n_helpers.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;
using namespace sv::app;

namespace {

using test::LanguageGuard;

struct ErrorPath {
    const char* what;
    std::string bytes;
    ErrorCode code;
    std::vector<std::string> mapping = {};
};

std::vector<ErrorPath> error_paths() {
    std::string binary;
    for (int i = 0; i < 3000; ++i) binary += static_cast<char>((i * 7919 + 13) % 256);
    std::string deep(300, '[');
    return {
        {"an empty file", "", ErrorCode::file_empty},
        {"a file of blanks", "  \n\r\n\t\n", ErrorCode::file_empty},
        {"an Excel workbook", std::string("PK\x03\x04", 4) + "....[Content_Types].xml....xl/workbook.xml",
         ErrorCode::file_xlsx},
        {"a zip archive", std::string("PK\x03\x04", 4) + "....data/tweets.js", ErrorCode::file_zip},
        {"a zstd file", std::string("\x28\xB5\x2F\xFD", 4) + "rest", ErrorCode::file_zstd},
        {"a gzip file", std::string("\x1F\x8B\x08\x00", 4) + "rest", ErrorCode::file_gzip},
        {"a PDF", "%PDF-1.7\n...", ErrorCode::file_pdf},
        {"an old Excel workbook", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), ErrorCode::file_xls},
        {"a web page", "<!DOCTYPE html><html><body>comments</body></html>", ErrorCode::file_markup},
        {"a JSON that is not an export", "{\"foo\": 1, \"bar\": [1, 2]}", ErrorCode::json_unknown_shape},
        {"an empty JSON array", "[]", ErrorCode::json_not_comments},
        {"a broken JSON", "{\"a\": [1, 2,\n{\"b\": }\n", ErrorCode::json_first_bad},
        {"a JSON nested too deep", deep, ErrorCode::json_too_deep},
        {"a CSV without a text column", "a,b,c\n1,2,3\n", ErrorCode::no_text_column},
        {"a mapping that maps no text column",
         "text,time\nhello,2025-01-01\n",
         ErrorCode::no_text_column,
         {"text=-"}},
        {"a binary file", binary, ErrorCode::count}, // any coded error (what the bytes happen to look like)
    };
}

} // namespace

TEST_CASE("file-level import errors carry codes; English is the core's text, sv and de differ",
          "[codes][i18n]") {
    LanguageGuard guard;
    for (const ErrorPath& p : error_paths()) {
        INFO(p.what);
        ImportOptions o;
        o.mapping = p.mapping;
        const test::Imported r = test::import_bytes(p.bytes, o);
        REQUIRE_FALSE(r.ok);
        const Error& e = r.error;
        INFO(e.message);
        if (p.code != ErrorCode::count)
            CHECK(e.code == p.code);
        else
            CHECK(e.code != ErrorCode::none);
        CHECK(error_message_in(UiLanguage::en, e) == e.message);
        CHECK(error_hint_in(UiLanguage::en, e) == e.hint);
        for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
            const std::string m = error_message_in(l, e), h = error_hint_in(l, e);
            CHECK(!m.empty());
            CHECK(m != e.message);
            CHECK(!h.empty());
            CHECK(h != e.hint);
            set_ui_language(l);
            CHECK(error_message(e) == m); // what the error view shows
            CHECK(error_hint(e) == h);
        }
        set_ui_language(UiLanguage::en);
        CHECK(error_message(e) == e.message);
    }
}

TEST_CASE("file-level errors keep the file's own words (columns, keys) in every language", "[codes][i18n]") {
    const test::Imported csv = test::import_bytes("alpha;beta\n1;2\n");
    REQUIRE_FALSE(csv.ok);
    CHECK(error_message_in(UiLanguage::sv, csv.error) ==
          "ingen kolumn innehåller kommentarstexten (kolumner: alpha, beta)");
    CHECK(error_message_in(UiLanguage::de, csv.error) ==
          "keine Spalte enthält den Kommentartext (Spalten: alpha, beta)");
    const test::Imported json = test::import_bytes("{\"zeta\": 1, \"eta\": 2}");
    REQUIRE_FALSE(json.ok);
    CHECK(error_message_in(UiLanguage::de, json.error) ==
          "kein bekannter Kommentarexport hat diese JSON-Form (keys eta, zeta)");
    CHECK(error_hint_in(UiLanguage::sv, json.error).find("youtube_api") != std::string::npos);
}

TEST_CASE("rejected rows' kinds and the time precisions have names in sv and de", "[codes][i18n]") {
    LanguageGuard guard;
    for (const char* kind : {"ragged_row", "unterminated_quote", "bad_timestamp", "empty_text",
                             "not_a_comment", "bad_json", "bad_xml", "deleted_or_spam"}) {
        INFO(kind);
        set_ui_language(UiLanguage::en);
        const std::string en = reject_kind_name(kind);
        CHECK(en != kind); // a name for people, not the machine kind
        for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
            set_ui_language(l);
            CHECK(reject_kind_name(kind) != en);
        }
    }
    set_ui_language(UiLanguage::de);
    CHECK(reject_kind_name("some_new_kind") == "some_new_kind");
    CHECK(precision_name("minute") == "minutengenau");
    CHECK(precision_name("second") != "second");
    // Every kind the importer gives for our fixtures has a name.
    for (const char* name : {"ui_rejects.csv", "disqus_export.xml", "pushshift_comments.ndjson"}) {
        const test::Imported im = test::import_fixture(name);
        for (const auto& [kind, n] : im.a->import.rejects_by_kind) {
            INFO(name << ": " << kind);
            CHECK(reject_kind_name(kind) != kind);
        }
    }
}

TEST_CASE("the importer's notices carry codes: English is the core's sentence, sv and de differ",
          "[codes][i18n]") {
    LanguageGuard guard;
    // Every code has a text in each language that differs from the English sentence.
    for (uint8_t k = 1; k < static_cast<uint8_t>(WarningCode::count); ++k) {
        const ImportWarning w{static_cast<WarningCode>(k), {1234, 56}, "1.97737E+18"};
        INFO("code " << int(k) << ": " << english(w));
        CHECK(!english(w).empty());
        CHECK(warning_text_in(UiLanguage::en, w) == english(w));
        for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
            CHECK(!warning_text_in(l, w).empty());
            CHECK(warning_text_in(l, w) != english(w));
        }
    }
    // The fixtures' notices: one code per sentence, and the sentence is the code's English.
    size_t seen = 0;
    for (const char* name : {"excel_mangled_ids.csv", "apify_youtube.json", "reddit_thread.json",
                             "excel_unicode_text.txt", "semicolon_bom_sv.csv", "bluesky_thread.json"}) {
        const test::Imported im = test::import_fixture(name);
        const ImportReport& r = im.a->import;
        REQUIRE(r.warning_codes.size() == r.warnings.size());
        for (size_t i = 0; i < r.warnings.size(); ++i) {
            INFO(name << ": " << r.warnings[i]);
            CHECK(english(r.warning_codes[i]) == r.warnings[i]);
            ++seen;
        }
        set_ui_language(UiLanguage::de);
        const std::vector<std::string> de = warning_texts(r);
        for (size_t i = 0; i < r.warnings.size(); ++i) CHECK(de[i] != r.warnings[i]);
        set_ui_language(UiLanguage::en);
        CHECK(warning_texts(r) == r.warnings);
    }
    CHECK(seen >= 7);
}
