// The start-up warm-up (src/app/warm_up.*, issue 9): it runs the whole load (import, scoring, analytics,
// view preparation, summary) on a small generated file, in slices.
#include "app/warm_up.hpp"

#include <catch2/catch.hpp>

TEST_CASE("warm-up: the load of a small generated file, in slices, to the summary", "[warmup]") {
    sv::app::WarmUp warm;
    CHECK_FALSE(warm.done());
    int steps = 0;
    while (warm.step(0.5) && steps < 100000) ++steps;
    CHECK(warm.done());
    CHECK(steps > 3); // sliced: far more than one 0.5 ms step for 3,000 comments
    // The summary was built: the analyze report of 3,000 comments with its analytics is several KB.
    CHECK(warm.summary_bytes() > 2000);
    CHECK_FALSE(warm.step(5.0)); // nothing more to do
}
