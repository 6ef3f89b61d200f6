#include "app/export_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/own_figures.h"
#include "app/presentation.h"
#include "app/raster.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/figures.h"
#include "core/ownset.h"
#include "core/png.h"
#include "imgui.h"

namespace jv::app {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

const Gemeente& gem(const AppState& app, int g) { return app.model.store.data.gemeenten[idx(g)]; }

std::string region_of(const AppState& app, int g) {
  const int r = gem(app, g).jeugdregio;
  return r >= 0 ? app.model.store.data.jeugdregios[idx(r)].name : std::string();
}

bool member(const Group& group, int g) { return std::binary_search(group.members.begin(), group.members.end(), g); }

// The period of a variable as its series names it, or none for a variable of no series.
bool period_of(const AppState& app, int variable, Period& out) {
  const int si = series_of_variable(app.model.store, variable);
  if (si < 0) return false;
  const Series& s = app.model.store.series[idx(si)];
  for (std::size_t i = 0; i < s.variables.size(); ++i) {
    if (s.variables[i] == variable) {
      out = s.periods[i];
      return true;
    }
  }
  return false;
}

// Why a gemeente's figure of an own series is missing: the region's file had it, but it is a count
// that must not be shown (add_own_series left it out as NaN). Hidden::No for every other figure.
Hidden hidden_in_store(const AppState& app, int variable, int g) {
  const FiguresStore& store = app.model.store;
  const int si = series_of_variable(store, variable);
  if (si < 0 || !std::isnan(store.data.value(g, variable))) return Hidden::No;
  const Series& s = store.series[idx(si)];
  if (s.source < 0 || store.sources[idx(s.source)].kind != SourceKind::Own) return Hidden::No;
  Period p;
  if (!period_of(app, variable, p)) return Hidden::No;
  const std::string& code = gem(app, g).code;
  for (std::size_t i = 0; i < app.own.data.values.size(); ++i) {
    const OwnValue& v = app.own.data.values[i];
    const OwnIndicator* ind = app.own.data.indicator(v.indicator);
    if (ind && v.gemeente == code && v.breakdown.empty() && v.period == p && ind->meta.name == s.meta.name)
      return own_hidden(app, i) == Hidden::No ? Hidden::Small : own_hidden(app, i);
  }
  return Hidden::No;
}

// A value cell and, when it is left out, a line for the block "Niet getoond".
std::string value_cell(ExportTable& t, const IndicatorMeta& m, double value, const std::string& who,
                       std::string* status = nullptr, Hidden hidden = Hidden::No) {
  ExportedValue x = export_value(m, value, hidden);
  if (!x.reason.empty()) t.suppressed.emplace_back(who + ", " + m.name, x.reason);
  if (status) *status = x.reason;
  return x.text;
}

// Rates and denominators are not counts of clients: numbers as the view shows them, for Excel.
std::string plain(double x, int decimals = 2) { return excel_number(x, decimals); }

void overview_table(AppState& app, ExportTable& t) {
  const Dataset& d = app.model.store.data;
  if (std::string_view(app.frame.shown.view) != "overzicht") return;
  t.columns = {"indicator", "periode", "eenheid", "gemeente",  "oordeel t.o.v.", "vergelijkingswaarde",
               "mediaan",   "laagste", "hoogste", "gemeenten", "oordeel",        "status"};
  for (const Comparison& c : app.frame.shown.rows) {
    const IndicatorMeta& m = d.variables[idx(c.variable)];
    t.indicators.push_back(m);
    std::string status;
    const std::string own = value_cell(t, m, c.value, gem(app, c.gemeente).name, &status);
    if (status.empty() && std::isnan(c.value)) status = figure_note(app.model.store, c.variable, c.gemeente);
    const std::string who = "vergelijkingsgroep";
    t.rows.push_back({m.name, m.period, unit_label(m.unit), own, reference_label(c.reference),
                      value_cell(t, m, c.reference_value, who), value_cell(t, m, c.median, who),
                      value_cell(t, m, c.min, who), value_cell(t, m, c.max, who), std::to_string(c.members),
                      verdict_word(c, m), status});
  }
}

// The columns of a table with a row per gemeente (Verdeling, Kaart): one place, so the two exports
// keep the same header.
std::vector<std::string> every_gemeente_columns(const IndicatorMeta& m) {
  return {"gemeente", "code", "jeugdregio", "in de vergelijking", m.name + " (" + unit_label(m.unit) + ")", "status"};
}

void distribution_table(AppState& app, const Group& group, ExportTable& t) {
  const Dataset& d = app.model.store.data;
  const int v = app.view.indicator;
  const IndicatorMeta& m = d.variables[idx(v)];
  t.columns = every_gemeente_columns(m);
  for (std::size_t g = 0; g < d.gemeenten.size(); ++g) {
    const int gi = static_cast<int>(g);
    const double x = d.value(gi, v);
    const Hidden hidden = hidden_in_store(app, v, gi);
    if (std::isnan(x) && hidden == Hidden::No) continue;
    std::string status;
    const std::string cell = value_cell(t, m, x, d.gemeenten[g].name, &status, hidden);
    t.rows.push_back({d.gemeenten[g].name, d.gemeenten[g].code, region_of(app, gi),
                      gi == app.view.gemeente ? "gekozen"
                      : member(group, gi)     ? "groep"
                                              : "nee",
                      cell, status});
  }
}

void funnel_table(AppState& app, const Group& group, ExportTable& t) {
  const Dataset& d = app.model.store.data;
  const int v = app.view.indicator;
  const IndicatorMeta& m = d.variables[idx(v)];
  t.columns = {"gemeente",   "code",      "in de vergelijking", m.name + " (" + unit_label(m.unit) + ")",
               "noemer",     "95 % laag", "95 % hoog",          "99,8 % laag",
               "99,8 % hoog"};
  // The chart needs a rate with a denominator (view_indicator.cpp says why when there is none).
  if (m.unit != Unit::Percent && m.unit != Unit::PerThousand) return;
  for (std::size_t g = 0; g < d.gemeenten.size(); ++g) {
    const int gi = static_cast<int>(g);
    const Comparison c = compare(app.model.store.bench, gi, v, group);
    if (std::isnan(c.value) || !(c.denominator > 0.0)) continue;
    t.rows.push_back({d.gemeenten[g].name, d.gemeenten[g].code,
                      gi == app.view.gemeente ? "gekozen"
                      : member(group, gi)     ? "groep"
                                              : "nee",
                      value_cell(t, m, c.value, d.gemeenten[g].name), plain(c.denominator, 0), plain(c.funnel95.lo),
                      plain(c.funnel95.hi), plain(c.funnel998.lo), plain(c.funnel998.hi)});
  }
}

void ranking_table(AppState& app, const Group& group, ExportTable& t) {
  const Dataset& d = app.model.store.data;
  const int v = app.view.indicator;
  const IndicatorMeta& m = d.variables[idx(v)];
  std::vector<int> who = group.members;
  if (!member(group, app.view.gemeente)) who.push_back(app.view.gemeente);
  std::vector<Comparison> cs;
  std::vector<double> values;
  for (const int g : who) {
    cs.push_back(compare(app.model.store.bench, g, v, group));
    values.push_back(cs.back().value);
  }
  // Ranks within the list as the table shows it (view_indicator.cpp): 1..n without gaps.
  std::vector<double> ranks;
  for (const Comparison& c : cs) ranks.push_back(std::isnan(c.value) ? kNaN : stats::rank_ascending(values, c.value));
  std::vector<std::size_t> order(cs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (std::isnan(ranks[a]) != std::isnan(ranks[b])) return std::isnan(ranks[b]);
    return ranks[a] < ranks[b];
  });
  t.columns = {"rang",   "gemeente", "code",       m.name + " (" + unit_label(m.unit) + ")",
               "noemer", "oordeel",  "jeugdregio", "status"};
  for (const std::size_t i : order) {
    const Comparison& c = cs[i];
    std::string status;
    const std::string cell =
        value_cell(t, m, c.value, gem(app, c.gemeente).name, &status, hidden_in_store(app, v, c.gemeente));
    t.rows.push_back({plain(ranks[i], ranks[i] == std::floor(ranks[i]) ? 0 : 1), gem(app, c.gemeente).name,
                      gem(app, c.gemeente).code, cell, m.denominator.empty() ? std::string() : plain(c.denominator, 0),
                      verdict_label(c.verdict), region_of(app, c.gemeente), status});
  }
}

void time_series_table(AppState& app, const Group& group, ExportTable& t) {
  const FiguresStore& store = app.model.store;
  const int si = series_of_variable(store, app.view.indicator);
  if (si < 0) return;
  const Series& s = store.series[idx(si)];
  const int g = app.view.gemeente;
  const Group nederland = make_group(store.bench, g, GroupKind::Nederland);
  t.columns = {"periode",           gem(app, g).name, "mediaan groep", "eerste kwartiel groep", "derde kwartiel groep",
               "mediaan Nederland", "status"};
  t.indicators.clear();
  for (std::size_t i = 0; i < s.periods.size(); ++i) {
    const int v = s.variables[i];
    const IndicatorMeta& m = store.data.variables[idx(v)];
    t.indicators.push_back(m);
    const Comparison c = compare(store.bench, g, v, group);
    std::string status;
    const std::string own = value_cell(t, m, c.value, gem(app, g).name + " " + s.periods[i].label(), &status);
    const std::string who = "vergelijkingsgroep " + s.periods[i].label();
    t.rows.push_back({s.periods[i].label(), own, value_cell(t, m, c.median, who), value_cell(t, m, c.q1, who),
                      value_cell(t, m, c.q3, who),
                      value_cell(t, m, compare(store.bench, g, v, nederland).median, "Nederland"), status});
  }
}

void map_table(AppState& app, const Group& group, ExportTable& t) {
  const Dataset& d = app.model.store.data;
  const int v = app.view.indicator;
  const IndicatorMeta& m = d.variables[idx(v)];
  t.columns = every_gemeente_columns(m);
  for (std::size_t g = 0; g < d.gemeenten.size(); ++g) {
    const int gi = static_cast<int>(g);
    std::string status;
    const Hidden hidden = hidden_in_store(app, v, gi);
    const std::string cell = value_cell(t, m, d.value(gi, v), d.gemeenten[g].name, &status, hidden);
    t.rows.push_back({d.gemeenten[g].name, d.gemeenten[g].code, region_of(app, gi),
                      gi == app.view.gemeente ? "gekozen"
                      : member(group, gi)     ? "groep"
                                              : "nee",
                      cell,
                      !status.empty() || !std::isnan(d.value(gi, v)) ? status
                      : figure_note(app.model.store, v, gi).empty()  ? std::string("geen gegevens")
                                                                     : figure_note(app.model.store, v, gi)});
  }
}

void peers_table(AppState& app, ExportTable& t) {
  const FiguresStore& store = app.model.store;
  const std::vector<int>& vars = store.bench.peer_variables;
  app_ensure_peers(app);
  const std::vector<Neighbour> all =
      neighbours(store.bench, app.view.gemeente, static_cast<int>(store.data.gemeenten.size()));
  t.columns = {"plaats", "gemeente", "code", "afstand"};
  for (const int v : vars) {
    t.columns.push_back(store.data.variables[idx(v)].name);
    t.indicators.push_back(store.data.variables[idx(v)]);
  }
  // The chosen gemeente first, as the table's reference line, then the peers as edited.
  std::vector<std::string> own = {"", gem(app, app.view.gemeente).name, gem(app, app.view.gemeente).code, ""};
  for (const int v : vars) own.push_back(plain(store.data.value(app.view.gemeente, v)));
  t.rows.push_back(own);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Neighbour& n = all[i];
    if (std::find(app.view.peers.begin(), app.view.peers.end(), n.gemeente) == app.view.peers.end()) continue;
    std::vector<std::string> row = {std::to_string(i + 1), gem(app, n.gemeente).name, gem(app, n.gemeente).code,
                                    plain(n.distance)};
    for (const int v : vars) row.push_back(plain(store.data.value(n.gemeente, v)));
    t.rows.push_back(row);
  }
}

// The rows Eigen cijfers shows (own_figures.h): the gemeente on screen with Nederland from the same
// file beside it and the benchmark where comparable; never another gemeente's own figures.
void own_table(AppState& app, ExportTable& t) {
  const OwnData& own = app.own.data;
  const OwnShown shown = own_shown(app);
  const std::string name = app.view.gemeente >= 0 ? gem(app, app.view.gemeente).name : std::string("gemeente");
  t.columns = {"indicator",     "uitsplitsing", "periode",
               "eenheid",       name,           "Nederland (zelfde bron)",
               "status",        "benchmark",    "benchmark Nederland (gewogen gemiddelde)",
               "bron benchmark"};
  std::vector<std::size_t> values;
  for (const OwnShownRow& row : shown.rows) {
    values.push_back(row.value);
    if (row.national >= 0) values.push_back(static_cast<std::size_t>(row.national));
  }
  t.indicators = own_provenance(own, values);
  for (const OwnShownRow& row : shown.rows) {
    const OwnValue& v = own.values[row.value];
    const IndicatorMeta& m = own.indicator(v.indicator)->meta;
    const std::string what = v.period.label() + (v.breakdown.empty() ? "" : ", " + v.breakdown);
    std::string status;
    const std::string cell = value_cell(t, m, v.value, name + ", " + what, &status, own_hidden(app, row.value));
    std::string national;
    if (row.national >= 0) {
      const std::size_t n = static_cast<std::size_t>(row.national);
      national = value_cell(t, m, own.values[n].value, "Nederland, " + what, nullptr, own_hidden(app, n));
    }
    std::vector<std::string> line = {m.name,
                                     v.breakdown,
                                     v.period.label(),
                                     unit_label(m.unit),
                                     cell,
                                     national,
                                     status.empty() ? status_label(v.status) : status};
    if (row.cmp.comparable) {
      const IndicatorMeta& bm = app.model.store.data.variables[idx(row.cmp.variable)];
      line.push_back(value_cell(t, bm, row.benchmark.value, name + ", benchmark " + m.name));
      line.push_back(value_cell(t, bm, row.benchmark.weighted_mean, "Nederland, benchmark " + m.name));
      line.push_back(bm.source + ", " + bm.period);
    } else {
      line.insert(line.end(), {"", "", "niet vergelijkbaar: " + row.cmp.reason});
    }
    t.rows.push_back(std::move(line));
  }
}

const char* view_word(const AppState& app) {
  if (app.view.tab == Tab::Indicator) return detail_id(app.view.detail);
  return tab_id(app.view.tab);
}

// The latest period on screen: the Overzicht's newest figure, the chosen series' period elsewhere.
bool latest_period(const AppState& app, Period& out) {
  bool found = false;
  auto take = [&](int variable) {
    Period p;
    if (!period_of(app, variable, p)) return;
    if (!found || p.end_day() > out.end_day()) out = p;
    found = true;
  };
  if (app.view.tab == Tab::Dashboard) {
    for (const Comparison& c : app.frame.shown.rows) take(c.variable);
  } else if (app.view.tab == Tab::Indicator && app.view.detail == DetailView::TimeSeries) {
    const int si = series_of_variable(app.model.store, app.view.indicator);
    if (si >= 0) take(latest_variable(app.model.store, si));
  } else if (app.view.tab == Tab::Indicator || app.view.tab == Tab::Map) {
    take(app.view.indicator);
  } else if (app.view.tab == Tab::OwnData) {
    for (const OwnShownRow& row : own_shown(app).rows) {
      const Period& p = app.own.data.values[row.value].period;
      if (!found || p.end_day() > out.end_day()) out = p;
      found = true;
    }
  }
  return found;
}

}  // namespace

ExportTable view_export_table(AppState& app) {
  ExportTable t;
  const Dataset& d = app.model.store.data;
  const bool has_gemeente = app.view.gemeente >= 0 && !d.gemeenten.empty();
  t.title = std::string("Jeugdvergelijker: ") + tab_label(app.view.tab) +
            (app.view.tab == Tab::Indicator ? std::string(" (") + detail_id(app.view.detail) + ")" : std::string()) +
            (has_gemeente ? " " + gem(app, app.view.gemeente).name : std::string());
  const bool compares = app.view.tab == Tab::Dashboard || app.view.tab == Tab::Indicator || app.view.tab == Tab::Map;
  const Group group = !has_gemeente                    ? Group{}
                      : app.view.tab == Tab::Dashboard ? app.frame.shown.group
                                                       : app_group_for(app, app.view.indicator);
  if (compares && has_gemeente) t.about.emplace_back("Vergeleken met", group.name);
  if ((app.view.tab == Tab::Indicator || app.view.tab == Tab::Map) && app.view.indicator >= 0 &&
      idx(app.view.indicator) < d.variables.size()) {
    t.indicators.push_back(d.variables[idx(app.view.indicator)]);
  }
  if (app.view.tab == Tab::OwnData) {
    own_table(app, t);
  } else if (!has_gemeente) {
    t.columns = {"gemeente"};
  } else if (app.view.tab == Tab::Dashboard) {
    overview_table(app, t);
  } else if (app.view.tab == Tab::Map) {
    map_table(app, group, t);
  } else if (app.view.tab == Tab::Peers) {
    peers_table(app, t);
  } else if (app.view.tab == Tab::Indicator) {
    switch (app.view.detail) {
      case DetailView::Distribution: distribution_table(app, group, t); break;
      case DetailView::Funnel: funnel_table(app, group, t); break;
      case DetailView::Ranking: ranking_table(app, group, t); break;
      case DetailView::TimeSeries: time_series_table(app, group, t); break;
    }
  } else {
    t.columns = {"gemeente"};
  }
  return t;
}

std::string view_export_name(const AppState& app, const char* extension) {
  std::string name = "jeugdvergelijker";
  if (app.view.gemeente >= 0) name += "_" + series_id(gem(app, app.view.gemeente).name);
  name += "_" + series_id(view_word(app));
  Period p;
  if (latest_period(app, p)) name += "_" + series_id(p.label());
  return name + "." + extension;
}

void app_export_view_csv(AppState& app) {
  if (!app.platform.hooks.download) return;
  const std::string name = view_export_name(app, "csv");
  app.platform.hooks.download(app.platform.hooks.user, name.c_str(), "text/csv;charset=utf-8",
                              excel_csv(view_export_table(app)));
  app.ui.export_message = trf("Bewaard als {1}.", {name});
  app.ui.export_view = app.view;
}

void app_request_view_png(AppState& app) { app.ui.export_view_png = true; }

void app_forget_export_message(AppState& app) {
  if (!app.ui.export_message.empty() && !(app.view == app.ui.export_view)) app.ui.export_message.clear();
}

void view_caption(AppState& app, std::string& title, std::string& source) {
  const Dataset& d = app.model.store.data;
  title = std::string("Jeugdvergelijker \xC2\xB7 ") + tr(tab_label(app.view.tab));
  if (app.view.gemeente >= 0) title += ": " + gem(app, app.view.gemeente).name;
  const bool one_indicator = app.view.tab == Tab::Indicator || app.view.tab == Tab::Map;
  if (one_indicator && app.view.indicator >= 0) title += ", " + d.variables[idx(app.view.indicator)].name;
  if (app.view.gemeente >= 0 && (app.view.tab == Tab::Dashboard || one_indicator)) {
    const Group group = app.view.tab == Tab::Dashboard ? app.frame.shown.group : app_group_for(app, app.view.indicator);
    if (!group.name.empty()) title += " " + trf("(vergeleken met {1})", {group.name});
  }
  // Every source on screen once, with its periods: "CBS, Iv3 (begroting): begroting 2025, begroting 2024".
  std::vector<std::pair<std::string, std::vector<std::string>>> sources;
  auto add = [&](const IndicatorMeta& m) {
    auto it = std::find_if(sources.begin(), sources.end(), [&](const auto& s) { return s.first == m.source; });
    if (it == sources.end()) it = sources.insert(sources.end(), {m.source, {}});
    if (std::find(it->second.begin(), it->second.end(), m.period) == it->second.end()) it->second.push_back(m.period);
  };
  std::vector<std::string> parts;
  if (app.view.tab == Tab::Dashboard) {
    for (const Comparison& c : app.frame.shown.rows) add(d.variables[idx(c.variable)]);
  } else if (app.view.tab == Tab::Indicator && app.view.detail == DetailView::TimeSeries &&
             series_of_variable(app.model.store, app.view.indicator) >= 0) {
    // The time series draws every period of its series.
    const Series& s = app.model.store.series[idx(series_of_variable(app.model.store, app.view.indicator))];
    for (const int v : s.variables) add(d.variables[idx(v)]);
  } else if (one_indicator && app.view.indicator >= 0) {
    add(d.variables[idx(app.view.indicator)]);
  } else if (app.view.tab == Tab::Peers) {
    for (const int v : app.model.store.bench.peer_variables) add(d.variables[idx(v)]);
  } else if (app.view.tab == Tab::OwnData) {
    // The files of the figures on screen, each with its own source and its periods: not every file
    // loaded. "Bron: Monitor Lisse 2024, eigen cijfers uit lisse.csv: 2023, 2023/2024, 2024."
    std::vector<std::pair<std::string, std::vector<Period>>> files;
    for (const OwnShownRow& row : own_shown(app).rows) {
      if (row.cmp.comparable) add(d.variables[idx(row.cmp.variable)]);  // the benchmark column's source
      const OwnValue& v = app.own.data.values[row.value];
      const std::string file = (v.source.empty() || v.source == v.file ? std::string() : v.source + ", ") +
                               trf("eigen cijfers uit {1}", {v.file});
      auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.first == file; });
      if (it == files.end()) it = files.insert(files.end(), {file, {}});
      if (std::find(it->second.begin(), it->second.end(), v.period) == it->second.end()) it->second.push_back(v.period);
    }
    for (auto& [file, periods] : files) {
      std::sort(periods.begin(), periods.end(),
                [](const Period& a, const Period& b) { return compare_periods(a, b) < 0; });
      std::string part = file + ": ";
      for (std::size_t i = 0; i < periods.size(); ++i) part += (i ? ", " : "") + periods[i].label();
      parts.push_back(part);
    }
  }
  for (const auto& [name, periods] : sources) {
    std::string part = name + (periods.size() == 1 ? ", " : ": ");
    for (std::size_t i = 0; i < periods.size(); ++i) part += (i ? ", " : "") + periods[i];
    parts.push_back(part);
  }
  source = std::string(tr("Bron:")) + " ";
  for (std::size_t i = 0; i < parts.size(); ++i) source += (i ? "; " : "") + parts[i];
  source += ".";
}

namespace {

// The tallest a figure alone is drawn (CSS pixels): a trajectory file's table is cut there rather
// than making an image of hundreds of megabytes.
constexpr float kFigureMaxHeight = 6000.0f;

// The views whose picture is their figure alone (draw_figure), not the page with its controls.
bool has_figure(const AppState& app) {
  switch (app.view.tab) {
    case Tab::OwnData: return true;
    case Tab::Dashboard:
    case Tab::Peers: return app.view.gemeente >= 0;
    case Tab::Indicator:
    case Tab::Map: return app.view.gemeente >= 0 && app.view.indicator >= 0;
    default: return false;
  }
}

void draw_figure(AppState& app, float width) {
  switch (app.view.tab) {
    case Tab::OwnData: view_owndata_figure(app, width); break;
    case Tab::Dashboard: dashboard_figure(app, width); break;
    case Tab::Indicator: indicator_figure(app, width); break;
    case Tab::Map: map_view_figure(app, width); break;
    case Tab::Peers: view_peers_figure(app, width); break;
    default: break;
  }
}

// One frame with only the view's figure (draw_figure) on white, without title bar, tabs, buttons
// or messages. Returns the size it took.
ImVec2 figure_frame(AppState& app) {
  app.frame.test_hook.widgets.clear();
  app.frame.test_hook.labels.clear();
  app.frame.tables.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float margin = 16.0f;
  // The window as wide as the image: notes under the table wrap inside it. The peers' table of nine
  // characteristics is as wide as the view gives it, the other figures as wide as a page's column.
  const float column = app.view.tab == Tab::Peers ? 1240.0f : 980.0f;
  const float width = std::min(viewport->Size.x - 2.0f * margin, column);
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(ImVec2(width + 2.0f * margin, viewport->Size.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar;
  ImGui::Begin("##figure", nullptr, kFlags);
  draw_figure(app, width);
  const ImVec2 size(width + 2.0f * margin, std::min(ImGui::GetCursorPosY() + margin, viewport->Size.y));
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  tooltips_frame_end();
  return size;
}

}  // namespace

std::string app_render_view_png(AppState& app, float scale) {
  const Fonts fonts = app.platform.fonts;
  const ViewState view = app.view;
  app.ui.export_view_png = false;
  // What the last export said belongs to the screen, not to the picture of the view.
  const std::string message = std::exchange(app.ui.export_message, std::string());
  app.platform.fonts = fonts_build(scale);
  // No hover highlight or tooltip in the image: the mouse is away for this frame only.
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mouse = io.MousePos;
  const ImVec2 display = io.DisplaySize;
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  // A view is a page of controls around one figure: the image is that figure alone, as tall as it
  // is (drawn on a taller display for this frame, then cut to the figure).
  const bool figure_only = has_figure(app);
  ImVec2 figure_size;
  if (figure_only) io.DisplaySize.y = std::max(display.y, kFigureMaxHeight);
  ImGui::NewFrame();
  if (figure_only) figure_size = figure_frame(app);
  else app_frame(app);
  ImGui::Render();
  io.AddMousePosEvent(mouse.x, mouse.y);
  io.DisplaySize = display;
  ImDrawData& data = *ImGui::GetDrawData();
  if (figure_only) data.DisplaySize = figure_size;

  // The band under the view: title, then source and period, wrapped to the image's width.
  std::string title, source;
  view_caption(app, title, source);
  const float width = data.DisplaySize.x;
  const float margin = 16.0f;
  const float size = kBodySize, title_size = kBodySize * 1.15f;
  ImFont* bold = app.platform.fonts.bold;
  ImFont* body = app.platform.fonts.body;
  const float wrap = width - 2.0f * margin;
  const float title_h = bold->CalcTextSizeA(title_size, 1e9f, wrap, title.c_str()).y;
  const float source_h = body->CalcTextSizeA(size, 1e9f, wrap, source.c_str()).y;
  const float top = data.DisplayPos.y + data.DisplaySize.y;
  const float band = title_h + source_h + 3.0f * margin * 0.75f;
  ImDrawList caption(ImGui::GetDrawListSharedData());
  caption._ResetForNewFrame();
  caption.PushTextureID(ImGui::GetIO().Fonts->TexID);
  caption.PushClipRect(ImVec2(data.DisplayPos.x, top), ImVec2(data.DisplayPos.x + width, top + band));
  caption.AddRectFilled(ImVec2(data.DisplayPos.x, top), ImVec2(data.DisplayPos.x + width, top + band),
                        IM_COL32(255, 255, 255, 255));
  caption.AddLine(ImVec2(data.DisplayPos.x, top + 0.5f), ImVec2(data.DisplayPos.x + width, top + 0.5f), theme::kBorder);
  const float x = data.DisplayPos.x + margin;
  caption.AddText(bold, title_size, ImVec2(x, top + margin * 0.75f), theme::kText, title.c_str(), nullptr, wrap);
  caption.AddText(body, size, ImVec2(x, top + margin * 1.5f + title_h), theme::kTextMuted, source.c_str(), nullptr,
                  wrap);
  data.AddDrawList(&caption);
  data.DisplaySize.y += band;

  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  const RgbaImage image = rasterize(data, pixels, w, h, scale, theme::kBackground);
  // The band's list lives here only: out of the draw data again before it goes.
  data.CmdLists.pop_back();
  data.CmdListsCount = data.CmdLists.Size;
  data.TotalVtxCount -= caption.VtxBuffer.Size;
  data.TotalIdxCount -= caption.IdxBuffer.Size;
  data.DisplaySize.y -= band;
  app.platform.fonts = fonts_build(fonts.dpr);
  app.view = view;
  app.ui.export_message = message;
  return encode_png(image.width, image.height, image.rgba);
}

void export_view_buttons(AppState& app, float right, bool after_item) {
  if (!app.platform.hooks.download) return;
  const char* csv = tr("Exporteer wat u ziet (CSV)");
  const char* png = tr("Exporteer als afbeelding (PNG)");
  if (after_item) same_line_if_fits(button_width(csv), right);
  if (ImGui::Button(csv)) app_export_view_csv(app);
  test_hook_item(app.frame.test_hook, "export.csv");
  same_line_if_fits(button_width(png), right);
  if (ImGui::Button(png)) app_request_view_png(app);
  test_hook_item(app.frame.test_hook, "export.png");
  if (!app.ui.export_message.empty()) muted(app.ui.export_message);
}

}  // namespace jv::app
