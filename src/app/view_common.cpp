// Widgets every comparison view shares: choosing the gemeente and the comparison group.
#include <algorithm>
#include <string>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/views.h"
#include "core/text.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace jv::app {

bool gemeente_search(AppState& app, const char* id, float width) {
  bool changed = false;
  ImGui::PushID(id);
  const float field = std::min(width, 320.0f);
  ImGui::SetNextItemWidth(field);
  ImGui::InputTextWithHint("##zoek", tr("Zoek een gemeente, bijvoorbeeld Alkmaar"), &app.ui.gemeente_query);
  note_text_field(app.frame.text_fields, TextKind::Search);
  const std::string hook = std::string(id) + ".search";
  test_hook_item(app.frame.test_hook, hook.c_str());
  const ImVec2 field_min = ImGui::GetItemRectMin();
  const ImVec2 field_max = ImGui::GetItemRectMax();
  if (!app.ui.gemeente_query.empty()) {
    // The hits in a list right under the field, over whatever the view draws there.
    const std::vector<int> hits = search_gemeenten(app.model.store.data, app.ui.gemeente_query, 8);
    ImGui::SetNextWindowPos(ImVec2(field_min.x, field_max.y + 2));
    ImGui::SetNextWindowSize(ImVec2(std::max(field, 260.0f), 0));
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                        ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("##gemeente_hits", nullptr, kFlags);
    if (hits.empty()) text_disabled(tr("Geen gemeente gevonden (gemeenten van 2025)."));
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(hits[i])];
      const std::string label = g.name + "  (" + g.code + ")";
      if (ImGui::Selectable(label.c_str(), hits[i] == app.view.gemeente)) {
        app_select_gemeente(app, hits[i]);
        app.ui.gemeente_query.clear();
        changed = true;
      }
      if (i == 0) {
        const std::string first = std::string(id) + ".first_hit";
        test_hook_item(app.frame.test_hook, first.c_str());
      }
    }
    // Enter takes what the command line would take (then the first hit); when the text fits several
    // gemeenten ("Bergen") it picks none, and the list stays for a click.
    if (!hits.empty() && ImGui::IsKeyPressed(ImGuiKey_Enter) && !changed) {
      const GemeenteMatch match = find_gemeente(app.model.store.data, app.ui.gemeente_query);
      if (match.index >= 0) {
        app_select_gemeente(app, match.index);
        app.ui.gemeente_query.clear();
        changed = true;
      }
    }
    ImGui::End();
  }
  ImGui::PopID();
  return changed;
}

bool group_chooser(AppState& app, float width) {
  struct Option {
    GroupKind kind;
    const char* label;
    const char* hook;
  };
  static constexpr Option kOptions[] = {
      {GroupKind::Jeugdregio, translatable("Jeugdregio"), "group.jeugdregio"},
      {GroupKind::Provincie, translatable("Provincie"), "group.provincie"},
      {GroupKind::SizeClass, translatable("Grootteklasse"), "group.grootteklasse"},
      {GroupKind::Peers, translatable("Vergelijkbaar"), "group.buren"},
      {GroupKind::Nederland, translatable("Nederland"), "group.nederland"},
      {GroupKind::Custom, translatable("Eigen lijst"), "group.eigen"},
  };
  bool changed = false;
  if (is_phone(width)) {
    // A phone: one combo instead of a row of six buttons that would take three lines.
    const char* current = "";
    for (const Option& o : kOptions) {
      if (o.kind == app.view.group) current = tr(o.label);
    }
    const float right = ImGui::GetCursorScreenPos().x + width;
    ImGui::AlignTextToFramePadding();
    text_wrapped_view(tr("Vergelijk met:"));
    ImGui::SameLine();
    if (combo_begin("##groep", current, std::min(220.0f, right - ImGui::GetCursorScreenPos().x))) {
      for (const Option& o : kOptions) {
        if (combo_item(tr(o.label), o.kind == app.view.group) && o.kind != app.view.group) {
          app.view.group = o.kind;
          changed = true;
        }
        test_hook_item(app.frame.test_hook, o.hook);  // the same hook as the button on a wide screen
      }
      combo_end();
    }
    test_hook_item(app.frame.test_hook, "group.choose");
    return changed;
  }
  const float right = ImGui::GetCursorScreenPos().x + width;
  ImGui::AlignTextToFramePadding();
  text_wrapped_view(tr("Vergelijk met:"));
  for (const Option& o : kOptions) {
    same_line_if_fits(button_width(tr(o.label)), right);
    const bool active = app.view.group == o.kind;
    if (toggle_button(tr(o.label), active) && !active) {
      app.view.group = o.kind;
      changed = true;
    }
    test_hook_item(app.frame.test_hook, o.hook);
    if (Tooltip* t = item_tooltip()) {
      const char* why = "";
      switch (o.kind) {
        case GroupKind::Jeugdregio:
          why = tr("De gemeenten die samen jeugdhulp inkopen (CBS-indeling jeugdregio's).");
          break;
        case GroupKind::Provincie: why = tr("Alle gemeenten in dezelfde provincie."); break;
        case GroupKind::SizeClass: why = tr("Gemeenten van dezelfde grootte (CBS-klassen naar inwonertal)."); break;
        case GroupKind::Peers:
          why = tr("De 10 gemeenten die statistisch het meest op deze gemeente lijken (zie Vergelijkbare gemeenten).");
          break;
        case GroupKind::Nederland: why = tr("Alle gemeenten van Nederland."); break;
        case GroupKind::Custom: why = tr("Een lijst die u zelf samenstelt (bij Vergelijkbare gemeenten)."); break;
      }
      t->text(why);
    }
  }
  return changed;
}

}  // namespace jv::app
