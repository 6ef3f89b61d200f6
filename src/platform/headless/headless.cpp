#include "platform/headless/headless.h"

#include <chrono>
#include <cstring>

namespace jv::platform {

namespace {

const char* get_clipboard(void* user_data) {
  return static_cast<Headless*>(user_data)->clipboard.c_str();
}

void set_clipboard(void* user_data, const char* text) {
  static_cast<Headless*>(user_data)->clipboard = text;
}

}  // namespace

void headless_start(Headless& shell, float width, float height, float dpr) {
  shell.context = ImGui::CreateContext();
  ImGui::SetCurrentContext(shell.context);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  io.ClipboardUserData = &shell;
  app::app_init(shell.app);
  shell.app.fonts = app::fonts_build(dpr);
  // ImGui needs two frames before auto-sized windows have their final layout.
  headless_frame(shell);
  headless_frame(shell);
}

void headless_stop(Headless& shell) {
  if (shell.context) ImGui::DestroyContext(shell.context);
  shell.context = nullptr;
}

void headless_frame(Headless& shell, double dt_ms) {
  ImGui::SetCurrentContext(shell.context);
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(dt_ms / 1000.0);
  shell.time_ms += dt_ms;

  const auto start = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  app::app_frame(shell.app);
  ImGui::Render();
  const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - start;

  app::FrameStats& stats = shell.app.stats;
  stats.last_frame_ms = spent.count();
  if (stats.frames_drawn > 0 && spent.count() > stats.max_frame_ms) stats.max_frame_ms = spent.count();
  ++stats.frames_drawn;
}

void headless_click(Headless& shell, float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(x, y);
  headless_frame(shell);
  io.AddMouseButtonEvent(0, true);
  headless_frame(shell);
  io.AddMouseButtonEvent(0, false);
  headless_frame(shell);
  headless_frame(shell);  // popups and layout settle one frame later
}

bool headless_widget(const Headless& shell, const char* widget_id, ImVec2* min, ImVec2* max) {
  for (const app::TestWidget& w : shell.app.test_hook.widgets) {
    if (w.id == widget_id) {
      *min = w.min;
      *max = w.max;
      return true;
    }
  }
  return false;
}

void headless_click_widget(Headless& shell, const char* widget_id) {
  ImVec2 min, max;
  if (!headless_widget(shell, widget_id, &min, &max)) return;
  headless_click(shell, (min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
}

void headless_type(Headless& shell, const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  headless_frame(shell);
  headless_frame(shell);
}

void headless_key(Headless& shell, ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(key, true);
  headless_frame(shell);
  io.AddKeyEvent(key, false);
  headless_frame(shell);
}

void headless_shortcut(Headless& shell, ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(key, true);
  headless_frame(shell);
  io.AddKeyEvent(key, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  headless_frame(shell);
}

}  // namespace jv::platform
