// Eigen cijfers exported as the user sees them: "Exporteer wat u ziet" holds the rows of the
// gemeente on screen and its comparison (never another gemeente's own figures), the PNG is the
// table with its title, source and period (no tabs, buttons or messages), the CSV for the council
// paper says what it is and where each figure comes from, and "Bewaard als …" goes with its view.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/export_view.h"
#include "app/layout.h"
#include "core/export.h"
#include "core/io/csv.h"
#include "imgui.h"
#include "platform/headless/headless.h"
#include "png_pixels.h"
#include "session.h"

using namespace jv::platform;
using jv::test::csv_records;
using jv::test::csv_rows_after;
using jv::test::Session;
using jv::test::text_drawn;

namespace {

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

bool has(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

bool drawn(const Headless& shell, const char* id) {
  ImVec2 a, b;
  return headless_widget(shell, id, &a, &b);
}

// Lisse's own figures with Nederland's from the same source, as a policy officer types them.
constexpr std::string_view kLisse =
    "gemeente;indicator;periode;waarde;bron\n"
    "Lisse;Jeugdigen met jeugdhulp;2023;11,5%;Monitor Lisse 2024\n"
    "Lisse;Thuiszitters;2023/2024;0,9%;Monitor Lisse 2024\n"
    "Lisse;Jeugdhulp met verblijf;2024;48;Monitor Lisse 2024\n"
    "Nederland;Jeugdigen met jeugdhulp;2023;12,1%;Monitor Lisse 2024\n";

// Hilversum's and Teylingen's examples first, then Lisse's file; Lisse on screen.
void three_gemeenten(Headless& shell) {
  headless_click_widget(shell, "tabs.own");
  headless_click_widget(shell, "own.example.0");
  headless_click_widget(shell, "own.example.1");
  jv::app::app_load_file(shell.app, "lisse_monitor.csv", bytes_of(kLisse));
  REQUIRE(shell.app.own.last_report.ok);
  const int lisse = shell.app.model.store.data.find_code("GM0553");
  REQUIRE(lisse >= 0);
  jv::app::app_select_gemeente(shell.app, lisse);
  headless_frame(shell);
  headless_frame(shell);
}

}  // namespace

TEST_CASE(
    "own export: Exporteer wat u ziet on Lisse holds Lisse's rows and Nederland's, not Hilversum's or Teylingen's") {
  Session s(1280, 3000);
  three_gemeenten(s.shell);
  const std::size_t before = s.shell.downloads.size();
  headless_click_widget(s.shell, "export.csv");
  REQUIRE(s.shell.downloads.size() == before + 1);
  const std::string csv = s.shell.downloads.back().data;
  CHECK_FALSE(has(csv, "Hilversum"));
  CHECK_FALSE(has(csv, "Teylingen"));
  CHECK_FALSE(has(csv, "GM0402"));
  CHECK_FALSE(has(csv, "GM1525"));
  const auto rows = csv_rows_after(csv, "indicator");
  // One row per figure of Lisse, as the table on screen: three, Nederland beside the first.
  REQUIRE(rows.size() == 3);
  const std::vector<std::string> head = csv_records(csv).at(0);
  CHECK(head.at(0) == "Jeugdvergelijker: Eigen cijfers Lisse");
  bool national = false;
  for (const auto& r : rows) {
    CAPTURE(r[0]);
    if (r[0] == "Jeugdigen met jeugdhulp") {
      CHECK(r[2] == "2023");
      CHECK(r[4] == "11,50");
      CHECK(r[5] == "12,10");  // Nederland from the same file
      national = true;
    }
    if (r[0] == "Jeugdhulp met verblijf") CHECK(r[4] == "50");  // a count, rounded to 5 as every export
  }
  CHECK(national);
  // Its provenance: the file's own source and the period per indicator.
  const auto provenance = csv_rows_after(csv, "Indicator");
  bool monitor = false;
  for (const auto& p : provenance) monitor = monitor || (p.size() > 2 && has(p[1], "Monitor Lisse 2024"));
  CHECK(monitor);
}

TEST_CASE(
    "own export: the PNG of Eigen cijfers is the table with title and source, without tabs, buttons or messages") {
  Session s(1280, 800);
  three_gemeenten(s.shell);
  // A message left from an earlier export must not end up in the picture.
  headless_click_widget(s.shell, "export.csv");
  headless_frame(s.shell);
  jv::app::record_text(true);
  const std::string png = jv::app::app_render_view_png(s.shell.app, 2.0f);
  std::string text;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) text += d.text + "\n";
  jv::app::record_text(false);
  CAPTURE(text);
  CHECK(has(text, "Jeugdigen met jeugdhulp"));
  CHECK(has(text, "Lisse"));
  CHECK_FALSE(has(text, "Bewaard als"));
  CHECK_FALSE(has(text, "Exporteer"));
  CHECK_FALSE(has(text, "Hilversum"));
  CHECK_FALSE(has(text, "Teylingen"));
  // What the export frame drew: the table, none of the window's controls.
  CHECK(drawn(s.shell, "own.table"));
  for (const char* control : {"tabs.own", "tabs.overzicht", "export.csv", "export.png", "own.export", "own.choose_file",
                              "own.example.0", "own.gemeente_search", "own.forget"}) {
    CAPTURE(control);
    CHECK_FALSE(drawn(s.shell, control));
  }
  if (const char* dir = std::getenv("JV_EXPORT_PNG"))
    std::ofstream(std::string(dir) + "/eigen-cijfers-lisse.png", std::ios::binary) << png;
  int w = 0, h = 0;
  const std::vector<std::uint8_t> px = jv::test::png_pixels(png, w, h);
  CHECK(w == (980 + 2 * 16) * 2);  // the table's column and its margins, at twice the size
  // The table of three rows and the band: far less than the window.
  CHECK(h < 800 * 2);
  CHECK(h > 100);
  // Nothing but white where the window draws its tab bar: the image starts with the table's title.
  std::string title, source;
  jv::app::view_caption(s.shell.app, title, source);
  CHECK(title == "Jeugdvergelijker \xC2\xB7 Eigen cijfers: Lisse");
  CHECK(source == "Bron: Monitor Lisse 2024, eigen cijfers uit lisse_monitor.csv: 2023, 2023/2024, 2024.");
  CHECK_FALSE(has(source, "hilversum"));
  // The screen is drawn as before afterwards.
  headless_frame(s.shell);
  CHECK(drawn(s.shell, "export.png"));
}

TEST_CASE("own export: the CSV for the council paper says what it is and per indicator its source and definition") {
  Session s(1280, 3000);
  three_gemeenten(s.shell);
  const std::size_t before = s.shell.downloads.size();
  headless_click_widget(s.shell, "own.export");
  REQUIRE(s.shell.downloads.size() == before + 1);
  const std::string csv = s.shell.downloads.back().data;
  const auto all = csv_records(csv);
  REQUIRE(!all.empty());
  CHECK(all[0][0] == "Jeugdvergelijker: eigen cijfers van Lisse voor het raadsstuk");
  CHECK(has(csv, "\r\nIndicator;Bron;Periode;Definitie;Teller;Noemer;Eenheid\r\n"));
  const auto provenance = csv_rows_after(csv, "Indicator");
  const auto* jeugdhulp = [&]() -> const std::vector<std::string>* {
    for (const auto& p : provenance)
      if (!p.empty() && p[0] == "Jeugdigen met jeugdhulp") return &p;
    return nullptr;
  }();
  REQUIRE(jeugdhulp);
  CHECK((*jeugdhulp)[1] == "Monitor Lisse 2024 (lisse_monitor.csv)");
  CHECK((*jeugdhulp)[2] == "2023");
  CHECK_FALSE((*jeugdhulp)[3].empty());  // the catalogue's definition
  CHECK_FALSE((*jeugdhulp)[5].empty());  // and its noemer
  CHECK_FALSE(has(csv, "Hilversum"));
  CHECK_FALSE(has(csv, "Teylingen"));
  const auto rows = csv_rows_after(csv, "gemeente");
  CHECK(rows.size() == 4);  // Lisse's three and Nederland's one
}

TEST_CASE("own export: Bewaard als … goes when the tab changes") {
  Session s(1280, 3000);
  three_gemeenten(s.shell);
  headless_click_widget(s.shell, "export.csv");
  headless_frame(s.shell);
  CHECK(has(text_drawn(s.shell), "Bewaard als"));
  headless_click_widget(s.shell, "tabs.overzicht");
  headless_frame(s.shell);
  CHECK_FALSE(has(text_drawn(s.shell), "Bewaard als"));
  CHECK(s.shell.app.ui.export_message.empty());
  // Back on Eigen cijfers: the old message does not come back either.
  headless_click_widget(s.shell, "tabs.own");
  headless_frame(s.shell);
  CHECK_FALSE(has(text_drawn(s.shell), "Bewaard als"));
}

TEST_CASE("own export: no view's PNG shows the message of an earlier export") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.overzicht");
  const int hilversum = s.shell.app.model.store.data.find_code("GM0402");
  REQUIRE(hilversum >= 0);
  jv::app::app_select_gemeente(s.shell.app, hilversum);
  headless_frame(s.shell);
  headless_click_widget(s.shell, "export.csv");
  headless_frame(s.shell);
  REQUIRE(has(text_drawn(s.shell), "Bewaard als"));
  jv::app::record_text(true);
  (void)jv::app::app_render_view_png(s.shell.app, 2.0f);
  std::string text;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) text += d.text + "\n";
  jv::app::record_text(false);
  CHECK(has(text, "Hilversum"));
  CHECK_FALSE(has(text, "Bewaard als"));
  // On screen it stays until the view changes.
  CHECK(has(text_drawn(s.shell), "Bewaard als"));
}
