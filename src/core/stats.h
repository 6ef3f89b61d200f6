// Statistics for the benchmark: summaries of a comparison group, where a gemeente stands in it,
// intervals and funnel limits for proportions, a small least-squares regression and the distance
// used to find "statistically similar" gemeenten. Everything the screens say about a figure's
// position is computed here, so the app and the command-line tool agree to the last digit.
//
// Conventions, for every function in this file:
// - NaN means "no value" (CBS suppresses small cells, a gemeente may lack a figure). Inputs that are
//   NaN are skipped, together with their weight, unless a function says otherwise.
// - A function returns NaN (or an Interval of NaNs) when there is nothing to compute: empty input,
//   all NaN, zero total weight, zero variance, parameters outside their domain. Nothing throws.
// - Sizes may differ between spans only where a function says how that is handled.
#pragma once

#include <cstddef>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace jv::stats {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------------------------
// Location and spread

// Arithmetic mean of the non-NaN values; NaN when there are none.
double mean(std::span<const double> values);

// Sum(w*v) / Sum(w) over the pairs whose value is not NaN. Weights of NaN values are ignored;
// negative, NaN or infinite weights count as 0. NaN when the total weight is 0, or when the spans
// differ in length (a caller bug that must not yield a plausible-looking number).
double weighted_mean(std::span<const double> values, std::span<const double> weights);

// Quantile with linear interpolation between order statistics: Hyndman-Fan type 7, the same as
// Excel's PERCENTILE.INC / KWARTIEL.INC and R's default. With the m non-NaN values sorted as
// x[0] <= ... <= x[m-1]: h = (m-1)*p, result = x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]).
// p must lie in [0,1] (p = 0 gives the minimum, p = 1 the maximum); NaN for p outside it, for a
// NaN p and for no values. A single value is every quantile of itself.
double quantile(std::span<const double> values, double p);
double median(std::span<const double> values);     // quantile(values, 0.5)
double sample_sd(std::span<const double> values);  // n-1 denominator; NaN for fewer than 2 values

struct Summary {
  std::size_t n = 0;  // non-NaN values
  double mean = kNaN;
  double weighted_mean = kNaN;  // NaN when no weights were given (see weighted_mean for the rest)
  double sd = kNaN;             // sample_sd
  double min = kNaN, q1 = kNaN, median = kNaN, q3 = kNaN, max = kNaN;  // q1/q3: type-7 0.25/0.75
};
// All of the above from one sorted copy. `weights` is only used for weighted_mean.
Summary summarize(std::span<const double> values, std::span<const double> weights = {});

// ---------------------------------------------------------------------------------------------
// Position of one gemeente in its comparison group
//
// Both functions compare with exact equality (==): pass the very figure that is in `values`, not a
// recomputed or rounded copy, or a tie will not be seen. NaN values in `values` are skipped;
// both return NaN when x is NaN.

// Rank of x in ascending order (1 = lowest), ties averaged. With below = #values < x and
// equal = #values == x:
//   x occurs in values (equal >= 1): rank = below + (equal + 1) / 2, the average of the ranks the
//     tied block spans; x is one of those values, it is NOT counted a second time.
//     {1,2,2,3}, x=2: the 2s hold ranks 2 and 3 -> 1 + (2+1)/2 = 2.5.
//   x does not occur (equal = 0): rank = below + 1, the rank x would get if it were inserted.
//     {1,2,2,3}, x=2.5 -> 4; x=0 -> 1; x=9 -> 5.
// Both cases are "the rank of x within values plus x, where x is added only if it is missing".
// For empty values the result is 1 (x alone).
double rank_ascending(std::span<const double> values, double x);

// Percentile rank 0..100, mid-rank definition: 100 * (below + 0.5 * equal) / n, with n the number
// of non-NaN values. x is assumed to BE one of the values (the gemeente is a member of its own
// comparison group), so the lowest of 4 distinct values gets 12.5 and the highest 87.5, and
// {10,20,20,30}, x=20 gives 100*(1 + 0.5*2)/4 = 50. For a member this equals
// 100 * (rank_ascending - 0.5) / n. If x is not in values the formula is applied unchanged
// (equal = 0): the share of the group strictly below x. NaN for no non-NaN values.
double percentile_rank(std::span<const double> values, double x);

// (x - mean) / sd; NaN when sd <= 0 or any input is NaN.
double z_score(double x, double mean, double sd);

// ---------------------------------------------------------------------------------------------
// Proportions

struct Interval {
  double lo = kNaN, hi = kNaN;
};

// Wilson score interval for the proportion successes/n (both may be non-integer estimates):
//   centre = (p + z^2/(2n)) / (1 + z^2/n),  half = z/(1 + z^2/n) * sqrt(p(1-p)/n + z^2/(4n^2)).
// z >= 0, e.g. 1.959964 for 95 %. NaN for n <= 0, successes outside [0, n], z < 0 or NaN input.
// The result is clamped to [0, 1] (it lies inside mathematically; the clamp removes round-off).
Interval wilson_interval(double successes, double n, double z);

// Funnel plot control limits for a proportion (Spiegelhalter 2005, "Funnel plots for comparing
// institutional performance", Stat Med 24:1185), exact binomial with his interpolation:
//   for p = (1-level)/2 (lower) and p = 1-(1-level)/2 (upper):
//   r_p   = smallest integer r with BinomCDF(r; n, p0) >= p,
//   alpha = (BinomCDF(r_p) - p) / (BinomCDF(r_p) - BinomCDF(r_p - 1)),
//   limit = (r_p - alpha) / n.
// p0 is the target proportion (the comparison group's rate), level the two-sided coverage (0.95,
// 0.998). n may be a non-integer estimate: it is rounded to the nearest integer, and that integer
// is also the divisor of the limit. Limits are clamped to [0, 1]: for small n*p0 the formula gives
// a lower limit just below 0 (r_p = 0), which means "no proportion can be too low".
// p0 = 0 or 1 gives [p0, p0]. NaN for p0 outside [0,1], n rounding to < 1, level outside (0,1).
// Note: the interpolation treats the CDF as linear between integers, so the pair sits about
// 0.5/n below a symmetric one (n=10, p0=0.5: [0.1324, 0.7676]); that is the published method.
// Cost: one incomplete-beta evaluation per limit (the two run side by side) plus, rarely, a step
// or two; about 0.5-0.7 microseconds per call natively for n up to 1,000,000.
Interval funnel_limits(double p0, double n, double level);

// P(X <= k) for X ~ Binomial(n, p). k and n are integers given as double: k is floored (the CDF is
// a step function), k < 0 gives 0, k >= n gives 1. NaN for n negative or not an integer, p outside
// [0,1] or NaN input. Accuracy as regularized_incomplete_beta, which it is: I_{1-p}(n-k, k+1).
double binomial_cdf(double k, double n, double p);

// Regularized incomplete beta I_x(a, b) = B(x; a, b) / B(a, b), for a > 0, b > 0, x in [0,1]
// (NaN otherwise). Continued fraction with a Stirling/deviance prefactor (no lgamma cancellation).
// Relative error about 1e-13 for a + b up to ~1e4, up to ~1e-11 in the tails at a + b ~ 1e6;
// values below ~1e-308 underflow to 0.
double regularized_incomplete_beta(double a, double b, double x);

// Where a proportion p lies relative to the funnel limits of 95 % and 99.8 % around p0 for
// denominator n. Strictly outside counts: a value exactly on a limit is still inside it.
// Unknown when p, p0 or n is NaN, when n rounds to less than 1 or p0 lies outside [0,1].
enum class FunnelVerdict { Unknown, Below998, Below95, Within, Above95, Above998 };
FunnelVerdict funnel_verdict(double p, double p0, double n);

// ---------------------------------------------------------------------------------------------
// Regression

// Ordinary least squares y = b0 + b1*x1 + ... + bk*xk, solved by Householder QR on the design
// matrix (no normal equations, so nearly collinear predictors do not lose half the digits).
// rows[i] holds x1..xk of observation i; k is the length of rows[0] (k = 0 fits the mean).
// Rows with any NaN (in x or y) are dropped, and so are rows with an infinite value.
// ok = false, with the reason in Dutch in `error`, when:
//   rows and y differ in length, rows differ in length, fewer than k+2 usable observations remain
//   (one more than the coefficients, so the standard errors exist), or predictors are linearly
//   dependent (including a constant predictor, which duplicates the intercept).
// When y has no variance the fit is ok but r2 and adj_r2 are NaN.
struct Regression {
  bool ok = false;
  std::string error;  // why not ok, in Dutch: "te weinig waarnemingen (3) voor 4 coëfficiënten (minimaal 5 nodig)"
  std::vector<double> coef;                             // b0 (intercept) first, then b1..bk
  std::vector<double> std_error;                        // standard errors of coef: residual_sd * sqrt(diag((X'X)^-1))
  double r2 = kNaN, adj_r2 = kNaN, residual_sd = kNaN;  // residual_sd: sqrt(RSS / (n - k - 1))
  std::size_t n = 0;                                    // observations used
};
Regression ols(const std::vector<std::vector<double>>& rows, std::span<const double> y);

// b0 + b1*x1 + ... + bk*xk. NaN when !model.ok, x.size() != k, or x has a NaN.
double predict(const Regression& model, std::span<const double> x);

// ---------------------------------------------------------------------------------------------
// Similarity

// Column standardisation for distances: mean and sample sd per column over the non-NaN values.
// The number of columns is the length of the longest row; a shorter row's missing entries count
// as NaN. A column with fewer than 2 values has sd NaN, a constant column sd 0 (both are then
// skipped by standardized_distance).
struct Standardizer {
  std::vector<double> mean, sd;
};
Standardizer fit_standardizer(const std::vector<std::vector<double>>& rows);

// Standardised Euclidean distance sqrt(sum_j w_j * ((a_j - b_j) / sd_j)^2) over the columns j of
// `s` where a_j and b_j are both non-NaN and sd_j > 0. An entry missing from a (or b) because the
// span is short counts as NaN. Weights are optional: missing ones are 1; negative, NaN or infinite
// ones count as 0. NaN when no column is usable with a positive weight.
// If `contributions` is given it is resized to the number of columns and receives
// w_j * ((a_j - b_j) / sd_j)^2 per column (NaN for skipped columns); the non-NaN entries sum to
// distance^2, so a screen can say which indicators make two gemeenten alike or different.
double standardized_distance(std::span<const double> a, std::span<const double> b, const Standardizer& s,
                             std::span<const double> weights = {}, std::vector<double>* contributions = nullptr);

}  // namespace jv::stats
