// "Exporteer wat u ziet": the view on screen as a CSV for Excel (the figures it draws, with their
// provenance; small numbers left out as every export does, core/export.h) and as a PNG at twice
// the screen's size (the CPU rasteriser of the presentation, app/raster.h) with the view's title,
// source and period in a band under it. Both go out through PlatformHooks::download.
#pragma once

#include <string>

#include "app/app.h"
#include "core/export.h"

namespace jv::app {

// The figures of the view on screen (app.view.tab; the Indicator per app.view.detail), as the
// views draw them:
//   Overzicht        per indicator (app.frame.shown: the comparisons the last frame drew): the
//                    gemeente's value, what the verdict is judged against and that figure, the
//                    group's median, lowest and highest, and the verdict
//   Indicator        verdeling: every gemeente with a value (in the group or not); trechter: every
//                    gemeente's rate and noemer with the 95 % and 99,8 % limits at that noemer;
//                    ranglijst: the group plus the chosen gemeente by rank, with verdicts;
//                    tijdreeks: per period the gemeente, the group's median and middle half and
//                    Nederland's median
//   Kaart            every gemeente's value for the map's series and period
//   Vergelijkbare    the peers as edited, with distance and the nine characteristics
//   Eigen cijfers    the rows the view lists (own_figures.h): the gemeente on screen, Nederland
//                    from the same file beside it and the benchmark where comparable; never
//                    another gemeente's own figures; per indicator the files' sources and periods
// Values go through export_value (counts of 1 to 9 empty, the reason in the status column and in
// the block "Niet getoond"). A view without figures (Start, Bronnen, no gemeente) gives a table
// without rows.
ExportTable view_export_table(AppState& app);

// "jeugdvergelijker_<gemeente>_<view>_<period>.<extension>", every part as series_id writes it:
// jeugdvergelijker_hilversum_overzicht_2025.csv, jeugdvergelijker_alkmaar_trechter_2020.png. The
// period is the latest one on screen; a part that is unknown is left out.
std::string view_export_name(const AppState& app, const char* extension);

// "Exporteer wat u ziet (CSV)": view_export_table through the download hook; says so in
// app.ui.export_message.
void app_export_view_csv(AppState& app);
// "Bewaard als …" belongs to the view it was saved from: gone once another tab, gemeente,
// indicator or chart is on screen (app_frame calls this after the title bar and tabs), and it does
// not come back with that view.
void app_forget_export_message(AppState& app);
// "(PNG)": asks the shell to call app_export_png after this frame (as for a slide).
void app_request_view_png(AppState& app);
// The view on screen as PNG bytes at `scale` × the screen's CSS size, with a band under it holding
// view_caption's title and source (the image is that much taller). A view with a figure gives that
// figure alone, as wide and tall as it is, without the page's controls: Overzicht
// (dashboard_figure), Indicator (indicator_figure), Kaart (map_view_figure), Vergelijkbare
// gemeenten (view_peers_figure), Eigen cijfers (view_owndata_figure). Draws one extra frame with
// the fonts baked at `scale` and bakes them for the screen again afterwards, as app_render_slide_png.
std::string app_render_view_png(AppState& app, float scale);
// The band's text: its first line (title: view, gemeente, group) and the source line(s).
void view_caption(AppState& app, std::string& title, std::string& source);

}  // namespace jv::app
