// The charts' text and keyboard alternatives (WCAG 2.1: 1.1.1 and 1.4.1, 2.1.1). Every chart has a
// "Grafiek | Tabel" switch that shows the same figures as a table, and a chart (or the map) with the
// keyboard focus lets the arrow keys step from gemeente to gemeente with the readout a hover shows,
// which the accessible mirror announces; Enter chooses that gemeente as a click does.
//
// Chart, table and keyboard take their figures from one list, the core's compare_each(), so the
// table can never show another figure than the chart, and the keyboard visits exactly its dots.
#pragma once

#include <string>
#include <vector>

#include "app/app.h"
#include "app/tooltip.h"
#include "core/compare.h"
#include "imgui.h"

namespace jv::app {

// "Grafiek" and "Tabel" as two toggle buttons on the current line (wrapping before `right`, screen
// x). The choice is app.ui.chart_table, the same for every chart; not part of a link. Returns true
// when the table is to be shown. `hook` names the buttons for tests ("<hook>.grafiek", "<hook>.tabel").
bool chart_table_switch(AppState& app, const char* hook, float right);

// A chart of one indicator as a table: per gemeente of `rows` (compare_each), in `order`, its name,
// its value as format_value writes it, its noemer where the series has one, and the verdict's word
// (verdict_word, as on the badges). Gemeenten without a value are not in `rows` (no dot, no row); the
// note says how many there are.
ChartTable comparison_table(const AppState& app, const char* id, const IndicatorMeta& m,
                            const std::vector<Comparison>& rows, const std::vector<std::size_t>& order);

// Draws a chart's table with the layout's column helpers (columns from their content; on a phone the
// noemer and then the verdict are dropped before a name is cut). A long table scrolls inside a
// frame of its own. A click on a gemeente's row chooses it. Records the table in app.frame.tables.
void draw_chart_table(AppState& app, const ChartTable& table, float width);

// What hovering a gemeente's dot says, as a tooltip's paragraphs: "Hilversum (GM0402)", "<indicator>:
// 10,6 %, noemer 17.212", "Oordeel: vergelijkbaar", "Jeugdregio Gooi en Vechtstreek".
Tooltip gemeente_readout(const AppState& app, const Comparison& c, const IndicatorMeta& m);
// The readout as one line for the screen reader ("Hilversum (GM0402). ... ").
std::string readout_line(const Tooltip& t);

// Keyboard exploration of the chart drawn as the last item (a plot's button, the map's canvas),
// named `chart`. While that item has ImGui's keyboard focus the arrow keys are the chart's: Right /
// Left step to the next / previous gemeente along `left_right` (indices into `rows`), Down / Up
// along `up_down` when given (the map), else as Right / Left. Enter chooses the highlighted
// gemeente (`chosen`). Focus leaving the chart ends the exploration (app.ui.explore cleared).
struct Explored {
  bool focused = false;  // the chart has the keyboard focus: draw its focus ring
  int gemeente = -1;     // the highlighted gemeente (index in store.data), or -1
  bool chosen = false;   // Enter was pressed on it this frame
};
Explored explore_keys(AppState& app, const char* chart, const std::vector<Comparison>& rows,
                      const std::vector<std::size_t>& left_right, const std::vector<std::size_t>* up_down = nullptr);

// After the chart is drawn: the focus ring around [min, max], and the highlighted gemeente's readout
// as a tooltip at `at` (screen), which also becomes app.ui.explore.readout for the mirror.
void explore_show(AppState& app, const Explored& e, ImVec2 min, ImVec2 max, ImVec2 at, const Tooltip& readout);

// The hint under an explorable chart, in the muted colour: which keys, in which order.
void explore_hint(const char* order_text);

}  // namespace jv::app
