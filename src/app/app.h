// The application: one state, passed down explicitly to every view, and one function that draws
// a frame. The platform shells (web, headless) own the ImGui context, the fonts' texture and the
// main loop; they call app_frame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <cstdint>
#include <string>

#include "app/fonts.h"
#include "app/test_hook.h"

namespace jv::app {

struct FrameStats {
  uint64_t frames_drawn = 0;   // frames rendered since start; idle must add none
  double last_frame_ms = 0.0;  // CPU time of the last frame's UI (NewFrame..Render)
  double max_frame_ms = 0.0;   // worst since start, excluding the first frame (font upload)
};

struct AppState {
  Fonts fonts;
  TestHook test_hook;
  FrameStats stats;

  // Set by a view that animates during this frame; the shell keeps drawing while it is true.
  bool wants_animation = false;

  // View state.
  bool about_open = false;
  std::string notes;  // "Aantekeningen": kept in this page's memory only, never stored or sent
};

// Once, after the ImGui context exists: style and settings the app relies on.
void app_init(AppState& app);

// One frame of interface. Needs a current ImGui frame (after NewFrame, before Render).
void app_frame(AppState& app);

// The state a test reads: readiness, frame counts and times, widget rectangles, view state.
std::string app_test_state_json(const AppState& app);

}  // namespace jv::app
