// "Indicator": one indicator in detail, four ways. The distribution shows every gemeente as a
// dot; the funnel plot sets each rate against its denominator with control limits (the honest way
// to compare gemeenten of very different sizes); the ranking lists the group; the time series
// follows own figures over periods, with the national line, a target and method changes.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "app/chart.h"
#include "app/chart_access.h"
#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/breakdown.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/numbers.h"
#include "core/scale.h"
#include "core/text.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace jv::app {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

double proportion_scale(Unit unit) {
  return unit == Unit::Percent ? 100.0 : unit == Unit::PerThousand ? 1000.0 : std::nan("");
}

chart::Formatter formatter_for(const IndicatorMeta& m) {
  return m.unit == Unit::Percent ? chart::format_percent : chart::format_plain;
}

// The plot's labels as placed, for tests.
void test_hook_labels(TestHook& hook, const char* plot, const chart::Plot& p) {
  for (const chart::PlotLabel& l : p.labels) hook.labels.push_back({plot, l.text, l.min, l.max, l.shown});
}

bool is_member(const Group& group, int g) { return std::binary_search(group.members.begin(), group.members.end(), g); }

// The chart's row of gemeente `g` (compare_each), or null when it has no dot.
const Comparison* row_of(const std::vector<Comparison>& rows, int g) {
  const auto it = std::lower_bound(rows.begin(), rows.end(), g,
                                   [](const Comparison& c, int gemeente) { return c.gemeente < gemeente; });
  return it != rows.end() && it->gemeente == g ? &*it : nullptr;
}

// The dot under the mouse (or the finger that tapped it): what the keyboard's readout says, and
// that a click chooses it.
void gemeente_tooltip(const AppState& app, const Comparison& c, const IndicatorMeta& m) {
  Tooltip* t = area_tooltip(true);
  if (!t) return;
  *t = gemeente_readout(app, c, m);
  t->muted(tr("Klik om deze gemeente te kiezen."));
}

// A gemeente the keyboard highlights: a ring around its dot.
void highlight(const chart::Plot& p, double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) return;
  const ImVec2 c = p.to_screen(x, y);
  p.draw->AddCircle(c, 9.0f, IM_COL32(255, 255, 255, 255), 24, 4.0f);
  p.draw->AddCircle(c, 9.0f, theme::kAccent, 24, 2.5f);
}

void legend_item(ImU32 colour, const char* text, float right, chart::Shape shape = chart::Shape::Circle) {
  const float w = ImGui::CalcTextSize(text).x + 22.0f;
  same_line_if_fits(w, right);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  chart::marker(ImGui::GetWindowDrawList(), ImVec2(p.x + 6.0f, p.y + h * 0.5f), 5.0f, colour, shape);
  ImGui::Dummy(ImVec2(16.0f, h));
  ImGui::SameLine(0, 4);
  text_wrapped_view(text);
}

// Every gemeente as a dot along the value axis, spread vertically where dots would overlap.
void distribution(AppState& app, int variable, const Group& group, const Comparison& c, float width, float tall) {
  const IndicatorMeta& m = app.model.store.data.variables[idx(variable)];
  const std::size_t n = app.model.store.data.gemeenten.size();
  // The chart's figures: every gemeente with a value as the core compares it with the group. The
  // table and the keyboard take the same list, so they show what the dots show.
  const std::vector<Comparison> rows = compare_each(app.model.store.bench, variable, group);
  const std::vector<std::size_t> by_value = explore_order(app.model.store.data, rows, ExploreOrder::Value);
  if (app.ui.chart_table && tall <= 0.0f) {
    draw_chart_table(app, comparison_table(app, "verdeling", m, rows, by_value), width);
    return;
  }
  std::vector<double> xs(n, kNaN), ys(n, 0.0);
  double lo = 1e300, hi = -1e300;
  std::vector<double> all;
  for (const Comparison& r : rows) {
    xs[idx(r.gemeente)] = r.value;
    lo = std::min(lo, r.value);
    hi = std::max(hi, r.value);
    all.push_back(r.value);
  }
  const double national_median = stats::median(all);
  const float height = tall > 0.0f ? tall : is_phone(width) ? 300.0f : 360.0f;
  chart::Labels labels;
  labels.x = tr(m.name);
  labels.y_axis = false;
  labels.x_format = formatter_for(m);
  chart::Plot p;
  if (!chart::begin_plot("##verdeling", ImVec2(width, height), {lo, hi, -1.0, 1.0}, labels, p)) return;
  const Explored keys = explore_keys(app, "verdeling", rows, by_value);
  // Beeswarm offsets in screen space, then back to the plot's -1..1 y range. Others first, then
  // the group, then the chosen gemeente, so the highlighted dots are drawn on top.
  std::vector<int> order;
  for (std::size_t g = 0; g < n; ++g) {
    if (!std::isnan(xs[g]) && !is_member(group, static_cast<int>(g)) && static_cast<int>(g) != app.view.gemeente)
      order.push_back(static_cast<int>(g));
  }
  for (const int g : group.members) {
    if (!std::isnan(xs[idx(g)]) && g != app.view.gemeente) order.push_back(g);
  }
  if (app.view.gemeente >= 0 && !std::isnan(xs[idx(app.view.gemeente)])) order.push_back(app.view.gemeente);
  const float radius = is_phone(width) ? 3.0f : 3.5f;
  std::vector<float> sx(order.size()), off(order.size(), 0.0f);
  for (std::size_t i = 0; i < order.size(); ++i) sx[i] = static_cast<float>(p.x_to_screen(xs[idx(order[i])]));
  // Lay out by value so the swarm is symmetric, then map back.
  std::vector<std::size_t> by_x(order.size());
  for (std::size_t i = 0; i < by_x.size(); ++i) by_x[i] = i;
  std::stable_sort(by_x.begin(), by_x.end(), [&](std::size_t a, std::size_t b) { return sx[a] < sx[b]; });
  std::vector<float> sorted_x(order.size()), sorted_off(order.size(), 0.0f);
  for (std::size_t i = 0; i < by_x.size(); ++i) sorted_x[i] = sx[by_x[i]];
  chart::beeswarm(sorted_x, radius, sorted_off);
  float max_off = 1.0f;
  for (std::size_t i = 0; i < by_x.size(); ++i) {
    off[by_x[i]] = sorted_off[i];
    max_off = std::max(max_off, std::abs(sorted_off[i]));
  }
  const float half_px = (p.area_max.y - p.area_min.y) * 0.5f - radius - 2.0f;
  const float px_per_slot = std::min(2.0f * radius, half_px / max_off);
  const double y_per_px = 2.0 / static_cast<double>(p.area_max.y - p.area_min.y);
  for (std::size_t i = 0; i < order.size(); ++i)
    ys[idx(order[i])] = static_cast<double>(off[i] * px_per_slot) * y_per_px;

  chart::vline(p, national_median, theme::kNational, 1.5f,
               trf("mediaan NL {1}", {format_value(m, national_median, language())}).c_str());
  if (group.kind != GroupKind::Nederland) {
    const std::vector<double> gx{c.median, c.median}, gy{-1.0, 0.85};
    chart::dashed_line(p, gx, gy, theme::kGroup, 2.0f);
  }
  // The figure the verdict above is judged against, when it is not the median: the group's rate.
  const bool reference_line = c.reference == Reference::GroupRate || c.reference == Reference::GroupMean;
  if (reference_line) {
    const std::vector<double> rx{c.reference_value, c.reference_value}, ry{-1.0, 0.85};
    chart::line(p, rx, ry, theme::kGroup, 2.0f);
  }
  // Colour and shape: the group's members are squares, other gemeenten circles, the chosen one a
  // large ringed circle with its name beside it, so no colour is needed to tell them apart.
  for (const int g : order) {
    const bool chosen = g == app.view.gemeente;
    const bool member = is_member(group, g);
    chart::marker(p, xs[idx(g)], ys[idx(g)], chosen ? radius + 2.5f : radius,
                  chosen   ? theme::kChosen
                  : member ? theme::kGroup
                           : theme::kOthers,
                  member && !chosen ? chart::Shape::Square : chart::Shape::Circle, chosen);
  }
  if (keys.gemeente >= 0) highlight(p, xs[idx(keys.gemeente)], ys[idx(keys.gemeente)]);
  if (app.view.gemeente >= 0) {
    chart::label(
        p, xs[idx(app.view.gemeente)], ys[idx(app.view.gemeente)],
        (app.model.store.data.gemeenten[idx(app.view.gemeente)].name + " " + format_value(m, c.value, language()))
            .c_str(),
        theme::kChosen);
  }
  const int hit = chart::nearest_point(p, xs, ys, 8.0f);
  chart::end_plot(p);
  test_hook_item(app.frame.test_hook, "detail.plot");
  test_hook_labels(app.frame.test_hook, "detail.plot", p);
  if (keys.gemeente >= 0) {
    explore_show(app, keys, p.frame_min, p.frame_max, p.to_screen(xs[idx(keys.gemeente)], ys[idx(keys.gemeente)]),
                 gemeente_readout(app, *row_of(rows, keys.gemeente), m));
  } else {
    explore_show(app, keys, p.frame_min, p.frame_max, ImVec2(), Tooltip{});
  }
  if (hit >= 0) {
    gemeente_tooltip(app, *row_of(rows, hit), m);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) app_select_gemeente(app, hit);
  }
  const float right = ImGui::GetCursorScreenPos().x + width;
  legend_item(theme::kChosen, app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str(), right);
  const std::string group_legend =
      reference_line ? trf("{1} (stippellijn: mediaan {2}; lijn: {3}, waartegen het oordeel)",
                           {group.name, format_value(m, c.median, language()), reference_text(c, m, translations())})
                     : trf("{1} (stippellijn: mediaan {2})", {group.name, format_value(m, c.median, language())});
  legend_item(theme::kGroup, group_legend.c_str(), right, chart::Shape::Square);
  legend_item(theme::kOthers, tr("overige gemeenten"), right);
  if (tall <= 0.0f) explore_hint(tr("van laagste naar hoogste waarde"));
}

// Rate against denominator with 95 % and 99.8 % control limits around the group's rate.
void funnel(AppState& app, int variable, const Group& group, const Comparison& c, float width, float tall) {
  const IndicatorMeta& m = app.model.store.data.variables[idx(variable)];
  const double scale = proportion_scale(m.unit);
  if (std::isnan(scale)) {
    text_wrapped(tr("Een trechter kan alleen bij een percentage of een aantal per 1.000 met een bekende noemer. "
                    "%s is een %s."),
                 tr(m.name), tr(unit_label(m.unit)));
    return;
  }
  // Figures from the user's file without numerator and denominator: the core would fall back to
  // inhabitants, which are not the denominator of, say, a share of thuiszitters.
  const int series = series_of_variable(app.model.store, variable);
  const bool own = series >= 0 && app.model.store.series[idx(series)].source >= 0 &&
                   app.model.store.sources[idx(app.model.store.series[idx(series)].source)].kind == SourceKind::Own;
  if (own && app.model.store.data.denominators[idx(variable)].empty()) {
    text_wrapped(
        tr("Een trechter heeft per gemeente een teller en een noemer nodig; uw bestand geeft voor %s alleen de "
           "waarde. Zet de kolommen teller en noemer in het bestand, dan komt de trechter (en een toets) erbij."),
        tr(m.name));
    test_hook_item(app.frame.test_hook, "funnel.no_denominators");
    return;
  }
  const std::size_t n = app.model.store.data.gemeenten.size();
  // The chart's figures, as in the distribution: the core's comparison of every gemeente with a
  // value; a dot needs a noemer as well.
  std::vector<Comparison> rows = compare_each(app.model.store.bench, variable, group);
  std::erase_if(rows, [](const Comparison& r) { return !(r.denominator > 0.0); });
  const std::vector<std::size_t> by_denominator = explore_order(app.model.store.data, rows, ExploreOrder::Denominator);
  if (app.ui.chart_table && tall <= 0.0f) {
    draw_chart_table(app, comparison_table(app, "trechter", m, rows, by_denominator), width);
    return;
  }
  std::vector<double> xs(n, kNaN), ys(n, kNaN);
  double x_lo = 1e300, x_hi = 0, y_lo = 1e300, y_hi = -1e300;
  for (const Comparison& r : rows) {
    const std::size_t g = idx(r.gemeente);
    xs[g] = r.denominator;
    ys[g] = r.value;
    x_lo = std::min(x_lo, xs[g]);
    x_hi = std::max(x_hi, xs[g]);
    y_lo = std::min(y_lo, ys[g]);
    y_hi = std::max(y_hi, ys[g]);
  }
  if (x_lo > x_hi) {
    text_wrapped(tr("Geen noemers bekend voor deze indicator."));
    return;
  }
  const double p0 = c.weighted_mean / scale;
  // The limits along the axis, on a log grid; they also widen the y range.
  std::vector<double> grid, lo95, hi95, lo998, hi998;
  for (double t = std::log10(x_lo * 0.8); t <= std::log10(x_hi * 1.25); t += 0.02) {
    const double d = std::pow(10.0, t);
    const stats::Interval a = stats::funnel_limits(p0, d, 0.95), b = stats::funnel_limits(p0, d, 0.998);
    grid.push_back(d);
    lo95.push_back(std::max(0.0, a.lo) * scale);
    hi95.push_back(a.hi * scale);
    lo998.push_back(std::max(0.0, b.lo) * scale);
    hi998.push_back(b.hi * scale);
  }
  const double y_min = std::max(0.0, y_lo - (y_hi - y_lo) * 0.1), y_max = y_hi + (y_hi - y_lo) * 0.1;
  const std::string x_title = trf("Noemer: {1}{2}, logaritmische schaal",
                                  {m.denominator.empty() ? std::string(tr("inwoners")) : tr(m.denominator),
                                   m.merge_weight == MergeWeight::Youth ? tr(" (geschat)") : ""});
  chart::Labels labels;
  labels.x = x_title.c_str();
  labels.y = tr(m.name);
  labels.x_log = true;
  labels.y_format = formatter_for(m);
  chart::Plot p;
  const float height = tall > 0.0f ? tall : is_phone(width) ? 320.0f : 400.0f;
  if (!chart::begin_plot("##trechter", ImVec2(width, height), {x_lo * 0.8, x_hi * 1.25, y_min, y_max}, labels, p))
    return;
  const Explored keys = explore_keys(app, "trechter", rows, by_denominator);
  chart::band(p, grid, lo998, hi998, IM_COL32(0, 119, 187, 28));
  chart::band(p, grid, lo95, hi95, IM_COL32(0, 119, 187, 40));
  chart::line(p, grid, lo95, IM_COL32(0, 119, 187, 160), 1.0f);
  chart::line(p, grid, hi95, IM_COL32(0, 119, 187, 160), 1.0f);
  chart::dashed_line(p, grid, lo998, IM_COL32(0, 119, 187, 200), 1.0f);
  chart::dashed_line(p, grid, hi998, IM_COL32(0, 119, 187, 200), 1.0f);
  chart::hline(p, c.weighted_mean, theme::kGroup, 1.5f,
               (group.name + " " + format_value(m, c.weighted_mean, language())).c_str());
  for (std::size_t g = 0; g < n; ++g) {
    if (static_cast<int>(g) == app.view.gemeente || is_member(group, static_cast<int>(g))) continue;
    chart::point(p, xs[g], ys[g], theme::kOthers, 3.0f);
  }
  for (const int g : group.members) {
    if (g != app.view.gemeente) chart::marker(p, xs[idx(g)], ys[idx(g)], 3.5f, theme::kGroup, chart::Shape::Square);
  }
  chart::point(p, xs[idx(app.view.gemeente)], ys[idx(app.view.gemeente)], theme::kChosen, 5.5f, true);
  if (keys.gemeente >= 0) highlight(p, xs[idx(keys.gemeente)], ys[idx(keys.gemeente)]);
  chart::label(p, xs[idx(app.view.gemeente)], ys[idx(app.view.gemeente)],
               app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str(), theme::kChosen);
  const int hit = chart::nearest_point(p, xs, ys, 8.0f);
  chart::end_plot(p);
  test_hook_item(app.frame.test_hook, "detail.plot");
  test_hook_labels(app.frame.test_hook, "detail.plot", p);
  if (keys.gemeente >= 0) {
    explore_show(app, keys, p.frame_min, p.frame_max, p.to_screen(xs[idx(keys.gemeente)], ys[idx(keys.gemeente)]),
                 gemeente_readout(app, *row_of(rows, keys.gemeente), m));
  } else {
    explore_show(app, keys, p.frame_min, p.frame_max, ImVec2(), Tooltip{});
  }
  if (hit >= 0) {
    gemeente_tooltip(app, *row_of(rows, hit), m);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) app_select_gemeente(app, hit);
  }
  {
    const float right = ImGui::GetCursorScreenPos().x + width;
    legend_item(theme::kChosen, app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str(), right);
    legend_item(theme::kGroup, group.name.c_str(), right, chart::Shape::Square);
    legend_item(theme::kOthers, tr("overige gemeenten"), right);
  }
  if (tall <= 0.0f) explore_hint(tr("van kleinste naar grootste noemer"));
  if (c.reference == Reference::GroupMedian) {
    // A context figure is judged by the middle half of the group, not by these limits: say so, so
    // the chart and the verdict above it cannot seem to disagree.
    text_wrapped(tr("Let op: %s is context. Het oordeel hierboven komt niet uit deze trechter maar uit de middelste "
                    "helft van de groep (%s); bij zulke grote aantallen valt bijna elk verschil buiten de trechter."),
                 tr(m.name), reference_text(c, m, translations()).c_str());
  }
  text_wrapped(
      tr("Hoe te lezen: elke stip is een gemeente. Hoe groter de gemeente (naar rechts), hoe smaller de trechter: bij "
         "kleine aantallen is een groot verschil eerder toeval. Binnen het lichte vlak (95 %%) is een verschil met %s "
         "(%s) niet bijzonder; buiten de stippellijn (99,8 %%) vrijwel zeker geen toeval."),
      group.name.c_str(), format_value(m, c.weighted_mean, language()).c_str());
  text_wrapped(tr("%s: %s bij een noemer van %s; grenzen 95 %%: %s \xE2\x80\x93 %s, 99,8 %%: %s \xE2\x80\x93 %s."),
               app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str(),
               format_value(m, c.value, language()).c_str(), format_count(c.denominator, language()).c_str(),
               format_value(m, c.funnel95.lo, language()).c_str(), format_value(m, c.funnel95.hi, language()).c_str(),
               format_value(m, c.funnel998.lo, language()).c_str(),
               format_value(m, c.funnel998.hi, language()).c_str());
}

// The group as a sortable table; the chosen gemeente is highlighted, also when outside the group.
void ranking(AppState& app, int variable, const Group& group, float width, float tall) {
  const IndicatorMeta& m = app.model.store.data.variables[idx(variable)];
  struct Line {
    int g;
    double value, denom, rank;
    Verdict verdict;
  };
  std::vector<int> who = group.members;
  if (!is_member(group, app.view.gemeente)) who.push_back(app.view.gemeente);
  std::vector<Line> lines;
  Reference reference = Reference::None;  // what the chosen gemeente's verdict was judged against
  for (const int g : who) {
    const Comparison c = compare(app.model.store.bench, g, variable, group);
    lines.push_back({g, c.value, c.denominator, c.rank, c.verdict});
    if (g == app.view.gemeente) reference = c.reference;
  }
  // Ranks within the list as shown (the group plus the chosen gemeente), so the column counts
  // 1..n without gaps; the core ranks each gemeente among the group plus itself.
  std::vector<double> shown_values;
  for (const Line& l : lines) shown_values.push_back(l.value);
  for (Line& l : lines) l.rank = std::isnan(l.value) ? std::nan("") : stats::rank_ascending(shown_values, l.value);
  // Columns as wide as their content; the name takes what is left and wraps at spaces. When a
  // phone cannot hold them all, the region goes first, then the denominator, the rank, the verdict.
  enum { kRank, kName, kValue, kDenom, kVerdict, kRegion };
  std::vector<TableColumn> cols(6);
  cols[kRank] = {tr("Rang"), 0, 0, false, true, 2, ImGuiTableColumnFlags_DefaultSort, 3};
  cols[kName] = {tr("Gemeente"), 0, 0, true, true, 0, 0, 0};
  cols[kValue] = {tr("Waarde"), 0, 0, false, true, 0, 0, 1};
  cols[kDenom] = {tr("Noemer"), 0, 0, false, true, 3, 0, 2};
  cols[kVerdict] = {tr("Oordeel"), 0, 0, false, false, 1, 0, 4};
  cols[kRegion] = {tr("Jeugdregio"), 0, 0, false, false, 4, 0, 5};
  auto rank_text = [](double r) {
    return std::isnan(r) ? std::string("\xE2\x80\x93") : format_number(r, r == std::floor(r) ? 0 : 1, language());
  };
  auto denom_text = [](double d) { return std::isnan(d) ? std::string("\xE2\x80\x93") : format_count(d, language()); };
  for (const Line& l : lines) {
    const Gemeente& g = app.model.store.data.gemeenten[idx(l.g)];
    measure_cell(cols[kRank], rank_text(l.rank), false);
    measure_cell(cols[kName], g.name);
    measure_cell(cols[kValue], format_value(m, l.value, language()));
    measure_cell(cols[kDenom], denom_text(l.denom), false);
    measure_cell(cols[kRegion], app.model.store.data.jeugdregios[idx(g.jeugdregio)].name);
  }
  for (const Verdict v : {Verdict::Better, Verdict::Worse, Verdict::Comparable, Verdict::Higher, Verdict::Lower,
                          Verdict::Similar, Verdict::Unknown}) {
    measure_cell(cols[kVerdict], tr(verdict_label(v)), false);
  }
  // A series without a denominator (a total, a waiting time from a region's file) has no Noemer
  // column: the inhabitants the core weighs by are not its denominator.
  cols[kDenom].omit = m.denominator.empty();
  // A long list (a province, Nederland) scrolls inside the table; a short one takes its own height.
  const bool scroll = lines.size() > 20;
  const ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                 ImGuiTableFlags_BordersOuter | (scroll ? ImGuiTableFlags_ScrollY : 0);
  fit_columns(cols, width, kFlags);
  // Without the rank column, the value sorts first: the same order.
  if (!cols[kRank].shown) cols[kValue].flags |= ImGuiTableColumnFlags_DefaultSort;
  if (!ImGui::BeginTable("##ranglijst", shown_columns(cols), kFlags, ImVec2(width, scroll ? 520.0f : 0.0f))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  setup_columns(cols);
  table_headers(cols);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
    app.ui.ranking_column = static_cast<int>(specs->Specs[0].ColumnUserID);
    app.ui.ranking_ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
  }
  const int col = app.ui.ranking_column;
  const bool asc = app.ui.ranking_ascending;
  std::stable_sort(lines.begin(), lines.end(), [&](const Line& a, const Line& b) {
    auto key = [&](const Line& l) { return col == 2 ? l.denom : col == 3 ? l.rank : l.value; };
    if (col == 0) {
      const int cmp =
          app.model.store.data.gemeenten[idx(a.g)].name.compare(app.model.store.data.gemeenten[idx(b.g)].name);
      return asc ? cmp < 0 : cmp > 0;
    }
    const double ka = key(a), kb = key(b);
    if (std::isnan(ka) != std::isnan(kb)) return std::isnan(kb);  // unknown values last
    return asc ? ka < kb : ka > kb;
  });
  for (const Line& l : lines) {
    ImGui::TableNextRow();
    if (l.g == app.view.gemeente) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(253, 226, 216, 255));
    const Gemeente& g = app.model.store.data.gemeenten[idx(l.g)];
    if (cols[kRank].shown) {
      ImGui::TableNextColumn();
      text_wrapped_view(rank_text(l.rank));
    }
    ImGui::TableNextColumn();
    ImGui::PushID(l.g);
    // The whole row chooses the gemeente; the name wraps over as many lines as it needs.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float name_height = wrapped_size(g.name, wrap_width()).y;
    if (ImGui::Selectable("##row", l.g == app.view.gemeente,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0.0f, name_height))) {
      app_select_gemeente(app, l.g);
    }
    if (l.g == app.view.gemeente) test_hook_item(app.frame.test_hook, "ranking.chosen");
    ImGui::SetCursorScreenPos(at);
    text_wrapped_view(g.name);
    ImGui::PopID();
    ImGui::TableNextColumn();
    text_wrapped_view(format_value(m, l.value, language()));
    if (cols[kDenom].shown) {
      ImGui::TableNextColumn();
      text_wrapped_view(denom_text(l.denom));
    }
    if (cols[kVerdict].shown) {
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(
          ImGuiCol_Text, verdict_colour(l.verdict) == theme::kNoData ? theme::kTextMuted : verdict_colour(l.verdict));
      text_wrapped_view(tr(verdict_label(l.verdict)));
      ImGui::PopStyleColor();
    }
    if (cols[kRegion].shown) {
      ImGui::TableNextColumn();
      text_wrapped_view(app.model.store.data.jeugdregios[idx(g.jeugdregio)].name);
    }
  }
  ImGui::EndTable();
  test_hook_item(app.frame.test_hook, "detail.ranking");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  // The reference the verdicts were judged against, as the core chose it (never guessed here from
  // the direction: a region's file of waiting times has a direction and is still judged descriptively).
  const char* against = reference == Reference::GroupRate     ? tr("de groep als geheel")
                        : reference == Reference::GroupMean   ? tr("het gemiddelde van de groep")
                        : reference == Reference::GroupMedian ? tr("de middelste helft van de groep, rond de mediaan")
                                                              : nullptr;
  // A slide or a picture (a height given) is looked at, not clicked: no word there about sorting or
  // choosing.
  const std::string how_to =
      app.present.presenting || tall > 0.0f
          ? std::string()
          : std::string(" ") + tr("Klik op een kolomkop om te sorteren, op een naam om die gemeente te kiezen.");
  if (against) {
    text_wrapped(tr("Rang 1 = laagste waarde. Oordeel per gemeente tegen %s: %s.%s"), group.name.c_str(), against,
                 how_to.c_str());
  } else {
    text_wrapped(tr("Rang 1 = laagste waarde. Geen oordeel per gemeente: %s.%s"),
                 m.size_dependent ? tr("een totaal groeit met de gemeente") : tr("er is niets om tegen te oordelen"),
                 how_to.c_str());
  }
  ImGui::PopStyleColor();
}

// The target: what the council promised ("Maximaal 1 op de 15" in Q1 2031, HLT L55), typed as
// staff write it and read with the own-data reader's rules for the series' unit (kept in this page
// only). The year shows whole, with room for four digits and no +/- buttons eating its width.
void target_input(AppState& app, UiState::Target& goal, const IndicatorMeta& m) {
  ImGui::Spacing();
  ImGui::AlignTextToFramePadding();
  text_wrapped_view(tr("Doel:"));
  ImGui::SameLine();
  const char* hint = m.unit == Unit::Percent ? tr("10,5 % of 1 op 15")
                     : m.unit == Unit::Euro  ? tr("\xE2\x82\xAC 9,5 mln")
                     : m.unit == Unit::Days  ? tr("8 weken")
                                             : tr("een getal");
  ImGui::SetNextItemWidth(
      std::max(150.0f, ImGui::CalcTextSize(hint).x + ImGui::GetStyle().FramePadding.x * 2.0f + 8.0f));
  if (ImGui::InputTextWithHint("##doel", hint, &goal.text)) {
    goal.error.clear();
    goal.value = kNaN;
    double v = kNaN;
    if (!goal.text.empty() && !parse_typed_value(goal.text, m.unit, v, goal.error)) v = kNaN;
    goal.value = v;
  }
  note_text_field(app.frame.text_fields, TextKind::Code);  // "10,5 %", "1 op 15", "8 weken"
  test_hook_item(app.frame.test_hook, "series.target");
  ImGui::SameLine();
  text_wrapped_view("in");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("20288").x + ImGui::GetStyle().FramePadding.x * 2.0f);
  int year = goal.year;
  if (ImGui::InputInt("##doeljaar", &year, 0, 0)) goal.year = std::clamp(year, 2000, 2100);
  note_text_field(app.frame.text_fields, TextKind::Number);
  test_hook_item(app.frame.test_hook, "series.target_year");
  if (!std::isnan(goal.value)) {
    // What was read, in the unit's own words: "1 op 15" is 6,7 %.
    ImGui::SameLine();
    text_disabled("= %s", figure(m, goal.value).c_str());
    test_hook_item(app.frame.test_hook, "series.target_value");
  }
  if (!goal.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(138, 28, 28, 255));
    text_wrapped("%s", goal.error.c_str());
    ImGui::PopStyleColor();
    test_hook_item(app.frame.test_hook, "series.target_error");
  }
}

// Own figures over time: the gemeente's line, Nederland from the same file, the benchmark's CBS
// figure where the definitions match, a target the user sets, and method changes.
void own_series(AppState& app, const Group& group, float width, bool after_benchmark, float tall);

// A benchmark series over its periods: the gemeente's line against the group's median and middle
// half per period, Nederland's median, the series' breaks (no line is drawn through a break), and
// the gemeente's own figures of the same definition as points on top.
void benchmark_series(AppState& app, const Group& group, float width, int si, float tall) {
  const FiguresStore& store = app.model.store;
  const Series& series = store.series[idx(si)];
  const IndicatorMeta& m = series.meta;
  const int g = app.view.gemeente;
  const Group nederland = make_group(store.bench, g, GroupKind::Nederland, 10, {}, translations());
  std::vector<double> x, own, median, q1, q3, national;
  std::vector<Period> periods;
  std::vector<std::string> period_labels;  // per x, for the table ("" at a break's gap)
  for (std::size_t i = 0; i < series.periods.size(); ++i) {
    // A gap before a break: the lines stop there and start again after it.
    if (i > 0 && break_at(series, series.periods[i])) {
      for (std::vector<double>* v : {&x, &own, &median, &q1, &q3, &national}) v->push_back(kNaN);
      period_labels.emplace_back();
    }
    period_labels.push_back(store.data.variables[idx(series.variables[i])].period);
    const int v = series.variables[i];
    const Comparison c = compare(store.bench, g, v, group);
    x.push_back(period_position(series.periods[i]));
    own.push_back(c.value);
    median.push_back(c.median);
    q1.push_back(c.q1);
    q3.push_back(c.q3);
    national.push_back(compare(store.bench, g, v, nederland).median);
    periods.push_back(series.periods[i]);
  }
  // Own figures of the same definition (population, kind of care, unit): points on the same axis.
  std::vector<double> ox, oy;
  const std::string code = store.data.gemeenten[idx(g)].code;
  for (std::size_t i = 0; i < app.own.data.values.size(); ++i) {
    const OwnValue& v = app.own.data.values[i];
    const OwnIndicator* ind = app.own.data.indicator(v.indicator);
    if (v.gemeente != code || !v.breakdown.empty() || !ind || ind->custom) continue;
    if (ind->meta.population != m.population || ind->meta.care_type != m.care_type || ind->meta.unit != m.unit)
      continue;
    if (own_hidden(app, i) != Hidden::No || std::isnan(v.value)) continue;
    ox.push_back(period_position(v.period));
    oy.push_back(v.value);
    periods.push_back(v.period);
  }
  UiState::Target& goal = app.ui.targets["reeks|" + series.id];
  if (!std::isnan(goal.value)) {
    Period year;
    year.year = goal.year;
    periods.push_back(year);
  }
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped(tr("%s over de tijd: %s tegen %s"), tr(m.name), store.data.gemeenten[idx(g)].name.c_str(),
               group.name.c_str());
  ImGui::PopFont();
  auto notes = [&] {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    for (const SeriesBreak& b : series.breaks) {
      text_wrapped(tr("Breuk bij %s: %s"), store.data.variables[idx(variable_at(store, si, b.period))].period.c_str(),
                   b.why.c_str());
    }
    if (!series.breaks.empty()) test_hook_item(app.frame.test_hook, "reeks.break_note");
    if (!m.caveat.empty()) text_wrapped(tr("Let op: %s"), tr(m.caveat));
    // A period without a figure for the gemeente: why (a 0 booked is not a figure, core/iv3.h).
    for (std::size_t i = 0; i < series.variables.size(); ++i) {
      const std::string note = figure_note(store, series.variables[i], g);
      if (note.empty() || !std::isnan(store.data.value(g, series.variables[i]))) continue;
      text_wrapped("%s: %s", store.data.variables[idx(series.variables[i])].period.c_str(), tr(note));
    }
    ImGui::PopStyleColor();
  };
  if (app.ui.chart_table && tall <= 0.0f) {
    // The same figures per period as the chart's points: the core's comparison in each period.
    ChartTable t;
    t.id = "reeks";
    t.headers = {tr("Periode"), store.data.gemeenten[idx(g)].name, trf("Mediaan {1}", {group.name}),
                 tr("Middelste helft"), tr("Mediaan Nederland")};
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (std::isnan(x[i])) continue;  // a break's gap
      t.rows.push_back({-1,
                        {period_labels[i], figure(m, own[i]), figure(m, median[i]),
                         figure(m, q1[i]) + " \xE2\x80\x93 " + figure(m, q3[i]), figure(m, national[i])}});
    }
    draw_chart_table(app, t, width);
    notes();
    target_input(app, goal, m);
    return;
  }
  const TimeAxis axis = time_axis(periods, std::max(2, static_cast<int>(width / 110.0f)), language());
  double y_lo = 0.0, y_hi = 0.0;
  for (const std::vector<double>* v : {&own, &q3, &national, &oy}) {
    for (const double y : *v) {
      if (std::isnan(y)) continue;
      y_hi = std::max(y_hi, y);
      y_lo = std::min(y_lo, y);
    }
  }
  if (!std::isnan(goal.value)) y_hi = std::max(y_hi, goal.value);
  if (!(y_hi > y_lo)) y_hi = y_lo + 1.0;
  chart::Labels labels;
  const std::string y_title = std::string(tr(m.name)) + " (" + tr(unit_label(m.unit)) + ")";
  labels.y = y_title.c_str();
  labels.y_format = m.unit == Unit::Euro || m.unit == Unit::EuroThousands ? chart::format_euro : formatter_for(m);
  labels.x_tick_values = axis.ticks;
  labels.x_tick_labels = axis.labels;
  chart::Plot p;
  const float height = tall > 0.0f ? tall : is_phone(width) ? 280.0f : 340.0f;
  const double scale = m.unit == Unit::EuroThousands ? 1000.0 : 1.0;  // the axis in euros, like the figures
  auto scaled = [&](std::vector<double> v) {
    for (double& y : v) y *= scale;
    return v;
  };
  if (!chart::begin_plot("##reeks_benchmark", ImVec2(width, height),
                         {axis.lo, axis.hi, std::min(0.0, y_lo * scale), y_hi * scale * 1.1}, labels, p)) {
    return;
  }
  chart::band(p, x, scaled(q1), scaled(q3), IM_COL32(0, 119, 187, 40));
  chart::dashed_line(p, x, scaled(median), theme::kGroup, 2.0f);
  chart::line(p, x, scaled(national), theme::kNational, 1.5f);
  // Per period also as marks, so a period on its own (after a break) shows its group too: the
  // middle half as a bar, the medians as dots.
  for (std::size_t i = 0; i < x.size(); ++i) {
    const std::vector<double> bx{x[i], x[i]}, by{q1[i] * scale, q3[i] * scale};
    chart::line(p, bx, by, IM_COL32(0, 119, 187, 90), 6.0f);
  }
  // Each line its own mark too (colour is not alone): the gemeente circles, the group's median
  // diamonds, Nederland squares, own figures large ringed diamonds.
  for (std::size_t i = 0; i < x.size(); ++i)
    chart::marker(p, x[i], median[i] * scale, 3.5f, theme::kGroup, chart::Shape::Diamond);
  for (std::size_t i = 0; i < x.size(); ++i)
    chart::marker(p, x[i], national[i] * scale, 3.0f, theme::kNational, chart::Shape::Square);
  chart::line(p, x, scaled(own), theme::kChosen, 3.0f);
  for (std::size_t i = 0; i < x.size(); ++i) chart::point(p, x[i], own[i] * scale, theme::kChosen, 4.5f);
  for (std::size_t i = 0; i < ox.size(); ++i)
    chart::marker(p, ox[i], oy[i] * scale, 5.0f, theme::kBetter, chart::Shape::TriangleUp, true);
  if (!ox.empty())
    test_hook_rect(app.frame.test_hook, "reeks.own_points", p.to_screen(ox.front(), oy.front() * scale),
                   p.to_screen(ox.back(), oy.back() * scale));
  for (const SeriesBreak& b : series.breaks) {
    chart::vline(p, day_position(b.period.start_day()), theme::kContext, 1.5f, tr("breuk"));
  }
  if (!std::isnan(goal.value)) {
    Period year;
    year.year = goal.year;
    const std::vector<double> tx{p.range.x_lo, period_position(year)}, ty{goal.value * scale, goal.value * scale};
    chart::dashed_line(p, tx, ty, theme::kBetter, 2.0f);
    chart::label(p, period_position(year), goal.value * scale,
                 trf("doel {1} in {2}", {format_value(m, goal.value, language()), std::to_string(goal.year)}).c_str(),
                 theme::kBetter);
  }
  const int hit = chart::nearest_point(p, x, scaled(own), 10.0f);
  chart::end_plot(p);
  test_hook_item(app.frame.test_hook, "reeks.plot");
  for (std::size_t i = 0; i < axis.ticks.size(); ++i) {
    const float tx = static_cast<float>(p.x_to_screen(axis.ticks[i]));
    const std::string id = "reeks.tick." + axis.labels[i];
    test_hook_rect(app.frame.test_hook, id.c_str(), ImVec2(tx, p.area_max.y), ImVec2(tx, p.frame_max.y));
  }
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(own[i])) continue;
    const ImVec2 c = p.to_screen(x[i], own[i] * scale);
    std::size_t k = 0;  // which period: x has NaN gaps at breaks
    for (std::size_t j = 0; j < series.periods.size(); ++j) {
      if (period_position(series.periods[j]) == x[i]) k = j;
    }
    const std::string id = "reeks.point." + series.periods[k].label();
    test_hook_rect(app.frame.test_hook, id.c_str(), c, c);
  }
  if (hit >= 0 && !std::isnan(own[idx(hit)])) {
    std::size_t k = 0;
    for (std::size_t j = 0; j < series.periods.size(); ++j) {
      if (period_position(series.periods[j]) == x[idx(hit)]) k = j;
    }
    const int v = series.variables[k];
    const auto note = store.notes.find({v, g});
    tooltip_now(tr("%s, %s: %s\nMediaan %s: %s (middelste helft %s \xE2\x80\x93 %s)\nBron: %s%s%s"),
                store.data.gemeenten[idx(g)].name.c_str(), store.data.variables[idx(v)].period.c_str(),
                format_value(m, own[idx(hit)], language()).c_str(), group.name.c_str(),
                format_value(m, median[idx(hit)], language()).c_str(),
                format_value(m, q1[idx(hit)], language()).c_str(), format_value(m, q3[idx(hit)], language()).c_str(),
                tr(m.source), note == store.notes.end() ? "" : "\n",
                note == store.notes.end() ? "" : note->second.c_str());
  }
  const float right = ImGui::GetCursorScreenPos().x + width;
  legend_item(theme::kChosen, store.data.gemeenten[idx(g)].name.c_str(), right);
  legend_item(theme::kGroup, trf("mediaan en middelste helft {1}", {group.name}).c_str(), right, chart::Shape::Diamond);
  legend_item(theme::kNational, tr("mediaan Nederland"), right, chart::Shape::Square);
  if (!ox.empty())
    legend_item(theme::kBetter, tr("uw eigen cijfers (zelfde definitie)"), right, chart::Shape::TriangleUp);
  notes();
  if (tall <= 0.0f) target_input(app, goal, m);  // a slide (a height given) has no controls
}

void time_series(AppState& app, const Group& group, float width, float tall) {
  // The chosen benchmark series over its periods, when it has more than one; then the own figures.
  const int si = series_of_variable(app.model.store, app.view.indicator);
  const bool benchmark = si >= 0 && app.model.store.series[idx(si)].periods.size() >= 2;
  if (benchmark) {
    benchmark_series(app, group, width, si, tall);
    ImGui::Spacing();
    ImGui::Spacing();
  }
  own_series(app, group, width, benchmark, tall);
}

void own_series(AppState& app, const Group& group, float width, bool after_benchmark, float tall) {
  const std::string code = app.model.store.data.gemeenten[idx(app.view.gemeente)].code;
  // Series: own indicators (with breakdown) of this gemeente with more than one period.
  struct Series {
    const OwnIndicator* ind;
    std::string breakdown;
    std::vector<const OwnValue*> own, national;
  };
  std::map<std::string, Series> series;
  for (const OwnValue& v : app.own.data.values) {
    if (v.gemeente != code && v.gemeente != "NL") continue;
    const OwnIndicator* ind = app.own.data.indicator(v.indicator);
    if (!ind || std::isnan(v.value)) continue;
    Series& s = series[v.indicator + "|" + v.breakdown];
    s.ind = ind;
    s.breakdown = v.breakdown;
    (v.gemeente == "NL" ? s.national : s.own).push_back(&v);
  }
  std::vector<std::string> keys;
  for (auto& [key, s] : series) {
    if (s.own.size() >= 2) keys.push_back(key);
  }
  // Per indicator, its breakdowns by age ("0-3, 4-11, 12-17, 18+"), not as text.
  std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
    const Series &x = series[a], &y = series[b];
    if (x.ind->meta.id != y.ind->meta.id) return x.ind->meta.id < y.ind->meta.id;
    return breakdown_less(x.breakdown, y.breakdown);
  });
  if (keys.empty()) {
    if (after_benchmark) return;  // the benchmark's series stands above; no own series to add
    text_wrapped(
        tr("Deze indicator heeft \xC3\xA9\xC3\xA9n periode. Kies hierboven een indicator met meer perioden (zoals de "
           "Iv3-lasten per inwoner, begroting 2023\xE2\x80\x93"
           "2025), of laad eigen cijfers over meer perioden (tab "
           "Eigen cijfers), bijvoorbeeld het voorbeeld van Hilversum 2018\xE2\x80\x93"
           "2022. Voor %s zijn nog geen eigen "
           "cijfers over meer perioden geladen."),
        app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str());
    if (tall > 0.0f) return;  // a slide has no controls
    if (ImGui::Button(tr("Naar Eigen cijfers"))) app.view.tab = Tab::OwnData;
    test_hook_item(app.frame.test_hook, "series.to_own");
    return;
  }
  if (std::find(keys.begin(), keys.end(), app.ui.series) == keys.end()) app.ui.series = keys.front();
  Series& s = series[app.ui.series];
  auto series_name = [&](const Series& x) {
    return tr(x.ind->meta.name) + (x.breakdown.empty() ? "" : ", " + keep_together(x.breakdown));
  };
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped(tr("Eigen cijfers over de tijd (%s)"),
               s.ind->meta.population.empty() ? tr("eigen definitie") : s.ind->meta.population.c_str());
  ImGui::PopFont();
  if (tall > 0.0f) {
    text_wrapped_view(series_name(s));  // a slide names the series it shows; nothing to choose
  } else {
    if (combo_begin("##reeks", series_name(s), std::min(width, 420.0f))) {
      for (const std::string& k : keys) {
        if (combo_item(series_name(series[k]), k == app.ui.series)) app.ui.series = k;
        const std::string hook = "series.item." + k;  // "series.item.stroom_in_zorg|" (indicator|breakdown)
        test_hook_item(app.frame.test_hook, hook.c_str());
      }
      combo_end();
    }
    test_hook_item(app.frame.test_hook, "series.choose");
  }
  const IndicatorMeta& m = s.ind->meta;
  auto sort_by_time = [](std::vector<const OwnValue*>& v) {
    std::sort(v.begin(), v.end(),
              [](const OwnValue* a, const OwnValue* b) { return compare_periods(a->period, b->period) < 0; });
  };
  sort_by_time(s.own);
  sort_by_time(s.national);
  // A hidden count (< 10, or hidden so that one cannot be worked out) is a gap in the line: a
  // point's height would give the number away.
  auto hidden_of = [&](const OwnValue* v) {
    return own_hidden(app, static_cast<std::size_t>(v - app.own.data.values.data()));
  };
  // x: each period's own position on the time axis (core/scale.h), so years, halves, quarters,
  // school years and runs of quarters each sit over their own tick.
  std::vector<double> ox, oy, nx, ny;
  std::vector<Period> periods;
  std::size_t hidden_points = 0;
  for (const OwnValue* v : s.own) {
    const bool hide = hidden_of(v) != Hidden::No;
    hidden_points += hide ? 1 : 0;
    ox.push_back(period_position(v->period));
    oy.push_back(hide ? kNaN : v->value);
    periods.push_back(v->period);
  }
  for (const OwnValue* v : s.national) {
    nx.push_back(period_position(v->period));
    ny.push_back(hidden_of(v) != Hidden::No ? kNaN : v->value);
    periods.push_back(v->period);
  }
  // The group's median per period, when the own file holds the same figure for at least three of
  // the group's gemeenten (a StatLine export does): the group reference from the same source.
  std::vector<double> gx, gy;
  for (const OwnValue* v : s.own) {
    std::vector<double> members;
    bool any_hidden = false;
    for (std::size_t i = 0; i < app.own.data.values.size(); ++i) {
      const OwnValue& o = app.own.data.values[i];
      if (o.indicator != v->indicator || o.breakdown != v->breakdown || o.period.label() != v->period.label()) continue;
      const int g = app.model.store.data.find_code(o.gemeente);
      if (g < 0 || g == app.view.gemeente || !is_member(group, g) || std::isnan(o.value)) continue;
      members.push_back(o.value);
      any_hidden = any_hidden || own_hidden(app, i) != Hidden::No;
    }
    // A median of counts is one gemeente's count: none where a member's count is hidden.
    if (members.size() >= 3 && !(m.unit == Unit::Count && any_hidden)) {
      gx.push_back(period_position(v->period)), gy.push_back(stats::median(members));
    }
  }
  UiState::Target& goal = app.ui.targets[app.ui.series];
  if (app.ui.chart_table && tall <= 0.0f) {
    // The chart's points per period, a hidden count as "< 10" or "verborgen" (never its number).
    ChartTable t;
    t.id = "eigen-reeks";
    t.headers = {tr("Periode"), app.model.store.data.gemeenten[idx(app.view.gemeente)].name};
    if (!s.national.empty()) t.headers.push_back(tr("Nederland"));
    for (const OwnValue* v : s.own) {
      ChartTable::Row r{-1, {v->period.label(), format_own_cell(m, v->value, hidden_of(v), language())}};
      if (!s.national.empty()) {
        const auto nl = std::find_if(s.national.begin(), s.national.end(),
                                     [&](const OwnValue* o) { return o->period.label() == v->period.label(); });
        r.cells.push_back(nl == s.national.end() ? "\xE2\x80\x93"
                                                 : format_own_cell(m, (*nl)->value, hidden_of(*nl), language()));
      }
      t.rows.push_back(std::move(r));
    }
    draw_chart_table(app, t, width);
    target_input(app, goal, m);
    return;
  }
  const double target = goal.value;
  const int target_year = goal.year;
  if (!std::isnan(target)) {
    Period year;
    year.year = target_year;
    periods.push_back(year);
  }
  const float height = tall > 0.0f ? tall : is_phone(width) ? 280.0f : 340.0f;
  const TimeAxis axis = time_axis(periods, std::max(2, static_cast<int>(width / 110.0f)), language());
  double y_hi = 0.0;
  for (const double y : oy) y_hi = std::isnan(y) ? y_hi : std::max(y_hi, y);
  for (const double y : ny) y_hi = std::isnan(y) ? y_hi : std::max(y_hi, y);
  for (const double y : gy) y_hi = std::max(y_hi, y);
  if (!std::isnan(target)) y_hi = std::max(y_hi, target);
  if (!(y_hi > 0.0)) y_hi = 1.0;
  chart::Labels labels;
  const std::string y_title = std::string(tr(m.name)) + " (" + tr(unit_label(m.unit)) + ")";
  labels.y = y_title.c_str();
  labels.y_format = m.unit == Unit::Euro ? chart::format_euro : formatter_for(m);
  labels.x_tick_values = axis.ticks;
  labels.x_tick_labels = axis.labels;
  chart::Plot p;
  if (!chart::begin_plot("##tijdreeks", ImVec2(width, height), {axis.lo, axis.hi, 0.0, y_hi * 1.1}, labels, p)) return;
  // A method change in CBS's youth-care statistics: CBS, "Jeugdhulp 2021", section 0.1
  // Methodewijzigingen. Figures before and after are not fully comparable.
  const bool cbs_series = m.care_type.find("jeugdhulp") != std::string::npos && m.unit == Unit::Percent;
  if (cbs_series && axis.lo < 2021.0 && axis.hi > 2021.0) {
    chart::vline(p, 2021.0, theme::kContext, 1.5f, tr("methodewijziging CBS"));
  }
  if (!std::isnan(target)) {
    Period year;
    year.year = target_year;
    const double tx_end = period_position(year);
    const std::vector<double> tx{p.range.x_lo, tx_end}, ty{target, target};
    chart::dashed_line(p, tx, ty, theme::kBetter, 2.0f);
    chart::label(p, tx_end, target,
                 trf("doel {1} in {2}", {format_value(m, target, language()), std::to_string(target_year)}).c_str(),
                 theme::kBetter);
  }
  chart::dashed_line(p, gx, gy, theme::kGroup, 2.0f);
  for (std::size_t i = 0; i < gx.size(); ++i)
    chart::marker(p, gx[i], gy[i], 3.5f, theme::kGroup, chart::Shape::Diamond);
  chart::line(p, nx, ny, theme::kNational, 2.0f);
  for (std::size_t i = 0; i < nx.size(); ++i)
    chart::marker(p, nx[i], ny[i], 3.5f, theme::kNational, chart::Shape::Square);
  chart::line(p, ox, oy, theme::kChosen, 3.0f);
  for (std::size_t i = 0; i < ox.size(); ++i) chart::point(p, ox[i], oy[i], theme::kChosen, 4.5f, i + 1 == ox.size());
  const int hit = chart::nearest_point(p, ox, oy, 10.0f);
  const int hit_nl = chart::nearest_point(p, nx, ny, 10.0f);
  chart::end_plot(p);
  test_hook_item(app.frame.test_hook, "detail.plot");
  // Where each tick and each shown point lies, for tests: a point must sit over its own period.
  for (std::size_t i = 0; i < axis.ticks.size(); ++i) {
    const float x = static_cast<float>(p.x_to_screen(axis.ticks[i]));
    const std::string id = "series.tick." + axis.labels[i];
    test_hook_rect(app.frame.test_hook, id.c_str(), ImVec2(x, p.area_max.y), ImVec2(x, p.frame_max.y));
  }
  for (std::size_t i = 0; i < ox.size(); ++i) {
    if (std::isnan(oy[i])) continue;
    const ImVec2 c = p.to_screen(ox[i], oy[i]);
    const std::string id = "series.point." + s.own[i]->period.label();
    test_hook_rect(app.frame.test_hook, id.c_str(), c, c);
  }
  if (hit >= 0) {
    const OwnValue* v = s.own[idx(hit)];
    tooltip_now(tr("%s, %s: %s\nBron: %s"), app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str(),
                v->period.label().c_str(), format_own_cell(m, v->value, hidden_of(v), language()).c_str(),
                (v->source.empty() ? v->file : v->source).c_str());
  } else if (hit_nl >= 0) {
    const OwnValue* v = s.national[idx(hit_nl)];
    tooltip_now(tr("Nederland, %s: %s\nBron: %s"), v->period.label().c_str(),
                format_own_cell(m, v->value, hidden_of(v), language()).c_str(),
                (v->source.empty() ? v->file : v->source).c_str());
  }
  const float right = ImGui::GetCursorScreenPos().x + width;
  legend_item(theme::kChosen, app.model.store.data.gemeenten[idx(app.view.gemeente)].name.c_str(), right);
  if (!nx.empty()) legend_item(theme::kNational, tr("Nederland (uit hetzelfde bestand)"), right, chart::Shape::Square);
  if (!gx.empty())
    legend_item(theme::kGroup, trf("mediaan {1} (uit hetzelfde bestand)", {group.name}).c_str(), right,
                chart::Shape::Diamond);
  if (cbs_series) legend_item(theme::kContext, tr("methodewijziging CBS 2021"), right);
  if (hidden_points > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    text_wrapped(tr("%zu %s niet getekend: een aantal van 1 tot en met 9 tonen we niet, en ook geen aantal waaruit "
                    "zo'n klein aantal terug te rekenen is."),
                 hidden_points, hidden_points == 1 ? tr("punt is") : tr("punten zijn"));
    ImGui::PopStyleColor();
    test_hook_item(app.frame.test_hook, "series.hidden_note");
  }
  if (tall <= 0.0f) target_input(app, goal, m);
  // Own figures beside the benchmark only when the definitions match.
  const Comparability cmp = check_comparability(*s.ind, s.own.back()->period, app.model.store.data);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped(tr("Naast de benchmark: %s"), cmp.reason.c_str());
  if (cbs_series) {
    text_wrapped(
        tr("Het CBS verbeterde in 2021 de verwerking van de jeugdhulpgegevens (CBS, Jeugdhulp 2021, "
           "\xC2\xA7 0.1 Methodewijzigingen): cijfers voor en na die lijn zijn niet helemaal vergelijkbaar."));
  }
  ImGui::PopStyleColor();
}

}  // namespace

void view_indicator(AppState& app) {
  const float width = begin_view("##indicator", 1100.0f);
  // What this frame shows, for the test hook: nothing until a comparison is drawn.
  app.frame.shown = ShownComparison{};
  app.frame.shown.view = "indicator";
  if (!view_header(app, "indicator", tr("Indicator"), width)) {
    end_view();
    return;
  }
  const Dataset& d = app.model.store.data;
  indicator_chooser(app, "indicator", width);
  const IndicatorMeta& m = d.variables[idx(app.view.indicator)];
  tooltip(tr("%s\nBron: %s, %s."), tr(m.definition), tr(m.source), tr(m.period));
  // Also on a phone: there a tap on the chooser opens its list, so the definition stands here.
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped(tr("%s Bron: %s, %s."), tr(m.definition), tr(m.source), tr(m.period));
  ImGui::PopStyleColor();

  const Group group = app_group_for(app, app.view.indicator);
  const Comparison c = compare(app.model.store.bench, app.view.gemeente, app.view.indicator, group);
  app.frame.shown.group = group;
  app.frame.shown.rows.push_back(c);

  // The four views.
  struct Option {
    DetailView view;
    const char* label;
    const char* hook;
  };
  static constexpr Option kOptions[] = {{DetailView::Distribution, translatable("Verdeling"), "detail.verdeling"},
                                        {DetailView::Funnel, translatable("Trechter"), "detail.trechter"},
                                        {DetailView::Ranking, translatable("Ranglijst"), "detail.ranglijst"},
                                        {DetailView::TimeSeries, translatable("Tijdreeks"), "detail.tijdreeks"}};
  const float right = ImGui::GetCursorScreenPos().x + width;
  ImGui::Spacing();
  for (std::size_t i = 0; i < std::size(kOptions); ++i) {
    if (i > 0) same_line_if_fits(button_width(tr(kOptions[i].label)), right);
    if (toggle_button(tr(kOptions[i].label), app.view.detail == kOptions[i].view)) app.view.detail = kOptions[i].view;
    test_hook_item(app.frame.test_hook, kOptions[i].hook);
  }
  // Every chart also as a table; the ranking is one already.
  if (app.view.detail != DetailView::Ranking) {
    same_line_if_fits(button_width(tr("Grafiek")) + button_width(tr("Tabel")) + 16.0f, right);
    if (ImGui::GetCursorScreenPos().y == ImGui::GetItemRectMin().y) ImGui::SameLine(0.0f, 16.0f);
    chart_table_switch(app, "detail", right);
  }
  same_line_if_fits(button_width(tr("Voeg toe aan presentatie")), right);
  add_slide_button(app);
  export_view_buttons(app, right, true);
  ImGui::Spacing();
  // The time series follows own figures, which may have another definition than the CBS figure
  // chosen above: no headline about that figure over a chart of another one.
  if (app.view.detail != DetailView::TimeSeries) headline(app, d.gemeenten[idx(app.view.gemeente)], m, c, group, width);
  indicator_chart(app, group, c, width);
  end_view();
}

void indicator_figure(AppState& app, float width) {
  const Dataset& d = app.model.store.data;
  if (app.view.gemeente < 0 || app.view.indicator < 0) return;
  const Group group = app_group_for(app, app.view.indicator);
  const Comparison c = compare(app.model.store.bench, app.view.gemeente, app.view.indicator, group);
  if (app.view.detail != DetailView::TimeSeries)
    headline(app, d.gemeenten[idx(app.view.gemeente)], d.variables[idx(app.view.indicator)], c, group, width);
  // A height given: the chart without its controls (target, series chooser, hints), at the height
  // the view gives it on a desktop.
  const float height = app.view.detail == DetailView::Funnel       ? 400.0f
                       : app.view.detail == DetailView::TimeSeries ? 340.0f
                                                                   : 360.0f;
  indicator_chart(app, group, c, width, height);
}

void indicator_chart(AppState& app, const Group& group, const Comparison& c, float width, float height) {
  switch (app.view.detail) {
    case DetailView::Distribution: distribution(app, app.view.indicator, group, c, width, height); break;
    case DetailView::Funnel: funnel(app, app.view.indicator, group, c, width, height); break;
    case DetailView::Ranking: ranking(app, app.view.indicator, group, width, height); break;
    case DetailView::TimeSeries: time_series(app, group, width, height); break;
  }
}

}  // namespace jv::app
