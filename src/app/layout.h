// Small layout helpers shared by the views: ImGui lays out left to right only when told to, and
// on a 375-px phone a row of buttons must wrap instead of running off the screen.
#pragma once

#include <string_view>

#include "imgui.h"

namespace jv::app {

// The width a button with this label takes.
inline float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// Keeps the next item on the line of the previous one when it fits before `right_x` (screen
// coordinates), else starts a new line. Text after SameLine is wrapped at the text wrap position,
// so a label placed past it would be drawn one letter per line: always ask first.
inline void same_line_if_fits(float next_width, float right_x) {
  const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
  if (x + next_width <= right_x) ImGui::SameLine();
}

// A view's page: a scrolling child over the available space with a centred column of at most
// `max_width` (full width less margins on a phone), text wrapping at the column. Returns the
// column's width. Every view begins with it and ends with end_view().
float begin_view(const char* id, float max_width, float top = 16.0f);
void end_view();

// Wrapped text that breaks lines only at spaces. ImGui::TextWrapped also breaks after ',' and
// '.', which splits Dutch numbers ("36,\n8 %", "1.\n234"); every view uses these instead.
// The block is one item (a group), so IsItemHovered() covers all its lines.
void text_wrapped(const char* fmt, ...) IM_FMTARGS(1);
void text_wrapped_view(std::string_view text);

}  // namespace jv::app
