#include "app/theme.h"

#include <algorithm>
#include <cmath>

namespace jv::app::theme {

namespace {

// One sRGB channel (0..255) made linear, as WCAG 2.1 defines relative luminance.
double linear(unsigned channel) {
  const double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(ImU32 c) {
  return 0.2126 * linear((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * linear((c >> IM_COL32_G_SHIFT) & 0xFF) +
         0.0722 * linear((c >> IM_COL32_B_SHIFT) & 0xFF);
}

}  // namespace

double contrast_ratio(ImU32 a, ImU32 b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void apply_style() {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);

  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  style.WindowRounding = 6;
  style.ChildRounding = 6;
  style.FrameRounding = 4;
  style.PopupRounding = 6;
  style.GrabRounding = 4;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;
  style.PopupBorderSize = 1;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kText);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(kTextMuted);
  c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(kBackground);
  c[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(kSurface);
  c[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(kSurface);
  c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(kBorder);
  c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.98f, 1);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.97f, 1);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.93f, 0.97f, 1);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.80f, 0.87f, 0.95f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.70f, 0.80f, 0.92f, 1);
  c[ImGuiCol_Header] = ImVec4(0.86f, 0.90f, 0.96f, 1);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.87f, 0.95f, 1);
  c[ImGuiCol_HeaderActive] = ImVec4(0.70f, 0.80f, 0.92f, 1);
  c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(kAccent);
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.70f, 0.80f, 0.95f, 1);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.1f, 0.45f);
  c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(kAccent);
}

}  // namespace jv::app::theme
