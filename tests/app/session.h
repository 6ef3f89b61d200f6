// Shared by the app suites: a headless app for one test, and the rectangles of hooked widgets.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "imgui.h"
#include "platform/headless/headless.h"

namespace jv::test {

// The app in the headless shell for the length of one test.
struct Session {
  jv::platform::Headless shell;
  // `storage`: the browser's local storage as a page loaded again on the same device finds it.
  Session(float w, float h, float dpr = 1.0f, const std::map<std::string, std::string>& storage = {}) {
    jv::platform::headless_start(shell, w, h, dpr, storage);
  }
  ~Session() { jv::platform::headless_stop(shell); }
};

struct Rect {
  ImVec2 min, max;
};

// The rectangle of a hooked widget the last frame drew; fails the test when it was not drawn.
inline Rect widget(const jv::platform::Headless& shell, const char* id) {
  Rect r{};
  const bool found = jv::platform::headless_widget(shell, id, &r.min, &r.max);
  REQUIRE_MESSAGE(found, "widget not drawn: " << id);
  return r;
}

}  // namespace jv::test
