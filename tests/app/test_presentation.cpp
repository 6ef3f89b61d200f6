// The council presentation driven headless: slides added from three views, presented full screen
// and stepped with a clicker's keys, the deck file saved and opened again (own figures never in
// it), and the slide in the address.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/layout.h"
#include "app/presentation.h"
#include "core/deck.h"
#include "core/io/inflate.h"
#include "imgui.h"
#include "platform/headless/headless.h"
#include "png_pixels.h"
#include "session.h"

using namespace jv::platform;
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

void choose(Headless& shell, const char* code) {
  const int g = shell.app.model.store.data.find_code(code);
  REQUIRE(g >= 0);
  jv::app::app_select_gemeente(shell.app, g);
  headless_frame(shell);
}

bool has(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

// Three slides: Hilversum's Overzicht, its funnel of youth care, Alkmaar's spending per inhabitant
// over time; each added with the view's own button.
void add_three_slides(Headless& shell) {
  jv::app::AppState& app = shell.app;
  headless_click_widget(shell, "tabs.overzicht");
  choose(shell, "GM0402");
  headless_click_widget(shell, "present.add");
  REQUIRE(app.present.deck.slides.size() == 1);
  headless_click_widget(shell, "tabs.indicator");
  headless_click_widget(shell, "detail.trechter");
  headless_click_widget(shell, "present.add");
  REQUIRE(app.present.deck.slides.size() == 2);
  choose(shell, "GM0361");
  app.view.indicator =
      jv::latest_variable(app.model.store, jv::find_series(app.model.store, "iv3-jeugd-lasten-per-inwoner-begroting"));
  headless_frame(shell);
  headless_click_widget(shell, "detail.tijdreeks");
  headless_click_widget(shell, "present.add");
  REQUIRE(app.present.deck.slides.size() == 3);
}

}  // namespace

TEST_CASE("presentation: three slides from three views, stepped by a clicker's keys, Escape leaves") {
  Session s(1920, 1080);  // a projector
  jv::app::AppState& app = s.shell.app;
  add_three_slides(s.shell);
  const jv::Deck& deck = app.present.deck;
  // The latest period is left out of a link (it follows the data), as in "Deel deze weergave".
  CHECK(deck.slides[0].view ==
        "tab=overzicht&gemeente=GM0402&groep=jeugdregio&indicator=jeugdzorg-tot-23&weergave="
        "verdeling");
  CHECK(deck.slides[1].view ==
        "tab=indicator&gemeente=GM0402&groep=jeugdregio&indicator=jeugdzorg-tot-23&weergave="
        "trechter");
  CHECK(deck.slides[2].view ==
        "tab=indicator&gemeente=GM0361&groep=jeugdregio&indicator=iv3-jeugd-lasten-per-inwoner-begroting&weergave="
        "tijdreeks");
  CHECK(deck.slides[2].own_series.empty());
  CHECK(app.present.message == "Toegevoegd als dia 3 van de presentatie.");

  // The panel: a sentence of our own for the second slide.
  headless_click_widget(s.shell, "titlebar.presentation");
  CHECK(drawn(s.shell, "present.panel"));
  headless_click_widget(s.shell, "present.edit.2");
  headless_click_widget(s.shell, "present.edit_text.2");
  headless_shortcut(s.shell, ImGuiKey_A);
  headless_type(s.shell, "Meer jeugdhulp dan de regio; we zoeken uit waarom.");
  headless_click_widget(s.shell, "present.save_sentence.2");
  CHECK(deck.slides[1].sentence == "Meer jeugdhulp dan de regio; we zoeken uit waarom.");

  const jv::app::ViewState before = app.view;
  headless_click_widget(s.shell, "present.start");
  REQUIRE(app.present.presenting);
  CHECK(s.shell.fullscreen);
  CHECK(app.present.current == 0);
  CHECK(app.view.tab == jv::app::Tab::Dashboard);
  CHECK(app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code == "GM0402");
  CHECK(jv::app::app_view_link(app).ends_with("&dia=1"));
  // No controls: neither the tabs nor the panel.
  CHECK_FALSE(drawn(s.shell, "tabs.overzicht"));
  CHECK_FALSE(drawn(s.shell, "present.panel"));
  CHECK(drawn(s.shell, "present.chart"));
  std::string text = text_drawn(s.shell);
  CHECK(has(text, "Hilversum"));
  CHECK(has(text, "Bron: CBS"));
  CHECK(has(text, "Vergeleken met Jeugdregio Gooi en Vechtstreek."));
  CHECK(has(text, jv::app::slide_sentence(app, 0)));
  Rect progress = widget(s.shell, "present.progress");
  CHECK(progress.max.x - progress.min.x == doctest::Approx(1920.0 / 3.0));
  CHECK(progress.max.y == doctest::Approx(1080.0));

  headless_key(s.shell, ImGuiKey_RightArrow);
  CHECK(app.present.current == 1);
  CHECK(app.view.tab == jv::app::Tab::Indicator);
  CHECK(app.view.detail == jv::app::DetailView::Funnel);
  text = text_drawn(s.shell);
  CHECK(has(text, "Meer jeugdhulp dan de regio; we zoeken uit waarom."));
  // The funnel, taller than in its view (400 px there).
  const Rect plot = widget(s.shell, "detail.plot");
  CHECK(plot.max.y - plot.min.y > 400.0f);
  progress = widget(s.shell, "present.progress");
  CHECK(progress.max.x - progress.min.x == doctest::Approx(1920.0 * 2.0 / 3.0));

  headless_key(s.shell, ImGuiKey_PageDown);
  CHECK(app.present.current == 2);
  CHECK(app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code == "GM0361");
  CHECK(app.view.detail == jv::app::DetailView::TimeSeries);
  CHECK(has(text_drawn(s.shell), "Alkmaar"));
  headless_key(s.shell, ImGuiKey_Space);  // past the last slide: stays there
  CHECK(app.present.current == 2);
  headless_key(s.shell, ImGuiKey_LeftArrow);
  CHECK(app.present.current == 1);
  headless_key(s.shell, ImGuiKey_Home);
  CHECK(app.present.current == 0);
  headless_key(s.shell, ImGuiKey_End);
  CHECK(app.present.current == 2);
  headless_key(s.shell, ImGuiKey_Backspace);
  CHECK(app.present.current == 1);
  headless_key(s.shell, ImGuiKey_Enter);
  CHECK(app.present.current == 2);

  // P: the slide as a PNG at twice the screen's size, through the download.
  headless_key(s.shell, ImGuiKey_P);
  REQUIRE(s.shell.downloads.size() == 1);
  CHECK(s.shell.downloads[0].file_name == "presentatie-dia-3.png");
  CHECK(s.shell.downloads[0].mime == "image/png");
  CHECK(app.present.presenting);  // still on the same slide
  CHECK(app.present.current == 2);
  CHECK(app.present.message == "Dia 3 bewaard als presentatie-dia-3.png.");
  if (const char* dir = std::getenv("JV_PRESENT_PNG")) {
    std::ofstream(std::string(dir) + "/presentatie-dia-3.png", std::ios::binary) << s.shell.downloads[0].data;
  }
  int w = 0, h = 0;
  const std::vector<std::uint8_t> px = png_pixels(s.shell.downloads[0].data, w, h);
  CHECK(w == 3840);
  CHECK(h == 2160);
  auto pixel = [&](int x, int y) {
    const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 4;
    return std::vector<int>{px[i], px[i + 1], px[i + 2], px[i + 3]};
  };
  CHECK(pixel(4, 4) == std::vector<int>{255, 255, 255, 255});  // the slide's white
  // The progress bar along the bottom (8 CSS px, 16 image px), full on the last slide, in the accent.
  CHECK(pixel(100, 2155) == std::vector<int>{31, 95, 168, 255});
  CHECK(pixel(3800, 2145) == std::vector<int>{31, 95, 168, 255});
  std::set<std::vector<int>> colours;
  for (int y = 0; y < h; y += 7) {
    for (int x = 0; x < w; x += 7) colours.insert(pixel(x, y));
  }
  CHECK(colours.size() > 20);  // text, chart lines and dots, not one flat colour

  headless_key(s.shell, ImGuiKey_Escape);
  CHECK_FALSE(app.present.presenting);
  CHECK_FALSE(s.shell.fullscreen);
  CHECK(app.view == before);
  CHECK_FALSE(jv::app::app_view_link(app).ends_with("dia=3"));
  CHECK(drawn(s.shell, "tabs.overzicht"));

  // Exporting from the panel, not presenting: the same image size, and nothing changes on screen.
  for (int i = 0; i < 2; ++i) {
    const std::string png = jv::app::app_render_slide_png(app, i, 2.0f);
    int pw = 0, ph = 0;
    png_pixels(png, pw, ph);
    CHECK(pw == 3840);
    CHECK(ph == 2160);
    CHECK_FALSE(app.present.presenting);
    CHECK(app.view == before);
    if (const char* dir = std::getenv("JV_PRESENT_PNG")) {
      std::ofstream(std::string(dir) + "/presentatie-dia-" + std::to_string(i + 1) + ".png", std::ios::binary) << png;
    }
  }
  headless_frame(s.shell);
  CHECK(drawn(s.shell, "tabs.overzicht"));

  // The browser leaving full screen by itself ends the presentation too.
  CHECK(jv::app::app_present(app, 1));
  jv::app::app_fullscreen_changed(app, false);
  CHECK_FALSE(app.present.presenting);
  CHECK(app.view == before);
}

TEST_CASE("presentation: the deck file goes through the download and comes back through the file chooser") {
  std::string saved;
  {
    Session s(1280, 800);
    add_three_slides(s.shell);
    s.shell.app.present.deck.set_sentence(0, "Eerst; het overzicht");
    headless_click_widget(s.shell, "titlebar.presentation");
    headless_click_widget(s.shell, "present.save");
    REQUIRE(s.shell.downloads.size() == 1);
    CHECK(s.shell.downloads[0].file_name == "presentatie.jvdeck.txt");
    saved = s.shell.downloads[0].data;
    CHECK(saved.starts_with("Jeugdvergelijker presentatie;1\n"));
    CHECK(has(saved, ";Eerst\\; het overzicht\n"));
  }
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  // A broken file says where, and leaves the deck (empty here) as it was.
  jv::app::app_load_file(app, "kapot.txt", bytes_of("Jeugdvergelijker presentatie;1\ntab=overzicht\n"));
  CHECK(app.present.message ==
        "Presentatie niet geladen (kapot.txt): Regel 2: geen \xE2\x80\x9E;\xE2\x80\x9D tussen de weergave en de "
        "zin. Elke dia is \xC3\xA9\xC3\xA9n regel: de weergave, een \xE2\x80\x9E;\xE2\x80\x9D en de zin.");
  CHECK(app.present.deck.slides.empty());
  CHECK(app.own.data.values.empty());  // not read as own figures

  jv::app::app_load_file(app, "presentatie.jvdeck.txt", bytes_of(saved));
  CHECK(app.present.message == "Presentatie geladen: 3 dia's.");
  REQUIRE(app.present.deck.slides.size() == 3);
  CHECK(app.present.deck.slides[0].sentence == "Eerst; het overzicht");
  CHECK(app.own.data.values.empty());

  // A link with the slide resumes there with the deck in the page.
  CHECK(jv::app::app_apply_view_link(app, "tab=start&dia=2"));
  CHECK(app.present.presenting);
  CHECK(app.present.current == 1);
  CHECK(app.view.detail == jv::app::DetailView::Funnel);
  headless_frame(s.shell);
  CHECK(jv::app::app_view_link(app).ends_with("&dia=2"));
  jv::app::app_stop_presenting(app);
  // A slide number the deck does not have opens just the view.
  CHECK(jv::app::app_apply_view_link(app, "tab=kaart&dia=7"));
  CHECK_FALSE(app.present.presenting);
  CHECK(app.view.tab == jv::app::Tab::Map);
}

TEST_CASE("presentation: a slide of own figures keeps them out of the file and asks for them") {
  std::string saved;
  const std::string region =
      "Gemeente;Wachttijd Q1-3 2025 (weken)\n"
      "Arnhem;14\nDoesburg;9\nDuiven;11\nRheden;12\nRozendaal;6\n"
      "Wageningen;10\nWestervoort;13\nZevenaar;16\nLingewaard;7\nOverbetuwe;12\n";
  {
    Session s(1280, 800);
    jv::app::AppState& app = s.shell.app;
    jv::app::app_load_file(app, "regio_wachttijden.csv", bytes_of(region));
    REQUIRE(app.own.last_report.ok);
    const int series = jv::find_series(app.model.store, "eigen-regio-wachttijden-csv-wachttijd");
    REQUIRE(series >= 0);
    choose(s.shell, "GM0202");
    app.view.tab = jv::app::Tab::Indicator;
    app.view.indicator = jv::latest_variable(app.model.store, series);
    app.view.detail = jv::app::DetailView::Ranking;
    headless_frame(s.shell);
    headless_click_widget(s.shell, "present.add");
    REQUIRE(app.present.deck.slides.size() == 1);
    CHECK(app.present.deck.slides[0].own_series == "eigen-regio-wachttijden-csv-wachttijd");
    CHECK(app.present.deck.slides[0].own_period == "Q1-3 2025");
    jv::app::app_save_deck(app);
    REQUIRE(s.shell.downloads.size() == 1);
    saved = s.shell.downloads[0].data;
  }
  CHECK(saved ==
        "Jeugdvergelijker presentatie;1\n"
        "tab=indicator&gemeente=GM0202&groep=jeugdregio&weergave=ranglijst;;eigen-regio-wachttijden-csv-wachttijd;"
        "Q1-3 2025\n");
  CHECK_FALSE(has(saved, "Lingewaard"));  // no figure and no gemeente of the file

  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  jv::app::app_load_file(app, "presentatie.jvdeck.txt", bytes_of(saved));
  CHECK(app.present.message ==
        "Presentatie geladen: 1 dia. Dia 1: Deze dia toont eigen cijfers: laad die eerst (tab Eigen cijfers).");
  REQUIRE(jv::app::app_present(app, 0));
  headless_frame(s.shell);
  CHECK(app.present.slide_note == jv::app::kOwnFiguresMissing);
  CHECK(has(text_drawn(s.shell), "Deze dia toont eigen cijfers: laad die eerst (tab Eigen cijfers)."));
  jv::app::app_stop_presenting(app);

  // With the figures loaded the slide shows them again.
  jv::app::app_load_file(app, "regio_wachttijden.csv", bytes_of(region));
  REQUIRE(jv::app::app_present(app, 0));
  headless_frame(s.shell);
  CHECK(app.present.slide_note.empty());
  CHECK(
      app.view.indicator ==
      jv::latest_variable(app.model.store, jv::find_series(app.model.store, "eigen-regio-wachttijden-csv-wachttijd")));
  CHECK(has(text_drawn(s.shell), "Arnhem"));
}
