// The response-window countdown: time since the onset against the first-hour target.
#include "core/guideline/response_window.hpp"
#include "test_guideline_situations.hpp"

#include <catch2/catch.hpp>

TEST_CASE("response window: open, closing, overdue, no onset", "[guideline][window]") {
    const int64_t onset = svtest::kNoon;
    auto w = sv::response_window(onset, onset + 25 * 60, sv::Lang::en);
    CHECK(w.phase == sv::WindowPhase::open);
    CHECK(w.deadline == onset + 3600);
    CHECK(w.seconds_left == 35 * 60);
    CHECK(w.fraction_used == Approx(25.0 / 60.0));
    CHECK(w.label == "35 min left of the first hour · 25 min since the onset");

    w = sv::response_window(onset, onset + 50 * 60 + 30, sv::Lang::sv);
    CHECK(w.phase == sv::WindowPhase::closing);
    CHECK(w.label == "10 min kvar av första timmen · 50 min sedan starten");

    w = sv::response_window(onset, onset + 3 * 3600 + 5 * 60, sv::Lang::de);
    CHECK(w.phase == sv::WindowPhase::overdue);
    CHECK(w.seconds_left == -(2 * 3600 + 5 * 60));
    CHECK(w.fraction_used == 1.0);
    CHECK(w.label == "Die erste Stunde ist seit 2 Std. 05 Min. vorbei · 3 Std. 05 Min. seit Beginn");

    w = sv::response_window(sv::kNoTime, onset, sv::Lang::en);
    CHECK(w.phase == sv::WindowPhase::no_onset);
    CHECK(w.label.find("No onset") == 0);

    // A custom target (e.g. a team's own 30-minute rule).
    w = sv::response_window(onset, onset + 40 * 60, sv::Lang::en, 30);
    CHECK(w.phase == sv::WindowPhase::overdue);
}

TEST_CASE("response window from a Situation", "[guideline][window]") {
    auto s = svtest::own_post_situation();
    s.language = sv::Lang::de;
    const auto w = sv::response_window(s);
    CHECK(w.phase == sv::WindowPhase::open);
    CHECK(w.label == "Noch 35 Min. der ersten Stunde · 25 Min. seit Beginn");
    CHECK(sv::response_window(svtest::calm_situation()).phase == sv::WindowPhase::no_onset);
}
