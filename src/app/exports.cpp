#include "app/exports.hpp"

#include "app/i18n.hpp"
#include "app/theme.hpp"
#include "core/brief/brief.hpp"
#include "core/report/analyze_report.hpp"
#include "core/report/scored_csv.hpp"
#include "platform/platform.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace sv::app {

std::string export_stem(const Analysis& a) {
    std::string name = a.source_name;
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name = name.substr(slash + 1);
    if (const auto dot = name.find_last_of('.'); dot != std::string::npos && dot > 0) name.resize(dot);
    std::string out;
    for (const char ch : name) {
        const unsigned char u = static_cast<unsigned char>(ch);
        out.push_back((u >= 0x80 || std::isalnum(u) || ch == '-' || ch == '_') ? ch : '-');
    }
    return out.empty() ? std::string("stormvakt") : out;
}

std::string scored_csv_text(const Analysis& a) {
    std::string out;
    write_scored_csv(a, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

void download_scored_csv(const Analysis& a) {
    platform::download(export_stem(a) + "-scored.csv", "text/csv;charset=utf-8", scored_csv_text(a));
}

void download_metrics_json(const Analysis& a) {
    platform::download(export_stem(a) + "-metrics.json", "application/json",
                       analyze_report(a).dump(2) + "\n");
}

void download_brief(const Analysis& a, const CaseInsights& insights, bool html, int64_t generated_at) {
    BriefOptions options;
    options.generated_at = generated_at;
    options.source_name = a.source_name;
    const std::string text = html ? brief_html(insights.situation, insights.guideline, options)
                                  : brief_markdown(insights.situation, insights.guideline, options);
    platform::download(export_stem(a) + (html ? "-brief.html" : "-brief.md"),
                       html ? "text/html;charset=utf-8" : "text/markdown;charset=utf-8", text);
}

void download_chart_png(const Analysis& a, const char* chart, ImVec2 min, ImVec2 max) {
    const int x = static_cast<int>(std::floor(min.x)), y = static_cast<int>(std::floor(min.y));
    const int w = static_cast<int>(std::ceil(max.x)) - x, h = static_cast<int>(std::ceil(max.y)) - y;
    platform::download_frame_png(export_stem(a) + "-" + chart + ".png", x, y, w, h);
}

bool png_button(const char* id) {
    ImGui::PushID(id);
    char label[96];
    std::snprintf(label, sizeof label, "\uE2C4 PNG"); // file_download
    const bool clicked = ImGui::SmallButton(label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::export_png));
    ImGui::PopID();
    return clicked;
}

} // namespace sv::app
