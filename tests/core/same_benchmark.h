// A check for the tests of the incremental benchmark (extend_benchmark, shrink_benchmark): a
// benchmark brought up to date must be exactly the one made from scratch, every double to the bit
// (both fit the same columns in the same order), NaN where the other has NaN.
#pragma once

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/compare.h"

namespace jv_test {

inline bool same_double(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

inline bool same_doubles(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same_double(a[i], b[i])) return false;
  }
  return true;
}

inline void check_same_benchmark(const jv::Benchmark& got, const jv::Benchmark& made) {
  CHECK(got.data == made.data);
  CHECK(got.peer_variables == made.peer_variables);
  CHECK(same_doubles(got.peer_scale.mean, made.peer_scale.mean));
  CHECK(same_doubles(got.peer_scale.sd, made.peer_scale.sd));
  REQUIRE(got.peer_rows.size() == made.peer_rows.size());
  for (std::size_t g = 0; g < got.peer_rows.size(); ++g) CHECK(same_doubles(got.peer_rows[g], made.peer_rows[g]));
  REQUIRE(got.denominators.size() == made.denominators.size());
  for (std::size_t v = 0; v < got.denominators.size(); ++v) {
    CHECK_MESSAGE(same_doubles(got.denominators[v], made.denominators[v]), "denominators of column " << v);
  }
  REQUIRE(got.models.size() == made.models.size());
  for (std::size_t m = 0; m < got.models.size(); ++m) {
    const jv::Model &a = got.models[m], &b = made.models[m];
    CHECK(a.variable == b.variable);
    CHECK(a.predictors == b.predictors);
    CHECK(a.regression.ok == b.regression.ok);
    CHECK(a.regression.error == b.regression.error);
    CHECK(a.regression.n == b.regression.n);
    CHECK(same_doubles(a.regression.coef, b.regression.coef));
    CHECK(same_doubles(a.regression.std_error, b.regression.std_error));
    CHECK(same_double(a.regression.r2, b.regression.r2));
    CHECK(same_double(a.regression.adj_r2, b.regression.adj_r2));
    CHECK(same_double(a.regression.residual_sd, b.regression.residual_sd));
  }
}

}  // namespace jv_test
