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

namespace {

// The calendar year a day falls in (days since 1970-01-01).
int year_of_day(int day) {
  int y = 1970 + static_cast<int>(std::floor(day / 365.2425));
  while (days_from_civil(y, 1, 1) > day) --y;
  while (days_from_civil(y + 1, 1, 1) <= day) ++y;
  return y;
}

const char* const kMonths[] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
const char* const kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// One step along a regular sequence of periods of p's kind.
Period next_period(Period p) {
  switch (p.kind) {
    case PeriodKind::Year:
    case PeriodKind::QuarterRange: ++p.year; break;
    case PeriodKind::SchoolYear: ++p.year, ++p.end_year; break;
    case PeriodKind::HalfYear:
    case PeriodKind::Quarter:
    case PeriodKind::Month: {
      const int per_year = p.kind == PeriodKind::HalfYear ? 2 : p.kind == PeriodKind::Quarter ? 4 : 12;
      if (p.first == per_year) {
        ++p.year;
        p.first = p.last = 1;
      } else {
        ++p.first, ++p.last;
      }
      break;
    }
    case PeriodKind::YearRange:
    case PeriodKind::Date: break;
  }
  return p;
}

std::string tick_label(const Period& p, Lang lang) {
  switch (p.kind) {
    case PeriodKind::Month: {
      const int month = p.first < 1 ? 1 : p.first > 12 ? 12 : p.first;
      const char* name = (lang == Lang::En ? kMonthsEn : kMonths)[month - 1];
      return std::string(name) + " " + std::to_string(p.year);
    }
    case PeriodKind::SchoolYear: {
      const int end = p.end_year % 100;
      return std::to_string(p.year) + "/" + (end < 10 ? "0" : "") + std::to_string(end);
    }
    default: return p.label();
  }
}

// Keeps the label of every k-th tick (the first always) so that at most `max_ticks` are labelled.
void thin(TimeAxis& axis, int max_ticks) {
  const std::size_t n = axis.ticks.size(), cap = static_cast<std::size_t>(std::max(max_ticks, 1));
  if (n <= cap) return;
  const std::size_t k = (n + cap - 1) / cap;
  TimeAxis kept;
  kept.lo = axis.lo;
  kept.hi = axis.hi;
  for (std::size_t i = 0; i < n; i += k) {
    kept.ticks.push_back(axis.ticks[i]);
    kept.labels.push_back(axis.labels[i]);
  }
  axis = std::move(kept);
}

}  // namespace

double day_position(int day) {
  const int y = year_of_day(day);
  const int first = days_from_civil(y, 1, 1), next = days_from_civil(y + 1, 1, 1);
  return y + static_cast<double>(day - first) / static_cast<double>(next - first);
}

double period_position(const Period& p) { return 0.5 * (day_position(p.start_day()) + day_position(p.end_day() + 1)); }

TimeAxis time_axis(std::span<const Period> periods, int max_ticks, Lang lang) {
  TimeAxis axis;
  if (periods.empty()) return axis;
  std::vector<Period> sorted(periods.begin(), periods.end());
  std::sort(sorted.begin(), sorted.end(), [](const Period& a, const Period& b) { return compare_periods(a, b) < 0; });
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  axis.lo = day_position(sorted.front().start_day());
  axis.hi = axis.lo;
  for (const Period& p : sorted) axis.hi = std::max(axis.hi, day_position(p.end_day() + 1));

  // One regular kind: every period of the sequence from the first to the last. A run of quarters
  // is regular when every period is the same run (Q1-3 each year).
  const Period& first = sorted.front();
  bool regular = first.kind != PeriodKind::Date && first.kind != PeriodKind::YearRange;
  for (const Period& p : sorted) {
    regular = regular && p.kind == first.kind &&
              (p.kind != PeriodKind::QuarterRange || (p.first == first.first && p.last == first.last));
  }
  if (regular) {
    const int last_start = sorted.back().start_day();
    for (Period p = first; p.start_day() <= last_start; p = next_period(p)) {
      axis.ticks.push_back(period_position(p));
      axis.labels.push_back(tick_label(p, lang));
      if (axis.ticks.size() > 10000) break;  // a sequence of months over centuries: stop early
    }
  } else {
    // The middle of every calendar year the periods touch.
    const int y0 = year_of_day(sorted.front().start_day());
    int y1 = y0;
    for (const Period& p : sorted) y1 = std::max(y1, year_of_day(p.end_day()));
    for (int y = y0; y <= y1; ++y) {
      axis.ticks.push_back(y + 0.5);
      axis.labels.push_back(std::to_string(y));
    }
    axis.lo = y0;  // whole years, so every tick lies inside
    axis.hi = y1 + 1;
  }
  thin(axis, max_ticks);
  return axis;
}

}  // namespace jv
