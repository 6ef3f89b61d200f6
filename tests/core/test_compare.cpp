// The comparison engine on a five-gemeente fixture small enough to check by hand, then on the
// real data.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/compare.h"
#include "core/text.h"
#include "data/embedded_data.h"
#include "same_benchmark.h"

namespace {

jv::IndicatorMeta variable(const char* id, jv::Role role, bool peer, bool model) {
  jv::IndicatorMeta m;
  m.id = id;
  m.role = role;
  m.unit = role == jv::Role::Indicator ? jv::Unit::Percent : jv::Unit::Index;
  m.direction = role == jv::Role::Indicator ? jv::Direction::LowerIsBetter : jv::Direction::Context;
  m.merge_weight = jv::MergeWeight::Inhabitants;
  m.in_peer_distance = peer;
  m.in_model = model;
  return m;
}

// A, B, C in jeugdregio R1; D, E in R2; all in one provincie. Values: rate, x, y.
jv::Dataset fixture() {
  jv::Dataset d;
  d.year = 2021;
  d.variables = {variable("rate", jv::Role::Indicator, false, false),
                 variable("x", jv::Role::Characteristic, true, true),
                 variable("y", jv::Role::Characteristic, true, true)};
  d.jeugdregios = {{"R1", "Een"}, {"R2", "Twee"}};
  d.provincies = {{"P1", "Provincie"}};
  auto add = [&](const char* code, int region, double inwoners, double rate, double x, double y) {
    jv::Gemeente g;
    g.code = code;
    g.name = code;
    g.jeugdregio = region;
    g.provincie = 0;
    g.inwoners = inwoners;
    g.values = {rate, x, y};
    d.gemeenten.push_back(g);
  };
  add("A", 0, 10000, 10, 1, 10);
  add("B", 0, 30000, 20, 2, 20);
  add("C", 0, 60000, 12, 3, 10);
  add("D", 1, 100000, 8, 10, 40);
  add("E", 1, 300000, 15, 11, 30);
  return d;
}

}  // namespace

TEST_CASE("compare: A against its jeugdregio {A, B, C}, every figure by hand") {
  const jv::Dataset d = fixture();
  const jv::Benchmark bench = jv::make_benchmark(d);
  const jv::Group region = jv::make_group(bench, 0, jv::GroupKind::Jeugdregio);
  CHECK(region.name == "Jeugdregio Een");
  CHECK(region.members == std::vector<int>{0, 1, 2});

  const jv::Comparison c = jv::compare(bench, 0, 0, region);
  CHECK(c.value == 10);
  CHECK(c.members == 3);
  CHECK(c.mean == doctest::Approx(14.0));           // (10 + 20 + 12) / 3
  CHECK(c.weighted_mean == doctest::Approx(14.2));  // (10x1 + 20x3 + 12x6) / 10
  CHECK(c.median == doctest::Approx(12.0));
  CHECK(c.q1 == doctest::Approx(11.0));             // 10 + 0.5 x (12 - 10)
  CHECK(c.q3 == doctest::Approx(16.0));             // 12 + 0.5 x (20 - 12)
  CHECK(c.sd == doctest::Approx(std::sqrt(28.0)));  // (16 + 36 + 4) / 2
  CHECK(c.rank == doctest::Approx(1.0));
  CHECK(c.ranked == 3);
  CHECK(c.percentile == doctest::Approx(100.0 * 0.5 / 3.0));
  CHECK(c.diff_points == doctest::Approx(-4.2));
  CHECK(c.diff_percent == doctest::Approx(-100.0 * 4.2 / 14.2));
  CHECK(c.z == doctest::Approx(-4.0 / std::sqrt(28.0)));
  // Funnel at n = 10000 around 14.2 %: sd = sqrt(0.142 x 0.858 / 10000) = 0.34905 points, so the
  // 99.8 % limits lie near 14.2 -/+ 3.09 x 0.349 = [13.12, 15.28]; 10 % is far below them.
  CHECK(c.funnel95.lo == doctest::Approx(14.2 - 1.96 * 0.34905).epsilon(0.002));
  CHECK(c.funnel998.hi == doctest::Approx(14.2 + 3.09 * 0.34905).epsilon(0.002));
  CHECK(c.funnel == jv::stats::FunnelVerdict::Below998);
  CHECK(c.verdict == jv::Verdict::Better);  // lower is better
}

TEST_CASE("compare: B is significantly above its region's rate and so worse") {
  const jv::Dataset d = fixture();
  const jv::Benchmark bench = jv::make_benchmark(d);
  const jv::Comparison c = jv::compare(bench, 1, 0, jv::make_group(bench, 1, jv::GroupKind::Jeugdregio));
  CHECK(c.rank == doctest::Approx(3.0));
  CHECK(c.verdict == jv::Verdict::Worse);
}

TEST_CASE("peers: standardised distance over x and y, nearest first, with contributions") {
  const jv::Dataset d = fixture();
  const jv::Benchmark bench = jv::make_benchmark(d);
  // x: mean 5.4, sample variance 89.2 / 4 = 22.3; y: mean 22, variance 680 / 4 = 170.
  const std::vector<jv::Neighbour> n = jv::neighbours(bench, 0, 2);
  REQUIRE(n.size() == 2);
  CHECK(d.gemeenten[static_cast<std::size_t>(n[0].gemeente)].code == "C");
  CHECK(n[0].distance == doctest::Approx(std::sqrt(4.0 / 22.3)));  // dx = 2, dy = 0
  CHECK(d.gemeenten[static_cast<std::size_t>(n[1].gemeente)].code == "B");
  CHECK(n[1].distance == doctest::Approx(std::sqrt(1.0 / 22.3 + 100.0 / 170.0)));  // dx = 1, dy = 10
  REQUIRE(n[1].contributions.size() == 2);
  CHECK(n[1].contributions[0] == doctest::Approx(1.0 / 22.3));
  CHECK(n[1].contributions[1] == doctest::Approx(100.0 / 170.0));
  CHECK(n[1].own_values == std::vector<double>{1, 10});
  CHECK(n[1].neighbour_values == std::vector<double>{2, 20});

  // The peer group leaves A out; A is ranked among its peers plus itself.
  const jv::Group peers = jv::make_group(bench, 0, jv::GroupKind::Peers, 2);
  CHECK(peers.name == "2 vergelijkbare gemeenten");
  CHECK(peers.members == std::vector<int>{1, 2});
  const jv::Comparison c = jv::compare(bench, 0, 0, peers);
  CHECK(c.members == 2);
  CHECK(c.weighted_mean == doctest::Approx((20.0 * 3 + 12.0 * 6) / 9.0));
  CHECK(c.ranked == 3);
}

TEST_CASE("size classes, the whole country and a custom list") {
  const jv::Dataset d = fixture();
  const jv::Benchmark bench = jv::make_benchmark(d);
  CHECK(jv::size_class(19999) == 0);
  CHECK(jv::size_class(20000) == 1);
  CHECK(jv::size_class(249999) == 3);
  CHECK(jv::size_class(250000) == 4);
  CHECK(jv::make_group(bench, 3, jv::GroupKind::SizeClass).members == std::vector<int>{3});
  CHECK(jv::make_group(bench, 3, jv::GroupKind::SizeClass).name == "Gemeenten met 100.000 tot 250.000 inwoners");
  CHECK(jv::make_group(bench, 0, jv::GroupKind::Nederland).members.size() == 5);

  // A is not in its own list {D, E}: ranked among 8, 15 and its own 10 -> 2nd, percentile 50.
  const jv::Group custom = jv::make_group(bench, 0, jv::GroupKind::Custom, 10, {4, 3, 3});
  CHECK(custom.members == std::vector<int>{3, 4});
  // The name the screen gives the own list (view_common's group buttons, the Vergelijkbare
  // gemeenten view): users saw "Eigen selectie" in sentences and "Eigen lijst" on the button.
  CHECK(custom.name == "Eigen lijst (2 gemeenten)");
  CHECK(std::string(jv::group_kind_label(jv::GroupKind::Custom)) == "Eigen lijst");
  const jv::Comparison c = jv::compare(bench, 0, 0, custom);
  CHECK(c.members == 2);
  CHECK(c.rank == doctest::Approx(2.0));
  CHECK(c.percentile == doctest::Approx(50.0));
}

TEST_CASE("the expected value is the model's prediction and the residual what is left") {
  const jv::Dataset d = fixture();
  const jv::Benchmark bench = jv::make_benchmark(d);
  REQUIRE(bench.models.size() == 1);
  const jv::stats::Regression& r = bench.models[0].regression;
  REQUIRE(r.ok);
  const jv::Comparison c = jv::compare(bench, 0, 0, jv::make_group(bench, 0, jv::GroupKind::Nederland));
  CHECK(c.expected == doctest::Approx(r.coef[0] + r.coef[1] * 1 + r.coef[2] * 10));
  CHECK(c.residual == doctest::Approx(10 - c.expected));
}

TEST_CASE("real data: the national rate is the youth-weighted mean of the 352 gemeenten") {
  jv::Dataset d;
  jv::LoadError e;
  REQUIRE(jv::load_dataset_2021(jv::embedded_data_files(), d, e));
  const jv::Benchmark bench = jv::make_benchmark(d);
  const int hilversum = d.find_code("GM0402");
  const int v = d.variable("jeugdzorg_tot23");
  const jv::Comparison nl =
      jv::compare(bench, hilversum, v, jv::make_group(bench, hilversum, jv::GroupKind::Nederland));
  CHECK(nl.members == 352);
  // Sum over gemeenten of rate x estimated youth 0-22, divided by their total (computed from
  // data/gemeenten_2021.csv): 10.5021 %. Not the published 11,9 % for 2020: another measure.
  CHECK(nl.weighted_mean == doctest::Approx(10.50209).epsilon(1e-5));
  CHECK(nl.mean == doctest::Approx(10.421875));  // plain mean of the 352 rates
  CHECK(nl.median == doctest::Approx(10.3));

  // Hilversum's jeugdregio is Gooi en Vechtstreek: in 2021 seven gemeenten, Weesp among them
  // (Weesp joined Amsterdam, and so Amsterdam's region, in 2022).
  const jv::Group region = jv::make_group(bench, hilversum, jv::GroupKind::Jeugdregio);
  CHECK(region.name == "Jeugdregio Gooi en Vechtstreek");
  CHECK(region.members.size() == 7);
  CHECK(std::find(region.members.begin(), region.members.end(), d.find_code("GM0457")) != region.members.end());

  // Alkmaar's ten vergelijkbare gemeenten exist and exclude Alkmaar.
  const int alkmaar = d.find_code("GM0361");
  const jv::Group peers = jv::make_group(bench, alkmaar, jv::GroupKind::Peers, 10);
  CHECK(peers.members.size() == 10);
  CHECK(std::find(peers.members.begin(), peers.members.end(), alkmaar) == peers.members.end());

  // The model explains part of the variation and predicts a plausible rate for everyone.
  REQUIRE(bench.models.size() == 1);
  CHECK(bench.models[0].regression.ok);
  CHECK(bench.models[0].regression.n == 351);  // one gemeente lacks a bijstand figure
  CHECK(bench.models[0].regression.r2 > 0.2);
}

namespace {

// Every field compare() fills, NaN equal to NaN.
void check_same(const jv::Comparison& a, const jv::Comparison& b) {
  auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
  CAPTURE(a.gemeente);
  CHECK(a.gemeente == b.gemeente);
  CHECK(a.variable == b.variable);
  CHECK(a.members == b.members);
  CHECK(a.ranked == b.ranked);
  for (const auto& [x, y] : {std::pair{a.value, b.value},
                             {a.denominator, b.denominator},
                             {a.mean, b.mean},
                             {a.weighted_mean, b.weighted_mean},
                             {a.median, b.median},
                             {a.q1, b.q1},
                             {a.q3, b.q3},
                             {a.min, b.min},
                             {a.max, b.max},
                             {a.sd, b.sd},
                             {a.rank, b.rank},
                             {a.percentile, b.percentile},
                             {a.z, b.z},
                             {a.funnel95.lo, b.funnel95.lo},
                             {a.funnel998.hi, b.funnel998.hi},
                             {a.expected, b.expected},
                             {a.reference_value, b.reference_value}}) {
    CHECK(same(x, y));
  }
  CHECK(a.funnel == b.funnel);
  CHECK(a.verdict == b.verdict);
  CHECK(a.reference == b.reference);
}

}  // namespace

TEST_CASE("compare_each: on the fixture, every gemeente as compare() has it, and the ones without a value left out") {
  jv::Dataset d = fixture();
  d.gemeenten[3].values[0] = jv::kNaN;  // D has no rate (unknown, or hidden as a small count)
  const jv::Benchmark bench = jv::make_benchmark(d);
  const jv::Group region = jv::make_group(bench, 0, jv::GroupKind::Jeugdregio);
  const std::vector<jv::Comparison> all = jv::compare_each(bench, 0, region);
  REQUIRE(all.size() == 4);
  CHECK(all[3].gemeente == 4);  // A, B, C, E: D is left out
  for (const jv::Comparison& c : all) check_same(c, jv::compare(bench, c.gemeente, 0, region));
  // E is outside {A, B, C}: ranked among the three and itself, highest but one (20 > 15).
  CHECK(all[3].rank == 3.0);
  CHECK(all[3].ranked == 4);
}

TEST_CASE("compare_each: real data, several indicators and groups, field for field as compare()") {
  jv::Dataset d;
  jv::LoadError e;
  REQUIRE(jv::load_dataset_2021(jv::embedded_data_files(), d, e));
  const jv::Benchmark bench = jv::make_benchmark(d);
  for (const char* code : {"GM0402", "GM0361", "GM1900"}) {
    const int g = d.find_code(code);
    for (const jv::GroupKind kind : {jv::GroupKind::Jeugdregio, jv::GroupKind::Peers, jv::GroupKind::Nederland}) {
      const jv::Group group = jv::make_group(bench, g, kind);
      for (const char* id : {"jeugdzorg_tot23", "eenpersoonshuishoudens"}) {
        const int v = d.variable(id);
        REQUIRE(v >= 0);
        const std::vector<jv::Comparison> all = jv::compare_each(bench, v, group);
        std::size_t with_value = 0;
        for (std::size_t x = 0; x < d.gemeenten.size(); ++x)
          with_value += std::isnan(d.value(static_cast<int>(x), v)) ? 0 : 1;
        CHECK(all.size() == with_value);
        for (const jv::Comparison& c : all) check_same(c, jv::compare(bench, c.gemeente, v, group));
      }
    }
  }
}

TEST_CASE("explore order: by value, by noemer and by name, and a step stops at either end") {
  const jv::Dataset d = fixture();
  const jv::Benchmark bench = jv::make_benchmark(d);
  const jv::Group all = jv::make_group(bench, 0, jv::GroupKind::Nederland);
  const std::vector<jv::Comparison> rows = jv::compare_each(bench, 0, all);
  auto gemeenten = [&](jv::ExploreOrder o) {
    std::vector<int> out;
    for (const std::size_t i : jv::explore_order(d, rows, o)) out.push_back(rows[i].gemeente);
    return out;
  };
  // Rates A 10, B 20, C 12, D 8, E 15: D, A, C, E, B.
  CHECK(gemeenten(jv::ExploreOrder::Value) == std::vector<int>{3, 0, 2, 4, 1});
  CHECK(gemeenten(jv::ExploreOrder::Name) == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(gemeenten(jv::ExploreOrder::Denominator) == std::vector<int>{0, 1, 2, 3, 4});
  const std::vector<std::size_t> by_value = jv::explore_order(d, rows, jv::ExploreOrder::Value);
  CHECK(jv::explore_step(rows, by_value, -1, +1) == 3);  // from none: the lowest
  CHECK(jv::explore_step(rows, by_value, -1, -1) == 1);  // or the highest
  CHECK(jv::explore_step(rows, by_value, 0, +1) == 2);   // A (10) to C (12)
  CHECK(jv::explore_step(rows, by_value, 0, -1) == 3);   // A to D (8)
  CHECK(jv::explore_step(rows, by_value, 1, +1) == 1);   // B is the highest: stays
  CHECK(jv::explore_step(rows, by_value, 3, -1) == 3);
  CHECK(jv::explore_step({}, {}, 0, +1) == -1);
}

TEST_CASE("explore order: real names sort without accents or capitals, ties in value by name") {
  jv::Dataset d;
  jv::LoadError e;
  REQUIRE(jv::load_dataset_2021(jv::embedded_data_files(), d, e));
  const jv::Benchmark bench = jv::make_benchmark(d);
  const int g = d.find_code("GM0402");
  const int v = d.variable("jeugdzorg_tot23");
  const std::vector<jv::Comparison> rows =
      jv::compare_each(bench, v, jv::make_group(bench, g, jv::GroupKind::Nederland));
  const std::vector<std::size_t> by_value = jv::explore_order(d, rows, jv::ExploreOrder::Value);
  for (std::size_t i = 0; i + 1 < by_value.size(); ++i) {
    const jv::Comparison &a = rows[by_value[i]], &b = rows[by_value[i + 1]];
    CHECK(a.value <= b.value);
    if (a.value == b.value)
      CHECK(jv::fold_for_search(d.gemeenten[static_cast<std::size_t>(a.gemeente)].name) <=
            jv::fold_for_search(d.gemeenten[static_cast<std::size_t>(b.gemeente)].name));
  }
  const std::vector<std::size_t> by_name = jv::explore_order(d, rows, jv::ExploreOrder::Name);
  REQUIRE(by_name.size() == rows.size());
  for (std::size_t i = 0; i + 1 < by_name.size(); ++i) {
    CHECK(jv::fold_for_search(d.gemeenten[static_cast<std::size_t>(rows[by_name[i]].gemeente)].name) <=
          jv::fold_for_search(d.gemeenten[static_cast<std::size_t>(rows[by_name[i + 1]].gemeente)].name));
  }
}

TEST_CASE("benchmark: a column appended or taken out gives the benchmark made from scratch") {
  jv::Dataset d = fixture();
  jv::Benchmark bench = jv::make_benchmark(d);
  REQUIRE(bench.models.size() == 1);
  auto append = [&](jv::IndicatorMeta meta, std::vector<double> values) {
    d.variables.push_back(std::move(meta));
    for (std::size_t g = 0; g < d.gemeenten.size(); ++g) d.gemeenten[g].values.push_back(values[g]);
  };

  SUBCASE("a second indicator is fitted on its own; the first model stands") {
    append(variable("rate2", jv::Role::Indicator, false, false), {5, 7, 6, 9, 4});
    jv::extend_benchmark(bench, d, 3);
    CHECK(bench.models.size() == 2);
    CHECK(bench.models[1].variable == 3);
    jv_test::check_same_benchmark(bench, jv::make_benchmark(d));
    // And out again: column 3 is dropped, the rest keep their places.
    d.variables.pop_back();
    for (jv::Gemeente& g : d.gemeenten) g.values.pop_back();
    jv::shrink_benchmark(bench, d, {0, 1, 2, -1});
    jv_test::check_same_benchmark(bench, jv::make_benchmark(d));
  }
  SUBCASE("an indicator taken out from before the others moves them up") {
    append(variable("rate2", jv::Role::Indicator, false, false), {5, 7, 6, 9, 4});
    jv::extend_benchmark(bench, d, 3);
    d.variables.erase(d.variables.begin());
    for (jv::Gemeente& g : d.gemeenten) g.values.erase(g.values.begin());
    jv::shrink_benchmark(bench, d, {-1, 0, 1, 2});
    REQUIRE(bench.models.size() == 1);
    CHECK(bench.models[0].variable == 2);
    CHECK(bench.models[0].predictors == std::vector<int>{0, 1});
    CHECK(bench.peer_variables == std::vector<int>{0, 1});
    jv_test::check_same_benchmark(bench, jv::make_benchmark(d));
  }
  SUBCASE("a new predictor and peer characteristic changes every model: made again") {
    append(variable("z", jv::Role::Characteristic, true, true), {3, 1, 4, 1, 5});
    jv::extend_benchmark(bench, d, 3);
    CHECK(bench.models[0].predictors == std::vector<int>{1, 2, 3});
    CHECK(bench.peer_variables == std::vector<int>{1, 2, 3});
    jv_test::check_same_benchmark(bench, jv::make_benchmark(d));
  }
  SUBCASE("a predictor taken out changes every model: made again") {
    d.variables.erase(d.variables.begin() + 2);
    for (jv::Gemeente& g : d.gemeenten) g.values.erase(g.values.begin() + 2);
    jv::shrink_benchmark(bench, d, {0, 1, -1});
    CHECK(bench.models[0].predictors == std::vector<int>{1});
    jv_test::check_same_benchmark(bench, jv::make_benchmark(d));
  }
  SUBCASE("a benchmark over another dataset, or one that missed columns, is made again") {
    const jv::Dataset copy = d;
    jv::Benchmark other = jv::make_benchmark(copy);
    jv::extend_benchmark(other, d, 3);
    CHECK(other.data == &d);
    jv_test::check_same_benchmark(other, jv::make_benchmark(d));
    append(variable("rate2", jv::Role::Indicator, false, false), {5, 7, 6, 9, 4});
    append(variable("rate3", jv::Role::Indicator, false, false), {1, 2, 3, 4, 5});
    jv::extend_benchmark(bench, d, 4);  // column 3 was never added to it
    jv_test::check_same_benchmark(bench, jv::make_benchmark(d));
  }
}
