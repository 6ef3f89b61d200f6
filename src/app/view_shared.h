// Pieces the comparison views share: the page column, the header with gemeente search and group
// chooser, the headline sentence and the verdict in words and colour.
#pragma once

#include <string>

#include "app/app.h"
#include "app/chart.h"
#include "imgui.h"

namespace jv::app {

// A value as format_value() writes it with no-break spaces, for tables and legends where
// "12,8 %" or "22,2 per 1.000" must never be split over two lines.
std::string figure(const IndicatorMeta& meta, double value);

// The remark the store holds on a gemeente's figure (FiguresStore::notes): why there is none
// ("Geen jeugdlasten geboekt ..."), or what it means ("Negatief bedrag ..."). Empty without one.
std::string figure_note(const FiguresStore& store, int variable, int gemeente);

// Title ("Overzicht: Hilversum"), the gemeente search and the group chooser. Returns false when
// there is nothing to compare: no gemeente chosen (it asks to choose one) or an empty own list (it
// says how to fill it). The caller then ends the view.
bool view_header(AppState& app, const char* hook_prefix, const char* title, float width);

// The indicator chooser of the detail views and the map: every series of the store with its
// source and latest period, then (for a series with more than one) the period. Sets
// app.view.indicator to the chosen series' column in the chosen period; returns true on a change.
// `hook` names the test-hook rectangles ("indicator" -> "indicator.choose", "indicator.period").
bool indicator_chooser(AppState& app, const char* hook, float width);

// The lowest and highest value of a variable over all gemeenten.
void national_range(const Model& model, int variable, double& lo, double& hi);

// One sentence for the projector: "Hilversum: 10,6 % ... Vergelijkbaar met jeugdregio ...".
void headline(AppState& app, const Gemeente& g, const IndicatorMeta& m, const Comparison& c, const Group& group,
              float width);

ImU32 verdict_colour(Verdict v);
// The mark's shape for a verdict, so a chart never says it by colour alone: vergelijkbaar a circle,
// gunstiger a diamond, ongunstiger a square, hoger a triangle up, lower a triangle down.
chart::Shape verdict_shape(Verdict v);
// The verdict's word on its badge: verdict_label(), or "geen oordeel" for a total (a figure that
// grows with the gemeente is not judged).
const char* verdict_word(const Comparison& c, const IndicatorMeta& m);
// The verdict as a coloured label with its word ("gunstiger", "vergelijkbaar", ...). Its caption,
// the figure it is judged against, is reference_caption() (core/explain.h); the tooltip is
// verdict_explanation() from there too, so badge, sentence, tooltip and CLI agree.
void verdict_badge(const AppState& app, const Comparison& c, const IndicatorMeta& m);
// The size verdict_badge() takes for a verdict (tables reserve room for the widest).
ImVec2 verdict_badge_size(const AppState& app, Verdict v);

}  // namespace jv::app
