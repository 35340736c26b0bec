// corrections_ui.cpp — relabelling comments by hand in the app (issue 7); see corrections_ui.hpp.
//
// [SECTION] Requests and the rework on the open case
// [SECTION] Kept with the case
// [SECTION] Sentiment cell and the "why" tooltip
// [SECTION] Relabel control
// [SECTION] Notice
#include "app/corrections_ui.hpp"

#include "app/app.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"
#include "core/sentiment/scorer.hpp"

#include "imgui.h"

#include <algorithm>
#include <cstdio>
#include <memory>

namespace sv::app {

namespace icon7 {
inline constexpr const char* kEdit = "\uE3C9"; // edit (Material Icons)
} // namespace icon7

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Requests and the rework on the open case
// ---------------------------------------------------------------------------------------------------------
namespace {

// The plan a new change starts from: the queued one, or what the open case has applied.
bool base_plan(AppState& state, uint32_t request, std::string* why) {
    CorrectionsUi& c = state.corr;
    if (c.pending) {
        if (request && c.request) {
            if (why) *why = "another change of this case is still waiting; try again when it is done";
            return false;
        }
        return true;
    }
    if (!state.current || state.runner.busy()) {
        if (why)
            *why = state.current || state.runner.busy()
                       ? "the case is being updated; try again when that is done"
                       : "no case is open";
        return false;
    }
    c.plan = RelabelPlan{};
    c.plan.corrections = state.current->corrections.given;
    c.plan.sentiment.custom_words = state.current->custom_words;
    c.request = 0;
    c.must_exist.clear();
    return true;
}

} // namespace

bool request_relabel(AppState& state, const std::string& key, std::string_view label, std::string_view tag,
                     uint32_t request, std::string* why) {
    LabelCorrection corr;
    corr.id = key;
    const bool take_back = label == "auto" || label == "computed";
    if (key.empty()) {
        if (why) *why = "relabel(id, label): the id is empty";
        return false;
    }
    if (!take_back && !label_from_string(label, corr.label)) {
        if (why)
            *why = "unknown label '" + std::string(label) + "' (use negative, neutral, positive or auto)";
        return false;
    }
    if (!tag_from_string(tag, corr.tag)) {
        if (why)
            *why = "unknown tag '" + std::string(tag) + "' (use emotional, constructive, none or computed)";
        return false;
    }
    if (!base_plan(state, request, why)) return false;
    CorrectionsUi& c = state.corr;
    if (take_back)
        remove_correction(c.plan.corrections, key);
    else
        upsert_correction(c.plan.corrections, corr);
    if (request) {
        c.request = request;
        if (!take_back) c.must_exist = key;
    }
    c.pending = true;
    return true;
}

bool request_lexicon(AppState& state, std::vector<CustomWord> words, uint32_t request, std::string* why) {
    if (!base_plan(state, request, why)) return false;
    CorrectionsUi& c = state.corr;
    c.plan.rescore = true;
    c.plan.sentiment.custom_words = std::move(words);
    if (request) c.request = request;
    c.pending = true;
    return true;
}

void start_pending_corrections(AppState& state) {
    CorrectionsUi& c = state.corr;
    if (!c.pending || state.runner.busy()) return;
    // A case analysed before the saved cases were loaded is saved once they are (App::storage_opened): wait
    // for that, so its file holds the scores as they were, not the relabelled ones.
    if (state.case_save_pending && !state.cases.ready()) return;
    c.pending = false;
    if (!state.current) {
        if (c.request) platform::load_finished(c.request, false, "no case is open");
        c.request = 0;
        return;
    }
    state.cases.finish_save(); // a new case's file may still be reading this analysis
    c.running_rescore = c.plan.rescore;
    state.runner.start_rework(std::move(state.current), std::move(c.plan), c.request);
    c.plan = RelabelPlan{};
    c.request = 0;
}

// Automation (window.stormvakt.relabel / setLexicon / corrections / lexicon).
void App::relabel(std::string id, std::string label, std::string tag, uint32_t request) {
    std::string why;
    if (!request_relabel(state_, id, label, tag, request, &why)) platform::load_finished(request, false, why);
}

void App::set_lexicon(std::string json, uint32_t request) {
    auto words = lexicon_from_text(json);
    if (!words) {
        platform::load_finished(request, false, words.error().to_string());
        return;
    }
    std::string why;
    if (!request_lexicon(state_, std::move(words.value()), request, &why))
        platform::load_finished(request, false, why);
}

std::string App::corrections_json() {
    return sv::app::corrections_json(state_);
}

std::string App::lexicon_json() {
    return sv::app::lexicon_json(state_);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Kept with the case
// ---------------------------------------------------------------------------------------------------------
std::string corrections_arrived(AppState& state, CaseRunner& runner) {
    const bool ok = runner.error().message.empty();
    state.current = runner.take();
    if (ok) state.prep = runner.take_prep();
    ++state.data_version;
    CorrectionsUi& c = state.corr;
    if (!state.current) return runner.error().to_string();
    Analysis& a = *state.current;
    std::string why = ok ? "" : runner.error().to_string();
    // An id automation relabelled that no comment has: say so, and keep no correction for it.
    if (!c.must_exist.empty()) {
        for (const std::string& id : a.corrections.unknown)
            if (id == c.must_exist) {
                why = "no comment has the id '" + id + "'";
                remove_correction(a.corrections.given, id);
            }
        auto& unknown = a.corrections.unknown;
        unknown.erase(std::remove(unknown.begin(), unknown.end(), c.must_exist), unknown.end());
        c.must_exist.clear();
    }
    if (ok && c.running_rescore) { // the banner: how many comments the new lexicon moved
        c.show_result = true;
        c.result_changed = runner.labels_changed();
    }
    c.running_rescore = false;
    // Kept with the case: the settings file gets both lists (a re-opened case applies them again).
    auto& user = state.case_meta.user;
    user["corrections"] = corrections_to_json(a.corrections.given);
    user["lexicon"] = lexicon_to_json(a.custom_words);
    state.case_meta.saved_at = utc_now();
    state.cases.save_settings(state.case_meta);
    return why;
}

RelabelPlan plan_from_user(const nlohmann::ordered_json& user) {
    RelabelPlan plan;
    if (!user.is_object()) return plan;
    if (auto it = user.find("corrections"); it != user.end())
        if (auto list = corrections_from_json(*it)) plan.corrections = std::move(list.value());
    if (auto it = user.find("lexicon"); it != user.end())
        if (auto words = lexicon_from_json(*it)) plan.sentiment.custom_words = std::move(words.value());
    plan.rescore = !plan.sentiment.custom_words.empty();
    return plan;
}

std::string corrections_json(const AppState& state) {
    if (!state.current) return "[]";
    auto j = corrections_to_json(state.current->corrections.given);
    // The rows each one applies to (for the UI and tests): "applied" false for ids no comment has.
    for (auto& e : j) {
        bool unknown = false;
        for (const std::string& id : state.current->corrections.unknown)
            if (e["id"] == id) unknown = true;
        e["applied"] = !unknown;
    }
    return j.dump();
}

std::string lexicon_json(const AppState& state) {
    if (!state.current) return "[]";
    return lexicon_to_json(state.current->custom_words).dump();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Sentiment cell and the "why" tooltip
// ---------------------------------------------------------------------------------------------------------
namespace {

const char* label_name(SentimentLabel l) {
    return tr(l == SentimentLabel::negative   ? Str::label_negative
              : l == SentimentLabel::positive ? Str::label_positive
                                              : Str::label_neutral);
}

ImU32 label_color(SentimentLabel l) {
    const Palette& p = palette();
    return l == SentimentLabel::negative   ? p.negative
           : l == SentimentLabel::positive ? p.positive
                                           : p.neutral;
}

const char* tag_name(CorrectionTag t) {
    switch (t) {
    case CorrectionTag::emotional:
        return tr(Str::tag_emotional);
    case CorrectionTag::constructive:
        return tr(Str::tag_constructive);
    case CorrectionTag::none:
        return tr(Str::tag_none);
    case CorrectionTag::computed:
        break;
    }
    return tr(Str::tag_computed);
}

// A scorer with the open case's lexicon, made when a tooltip first needs it (per data version).
SentimentScorer& explainer(const AppState& state) {
    static std::unique_ptr<SentimentScorer> scorer;
    static uint64_t made_for = ~0ull;
    if (!scorer || made_for != state.data_version) {
        SentimentOptions o;
        o.custom_words = state.current->custom_words;
        scorer = std::make_unique<SentimentScorer>(o);
        made_for = state.data_version;
    }
    return *scorer;
}

void why_tooltip(const AppState& state, uint32_t row) {
    const Analysis& a = *state.current;
    const SentimentColumns& s = a.sentiment;
    const Palette& p = palette();
    const float sc = ui_scale();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(380 * sc);
    char line[512];
    if (const CorrectedRow* c = a.corrections.find(row)) {
        std::snprintf(line, sizeof line, tr(Str::why_set_by_hand_fmt), label_name(c->label),
                      label_name(c->was_label), fmt_dec(c->was_compound, 2).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
        ImGui::TextUnformatted(icon7::kEdit);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextUnformatted(line);
        if (c->tag != CorrectionTag::computed) ImGui::Text("%s: %s", tr(Str::tag_title), tag_name(c->tag));
    } else {
        std::snprintf(line, sizeof line, tr(Str::why_scored_fmt), label_name(s.label[row]),
                      fmt_dec(s.compound[row], 2).c_str());
        ImGui::TextUnformatted(line);
    }
    static std::vector<ScoreDriver> drivers;
    drivers.clear();
    explainer(state).explain(a.comments.text_of(row), drivers, s.language[row]);
    if (drivers.empty()) {
        ImGui::TextDisabled("%s", tr(Str::why_no_words));
    } else {
        ImGui::TextDisabled("%s", tr(Str::why_words));
        for (size_t i = 0; i < drivers.size() && i < 6; ++i) {
            const float v = drivers[i].contribution;
            ImGui::PushStyleColor(ImGuiCol_Text,
                                  ImGui::ColorConvertU32ToFloat4(v < 0 ? p.negative : p.positive));
            ImGui::Text("  %s  %s%s", drivers[i].text.c_str(), v > 0 ? "+" : "", fmt_dec(v, 1).c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace

void draw_sentiment_cell(AppState& state, uint32_t row) {
    const Analysis& a = *state.current;
    if (!a.sentiment.present() || row >= a.sentiment.size()) {
        ImGui::TextDisabled("\u2013");
        return;
    }
    const float s = ui_scale();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float dot = 8 * s;
    const SentimentLabel l = a.sentiment.label[row];
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(pos.x + dot * 0.5f, pos.y + ImGui::GetTextLineHeight() * 0.5f), dot * 0.5f, label_color(l));
    ImGui::Dummy(ImVec2(dot, 0));
    ImGui::SameLine();
    ImGui::TextUnformatted(fmt_dec(a.sentiment.compound[row], 2).c_str());
    if (a.corrections.find(row)) { // the "corrected" mark
        ImGui::SameLine(0, 4 * s);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
        ImGui::TextUnformatted(icon7::kEdit);
        ImGui::PopStyleColor();
    }
    if (ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + width, pos.y + ImGui::GetTextLineHeight())))
        why_tooltip(state, row);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Relabel control
// ---------------------------------------------------------------------------------------------------------
namespace {

// The next choice button on the same line when it fits before `right` (the line's end), else on a new line.
void next_in_row(const char* label, bool dot, float right) {
    const float s = ui_scale();
    const float gap = 4 * s;
    const float w = ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x + (dot ? 16 * s : 0);
    if (ImGui::GetItemRectMax().x + gap + w <= right) ImGui::SameLine(0, gap);
}

bool choice_button(const char* label, bool on, ImU32 dot_color) {
    const Palette& p = palette();
    const float s = ui_scale();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(on ? p.accent_soft : p.surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.surface_hover));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(on ? p.text : p.text_muted));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(on ? p.accent : p.border));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 20 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    char text[128];
    std::snprintf(text, sizeof text, dot_color ? "    %s" : "%s", label);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Button(text);
    if (dot_color) {
        const float r = 4 * s;
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(at.x + ImGui::GetStyle().FramePadding.x + r + 1 * s, (min.y + max.y) * 0.5f), r,
            dot_color);
    }
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(4);
    return clicked;
}

} // namespace

void draw_relabel_control(AppState& state, uint32_t row) {
    const Analysis& a = *state.current;
    if (!a.sentiment.present() || row >= a.sentiment.size()) return;
    const std::string key = correction_key(a.comments, row);
    const CorrectedRow* c = a.corrections.find(row);
    const SentimentLabel now = a.sentiment.label[row];
    const CorrectionTag tag = c ? c->tag : CorrectionTag::computed;
    bool changed = false;
    ImGui::PushID("relabel");
    ImGui::PushID(static_cast<int>(row));
    ImGui::TextDisabled("%s", tr(Str::relabel_title));
    if (c) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
        ImGui::Text("%s %s", icon7::kEdit, tr(Str::corrected_mark));
        ImGui::PopStyleColor();
    }
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    const SentimentLabel labels[3] = {SentimentLabel::negative, SentimentLabel::neutral,
                                      SentimentLabel::positive};
    for (int i = 0; i < 3; ++i) {
        if (i) next_in_row(label_name(labels[i]), true, right);
        ImGui::PushID(i);
        if (choice_button(label_name(labels[i]), now == labels[i], label_color(labels[i])) &&
            !(c && c->label == labels[i]))
            changed = request_relabel(state, key, to_string(labels[i]), to_string(tag), 0, nullptr);
        ImGui::PopID();
    }
    ImGui::TextDisabled("%s", tr(Str::tag_title));
    const CorrectionTag tags[4] = {CorrectionTag::computed, CorrectionTag::emotional,
                                   CorrectionTag::constructive, CorrectionTag::none};
    for (int i = 0; i < 4; ++i) {
        if (i) next_in_row(tag_name(tags[i]), false, right);
        ImGui::PushID(10 + i);
        if (choice_button(tag_name(tags[i]), tag == tags[i], 0) && tag != tags[i])
            changed = request_relabel(state, key, to_string(now), to_string(tags[i]), 0, nullptr);
        ImGui::PopID();
    }
    if (c) {
        char text[160];
        std::snprintf(text, sizeof text, "%s  %s", "\uE166", tr(Str::relabel_reset)); // undo
        if (ImGui::SmallButton(text)) changed = request_relabel(state, key, "auto", "", 0, nullptr);
    }
    ImGui::PopID();
    ImGui::PopID();
    if (changed && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) ImGui::CloseCurrentPopup();
}

void relabel_context_menu(AppState& state, uint32_t row) {
    if (!state.current || !state.current->sentiment.present()) return;
    if (ImGui::BeginPopupContextItem("##relabel_menu")) {
        draw_relabel_control(state, row);
        ImGui::EndPopup();
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Notice
// ---------------------------------------------------------------------------------------------------------
void draw_corrections_notice(AppState& state) {
    CorrectionsUi& c = state.corr;
    if (!state.current || !c.show_result) return;
    const Palette& p = palette();
    char text[256];
    std::snprintf(text, sizeof text, tr(Str::rescore_result_fmt),
                  fmt_int(static_cast<int64_t>(c.result_changed)).c_str());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::BeginChild("##rescore_result", ImVec2(0, 0),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Str::dismiss))) c.show_result = false;
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

} // namespace sv::app
