#include <algorithm>

#include "app/i18n.h"
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
  text_wrapped_view(lead);
  ImGui::PopFont();
  if (!narrow) ImGui::SameLine(0, 6);
  text_wrapped("%s", text);
  ImGui::EndGroup();
}

}  // namespace

void view_home(AppState& app) {
  // A scrolling column of readable width, centred; full width on a phone.
  const float column = begin_view("##home", 780.0f, 28.0f);

  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped(tr("Welkom bij Jeugdvergelijker"));
  ImGui::PopFont();
  ImGui::Spacing();
  text_wrapped(
      tr("Jeugdvergelijker zet de jeugdhulpcijfers van uw gemeente naast die van uw jeugdregio, "
         "van gemeenten die statistisch op de uwe lijken en van heel Nederland. Alles gebeurt in "
         "deze browser: cijfers die u zelf laadt, blijven op dit apparaat \xE2\x80\x93 er wordt "
         "niets verstuurd."));

  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(238, 243, 250, 255));
  ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(186, 204, 228, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  ImGui::BeginChild("##status", ImVec2(column, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped_view(tr("Begin hier"));
  ImGui::PopFont();
  text_wrapped(
      tr("Kies uw gemeente: typ een deel van de naam. U ziet dan elk cijfer naast uw jeugdregio, de "
         "gemeenten die op de uwe lijken en Nederland, met bij elk cijfer de bron, de periode en de "
         "definitie."));
  if (gemeente_search(app, "home", column - 28.0f)) app.view.tab = Tab::Dashboard;
  const float right = ImGui::GetCursorScreenPos().x + column - 28.0f;
  if (ImGui::Button(tr("Naar de kaart"))) app.view.tab = Tab::Map;
  test_hook_item(app.frame.test_hook, "home.to_map");
  same_line_if_fits(button_width(tr("Eigen cijfers laden")), right);
  if (ImGui::Button(tr("Eigen cijfers laden"))) app.view.tab = Tab::OwnData;
  test_hook_item(app.frame.test_hook, "home.to_own");
  same_line_if_fits(button_width(tr("Bronnen")), right);
  if (ImGui::Button(tr("Bronnen"))) app.view.tab = Tab::Sources;
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);

  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped_view(tr("Voor wie"));
  ImGui::PopFont();
  bullet_paragraph(app.platform.fonts, tr("Wethouders en raadsleden:"),
                   tr("\xC3\xA9\xC3\xA9n boodschap per scherm, groot genoeg voor de beamer."));
  bullet_paragraph(app.platform.fonts, tr("Inwoners:"), tr("gewone taal, elk begrip uitgelegd, ook op de telefoon."));
  bullet_paragraph(app.platform.fonts, tr("Partners:"),
                   tr("scholen, huisartsen, aanbieders en jongerenwerk kijken samen naar dezelfde cijfers."));
  bullet_paragraph(app.platform.fonts, tr("Beleidsmedewerkers:"),
                   tr("eigen actuele cijfers laden (CSV of Excel), vergelijken en exporteren voor het raadsvoorstel."));

  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped_view(tr("Aantekeningen"));
  ImGui::PopFont();
  text_disabled(tr("Blijven alleen in deze pagina; sluiten of herladen wist ze."));
  ImGui::InputTextMultiline("##notes", &app.ui.notes, ImVec2(column, 120));
  note_text_field(app.frame.text_fields, TextKind::Prose);
  test_hook_item(app.frame.test_hook, "home.notes");

  end_view();
}

}  // namespace jv::app
