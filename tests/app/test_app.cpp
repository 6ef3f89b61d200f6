// The interface driven headless, like a user: the same frames the browser draws, without GPU.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "platform/headless/headless.h"
#include "session.h"

using namespace jv::platform;
using jv::test::Rect;
using jv::test::Session;
using jv::test::widget;

TEST_CASE("the title bar carries the product name and the Over button, inside the window") {
  for (const float width : {1280.0f, 800.0f, 375.0f}) {
    CAPTURE(width);
    Session s(width, 800);
    const Rect name = widget(s.shell, "titlebar.name");
    const Rect about = widget(s.shell, "titlebar.about");
    CHECK(name.min.x >= 0);
    CHECK(name.max.y <= 56);
    CHECK(about.max.x <= width);
    CHECK(about.max.y <= 56);
    CHECK(name.max.x < about.min.x);  // never overlapping, also on a phone
  }
}

TEST_CASE("Over opens the about dialog, Sluiten and Escape close it") {
  Session s(1280, 800);
  CHECK_FALSE(s.shell.app.ui.about_open);
  headless_click_widget(s.shell, "titlebar.about");
  CHECK(s.shell.app.ui.about_open);
  const Rect dialog = widget(s.shell, "about.window");
  CHECK(dialog.min.x > 0);
  CHECK(dialog.max.x < 1280);

  headless_click_widget(s.shell, "about.close");
  CHECK_FALSE(s.shell.app.ui.about_open);

  headless_click_widget(s.shell, "titlebar.about");
  REQUIRE(s.shell.app.ui.about_open);
  headless_key(s.shell, ImGuiKey_Escape);
  headless_frame(s.shell);
  CHECK_FALSE(s.shell.app.ui.about_open);
}

TEST_CASE("the about dialog copies the version to the clipboard") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "titlebar.about");
  headless_click_widget(s.shell, "about.copy_version");
  CHECK(s.shell.clipboard == std::string("Jeugdvergelijker ") + JV_VERSION);
}

TEST_CASE("notes take Dutch text, copy it out and paste it back") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "home.notes");
  const char* text =
      "S\xC3\xBA"
      "dwest-Frysl\xC3\xA2n \xE2\x80\x93 \xE2\x82\xAC 1,2 mln \xE2\x80\x9E"
      "ok\xE2\x80\x9D";
  headless_type(s.shell, text);
  CHECK(s.shell.app.ui.notes == text);

  headless_shortcut(s.shell, ImGuiKey_A);
  headless_shortcut(s.shell, ImGuiKey_C);
  CHECK(s.shell.clipboard == text);

  s.shell.clipboard = " en meer";
  headless_key(s.shell, ImGuiKey_End);
  headless_shortcut(s.shell, ImGuiKey_V);
  CHECK(s.shell.app.ui.notes == std::string(text) + " en meer");
}

TEST_CASE("the font holds every character Dutch text and our figures use") {
  Session s(800, 600, 2.0f);
  CHECK(s.shell.app.platform.fonts.dpr == doctest::Approx(2.0));
  // é ë ï ü Ĳ ĳ € „ ” ‘ ’ – — … • × − ≈ ≤ ≥ ← → ▲ ▼
  const ImWchar needed[] = {0xE9,   0xEB,   0xEF,   0xFC,   0x132,  0x133,  0x20AC, 0x201E,
                            0x201D, 0x2018, 0x2019, 0x2013, 0x2014, 0x2026, 0x2022, 0xD7,
                            0x2212, 0x2248, 0x2264, 0x2265, 0x2190, 0x2192, 0x25B2, 0x25BC};
  for (ImFont* font :
       {s.shell.app.platform.fonts.body, s.shell.app.platform.fonts.bold, s.shell.app.platform.fonts.title}) {
    REQUIRE(font != nullptr);
    for (const ImWchar c : needed) {
      CAPTURE(static_cast<int>(c));
      CHECK(font->FindGlyphNoFallback(c) != nullptr);
    }
  }
  // Baked at twice the size, drawn at half scale: 17 CSS px on screen.
  CHECK(s.shell.app.platform.fonts.body->FontSize == doctest::Approx(34.0));
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(0.5));
  CHECK(ImGui::GetFontSize() == doctest::Approx(17.0));
}

TEST_CASE("the test state reports readiness, frames and the hooked widgets") {
  Session s(1024, 700);
  const std::string json = jv::app::app_test_state_json(s.shell.app);
  CHECK(json.rfind("{\"ready\":true,\"frames\":2,", 0) == 0);
  CHECK(json.find("\"display\":[1024,700]") != std::string::npos);
  CHECK(json.find("\"titlebar.about\":[") != std::string::npos);
  CHECK(json.find("\"about_open\":false") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Eigen cijfers
// ---------------------------------------------------------------------------------------------

namespace {

std::span<const std::uint8_t> bytes_of(const std::string& text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace

TEST_CASE("own figures: an example loads with one click: a refused file keeps it: wiping removes all") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.own");
  headless_click_widget(s.shell, "own.example.0");
  jv::app::AppState& app = s.shell.app;
  CHECK(app.own.data.values.size() == 10);
  CHECK(app.own.last_report.ok);
  REQUIRE(app.view.gemeente >= 0);
  CHECK(app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code == "GM0402");

  const std::string personal =
      "bsn;gemeente;indicator;periode;waarde\n111222333;Hilversum;Thuiszitters;2024;1\n"
      "123456782;Hilversum;Thuiszitters;2023;1\n";
  jv::app::app_load_file(app, "personen.csv", bytes_of(personal));
  headless_frame(s.shell);
  CHECK_FALSE(app.own.last_report.ok);
  CHECK(app.own.data.values.size() == 10);  // what was loaded before stays
  CHECK(app.own.last_report.problems.front().message.rfind("Dit bestand lijkt gegevens over personen", 0) == 0);

  app.own.remember = true;
  jv::app::app_set_remember(app, true);
  CHECK(s.shell.storage.count(jv::app::kOwnDataStorageKey) == 1);
  headless_click_widget(s.shell, "own.forget");
  CHECK(app.own.data.values.empty());
  CHECK(s.shell.storage.count(jv::app::kOwnDataStorageKey) == 0);
}

TEST_CASE("own figures: on a 375-px phone every control and the figures stay inside the screen") {
  Session s(375, 740, 2.0f);
  headless_click_widget(s.shell, "tabs.own");
  headless_click_widget(s.shell, "own.example.1");
  headless_frame(s.shell);
  for (const char* id :
       {"own.gemeente_search", "own.gemeente_chosen", "own.choose_file", "own.template_long", "own.template_wide",
        "own.example.0", "own.example.1", "own.forget", "own.report", "own.table"}) {
    CAPTURE(id);
    const Rect r = widget(s.shell, id);
    CHECK(r.min.x >= 0.0f);
    CHECK(r.max.x <= 375.0f);
  }
  // The chosen gemeente sits right under the search field, not pushed away letter by letter.
  const Rect search = widget(s.shell, "own.gemeente_search");
  const Rect chosen = widget(s.shell, "own.gemeente_chosen");
  CHECK(chosen.min.y - search.max.y < 20.0f);
  CHECK(chosen.max.y - chosen.min.y < 30.0f);
}

TEST_CASE("own figures: a file that names no period asks for one, and loads with the answer") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  app.own.remember = true;  // even so, the waiting file is never stored
  // A column per indicator for jeugdregio Centraal Gelderland, without a period anywhere.
  const std::string file =
      "Gemeente;Wachttijd (dagen)\nArnhem;84\nDuiven;112\nRenkum;8 maanden\nRheden;12 weken\nWageningen;30 dagen\n";
  jv::app::app_load_file(app, "wachttijden.csv", bytes_of(file));
  headless_frame(s.shell);
  headless_frame(s.shell);  // the report box grows to its content in the next frame
  CHECK(app.own.pending.active);
  CHECK(app.own.last_report.needs_period);
  CHECK(app.own.data.values.empty());
  CHECK(s.shell.storage.count(jv::app::kOwnDataStorageKey) == 0);
  CHECK(jv::app::app_test_state_json(app).find("\"needs_period\":true") != std::string::npos);
  for (const char* id : {"own.period", "own.period_load", "own.period_cancel"}) {
    CAPTURE(id);
    const Rect r = widget(s.shell, id);
    const Rect box = widget(s.shell, "own.report");
    CHECK(r.min.y >= box.min.y);  // in the report area
    CHECK(r.max.y <= box.max.y);
  }

  // An answer that is no period: its Dutch message under the field, nothing loaded.
  headless_click_widget(s.shell, "own.period");
  headless_type(s.shell, "2024-Q5");
  headless_click_widget(s.shell, "own.period_load");
  CHECK(app.own.pending.active);
  CHECK(app.own.pending.error.rfind("Een kwartaal is Q1, Q2, Q3 of Q4; \"2024-Q5\" bestaat niet.", 0) == 0);
  CHECK(widget(s.shell, "own.period_error").min.y > widget(s.shell, "own.period").max.y);
  CHECK(app.own.data.values.empty());

  // The right answer: the same bytes read again, for that period.
  headless_click_widget(s.shell, "own.period");
  headless_shortcut(s.shell, ImGuiKey_A);
  headless_type(s.shell, "Q1-3 2025");
  headless_click_widget(s.shell, "own.period_load");
  headless_frame(s.shell);
  CHECK_FALSE(app.own.pending.active);
  CHECK(app.own.pending.bytes.empty());
  REQUIRE(app.own.last_report.ok);
  CHECK(app.own.last_report.periods == std::vector<std::string>{"Q1-3 2025"});
  REQUIRE(app.own.data.values.size() == 5);
  const jv::OwnValue* renkum = nullptr;
  for (const jv::OwnValue& v : app.own.data.values) {
    if (v.gemeente == "GM0274") renkum = &v;
  }
  REQUIRE(renkum != nullptr);
  CHECK(renkum->value == 243.5);  // 8 maanden
  CHECK(renkum->period.label() == "Q1-3 2025");
  CHECK(widget(s.shell, "own.notes").max.y <= widget(s.shell, "own.report").max.y);  // the notes are shown
  // Remembered as figures, as any loaded file: the values, not the file.
  REQUIRE(s.shell.storage.count(jv::app::kOwnDataStorageKey) == 1);
  CHECK(s.shell.storage[jv::app::kOwnDataStorageKey].find("Q1-3 2025") != std::string::npos);
  CHECK(s.shell.storage[jv::app::kOwnDataStorageKey].find("8 maanden") == std::string::npos);
}

TEST_CASE("own figures: Annuleren drops the file that names no period and keeps what was loaded") {
  Session s(375, 740, 2.0f);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  headless_click_widget(s.shell, "own.example.0");
  REQUIRE(app.own.data.values.size() == 10);
  jv::app::app_load_file(app, "wachttijden.csv", bytes_of("Gemeente;Wachttijd (dagen)\nArnhem;84\n"));
  headless_frame(s.shell);
  headless_frame(s.shell);
  REQUIRE(app.own.pending.active);
  for (const char* id : {"own.period", "own.period_load", "own.period_cancel", "own.report"}) {
    CAPTURE(id);
    const Rect r = widget(s.shell, id);
    CHECK(r.min.x >= 0.0f);
    CHECK(r.min.y >= 0.0f);
    CHECK(r.max.x <= 375.0f);  // on a phone too
  }
  CHECK(widget(s.shell, "own.period_cancel").max.y <= 740.0f);  // scrolled into view
  headless_click_widget(s.shell, "own.period_cancel");
  CHECK_FALSE(app.own.pending.active);
  CHECK(app.own.pending.bytes.empty());
  CHECK(app.own.data.values.size() == 10);
  CHECK_FALSE(app.own.last_report.ok);  // the report still says why it was not loaded
}
