// "Overzicht": every indicator of the chosen gemeente in one screen. One message on top (the
// youth-care figure against the group, in a sentence an alderman can read out), then one row per
// indicator: value, the group's median and range, a strip showing where the gemeente stands, and a
// verdict in words and colour that accounts for direction and significance.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/chart.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/format.h"
#include "imgui.h"

namespace jv::app {

namespace {

struct Row {
  int variable = -1;
  Comparison c;
  double national_lo = 0, national_hi = 1;  // the strip's scale: all gemeenten
};

void indicator_tooltip(const AppState& app, const Row& row) {
  const IndicatorMeta& m = app.data2025.variables[static_cast<std::size_t>(row.variable)];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(m.name.c_str());
  ImGui::Separator();
  text_wrapped("%s", m.definition.c_str());
  text_wrapped("Bron: %s", m.source.c_str());
  text_wrapped("Periode: %s. Status: %s.", m.period.c_str(), status_label(m.status));
  if (!m.denominator.empty()) text_wrapped("Noemer: %s.", m.denominator.c_str());
  if (!std::isnan(row.c.denominator)) {
    text_wrapped("Noemer voor deze gemeente: %s%s.", format_count(row.c.denominator).c_str(),
                       m.merge_weight == MergeWeight::Youth ? " (geschat)" : "");
  }
  if (!m.caveat.empty()) text_wrapped("Let op: %s", m.caveat.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

void view_dashboard(AppState& app) {
  const float width = begin_view("##dashboard", 1100.0f);
  // What this frame shows, for the test hook: nothing until a comparison is drawn.
  app.shown = ShownComparison{};
  app.shown.view = "overzicht";
  if (!view_header(app, "overzicht", "Overzicht", width)) {
    end_view();
    return;
  }
  const Gemeente& g = app.data2025.gemeenten[static_cast<std::size_t>(app.gemeente)];
  const Group group = app_current_group(app);
  app.shown.group = group;

  std::vector<Row> rows;
  for (std::size_t v = 0; v < app.data2025.variables.size(); ++v) {
    const IndicatorMeta& m = app.data2025.variables[v];
    if (m.role != Role::Indicator && m.role != Role::Context) continue;
    Row row;
    row.variable = static_cast<int>(v);
    row.c = compare(app.bench2025, app.gemeente, row.variable, group);
    national_range(app, row.variable, row.national_lo, row.national_hi);
    rows.push_back(row);
    app.shown.rows.push_back(row.c);
  }

  // The one message: the youth-care indicator in a sentence.
  if (!rows.empty()) {
    const Row& head = rows.front();
    const IndicatorMeta& m = app.data2025.variables[static_cast<std::size_t>(head.variable)];
    headline(app, g, m, head.c, group, width);
  }
  ImGui::Spacing();

  // Wide: one table row per indicator. Narrow (phone): the same cells stacked as a card.
  const bool wide = width >= 820.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                     ImGuiTableFlags_PadOuterX;
  const int columns = wide ? 5 : 1;
  if (!ImGui::BeginTable("##overzicht", columns, kFlags, ImVec2(width, 0))) {
    end_view();
    return;
  }
  // Text wraps at each cell's edge, not at the view's column.
  ImGui::PushTextWrapPos(0.0f);
  if (wide) {
    ImGui::TableSetupColumn("Indicator", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(g.name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Groep (spreiding)", ImGuiTableColumnFlags_WidthStretch, 1.9f);
    ImGui::TableSetupColumn("Waar staat de gemeente", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Oordeel", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, IM_COL32(0, 0, 0, 0));
    ImGui::TableHeadersRow();
    ImGui::PopStyleColor();
  }
  auto next_cell = [&] {
    if (wide) ImGui::TableNextColumn();
  };
  for (const Row& row : rows) {
    const IndicatorMeta& m = app.data2025.variables[static_cast<std::size_t>(row.variable)];
    ImGui::PushID(row.variable);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, 64.0f);
    ImGui::TableNextColumn();
    ImGui::Dummy(ImVec2(0, 2));
    // Name, period and direction.
    ImGui::PushFont(app.fonts.bold);
    text_wrapped("%s", m.name.c_str());
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) indicator_tooltip(app, row);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    text_wrapped("%s \xC2\xB7 %s", m.period.c_str(), direction_label(m.direction));
    ImGui::PopStyleColor();

    // Value.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushFont(app.fonts.bold);
    const std::string value = format_value(m, row.c.value);
    if (wide) ImGui::TextUnformatted(value.c_str());
    else text_wrapped("%s: %s", g.name.c_str(), value.c_str());
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) indicator_tooltip(app, row);
    const std::string value_hook = "dash.value." + m.id;
    test_hook_item(app.test_hook, value_hook.c_str());

    // Group: the figure the verdict is judged against (the group as a whole for a rate, the median
    // for a context figure), then the range.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 2));
    const std::string reference = row.c.reference == Reference::None ? std::string("geen gemeenten met een cijfer")
                                                                     : reference_text(row.c, m);
    const std::string spread = row.c.members == 0 ? std::string()
                               : "(" + figure(m, row.c.min) + " \xE2\x80\x93 " + figure(m, row.c.max) + ")";
    if (wide) {
      text_wrapped("%s", reference.c_str());
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
      if (!spread.empty()) text_wrapped("%s", spread.c_str());
      ImGui::PopStyleColor();
    } else {
      text_wrapped("%s: %s %s", group.name.c_str(), reference.c_str(), spread.c_str());
    }
    if (ImGui::IsItemHovered() && row.c.members > 0) {
      ImGui::SetTooltip("%s, %zu gemeenten met een cijfer.\nGroep als geheel (alle tellers gedeeld door alle noemers): %s\n"
                        "Mediaan: %s. Middelste helft: %s \xE2\x80\x93 %s.",
                        group.name.c_str(), row.c.members, format_value(m, row.c.weighted_mean).c_str(),
                        format_value(m, row.c.median).c_str(), format_value(m, row.c.q1).c_str(),
                        format_value(m, row.c.q3).c_str());
    }

    // Where the gemeente stands, on the national scale.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 6));
    const ImVec2 s0 = ImGui::GetCursorScreenPos();
    const float sw = std::max(60.0f, std::min(ImGui::GetContentRegionAvail().x - 8.0f, 420.0f));
    ImGui::InvisibleButton("##strip", ImVec2(sw, 26.0f));
    chart::Strip s;
    s.lo = row.national_lo;
    s.hi = row.national_hi;
    s.min = row.c.min;
    s.q1 = row.c.q1;
    s.median = row.c.median;
    s.q3 = row.c.q3;
    s.max = row.c.max;
    s.value = row.c.value;
    s.value_colour = verdict_colour(row.c.verdict);
    chart::strip(draw, s0, ImVec2(s0.x + sw, s0.y + 26.0f), s);
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("Grijze balk: laagste tot hoogste gemeente in %s; blauw: de middelste helft; streep: mediaan.\n"
                        "Stip: %s. De schaal loopt van de laagste tot de hoogste gemeente van Nederland (%s \xE2\x80\x93 %s).",
                        group.name.c_str(), g.name.c_str(), format_value(m, row.national_lo).c_str(),
                        format_value(m, row.national_hi).c_str());
    }

    // Verdict, and the way to the detail.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 2));
    verdict_badge(app, row.c, m);
    const std::string verdict_hook = "dash.verdict." + m.id;
    test_hook_item(app.test_hook, verdict_hook.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", verdict_explanation(row.c, m, group).c_str());
    // What the verdict is judged against, right under it.
    const std::string caption = reference_caption(row.c, m);
    if (!caption.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
      text_wrapped("%s", caption.c_str());
      ImGui::PopStyleColor();
      const std::string caption_hook = "dash.reference." + m.id;
      test_hook_item(app.test_hook, caption_hook.c_str());
    }
    if (ImGui::SmallButton("Details \xE2\x80\xBA")) {
      app.cmp.indicator = row.variable;
      app.tab = Tab::Indicator;
    }
    const std::string detail_hook = "dash.detail." + m.id;
    test_hook_item(app.test_hook, detail_hook.c_str());
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PopID();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped(
      "Oordeel: gunstiger of ongunstiger alleen als het verschil met de groep significant is (buiten de 95 %%-grens "
      "van de trechter, of meer dan twee standaardafwijkingen); anders vergelijkbaar. Bij context (geen goed of "
      "slecht) staat alleen hoger of lager. Beweeg over een cijfer voor bron, periode, definitie en noemer.");
  ImGui::PopStyleColor();
  end_view();
}

}  // namespace jv::app
