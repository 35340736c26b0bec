// Pseudonymised authors: stable within a case (one salt), different across salts, ids kept so replies and
// per-author analytics still link, no two authors merged, raw excerpts dropped.
#include "core/case/case_file.hpp"
#include "core/case/pseudonymise.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/analyze_report.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace sv;

namespace {

// anna posts, bertil replies to her twice, anna answers; cecilia writes alone.
Analysis thread_case() {
    Analysis a;
    const char* authors[] = {"anna", "bertil", "bertil", "anna", "cecilia"};
    const int parents[] = {-1, 0, 0, 1, -1};
    for (int i = 0; i < 5; ++i) {
        const size_t r = a.comments.append_row();
        a.comments.author[r] = a.comments.add_author(authors[i]);
        a.comments.parent[r] = parents[i] < 0 ? kNoParent : parents[i];
        a.comments.text[r] = a.comments.strings.append("text " + std::to_string(i));
    }
    Error rejected = make_error("ragged_row", "row 7 has 3 fields");
    rejected.excerpt = "7,anna,hello";
    a.import.reject(rejected);
    return a;
}

} // namespace

TEST_CASE("pseudonyms are stable for one salt and differ across salts", "[case][pseudonymise]") {
    const std::string salt1 = "0123456789abcdef", salt2 = "fedcba9876543210";
    CHECK(pseudonym("anna", salt1) == pseudonym("anna", salt1));
    CHECK(pseudonym("anna", salt1) != pseudonym("anna", salt2));
    CHECK(pseudonym("anna", salt1) != pseudonym("bertil", salt1));
    CHECK(pseudonym("anna", salt1).rfind("person-", 0) == 0);
    CHECK(pseudonym("anna", salt1).size() == 7 + 12);
    CHECK(pseudonym("anna", salt1).find("anna") == std::string::npos);
}

TEST_CASE("pseudonymising keeps author ids, so replies still link to the same people",
          "[case][pseudonymise]") {
    Analysis a = thread_case();
    const std::vector<uint32_t> ids_before = a.comments.author;
    CHECK(pseudonymise_authors(a, "salt-one-16bytes") == 3);
    CHECK(a.comments.author == ids_before);
    CHECK(a.comments.authors.size() == 3);
    // the reply (row 1) and the original post (row 0) are by different people; rows 0 and 3 by the same one
    CHECK(a.comments.author_of(0) == a.comments.author_of(3));
    CHECK(a.comments.author_of(1) == a.comments.author_of(2));
    CHECK(a.comments.author_of(static_cast<size_t>(a.comments.parent[3])) == a.comments.author_of(1));
    CHECK(a.comments.author_of(0) == pseudonym("anna", "salt-one-16bytes"));
    for (uint32_t i = 0; i < a.comments.authors.size(); ++i) {
        const std::string_view n = a.comments.authors.name(i);
        CHECK((n != "anna" && n != "bertil" && n != "cecilia"));
    }
    CHECK(a.comments.authors.find("anna") == Interner::kNone);
    REQUIRE(a.import.rejects.size() == 1);
    CHECK(a.import.rejects[0].excerpt.empty());

    // The same names under the same salt (a re-import into the case) get the same pseudonyms.
    Analysis again = thread_case();
    pseudonymise_authors(again, "salt-one-16bytes");
    for (size_t r = 0; r < 5; ++r) CHECK(again.comments.author_of(r) == a.comments.author_of(r));
    // Another case (another salt) gets other pseudonyms.
    Analysis other = thread_case();
    pseudonymise_authors(other, "another-salt-xyz");
    CHECK(other.comments.author_of(0) != a.comments.author_of(0));
}

TEST_CASE("pseudonymised names survive the case file and never merge authors", "[case][pseudonymise]") {
    Analysis a;
    for (int i = 0; i < 2000; ++i) {
        const size_t r = a.comments.append_row();
        a.comments.author[r] = a.comments.add_author("user" + std::to_string(i));
    }
    pseudonymise_authors(a, "s");
    std::set<std::string> names;
    for (uint32_t i = 0; i < a.comments.authors.size(); ++i)
        names.insert(std::string(a.comments.authors.name(i)));
    CHECK(names.size() == 2000);
    auto back = read_case(write_case_to_string(a, CaseMeta{"P", 1, {}}));
    REQUIRE(back.ok());
    CHECK(back.value().analysis->comments.author_of(1234) == a.comments.author_of(1234));
}

TEST_CASE("with a salt, AnalyzeJob pseudonymises right after import: no real name anywhere in the report",
          "[case][pseudonymise]") {
    std::string csv = "id,parent_id,author,created_at,text\n";
    for (int i = 0; i < 30; ++i)
        csv += std::to_string(i) + "," + (i % 3 ? std::to_string(i - 1) : std::string()) + ",real_name_" +
               std::to_string(i % 4) + ",2026-03-01T1" + std::to_string(i % 10) + ":00:00Z,the service is bad\n";
    AnalyzeOptions options;
    options.pseudonymise_salt = "00112233445566778899aabbccddeeff";
    AnalyzeJob job(std::vector<char>(csv.begin(), csv.end()), "x.csv", options);
    REQUIRE(run_to_end(job) == StepResult::done);
    CHECK(job.phase_count() == 4);
    const auto a = job.take();
    const std::string report = analyze_report(*a).dump();
    CHECK(report.find("real_name_") == std::string::npos);
    CHECK(report.find(pseudonym("real_name_1", options.pseudonymise_salt)) != std::string::npos);
    CHECK(a->comments.authors.size() == 4);
}
