#include "core/scale.h"

#include <algorithm>
#include <cmath>

#include "core/stats.h"

namespace jv {

Ticks nice_ticks(double lo, double hi, int target) {
  Ticks t;
  if (!std::isfinite(lo) || !std::isfinite(hi)) return t;
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-12) {  // one value: a unit around it
    const double pad = lo == 0.0 ? 1.0 : std::abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  target = std::max(target, 2);
  const double raw = (hi - lo) / target;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double fraction = raw / power;
  // The smallest of 1, 2, 5, 10 times the power that gives at most about `target` steps.
  const double nice = fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0;
  t.step = nice * power;
  t.first = std::floor(lo / t.step + 1e-9) * t.step;
  t.last = std::ceil(hi / t.step - 1e-9) * t.step;
  const int count = static_cast<int>(std::lround((t.last - t.first) / t.step));
  for (int i = 0; i <= count; ++i) {
    double v = t.first + i * t.step;
    if (std::abs(v) < t.step * 1e-9) v = 0.0;  // no "-0"
    t.values.push_back(v);
  }
  t.decimals = std::max(0, -static_cast<int>(std::floor(std::log10(t.step) + 1e-9)));
  return t;
}

std::vector<double> quantile_breaks(std::span<const double> values, int classes) {
  std::vector<double> v;
  for (const double x : values) {
    if (!std::isnan(x)) v.push_back(x);
  }
  std::vector<double> breaks;
  if (v.empty() || classes < 1) return breaks;
  std::sort(v.begin(), v.end());
  for (int i = 1; i <= classes; ++i) {
    const double b = i == classes ? v.back() : stats::quantile(v, static_cast<double>(i) / classes);
    if (breaks.empty() || b > breaks.back()) breaks.push_back(b);
  }
  return breaks;
}

int class_of(std::span<const double> breaks, double x) {
  if (std::isnan(x) || breaks.empty()) return -1;
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    if (x <= breaks[i]) return static_cast<int>(i);
  }
  return static_cast<int>(breaks.size()) - 1;
}

double Diverging::position(double x) const {
  if (std::isnan(x) || half_range <= 0.0) return 0.0;
  return std::clamp((x - centre) / half_range, -1.0, 1.0);
}

Diverging diverging_scale(std::span<const double> values, double centre) {
  Diverging d;
  d.centre = centre;
  double far = 0.0;
  for (const double x : values) {
    if (!std::isnan(x)) far = std::max(far, std::abs(x - centre));
  }
  d.half_range = far > 0.0 ? far : 1.0;
  return d;
}

}  // namespace jv
