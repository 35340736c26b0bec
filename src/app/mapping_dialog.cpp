// mapping_dialog.cpp — the column-mapping dialog (mapping_dialog.hpp).
//
// [SECTION] Arrival      keeping the file's head, building the preview when the case arrives
// [SECTION] Dialog       combos, preview table, --map line, buttons
// [SECTION] Automation   window.stormvakt's mapping commands
#include "app/mapping_dialog.hpp"

#include "app/app.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/reason_text.hpp"
#include "app/widgets.hpp"
#include "core/import/head_keeping_source.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/time/timestamp.hpp"

#include "imgui.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace sv::app {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Arrival
// ---------------------------------------------------------------------------------------------------------
void mapping_file_received(AppState& state, const std::string& name, std::unique_ptr<ByteSource>& source,
                           AnalyzeOptions& options) {
    MappingState& m = state.mapping;
    m.head.clear();
    m.head_capture = std::make_shared<std::vector<char>>();
    // The preview's bytes: the first kHeadBytes of the file as the import reads them (core/import).
    source =
        std::make_unique<HeadKeepingSource>(std::move(source), MappingPreview::kHeadBytes, m.head_capture);
    m.head_name = name;
    m.importing = m.next;
    m.next.clear();
    // The dialog's (or loadFile's) mapping; the page may have given the same one with the file already.
    if (!m.importing.empty()) {
        std::vector<std::string> mine = split_mapping_spec(m.importing);
        for (const std::string& e : options.import.mapping) // keep a date_order= the page added
            if (e.rfind("date_order=", 0) == 0) mine.push_back(e);
        options.import.mapping = std::move(mine);
    }
}

void mapping_case_arrived(AppState& state, bool reopened, uint32_t request) {
    MappingState& m = state.mapping;
    m.open = false;
    m.message.clear();
    if (reopened) {
        m.preview = MappingPreview{};
        m.preview.why_not = tr(Str::mapping_saved_case);
        m.applied.clear();
        return;
    }
    m.applied = m.importing;
    if (m.head_capture) m.head = *m.head_capture;
    open_mapping_preview(m.preview, m.head_name, m.head.data(), m.head.size());
    if (m.preview.csv && !m.applied.empty()) { // show the mapping the case was imported with
        apply_mapping(split_mapping_spec(m.applied), m.preview.headers, m.preview.normalised,
                      m.preview.chosen);
        refresh_mapping_preview(m.preview);
    }
    const Analysis& a = *state.current;
    const ColumnMap& g = m.preview.guessed;
    const bool unsure = g[Field::time] < 0 || g[Field::author] < 0 || a.import.rows_rejected > 0 ||
                        !a.comments.extras.empty();
    m.open = request == 0 && m.preview.csv && a.import.format == "generic_csv" && m.applied.empty() && unsure;
}

void mapping_file_failed(AppState& state, uint32_t request, const Error& error) {
    MappingState& m = state.mapping;
    m.message.clear();
    m.applied = m.importing;
    if (m.head_capture) m.head = *m.head_capture;
    open_mapping_preview(m.preview, m.head_name, m.head.data(), m.head.size());
    if (m.preview.csv && !m.applied.empty()) {
        apply_mapping(split_mapping_spec(m.applied), m.preview.headers, m.preview.normalised,
                      m.preview.chosen);
        refresh_mapping_preview(m.preview);
    }
    m.open = request == 0 && m.preview.csv && (error.kind == "no_text_column" || error.kind == "bad_mapping");
}

void mapping_import(AppState& state) {
    MappingState& m = state.mapping;
    m.next = mapping_spec(m.preview);
    if (platform::reimport_last_file()) {
        m.open = false;
        m.message.clear();
    } else {
        m.message = tr(Str::mapping_open_again);
    }
}

void mapping_button(AppState& state) {
    const MappingPreview& p = state.mapping.preview;
    ImGui::BeginDisabled(!p.csv);
    if (ImGui::Button(tr(Str::mapping_change))) state.mapping.open = true;
    ImGui::EndDisabled();
    if (!p.csv && !p.why_not.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", p.why_not.c_str());
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Dialog
// ---------------------------------------------------------------------------------------------------------
namespace {

// One combo: "(none)" and every column of the file.
void field_combo(MappingPreview& p, Field f, float width) {
    const int c = p.chosen[f];
    const char* current = c >= 0 ? p.headers[static_cast<size_t>(c)].c_str() : tr(Str::mapping_none);
    ImGui::PushID(static_cast<int>(f));
    ImGui::TextUnformatted(field_name(f));
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##col", current)) {
        if (ImGui::Selectable(tr(Str::mapping_none), c < 0)) set_mapping_field(p, f, -1);
        for (int i = 0; i < static_cast<int>(p.headers.size()); ++i) {
            ImGui::PushID(i);
            // A column without a header is named by its number (as --map takes it).
            const std::string& header = p.headers[static_cast<size_t>(i)];
            char number[24];
            std::snprintf(number, sizeof number, "#%d", i + 1);
            if (ImGui::Selectable(header.empty() ? number : header.c_str(), c == i))
                set_mapping_field(p, f, i);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

std::string count_cell(int32_t x) {
    return x >= 0 ? fmt_int(x) : std::string("\u2013");
}

// The preview: the first records as the importer read them, rejected ones highlighted with the message.
void preview_table(const MappingPreview& p, float height) {
    const Palette& pal = palette();
    if (!p.parsed) return;
    if (p.parse_failed) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.negative));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(p.parse_error.to_string().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        return;
    }
    const CommentStore& c = p.parsed->comments;
    const std::vector<Error>& rejects = p.parsed->import.rejects;
    const float s = ui_scale();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("##mapping_preview", 8, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr(Str::mapping_col_line), ImGuiTableColumnFlags_WidthFixed, 46 * s);
    ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, 190 * s);
    ImGui::TableSetupColumn("author", ImGuiTableColumnFlags_WidthFixed, 120 * s);
    ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("likes", ImGuiTableColumnFlags_WidthFixed, 56 * s);
    ImGui::TableSetupColumn("replies", ImGuiTableColumnFlags_WidthFixed, 62 * s);
    ImGui::TableSetupColumn("shares", ImGuiTableColumnFlags_WidthFixed, 60 * s);
    ImGui::TableSetupColumn("id / parent", ImGuiTableColumnFlags_WidthFixed, 110 * s);
    ImGui::TableHeadersRow();
    size_t row = 0;
    for (const int64_t line : p.record_lines) {
        const Error* reject = nullptr;
        for (const Error& e : rejects)
            if (e.line == line) reject = &e;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%lld", static_cast<long long>(line));
        if (reject) { // the whole row in the negative colour, with the importer's message and hint
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                   (pal.negative & 0x00FFFFFFu) | (0x40u << IM_COL32_A_SHIFT));
            ImGui::TableNextColumn();
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.negative), "%s", tr(Str::mapping_rejected));
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            std::string msg = error_message(*reject); // codes: in the UI language
            const std::string hint = error_hint(*reject);
            if (!hint.empty()) msg += " \u2014 " + hint;
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(msg.c_str());
            ImGui::PopTextWrapPos();
            continue;
        }
        if (row >= c.size()) break;
        const size_t r = row++;
        ImGui::TableNextColumn();
        const int64_t t = c.created_at[r];
        if (t != kNoTime)
            ImGui::Text("%s  \u00B7 %s", format_iso8601_utc(t).c_str(), to_string(c.precision[r]));
        else
            ImGui::TextDisabled("%s", tr(Str::mapping_no_time));
        ImGui::TableNextColumn();
        fitted_text(c.author_of(r)); // polish: "…" and the whole text on hover, never a cut glyph
        ImGui::TableNextColumn();
        fitted_text(c.text_of(r));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(count_cell(c.likes[r]).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(count_cell(c.replies[r]).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(count_cell(c.shares[r]).c_str());
        ImGui::TableNextColumn();
        const auto id = c.id_of(r), parent = c.str(c.parent_id[r]);
        std::string ids(id);
        if (!parent.empty()) ids.append(" \u2192 ").append(parent);
        fitted_text(ids);
    }
    ImGui::EndTable();
}

} // namespace

void draw_mapping_dialog(AppState& state) {
    MappingState& m = state.mapping;
    const char* id = "##mapping_dialog";
    if (m.open && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    if (!m.open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float s = ui_scale();
    const ImVec2 size(std::min(vp->WorkSize.x - 40 * s, 1180 * s),
                      std::min(vp->WorkSize.y - 40 * s, 800 * s));
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
        ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * s, 18 * s));
    if (!ImGui::BeginPopupModal(id, nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PopStyleVar();
        m.open = false;
        return;
    }
    MappingPreview& p = m.preview;
    const Palette& pal = palette();
    char title[256];
    std::snprintf(title, sizeof title, tr(Str::mapping_title_fmt), p.name.c_str());
    view_title(state.fonts.bold, title, tr(Str::mapping_help));
    if (!p.preset.empty()) {
        char buf[256];
        std::snprintf(buf, sizeof buf, tr(Str::mapping_preset_fmt), p.preset.c_str());
        notice(buf);
    }
    // The fields: six (or four, on a narrow screen) combos per row, in a table so they line up.
    const float avail = ImGui::GetContentRegionAvail().x;
    const int per_row = avail > 900 * s ? 6 : 4;
    static const Field kOrder[] = {Field::text,   Field::time,   Field::author, Field::id,
                                   Field::parent, Field::thread, Field::likes,  Field::replies,
                                   Field::shares, Field::rating, Field::lang,   Field::followers};
    if (ImGui::BeginTable("##mapping_fields", per_row, ImGuiTableFlags_SizingStretchSame)) {
        for (const Field f : kOrder) {
            ImGui::TableNextColumn();
            field_combo(p, f, -FLT_MIN);
            ImGui::Dummy(ImVec2(0, 2 * s));
        }
        ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, 6 * s));
    // The --map line, selectable so it can be copied.
    const std::string spec = mapping_spec(p);
    std::string note = tr(Str::mapping_preview_note);
    if (p.parsed && !p.parse_failed) { // "19 read, 1 rejected"
        char counts[160];
        std::snprintf(counts, sizeof counts, tr(Str::mapping_counts_fmt),
                      fmt_int(static_cast<int64_t>(p.parsed->import.rows_accepted)).c_str(),
                      fmt_int(static_cast<int64_t>(p.parsed->import.rows_rejected)).c_str());
        note = std::string(counts) + "  \u00B7  " + note;
    }
    section_title(state.fonts.bold, tr(Str::mapping_preview_title), note.c_str());
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2 + 56 * s +
                         (spec.empty() ? ImGui::GetTextLineHeightWithSpacing() : 0) +
                         (m.message.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing());
    preview_table(p, std::max(120 * s, ImGui::GetContentRegionAvail().y - footer));
    ImGui::Dummy(ImVec2(0, 4 * s));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(Str::mapping_cli));
    ImGui::SameLine();
    auto shell_word = [](const std::string& w) { // quoted when the shell would split it
        if (w.find_first_of(" \t'\"$&;|<>()*?[]#~`\\") == std::string::npos) return w;
        std::string quoted(1, '\'');
        quoted.append(w).push_back('\'');
        return quoted;
    };
    std::string cli =
        "stormvakt analyze " + shell_word(p.name) + (spec.empty() ? "" : " --map " + shell_word(spec));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##cli", cli.data(), cli.size() + 1, ImGuiInputTextFlags_ReadOnly);
    if (spec.empty()) ImGui::TextDisabled("%s", tr(Str::mapping_no_changes));
    if (!m.message.empty())
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.warning), "%s", m.message.c_str());
    ImGui::Dummy(ImVec2(0, 4 * s));
    ImGui::BeginDisabled(p.parse_failed);
    if (primary_button("\uE2C6", tr(Str::mapping_import))) mapping_import(state);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::mapping_cancel), ImVec2(0, ImGui::GetItemRectSize().y)) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        m.open = false;
    if (!m.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    ImGui::PopStyleVar();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Automation
// ---------------------------------------------------------------------------------------------------------
std::string mapping_automation(AppState& state, std::string_view command, std::string_view argument) {
    MappingState& m = state.mapping;
    if (command == "next_map") {
        m.next = std::string(argument);
        return "true";
    }
    if (command == "mapping_preview")
        return m.preview.name.empty() && !m.preview.csv ? "null" : mapping_preview_json(m.preview);
    if (command == "mapping_dialog") {
        m.open = argument == "1" && m.preview.csv;
        return m.open ? "true" : "false";
    }
    if (command == "mapping_import") {
        if (!m.preview.csv) return "false";
        mapping_import(state);
        return m.message.empty() ? "true" : "false";
    }
    if (command == "mapping_set") { // "field=COL" (a header, a 1-based number, or none)
        if (!m.preview.csv) return "null";
        const std::string entry(argument);
        const size_t eq = entry.find('=');
        Field f;
        if (eq == std::string::npos || !field_from_name(entry.substr(0, eq), f)) return "null";
        ColumnMap probe = m.preview.chosen;
        if (!apply_mapping({entry}, m.preview.headers, m.preview.normalised, probe)) return "null";
        set_mapping_field(m.preview, f, probe[f]);
        return mapping_preview_json(m.preview);
    }
    return "";
}

} // namespace sv::app
