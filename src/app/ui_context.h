// State the text and tooltip helpers keep between calls, one per ImGui context. ImGui keeps its
// own state in its context (GImGui) and tests run several contexts side by side, so this follows
// it: created on first use in a context and dropped when ImGui shuts that context down.
#pragma once

#include <cstdarg>
#include <string>
#include <vector>

#include "app/layout.h"
#include "app/tooltip.h"
#include "core/lang.h"
#include "imgui.h"

namespace jv::app {

struct UiContext {
  // Where text wraps (push_wrap): per window, as ImGui's own wrap position would be.
  struct Wrap {
    ImGuiID window = 0;
    float local_x = 0.0f;
  };
  std::vector<Wrap> wraps;
  int wraps_frame = -1;

  // What the text helpers drew this frame, when a test asked.
  bool record = false;
  int recorded_frame = -1;
  std::vector<DrawnText> recorded;

  // The tooltip asked for this frame (hover), and the one a tap opened (kept until closed).
  Tooltip hover;
  int hover_frame = -1;
  bool hover_anchored = false;  // shown at hover_at (a chart's keyboard highlight), not at the mouse
  ImVec2 hover_at;
  Tooltip popup;
  bool popup_requested = false;
  ImVec2 popup_at;        // where the tap was
  std::string last_text;  // the tooltip or popup drawn last, and the size its content takes:
  ImVec2 last_size;       // where the window goes depends on it
  ShownTooltip shown;

  // The language of this frame's texts (app/i18n.h): set by app_frame from the view.
  Lang lang = Lang::Nl;
  const Translations* translations = nullptr;
};

// The state of the current ImGui context.
UiContext& ui_context();

// printf into a string, for the helpers' printf-style entry points.
std::string vformat(const char* fmt, va_list args) IM_FMTLIST(1);

}  // namespace jv::app
