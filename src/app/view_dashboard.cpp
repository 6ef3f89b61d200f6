// "Overzicht": every indicator of the chosen gemeente in one screen. One message on top (the
// youth-care figure against the group, in a sentence an alderman can read out), then one row per
// indicator: value, the group's median and range, a strip showing where the gemeente stands, and a
// verdict in words and colour that accounts for direction and significance.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/chart.h"
#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/format.h"
#include "imgui.h"

namespace jv::app {

namespace {

struct Row {
  Group group;  // what this row is compared with: the chosen group, or the gemeenten in the user's file
  int series = -1;
  int variable = -1;  // the series' latest period
  Comparison c;
  double national_lo = 0, national_hi = 1;  // the strip's scale: all gemeenten
};

// Source, period, definition and denominator of the last item's figure: on hover, or on a tap.
void indicator_tooltip(const AppState& app, const Row& row) {
  Tooltip* t = item_tooltip();
  if (!t) return;
  const IndicatorMeta& m = app.model.store.data.variables[static_cast<std::size_t>(row.variable)];
  t->bold(tr(m.name), app.platform.fonts.bold).separator();
  t->text(tr(m.definition));
  t->text(trf("Bron: {1}", {tr(m.source)}));
  t->text(trf("Periode: {1}. Status: {2}.", {tr(m.period), tr(status_label(m.status))}));
  if (!m.denominator.empty()) t->text(trf("Noemer: {1}.", {tr(m.denominator)}));
  if (!std::isnan(row.c.denominator)) {
    t->text(trf("Noemer voor deze gemeente: {1}{2}.", {format_count(row.c.denominator, language()),
                                                       m.merge_weight == MergeWeight::Youth ? tr(" (geschat)") : ""}));
  }
  if (!m.caveat.empty()) t->text(trf("Let op: {1}", {tr(m.caveat)}));
  const std::string note = figure_note(app.model.store, row.variable, row.c.gemeente);
  if (!note.empty()) t->text(tr(note));
}

// The table's columns sized from their content: the indicator's name takes what is left. The
// group column wraps; its narrowest fit is measured as it is drawn and used from the next frame
// on, as ImGui's own auto-fit does (its contents are the comparison's, measured where made).
std::vector<TableColumn> dashboard_columns(const AppState& app, const Gemeente& g, const std::vector<Row>& rows,
                                           float group_need, float group_want) {
  std::vector<TableColumn> cols(5);
  cols[0].header = tr("Indicator");
  cols[0].stretch = true;
  cols[1].header = g.name;
  cols[2].header = tr("Groep (spreiding)");
  cols[2].need = group_need;
  cols[2].want = group_want;
  cols[3].header = tr("Waar staat de gemeente");
  cols[3].need = 100.0f;
  cols[3].want = 260.0f;
  cols[4].header = tr("Oordeel");
  cols[4].need = button_width(tr("Details \xE2\x80\xBA"));
  for (const Verdict v : {Verdict::Better, Verdict::Worse, Verdict::Comparable, Verdict::Higher, Verdict::Lower,
                          Verdict::Similar, Verdict::Unknown}) {
    cols[4].need = std::max(cols[4].need, verdict_badge_size(app, v).x);
  }
  for (const Row& row : rows) {
    const IndicatorMeta& m = app.model.store.data.variables[static_cast<std::size_t>(row.variable)];
    ImGui::PushFont(app.platform.fonts.bold);
    measure_cell(cols[0], tr(m.name));
    measure_cell(cols[1], format_value(m, row.c.value, language()));
    ImGui::PopFont();
    measure_cell(cols[0], std::string(tr(m.period)) + " \xC2\xB7 " + tr(direction_label(m.direction)));
  }
  cols[4].want = cols[4].need;
  return cols;
}

// ", 5 jaar oud" after a period that ended more than two years ago: the alderman should know the
// figure is not this year's.
std::string age_note(const Model& model, const Period& p) {
  if (model.today <= 0) return {};
  const int years = (model.today - p.end_day()) / 365;
  if (years < 2) return {};
  return trf(", {1} jaar oud", {std::to_string(years)});
}

// The headline and the table of every indicator, `width` wide. `controls`: the view's, with "Voeg
// toe aan presentatie", the export buttons and "Details ›"; without: the picture of it.
void dashboard_body(AppState& app, float width, bool controls) {
  // What this frame shows, for the test hook and the export: the comparisons drawn.
  app.frame.shown = ShownComparison{};
  app.frame.shown.view = "overzicht";
  const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)];
  const Group group = app_current_group(app);
  app.frame.shown.group = group;

  // Every series of the store at its latest period, grouped by source (the order of the store:
  // KWB's youth care and context, then Iv3's spending, then benchmarks the user added).
  std::vector<Row> rows;
  for (std::size_t si = 0; si < app.model.store.series.size(); ++si) {
    const Series& series = app.model.store.series[si];
    if (series.meta.role == Role::Characteristic) continue;
    Row row;
    row.series = static_cast<int>(si);
    row.variable = latest_variable(app.model.store, row.series);
    if (row.variable < 0) continue;
    // An own series (a region's file) is set against the gemeenten in that file.
    const bool own =
        series.source >= 0 && app.model.store.sources[static_cast<std::size_t>(series.source)].kind == SourceKind::Own;
    row.group = own ? group_in_file(app.model.store, row.variable) : group;
    // A region's file is about the gemeenten in it: no empty row for the others.
    if (own) {
      const Source& src = app.model.store.sources[static_cast<std::size_t>(series.source)];
      const bool in_file = std::any_of(app.own.data.values.begin(), app.own.data.values.end(), [&](const OwnValue& v) {
        return v.gemeente == g.code && (src.file_name.empty() || v.file == src.file_name);
      });
      if (!in_file) continue;
    }
    row.c = compare(app.model.store.bench, app.view.gemeente, row.variable, row.group);
    national_range(app.model, row.variable, row.national_lo, row.national_hi);
    rows.push_back(row);
    app.frame.shown.rows.push_back(row.c);
  }

  // The one message: the youth-care indicator in a sentence.
  if (!rows.empty()) {
    const Row& head = rows.front();
    const IndicatorMeta& m = app.model.store.data.variables[static_cast<std::size_t>(head.variable)];
    headline(app, g, m, head.c, head.group, width);
  }
  if (controls) {
    const float right = ImGui::GetCursorScreenPos().x + width;
    add_slide_button(app);
    export_view_buttons(app, right, true);
  }
  ImGui::Spacing();

  // Wide: one table row per indicator. Narrow (phone): the same cells stacked as a card.
  const bool wide = width >= 820.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  // The group column's narrowest fit as measured in the last frame (see dashboard_columns).
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID need_key = ImGui::GetID("##group_need"), want_key = ImGui::GetID("##group_want");
  float group_need = 0.0f, group_want = 0.0f;
  std::vector<TableColumn> cols;
  if (wide) {
    cols = dashboard_columns(app, g, rows, storage->GetFloat(need_key, 120.0f), storage->GetFloat(want_key, 200.0f));
    fit_columns(cols, width, kFlags);
  } else {
    cols.resize(1);
    cols[0].stretch = true;
  }
  if (!ImGui::BeginTable("##overzicht", shown_columns(cols), kFlags, ImVec2(width, 0))) return;
  setup_columns(cols);
  if (wide) {
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, IM_COL32(0, 0, 0, 0));
    table_headers(cols);
    ImGui::PopStyleColor();
  }
  auto next_cell = [&] {
    if (wide) ImGui::TableNextColumn();
  };
  int last_source = -2;
  for (const Row& row : rows) {
    const IndicatorMeta& m = app.model.store.data.variables[static_cast<std::size_t>(row.variable)];
    const Series& series = app.model.store.series[static_cast<std::size_t>(row.series)];
    if (series.source != last_source) {
      // A row naming the source of the rows under it.
      last_source = series.source;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Dummy(ImVec2(0, 6));
      if (series.source >= 0) {
        const Source& src = app.model.store.sources[static_cast<std::size_t>(series.source)];
        ImGui::PushFont(app.platform.fonts.bold);
        text_wrapped("%s", tr(src.title));
        ImGui::PopFont();
        const std::string section_hook = "dash.source." + src.id;
        test_hook_item(app.frame.test_hook, section_hook.c_str());
      }
    }
    ImGui::PushID(row.variable);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, 64.0f);
    ImGui::TableNextColumn();
    ImGui::Dummy(ImVec2(0, 2));
    // Name, period and direction.
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped("%s", tr(m.name));
    ImGui::PopFont();
    indicator_tooltip(app, row);
    const std::string name_hook = "dash.name." + m.id;
    test_hook_item(app.frame.test_hook, name_hook.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    const std::string age = age_note(app.model, series.periods.back());
    text_wrapped("%s%s \xC2\xB7 %s", tr(m.period), age.c_str(), tr(direction_label(m.direction)));
    // No figure: why, in the row where the figure would be (a 0 booked is not a figure, core/iv3.h);
    // in this column, the widest, so its long words fit.
    const std::string note = figure_note(app.model.store, row.variable, app.view.gemeente);
    if (std::isnan(row.c.value) && !note.empty()) {
      text_wrapped("%s", tr(note));
      const std::string missing_hook = "dash.missing." + m.id;
      test_hook_item(app.frame.test_hook, missing_hook.c_str());
    }
    // A negative amount: what it means, instead of a verdict (compare.h, is_correction).
    if (is_correction(m, row.c.value)) {
      text_wrapped("%s", negative_amount_text(translations()).c_str());
      const std::string correction_hook = "dash.correction." + m.id;
      test_hook_item(app.frame.test_hook, correction_hook.c_str());
    }
    ImGui::PopStyleColor();

    // Value.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushFont(app.platform.fonts.bold);
    const std::string value = format_value(m, row.c.value, language());
    if (wide) text_wrapped_view(value);
    else text_wrapped("%s: %s", g.name.c_str(), value.c_str());
    ImGui::PopFont();
    indicator_tooltip(app, row);
    const std::string value_hook = "dash.value." + m.id;
    test_hook_item(app.frame.test_hook, value_hook.c_str());

    // Group: the figure the verdict is judged against (the group as a whole for a rate, the median
    // for a context figure), then the range.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 2));
    // A total has no verdict and so no reference: its group's median stands here instead.
    const std::string reference = row.c.reference != Reference::None ? reference_text(row.c, m, translations())
                                  : row.c.members > 0                ? trf("mediaan {1}", {figure(m, row.c.median)})
                                                                     : std::string(tr("geen gemeenten met een cijfer"));
    const std::string spread =
        row.c.members == 0 ? std::string() : "(" + figure(m, row.c.min) + " \xE2\x80\x93 " + figure(m, row.c.max) + ")";
    if (wide) {
      ImGui::BeginGroup();
      text_wrapped_view(reference);
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
      if (!spread.empty()) text_wrapped_view(spread);
      ImGui::PopStyleColor();
      ImGui::EndGroup();
      group_need = std::max({group_need, widest_word(reference), widest_word(spread)});
      group_want =
          std::max({group_want, ImGui::CalcTextSize(reference.c_str()).x, ImGui::CalcTextSize(spread.c_str()).x});
    } else {
      text_wrapped("%s: %s %s", row.group.name.c_str(), reference.c_str(), spread.c_str());
    }
    if (Tooltip* t = item_tooltip(); t && row.c.members > 0) {
      t->text(trf("{1}, {2} gemeenten met een cijfer.", {row.group.name, std::to_string(row.c.members)}));
      // Only a rate is all numerators over all denominators (compare.h, Reference::GroupRate).
      if (row.c.reference == Reference::GroupRate) {
        t->text(trf("Groep als geheel (alle tellers gedeeld door alle noemers): {1}",
                    {format_value(m, row.c.weighted_mean, language())}));
      }
      t->text(trf("Mediaan: {1}. Middelste helft: {2} \xE2\x80\x93 {3}.",
                  {format_value(m, row.c.median, language()), format_value(m, row.c.q1, language()),
                   format_value(m, row.c.q3, language())}));
    }
    const std::string group_hook = "dash.group." + m.id;
    test_hook_item(app.frame.test_hook, group_hook.c_str());

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
    s.value_shape = verdict_shape(row.c.verdict);  // the verdict by shape too, not by colour alone
    chart::strip(draw, s0, ImVec2(s0.x + sw, s0.y + 26.0f), s);
    if (Tooltip* t = item_tooltip()) {
      t->text(trf("Grijze balk: laagste tot hoogste gemeente in {1}; blauw: de middelste helft; streep: mediaan.",
                  {row.group.name}));
      t->text(
          trf("Stip: {1}. De schaal loopt van de laagste tot de hoogste gemeente van Nederland ({2} \xE2\x80\x93 {3}).",
              {g.name, format_value(m, row.national_lo, language()), format_value(m, row.national_hi, language())}));
    }
    const std::string strip_hook = "dash.strip." + m.id;
    test_hook_item(app.frame.test_hook, strip_hook.c_str());

    // Verdict, and the way to the detail.
    next_cell();
    if (wide) ImGui::Dummy(ImVec2(0, 2));
    verdict_badge(app, row.c, m);
    const std::string verdict_hook = "dash.verdict." + m.id;
    test_hook_item(app.frame.test_hook, verdict_hook.c_str());
    if (Tooltip* t = item_tooltip()) {
      t->text(verdict_explanation(row.c, m, row.group, translations()));
      if (std::isnan(row.c.value) && !note.empty()) t->text(tr(note));
    }
    // What the verdict is judged against, right under it.
    const std::string caption = reference_caption(row.c, m, translations());
    if (!caption.empty()) {
      muted(caption);
      const std::string caption_hook = "dash.reference." + m.id;
      test_hook_item(app.frame.test_hook, caption_hook.c_str());
    }
    if (controls) {
      if (ImGui::SmallButton(tr("Details \xE2\x80\xBA"))) {
        app.view.indicator = row.variable;
        app.view.tab = Tab::Indicator;
      }
      const std::string detail_hook = "dash.detail." + m.id;
      test_hook_item(app.frame.test_hook, detail_hook.c_str());
    }
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PopID();
  }
  ImGui::EndTable();
  if (wide) {
    storage->SetFloat(need_key, std::ceil(group_need));
    storage->SetFloat(want_key, std::ceil(group_want));
  }
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped(
      tr("Oordeel: gunstiger of ongunstiger alleen als het verschil met de groep significant is (buiten de 95 %%-grens "
         "van de trechter, of meer dan twee standaardafwijkingen); anders vergelijkbaar. Bij context (geen goed of "
         "slecht) staat alleen hoger of lager."));
  // A picture is not hovered.
  if (controls) text_wrapped(tr("Beweeg over een cijfer voor bron, periode, definitie en noemer."));
  ImGui::PopStyleColor();
}

}  // namespace

void view_dashboard(AppState& app) {
  const float width = begin_view("##dashboard", 1100.0f);
  // Nothing shown until a comparison is drawn.
  app.frame.shown = ShownComparison{};
  app.frame.shown.view = "overzicht";
  if (view_header(app, "overzicht", tr("Overzicht"), width)) dashboard_body(app, width, true);
  end_view();
}

void dashboard_figure(AppState& app, float width) {
  if (app.view.gemeente < 0) return;
  dashboard_body(app, width, false);
}

}  // namespace jv::app
