// The analyze report in slices (src/core/report/report_job.*, frames, issue 9): the text equals
// analyze_report().dump() byte for byte however small the slices, with the situation counts made by the
// job itself or given by the view preparation; the counts made in slices equal situation_from's.
#include "app/case_prep.hpp"
#include "core/guideline/guideline_report.hpp"
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/report_job.hpp"
#include "core/synth/comment_corpus.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::unique_ptr<sv::Analysis> generated_case(uint64_t rows) {
    std::vector<char> csv;
    sv::CorpusOptions options;
    options.rows = rows;
    sv::generate_comment_csv(options,
                             [&](std::string_view part) { csv.insert(csv.end(), part.begin(), part.end()); });
    sv::AnalyzeJob job(std::move(csv), "generated.csv", sv::AnalyzeOptions{});
    REQUIRE(sv::run_to_end(job) == sv::StepResult::done);
    return job.take();
}

} // namespace

TEST_CASE("report job: the same text as analyze_report().dump(), in slices", "[report][frames]") {
    const auto a = generated_case(20000);
    const std::string expected = sv::analyze_report(*a).dump();
    REQUIRE(expected.size() > 2000);

    SECTION("counting the situation itself, in 0 ms steps") {
        sv::ReportJob job(*a);
        int steps = 0;
        while (job.step(0.0) == sv::StepResult::more) ++steps;
        CHECK(steps >= 8); // every module's part and every key of the text in a step of its own
        CHECK(job.take() == expected);
    }
    SECTION("with the counts of the view preparation") {
        const sv::app::CasePrep prep = sv::app::prepare_case(*a);
        REQUIRE(prep.situation.done);
        sv::ReportJob job(*a, &prep.situation);
        while (job.step(0.0) == sv::StepResult::more) {}
        CHECK(job.take() == expected);
    }
    SECTION("in one step") {
        sv::ReportJob job(*a);
        CHECK(job.step(1e9) == sv::StepResult::done);
        CHECK(job.take() == expected);
    }
}

TEST_CASE("report job: an empty analysis gives analyze_report's text", "[report][frames]") {
    sv::Analysis a;
    a.source_name = "empty.csv";
    sv::ReportJob job(a);
    while (job.step(0.0) == sv::StepResult::more) {}
    CHECK(job.take() == sv::analyze_report(a).dump());
}

TEST_CASE("situation counts in slices equal situation_from's passes", "[guideline][situation_from][frames]") {
    const auto a = generated_case(30000);
    sv::SituationCountJob count(*a);
    int steps = 0;
    while (count.step(0.0) == sv::StepResult::more) ++steps;
    CHECK(steps > 2); // 30,000 rows in chunks of 8,192
    const sv::SituationCounts& k = count.counts();
    REQUIRE(k.done);
    CHECK(k.sentiment);
    CHECK(k.comments == 30000);
    CHECK(k.negative > 0);
    CHECK(k.critics > 0);
    CHECK(k.fans > 0);
    sv::GuidelineInputs in;
    in.language = sv::Lang::sv;
    const sv::Situation direct = sv::situation_from(*a, in);
    const sv::Situation counted = sv::situation_from(*a, in, k);
    CHECK(counted.comments == direct.comments);
    CHECK(counted.authors == direct.authors);
    CHECK(counted.now == direct.now);
    CHECK(counted.negative_share.value == direct.negative_share.value);
    CHECK(counted.critics_per_100.value == direct.critics_per_100.value);
    CHECK(counted.constructive_share.value == direct.constructive_share.value);
    CHECK(counted.fans.value == direct.fans.value);
    CHECK(sv::guideline_json(sv::make_guideline(counted)).dump() ==
          sv::guideline_json(sv::make_guideline(direct)).dump());
}
