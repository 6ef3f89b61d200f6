#include "app/tooltip.h"

#include <algorithm>
#include <cstdarg>

#include "app/layout.h"
#include "app/ui_context.h"
#include "imgui_internal.h"

namespace jv::app {

namespace {

constexpr float kMargin = 12.0f;  // between a tooltip and the display's edge
constexpr const char* kPopupId = "##jv_tooltip_popup";

bool touch() { return ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen; }

// A tap ends now: the finger lifted without having moved (a swipe scrolls, a hold drags).
bool tap_ends() {
  const ImGuiIO& io = ImGui::GetIO();
  return ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
         io.MouseDragMaxDistanceSqr[0] <= io.MouseDragThreshold * io.MouseDragThreshold;
}

Tooltip* hover_tooltip() {
  UiContext& ui = ui_context();
  ui.hover = Tooltip{};
  ui.hover_frame = ImGui::GetFrameCount();
  ui.hover_anchored = false;
  return &ui.hover;
}

Tooltip* tap_popup() {
  // A popup of the item's own (a combo's list) answers the tap already.
  if (ImGui::IsPopupOpen(0u, ImGuiPopupFlags_AnyPopupId)) return nullptr;
  UiContext& ui = ui_context();
  ui.popup = Tooltip{};
  ui.popup_requested = true;
  ui.popup_at = ImGui::GetIO().MousePos;
  return &ui.popup;
}

// The content, wrapped at `width`; records what was shown.
void draw(const Tooltip& t, float width) {
  push_wrap(ImGui::GetCursorPosX() + width);
  for (const Tooltip::Part& p : t.parts) {
    if (p.separator) {
      ImGui::Separator();
      continue;
    }
    if (p.font) ImGui::PushFont(p.font);
    if (p.muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    text_wrapped_view(p.text);
    if (p.muted) ImGui::PopStyleColor();
    if (p.font) ImGui::PopFont();
  }
  pop_wrap();
}

// Where a window of `size` goes for a pointer at `at`: below and right of it, else above it;
// always inside the display less margins (ImGui's own placement lets a tooltip that fits neither
// above nor below run off the screen).
ImVec2 place(ImVec2 at, ImVec2 size) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float left = vp->Pos.x + kMargin, top = vp->Pos.y + kMargin;
  const float right = vp->Pos.x + vp->Size.x - kMargin, bottom = vp->Pos.y + vp->Size.y - kMargin;
  const float x = std::clamp(at.x + 16.0f, left, std::max(left, right - size.x));
  float y = at.y + 24.0f;
  if (y + size.y > bottom) y = at.y - 8.0f - size.y;  // above the pointer
  if (y < top) y = std::clamp(at.y + 24.0f, top, std::max(top, bottom - size.y));
  return ImVec2(x, y);
}

// After the content: remembers its size. A window that sizes itself to its content knows that
// size one frame late, and where it goes depends on it, so new content stays hidden for its
// first frame (as ImGui does with a window that appears).
void note_shown(const Tooltip& t, bool popup, ImVec2 largest) {
  UiContext& ui = ui_context();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pad = ImGui::GetStyle().WindowPadding;
  ui.last_size = ImVec2(std::min(window->DC.CursorMaxPos.x - window->DC.CursorStartPos.x + 2.0f * pad.x, largest.x),
                        std::min(window->DC.CursorMaxPos.y - window->DC.CursorStartPos.y + 2.0f * pad.y, largest.y));
  std::string text = t.plain();
  if (text != ui.last_text) {
    window->Hidden = true;
    ui.last_text = std::move(text);
    return;
  }
  ShownTooltip& s = ui.shown;
  s.open = true;
  s.popup = popup;
  s.min = ImGui::GetWindowPos();
  s.max = ImVec2(s.min.x + ImGui::GetWindowSize().x, s.min.y + ImGui::GetWindowSize().y);
  s.text = t.plain();
}

}  // namespace

Tooltip& Tooltip::text(std::string paragraph) {
  parts.push_back({std::move(paragraph)});
  return *this;
}

Tooltip& Tooltip::bold(std::string paragraph, ImFont* font) {
  parts.push_back({std::move(paragraph), font});
  return *this;
}

Tooltip& Tooltip::muted(std::string paragraph) {
  parts.push_back({std::move(paragraph), nullptr, true});
  return *this;
}

Tooltip& Tooltip::separator() {
  parts.push_back({std::string(), nullptr, false, true});
  return *this;
}

std::string Tooltip::plain() const {
  std::string out;
  for (const Part& p : parts) {
    if (p.separator) continue;
    if (!out.empty()) out += '\n';
    out += p.text;
  }
  return out;
}

Tooltip* item_tooltip(TooltipFlags flags) {
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return nullptr;
  if (!touch()) return hover_tooltip();
  if ((flags & TooltipFlags_HoverOnly) || !tap_ends()) return nullptr;
  // The finger came down on this item, not elsewhere.
  const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (!item.Contains(ImGui::GetIO().MouseClickedPos[0])) return nullptr;
  return tap_popup();
}

Tooltip* area_tooltip(bool over, TooltipFlags flags) {
  if (!over) return nullptr;
  if (!touch()) return hover_tooltip();
  if ((flags & TooltipFlags_HoverOnly) || !tap_ends()) return nullptr;
  return tap_popup();
}

Tooltip* anchored_tooltip(ImVec2 at) {
  Tooltip* t = hover_tooltip();
  UiContext& ui = ui_context();
  ui.hover_anchored = true;
  ui.hover_at = at;
  return t;
}

void tooltip(const char* fmt, ...) {
  Tooltip* t = item_tooltip();
  if (!t) return;
  va_list args;
  va_start(args, fmt);
  t->text(vformat(fmt, args));
  va_end(args);
}

void tooltip_now(const char* fmt, ...) {
  Tooltip* t = area_tooltip(true);
  if (!t) return;
  va_list args;
  va_start(args, fmt);
  t->text(vformat(fmt, args));
  va_end(args);
}

float tooltip_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float display = ImGui::GetMainViewport()->Size.x;
  return std::max(std::min(ImGui::GetFontSize() * 28.0f, display - 2.0f * kMargin - 2.0f * style.WindowPadding.x),
                  40.0f);
}

void tooltips_frame_end() {
  UiContext& ui = ui_context();
  ui.shown = ShownTooltip{};
  const ImGuiID popup = ImHashStr(kPopupId);
  if (ui.popup_requested) {
    ui.popup_requested = false;
    ImGui::OpenPopupEx(popup, ImGuiPopupFlags_None);
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = tooltip_width();
  const ImVec2 largest(width + 2.0f * style.WindowPadding.x, vp->Size.y - 2.0f * kMargin);
  if (ImGui::IsPopupOpen(popup, ImGuiPopupFlags_None)) {
    ImGui::SetNextWindowPos(place(ui.popup_at, ui.last_size));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), largest);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar |
                                        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::BeginPopupEx(popup, kFlags)) {
      draw(ui.popup, width);
      note_shown(ui.popup, true, largest);
      // A tap on the popup itself closes it too; a tap elsewhere closes it by ImGui's rule.
      if (!ImGui::IsWindowAppearing() && ImGui::IsWindowHovered() && tap_ends()) ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
  } else if (ui.hover_frame == ImGui::GetFrameCount() && !ui.hover.parts.empty()) {
    ImGui::SetNextWindowPos(place(ui.hover_anchored ? ui.hover_at : ImGui::GetIO().MousePos, ui.last_size));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), largest);
    ImGui::BeginTooltip();
    draw(ui.hover, width);
    note_shown(ui.hover, false, largest);
    ImGui::EndTooltip();
  }
}

const ShownTooltip& shown_tooltip() { return ui_context().shown; }

}  // namespace jv::app
