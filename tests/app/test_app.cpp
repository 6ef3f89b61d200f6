// The interface driven headless, like a user: the same frames the browser draws, without GPU.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "platform/headless/headless.h"

using namespace jv::platform;

namespace {

struct Rect {
  ImVec2 min, max;
};

Rect widget(const Headless& shell, const char* id) {
  Rect r{};
  const bool found = headless_widget(shell, id, &r.min, &r.max);
  REQUIRE_MESSAGE(found, "widget not drawn: " << id);
  return r;
}

struct Session {
  Headless shell;
  Session(float w, float h, float dpr = 1.0f) { headless_start(shell, w, h, dpr); }
  ~Session() { headless_stop(shell); }
};

}  // namespace

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
  CHECK_FALSE(s.shell.app.about_open);
  headless_click_widget(s.shell, "titlebar.about");
  CHECK(s.shell.app.about_open);
  const Rect dialog = widget(s.shell, "about.window");
  CHECK(dialog.min.x > 0);
  CHECK(dialog.max.x < 1280);

  headless_click_widget(s.shell, "about.close");
  CHECK_FALSE(s.shell.app.about_open);

  headless_click_widget(s.shell, "titlebar.about");
  REQUIRE(s.shell.app.about_open);
  headless_key(s.shell, ImGuiKey_Escape);
  headless_frame(s.shell);
  CHECK_FALSE(s.shell.app.about_open);
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
  const char* text = "S\xC3\xBA" "dwest-Frysl\xC3\xA2n \xE2\x80\x93 \xE2\x82\xAC 1,2 mln \xE2\x80\x9E" "ok\xE2\x80\x9D";
  headless_type(s.shell, text);
  CHECK(s.shell.app.notes == text);

  headless_shortcut(s.shell, ImGuiKey_A);
  headless_shortcut(s.shell, ImGuiKey_C);
  CHECK(s.shell.clipboard == text);

  s.shell.clipboard = " en meer";
  headless_key(s.shell, ImGuiKey_End);
  headless_shortcut(s.shell, ImGuiKey_V);
  CHECK(s.shell.app.notes == std::string(text) + " en meer");
}

TEST_CASE("the font holds every character Dutch text and our figures use") {
  Session s(800, 600, 2.0f);
  CHECK(s.shell.app.fonts.dpr == doctest::Approx(2.0));
  // é ë ï ü Ĳ ĳ € „ ” ‘ ’ – — … • × − ≈ ≤ ≥ ← → ▲ ▼
  const ImWchar needed[] = {0xE9, 0xEB, 0xEF, 0xFC, 0x132, 0x133, 0x20AC, 0x201E, 0x201D, 0x2018,
                            0x2019, 0x2013, 0x2014, 0x2026, 0x2022, 0xD7, 0x2212, 0x2248,
                            0x2264, 0x2265, 0x2190, 0x2192, 0x25B2, 0x25BC};
  for (ImFont* font : {s.shell.app.fonts.body, s.shell.app.fonts.bold, s.shell.app.fonts.title}) {
    REQUIRE(font != nullptr);
    for (const ImWchar c : needed) {
      CAPTURE(static_cast<int>(c));
      CHECK(font->FindGlyphNoFallback(c) != nullptr);
    }
  }
  // Baked at twice the size, drawn at half scale: 17 CSS px on screen.
  CHECK(s.shell.app.fonts.body->FontSize == doctest::Approx(34.0));
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(0.5));
  CHECK(ImGui::GetFontSize() == doctest::Approx(17.0));
}

TEST_CASE("the test state reports readiness, frames and the hooked widgets") {
  Session s(1024, 700);
  const std::string json = jv::app::app_test_state_json(s.shell.app);
  CHECK(json.rfind("{\"ready\":true,\"frames\":2,", 0) == 0);
  CHECK(json.find("\"display\":[1024.0,700.0]") != std::string::npos);
  CHECK(json.find("\"titlebar.about\":[") != std::string::npos);
  CHECK(json.find("\"about_open\":false") != std::string::npos);
}
