// "Bronnen": every dataset the app shows, with source, period, definition, licence and caveats,
// and every variable with its own definition. Plain Dutch: citizens read this too.
#include <string>

#include "app/layout.h"
#include "app/theme.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "data/embedded_data.h"
#include "imgui.h"

namespace jv::app {

namespace {

void heading(const AppState& app, const char* text) {
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(app.fonts.bold);
  text_wrapped("%s", text);
  ImGui::PopFont();
}

void field(const char* label, const std::string& text) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped_view(label);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  text_wrapped("%s", text.c_str());
}

}  // namespace

void view_sources(AppState& app) {
  begin_view("##bronnen", 900.0f);
  ImGui::PushFont(app.fonts.title);
  text_wrapped("Bronnen");
  ImGui::PopFont();
  text_wrapped(
      "Elk cijfer in Jeugdvergelijker komt uit een openbare bron of uit een bestand dat u zelf laadt. Hieronder staat "
      "per bron wat we gebruiken, over welke periode, onder welke licentie, en waar u op moet letten.");

  heading(app, "CBS Kerncijfers wijken en buurten 2021 (StatLine 85039NED)");
  field("Wat:", "Per gemeente (352 gemeenten, grenzen van 2021): inwoners, jongeren met jeugdzorg, huishoudens, inkomen, "
                "bijstand, Wmo en de kenmerken die bepalen welke gemeenten op elkaar lijken.");
  field("Periode:", "De kerncijfers 2021; jeugdzorg gaat over 2020, andere cijfers over 1 januari 2021 of het jaar dat "
                    "het CBS in de toelichting noemt (zie per cijfer hieronder).");
  field("Licentie:", "CC BY 4.0. Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED).");
  field("Let op:", "Jongeren met jeugdzorg telt jongeren tot 23 jaar met jeugdhulp, jeugdbescherming of "
                   "jeugdreclassering in natura. Dat is niet het landelijke kerncijfer \"jeugdigen met jeugdhulp\" "
                   "(tot 18 jaar, alleen jeugdhulp; Nederland 2020: 11,9 %). De twee staan nooit als \xC3\xA9\xC3\xA9n "
                   "indicator naast elkaar.");
  test_hook_item(app.test_hook, "bronnen.kwb");

  heading(app, "Gemeenten van 2025 (samengevoegd uit 2021)");
  field("Wat:", "De 342 gemeenten van 2025. Waar gemeenten zijn samengegaan (Dijk en Waard, Land van Cuijk, Maashorst, "
                "Voorne aan Zee, Purmerend, Amsterdam met Weesp ...), zijn de cijfers van 2021 van de voorgangers "
                "gecombineerd, gewogen naar het aantal jongeren (geschat), inwoners of huishoudens.");
  field("Let op:", "Dit is een berekening van Jeugdvergelijker, geen CBS-cijfer.");

  heading(app, "Gemeentegrenzen, jeugdregio's en provincies");
  field("Wat:", "Vereenvoudigde grenzen van 2021 en 2025 (CBS/PDOK Gebiedsindelingen), voor de kaart; de indeling in "
                "jeugdregio's en provincies is afgeleid door de grenzen over elkaar te leggen.");
  field("Licentie:", "CC BY 4.0. Bron: CBS/PDOK Gebiedsindelingen.");
  field("Let op:", "Het minst zeker zijn Druten en Woudenberg; grenzen van regio en gemeente vallen tot zo'n 100 m niet "
                   "precies samen.");

  heading(app, "Noemers: geschat");
  text_wrapped(
      "Het CBS publiceert in deze tabel geen aantal jongeren. De noemers (jongeren van 0 tot 23 jaar) zijn geschat "
      "uit de leeftijdsverdeling: inwoners \xC3\x97 (aandeel 0\xE2\x80\x93" "14 jaar + 8/10 \xC3\x97 aandeel 15\xE2\x80\x93"
      "24 jaar). Elk cijfer dat ermee is berekend (gewogen gemiddelde, trechter) zegt dat.");

  heading(app, "Voorbeelden uit beleidsstukken");
  for (const EmbeddedExample& ex : embedded_examples()) {
    ImGui::Bullet();
    ImGui::SameLine();
    text_wrapped("%s \xE2\x80\x93 %s", ex.title, ex.source);
  }

  heading(app, "Uw eigen cijfers");
  text_wrapped("Bestanden die u laadt, worden in deze pagina gelezen en nergens heen gestuurd. Ze staan naast de "
                     "benchmark alleen als doelgroep, zorgvorm en periode gelijk zijn.");

  heading(app, "Elk cijfer");
  for (std::size_t v = 0; v < app.data2025.variables.size(); ++v) {
    const IndicatorMeta& m = app.data2025.variables[v];
    ImGui::PushID(static_cast<int>(v));
    const bool open = disclosure("##cijfer", m.name);
    const std::string hook = "bronnen.cijfer." + m.id;
    test_hook_item(app.test_hook, hook.c_str());
    if (open) {
      field("Definitie:", m.definition);
      field("Teller:", m.numerator);
      field("Noemer:", m.denominator);
      field("Doelgroep:", m.population);
      field("Bron:", m.source);
      field("Periode:", m.period);
      field("Status:", status_label(m.status));
      field("Eenheid:", unit_label(m.unit));
      field("Richting:", direction_label(m.direction));
      field("Let op:", m.caveat);
      if (m.in_peer_distance) field("Gebruikt voor:", "bepalen welke gemeenten op elkaar lijken");
    }
    ImGui::PopID();
  }
  end_view();
}

}  // namespace jv::app
