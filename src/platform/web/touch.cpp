#include "platform/web/touch.h"

#include <cfloat>
#include <cmath>

#include "imgui.h"

namespace jv::web {

using Kind = TouchAction::Kind;

void TouchGesture::start(float x, float y, double t_ms, std::vector<TouchAction>& out) {
  mode_ = Mode::Pending;
  start_x_ = last_x_ = x;
  start_y_ = last_y_ = y;
  start_ms_ = t_ms;
  out.push_back({Kind::Move, x, y});  // hover first: ImGui sees what is under the finger
}

void TouchGesture::move(float x, float y, double t_ms, std::vector<TouchAction>& out) {
  if (mode_ == Mode::Pending) {
    if (std::hypot(x - start_x_, y - start_y_) < kSlop) return;
    if (t_ms - start_ms_ >= kHoldMs) {
      mode_ = Mode::Dragging;
      out.push_back({Kind::Press, start_x_, start_y_});
    } else {
      mode_ = Mode::Scrolling;
    }
  }
  if (mode_ == Mode::Scrolling) {
    // Content follows the finger: moving it up (dy < 0) scrolls down (wheel < 0).
    out.push_back({Kind::Wheel, (x - last_x_) / kPixelsPerWheelStep, (y - last_y_) / kPixelsPerWheelStep});
  } else if (mode_ == Mode::Dragging) {
    out.push_back({Kind::Move, x, y});
  }
  last_x_ = x;
  last_y_ = y;
}

void TouchGesture::end(std::vector<TouchAction>& out) {
  if (mode_ == Mode::Pending) {
    out.push_back({Kind::Press, start_x_, start_y_});
    out.push_back({Kind::Release, start_x_, start_y_});
  } else if (mode_ == Mode::Dragging) {
    out.push_back({Kind::Release, last_x_, last_y_});
  }
  out.push_back({Kind::Leave});  // a lifted finger hovers nothing
  mode_ = Mode::Idle;
}

void TouchGesture::cancel(std::vector<TouchAction>& out) {
  if (mode_ == Mode::Dragging) out.push_back({Kind::Release, last_x_, last_y_});
  out.push_back({Kind::Leave});
  mode_ = Mode::Idle;
}

void apply_touch_actions(std::span<const TouchAction> actions, ImGuiIO& io) {
  for (const TouchAction& a : actions) {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    switch (a.kind) {
      case Kind::Move: io.AddMousePosEvent(a.x, a.y); break;
      case Kind::Press:
        io.AddMousePosEvent(a.x, a.y);
        io.AddMouseButtonEvent(0, true);
        break;
      case Kind::Release:
        io.AddMousePosEvent(a.x, a.y);
        io.AddMouseButtonEvent(0, false);
        break;
      case Kind::Wheel: io.AddMouseWheelEvent(a.x, a.y); break;
      case Kind::Leave: io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); break;
    }
  }
}

}  // namespace jv::web
