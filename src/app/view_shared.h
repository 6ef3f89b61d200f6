// Pieces the comparison views share: the page column, the header with gemeente search and group
// chooser, the headline sentence and the verdict in words and colour.
#pragma once

#include <string>

#include "app/app.h"
#include "imgui.h"

namespace jv::app {

// A value as format_value() writes it with no-break spaces, for tables and legends where
// "12,8 %" or "22,2 per 1.000" must never be split over two lines.
std::string figure(const IndicatorMeta& meta, double value);

// Title ("Overzicht: Hilversum"), the gemeente search and the group chooser. Returns false (after
// asking to choose one) when no gemeente is chosen: the caller then ends the view.
bool view_header(AppState& app, const char* hook_prefix, const char* title, float width);

// The lowest and highest value of a variable over all gemeenten.
void national_range(const AppState& app, int variable, double& lo, double& hi);

// One sentence for the projector: "Hilversum: 10,6 % ... Vergelijkbaar met jeugdregio ...".
void headline(AppState& app, const Gemeente& g, const IndicatorMeta& m, const Comparison& c, const Group& group,
              float width);

ImU32 verdict_colour(Verdict v);
// The verdict as a coloured label with its word ("gunstiger", "vergelijkbaar", ...).
void verdict_badge(const AppState& app, const Comparison& c, const IndicatorMeta& m);
// The size verdict_badge() takes for a verdict (tables reserve room for the widest).
ImVec2 verdict_badge_size(const AppState& app, Verdict v);
// Why: direction, significance and the test used, in plain Dutch.
std::string verdict_explanation(const Comparison& c, const IndicatorMeta& m, const Group& group);

}  // namespace jv::app
