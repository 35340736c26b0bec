// import_view.cpp — what the importer did with the file: format and why, encoding, rows read / accepted /
// rejected, warnings, timestamp precision, and the "Rejected rows" table (line, kind, message, hint).
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/reason_text.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <string>

namespace sv::app {

void draw_import_view(AppState& state) {
    const Analysis& a = *state.current;
    const ImportReport& r = a.import;
    const Palette& p = palette();
    const float s = ui_scale();
    view_title(state.fonts.bold, tr(Str::nav_import),
               (a.source_name + "  \u00B7  " + format_bytes(a.source_bytes)).c_str());
    draw_window_chip(state, true); // the import report is of the whole file
    mapping_button(state);         // app6: the column-mapping dialog
    if (!state.mapping.applied.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("--map %s", state.mapping.applied.c_str());
    }

    if (ImGui::BeginTable("##importfacts", 2, ImGuiTableFlags_SizingStretchProp)) {
        // The key column as wide as its longest label in the UI language.
        const Str keys[] = {Str::im_format,    Str::im_reason,        Str::im_encoding,
                            Str::im_rows_read, Str::im_rows_accepted, Str::im_rows_rejected,
                            Str::card_replies, Str::im_precision};
        float key_w = 160 * s;
        for (Str k : keys) key_w = std::max(key_w, ImGui::CalcTextSize(tr(k)).x + 16 * s);
        ImGui::TableSetupColumn("##k", ImGuiTableColumnFlags_WidthFixed, key_w);
        ImGui::TableSetupColumn("##v", ImGuiTableColumnFlags_WidthStretch);
        auto row = [](const char* k, const std::string& v) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", k);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(v.c_str());
            ImGui::PopTextWrapPos();
        };
        row(tr(Str::im_format), r.format.empty() ? "\u2013" : r.format);
        row(tr(Str::im_reason), r.format_reason.empty() ? "\u2013" : format_why_text(r)); // codes
        row(tr(Str::im_encoding), r.encoding.empty() ? "\u2013" : r.encoding);
        row(tr(Str::im_rows_read), fmt_int(static_cast<int64_t>(r.rows_read)));
        row(tr(Str::im_rows_accepted), fmt_int(static_cast<int64_t>(r.rows_accepted)));
        row(tr(Str::im_rows_rejected), fmt_int(static_cast<int64_t>(r.rows_rejected)));
        row(tr(Str::card_replies), fmt_int(static_cast<int64_t>(r.replies_linked)));
        const std::string prec = precision_line(r); // i18n: the precisions named in the UI language
        row(tr(Str::im_precision), prec.empty() ? "\u2013" : prec);
        ImGui::EndTable();
    }

    if (!r.warnings.empty()) {
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::PushFont(state.fonts.bold, 0.0f);
        ImGui::TextUnformatted(tr(Str::im_warnings));
        ImGui::PopFont();
        for (const std::string& w : warning_texts(r)) notice(w.c_str()); // i18n: from their codes
    }

    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::im_rejected_rows));
    ImGui::PopFont();
    if (r.rows_rejected == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.positive));
        ImGui::TextUnformatted(tr(Str::im_no_rejects));
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextDisabled("%s", rejects_by_kind_line(r).c_str()); // i18n: the kinds named in the UI language
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##rejects", 4, flags, ImVec2(0, 0))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        setup_fixed_column(tr(Str::col_line), 70 * s);
        setup_fixed_column(tr(Str::col_kind), 150 * s);
        ImGui::TableSetupColumn(tr(Str::col_message), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr(Str::how_to_fix), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableHeadersRow();
        static int selected = -1; // app8: the keyboard moves it
        const KeyNav nav = table_keys("import.rejects", selected, static_cast<int>(r.rejects.size()));
        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(r.rejects.size()));
        if (nav.scroll_to >= 0) clip.IncludeItemByIndex(nav.scroll_to);
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const Error& e = r.rejects[i];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const std::string line = e.line >= 0 ? fmt_int(e.line) : "\u2013";
                key_row(nav, i, line);
                ImGui::PushID(i);
                if (ImGui::Selectable(line.c_str(), i == nav.selected, ImGuiSelectableFlags_SpanAllColumns))
                    key_clicked(nav, selected, i);
                ImGui::PopID();
                ImGui::TableNextColumn();
                fitted_text(reject_kind_name(e.kind)); // i18n: the kind's name in the UI language
                ImGui::TableNextColumn();
                // Longer than the cell: "…" and the whole message on hover; else the row's excerpt on hover.
                if (!fitted_text(error_message(e)) && !e.excerpt.empty() && ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", e.excerpt.c_str()); // codes: message and hint in the UI language
                ImGui::TableNextColumn();
                fitted_text(error_hint(e));
            }
        ImGui::EndTable();
    }
}

} // namespace sv::app
