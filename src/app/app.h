// The application: one state, passed down explicitly to every view, and one function that draws
// a frame. The platform shells (web, headless) own the ImGui context, the fonts' texture and the
// main loop; they call app_frame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/test_hook.h"
#include "core/compare.h"
#include "core/dataset.h"
#include "core/owndata.h"

namespace jv::app {

struct FrameStats {
  uint64_t frames_drawn = 0;   // frames rendered since start; idle must add none
  double last_frame_ms = 0.0;  // CPU time of the last frame's UI (NewFrame..Render)
  double max_frame_ms = 0.0;   // worst since start, excluding the first frame (font upload)
};

// What the app may ask of its shell. The web shell opens the browser's file picker, downloads
// through a blob and uses localStorage; the headless shell records the calls for tests. Every
// hook may be null (then the feature is not offered).
struct PlatformHooks {
  void* user = nullptr;
  void (*open_file_picker)(void* user) = nullptr;
  void (*download)(void* user, const char* file_name, const char* mime, std::string_view data) = nullptr;
  void (*storage_set)(void* user, const char* key, std::string_view value) = nullptr;
  std::string (*storage_get)(void* user, const char* key) = nullptr;
  void (*storage_remove)(void* user, const char* key) = nullptr;
};

enum class Tab { Start, OwnData };

// The user's own figures and what the last load said about them.
struct OwnDataState {
  OwnData data;
  ReadReport last_report;
  bool has_report = false;
  bool remember = false;        // "onthoud op dit apparaat"
  std::string sheet;            // .xlsx sheet to read (empty: first)
  double progress = -1.0;       // 0..1 while a file is being read by the browser; < 0 when idle
  std::string progress_file;
};

struct AppState {
  PlatformHooks hooks;
  Fonts fonts;
  TestHook test_hook;
  FrameStats stats;

  // Set by a view that animates during this frame; the shell keeps drawing while it is true.
  bool wants_animation = false;

  // The public benchmark, loaded once at start (compiled-in data).
  Dataset data2021, data2025;
  Benchmark bench2025;
  std::string data_error;  // non-empty when the compiled-in data could not be read

  // View state.
  Tab tab = Tab::Start;
  int gemeente = -1;           // selected gemeente in data2025, -1 for none
  std::string gemeente_query;  // the search box
  OwnDataState own;
  bool about_open = false;
  std::string notes;  // "Aantekeningen": kept in this page's memory only, never stored or sent
};

// Once, after the ImGui context exists and `app.hooks` is set: style, settings, data, and the own
// figures remembered on this device (if the user asked for that).
void app_init(AppState& app);

// A file the user chose, dropped or pasted: read it as own figures. Whatever was loaded before
// stays when the file is refused.
void app_load_file(AppState& app, std::string_view file_name, std::span<const std::uint8_t> bytes);
// Text pasted outside a text field: a table copied from Excel.
void app_paste_table(AppState& app, std::string_view text);
// Removes every trace of the own figures: memory and this device's storage.
void app_forget_own_data(AppState& app);
// "Onthoud op dit apparaat": on stores the own figures in this browser (this origin only), off
// removes them from it.
void app_set_remember(AppState& app, bool remember);

// The key under which the own figures are kept in the browser's local storage.
inline constexpr const char* kOwnDataStorageKey = "jeugdvergelijker.eigen-cijfers.v1";

// One frame of interface. Needs a current ImGui frame (after NewFrame, before Render).
void app_frame(AppState& app);

// The state a test reads: readiness, frame counts and times, widget rectangles, view state.
std::string app_test_state_json(const AppState& app);

}  // namespace jv::app
