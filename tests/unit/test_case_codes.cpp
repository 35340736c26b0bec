// A saved case keeps the import report's codes: each reject's ErrorCode with its parameters and the
// format-detection line's FormatWhy, so a re-opened case shows them in the UI language. A case saved before
// the codes were stored (no codes in its META) still opens and keeps its English texts.
#include "core/case/case_file.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

namespace {

void check_same_codes(const ImportReport& x, const ImportReport& y) {
    REQUIRE(y.rejects.size() == x.rejects.size());
    for (size_t i = 0; i < x.rejects.size(); ++i) {
        const Error& a = x.rejects[i];
        const Error& b = y.rejects[i];
        INFO("reject " << i << ": " << a.message);
        CHECK(b.code == a.code);
        CHECK(b.arg == a.arg);
        CHECK(b.detail == a.detail);
        CHECK(b.n1 == a.n1);
        CHECK(b.n2 == a.n2);
        CHECK(b.kind == a.kind);
        CHECK(b.message == a.message);
        CHECK(b.hint == a.hint);
        CHECK(b.line == a.line);
    }
    REQUIRE(y.warning_codes.size() == x.warning_codes.size());
    CHECK(y.warnings == x.warnings);
    for (size_t i = 0; i < x.warning_codes.size(); ++i) {
        INFO("warning " << i << ": " << x.warnings[i]);
        CHECK(y.warning_codes[i].code == x.warning_codes[i].code);
        CHECK(y.warning_codes[i].n[0] == x.warning_codes[i].n[0]);
        CHECK(y.warning_codes[i].n[1] == x.warning_codes[i].n[1]);
        CHECK(y.warning_codes[i].text == x.warning_codes[i].text);
        CHECK(english(y.warning_codes[i]) == y.warnings[i]);
    }
    const FormatWhy& v = x.format_why;
    const FormatWhy& w = y.format_why;
    CHECK(w.kind == v.kind);
    CHECK(w.user_chosen == v.user_chosen);
    CHECK(w.signature == v.signature);
    CHECK(w.delimiter == v.delimiter);
    CHECK(w.delimiter_why == v.delimiter_why);
    CHECK(w.json_values == v.json_values);
    CHECK(w.mapped == v.mapped);
    CHECK(english(w) == y.format_reason); // the codes still say what the stored English says
}

} // namespace

TEST_CASE("a saved case keeps the rejects' error codes and the format-detection codes", "[case][codes]") {
    // Files whose rejects carry codes with numbers (ragged_row), a text (bad_timestamp), none (empty_text),
    // JSON rejects, Disqus rejects, the format lines of a generic CSV, a preset, JSON values and Disqus, and
    // the importer's notices (date order, Excel ids, relative and zone-less times, skipped items).
    for (const char* name :
         {"ui_rejects.csv", "semicolon_bom_sv.csv", "takeout_comments_new.csv", "pushshift_comments.ndjson",
          "twarc2_pages.jsonl", "disqus_export.xml", "x_archive_tweets.js", "excel_mangled_ids.csv",
          "apify_youtube.json", "reddit_thread.json", "excel_unicode_text.txt", "bluesky_thread.json"}) {
        INFO(name);
        test::Imported in = test::import_fixture(name);
        REQUIRE(in.ok);
        REQUIRE(in.a->import.format_why.kind != FormatWhy::Kind::none);
        const std::string bytes = write_case_to_string(*in.a, CaseMeta{});
        auto loaded = read_case(bytes);
        REQUIRE(loaded.ok());
        check_same_codes(in.a->import, loaded.value().analysis->import);
    }
    // ui_rejects.csv has rejects of three codes, one with numbers and one with a text: all came back.
    test::Imported in = test::import_fixture("ui_rejects.csv");
    auto loaded = read_case(write_case_to_string(*in.a, CaseMeta{}));
    REQUIRE(loaded.ok());
    bool ragged = false, timestamp = false;
    for (const Error& e : loaded.value().analysis->import.rejects) {
        if (e.code == ErrorCode::ragged_row) ragged = e.n1 == 5 && e.n2 == 4;
        if (e.code == ErrorCode::bad_timestamp) timestamp = e.arg == "banana o'clock";
    }
    CHECK(ragged);
    CHECK(timestamp);
}

TEST_CASE("a case without codes (saved by an older version) opens with its English texts", "[case][codes]") {
    // What the writer stored before the codes: rejects and format line as English only. Such a case is
    // written the same way today (an Error without a code, no FormatWhy), so this is the old layout.
    test::Imported in = test::import_fixture("ui_rejects.csv");
    REQUIRE(in.ok);
    ImportReport& r = in.a->import;
    r.format_why = FormatWhy{};
    r.warning_codes.clear();
    r.warnings.push_back("a notice saved as English only");
    for (Error& e : r.rejects) {
        e.code = ErrorCode::none;
        e.arg.clear();
        e.n1 = e.n2 = -1;
    }
    const std::string bytes = write_case_to_string(*in.a, CaseMeta{});
    CHECK(bytes.find("\"code\"") == std::string::npos);
    CHECK(bytes.find("\"format_why\"") == std::string::npos);
    CHECK(bytes.find("\"warning_codes\"") == std::string::npos);
    auto loaded = read_case(bytes);
    REQUIRE(loaded.ok());
    const ImportReport& y = loaded.value().analysis->import;
    CHECK(y.format_why.kind == FormatWhy::Kind::none);
    CHECK(y.format_reason == r.format_reason);
    CHECK(y.warnings == r.warnings);
    CHECK(y.warning_codes.empty());
    REQUIRE(y.rejects.size() == r.rejects.size());
    for (size_t i = 0; i < r.rejects.size(); ++i) {
        CHECK(y.rejects[i].code == ErrorCode::none);
        CHECK(y.rejects[i].message == r.rejects[i].message);
        CHECK(y.rejects[i].hint == r.rejects[i].hint);
    }
}
