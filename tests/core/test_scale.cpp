// Axis ticks and map classes, checked by hand.
#include <doctest/doctest.h>

#include <cmath>
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
