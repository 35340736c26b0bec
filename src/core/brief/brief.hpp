// brief.hpp — the one-page crisis brief, as Markdown and as a self-contained HTML file (inline CSS, charts as
// inline SVG, prints to one A4 page), in the Situation's language (en, sv, de).
//
// Contents: situation in numbers (stage, severity, onset, response window, volume, sentiment figures, n*),
// the timeline, the self-driving gauge, critics per 100 vs. negative share, the first response guideline,
// the substance of the criticism, multipliers, trigger and origin, team and mission. A figure that was not
// measured is shown as "not measured" with its reason — never estimated. All user and comment text is
// escaped (HTML: &<>"'; Markdown: its syntax characters).
#pragma once
#include "core/guideline/guideline.hpp"
#include "core/guideline/situation.hpp"

#include <string>
#include <vector>

namespace sv {

struct BriefOptions {
    int64_t generated_at = kNoTime; // UTC seconds shown as "generated" (kNoTime: not shown)
    std::string source_name;        // the data file's name ("" = not shown)
};

// One line of "situation in numbers": a label and its value, already in the brief's language (plain text,
// not escaped). `measured` is false when the value says "not measured".
struct BriefRow {
    std::string label;
    std::string value;
    bool measured = true;
};
std::vector<BriefRow> brief_situation_rows(const Situation& s);

std::string brief_markdown(const Situation& s, const Guideline& g, const BriefOptions& options = {});
std::string brief_html(const Situation& s, const Guideline& g, const BriefOptions& options = {});

} // namespace sv
