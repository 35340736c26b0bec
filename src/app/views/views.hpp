// views.hpp — one draw function per screen; each lives in its own file (views/<name>_view.cpp).
#pragma once
#include "app/app.hpp"

namespace sv::app {

void draw_welcome_view(AppState& state);
void draw_progress_view(AppState& state);
void draw_error_view(AppState& state);
void draw_sidebar(AppState& state, float width);
void draw_overview_view(AppState& state);
void draw_timeline_view(AppState& state);
void draw_comments_view(AppState& state);
void draw_spread_view(AppState& state);
void draw_people_view(AppState& state);
void draw_themes_view(AppState& state);
void draw_import_view(AppState& state);
void draw_guideline_view(AppState& state);
// app8: window.stormvakt.comments(): the comment table's index — {rows, building, shown (the index of the
// current search/sort is on screen), sort_column, sort_desc, search, header_y: [top, bottom], headers:
// [[from, to] per column: time, author, text, language, sentiment, criticism, likes, replies]} (screen px).
std::string comments_status_json(const AppState& state);

} // namespace sv::app
