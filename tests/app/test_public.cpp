// The public website (modus=publiek, app/view_public.h): for citizens on a phone or framed in a
// municipality's site. Real frames of the headless shell.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/mirror.h"
#include "app/view_public.h"
#include "core/indicator.h"
#include "core/terms.h"
#include "imgui_internal.h"
#include "platform/headless/headless.h"
#include "session.h"
#include "text_fits.h"

using namespace jv::platform;
using jv::test::Session;

namespace {

void open_public(Headless& shell, const char* code) {
  REQUIRE(jv::app::app_apply_view_link(shell.app, std::string("gemeente=") + code + "&modus=publiek"));
  for (int i = 0; i < 3; ++i) headless_frame(shell);
  REQUIRE(shell.app.view.mode == jv::app::Mode::Public);
}

std::string drawn_text() {
  std::string out;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
    jv::app::DrawnLine whole;
    whole.end = d.text.size();
    out += jv::test::line_text(d, whole) + "\n";
  }
  return out;
}

// Clicks every "Wat betekent dit?" of the page, scrolling down as needed.
void open_every_explanation(Headless& shell) {
  for (const jv::PublicFigure& f : jv::public_figures()) {
    const std::string id = std::string("public.explain.") + f.series;
    ImVec2 min, max;
    for (int tries = 0; tries < 30; ++tries) {
      REQUIRE(headless_widget(shell, id.c_str(), &min, &max));
      if (min.y >= 0.0f && max.y <= ImGui::GetIO().DisplaySize.y) break;
      REQUIRE(jv::test::scroll_down(shell, ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f));
    }
    headless_click_widget(shell, id.c_str());
    headless_frame(shell);
  }
}

// Scrolls the page under the middle of the screen back to its top.
void scroll_to_top(Headless& shell) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f);
  headless_frame(shell);
  ImGuiWindow* w = ImGui::GetCurrentContext()->HoveredWindow;
  while (w && w->ScrollMax.y <= 0.0f && w->ParentWindow) w = w->ParentWindow;
  REQUIRE(w != nullptr);
  for (int i = 0; i < 60 && w->Scroll.y > 0.0f; ++i) {
    io.AddMouseWheelEvent(0.0f, 5.0f);
    for (int f = 0; f < 3; ++f) headless_frame(shell);
  }
  CHECK(w->Scroll.y == 0.0f);
}

std::vector<std::uint8_t> example_file() {
  const std::filesystem::path p =
      std::filesystem::path(JV_SOURCE_DIR) / "data" / "examples" / "hilversum_jeugdhulp_2018_2022.csv";
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  REQUIRE_FALSE(text.empty());
  return {text.begin(), text.end()};
}

const char* fragment(jv::Difference d, bool region) {
  switch (d) {
    case jv::Difference::More: return region ? "meer dan in de jeugdregio" : "meer dan in Nederland";
    case jv::Difference::Less: return region ? "minder dan in de jeugdregio" : "minder dan in Nederland";
    case jv::Difference::Similar:
      return region ? "ongeveer even veel als in de jeugdregio" : "ongeveer even veel als in Nederland";
    case jv::Difference::None: break;
  }
  return region ? "niet te vergelijken met de jeugdregio" : "niet te vergelijken met Nederland";
}

}  // namespace

TEST_CASE(
    "public mode: at 375 px only the search, the figures and their explanations, no import, presentation or edit") {
  Session s(375, 740, 2.0f);
  jv::app::AppState& app = s.shell.app;
  // The full app on the same gemeente offers all of them (so the check below can fail).
  REQUIRE(jv::app::app_apply_view_link(app, "tab=overzicht&gemeente=GM0402"));
  for (int i = 0; i < 3; ++i) headless_frame(s.shell);
  ImVec2 min, max;
  CHECK(headless_widget(s.shell, "tabs.own", &min, &max));
  CHECK(headless_widget(s.shell, "view.public", &min, &max));

  open_public(s.shell, "GM0402");
  std::vector<std::string> ids;
  for (const jv::app::TestWidget& w : app.frame.test_hook.widgets) ids.push_back(w.id);
  CHECK(ids.size() >= 4);
  for (const std::string& id : ids) {
    CAPTURE(id);
    const bool allowed = id.rfind("public.", 0) == 0 || id == "titlebar.name" || id == "titlebar.about" ||
                         id.rfind("titlebar.lang.", 0) == 0;
    CHECK(allowed);
  }
  CHECK(headless_widget(s.shell, "public.search", &min, &max));
  CHECK(max.x <= 375.0f);
  CHECK(headless_widget(s.shell, "public.value.jeugdzorg-tot-23", &min, &max));
  CHECK(max.x <= 375.0f);
  CHECK(app_test_state_json(app).find("\"mode\":\"publiek\"") != std::string::npos);
  for (int i = 0; i < 10; ++i) headless_frame(s.shell);
  MESSAGE("public page frame at 375 px: " << app.frame.stats.last_frame_ms << " ms");
  CHECK(app.frame.stats.last_frame_ms < 16.0);
  // The link in the address bar keeps the public page on Hilversum.
  CHECK(jv::app::app_view_link(app).find("gemeente=GM0402") != std::string::npos);
  CHECK(jv::app::app_view_link(app).find("modus=publiek") != std::string::npos);
}

TEST_CASE("public mode: the chosen gemeente's figures are the core's comparisons with jeugdregio and Nederland") {
  Session s(1280, 800);
  for (const char* code : {"GM0402", "GM1525", "GM0361"}) {
    CAPTURE(code);
    open_public(s.shell, code);
    const jv::app::AppState& app = s.shell.app;
    const jv::FiguresStore& store = app.model.public_store;
    const int g = store.data.find_code(code);
    const std::vector<jv::app::PublicCard> cards = jv::app::public_cards(app);
    REQUIRE(cards.size() == jv::public_figures().size());
    const jv::Group region = jv::make_group(store.bench, g, jv::GroupKind::Jeugdregio);
    const jv::Group nl = jv::make_group(store.bench, g, jv::GroupKind::Nederland);
    for (std::size_t i = 0; i < cards.size(); ++i) {
      const jv::app::PublicCard& c = cards[i];
      CAPTURE(c.id);
      const int series = jv::find_series(store, jv::public_figures()[i].series);
      const int v = jv::latest_variable(store, series);
      const jv::IndicatorMeta& m = store.data.variables[static_cast<std::size_t>(v)];
      const jv::Comparison r = jv::compare(store.bench, g, v, region);
      const jv::Comparison n = jv::compare(store.bench, g, v, nl);
      CHECK(c.id == jv::public_figures()[i].series);
      CHECK(c.value_number == doctest::Approx(r.value));
      // Without a verdict (Teylingen's negative jeugdbescherming, a correction) the group's median.
      auto group_number = [](const jv::Comparison& x) {
        return x.reference == jv::Reference::None && x.members > 0 ? x.median : x.reference_value;
      };
      CHECK(c.region_number == doctest::Approx(group_number(r)));
      CHECK(c.nederland_number == doctest::Approx(group_number(n)));
      CHECK(c.words == store.data.gemeenten[static_cast<std::size_t>(g)].name + ": " +
                           fragment(jv::difference_of(r), true) + ", " + fragment(jv::difference_of(n), false) + ".");
      CHECK(c.source == m.source);
      CHECK(c.period == store.series[static_cast<std::size_t>(series)].periods.back().label());
      CHECK(c.definition == m.definition);
      CHECK(c.denominator == m.denominator);
      CHECK(c.terms.size() == jv::public_figures()[i].terms.size());
      if (m.unit == jv::Unit::Percent) {
        CHECK(c.value == jv::app::keep_together(jv::format_rate_one_in(r.value)));
        CHECK(c.region.find(region.name + " als geheel: ") == 0);
      }
    }
  }
  // Hilversum, by hand: Iv3 jaarrekening 2023, 29.030 × € 1.000 over 93.345 inhabitants = € 311.
  open_public(s.shell, "GM0402");
  const std::vector<jv::app::PublicCard> cards = jv::app::public_cards(s.shell.app);
  CHECK(cards[1].id == "iv3-jeugd-lasten-per-inwoner-jaarrekening");
  CHECK(cards[1].value ==
        "\xE2\x82\xAC\xC2\xA0"
        "311 per inwoner");
  CHECK(cards[1].period == "2023");
  CHECK(cards[1].source == "CBS, Iv3 (jaarrekening)");
  CHECK(cards[1].divided_by == "Gedeeld door: Inwoners op 1 januari (CBS).");
}

TEST_CASE("public mode: a dropped or pasted file is not read, while the full app reads the same file") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  open_public(s.shell, "GM0402");
  const std::vector<std::uint8_t> file = example_file();
  jv::app::app_load_file(app, "hilversum_jeugdhulp_2018_2022.csv", file);
  jv::app::app_paste_table(app, "Gemeente;Thuiszitters 2024 (%)\nHilversum;1,2\n");
  headless_frame(s.shell);
  CHECK(app.own.data.values.empty());
  CHECK_FALSE(app.own.has_report);
  CHECK(app.view.mode == jv::app::Mode::Public);
  CHECK(app.view.tab != jv::app::Tab::OwnData);

  app.view.mode = jv::app::Mode::Full;
  jv::app::app_load_file(app, "hilversum_jeugdhulp_2018_2022.csv", file);
  CHECK(app.own.data.values.size() == 10);
}

TEST_CASE("public mode: every term's explanation and every figure's definition is drawn once its explanation opens") {
  Session s(1280, 800);
  open_public(s.shell, "GM0402");
  jv::app::record_text(true);
  headless_frame(s.shell);
  for (const jv::TermText& t : jv::terms()) {
    CAPTURE(t.id);
    CHECK(drawn_text().find(t.explanation) == std::string::npos);  // closed at first
  }
  open_every_explanation(s.shell);
  // Everything open; the page is taller than the screen: from the top, gather what each screen
  // draws (a card out of sight is not drawn).
  scroll_to_top(s.shell);
  std::string all;
  for (int i = 0; i < 40; ++i) {
    headless_frame(s.shell);
    all += drawn_text();
    if (!jv::test::scroll_down(s.shell, 640.0f, 400.0f)) break;
  }
  headless_frame(s.shell);
  all += drawn_text();
  jv::app::record_text(false);
  for (const jv::TermText& t : jv::terms()) {
    CAPTURE(t.id);
    CHECK(all.find(t.explanation) != std::string::npos);
  }
  for (const jv::app::PublicCard& c : jv::app::public_cards(s.shell.app)) {
    CAPTURE(c.id);
    CHECK(all.find(c.definition) != std::string::npos);
    CHECK(all.find(c.words) != std::string::npos);
  }
  CHECK(all.find(jv::app::public_meaning()) != std::string::npos);
  CHECK(all.find("CBS") != std::string::npos);
}

TEST_CASE("public mode: in English the terms come from the table") {
  Session s(1280, 800);
  REQUIRE(jv::app::app_apply_view_link(s.shell.app, "gemeente=GM0402&modus=publiek&taal=en"));
  headless_frame(s.shell);
  const std::vector<jv::app::PublicCard> cards = jv::app::public_cards(s.shell.app);
  REQUIRE_FALSE(cards.empty());
  CHECK(cards[0].title == "Young people receiving youth care");
  REQUIRE_FALSE(cards[0].terms.empty());
  CHECK(cards[0].terms[0].name == "1 in N");
  // Every term has an English line: none stays Dutch.
  for (const jv::app::PublicCard& c : cards) {
    for (const jv::app::PublicTerm& t : c.terms) CHECK(t.text != jv::term_text(jv::Term::Jeugdhulp).explanation);
  }
  CHECK(jv::app::public_meaning().rfind("More youth care is not in itself worse.", 0) == 0);
}

TEST_CASE("public mode: the text version holds the page's cards and paragraphs, without the full app's controls") {
  Session s(375, 740, 2.0f);
  open_public(s.shell, "GM0402");
  const jv::app::MirrorContent m = jv::app::mirror_of(s.shell.app, jv::app::app_current_group(s.shell.app));
  CHECK(m.mode == "publiek");
  CHECK(m.title == "Jeugdzorg in Hilversum");
  CHECK(m.cards == jv::app::public_cards(s.shell.app));
  CHECK(m.cards.size() == jv::public_figures().size());
  CHECK(m.tabs.empty());
  CHECK(m.groups.empty());
  CHECK(m.indicators.empty());
  CHECK(m.rows.empty());
  CHECK(m.meaning == jv::app::public_meaning());
  REQUIRE_FALSE(m.sources.empty());
  CHECK(m.sources[0].find("CBS") != std::string::npos);
  const std::string json = jv::app::mirror_json(m);
  CHECK(json.find("\"mode\":\"publiek\"") != std::string::npos);
  CHECK(json.find("\"cards\":[{\"id\":\"jeugdzorg-tot-23\"") != std::string::npos);
  // Without a gemeente it asks for one.
  s.shell.app.view.gemeente = -1;
  headless_frame(s.shell);
  const jv::app::MirrorContent empty = jv::app::mirror_of(s.shell.app, jv::app::app_current_group(s.shell.app));
  CHECK(empty.cards.empty());
  CHECK(empty.note == "Typ de naam van uw gemeente, bijvoorbeeld Hilversum, en kies haar uit de lijst.");
}

TEST_CASE("public mode: Publieksversie opens it on the same gemeente, and the way back opens the overzicht") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  REQUIRE(jv::app::app_apply_view_link(app, "tab=overzicht&gemeente=GM0402"));
  for (int i = 0; i < 3; ++i) headless_frame(s.shell);
  headless_click_widget(s.shell, "view.public");
  headless_frame(s.shell);
  CHECK(app.view.mode == jv::app::Mode::Public);
  CHECK(app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code == "GM0402");
  // Choosing another gemeente by typing its name.
  headless_click_widget(s.shell, "public.search");
  headless_type(s.shell, "Teylingen");
  headless_frame(s.shell);
  headless_click_widget(s.shell, "public.first_hit");
  headless_frame(s.shell);
  CHECK(app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code == "GM1525");
  CHECK(jv::app::public_cards(app).front().words.rfind("Teylingen: ", 0) == 0);
  for (int i = 0; i < 40; ++i) {
    ImVec2 min, max;
    REQUIRE(headless_widget(s.shell, "public.full", &min, &max));
    if (max.y <= 800.0f) break;
    REQUIRE(jv::test::scroll_down(s.shell, 640.0f, 400.0f));
  }
  headless_click_widget(s.shell, "public.full");
  headless_frame(s.shell);
  CHECK(app.view.mode == jv::app::Mode::Full);
  CHECK(app.view.tab == jv::app::Tab::Dashboard);
}

TEST_CASE("public mode text: at 375 and 1280 px, explanations open, no line ends inside a number and none is cut") {
  for (const float width : {375.0f, 1280.0f}) {
    for (const char* code : jv::test::kGemeenten) {
      CAPTURE(code);
      CAPTURE(width);
      // A fresh page per gemeente: at the top, every explanation closed.
      Session s(width, jv::test::height_for(width), width < 560.0f ? 2.0f : 1.0f);
      open_public(s.shell, code);
      open_every_explanation(s.shell);
      jv::app::record_text(true);
      std::size_t checked = 0;
      for (int screen = 0; screen < 40; ++screen) {
        headless_frame(s.shell);
        for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
          CAPTURE(d.text);
          ++checked;
          for (std::size_t i = 0; i + 1 < d.lines.size(); ++i) {
            const std::string why = jv::test::bad_break(d.text, d.lines[i].end, d.lines[i + 1].begin);
            CHECK_MESSAGE(why.empty(), why);
          }
          for (const jv::app::DrawnLine& l : d.lines) {
            if (l.max.x <= l.min.x) continue;
            CHECK(l.max.x <= d.clip_max.x + 0.5f);
            CHECK(l.min.x >= d.clip_min.x - 0.5f);
            CHECK(l.max.x <= width);
          }
        }
        if (!jv::test::scroll_down(s.shell, width * 0.5f, 300.0f)) break;
      }
      jv::app::record_text(false);
      CHECK(checked > 20);
    }
  }
}

TEST_CASE("public mode: Teylingen's negative jeugdbescherming is a correction, not \"minder dan\"") {
  Session s(1280, 4000);  // tall: every card on screen
  open_public(s.shell, "GM1525");
  const std::vector<jv::app::PublicCard> cards = jv::app::public_cards(s.shell.app);
  const jv::app::PublicCard* card = nullptr;
  for (const jv::app::PublicCard& c : cards) {
    if (c.id == "iv3-jeugdbescherming-jeugdreclassering-per-inwoner-jaarrekening") card = &c;
  }
  REQUIRE(card != nullptr);
  // -827 x EUR 1.000 over 38.510 inhabitants: shown as booked.
  CHECK(card->value ==
        "\xE2\x82\xAC\xC2\xA0\xE2\x88\x92"
        "21 per inwoner");
  CHECK(card->words.find("minder dan") == std::string::npos);
  CHECK(card->words == "Teylingen: niet te vergelijken met de jeugdregio, niet te vergelijken met Nederland.");
  CHECK(card->detail ==
        "Een negatief bedrag is een correctie: de gemeente boekte dat jaar meer terug (bijvoorbeeld een "
        "terugbetaling of een verrekening met een vorig jaar) dan ze uitgaf op deze taakvelden. Het is geen "
        "uitgave, dus geen oordeel.");
  // The groups' own figures still stand: Holland Rijnland's middle gemeente (Katwijk, EUR 17).
  CHECK(card->region ==
        "Jeugdregio Holland Rijnland, de middelste gemeente: \xE2\x82\xAC\xC2\xA0"
        "17 per inwoner");
  // The page draws the explanation.
  jv::app::record_text(true);
  headless_frame(s.shell);
  const std::string text = drawn_text();
  jv::app::record_text(false);
  CHECK(text.find("Een negatief bedrag is een correctie") != std::string::npos);
}
