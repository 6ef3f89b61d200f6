#include <string>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/views.h"
#include "imgui.h"

namespace jv::app {

float view_titlebar(AppState& app) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool narrow = width < 640.0f;  // a phone: only the name and "Over"
  const float height = 56.0f;
  const float pad = narrow ? 12.0f : 20.0f;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::kTitleBar);

  // Product name, vertically centred.
  ImGui::PushFont(app.platform.fonts.title);
  const ImVec2 name_size = ImGui::CalcTextSize("Jeugdvergelijker");
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + (height - name_size.y) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTitleText);
  text_wrapped_view("Jeugdvergelijker");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  test_hook_item(app.frame.test_hook, "titlebar.name");

  // "Over" on the right, as an outlined light button on the dark bar.
  const char* about_label = tr("Over");
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 about_size(ImGui::CalcTextSize(about_label).x + style.FramePadding.x * 2 + 8,
                          ImGui::GetFrameHeight() + 4);
  const float about_x = origin.x + width - pad - about_size.x;
  ImGui::SetCursorScreenPos(ImVec2(about_x, origin.y + (height - about_size.y) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, 28));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 60));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 90));
  ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(255, 255, 255, 140));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTitleText);
  if (ImGui::Button(about_label, about_size)) app.ui.about_open = true;
  ImGui::PopStyleColor(5);
  test_hook_item(app.frame.test_hook, "titlebar.about");

  // "NL | EN" left of "Over": the language of every text (and of the link, `taal=en`). Each name is
  // written in its own language, so it is the same in both.
  float left_of_about = about_x;
  {
    const float gap = ImGui::CalcTextSize(" | ").x;
    const float w_nl = ImGui::CalcTextSize("NL").x + 8.0f, w_en = ImGui::CalcTextSize("EN").x + 8.0f;
    const float y = origin.y + (height - about_size.y) * 0.5f;
    float x = about_x - 14.0f - w_nl - gap - w_en;
    const Lang langs[] = {Lang::Nl, Lang::En};
    for (const Lang l : langs) {
      const bool on = app.view.lang == l;
      const char* label = l == Lang::Nl ? "NL" : "EN";
      const float w = l == Lang::Nl ? w_nl : w_en;
      ImGui::SetCursorScreenPos(ImVec2(x, y));
      ImGui::PushID(label);
      ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, on ? 60 : 0));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 60));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 90));
      ImGui::PushStyleColor(ImGuiCol_Text, on ? theme::kTitleText : theme::kTitleMuted);
      ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4.0f, style.FramePadding.y));
      if (ImGui::Button(label, ImVec2(w, about_size.y))) app.view.lang = l;
      ImGui::PopStyleVar();
      ImGui::PopStyleColor(4);
      ImGui::PopID();
      test_hook_item(app.frame.test_hook, l == Lang::Nl ? "titlebar.lang.nl" : "titlebar.lang.en");
      x += w;
      if (l == Lang::Nl) {
        draw->AddText(ImVec2(x, origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f), theme::kTitleMuted, " | ");
        x += gap;
      }
    }
    left_of_about = about_x - 14.0f - w_nl - gap - w_en;
  }

  // "Presentatie" left of the languages, once there are slides: the panel that edits and presents them.
  if (!app.present.deck.slides.empty() && app.view.mode != Mode::Public) {
    const std::string label = trf("Presentatie ({1})", {std::to_string(app.present.deck.slides.size())});
    const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2 + 8;
    left_of_about -= 10.0f + w;
    ImGui::SetCursorScreenPos(ImVec2(left_of_about, origin.y + (height - about_size.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, 28));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 60));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 90));
    ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(255, 255, 255, 140));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTitleText);
    if (ImGui::Button(label.c_str(), ImVec2(w, about_size.y))) app.present.panel_open = !app.present.panel_open;
    ImGui::PopStyleColor(5);
    test_hook_item(app.frame.test_hook, "titlebar.presentation");
  }

  if (!narrow) {
    // What the tool is, after the name; the privacy promise left of "Over". Each only when it
    // fits, so the bar never overlaps itself at in-between widths.
    const char* tagline = tr("Jeugdhulp in uw gemeente, naast regio, vergelijkbare gemeenten en Nederland");
    const char* promise = tr("Uw gegevens blijven op dit apparaat");
    const float tag_x = origin.x + pad + name_size.x + 18.0f;
    const float promise_w = ImGui::CalcTextSize(promise).x;
    const float promise_x = left_of_about - 18.0f - promise_w;
    const float text_y = origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
    const bool show_promise = promise_x > tag_x + 40.0f;
    const float tag_right = show_promise ? promise_x - 24.0f : left_of_about - 18.0f;
    if (tag_x + ImGui::CalcTextSize(tagline).x <= tag_right) {
      draw->AddText(ImVec2(tag_x, text_y), theme::kTitleMuted, tagline);
    }
    if (show_promise) draw->AddText(ImVec2(promise_x, text_y), theme::kTitleText, promise);
  }

  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  return height;
}

}  // namespace jv::app
