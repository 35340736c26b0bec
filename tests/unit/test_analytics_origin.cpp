// Origin: candidates and the guessed origin type for leak words, links/news and a spread-out wave.
#include "core/analytics/analytics_job.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

namespace {

// Two calm days of top-level comments, then a surge of top-level comments (no reply tree) whose text
// is `wave_text`, by new authors.
Analysis surge_case(const std::string& wave_text) {
    Analysis a;
    CommentStore& c = a.comments;
    svtest::Rng rng(8);
    const int64_t t0 = 1700000000 / 3600 * 3600;
    auto add = [&](int64_t t, const std::string& author, const std::string& text) {
        const size_t r = c.append_row();
        c.id[r] = c.strings.append(std::to_string(r + 1));
        c.created_at[r] = t;
        c.precision[r] = TimePrecision::second;
        c.author[r] = c.add_author(author, 10);
        c.text[r] = c.strings.append(text);
    };
    for (int h = 0; h < 48; ++h)
        for (int i = 0; i < 5; ++i)
            add(t0 + h * 3600 + i * 600, "regular" + std::to_string(rng.below(30)), "ok");
    for (int h = 48; h < 54; ++h)
        for (int i = 0; i < 200; ++i)
            add(t0 + h * 3600 + i * 17, "new" + std::to_string(rng.below(900)), wave_text);
    return a;
}

} // namespace

TEST_CASE("origin: the guess follows the onset window's words and spread", "[analytics][origin]") {
    struct Row {
        const char* text;
        OriginType expected;
        const char* reason;
    };
    const Row rows[] = {
        {"the leaked internal memo says they knew", OriginType::internal_leak, "leak words"},
        {"did you see the news article https://example.org/story", OriginType::external_event,
         "links or news"},
        {"this is unacceptable", OriginType::external_event, "spread out"},
    };
    for (const Row& row : rows) {
        Analysis a = surge_case(row.text);
        run_analytics(a);
        INFO(row.text << ": " << a.analytics.origin.reason);
        REQUIRE(a.analytics.crisis.has_onset);
        CHECK(a.analytics.origin.guess == row.expected);
        CHECK(a.analytics.origin.reason.find(row.reason) != std::string::npos);
        REQUIRE(!a.analytics.origin.candidates.empty());
        CHECK(a.analytics.origin.candidates[0].why == "first comment of the onset window");
        const int64_t first =
            a.comments.created_at[static_cast<size_t>(a.analytics.origin.candidates[0].row)];
        CHECK(first == a.analytics.timeline.bucket_start(a.analytics.crisis.onset_bucket));
    }
}

TEST_CASE("origin: no onset, no guess", "[analytics][origin]") {
    Analysis calm;
    const int64_t t0 = 1700000000 / 3600 * 3600;
    for (int h = 0; h < 48; ++h)
        for (int i = 0; i < 5; ++i) {
            const size_t r = calm.comments.append_row();
            calm.comments.created_at[r] = t0 + h * 3600 + i * 600;
            calm.comments.precision[r] = TimePrecision::second;
        }
    run_analytics(calm);
    CHECK_FALSE(calm.analytics.crisis.has_onset);
    CHECK(calm.analytics.origin.guess == OriginType::unknown);
    CHECK(calm.analytics.origin.reason.find("no onset") != std::string::npos);
}
