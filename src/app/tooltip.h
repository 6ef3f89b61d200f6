// Tooltips that fit the screen and work on a phone. On a desktop a tooltip shows while the mouse
// is over its item; a touch screen has no hover, so a tap on the item opens the same content as
// a small popup that stays until the next tap. Either way the text wraps (at spaces, numbers
// whole) at min(28 em, display width less margins) and the window stays inside the display.
//
//   if (Tooltip* t = item_tooltip()) t->bold(m.name, app.platform.fonts.bold).text(m.definition);
//   tooltip("Bron: %s", m.source.c_str());  // one paragraph, after the item
//
// The content is built only when it is shown; the tooltip or popup is drawn once per frame by
// tooltips_frame_end(), which app_frame() calls after the views.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"

namespace jv::app {

class Tooltip {
 public:
  struct Part {
    std::string text;  // a paragraph; '\n' starts a new line
    ImFont* font = nullptr;
    bool muted = false;
    bool separator = false;
  };
  Tooltip& text(std::string paragraph);
  Tooltip& bold(std::string paragraph, ImFont* font);
  Tooltip& muted(std::string paragraph);
  Tooltip& separator();
  // The paragraphs, one per line (for the test hook).
  std::string plain() const;
  std::vector<Part> parts;
};

enum TooltipFlags_ {
  TooltipFlags_None = 0,
  // Only on hover: for a tooltip that merely says what a click does ("Klik om ... te openen"),
  // where on a phone the tap itself is the answer.
  TooltipFlags_HoverOnly = 1 << 0,
};
using TooltipFlags = int;

// Call right after an item: the tooltip to fill when the item is hovered with a mouse or was
// just tapped on a touch screen, else null. A tap that opened the item's own popup (a combo)
// opens no tooltip.
Tooltip* item_tooltip(TooltipFlags flags = TooltipFlags_None);
// The same for something that is not an item (a dot in a chart, a gemeente on the map):
// `over` says whether it is under the mouse or finger now.
Tooltip* area_tooltip(bool over, TooltipFlags flags = TooltipFlags_None);
// A tooltip at a point on screen rather than at the mouse: the readout of a gemeente the keyboard
// highlighted in a chart or on the map.
Tooltip* anchored_tooltip(ImVec2 at);
// One paragraph: item_tooltip() and area_tooltip(true) with printf-style text.
void tooltip(const char* fmt, ...) IM_FMTARGS(1);
void tooltip_now(const char* fmt, ...) IM_FMTARGS(1);

// Draws this frame's tooltip, or the popup a tap opened. Once per frame, after the views.
void tooltips_frame_end();
// The widest a tooltip's text may be now: 28 em, or the display less margins on a phone.
float tooltip_width();

// What tooltips_frame_end() showed, for the test hook.
struct ShownTooltip {
  bool open = false;
  bool popup = false;  // opened by a tap
  ImVec2 min, max;
  std::string text;
};
const ShownTooltip& shown_tooltip();

}  // namespace jv::app
