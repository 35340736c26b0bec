// The case library: save, list, open, rename, duplicate, delete; damaged cases set aside, others still open.
#include "core/case/case_library.hpp"

#include "test_temp_folder.hpp"
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace sv;
using sv::test::fresh_folder;
namespace fs = std::filesystem;

namespace {

Analysis small_case(int n, const char* word) {
    Analysis a;
    a.source_name = std::string(word) + ".csv";
    for (int i = 0; i < n; ++i) {
        const size_t r = a.comments.append_row();
        a.comments.text[r] = a.comments.strings.append(std::string(word) + " " + std::to_string(i));
        a.comments.author[r] = a.comments.add_author("anna");
    }
    return a;
}

} // namespace

TEST_CASE("cases are saved, listed newest first, opened, renamed, duplicated and deleted", "[case]") {
    CaseLibrary lib(fresh_folder("lib"));
    auto first = lib.save("", small_case(3, "hej"), CaseMeta{"Första", 1000, {}});
    REQUIRE(first.ok());
    CaseMeta meta{"Zweiter Fall", 2000, {}};
    meta.user["origin"] = "own_post";
    auto second = lib.save("", small_case(5, "hallo"), meta);
    REQUIRE(second.ok());
    CHECK(first.value() != second.value());

    auto listing = lib.list();
    REQUIRE(listing.ok());
    REQUIRE(listing.value().cases.size() == 2);
    CHECK(listing.value().cases[0].name == "Zweiter Fall");
    CHECK(listing.value().cases[0].comments == 5);
    CHECK(listing.value().cases[1].name == "Första");
    CHECK(listing.value().cases[0].bytes > 0);
    CHECK(listing.value().total_bytes == listing.value().cases[0].bytes + listing.value().cases[1].bytes);

    auto opened = lib.open(second.value());
    REQUIRE(opened.ok());
    CHECK(opened.value().analysis->comments.text_of(4) == "hallo 4");
    CHECK(opened.value().meta.user["origin"] == "own_post");

    REQUIRE(lib.rename(first.value(), "Omdöpt").ok());
    CHECK(lib.open(first.value()).value().meta.name == "Omdöpt");

    auto copy = lib.duplicate(second.value(), "Kopie");
    REQUIRE(copy.ok());
    CHECK(lib.open(copy.value()).value().analysis->comments.size() == 5);
    CHECK(lib.list().value().cases.size() == 3);

    REQUIRE(lib.remove(first.value()).ok());
    CHECK(lib.list().value().cases.size() == 2);
    CHECK_FALSE(lib.open(first.value()).ok());
    CHECK(lib.open("../../etc/passwd").error().kind == "case_id");
}

TEST_CASE("a damaged case is set aside and reported; the others still open", "[case]") {
    const std::string folder = fresh_folder("damaged");
    CaseLibrary lib(folder);
    auto good = lib.save("", small_case(4, "god"), CaseMeta{"Good", 10, {}});
    auto bad = lib.save("", small_case(4, "bad"), CaseMeta{"Bad", 20, {}});
    REQUIRE(good.ok());
    REQUIRE(bad.ok());
    {
        // Damage the comments file in the middle.
        const std::string p = folder + "/" + bad.value() + ".svcase";
        std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(fs::file_size(p) / 2));
        f.put('\x7f');
        f.put('\x01');
    }
    auto opened = lib.open(bad.value());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == "case_damaged");
    CHECK(opened.error().message.find("Bad") != std::string::npos);
    CHECK(fs::exists(folder + "/damaged/" + bad.value() + ".svcase"));
    auto listing = lib.list();
    REQUIRE(listing.ok());
    REQUIRE(listing.value().cases.size() == 1);
    CHECK(listing.value().cases[0].name == "Good");
    CHECK(lib.open(good.value()).ok());

    // A settings file that is not JSON is reported by list() and set aside too.
    auto third = lib.save("", small_case(1, "x"), CaseMeta{"Third", 30, {}});
    REQUIRE(third.ok());
    std::ofstream(folder + "/" + third.value() + ".json") << "{not json";
    auto again = lib.list();
    REQUIRE(again.ok());
    CHECK(again.value().cases.size() == 1);
    REQUIRE(again.value().set_aside.size() == 1);
    CHECK(again.value().set_aside[0].file == third.value());
    CHECK(again.value().set_aside[0].problem.kind == "case_damaged");
}

TEST_CASE("a save that cannot be written leaves the previous save intact", "[case]") {
    const std::string folder = fresh_folder("readonly");
    CaseLibrary lib(folder);
    auto id = lib.save("", small_case(2, "v1"), CaseMeta{"Case", 10, {}});
    REQUIRE(id.ok());
    // Block the temporary file's name with a folder: the write fails like a full disk would.
    fs::create_directories(folder + "/" + id.value() + ".svcase.tmp");
    auto again = lib.save(id.value(), small_case(3, "v2"), CaseMeta{"Case", 20, {}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind.rfind("storage", 0) == 0);
    CHECK_FALSE(again.error().hint.empty());
    auto opened = lib.open(id.value());
    REQUIRE(opened.ok());
    CHECK(opened.value().analysis->comments.text_of(0) == "v1 0");
}

TEST_CASE("a case file saved in slices equals one saved at once; a failed save keeps the old files",
          "[case]") {
    const std::string folder = fresh_folder("sliced-save");
    CaseLibrary lib(folder);
    const Analysis a = small_case(20000, "storm");
    const CaseMeta meta{"Sliced", 3000, {}};
    const std::string file = write_case_to_string(a, meta);
    REQUIRE(file.size() > (size_t(4) << 20) / 16); // several writes at the smallest budget below

    CaseSaveJob job(lib, "", meta, file, a.comments.size());
    StepResult r;
    int steps = 0;
    while ((r = job.step(0.0)) == StepResult::more) ++steps;
    REQUIRE(r == StepResult::done);
    CHECK(steps >= 1);
    const std::string id = job.id();
    std::ifstream in(folder + "/" + id + ".svcase", std::ios::binary);
    const std::string stored((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(stored == file);
    CHECK_FALSE(fs::exists(folder + "/" + id + ".svcase.tmp"));
    auto listing = lib.list();
    REQUIRE(listing.ok());
    REQUIRE(listing.value().cases.size() == 1);
    CHECK(listing.value().cases[0].comments == 20000);
    CHECK(lib.open(id).value().analysis->comments.text_of(19999) == "storm 19999");

    // The same id again, into a folder where the temporary file cannot be made: the old files stay.
    fs::create_directory(folder + "/" + id + ".svcase.tmp"); // a directory where the file would go
    CaseSaveJob again(lib, id, CaseMeta{"Changed", 4000, {}}, write_case_to_string(small_case(3, "x"), meta),
                      3);
    REQUIRE(run_to_end(again) == StepResult::failed);
    CHECK(again.error().kind == "storage_write");
    CHECK(lib.open(id).value().analysis->comments.size() == 20000);
    CHECK(lib.list().value().cases[0].name == "Sliced");
}
