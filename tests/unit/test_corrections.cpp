// The user's corrections (issue 7): relabelled comments as an overlay on the sentiment columns, custom
// lexicons, their JSON, and the jobs that apply them (AnalyzeJob, RelabelJob, ReopenJob) agreeing.
#include "core/case/case_file.hpp"
#include "core/case/reopen_job.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/pipeline/relabel_job.hpp"
#include "core/report/analyze_report.hpp"
#include "core/sample/sample_crisis.hpp"
#include "core/sentiment/corrections.hpp"

#include <catch2/catch.hpp>

using namespace sv;

namespace {

std::unique_ptr<Analysis> analyse(const std::string& csv, AnalyzeOptions options = {}) {
    AnalyzeJob job(std::vector<char>(csv.begin(), csv.end()), "test.csv", std::move(options));
    REQUIRE(run_to_end(job) == StepResult::done);
    return job.take();
}

nlohmann::ordered_json report(const Analysis& a) {
    auto j = analyze_report(a);
    j.erase("timings_ms");
    return j;
}

// Our own small thread: two authors praise, two complain, one is neutral.
const std::string kCsv = "id,author,created_at,text\n"
                         "a1,anna,2026-03-01T10:00:00Z,I love this jacket it is great\n"
                         "a2,bert,2026-03-01T10:05:00Z,Wonderful service thank you\n"
                         "a3,cleo,2026-03-01T10:10:00Z,The zipper broke after a day this is terrible\n"
                         "a4,dana,2026-03-01T10:20:00Z,Awful quality and the refund is a disaster\n"
                         "a5,erik,2026-03-01T10:30:00Z,The store opens at nine\n"
                         ",fia,2026-03-01T10:40:00Z,The fabric is grumpish\n";

size_t row_of(const Analysis& a, std::string_view id) {
    for (size_t i = 0; i < a.comments.size(); ++i)
        if (a.comments.id_of(i) == id) return i;
    FAIL("no row with id " << id);
    return 0;
}

} // namespace

TEST_CASE("corrections JSON: arrays or objects, later entries replace earlier ones, clear errors",
          "[correction]") {
    auto ok = corrections_from_text(R"({"corrections": [{"id": "a1", "label": "negative", "tag": "emotional"},
        {"id": "a2", "label": "neutral"}, {"id": "a1", "label": "positive"}]})");
    REQUIRE(ok);
    REQUIRE(ok.value().size() == 2);
    CHECK(ok.value()[0].id == "a1");
    CHECK(ok.value()[0].label == SentimentLabel::positive);
    CHECK(ok.value()[0].tag == CorrectionTag::computed);
    CHECK(ok.value()[1].label == SentimentLabel::neutral);
    // Round trip through the JSON the app keeps with a case.
    auto again = corrections_from_json(corrections_to_json(ok.value()));
    REQUIRE(again);
    CHECK(corrections_to_json(again.value()) == corrections_to_json(ok.value()));

    auto bad_label = corrections_from_text(R"([{"id": "a1", "label": "angry"}])");
    REQUIRE_FALSE(bad_label);
    CHECK(bad_label.error().message.find("entry 1") != std::string::npos);
    CHECK(bad_label.error().message.find("label") != std::string::npos);
    CHECK_FALSE(bad_label.error().hint.empty());
    auto bad_tag = corrections_from_text(
        R"([{"id": "a1", "label": "neutral"}, {"id": "x", "label": "neutral", "tag": 3}])");
    REQUIRE_FALSE(bad_tag);
    CHECK(bad_tag.error().message.find("entry 2") != std::string::npos);
    CHECK_FALSE(corrections_from_text("[{\"label\": \"neutral\"}]"));
    CHECK_FALSE(corrections_from_text("{\"corrections\": 5}"));
    auto not_json = corrections_from_text("[{");
    REQUIRE_FALSE(not_json);
    CHECK(not_json.error().message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("lexicon JSON: words, valence -4..4, one language or all", "[lexicon]") {
    auto ok = lexicon_from_text(R"([{"word": " Grumpish ", "valence": -3, "lang": "en"},
                                    {"word": "jacka", "valence": 1.5}, {"word": "x", "valence": 0, "lang": "all"}])");
    REQUIRE(ok);
    REQUIRE(ok.value().size() == 3);
    CHECK(ok.value()[0].word == "Grumpish");
    CHECK(ok.value()[0].lang == Lang::en);
    CHECK(ok.value()[1].lang == Lang::unknown);
    CHECK(ok.value()[1].valence == Approx(1.5));
    auto j = lexicon_to_json(ok.value());
    CHECK(j[0]["lang"] == "en");
    CHECK(j[1]["lang"] == "all");
    auto again = lexicon_from_json(j);
    REQUIRE(again);
    CHECK(lexicon_to_json(again.value()) == j);

    auto too_big = lexicon_from_text(R"([{"word": "boom", "valence": 7}])");
    REQUIRE_FALSE(too_big);
    CHECK(too_big.error().message.find("outside -4..4") != std::string::npos);
    auto bad_lang = lexicon_from_text(R"([{"word": "boom", "valence": 1, "lang": "xx-klingon"}])");
    REQUIRE_FALSE(bad_lang);
    CHECK(bad_lang.error().message.find("unknown language") != std::string::npos);
    CHECK_FALSE(lexicon_from_text(R"([{"word": "  ", "valence": 1}])"));
    CHECK_FALSE(lexicon_from_text(R"({"lexicon": [{"word": "a"}]})"));
}

TEST_CASE("relabelled comments change the counts and shares, and can be taken back exactly", "[correction]") {
    auto a = analyse(kCsv);
    const auto before = report(*a);
    const size_t a1 = row_of(*a, "a1"), a5 = row_of(*a, "a5");
    REQUIRE(a->sentiment.label[a1] == SentimentLabel::positive);
    REQUIRE(a->sentiment.label[a5] == SentimentLabel::neutral);
    const auto scored = a->sentiment; // as the scorer left them

    RelabelPlan plan;
    plan.corrections = {{"a1", SentimentLabel::negative, CorrectionTag::emotional},
                        {"a5", SentimentLabel::negative, CorrectionTag::constructive},
                        {"nope", SentimentLabel::positive, CorrectionTag::computed}};
    RelabelJob job(*a, plan);
    StepResult r;
    while ((r = job.step(0.01)) == StepResult::more) {}
    REQUIRE(r == StepResult::done);
    CHECK(job.labels_changed() == 2);
    const auto after = report(*a);
    CHECK(after["sentiment"]["negative"].get<int>() == before["sentiment"]["negative"].get<int>() + 2);
    CHECK(after["sentiment"]["positive"].get<int>() == before["sentiment"]["positive"].get<int>() - 1);
    CHECK(after["sentiment"]["neutral"].get<int>() == before["sentiment"]["neutral"].get<int>() - 1);
    CHECK(after["critics_per_100"].get<double>() > before["critics_per_100"].get<double>());
    CHECK(after["corrections"]["given"] == 3);
    CHECK(after["corrections"]["applied_comments"] == 2);
    CHECK(after["corrections"]["unknown_ids"] == nlohmann::ordered_json::array({"nope"}));
    // The overlay: sorted rows, the tag, and labels that agree with compounds.
    const CorrectedRow* c1 = a->corrections.find(a1);
    REQUIRE(c1);
    CHECK(c1->was_label == SentimentLabel::positive);
    CHECK(a->sentiment.emotionality[a1] >= kEmotionalThreshold);
    CHECK(a->sentiment.constructive[a1] == 0);
    CHECK(a->sentiment.constructive[a5] == 1);
    CHECK(a->sentiment.emotionality[a5] < kEmotionalThreshold);
    for (const CorrectedRow& c : a->corrections.rows)
        CHECK(label_for(a->sentiment.compound[c.row]) == a->sentiment.label[c.row]);
    CHECK_FALSE(a->corrections.find(row_of(*a, "a2")));
    // The timeline's label counts follow (the analytics ran again).
    CHECK(after["sentiment"] != before["sentiment"]);

    // Taking one back: a2's correction replaces the list; a1 and a5 are as scored again.
    RelabelPlan back;
    back.corrections = {{"a2", SentimentLabel::neutral, CorrectionTag::computed}};
    RelabelJob job2(*a, back);
    REQUIRE(run_to_end(job2) == StepResult::done);
    CHECK(a->sentiment.label[a1] == scored.label[a1]);
    CHECK(a->sentiment.compound[a1] == scored.compound[a1]);
    CHECK(a->sentiment.emotionality[a5] == scored.emotionality[a5]);
    CHECK(a->sentiment.constructive[a5] == scored.constructive[a5]);
    RelabelJob job3(*a, RelabelPlan{});
    REQUIRE(run_to_end(job3) == StepResult::done);
    CHECK(report(*a) == before);
}

TEST_CASE("a comment without an id is corrected by its row", "[correction]") {
    auto a = analyse(kCsv);
    size_t row = a->comments.size();
    for (size_t i = 0; i < a->comments.size(); ++i)
        if (a->comments.id_of(i).empty()) row = i;
    REQUIRE(row < a->comments.size());
    const std::string key = correction_key(a->comments, row);
    CHECK(key == std::string("#").append(std::to_string(row)));
    apply_corrections(*a, {{key, SentimentLabel::positive, CorrectionTag::computed}});
    CHECK(a->sentiment.label[row] == SentimentLabel::positive);
    CHECK(a->corrections.unknown.empty());
    CHECK(correction_key(a->comments, row_of(*a, "a3")) == "a3");
}

TEST_CASE("the CLI's pipeline with corrections equals relabelling in the app afterwards", "[correction]") {
    const std::string csv = generate_sample_crisis_csv();
    auto plain = analyse(csv);
    // Two comments of each label, relabelled round.
    std::vector<LabelCorrection> list;
    int pos = 0, neg = 0;
    for (size_t i = 0; i < plain->comments.size() && (pos < 2 || neg < 2); ++i) {
        if (plain->sentiment.label[i] == SentimentLabel::positive && pos < 2 && ++pos)
            list.push_back(
                {correction_key(plain->comments, i), SentimentLabel::negative, CorrectionTag::emotional});
        else if (plain->sentiment.label[i] == SentimentLabel::negative && neg < 2 && ++neg)
            list.push_back(
                {correction_key(plain->comments, i), SentimentLabel::neutral, CorrectionTag::none});
    }
    REQUIRE(list.size() == 4);
    AnalyzeOptions options;
    options.corrections = list;
    auto cli = analyse(csv, options);
    RelabelPlan plan;
    plan.corrections = list;
    RelabelJob job(*plain, plan);
    REQUIRE(run_to_end(job) == StepResult::done);
    CHECK(job.labels_changed() == 4);
    CHECK(report(*plain) == report(*cli));
    CHECK(report(*cli)["sentiment"]["negative"] == analyze_report(*analyse(csv))["sentiment"]["negative"]);
}

TEST_CASE("a custom lexicon re-scores: labels change, and the same as a fresh analysis with the words",
          "[lexicon]") {
    auto a = analyse(kCsv);
    const size_t fia = [&] {
        for (size_t i = 0; i < a->comments.size(); ++i)
            if (a->comments.author_of(i) == "fia") return i;
        return a->comments.size();
    }();
    REQUIRE(fia < a->comments.size());
    REQUIRE(a->sentiment.label[fia] == SentimentLabel::neutral); // "grumpish" is no word the lexicon knows
    RelabelPlan plan;
    plan.rescore = true;
    plan.sentiment.custom_words = {{"grumpish", -3.0f, Lang::unknown}};
    plan.corrections = {{"a1", SentimentLabel::neutral, CorrectionTag::computed}};
    RelabelJob job(*a, plan);
    StepResult r;
    while ((r = job.step(0.01)) == StepResult::more) {}
    REQUIRE(r == StepResult::done);
    CHECK(a->sentiment.label[fia] == SentimentLabel::negative);
    CHECK(job.labels_changed() == 2); // fia by the word, a1 by hand
    CHECK(report(*a)["custom_lexicon"]["words"] == 1);

    AnalyzeOptions options;
    options.sentiment.custom_words = plan.sentiment.custom_words;
    options.corrections = plan.corrections;
    CHECK(report(*analyse(kCsv, options)) == report(*a));
}

TEST_CASE("a re-opened case with corrections and a lexicon reports what the fresh analysis with them does",
          "[case][correction]") {
    const std::string csv = generate_sample_crisis_csv();
    auto fresh = analyse(csv);
    const std::string file = write_case_to_string(*fresh, CaseMeta{"Sample", 1700000000, {}});
    RelabelPlan plan;
    plan.rescore = true;
    plan.sentiment.custom_words = {{"jacket", -2.0f, Lang::en}};
    plan.corrections = {
        {correction_key(fresh->comments, 3), SentimentLabel::positive, CorrectionTag::computed}};
    AnalyzeOptions options;
    options.sentiment.custom_words = plan.sentiment.custom_words;
    options.corrections = plan.corrections;
    const auto expected = report(*analyse(csv, options));
    CHECK(expected["sentiment"] != report(*fresh)["sentiment"]);

    ReopenJob job(file, "case 'Sample'", plan);
    CHECK(job.phase_count() == 4);
    StepResult r;
    while ((r = job.step(0.05)) == StepResult::more) {}
    REQUIRE(r == StepResult::done);
    LoadedCase loaded = job.take();
    REQUIRE(loaded.analysis);
    CHECK(loaded.analysis->timings_ms.count("import") == 0);
    CHECK(report(*loaded.analysis) == expected);
}
