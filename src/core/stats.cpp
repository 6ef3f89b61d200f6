#include "core/stats.h"

#include <algorithm>
#include <cmath>

namespace jv::stats {

namespace {

constexpr double kHalfLog2Pi = 0.91893853320467274178;  // 0.5 * ln(2 pi)

std::vector<double> sorted_non_nan(std::span<const double> values) {
  std::vector<double> out;
  out.reserve(values.size());
  for (const double v : values)
    if (!std::isnan(v)) out.push_back(v);
  std::sort(out.begin(), out.end());
  return out;
}

// Type-7 quantile of an already sorted vector without NaNs.
double quantile_sorted(const std::vector<double>& x, double p) {
  if (x.empty() || !(p >= 0.0 && p <= 1.0)) return kNaN;
  const double h = static_cast<double>(x.size() - 1) * p;
  const double floor_h = std::floor(h);
  const auto i = static_cast<std::size_t>(floor_h);
  const double fraction = h - floor_h;
  // Without this shortcut an infinite neighbour would turn an exact order statistic into NaN
  // (0 * inf).
  if (fraction == 0.0 || i + 1 >= x.size()) return x[i];
  return x[i] + fraction * (x[i + 1] - x[i]);
}

// Weights that cannot mean "this much": negative, NaN, infinite. They count as 0 rather than
// poisoning the result, because one broken weight should not blank a whole screen.
double usable_weight(double w) { return (w > 0.0 && std::isfinite(w)) ? w : 0.0; }

// ---------------------------------------------------------------------------------------------
// Binomial and incomplete beta.
//
// For n up to 1e6 the obvious lgamma-based log of the binomial coefficient cancels terms of size
// ~1e7 and keeps only ~8 digits. Writing lgamma(x) = (x-0.5) ln x - x + 0.5 ln(2 pi) + e(x) and
// collecting the large terms into "deviance" terms x ln(x/m) + m - x (which are computed without
// cancellation) keeps nearly full precision for any size (Loader's saddle-point idea).

// e(x) = lgamma(x) - ((x-0.5) ln x - x + 0.5 ln(2 pi)), the error of Stirling's formula.
double stirling_error(double x) {
  if (x < 15.0) return std::lgamma(x) - ((x - 0.5) * std::log(x) - x + kHalfLog2Pi);
  // Asymptotic series 1/(12x) - 1/(360x^3) + 1/(1260x^5) - 1/(1680x^7) + 1/(1188x^9); at x >= 15
  // the first omitted term is below 3e-16.
  const double inv = 1.0 / x;
  const double inv2 = inv * inv;
  return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
}

// x ln(x/m) + m - x >= 0, accurately also when x is close to m (where the two parts cancel):
// with v = (x-m)/(x+m), x ln(x/m) = 2x atanh(v) = 2x (v + v^3/3 + v^5/5 + ...), and m - x = -v(x+m),
// so the sum is v(x-m) + 2x (v^3/3 + v^5/5 + ...).
double deviance_term(double x, double m) {
  if (x == 0.0) return m;
  const double diff = x - m;
  const double total = x + m;
  if (std::fabs(diff) < 0.1 * total) {
    const double v = diff / total;
    const double v2 = v * v;
    double sum = diff * v;
    double power = 2.0 * x * v;
    for (int j = 1; j < 100; ++j) {
      power *= v2;
      const double next = sum + power / (2 * j + 1);
      if (next == sum) break;
      sum = next;
    }
    return sum;
  }
  return x * std::log(x / m) + m - x;
}

// ln( x^a y^b / B(a,b) ) with y = 1 - x passed separately (the caller often knows 1-x more
// precisely than 1 - x would give). With c = a + b this equals
//   -(dev(a, c x) + dev(b, c y)) + 0.5 ln(a b / (2 pi c)) - e(a) - e(b) + e(c).
double log_beta_prefactor(double a, double b, double x, double y) {
  const double c = a + b;
  return -(deviance_term(a, c * x) + deviance_term(b, c * y)) + 0.5 * std::log(a / c * b) - kHalfLog2Pi -
         stirling_error(a) - stirling_error(b) + stirling_error(c);
}

// The classical continued fraction of the incomplete beta function (DLMF 8.17.22):
//   I_x(a,b) = x^a y^b / (a B(a,b)) / (1 + d1 / (1 + d2 / (1 + ...))),
//   d_{2m+1} = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1)),  d_{2m} = m(b-m) x / ((a+2m-1)(a+2m)).
// Returns g = 1 + d1 / (1 + d2 / (1 + ...)). It converges quickly for x < (a+1)/(a+b+2): in the
// tails of a binomial, where funnel limits live, within some 150 terms even at n = 1e6; near the
// centre it needs about 0.8 sqrt(a+b) terms.
//
// Evaluated front to back through the convergents A_j / B_j of the equivalent fraction whose level
// j is multiplied by c_j = den_j / S, S = (a+1)^2:
//   A_j = (den_j / S) A_{j-1} + (den_{j-1} num_j / S^2) A_{j-2}, and the same for B.
// That takes no division per term, where Lentz's method has two on its critical path; divisions
// were most of the cost of funnel limits. Dividing by S keeps the factors near 1 in the tails, so
// the convergents are only rescaled when they drift far from 1.
//
// Convergence is judged by the exact step between convergents, A_j/B_j - A_{j-1}/B_{j-1} =
// (A_j B_{j-1} - A_{j-1} B_j) / (B_j B_{j-1}), whose numerator is the running product of the
// (negated) partial numerators; again no division. Comparing successive computed convergents
// instead can stall: in the tails g is small (1 + d1 nearly cancels), so they carry rounding noise
// of ~1e-14 relative and may never agree to 1e-15.
//
// y = 1 - x is passed too: 1 + d1 = ((a+1) - (a+b) x) / (a+1) = ((a+b) y - (b-1)) / (a+1), and the
// cancellation there is milder when written with the smaller of x and y, which is the one that
// holds the caller's digits (1 - p rounds a small p away; 1 - q is exact for q >= 0.5).
//
// A class rather than a loop so that funnel_limits can advance two fractions in lockstep: each is
// a chain of dependent multiply-adds, and interleaving two lets the processor overlap them.
class BetaFraction {
 public:
  BetaFraction() = default;  // nothing to evaluate: done, value 1
  BetaFraction(double a, double b, double x, double y)
      : a_(a), b_(b), x_(x), inv_s_(1.0 / ((a + 1.0) * (a + 1.0))), done_(false) {
    // j = 1 written out: A_1 = (den_1 + num_1) / S = a ((a+1) - (a+b) x) / S, B_1 = den_1 / S.
    a_prev_ = 1.0;  // A_0
    b_prev_ = 1.0;  // B_0
    a_cur_ = (y < x ? a * ((a + b) * y - (b - 1.0)) : a * ((a + 1.0) - (a + b) * x)) * inv_s_;
    b_cur_ = a * (a + 1.0) * inv_s_;
    den_prev_ = b_cur_;
    det_ = -(a * (a + b) * x) * inv_s_;                // A_1 B_0 - A_0 B_1 = num_1 / S
    term(1.0 * (b - 1.0) * x, (a + 1.0) * (a + 2.0));  // d_2, so that every block starts odd
  }

  bool done() const { return done_; }
  double value() const { return a_cur_ / b_cur_; }

  // Four more terms, then check convergence.
  void advance() {
    for (int pair = 0; pair < 2; ++pair) {
      term(-(a_ + m_) * (a_ + b_ + m_) * x_, (a_ + 2.0 * m_) * (a_ + 2.0 * m_ + 1.0));  // d_{2m+1}
      m_ += 1.0;
      term(m_ * (b_ - m_) * x_, (a_ + 2.0 * m_ - 1.0) * (a_ + 2.0 * m_));  // d_{2m}, m one higher
    }
    const double magnitude = std::fabs(b_cur_);
    if (!(magnitude > 1e-64 && magnitude < 1e64)) {
      if (!(magnitude > 0.0) || !std::isfinite(magnitude)) {  // cannot happen for valid input
        done_ = true;
        return;
      }
      const double scale = 1.0 / b_cur_;
      a_prev_ *= scale;
      b_prev_ *= scale;
      a_cur_ *= scale;
      b_cur_ = 1.0;
      det_ *= scale * scale;
    }
    done_ = std::fabs(det_) <= kEps * std::fabs(a_cur_ * b_prev_) || ++blocks_ >= kMaxBlocks;
  }

 private:
  static constexpr double kEps = 1e-15;
  static constexpr int kMaxBlocks = 50000;  // 200,000 terms: enough near the centre up to a + b ~ 5e10

  void term(double num, double den) {
    const double scaled_den = den * inv_s_;
    const double coefficient = den_prev_ * num * inv_s_;
    const double a_next = scaled_den * a_cur_ + coefficient * a_prev_;
    const double b_next = scaled_den * b_cur_ + coefficient * b_prev_;
    a_prev_ = a_cur_;
    b_prev_ = b_cur_;
    a_cur_ = a_next;
    b_cur_ = b_next;
    den_prev_ = scaled_den;
    det_ *= -coefficient;
  }

  double a_ = 1.0, b_ = 1.0, x_ = 0.0, inv_s_ = 1.0;
  double a_prev_ = 1.0, b_prev_ = 1.0, a_cur_ = 1.0, b_cur_ = 1.0;  // A_{j-1}, B_{j-1}, A_j, B_j
  double den_prev_ = 1.0, det_ = 0.0;
  double m_ = 1.0;  // the next odd term is d_{2m+1}, the next even one d_{2m+2}
  int blocks_ = 0;
  bool done_ = true;
};

double beta_continued_fraction(double a, double b, double x, double y) {
  BetaFraction fraction(a, b, x, y);
  while (!fraction.done()) fraction.advance();
  return fraction.value();
}

// I_x(a,b) for a, b > 0 and 0 < x < 1, y = 1 - x, given prefactor = x^a y^b / B(a,b).
double incomplete_beta(double a, double b, double x, double y, double prefactor) {
  // The fraction converges fast only left of the distribution's bulk; right of it use
  // I_x(a,b) = 1 - I_y(b,a), whose fraction does.
  if (x < (a + 1.0) / (a + b + 2.0)) return prefactor / (a * beta_continued_fraction(a, b, x, y));
  return 1.0 - prefactor / (b * beta_continued_fraction(b, a, y, x));
}

struct CdfAndPmf {
  double cdf = 0.0;  // P(X <= k)
  double pmf = 0.0;  // P(X = k)
};

// Binomial(n, p) at an integer 0 <= k <= n, for 0 < p < 1 and q = 1 - p.
// P(X <= k) = I_q(n-k, k+1), and the prefactor of that incomplete beta,
// q^(n-k) p^(k+1) / B(n-k, k+1), equals p (n-k) P(X = k): the probability comes for free.
// Set up first and finished after the fraction is done, so that funnel_limits can run the
// fractions of both its limits in lockstep: each is a chain of dependent multiplications, and
// interleaving two lets the processor overlap them.
class BinomialAt {
 public:
  BinomialAt(double k, double n, double p, double q) : a_(n - k), b_(k + 1.0), p_(p) {
    if (k >= n) {
      fixed_ = true;
      result_ = {1.0, std::exp(n * std::log(p))};
      return;
    }
    prefactor_ = std::exp(log_beta_prefactor(a_, b_, q, p));
    upper_ = !(q < (a_ + 1.0) / (a_ + b_ + 2.0));
    fraction_ = upper_ ? BetaFraction(b_, a_, p, q) : BetaFraction(a_, b_, q, p);
  }

  BetaFraction& fraction() { return fraction_; }

  CdfAndPmf result() const {
    if (fixed_) return result_;
    const double cdf = upper_ ? 1.0 - prefactor_ / (b_ * fraction_.value()) : prefactor_ / (a_ * fraction_.value());
    return {cdf, prefactor_ / (p_ * a_)};
  }

 private:
  double a_, b_, p_;  // the incomplete beta's a = n - k and b = k + 1
  double prefactor_ = 0.0;
  bool upper_ = false;  // evaluated as 1 - I_p(b, a)
  bool fixed_ = false;  // k >= n: result_ holds the answer
  BetaFraction fraction_;
  CdfAndPmf result_;
};

CdfAndPmf binomial_at(double k, double n, double p, double q) {
  BinomialAt at(k, n, p, q);
  while (!at.fraction().done()) at.fraction().advance();
  return at.result();
}

// Standard normal quantile to about 4.5e-4 (Abramowitz & Stegun 26.2.23). Only a starting point
// for the exact search, so more digits would buy nothing.
double normal_quantile_rough(double prob) {
  const double tail = prob < 0.5 ? prob : 1.0 - prob;
  const double t = std::sqrt(-2.0 * std::log(tail));
  const double z =
      t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  return prob < 0.5 ? -z : z;
}

// Spiegelhalter's r_p for tail probability `target` is the binomial quantile; the Cornish-Fisher
// approximation (normal plus skewness, with continuity correction) lands on it or a step or two
// away, for n an integer >= 1 and 0 < p0 < 1.
double funnel_guess(double p0, double n, double target) {
  const double q0 = 1.0 - p0;
  const double sigma = std::sqrt(n * p0 * q0);
  const double z = normal_quantile_rough(target);
  const double skew = (q0 - p0) / sigma;
  // P(X <= r) ~ Phi((r + 0.5 - mu) / sigma'): the smallest r reaching `target`.
  const double r = std::ceil(n * p0 + sigma * (z + skew * (z * z - 1.0) / 6.0) - 0.5);
  return std::clamp(r, 0.0, n);
}

// Spiegelhalter's limit (r_p - alpha) / n, given the guess r and the exact CDF and probability
// there. Neighbouring CDF values follow exactly enough by adding or removing probabilities, which
// come from each other by the ratio P(r+1)/P(r) = (n-r)/(r+1) * p0/q0.
double funnel_limit(double p0, double n, double target, double r, CdfAndPmf at) {
  const double q0 = 1.0 - p0;
  double cdf = at.cdf;
  double pmf = at.pmf;
  constexpr int kMaxSteps = 64;
  int steps = 0;
  if (cdf >= target) {
    while (r > 0.0 && cdf - pmf >= target && steps < kMaxSteps) {
      cdf -= pmf;
      pmf *= r / (n - r + 1.0) * (q0 / p0);
      r -= 1.0;
      ++steps;
    }
  } else {
    while (cdf < target && r < n && steps < kMaxSteps) {
      pmf *= (n - r) / (r + 1.0) * (p0 / q0);
      r += 1.0;
      cdf += pmf;
      ++steps;
    }
  }
  if (steps == kMaxSteps) {
    // The guess was far off (it never is in practice: this is a safety net). Bisect on r with
    // exact CDF values: invariant CDF(lo) < target <= CDF(hi).
    double lo = -1.0;
    double hi = n;
    while (hi - lo > 1.0) {
      const double mid = std::floor((lo + hi) / 2.0);
      if (binomial_at(mid, n, p0, q0).cdf >= target) hi = mid;
      else lo = mid;
    }
    r = hi;
    const CdfAndPmf exact = binomial_at(r, n, p0, q0);
    cdf = exact.cdf;
    pmf = exact.pmf;
  }
  const double alpha = pmf > 0.0 ? (cdf - target) / pmf : 0.0;
  return std::clamp((r - alpha) / n, 0.0, 1.0);
}

// "1 coëfficiënt", "4 coëfficiënten": the messages are shown to users as they are.
std::string counted(std::size_t n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

}  // namespace

// ---------------------------------------------------------------------------------------------

double mean(std::span<const double> values) {
  double sum = 0.0;
  std::size_t n = 0;
  for (const double v : values) {
    if (std::isnan(v)) continue;
    sum += v;
    ++n;
  }
  return n == 0 ? kNaN : sum / static_cast<double>(n);
}

double weighted_mean(std::span<const double> values, std::span<const double> weights) {
  if (values.size() != weights.size()) return kNaN;
  double sum = 0.0;
  double total_weight = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double w = usable_weight(weights[i]);
    if (std::isnan(values[i]) || w == 0.0) continue;
    sum += w * values[i];
    total_weight += w;
  }
  return total_weight > 0.0 ? sum / total_weight : kNaN;
}

double quantile(std::span<const double> values, double p) {
  if (!(p >= 0.0 && p <= 1.0)) return kNaN;
  return quantile_sorted(sorted_non_nan(values), p);
}

double median(std::span<const double> values) { return quantile(values, 0.5); }

double sample_sd(std::span<const double> values) {
  const double m = mean(values);
  std::size_t n = 0;
  double squares = 0.0;
  for (const double v : values) {
    if (std::isnan(v)) continue;
    // Two passes (mean first) rather than sum of squares minus square of sums, which cancels
    // badly for figures like population counts with a small spread.
    squares += (v - m) * (v - m);
    ++n;
  }
  if (n < 2) return kNaN;
  return std::sqrt(squares / static_cast<double>(n - 1));
}

Summary summarize(std::span<const double> values, std::span<const double> weights) {
  Summary s;
  const std::vector<double> sorted = sorted_non_nan(values);
  s.n = sorted.size();
  if (!weights.empty()) s.weighted_mean = weighted_mean(values, weights);
  if (sorted.empty()) return s;
  s.mean = mean(sorted);
  s.sd = sample_sd(sorted);
  s.min = sorted.front();
  s.q1 = quantile_sorted(sorted, 0.25);
  s.median = quantile_sorted(sorted, 0.5);
  s.q3 = quantile_sorted(sorted, 0.75);
  s.max = sorted.back();
  return s;
}

double rank_ascending(std::span<const double> values, double x) {
  if (std::isnan(x)) return kNaN;
  std::size_t below = 0;
  std::size_t equal = 0;
  for (const double v : values) {
    if (v < x) ++below;
    else if (v == x) ++equal;
  }
  if (equal == 0) return static_cast<double>(below) + 1.0;
  return static_cast<double>(below) + (static_cast<double>(equal) + 1.0) / 2.0;
}

double percentile_rank(std::span<const double> values, double x) {
  if (std::isnan(x)) return kNaN;
  std::size_t below = 0;
  std::size_t equal = 0;
  std::size_t n = 0;
  for (const double v : values) {
    if (std::isnan(v)) continue;
    ++n;
    if (v < x) ++below;
    else if (v == x) ++equal;
  }
  if (n == 0) return kNaN;
  return 100.0 * (static_cast<double>(below) + 0.5 * static_cast<double>(equal)) / static_cast<double>(n);
}

double z_score(double x, double mean_value, double sd) {
  if (std::isnan(x) || std::isnan(mean_value) || !(sd > 0.0)) return kNaN;
  return (x - mean_value) / sd;
}

Interval wilson_interval(double successes, double n, double z) {
  if (!(n > 0.0) || !(successes >= 0.0 && successes <= n) || !(z >= 0.0)) return {};
  const double p = successes / n;
  const double z2n = z * z / n;
  const double centre = (p + z2n / 2.0) / (1.0 + z2n);
  const double half = z / (1.0 + z2n) * std::sqrt(p * (1.0 - p) / n + z2n / (4.0 * n));
  return {std::clamp(centre - half, 0.0, 1.0), std::clamp(centre + half, 0.0, 1.0)};
}

double regularized_incomplete_beta(double a, double b, double x) {
  if (!(a > 0.0) || !(b > 0.0) || !(x >= 0.0 && x <= 1.0) || std::isinf(a) || std::isinf(b)) return kNaN;
  if (x == 0.0) return 0.0;
  if (x == 1.0) return 1.0;
  const double y = 1.0 - x;
  return incomplete_beta(a, b, x, y, std::exp(log_beta_prefactor(a, b, x, y)));
}

double binomial_cdf(double k, double n, double p) {
  if (std::isnan(k) || !(n >= 0.0) || !std::isfinite(n) || n != std::floor(n) || !(p >= 0.0 && p <= 1.0)) return kNaN;
  k = std::floor(k);
  if (k < 0.0) return 0.0;
  if (k >= n) return 1.0;
  if (p == 0.0) return 1.0;
  if (p == 1.0) return 0.0;  // all mass at n > k
  return binomial_at(k, n, p, 1.0 - p).cdf;
}

Interval funnel_limits(double p0, double n, double level) {
  if (!(p0 >= 0.0 && p0 <= 1.0) || !(level > 0.0 && level < 1.0) || !std::isfinite(n)) return {};
  const double trials = std::round(n);
  if (!(trials >= 1.0)) return {};
  if (p0 == 0.0 || p0 == 1.0) return {p0, p0};
  const double q0 = 1.0 - p0;
  const double lower_target = (1.0 - level) / 2.0;
  const double upper_target = 1.0 - lower_target;
  const double lower_r = funnel_guess(p0, trials, lower_target);
  const double upper_r = funnel_guess(p0, trials, upper_target);
  BinomialAt lower(lower_r, trials, p0, q0);
  BinomialAt upper(upper_r, trials, p0, q0);
  // In lockstep: see BinomialAt.
  while (!lower.fraction().done() || !upper.fraction().done()) {
    if (!lower.fraction().done()) lower.fraction().advance();
    if (!upper.fraction().done()) upper.fraction().advance();
  }
  return {funnel_limit(p0, trials, lower_target, lower_r, lower.result()),
          funnel_limit(p0, trials, upper_target, upper_r, upper.result())};
}

FunnelVerdict funnel_verdict(double p, double p0, double n) {
  if (std::isnan(p)) return FunnelVerdict::Unknown;
  const Interval outer = funnel_limits(p0, n, 0.998);
  if (std::isnan(outer.lo)) return FunnelVerdict::Unknown;
  const Interval inner = funnel_limits(p0, n, 0.95);
  if (p < outer.lo) return FunnelVerdict::Below998;
  if (p < inner.lo) return FunnelVerdict::Below95;
  if (p > outer.hi) return FunnelVerdict::Above998;
  if (p > inner.hi) return FunnelVerdict::Above95;
  return FunnelVerdict::Within;
}

// ---------------------------------------------------------------------------------------------

Regression ols(const std::vector<std::vector<double>>& rows, std::span<const double> y) {
  Regression model;
  if (rows.size() != y.size()) {
    model.error = "aantal rijen (" + std::to_string(rows.size()) + ") en uitkomsten (" + std::to_string(y.size()) +
                  ") verschillen";
    return model;
  }
  const std::size_t k = rows.empty() ? 0 : rows.front().size();
  const std::size_t p = k + 1;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].size() != k) {
      model.error = "rij " + std::to_string(i + 1) + " heeft " + counted(rows[i].size(), "predictor", "predictoren") +
                    ", verwacht " + std::to_string(k);
      return model;
    }
  }

  // Usable observations. Infinite values are dropped like NaN: they are never a real figure and
  // would turn every coefficient into NaN.
  std::vector<std::size_t> used;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    bool finite = std::isfinite(y[i]);
    for (const double v : rows[i]) finite = finite && std::isfinite(v);
    if (finite) used.push_back(i);
  }
  const std::size_t m = used.size();
  if (m < p + 1) {
    // One more observation than coefficients: with exactly as many the fit is exact and nothing
    // is left to estimate the residual spread (and so the standard errors) from.
    model.error = "te weinig waarnemingen (" + std::to_string(m) + ") voor " +
                  counted(p, "coëfficiënt", "coëfficiënten") + " (minimaal " + std::to_string(p + 1) + " nodig)";
    return model;
  }

  // Design matrix, column-major: a[j*m + i] = column j (0 = intercept) of observation i.
  std::vector<double> a(m * p);
  std::vector<double> qty(m);
  std::vector<double> column_norm(p, 0.0);
  for (std::size_t i = 0; i < m; ++i) {
    a[i] = 1.0;
    for (std::size_t j = 0; j < k; ++j) a[(j + 1) * m + i] = rows[used[i]][j];
    qty[i] = y[used[i]];
  }
  for (std::size_t j = 0; j < p; ++j) {
    double s = 0.0;
    for (std::size_t i = 0; i < m; ++i) s += a[j * m + i] * a[j * m + i];
    column_norm[j] = std::sqrt(s);
  }

  // Householder QR: column j is reflected onto e_j; the same reflections applied to y give Q'y.
  // A column whose remaining part is negligible next to its own size lies (numerically) in the
  // span of the earlier ones. Householder QR is column-wise backward stable, so rounding leaves a
  // remainder of order 1e-16 * its norm and 1e-10 separates that cleanly from real data.
  constexpr double kDependent = 1e-10;
  std::vector<double> v(m);
  for (std::size_t j = 0; j < p; ++j) {
    double norm2 = 0.0;
    for (std::size_t i = j; i < m; ++i) norm2 += a[j * m + i] * a[j * m + i];
    const double norm = std::sqrt(norm2);
    if (!(norm > kDependent * column_norm[j])) {
      model.error = "predictoren zijn lineair afhankelijk (of een predictor is constant)";
      return model;
    }
    const double ajj = a[j * m + j];
    const double alpha = ajj > 0.0 ? -norm : norm;  // opposite sign of a_jj: no cancellation in v_0
    double vnorm2 = 0.0;
    for (std::size_t i = j; i < m; ++i) {
      v[i] = a[j * m + i];
      if (i == j) v[i] -= alpha;
      vnorm2 += v[i] * v[i];
    }
    // Apply H = I - 2 v v' / (v'v) to the remaining columns and to y.
    const auto reflect = [&](double* col) {
      double dot = 0.0;
      for (std::size_t i = j; i < m; ++i) dot += v[i] * col[i];
      const double factor = 2.0 * dot / vnorm2;
      for (std::size_t i = j; i < m; ++i) col[i] -= factor * v[i];
    };
    for (std::size_t c = j + 1; c < p; ++c) reflect(&a[c * m]);
    reflect(qty.data());
    a[j * m + j] = alpha;  // R_jj; below-diagonal entries of column j are no longer needed
  }

  // R b = (Q'y)[0..p): back substitution. R_ij (i <= j) is a[j*m + i].
  std::vector<double> coef(p);
  for (std::size_t ii = p; ii-- > 0;) {
    double s = qty[ii];
    for (std::size_t j = ii + 1; j < p; ++j) s -= a[j * m + ii] * coef[j];
    coef[ii] = s / a[ii * m + ii];
  }

  // Fit statistics from the residuals on the original data (not from the tail of Q'y), so they
  // mean exactly what they say.
  double y_mean = 0.0;
  for (std::size_t i = 0; i < m; ++i) y_mean += y[used[i]];
  y_mean /= static_cast<double>(m);
  double rss = 0.0;
  double tss = 0.0;
  for (std::size_t i = 0; i < m; ++i) {
    const std::vector<double>& row = rows[used[i]];
    double fitted = coef[0];
    for (std::size_t j = 0; j < k; ++j) fitted += coef[j + 1] * row[j];
    const double yi = y[used[i]];
    rss += (yi - fitted) * (yi - fitted);
    tss += (yi - y_mean) * (yi - y_mean);
  }
  const double df = static_cast<double>(m - p);
  model.residual_sd = std::sqrt(rss / df);
  if (tss > 0.0) {
    model.r2 = 1.0 - rss / tss;
    model.adj_r2 = 1.0 - (1.0 - model.r2) * static_cast<double>(m - 1) / df;
  }

  // Cov(b) = s^2 (R'R)^-1 = s^2 R^-1 R^-T, so se_j = s * |row j of R^-1|. R^-1 is upper
  // triangular; solve R x = e_c column by column.
  std::vector<double> rinv(p * p, 0.0);  // rinv[c*p + i] = (R^-1)_{ic}
  for (std::size_t c = 0; c < p; ++c) {
    for (std::size_t ii = c + 1; ii-- > 0;) {
      double s = ii == c ? 1.0 : 0.0;
      for (std::size_t j = ii + 1; j <= c; ++j) s -= a[j * m + ii] * rinv[c * p + j];
      rinv[c * p + ii] = s / a[ii * m + ii];
    }
  }
  model.std_error.assign(p, 0.0);
  for (std::size_t i = 0; i < p; ++i) {
    double s = 0.0;
    for (std::size_t c = i; c < p; ++c) s += rinv[c * p + i] * rinv[c * p + i];
    model.std_error[i] = model.residual_sd * std::sqrt(s);
  }

  model.coef = std::move(coef);
  model.n = m;
  model.ok = true;
  return model;
}

double predict(const Regression& model, std::span<const double> x) {
  if (!model.ok || model.coef.size() != x.size() + 1) return kNaN;
  double result = model.coef[0];
  for (std::size_t j = 0; j < x.size(); ++j) {
    if (std::isnan(x[j])) return kNaN;
    result += model.coef[j + 1] * x[j];
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

Standardizer fit_standardizer(const std::vector<std::vector<double>>& rows) {
  std::size_t columns = 0;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  Standardizer s;
  s.mean.assign(columns, kNaN);
  s.sd.assign(columns, kNaN);
  std::vector<double> column;
  column.reserve(rows.size());
  for (std::size_t j = 0; j < columns; ++j) {
    column.clear();
    for (const auto& row : rows)
      if (j < row.size()) column.push_back(row[j]);
    s.mean[j] = mean(column);
    s.sd[j] = sample_sd(column);
  }
  return s;
}

double standardized_distance(std::span<const double> a, std::span<const double> b, const Standardizer& s,
                             std::span<const double> weights, std::vector<double>* contributions) {
  const std::size_t columns = s.sd.size();
  if (contributions) contributions->assign(columns, kNaN);
  double sum = 0.0;
  bool any = false;
  for (std::size_t j = 0; j < columns; ++j) {
    const double aj = j < a.size() ? a[j] : kNaN;
    const double bj = j < b.size() ? b[j] : kNaN;
    const double sd = s.sd[j];
    if (std::isnan(aj) || std::isnan(bj) || !(sd > 0.0)) continue;
    const double w = j < weights.size() ? usable_weight(weights[j]) : 1.0;
    const double d = (aj - bj) / sd;
    const double contribution = w * d * d;
    if (contributions) (*contributions)[j] = contribution;
    sum += contribution;
    any = any || w > 0.0;
  }
  return any ? std::sqrt(sum) : kNaN;
}

}  // namespace jv::stats
