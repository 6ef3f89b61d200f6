#include "platform/headless/headless.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

#include "app/presentation.h"
#include "platform/web/touch.h"

namespace jv::platform {

namespace {

const char* get_clipboard(void* user_data) { return static_cast<Headless*>(user_data)->clipboard.c_str(); }

void set_clipboard(void* user_data, const char* text) { static_cast<Headless*>(user_data)->clipboard = text; }

void open_file_picker(void* user) { ++static_cast<Headless*>(user)->file_pickers_opened; }

void download(void* user, const char* name, const char* mime, std::string_view data) {
  static_cast<Headless*>(user)->downloads.push_back({name, mime, std::string(data)});
}

void storage_set(void* user, const char* key, std::string_view value) {
  static_cast<Headless*>(user)->storage[key] = std::string(value);
}

std::string storage_get(void* user, const char* key) {
  const auto& storage = static_cast<Headless*>(user)->storage;
  const auto it = storage.find(key);
  return it == storage.end() ? std::string() : it->second;
}

void storage_remove(void* user, const char* key) { static_cast<Headless*>(user)->storage.erase(key); }

std::string page_address(void*) { return "http://127.0.0.1:8080/"; }

// As the browser's clipboard API: the answer comes back through app_clipboard_result().
void copy_text(void* user, std::string_view text) {
  Headless& shell = *static_cast<Headless*>(user);
  if (shell.clipboard_allowed) shell.clipboard = std::string(text);
  app::app_clipboard_result(shell.app, shell.clipboard_allowed);
}

void request_fullscreen(void* user) { static_cast<Headless*>(user)->fullscreen = true; }
void exit_fullscreen(void* user) { static_cast<Headless*>(user)->fullscreen = false; }

}  // namespace

void headless_start(Headless& shell, float width, float height, float dpr,
                    const std::map<std::string, std::string>& storage) {
  shell.storage = storage;
  shell.context = ImGui::CreateContext();
  ImGui::SetCurrentContext(shell.context);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  io.ClipboardUserData = &shell;
  app::PlatformHooks& hooks = shell.app.platform.hooks;
  hooks.user = &shell;
  hooks.open_file_picker = open_file_picker;
  hooks.download = download;
  hooks.storage_set = storage_set;
  hooks.storage_get = storage_get;
  hooks.storage_remove = storage_remove;
  hooks.page_address = page_address;
  hooks.copy_text = copy_text;
  hooks.request_fullscreen = request_fullscreen;
  hooks.exit_fullscreen = exit_fullscreen;
  app::app_init(shell.app);
  shell.app.platform.fonts = app::fonts_build(dpr);
  // ImGui needs two frames before auto-sized windows have their final layout.
  headless_frame(shell);
  headless_frame(shell);
}

void headless_stop(Headless& shell) {
  if (shell.context) ImGui::DestroyContext(shell.context);
  shell.context = nullptr;
}

bool headless_open_file(Headless& shell, const std::string& name, std::string bytes, std::size_t chunk) {
  shell.file = {};
  const std::size_t size = bytes.size();
  if (!app::app_file_begin(shell.app, name, size)) return false;
  shell.file = {true, std::move(bytes), 0, std::max<std::size_t>(1, chunk)};
  return true;
}

namespace {

// As the browser's jvReadFile between two animation frames: the next slice, or the end.
void feed_file(Headless& shell) {
  Headless::File& f = shell.file;
  if (!f.open) return;
  if (f.offset >= f.bytes.size()) {
    f = {};
    app::app_file_end(shell.app);
    return;
  }
  const std::size_t n = std::min(f.chunk, f.bytes.size() - f.offset);
  const auto* data = reinterpret_cast<const std::uint8_t*>(f.bytes.data()) + f.offset;
  f.offset += n;
  if (!app::app_file_chunk(shell.app, {data, n})) f = {};
}

}  // namespace

void headless_frame(Headless& shell, double dt_ms) {
  ImGui::SetCurrentContext(shell.context);
  feed_file(shell);
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(dt_ms / 1000.0);
  shell.time_ms += dt_ms;

  const auto start = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  app::app_frame(shell.app);
  ImGui::Render();
  // "Exporteer als PNG": drawn into memory between this frame and the next, as in the browser.
  if (app::app_png_requested(shell.app)) app::app_export_png(shell.app);
  const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - start;

  app::FrameStats& stats = shell.app.frame.stats;
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

void headless_tap(Headless& shell, float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  jv::web::TouchGesture gesture;
  std::vector<jv::web::TouchAction> actions;
  gesture.start(x, y, shell.time_ms, actions);
  jv::web::apply_touch_actions(actions, io);
  for (int i = 0; i < 5; ++i) headless_frame(shell);  // 80 ms with the finger down
  actions.clear();
  gesture.end(actions);
  jv::web::apply_touch_actions(actions, io);
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);  // what comes next from the tests is a mouse again
  // ImGui takes queued events one change per frame: press, release, leave, then the layout settles.
  for (int i = 0; i < 6; ++i) headless_frame(shell);
}

void headless_tap_widget(Headless& shell, const char* widget_id) {
  ImVec2 min, max;
  if (!headless_widget(shell, widget_id, &min, &max)) return;
  headless_tap(shell, (min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
}

bool headless_widget(const Headless& shell, const char* widget_id, ImVec2* min, ImVec2* max) {
  for (const app::TestWidget& w : shell.app.frame.test_hook.widgets) {
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
