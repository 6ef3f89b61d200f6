// The council presentation over the app's state: slides made from views, presenting them one by
// one in full screen, and the deck file (its format and messages: core/deck.h). The drawing is in
// view_presentation.cpp; this is what the buttons, keys and the shells call.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "app/app.h"

namespace jv::app {

// The sentence a slide shows when the deck file says nothing else, and on a slide whose own
// figures are not loaded.
inline constexpr const char* kOwnFiguresMissing = "Deze dia toont eigen cijfers: laad die eerst (tab Eigen cijfers)";

// The view on screen as a slide: its link fragment, and for an own series its id and period (the
// link leaves own series out). Sentence empty: the headline sentence.
Slide slide_of_view(const AppState& app);
// "Voeg toe aan presentatie": adds the view on screen; says so in app.present.message.
void app_add_slide(AppState& app);

// A slide's view over this app's store, starting from `base`. `note` (optional) says in Dutch what
// the slide asks for that is not here: kOwnFiguresMissing for an own series not loaded, or
// link_to_view's not_here; empty when everything was found.
ViewState slide_view(const AppState& app, const ViewState& base, const Slide& slide, std::string* note);

// The indicator a view's slide is about: app.view.indicator, or on the Overzicht the first
// indicator of its table (the one its headline is about), at its latest period.
int slide_indicator(const AppState& app);
// The sentence slide `i` shows: its own, or the headline sentence (core/explain.h) of its view.
std::string slide_sentence(AppState& app, int i);

// Starts presenting at slide `slide` (clamped into the deck) in full screen. False for an empty deck.
bool app_present(AppState& app, int slide);
// Shows slide `slide` (clamped) while presenting.
void app_show_slide(AppState& app, int slide);
// Leaves the presentation: the view from before it comes back, full screen ends.
void app_stop_presenting(AppState& app);
// The browser entered (true) or left (false) full screen. Leaving it ends the presentation.
void app_fullscreen_changed(AppState& app, bool on);

// "Bewaar presentatie": the deck file through the download hook ("presentatie.jvdeck.txt").
void app_save_deck(AppState& app);
// A deck file chosen with "Open presentatie" (or any file chooser: app_load_file hands a file that
// is_deck_file to this). On success the deck is replaced and app.present.message says how many
// slides, and which slides need own figures; on failure the deck stays and the message is
// "Presentatie niet geladen (<file>): <read_deck's message>".
bool app_load_deck(AppState& app, std::string_view file_name, std::span<const std::uint8_t> bytes);

// "Exporteer als PNG" (the panel, or P while presenting) asks for slide `slide`; the shell then
// calls app_export_png after the frame.
void app_request_png(AppState& app, int slide);
// The requested slide as a PNG at `scale` × the screen's CSS size (2: 2560 × 1600 from 1280 × 800)
// through the download hook ("presentatie-dia-<n>.png"), then no request is left. Draws one extra
// ImGui frame of the slide with the fonts baked at `scale` (glyphs, not an enlarged bitmap) into
// the CPU rasterizer (app/raster.h), and bakes the fonts for the screen again: the shell calls it
// between frames (after ImGui::Render, before the next NewFrame) and then uploads the font texture
// again (the atlas was rebuilt); the view, the deck and whether the app was presenting are as they
// were afterwards.
void app_export_png(AppState& app, float scale = 2.0f);
// True when a PNG was asked for this frame (a slide, or the view on screen: app/export_view.h);
// the shells then call app_export_png after ImGui::Render.
bool app_png_requested(const AppState& app);
// The same image as PNG bytes, without the download.
std::string app_render_slide_png(AppState& app, int slide, float scale);

}  // namespace jv::app
