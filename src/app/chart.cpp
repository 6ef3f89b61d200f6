// The chart module: plot area, axes and plotters over ImDrawList (see chart.h).
#include "app/chart.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/i18n.h"
#include "app/theme.h"
#include "core/format.h"

namespace jv::chart {

namespace {

constexpr ImU32 kAxis = IM_COL32(84, 84, 80, 255);
constexpr ImU32 kGrid = IM_COL32(226, 226, 220, 255);
constexpr ImU32 kPlotBg = IM_COL32(255, 255, 255, 255);
constexpr float kTickLength = 4.0f;
constexpr float kLabelPad = 2.0f;  // a label's background reaches this far beside its text

bool finite(double x) { return std::isfinite(x); }

double to_axis(double x, bool log) { return log ? std::log10(std::max(x, 1e-9)) : x; }

// A linear axis: with ticks, the range grows to the outer ticks so the data never touches the
// edge without a label; without, the range stays as given.
void linear_axis(bool with_ticks, int target, double lo, double hi, Ticks& ticks, double& out_lo, double& out_hi) {
  if (!with_ticks) {
    out_lo = lo;
    out_hi = hi;
    return;
  }
  ticks = nice_ticks(lo, hi, target);
  out_lo = ticks.first;
  out_hi = ticks.last;
}

}  // namespace

std::string format_plain(double value, int decimals) { return format_number(value, decimals, app::language()); }
std::string format_percent(double value, int decimals) {
  return format_number(value, decimals, app::language()) + (app::language() == Lang::En ? "%" : " %");
}

std::string format_euro(double value, int) {
  // Millions with as many decimals as the tick needs (€ 9,5 mln next to € 10 mln), smaller amounts
  // whole: an amount axis always says €.
  const double a = std::abs(value);
  if (a >= 1e6) {
    const double m = value / 1e6;
    const int d = std::abs(m - std::round(m)) < 1e-9 ? 0 : std::abs(m * 10 - std::round(m * 10)) < 1e-6 ? 1 : 2;
    if (app::language() == Lang::En) return "\xE2\x82\xAC" + format_number(m, d, app::language()) + " m";
    return "\xE2\x82\xAC " + format_number(m, d, app::language()) + " mln";
  }
  if (app::language() == Lang::En) return "\xE2\x82\xAC" + format_number(value, 0, app::language());
  return "\xE2\x82\xAC " + format_number(value, 0, app::language());
}

double Plot::x_to_screen(double x) const {
  const double lo = to_axis(range.x_lo, x_log), hi = to_axis(range.x_hi, x_log);
  const double t = (to_axis(x, x_log) - lo) / (hi - lo);
  return static_cast<double>(area_min.x) + t * static_cast<double>(area_max.x - area_min.x);
}

double Plot::y_to_screen(double y) const {
  const double t = (y - range.y_lo) / (range.y_hi - range.y_lo);
  return static_cast<double>(area_max.y) - t * static_cast<double>(area_max.y - area_min.y);
}

ImVec2 Plot::to_screen(double x, double y) const {
  return ImVec2(static_cast<float>(x_to_screen(x)), static_cast<float>(y_to_screen(y)));
}

bool begin_plot(const char* id, ImVec2 size, Range range, const Labels& labels, Plot& p) {
  p = Plot{};
  p.draw = ImGui::GetWindowDrawList();
  if (size.x <= 0.0f) size.x = ImGui::GetContentRegionAvail().x;
  if (size.x < 80.0f || size.y < 60.0f) return false;
  p.x_log = labels.x_log;

  // Ticks at round numbers; the range grows to the outer ticks so the data never touches the edge
  // without a label. A log axis gets ticks at 1, 2, 5 times powers of ten.
  if (labels.x_log) {
    const double lo = std::max(range.x_lo, 1.0), hi = std::max(range.x_hi, lo * 10.0);
    p.x_ticks.values.clear();
    for (double power = std::pow(10.0, std::floor(std::log10(lo))); power <= hi * 10.0; power *= 10.0) {
      for (const double m : {1.0, 2.0, 5.0}) {
        const double v = m * power;
        if (v >= lo / 1.0001 && v <= hi * 1.0001) p.x_ticks.values.push_back(v);
      }
    }
    p.range.x_lo = lo;
    p.range.x_hi = hi;
  } else if (!labels.x_tick_values.empty()) {
    p.x_ticks.values.assign(labels.x_tick_values.begin(), labels.x_tick_values.end());
    p.range.x_lo = range.x_lo;
    p.range.x_hi = range.x_hi;
  } else {
    linear_axis(labels.x_axis, labels.x_ticks, range.x_lo, range.x_hi, p.x_ticks, p.range.x_lo, p.range.x_hi);
  }
  linear_axis(labels.y_axis, labels.y_ticks, range.y_lo, range.y_hi, p.y_ticks, p.range.y_lo, p.range.y_hi);
  if (!(p.range.x_hi > p.range.x_lo)) p.range.x_hi = p.range.x_lo + 1.0;
  if (!(p.range.y_hi > p.range.y_lo)) p.range.y_hi = p.range.y_lo + 1.0;

  const float line = ImGui::GetTextLineHeight();
  float left = 4.0f;
  if (labels.y_axis) {
    float widest = 0.0f;
    for (const double v : p.y_ticks.values) {
      widest = std::max(widest, ImGui::CalcTextSize(labels.y_format(v, p.y_ticks.decimals).c_str()).x);
    }
    left = widest + kTickLength + 6.0f + (labels.y ? line + 4.0f : 0.0f);
  }
  const float bottom = labels.x_axis ? line + kTickLength + 6.0f + (labels.x ? line + 4.0f : 0.0f) : 4.0f;
  const float right = 12.0f, top = labels.y && labels.y_axis ? line + 10.0f : 8.0f;

  p.frame_min = ImGui::GetCursorScreenPos();
  p.frame_max = ImVec2(p.frame_min.x + size.x, p.frame_min.y + size.y);
  p.area_min = ImVec2(p.frame_min.x + left, p.frame_min.y + top);
  p.area_max = ImVec2(p.frame_max.x - right, p.frame_max.y - bottom);
  ImGui::InvisibleButton(id, size);
  p.mouse = ImGui::GetIO().MousePos;
  p.hovered = ImGui::IsItemHovered() && p.mouse.x >= p.area_min.x && p.mouse.x <= p.area_max.x &&
              p.mouse.y >= p.area_min.y && p.mouse.y <= p.area_max.y;

  ImDrawList* d = p.draw;
  d->AddRectFilled(p.area_min, p.area_max, kPlotBg);
  // Grid and ticks. Labels that would overlap the previous one are skipped, never drawn over it.
  if (labels.y_axis) {
    float last_top = 1e9f;
    for (const double v : p.y_ticks.values) {
      const float y = static_cast<float>(p.y_to_screen(v));
      d->AddLine(ImVec2(p.area_min.x, y), ImVec2(p.area_max.x, y), kGrid);
      d->AddLine(ImVec2(p.area_min.x - kTickLength, y), ImVec2(p.area_min.x, y), kAxis);
      const std::string text = labels.y_format(v, p.y_ticks.decimals);
      const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
      const float ty = y - ts.y * 0.5f;
      if (ty + ts.y <= last_top) {
        d->AddText(ImVec2(p.area_min.x - kTickLength - 4.0f - ts.x, ty), kAxis, text.c_str());
        last_top = ty;
      }
    }
    if (labels.y) {
      // A vertical title would need rotated text; ImGui has none, so the title stands above the axis.
      d->AddText(ImVec2(p.frame_min.x, p.frame_min.y), kAxis, labels.y);
    }
  }
  if (labels.x_axis) {
    float last_right = -1e9f;
    for (std::size_t i = 0; i < p.x_ticks.values.size(); ++i) {
      const double v = p.x_ticks.values[i];
      const float x = static_cast<float>(p.x_to_screen(v));
      if (x < p.area_min.x - 0.5f || x > p.area_max.x + 0.5f) continue;
      d->AddLine(ImVec2(x, p.area_min.y), ImVec2(x, p.area_max.y), kGrid);
      d->AddLine(ImVec2(x, p.area_max.y), ImVec2(x, p.area_max.y + kTickLength), kAxis);
      const int decimals = labels.x_log ? 0 : p.x_ticks.decimals;
      const std::string text = i < labels.x_tick_labels.size() ? labels.x_tick_labels[i] : labels.x_format(v, decimals);
      const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
      const float tx = std::clamp(x - ts.x * 0.5f, p.frame_min.x, p.frame_max.x - ts.x);
      if (tx >= last_right + 6.0f) {
        d->AddText(ImVec2(tx, p.area_max.y + kTickLength + 3.0f), kAxis, text.c_str());
        last_right = tx + ts.x;
      }
    }
    if (labels.x) {
      const ImVec2 ts = ImGui::CalcTextSize(labels.x);
      d->AddText(ImVec2((p.area_min.x + p.area_max.x - ts.x) * 0.5f, p.frame_max.y - ts.y - 2.0f), kAxis, labels.x);
    }
  }
  d->AddLine(ImVec2(p.area_min.x, p.area_max.y), ImVec2(p.area_max.x, p.area_max.y), kAxis);
  if (labels.y_axis) d->AddLine(p.area_min, ImVec2(p.area_min.x, p.area_max.y), kAxis);
  d->PushClipRect(p.area_min, p.area_max, true);
  return true;
}

namespace {

// Where each label goes (an index into its candidates, or -1 to leave it out). Labels are taken
// in priority order; the search shows as many as it can, a higher priority before a lower one,
// each at its most preferred free place. A plot has a handful of labels; beyond kSearch the
// choice is greedy.
std::vector<int> assign_labels(const Plot& p, const std::vector<std::size_t>& order) {
  constexpr std::size_t kSearch = 4;
  const Box area{p.area_min, p.area_max};
  std::vector<int> best(order.size(), -1), current(order.size(), -1);
  int best_shown = -1;
  std::vector<Box> taken;
  auto avoid_for = [&](std::size_t i) {
    std::vector<Box> avoid = taken;
    for (const PlotLabel& other : p.labels) {  // a labelled point is kept clear of other labels
      if (&other != &p.labels[i] && other.has_point) avoid.push_back(other.point);
    }
    return avoid;
  };
  // Depth-first in preference order: the first complete placement found is the best of its
  // count; stop early once every label is shown.
  auto search = [&](auto&& self, std::size_t k, int shown) -> bool {
    if (shown + static_cast<int>(order.size() - k) <= best_shown) return false;  // cannot beat it
    if (k == order.size()) {
      best = current;
      best_shown = shown;
      return shown == static_cast<int>(order.size());
    }
    const PlotLabel& l = p.labels[order[k]];
    const std::vector<Box> avoid = avoid_for(order[k]);
    const bool greedy = k >= kSearch;
    for (std::size_t c = 0; c < l.candidates.size(); ++c) {
      const int at = place_label(area, std::span<const ImVec2>(l.candidates).subspan(c, 1), l.size, avoid);
      if (at < 0) continue;
      current[k] = static_cast<int>(c);
      taken.push_back({l.candidates[c], ImVec2(l.candidates[c].x + l.size.x, l.candidates[c].y + l.size.y)});
      const bool done = self(self, k + 1, shown + 1);
      taken.pop_back();
      if (done || greedy) return done;
    }
    current[k] = -1;
    return self(self, k + 1, shown);
  };
  search(search, 0, 0);
  return best;
}

}  // namespace

void end_plot(Plot& p) {
  // Labels last, over the data, the most important first.
  std::vector<std::size_t> order(p.labels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p.labels[a].priority > p.labels[b].priority; });
  const std::vector<int> at = assign_labels(p, order);
  for (std::size_t k = 0; k < order.size(); ++k) {
    PlotLabel& l = p.labels[order[k]];
    l.shown = at[k] >= 0;
    if (!l.shown) continue;
    l.min = l.candidates[static_cast<std::size_t>(at[k])];
    l.max = ImVec2(l.min.x + l.size.x, l.min.y + l.size.y);
    p.draw->AddRectFilled(l.min, l.max, IM_COL32(255, 255, 255, 220), 2.0f);
    p.draw->AddText(ImVec2(l.min.x + kLabelPad, l.min.y), l.colour, l.text.c_str());
  }
  p.draw->PopClipRect();
}

void point(const Plot& p, double x, double y, ImU32 colour, float radius, bool ring) {
  if (!finite(x) || !finite(y)) return;
  const ImVec2 c = p.to_screen(x, y);
  if (ring) {
    p.draw->AddCircleFilled(c, radius + 2.0f, IM_COL32(255, 255, 255, 255), 20);
    p.draw->AddCircleFilled(c, radius, colour, 20);
    p.draw->AddCircle(c, radius + 2.0f, IM_COL32(29, 29, 27, 255), 20, 1.5f);
  } else {
    p.draw->AddCircleFilled(c, radius, colour, 12);
  }
}

void marker(ImDrawList* d, ImVec2 c, float r, ImU32 colour, Shape shape, bool ring) {
  const ImU32 white = IM_COL32(255, 255, 255, 255), dark = IM_COL32(29, 29, 27, 255);
  // Each shape's outline at a given size, so the white edge and the ring are the same shape grown.
  auto draw_shape = [&](float s, ImU32 col, bool filled, float thickness) {
    switch (shape) {
      case Shape::Circle:
        if (filled) d->AddCircleFilled(c, s, col, 16);
        else d->AddCircle(c, s, col, 16, thickness);
        return;
      case Shape::Square: {
        const float h = s * 0.89f;  // the area of a circle of radius s
        if (filled) d->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), col);
        else d->AddRect(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), col, 0.0f, 0, thickness);
        return;
      }
      case Shape::Diamond: {
        const float h = s * 1.25f;
        const ImVec2 q[4] = {{c.x, c.y - h}, {c.x + h, c.y}, {c.x, c.y + h}, {c.x - h, c.y}};
        if (filled) d->AddConvexPolyFilled(q, 4, col);
        else d->AddPolyline(q, 4, col, ImDrawFlags_Closed, thickness);
        return;
      }
      case Shape::TriangleUp:
      case Shape::TriangleDown: {
        const float h = s * 1.35f, k = shape == Shape::TriangleUp ? 1.0f : -1.0f;
        const ImVec2 q[3] = {
            {c.x, c.y - h * k}, {c.x + h * 0.87f, c.y + h * 0.5f * k}, {c.x - h * 0.87f, c.y + h * 0.5f * k}};
        if (filled) d->AddConvexPolyFilled(q, 3, col);
        else d->AddPolyline(q, 3, col, ImDrawFlags_Closed, thickness);
        return;
      }
    }
  };
  if (ring) draw_shape(r + 2.0f, white, true, 0.0f);
  else if (shape != Shape::Circle) draw_shape(r + 1.0f, white, true, 0.0f);
  draw_shape(r, colour, true, 0.0f);
  if (ring) draw_shape(r + 2.0f, dark, false, 1.5f);
}

void marker(const Plot& p, double x, double y, float radius, ImU32 colour, Shape shape, bool ring) {
  if (!finite(x) || !finite(y)) return;
  marker(p.draw, p.to_screen(x, y), radius, colour, shape, ring);
}

void focus_ring(ImDrawList* d, ImVec2 min, ImVec2 max) {
  d->AddRect(ImVec2(min.x - 1.5f, min.y - 1.5f), ImVec2(max.x + 1.5f, max.y + 1.5f), IM_COL32(31, 95, 168, 255), 3.0f,
             0, 3.0f);
}

void points(const Plot& p, std::span<const double> xs, std::span<const double> ys, ImU32 colour, float radius) {
  const std::size_t n = std::min(xs.size(), ys.size());
  for (std::size_t i = 0; i < n; ++i) point(p, xs[i], ys[i], colour, radius);
}

void line(const Plot& p, std::span<const double> xs, std::span<const double> ys, ImU32 colour, float thickness) {
  const std::size_t n = std::min(xs.size(), ys.size());
  std::vector<ImVec2> run;
  auto flush = [&] {
    if (run.size() >= 2)
      p.draw->AddPolyline(run.data(), static_cast<int>(run.size()), colour, ImDrawFlags_None, thickness);
    run.clear();
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!finite(xs[i]) || !finite(ys[i])) {
      flush();  // a gap, not a line across missing data
      continue;
    }
    run.push_back(p.to_screen(xs[i], ys[i]));
  }
  flush();
}

void dashed_line(const Plot& p, std::span<const double> xs, std::span<const double> ys, ImU32 colour, float thickness) {
  const std::size_t n = std::min(xs.size(), ys.size());
  constexpr float kDash = 6.0f, kGap = 4.0f;
  for (std::size_t i = 1; i < n; ++i) {
    if (!finite(xs[i - 1]) || !finite(ys[i - 1]) || !finite(xs[i]) || !finite(ys[i])) continue;
    const ImVec2 a = p.to_screen(xs[i - 1], ys[i - 1]), b = p.to_screen(xs[i], ys[i]);
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len <= 0.0f) continue;
    for (float t = 0.0f; t < len; t += kDash + kGap) {
      const float e = std::min(t + kDash, len);
      p.draw->AddLine(ImVec2(a.x + (b.x - a.x) * t / len, a.y + (b.y - a.y) * t / len),
                      ImVec2(a.x + (b.x - a.x) * e / len, a.y + (b.y - a.y) * e / len), colour, thickness);
    }
  }
}

namespace {

PlotLabel& add_label(Plot& p, const char* text, ImU32 colour, int priority) {
  PlotLabel& l = p.labels.emplace_back();
  l.text = text;
  l.colour = colour;
  l.priority = priority;
  const ImVec2 ts = ImGui::CalcTextSize(text);
  l.size = ImVec2(ts.x + 2.0f * kLabelPad, ts.y);
  return l;
}

}  // namespace

void hline(Plot& p, double y, ImU32 colour, float thickness, const char* text, int priority) {
  if (!finite(y)) return;
  const float sy = static_cast<float>(p.y_to_screen(y));
  p.draw->AddLine(ImVec2(p.area_min.x, sy), ImVec2(p.area_max.x, sy), colour, thickness);
  if (!text) return;
  PlotLabel& l = add_label(p, text, colour, priority);
  const float above = sy - l.size.y - 1.0f, below = sy + 1.0f;
  const float right = p.area_max.x - l.size.x - 2.0f, left = p.area_min.x + 2.0f;
  l.candidates = {{right, above}, {right, below}, {left, above}, {left, below}};
  // Then anywhere along the line, from right to left, when both ends are taken; last a line
  // further off (in the line's colour it still reads as the line's), clear of a point on it.
  for (const float off : {0.0f, l.size.y}) {
    for (int k = off > 0.0f ? 0 : 1; k <= 8; ++k) {
      const float x = right + (left - right) * static_cast<float>(k) / 8.0f;
      l.candidates.push_back({x, above - off});
      l.candidates.push_back({x, below + off});
    }
  }
}

void vline(Plot& p, double x, ImU32 colour, float thickness, const char* text, int priority) {
  if (!finite(x)) return;
  const float sx = static_cast<float>(p.x_to_screen(x));
  p.draw->AddLine(ImVec2(sx, p.area_min.y), ImVec2(sx, p.area_max.y), colour, thickness);
  if (!text) return;
  PlotLabel& l = add_label(p, text, colour, priority);
  const float right = sx + 2.0f, left = sx - 2.0f - l.size.x;
  const float top = p.area_min.y + 2.0f, bottom = p.area_max.y - l.size.y - 2.0f;
  l.candidates = {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
  // Then anywhere along the line, from top to bottom, when both ends are taken.
  for (int k = 1; k < 8; ++k) {
    const float y = top + (bottom - top) * static_cast<float>(k) / 8.0f;
    l.candidates.push_back({right, y});
    l.candidates.push_back({left, y});
  }
}

void band(const Plot& p, std::span<const double> xs, std::span<const double> lower, std::span<const double> upper,
          ImU32 colour) {
  const std::size_t n = std::min({xs.size(), lower.size(), upper.size()});
  for (std::size_t i = 1; i < n; ++i) {
    if (!finite(lower[i - 1]) || !finite(upper[i - 1]) || !finite(lower[i]) || !finite(upper[i])) continue;
    const ImVec2 a = p.to_screen(xs[i - 1], upper[i - 1]), b = p.to_screen(xs[i], upper[i]);
    const ImVec2 c = p.to_screen(xs[i], lower[i]), d = p.to_screen(xs[i - 1], lower[i - 1]);
    p.draw->AddQuadFilled(a, b, c, d, colour);
  }
}

void label(Plot& p, double x, double y, const char* text, ImU32 colour, bool, int priority) {
  if (!finite(x) || !finite(y)) return;
  const ImVec2 c = p.to_screen(x, y);
  constexpr float kGap = 8.0f;  // from the point's centre: clear of a highlighted dot
  PlotLabel& l = add_label(p, text, colour, priority);
  l.has_point = true;
  l.point = {ImVec2(c.x - kGap + 2.0f, c.y - kGap + 2.0f), ImVec2(c.x + kGap - 2.0f, c.y + kGap - 2.0f)};
  const ImVec2 s = l.size;
  // Beside the point the label may slide up or down to stay in the plot; above or below it,
  // sideways.
  const float mid_y = std::clamp(c.y - s.y * 0.5f, p.area_min.y, p.area_max.y - s.y);
  const float mid_x = std::clamp(c.x - s.x * 0.5f, p.area_min.x, p.area_max.x - s.x);
  const float right = c.x + kGap, left = c.x - kGap - s.x, above = c.y - kGap - s.y, below = c.y + kGap;
  l.candidates = {{right, mid_y}, {left, mid_y},  {mid_x, above}, {mid_x, below},
                  {right, above}, {right, below}, {left, above},  {left, below}};
}

int place_label(Box area, std::span<const ImVec2> candidates, ImVec2 size, std::span<const Box> taken, float gap) {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const ImVec2 a = candidates[i], b(a.x + size.x, a.y + size.y);
    if (a.x < area.min.x - 0.01f || a.y < area.min.y - 0.01f || b.x > area.max.x + 0.01f || b.y > area.max.y + 0.01f)
      continue;
    bool free = true;
    for (const Box& t : taken) {
      if (a.x < t.max.x + gap && t.min.x < b.x + gap && a.y < t.max.y + gap && t.min.y < b.y + gap) {
        free = false;
        break;
      }
    }
    if (free) return static_cast<int>(i);
  }
  return -1;
}

int nearest_point(const Plot& p, std::span<const double> xs, std::span<const double> ys, float max_px) {
  if (!p.hovered) return -1;
  int best = -1;
  float best_d2 = max_px * max_px;
  const std::size_t n = std::min(xs.size(), ys.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (!finite(xs[i]) || !finite(ys[i])) continue;
    const ImVec2 c = p.to_screen(xs[i], ys[i]);
    const float d2 = (c.x - p.mouse.x) * (c.x - p.mouse.x) + (c.y - p.mouse.y) * (c.y - p.mouse.y);
    if (d2 <= best_d2) {
      best_d2 = d2;
      best = static_cast<int>(i);
    }
  }
  return best;
}

void strip(ImDrawList* d, ImVec2 min, ImVec2 max, const Strip& s) {
  const float mid = (min.y + max.y) * 0.5f;
  auto sx = [&](double x) {
    const double t = s.hi > s.lo ? (x - s.lo) / (s.hi - s.lo) : 0.5;
    return min.x + static_cast<float>(std::clamp(t, 0.0, 1.0)) * (max.x - min.x);
  };
  d->AddLine(ImVec2(min.x, mid), ImVec2(max.x, mid), IM_COL32(230, 230, 225, 255), 1.0f);
  if (finite(s.min) && finite(s.max))
    d->AddRectFilled(ImVec2(sx(s.min), mid - 2.0f), ImVec2(sx(s.max), mid + 2.0f), IM_COL32(205, 205, 200, 255));
  if (finite(s.q1) && finite(s.q3))
    d->AddRectFilled(ImVec2(sx(s.q1), mid - 6.0f), ImVec2(sx(s.q3), mid + 6.0f), IM_COL32(170, 190, 215, 255), 2.0f);
  if (finite(s.median))
    d->AddLine(ImVec2(sx(s.median), mid - 9.0f), ImVec2(sx(s.median), mid + 9.0f), IM_COL32(29, 29, 27, 255), 2.0f);
  if (finite(s.value)) {
    const ImVec2 c(sx(s.value), mid);
    d->AddCircleFilled(c, 7.0f, IM_COL32(255, 255, 255, 255), 16);
    marker(d, c, 5.5f, s.value_colour, s.value_shape);
  }
}

void beeswarm(std::span<const float> screen_x, float radius, std::span<float> offsets) {
  // Greedy: each dot takes the lowest free slot (0, +1, -1, +2, -2 ...) where it overlaps no dot
  // already placed. Quadratic in the worst case; 352 dots take well under a millisecond.
  const float diameter = 2.0f * radius;
  const std::size_t n = std::min(screen_x.size(), offsets.size());
  for (std::size_t i = 0; i < n; ++i) {
    for (int k = 0;; ++k) {
      const float slot = static_cast<float>((k + 1) / 2) * ((k % 2) ? 1.0f : -1.0f);
      bool free = true;
      for (std::size_t j = 0; j < i && free; ++j) {
        const float dx = screen_x[i] - screen_x[j];
        const float dy = (slot - offsets[j]) * diameter;
        if (dx * dx + dy * dy < diameter * diameter * 0.9f) free = false;
      }
      if (free) {
        offsets[i] = slot;
        break;
      }
    }
  }
}

}  // namespace jv::chart
