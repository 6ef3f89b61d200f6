// The headless shell: the app's frames without a window or GPU. Native tests drive it like a user
// (move, click, type, paste) and benchmarks time its frames. ImGui builds the same draw lists as
// in the browser; only the final upload to WebGL is missing.
#pragma once

#include <string>

#include "app/app.h"
#include "imgui.h"

struct ImGuiContext;

namespace jv::platform {

struct Headless {
  app::AppState app;
  ImGuiContext* context = nullptr;
  std::string clipboard;  // what the app copied; what a paste will deliver
  double time_ms = 0.0;
};

// Creates the ImGui context, bakes the fonts for `dpr` and draws the first frames.
void headless_start(Headless& shell, float width, float height, float dpr = 1.0f);
void headless_stop(Headless& shell);

// One frame of `dt_ms` milliseconds; its CPU time lands in shell.app.stats.
void headless_frame(Headless& shell, double dt_ms = 16.0);

// Input, each followed by the frames ImGui needs to act on it.
void headless_click(Headless& shell, float x, float y);
void headless_click_widget(Headless& shell, const char* widget_id);  // centre of a hooked widget
void headless_type(Headless& shell, const char* utf8);
void headless_shortcut(Headless& shell, ImGuiKey key);  // Ctrl + key
void headless_key(Headless& shell, ImGuiKey key);

// The rectangle of a hooked widget, or false when the last frame did not draw it.
bool headless_widget(const Headless& shell, const char* widget_id, ImVec2* min, ImVec2* max);

}  // namespace jv::platform
