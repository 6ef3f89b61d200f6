// The charts' text and keyboard alternatives (app/chart_access.h), driven headless: "Tabel" on each
// chart lists the core's comparison of every gemeente with a figure (small counts absent), in the
// chart's order; the arrow keys step through the same list with the hover's readout, which the
// mirror announces, and Enter chooses.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/chart_access.h"
#include "app/layout.h"
#include "app/mirror.h"
#include "app/raster.h"
#include "app/view_shared.h"
#include "core/compare.h"
#include "core/format.h"
#include "core/indicator.h"
#include "core/png.h"
#include "imgui.h"
#include "platform/headless/headless.h"
#include "session.h"

using namespace jv::platform;
using jv::test::Session;
using jv::test::widget;

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

void choose(Headless& shell, const char* code) {
  const int g = shell.app.model.store.data.find_code(code);
  REQUIRE(g >= 0);
  jv::app::app_select_gemeente(shell.app, g);
  headless_frame(shell);
}

bool drawn(const Headless& shell, const char* id) {
  ImVec2 a, b;
  return headless_widget(shell, id, &a, &b);
}

const jv::app::ChartTable* table(const jv::app::AppState& app, const char* id) {
  for (const jv::app::ChartTable& t : app.frame.tables) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

// The table's rows against the core: one per gemeente of compare_each, in `order`, its name, its
// value as the app writes figures, its noemer where the series has one, and its verdict's word.
void check_rows(const jv::app::AppState& app, const jv::app::ChartTable& t, const std::vector<jv::Comparison>& rows,
                const std::vector<std::size_t>& order) {
  const jv::Dataset& d = app.model.store.data;
  const jv::IndicatorMeta& m = d.variables[idx(app.view.indicator)];
  REQUIRE(t.rows.size() == order.size());
  const bool denominators = !m.denominator.empty();
  CHECK(t.headers.size() == (denominators ? 4u : 3u));
  for (std::size_t i = 0; i < order.size(); ++i) {
    const jv::Comparison& c = rows[order[i]];
    const jv::app::ChartTable::Row& r = t.rows[i];
    CAPTURE(d.gemeenten[idx(c.gemeente)].name);
    REQUIRE(r.cells.size() >= t.headers.size());
    CHECK(r.gemeente == c.gemeente);
    CHECK(r.cells[0] == d.gemeenten[idx(c.gemeente)].name);
    CHECK(r.cells[1] == jv::app::figure(m, c.value));
    if (denominators) CHECK(r.cells[2] == jv::format_count(c.denominator));
    CHECK(r.cells[denominators ? 3 : 2] == jv::app::verdict_word(c, m));
  }
}

// The last frame as a PNG in build/native/screenshots/, to look at (not compared with anything).
void screenshot(const char* name) {
  unsigned char* atlas = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&atlas, &w, &h);
  const jv::app::RgbaImage image =
      jv::app::rasterize(*ImGui::GetDrawData(), atlas, w, h, 1.0f, IM_COL32(255, 255, 255, 255));
  const std::filesystem::path dir = std::filesystem::path(JV_SOURCE_DIR) / "build" / "native" / "screenshots";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / (std::string(name) + ".png"), std::ios::binary)
      << jv::encode_png(image.width, image.height, image.rgba);
}

// Puts the keyboard focus on a hooked chart as a click does (on its edge, away from any dot).
void focus(Headless& shell, const char* id) {
  const jv::test::Rect r = widget(shell, id);
  headless_click(shell, r.min.x + 3.0f, r.min.y + 3.0f);
}

}  // namespace

TEST_CASE("chart tables: Tabel on Verdeling, Trechter and Kaart lists the core's comparisons in the chart's order") {
  Session s(1280, 900);
  jv::app::AppState& app = s.shell.app;
  const jv::Dataset& d = app.model.store.data;
  const std::string iv3 = "iv3-jeugd-lasten-per-inwoner-jaarrekening";
  for (const char* code : {"GM0402", "GM0361", "GM1900"}) {
    for (const std::string& series : {std::string("jeugdzorg-tot-23"), iv3}) {
      CAPTURE(code);
      CAPTURE(series);
      choose(s.shell, code);
      const int si = jv::find_series(app.model.store, series);
      REQUIRE(si >= 0);
      app.view.indicator = jv::latest_variable(app.model.store, si);
      app.view.tab = jv::app::Tab::Indicator;
      app.view.detail = jv::app::DetailView::Distribution;
      app.ui.chart_table = false;
      headless_frame(s.shell);
      headless_frame(s.shell);
      const std::string link = jv::app::app_view_link(app);
      headless_click_widget(s.shell, "detail.tabel");
      CHECK(app.ui.chart_table);
      CHECK(jv::app::app_view_link(app) == link);  // interface state, not part of the link
      const jv::Group group = jv::app::app_group_for(app, app.view.indicator);
      std::vector<jv::Comparison> rows = jv::compare_each(app.model.store.bench, app.view.indicator, group);
      const jv::app::ChartTable* t = table(app, "verdeling");
      REQUIRE(t);
      CHECK_FALSE(drawn(s.shell, "detail.plot"));
      check_rows(app, *t, rows, jv::explore_order(d, rows, jv::ExploreOrder::Value));

      headless_click_widget(s.shell, "detail.trechter");
      headless_frame(s.shell);
      if (const jv::app::ChartTable* f = table(app, "trechter")) {
        std::vector<jv::Comparison> dots = rows;
        std::erase_if(dots, [](const jv::Comparison& c) { return !(c.denominator > 0.0); });
        check_rows(app, *f, dots, jv::explore_order(d, dots, jv::ExploreOrder::Denominator));
      } else {
        CHECK(series == iv3);  // an amount per inhabitant has no funnel, so no table either
      }

      app.view.tab = jv::app::Tab::Map;
      headless_frame(s.shell);
      headless_frame(s.shell);
      const jv::app::ChartTable* k = table(app, "kaart");
      REQUIRE(k);
      CHECK(k->headers.back() == "Klasse op de kaart");
      REQUIRE_FALSE(k->rows.empty());
      // The colour class in words: the lowest value lies in the first quintile, from itself.
      CHECK(k->rows.front().cells.back().rfind(
                jv::app::figure(d.variables[idx(app.view.indicator)],
                                rows[jv::explore_order(d, rows, jv::ExploreOrder::Value).front()].value),
                0) == 0);
      headless_click_widget(s.shell, "map.grafiek");
      CHECK_FALSE(app.ui.chart_table);
      CHECK(drawn(s.shell, "map.canvas"));
    }
  }
}

TEST_CASE("chart tables: the time series' table gives the chart's figures per period") {
  Session s(1280, 900);
  jv::app::AppState& app = s.shell.app;
  choose(s.shell, "GM0402");
  const int si = jv::find_series(app.model.store, "iv3-jeugd-lasten-per-inwoner-begroting");
  REQUIRE(si >= 0);
  app.view.indicator = jv::latest_variable(app.model.store, si);
  app.view.tab = jv::app::Tab::Indicator;
  app.view.detail = jv::app::DetailView::TimeSeries;
  app.ui.chart_table = true;
  headless_frame(s.shell);
  headless_frame(s.shell);
  const jv::app::ChartTable* t = table(app, "reeks");
  REQUIRE(t);
  const jv::Series& series = app.model.store.series[idx(si)];
  REQUIRE(t->rows.size() == series.periods.size());
  const jv::Group group = jv::app::app_group_for(app, app.view.indicator);
  for (std::size_t i = 0; i < series.periods.size(); ++i) {
    const jv::Comparison c = jv::compare(app.model.store.bench, app.view.gemeente, series.variables[i], group);
    CAPTURE(series.periods[i].label());
    CHECK(t->rows[i].cells[1] == jv::app::figure(series.meta, c.value));
    CHECK(t->rows[i].cells[2] == jv::app::figure(series.meta, c.median));
  }
}

TEST_CASE("chart tables: a small count from a region's file is in neither the chart nor its table") {
  Session s(1280, 900);
  jv::app::AppState& app = s.shell.app;
  const std::string text =
      "gemeente;indicator;periode;waarde\n"
      "Arnhem;jeugdigen met jeugdhulp (aantal);2024;1.250\nDoesburg;jeugdigen met jeugdhulp (aantal);2024;7\n"
      "Duiven;jeugdigen met jeugdhulp (aantal);2024;210\nRenkum;jeugdigen met jeugdhulp (aantal);2024;315\n"
      "Rheden;jeugdigen met jeugdhulp (aantal);2024;402\n";
  jv::app::app_load_file(app, "regio_aantallen.csv", {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
  REQUIRE(app.own.last_report.ok);
  int si = -1;
  for (std::size_t i = 0; i < app.model.store.series.size(); ++i) {
    if (app.model.store.series[i].id.rfind("eigen-", 0) == 0) si = static_cast<int>(i);
  }
  REQUIRE(si >= 0);
  choose(s.shell, "GM0202");  // Arnhem
  app.view.indicator = jv::latest_variable(app.model.store, si);
  app.view.tab = jv::app::Tab::Indicator;
  app.view.detail = jv::app::DetailView::Distribution;
  app.ui.chart_table = true;
  headless_frame(s.shell);
  headless_frame(s.shell);
  const jv::app::ChartTable* t = table(app, "verdeling");
  REQUIRE(t);
  std::vector<std::string> names;
  for (const jv::app::ChartTable::Row& r : t->rows) names.push_back(r.cells[0]);
  // Doesburg's 7 is hidden: the four others, lowest first.
  CHECK(names == std::vector<std::string>{"Duiven", "Renkum", "Rheden", "Arnhem"});
  for (const jv::app::ChartTable::Row& r : t->rows) CHECK(r.cells[1] != "7");
  CHECK(t->note.rfind("338 gemeenten hebben geen cijfer", 0) == 0);  // 342 - 4
}

TEST_CASE("chart tables: on a 375-px phone the Verdeling's table keeps name and value, and fits") {
  Session s(375, 740, 2.0f);
  jv::app::AppState& app = s.shell.app;
  choose(s.shell, "GM0402");
  app.view.tab = jv::app::Tab::Indicator;
  app.view.detail = jv::app::DetailView::Distribution;
  app.view.group = jv::GroupKind::Jeugdregio;
  app.ui.chart_table = true;
  for (int i = 0; i < 3; ++i) headless_frame(s.shell);
  const jv::app::ChartTable* t = table(app, "verdeling");
  REQUIRE(t);
  ImVec2 a, b;
  REQUIRE(headless_widget(s.shell, "tabel.verdeling", &a, &b));
  CHECK(a.x >= 0.0f);
  CHECK(b.x <= 375.0f);
  screenshot("verdeling-tabel-375");
}

TEST_CASE("chart keys: Right three times on the Verdeling highlights the third lowest, announces it, Enter chooses") {
  Session s(1280, 900);
  jv::app::AppState& app = s.shell.app;
  const jv::Dataset& d = app.model.store.data;
  for (const char* code : {"GM0402", "GM0796"}) {
    CAPTURE(code);
    choose(s.shell, code);
    app.view.tab = jv::app::Tab::Dashboard;  // away from the chart: its highlight ends
    headless_frame(s.shell);
    CHECK(app.ui.explore.gemeente == -1);
    app.view.tab = jv::app::Tab::Indicator;
    app.view.indicator = d.variable("jeugdzorg_tot23");
    app.view.detail = jv::app::DetailView::Distribution;
    app.ui.chart_table = false;
    headless_frame(s.shell);
    headless_frame(s.shell);
    focus(s.shell, "detail.plot");
    CHECK(app.ui.explore.chart == "verdeling");
    CHECK(app.ui.explore.gemeente == -1);
    const jv::Group group = jv::app::app_group_for(app, app.view.indicator);
    const std::vector<jv::Comparison> rows = jv::compare_each(app.model.store.bench, app.view.indicator, group);
    const std::vector<std::size_t> order = jv::explore_order(d, rows, jv::ExploreOrder::Value);
    for (int i = 0; i < 3; ++i) headless_key(s.shell, ImGuiKey_RightArrow);
    const jv::Comparison& third = rows[order[2]];
    CHECK(app.ui.explore.gemeente == third.gemeente);
    // The readout is what the hover tooltip says: name and code, the figure, the verdict.
    const jv::Gemeente& g = d.gemeenten[idx(third.gemeente)];
    const jv::IndicatorMeta& m = d.variables[idx(app.view.indicator)];
    CHECK(app.ui.explore.readout.rfind(
              g.name + " (" + g.code + "). " + m.name + ": " + jv::format_value(m, third.value), 0) == 0);
    CHECK(app.ui.explore.readout.find(std::string("Oordeel: ") + jv::app::verdict_word(third, m)) != std::string::npos);
    CHECK(jv::app::shown_tooltip().open);
    CHECK(jv::app::shown_tooltip().text.find(g.name + " (" + g.code + ")") != std::string::npos);
    CHECK(jv::app::mirror_of(app, group).announcement == app.ui.explore.readout);
    screenshot((std::string("verdeling-toetsenbord-") + code).c_str());
    // The keys did not move ImGui's focus away: Left goes back to the second.
    headless_key(s.shell, ImGuiKey_LeftArrow);
    CHECK(app.ui.explore.gemeente == rows[order[1]].gemeente);
    headless_key(s.shell, ImGuiKey_Enter);
    CHECK(app.view.gemeente == rows[order[1]].gemeente);
  }
}

TEST_CASE("chart keys: on the Trechter the arrows go by noemer, on the Kaart by value and by name") {
  Session s(1280, 900);
  jv::app::AppState& app = s.shell.app;
  const jv::Dataset& d = app.model.store.data;
  choose(s.shell, "GM0361");
  app.view.indicator = d.variable("jeugdzorg_tot23");
  app.view.tab = jv::app::Tab::Indicator;
  app.view.detail = jv::app::DetailView::Funnel;
  headless_frame(s.shell);
  headless_frame(s.shell);
  focus(s.shell, "detail.plot");
  const jv::Group group = jv::app::app_group_for(app, app.view.indicator);
  std::vector<jv::Comparison> rows = jv::compare_each(app.model.store.bench, app.view.indicator, group);
  std::erase_if(rows, [](const jv::Comparison& c) { return !(c.denominator > 0.0); });
  const std::vector<std::size_t> by_denominator = jv::explore_order(d, rows, jv::ExploreOrder::Denominator);
  headless_key(s.shell, ImGuiKey_LeftArrow);  // from none, Left starts at the largest
  CHECK(app.ui.explore.gemeente == rows[by_denominator.back()].gemeente);
  CHECK(app.ui.explore.gemeente == d.find_code("GM0363"));  // Amsterdam: the most young people

  app.view.tab = jv::app::Tab::Map;
  headless_frame(s.shell);
  headless_frame(s.shell);
  CHECK(app.ui.explore.chart != "trechter");  // leaving the chart ends its exploration
  focus(s.shell, "map.canvas");
  CHECK(app.view.gemeente == d.find_code("GM0361"));  // the click in the sea chose nothing
  const std::vector<jv::Comparison> all = jv::compare_each(app.model.store.bench, app.view.indicator, group);
  const std::vector<std::size_t> by_value = jv::explore_order(d, all, jv::ExploreOrder::Value);
  const std::vector<std::size_t> by_name = jv::explore_order(d, all, jv::ExploreOrder::Name);
  for (int i = 0; i < 3; ++i) headless_key(s.shell, ImGuiKey_RightArrow);
  const int third = all[by_value[2]].gemeente;
  CHECK(app.ui.explore.chart == "kaart");
  CHECK(app.ui.explore.gemeente == third);
  CHECK(drawn(s.shell, "map.highlight"));
  CHECK(jv::app::mirror_of(app, group).announcement.rfind(d.gemeenten[idx(third)].name + " (", 0) == 0);
  headless_key(s.shell, ImGuiKey_DownArrow);  // the next by name after the third lowest
  std::size_t at = 0;
  for (std::size_t i = 0; i < by_name.size(); ++i) {
    if (all[by_name[i]].gemeente == third) at = i;
  }
  const int next = all[by_name[std::min(at + 1, by_name.size() - 1)]].gemeente;
  CHECK(app.ui.explore.gemeente == next);
  headless_key(s.shell, ImGuiKey_Enter);
  CHECK(app.view.gemeente == next);
}

TEST_CASE("chart marks: each verdict a judged figure can get has its own shape, as the badges have their own word") {
  using jv::Verdict;
  using jv::app::verdict_shape;
  // A youth-care rate: gunstiger, vergelijkbaar, ongunstiger. A context figure: lager, vergelijkbaar, hoger.
  for (const auto& kinds : {std::vector<Verdict>{Verdict::Better, Verdict::Comparable, Verdict::Worse},
                            std::vector<Verdict>{Verdict::Lower, Verdict::Similar, Verdict::Higher}}) {
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      for (std::size_t j = i + 1; j < kinds.size(); ++j) CHECK(verdict_shape(kinds[i]) != verdict_shape(kinds[j]));
    }
  }
  CHECK(verdict_shape(Verdict::Higher) == jv::chart::Shape::TriangleUp);
  CHECK(verdict_shape(Verdict::Lower) == jv::chart::Shape::TriangleDown);
}

TEST_CASE("chart tables: the switch and the keyboard hint speak English with taal=en") {
  Session s(1280, 900);
  jv::app::AppState& app = s.shell.app;
  choose(s.shell, "GM0402");
  app.view.tab = jv::app::Tab::Indicator;
  app.view.detail = jv::app::DetailView::Distribution;
  app.view.lang = jv::Lang::En;
  jv::app::record_text(true);
  for (int i = 0; i < 3; ++i) headless_frame(s.shell);
  std::string text;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) text += d.text + "\n";
  jv::app::record_text(false);
  CHECK(text.find("Keyboard: click the chart or move to it with the arrow keys") != std::string::npos);
  CHECK(text.find("from lowest to highest value") != std::string::npos);
  CHECK(text.find("Toetsenbord") == std::string::npos);
}
