// "Kaart": a choropleth of all gemeenten in the 2025 boundaries, the jeugdregio outlines on top,
// the chosen gemeente and its comparison group outlined. Hover for the figure, click to choose,
// wheel or the +/− buttons to zoom, drag to pan.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/chart.h"
#include "app/chart_access.h"
#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/scale.h"
#include "core/stats.h"
#include "data/embedded_data.h"
#include "imgui.h"
#include "imgui_internal.h"  // SetItemKeyOwner: the map, not the page, takes the mouse wheel

namespace jv::app {

// RD metres -> screen (CSS px) for a map drawn in the canvas rectangle [canvas_min, canvas_max]
// with the view in `m` (zoom, centre). Not in a header: the map's tests use it to aim clicks.
ImVec2 map_rd_to_screen(const MapState& m, ImVec2 canvas_min, ImVec2 canvas_max, geo::Point p);
geo::Point map_screen_to_rd(const MapState& m, ImVec2 canvas_min, ImVec2 canvas_max, ImVec2 s);

namespace {

constexpr float kMaxZoom = 48.0f;
constexpr ImU32 kRegionLine = IM_COL32(40, 40, 40, 235);
constexpr ImU32 kGemeenteLine = IM_COL32(255, 255, 255, 210);
constexpr ImU32 kHoverLine = IM_COL32(29, 29, 27, 255);
constexpr ImU32 kCanvasBg = IM_COL32(236, 242, 247, 255);  // water and abroad: a pale blue-grey

// The view's geometry: RD metres at the canvas centre, pixels per metre.
struct Transform {
  ImVec2 mid;
  float scale = 1.0f;
  geo::Point centre;
  ImVec2 to_screen(geo::Point p) const {
    return ImVec2(mid.x + (p.x - centre.x) * scale, mid.y - (p.y - centre.y) * scale);  // RD y grows north
  }
  geo::Point to_rd(ImVec2 s) const { return {centre.x + (s.x - mid.x) / scale, centre.y - (s.y - mid.y) / scale}; }
};

geo::Point box_centre(const geo::Box& b) { return {(b.min_x + b.max_x) * 0.5f, (b.min_y + b.max_y) * 0.5f}; }

Transform make_transform(const MapState& m, ImVec2 cmin, ImVec2 cmax) {
  const geo::Box& b = m.map.gemeenten.bounds;
  const float bw = std::max(b.max_x - b.min_x, 1.0f), bh = std::max(b.max_y - b.min_y, 1.0f);
  const float w = cmax.x - cmin.x, h = cmax.y - cmin.y;
  Transform t;
  t.mid = ImVec2((cmin.x + cmax.x) * 0.5f, (cmin.y + cmax.y) * 0.5f);
  t.scale = 0.96f * std::min(w / bw, h / bh) * m.zoom;
  t.centre = m.centre_set ? m.centre : box_centre(b);
  return t;
}

void ensure_loaded(AppState& app) {
  MapState& m = app.map;
  if (m.loaded || !m.error.empty()) return;
  const auto bytes = embedded_map(2025);
  if (bytes.empty()) {
    m.error = tr("De kaart met de gemeentegrenzen van 2025 ontbreekt in deze versie.");
    return;
  }
  geo::Map map;
  if (!geo::read_map(bytes, map, m.error)) return;
  m.map = std::move(map);
  m.mesh = geo::triangulate_layer(m.map.gemeenten);
  m.shape_gemeente.clear();
  for (const geo::Shape& s : m.map.gemeenten.shapes) m.shape_gemeente.push_back(app.model.store.data.find_code(s.code));
  m.loaded = true;
}

// Loads the map when needed; false, with the reason drawn, when it cannot be shown.
bool map_ready(AppState& app) {
  ensure_loaded(app);
  const MapState& m = app.map;
  if (m.loaded && !app.model.store.data.gemeenten.empty()) return true;
  text_wrapped(tr("De kaart kan niet worden getoond. %s"),
               m.error.empty() ? app.model.data_error.c_str() : m.error.c_str());
  return false;
}

void reset_view(MapState& m) {
  m.zoom = 1.0f;
  m.centre = box_centre(m.map.gemeenten.bounds);
  m.centre_set = true;
}

void clamp_centre(MapState& m) {
  const geo::Box& b = m.map.gemeenten.bounds;
  m.centre.x = std::clamp(m.centre.x, b.min_x, b.max_x);
  m.centre.y = std::clamp(m.centre.y, b.min_y, b.max_y);
}

// Zooms by `factor` keeping the RD point under `anchor` (screen) where it is.
void zoom_at(MapState& m, ImVec2 cmin, ImVec2 cmax, ImVec2 anchor, float factor) {
  const Transform before = make_transform(m, cmin, cmax);
  const geo::Point fixed = before.to_rd(anchor);
  m.zoom = std::clamp(m.zoom * factor, 1.0f, kMaxZoom);
  m.centre_set = true;
  const Transform after = make_transform(m, cmin, cmax);
  m.centre = {fixed.x - (anchor.x - after.mid.x) / after.scale, fixed.y + (anchor.y - after.mid.y) / after.scale};
  clamp_centre(m);
}

// A legend entry: a swatch, what it covers, how many gemeenten.
struct LegendClass {
  ImU32 colour = 0;
  std::string label;
  int count = 0;
};

struct Colouring {
  std::vector<ImU32> by_gemeente;  // per gemeente index in data2025
  std::vector<LegendClass> classes;
  int missing = 0;
  std::string title, subtitle;
};

std::string range_label(const IndicatorMeta& meta, double lo, double hi) {
  return figure(meta, lo) + " \xE2\x80\x93 " + figure(meta, hi);  // en dash
}

Colouring colour_quantiles(const IndicatorMeta& meta, const std::vector<double>& values) {
  Colouring c;
  c.title = tr("Kwintielen: vijf klassen met elk ongeveer evenveel gemeenten");
  c.by_gemeente.assign(values.size(), theme::kNoData);
  const std::vector<double> breaks = quantile_breaks(values, 5);
  if (breaks.empty()) return c;
  const int n = static_cast<int>(breaks.size());
  double lo = breaks.front();
  for (const double v : values) {
    if (!std::isnan(v)) lo = std::min(lo, v);
  }
  for (int i = 0; i < n; ++i) {
    // Fewer distinct values than classes: spread the colours that remain over the scale.
    const int shade = n == 1 ? 2 : static_cast<int>(std::lround(i * 4.0 / (n - 1)));
    LegendClass lc;
    lc.colour = theme::kSequential[shade];
    lc.label =
        range_label(meta, i == 0 ? lo : breaks[static_cast<std::size_t>(i - 1)], breaks[static_cast<std::size_t>(i)]);
    c.classes.push_back(lc);
  }
  for (std::size_t g = 0; g < values.size(); ++g) {
    const int k = class_of(breaks, values[g]);
    if (k < 0) {
      ++c.missing;
      continue;
    }
    c.by_gemeente[g] = c.classes[static_cast<std::size_t>(k)].colour;
    ++c.classes[static_cast<std::size_t>(k)].count;
  }
  return c;
}

Colouring colour_diverging(const IndicatorMeta& meta, const std::vector<double>& values, const Group& group) {
  Colouring c;
  c.by_gemeente.assign(values.size(), theme::kNoData);
  std::vector<double> member_values;
  for (const int m : group.members) member_values.push_back(values[static_cast<std::size_t>(m)]);
  const bool whole_country = group.members.empty();
  const double median =
      stats::median(whole_country ? std::span<const double>(values) : std::span<const double>(member_values));
  c.title = trf("Afwijking van de mediaan van {1}",
                {whole_country ? std::string(tr("Nederland (alle gemeenten)")) : group.name});
  if (std::isnan(median)) {
    c.subtitle = tr("De groep heeft voor deze indicator geen cijfers.");
    for (const double v : values) c.missing += std::isnan(v) ? 1 : 0;
    return c;
  }
  c.subtitle = trf("Mediaan: {1}. Blauw is lager, rood is hoger; de kleur zegt niets over beter of slechter.",
                   {figure(meta, median)});
  const Diverging scale = diverging_scale(values, median);
  const double step = scale.half_range / 3.0;  // seven classes: -3 .. 3 steps around the median
  for (int k = 0; k < 7; ++k) {
    LegendClass lc;
    lc.colour = theme::kDiverging[k];
    const double lo = median + (k - 3.5) * step, hi = median + (k - 2.5) * step;
    if (k == 0) lc.label = trf("lager dan {1}", {figure(meta, hi)});
    else if (k == 6) lc.label = trf("hoger dan {1}", {figure(meta, lo)});
    else if (k == 3) lc.label = trf("rond de mediaan: {1}", {range_label(meta, lo, hi)});
    else lc.label = range_label(meta, lo, hi);
    c.classes.push_back(lc);
  }
  for (std::size_t g = 0; g < values.size(); ++g) {
    if (std::isnan(values[g])) {
      ++c.missing;
      continue;
    }
    const int k = std::clamp(static_cast<int>(std::lround(scale.position(values[g]) * 3.0)) + 3, 0, 6);
    c.by_gemeente[g] = c.classes[static_cast<std::size_t>(k)].colour;
    ++c.classes[static_cast<std::size_t>(k)].count;
  }
  return c;
}

// The screen points of one ring, leaving out points within half a pixel of the last one kept:
// at the country's scale most of a border's points fall in the same pixel.
void ring_to_screen(const geo::Layer& layer, const geo::Ring& ring, const Transform& t, std::vector<ImVec2>& out) {
  out.clear();
  const std::span<const geo::Point> pts = geo::ring_points(layer, ring);
  for (const geo::Point& p : pts) {
    const ImVec2 s = t.to_screen(p);
    if (!out.empty()) {
      const float dx = s.x - out.back().x, dy = s.y - out.back().y;
      if (dx * dx + dy * dy < 0.36f) continue;
    }
    out.push_back(s);
  }
}

bool box_visible(const geo::Box& b, const Transform& t, ImVec2 cmin, ImVec2 cmax) {
  const ImVec2 a = t.to_screen({b.min_x, b.max_y}), z = t.to_screen({b.max_x, b.min_y});
  return z.x >= cmin.x && a.x <= cmax.x && z.y >= cmin.y && a.y <= cmax.y;
}

void outline_shape(ImDrawList* draw, const geo::Layer& layer, std::size_t shape, const Transform& t, ImVec2 cmin,
                   ImVec2 cmax, ImU32 colour, float thickness, std::vector<ImVec2>& scratch) {
  const geo::Shape& s = layer.shapes[shape];
  if (!box_visible(s.bounds, t, cmin, cmax)) return;
  for (const geo::Ring& ring : geo::shape_rings(layer, s)) {
    ring_to_screen(layer, ring, t, scratch);
    if (scratch.size() >= 3)
      draw->AddPolyline(scratch.data(), static_cast<int>(scratch.size()), colour, ImDrawFlags_Closed, thickness);
  }
}

// Every gemeente's triangles in one batch of vertices and indices.
void fill_gemeenten(ImDrawList* draw, const MapState& m, const std::vector<ImU32>& shape_colour, const Transform& t,
                    ImVec2 cmin, ImVec2 cmax) {
  const geo::Layer& layer = m.map.gemeenten;
  std::size_t vtx = 0, idx = 0;
  std::vector<char> visible(layer.shapes.size(), 0);
  for (std::size_t i = 0; i < layer.shapes.size(); ++i) {
    const geo::Shape& s = layer.shapes[i];
    if (s.ring_count == 0 || !box_visible(s.bounds, t, cmin, cmax)) continue;
    visible[i] = 1;
    const geo::Ring& first = layer.rings[s.first_ring];
    const geo::Ring& last = layer.rings[s.first_ring + s.ring_count - 1];
    vtx += last.first + last.count - first.first;
    idx += m.mesh.shapes[i].count;
  }
  if (idx == 0) return;
  draw->PrimReserve(static_cast<int>(idx), static_cast<int>(vtx));
  const ImVec2 uv = draw->_Data->TexUvWhitePixel;
  for (std::size_t i = 0; i < layer.shapes.size(); ++i) {
    if (!visible[i]) continue;
    const geo::Shape& s = layer.shapes[i];
    const geo::Ring& first = layer.rings[s.first_ring];
    const geo::Ring& last = layer.rings[s.first_ring + s.ring_count - 1];
    const uint32_t p0 = first.first, p1 = last.first + last.count;
    const auto base = static_cast<ImDrawIdx>(draw->_VtxCurrentIdx);
    const ImU32 colour = shape_colour[i];
    for (uint32_t p = p0; p < p1; ++p) draw->PrimWriteVtx(t.to_screen(layer.points[p]), uv, colour);
    const geo::IndexRange r = m.mesh.shapes[i];
    for (uint32_t k = r.first; k < r.first + r.count; ++k) {
      draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + (m.mesh.indices[k] - p0)));
    }
  }
}

std::string gemeente_label(const Model& model, int g) {
  return g >= 0 ? model.store.data.gemeenten[static_cast<std::size_t>(g)].name : std::string();
}

void legend(AppState& app, const IndicatorMeta& meta, const Colouring& c, const Group& group, double own_value,
            float width, bool phone, bool slide) {
  ImGui::BeginGroup();
  push_wrap(ImGui::GetCursorPosX() + width);
  // On a slide the name stays in the slide's chart type (the body's bold would be a third its size).
  if (!slide) ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped("%s", tr(meta.name));
  if (!slide) ImGui::PopFont();
  if (app.view.gemeente >= 0) {
    const std::string own = gemeente_label(app.model, app.view.gemeente) + ": " +
                            (std::isnan(own_value) ? std::string(tr("geen gegevens")) : figure(meta, own_value));
    text_wrapped("%s", own.c_str());
  }
  ImGui::Spacing();
  text_wrapped("%s", c.title.c_str());
  if (!c.subtitle.empty()) { muted(c.subtitle); }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float swatch = 18.0f;
  auto row = [&](ImU32 fill, ImU32 line, float line_w, const std::string& text) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 a(p.x, p.y + (h - swatch * 0.7f) * 0.5f), b(p.x + swatch * 1.4f, a.y + swatch * 0.7f);
    draw->AddRectFilled(a, b, fill);
    draw->AddRect(a, b, line, 0.0f, 0, line_w);
    ImGui::SetCursorScreenPos(ImVec2(p.x + swatch * 1.4f + 8.0f, p.y));
    push_wrap(ImGui::GetCursorPosX() + width - swatch * 1.4f - 8.0f);
    text_wrapped("%s", text.c_str());
    pop_wrap();
    ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
  };
  for (const LegendClass& lc : c.classes) {
    row(lc.colour, IM_COL32(0, 0, 0, 60), 1.0f,
        lc.label + "  (" + std::to_string(lc.count) + (lc.count == 1 ? tr(" gemeente)") : tr(" gemeenten)")));
  }
  if (c.missing > 0) {
    row(theme::kNoData, IM_COL32(0, 0, 0, 60), 1.0f,
        c.missing == 1 ? std::string(tr("geen gegevens  (1 gemeente)"))
                       : trf("geen gegevens  ({1} gemeenten)", {std::to_string(c.missing)}));
  }
  ImGui::Spacing();
  if (app.view.gemeente >= 0) {
    row(IM_COL32(255, 255, 255, 0), theme::kChosen, 3.0f,
        trf("{1} (gekozen)", {gemeente_label(app.model, app.view.gemeente)}));
    if (group.kind != GroupKind::Nederland && !group.members.empty())
      row(IM_COL32(255, 255, 255, 0), theme::kGroup, 2.0f, group.name);
  }
  row(IM_COL32(255, 255, 255, 0), kRegionLine, 1.5f, tr("Grens van een jeugdregio"));
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped(tr("Bron: %s, %s. Gemeentegrenzen 2025 (CBS/PDOK)."), tr(meta.source), tr(meta.period));
  if (!slide) {
    ImGui::Spacing();
    text_wrapped(
        "%s",
        phone ? tr("Tik op een gemeente om haar te kiezen. Zoom met + en \xE2\x88\x92; houd vast en sleep om te "
                   "verschuiven.")
              : tr("Klik op een gemeente om haar te kiezen. Zoom met het muiswiel of + en \xE2\x88\x92; sleep om te "
                   "verschuiven."));
  }
  ImGui::PopStyleColor();
  pop_wrap();
  ImGui::EndGroup();
  test_hook_item(app.frame.test_hook, "map.legend");
}

// The map and its legend (beside it when `column` is wide enough, else under it), the map at most
// `room_h` high; `zoom` (1: none) from the zoom buttons; `as_table`: the figures as a table instead
// ("Grafiek | Tabel"). `slide`: for a presentation slide, where the map only shows (no hover,
// click, drag or keys) and the legend leaves out how to use it.
void map_figure(AppState& app, float column, float room_h, bool phone, float zoom, bool as_table, bool slide) {
  const IndicatorMeta& meta = app.model.store.data.variables[static_cast<std::size_t>(app.view.indicator)];
  // Sizes: beside each other on a desktop, legend under the map on a phone.
  MapState& m = app.map;
  const bool beside = column >= 760.0f;
  // On a slide the legend is in the slide's larger type: give it a third of the width.
  const float legend_w = !beside ? column : slide ? std::max(300.0f, column * 0.34f) : 300.0f;
  ImVec2 size;
  if (beside) {
    size.y = slide ? room_h : std::clamp(room_h, 380.0f, 900.0f);
    // As wide as the country needs at this height, no wider: the legend stands right beside it.
    const geo::Box& b = app.map.map.gemeenten.bounds;
    const float aspect = (b.max_x - b.min_x) / std::max(b.max_y - b.min_y, 1.0f);
    size.x = std::min(column - legend_w - 24.0f, size.y * aspect + 24.0f);
  } else {
    size.x = column;
    const geo::Box& b = app.map.map.gemeenten.bounds;
    const float aspect = (b.max_x - b.min_x) / std::max(b.max_y - b.min_y, 1.0f);
    size.y = std::clamp(column / aspect + 12.0f, 280.0f, 620.0f);
    // Never taller than the view's visible height (a phone held sideways, 200 % zoom): the whole
    // country can be scrolled into sight, and the page still scrolls beside a map that cannot fill it.
    if (!slide) size.y = std::min(size.y, std::max(200.0f, ImGui::GetWindowHeight() - 24.0f));
  }
  const ImVec2 cmin = ImGui::GetCursorScreenPos();
  const ImVec2 cmax(cmin.x + size.x, cmin.y + size.y);

  // Values and colours for this frame.
  const std::size_t n = app.model.store.data.gemeenten.size();
  std::vector<double> values(n);
  for (std::size_t g = 0; g < n; ++g) values[g] = app.model.store.data.value(static_cast<int>(g), app.view.indicator);
  const Group group = app_group_for(app, app.view.indicator);
  // A negative amount is a correction, not spending: it sets no class and takes none (compare.h).
  std::vector<double> classed = values;
  for (double& x : classed) {
    if (is_correction(meta, x)) x = kNaN;
  }
  const Colouring colouring = m.diverging ? colour_diverging(meta, classed, group) : colour_quantiles(meta, classed);
  // The figures the table lists and the keyboard visits: the core's comparison of every gemeente
  // with a value, as the colours show them.
  const std::vector<Comparison> rows = compare_each(app.model.store.bench, app.view.indicator, group);
  const std::vector<std::size_t> by_value = explore_order(app.model.store.data, rows, ExploreOrder::Value);
  const std::vector<std::size_t> by_name = explore_order(app.model.store.data, rows, ExploreOrder::Name);
  if (as_table) {
    // The map's colour class in words beside each figure: what the colour says, said in text.
    ChartTable table = comparison_table(app, "kaart", meta, rows, by_value);
    table.headers.push_back(tr("Klasse op de kaart"));
    for (ChartTable::Row& r : table.rows) {
      const ImU32 colour = colouring.by_gemeente[static_cast<std::size_t>(r.gemeente)];
      std::string label;
      for (const LegendClass& lc : colouring.classes) {
        if (lc.colour == colour) label = lc.label;
      }
      r.cells.push_back(label);
    }
    muted(colouring.title);
    draw_chart_table(app, table, column);
    return;
  }

  // Interaction.
  // Enter on the focused map presses the button too: only a mouse press picks the gemeente under
  // the mouse; the keyboard's Enter chooses its highlight (explore_keys).
  // A slide is for looking only: no hover, click, drag or keys.
  const bool pressed = ImGui::InvisibleButton("##map", size, ImGuiButtonFlags_MouseButtonLeft) &&
                       ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !slide;
  test_hook_item(app.frame.test_hook, "map.canvas");
  const Explored keys = slide ? Explored{} : explore_keys(app, "kaart", rows, by_value, &by_name);
  const bool hovered = ImGui::IsItemHovered() && !slide;
  const bool active = ImGui::IsItemActive() && !slide;
  if (!phone) ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
  const ImGuiIO& io = ImGui::GetIO();
  const float drag_sq = io.MouseDragMaxDistanceSqr[0];
  const float threshold = io.MouseDragThreshold;
  if (active && drag_sq > threshold * threshold && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
    const Transform t = make_transform(m, cmin, cmax);
    m.centre.x -= io.MouseDelta.x / t.scale;
    m.centre.y += io.MouseDelta.y / t.scale;
    m.centre_set = true;
    clamp_centre(m);
  }
  if (hovered && !phone && io.MouseWheel != 0.0f) zoom_at(m, cmin, cmax, io.MousePos, std::pow(1.25f, io.MouseWheel));
  const ImVec2 mid((cmin.x + cmax.x) * 0.5f, (cmin.y + cmax.y) * 0.5f);
  if (zoom != 1.0f) zoom_at(m, cmin, cmax, mid, zoom);
  const Transform t = make_transform(m, cmin, cmax);

  int hovered_shape = -1;
  m.hovered = -1;
  if (hovered || pressed) {
    hovered_shape = geo::shape_at(m.map.gemeenten, t.to_rd(io.MousePos));
    if (hovered_shape >= 0) m.hovered = m.shape_gemeente[static_cast<std::size_t>(hovered_shape)];
  }
  if (pressed && drag_sq <= threshold * threshold && m.hovered >= 0) app_select_gemeente(app, m.hovered);

  // Drawing, clipped to the canvas.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(cmin, cmax, true);
  draw->AddRectFilled(cmin, cmax, kCanvasBg);
  const geo::Layer& gl = m.map.gemeenten;
  std::vector<ImU32> shape_colour(gl.shapes.size(), theme::kNoData);
  for (std::size_t i = 0; i < gl.shapes.size(); ++i) {
    const int g = m.shape_gemeente[i];
    if (g >= 0) shape_colour[i] = colouring.by_gemeente[static_cast<std::size_t>(g)];
  }
  fill_gemeenten(draw, m, shape_colour, t, cmin, cmax);
  std::vector<ImVec2> scratch;
  scratch.reserve(512);
  const float thin = m.zoom < 2.0f && size.x < 700.0f ? 0.5f : 0.8f;
  for (std::size_t i = 0; i < gl.shapes.size(); ++i)
    outline_shape(draw, gl, i, t, cmin, cmax, kGemeenteLine, thin, scratch);
  const geo::Layer& rl = m.map.jeugdregios;
  for (std::size_t i = 0; i < rl.shapes.size(); ++i)
    outline_shape(draw, rl, i, t, cmin, cmax, kRegionLine, 1.4f, scratch);
  if (group.kind != GroupKind::Nederland) {
    for (std::size_t i = 0; i < gl.shapes.size(); ++i) {
      const int g = m.shape_gemeente[i];
      if (g >= 0 && g != app.view.gemeente && std::binary_search(group.members.begin(), group.members.end(), g)) {
        outline_shape(draw, gl, i, t, cmin, cmax, theme::kGroup, 2.2f, scratch);
      }
    }
  }
  if (hovered_shape >= 0)
    outline_shape(draw, gl, static_cast<std::size_t>(hovered_shape), t, cmin, cmax, kHoverLine, 2.0f, scratch);
  // The keyboard's highlight: a thick outline in white and the accent blue, over every colour.
  ImVec2 highlight_at = mid;
  for (std::size_t i = 0; i < gl.shapes.size() && keys.gemeente >= 0; ++i) {
    if (m.shape_gemeente[i] != keys.gemeente) continue;
    outline_shape(draw, gl, i, t, cmin, cmax, IM_COL32(255, 255, 255, 255), 5.0f, scratch);
    outline_shape(draw, gl, i, t, cmin, cmax, theme::kAccent, 3.0f, scratch);
    const geo::Box& b = gl.shapes[i].bounds;
    const ImVec2 a = t.to_screen({b.min_x, b.max_y}), z = t.to_screen({b.max_x, b.min_y});
    highlight_at = ImVec2(std::clamp((a.x + z.x) * 0.5f, cmin.x, cmax.x), std::clamp(z.y, cmin.y, cmax.y));
    test_hook_rect(app.frame.test_hook, "map.highlight", a, z);
  }
  for (std::size_t i = 0; i < gl.shapes.size(); ++i) {
    if (app.view.gemeente < 0 || m.shape_gemeente[i] != app.view.gemeente) continue;
    outline_shape(draw, gl, i, t, cmin, cmax, theme::kChosen, 3.0f, scratch);
    // Where the chosen gemeente lies on screen, for tests (clipped to the canvas).
    const geo::Box& b = gl.shapes[i].bounds;
    const ImVec2 a = t.to_screen({b.min_x, b.max_y}), z = t.to_screen({b.max_x, b.min_y});
    test_hook_rect(app.frame.test_hook, "map.chosen", ImVec2(std::max(a.x, cmin.x), std::max(a.y, cmin.y)),
                   ImVec2(std::min(z.x, cmax.x), std::min(z.y, cmax.y)));
  }
  draw->PopClipRect();
  draw->AddRect(cmin, cmax, theme::kBorder);
  if (!slide) {
    const auto row =
        std::find_if(rows.begin(), rows.end(), [&](const Comparison& c) { return c.gemeente == keys.gemeente; });
    explore_show(app, keys, cmin, cmax, highlight_at,
                 row == rows.end() ? Tooltip{} : gemeente_readout(app, *row, meta));
  }

  // The tooltip: the gemeente, its figure, its jeugdregio (on a phone: a tap shows it).
  if (Tooltip* tip = area_tooltip(hovered && !active && hovered_shape >= 0)) {
    const auto row =
        std::find_if(rows.begin(), rows.end(), [&](const Comparison& c) { return c.gemeente == m.hovered; });
    if (m.hovered >= 0 && row != rows.end()) {
      // What the keyboard's readout says, so a mouse and a screen reader hear the same.
      *tip = gemeente_readout(app, *row, meta);
      tip->muted(m.hovered == app.view.gemeente ? tr("Gekozen gemeente") : tr("Klik om deze gemeente te kiezen"));
    } else if (m.hovered >= 0) {
      const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(m.hovered)];
      const double v = values[static_cast<std::size_t>(m.hovered)];
      tip->bold(g.name, app.platform.fonts.bold);
      tip->text(std::string(tr(meta.name)) + ": " +
                (std::isnan(v) ? std::string(tr("geen gegevens")) : format_value(meta, v, language())));
      if (g.jeugdregio >= 0)
        tip->text(
            trf("Jeugdregio {1}", {app.model.store.data.jeugdregios[static_cast<std::size_t>(g.jeugdregio)].name}));
      tip->muted(m.hovered == app.view.gemeente ? tr("Gekozen gemeente") : tr("Klik om deze gemeente te kiezen"));
    } else {
      tip->text(trf("{1} (geen gegevens)", {gl.shapes[static_cast<std::size_t>(hovered_shape)].name}));
    }
  }

  // The legend: beside the map on a desktop, under it on a phone.
  const double own_value = app.view.gemeente >= 0 ? values[static_cast<std::size_t>(app.view.gemeente)] : kNaN;
  if (beside) {
    ImGui::SetCursorScreenPos(ImVec2(cmax.x + 24.0f, cmin.y));
  } else {
    ImGui::Spacing();
  }
  legend(app, meta, colouring, group, own_value, legend_w, phone, slide);
  if (!phone && !slide) {
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 8.0f));
    push_wrap(ImGui::GetCursorPosX() + legend_w);
    explore_hint(tr("links en rechts van laagste naar hoogste waarde, omhoog en omlaag op alfabet"));
    pop_wrap();
  }
  const float bottom = std::max(cmax.y, ImGui::GetItemRectMax().y);
  ImGui::SetCursorScreenPos(ImVec2(cmin.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

ImVec2 map_rd_to_screen(const MapState& m, ImVec2 canvas_min, ImVec2 canvas_max, geo::Point p) {
  return make_transform(m, canvas_min, canvas_max).to_screen(p);
}

geo::Point map_screen_to_rd(const MapState& m, ImVec2 canvas_min, ImVec2 canvas_max, ImVec2 s) {
  return make_transform(m, canvas_min, canvas_max).to_rd(s);
}

void view_map(AppState& app) {
  const float column = begin_view("##map_scroll", 1400.0f);
  const float right = ImGui::GetCursorScreenPos().x + column;
  const bool phone = is_phone(column);

  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped(tr("Kaart"));
  ImGui::PopFont();

  // The gemeente and the group, on one row when there is room.
  const float search_w = std::min(column, 320.0f);
  gemeente_search(app, "map", search_w);
  if (column >= 1000.0f) {
    ImGui::SameLine(0.0f, 24.0f);
    group_chooser(app, right - ImGui::GetCursorScreenPos().x);
  } else {
    group_chooser(app, column);
  }

  if (!map_ready(app)) {
    end_view();
    return;
  }
  MapState& m = app.map;
  if (!m.centre_set) reset_view(m);

  // Which figure colours the map: any series of the store, in any of its periods.
  const std::vector<IndicatorMeta>& vars = app.model.store.data.variables;
  ImGui::AlignTextToFramePadding();
  text_wrapped_view(tr("Kleur naar:"));
  indicator_chooser(app, "map.indicator", column);
  const IndicatorMeta& meta = vars[static_cast<std::size_t>(app.view.indicator)];
  if (!meta.definition.empty()) tooltip("%s", tr(meta.definition));

  const char* kDivergingLabel = tr("Afwijking van de mediaan");
  same_line_if_fits(
      ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(kDivergingLabel).x, right);
  ImGui::Checkbox(kDivergingLabel, &m.diverging);
  test_hook_item(app.frame.test_hook, "map.diverging");
  tooltip(tr(
      "Uit: vijf klassen met elk ongeveer evenveel gemeenten.\nAan: hoe ver elke gemeente van de mediaan van de vergelijkingsgroep ligt."));

  // Zoom buttons: the wheel zooms on a desktop; on a phone a swipe must scroll the page.
  const float zoom_w = button_width("+") + button_width("\xE2\x88\x92") + button_width(tr("Hele land")) +
                       2.0f * ImGui::GetStyle().ItemSpacing.x;
  same_line_if_fits(zoom_w, right);
  bool zoom_in = ImGui::Button("+");
  test_hook_item(app.frame.test_hook, "map.zoom_in");
  ImGui::SameLine();
  bool zoom_out = ImGui::Button("\xE2\x88\x92");
  test_hook_item(app.frame.test_hook, "map.zoom_out");
  ImGui::SameLine();
  if (ImGui::Button(tr("Hele land"))) reset_view(m);
  test_hook_item(app.frame.test_hook, "map.reset");
  same_line_if_fits(button_width(tr("Grafiek")) + button_width(tr("Tabel")) + 16.0f, right);
  if (ImGui::GetCursorScreenPos().y == ImGui::GetItemRectMin().y) ImGui::SameLine(0.0f, 16.0f);
  const bool as_table = chart_table_switch(app, "map", right);
  same_line_if_fits(button_width(tr("Voeg toe aan presentatie")), right);
  add_slide_button(app);
  export_view_buttons(app, right, true);
  ImGui::Spacing();

  const float child_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
  map_figure(app, column, child_bottom - ImGui::GetCursorScreenPos().y - 16.0f, phone,
             zoom_in    ? 1.5f
             : zoom_out ? 1.0f / 1.5f
                        : 1.0f,
             as_table, false);
  end_view();
}

void map_slide(AppState& app, float width, float height) {
  if (!map_ready(app)) return;
  MapState& m = app.map;
  // The whole country on the slide, whatever the map view is zoomed to; that zoom comes back.
  const float zoom = m.zoom;
  const geo::Point centre = m.centre;
  const bool centre_set = m.centre_set;
  const int hovered = m.hovered;
  reset_view(m);
  map_figure(app, width, height, false, 1.0f, false, true);
  m.zoom = zoom;
  m.centre = centre;
  m.centre_set = centre_set;
  m.hovered = hovered;
}

void map_view_figure(AppState& app, float width) {
  if (!map_ready(app)) return;
  MapState& m = app.map;
  if (!m.centre_set) reset_view(m);
  // As a slide draws it (no hover, click or keys), at the view's zoom; the hovered gemeente is not
  // the picture's.
  const int hovered = m.hovered;
  m.hovered = -1;
  map_figure(app, width, 640.0f, false, 1.0f, false, true);
  m.hovered = hovered;
}

}  // namespace jv::app
