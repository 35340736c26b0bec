// CSV import: dialects, header aliases, --map, rejects with locations, date order, reply links.
#include "core/time/civil.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

using namespace sv;
using sv::test::import_bytes;
using sv::test::import_fixture;

namespace {
int64_t utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}
} // namespace

TEST_CASE("semicolon CSV with a BOM, Swedish headers, quoted newline, ragged row", "[import][csv]") {
    auto r = import_fixture("semicolon_bom_sv.csv");
    REQUIRE(r.ok);
    const Analysis& a = *r.a;
    CHECK(a.import.format == "generic_csv");
    CHECK(a.import.encoding == "utf-8-bom");
    CHECK(a.import.rows_read == 5);
    CHECK(a.import.rows_accepted == 3);
    CHECK(a.import.rows_rejected == 2);
    CHECK(a.import.rows_read == a.import.rows_accepted + a.import.rows_rejected);
    REQUIRE(a.import.rejects.size() == 2);
    CHECK(a.import.rejects[0].kind == "bad_timestamp");
    CHECK(a.import.rejects[0].line == 6); // the quoted newline in row 2 counts
    CHECK(a.import.rejects[0].column == 4);
    CHECK(a.import.rejects[1].kind == "ragged_row");
    CHECK(a.import.rejects[1].line == 7);
    CHECK(a.import.rejects_by_kind.at("ragged_row") == 1);
    const CommentStore& c = a.comments;
    REQUIRE(c.size() == 3);
    CHECK(c.id_of(0) == "c1");
    CHECK(c.text_of(1) == "Nej; det här är fel\nhelt fel");
    CHECK(c.text_of(2) == "Hon sa \"sluta\" & gick");
    CHECK(c.author_of(0) == "anna");
    CHECK(c.author[0] == c.author[2]);
    CHECK(c.authors.size() == 2);
    CHECK(c.followers_of_author(c.author[0]) == 1200);
    CHECK(c.likes[1] == 1200); // "1,2K"
    // 13/04 only fits day-first, so 03/04 is the 3rd of April.
    CHECK(c.created_at[0] == utc(2025, 4, 3, 10, 0));
    CHECK(c.precision[0] == TimePrecision::minute);
    CHECK(c.parent[1] == 0);
    CHECK(c.parent[2] == 0);
    CHECK(a.import.replies_linked == 2);
}

TEST_CASE("month-first dates are recognised from the whole column", "[import][csv]") {
    auto r = import_bytes("id,text,date\n1,a,04/03/2025\n2,b,04/25/2025\n3,c,05/06/2025\n");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    REQUIRE(c.size() == 3);
    CHECK(c.created_at[0] == utc(2025, 4, 3));
    CHECK(c.created_at[2] == utc(2025, 5, 6));
    CHECK(c.precision[0] == TimePrecision::day);
}

TEST_CASE("an undecidable date order is reported", "[import][csv]") {
    auto r = import_bytes("id,text,date\n1,a,04/03/2025\n2,b,05/06/2025\n");
    REQUIRE(r.ok);
    bool warned = false;
    for (const auto& w : r.a->import.warnings) warned |= w.find("date order unknown") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("German headers, TAB delimiter, CRLF and ISO times", "[import][csv]") {
    auto r = import_bytes("Kommentar-ID\tAntwort auf\tBenutzer\tErstellt am\tNachricht\tGefällt mir\r\n"
                          "k1\t\tjens\t2024-05-01T10:00:00Z\tDas ist ein Skandal!\t12\r\n"
                          "k2\tk1\tuta\t2024-05-01T10:05:30+02:00\tStimmt nicht.\t1\r\n");
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    REQUIRE(c.size() == 2);
    CHECK(r.a->import.format_reason.find("TAB") != std::string::npos);
    CHECK(c.text_of(0) == "Das ist ein Skandal!");
    CHECK(c.created_at[1] == utc(2024, 5, 1, 8, 5, 30));
    CHECK(c.precision[1] == TimePrecision::second);
    CHECK(c.parent[1] == 0);
    CHECK(c.likes[0] == 12);
}

TEST_CASE("explicit --map overrides header matching; unknown columns are kept", "[import][csv]") {
    ImportOptions o;
    o.mapping = {"text=msg", "author=3", "time=when"};
    auto r = import_bytes("x,msg,who,when,misc\n1,hello there,ann,1714557600,foo\n", o);
    REQUIRE(r.ok);
    const CommentStore& c = r.a->comments;
    REQUIRE(c.size() == 1);
    CHECK(c.text_of(0) == "hello there");
    CHECK(c.author_of(0) == "ann");
    CHECK(c.created_at[0] == 1714557600);
    bool kept = false;
    for (const auto& e : c.extras)
        if (e.name == "misc") kept = c.str(e.cell[0]) == "foo";
    CHECK(kept);
}

TEST_CASE("bad mappings and missing text columns are clear errors", "[import][csv]") {
    ImportOptions o;
    o.mapping = {"text=nope"};
    auto r = import_bytes("a,b\n1,2\n", o);
    CHECK_FALSE(r.ok);
    CHECK(r.error.kind == "bad_mapping");
    CHECK(r.error.hint.find("a, b") != std::string::npos);
    auto r2 = import_bytes("a,b\n1,2\n");
    CHECK_FALSE(r2.ok);
    CHECK(r2.error.kind == "no_text_column");
}

TEST_CASE("an unterminated quote rejects the rest with its start line", "[import][csv]") {
    auto r = import_bytes("id,text\n1,ok\n2,\"never closed\n3,lost\n");
    REQUIRE(r.ok);
    CHECK(r.a->import.rows_accepted == 1);
    CHECK(r.a->import.rows_rejected == 1);
    REQUIRE(r.a->import.rejects.size() == 1);
    CHECK(r.a->import.rejects[0].kind == "unterminated_quote");
    CHECK(r.a->import.rejects[0].line == 3);
}

TEST_CASE("Excel-mangled ids are warned about", "[import][csv]") {
    auto r = import_fixture("excel_mangled_ids.csv");
    REQUIRE(r.ok);
    bool warned = false;
    for (const auto& w : r.a->import.warnings) warned |= w.find("mangled by Excel") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("UTF-16LE TSV with a BOM (Excel Unicode text / Play Console)", "[import][csv]") {
    auto r = import_fixture("play_console_utf16.csv");
    REQUIRE(r.ok);
    CHECK(r.a->import.encoding == "utf-16le");
    CHECK(r.a->import.format == "google_play_csv");
    const CommentStore& c = r.a->comments;
    REQUIRE(c.size() == 2);
    CHECK(c.rating[0] == 1);
    CHECK(c.rating[1] == 5);
    CHECK(c.text_of(0) == "Appen kraschar hela tiden – värdelös");
    CHECK(c.created_at[0] == 1767323045);
}

TEST_CASE("Windows-1252 files are converted", "[import][csv]") {
    auto r = import_bytes(std::string("id,text\n1,Gr\xF6\xDF"
                                      "e \x80 5\n"));
    REQUIRE(r.ok);
    CHECK(r.a->import.encoding == "windows-1252");
    REQUIRE(r.a->comments.size() == 1);
    CHECK(r.a->comments.text_of(0) == "Größe € 5");
}

TEST_CASE("the import runs in slices with the same result", "[import][csv]") {
    std::string csv = "id,parent,author,created_at,text,likes\n";
    for (int i = 0; i < 5000; ++i)
        csv += std::to_string(i) + "," + (i ? std::to_string(i / 2) : "") + ",u" + std::to_string(i % 37) +
               ",2024-05-01T10:00:00Z,\"text, number " + std::to_string(i) + "\"," + std::to_string(i % 5) +
               "\n";
    auto whole = import_bytes(csv);
    auto sliced = import_bytes(csv, {}, 0.0);
    REQUIRE(whole.ok);
    REQUIRE(sliced.ok);
    CHECK(whole.a->comments.size() == 5000);
    CHECK(sliced.a->comments.size() == 5000);
    CHECK(sliced.a->import.replies_linked == 4999);
    CHECK(sliced.a->comments.authors.size() == 37);
    CHECK(sliced.a->comments.text_of(4999) == "text, number 4999");
}

TEST_CASE("known CSV exports are detected by their headers", "[import][csv]") {
    auto yt = import_fixture("exportcomments_youtube.csv");
    REQUIRE(yt.ok);
    CHECK(yt.a->import.format == "exportcomments_youtube_csv");
    CHECK(yt.a->comments.size() == 3);
    CHECK(yt.a->comments.author_of(0) == "@anna_k");
    CHECK(yt.a->comments.id_of(0).empty()); // the running number is not an id
    auto ig = import_fixture("exportcomments_instagram.csv");
    REQUIRE(ig.ok);
    CHECK(ig.a->import.format == "exportcomments_instagram_csv");
    CHECK(ig.a->comments.id_of(0) == "17991831812835604");
    CHECK(ig.a->comments.precision[0] == TimePrecision::second);
}

TEST_CASE("Excel 'Unicode text': UTF-16LE, TAB, CRLF, quoted newline, emoji", "[import][csv]") {
    auto r = import_fixture("excel_unicode_text.txt");
    REQUIRE(r.ok);
    CHECK(r.a->import.encoding == "utf-16le");
    const CommentStore& c = r.a->comments;
    REQUIRE(c.size() == 2);
    CHECK(c.text_of(0) == "Skandal! Ni borde skämmas 😡");
    CHECK(c.text_of(1) == "Två rader\nhär");
    CHECK(c.created_at[1] == utc(2025, 3, 1, 9, 20));
}

TEST_CASE("an Excel sep= line and the pipe delimiter", "[import][csv]") {
    auto r = import_bytes("sep=;\r\nid;text;author\r\n1;\"a; b\";x\r\n");
    REQUIRE(r.ok);
    REQUIRE(r.a->comments.size() == 1);
    CHECK(r.a->comments.text_of(0) == "a; b");
    auto p = import_bytes("id|text|author\n1|hej|x\n2|\"med | streck\"|y\n");
    REQUIRE(p.ok);
    REQUIRE(p.a->comments.size() == 2);
    CHECK(p.a->comments.text_of(1) == "med | streck");
}

TEST_CASE("an unknown --format names the known ones", "[import][csv]") {
    ImportOptions o;
    o.format = "youtube";
    auto r = import_bytes("id,text\n1,a\n", o);
    CHECK_FALSE(r.ok);
    CHECK(r.error.kind == "unknown_format");
    CHECK(r.error.hint.find("youtube_api") != std::string::npos);
}
