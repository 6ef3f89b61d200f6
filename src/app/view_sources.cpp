// "Bronnen": every dataset the app shows, with source, period, definition, licence and caveats,
// and every variable with its own definition. Plain Dutch: citizens read this too.
#include <string>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "data/embedded_data.h"
#include "imgui.h"

namespace jv::app {

namespace {

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
  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped(tr("Bronnen"));
  ImGui::PopFont();
  text_wrapped(tr(
      "Elk cijfer in Jeugdvergelijker komt uit een openbare bron of uit een bestand dat u zelf laadt. Hieronder staat "
      "per bron wat we gebruiken, over welke periode, onder welke licentie, en waar u op moet letten."));

  // Every source in the page: the compiled-in ones and the benchmarks the user added.
  for (std::size_t i = 0; i < app.model.store.sources.size(); ++i) {
    const Source& src = app.model.store.sources[i];
    const std::string title =
        src.publisher + " " + tr(src.title) + (src.table.empty() ? "" : " (StatLine " + src.table + ")");
    heading(app.platform.fonts.bold, title.c_str());
    std::string series_list;
    for (const Series& s : app.model.store.series) {
      if (s.source != static_cast<int>(i) || s.meta.role == Role::Characteristic) continue;
      series_list += std::string(series_list.empty() ? "" : "; ") + tr(s.meta.name) + " (";
      for (std::size_t p = 0; p < s.variables.size(); ++p) {
        series_list += std::string(p ? ", " : "") +
                       tr(app.model.store.data.variables[static_cast<std::size_t>(s.variables[p])].period);
      }
      series_list += ")";
    }
    field(tr("Cijfers:"), series_list);
    field(tr("Hoe hier:"), tr(src.reached));
    field(tr("Licentie:"),
          src.licence + (src.attribution.empty() ? "" : std::string(". ") + tr(src.attribution) + "."));
    field(tr("Let op:"), tr(src.caveat));
    const std::string hook = "bronnen.bron." + src.id;
    test_hook_item(app.frame.test_hook, hook.c_str());
  }

  heading(app.platform.fonts.bold, tr("Gemeenten van 2025 (samengevoegd uit 2021)"));
  field(tr("Wat:"),
        tr("De 342 gemeenten van 2025. Waar gemeenten zijn samengegaan (Dijk en Waard, Land van Cuijk, Maashorst, "
           "Voorne aan Zee, Purmerend, Amsterdam met Weesp ...), zijn de cijfers van 2021 van de voorgangers "
           "gecombineerd, gewogen naar het aantal jongeren (geschat), inwoners of huishoudens."));
  field(tr("Let op:"), tr("Dit is een berekening van Jeugdvergelijker, geen CBS-cijfer."));

  heading(app.platform.fonts.bold, tr("Gemeentegrenzen, jeugdregio's en provincies"));
  field(tr("Wat:"),
        tr("Vereenvoudigde grenzen van 2021 en 2025 (CBS/PDOK Gebiedsindelingen), voor de kaart; de indeling in "
           "jeugdregio's en provincies is afgeleid door de grenzen over elkaar te leggen."));
  field(tr("Licentie:"), tr("CC BY 4.0. Bron: CBS/PDOK Gebiedsindelingen."));
  field(tr("Let op:"),
        tr("Het minst zeker zijn Druten en Woudenberg; grenzen van regio en gemeente vallen tot zo'n 100 m niet "
           "precies samen."));

  heading(app.platform.fonts.bold, tr("Noemers: geschat"));
  text_wrapped(
      tr("Het CBS publiceert in deze tabel geen aantal jongeren. De noemers (jongeren van 0 tot 23 jaar) zijn geschat "
         "uit de leeftijdsverdeling: inwoners \xC3\x97 (aandeel 0\xE2\x80\x93"
         "14 jaar + 8/10 \xC3\x97 aandeel 15\xE2\x80\x93"
         "24 jaar). Elk cijfer dat ermee is berekend (gewogen gemiddelde, trechter) zegt dat."));

  heading(app.platform.fonts.bold, tr("Voorbeelden uit beleidsstukken"));
  for (const EmbeddedExample& ex : embedded_examples()) {
    ImGui::Bullet();
    ImGui::SameLine();
    text_wrapped("%s \xE2\x80\x93 %s", tr(ex.title), tr(ex.source));
  }

  heading(app.platform.fonts.bold, tr("Uw eigen cijfers"));
  text_wrapped(
      tr("Bestanden die u laadt, worden in deze pagina gelezen en nergens heen gestuurd. Ze staan naast de "
         "benchmark alleen als doelgroep, zorgvorm en periode gelijk zijn."));

  heading(app.platform.fonts.bold, tr("Elk cijfer"));
  for (std::size_t i = 0; i < app.model.store.series.size(); ++i) {
    const Series& series = app.model.store.series[i];
    const IndicatorMeta& m = series.meta;
    ImGui::PushID(static_cast<int>(i));
    const bool open = disclosure("##cijfer", tr(m.name));
    const std::string hook = "bronnen.cijfer." + series.id;
    test_hook_item(app.frame.test_hook, hook.c_str());
    if (open) {
      std::string periods;
      for (std::size_t p = 0; p < series.variables.size(); ++p) {
        periods += std::string(p ? ", " : "") +
                   tr(app.model.store.data.variables[static_cast<std::size_t>(series.variables[p])].period);
      }
      field(tr("Definitie:"), tr(m.definition));
      field(tr("Teller:"), tr(m.numerator));
      field(tr("Noemer:"), tr(m.denominator));
      field(tr("Doelgroep:"), tr(m.population));
      field(tr("Bron:"), tr(m.source));
      field(tr("Perioden:"), periods);
      for (const SeriesBreak& b : series.breaks) field(tr("Breuk:"), b.period.label() + ": " + tr(b.why));
      field(tr("Status:"), tr(status_label(m.status)));
      field(tr("Eenheid:"), tr(unit_label(m.unit)));
      field(tr("Richting:"), tr(direction_label(m.direction)));
      field(tr("Let op:"), tr(m.caveat));
      if (m.in_peer_distance) field(tr("Gebruikt voor:"), tr("bepalen welke gemeenten op elkaar lijken"));
      field(tr("Code:"), series.id);
    }
    ImGui::PopID();
  }
  // The characteristics behind "vergelijkbare gemeenten" and the expected values: no series.
  for (std::size_t v = 0; v < app.model.store.data.variables.size(); ++v) {
    const IndicatorMeta& m = app.model.store.data.variables[v];
    if (m.role != Role::Characteristic) continue;
    ImGui::PushID(static_cast<int>(100000 + v));
    const bool open = disclosure("##kenmerk", tr(m.name));
    const std::string hook = "bronnen.cijfer." + m.id;
    test_hook_item(app.frame.test_hook, hook.c_str());
    if (open) {
      field(tr("Definitie:"), tr(m.definition));
      field(tr("Bron:"), tr(m.source));
      field(tr("Periode:"), tr(m.period));
      field(tr("Eenheid:"), tr(unit_label(m.unit)));
      field(tr("Let op:"), tr(m.caveat));
      if (m.in_peer_distance) field(tr("Gebruikt voor:"), tr("bepalen welke gemeenten op elkaar lijken"));
    }
    ImGui::PopID();
  }
  end_view();
}

}  // namespace jv::app
