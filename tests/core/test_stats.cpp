#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/stats.h"

namespace st = jv::stats;
using doctest::Approx;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// doctest's Approx adds a scale of 1 to the relative tolerance, so for values below 1 it is an
// absolute tolerance; written out where that matters.
bool near(double actual, double expected, double tolerance) { return std::fabs(actual - expected) <= tolerance; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Location and spread

TEST_CASE("mean skips NaN and is NaN without values") {
  const std::vector<double> values{3, 5, 10};
  CHECK(st::mean(values) == Approx(6.0));  // (3+5+10)/3 = 6
  const std::vector<double> with_gap{3, kNaN, 5, 10};
  CHECK(st::mean(with_gap) == Approx(6.0));  // the NaN is not a zero: still 18/3
  CHECK(std::isnan(st::mean(std::vector<double>{})));
  CHECK(std::isnan(st::mean(std::vector<double>{kNaN, kNaN})));
}

TEST_CASE("weighted_mean: NaN values drop their weight and bad weights count as 0") {
  const std::vector<double> values{2, 4, 10};
  CHECK(st::weighted_mean(values, std::vector<double>{1, 1, 2}) == Approx(6.5));  // (2+4+20)/4 = 6.5
  // The NaN value's weight 100 is ignored: (1*2 + 3*4)/(1+3) = 14/4 = 3.5
  CHECK(st::weighted_mean(std::vector<double>{2, kNaN, 4}, std::vector<double>{1, 100, 3}) == Approx(3.5));
  // Zero and negative weights count as 0: only 10 with weight 2 remains -> 10
  CHECK(st::weighted_mean(values, std::vector<double>{0, -5, 2}) == Approx(10.0));
  // NaN weight counts as 0: (0*1 + 1*2)/1 = 2
  CHECK(st::weighted_mean(std::vector<double>{1, 2}, std::vector<double>{kNaN, 1}) == Approx(2.0));
  CHECK(std::isnan(st::weighted_mean(values, std::vector<double>{0, 0, 0})));  // no weight at all
  CHECK(std::isnan(st::weighted_mean(values, std::vector<double>{1, 1})));     // lengths differ
}

TEST_CASE("sample_sd uses n-1 and needs two values") {
  // mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, 32/7 = 4.5714286, sqrt = 2.1380899
  const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
  CHECK(st::sample_sd(values) == Approx(2.1380899353).epsilon(1e-10));
  const std::vector<double> with_gap{2, 4, kNaN, 4, 4, 5, 5, 7, 9};
  CHECK(st::sample_sd(with_gap) == Approx(2.1380899353).epsilon(1e-10));
  CHECK(st::sample_sd(std::vector<double>{7, 7, 7}) == 0.0);  // no spread is a value, not "no value"
  CHECK(std::isnan(st::sample_sd(std::vector<double>{7})));
  CHECK(std::isnan(st::sample_sd(std::vector<double>{7, kNaN})));
}

TEST_CASE("quantile type 7 on an even set matches KWARTIEL.INC") {
  const std::vector<double> values{4, 1, 3, 2};       // sorted 1,2,3,4; h = 3p
  CHECK(st::quantile(values, 0.25) == Approx(1.75));  // h = 0.75: 1 + 0.75*(2-1)
  CHECK(st::median(values) == Approx(2.5));           // h = 1.5:  2 + 0.5*(3-2)
  CHECK(st::quantile(values, 0.75) == Approx(3.25));  // h = 2.25: 3 + 0.25*(4-3)
  CHECK(st::quantile(values, 0.0) == 1.0);            // h = 0: the minimum
  CHECK(st::quantile(values, 1.0) == 4.0);            // h = 3: the maximum
  const std::vector<double> with_gap{kNaN, 4, 1, 3, 2};
  CHECK(st::quantile(with_gap, 0.25) == Approx(1.75));  // NaN skipped, same four values
}

TEST_CASE("quantile type 7 on an odd set and with ties") {
  const std::vector<double> odd{7, 1, 3, 10, 5};  // sorted 1,3,5,7,10; h = 4p
  CHECK(st::median(odd) == 5.0);                  // h = 2
  CHECK(st::quantile(odd, 0.25) == 3.0);          // h = 1
  CHECK(st::quantile(odd, 0.75) == 7.0);          // h = 3
  CHECK(st::quantile(odd, 0.1) == Approx(1.8));   // h = 0.4: 1 + 0.4*(3-1)
  CHECK(st::quantile(odd, 0.9) == Approx(8.8));   // h = 3.6: 7 + 0.6*(10-7)
  const std::vector<double> ties{2, 9, 2, 1, 2};  // sorted 1,2,2,2,9
  CHECK(st::quantile(ties, 0.25) == 2.0);         // h = 1
  CHECK(st::quantile(ties, 0.75) == 2.0);         // h = 3
  CHECK(st::quantile(ties, 0.9) == Approx(6.2));  // h = 3.6: 2 + 0.6*(9-2)
}

TEST_CASE("quantile edge cases: one value or none and p outside 0..1") {
  const std::vector<double> one{42};
  CHECK(st::quantile(one, 0.0) == 42.0);
  CHECK(st::quantile(one, 0.37) == 42.0);
  CHECK(st::median(one) == 42.0);
  CHECK(std::isnan(st::quantile(std::vector<double>{}, 0.5)));
  CHECK(std::isnan(st::median(std::vector<double>{kNaN})));
  const std::vector<double> values{1, 2, 3};
  CHECK(std::isnan(st::quantile(values, -0.1)));
  CHECK(std::isnan(st::quantile(values, 1.1)));
  CHECK(std::isnan(st::quantile(values, kNaN)));
}

TEST_CASE("summarize gives all figures at once") {
  const std::vector<double> values{4, kNaN, 1, 3, 2};
  const std::vector<double> weights{2, 5, 1, 1, 0};
  const st::Summary s = st::summarize(values, weights);
  CHECK(s.n == 4);
  CHECK(s.mean == Approx(2.5));                        // (4+1+3+2)/4
  CHECK(s.weighted_mean == Approx(3.0));               // (2*4 + 1*1 + 1*3 + 0*2)/(2+1+1) = 12/4; NaN's 5 ignored
  CHECK(s.sd == Approx(1.2909944487).epsilon(1e-10));  // deviations 1.5,-1.5,0.5,-0.5: 5/3, sqrt = 1.29099
  CHECK(s.min == 1.0);
  CHECK(s.q1 == Approx(1.75));  // as {1,2,3,4} above
  CHECK(s.median == Approx(2.5));
  CHECK(s.q3 == Approx(3.25));
  CHECK(s.max == 4.0);

  const st::Summary unweighted = st::summarize(values);
  CHECK(unweighted.n == 4);
  CHECK(std::isnan(unweighted.weighted_mean));  // no weights given

  const st::Summary empty = st::summarize(std::vector<double>{kNaN});
  CHECK(empty.n == 0);
  CHECK(std::isnan(empty.mean));
  CHECK(std::isnan(empty.sd));
  CHECK(std::isnan(empty.min));
  CHECK(std::isnan(empty.median));
  CHECK(std::isnan(empty.max));
}

// ---------------------------------------------------------------------------------------------
// Position in the comparison group

TEST_CASE("rank_ascending of a member averages the ranks of its ties") {
  const std::vector<double> values{20, 10, 30, 20};      // sorted 10,20,20,30
  CHECK(st::rank_ascending(values, 20) == Approx(2.5));  // the 20s hold ranks 2 and 3: 1 + (2+1)/2
  CHECK(st::rank_ascending(values, 10) == Approx(1.0));  // 0 below, 1 equal: 0 + (1+1)/2
  CHECK(st::rank_ascending(values, 30) == Approx(4.0));  // 3 below: 3 + 1
  const std::vector<double> all_tied{5, 5, 5};
  CHECK(st::rank_ascending(all_tied, 5) == Approx(2.0));  // ranks 1,2,3 -> 2
  const std::vector<double> with_gap{10, kNaN, 20};
  CHECK(st::rank_ascending(with_gap, 20) == Approx(2.0));  // NaN is not below anything
  CHECK(std::isnan(st::rank_ascending(values, kNaN)));
}

TEST_CASE("rank_ascending of a value not in the group is its rank when inserted") {
  const std::vector<double> values{10, 20, 20, 30};
  CHECK(st::rank_ascending(values, 25) == Approx(4.0));                // 10,20,20 below: 3 + 1
  CHECK(st::rank_ascending(values, 5) == Approx(1.0));                 // nothing below: lowest
  CHECK(st::rank_ascending(values, 35) == Approx(5.0));                // all 4 below: 4 + 1
  CHECK(st::rank_ascending(std::vector<double>{}, 7) == Approx(1.0));  // alone
}

TEST_CASE("percentile_rank by mid-rank with the gemeente counted in its own group") {
  const std::vector<double> values{10, 20, 20, 30};
  CHECK(st::percentile_rank(values, 20) == Approx(50.0));  // 100*(1 + 0.5*2)/4
  CHECK(st::percentile_rank(values, 10) == Approx(12.5));  // 100*(0 + 0.5*1)/4
  CHECK(st::percentile_rank(values, 30) == Approx(87.5));  // 100*(3 + 0.5*1)/4
  // For members it equals 100*(rank - 0.5)/n: 100*(2.5 - 0.5)/4 = 50
  CHECK(st::percentile_rank(values, 20) == Approx(100.0 * (st::rank_ascending(values, 20) - 0.5) / 4.0));
  // A value that is not in the group gets the share strictly below it: 100*3/4
  CHECK(st::percentile_rank(values, 25) == Approx(75.0));
  const std::vector<double> with_gap{10, kNaN, 20, 20, 30};
  CHECK(st::percentile_rank(with_gap, 20) == Approx(50.0));  // n counts the 4 non-NaN values
  CHECK(std::isnan(st::percentile_rank(values, kNaN)));
  CHECK(std::isnan(st::percentile_rank(std::vector<double>{kNaN}, 1)));
}

TEST_CASE("z_score and its undefined cases") {
  CHECK(st::z_score(15, 10, 2) == Approx(2.5));  // (15-10)/2
  CHECK(st::z_score(4, 10, 4) == Approx(-1.5));  // (4-10)/4
  CHECK(std::isnan(st::z_score(15, 10, 0)));
  CHECK(std::isnan(st::z_score(15, 10, -1)));
  CHECK(std::isnan(st::z_score(kNaN, 10, 2)));
  CHECK(std::isnan(st::z_score(15, kNaN, 2)));
  CHECK(std::isnan(st::z_score(15, 10, kNaN)));
}

// ---------------------------------------------------------------------------------------------
// Proportions

TEST_CASE("wilson_interval for 12 of 100 at z 1.96 against the closed form") {
  // p = 0.12, z^2/n = 3.8416/100 = 0.038416
  // centre = (0.12 + 0.019208) / 1.038416 = 0.139208 / 1.038416 = 0.1340580
  // half   = 1.96/1.038416 * sqrt(0.12*0.88/100 + 3.8416/40000)
  //        = 1.8874882 * sqrt(0.001056 + 0.00009604) = 1.8874882 * 0.0339417 = 0.0640647
  // -> [0.0699934, 0.1981227]
  const st::Interval ci = st::wilson_interval(12, 100, 1.96);
  CHECK(near(ci.lo, 0.0699934, 1e-7));
  CHECK(near(ci.hi, 0.1981227, 1e-7));
  // Mirror image: 88 of 100 gives [1 - 0.1981227, 1 - 0.0699934]
  const st::Interval mirror = st::wilson_interval(88, 100, 1.96);
  CHECK(near(mirror.lo, 1.0 - ci.hi, 1e-12));
  CHECK(near(mirror.hi, 1.0 - ci.lo, 1e-12));
}

TEST_CASE("wilson_interval at 0 successes and invalid input") {
  // p = 0: centre = half = 0.019208/1.038416 = 0.0184974 -> [0, 0.0369948]
  const st::Interval zero = st::wilson_interval(0, 100, 1.96);
  CHECK(near(zero.lo, 0.0, 1e-15));
  CHECK(near(zero.hi, 0.0369948, 1e-7));
  CHECK(std::isnan(st::wilson_interval(5, 0, 1.96).lo));
  CHECK(std::isnan(st::wilson_interval(-1, 10, 1.96).hi));
  CHECK(std::isnan(st::wilson_interval(11, 10, 1.96).lo));
  CHECK(std::isnan(st::wilson_interval(5, 10, -1).lo));
  CHECK(std::isnan(st::wilson_interval(kNaN, 10, 1.96).lo));
}

TEST_CASE("binomial_cdf equals exact sums for n 10 and p 0.3") {
  // 0.7^10 = 0.0282475249, 10*0.3*0.7^9 = 0.121060821, 45*0.09*0.7^8 = 0.2334744405
  CHECK(near(st::binomial_cdf(0, 10, 0.3), 0.0282475249, 1e-14));
  CHECK(near(st::binomial_cdf(1, 10, 0.3), 0.1493083459, 1e-14));    // 0.0282475249 + 0.121060821
  CHECK(near(st::binomial_cdf(2, 10, 0.3), 0.3827827864, 1e-14));    // + 0.2334744405
  CHECK(near(st::binomial_cdf(2.7, 10, 0.3), 0.3827827864, 1e-14));  // k is floored
  // P(X <= 8) = 1 - P(9) - P(10) = 1 - 10*0.3^9*0.7 - 0.3^10 = 1 - 0.000137781 - 0.0000059049
  CHECK(near(st::binomial_cdf(8, 10, 0.3), 0.9998563141, 1e-14));
  CHECK(st::binomial_cdf(10, 10, 0.3) == 1.0);
  CHECK(st::binomial_cdf(-1, 10, 0.3) == 0.0);
  CHECK(st::binomial_cdf(3, 10, 0.0) == 1.0);  // all mass at 0
  CHECK(st::binomial_cdf(3, 10, 1.0) == 0.0);  // all mass at 10
  CHECK(std::isnan(st::binomial_cdf(3, 10.5, 0.3)));
  CHECK(std::isnan(st::binomial_cdf(3, -1, 0.3)));
  CHECK(std::isnan(st::binomial_cdf(3, 10, 1.2)));
  CHECK(std::isnan(st::binomial_cdf(kNaN, 10, 0.3)));
}

TEST_CASE("binomial_cdf satisfies the symmetry identities also for large n") {
  // X ~ Bin(n, p) <=> n - X ~ Bin(n, 1-p):  P(X <= k) = 1 - P(n - X <= n-k-1)
  for (const double n : {20.0, 1000.0, 300000.0}) {
    const double k = std::floor(0.12 * n) - 1;
    CHECK(near(st::binomial_cdf(k, n, 0.12) + st::binomial_cdf(n - k - 1, n, 0.88), 1.0, 1e-12));
  }
  // p = 1/2, n = 20: P(X <= 9) = P(X >= 11), so P(X <= 9) + P(X <= 10) = 1
  CHECK(near(st::binomial_cdf(9, 20, 0.5) + st::binomial_cdf(10, 20, 0.5), 1.0, 1e-14));
  // p = 1/2, n = 2m: P(X <= m) = 1/2 + P(X = m)/2, and P(X = m) = C(2m,m)/4^m.
  // m = 500: C(1000,500)/2^1000 = 0.0252250181783608 -> 0.5126125090891804
  CHECK(near(st::binomial_cdf(500, 1000, 0.5), 0.5126125090891804, 1e-13));
  // m = 500000: C(2m,m)/4^m = (1 - 1/(8m) + ...)/sqrt(pi m) = 0.000797884361 -> 0.5003989421806658
  CHECK(near(st::binomial_cdf(500000, 1000000, 0.5), 0.5003989421806658, 1e-12));
}

TEST_CASE("regularized_incomplete_beta known values") {
  CHECK(near(st::regularized_incomplete_beta(1, 1, 0.3), 0.3, 1e-15));             // I_x(1,1) = x
  CHECK(near(st::regularized_incomplete_beta(3.5, 1, 0.7), 0.2869743891, 1e-10));  // I_x(a,1) = x^a = 0.7^3.5
  CHECK(near(st::regularized_incomplete_beta(1, 2.5, 0.6), 0.8988071149, 1e-10));  // I_x(1,b) = 1-(1-x)^b = 1-0.4^2.5
  for (const double a : {0.5, 2.5, 40.0, 1e5}) {
    CHECK(near(st::regularized_incomplete_beta(a, a, 0.5), 0.5, 1e-12));  // symmetric around 1/2
  }
  // I_x(a,b) = 1 - I_{1-x}(b,a)
  CHECK(near(st::regularized_incomplete_beta(12.5, 3000, 0.004) + st::regularized_incomplete_beta(3000, 12.5, 0.996),
             1.0, 1e-12));
  // P(X <= 2) for Bin(10, 0.3) is I_{0.7}(8, 3)
  CHECK(near(st::regularized_incomplete_beta(8, 3, 0.7), 0.3827827864, 1e-14));
  CHECK(st::regularized_incomplete_beta(2, 3, 0.0) == 0.0);
  CHECK(st::regularized_incomplete_beta(2, 3, 1.0) == 1.0);
  CHECK(std::isnan(st::regularized_incomplete_beta(0, 3, 0.5)));
  CHECK(std::isnan(st::regularized_incomplete_beta(2, -1, 0.5)));
  CHECK(std::isnan(st::regularized_incomplete_beta(2, 3, 1.5)));
}

TEST_CASE("funnel_limits for n 10 by hand with the Spiegelhalter interpolation") {
  // Bin(10, 0.3): CDF 0: 0.0282475249, 5: 0.9526510126, 6: 0.9894079216 (P(6) = 0.036756909).
  // Lower, p = 0.025: r_p = 0 (F(0) >= 0.025), alpha = (0.0282475249-0.025)/0.0282475249 = 0.1149667,
  //   limit = (0 - 0.1149667)/10 = -0.0114967, clamped to 0.
  // Upper, p = 0.975: F(5) < 0.975 <= F(6), so r_p = 6; alpha = (0.9894079216-0.975)/0.036756909
  //   = 0.3919786, limit = (6 - 0.3919786)/10 = 0.5608021.
  const st::Interval small = st::funnel_limits(0.3, 10, 0.95);
  CHECK(small.lo == 0.0);
  CHECK(near(small.hi, 0.5608021404, 1e-9));

  // Bin(10, 0.5): F(0) = 1/1024, F(1) = 11/1024, F(2) = 56/1024, F(7) = 968/1024, F(8) = 1013/1024,
  // F(9) = 1023/1024; P(1) = P(9) = 10/1024, P(2) = P(8) = 45/1024.
  // 95 %:  lower r_p = 2, alpha = (56 - 0.025*1024)/45 = 30.4/45,   limit = (2 - 0.675556)/10 = 0.1324444
  //        upper r_p = 8, alpha = (1013 - 0.975*1024)/45 = 14.6/45, limit = (8 - 0.324444)/10 = 0.7675556
  const st::Interval half = st::funnel_limits(0.5, 10, 0.95);
  CHECK(near(half.lo, 0.1324444444, 1e-9));
  CHECK(near(half.hi, 0.7675555556, 1e-9));
  // 99.8 %: lower r_p = 1, alpha = (11 - 1.024)/10 = 0.9976,  limit = (1 - 0.9976)/10 = 0.00024
  //         upper r_p = 9, alpha = (1023 - 1022.976)/10 = 0.0024, limit = (9 - 0.0024)/10 = 0.89976
  const st::Interval wide = st::funnel_limits(0.5, 10, 0.998);
  CHECK(near(wide.lo, 0.00024, 1e-9));
  CHECK(near(wide.hi, 0.89976, 1e-9));

  // A non-integer denominator is rounded: 10.4 -> 10
  const st::Interval rounded = st::funnel_limits(0.5, 10.4, 0.95);
  CHECK(rounded.lo == half.lo);
  CHECK(rounded.hi == half.hi);
}

TEST_CASE("funnel_limits for large n are close to the normal approximation") {
  // n = 10000, p0 = 0.12: sqrt(0.12*0.88/10000) = 0.0032496, 1.96*0.0032496 = 0.0063693,
  // so 0.12 -/+ 0.0063693 = [0.1136307, 0.1263693]. The exact limits differ by the continuity
  // offset of the interpolation (0.5/n = 0.00005) and the skewness of the binomial
  // ((1-2p0)(z^2-1)/6 = 0.36 counts = 0.000036), together about 0.0001: hence 0.0002.
  const st::Interval ci = st::funnel_limits(0.12, 10000, 0.95);
  CHECK(near(ci.lo, 0.1136307, 0.0002));
  CHECK(near(ci.hi, 0.1263693, 0.0002));
  // 99.8 %: z = 3.090232, 3.090232*0.0032496 = 0.0100421 -> [0.1099579, 0.1300421]; the skewness
  // term grows with z^2 - 1 = 8.55 to 0.00011, so again within 0.0002.
  const st::Interval wide = st::funnel_limits(0.12, 10000, 0.998);
  CHECK(near(wide.lo, 0.1099579, 0.0002));
  CHECK(near(wide.hi, 0.1300421, 0.0002));
  CHECK(wide.lo < ci.lo);
  CHECK(wide.hi > ci.hi);
}

TEST_CASE("funnel_limits satisfy their definition from n 1 to 1000000") {
  // For limit L = (r_p - alpha)/n with alpha in [0,1): r_p = ceil(L n), F(r_p) >= p > F(r_p - 1)
  // and alpha = (F(r_p) - p)/(F(r_p) - F(r_p - 1)). Checked against binomial_cdf for both tails;
  // cases where the formula dips below 0 (clamped) are skipped.
  int checked = 0;
  for (const double n : {1.0, 7.0, 50.0, 999.0, 25000.0, 300000.0, 1000000.0}) {
    for (const double p0 : {0.001, 0.03, 0.12, 0.5, 0.87, 0.999}) {
      for (const double level : {0.95, 0.998}) {
        const st::Interval limits = st::funnel_limits(p0, n, level);
        const double targets[2] = {(1.0 - level) / 2.0, 1.0 - (1.0 - level) / 2.0};
        const double values[2] = {limits.lo, limits.hi};
        for (int side = 0; side < 2; ++side) {
          const double scaled = values[side] * n;
          if (scaled <= 0.0) continue;
          const double r = std::ceil(scaled - 1e-9);
          const double at = st::binomial_cdf(r, n, p0);
          const double below = st::binomial_cdf(r - 1, n, p0);
          INFO("n = " << n << ", p0 = " << p0 << ", level = " << level << ", side = " << side);
          CHECK(at >= targets[side] - 1e-12);
          CHECK(below < targets[side] + 1e-12);
          const double alpha = (at - targets[side]) / (at - below);
          CHECK(near(r - scaled, alpha, 1e-7));
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 70);
}

TEST_CASE("funnel_limits edge cases") {
  const st::Interval zero = st::funnel_limits(0.0, 100, 0.95);
  CHECK(zero.lo == 0.0);
  CHECK(zero.hi == 0.0);
  const st::Interval one = st::funnel_limits(1.0, 100, 0.95);
  CHECK(one.lo == 1.0);
  CHECK(one.hi == 1.0);
  CHECK(std::isnan(st::funnel_limits(0.3, 0.4, 0.95).lo));  // rounds to 0
  CHECK(std::isnan(st::funnel_limits(0.3, -5, 0.95).lo));
  CHECK(std::isnan(st::funnel_limits(1.3, 100, 0.95).lo));
  CHECK(std::isnan(st::funnel_limits(0.3, 100, 1.0).hi));
  CHECK(std::isnan(st::funnel_limits(kNaN, 100, 0.95).hi));
  CHECK(std::isnan(st::funnel_limits(0.3, kNaN, 0.95).hi));
}

TEST_CASE("funnel_verdict places values against 95 and 99.8 percent limits") {
  // n = 10000, p0 = 0.12: 95 % about [0.1136, 0.1264], 99.8 % about [0.1100, 0.1301] (see above)
  CHECK(st::funnel_verdict(0.12, 0.12, 10000) == st::FunnelVerdict::Within);
  CHECK(st::funnel_verdict(0.125, 0.12, 10000) == st::FunnelVerdict::Within);
  CHECK(st::funnel_verdict(0.128, 0.12, 10000) == st::FunnelVerdict::Above95);
  CHECK(st::funnel_verdict(0.135, 0.12, 10000) == st::FunnelVerdict::Above998);
  CHECK(st::funnel_verdict(0.112, 0.12, 10000) == st::FunnelVerdict::Below95);
  CHECK(st::funnel_verdict(0.105, 0.12, 10000) == st::FunnelVerdict::Below998);
  // A value exactly on a limit is inside it.
  const st::Interval ci = st::funnel_limits(0.12, 10000, 0.95);
  CHECK(st::funnel_verdict(ci.hi, 0.12, 10000) == st::FunnelVerdict::Within);
  CHECK(st::funnel_verdict(ci.lo, 0.12, 10000) == st::FunnelVerdict::Within);
  // Small n: 0 of 10 at p0 = 0.3 is not "too low" (the lower limit is clamped to 0).
  CHECK(st::funnel_verdict(0.0, 0.3, 10) == st::FunnelVerdict::Within);
  CHECK(st::funnel_verdict(0.6, 0.3, 10) == st::FunnelVerdict::Above95);  // 0.6 > 0.5608
  CHECK(st::funnel_verdict(kNaN, 0.12, 10000) == st::FunnelVerdict::Unknown);
  CHECK(st::funnel_verdict(0.1, kNaN, 10000) == st::FunnelVerdict::Unknown);
  CHECK(st::funnel_verdict(0.1, 0.12, 0) == st::FunnelVerdict::Unknown);
  CHECK(st::funnel_verdict(0.1, 0.12, kNaN) == st::FunnelVerdict::Unknown);
  CHECK(st::funnel_verdict(0.1, 1.5, 100) == st::FunnelVerdict::Unknown);
}

// ---------------------------------------------------------------------------------------------
// Regression

TEST_CASE("ols recovers an exact line") {
  const std::vector<std::vector<double>> rows{{0}, {1}, {2}, {3}, {4}};
  const std::vector<double> y{2, 5, 8, 11, 14};  // y = 2 + 3x
  const st::Regression model = st::ols(rows, y);
  REQUIRE(model.ok);
  CHECK(model.error.empty());
  CHECK(model.n == 5);
  REQUIRE(model.coef.size() == 2);
  CHECK(model.coef[0] == Approx(2.0).epsilon(1e-12));
  CHECK(model.coef[1] == Approx(3.0).epsilon(1e-12));
  CHECK(model.r2 == Approx(1.0).epsilon(1e-12));
  CHECK(model.residual_sd < 1e-12);
  CHECK(st::predict(model, std::vector<double>{10}) == Approx(32.0).epsilon(1e-12));  // 2 + 3*10
}

TEST_CASE("ols with two predictors solved by hand") {
  // x1 = -2..2 and x2 = x1^2 - 2 are centred and orthogonal, so X'X = diag(5, 10, 14) and
  // b0 = mean(y) = 25/5 = 5, b1 = sum(x1 y)/10 = (-6-2+0+7+18)/10 = 1.7,
  // b2 = sum(x2 y)/14 = (6-2-8-7+18)/14 = 0.5.
  // Fitted 2.6, 2.8, 4.0, 6.2, 9.4; residuals 0.4, -0.8, 0, 0.8, -0.4: RSS = 1.6.
  // TSS = 4+9+1+4+16 = 34, r2 = 1 - 1.6/34 = 0.9529412, adj = 1 - (1.6/34)*(4/2) = 0.9058824.
  // s = sqrt(1.6/2) = 0.8944272; se = s/sqrt(5), s/sqrt(10), s/sqrt(14) = 0.4, 0.2828427, 0.2390457.
  const std::vector<std::vector<double>> rows{{-2, 2}, {-1, -1}, {0, -2}, {1, -1}, {2, 2}};
  const std::vector<double> y{3, 2, 4, 7, 9};
  const st::Regression model = st::ols(rows, y);
  REQUIRE(model.ok);
  REQUIRE(model.coef.size() == 3);
  REQUIRE(model.std_error.size() == 3);
  CHECK(model.coef[0] == Approx(5.0).epsilon(1e-12));
  CHECK(model.coef[1] == Approx(1.7).epsilon(1e-12));
  CHECK(model.coef[2] == Approx(0.5).epsilon(1e-12));
  CHECK(model.r2 == Approx(0.9529411765).epsilon(1e-10));
  CHECK(model.adj_r2 == Approx(0.9058823529).epsilon(1e-10));
  CHECK(model.residual_sd == Approx(0.8944271910).epsilon(1e-10));
  CHECK(model.std_error[0] == Approx(0.4).epsilon(1e-10));
  CHECK(model.std_error[1] == Approx(0.2828427125).epsilon(1e-10));
  CHECK(model.std_error[2] == Approx(0.2390457219).epsilon(1e-10));
  CHECK(st::predict(model, std::vector<double>{1, 1}) == Approx(7.2));  // 5 + 1.7 + 0.5
  CHECK(std::isnan(st::predict(model, std::vector<double>{1, kNaN})));
  CHECK(std::isnan(st::predict(model, std::vector<double>{1})));  // wrong number of predictors

  // Shifting x1 by 100 (no longer centred) moves only the intercept: 5 - 1.7*100 = -165, and its
  // standard error becomes s*sqrt(1/5 + 100^2/10) = sqrt(0.8*1000.2) = 28.2870995.
  std::vector<std::vector<double>> shifted = rows;
  for (auto& row : shifted) row[0] += 100;
  const st::Regression moved = st::ols(shifted, y);
  REQUIRE(moved.ok);
  CHECK(moved.coef[0] == Approx(-165.0).epsilon(1e-10));
  CHECK(moved.coef[1] == Approx(1.7).epsilon(1e-10));
  CHECK(moved.coef[2] == Approx(0.5).epsilon(1e-10));
  CHECK(moved.r2 == Approx(0.9529411765).epsilon(1e-10));
  CHECK(moved.std_error[0] == Approx(28.2870995332).epsilon(1e-9));
}

TEST_CASE("ols drops rows with NaN in x or y") {
  const std::vector<std::vector<double>> rows{{-2, 2}, {kNaN, 1}, {-1, -1}, {0, -2}, {1, -1}, {3, 3}, {2, 2}};
  const std::vector<double> y{3, 50, 2, 4, 7, kNaN, 9};
  const st::Regression model = st::ols(rows, y);
  REQUIRE(model.ok);
  CHECK(model.n == 5);  // the same five rows as the hand-solved case
  CHECK(model.coef[0] == Approx(5.0).epsilon(1e-12));
  CHECK(model.coef[1] == Approx(1.7).epsilon(1e-12));
  CHECK(model.coef[2] == Approx(0.5).epsilon(1e-12));
}

TEST_CASE("ols refuses too few observations and says why in Dutch") {
  // 3 predictors + intercept = 4 coefficients; 3 rows (one more is dropped for its NaN)
  const std::vector<std::vector<double>> rows{{1, 2, 3}, {2, 1, 0}, {0, 5, 1}, {kNaN, 1, 1}};
  const std::vector<double> y{1, 2, 3, 4};
  const st::Regression model = st::ols(rows, y);
  CHECK_FALSE(model.ok);
  CHECK(model.error == "te weinig waarnemingen (3) voor 4 coëfficiënten (minimaal 5 nodig)");
  // As many observations as coefficients fits exactly but leaves no residual spread: refused too.
  const st::Regression exact = st::ols({{0}, {1}}, std::vector<double>{1, 2});
  CHECK_FALSE(exact.ok);
  CHECK(exact.error.rfind("te weinig waarnemingen (2) voor 2", 0) == 0);
}

TEST_CASE("ols refuses linearly dependent predictors") {
  // x2 = 2*x1 + 1 lies in the span of the intercept and x1.
  const std::vector<std::vector<double>> rows{{0, 1}, {1, 3}, {2, 5}, {3, 7}, {5, 11}};
  const std::vector<double> y{1, 2, 2, 4, 5};
  const st::Regression model = st::ols(rows, y);
  CHECK_FALSE(model.ok);
  CHECK(model.error.find("lineair afhankelijk") != std::string::npos);
  // A constant predictor duplicates the intercept.
  const st::Regression constant = st::ols({{4}, {4}, {4}, {4}}, std::vector<double>{1, 2, 3, 4});
  CHECK_FALSE(constant.ok);
  CHECK(constant.error.find("lineair afhankelijk") != std::string::npos);
  CHECK(std::isnan(st::predict(constant, std::vector<double>{4})));
}

TEST_CASE("ols refuses inconsistent input") {
  const st::Regression lengths = st::ols({{1}, {2}, {3}}, std::vector<double>{1, 2});
  CHECK_FALSE(lengths.ok);
  CHECK(lengths.error == "aantal rijen (3) en uitkomsten (2) verschillen");
  const st::Regression ragged = st::ols({{1, 2}, {2}, {3, 1}, {4, 4}}, std::vector<double>{1, 2, 3, 4});
  CHECK_FALSE(ragged.ok);
  CHECK(ragged.error == "rij 2 heeft 1 predictor, verwacht 2");
  // Intercept only (k = 0) with a single observation: singular wording.
  const st::Regression single = st::ols(std::vector<std::vector<double>>(1), std::vector<double>{5});
  CHECK_FALSE(single.ok);
  CHECK(single.error == "te weinig waarnemingen (1) voor 1 coëfficiënt (minimaal 2 nodig)");
}

TEST_CASE("ols without predictors fits the mean") {
  // y = 1, 2, 6: b0 = mean = 3; residuals -2, -1, 3, RSS = 14 = TSS so r2 = 0;
  // s = sqrt(14/2) = 2.6457513, se(b0) = s/sqrt(3) = sqrt(7/3) = 1.5275252.
  const st::Regression model = st::ols(std::vector<std::vector<double>>(3), std::vector<double>{1, 2, 6});
  REQUIRE(model.ok);
  REQUIRE(model.coef.size() == 1);
  CHECK(model.coef[0] == Approx(3.0).epsilon(1e-12));
  CHECK(model.std_error[0] == Approx(1.5275252317).epsilon(1e-10));
  CHECK(model.residual_sd == Approx(2.6457513111).epsilon(1e-10));
  CHECK(near(model.r2, 0.0, 1e-12));
  CHECK(near(model.adj_r2, 0.0, 1e-12));  // 1 - (1 - 0) * (3-1)/(3-1)
  CHECK(st::predict(model, std::vector<double>{}) == Approx(3.0));
}

TEST_CASE("ols with a constant outcome fits but has no r2") {
  const st::Regression model = st::ols({{1}, {2}, {3}, {4}}, std::vector<double>{7, 7, 7, 7});
  REQUIRE(model.ok);
  CHECK(model.coef[0] == Approx(7.0).epsilon(1e-12));
  CHECK(std::fabs(model.coef[1]) < 1e-12);
  CHECK(std::isnan(model.r2));  // zero variance to explain
  CHECK(std::isnan(model.adj_r2));
}

// ---------------------------------------------------------------------------------------------
// Similarity

TEST_CASE("standardizer and distance on a 3 by 2 fixture") {
  // Column 1: 1,2,3 -> mean 2, deviations -1,0,1, sd = sqrt(2/2) = 1.
  // Column 2: 10,30,20 -> mean 20, deviations -10,10,0, sd = sqrt(200/2) = 10.
  const std::vector<std::vector<double>> rows{{1, 10}, {2, 30}, {3, 20}};
  const st::Standardizer s = st::fit_standardizer(rows);
  REQUIRE(s.mean.size() == 2);
  REQUIRE(s.sd.size() == 2);
  CHECK(s.mean[0] == Approx(2.0));
  CHECK(s.mean[1] == Approx(20.0));
  CHECK(s.sd[0] == Approx(1.0));
  CHECK(s.sd[1] == Approx(10.0));

  // Row 1 vs row 2: ((1-2)/1)^2 + ((10-30)/10)^2 = 1 + 4 = 5 -> sqrt(5) = 2.2360680
  std::vector<double> parts;
  const double d = st::standardized_distance(rows[0], rows[1], s, {}, &parts);
  CHECK(d == Approx(2.2360679775).epsilon(1e-10));
  REQUIRE(parts.size() == 2);
  CHECK(parts[0] == Approx(1.0));
  CHECK(parts[1] == Approx(4.0));
  CHECK(parts[0] + parts[1] == Approx(d * d));  // contributions add up to distance^2
  // Row 2 vs row 3: (-1)^2 + (1)^2 = 2 -> sqrt(2)
  CHECK(st::standardized_distance(rows[1], rows[2], s) == Approx(1.4142135624).epsilon(1e-10));
  CHECK(st::standardized_distance(rows[2], rows[2], s) == 0.0);

  // Weights 2 and 0.5: 2*1 + 0.5*4 = 4 -> 2
  const std::vector<double> weights{2, 0.5};
  CHECK(st::standardized_distance(rows[0], rows[1], s, weights, &parts) == Approx(2.0));
  CHECK(parts[0] == Approx(2.0));
  CHECK(parts[1] == Approx(2.0));
}

TEST_CASE("standardized_distance skips columns without a comparison") {
  const std::vector<std::vector<double>> rows{{1, 10, 5}, {2, 30, 5}, {3, 20, 5}};  // column 3 constant
  const st::Standardizer s = st::fit_standardizer(rows);
  CHECK(s.sd[2] == 0.0);
  std::vector<double> parts;
  // Column 1 missing in a, column 3 has no spread: only column 2 counts, (10-30)/10 squared = 4 -> 2
  const std::vector<double> a{kNaN, 10, 5};
  CHECK(st::standardized_distance(a, rows[1], s, {}, &parts) == Approx(2.0));
  REQUIRE(parts.size() == 3);
  CHECK(std::isnan(parts[0]));
  CHECK(parts[1] == Approx(4.0));
  CHECK(std::isnan(parts[2]));
  // Nothing comparable, or only zero weight: no distance.
  const std::vector<double> empty{kNaN, kNaN, kNaN};
  CHECK(std::isnan(st::standardized_distance(empty, rows[1], s)));
  CHECK(std::isnan(st::standardized_distance(rows[0], rows[1], s, std::vector<double>{0, 0, 0})));
  // A short row counts its missing entries as NaN: (1-2)^2 = 1 -> 1
  CHECK(st::standardized_distance(std::vector<double>{1}, rows[1], s) == Approx(1.0));
}

TEST_CASE("fit_standardizer skips NaN and handles ragged rows") {
  // Column 1: 1, 3 (NaN skipped) -> mean 2, sd sqrt(2) ; column 2 only in one row -> mean 8, sd NaN
  const std::vector<std::vector<double>> rows{{1}, {kNaN, 8}, {3}};
  const st::Standardizer s = st::fit_standardizer(rows);
  REQUIRE(s.mean.size() == 2);
  CHECK(s.mean[0] == Approx(2.0));
  CHECK(s.sd[0] == Approx(1.4142135624).epsilon(1e-10));
  CHECK(s.mean[1] == Approx(8.0));
  CHECK(std::isnan(s.sd[1]));
  CHECK(st::fit_standardizer({}).sd.empty());
}
