#include "app/chart_access.h"

#include <algorithm>
#include <cmath>

#include "app/chart.h"
#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/view_shared.h"
#include "core/format.h"
#include "core/indicator.h"
#include "imgui_internal.h"  // key ownership: the focused chart, not ImGui's navigation, takes the arrows

namespace jv::app {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

}  // namespace

bool chart_table_switch(AppState& app, const char* hook, float right) {
  const std::string chart_hook = std::string(hook) + ".grafiek", table_hook = std::string(hook) + ".tabel";
  const char* chart = tr("Grafiek");
  const char* table = tr("Tabel");
  ImGui::PushID(hook);
  if (toggle_button(chart, !app.ui.chart_table)) app.ui.chart_table = false;
  test_hook_item(app.frame.test_hook, chart_hook.c_str());
  same_line_if_fits(button_width(table), right);
  ImGui::SameLine(0.0f, 0.0f);  // one control of two halves
  if (toggle_button(table, app.ui.chart_table)) app.ui.chart_table = true;
  test_hook_item(app.frame.test_hook, table_hook.c_str());
  ImGui::PopID();
  return app.ui.chart_table;
}

ChartTable comparison_table(const AppState& app, const char* id, const IndicatorMeta& m,
                            const std::vector<Comparison>& rows, const std::vector<std::size_t>& order) {
  const Dataset& d = app.model.store.data;
  ChartTable t;
  t.id = id;
  const bool denominators = !m.denominator.empty();
  t.headers = {tr("Gemeente"), tr("Waarde")};
  if (denominators) t.headers.push_back(tr("Noemer"));
  t.headers.push_back(tr("Oordeel"));
  for (const std::size_t i : order) {
    const Comparison& c = rows[i];
    ChartTable::Row r;
    r.gemeente = c.gemeente;
    r.cells = {d.gemeenten[idx(c.gemeente)].name, figure(m, c.value)};
    if (denominators)
      r.cells.push_back(std::isnan(c.denominator) ? "\xE2\x80\x93" : format_count(c.denominator, language()));
    r.cells.push_back(tr(verdict_word(c, m)));
    t.rows.push_back(std::move(r));
  }
  const std::size_t missing = d.gemeenten.size() - rows.size();
  if (missing > 0) {
    // Two whole sentences, so the translation table (and its scan) sees each.
    const std::string n = format_count(static_cast<double>(missing), language());
    t.note = missing == 1 ? trf("{1} gemeente heeft geen cijfer (onbekend, of een klein aantal dat we niet tonen) en "
                                "staat niet in de grafiek of de tabel.",
                                {n})
                          : trf("{1} gemeenten hebben geen cijfer (onbekend, of een klein aantal dat we niet tonen) en "
                                "staan niet in de grafiek of de tabel.",
                                {n});
  }
  return t;
}

void draw_chart_table(AppState& app, const ChartTable& table, float width) {
  app.frame.tables.push_back(table);
  const std::size_t n = table.headers.size();
  std::vector<TableColumn> cols(n);
  for (std::size_t c = 0; c < n; ++c) {
    cols[c].header = table.headers[c];
    cols[c].stretch = c == 0;  // the name takes what is left and wraps at spaces
    // On a phone the middle columns go first (a noemer before the verdict), never the name or value.
    cols[c].drop = c < 2 ? 0 : static_cast<int>(n - c);
    cols[c].user_id = static_cast<ImGuiID>(c);
  }
  for (const ChartTable::Row& r : table.rows) {
    for (std::size_t c = 0; c < n && c < r.cells.size(); ++c) measure_cell(cols[c], r.cells[c], c == 0);
  }
  const bool scroll = table.rows.size() > 20;
  const ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                 (scroll ? ImGuiTableFlags_ScrollY : 0);
  fit_columns(cols, width, kFlags);
  const std::string id = "##tabel_" + table.id;
  if (ImGui::BeginTable(id.c_str(), shown_columns(cols), kFlags, ImVec2(width, scroll ? 520.0f : 0.0f))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    setup_columns(cols);
    table_headers(cols);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      const ChartTable::Row& r = table.rows[i];
      ImGui::TableNextRow();
      const bool chosen = r.gemeente >= 0 && r.gemeente == app.view.gemeente;
      const bool highlighted = r.gemeente >= 0 && r.gemeente == app.ui.explore.gemeente;
      if (chosen) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(253, 226, 216, 255));
      ImGui::PushID(static_cast<int>(i));
      for (std::size_t c = 0; c < n; ++c) {
        if (!cols[c].shown) continue;
        ImGui::TableNextColumn();
        const std::string& cell = c < r.cells.size() ? r.cells[c] : std::string();
        if (c == 0 && r.gemeente >= 0) {
          // The whole row chooses the gemeente, as a click on its dot does.
          const ImVec2 at = ImGui::GetCursorScreenPos();
          if (ImGui::Selectable("##rij", chosen || highlighted,
                                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                                ImVec2(0.0f, wrapped_size(cell, wrap_width()).y))) {
            app_select_gemeente(app, r.gemeente);
          }
          ImGui::SetCursorScreenPos(at);
        }
        text_wrapped_view(cell);
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  const std::string hook = "tabel." + table.id;
  test_hook_item(app.frame.test_hook, hook.c_str());
  if (!table.note.empty()) muted(table.note);
}

Tooltip gemeente_readout(const AppState& app, const Comparison& c, const IndicatorMeta& m) {
  const Dataset& d = app.model.store.data;
  const Gemeente& g = d.gemeenten[idx(c.gemeente)];
  Tooltip t;
  t.bold(g.name + " (" + g.code + ")", app.platform.fonts.bold);
  t.text(std::string(tr(m.name)) + ": " + format_value(m, c.value, language()) +
         (std::isnan(c.denominator) || m.denominator.empty()
              ? ""
              : trf(", noemer {1}", {format_count(c.denominator, language())})));
  if (c.members > 0) t.text(tr("Oordeel") + std::string(": ") + tr(verdict_word(c, m)));
  if (g.jeugdregio >= 0) t.text(trf("Jeugdregio {1}", {d.jeugdregios[idx(g.jeugdregio)].name}));
  return t;
}

std::string readout_line(const Tooltip& t) {
  std::string out;
  for (const Tooltip::Part& p : t.parts) {
    if (p.separator || p.text.empty()) continue;
    if (!out.empty()) out += ". ";
    out += p.text;
  }
  return out.empty() ? out : out + ".";
}

Explored explore_keys(AppState& app, const char* chart, const std::vector<Comparison>& rows,
                      const std::vector<std::size_t>& left_right, const std::vector<std::size_t>* up_down) {
  Explored e;
  UiState::Explore& x = app.ui.explore;
  const ImGuiID id = ImGui::GetItemID();
  if (!ImGui::IsItemFocused()) {
    if (x.chart == chart) x = UiState::Explore{};
    return e;
  }
  e.focused = true;
  app.frame.explored = true;
  // Owned while focused, so ImGui's navigation does not move the focus away on the next press.
  for (const ImGuiKey k : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow})
    ImGui::SetKeyOwner(k, id);
  if (x.chart != chart) x = UiState::Explore{chart, -1, ""};
  // A highlight the chart no longer draws (another indicator, a hidden figure) starts again.
  if (std::none_of(rows.begin(), rows.end(), [&](const Comparison& c) { return c.gemeente == x.gemeente; }))
    x.gemeente = -1;
  auto pressed = [&](ImGuiKey k) { return ImGui::IsKeyPressed(k, id, ImGuiInputFlags_Repeat); };
  const int across = (pressed(ImGuiKey_RightArrow) ? 1 : 0) - (pressed(ImGuiKey_LeftArrow) ? 1 : 0);
  const int down = (pressed(ImGuiKey_DownArrow) ? 1 : 0) - (pressed(ImGuiKey_UpArrow) ? 1 : 0);
  if (across != 0) x.gemeente = explore_step(rows, left_right, x.gemeente, across);
  if (down != 0) x.gemeente = explore_step(rows, up_down ? *up_down : left_right, x.gemeente, down);
  e.gemeente = x.gemeente;
  e.chosen = x.gemeente >= 0 &&
             (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
  return e;
}

void explore_show(AppState& app, const Explored& e, ImVec2 min, ImVec2 max, ImVec2 at, const Tooltip& readout) {
  if (!e.focused) return;
  chart::focus_ring(ImGui::GetWindowDrawList(), min, max);
  if (e.gemeente < 0) {
    app.ui.explore.readout.clear();
    return;
  }
  app.ui.explore.readout = readout_line(readout);
  if (Tooltip* t = anchored_tooltip(at)) *t = readout;
  if (e.chosen) app_select_gemeente(app, e.gemeente);
}

void explore_hint(const char* order_text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped_view(
      trf("Toetsenbord: klik op de grafiek of ga er met de pijltjes heen; dan gaan de pijltjes naar de "
          "vorige of volgende gemeente ({1}) en kiest Enter die gemeente.",
          {order_text}));
  ImGui::PopStyleColor();
}

}  // namespace jv::app
