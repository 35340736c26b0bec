// guideline_view.cpp — the first response guideline (issue 8): the team's inputs (brand, mission, origin
// pre-filled with the analytics module's guess, who responds, channel, language, time zone), the response
// window countdown, the full ordered list of actions with why and by when, and the downloads (brief as HTML
// and Markdown, scored comments CSV, metrics JSON).
//
// [SECTION] Inputs
// [SECTION] View
#include "app/exports.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/insight_widgets.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"
#include "platform/platform.hpp"

#include "imgui.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

namespace sv::app {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Inputs
// ---------------------------------------------------------------------------------------------------------

// Edit buffers for the text inputs, loaded from AppState::guideline_inputs whenever they change elsewhere.
struct InputBuffers {
    char brand[256] = "";
    char mission[1024] = "";
    char responder[256] = "";
    char channel[256] = "";
    uint64_t loaded_for = ~0ull; // inputs_version the buffers hold
};

void load(InputBuffers& b, const GuidelineInputs& in) {
    auto copy = [](char* dst, size_t n, const std::string& src) {
        const size_t k = std::min(n - 1, src.size());
        std::memcpy(dst, src.data(), k);
        dst[k] = '\0';
    };
    copy(b.brand, sizeof b.brand, in.brand);
    copy(b.mission, sizeof b.mission, in.mission);
    copy(b.responder, sizeof b.responder, in.responder);
    copy(b.channel, sizeof b.channel, in.channel);
}

Str origin_label(OriginType o) {
    switch (o) {
    case OriginType::external_event:
        return Str::origin_external;
    case OriginType::internal_leak:
        return Str::origin_leak;
    case OriginType::own_post:
        return Str::origin_own_post;
    case OriginType::unknown:
        break;
    }
    return Str::origin_unknown;
}

// A labelled single-line input; stores into `target` when the edit is finished. True when it changed.
bool text_field(const char* label, const char* hint, char* buf, size_t size, std::string& target,
                float width) {
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(width);
    ImGui::PushID(label);
    ImGui::InputTextWithHint("##in", hint, buf, size);
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    ImGui::PopID();
    if (done && target != buf) {
        target = buf;
        return true;
    }
    return false;
}

void inputs_panel(AppState& state, InputBuffers& b, float width) {
    GuidelineInputs& in = state.guideline_inputs;
    const Analysis& a = *state.current;
    const float s = ui_scale();
    const float w = width - 28 * s;
    bool changed = false;
    section_title(state.fonts.bold, tr(Str::inputs_title));
    wrapped_text(tr(Str::inputs_help), palette().text_muted);
    changed |=
        text_field(tr(Str::input_brand), tr(Str::input_brand_hint), b.brand, sizeof b.brand, in.brand, w);
    ImGui::TextUnformatted(tr(Str::input_mission));
    ImGui::PushID("mission");
    ImGui::InputTextMultiline("##in", b.mission, sizeof b.mission, ImVec2(w, 64 * s));
    if (ImGui::IsItemDeactivatedAfterEdit() && in.mission != b.mission) {
        in.mission = b.mission;
        changed = true;
    }
    ImGui::PopID();

    // Origin: the analytics module's guess until the team chooses.
    ImGui::TextUnformatted(tr(Str::input_origin));
    const OriginType guess = a.analytics.origin.guess;
    const OriginType current = in.origin_set ? in.origin : guess;
    std::string preview = tr(origin_label(current));
    if (!in.origin_set) preview += std::string("  (") + tr(Str::origin_guess) + ")";
    ImGui::SetNextItemWidth(w);
    if (ImGui::BeginCombo("##origin", preview.c_str())) {
        const OriginType all[] = {OriginType::own_post, OriginType::internal_leak, OriginType::external_event,
                                  OriginType::unknown};
        for (OriginType o : all) {
            std::string item = tr(origin_label(o));
            if (o == guess) item += std::string("  (") + tr(Str::origin_guess) + ")";
            if (ImGui::Selectable(item.c_str(), o == current)) {
                in.origin_set = true;
                in.origin = o;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    if (!in.origin_set && !a.analytics.origin.reason.empty()) // codes: in the UI language
        wrapped_text(reason_or(a.analytics.origin.why, a.analytics.origin.reason).c_str(),
                     palette().text_muted);

    changed |= text_field(tr(Str::input_responder), tr(Str::input_responder_hint), b.responder,
                          sizeof b.responder, in.responder, w);
    changed |= text_field(tr(Str::input_channel), tr(Str::input_channel_hint), b.channel, sizeof b.channel,
                          in.channel, w);

    // Language of the guideline and the brief.
    ImGui::TextUnformatted(tr(Str::input_language));
    const Lang langs[] = {Lang::en, Lang::sv, Lang::de};
    const UiLanguage names[] = {UiLanguage::en, UiLanguage::sv, UiLanguage::de};
    // app8: "as the app" (the default) follows the UI language; a language picked here stays.
    char follow[120];
    std::snprintf(follow, sizeof follow, tr(Str::guideline_lang_follow_fmt), tr(Str::language_name));
    if (ImGui::RadioButton(follow, !in.language_chosen)) {
        in.language_chosen = false;
        in.language = lang_of(ui_language());
        changed = true;
    }
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(tr_in(names[i], Str::language_name),
                               in.language_chosen && in.language == langs[i])) {
            in.language = langs[i];
            in.language_chosen = true;
            changed = true;
        }
    }
    // Time zone: the computer's, or UTC.
    const int32_t here = platform::local_utc_offset_minutes(state.prep.t_max);
    char tz[160];
    std::snprintf(tz, sizeof tz, tr(Str::input_timezone_fmt), fmt_offset(here).c_str());
    bool use_local = in.utc_offset_set;
    if (ImGui::Checkbox(tz, &use_local)) {
        in.utc_offset_set = use_local;
        in.utc_offset_minutes = use_local ? here : 0;
        changed = true;
    }
    if (changed) {
        state.inputs_changed();
        b.loaded_for = state.inputs_version; // the buffers already hold the new text
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] View
// ---------------------------------------------------------------------------------------------------------
void draw_guideline_view(AppState& state) {
    static InputBuffers buffers;
    const Analysis& a = *state.current;
    const float s = ui_scale();
    if (buffers.loaded_for != state.inputs_version) {
        load(buffers, state.guideline_inputs);
        buffers.loaded_for = state.inputs_version;
    }
    view_title(state.fonts.bold, tr(Str::nav_guideline), tr(Str::guideline_help));
    draw_window_chip(state, true);       // the guideline is about the whole storm, now
    if (!state.insights_ready()) return; // built in the frame after a case arrives (app.cpp)

    // Downloads
    char label[160];
    std::snprintf(label, sizeof label, "\uE2C4  %s", tr(Str::download_brief_html));
    if (ImGui::Button(label)) download_brief(a, state.insights, true, platform::wall_clock_seconds());
    ImGui::SameLine();
    std::snprintf(label, sizeof label, "\uE2C4  %s", tr(Str::download_brief_md));
    if (ImGui::Button(label)) download_brief(a, state.insights, false, platform::wall_clock_seconds());
    ImGui::SameLine();
    std::snprintf(label, sizeof label, "\uE2C4  %s", tr(Str::download_csv));
    if (ImGui::Button(label)) download_scored_csv(a);
    ImGui::SameLine();
    std::snprintf(label, sizeof label, "\uE2C4  %s", tr(Str::download_json));
    if (ImGui::Button(label)) download_metrics_json(a);
    ImGui::Dummy(ImVec2(0, 4 * s));

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float left_w = std::min(420.0f * s, avail * 0.38f);
    const float right_w = avail - left_w - gap;

    ImGui::BeginGroup();
    begin_panel("##gl_window", left_w);
    section_title(state.fonts.bold, tr(Str::window_title));
    countdown_widget(state, state.insights.situation, ImGui::GetContentRegionAvail().x);
    end_panel();
    begin_panel("##gl_inputs", left_w);
    inputs_panel(state, buffers, left_w);
    end_panel();
    ImGui::EndGroup();
    ImGui::SameLine();

    begin_panel("##gl_items", right_w);
    char title[160];
    std::snprintf(title, sizeof title, tr(Str::guideline_items_fmt),
                  static_cast<int>(state.insights.guideline.items.size()));
    section_title(state.fonts.bold, title);
    ImGui::Dummy(ImVec2(0, 4 * s));
    guideline_items(state, state.insights.guideline, 0);
    end_panel();
}

} // namespace sv::app
