// app.hpp — the Stormvakt application: owns the UI state and draws one frame at a time.
//
// The platform (src/platform) calls the AppHooks; views (src/app/views) draw from the state here.
// Screens: welcome (no case) -> progress (a file is being analysed) -> error (it failed) or the case views
// (sidebar + Overview, Timeline, Comments, Spread, People, Themes, Import).
#pragma once
#include "app/annotations.hpp"
#include "app/case_insights.hpp"
#include "app/case_prep.hpp"
#include "app/case_runner.hpp"
#include "app/case_store.hpp"
#include "app/corrections_ui.hpp"
#include "app/fonts.hpp"
#include "app/frame_pacing.hpp"
#include "app/mapping_dialog.hpp"
#include "app/theme.hpp"
#include "app/warm_up.hpp"
#include "app/window_filter.hpp"
#include "core/guideline/guideline_inputs.hpp"
#include "platform/platform.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv::app {

enum class View : uint8_t { overview, timeline, comments, spread, people, themes, import, guideline, count };
// Stable names (window.stormvakt.view(name)): "overview", "timeline", ...
const char* view_key(View v);

// A time range [from, to) in UTC seconds; inactive when from >= to.
struct TimeRange {
    int64_t from = 0;
    int64_t to = 0;
    bool active() const { return from < to; }
    bool contains(int64_t t) const { return t >= from && t < to; }
};

// What the views read and change. One instance, owned by App.
struct AppState {
    Fonts fonts;
    ThemeMode theme = ThemeMode::dark;
    float scale = 1.0f;
    bool drag_hover = false; // a file is being dragged over the page

    // --- the case ---
    std::unique_ptr<Analysis> current; // the open case (null on the welcome screen)
    CasePrep prep;                     // view-level preparation of `current`
    uint64_t data_version = 0;         // bumps whenever `current` changes (caches key on it)
    CaseRunner runner;                 // the file being analysed, if any
    bool show_error = false;           // the last file failed: show runner.error()

    // --- navigation and cross-view filter ---
    View view = View::overview;
    TimeRange brush;              // the time range brushed in the timeline; filters every view
    uint64_t filter_version = 0;  // bumps whenever `brush` changes
    bool focus_search = false;    // "/" pressed: the comments view focuses its search box
    bool clear_requested = false; // Esc pressed: views clear their search / selection
    int32_t open_thread_row = -1; // the comment whose thread is shown (-1 = none)

    // --- saved cases (issue 7; src/app/cases.cpp) ---
    CaseStore cases;                   // the saved cases and the state of their storage
    CaseMeta case_meta;                // name and user settings of the open case (saved with it)
    bool pseudonymise = false;         // welcome screen switch: pseudonymise authors of the next import
    int8_t pseudonymise_next = -1;     // automation's choice for the next file (-1 = the switch decides)
    std::string pseudonymise_salt;     // salt of the file being analysed ("" = not pseudonymised)
    bool case_save_pending = false;    // analysed before the saved cases were loaded: save when they are
    std::string case_settings_key;     // the settings last saved (view, brush, layout), to save on change
    double case_settings_dirty_ms = 0; // when they started to differ (0 = they do not)

    void set_brush(TimeRange r) {
        brush = r;
        ++filter_version;
    }

    // --- views branch: the team's inputs and notes (kept with the case), derived insights, clock ---
    GuidelineInputs guideline_inputs; // brand, mission, origin, responder, channel, language (issue 8)
    uint64_t inputs_version = 0;      // bumps whenever guideline_inputs changes (insights rebuild on it)
    Annotations annotations;          // notes on the timeline ("we posted a statement")
    CaseInsights insights;   // situation + guideline of `current` with the inputs (case_insights.hpp)
    bool time_local = false; // show times in the computer's local time (false: UTC)
    // --- app6: the brushed range's figures (window_filter.hpp) ---
    WindowFilter window;  // figures of the comments in `brush`, computed in slices when it changes
    MappingState mapping; // the column-mapping dialog of the open case's file (mapping_dialog.hpp)
    void inputs_changed() { ++inputs_version; }
    // True when no range is brushed, or the comment `row` (a row of `current`) has a time inside it.
    bool row_in_brush(int32_t row) const {
        if (!brush.active()) return true;
        if (!current || row < 0 || static_cast<size_t>(row) >= current->comments.size()) return false;
        const int64_t t = current->comments.created_at[static_cast<size_t>(row)];
        return t != kNoTime && brush.contains(t);
    }
    // The insights belong to the open case with the current inputs (false for one frame after a case
    // arrives).
    bool insights_ready() const {
        return insights.for_data == data_version && insights.for_inputs == inputs_version;
    }

    // --- app7: relabelled comments and the custom lexicon (src/app/corrections_ui.*, lexicon_panel.cpp) ---
    CorrectionsUi corr;
};

class App final : public platform::AppHooks {
public:
    void init(float ui_scale) override;
    void frame() override;
    void scale_changed(float ui_scale) override;
    void file_received(std::string name, std::vector<char> bytes, uint32_t request) override;
    void file_source_received(std::string name, std::unique_ptr<ByteSource> source, uint32_t request,
                              const ImportOptions& import = {}) override;
    void drag_hover(bool hovering) override { state_.drag_hover = hovering; }
    std::string summary_json() override;
    bool show_view(std::string_view name) override;
    uint64_t row_count() const override { return state_.current ? state_.current->comments.size() : 0; }
    // saved cases (issue 7; src/app/cases.cpp)
    void storage_opened(bool ok, std::string message) override;
    void storage_saved(bool ok, std::string kind, std::string message) override;
    void storage_refreshed() override;
    void storage_estimate(double usage, double quota, bool persisted) override;
    void finish_pending_save() override { state_.cases.finish_save(); }
    void case_locked(std::string id, bool granted) override;
    std::string cases_json() override;
    void open_case(std::string id, uint32_t request) override;
    std::string delete_case(std::string id) override;
    void import_option(std::string_view key, bool value) override;
    std::string case_status_json() override;
    std::string automation(std::string_view command, std::string_view argument) override; // app6
    // app7: relabelled comments and the custom lexicon (src/app/corrections_ui.cpp)
    void relabel(std::string id, std::string label, std::string tag, uint32_t request) override;
    void set_lexicon(std::string json, uint32_t request) override;
    std::string corrections_json() override;
    std::string lexicon_json() override;

    // smooth (issue 9): a frame that only steps the running job and draws nothing (FramePacer).
    bool work_frame(bool input_pending) override;

private:
    void step_runner(FramePacer::Kind kind);
    void handle_keys();
    AppState state_;
    FramePacer pacer_;             // smooth: the job's slice per frame, and which frames draw while it runs
    std::string summary_;          // smooth: summary() of the case that arrived (CaseRunner::take_summary)
    uint64_t summary_version_ = 0; // state_.data_version it belongs to (a relabel changes the version)
    WarmUp warm_;                  // smooth: the load run once on a small file while idle after start-up
    bool warm_stopped_ = false;    // a file or case arrived first: the warm-up is left unfinished
    bool case_arrived_ = false; // views branch: a case was taken over in this frame (insights wait a frame)
    int frames_ = 0;            // frames drawn so far (ready is signalled once the first one is on screen)
};

// Saved cases (src/app/cases.cpp): what the app does when a case arrives, and the notices over a case.
// The pseudonymisation salt for the file about to be analysed ("" = not pseudonymised): 16 random bytes from
// the platform when the welcome switch or automation asks for it.
std::string next_pseudonymise_salt(AppState& state);
// A freshly analysed file (already pseudonymised when asked): save it as a new case.
void keep_analysed_case(AppState& state);
// A re-opened case: restore its view state and hold it for this tab.
void restore_case(AppState& state, const std::string& id, CaseMeta meta);
// A case that failed to re-open because its file is damaged or of an unknown version: set it aside.
void case_failed_to_open(AppState& state, const std::string& id, const Error& error);
// Starts re-opening a saved case (welcome list or automation); false when it cannot start (`why` says).
bool open_saved_case(AppState& state, const std::string& id, uint32_t request, std::string* why = nullptr);
// Closes the open case (back to the welcome screen).
void close_case(AppState& state);
// Saves the open case's settings when they changed (called every frame; writes at most about once a second).
void autosave_case_settings(AppState& state);
// Banners over the open case: save failed (with "Export"), open in another tab.
void draw_case_notices(AppState& state);

// Where the site keeps the sample crisis (written by the web build: src/platform/web.cmake).
inline constexpr const char* kSampleCrisisPath = "samples/sample-crisis.csv";

// Budget for work besides the running job inside one frame (ms): the case file written in slices. The job's
// own slice per frame is FramePacer's (app/frame_pacing.hpp).
inline constexpr double kJobBudgetMs = 8.0;
inline constexpr double kWarmUpBudgetMs = 6.0; // smooth: the start-up warm-up's work per idle frame

} // namespace sv::app
