// Axis ticks and map classes, checked by hand.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/scale.h"

TEST_CASE("scale: ticks at round numbers that cover the data") {
  const jv::Ticks a = jv::nice_ticks(0.0, 13.2, 6);  // raw step 2,2 -> 5
  CHECK(a.step == doctest::Approx(5.0));
  CHECK(a.values == std::vector<double>{0, 5, 10, 15});
  CHECK(a.decimals == 0);

  const jv::Ticks b = jv::nice_ticks(5.3, 18.9, 5);  // raw 2,72 -> 5: 5, 10, 15, 20
  CHECK(b.values == std::vector<double>{5, 10, 15, 20});

  const jv::Ticks c = jv::nice_ticks(0.12, 0.87, 4);  // raw 0,1875 -> 0,2
  CHECK(c.step == doctest::Approx(0.2));
  REQUIRE(c.values.size() == 6);
  CHECK(c.values.front() == doctest::Approx(0.0));
  CHECK(c.values.back() == doctest::Approx(1.0));
  CHECK(c.decimals == 1);

  const jv::Ticks d = jv::nice_ticks(-3.0, 2.0, 5);  // raw 1 -> 1; zero is exactly 0
  CHECK(d.values.front() == -3.0);
  CHECK(d.values[3] == 0.0);
  CHECK_FALSE(std::signbit(d.values[3]));

  const jv::Ticks e = jv::nice_ticks(1000.0, 250000.0, 5);  // raw 49.800 -> 50.000
  CHECK(e.step == doctest::Approx(50000.0));
  CHECK(e.values.front() == 0.0);
  CHECK(e.values.back() == 250000.0);

  const jv::Ticks one = jv::nice_ticks(10.0, 10.0, 4);  // a single value still gets an axis
  CHECK(one.values.front() <= 10.0);
  CHECK(one.values.back() >= 10.0);
  CHECK(one.values.size() >= 2);
}

TEST_CASE("scale: quantile classes and the class of a value") {
  const std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, std::nan("")};
  // Quartiles with linear interpolation (type 7): 3,25; 5,5; 7,75; max 10.
  const std::vector<double> b = jv::quantile_breaks(v, 4);
  REQUIRE(b.size() == 4);
  CHECK(b[0] == doctest::Approx(3.25));
  CHECK(b[1] == doctest::Approx(5.5));
  CHECK(b[2] == doctest::Approx(7.75));
  CHECK(b[3] == 10);
  CHECK(jv::class_of(b, 1) == 0);
  CHECK(jv::class_of(b, 3.25) == 0);
  CHECK(jv::class_of(b, 3.3) == 1);
  CHECK(jv::class_of(b, 10) == 3);
  CHECK(jv::class_of(b, std::nan("")) == -1);
  // Ties collapse classes: three values, five classes asked.
  const std::vector<double> ties = {2, 2, 2, 2, 5};
  const std::vector<double> tb = jv::quantile_breaks(ties, 5);  // 2, 2, 2, 2,6, 5
  REQUIRE(tb.size() == 3);
  CHECK(tb[0] == 2);
  CHECK(tb[1] == doctest::Approx(2.6));
  CHECK(tb[2] == 5);
}

TEST_CASE("scale: a diverging scale is symmetric around the median") {
  const std::vector<double> v = {8, 10, 13};
  const jv::Diverging d = jv::diverging_scale(v, 10.0);
  CHECK(d.half_range == 3.0);
  CHECK(d.position(13) == 1.0);
  CHECK(d.position(8) == doctest::Approx(-2.0 / 3.0));
  CHECK(d.position(10) == 0.0);
  CHECK(d.position(20) == 1.0);  // clamped
}

namespace {

std::vector<jv::Period> periods(std::initializer_list<const char*> texts) {
  std::vector<jv::Period> out;
  for (const char* t : texts) {
    jv::Period p;
    std::string error;
    REQUIRE_MESSAGE(jv::parse_period(t, p, error), t);
    out.push_back(p);
  }
  return out;
}

// The label of the tick nearest to a position.
std::string nearest_label(const jv::TimeAxis& axis, double x) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < axis.ticks.size(); ++i) {
    if (std::abs(axis.ticks[i] - x) < std::abs(axis.ticks[best] - x)) best = i;
  }
  return axis.labels[best];
}

}  // namespace

TEST_CASE("time axis: Teylingen's costs for 2023 and 2024 sit above the ticks 2023 and 2024") {
  // Users saw the points over "2024" and "2025" and an axis "2023 2024 2024 2025 2025": ticks
  // every half year, rounded.
  const std::vector<jv::Period> p = periods({"2023", "2024"});
  const jv::TimeAxis axis = jv::time_axis(p);
  CHECK(axis.labels == std::vector<std::string>{"2023", "2024"});
  CHECK(axis.ticks == std::vector<double>{2023.5, 2024.5});
  CHECK(jv::period_position(p[0]) == 2023.5);
  CHECK(jv::period_position(p[1]) == 2024.5);
  CHECK(axis.lo == 2023.0);
  CHECK(axis.hi == 2025.0);
  // With a target in 2028 the years between get their ticks too.
  const jv::TimeAxis with_target = jv::time_axis(periods({"2023", "2024", "2028"}));
  CHECK(with_target.labels == std::vector<std::string>{"2023", "2024", "2025", "2026", "2027", "2028"});
}

TEST_CASE("time axis: school years, quarters, runs of quarters, halves and months each label their own period") {
  {
    const std::vector<jv::Period> p = periods({"2022/2023", "2023/2024", "2024/2025"});
    const jv::TimeAxis axis = jv::time_axis(p);
    CHECK(axis.labels == std::vector<std::string>{"2022/23", "2023/24", "2024/25"});
    for (std::size_t i = 0; i < p.size(); ++i) CHECK(axis.ticks[i] == doctest::Approx(jv::period_position(p[i])));
    // 1 August 2022 to 31 July 2023: its middle lies early in 2023.
    CHECK(axis.ticks[0] == doctest::Approx(2023.08).epsilon(0.001));
  }
  {
    const jv::TimeAxis axis = jv::time_axis(periods({"Q1-3 2022", "Q1-3 2023", "Q1-3 2024", "Q1-3 2025"}));
    CHECK(axis.labels == std::vector<std::string>{"Q1-3 2022", "Q1-3 2023", "Q1-3 2024", "Q1-3 2025"});
    CHECK(axis.ticks[3] == doctest::Approx(2025.0 + 0.5 * (273.0 / 365.0)));  // the middle of 1 Jan - 30 Sep
  }
  {
    const jv::TimeAxis axis = jv::time_axis(periods({"2023-Q3", "2024-Q2"}));
    CHECK(axis.labels == std::vector<std::string>{"2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"});
  }
  {
    const jv::TimeAxis axis = jv::time_axis(periods({"2024-H2", "2024-H1"}));
    CHECK(axis.labels == std::vector<std::string>{"2024-H1", "2024-H2"});
  }
  {
    // 24 months: every third keeps its label, so at most 8.
    const jv::TimeAxis axis = jv::time_axis(periods({"2023-01", "2024-12"}), 8);
    CHECK(axis.labels == std::vector<std::string>{"jan 2023", "apr 2023", "jul 2023", "okt 2023", "jan 2024",
                                                  "apr 2024", "jul 2024", "okt 2024"});
  }
  {
    // Several kinds together: the middle of each calendar year.
    const std::vector<jv::Period> p = periods({"2023", "2024-Q3", "2024/2025"});
    const jv::TimeAxis axis = jv::time_axis(p);
    CHECK(axis.labels == std::vector<std::string>{"2023", "2024", "2025"});
    CHECK(axis.ticks == std::vector<double>{2023.5, 2024.5, 2025.5});
    CHECK(nearest_label(axis, jv::period_position(p[1])) == "2024");
  }
}

TEST_CASE("time axis: property over every period kind: one position each, unique ascending ticks") {
  // Every kind the reader accepts, over several years; the nearest tick to a period of a regular
  // series is its own.
  const std::vector<std::vector<const char*>> series = {
      {"2019", "2020", "2021", "2022", "2023", "2024", "2025"},
      {"2023-H1", "2023-H2", "2024-H1", "2024-H2"},
      {"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"},
      {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05"},
      {"2021/2022", "2022/2023", "2023/2024"},
      {"Q1-2 2023", "Q1-2 2024"},
      {"Q1-3 2023", "Q1-3 2024", "Q1-3 2025"},
      {"2024-03-01", "2024-06-01", "2025-01-15"},
      {"2020-2022", "2023-2025"},
  };
  for (const auto& texts : series) {
    std::vector<jv::Period> p;
    for (const char* t : texts) {
      jv::Period x;
      std::string error;
      REQUIRE(jv::parse_period(t, x, error));
      p.push_back(x);
    }
    CAPTURE(texts.front());
    const jv::TimeAxis axis = jv::time_axis(p, 100);
    REQUIRE(axis.ticks.size() == axis.labels.size());
    REQUIRE_FALSE(axis.ticks.empty());
    for (std::size_t i = 1; i < axis.ticks.size(); ++i) {
      CHECK(axis.ticks[i] > axis.ticks[i - 1]);
      for (std::size_t j = 0; j < i; ++j) CHECK(axis.labels[i] != axis.labels[j]);
    }
    for (std::size_t i = 0; i < p.size(); ++i) {
      const double x = jv::period_position(p[i]);
      // Inside its own period, and inside the axis.
      CHECK(x > jv::day_position(p[i].start_day()));
      CHECK(x < jv::day_position(p[i].end_day() + 1));
      CHECK(x >= axis.lo);
      CHECK(x <= axis.hi);
      for (std::size_t j = 0; j < i; ++j) CHECK(jv::period_position(p[j]) != x);
      const bool regular = p[i].kind != jv::PeriodKind::Date && p[i].kind != jv::PeriodKind::YearRange;
      if (regular) CHECK(nearest_label(axis, x) == jv::time_axis(std::vector<jv::Period>{p[i]}).labels.front());
    }
  }
}
