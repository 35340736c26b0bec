// window_figures.hpp — the figures of the comments in a time window (the range a user brushes in the app):
// criticism (negative share, critics per 100 commenters, emotional vs constructive), people (fans,
// outsiders), themes and the self-driving gauge, computed by a resumable job so a brush change never blocks
// a frame. Each figure follows the rules of its module (people.hpp, themes.hpp, hawkes.hpp) restricted to
// the window; the criticism follows core/guideline/situation_from.cpp (DESIGN.md "Metric definitions").
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/analytics/hawkes.hpp"
#include "core/analytics/people.hpp"
#include "core/analytics/themes.hpp"
#include "core/analytics/time_window.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"

#include <memory>

namespace sv {

// A figure that needs a minimum of comments is not shown for a shorter window (the view says so).
inline constexpr uint64_t kWindowMinComments = 20;

struct WindowFigures {
    TimeWindow window;          // the window these figures are of
    uint64_t comments = 0;      // comments written in it
    bool sentiment = false;     // sentiment columns are present (else the criticism figures are unknown)
    uint64_t negative = 0;      // ... labelled negative
    uint64_t positive = 0;      // ... labelled positive
    uint64_t constructive = 0;  // ... flagged constructive criticism
    uint64_t criticism = 0;     // negative or constructive (the criticism the split is of)
    double negative_share = 0;  // negative / comments (0 without comments)
    double critics_per_100 = 0; // 100 * critics / authors of the window
    double constructive_share = 0, emotional_share = 0; // of the criticism (both 0 without criticism)
    PeopleStats people; // WindowPeopleBuilder: authors, critics, fans, reach, outsiders (no multipliers)
    ThemeSet themes_negative, themes_constructive; // ThemesBuilder with the window
    HawkesGauge hawkes;                            // HawkesGaugeBuilder with the window
    bool done = false;                             // every figure is computed
};

// Computes WindowFigures in slices: the criticism counts, people, themes, the gauge. The analysis must not
// change while the job runs.
class WindowFiguresJob final : public Job {
public:
    WindowFiguresJob(const Analysis& a, const TimeWindow& window, const AnalyticsOptions& options = {});
    ~WindowFiguresJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    WindowFigures& result() { return out_; }

    static constexpr size_t kSteps = 4;

private:
    const Analysis& a_;
    AnalyticsOptions options_;
    WindowFigures out_;
    size_t next_ = 0;
    SlicedLoop loop_;
    std::unique_ptr<WindowPeopleBuilder> people_;
    std::unique_ptr<ThemesBuilder> themes_;
    std::unique_ptr<HawkesGaugeBuilder> hawkes_;
};

// Runs the job to the end (tests, tools).
WindowFigures compute_window_figures(const Analysis& a, const TimeWindow& window,
                                     const AnalyticsOptions& options = {});

} // namespace sv
