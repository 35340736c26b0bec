// The score phase over the column store, and the sentiment keys of the analyze report.
#include "core/report/analyze_report.hpp"
#include "core/sentiment/score_job.hpp"

#include <catch2/catch.hpp>

namespace {
void add(sv::CommentStore& s, const char* author, const char* text, const char* lang = "") {
    const size_t r = s.append_row();
    s.author[r] = s.add_author(author);
    s.text[r] = s.strings.append(text);
    s.language_given[r] = s.strings.append(lang);
}
} // namespace

TEST_CASE("score job fills every column in slices and settles languages", "[sentiment][job]") {
    sv::Analysis a;
    for (int i = 0; i < 3000; ++i) {
        add(a.comments, "anna", "Det här är en fantastisk produkt, tack!");
        add(a.comments, "bo", "Det var inte bra, kundtjänsten är värdelös!!!");
        add(a.comments, "cilla", "😍");
    }
    add(a.comments, "dora", "This is an excellent service", "en");
    auto job = sv::make_score_job(a, {});
    int steps = 0;
    sv::StepResult r;
    while ((r = job->step(0.0)) == sv::StepResult::more) ++steps;
    REQUIRE(r == sv::StepResult::done);
    CHECK(steps >= 2); // a zero budget still advances in slices
    const sv::SentimentColumns& s = a.sentiment;
    REQUIRE(s.size() == a.comments.size());
    CHECK(s.label[0] == sv::SentimentLabel::positive);
    CHECK(s.label[1] == sv::SentimentLabel::negative);
    CHECK(s.language[0] == sv::Lang::sv);
    CHECK(s.language[2] == sv::Lang::sv); // emoji-only: the dataset's main language
    CHECK(s.label[2] == sv::SentimentLabel::positive);
    CHECK(s.language.back() == sv::Lang::en); // given by the export
    CHECK(job->progress().done == a.comments.size());

    sv::Json j = sv::Json::object();
    sv::append_sentiment_report(a, j);
    CHECK(j["sentiment"]["positive"].get<int>() == 6001);
    CHECK(j["sentiment"]["negative"].get<int>() == 3000);
    CHECK(j["language_mix"]["sv"].get<double>() > 0.99);
    CHECK(j["critics_per_100"].get<double>() == Approx(25.0)); // bo of anna, bo, cilla, dora
    CHECK(j["negative_comment_share"].get<double>() == Approx(3000.0 / 9001.0).epsilon(1e-3));
    const double emo = j["emotional_share_of_negative"].get<double>();
    const double con = j["constructive_share_of_negative"].get<double>();
    CHECK(emo + con == Approx(1.0));
}

TEST_CASE("custom words change the result on re-score", "[sentiment][job]") {
    sv::Analysis a;
    add(a.comments, "x", "They announced a recall.");
    sv::SentimentOptions opt;
    auto first = sv::make_score_job(a, opt);
    sv::run_to_end(*first);
    const float before = a.sentiment.compound[0];
    opt.custom_words.push_back({"recall", -3.f, sv::Lang::unknown});
    auto second = sv::make_score_job(a, opt);
    sv::run_to_end(*second);
    CHECK(before > -0.05f);
    CHECK(a.sentiment.compound[0] < -0.3f);
}
