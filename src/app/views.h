// The views, one file each (view_*.cpp), all over the same AppState.
#pragma once

#include "app/app.h"

namespace jv::app {

// The bar along the top: product name, what it is for, the privacy promise, "Over".
// Returns its height in CSS pixels so the view below starts under it.
float view_titlebar(AppState& app);

// The row of tabs under the title bar: Start, Eigen cijfers.
void view_tabs(AppState& app);

// "Eigen cijfers": load own figures (file, drop, paste, examples), see what was read and skipped,
// and the figures beside the benchmark where the definitions match.
void view_owndata(AppState& app);
// Its figure alone, `width` wide, as "Exporteer als afbeelding" draws it: the heading and the
// table of the gemeente on screen with the notes under it, without any control.
void view_owndata_figure(AppState& app, float width);

// "Overzicht": every indicator of the chosen gemeente in one screen against the chosen group.
void view_dashboard(AppState& app);

// Its figure alone, `width` wide, as "Exporteer als afbeelding" draws it: the headline and the table
// of every indicator, without the buttons ("Voeg toe aan presentatie", export, "Details ›").
void dashboard_figure(AppState& app, float width);

// "Indicator": one indicator in detail: distribution, funnel plot, ranking, time series.
void view_indicator(AppState& app);
// The indicator view's chart for app.view.detail (distribution, funnel, ranking, time series) of
// app.view.indicator against `group`: the view draws it, and so does a presentation slide, taller.
// `height` 0: the view's own height for `width` and its controls (a target, the own series chosen);
// a height given: a slide's chart, without controls.
void indicator_chart(AppState& app, const Group& group, const Comparison& c, float width, float height = 0.0f);

// A presentation slide full screen while app.present.presenting (app/presentation.h), and the
// "Presentatie" panel that edits the slides.
void view_presentation(AppState& app);
void view_deck_panel(AppState& app);
// "Voeg toe aan presentatie": a button that adds the view on screen as a slide.
void add_slide_button(AppState& app);
// "Exporteer wat u ziet": CSV and PNG of the view on screen (app/export_view.h), on one row when
// there is room before `right` (a screen x); `after_item`: on the row of the item before when
// they fit there.
void export_view_buttons(AppState& app, float right, bool after_item = false);

// The Indicator's figure alone, `width` wide, as "Exporteer als afbeelding" draws it: the headline
// (not over the time series, which may follow own figures) and the chart of app.view.detail at the
// view's height, without the chooser, the chart buttons, a target field or hints.
void indicator_figure(AppState& app, float width);

// "Kaart": a choropleth of all gemeenten with jeugdregio outlines; hover, click, zoom, pan.
void view_map(AppState& app);
// The map's projection between RD metres and the screen for a canvas rectangle, as the map view
// draws it (tests aim clicks with it).
ImVec2 map_rd_to_screen(const MapState& m, ImVec2 canvas_min, ImVec2 canvas_max, geo::Point p);
geo::Point map_screen_to_rd(const MapState& m, ImVec2 canvas_min, ImVec2 canvas_max, ImVec2 s);
// A presentation slide's map: the whole country in `width` × `height` with its legend beside it
// (source and period in it), no controls and no hover.
void map_slide(AppState& app, float width, float height);

// The map as "Exporteer als afbeelding" draws it, `width` wide: as zoomed on screen, with its legend
// (source and period in it), without the chooser, zoom buttons or hover.
void map_view_figure(AppState& app, float width);

// "Vergelijkbare gemeenten": the peers, why they are similar, and editing the group.
void view_peers(AppState& app);

// Its figure alone, `width` wide, as "Exporteer als afbeelding" draws it: the heading and the table of
// the peers as edited with their characteristics, without search, "Verwijder" or the editing below.
void view_peers_figure(AppState& app, float width);

// "Bronnen": every dataset with source, period, definition, licence and caveats.
void view_sources(AppState& app);

// Shared by the views: the gemeente search (type part of a name) and the group chooser.
// Both return true when the selection changed.
bool gemeente_search(AppState& app, const char* id, float width);
bool group_chooser(AppState& app, float width);

// The starting view: what the tool is for, who it serves, and where to begin.
void view_home(AppState& app);

// The "Over Jeugdvergelijker" dialog: privacy, sources, licences, version.
void view_about(AppState& app);

}  // namespace jv::app
