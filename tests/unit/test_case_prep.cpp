// The app's view preparation (src/app/case_prep.cpp): built in slices, it orders the rows by time exactly
// like a stable sort and counts labels, replies and authors like a direct pass.
#include "app/case_prep.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>

using namespace sv;
using namespace sv::app;

namespace {

Analysis shuffled_case(size_t n, int64_t span) {
    Analysis a;
    CommentStore& c = a.comments;
    std::mt19937_64 rng(7);
    for (size_t i = 0; i < n; ++i) {
        const size_t row = c.append_row();
        // Many equal times (stability matters), some rows without a time.
        c.created_at[row] = rng() % 17 == 0 ? kNoTime : 1700000000 + static_cast<int64_t>(rng() % span);
        const std::string author = std::to_string(rng() % (n / 3 + 1)); // (GCC 12 warns on "a" + ...)
        c.author[row] = c.add_author(author);
        c.parent[row] = row > 0 && rng() % 3 == 0 ? static_cast<int32_t>(rng() % row) : kNoParent;
    }
    a.sentiment.language.assign(n, Lang::en);
    a.sentiment.compound.resize(n);
    a.sentiment.label.resize(n);
    a.sentiment.emotionality.assign(n, 0.f);
    a.sentiment.constructive.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        a.sentiment.compound[i] = static_cast<float>(static_cast<int>(rng() % 3) - 1) * 0.5f;
        a.sentiment.label[i] = label_for(a.sentiment.compound[i]);
    }
    return a;
}

} // namespace

TEST_CASE("case preparation in slices equals a stable sort and direct counts", "[app][prep]") {
    // Spans that need one, two and three radix passes of 11 bits.
    for (const int64_t span : {int64_t(1000), int64_t(3) << 20, int64_t(1) << 30}) {
        const Analysis a = shuffled_case(60000, span);
        const CommentStore& c = a.comments;
        CasePrepJob job(a);
        int slices = 0;
        while (job.step(0.0) == StepResult::more) ++slices;
        const CasePrep p = job.take();
        CHECK(slices > 3); // it did work in pieces

        std::vector<uint32_t> expected;
        for (uint32_t i = 0; i < c.size(); ++i)
            if (c.created_at[i] != kNoTime) expected.push_back(i);
        std::stable_sort(expected.begin(), expected.end(),
                         [&](uint32_t x, uint32_t y) { return c.created_at[x] < c.created_at[y]; });
        REQUIRE(p.by_time.size() == expected.size());
        CHECK(p.by_time == expected);
        CHECK(p.t_min == c.created_at[expected.front()]);
        CHECK(p.t_max == c.created_at[expected.back()]);
        REQUIRE(p.has_labels());
        size_t negative = 0;
        for (uint32_t row : expected) negative += a.sentiment.label[row] == SentimentLabel::negative;
        CHECK(p.cum[0].back() == negative);
        CHECK(p.count(p.t_min, p.t_max + 1) == expected.size());

        std::vector<uint32_t> replies(c.size(), 0);
        for (size_t i = 0; i < c.size(); ++i)
            if (c.parent[i] >= 0) ++replies[static_cast<size_t>(c.parent[i])];
        CHECK(p.reply_count == replies);
        std::vector<uint8_t> seen(c.authors.size(), 0);
        for (size_t i = 0; i < c.size(); ++i) seen[c.author[i]] = 1;
        CHECK(p.authors_with_comments == static_cast<uint64_t>(std::count(seen.begin(), seen.end(), 1)));
    }
}

TEST_CASE("case preparation of a case without times or labels", "[app][prep]") {
    Analysis a;
    a.comments.append_row();
    const CasePrep p = prepare_case(a);
    CHECK_FALSE(p.has_times());
    CHECK_FALSE(p.has_labels());
    CHECK(p.reply_count.size() == 1);
}
