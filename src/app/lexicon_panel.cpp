// lexicon_panel.cpp — the case's custom lexicon (issue 7): a "Lexicon" button in the Comments view opens a
// panel to add, edit and remove words (weight slider -4..4, one language or all). "Re-score" scores every
// comment again with them, then everything after scoring (sv::RelabelJob through the CaseRunner, in
// slices: the frame never waits), and the banner says how many comments changed label. The words are kept
// with the case (corrections_ui.cpp).
#include "app/app.hpp"
#include "app/corrections_ui.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace sv::app {
namespace {

// The languages a word can be limited to (index 0 = all languages).
constexpr Lang kLangs[] = {Lang::unknown, Lang::en, Lang::sv, Lang::de, Lang::da,
                           Lang::no,      Lang::nl, Lang::fr, Lang::es, Lang::fi};
constexpr int kLangCount = static_cast<int>(sizeof(kLangs) / sizeof(kLangs[0]));

std::string lang_item(Lang l) {
    return l == Lang::unknown ? std::string(tr(Str::lexicon_all_languages)) : std::string(lang_code(l));
}

bool lang_combo(const char* id, Lang& lang, float width) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, lang_item(lang).c_str())) {
        for (int i = 0; i < kLangCount; ++i) {
            if (ImGui::Selectable(lang_item(kLangs[i]).c_str(), lang == kLangs[i])) {
                lang = kLangs[i];
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool same_words(const std::vector<CustomWord>& x, const std::vector<CustomWord>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i].word != y[i].word || x[i].valence != y[i].valence || x[i].lang != y[i].lang) return false;
    return true;
}

} // namespace

void lexicon_button(AppState& state) {
    char label[96];
    std::snprintf(label, sizeof label, "%s  %s", "\uE8CE", tr(Str::lexicon_button)); // spellcheck
    if (ImGui::Button(label)) state.corr.lexicon_open = true;
    if (state.current && !state.current->custom_words.empty()) {
        ImGui::SameLine();
        char note[96];
        std::snprintf(note, sizeof note, tr(Str::lexicon_words_fmt),
                      fmt_int(static_cast<int64_t>(state.current->custom_words.size())).c_str());
        ImGui::TextDisabled("%s", note);
    }
}

void draw_lexicon_panel(AppState& state) {
    CorrectionsUi& c = state.corr;
    if (!state.current) return;
    const char* popup_id = "##lexicon_panel";
    if (c.lexicon_open && !ImGui::IsPopupOpen(popup_id)) {
        ImGui::OpenPopup(popup_id);
        c.draft = state.current->custom_words; // edit a copy of what the case has
        c.draft_for = state.data_version;
    }
    const float s = ui_scale();
    const Palette& p = palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(620.0f * s, vp->WorkSize.x - 40 * s);
    ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.18f),
        ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20 * s, 18 * s));
    const bool shown = ImGui::BeginPopupModal(popup_id, nullptr,
                                              ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!shown) {
        c.lexicon_open = false;
        return;
    }
    section_title(state.fonts.bold, tr(Str::lexicon_title));
    wrapped_text(tr(Str::lexicon_detail), p.text_muted);
    ImGui::Spacing();

    const float lang_w = 130 * s, remove_w = ImGui::GetFrameHeight() + 8 * s;
    const float slider_w = 170 * s;
    // The words
    if (c.draft.empty()) {
        ImGui::TextDisabled("%s", tr(Str::lexicon_empty));
    } else if (ImGui::BeginTable("##words", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(Str::lexicon_col_word), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::lexicon_col_weight), ImGuiTableColumnFlags_WidthFixed, slider_w);
        ImGui::TableSetupColumn(tr(Str::lexicon_col_lang), ImGuiTableColumnFlags_WidthFixed, lang_w);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, remove_w);
        ImGui::TableHeadersRow();
        size_t remove = c.draft.size();
        for (size_t i = 0; i < c.draft.size(); ++i) {
            CustomWord& word = c.draft[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(word.word.c_str());
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(slider_w);
            ImGui::SliderFloat("##valence", &word.valence, -4.0f, 4.0f, "%+.1f");
            word.valence = std::round(word.valence * 10.0f) / 10.0f;
            ImGui::TableNextColumn();
            lang_combo("##lang", word.lang, lang_w);
            ImGui::TableNextColumn();
            if (ImGui::Button("\uE872")) remove = i; // delete
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::lexicon_remove));
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (remove < c.draft.size()) c.draft.erase(c.draft.begin() + static_cast<std::ptrdiff_t>(remove));
    }

    // A new word
    ImGui::Spacing();
    const float add_w = ImGui::CalcTextSize(tr(Str::lexicon_add)).x + 2 * ImGui::GetStyle().FramePadding.x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - slider_w - lang_w - add_w - 3 * gap);
    const bool enter = ImGui::InputTextWithHint("##new_word", tr(Str::lexicon_word_hint), c.new_word,
                                                sizeof c.new_word, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(slider_w);
    ImGui::SliderFloat("##new_valence", &c.new_valence, -4.0f, 4.0f, "%+.1f");
    c.new_valence = std::round(c.new_valence * 10.0f) / 10.0f;
    ImGui::SameLine();
    Lang new_lang = kLangs[std::clamp(c.new_lang, 0, kLangCount - 1)];
    if (lang_combo("##new_lang", new_lang, lang_w))
        for (int i = 0; i < kLangCount; ++i)
            if (kLangs[i] == new_lang) c.new_lang = i;
    ImGui::SameLine();
    std::string_view typed = c.new_word;
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    ImGui::BeginDisabled(typed.empty());
    if ((ImGui::Button(tr(Str::lexicon_add)) || enter) && !typed.empty()) {
        CustomWord w{std::string(typed), c.new_valence, new_lang};
        bool replaced = false;
        for (CustomWord& x : c.draft)
            if (x.word == w.word && x.lang == w.lang) {
                x = w;
                replaced = true;
            }
        if (!replaced) c.draft.push_back(std::move(w));
        c.new_word[0] = 0;
    }
    ImGui::EndDisabled();

    // Apply / close
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const bool dirty = !same_words(c.draft, state.current->custom_words);
    ImGui::BeginDisabled(!dirty);
    const bool rescore = primary_button("\uE5D5", tr(Str::lexicon_rescore)); // refresh
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(18.0f * s, 10.0f * s)); // as tall as Re-score
    const bool close = ImGui::Button(tr(Str::close)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    ImGui::PopStyleVar();
    if (dirty) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.warning));
        ImGui::TextUnformatted(tr(Str::lexicon_unapplied));
        ImGui::PopStyleColor();
    }
    if (rescore && dirty) request_lexicon(state, c.draft, 0, nullptr);
    if (close || (rescore && dirty)) {
        c.lexicon_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace sv::app
