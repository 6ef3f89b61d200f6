#include "core/geometry.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "core/detail.h"

namespace jv::geo {

namespace {

// ----- small numeric helpers ------------------------------------------------------------------

double d(float v) { return static_cast<double>(v); }

// Twice the signed area of triangle (o, a, b): positive when o -> a -> b turns counter-clockwise.
// On grid points (whole metres below 2^24) every product is an integer below 2^53, so the result
// is exact and the triangulation's decisions (convex or not, inside or not) are never rounding
// noise.
double cross(double ox, double oy, double ax, double ay, double bx, double by) {
  return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

// Coordinates beyond this (10 000 km) are rejected: far outside any map, and it keeps grid values
// times the grid step exact in a float.
constexpr double kMaxMetres = 1e7;

}  // namespace

// ----- coordinates -----------------------------------------------------------------------------

void Box::expand(Point p) {
  min_x = std::min(min_x, p.x);
  min_y = std::min(min_y, p.y);
  max_x = std::max(max_x, p.x);
  max_y = std::max(max_y, p.y);
}

void Box::expand(const Box& other) {
  if (other.empty()) return;
  min_x = std::min(min_x, other.min_x);
  min_y = std::min(min_y, other.min_y);
  max_x = std::max(max_x, other.max_x);
  max_y = std::max(max_y, other.max_y);
}

RdMetres wgs84_to_rd(double lat_deg, double lon_deg) {
  // Offsets from the WGS84 position of the Onze Lieve Vrouwetoren in Amersfoort, the origin of RD
  // (155 000, 463 000), in units of 10 000 arc seconds: 0.36 = 3600 / 10 000.
  const double dp = 0.36 * (lat_deg - 52.15517440);
  const double dl = 0.36 * (lon_deg - 5.38720621);

  // The published coefficients: x = 155 000 + sum R[p][q] dp^p dl^q, y = 463 000 + sum S[p][q] ...
  struct Term {
    int p, q;
    double c;
  };
  static constexpr std::array<Term, 9> kR = {{{0, 1, 190094.945},
                                              {1, 1, -11832.228},
                                              {2, 1, -114.221},
                                              {0, 3, -32.391},
                                              {1, 0, -0.705},
                                              {3, 1, -2.340},
                                              {1, 3, -0.608},
                                              {0, 2, -0.008},
                                              {2, 3, 0.148}}};
  static constexpr std::array<Term, 10> kS = {{{1, 0, 309056.544},
                                               {0, 2, 3638.893},
                                               {2, 0, 73.077},
                                               {1, 2, -157.984},
                                               {3, 0, 59.788},
                                               {0, 1, 0.433},
                                               {2, 2, -6.439},
                                               {1, 1, -0.032},
                                               {0, 4, 0.092},
                                               {1, 4, -0.054}}};

  // Powers 0..4 once, instead of std::pow per term.
  std::array<double, 5> pp{1, 0, 0, 0, 0};
  std::array<double, 5> pl{1, 0, 0, 0, 0};
  for (size_t i = 1; i < 5; ++i) {
    pp[i] = pp[i - 1] * dp;
    pl[i] = pl[i - 1] * dl;
  }
  RdMetres out{155000.0, 463000.0};
  for (const Term& t : kR) out.x += t.c * pp[static_cast<size_t>(t.p)] * pl[static_cast<size_t>(t.q)];
  for (const Term& t : kS) out.y += t.c * pp[static_cast<size_t>(t.p)] * pl[static_cast<size_t>(t.q)];
  return out;
}

Point snap_to_grid(double x, double y) {
  const double g = kGridMetres;
  return Point{static_cast<float>(std::round(x / g) * g), static_cast<float>(std::round(y / g) * g)};
}

// ----- data model helpers ----------------------------------------------------------------------

std::span<const Point> ring_points(const Layer& layer, const Ring& ring) {
  return std::span<const Point>(layer.points).subspan(ring.first, ring.count);
}

std::span<const Ring> shape_rings(const Layer& layer, const Shape& shape) {
  return std::span<const Ring>(layer.rings).subspan(shape.first_ring, shape.ring_count);
}

void update_bounds(Layer& layer) {
  layer.bounds = Box{};
  for (Shape& shape : layer.shapes) {
    shape.bounds = Box{};
    for (const Ring& ring : shape_rings(layer, shape)) {
      for (Point p : ring_points(layer, ring)) shape.bounds.expand(p);
    }
    layer.bounds.expand(shape.bounds);
  }
}

void update_bounds(Map& map) {
  update_bounds(map.gemeenten);
  update_bounds(map.jeugdregios);
  update_bounds(map.provincies);
  map.bounds = Box{};
  map.bounds.expand(map.gemeenten.bounds);
  map.bounds.expand(map.jeugdregios.bounds);
  map.bounds.expand(map.provincies.bounds);
}

int find_shape(const Layer& layer, std::string_view code) {
  const auto it = std::lower_bound(layer.shapes.begin(), layer.shapes.end(), code,
                                   [](const Shape& s, std::string_view c) { return s.code < c; });
  if (it == layer.shapes.end() || it->code != code) return -1;
  return static_cast<int>(it - layer.shapes.begin());
}

// ----- measures and hit tests ------------------------------------------------------------------

double signed_area(std::span<const Point> ring) {
  if (ring.size() < 3) return 0;
  // Relative to the first point: the products stay small, so exact on grid points.
  const double ox = d(ring[0].x);
  const double oy = d(ring[0].y);
  double twice = 0;
  for (size_t i = 1; i + 1 < ring.size(); ++i) {
    twice += cross(ox, oy, d(ring[i].x), d(ring[i].y), d(ring[i + 1].x), d(ring[i + 1].y));
  }
  return twice / 2;
}

double shape_area(const Layer& layer, size_t shape_index) {
  if (shape_index >= layer.shapes.size()) return 0;
  double area = 0;
  for (const Ring& ring : shape_rings(layer, layer.shapes[shape_index])) {
    const double a = std::fabs(signed_area(ring_points(layer, ring)));
    area += ring.hole ? -a : a;
  }
  return area;
}

bool contains(const Layer& layer, size_t shape_index, Point p) {
  if (shape_index >= layer.shapes.size()) return false;
  const Shape& shape = layer.shapes[shape_index];
  if (!shape.bounds.contains(p)) return false;
  const double px = d(p.x);
  const double py = d(p.y);
  bool inside = false;
  for (const Ring& ring : shape_rings(layer, shape)) {
    const std::span<const Point> pts = ring_points(layer, ring);
    size_t j = pts.size() - 1;
    for (size_t i = 0; i < pts.size(); j = i++) {
      const double ax = d(pts[j].x), ay = d(pts[j].y);
      const double bx = d(pts[i].x), by = d(pts[i].y);
      // An edge counts when it spans py half-open (one end above or on, the other below), and p is
      // left of it: the crossing of a rightward ray. Neighbours share their border points, so the
      // same test on the same edge decides a border point for exactly one of them.
      if ((ay > py) != (by > py)) {
        const double x_at = ax + (py - ay) * (bx - ax) / (by - ay);
        if (px < x_at) inside = !inside;
      }
    }
  }
  return inside;
}

int shape_at(const Layer& layer, Point p) {
  if (!layer.bounds.contains(p)) return -1;
  for (size_t i = 0; i < layer.shapes.size(); ++i) {
    if (contains(layer, i, p)) return static_cast<int>(i);
  }
  return -1;
}

// ----- triangulation ---------------------------------------------------------------------------

namespace {

// A vertex of the polygon being clipped, in a circular doubly linked list. Bridges to holes visit
// a vertex twice, so two nodes may share one point index.
struct Node {
  uint32_t index;  // into layer.points
  double x, y;
  int32_t prev, next;
};

class EarClipper {
 public:
  explicit EarClipper(const Layer& layer) : layer_(layer) {}

  // Appends the triangles of part `rings` (an outer ring, then its holes) to `out`.
  void part(std::span<const Ring> rings, std::vector<uint32_t>& out) {
    nodes_.clear();
    const int32_t outer = link_ring(rings[0], true);
    if (outer < 0) return;
    holes_.clear();
    for (size_t i = 1; i < rings.size(); ++i) {
      const int32_t h = link_ring(rings[i], false);
      if (h >= 0) holes_.push_back(rightmost(h));
    }
    // Rightmost hole first: a later hole's bridge may then run to an earlier hole, which is now
    // part of the outer boundary, and never has to cross one.
    std::sort(holes_.begin(), holes_.end(), [this](int32_t a, int32_t b) {
      const Node& na = nodes_[static_cast<size_t>(a)];
      const Node& nb = nodes_[static_cast<size_t>(b)];
      return na.x != nb.x ? na.x > nb.x : na.y < nb.y;
    });
    for (int32_t h : holes_) bridge(outer, h);
    clip(outer, out);
  }

 private:
  Node& at(int32_t i) { return nodes_[static_cast<size_t>(i)]; }

  // Links the ring's points as a circular list running counter-clockwise (outer) or clockwise
  // (hole), so that after bridging the polygon's inside is always to the left of each edge.
  // Drops repeated points. Returns the first node, or -1 for a ring without area.
  int32_t link_ring(const Ring& ring, bool counter_clockwise) {
    const std::span<const Point> pts = ring_points(layer_, ring);
    const double area = signed_area(pts);
    if (area == 0) return -1;
    const bool reverse = (area > 0) != counter_clockwise;
    const size_t first = nodes_.size();
    for (size_t k = 0; k < pts.size(); ++k) {
      const size_t i = reverse ? pts.size() - 1 - k : k;
      const Point p = pts[i];
      if (nodes_.size() > first) {
        const Node& last = nodes_.back();
        if (last.x == d(p.x) && last.y == d(p.y)) continue;
      }
      nodes_.push_back(Node{ring.first + static_cast<uint32_t>(i), d(p.x), d(p.y), -1, -1});
    }
    while (nodes_.size() > first + 1 && nodes_.back().x == nodes_[first].x && nodes_.back().y == nodes_[first].y) {
      nodes_.pop_back();
    }
    const size_t n = nodes_.size() - first;
    if (n < 3) {
      nodes_.resize(first);
      return -1;
    }
    for (size_t k = 0; k < n; ++k) {
      Node& node = nodes_[first + k];
      node.prev = static_cast<int32_t>(first + (k + n - 1) % n);
      node.next = static_cast<int32_t>(first + (k + 1) % n);
    }
    return static_cast<int32_t>(first);
  }

  int32_t rightmost(int32_t start) {
    int32_t best = start;
    int32_t i = start;
    do {
      const Node& n = at(i);
      const Node& b = at(best);
      if (n.x > b.x || (n.x == b.x && n.y < b.y)) best = i;
      i = n.next;
    } while (i != start);
    return best;
  }

  double cross3(int32_t o, int32_t a, int32_t b) {
    const Node& no = at(o);
    const Node& na = at(a);
    const Node& nb = at(b);
    return cross(no.x, no.y, na.x, na.y, nb.x, nb.y);
  }

  // Whether the direction from node a towards point (qx, qy) enters the polygon's inside, i.e. lies
  // within the interior angle at a (from the outgoing edge counter-clockwise to the incoming one).
  // Needed where bridges made several nodes share a position: only one of them sees the way in.
  bool locally_inside(int32_t ai, double qx, double qy) {
    const Node& a = at(ai);
    const Node& p = at(a.prev);
    const Node& n = at(a.next);
    if (cross(p.x, p.y, a.x, a.y, n.x, n.y) >= 0) {  // convex (or straight): a wedge below 180°
      return cross(a.x, a.y, n.x, n.y, qx, qy) >= 0 && cross(a.x, a.y, qx, qy, p.x, p.y) >= 0;
    }
    // Reflex: inside unless within the outside wedge, which is below 180°.
    return !(cross(a.x, a.y, p.x, p.y, qx, qy) > 0 && cross(a.x, a.y, qx, qy, n.x, n.y) > 0);
  }

  // Joins the hole whose rightmost node is m to the outer list (Eberly, "Triangulation by Ear
  // Clipping"): cast a ray from m to the right, take the first edge it hits, and from that edge's
  // right end or, when reflex vertices hide it, from the one of them closest in angle to the ray,
  // a bridge m -> b is free of edges. The list then runs ... b, m, (around the hole), m', b', ...
  void bridge(int32_t outer, int32_t m) {
    const double mx = at(m).x;
    const double my = at(m).y;

    // The nearest crossing of the ray with an upward edge (inside on its left, so it faces m).
    int32_t edge = -1;
    double hit_x = std::numeric_limits<double>::infinity();
    int32_t i = outer;
    do {
      const Node& a = at(i);
      const Node& b = at(a.next);
      if (a.y <= my && my <= b.y && a.y < b.y) {
        const double x = a.y == my ? a.x : b.y == my ? b.x : a.x + (my - a.y) * (b.x - a.x) / (b.y - a.y);
        if (x >= mx && x < hit_x) {
          hit_x = x;
          edge = i;
        }
      }
      i = a.next;
    } while (i != outer);
    if (edge < 0) return;  // the hole is not inside this ring: bad data, leave it out

    const int32_t e2 = at(edge).next;
    const int32_t p = at(edge).x >= at(e2).x ? edge : e2;
    const double px = at(p).x;
    const double py = at(p).y;

    // Every node in the triangle (m, hit, p) could hide p; among those that see m, the one at the
    // smallest angle to the ray (then the nearest) is visible. p itself and its copies compete too,
    // so the copy whose wedge opens towards m wins.
    int32_t best = -1;
    double best_tan = std::numeric_limits<double>::infinity();
    double best_dx = std::numeric_limits<double>::infinity();
    i = outer;
    do {
      const Node& r = at(i);
      if (r.x >= mx && r.x <= std::max(px, hit_x) && in_triangle_closed(mx, my, hit_x, my, px, py, r.x, r.y) &&
          locally_inside(i, mx, my)) {
        const double dx = r.x - mx;
        const double dy = std::fabs(r.y - my);
        const double tan = dx > 0 ? dy / dx : (dy == 0 ? 0.0 : std::numeric_limits<double>::infinity());
        if (best < 0 || tan < best_tan || (tan == best_tan && dx < best_dx)) {
          best = i;
          best_tan = tan;
          best_dx = dx;
        }
      }
      i = r.next;
    } while (i != outer);
    if (best < 0) best = p;

    // Splice: b -> m -> ... -> (node before m) -> m' -> b' -> (node after b).
    const int32_t b = best;
    const int32_t b_next = at(b).next;
    const int32_t m_prev = at(m).prev;
    const Node m_copy = at(m);  // copies first: push_back may move the nodes
    const Node b_copy = at(b);
    const int32_t m2 = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(m_copy);
    const int32_t b2 = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(b_copy);
    at(b).next = m;
    at(m).prev = b;
    at(m_prev).next = m2;
    at(m2).prev = m_prev;
    at(m2).next = b2;
    at(b2).prev = m2;
    at(b2).next = b_next;
    at(b_next).prev = b2;
  }

  static bool in_triangle_closed(double ax, double ay, double bx, double by, double cx, double cy, double px,
                                 double py) {
    const double d1 = cross(ax, ay, bx, by, px, py);
    const double d2 = cross(bx, by, cx, cy, px, py);
    const double d3 = cross(cx, cy, ax, ay, px, py);
    const bool neg = d1 < 0 || d2 < 0 || d3 < 0;
    const bool pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
  }

  // Whether the triangle (prev, ear, next) can be cut off. `strict`: any other vertex on its
  // border blocks it too (the normal case); the relaxed pass lets border vertices through, which
  // only matters for polygons that touch themselves.
  bool is_ear(int32_t ear, bool strict) {
    const Node& a = at(at(ear).prev);
    const Node& b = at(ear);
    const Node& c = at(at(ear).next);
    if (cross(a.x, a.y, b.x, b.y, c.x, c.y) <= 0) return false;  // reflex: not an ear

    const double min_x = std::min({a.x, b.x, c.x}), max_x = std::max({a.x, b.x, c.x});
    const double min_y = std::min({a.y, b.y, c.y}), max_y = std::max({a.y, b.y, c.y});
    for (int32_t i = c.next; i != b.prev; i = at(i).next) {
      const Node& p = at(i);
      if (p.x < min_x || p.x > max_x || p.y < min_y || p.y > max_y) continue;
      // A copy of a corner (bridges make them) blocks the ear when one of its edges leaves the
      // corner into the triangle.
      const Node* corner = (p.x == a.x && p.y == a.y)   ? &a
                           : (p.x == b.x && p.y == b.y) ? &b
                           : (p.x == c.x && p.y == c.y) ? &c
                                                        : nullptr;
      if (corner != nullptr) {
        if (enters(a, b, c, *corner, at(p.prev)) || enters(a, b, c, *corner, at(p.next))) return false;
        continue;
      }
      // Only reflex (or straight) vertices need testing: if any vertex lies in the triangle, a
      // reflex one does.
      if (cross(at(p.prev).x, at(p.prev).y, p.x, p.y, at(p.next).x, at(p.next).y) > 0) continue;
      const double d1 = cross(a.x, a.y, b.x, b.y, p.x, p.y);
      const double d2 = cross(b.x, b.y, c.x, c.y, p.x, p.y);
      const double d3 = cross(c.x, c.y, a.x, a.y, p.x, p.y);
      if (strict ? (d1 >= 0 && d2 >= 0 && d3 >= 0) : (d1 > 0 && d2 > 0 && d3 > 0)) return false;
    }
    return true;
  }

  // Whether the segment from corner k of the counter-clockwise triangle (a, b, c) towards q starts
  // strictly inside the triangle's angle at k.
  static bool enters(const Node& a, const Node& b, const Node& c, const Node& k, const Node& q) {
    const Node& k1 = &k == &a ? b : &k == &b ? c : a;  // the corner after k
    const Node& k2 = &k == &a ? c : &k == &b ? a : b;  // the corner before k
    return cross(k.x, k.y, k1.x, k1.y, q.x, q.y) > 0 && cross(k.x, k.y, q.x, q.y, k2.x, k2.y) > 0;
  }

  void unlink(int32_t i) {
    at(at(i).prev).next = at(i).next;
    at(at(i).next).prev = at(i).prev;
  }

  void clip(int32_t start, std::vector<uint32_t>& out) {
    size_t count = 0;
    int32_t i = start;
    do {
      ++count;
      i = at(i).next;
    } while (i != start);

    // Passes: 0 = normal; 1 = border vertices do not block (self-touching input); 2 = cut the
    // first convex vertex regardless, so even a broken ring ends (the area checks in the tests
    // would show it). Each success returns to pass 0.
    int pass = 0;
    int32_t ear = start;
    int32_t stop = ear;
    while (count > 2) {
      const int32_t prev = at(ear).prev;
      const int32_t next = at(ear).next;
      const double turn = cross3(prev, ear, next);
      if (turn == 0) {  // straight, a spike or a repeated point: no area, drop it
        unlink(ear);
        --count;
        ear = prev;
        stop = ear;
        continue;
      }
      if ((pass < 2 && is_ear(ear, pass == 0)) || (pass == 2 && turn > 0)) {
        out.push_back(at(prev).index);
        out.push_back(at(ear).index);
        out.push_back(at(next).index);
        unlink(ear);
        --count;
        // Continuing two vertices on spreads the cuts round the ring and avoids fans of slivers.
        ear = at(next).next;
        stop = ear;
        pass = 0;
        continue;
      }
      ear = next;
      if (ear == stop) {
        if (pass == 2) return;  // nothing convex left: not a polygon any more
        ++pass;
      }
    }
  }

  const Layer& layer_;
  std::vector<Node> nodes_;
  std::vector<int32_t> holes_;
};

// Calls f(rings of one part) for each part of a shape: an outer ring and the holes after it.
template <typename F>
void for_each_part(std::span<const Ring> rings, F&& f) {
  size_t i = 0;
  while (i < rings.size()) {
    size_t j = i + 1;
    while (j < rings.size() && rings[j].hole) ++j;
    f(rings.subspan(i, j - i));
    i = j;
  }
}

}  // namespace

std::vector<uint32_t> triangulate(const Layer& layer, size_t shape_index) {
  std::vector<uint32_t> out;
  if (shape_index >= layer.shapes.size()) return out;
  EarClipper clipper(layer);
  for_each_part(shape_rings(layer, layer.shapes[shape_index]),
                [&](std::span<const Ring> part) { clipper.part(part, out); });
  return out;
}

Mesh triangulate_layer(const Layer& layer) {
  Mesh mesh;
  mesh.shapes.reserve(layer.shapes.size());
  mesh.indices.reserve(layer.points.size() * 3);
  EarClipper clipper(layer);  // one scratch buffer for the whole layer
  for (const Shape& shape : layer.shapes) {
    const size_t first = mesh.indices.size();
    for_each_part(shape_rings(layer, shape), [&](std::span<const Ring> part) { clipper.part(part, mesh.indices); });
    mesh.shapes.push_back(IndexRange{static_cast<uint32_t>(first), static_cast<uint32_t>(mesh.indices.size() - first)});
  }
  return mesh;
}

Point interior_point(const Layer& layer, std::span<const uint32_t> triangles) {
  Point best{0, 0};
  double best_area = -1;
  for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
    if (triangles[t] >= layer.points.size() || triangles[t + 1] >= layer.points.size() ||
        triangles[t + 2] >= layer.points.size()) {
      continue;
    }
    const Point a = layer.points[triangles[t]];
    const Point b = layer.points[triangles[t + 1]];
    const Point c = layer.points[triangles[t + 2]];
    const double area = std::fabs(cross(d(a.x), d(a.y), d(b.x), d(b.y), d(c.x), d(c.y)));
    if (area > best_area) {
      best_area = area;
      best =
          Point{static_cast<float>((d(a.x) + d(b.x) + d(c.x)) / 3), static_cast<float>((d(a.y) + d(b.y) + d(c.y)) / 3)};
    }
  }
  return best;
}

// ----- map file --------------------------------------------------------------------------------

namespace {

constexpr std::array<uint8_t, 4> kMagic = {'J', 'V', 'K', '1'};
constexpr uint16_t kVersion = 1;
constexpr size_t kHeaderSize = 20;
constexpr size_t kCrcStart = 16;
constexpr size_t kMaxText = 255;

// Layer names as the messages use them, in file order.
constexpr std::array<const char*, 3> kLayerNames = {"gemeenten", "jeugdregio's", "provincies"};

// Well-formed UTF-8 without C0 control characters or DEL: names end up in the interface and in
// exports, where a stray byte would show as garbage or break a CSV line.
bool valid_text(std::string_view s) {
  if (s.empty() || s.size() > kMaxText) return false;
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<uint8_t>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) return false;
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    uint32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1Fu;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0Fu;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07u;
      min = 0x10000;
    } else {
      return false;  // a continuation byte or 0xF8..0xFF where a character should start
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<uint8_t>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    // Overlong forms, UTF-16 surrogates and code points beyond Unicode are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

bool valid_coordinate(float v) { return std::isfinite(v) && std::fabs(d(v)) <= kMaxMetres; }

void put_u16(std::vector<uint8_t>& out, size_t at, uint32_t v) {
  out[at] = static_cast<uint8_t>(v & 0xFF);
  out[at + 1] = static_cast<uint8_t>((v >> 8) & 0xFF);
}

void put_u32(std::vector<uint8_t>& out, size_t at, uint32_t v) {
  for (size_t k = 0; k < 4; ++k) out[at + k] = static_cast<uint8_t>((v >> (8 * k)) & 0xFF);
}

uint32_t get_u16(std::span<const uint8_t> b, size_t at) {
  return static_cast<uint32_t>(b[at]) | (static_cast<uint32_t>(b[at + 1]) << 8);
}

uint32_t get_u32(std::span<const uint8_t> b, size_t at) {
  uint32_t v = 0;
  for (size_t k = 0; k < 4; ++k) v |= static_cast<uint32_t>(b[at + k]) << (8 * k);
  return v;
}

void put_varint(std::vector<uint8_t>& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<uint8_t>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<uint8_t>(v));
}

void put_zigzag(std::vector<uint8_t>& out, int32_t v) {
  const uint32_t u = v < 0 ? ((static_cast<uint32_t>(-(v + 1))) << 1) | 1u : static_cast<uint32_t>(v) << 1;
  put_varint(out, u);
}

void put_text(std::vector<uint8_t>& out, const std::string& s) {
  put_varint(out, static_cast<uint32_t>(s.size()));
  out.insert(out.end(), s.begin(), s.end());
}

// A layer's rings and shapes must be consistent before they are written; read_map() checks the
// same rules on the way in.
bool writable(const Layer& layer) {
  // At most 10 bytes a point: capping the points written keeps the file far below the 4 GB its
  // size field can hold (shapes may share rings, so count what is written, not what is stored).
  constexpr size_t kMaxPoints = 50'000'000;
  size_t written = 0;
  for (size_t s = 0; s < layer.shapes.size(); ++s) {
    const Shape& shape = layer.shapes[s];
    if (!valid_text(shape.code) || !valid_text(shape.name)) return false;
    if (s > 0 && !(layer.shapes[s - 1].code < shape.code)) return false;
    if (shape.ring_count == 0) return false;
    if (size_t{shape.first_ring} + shape.ring_count > layer.rings.size()) return false;
    for (const Ring& ring : shape_rings(layer, shape)) {
      if (ring.count < 3 || ring.count > 0x7FFFFFFF) return false;
      if (size_t{ring.first} + ring.count > layer.points.size()) return false;
      written += ring.count;
      if (written > kMaxPoints) return false;
      for (Point p : ring_points(layer, ring)) {
        if (!valid_coordinate(p.x) || !valid_coordinate(p.y)) return false;
      }
    }
    if (layer.rings[shape.first_ring].hole) return false;
  }
  return true;
}

void write_layer(std::vector<uint8_t>& out, const Layer& layer) {
  put_varint(out, static_cast<uint32_t>(layer.shapes.size()));
  int32_t gx = 0;
  int32_t gy = 0;
  for (const Shape& shape : layer.shapes) {
    put_text(out, shape.code);
    put_text(out, shape.name);
    put_varint(out, shape.ring_count);
    for (const Ring& ring : shape_rings(layer, shape)) {
      put_varint(out, (ring.count << 1) | (ring.hole ? 1u : 0u));
      for (Point p : ring_points(layer, ring)) {
        // |coordinate| <= 10^7 m, so grid values stay within +-10^6 and deltas within int32.
        const auto x = static_cast<int32_t>(std::lround(d(p.x) / kGridMetres));
        const auto y = static_cast<int32_t>(std::lround(d(p.y) / kGridMetres));
        put_zigzag(out, x - gx);
        put_zigzag(out, y - gy);
        gx = x;
        gy = y;
      }
    }
  }
}

// A cursor over the layer bytes that fails instead of reading past the end.
class Reader {
 public:
  explicit Reader(std::span<const uint8_t> bytes) : bytes_(bytes) {}

  size_t remaining() const { return bytes_.size() - pos_; }
  bool at_end() const { return pos_ == bytes_.size(); }

  bool varint(uint32_t& v) {
    v = 0;
    for (unsigned shift = 0; shift < 35; shift += 7) {
      if (pos_ >= bytes_.size()) return false;
      const uint8_t byte = bytes_[pos_++];
      if (shift == 28 && byte > 0x0F) return false;  // more than 32 bits
      v |= static_cast<uint32_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }

  bool zigzag(int64_t& v) {
    uint32_t u = 0;
    if (!varint(u)) return false;
    v = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
    return true;
  }

  bool text(std::string& s) {
    uint32_t len = 0;
    if (!varint(len) || len > remaining()) return false;
    s.assign(reinterpret_cast<const char*>(bytes_.data() + pos_), len);
    pos_ += len;
    return true;
  }

 private:
  std::span<const uint8_t> bytes_;
  size_t pos_ = 0;
};

// Reads one layer; on failure returns false with the reason (without the common prefix).
bool read_layer(Reader& in, double grid, Layer& layer, std::string& why) {
  uint32_t shape_count = 0;
  if (!in.varint(shape_count)) {
    why = "het aantal vormen ontbreekt";
    return false;
  }
  // Every shape takes at least 2 + 2 + 1 + 1 + 6 = 12 bytes (code, name, ring count, one ring of
  // three points): a larger count cannot be true, and must not size an allocation.
  if (shape_count > in.remaining() / 12) {
    why = "het aantal vormen (" + std::to_string(shape_count) + ") past niet in het bestand";
    return false;
  }
  layer.shapes.reserve(shape_count);
  int64_t gx = 0;
  int64_t gy = 0;
  const int64_t max_grid = static_cast<int64_t>(kMaxMetres / grid);
  for (uint32_t s = 0; s < shape_count; ++s) {
    const std::string where = " (vorm " + std::to_string(s + 1) + ")";
    Shape shape;
    if (!in.text(shape.code) || !in.text(shape.name)) {
      why = "code of naam houdt voortijdig op" + where;
      return false;
    }
    if (!valid_text(shape.code) || !valid_text(shape.name)) {
      why = "code of naam is leeg, te lang of geen geldige tekst" + where;
      return false;
    }
    if (!layer.shapes.empty() && !(layer.shapes.back().code < shape.code)) {
      why = "de codes staan niet strikt oplopend (" + shape.code + ")";
      return false;
    }
    uint32_t ring_count = 0;
    if (!in.varint(ring_count) || ring_count == 0 || ring_count > in.remaining() / 7) {
      why = "ongeldig aantal ringen in " + shape.code;
      return false;
    }
    shape.first_ring = static_cast<uint32_t>(layer.rings.size());
    shape.ring_count = ring_count;
    for (uint32_t r = 0; r < ring_count; ++r) {
      uint32_t head = 0;
      if (!in.varint(head)) {
        why = "ring houdt voortijdig op in " + shape.code;
        return false;
      }
      Ring ring;
      ring.first = static_cast<uint32_t>(layer.points.size());
      ring.count = head >> 1;
      ring.hole = (head & 1u) != 0;
      if (ring.count < 3 || ring.count > in.remaining() / 2) {
        why = "ring met een ongeldig aantal punten in " + shape.code;
        return false;
      }
      if (r == 0 && ring.hole) {
        why = "de eerste ring van " + shape.code + " is een gat";
        return false;
      }
      for (uint32_t k = 0; k < ring.count; ++k) {
        int64_t dx = 0;
        int64_t dy = 0;
        if (!in.zigzag(dx) || !in.zigzag(dy)) {
          why = "punten houden voortijdig op in " + shape.code;
          return false;
        }
        gx += dx;
        gy += dy;
        if (gx < -max_grid || gx > max_grid || gy < -max_grid || gy > max_grid) {
          why = "coördinaat buiten bereik in " + shape.code;
          return false;
        }
        layer.points.push_back(Point{static_cast<float>(static_cast<double>(gx) * grid),
                                     static_cast<float>(static_cast<double>(gy) * grid)});
      }
      layer.rings.push_back(ring);
    }
    layer.shapes.push_back(std::move(shape));
  }
  return true;
}

}  // namespace

std::vector<uint8_t> write_map(const Map& map) {
  if (map.year < 0 || map.year > 0xFFFF) return {};
  if (!writable(map.gemeenten) || !writable(map.jeugdregios) || !writable(map.provincies)) return {};

  std::vector<uint8_t> out(kHeaderSize, 0);
  std::copy(kMagic.begin(), kMagic.end(), out.begin());
  put_u16(out, 4, kVersion);
  put_u16(out, 6, static_cast<uint32_t>(map.year));
  put_u16(out, 16, kGridMetres);
  put_u16(out, 18, 0);
  write_layer(out, map.gemeenten);
  write_layer(out, map.jeugdregios);
  write_layer(out, map.provincies);
  put_u32(out, 8, static_cast<uint32_t>(out.size()));
  put_u32(out, 12, crc32(std::span<const uint8_t>(out).subspan(kCrcStart)));
  return out;
}

bool read_map(std::span<const uint8_t> bytes, Map& out, std::string& error) {
  if (bytes.empty()) {
    error = "Kaartbestand is leeg.";
    return false;
  }
  if (!std::equal(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(std::min(bytes.size(), kMagic.size())),
                  kMagic.begin())) {
    error = "Dit is geen kaartbestand: het begint niet met \"JVK1\".";
    return false;
  }
  if (bytes.size() < kHeaderSize) {
    error = "Kaartbestand is afgekapt: " + std::to_string(bytes.size()) + " van de " + std::to_string(kHeaderSize) +
            " bytes aanwezig.";
    return false;
  }
  const uint32_t version = get_u16(bytes, 4);
  if (version != kVersion) {
    error = "Kaartbestand heeft versie " + std::to_string(version) + "; deze app leest versie " +
            std::to_string(kVersion) + ".";
    return false;
  }
  const uint32_t size = get_u32(bytes, 8);
  if (bytes.size() < size) {
    error = "Kaartbestand is afgekapt: " + std::to_string(bytes.size()) + " van de " + std::to_string(size) +
            " bytes aanwezig.";
    return false;
  }
  if (bytes.size() > size) {
    error = "Kaartbestand is te lang: " + std::to_string(bytes.size()) + " bytes in plaats van " +
            std::to_string(size) + ".";
    return false;
  }
  const std::string corrupt = "Kaartbestand is beschadigd: ";
  if (crc32(bytes.subspan(kCrcStart)) != get_u32(bytes, 12)) {
    error = corrupt + "het controlegetal klopt niet.";
    return false;
  }
  const uint32_t grid = get_u16(bytes, 16);
  if (grid == 0 || get_u16(bytes, 18) != 0) {
    error = corrupt + "ongeldige rastermaat of gereserveerd veld.";
    return false;
  }

  Map map;
  map.year = static_cast<int>(get_u16(bytes, 6));
  Reader in(bytes.subspan(kHeaderSize));
  std::array<Layer*, 3> layers = {&map.gemeenten, &map.jeugdregios, &map.provincies};
  for (size_t i = 0; i < layers.size(); ++i) {
    std::string why;
    if (!read_layer(in, static_cast<double>(grid), *layers[i], why)) {
      error = corrupt + why + ", laag " + kLayerNames[i] + ".";
      return false;
    }
  }
  if (!in.at_end()) {
    error = corrupt + std::to_string(in.remaining()) + " onverwachte bytes na de laatste laag.";
    return false;
  }
  update_bounds(map);
  out = std::move(map);
  return true;
}

}  // namespace jv::geo
