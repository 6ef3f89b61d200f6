#include <algorithm>

#include "app/layout.h"
#include "app/theme.h"
#include "app/views.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace jv::app {

namespace {

// A bullet with a bold lead and its explanation: side by side when there is room, the
// explanation under the lead on a phone.
void bullet_paragraph(const Fonts& fonts, const char* lead, const char* text) {
  const bool narrow = ImGui::GetContentRegionAvail().x < 520.0f;
  ImGui::Bullet();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted(lead);
  ImGui::PopFont();
  if (!narrow) ImGui::SameLine(0, 6);
  text_wrapped("%s", text);
  ImGui::EndGroup();
}

}  // namespace

void view_home(AppState& app) {
  // A scrolling column of readable width, centred; full width on a phone.
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float column = std::min(avail.x - 32.0f, 780.0f);
  const float margin = std::max(16.0f, (avail.x - column) * 0.5f);

  ImGui::SetCursorPosX(0);
  ImGui::BeginChild("##home", ImVec2(avail.x, avail.y), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoBackground);
  ImGui::SetCursorPos(ImVec2(margin, 28));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);

  ImGui::PushFont(app.fonts.title);
  text_wrapped("Welkom bij Jeugdvergelijker");
  ImGui::PopFont();
  ImGui::Spacing();
  text_wrapped(
      "Jeugdvergelijker zet de jeugdhulpcijfers van uw gemeente naast die van uw jeugdregio, "
      "van gemeenten die statistisch op de uwe lijken en van heel Nederland. Alles gebeurt in "
      "deze browser: cijfers die u zelf laadt, blijven op dit apparaat \xE2\x80\x93 er wordt "
      "niets verstuurd.");

  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextUnformatted("Voor wie");
  ImGui::PopFont();
  bullet_paragraph(app.fonts, "Wethouders en raadsleden:", "\xC3\xA9\xC3\xA9n boodschap per scherm, groot genoeg voor de beamer.");
  bullet_paragraph(app.fonts, "Inwoners:", "gewone taal, elk begrip uitgelegd, ook op de telefoon.");
  bullet_paragraph(app.fonts, "Partners:", "scholen, huisartsen, aanbieders en jongerenwerk kijken samen naar dezelfde cijfers.");
  bullet_paragraph(app.fonts, "Beleidsmedewerkers:", "eigen actuele cijfers laden (CSV of Excel), vergelijken en exporteren voor het raadsvoorstel.");

  // Honest status: no figures are shown until the benchmark data is in the app.
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(238, 243, 250, 255));
  ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(186, 204, 228, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  ImGui::BeginChild("##status", ImVec2(column, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY |
                        ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextUnformatted("In opbouw");
  ImGui::PopFont();
  text_wrapped(
      "De vergelijkingen volgen in een volgende versie: het percentage jeugdigen met jeugdhulp "
      "(ook als \xE2\x80\x9E" "1 op N\xE2\x80\x9D), jeugdhulp met en zonder verblijf, "
      "jeugdbescherming, financi\xC3\xABle cijfers in \xE2\x82\xAC per jeugdige en meer. Elke "
      "waarde krijgt dan haar bron, periode en definitie. Tot die tijd toont dit scherm "
      "bewust geen cijfers\xE2\x80\xA6");
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);

  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextUnformatted("Aantekeningen");
  ImGui::PopFont();
  ImGui::TextDisabled("Blijven alleen in deze pagina; sluiten of herladen wist ze.");
  ImGui::InputTextMultiline("##notes", &app.notes, ImVec2(column, 120));
  test_hook_item(app.test_hook, "home.notes");

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 24));
  ImGui::EndChild();
}

}  // namespace jv::app
