// The sample crisis: deterministic, well-formed, and it tells the story the app shows (three languages,
// replies to earlier comments, a multiplier with a large following, a surge after the trigger).
#include "core/import/import.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/sample/sample_crisis.hpp"
#include "core/time/timestamp.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace sv;

TEST_CASE("sample crisis: the same bytes every time, another seed gives another file", "[sample]") {
    const std::string a = generate_sample_crisis_csv();
    const std::string b = generate_sample_crisis_csv();
    CHECK(a == b);
    SampleCrisisOptions other;
    other.seed = 7;
    CHECK(generate_sample_crisis_csv(other) != a);
    CHECK(a.rfind(std::string(kSampleCrisisHeader) + "\n", 0) == 0);
}

TEST_CASE("sample crisis: imports cleanly and tells the story", "[sample]") {
    const std::string csv = generate_sample_crisis_csv();
    AnalyzeJob job(std::vector<char>(csv.begin(), csv.end()), "sample-crisis.csv", AnalyzeOptions{});
    REQUIRE(run_to_end(job) == StepResult::done);
    const Analysis& an = job.analysis();
    const CommentStore& c = an.comments;
    INFO(an.import.format << " " << an.import.format_reason);
    CHECK(an.import.rows_rejected == 0);
    CHECK(c.size() >= 2000);
    CHECK(c.size() <= 5000);

    // Times: about three days from 2025-03-10T08:00:00Z, in order.
    REQUIRE(std::is_sorted(c.created_at.begin(), c.created_at.end()));
    CHECK(c.created_at.front() == parse_timestamp("2025-03-10T08:00:00Z").seconds);
    const int64_t span = c.created_at.back() - c.created_at.front();
    CHECK(span > 2 * 86400);
    CHECK(span <= 3 * 86400);

    // Replies point to earlier comments, and many are linked.
    size_t replies = 0;
    for (size_t i = 0; i < c.size(); ++i)
        if (c.parent[i] >= 0) {
            ++replies;
            CHECK(c.created_at[static_cast<size_t>(c.parent[i])] <= c.created_at[i]);
        }
    CHECK(replies > c.size() / 2);
    CHECK(an.import.replies_linked == replies);

    // The multiplier has a very large following; most authors a small one.
    uint32_t big = 0;
    for (uint32_t a = 0; a < c.authors.size(); ++a)
        if (c.followers_of_author(a) >= 1000000) ++big;
    CHECK(big == 1);

    // A surge: the busiest hour after the trigger has many times the comments of a calm hour.
    auto in_hour = [&](int64_t from) {
        return std::count_if(c.created_at.begin(), c.created_at.end(),
                             [&](int64_t t) { return t >= from && t < from + 3600; });
    };
    const int64_t t0 = c.created_at.front();
    long calm = in_hour(t0 + 5 * 3600), peak = 0;
    for (int h = 26; h < 44; ++h) peak = std::max<long>(peak, in_hour(t0 + h * 3600));
    CHECK(peak > 10 * std::max<long>(calm, 1));

    // Three languages: Swedish, German and English words are all there.
    CHECK(csv.find("Skandal") == std::string::npos);
    CHECK(csv.find("SKANDAL") != std::string::npos);
    CHECK(csv.find("Größe") != std::string::npos);
    CHECK(csv.find("Shame on you") != std::string::npos);
    CHECK(csv.find("ö") != std::string::npos);
}
