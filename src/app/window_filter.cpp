// window_filter.cpp — the brushed range's figures, computed in slices, and the chip (window_filter.hpp).
#include "app/window_filter.hpp"

#include "app/app.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "core/analytics/analytics_report_parts.hpp"
#include "core/time/timestamp.hpp"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace sv::app {

void step_window_filter(AppState& state, double budget_ms) {
    WindowFilter& w = state.window;
    const bool wanted = state.current && state.brush.active() && !state.runner.busy();
    if (!wanted) {
        w.job.reset(); // (a job never outlives the analysis it reads: a new case bumps data_version first)
        w.job_data = w.job_filter = ~0ull;
        return;
    }
    const bool have = w.figures && w.for_data == state.data_version && w.for_filter == state.filter_version;
    const bool running = w.job && w.job_data == state.data_version && w.job_filter == state.filter_version;
    if (have) return;
    if (!running) {
        AnalyticsOptions options; // the range's gauge: at most kWindowHawkesMaxEvents comments
        options.hawkes_max_events = kWindowHawkesMaxEvents;
        w.job = std::make_unique<WindowFiguresJob>(*state.current,
                                                   TimeWindow{state.brush.from, state.brush.to}, options);
        w.job_data = state.data_version;
        w.job_filter = state.filter_version;
        w.job_ms = 0;
        w.job_frames = 0;
        w.job_step_max_ms = 0;
    }
    const double start = clock_ms();
    const StepResult r = w.job->step(budget_ms);
    const double took = clock_ms() - start;
    w.job_ms += took;
    w.job_step_max_ms = std::max(w.job_step_max_ms, took);
    ++w.job_frames;
    if (r == StepResult::more) return;
    w.figures = std::make_unique<WindowFigures>(std::move(w.job->result()));
    w.for_data = w.job_data;
    w.for_filter = w.job_filter;
    w.job.reset();
}

const WindowFigures* window_figures(const AppState& state) {
    const WindowFilter& w = state.window;
    if (!state.brush.active() || !w.figures) return nullptr;
    if (w.for_data != state.data_version || w.for_filter != state.filter_version) return nullptr;
    return w.figures.get();
}

bool window_updating(const AppState& state) {
    return state.brush.active() && !window_figures(state);
}

void draw_window_chip(AppState& state, bool whole_file) {
    if (!state.brush.active()) return;
    const Palette& p = palette();
    const float s = ui_scale();
    const std::string range = fmt_date_time(shown(state.brush.from)) + " \u2013 " +
                              fmt_date_time(shown(state.brush.to)) + " " + clock_label();
    char text[256];
    std::snprintf(text, sizeof text, tr(whole_file ? Str::window_chip_whole_file_fmt : Str::window_chip_fmt),
                  range.c_str());
    const char* clear = tr(Str::window_chip_clear);
    const char* updating = window_updating(state) && !whole_file ? tr(Str::window_updating) : nullptr;
    const ImVec2 pad(10 * s, 4 * s);
    const ImVec2 ts = ImGui::CalcTextSize(text);
    const ImVec2 cs = ImGui::CalcTextSize(clear);
    const float gap = 12 * s;
    const float w = pad.x * 2 + ts.x + gap + cs.x + (updating ? gap + ImGui::CalcTextSize(updating).x : 0);
    const float h = ts.y + pad.y * 2;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), (p.accent & 0x00FFFFFFu) | (0x30u << IM_COL32_A_SHIFT),
                      h * 0.5f);
    dl->AddRect(a, ImVec2(a.x + w, a.y + h), p.accent, h * 0.5f, 0, 1.0f * s);
    dl->AddText(ImVec2(a.x + pad.x, a.y + pad.y), p.text, text);
    float x = a.x + pad.x + ts.x + gap;
    if (updating) {
        dl->AddText(ImVec2(x, a.y + pad.y), p.warning, updating);
        x += ImGui::CalcTextSize(updating).x + gap;
    }
    // "Clear": a link-like button that drops the brush.
    ImGui::SetCursorScreenPos(ImVec2(x, a.y + pad.y));
    ImGui::PushID("##window_chip");
    if (ImGui::InvisibleButton("clear", cs)) state.set_brush({});
    const bool hot = ImGui::IsItemHovered();
    ImGui::PopID();
    dl->AddText(ImVec2(x, a.y + pad.y), hot ? p.text : p.accent, clear);
    dl->AddLine(ImVec2(x, a.y + pad.y + cs.y), ImVec2(x + cs.x, a.y + pad.y + cs.y), hot ? p.text : p.accent,
                1.0f * s);
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(ImVec2(w, h));
}

std::string window_summary_json(const AppState& state) {
    if (!state.current || !state.brush.active()) return "null";
    const WindowFigures* f = window_figures(state);
    if (!f) {
        Json j = Json::object();
        j["updating"] = true;
        j["from"] = format_iso8601_utc(state.brush.from);
        j["to"] = format_iso8601_utc(state.brush.to);
        return j.dump();
    }
    Json j = window_figures_report(*state.current, *f);
    j["updating"] = false;
    j["job_ms"] = state.window.job_ms;
    j["job_frames"] = state.window.job_frames;
    j["job_step_max_ms"] = state.window.job_step_max_ms;
    return j.dump();
}

} // namespace sv::app
