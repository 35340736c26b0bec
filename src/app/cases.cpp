// cases.cpp — the app's side of saved cases (issue 7): what happens when a case arrives or fails, the
// automation calls (window.stormvakt.cases/openCase/deleteCase), settings autosave, and the notices drawn
// over an open case (save failed + Export, open in another tab).
//
// [SECTION] Platform answers (App hooks)
// [SECTION] A case arrives: keep it (new) or restore it (re-opened)
// [SECTION] Settings autosave
// [SECTION] Notices over the open case
#include "app/app.hpp"
#include "app/exports.hpp"
#include "app/i18n.hpp"
#include "app/theme.hpp"
#include "core/case/pseudonymise.hpp"

#include "imgui.h"

#include <cstdio>

namespace sv::app {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Platform answers (App hooks)
// ---------------------------------------------------------------------------------------------------------

void App::storage_opened(bool ok, std::string message) {
    state_.cases.opened(ok, message);
    if (state_.case_save_pending && state_.current) state_.cases.save_new(*state_.current, state_.case_meta);
    state_.case_save_pending = false;
}
void App::storage_saved(bool ok, std::string kind, std::string message) {
    state_.cases.saved(ok, kind, message);
}
void App::storage_refreshed() {
    state_.cases.refresh();
}
void App::storage_estimate(double usage, double quota, bool persisted) {
    state_.cases.estimate(usage, quota, persisted);
}
void App::case_locked(std::string id, bool granted) {
    state_.cases.locked(id, granted);
}
std::string App::cases_json() {
    return state_.cases.cases_json();
}
void App::open_case(std::string id, uint32_t request) {
    std::string why;
    if (!open_saved_case(state_, id, request, &why)) platform::load_finished(request, false, why);
}
std::string App::delete_case(std::string id) {
    if (state_.cases.current() == id) close_case(state_);
    Status st = state_.cases.remove(id);
    return st ? "" : st.error().to_string();
}
std::string App::case_status_json() {
    if (!state_.current) return "null";
    static constexpr const char* kLock[] = {"none", "waiting", "held", "elsewhere"};
    const CaseStore& c = state_.cases;
    nlohmann::json j;
    j["id"] = c.current();
    j["lock"] = kLock[static_cast<int>(c.lock())];
    j["save_error"] = c.save_error();
    j["save_error_kind"] = c.save_error_kind();
    return j.dump();
}

void App::import_option(std::string_view key, bool value) {
    if (key == "pseudonymise") state_.pseudonymise_next = value ? 1 : 0;
}

bool open_saved_case(AppState& state, const std::string& id, uint32_t request, std::string* why) {
    if (!state.cases.ready()) {
        if (why) *why = "the saved cases are still being opened; try again in a moment";
        return false;
    }
    const CaseInfo* info = state.cases.find(id);
    auto bytes = state.cases.open_case_file(id); // read piece by piece while it re-opens
    if (!info || !bytes) {
        if (why) *why = bytes ? "there is no case '" + id + "'" : bytes.error().to_string();
        return false;
    }
    // app7: the case's relabelled comments and lexicon, as last saved, are applied while it re-opens.
    RelabelPlan plan = plan_from_user(state.cases.read_user(id));
    const bool corrected = plan.rescore || !plan.corrections.empty();
    const uint32_t dropped =
        corrected
            ? state.runner.start_reopen(id, info->name, std::move(bytes.value()), request, std::move(plan))
            : state.runner.start_reopen(id, info->name, std::move(bytes.value()), request);
    if (dropped) platform::load_finished(dropped, false, "replaced by a saved case before it finished");
    state.show_error = false;
    return true;
}

void close_case(AppState& state) {
    state.cases.finish_save(); // a case still being written reads the analysis closed here
    state.cases.set_current("");
    state.current.reset();
    state.prep = CasePrep{};
    ++state.data_version;
    state.set_brush({});
    state.open_thread_row = -1;
    state.case_meta = CaseMeta{};
    state.case_save_pending = false;
    state.case_settings_key.clear();
    state.case_settings_dirty_ms = 0;
    state.corr = CorrectionsUi{}; // app7
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] A case arrives
// ---------------------------------------------------------------------------------------------------------
namespace {

std::string case_name_for(const std::string& file_name) {
    const size_t dot = file_name.find_last_of('.');
    std::string name = dot == std::string::npos || dot == 0 ? file_name : file_name.substr(0, dot);
    return name.empty() ? "case" : name;
}

// The settings the app saves with a case, as one JSON value (view, brushed range, ImGui layout).
nlohmann::ordered_json view_settings(const AppState& state) {
    nlohmann::ordered_json v;
    v["view"] = view_key(state.view);
    v["brush"] = {state.brush.from, state.brush.to};
    size_t ini_size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&ini_size);
    v["layout"] = std::string(ini ? ini : "", ini_size);
    // The team's inputs (issue 8: brand, mission, origin choice, responder, channel, language, time zone)
    // and their notes on the timeline.
    v["guideline"] =
        nlohmann::ordered_json::parse(guideline_inputs_to_json(state.guideline_inputs), nullptr, false);
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const Annotation& a : state.annotations.items) notes.push_back({{"at", a.at}, {"text", a.text}});
    v["notes"] = std::move(notes);
    return v;
}

} // namespace

std::string next_pseudonymise_salt(AppState& state) {
    const bool on = state.pseudonymise_next >= 0 ? state.pseudonymise_next != 0 : state.pseudonymise;
    state.pseudonymise_next = -1;
    // A salt of 16 random bytes from the platform's cryptographic generator, kept only in this case.
    state.pseudonymise_salt = on ? to_hex(platform::random_bytes(16)) : "";
    return state.pseudonymise_salt;
}

void keep_analysed_case(AppState& state) {
    Analysis& a = *state.current;
    state.corr = CorrectionsUi{}; // app7: a new case starts without corrections
    CaseMeta meta;
    meta.name = case_name_for(a.source_name);
    meta.saved_at = utc_now();
    if (!state.pseudonymise_salt.empty()) { // AnalyzeJob pseudonymised the authors right after import
        meta.user["pseudonymised"] = true;
        meta.user["pseudonym_salt"] = state.pseudonymise_salt;
    }
    meta.user["settings"] = view_settings(state);
    state.case_meta = meta;
    state.case_settings_key = meta.user["settings"].dump();
    state.case_settings_dirty_ms = 0;
    if (!state.cases.ready()) { // the saved cases are still loading: save once they are there
        state.case_save_pending = true;
        return;
    }
    const double t0 = platform::now_ms();
    state.cases.save_new(a, meta); // on failure the notice offers Export; the case stays open
    a.timings_ms["save_case"] = platform::now_ms() - t0;
}

void restore_case(AppState& state, const std::string& id, CaseMeta meta) {
    state.corr = CorrectionsUi{}; // app7 (the corrections were applied while the case re-opened)
    state.case_meta = std::move(meta);
    // The settings as last saved (the case file holds those of its first save).
    if (auto user = state.cases.read_user(id); !user.empty()) state.case_meta.user = std::move(user);
    const auto& user = state.case_meta.user;
    if (auto it = user.find("settings"); it != user.end() && it->is_object()) {
        const auto& v = *it;
        if (auto view = v.find("view"); view != v.end() && view->is_string())
            for (int i = 0; i < static_cast<int>(View::count); ++i)
                if (view->get<std::string>() == view_key(static_cast<View>(i)))
                    state.view = static_cast<View>(i);
        if (auto b = v.find("brush");
            b != v.end() && b->is_array() && b->size() == 2 && (*b)[0].is_number() && (*b)[1].is_number())
            state.set_brush({(*b)[0].get<int64_t>(), (*b)[1].get<int64_t>()});
        if (auto l = v.find("layout"); l != v.end() && l->is_string() && !l->get<std::string>().empty()) {
            const std::string& ini = l->get_ref<const std::string&>();
            ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());
        }
        if (auto g = v.find("guideline"); g != v.end() && g->is_object()) {
            auto inputs = guideline_inputs_from_json(g->dump());
            if (inputs) {
                state.guideline_inputs = inputs.value();
                state.inputs_changed();
            }
        }
        if (auto n = v.find("notes"); n != v.end() && n->is_array()) {
            state.annotations.clear();
            for (const auto& note : *n)
                if (note.is_object() && note.contains("at") && note["at"].is_number_integer() &&
                    note.contains("text") && note["text"].is_string())
                    state.annotations.add(note["at"].get<int64_t>(), note["text"].get<std::string>());
        }
    }
    state.case_settings_key = view_settings(state).dump();
    state.case_settings_dirty_ms = 0;
    state.cases.set_current(id);
}

void case_failed_to_open(AppState& state, const std::string& id, const Error& error) {
    if (error.kind == "case_damaged" || error.kind == "case_version") state.cases.report_damaged(id, error);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Settings autosave
// ---------------------------------------------------------------------------------------------------------

void autosave_case_settings(AppState& state) {
    constexpr double kQuietMs = 1000.0; // save once the settings have stopped changing for this long
    if (!state.current || state.runner.busy() || !state.cases.writable()) return;
    if (ImGui::GetFrameCount() % 15 != 0) return; // a cheap check, four times a second
    const std::string key = view_settings(state).dump();
    const double now = platform::now_ms();
    if (key == state.case_settings_key) {
        state.case_settings_dirty_ms = 0;
        return;
    }
    if (state.case_settings_dirty_ms == 0) {
        state.case_settings_dirty_ms = now;
        return;
    }
    if (now - state.case_settings_dirty_ms < kQuietMs) return;
    state.case_meta.user["settings"] = nlohmann::ordered_json::parse(key, nullptr, false);
    state.case_meta.saved_at = utc_now();
    state.cases.save_settings(state.case_meta);
    state.case_settings_key = key;
    state.case_settings_dirty_ms = 0;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Notices over the open case
// ---------------------------------------------------------------------------------------------------------
namespace {

void banner(ImU32 color, const char* text) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color));
    ImGui::BeginChild(text, ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void end_banner() {
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

} // namespace

void draw_case_notices(AppState& state) {
    if (!state.current) return;
    const Palette& p = palette();
    CaseStore& cases = state.cases;
    if (cases.save_failed()) {
        char text[1024];
        std::snprintf(text, sizeof text, tr(Str::notice_save_failed_fmt), cases.save_error().c_str());
        banner(p.negative, text);
        if (ImGui::Button(tr(Str::export_scored_csv))) download_scored_csv(*state.current);
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::dismiss))) cases.dismiss_save_error();
        end_banner();
    }
    if (cases.lock() == CaseStore::Lock::elsewhere) {
        banner(p.accent, tr(Str::notice_other_tab));
        end_banner();
    }
    draw_corrections_notice(state); // app7: after a re-score, how many comments changed label
}

} // namespace sv::app
