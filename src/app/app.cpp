#include "app/app.h"

#include <cstdio>

#include "app/theme.h"
#include "app/views.h"
#include "imgui.h"

namespace jv::app {

void app_init(AppState& app) {
  ImGuiIO& io = ImGui::GetIO();
  // No imgui.ini: nothing is written to the user's machine that the user did not ask for.
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // A blinking cursor would need a frame twice a second; the app draws only on change.
  io.ConfigInputTextCursorBlink = false;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  theme::apply_style();
  app.stats = {};
}

void app_frame(AppState& app) {
  app.test_hook.widgets.clear();
  app.wants_animation = false;

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  constexpr ImGuiWindowFlags kRootFlags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar;
  ImGui::Begin("##root", nullptr, kRootFlags);
  ImGui::PopStyleVar(2);

  view_titlebar(app);
  view_home(app);
  view_about(app);

  ImGui::End();
}

std::string app_test_state_json(const AppState& app) {
  const ImGuiIO& io = ImGui::GetIO();
  std::string out = "{";
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "\"ready\":%s,\"frames\":%llu,\"frame_ms\":%.3f,\"max_frame_ms\":%.3f,"
                "\"dpr\":%.3f,\"display\":[%.1f,%.1f],",
                app.stats.frames_drawn > 0 ? "true" : "false",
                static_cast<unsigned long long>(app.stats.frames_drawn), app.stats.last_frame_ms,
                app.stats.max_frame_ms, static_cast<double>(app.fonts.dpr),
                static_cast<double>(io.DisplaySize.x), static_cast<double>(io.DisplaySize.y));
  out += buf;
  out += "\"widgets\":{";
  bool first = true;
  for (const TestWidget& w : app.test_hook.widgets) {
    if (!first) out += ',';
    first = false;
    json_append_string(out, w.id);
    std::snprintf(buf, sizeof buf, ":[%.1f,%.1f,%.1f,%.1f]", static_cast<double>(w.min.x),
                  static_cast<double>(w.min.y), static_cast<double>(w.max.x - w.min.x),
                  static_cast<double>(w.max.y - w.min.y));
    out += buf;
  }
  out += "},\"view\":{\"about_open\":";
  out += app.about_open ? "true" : "false";
  out += ",\"notes\":";
  json_append_string(out, app.notes);
  out += "}}";
  return out;
}

}  // namespace jv::app
