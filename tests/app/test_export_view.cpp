// "Exporteer wat u ziet" driven headless on every view: the CSV the download hook receives holds the
// figures the view drew (the core's comparisons), its provenance and what was left out and why;
// the PNG is the view at twice its size with title and source under it. Also the map as a slide,
// the ranking slide without its sorting hint, and reduced motion.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/export_view.h"
#include "app/layout.h"
#include "app/presentation.h"
#include "core/export.h"
#include "core/format.h"
#include "core/io/csv.h"
#include "core/io/inflate.h"
#include "imgui.h"
#include "platform/headless/headless.h"
#include "png_pixels.h"
#include "session.h"

using namespace jv::platform;
using jv::test::csv_records;
using jv::test::csv_rows_after;
using jv::test::Rect;
using jv::test::Session;
using jv::test::text_drawn;
using jv::test::widget;

using jv::test::png_pixels;

namespace {

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

bool drawn(const Headless& shell, const char* id) {
  ImVec2 a, b;
  return headless_widget(shell, id, &a, &b);
}

bool has(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

void choose(Headless& shell, const char* code) {
  const int g = shell.app.model.store.data.find_code(code);
  REQUIRE(g >= 0);
  jv::app::app_select_gemeente(shell.app, g);
  headless_frame(shell);
}

const std::vector<std::string>* row_of(const std::vector<std::vector<std::string>>& rows, std::size_t column,
                                       std::string_view key) {
  for (const std::vector<std::string>& r : rows) {
    if (r.size() > column && r[column] == key) return &r;
  }
  return nullptr;
}

// A number as the export writes it ("1234,56") back as a double.
double number(const std::string& text) {
  std::string t = text;
  for (char& c : t) c = c == ',' ? '.' : c;
  return t.empty() ? std::nan("") : std::stod(t);
}

const HeadlessDownload& export_csv(Headless& shell) {
  const std::size_t before = shell.downloads.size();
  headless_click_widget(shell, "export.csv");
  REQUIRE(shell.downloads.size() == before + 1);
  CHECK(shell.downloads.back().mime == "text/csv;charset=utf-8");
  if (const char* dir = std::getenv("JV_EXPORT_PNG")) {
    std::ofstream(std::string(dir) + "/" + shell.downloads.back().file_name, std::ios::binary)
        << shell.downloads.back().data;
  }
  return shell.downloads.back();
}

// The PNG export of the view on screen: through the download hook at twice the screen's size,
// with the caption band (dark text on white) under the view.
void check_png(Headless& shell, const char* name) {
  const std::size_t before = shell.downloads.size();
  headless_click_widget(shell, "export.png");
  REQUIRE(shell.downloads.size() == before + 1);
  const HeadlessDownload& png = shell.downloads.back();
  CHECK(png.file_name == name);
  CHECK(png.mime == "image/png");
  if (const char* dir = std::getenv("JV_EXPORT_PNG")) {
    std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << png.data;
  }
  int w = 0, h = 0;
  const std::vector<std::uint8_t> px = png_pixels(png.data, w, h);
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  // The Indicator's charts and the Kaart are their figure alone, in the figure's column (980 CSS
  // pixels and margins); the other views still the whole window.
  // (the Overzicht's table as long as it is).
  const bool figure = shell.app.view.tab == jv::app::Tab::Indicator || shell.app.view.tab == jv::app::Tab::Map ||
                      shell.app.view.tab == jv::app::Tab::Dashboard;
  CHECK(w == (figure ? (980 + 2 * 16) * 2 : static_cast<int>(screen.x * 2.0f)));
  if (!figure) CHECK(h > static_cast<int>(screen.y * 2.0f));
  if (shell.app.view.tab != jv::app::Tab::Dashboard)
    CHECK(h < static_cast<int>(screen.y * 2.0f) + 300);  // the band: two or three lines of text
  // The band at the bottom: white with dark text (the title and "Bron: ...").
  int dark = 0, white = 0;
  for (int y = h - 120; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const std::size_t i =
          (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 4;
      if (px[i] < 100 && px[i + 1] < 100 && px[i + 2] < 100) ++dark;
      if (px[i] == 255 && px[i + 1] == 255 && px[i + 2] == 255) ++white;
    }
  }
  CHECK(dark > 1000);
  CHECK(white > dark);
  CHECK(shell.app.ui.export_message == std::string("Bewaard als ") + name + ".");
  // The screen is the screen's again: fonts baked for it, the view as it was.
  CHECK(shell.app.platform.fonts.dpr == doctest::Approx(1.0));
}

}  // namespace

TEST_CASE("export: the Overzicht as CSV holds every comparison the view drew, with source, period and definition") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.overzicht");
  choose(s.shell, "GM0402");
  const HeadlessDownload& csv = export_csv(s.shell);
  CHECK(csv.file_name == "jeugdvergelijker_hilversum_overzicht_2025.csv");
  const std::vector<std::vector<std::string>> all = csv_records(csv.data);
  REQUIRE(all.size() > 3);
  CHECK(all[0][0] == "Jeugdvergelijker: Overzicht Hilversum");
  CHECK(all[1] == std::vector<std::string>{"Vergeleken met", "Jeugdregio Gooi en Vechtstreek"});
  const auto provenance = csv_rows_after(csv.data, "Indicator");
  const auto rows = csv_rows_after(csv.data, "indicator");
  const std::vector<jv::Comparison>& shown = app.frame.shown.rows;
  REQUIRE(shown.size() > 5);
  CHECK(rows.size() == shown.size());
  for (const jv::Comparison& c : shown) {
    const jv::IndicatorMeta& m = app.model.store.data.variables[static_cast<std::size_t>(c.variable)];
    CAPTURE(m.name);
    const std::vector<std::string>* p = row_of(provenance, 0, m.name);
    REQUIRE(p);
    CHECK((*p)[1] == m.source);
    CHECK((*p)[2] == m.period);
    CHECK((*p)[3] == m.definition);
    CHECK((*p)[5] == m.denominator);
    const std::vector<std::string>* r = row_of(rows, 0, m.name);
    REQUIRE(r);
    if (std::isnan(c.value)) {
      CHECK((*r)[3].empty());
    } else {
      CHECK(std::abs(number((*r)[3]) - c.value) <= 0.005 + 1e-9);  // two decimals
      CHECK(std::abs(number((*r)[6]) - c.median) <= 0.005 + 1e-9);
      CHECK((*r)[4] == jv::reference_label(c.reference));
    }
  }
  // By hand (README): Hilversum's youth-care lasten in the jaarrekening 2023, € 311 per inhabitant.
  const int jaarrekening = jv::find_series(app.model.store, "iv3-jeugd-lasten-per-inwoner-jaarrekening");
  REQUIRE(jaarrekening >= 0);
  const jv::IndicatorMeta& per_inwoner = app.model.store.series[static_cast<std::size_t>(jaarrekening)].meta;
  const std::vector<std::string>* lasten = row_of(rows, 0, per_inwoner.name);
  REQUIRE(lasten);
  CHECK(std::lround(number((*lasten)[3])) == 311);
  CHECK(has((*lasten)[1], "2023"));
  // The view says what it saved.
  headless_frame(s.shell);
  CHECK(app.ui.export_message == "Bewaard als jeugdvergelijker_hilversum_overzicht_2025.csv.");
  check_png(s.shell, "jeugdvergelijker_hilversum_overzicht_2025.png");
  std::string title, source;
  jv::app::view_caption(app, title, source);
  CHECK(title == "Jeugdvergelijker \xC2\xB7 Overzicht: Hilversum (vergeleken met Jeugdregio Gooi en Vechtstreek)");
  // Each source once, with every period of it on screen.
  CHECK(source.rfind("Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED): 2020, 1 januari 2021, ", 0) == 0);
  CHECK(has(source, "; CBS, Iv3 (jaarrekening), jaarrekening 2023; "));
  CHECK(source.find("Kerncijfers", 20) == std::string::npos);
  CHECK(drawn(s.shell, "tabs.overzicht"));
}

TEST_CASE("export: each of the Indicator's four charts exports the figures it draws") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.indicator");
  choose(s.shell, "GM0361");  // Alkmaar
  const jv::Dataset& d = app.model.store.data;
  const int v = app.view.indicator;
  const jv::Group group = jv::app::app_group_for(app, v);
  const int alkmaar = app.view.gemeente;
  const jv::Comparison c = jv::compare(app.model.store.bench, alkmaar, v, group);

  // Verdeling: every gemeente with a value, the chosen one marked.
  headless_click_widget(s.shell, "detail.verdeling");
  std::string csv = export_csv(s.shell).data;
  CHECK(s.shell.downloads.back().file_name == "jeugdvergelijker_alkmaar_verdeling_2020.csv");
  auto rows = csv_rows_after(csv, "gemeente");
  std::size_t with_value = 0;
  for (std::size_t g = 0; g < d.gemeenten.size(); ++g) with_value += !std::isnan(d.value(static_cast<int>(g), v));
  CHECK(rows.size() == with_value);
  const std::vector<std::string>* r = row_of(rows, 1, "GM0361");
  REQUIRE(r);
  CHECK((*r)[3] == "gekozen");
  CHECK(std::abs(number((*r)[4]) - c.value) <= 0.005 + 1e-9);
  std::size_t in_group = 0;
  for (const auto& row : rows) in_group += row[3] == "groep";
  CHECK(in_group + 1 == group.members.size());  // the jeugdregio holds Alkmaar itself

  // Trechter: the rate, its denominator and the limits at that denominator, per gemeente.
  headless_click_widget(s.shell, "detail.trechter");
  csv = export_csv(s.shell).data;
  CHECK(s.shell.downloads.back().file_name == "jeugdvergelijker_alkmaar_trechter_2020.csv");
  rows = csv_rows_after(csv, "gemeente");
  r = row_of(rows, 1, "GM0361");
  REQUIRE(r);
  CHECK(number((*r)[4]) == doctest::Approx(std::round(c.denominator)));
  CHECK(std::abs(number((*r)[5]) - c.funnel95.lo) <= 0.005 + 1e-9);
  CHECK(std::abs(number((*r)[8]) - c.funnel998.hi) <= 0.005 + 1e-9);
  CHECK(number((*r)[5]) < number((*r)[6]));

  // Ranglijst: the group by rank, 1 the lowest, each with its verdict.
  headless_click_widget(s.shell, "detail.ranglijst");
  csv = export_csv(s.shell).data;
  rows = csv_rows_after(csv, "rang");
  CHECK(rows.size() == group.members.size());
  REQUIRE(!rows.empty());
  CHECK(rows.front()[0] == "1");
  for (std::size_t i = 1; i < rows.size(); ++i) CHECK(number(rows[i - 1][3]) <= number(rows[i][3]));
  r = row_of(rows, 2, "GM0361");
  REQUIRE(r);
  CHECK((*r)[5] == jv::verdict_label(c.verdict));

  // Tijdreeks of spending per inhabitant (begroting): one row per period, as the chart's points.
  const int si = jv::find_series(app.model.store, "iv3-jeugd-lasten-per-inwoner-begroting");
  REQUIRE(si >= 0);
  const jv::Series& series = app.model.store.series[static_cast<std::size_t>(si)];
  app.view.indicator = series.variables.front();  // an older period chosen: the series is the same
  ImGui::GetIO().AddMousePosEvent(0.0f, 0.0f);
  headless_frame(s.shell);
  headless_frame(s.shell);  // the chooser's period row moved the buttons: click where they are now
  headless_click_widget(s.shell, "detail.tijdreeks");
  csv = export_csv(s.shell).data;
  CHECK(s.shell.downloads.back().file_name ==
        "jeugdvergelijker_alkmaar_tijdreeks_" + jv::series_id(series.periods.back().label()) + ".csv");
  rows = csv_rows_after(csv, "periode");
  REQUIRE(rows.size() == series.periods.size());
  for (std::size_t i = 0; i < series.periods.size(); ++i) {
    const jv::Comparison p = jv::compare(app.model.store.bench, alkmaar, series.variables[i],
                                         jv::app::app_group_for(app, series.variables[i]));
    CHECK(rows[i][0] == series.periods[i].label());
    CHECK(std::abs(number(rows[i][1]) - p.value) <= 0.005 + 1e-9);
    CHECK(std::abs(number(rows[i][2]) - p.median) <= 0.005 + 1e-9);
  }
  std::string title, source;
  jv::app::view_caption(app, title, source);
  CHECK(source == "Bron: CBS, Iv3 (begroting): begroting 2023, begroting 2024, begroting 2025.");
  check_png(s.shell,
            ("jeugdvergelijker_alkmaar_tijdreeks_" + jv::series_id(series.periods.back().label()) + ".png").c_str());
}

TEST_CASE("export: the Kaart's CSV leaves out a count under 10 from a region's file, with the reason") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  const std::string region =
      "Gemeente;Uithuisplaatsingen 2024 (aantal)\n"
      "Arnhem;140\nDoesburg;6\nDuiven;23\nRheden;38\nZevenaar;31\nWestervoort;12\n";
  jv::app::app_load_file(app, "regio_uithuisplaatsingen.csv", bytes_of(region));
  REQUIRE(app.own.last_report.ok);
  int series = -1;
  for (std::size_t i = 0; i < app.model.store.series.size(); ++i) {
    if (app.model.store.series[i].id.rfind("eigen-regio-uithuisplaatsingen", 0) == 0) series = static_cast<int>(i);
  }
  REQUIRE(series >= 0);
  headless_click_widget(s.shell, "tabs.kaart");
  choose(s.shell, "GM0202");  // Arnhem
  app.view.indicator = jv::latest_variable(app.model.store, series);
  headless_frame(s.shell);
  const std::string csv = export_csv(s.shell).data;
  CHECK(s.shell.downloads.back().file_name == "jeugdvergelijker_arnhem_kaart_2024.csv");
  const auto rows = csv_rows_after(csv, "gemeente");
  CHECK(rows.size() == app.model.store.data.gemeenten.size());  // the map colours every gemeente
  const std::vector<std::string>* doesburg = row_of(rows, 1, "GM0221");
  REQUIRE(doesburg);
  CHECK((*doesburg)[4].empty());
  CHECK((*doesburg)[5] == "< 10, niet gedeeld");
  CHECK_FALSE(has(csv, ";6;"));
  // Counts leave rounded to 5: 23 as 25, 38 as 40, 12 as 10.
  CHECK((*row_of(rows, 1, "GM0226"))[4] == "25");
  CHECK((*row_of(rows, 1, "GM0275"))[4] == "40");
  CHECK((*row_of(rows, 1, "GM0202"))[3] == "gekozen");
  CHECK((*row_of(rows, 1, "GM0202"))[4] == "140");
  CHECK(has(csv, "\r\nNiet getoond;Waarom\r\n"));
  CHECK(has(csv, "\r\nDoesburg, Uithuisplaatsingen;< 10, niet gedeeld\r\n"));
  check_png(s.shell, "jeugdvergelijker_arnhem_kaart_2024.png");
}

TEST_CASE("export: Vergelijkbare gemeenten exports the peers as edited, with distance and characteristics") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.buren");
  choose(s.shell, "GM0402");
  headless_frame(s.shell);
  std::string csv = export_csv(s.shell).data;
  CHECK(s.shell.downloads.back().file_name == "jeugdvergelijker_hilversum_buren.csv");
  auto rows = csv_rows_after(csv, "plaats");
  REQUIRE(rows.size() == app.view.peers.size() + 1);  // Hilversum itself first
  CHECK(rows[0][2] == "GM0402");
  const std::vector<jv::Neighbour> near = jv::neighbours(app.model.store.bench, app.view.gemeente, 10);
  CHECK(rows[1][2] == app.model.store.data.gemeenten[static_cast<std::size_t>(near[0].gemeente)].code);
  CHECK(std::abs(number(rows[1][3]) - near[0].distance) <= 0.005 + 1e-9);
  CHECK(rows[1].size() == 4 + app.model.store.bench.peer_variables.size());
}

TEST_CASE("export: Eigen cijfers leaves out Teylingen's 7 and the 46 that would reveal it, with the reason") {
  Session s(1280, 3000);  // tall: the buttons stand under the report and the table
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  headless_click_widget(s.shell, "own.example.1");
  headless_frame(s.shell);
  const std::string csv = export_csv(s.shell).data;
  // The table as on screen: indicator, uitsplitsing, periode, eenheid, Teylingen, Nederland, status.
  const auto rows = csv_rows_after(csv, "indicator");
  std::size_t small = 0, secondary = 0;
  for (const auto& r : rows) {
    small += r[6] == "< 10, niet gedeeld" && r[4].empty();
    secondary += has(r[6], "verborgen") && r[4].empty();
  }
  CHECK(small == 1);
  CHECK(secondary == 1);
  CHECK(rows.size() == app.own.data.values.size());  // the file holds Teylingen's figures only
  CHECK(has(csv, "Niet getoond;Waarom"));
  CHECK(has(csv, "\r\nIndicator;Bron;Periode;Definitie;Teller;Noemer;Eenheid\r\n"));
  CHECK_FALSE(has(csv, ";7;"));
  CHECK(s.shell.downloads.back().file_name.rfind("jeugdvergelijker_teylingen_eigen_", 0) == 0);
}

TEST_CASE("export: the map as a slide, large with its legend, source and period, and no controls") {
  Session s(1920, 1080);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.kaart");
  choose(s.shell, "GM0402");
  headless_click_widget(s.shell, "present.add");
  REQUIRE(app.present.deck.slides.size() == 1);
  CHECK(app.present.deck.slides[0].view.rfind("tab=kaart&gemeente=GM0402", 0) == 0);
  const Rect in_view = widget(s.shell, "map.canvas");
  REQUIRE(jv::app::app_present(app, 0));
  headless_frame(s.shell);
  const Rect map = widget(s.shell, "map.canvas");
  const Rect legend = widget(s.shell, "map.legend");
  const Rect chart = widget(s.shell, "present.chart");
  CHECK(map.max.y - map.min.y > 600.0f);  // most of the slide's height
  CHECK(map.max.y - map.min.y > in_view.max.y - in_view.min.y);
  CHECK(legend.min.x >= map.max.x);  // beside it
  CHECK(legend.max.y <= chart.max.y + 1.0f);
  CHECK_FALSE(drawn(s.shell, "map.zoom_in"));
  CHECK_FALSE(drawn(s.shell, "export.csv"));
  const std::string text = text_drawn(s.shell);
  CHECK(has(text, "Gemeentegrenzen 2025"));
  CHECK(has(text, "Bron: CBS"));
  CHECK_FALSE(has(text, "Klik op een gemeente"));
  jv::app::app_stop_presenting(app);
  CHECK(app.view.tab == jv::app::Tab::Map);
  // As a PNG for PowerPoint: the slide at twice the screen's size.
  const std::string png = jv::app::app_render_slide_png(app, 0, 2.0f);
  if (const char* dir = std::getenv("JV_EXPORT_PNG")) {
    std::ofstream(std::string(dir) + "/presentatie-kaart.png", std::ios::binary) << png;
  }
  int w = 0, h = 0;
  png_pixels(png, w, h);
  CHECK(w == 3840);
  CHECK(h == 2160);
}

TEST_CASE("export: the Ranglijst slide leaves out how to sort and choose, the view keeps it") {
  Session s(1920, 1080);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.indicator");
  choose(s.shell, "GM0402");
  headless_click_widget(s.shell, "detail.ranglijst");
  CHECK(has(text_drawn(s.shell), "Klik op een kolomkop om te sorteren"));
  headless_click_widget(s.shell, "present.add");
  REQUIRE(jv::app::app_present(app, 0));
  headless_frame(s.shell);
  const std::string text = text_drawn(s.shell);
  CHECK(has(text, "Rang 1 = laagste waarde."));
  CHECK_FALSE(has(text, "Klik op een kolomkop"));
  CHECK_FALSE(has(text, "sorteren"));
}

TEST_CASE("reduced motion: the copied-link note stays and no frame is drawn for it") {
  for (const bool reduced : {false, true}) {
    CAPTURE(reduced);
    Session s(1280, 800);
    jv::app::AppState& app = s.shell.app;
    app.platform.reduced_motion = reduced;
    headless_click_widget(s.shell, "tabs.overzicht");
    choose(s.shell, "GM0402");
    headless_click_widget(s.shell, "view.share");
    CHECK(drawn(s.shell, "view.share_copied"));
    CHECK(app.frame.wants_animation == !reduced);
    for (int i = 0; i < 200; ++i) headless_frame(s.shell);  // 3,2 s
    CHECK(drawn(s.shell, "view.share_copied") == reduced);
    CHECK_FALSE(app.frame.wants_animation);
    if (reduced) {
      // Gone once the view changes: the link no longer says what is on screen.
      headless_click_widget(s.shell, "tabs.kaart");
      headless_frame(s.shell);
      CHECK_FALSE(drawn(s.shell, "view.share_copied"));
    }
  }
}

namespace {

// "Exporteer als afbeelding" of the view on screen: the figure alone (as Eigen cijfers' table), with
// the band of title and source under it. What the export frame drew holds `figure` and none of the
// window's controls; the image is the figure's column wide (980 + margins, at twice the size).
void check_figure_png(Headless& shell, const char* figure, std::initializer_list<const char*> controls,
                      int column = 980) {
  jv::app::record_text(true);
  const std::string png = jv::app::app_render_view_png(shell.app, 2.0f);
  std::string text;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) text += d.text + "\n";
  jv::app::record_text(false);
  CAPTURE(text);
  const std::string figure_id = figure;
  CAPTURE(figure_id);
  CHECK(drawn(shell, figure));
  for (const char* control :
       {"titlebar.name", "titlebar.about", "tabs.start", "tabs.overzicht", "tabs.indicator", "tabs.kaart", "tabs.buren",
        "tabs.own", "export.csv", "export.png", "present.add", "view.share", "group.choose"}) {
    const std::string id = control;
    CAPTURE(id);
    CHECK_FALSE(drawn(shell, control));
  }
  for (const char* control : controls) {
    const std::string id = control;
    CAPTURE(id);
    CHECK_FALSE(drawn(shell, control));
  }
  if (const char* dir = std::getenv("JV_EXPORT_PNG"))
    std::ofstream(std::string(dir) + "/figuur-" + figure_id + ".png", std::ios::binary) << png;
  CHECK_FALSE(has(text, "Exporteer"));
  CHECK_FALSE(has(text, "Voeg toe aan presentatie"));
  CHECK_FALSE(has(text, "Bewaard als"));
  CHECK_FALSE(has(text, "Klik op"));  // a picture is not clicked: no hint how to
  CHECK_FALSE(has(text, "Tik op"));
  int w = 0, h = 0;
  const std::vector<std::uint8_t> px = png_pixels(png, w, h);
  CHECK(w == (column + 2 * 16) * 2);
  CHECK(h > 200);
  // The image starts with the figure's white margin, not the title bar (a coloured band).
  int not_white = 0;
  for (int y = 0; y < 24 && y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const std::size_t i =
          (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 4;
      not_white += !(px[i] == 255 && px[i + 1] == 255 && px[i + 2] == 255);
    }
  }
  CHECK(not_white == 0);
  // The screen is the screen's again, with its controls.
  CHECK(shell.app.platform.fonts.dpr == doctest::Approx(1.0));
  headless_frame(shell);
  CHECK(drawn(shell, "export.png"));
  CHECK(drawn(shell, figure));
}

}  // namespace

TEST_CASE("export: the PNG of each Indicator chart is the chart with its headline, without tabs or buttons") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.indicator");
  choose(s.shell, "GM0361");                     // Alkmaar
  headless_click_widget(s.shell, "export.csv");  // a message left on screen, not in the picture
  const std::initializer_list<const char*> controls = {"indicator",        "detail.verdeling", "detail.trechter",
                                                       "detail.ranglijst", "detail.tijdreeks", "series.target",
                                                       "series.choose"};
  headless_click_widget(s.shell, "detail.verdeling");
  jv::app::record_text(true);
  (void)jv::app::app_render_view_png(s.shell.app, 2.0f);
  jv::app::record_text(false);
  CHECK(drawn(s.shell, "headline"));
  headless_frame(s.shell);
  check_figure_png(s.shell, "detail.plot", controls);
  headless_click_widget(s.shell, "detail.trechter");
  check_figure_png(s.shell, "detail.plot", controls);
  headless_click_widget(s.shell, "detail.ranglijst");
  check_figure_png(s.shell, "detail.ranking", controls);
  // A series over three budget years, so the time series has a plot.
  const int si = jv::find_series(s.shell.app.model.store, "iv3-jeugd-lasten-per-inwoner-begroting");
  REQUIRE(si >= 0);
  s.shell.app.view.indicator = s.shell.app.model.store.series[static_cast<std::size_t>(si)].variables.back();
  headless_frame(s.shell);
  headless_frame(s.shell);
  headless_click_widget(s.shell, "detail.tijdreeks");
  check_figure_png(s.shell, "reeks.plot", controls);
  CHECK(drawn(s.shell, "detail.tijdreeks"));
}

TEST_CASE("export: the PNG of the Kaart is the map with its legend, without zoom buttons or chooser") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.kaart");
  choose(s.shell, "GM0202");  // Arnhem
  check_figure_png(s.shell, "map.canvas",
                   {"map.indicator", "map.diverging", "map.zoom_in", "map.zoom_out", "map.reset"});
  (void)jv::app::app_render_view_png(s.shell.app, 2.0f);
  CHECK(drawn(s.shell, "map.legend"));
  headless_frame(s.shell);
}

TEST_CASE("export: the PNG of the Overzicht is its headline and table, without Details buttons or export buttons") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.overzicht");
  choose(s.shell, "GM0402");  // Hilversum
  const jv::app::ShownComparison on_screen = s.shell.app.frame.shown;
  REQUIRE_FALSE(on_screen.rows.empty());
  const std::string first =
      s.shell.app.model.store.data.variables[static_cast<std::size_t>(on_screen.rows[0].variable)].id;
  REQUIRE(drawn(s.shell, ("dash.detail." + first).c_str()));
  check_figure_png(s.shell, "headline", {("dash.detail." + first).c_str()});
  (void)jv::app::app_render_view_png(s.shell.app, 2.0f);
  CHECK(drawn(s.shell, ("dash.value." + first).c_str()));
  CHECK(drawn(s.shell, ("dash.strip." + first).c_str()));
  // The caption names what the picture holds: the same comparisons as on screen.
  CHECK(s.shell.app.frame.shown.rows.size() == on_screen.rows.size());
  headless_frame(s.shell);
}

TEST_CASE("export: the PNG of Vergelijkbare gemeenten is the table of peers, without search, Verwijder or editing") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.buren");
  choose(s.shell, "GM0402");  // Hilversum
  REQUIRE(s.shell.app.view.peers.size() > 1);
  const int first =
      s.shell.app.view.peers[0] == s.shell.app.view.gemeente ? s.shell.app.view.peers[1] : s.shell.app.view.peers[0];
  const std::string code = s.shell.app.model.store.data.gemeenten[static_cast<std::size_t>(first)].code;
  REQUIRE(drawn(s.shell, ("peers.remove." + code).c_str()));
  // The table as wide as the view has it (1240 CSS pixels on this screen), not cut to a column.
  check_figure_png(s.shell, "peers.table",
                   {"peers.search", "peers.reset", "peers.use", "peers.to_custom", "custom.use",
                    ("peers.remove." + code).c_str(), ("peers.open." + code).c_str()},
                   1240);
}

TEST_CASE("export: on a phone the PNG of Vergelijkbare gemeenten is the cards the view shows, without Verwijder") {
  Session s(375, 740);
  headless_click_widget(s.shell, "tabs.buren");
  choose(s.shell, "GM0402");  // Hilversum
  const int first =
      s.shell.app.view.peers[0] == s.shell.app.view.gemeente ? s.shell.app.view.peers[1] : s.shell.app.view.peers[0];
  const std::string code = s.shell.app.model.store.data.gemeenten[static_cast<std::size_t>(first)].code;
  jv::app::record_text(true);
  const std::string png = jv::app::app_render_view_png(s.shell.app, 2.0f);
  std::string text;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) text += d.text + "\n";
  jv::app::record_text(false);
  CHECK(drawn(s.shell, "peers.table"));
  CHECK_FALSE(drawn(s.shell, ("peers.remove." + code).c_str()));
  CHECK_FALSE(drawn(s.shell, "tabs.buren"));
  CHECK(has(text, "Afstand "));  // the cards' line per peer ("Afstand 0,54"), not the table's header
  int w = 0, h = 0;
  png_pixels(png, w, h);
  CHECK(w == 375 * 2);  // the screen's width: the figure's column is all of it
  headless_frame(s.shell);
}
