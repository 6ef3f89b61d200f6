// Scales for charts and maps: axis ticks at round numbers and class breaks for a choropleth.
// Kept in the core (no ImGui) so the numbers a chart shows are tested natively.
#pragma once

#include <span>
#include <vector>

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

}  // namespace jv
