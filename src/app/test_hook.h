// The test hook: what a browser or native test needs to know to act like a user. Views name the
// widgets a test may click (their rectangles in CSS pixels, recorded as they are drawn) and the
// app reports its state as JSON. Nothing here changes what the user sees.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"

namespace jv::app {

struct TestWidget {
  std::string id;
  ImVec2 min, max;  // CSS pixels, relative to the canvas
};

// A chart's text label as placed (or left out), for tests of overprinting.
struct TestLabel {
  std::string plot, text;
  ImVec2 min, max;
  bool shown = true;
};

struct TestHook {
  std::vector<TestWidget> widgets;  // rebuilt every frame
  std::vector<TestLabel> labels;    // rebuilt every frame
};

// Records the last ImGui item's rectangle under `id`. Call right after the widget.
void test_hook_item(TestHook& hook, const char* id);
// Records a rectangle that is not an ImGui item (a shape on the map, say).
void test_hook_rect(TestHook& hook, const char* id, ImVec2 min, ImVec2 max);

}  // namespace jv::app
