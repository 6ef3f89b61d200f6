#include "core/compare.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/format.h"
#include "core/text.h"

namespace jv {

const char* group_kind_id(GroupKind kind) {
  switch (kind) {
    case GroupKind::Jeugdregio: return "jeugdregio";
    case GroupKind::Provincie: return "provincie";
    case GroupKind::SizeClass: return "grootteklasse";
    case GroupKind::Peers: return "buren";
    case GroupKind::Nederland: return "nederland";
    case GroupKind::Custom: return "eigen";
  }
  return "";
}

const char* group_kind_label(GroupKind kind) {
  switch (kind) {
    case GroupKind::Jeugdregio: return translatable("Jeugdregio");
    case GroupKind::Provincie: return translatable("Provincie");
    case GroupKind::SizeClass: return translatable("Grootteklasse");
    case GroupKind::Peers: return translatable("Vergelijkbare gemeenten");
    case GroupKind::Nederland: return translatable("Nederland");
    case GroupKind::Custom: return translatable("Eigen lijst");
  }
  return "";
}

bool parse_group_kind(std::string_view id, GroupKind& out) {
  for (const GroupKind kind : {GroupKind::Jeugdregio, GroupKind::Provincie, GroupKind::SizeClass, GroupKind::Peers,
                               GroupKind::Nederland, GroupKind::Custom}) {
    if (id == group_kind_id(kind)) {
      out = kind;
      return true;
    }
  }
  return false;
}

int size_class(double inwoners) {
  if (inwoners < 20000) return 0;
  if (inwoners < 50000) return 1;
  if (inwoners < 100000) return 2;
  if (inwoners < 250000) return 3;
  return 4;
}

const char* size_class_label(int c) {
  switch (c) {
    case 0: return translatable("minder dan 20.000 inwoners");
    case 1: return translatable("20.000 tot 50.000 inwoners");
    case 2: return translatable("50.000 tot 100.000 inwoners");
    case 3: return translatable("100.000 tot 250.000 inwoners");
    case 4: return translatable("250.000 inwoners of meer");
  }
  return "";
}

const char* verdict_label(Verdict v) {
  switch (v) {
    case Verdict::Better: return translatable("gunstiger");
    case Verdict::Comparable: return translatable("vergelijkbaar");
    case Verdict::Worse: return translatable("ongunstiger");
    case Verdict::Higher: return translatable("hoger");
    case Verdict::Lower: return translatable("lager");
    case Verdict::Similar: return translatable("vergelijkbaar");
    case Verdict::Unknown: return translatable("onbekend");
  }
  return "";
}

const char* reference_label(Reference r) {
  switch (r) {
    case Reference::GroupRate: return translatable("groep als geheel");
    case Reference::GroupMean: return translatable("gemiddelde van de groep");
    case Reference::GroupMedian: return translatable("mediaan van de groep");
    case Reference::None: return translatable("geen");
  }
  return "";
}

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// Per-unit scale from the value to a proportion: 12.5 % -> 0.125, 62 per 1.000 -> 0.062.
double proportion_scale(Unit unit) {
  if (unit == Unit::Percent) return 100.0;
  if (unit == Unit::PerThousand) return 1000.0;
  return kNaN;
}

// The population column `v`'s values are a share of, per gemeente (see denominator()).
std::vector<double> denominators_of(const Dataset& data, std::size_t v) {
  const std::size_t n = data.gemeenten.size();
  if (v < data.denominators.size() && data.denominators[v].size() == n)
    return data.denominators[v];  // the source's own
  std::vector<double> out(n, kNaN);
  for (std::size_t g = 0; g < n; ++g) {
    const int gi = static_cast<int>(g);
    switch (data.variables[v].merge_weight) {
      case MergeWeight::Youth: out[g] = estimate_youth_0_22(data, gi); break;
      case MergeWeight::Inhabitants: out[g] = data.gemeenten[g].inwoners; break;
      case MergeWeight::Households: out[g] = estimate_households(data, gi); break;
    }
  }
  return out;
}

std::vector<int> model_predictors(const Dataset& data) {
  std::vector<int> predictors;
  for (std::size_t v = 0; v < data.variables.size(); ++v) {
    if (data.variables[v].in_model) predictors.push_back(static_cast<int>(v));
  }
  return predictors;
}

Model fit_model(const Dataset& data, std::size_t v, const std::vector<int>& predictors) {
  const std::size_t n = data.gemeenten.size();
  Model model;
  model.variable = static_cast<int>(v);
  model.predictors = predictors;
  std::vector<std::vector<double>> rows(n);
  std::vector<double> y(n);
  for (std::size_t g = 0; g < n; ++g) {
    for (const int p : predictors) rows[g].push_back(data.value(static_cast<int>(g), p));
    y[g] = data.value(static_cast<int>(g), static_cast<int>(v));
    if (is_correction(data.variables[v], y[g])) y[g] = kNaN;  // not a level to model (is_correction)
  }
  model.regression = stats::ols(rows, y);
  return model;
}

}  // namespace

Benchmark make_benchmark(const Dataset& data) {
  Benchmark bench;
  bench.data = &data;
  const std::size_t n = data.gemeenten.size();

  // Denominators per variable, once: every comparison weights by them.
  for (std::size_t v = 0; v < data.variables.size(); ++v) bench.denominators.push_back(denominators_of(data, v));

  // Peer characteristics, standardised over all gemeenten.
  for (std::size_t v = 0; v < data.variables.size(); ++v) {
    if (data.variables[v].in_peer_distance) bench.peer_variables.push_back(static_cast<int>(v));
  }
  bench.peer_rows.resize(n);
  for (std::size_t g = 0; g < n; ++g) {
    for (const int v : bench.peer_variables) bench.peer_rows[g].push_back(data.value(static_cast<int>(g), v));
  }
  bench.peer_scale = stats::fit_standardizer(bench.peer_rows);

  // One expected-value model per indicator.
  const std::vector<int> predictors = model_predictors(data);
  for (std::size_t v = 0; v < data.variables.size(); ++v) {
    if (data.variables[v].role == Role::Indicator) bench.models.push_back(fit_model(data, v, predictors));
  }
  return bench;
}

void extend_benchmark(Benchmark& bench, const Dataset& data, std::size_t first_new) {
  const std::size_t n = data.variables.size();
  bool whole = bench.data != &data || bench.denominators.size() != first_new || first_new > n;
  for (std::size_t v = first_new; v < n && !whole; ++v) {
    whole = data.variables[v].in_peer_distance || data.variables[v].in_model;
  }
  if (whole) {
    bench = make_benchmark(data);
    return;
  }
  // The new columns change neither the peers' characteristics nor any model's predictors: the
  // other columns' denominators and models stand, and only the new ones are fitted.
  const std::vector<int> predictors = model_predictors(data);
  for (std::size_t v = first_new; v < n; ++v) {
    bench.denominators.push_back(denominators_of(data, v));
    if (data.variables[v].role == Role::Indicator) bench.models.push_back(fit_model(data, v, predictors));
  }
}

void shrink_benchmark(Benchmark& bench, const Dataset& data, const std::vector<int>& moved) {
  bool whole = bench.data != &data || bench.denominators.size() != moved.size();
  auto renumber = [&](int& v) {
    if (v < 0 || idx(v) >= moved.size() || moved[idx(v)] < 0) {
      whole = true;  // a peer characteristic or predictor was taken out: everything changes
      return;
    }
    v = moved[idx(v)];
  };
  if (!whole) {
    for (int& v : bench.peer_variables) renumber(v);
  }
  std::vector<Model> models;
  for (Model& m : bench.models) {
    if (whole) break;
    if (m.variable < 0 || idx(m.variable) >= moved.size()) whole = true;
    if (whole || moved[idx(m.variable)] < 0) continue;
    m.variable = moved[idx(m.variable)];
    for (int& p : m.predictors) renumber(p);
    models.push_back(std::move(m));
  }
  if (whole) {
    bench = make_benchmark(data);
    return;
  }
  bench.models = std::move(models);
  std::vector<std::vector<double>> denominators;
  for (std::size_t v = 0; v < moved.size(); ++v) {
    if (moved[v] >= 0) denominators.push_back(std::move(bench.denominators[v]));
  }
  bench.denominators = std::move(denominators);
}

double denominator(const Benchmark& bench, int gemeente, int variable) {
  if (gemeente < 0 || variable < 0) return kNaN;
  return bench.denominators[idx(variable)][idx(gemeente)];
}

std::vector<Neighbour> neighbours(const Benchmark& bench, int gemeente, int k) {
  const Dataset& data = *bench.data;
  std::vector<Neighbour> all;
  all.reserve(data.gemeenten.size());
  const std::vector<double>& own = bench.peer_rows[idx(gemeente)];
  for (std::size_t g = 0; g < data.gemeenten.size(); ++g) {
    if (static_cast<int>(g) == gemeente) continue;
    Neighbour n;
    n.gemeente = static_cast<int>(g);
    n.distance = stats::standardized_distance(own, bench.peer_rows[g], bench.peer_scale, {}, nullptr);
    if (std::isnan(n.distance)) continue;
    all.push_back(std::move(n));
  }
  const std::size_t keep = std::min(all.size(), static_cast<std::size_t>(std::max(k, 0)));
  // Ties in distance are broken by code, so the group never depends on the sort's whims.
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(keep), all.end(),
                    [](const Neighbour& a, const Neighbour& b) {
                      return a.distance != b.distance ? a.distance < b.distance : a.gemeente < b.gemeente;
                    });
  all.resize(keep);
  for (Neighbour& n : all) {
    n.own_values = own;
    n.neighbour_values = bench.peer_rows[idx(n.gemeente)];
    stats::standardized_distance(own, n.neighbour_values, bench.peer_scale, {}, &n.contributions);
  }
  return all;
}

Group make_group(const Benchmark& bench, int gemeente, GroupKind kind, int k, const std::vector<int>& custom,
                 const Translations& t) {
  const Dataset& data = *bench.data;
  const Gemeente& g = data.gemeenten[idx(gemeente)];
  Group group;
  group.kind = kind;
  auto collect = [&](auto&& belongs) {
    for (std::size_t i = 0; i < data.gemeenten.size(); ++i) {
      if (belongs(data.gemeenten[i])) group.members.push_back(static_cast<int>(i));
    }
  };
  switch (kind) {
    case GroupKind::Jeugdregio:
      group.name = t.trf("Jeugdregio {1}", {data.jeugdregios[idx(g.jeugdregio)].name});
      collect([&](const Gemeente& o) { return o.jeugdregio == g.jeugdregio; });
      break;
    case GroupKind::Provincie:
      group.name = t.trf("Provincie {1}", {data.provincies[idx(g.provincie)].name});
      collect([&](const Gemeente& o) { return o.provincie == g.provincie; });
      break;
    case GroupKind::SizeClass: {
      const int c = size_class(g.inwoners);
      group.name = t.trf("Gemeenten met {1}", {t.get(size_class_label(c))});
      collect([&](const Gemeente& o) { return size_class(o.inwoners) == c; });
      break;
    }
    case GroupKind::Peers: {
      for (const Neighbour& n : neighbours(bench, gemeente, k)) group.members.push_back(n.gemeente);
      std::sort(group.members.begin(), group.members.end());
      group.name = t.trf("{1} vergelijkbare gemeenten", {std::to_string(group.members.size())});
      break;
    }
    case GroupKind::Nederland:
      group.name = t.tr("Nederland");
      collect([](const Gemeente&) { return true; });
      break;
    case GroupKind::Custom:
      for (const int m : custom) {
        if (m >= 0 && idx(m) < data.gemeenten.size()) group.members.push_back(m);
      }
      std::sort(group.members.begin(), group.members.end());
      group.members.erase(std::unique(group.members.begin(), group.members.end()), group.members.end());
      group.name = t.trf("Eigen lijst ({1} gemeenten)", {std::to_string(group.members.size())});
      break;
  }
  return group;
}

namespace {

// The group's side of a comparison, the same for every gemeente compared with it.
struct GroupFigures {
  std::vector<double> values, weights;  // members with a value, in member order
  stats::Summary summary;
};

GroupFigures group_figures(const Benchmark& bench, int variable, const Group& group) {
  const Dataset& data = *bench.data;
  GroupFigures f;
  f.values.reserve(group.members.size() + 1);
  f.weights.reserve(group.members.size() + 1);
  const IndicatorMeta& meta = data.variables[idx(variable)];
  for (const int m : group.members) {
    const double x = data.value(m, variable);
    if (std::isnan(x) || is_correction(meta, x)) continue;
    f.values.push_back(x);
    f.weights.push_back(denominator(bench, m, variable));
  }
  f.summary = stats::summarize(f.values, f.weights);
  return f;
}

Comparison compare_with(const Benchmark& bench, int gemeente, int variable, const Group& group,
                        const GroupFigures& figures) {
  const Dataset& data = *bench.data;
  const IndicatorMeta& meta = data.variables[idx(variable)];
  Comparison c;
  c.gemeente = gemeente;
  c.variable = variable;
  c.kind = group.kind;
  c.value = data.value(gemeente, variable);
  c.denominator = denominator(bench, gemeente, variable);

  const bool self_in_group = std::find(group.members.begin(), group.members.end(), gemeente) != group.members.end();
  const stats::Summary& s = figures.summary;
  c.members = s.n;
  c.mean = s.mean;
  c.weighted_mean = s.weighted_mean;
  c.median = s.median;
  c.q1 = s.q1;
  c.q3 = s.q3;
  c.min = s.min;
  c.max = s.max;
  c.sd = s.sd;

  if (!std::isnan(c.value) && !is_correction(meta, c.value)) {
    std::vector<double> values = figures.values;
    if (!self_in_group) values.push_back(c.value);
    c.rank = stats::rank_ascending(values, c.value);
    c.percentile = stats::percentile_rank(values, c.value);
    c.ranked = values.size();
    c.diff_points = c.value - c.weighted_mean;
    c.diff_percent = 100.0 * (c.value - c.weighted_mean) / c.weighted_mean;
    c.z = stats::z_score(c.value, c.mean, c.sd);

    const double scale = proportion_scale(meta.unit);
    if (!std::isnan(scale) && c.denominator > 0.0 && c.weighted_mean > 0.0) {
      const double p0 = c.weighted_mean / scale;
      const stats::Interval l95 = stats::funnel_limits(p0, c.denominator, 0.95);
      const stats::Interval l998 = stats::funnel_limits(p0, c.denominator, 0.998);
      c.funnel95 = {l95.lo * scale, l95.hi * scale};
      c.funnel998 = {l998.lo * scale, l998.hi * scale};
      // The verdict from the limits just computed (as stats::funnel_verdict would, strictly
      // outside counts) rather than computing all four limits again.
      using FV = stats::FunnelVerdict;
      const double p = c.value / scale;
      c.funnel = p < l998.lo   ? FV::Below998
                 : p < l95.lo  ? FV::Below95
                 : p > l998.hi ? FV::Above998
                 : p > l95.hi  ? FV::Above95
                               : FV::Within;
    }
  }

  for (const Model& model : bench.models) {
    if (model.variable != variable) continue;
    std::vector<double> x;
    for (const int p : model.predictors) x.push_back(data.value(gemeente, p));
    c.expected = stats::predict(model.regression, x);
    c.residual = c.value - c.expected;
  }

  // The verdict and the figure it is judged against (see Reference in compare.h).
  using FV = stats::FunnelVerdict;
  // A negative amount is a correction, not spending: no verdict (see is_correction).
  const bool known = !std::isnan(c.value) && c.members > 0 && !is_correction(meta, c.value);
  if (!known || meta.size_dependent) {
    c.verdict = Verdict::Unknown;  // a total grows with the gemeente: no verdict (see IndicatorMeta)
  } else if (meta.direction == Direction::Context || meta.descriptive) {
    c.reference = Reference::GroupMedian;
    c.reference_value = c.median;
    c.verdict = c.value > c.q3 ? Verdict::Higher : c.value < c.q1 ? Verdict::Lower : Verdict::Similar;
  } else {
    int sign = 0;  // +1 significantly higher, -1 significantly lower, 0 not
    if (c.funnel != FV::Unknown) {
      c.reference = Reference::GroupRate;
      c.reference_value = c.weighted_mean;
      sign = (c.funnel == FV::Above95 || c.funnel == FV::Above998)   ? 1
             : (c.funnel == FV::Below95 || c.funnel == FV::Below998) ? -1
                                                                     : 0;
    } else {
      c.reference = Reference::GroupMean;
      c.reference_value = c.mean;
      // With one member (or identical values) there is no spread to judge against: comparable.
      if (!std::isnan(c.z)) sign = c.z >= 1.96 ? 1 : c.z <= -1.96 ? -1 : 0;
    }
    const int good = meta.direction == Direction::LowerIsBetter ? -1 : 1;
    c.verdict = sign == 0 ? Verdict::Comparable : sign == good ? Verdict::Better : Verdict::Worse;
  }
  return c;
}

}  // namespace

bool is_correction(const IndicatorMeta& meta, double value) {
  return (meta.unit == Unit::Euro || meta.unit == Unit::EuroThousands) && value < 0.0;
}

Comparison compare(const Benchmark& bench, int gemeente, int variable, const Group& group) {
  return compare_with(bench, gemeente, variable, group, group_figures(bench, variable, group));
}

std::vector<Comparison> compare_each(const Benchmark& bench, int variable, const Group& group) {
  const Dataset& data = *bench.data;
  const GroupFigures figures = group_figures(bench, variable, group);
  std::vector<Comparison> out;
  for (std::size_t g = 0; g < data.gemeenten.size(); ++g) {
    if (std::isnan(data.value(static_cast<int>(g), variable))) continue;
    out.push_back(compare_with(bench, static_cast<int>(g), variable, group, figures));
  }
  return out;
}

std::vector<std::size_t> explore_order(const Dataset& data, const std::vector<Comparison>& rows, ExploreOrder order) {
  std::vector<std::string> names;
  for (const Comparison& c : rows) names.push_back(fold_for_search(data.gemeenten[idx(c.gemeente)].name));
  std::vector<std::size_t> out(rows.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
  auto by_name = [&](std::size_t a, std::size_t b) {
    if (names[a] != names[b]) return names[a] < names[b];
    return data.gemeenten[idx(rows[a].gemeente)].code < data.gemeenten[idx(rows[b].gemeente)].code;
  };
  auto by_key = [&](double ka, double kb, std::size_t a, std::size_t b) {
    if (std::isnan(ka) != std::isnan(kb)) return std::isnan(kb);  // unknown last
    if (!std::isnan(ka) && ka != kb) return ka < kb;
    return by_name(a, b);
  };
  std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    switch (order) {
      case ExploreOrder::Value: return by_key(rows[a].value, rows[b].value, a, b);
      case ExploreOrder::Denominator: return by_key(rows[a].denominator, rows[b].denominator, a, b);
      case ExploreOrder::Name: break;
    }
    return by_name(a, b);
  });
  return out;
}

int explore_step(const std::vector<Comparison>& rows, const std::vector<std::size_t>& order, int current, int step) {
  if (order.empty()) return -1;
  std::size_t at = order.size();
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (rows[order[i]].gemeente == current) at = i;
  }
  if (at == order.size()) return rows[step < 0 ? order.back() : order.front()].gemeente;
  const std::size_t next = step < 0 ? (at == 0 ? 0 : at - 1) : std::min(at + 1, order.size() - 1);
  return rows[order[next]].gemeente;
}

}  // namespace jv
