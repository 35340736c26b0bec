// The column-mapping dialog's model (src/app/mapping_preview.*): headers and the core's guess, a change of
// one field, the live preview of the first 20 records (parsed by the core importer, rejected rows with
// their message), the equivalent --map string, and that the preview reads as the full import with that map.
#include "app/mapping_preview.hpp"
#include "core/import/import.hpp"
#include "core/time/timestamp.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;
using namespace sv::app;

namespace {

std::string odd_csv(int rows) {
    std::string s = "Comment,when_posted,who,thumbs,Notes\n";
    for (int i = 0; i < rows; ++i) {
        s += "\"Text number " + std::to_string(i) + ", with a comma\",2025-03-1" + std::to_string(i % 10) +
             " 08:1" + std::to_string(i % 6) + ",user" + std::to_string(i % 7) + "," + std::to_string(i) +
             ",note\n";
        if (i == 3) s += "a row,with,too,many,fields,here,and,more\n"; // ragged: rejected
    }
    return s;
}

MappingPreview open(const std::string& csv) {
    MappingPreview p;
    REQUIRE(open_mapping_preview(p, "odd.csv", csv.data(), csv.size()));
    return p;
}

} // namespace

TEST_CASE("mapping preview: headers and the core's guess", "[mapping]") {
    const MappingPreview p = open(odd_csv(5));
    REQUIRE(p.headers.size() == 5);
    CHECK(p.headers[1] == "when_posted");
    CHECK(p.preset.empty());             // a generic CSV
    CHECK(p.guessed[Field::text] == 0);  // "Comment" is an alias of the text
    CHECK(p.guessed[Field::time] == -1); // "when_posted" is not a known name
    CHECK(p.chosen.column == p.guessed.column);
    CHECK(mapping_spec(p).empty());
    REQUIRE(p.parsed);
    CHECK_FALSE(p.parse_failed);
    // Without a time column the rows have no time.
    CHECK(p.parsed->comments.size() == 5);
    CHECK(p.parsed->comments.created_at[0] == kNoTime);
}

TEST_CASE("mapping preview: choosing a column re-parses, rejects are kept with their line", "[mapping]") {
    MappingPreview p = open(odd_csv(30));
    set_mapping_field(p, Field::time, 1);
    set_mapping_field(p, Field::author, 2);
    CHECK(mapping_spec(p) == "author=who,time=when_posted");
    REQUIRE_FALSE(p.parse_failed);
    // Only the first 20 records are read (the ragged one is among them).
    CHECK(p.record_lines.size() == MappingPreview::kRows);
    const CommentStore& c = p.parsed->comments;
    CHECK(c.size() == MappingPreview::kRows - 1);
    CHECK(c.created_at[0] == parse_timestamp("2025-03-10T08:10:00Z").seconds);
    CHECK(c.precision[0] == TimePrecision::minute);
    CHECK(c.author_of(2) == "user2");
    REQUIRE(p.parsed->import.rejects.size() == 1);
    CHECK(p.parsed->import.rejects[0].line == 6); // header, four rows, then the ragged one
    const std::string json = mapping_preview_json(p);
    CHECK(json.find("\"ok\":false") != std::string::npos);
    CHECK(json.find("\"map\":\"author=who,time=when_posted\"") != std::string::npos);

    // A column feeds one field: giving "who" to the text takes it from the author (unmapped, as guessed).
    set_mapping_field(p, Field::text, 2);
    CHECK(p.chosen[Field::author] == -1);
    CHECK(mapping_spec(p) == "text=who,time=when_posted");
    // Unmapping a guessed field is an entry of its own.
    set_mapping_field(p, Field::text, 0);
    set_mapping_field(p, Field::time, -1);
    CHECK(mapping_spec(p).empty());
    set_mapping_field(p, Field::text, -1);
    CHECK(mapping_spec(p) == "text=none");
    // No text column at all: the importer's own message.
    CHECK(p.parse_failed);
    CHECK(p.parse_error.kind == "no_text_column");
}

TEST_CASE("mapping preview: reads as the full import with the same --map", "[mapping]") {
    const std::string csv = odd_csv(40);
    MappingPreview p = open(csv);
    set_mapping_field(p, Field::time, 1);
    set_mapping_field(p, Field::likes, 3);
    Analysis full;
    ImportOptions options;
    options.mapping = split_mapping_spec(mapping_spec(p));
    CHECK(options.mapping.size() == 2);
    std::unique_ptr<Job> job = make_import_job(full, std::vector<char>(csv.begin(), csv.end()), options);
    REQUIRE(run_to_end(*job) == StepResult::done);
    const CommentStore& a = p.parsed->comments;
    const CommentStore& b = full.comments;
    REQUIRE(b.size() == 40);
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a.text_of(i) == b.text_of(i));
        CHECK(a.created_at[i] == b.created_at[i]);
        CHECK(a.likes[i] == b.likes[i]);
    }
    CHECK(split_mapping_spec("text=Body,,time=When") == std::vector<std::string>{"text=Body", "time=When"});
}

TEST_CASE("mapping preview: JSON and empty files have no mapping", "[mapping]") {
    MappingPreview p;
    const std::string json = "[{\"text\": \"hi\"}]";
    CHECK_FALSE(open_mapping_preview(p, "x.json", json.data(), json.size()));
    CHECK_FALSE(p.csv);
    CHECK(p.why_not.find("JSON") != std::string::npos);
    CHECK_FALSE(open_mapping_preview(p, "empty.csv", "", 0));
    CHECK(mapping_preview_json(p).find("\"csv\":false") != std::string::npos);
}
