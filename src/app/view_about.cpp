#include <algorithm>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/views.h"
#include "imgui.h"

namespace jv::app {

void view_about(AppState& app) {
  const char* kTitle = tr("Over Jeugdvergelijker");
  if (app.ui.about_open && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->Size.x - 24.0f, 620.0f);
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(kTitle, &app.ui.about_open,
                              ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    app.ui.about_open = false;  // closed by Escape or the title bar's cross
    return;
  }
  test_hook_item(app.frame.test_hook, "about.window");

  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped_view(tr("Uw gegevens"));
  ImGui::PopFont();
  text_wrapped(
      tr("Alles wordt in deze browser berekend. De pagina maakt geen enkele verbinding: haar "
         "beveiligingsbeleid (Content-Security-Policy \xE2\x80\x9E"
         "connect-src 'none'\xE2\x80\x9D) "
         "verbiedt het. Er is geen analytics, er zijn geen cookies en niets wordt ge\xC3\xBCpload."));
  ImGui::Spacing();

  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped_view(tr("Bronnen"));
  ImGui::PopFont();
  text_wrapped(
      tr("De benchmarkcijfers komen van het CBS: Kerncijfers wijken en buurten 2021 (85039NED) en "
         "de gebiedsindelingen van CBS/PDOK, beide onder licentie CC BY 4.0. Elk cijfer toont bron, "
         "periode, definitie en noemer; de tab Bronnen zet alles op een rij."));
  ImGui::Spacing();

  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped_view(tr("Software"));
  ImGui::PopFont();
  text_wrapped(
      tr("Gebouwd met Dear ImGui (MIT-licentie) en Emscripten; lettertype Inter (SIL Open Font "
         "License 1.1)."));
  text_disabled(tr("Versie %s"), JV_VERSION);
  ImGui::Spacing();

  if (ImGui::Button(tr("Kopieer versie-informatie"))) { ImGui::SetClipboardText("Jeugdvergelijker " JV_VERSION); }
  test_hook_item(app.frame.test_hook, "about.copy_version");
  ImGui::SameLine();
  // ImGui leaves modals open on Escape; an information dialog should close on it.
  if (ImGui::Button(tr("Sluiten")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    app.ui.about_open = false;
    ImGui::CloseCurrentPopup();
  }
  test_hook_item(app.frame.test_hook, "about.close");

  ImGui::EndPopup();
}

}  // namespace jv::app
