// Scales for charts and maps: axis ticks at round numbers and class breaks for a choropleth.
// Kept in the core (no ImGui) so the numbers a chart shows are tested natively.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/lang.h"
#include "core/period.h"

namespace jv {

// Ticks at round numbers (1, 2 or 5 times a power of ten) covering [lo, hi], about `target` of
// them: 0..13,2 gives 0, 2, 4, ... 14. `step` is the distance between ticks and `decimals` the
// number of decimals that writes every tick exactly (0 for a step of 2, 1 for 0,5).
struct Ticks {
  double first = 0.0, last = 0.0, step = 1.0;
  int decimals = 0;
  std::vector<double> values;
};
Ticks nice_ticks(double lo, double hi, int target = 5);

// Class breaks for a choropleth. Quantile classes: `classes` groups of (about) equal numbers of
// gemeenten; breaks[i] is the upper bound of class i (the last is the maximum). NaN values are
// left out. Fewer distinct values than classes give fewer classes.
std::vector<double> quantile_breaks(std::span<const double> values, int classes);

// The class of `x` for breaks from quantile_breaks(): the first class whose upper bound is >= x.
int class_of(std::span<const double> breaks, double x);

// A diverging scale around a centre (the group median): -1 .. 1, where +-1 is the largest distance
// from the centre among `values`, so the colour says "how far from the median" symmetrically.
struct Diverging {
  double centre = 0.0, half_range = 1.0;
  double position(double x) const;  // clamped to -1..1
};
Diverging diverging_scale(std::span<const double> values, double centre);

// A time axis for periods of every kind the own-data reader accepts. A period's position is its
// middle in calendar years: 2023 -> 2023,5; 2023-Q1 -> 2023,12; 2023/2024 (1 Aug - 31 Jul) -> 2024,08;
// Q1-3 2025 -> 2025,37. Each period has one position, and points never sit over another period's tick.
double period_position(const Period& p);
// A day (days since 1970-01-01) as a position in calendar years: 2024-07-01 -> 2024,497.
double day_position(int day);

// Ticks for a time axis, each labelled once ("2023 2024 2024 2025" cannot happen):
//   - periods of one regular kind (years, halves, quarters, months, school years, or the same run
//     of quarters each year such as Q1-3) get a tick at every period of that kind from the first
//     to the last, at its position, labelled with it: "2023", "2023-H1", "2023-Q3", "mrt 2023",
//     "2023/24", "Q1-3 2023";
//   - anything else (several kinds together, dates, runs of years) gets a tick at the middle of
//     every calendar year from the first to the last, labelled with the year.
// With more than `max_ticks` ticks, only every k-th keeps its label (k the smallest that fits; the
// first always does). `lo`..`hi` runs from the start of the first period to the end of the last.
struct TimeAxis {
  double lo = 0.0, hi = 1.0;
  std::vector<double> ticks;        // positions, ascending
  std::vector<std::string> labels;  // one per tick; unique
};
// Month ticks are named in `lang`: "mrt 2023", English "Mar 2023".
TimeAxis time_axis(std::span<const Period> periods, int max_ticks = 8, Lang lang = Lang::Nl);

}  // namespace jv
