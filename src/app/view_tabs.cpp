#include <iterator>

#include "app/i18n.h"
#include "app/theme.h"
#include "app/views.h"
#include "imgui.h"

namespace jv::app {

void view_tabs(AppState& app) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool phone = width < 640.0f;
  const float row_height = phone ? 38.0f : 44.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();

  struct Item {
    const char* label;
    Tab tab;
    const char* hook;
  };
  // On a phone the long label is shortened so the tabs fit on two rows.
  auto label_of = [](const Item& item, bool narrow) {
    return narrow && item.tab == Tab::Peers ? tr("Vergelijkbaar") : tr(item.label);
  };
  // The labels are tab_label()'s, which the page's text version (mirror.h) shows too.
  static const Item kItems[] = {{tab_label(Tab::Start), Tab::Start, "tabs.start"},
                                {tab_label(Tab::Dashboard), Tab::Dashboard, "tabs.overzicht"},
                                {tab_label(Tab::Indicator), Tab::Indicator, "tabs.indicator"},
                                {tab_label(Tab::Map), Tab::Map, "tabs.kaart"},
                                {tab_label(Tab::Peers), Tab::Peers, "tabs.buren"},
                                {tab_label(Tab::OwnData), Tab::OwnData, "tabs.own"},
                                {tab_label(Tab::Sources), Tab::Sources, "tabs.bronnen"}};
  // Tabs wrap onto a second row on a phone rather than scroll out of sight.
  const float pad = phone ? 8.0f : 14.0f;
  const float left = origin.x + (width < 640.0f ? 4.0f : 16.0f);
  struct Placed {
    ImVec2 pos, size;
  };
  Placed placed[std::size(kItems)];
  float x = left, y = origin.y;
  for (std::size_t i = 0; i < std::size(kItems); ++i) {
    ImGui::PushFont(app.platform.fonts.bold);  // measure in bold so the active tab never overflows
    const float w = ImGui::CalcTextSize(label_of(kItems[i], phone)).x + 2.0f * pad;
    ImGui::PopFont();
    if (x + w > origin.x + width && x > left) {
      x = left;
      y += row_height;
    }
    placed[i] = {ImVec2(x, y), ImVec2(w, row_height)};
    x += w + 2.0f;
  }
  const float height = y + row_height - origin.y;
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::kSurface);
  draw->AddLine(ImVec2(origin.x, origin.y + height - 1), ImVec2(origin.x + width, origin.y + height - 1),
                theme::kBorder);
  for (std::size_t i = 0; i < std::size(kItems); ++i) {
    const Item& item = kItems[i];
    const ImVec2 p = placed[i].pos, size = placed[i].size;
    const bool active = app.view.tab == item.tab;
    ImGui::PushFont(active ? app.platform.fonts.bold : app.platform.fonts.body);
    const char* label = label_of(item, phone);
    const ImVec2 text = ImGui::CalcTextSize(label);
    ImGui::SetCursorScreenPos(p);
    ImGui::PushID(item.hook);
    if (ImGui::InvisibleButton("##tab", size)) app.view.tab = item.tab;
    const bool hovered = ImGui::IsItemHovered();
    test_hook_item(app.frame.test_hook, item.hook);
    ImGui::PopID();
    if (hovered && !active)
      draw->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y - 1), IM_COL32(238, 243, 250, 255));
    draw->AddText(ImVec2(p.x + (size.x - text.x) * 0.5f, p.y + (size.y - text.y) * 0.5f),
                  active ? theme::kAccent : theme::kText, label);
    if (active)
      draw->AddRectFilled(ImVec2(p.x + 4.0f, p.y + size.y - 4.0f), ImVec2(p.x + size.x - 4.0f, p.y + size.y - 1.0f),
                          theme::kAccent);
    ImGui::PopFont();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

}  // namespace jv::app
