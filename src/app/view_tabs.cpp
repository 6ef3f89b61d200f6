#include "app/theme.h"
#include "app/views.h"
#include "imgui.h"

namespace jv::app {

void view_tabs(AppState& app) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 44.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::kSurface);
  draw->AddLine(ImVec2(origin.x, origin.y + height - 1), ImVec2(origin.x + width, origin.y + height - 1), theme::kBorder);

  struct Item { const char* label; Tab tab; const char* hook; };
  const Item items[] = {{"Start", Tab::Start, "tabs.start"}, {"Eigen cijfers", Tab::OwnData, "tabs.own"}};
  float x = origin.x + (width < 640.0f ? 8.0f : 16.0f);
  for (const Item& item : items) {
    const bool active = app.tab == item.tab;
    ImGui::PushFont(active ? app.fonts.bold : app.fonts.body);
    const ImVec2 text = ImGui::CalcTextSize(item.label);
    const ImVec2 size(text.x + 28.0f, height);
    ImGui::SetCursorScreenPos(ImVec2(x, origin.y));
    ImGui::PushID(item.hook);
    if (ImGui::InvisibleButton("##tab", size)) app.tab = item.tab;
    const bool hovered = ImGui::IsItemHovered();
    test_hook_item(app.test_hook, item.hook);
    ImGui::PopID();
    if (hovered && !active) draw->AddRectFilled(ImVec2(x, origin.y), ImVec2(x + size.x, origin.y + height - 1), IM_COL32(238, 243, 250, 255));
    draw->AddText(ImVec2(x + 14.0f, origin.y + (height - text.y) * 0.5f), active ? theme::kAccent : theme::kText, item.label);
    if (active) draw->AddRectFilled(ImVec2(x + 6.0f, origin.y + height - 4.0f), ImVec2(x + size.x - 6.0f, origin.y + height - 1.0f), theme::kAccent);
    ImGui::PopFont();
    x += size.x + 4.0f;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

}  // namespace jv::app
