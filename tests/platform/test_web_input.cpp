// The web shell's input rules, natively: which keys the browser keeps, what a touch becomes.
#include <doctest/doctest.h>

#include <vector>

#include "platform/web/keys.h"
#include "platform/web/touch.h"

using jv::web::decide_key;
using jv::web::TouchAction;
using jv::web::TouchGesture;
using Kind = TouchAction::Kind;

TEST_CASE("letters type text and reach ImGui, without the browser acting on them") {
  const auto d = decide_key("a", "KeyA", false, false, false, false);
  CHECK(d.imgui_key == ImGuiKey_A);
  CHECK(d.text);
  CHECK_FALSE(d.let_browser_act);
}

TEST_CASE("accented characters from dead keys and AltGr are typed") {
  CHECK(decide_key("\xC3\xA9", "KeyE", false, false, false, false).text);            // é
  const auto euro = decide_key("\xE2\x82\xAC", "Digit5", true, true, false, false);  // AltGr+5: €
  CHECK(euro.text);
  CHECK_FALSE(euro.let_browser_act);
  CHECK_FALSE(decide_key("Dead", "Quote", false, false, false, false).text);
}

TEST_CASE("Ctrl+S, Ctrl+P, Ctrl+A, Tab and Backspace are kept from the page") {
  for (const char* k : {"s", "p", "a", "f", "z"}) {
    CAPTURE(k);
    const auto d = decide_key(k, "", true, false, false, false);
    CHECK_FALSE(d.let_browser_act);
    CHECK_FALSE(d.text);
  }
  CHECK_FALSE(decide_key("Tab", "Tab", false, false, false, false).let_browser_act);
  CHECK_FALSE(decide_key("Backspace", "Backspace", false, false, false, false).let_browser_act);
  CHECK(decide_key("Backspace", "Backspace", false, false, false, false).imgui_key == ImGuiKey_Backspace);
}

TEST_CASE("copy, cut and paste go to the browser: V is withheld from ImGui until the paste event") {
  const auto c = decide_key("c", "KeyC", true, false, false, false);
  CHECK(c.let_browser_act);
  CHECK(c.imgui_key == ImGuiKey_C);
  const auto v = decide_key("v", "KeyV", true, false, false, false);
  CHECK(v.let_browser_act);
  CHECK(v.imgui_key == ImGuiKey_None);
  // On a Mac the shortcut key is Cmd; Ctrl+V there is not paste.
  CHECK(decide_key("v", "KeyV", false, false, true, true).imgui_key == ImGuiKey_None);
  CHECK(decide_key("v", "KeyV", true, false, false, true).imgui_key == ImGuiKey_V);
}

TEST_CASE("zoom, reload, full screen and developer tools stay the browser's") {
  CHECK(decide_key("=", "Equal", true, false, false, false).let_browser_act);
  CHECK(decide_key("+", "Equal", true, false, false, false).let_browser_act);
  CHECK(decide_key("-", "Minus", true, false, false, false).let_browser_act);
  CHECK(decide_key("0", "Digit0", true, false, false, false).let_browser_act);
  CHECK(decide_key("r", "KeyR", true, false, false, false).let_browser_act);
  CHECK(decide_key("F5", "F5", false, false, false, false).let_browser_act);
  CHECK(decide_key("F11", "F11", false, false, false, false).let_browser_act);
  CHECK(decide_key("I", "KeyI", true, false, false, false).let_browser_act);
}

TEST_CASE("modifiers map to their left or right ImGui key: a numpad Enter is KeypadEnter") {
  CHECK(decide_key("Shift", "ShiftRight", false, false, false, false).imgui_key == ImGuiKey_RightShift);
  CHECK(decide_key("Control", "ControlLeft", true, false, false, false).imgui_key == ImGuiKey_LeftCtrl);
  CHECK(decide_key("Enter", "NumpadEnter", false, false, false, false).imgui_key == ImGuiKey_KeypadEnter);
  // Option+letter on a Mac gives another character; the shortcut still names the letter.
  CHECK(decide_key("\xC3\xA5", "KeyA", false, true, false, true).imgui_key == ImGuiKey_A);
}

TEST_CASE("a tap is a click at the place touched") {
  TouchGesture g;
  std::vector<TouchAction> out;
  g.start(100, 200, 0, out);
  g.move(103, 204, 40, out);  // within the slop: still a tap
  g.end(out);
  REQUIRE(out.size() == 4);
  CHECK(out[0].kind == Kind::Move);
  CHECK(out[1].kind == Kind::Press);
  CHECK(out[1].x == 100);
  CHECK(out[1].y == 200);
  CHECK(out[2].kind == Kind::Release);
  CHECK(out[3].kind == Kind::Leave);
}

TEST_CASE("a swipe scrolls and never clicks") {
  TouchGesture g;
  std::vector<TouchAction> out;
  g.start(100, 500, 0, out);
  g.move(100, 330, 50, out);  // 170 px up: two wheel steps down
  g.end(out);
  REQUIRE(out.size() == 3);
  CHECK(out[1].kind == Kind::Wheel);
  CHECK(out[1].y == doctest::Approx(-2.0));
  CHECK(out[2].kind == Kind::Leave);
  for (const auto& a : out) CHECK(a.kind != Kind::Press);
}

TEST_CASE("a hold and then a drag presses at the start and drags") {
  TouchGesture g;
  std::vector<TouchAction> out;
  g.start(50, 50, 0, out);
  g.move(80, 50, 400, out);
  g.move(120, 60, 450, out);
  g.end(out);
  REQUIRE(out.size() == 6);
  CHECK(out[1].kind == Kind::Press);
  CHECK(out[1].x == 50);
  CHECK(out[2].kind == Kind::Move);
  CHECK(out[2].x == 80);
  CHECK(out[3].x == 120);
  CHECK(out[4].kind == Kind::Release);
  CHECK(out[4].x == 120);
}

TEST_CASE("a cancelled touch releases a drag and clicks nothing") {
  TouchGesture g;
  std::vector<TouchAction> out;
  g.start(10, 10, 0, out);
  g.cancel(out);
  REQUIRE(out.size() == 2);
  CHECK(out[1].kind == Kind::Leave);
}
