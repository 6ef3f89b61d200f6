// One finger on a touch screen, turned into what ImGui understands. ImGui has no touch
// scrolling, so a phone user could not scroll a long view. The rule, as on native apps:
//   a tap is a click; a swipe scrolls (as wheel steps); a hold, then a drag, drags (sliders,
//   the map).
// Plain C++ (no emscripten) so the gesture rules are tested natively in tests/platform.
#pragma once

#include <span>
#include <vector>

struct ImGuiIO;

namespace jv::web {

struct TouchAction {
  enum class Kind { Move, Press, Release, Wheel, Leave };
  Kind kind;
  float x = 0.0f, y = 0.0f;  // position (Move) or wheel steps (Wheel)
};

class TouchGesture {
 public:
  // Past this distance from the start a touch is a swipe or a drag, no longer a tap (CSS px).
  static constexpr float kSlop = 10.0f;
  // Held this long before moving, a touch drags instead of scrolling (ms).
  static constexpr double kHoldMs = 300.0;
  // Pixels per wheel step: ImGui scrolls 5 lines of text per step, with 17 px text.
  static constexpr float kPixelsPerWheelStep = 85.0f;

  void start(float x, float y, double t_ms, std::vector<TouchAction>& out);
  void move(float x, float y, double t_ms, std::vector<TouchAction>& out);
  void end(std::vector<TouchAction>& out);
  void cancel(std::vector<TouchAction>& out);

 private:
  enum class Mode { Idle, Pending, Scrolling, Dragging };
  Mode mode_ = Mode::Idle;
  float start_x_ = 0, start_y_ = 0, last_x_ = 0, last_y_ = 0;
  double start_ms_ = 0;
};

// Hands the actions to ImGui as input from a touch screen (io.MouseSource), in order. The web
// shell and the headless shell's taps both go through here, so tests see what a phone sends.
void apply_touch_actions(std::span<const TouchAction> actions, ImGuiIO& io);

}  // namespace jv::web
