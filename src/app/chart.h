// A small chart module over ImDrawList, in the manner of ImPlot: this public header, the plot
// area and its axes (chart.cpp), and plotters that draw data inside it. Sizes are CSS pixels;
// values are the data's own units. Everything draws into the current window.
//
//   chart::Plot p;
//   if (chart::begin_plot("##funnel", size, {x_lo, x_hi, y_lo, y_hi}, labels, p)) {
//     chart::band(p, xs, lower, upper, colour);
//     chart::points(p, xs, ys, colour, 3.0f);
//     chart::end_plot(p);
//   }
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/scale.h"
#include "imgui.h"

namespace jv::chart {

// Writes a tick or value label in Dutch (decimal comma, thousands point).
using Formatter = std::string (*)(double value, int decimals);
std::string format_plain(double value, int decimals);    // 12,5 / 1.234
std::string format_percent(double value, int decimals);  // 12,5 %
std::string format_euro(double value, int decimals);     // € 9,5 mln, € 500.000, € 0

struct Range {
  double x_lo = 0, x_hi = 1, y_lo = 0, y_hi = 1;
};

struct Labels {
  const char* x = nullptr;  // axis titles; null for none
  const char* y = nullptr;
  Formatter x_format = format_plain;
  Formatter y_format = format_plain;
  bool x_axis = true;  // draw the x axis with ticks (a strip plot has only one axis)
  bool y_axis = true;
  int x_ticks = 6, y_ticks = 5;  // about how many
  bool x_log = false;            // a log10 x axis (denominators from 1.000 to 200.000)
  // Ticks with labels of their own (a time axis, core/scale.h time_axis()): drawn instead of
  // round-number ticks, and the x range is kept as given.
  std::span<const double> x_tick_values;
  std::span<const std::string> x_tick_labels;
};

// A screen rectangle.
struct Box {
  ImVec2 min, max;
};

// A text label of label(), hline() or vline(). Plotters only ask for one, with the places it may
// go in order of preference; end_plot() places them all, the highest priority first, each at the
// first place inside the plot area where it overprints no label placed before it (nor a labelled
// point), and leaves out a label that fits nowhere. Afterwards `min`, `max` and `shown` say where
// it went, in screen coordinates.
struct PlotLabel {
  std::string text;
  ImU32 colour = 0;
  int priority = 0;
  ImVec2 size;                     // text plus its background's margin
  std::vector<ImVec2> candidates;  // top-left corners, best first
  bool has_point = false;          // label(): the point it names, which other labels keep clear of
  Box point;
  ImVec2 min, max;
  bool shown = false;
};

// The first of `candidates` (top-left corners) where a box of `size` lies inside `area` and
// keeps a gap of `gap` pixels from every box in `taken`; -1 when there is none.
int place_label(Box area, std::span<const ImVec2> candidates, ImVec2 size, std::span<const Box> taken,
                float gap = 2.0f);

// The plot being drawn: its rectangles and the mapping from data to screen.
struct Plot {
  ImDrawList* draw = nullptr;
  ImVec2 frame_min, frame_max;  // the whole widget
  ImVec2 area_min, area_max;    // inside the axes
  Range range;
  bool x_log = false;
  bool hovered = false;  // the mouse is over the plot area
  ImVec2 mouse;
  Ticks x_ticks, y_ticks;
  std::vector<PlotLabel> labels;  // every label of label(), hline() and vline(); placed by end_plot()
  ImVec2 to_screen(double x, double y) const;
  double x_to_screen(double x) const;
  double y_to_screen(double y) const;
};

// Lays out the plot (reserving `size`, width <= 0 for the available width), draws the grid, the
// axes with ticks at round numbers and their labels (skipping any that would overlap). Ranges are
// widened to the ticks. Returns false when there is no room; then do not call end_plot().
bool begin_plot(const char* id, ImVec2 size, Range range, const Labels& labels, Plot& plot);
void end_plot(Plot& plot);

// Plotters.
void points(const Plot& p, std::span<const double> xs, std::span<const double> ys, ImU32 colour, float radius);
void point(const Plot& p, double x, double y, ImU32 colour, float radius, bool ring = false);
void line(const Plot& p, std::span<const double> xs, std::span<const double> ys, ImU32 colour, float thickness);
void dashed_line(const Plot& p, std::span<const double> xs, std::span<const double> ys, ImU32 colour, float thickness);
// Lines across the plot; a label goes at an end of the line, above or below it (hline), or at
// the top or bottom, right or left of it (vline).
void hline(Plot& p, double y, ImU32 colour, float thickness, const char* label = nullptr, int priority = 1);
void vline(Plot& p, double x, ImU32 colour, float thickness, const char* label = nullptr, int priority = 1);
// A filled band between lower and upper at the same xs (NaN gaps allowed).
void band(const Plot& p, std::span<const double> xs, std::span<const double> lower, std::span<const double> upper,
          ImU32 colour);
// A text label next to a data point: right of it, else left, above, below or diagonal; inside the
// plot area. It outranks line labels by default (the chosen gemeente's name before the group's).
void label(Plot& p, double x, double y, const char* text, ImU32 colour, bool bold_font = false, int priority = 2);
// The index of the point nearest the mouse within `max_px`, or -1.
int nearest_point(const Plot& p, std::span<const double> xs, std::span<const double> ys, float max_px = 8.0f);

// A mark's shape, so that what a colour says is said by a shape too (WCAG 1.4.1): a group member
// and another gemeente, a verdict, or one line of a time series from another.
enum class Shape { Circle, Square, Diamond, TriangleUp, TriangleDown };
// One mark of about `radius` (its area close to a circle's), with a white edge so it stands out
// on a line or band; `ring` adds the dark ring the chosen gemeente has.
void marker(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour, Shape shape, bool ring = false);
void marker(const Plot& p, double x, double y, float radius, ImU32 colour, Shape shape, bool ring = false);

// A focus ring around a rectangle: the accent blue, 3 px, as the page's own focus ring.
void focus_ring(ImDrawList* draw, ImVec2 min, ImVec2 max);

// A horizontal strip for the dashboard: the group's range as a thin bar, its interquartile range
// as a thicker one, the median as a tick and the gemeente as a dot; lo..hi is the scale.
struct Strip {
  double lo = 0, hi = 1;
  double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
  double value = 0;
  ImU32 value_colour = 0;
  Shape value_shape = Shape::Circle;
};
void strip(ImDrawList* draw, ImVec2 min, ImVec2 max, const Strip& s);

// A beeswarm layout: y offsets (in dot diameters, 0 = the axis) for dots at screen xs so that
// dots of `radius` do not overlap. Deterministic: dots are placed in the order given.
void beeswarm(std::span<const float> screen_x, float radius, std::span<float> offsets);

}  // namespace jv::chart
