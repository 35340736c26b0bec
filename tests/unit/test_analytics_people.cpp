// People: multipliers (a big account followed by a burst ranks first, one without follow-on does not), fans,
// critics, outsiders (share, and "say so" without pre-onset history), reach.
#include "core/analytics/cascades.hpp"
#include "core/analytics/people.hpp"
#include "core/analytics/timeline.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

namespace {

struct Case {
    CommentStore c;
    SentimentColumns s;
    size_t add(int64_t t, const std::string& author, int64_t followers, float compound,
               int32_t parent = kNoParent, int32_t likes = 0) {
        const size_t r = c.append_row();
        c.created_at[r] = t;
        c.precision[r] = TimePrecision::second;
        c.author[r] = c.add_author(author, followers);
        c.parent[r] = parent;
        c.likes[r] = likes;
        s.compound.push_back(compound);
        return r;
    }
    PeopleStats run(Timeline* timeline = nullptr, CrisisState* crisis_out = nullptr) {
        Timeline t;
        TimelineIndex idx;
        CrisisState crisis;
        REQUIRE(build_timeline(c, s, 0, t, idx));
        assess_timeline(t, crisis, idx, c);
        CascadeStats cascades;
        compute_cascades(c, s, cascades);
        PeopleStats p;
        compute_people(c, s, t, idx, crisis, cascades, p);
        if (timeline) *timeline = t;
        if (crisis_out) *crisis_out = crisis;
        return p;
    }
};

std::string name(const char* prefix, uint32_t i) {
    std::string s = prefix;
    s += std::to_string(i);
    return s;
}

} // namespace

TEST_CASE("a big account followed by a burst ranks first; one without follow-on does not",
          "[analytics][multipliers]") {
    for (uint64_t seed = 1; seed <= 10; ++seed) {
        svtest::Rng rng(seed);
        Case k;
        const int64_t t0 = 1700000000;
        // Two days of background chatter by 200 small accounts.
        for (int i = 0; i < 2000; ++i)
            k.add(t0 + static_cast<int64_t>(rng.uniform() * 172800), name("small", rng.below(200)),
                  static_cast<int64_t>(rng.below(500)), 0.1f, kNoParent, static_cast<int32_t>(rng.below(3)));
        // A quiet big account (2 M followers) posts on day one: nothing follows.
        k.add(t0 + 20000, "quiet_giant", 2000000, -0.2f);
        // A big account (1.2 M) posts on day two, and 400 replies and replies-to-replies follow within 2 h.
        const size_t post = k.add(t0 + 100000, "loud_giant", 1200000, -0.6f);
        std::vector<int32_t> thread = {static_cast<int32_t>(post)};
        for (int i = 0; i < 400; ++i) {
            const int32_t parent = thread[rng.below(static_cast<uint32_t>(thread.size()))];
            const size_t r = k.add(t0 + 100000 + 1 + static_cast<int64_t>(rng.uniform() * 7200),
                                   name("replier", rng.below(300)), 50, -0.4f, parent);
            thread.push_back(static_cast<int32_t>(r));
        }
        const PeopleStats p = k.run();
        REQUIRE(!p.multipliers.empty());
        CHECK(k.c.authors.name(p.multipliers[0].author) == "loud_giant");
        CHECK(p.multipliers[0].follow_on == 400);
        CHECK(p.multipliers[0].reason.find("1.2 M followers") != std::string::npos);
        CHECK(p.multipliers[0].reason.find("400 replies") != std::string::npos);
        CHECK(p.multipliers[0].volume_after > p.multipliers[0].volume_before);
        size_t quiet_rank = p.multipliers.size();
        for (size_t i = 0; i < p.multipliers.size(); ++i)
            if (k.c.authors.name(p.multipliers[i].author) == "quiet_giant") quiet_rank = i;
        CHECK(quiet_rank > 0);
    }
}

TEST_CASE("fans are the most engaged positive authors; critics counted", "[analytics][fans]") {
    Case k;
    const int64_t t0 = 1700000000;
    for (int i = 0; i < 5; ++i) k.add(t0 + i * 60, "fan_a", 10, 0.6f, kNoParent, 10);
    k.add(t0 + 600, "fan_b", 10, 0.3f, kNoParent, 1);
    k.add(t0 + 700, "critic", 10, -0.7f);
    k.add(t0 + 800, "critic", 10, -0.2f);
    k.add(t0 + 900, "neutral", 10, 0.0f);
    const PeopleStats p = k.run();
    REQUIRE(p.fans_available);
    REQUIRE(p.fans.size() == 2);
    CHECK(k.c.authors.name(p.fans[0].author) == "fan_a");
    CHECK(p.fans[0].comments == 5);
    CHECK(p.fans[0].likes == 50);
    CHECK(p.critics == 1);
    CHECK(p.authors == 4);
    CHECK(p.reach_total == 40);

    k.s = SentimentColumns{};
    const PeopleStats none = k.run();
    CHECK_FALSE(none.fans_available);
    CHECK(none.fans_reason.find("sentiment") != std::string::npos);
}

TEST_CASE("outsider share from the onset on, and no figure without history", "[analytics][outsiders]") {
    Case k;
    const int64_t t0 = 1700000000 / 3600 * 3600;
    svtest::Rng rng(3);
    // 30 calm hours by 20 regulars, then 6 hours of surge: half regulars, half new people.
    for (int h = 0; h < 30; ++h)
        for (int i = 0; i < 10; ++i) k.add(t0 + h * 3600 + i * 300, name("regular", rng.below(20)), 10, 0.0f);
    for (int h = 30; h < 36; ++h)
        for (int i = 0; i < 120; ++i)
            k.add(t0 + h * 3600 + i * 29,
                  i % 2 ? name("regular", rng.below(20)) : name("new", rng.below(1000)), 10, -0.5f);
    Timeline t;
    CrisisState crisis;
    const PeopleStats p = k.run(&t, &crisis);
    REQUIRE(crisis.has_onset);
    CHECK(t.bucket_start(crisis.onset_bucket) == t0 + 30 * 3600);
    REQUIRE(p.outsider_available);
    CHECK(p.outsider_share == Approx(0.5).margin(0.01));
    CHECK(t.outsider_share[crisis.onset_bucket - 1] < 0);
    CHECK(t.outsider_share[crisis.onset_bucket + 4] == Approx(0.5).margin(0.1));
    CHECK(p.newcomer_authors > 300);

    // The same surge alone: the file starts with it, there is no history.
    Case only;
    for (int h = 0; h < 3; ++h)
        for (int i = 0; i < 120; ++i)
            only.add(t0 + h * 3600 + i * 29, name("new", rng.below(1000)), 10, -0.5f);
    for (int h = 3; h < 30; ++h) only.add(t0 + h * 3600, "late", 10, 0.0f);
    CrisisState c2;
    const PeopleStats q = only.run(nullptr, &c2);
    REQUIRE(c2.has_onset);
    CHECK(c2.onset_bucket == 0);
    CHECK_FALSE(q.outsider_available);
    CHECK(q.outsider_reason.find("no comments before the onset") != std::string::npos);
}

TEST_CASE("format_count", "[analytics][multipliers]") {
    CHECK(format_count(1234567) == "1.2 M");
    CHECK(format_count(12345) == "12 k");
    CHECK(format_count(850) == "850");
}
