// The app's texts for the core's codes (src/app/reason_text.*, src/app/i18n*): every reason code has a
// Swedish, German and English text, the English one is the core's sentence, numbers follow the UI language,
// and every i18n key keeps the same printf placeholders in its three translations.
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/reason_text.hpp"
#include "test_i18n_helpers.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

using namespace sv;
using namespace sv::app;

namespace {

using test::LanguageGuard;

// "%s", "%d", ... in order ("%%" skipped).
std::string placeholders(const char* s) {
    std::string out;
    for (const char* p = s; *p; ++p) {
        if (*p != '%') continue;
        if (p[1] == '%') {
            ++p;
            continue;
        }
        const char* q = p + 1;
        while (*q && std::string("0123456789.-+*l").find(*q) != std::string::npos) ++q;
        out.append(p, q + (*q ? 1 : 0));
        out += ' ';
    }
    return out;
}

} // namespace

TEST_CASE("i18n: every key has three translations with the same placeholders", "[codes][i18n]") {
    CHECK(i18n_table_complete()); // every key in exactly one of the area files (src/app/i18n_*.cpp)
    for (uint16_t k = 0; k < static_cast<uint16_t>(Str::count); ++k) {
        const Str key = static_cast<Str>(k);
        INFO("key " << k << ": " << tr_in(UiLanguage::en, key));
        const std::string en = placeholders(tr_in(UiLanguage::en, key));
        for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
            CHECK(tr_in(l, key)[0] != '\0');
            CHECK(placeholders(tr_in(l, key)) == en);
        }
    }
}

TEST_CASE("reason codes: each has sv and de text, and the English text is the core's", "[codes][i18n]") {
    LanguageGuard guard;
    for (uint16_t k = 1; k < static_cast<uint16_t>(ReasonCode::count); ++k) {
        const Reason r{static_cast<ReasonCode>(k), {12, 3456, 78}, "support"};
        INFO("code " << k << ": " << english(r));
        REQUIRE(reason_key(r.code) != Str::count);
        set_ui_language(UiLanguage::en);
        const std::string en = reason_text(r);
        // The English UI writes the core's sentence, with grouped numbers ("3,456") and "12%".
        std::string core = english(r);
        for (const auto& [from, to] : {std::pair<std::string, std::string>{"3456", "3,456"}}) {
            const size_t at = core.find(from);
            if (at != std::string::npos) core.replace(at, from.size(), to);
        }
        CHECK(en == core);
        std::set<std::string> seen{en};
        for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
            set_ui_language(l);
            const std::string t = reason_text(r);
            CHECK(!t.empty());
            CHECK(seen.insert(t).second); // not the English, not the other language
        }
    }
}

TEST_CASE("reason codes: numbers and names in the UI language", "[codes][i18n]") {
    LanguageGuard guard;
    const Reason leak{ReasonCode::origin_leak, {12.4, 4321}};
    set_ui_language(UiLanguage::de);
    CHECK(reason_text(leak) ==
          "12\u00A0% der 4.321 gelesenen Kommentare aus dem Anfangsfenster verwenden Wörter für ein Leak");
    set_ui_language(UiLanguage::sv);
    CHECK(reason_text(leak) ==
          "12\u00A0% av de 4\u00A0321 kommentarer som lästes från startfönstret använder läckord");
    const Reason thread{ReasonCode::origin_one_thread, {61, 900}, "Produktforum"};
    CHECK(reason_text(thread).find("(Produktforum)") != std::string::npos);
    const std::vector<Reason> notes = {{ReasonCode::fit_onset}, {ReasonCode::fit_coarse, {1200, 3}}};
    set_ui_language(UiLanguage::de);
    CHECK(reason_text(notes) == "geschätzt vom Beginn bis zum letzten Kommentar; 1.200 Zeiten sind grob "
                                "(Minute/Tag): innerhalb ihres Intervalls gestreut, 3 Ziehungen kombiniert, "
                                "Intervall verbreitert");
    // A figure without a code keeps its text (the app wrote it in the UI language already).
    Figure f = Figure::missing("schon übersetzt");
    CHECK(figure_reason(f) == "schon übersetzt");
    f = Figure::missing(Reason{ReasonCode::no_authors});
    CHECK(figure_reason(f) == "keine Autorinnen und Autoren");
}

TEST_CASE("error codes: each has sv, de and en message and hint", "[codes][i18n]") {
    for (uint16_t k = 1; k < static_cast<uint16_t>(ErrorCode::count); ++k) {
        INFO("error code " << k);
        const ErrorCode code = static_cast<ErrorCode>(k);
        REQUIRE(error_message_key(code) != Str::count);
        REQUIRE(error_hint_key(code) != Str::count);
        for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
            CHECK(std::string(tr_in(l, error_message_key(code))) !=
                  tr_in(UiLanguage::en, error_message_key(code)));
            CHECK(std::string(tr_in(l, error_hint_key(code))) != tr_in(UiLanguage::en, error_hint_key(code)));
        }
    }
}

TEST_CASE("error codes: the importer's rejects carry codes whose English is the CLI's text",
          "[codes][i18n]") {
    LanguageGuard guard;
    std::set<ErrorCode> seen;
    auto check_rejects = [&](const sv::test::Imported& im) {
        REQUIRE(im.ok);
        for (const Error& e : im.a->import.rejects) {
            INFO(e.kind << ": " << e.message);
            CHECK(e.code != ErrorCode::none);
            seen.insert(e.code);
            CHECK(error_message_in(UiLanguage::en, e) == e.message);
            CHECK(error_hint_in(UiLanguage::en, e) == e.hint);
            for (UiLanguage l : {UiLanguage::sv, UiLanguage::de}) {
                set_ui_language(l);
                CHECK(error_message(e) != e.message);
                CHECK(error_hint(e) != e.hint);
            }
            set_ui_language(UiLanguage::en);
            CHECK(error_message(e) == e.message);
        }
    };
    // Our fixture for the Import view: a ragged row, a time that is not a date, a row without text.
    const sv::test::Imported csv = sv::test::import_fixture("ui_rejects.csv");
    CHECK(csv.a->import.rows_rejected == 3);
    check_rejects(csv);
    check_rejects(sv::test::import_bytes("text,author\n\"ok\",a\n\"never closed,b\nmore\n"));
    check_rejects(sv::test::import_bytes("{\"cid\":\"1\",\"comment\":\"hi\",\"voteCount\":1}\nnot json\n"
                                         "{\"cid\":\"2\",\"comment\":\"yo\",\"voteCount\":2}\n"));
    for (ErrorCode c : {ErrorCode::ragged_row, ErrorCode::bad_timestamp, ErrorCode::empty_text,
                        ErrorCode::unterminated_quote, ErrorCode::json_not_json})
        CHECK(seen.count(c) == 1);
    // The numbers and the time as written, in the UI language.
    set_ui_language(UiLanguage::de);
    for (const Error& e : csv.a->import.rejects) {
        if (e.code == ErrorCode::ragged_row)
            CHECK(error_message(e) == "die Zeile hat 5 Felder, die Kopfzeile hat 4");
        if (e.code == ErrorCode::bad_timestamp)
            CHECK(error_message(e) == "die Zeit 'banana o'clock' ist kein Datum");
    }
}

TEST_CASE("format why: the codes rebuild the core's format line for every fixture, in sv and de too",
          "[codes][i18n]") {
    LanguageGuard guard;
    set_ui_language(UiLanguage::en);
    std::set<FormatWhy::Kind> kinds;
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SV_FIXTURES_DIR) + "/import")) {
        const std::string name = entry.path().filename().string();
        const sv::test::Imported im = sv::test::import_fixture(name);
        if (!im.ok) continue;
        const ImportReport& r = im.a->import;
        INFO(name << ": " << r.format_reason);
        ++files;
        kinds.insert(r.format_why.kind);
        CHECK(r.format_why.kind != FormatWhy::Kind::none);
        CHECK(english(r.format_why) == r.format_reason);
        CHECK(format_why_in(UiLanguage::en, r.format_why) == r.format_reason);
        const std::string sv = format_why_in(UiLanguage::sv, r.format_why);
        const std::string de = format_why_in(UiLanguage::de, r.format_why);
        CHECK(sv != r.format_reason);
        CHECK(de != r.format_reason);
        CHECK(sv != de);
    }
    CHECK(files >= 30);
    for (FormatWhy::Kind k : {FormatWhy::Kind::csv_preset, FormatWhy::Kind::csv_generic,
                              FormatWhy::Kind::json, FormatWhy::Kind::disqus_xml})
        CHECK(kinds.count(k) == 1);
    // A format named by the user and a mapping.
    ImportOptions o;
    o.format = "generic_csv";
    o.mapping = {"text=text"};
    const sv::test::Imported chosen = sv::test::import_fixture("ui_rejects.csv", o);
    REQUIRE(chosen.ok);
    CHECK(english(chosen.a->import.format_why) == chosen.a->import.format_reason);
    set_ui_language(UiLanguage::sv);
    CHECK(format_why_text(chosen.a->import) ==
          "vald av användaren: CSV med avgränsaren ',' (avgränsaren som rubrikraden och raderna är överens "
          "om), "
          "kolumnerna matchade efter rubriknamn; kolumnmappning angiven");
}

// Run by hand (`stormvakt_tests "[.i18n-dump]"`): every key's three texts, one key per line, to compare the
// tables before and after a change that must not alter any text (the split of i18n.cpp into area files).
TEST_CASE("i18n: dump every key's texts", "[.i18n-dump]") {
    for (uint16_t k = 0; k < static_cast<uint16_t>(Str::count); ++k) {
        const Str key = static_cast<Str>(k);
        std::printf("%u\t%s\t%s\t%s\n", static_cast<unsigned>(k), tr_in(UiLanguage::en, key),
                    tr_in(UiLanguage::sv, key), tr_in(UiLanguage::de, key));
    }
    SUCCEED();
}
