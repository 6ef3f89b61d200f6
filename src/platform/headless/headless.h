// The headless shell: the app's frames without a window or GPU. Native tests drive it like a user
// (move, click, type, paste) and benchmarks time its frames. ImGui builds the same draw lists as
// in the browser; only the final upload to WebGL is missing.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"

struct ImGuiContext;

namespace jv::platform {

// What the app asked of its shell, recorded for tests.
struct HeadlessDownload {
  std::string file_name, mime, data;
};

struct Headless {
  app::AppState app;
  ImGuiContext* context = nullptr;
  std::string clipboard;          // what the app copied; what a paste will deliver
  bool clipboard_allowed = true;  // false: copy_text fails, as in a browser without permission
  double time_ms = 0.0;
  int file_pickers_opened = 0;
  std::vector<HeadlessDownload> downloads;
  std::map<std::string, std::string> storage;  // the browser's local storage, in memory
  bool fullscreen = false;                     // what request/exit_fullscreen asked for
  // A file being handed over as the browser does (headless_open_file): one chunk before each frame.
  struct File {
    bool open = false;
    std::string bytes;
    std::size_t offset = 0, chunk = 0;
  } file;
};

// Creates the ImGui context, bakes the fonts for `dpr` and draws the first frames. `storage`
// starts the local storage with these entries (a page loaded again on the same device).
void headless_start(Headless& shell, float width, float height, float dpr = 1.0f,
                    const std::map<std::string, std::string>& storage = {});
void headless_stop(Headless& shell);

// One frame of `dt_ms` milliseconds; its CPU time lands in shell.app.frame.stats.
void headless_frame(Headless& shell, double dt_ms = 16.0);

// A file the user chose, read as the web shell reads it (app/file_stream.h): app_file_begin now,
// then one chunk of `chunk` bytes before each following frame, app_file_end before the frame after
// the last; reading stops when the app says so (refused, "Annuleren"). Returns app_file_begin's answer.
bool headless_open_file(Headless& shell, const std::string& name, std::string bytes,
                        std::size_t chunk = std::size_t(4) << 20);

// Input, each followed by the frames ImGui needs to act on it.
void headless_click(Headless& shell, float x, float y);
void headless_click_widget(Headless& shell, const char* widget_id);  // centre of a hooked widget
// A finger's tap, as the web shell hands it to ImGui (through the same touch rules): touch down,
// lift 80 ms later without moving. Afterwards the finger hovers nothing, as on a phone.
void headless_tap(Headless& shell, float x, float y);
void headless_tap_widget(Headless& shell, const char* widget_id);
void headless_type(Headless& shell, const char* utf8);
void headless_shortcut(Headless& shell, ImGuiKey key);  // Ctrl + key
void headless_key(Headless& shell, ImGuiKey key);

// The rectangle of a hooked widget, or false when the last frame did not draw it.
bool headless_widget(const Headless& shell, const char* widget_id, ImVec2* min, ImVec2* max);

}  // namespace jv::platform
