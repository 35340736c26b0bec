// Re-opening a saved case: read the columnar file and re-run only the analytics; the report equals the one
// of the fresh import (timings aside); a damaged file fails with a message naming the case.
#include "core/case/case_file.hpp"
#include "core/case/reopen_job.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/analyze_report.hpp"
#include "core/sample/sample_crisis.hpp"

#include <catch2/catch.hpp>

using namespace sv;

namespace {

std::unique_ptr<Analysis> analyse_sample() {
    const std::string csv = generate_sample_crisis_csv();
    AnalyzeJob job(std::vector<char>(csv.begin(), csv.end()), "sample-crisis.csv", AnalyzeOptions{});
    REQUIRE(run_to_end(job) == StepResult::done);
    return job.take();
}

nlohmann::ordered_json report_without_timings(const Analysis& a) {
    auto j = analyze_report(a);
    j.erase("timings_ms");
    return j;
}

} // namespace

TEST_CASE("a re-opened case reports exactly what the fresh import reported", "[case]") {
    const auto fresh = analyse_sample();
    const std::string file = write_case_to_string(*fresh, CaseMeta{"Sample", 1700000000, {}});

    ReopenJob job(file, "case 'Sample'");
    CHECK(job.progress().phase == std::string("open"));
    // Small slices: the job must be resumable and still finish.
    StepResult r = StepResult::more;
    int slices = 0;
    while ((r = job.step(0.01)) == StepResult::more) ++slices;
    REQUIRE(r == StepResult::done);
    CHECK(slices >= 1);
    LoadedCase loaded = job.take();
    REQUIRE(loaded.analysis);
    CHECK(loaded.meta.name == "Sample");
    CHECK(loaded.analysis->timings_ms.count("open") == 1);
    CHECK(loaded.analysis->timings_ms.count("import") == 0); // nothing was re-parsed
    CHECK(report_without_timings(*loaded.analysis).dump() == report_without_timings(*fresh).dump());
}

TEST_CASE("re-opening a damaged case file fails with a message naming the case", "[case]") {
    const auto fresh = analyse_sample();
    std::string file = write_case_to_string(*fresh, CaseMeta{"Sample", 1700000000, {}});
    file[file.size() / 2] ^= 0x5a;
    ReopenJob job(file, "case 'Bank app storm'");
    REQUIRE(run_to_end(job) == StepResult::failed);
    CHECK(job.error().kind == "case_damaged");
    CHECK(job.error().message.find("Bank app storm") != std::string::npos);
}

TEST_CASE("the columns of a case are read in slices, with the same result as reading at once", "[case]") {
    const auto fresh = analyse_sample();
    const std::string file = write_case_to_string(*fresh, CaseMeta{"Sample", 1700000000, {}});
    CaseReadJob job(file, "case 'Sample'", false);
    StepResult r;
    int steps = 0;
    while ((r = job.step(0.0)) == StepResult::more) ++steps;
    REQUIRE(r == StepResult::done);
    CHECK(steps >= 20); // one stage per clock check at least
    LoadedCase sliced = job.take();
    auto whole = read_case(file, "case 'Sample'");
    REQUIRE(whole);
    CHECK(write_case_to_string(*sliced.analysis, sliced.meta) ==
          write_case_to_string(*whole.value().analysis, whole.value().meta));

    std::string bad = file;
    bad[bad.size() - 9] ^= 0x11; // inside the last section
    CaseReadJob damaged(bad, "case 'Bad'", false);
    REQUIRE(run_to_end(damaged) == StepResult::failed);
    CHECK(damaged.error().kind == "case_damaged");
}
