// The page's text version (app/mirror.h): the figures, sentence and words the canvas drew, for a
// screen reader, made from real frames of the headless shell.
#include "app/mirror.h"

#include <doctest/doctest.h>

#include <string>

#include "core/compare.h"
#include "core/explain.h"
#include "platform/headless/headless.h"
#include "session.h"

using namespace jv::platform;
using jv::app::MirrorContent;
using jv::app::MirrorRow;
using jv::test::Session;

namespace {

MirrorContent mirror(Headless& shell) { return jv::app::mirror_of(shell.app, jv::app::app_current_group(shell.app)); }

const MirrorRow* row(const MirrorContent& m, const std::string& id) {
  for (const MirrorRow& r : m.rows) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

void open(Headless& shell, const char* fragment) {
  REQUIRE(jv::app::app_apply_view_link(shell.app, fragment));
  headless_frame(shell);
}

}  // namespace

TEST_CASE("mirror: before a gemeente is chosen the start page asks for one, without a table") {
  Session s(1280, 800);
  headless_frame(s.shell);
  const MirrorContent m = mirror(s.shell);
  CHECK(m.tab == "start");
  CHECK(m.title == "Start");
  CHECK(m.gemeente.empty());
  CHECK(m.rows.empty());
  CHECK(m.headline.empty());
  CHECK(m.note == "Kies een gemeente: typ een deel van de naam in het veld \xE2\x80\x9EGemeente zoeken\xE2\x80\x9D.");
  CHECK(m.announcement == "Start.");
  REQUIRE(m.tabs.size() == 7);
  CHECK(m.tabs[4].id == "buren");
  CHECK(m.tabs[4].label == "Vergelijkbare gemeenten");
  REQUIRE(m.groups.size() == 6);
  CHECK(m.groups[1].id == "provincie");
  CHECK(m.groups[1].label == "Provincie");
  CHECK(m.groups[5].id == "eigen");
  CHECK(m.groups[5].label == "Eigen lijst");
}

TEST_CASE("mirror: Hilversum's overzicht holds the figures, sentence and verdicts the canvas drew") {
  Session s(1280, 800);
  open(s.shell, "tab=overzicht&gemeente=GM0402&groep=jeugdregio");
  const jv::app::AppState& app = s.shell.app;
  const MirrorContent m = mirror(s.shell);
  CHECK(m.title == "Overzicht: Hilversum");
  CHECK(m.code == "GM0402");
  CHECK(m.group == "jeugdregio");
  CHECK(m.group_name == "Jeugdregio Gooi en Vechtstreek");
  CHECK(m.announcement == "Overzicht: Hilversum, vergeleken met Jeugdregio Gooi en Vechtstreek.");
  CHECK(m.caption == "Cijfers van Hilversum vergeleken met Jeugdregio Gooi en Vechtstreek");
  CHECK(m.note.empty());
  // One row per figure the dashboard drew, in its order.
  REQUIRE(m.rows.size() == app.frame.shown.rows.size());
  REQUIRE(m.rows.size() >= 10);

  // Hilversum's youth-care lasten per inhabitant in the jaarrekening 2023: € 311 (README, checked
  // against CBS Iv3 in tests/core/test_figures.cpp).
  const MirrorRow* lasten = row(m, "iv3-jeugd-lasten-per-inwoner-jaarrekening@2023");
  REQUIRE(lasten);
  CHECK(lasten->value ==
        "\xE2\x82\xAC\xC2\xA0"
        "311");
  CHECK(lasten->period == "jaarrekening 2023");
  CHECK(lasten->group == "Jeugdregio Gooi en Vechtstreek");

  // The youth-care row: the core's comparison, written as the canvas writes it.
  const MirrorRow& first = m.rows.front();
  const jv::Comparison& c = app.frame.shown.rows.front();
  const jv::IndicatorMeta& meta = app.model.store.data.variables[static_cast<std::size_t>(c.variable)];
  CHECK(first.id == meta.id);
  CHECK(first.indicator == meta.name);
  CHECK(first.value_number == doctest::Approx(c.value));
  CHECK(first.median_number == doctest::Approx(c.median));
  CHECK(first.verdict == jv::verdict_label(c.verdict));
  CHECK(first.reference == jv::reference_caption(c, meta));
  CHECK(first.reference.rfind("t.o.v. ", 0) == 0);
  CHECK(first.source == meta.source);
  CHECK(m.headline == jv::headline_sentence(c, meta, "Hilversum", app.frame.shown.group));
  CHECK(m.headline.find("Jeugdregio Gooi en Vechtstreek") != std::string::npos);
  // The range is the group's lowest to highest, as the Overzicht shows it.
  CHECK(first.range.find(" \xE2\x80\x93 ") != std::string::npos);
}

TEST_CASE("mirror: another group, gemeente or tab changes what is announced") {
  Session s(1280, 800);
  open(s.shell, "tab=overzicht&gemeente=GM0402&groep=jeugdregio");
  const MirrorContent before = mirror(s.shell);
  open(s.shell, "groep=provincie");
  const MirrorContent provincie = mirror(s.shell);
  CHECK(provincie.group == "provincie");
  CHECK(provincie.announcement == "Overzicht: Hilversum, vergeleken met Provincie Noord-Holland.");
  CHECK(provincie.rows.front().group == "Provincie Noord-Holland");
  CHECK(provincie.rows.front().median != before.rows.front().median);
  CHECK_FALSE(provincie == before);

  // Alkmaar (GM0361) in its own jeugdregio.
  open(s.shell, "gemeente=GM0361&groep=jeugdregio");
  const MirrorContent alkmaar = mirror(s.shell);
  CHECK(alkmaar.title == "Overzicht: Alkmaar");
  CHECK(alkmaar.announcement == "Overzicht: Alkmaar, vergeleken met Jeugdregio Alkmaar (Noord-Kennemerland).");

  // The map has no table: the rows the dashboard drew before are not the map's.
  open(s.shell, "tab=kaart");
  const MirrorContent map = mirror(s.shell);
  CHECK(map.title == "Kaart: Alkmaar");
  CHECK(map.rows.empty());
  CHECK(map.headline.empty());
  CHECK(map.note.find("De kaart kleurt elke gemeente") == 0);
}

TEST_CASE("mirror: the indicator view holds its one figure, and the time series has no headline") {
  Session s(1280, 800);
  open(s.shell, "tab=indicator&gemeente=GM0402&groep=jeugdregio&indicator=jeugdzorg-tot-23");
  const MirrorContent m = mirror(s.shell);
  CHECK(m.indicator == "jeugdzorg-tot-23");
  REQUIRE(m.rows.size() == 1);
  CHECK(m.rows[0].id == "jeugdzorg_tot23");
  CHECK_FALSE(m.headline.empty());
  open(s.shell, "weergave=tijdreeks");
  CHECK(mirror(s.shell).headline.empty());
  // The chooser lists the public series, not the characteristics peers are found by.
  for (const jv::app::MirrorOption& o : m.indicators) CHECK(o.label.find("(") != std::string::npos);
  CHECK(m.indicators.front().id == "jeugdzorg-tot-23");
}

TEST_CASE("mirror: JSON for the page, and the search by the canvas's rule") {
  Session s(1280, 800);
  open(s.shell, "tab=overzicht&gemeente=GM0402&groep=jeugdregio");
  const std::string json = jv::app::mirror_json(mirror(s.shell));
  CHECK(json.rfind("{\"tab\":\"overzicht\",\"title\":\"Overzicht: Hilversum\",\"gemeente\":\"Hilversum\"", 0) == 0);
  CHECK(json.find("\"announcement\":\"Overzicht: Hilversum, vergeleken met Jeugdregio Gooi en Vechtstreek.\"") !=
        std::string::npos);
  CHECK(json.find("\"tabs\":[{\"id\":\"start\",\"label\":\"Start\"}") != std::string::npos);

  const jv::Dataset& d = s.shell.app.model.store.data;
  CHECK(jv::app::mirror_search_json(d, "", 10) == "[]");
  CHECK(jv::app::mirror_search_json(d, "   ", 10) == "[]");
  CHECK(jv::app::mirror_search_json(d, "Hilv", 10) ==
        "[{\"code\":\"GM0798\",\"name\":\"Hilvarenbeek\"},{\"code\":\"GM0402\",\"name\":\"Hilversum\"}]");
  CHECK(jv::app::mirror_search_json(d, "den bosch", 10) == "[{\"code\":\"GM0796\",\"name\":\"'s-Hertogenbosch\"}]");
  CHECK(jv::app::mirror_search_json(d, "GM0402", 1) == "[{\"code\":\"GM0402\",\"name\":\"Hilversum\"}]");
}
