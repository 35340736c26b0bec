#include "app/app.hpp"

#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/insight_widgets.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"
#include "core/report/analyze_report.hpp"

#include "imgui.h"

#include <cstdlib>

namespace sv::app {

const char* view_key(View v) {
    switch (v) {
    case View::overview:
        return "overview";
    case View::timeline:
        return "timeline";
    case View::comments:
        return "comments";
    case View::spread:
        return "spread";
    case View::people:
        return "people";
    case View::themes:
        return "themes";
    case View::import:
        return "import";
    case View::guideline:
        return "guideline";
    case View::count:
        break;
    }
    return "";
}

void App::init(float ui_scale) {
    state_.scale = ui_scale;
    state_.fonts = load_fonts();
    set_ui_language(ui_language_for_tag(platform::preferred_language()));
    apply_theme(state_.theme, ui_scale);
    state_.cases.start(); // saved cases (issue 7)
}

void App::scale_changed(float ui_scale) {
    state_.scale = ui_scale;
    apply_theme(state_.theme, ui_scale);
}

void App::file_received(std::string name, std::vector<char> bytes, uint32_t request) {
    file_source_received(std::move(name), std::make_unique<MemorySource>(std::move(bytes)), request);
}

// A file read chunk by chunk (importperf): the browser's File.slice reader, or bytes already here.
void App::file_source_received(std::string name, std::unique_ptr<ByteSource> source, uint32_t request,
                               const ImportOptions& import) {
    AnalyzeOptions options;
    options.import = import;
    options.pseudonymise_salt = next_pseudonymise_salt(state_); // saved cases (issue 7)
    mapping_file_received(state_, name, source, options); // app6: the preview's bytes, the next file's map
    const uint32_t dropped =
        state_.runner.start(std::move(name), std::move(source), request, std::move(options));
    if (dropped) platform::load_finished(dropped, false, "replaced by another file before it finished");
    state_.show_error = false;
}

std::string App::summary_json() {
    if (!state_.current) return "null";
    if (!summary_.empty() && summary_version_ == state_.data_version) return summary_; // smooth
    return analyze_report(*state_.current).dump();
}

// app6: window.stormvakt's brush, windowSummary and mapping commands.
std::string App::automation(std::string_view command, std::string_view argument) {
    if (command == "brush") { // "FROM,TO" in UTC seconds; "" clears
        const std::string arg(argument);
        const size_t comma = arg.find(',');
        if (comma == std::string::npos) {
            state_.set_brush({});
            return "true";
        }
        const int64_t from = std::strtoll(arg.c_str(), nullptr, 10);
        const int64_t to = std::strtoll(arg.c_str() + comma + 1, nullptr, 10);
        state_.set_brush({from, to});
        return state_.brush.active() ? "true" : "false";
    }
    if (command == "window_summary") return window_summary_json(state_);
    if (command == "texts") return view_texts_json(state_, argument); // app8: core texts in the UI language
    if (command == "selection") return key_table_json();              // app8: the keyboard's table row
    if (command == "comments") return comments_status_json(state_);   // app8: the comment table's index
    // polish: the texts shortened with "…" in the last frame, and the theme / UI language for tests
    if (command == "clipped") return shortened_texts_json();
    if (command == "welcome") { // back to the welcome screen and its saved cases (the sidebar's button)
        if (state_.current && !state_.runner.busy()) close_case(state_);
        return state_.current ? "false" : "true";
    }
    if (command == "theme") { // "light" | "dark" ("" = as it is); answers the theme in use
        if (argument == "light") state_.theme = ThemeMode::light;
        if (argument == "dark") state_.theme = ThemeMode::dark;
        return state_.theme == ThemeMode::light ? "\"light\"" : "\"dark\"";
    }
    if (command == "ui_language") { // "en" | "sv" | "de" ("" = as it is); answers the language in use
        if (!argument.empty()) set_ui_language(ui_language_for_tag(std::string(argument)));
        const UiLanguage l = ui_language();
        return l == UiLanguage::sv ? "\"sv\"" : l == UiLanguage::de ? "\"de\"" : "\"en\"";
    }
    if (command == "progress") { // gaps: what runs in the frames now (shell/lib/trace_browser.mjs)
        const CaseRunner& r = state_.runner;
        std::string out = "{\"busy\":";
        out += r.busy() ? "true" : "false";
        out += ",\"phase\":\"";
        out += r.busy() ? r.progress().phase : "";
        out += "\",\"saving_file\":";
        out += state_.cases.writing_file() ? "true" : "false";
        return out + "}";
    }
    const std::string mapped = mapping_automation(state_, command, argument);
    return mapped.empty() ? "null" : mapped;
}

bool App::show_view(std::string_view name) {
    for (int i = 0; i < static_cast<int>(View::count); ++i)
        if (name == view_key(static_cast<View>(i))) {
            state_.view = static_cast<View>(i);
            return true;
        }
    return false;
}

// smooth (issue 9): while a job runs and drawing a frame is expensive (software GL), most frames only step
// the job (FramePacer::should_draw); the platform then skips ImGui and GL for the frame.
bool App::work_frame(bool input_pending) {
    const bool busy = state_.runner.busy();
    if (pacer_.should_draw(platform::now_ms(), busy, input_pending) || state_.theme != theme_mode())
        return false;
    const double t0 = platform::now_ms();
    step_runner(FramePacer::Kind::work);
    platform::trace_span("sv-span runner (work frame)", t0, platform::now_ms());
    state_.cases.step(kJobBudgetMs); // the previous case's file, if it is still being written
    return true;
}

void App::step_runner(FramePacer::Kind kind) {
    CaseRunner& r = state_.runner;
    const double now = platform::now_ms();
    const double budget = pacer_.begin(kind, now);
    // The summary (one unsliced piece) waits for a frame that draws nothing, where drawing is expensive.
    const bool wait = kind == FramePacer::Kind::drawn && r.summary_next() && pacer_.drawing_expensive();
    const CaseRunner::Event event = r.busy() && !wait ? r.step(budget) : CaseRunner::Event::none;
    pacer_.job_done(platform::now_ms() - now);
    switch (event) {
    case CaseRunner::Event::none:
        break;
    case CaseRunner::Event::finished:
        if (r.reworking()) { // app7: relabelled comments or a new lexicon: the same case, labels updated
            const std::string why = corrections_arrived(state_, r);
            case_arrived_ = true;
            platform::load_finished(r.request(), why.empty(), why);
            break;
        }
        state_.cases.finish_save(); // the previous case's file first: it reads that analysis
        state_.current = r.take();
        state_.prep = r.take_prep();
        ++state_.data_version;
        summary_ = r.take_summary(); // smooth: summary() of this case, built by the runner
        summary_version_ = state_.data_version;
        state_.set_brush({});
        state_.open_thread_row = -1;
        state_.view = View::overview;
        state_.show_error = false;
        // views branch: a new case starts with empty inputs (in the UI language) and no notes
        state_.guideline_inputs = GuidelineInputs{};
        state_.guideline_inputs.language = ui_language() == UiLanguage::sv   ? Lang::sv
                                           : ui_language() == UiLanguage::de ? Lang::de
                                                                             : Lang::en;
        state_.inputs_changed();
        state_.annotations.clear();
        case_arrived_ = true;
        mapping_case_arrived(state_, r.reopening(), r.request()); // app6: the column-mapping dialog
        if (r.reopening())                                        // saved cases (issue 7)
            restore_case(state_, r.case_id(), r.take_meta());
        else
            keep_analysed_case(state_);
        platform::load_finished(r.request(), true, "");
        break;
    case CaseRunner::Event::failed:
        if (r.reworking()) { // app7: the case comes back as it is
            const std::string why = corrections_arrived(state_, r);
            platform::load_finished(r.request(), false, why);
            break;
        }
        if (r.reopening())
            case_failed_to_open(state_, r.case_id(), r.error()); // saved cases (issue 7)
        else
            mapping_file_failed(state_, r.request(), r.error()); // app6: a CSV whose columns were not found
        state_.show_error = true;
        platform::load_finished(r.request(), false, r.error().to_string());
        break;
    }
}

void App::handle_keys() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_O, ImGuiInputFlags_RouteGlobal))
        platform::open_file_dialog();
    if (!state_.current || state_.runner.busy()) return;
    if (!io.WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Slash, false)) {
        state_.view = View::comments;
        state_.focus_search = true;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        state_.clear_requested = true;
        if (state_.brush.active()) state_.set_brush({});
        state_.open_thread_row = -1;
    }
}

void App::frame() {
    // The theme switch sets state_.theme; the style changes here, outside any window's pushed colours.
    if (state_.theme != theme_mode()) apply_theme(state_.theme, state_.scale);
    begin_fit_frame(); // polish: the texts shortened in this frame (window.stormvakt.clipped())
    start_pending_corrections(state_); // app7: a relabel or re-score queued in the last frame
    double t = platform::now_ms();
    auto span = [&t](const char* name) { // smooth: spans of the frame in traces (trace_browser.mjs)
        const double now = platform::now_ms();
        platform::trace_span(name, t, now);
        t = now;
    };
    step_runner(FramePacer::Kind::drawn);
    span("sv-span runner");
    if (frames_ >= 2 && !warm_stopped_ && !warm_.done()) { // smooth: compile the load's code while idle
        if (state_.runner.busy() || state_.current)
            warm_stopped_ = true;
        else
            warm_.step(kWarmUpBudgetMs);
    }
    step_window_filter(state_, kWindowBudgetMs); // app6: the brushed range's figures, in slices
    span("sv-span window");
    state_.cases.step(kJobBudgetMs); // a new case's file, written in slices
    span("sv-span case-file");
    handle_keys();
    autosave_case_settings(state_); // saved cases (issue 7)
    span("sv-span autosave");

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##stormvakt", nullptr, flags);
    if (state_.runner.busy()) {
        draw_progress_view(state_);
    } else if (state_.show_error) {
        draw_error_view(state_);
    } else if (!state_.current) {
        draw_welcome_view(state_);
    } else {
        // views branch: the clock times are shown in, and the insights of the case with the team's inputs
        set_display_clock(state_.time_local,
                          state_.time_local ? platform::local_utc_offset_minutes(state_.prep.t_max) : 0);
        // (Not in the frame that took the case over: prepare_case ran in it; an O(n) pass waits a frame.)
        if (follow_ui_language(state_.guideline_inputs, ui_language())) state_.inputs_changed(); // app8
        if (!case_arrived_)
            refresh_insights(state_.insights, *state_.current, state_.prep.situation, state_.guideline_inputs,
                             state_.data_version, state_.inputs_version); // frames: the prep's counts
        span("sv-span insights");
        const float sidebar_w = 210.0f * ui_scale();
        draw_sidebar(state_, sidebar_w);
        ImGui::SameLine(0, 20.0f * ui_scale());
        ImGui::BeginChild("##view", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        draw_case_notices(state_); // saved cases (issue 7)
        switch (state_.view) {
        case View::overview:
            draw_overview_view(state_);
            break;
        case View::timeline:
            draw_timeline_view(state_);
            break;
        case View::comments:
            draw_comments_view(state_);
            break;
        case View::spread:
            draw_spread_view(state_);
            break;
        case View::people:
            draw_people_view(state_);
            break;
        case View::themes:
            draw_themes_view(state_);
            break;
        case View::import:
            draw_import_view(state_);
            break;
        case View::guideline:
            draw_guideline_view(state_);
            break;
        case View::count:
            break;
        }
        ImGui::EndChild();
    }
    if (!state_.runner.busy()) draw_mapping_dialog(state_); // app6: the column-mapping dialog (modal)
    ImGui::End();
    span("sv-span views");
    state_.clear_requested = false;
    case_arrived_ = false;

    // The first frame builds the font atlas; by the second, the welcome screen is on the canvas.
    if (++frames_ == 2) platform::signal_ready();
}

} // namespace sv::app
