#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/detail.h"
#include "core/geometry.h"

using jv::geo::Box;
using jv::geo::Layer;
using jv::geo::Map;
using jv::geo::Point;

namespace {

double D(float v) { return static_cast<double>(v); }

struct TestRing {
  std::vector<Point> points;
  bool hole = false;
};

// Appends a shape to a hand-made layer (shapes must be added in code order).
void add_shape(Layer& layer, const std::string& code, const std::string& name, const std::vector<TestRing>& rings) {
  jv::geo::Shape shape;
  shape.code = code;
  shape.name = name;
  shape.first_ring = static_cast<uint32_t>(layer.rings.size());
  shape.ring_count = static_cast<uint32_t>(rings.size());
  for (const TestRing& r : rings) {
    layer.rings.push_back(
        jv::geo::Ring{static_cast<uint32_t>(layer.points.size()), static_cast<uint32_t>(r.points.size()), r.hole});
    layer.points.insert(layer.points.end(), r.points.begin(), r.points.end());
  }
  layer.shapes.push_back(shape);
  jv::geo::update_bounds(layer);
}

Layer one_shape(const std::vector<TestRing>& rings) {
  Layer layer;
  add_shape(layer, "T1", "Test", rings);
  return layer;
}

std::vector<Point> rect(float x0, float y0, float x1, float y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }

// Twice the signed area of a triangle: positive when counter-clockwise.
double twice_area(Point a, Point b, Point c) {
  return (D(b.x) - D(a.x)) * (D(c.y) - D(a.y)) - (D(b.y) - D(a.y)) * (D(c.x) - D(a.x));
}

struct TriangleCheck {
  double area = 0;      // sum of |triangle areas|
  bool all_ccw = true;  // no triangle clockwise
  bool indices_valid = true;
};

TriangleCheck check_triangles(const Layer& layer, const std::vector<uint32_t>& tri) {
  TriangleCheck out;
  if (tri.size() % 3 != 0) out.indices_valid = false;
  for (size_t t = 0; t + 2 < tri.size(); t += 3) {
    if (tri[t] >= layer.points.size() || tri[t + 1] >= layer.points.size() || tri[t + 2] >= layer.points.size()) {
      out.indices_valid = false;
      continue;
    }
    const double a2 = twice_area(layer.points[tri[t]], layer.points[tri[t + 1]], layer.points[tri[t + 2]]);
    if (a2 < 0) out.all_ccw = false;
    out.area += std::fabs(a2) / 2;
  }
  return out;
}

Point centroid(const Layer& layer, const std::vector<uint32_t>& tri, size_t t) {
  const Point a = layer.points[tri[t]], b = layer.points[tri[t + 1]], c = layer.points[tri[t + 2]];
  return Point{static_cast<float>((D(a.x) + D(b.x) + D(c.x)) / 3), static_cast<float>((D(a.y) + D(b.y) + D(c.y)) / 3)};
}

// Every triangle's centroid inside the polygon: no triangle covers a notch or a hole.
bool centroids_inside(const Layer& layer, const std::vector<uint32_t>& tri) {
  for (size_t t = 0; t + 2 < tri.size(); t += 3) {
    if (!jv::geo::contains(layer, 0, centroid(layer, tri, t))) return false;
  }
  return true;
}

// A small map with all three layers: enough structure for the file format.
Map small_map() {
  Map map;
  map.year = 2021;
  add_shape(map.gemeenten, "GM0001", "Oost", {{rect(10, 0, 20, 10)}});
  add_shape(map.gemeenten, "GM0002",
            "S\xC3\xBA"
            "dwest",
            {{rect(-100000, 300000, 0, 400000)}, {rect(20, 0, 30, 10)}});
  add_shape(map.jeugdregios, "JZ01", "Regio",
            {{rect(0, 0, 60, 50)}, {rect(20, 20, 30, 30), true}, {rect(100, 0, 110, 10)}});
  add_shape(map.provincies, "PV20", "Provincie", {{{{0, 0}, {290000, 0}, {290000, 620000}, {150000, 625000}}}});
  jv::geo::update_bounds(map);
  return map;
}

[[maybe_unused]] std::vector<uint8_t> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Rewrites the header's CRC, so a test can reach the checks behind it.
void fix_crc(std::vector<uint8_t>& bytes) {
  const uint32_t crc = jv::crc32(std::span<const uint8_t>(bytes).subspan(16));
  for (size_t k = 0; k < 4; ++k) bytes[12 + k] = static_cast<uint8_t>((crc >> (8 * k)) & 0xFF);
}

std::string read_error(const std::vector<uint8_t>& bytes) {
  Map map;
  std::string error;
  if (jv::geo::read_map(bytes, map, error)) return "(gelezen)";
  return error;
}

}  // namespace

// ----- projection -------------------------------------------------------------------------------

TEST_CASE("wgs84_to_rd puts the Amersfoort origin at RD (155000, 463000)") {
  const jv::geo::RdMetres p = jv::geo::wgs84_to_rd(52.15517440, 5.38720621);
  CHECK(std::fabs(p.x - 155000.0) < 1.0);
  CHECK(std::fabs(p.y - 463000.0) < 1.0);
}

TEST_CASE("wgs84_to_rd matches the worked examples of Schreutelkamp and Strang van Hees") {
  // Westertoren, Amsterdam: RD (120 700,723  487 525,501)
  const jv::geo::RdMetres w = jv::geo::wgs84_to_rd(52.37453253, 4.88352559);
  CHECK(std::fabs(w.x - 120700.723) < 0.5);
  CHECK(std::fabs(w.y - 487525.501) < 0.5);
  // Martinitoren, Groningen: RD (233 883,131  582 065,167)
  const jv::geo::RdMetres m = jv::geo::wgs84_to_rd(53.21938317, 6.56820053);
  CHECK(std::fabs(m.x - 233883.131) < 0.5);
  CHECK(std::fabs(m.y - 582065.167) < 0.5);
}

TEST_CASE("snap_to_grid rounds to the 10 m grid, halves away from zero") {
  CHECK(jv::geo::snap_to_grid(155004.9, 463005.0) == Point{155000, 463010});
  CHECK(jv::geo::snap_to_grid(-15.0, -14.9) == Point{-20, -10});
  CHECK(jv::geo::kGridMetres == 10);
}

// ----- areas and boxes
// ----------------------------------------------------------------------------

TEST_CASE("signed_area is positive counter-clockwise and negative clockwise") {
  std::vector<Point> square = rect(0, 0, 10, 10);
  CHECK(jv::geo::signed_area(square) == 100.0);
  std::vector<Point> reversed(square.rbegin(), square.rend());
  CHECK(jv::geo::signed_area(reversed) == -100.0);
  CHECK(jv::geo::signed_area(std::vector<Point>{{0, 0}, {5, 5}}) == 0.0);
  // Far from the origin, as RD coordinates are: still exact.
  CHECK(jv::geo::signed_area(rect(155000, 463000, 155010, 463020)) == 200.0);
}

TEST_CASE("Box starts empty and grows with expand") {
  Box box;
  CHECK(box.empty());
  box.expand(Point{3, 4});
  CHECK_FALSE(box.empty());
  box.expand(Point{-1, 10});
  CHECK(box == Box{-1, 4, 3, 10});
  CHECK(box.contains(Point{0, 5}));
  CHECK_FALSE(box.contains(Point{4, 5}));
}

TEST_CASE("shape_area subtracts holes whatever their orientation") {
  std::vector<Point> hole = rect(3, 3, 7, 7);  // counter-clockwise, though a hole
  const Layer layer = one_shape({{rect(0, 0, 10, 10)}, {hole, true}, {rect(20, 0, 25, 5)}});
  CHECK(jv::geo::shape_area(layer, 0) == 100.0 - 16.0 + 25.0);
  CHECK(jv::geo::shape_area(layer, 1) == 0.0);
}

// ----- triangulation
// ------------------------------------------------------------------------------

TEST_CASE("triangulate a square: 2 triangles, area 100") {
  const Layer layer = one_shape({{rect(0, 0, 10, 10)}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  REQUIRE(tri.size() == 2 * 3);
  const TriangleCheck c = check_triangles(layer, tri);
  CHECK(c.indices_valid);
  CHECK(c.all_ccw);
  CHECK(c.area == 100.0);
}

TEST_CASE("triangulate a square with a square hole: n + 2h - 2 = 8 triangles, area 100 - 16") {
  std::vector<Point> hole = rect(3, 3, 7, 7);
  std::vector<Point> clockwise(hole.rbegin(), hole.rend());
  const Layer layer = one_shape({{rect(0, 0, 10, 10)}, {clockwise, true}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() == 8 * 3);
  const TriangleCheck c = check_triangles(layer, tri);
  CHECK(c.indices_valid);
  CHECK(c.all_ccw);
  CHECK(c.area == 84.0);
  CHECK(centroids_inside(layer, tri));  // nothing drawn over the hole
}

TEST_CASE("triangulate an outer ring with two holes: 14 triangles, area 91 - 4 - 2") {
  // No three points on a line, bridges included, so none is dropped: n + 2h - 2 = 12 + 4 - 2.
  // The left hole's bridge runs to a corner of the right hole, which hides the outer ring.
  const Layer layer = one_shape({{rect(0, 0, 13, 7)}, {rect(8, 1, 10, 3), true}, {rect(2, 4, 4, 5), true}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() == 14 * 3);
  const TriangleCheck c = check_triangles(layer, tri);
  CHECK(c.all_ccw);
  CHECK(c.area == 85.0);
  CHECK(centroids_inside(layer, tri));
}

TEST_CASE("triangulate holes in line with each other: points on a bridge are dropped, area stays exact") {
  const Layer layer = one_shape({{rect(0, 0, 12, 6)}, {rect(2, 2, 4, 4), true}, {rect(8, 2, 10, 4), true}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() <= 14 * 3);
  const TriangleCheck c = check_triangles(layer, tri);
  CHECK(c.all_ccw);
  CHECK(c.area == 64.0);
  CHECK(centroids_inside(layer, tri));
}

TEST_CASE("triangulate an L-shape: 4 triangles, area 3") {
  const Layer layer = one_shape({{{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}}}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() == 4 * 3);
  const TriangleCheck c = check_triangles(layer, tri);
  CHECK(c.all_ccw);
  CHECK(c.area == 3.0);
  CHECK(centroids_inside(layer, tri));
}

TEST_CASE("triangulate concave polygons without covering their notches") {
  // An arrow head: shoelace area (0 + 16 - 4 + 8 + 0) / 2 = 10.
  const Layer arrow = one_shape({{{{0, 0}, {4, 0}, {4, 4}, {2, 1}, {0, 4}}}});
  std::vector<uint32_t> tri = jv::geo::triangulate(arrow, 0);
  CHECK(tri.size() == 3 * 3);
  CHECK(check_triangles(arrow, tri).area == 10.0);
  CHECK(check_triangles(arrow, tri).all_ccw);
  CHECK(centroids_inside(arrow, tri));

  // A U: a 3 x 3 square minus a 1 x 2 slot from the top, 8 points, area 7.
  const Layer u = one_shape({{{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}}}});
  tri = jv::geo::triangulate(u, 0);
  CHECK(tri.size() == 6 * 3);
  CHECK(check_triangles(u, tri).area == 7.0);
  CHECK(check_triangles(u, tri).all_ccw);
  CHECK(centroids_inside(u, tri));
}

TEST_CASE("triangulate accepts a clockwise outer ring and still emits counter-clockwise triangles") {
  std::vector<Point> l = {{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  const Layer layer = one_shape({{std::vector<Point>(l.rbegin(), l.rend())}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() == 4 * 3);
  CHECK(check_triangles(layer, tri).all_ccw);
  CHECK(check_triangles(layer, tri).area == 3.0);
}

TEST_CASE("triangulate a two-part shape: each part on its own") {
  const Layer layer = one_shape({{rect(0, 0, 10, 10)}, {rect(20, 0, 25, 5)}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() == 4 * 3);
  CHECK(check_triangles(layer, tri).area == 125.0);
  CHECK(check_triangles(layer, tri).all_ccw);
}

TEST_CASE("triangulate drops collinear and repeated points, which add no area") {
  const Layer layer = one_shape({{{{0, 0}, {5, 0}, {10, 0}, {10, 0}, {10, 5}, {10, 10}, {5, 10}, {0, 10}, {0, 5}}}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  CHECK(tri.size() >= 2 * 3);
  CHECK(tri.size() <= 7 * 3);
  const TriangleCheck c = check_triangles(layer, tri);
  CHECK(c.area == 100.0);
  CHECK(c.all_ccw);
}

TEST_CASE("triangulate gives nothing for a bad index or a ring without area") {
  const Layer layer = one_shape({{{{0, 0}, {5, 5}, {10, 10}}}});
  CHECK(jv::geo::triangulate(layer, 0).empty());
  CHECK(jv::geo::triangulate(layer, 1).empty());
}

TEST_CASE("triangulate_layer gives the same triangles as triangulate, shape by shape") {
  Layer layer;
  add_shape(layer, "A", "a", {{rect(0, 0, 10, 10)}});
  add_shape(layer, "B", "b", {{rect(10, 0, 20, 10)}, {rect(13, 3, 17, 7), true}});
  const jv::geo::Mesh mesh = jv::geo::triangulate_layer(layer);
  REQUIRE(mesh.shapes.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    const std::vector<uint32_t> one = jv::geo::triangulate(layer, i);
    const std::vector<uint32_t> from_mesh(mesh.indices.begin() + mesh.shapes[i].first,
                                          mesh.indices.begin() + mesh.shapes[i].first + mesh.shapes[i].count);
    CHECK(one == from_mesh);
  }
  CHECK(mesh.shapes[1].first == 6);
}

TEST_CASE("interior_point is the centroid of the largest triangle") {
  const Layer layer = one_shape({{{{0, 0}, {30, 0}, {30, 3}, {0, 3}}}});
  const std::vector<uint32_t> tri = jv::geo::triangulate(layer, 0);
  const Point p = jv::geo::interior_point(layer, tri);
  CHECK(jv::geo::contains(layer, 0, p));
  CHECK(jv::geo::interior_point(layer, {}) == Point{0, 0});
}

// ----- hit tests
// ----------------------------------------------------------------------------------

TEST_CASE("contains and shape_at: neighbours, a hole and an enclave in it") {
  Layer layer;
  add_shape(layer, "A", "links", {{rect(0, 0, 10, 10)}});
  add_shape(layer, "B", "rechts met gat", {{rect(10, 0, 20, 10)}, {rect(13, 3, 17, 7), true}});
  add_shape(layer, "C", "enclave", {{rect(14, 4, 16, 6)}});

  CHECK(jv::geo::shape_at(layer, Point{5, 5}) == 0);
  CHECK(jv::geo::shape_at(layer, Point{11, 5}) == 1);
  CHECK(jv::geo::shape_at(layer, Point{15, 5}) == 2);      // in B's hole, in C
  CHECK(jv::geo::shape_at(layer, Point{15, 3.5f}) == -1);  // in B's hole, outside C
  CHECK(jv::geo::shape_at(layer, Point{25, 5}) == -1);
  CHECK(jv::geo::shape_at(layer, Point{5, -1}) == -1);

  CHECK(jv::geo::contains(layer, 1, Point{11, 5}));
  CHECK_FALSE(jv::geo::contains(layer, 1, Point{15, 5}));
  CHECK_FALSE(jv::geo::contains(layer, 3, Point{5, 5}));  // no such shape

  // On the shared border exactly one of the two neighbours claims the point.
  const Point border{10, 5};
  CHECK(jv::geo::contains(layer, 0, border) != jv::geo::contains(layer, 1, border));
  CHECK(jv::geo::shape_at(layer, border) >= 0);
}

TEST_CASE("find_shape bisects the sorted codes") {
  Layer layer;
  add_shape(layer, "GM0014", "Groningen", {{rect(0, 0, 1, 1)}});
  add_shape(layer, "GM0363", "Amsterdam", {{rect(0, 0, 1, 1)}});
  add_shape(layer, "GM0518", "'s-Gravenhage", {{rect(0, 0, 1, 1)}});
  CHECK(jv::geo::find_shape(layer, "GM0363") == 1);
  CHECK(jv::geo::find_shape(layer, "GM0518") == 2);
  CHECK(jv::geo::find_shape(layer, "GM0000") == -1);
  CHECK(jv::geo::find_shape(layer, "GM9999") == -1);
}

// ----- map file
// -----------------------------------------------------------------------------------

TEST_CASE("write_map and read_map round trip") {
  const Map map = small_map();
  const std::vector<uint8_t> bytes = jv::geo::write_map(map);
  REQUIRE(bytes.size() > 20);
  CHECK(bytes[0] == 'J');
  CHECK(bytes[3] == '1');
  CHECK(bytes[6] == (2021 & 0xFF));
  CHECK(bytes[7] == (2021 >> 8));
  Map back;
  std::string error;
  REQUIRE(jv::geo::read_map(bytes, back, error));
  CHECK(error.empty());
  CHECK(back == map);
  CHECK(back.gemeenten.shapes[1].name ==
        "S\xC3\xBA"
        "dwest");
  CHECK(back.bounds == Box{-100000, 0, 290000, 625000});
  // Writing again gives the same bytes.
  CHECK(jv::geo::write_map(back) == bytes);
}

TEST_CASE("write_map snaps points to the 10 m grid") {
  Map map;
  map.year = 2025;
  add_shape(map.gemeenten, "GM0001", "A", {{{{155004.9f, 463005.0f}, {155100, 463000}, {155100, 463100}}}});
  Map back;
  std::string error;
  REQUIRE(jv::geo::read_map(jv::geo::write_map(map), back, error));
  CHECK(back.year == 2025);
  CHECK(back.gemeenten.points[0] == Point{155000, 463010});
  CHECK(back.gemeenten.points[2] == Point{155100, 463100});
}

TEST_CASE("write_map refuses maps the format cannot hold") {
  {
    Map map = small_map();
    map.gemeenten.rings[0].count = 2;
    CHECK(jv::geo::write_map(map).empty());
  }
  {
    Map map = small_map();
    std::swap(map.gemeenten.shapes[0].code, map.gemeenten.shapes[1].code);  // codes out of order
    CHECK(jv::geo::write_map(map).empty());
  }
  {
    Map map = small_map();
    map.jeugdregios.rings[0].hole = true;  // a shape starting with a hole
    CHECK(jv::geo::write_map(map).empty());
  }
  {
    Map map = small_map();
    map.provincies.points[0].x = std::numeric_limits<float>::quiet_NaN();
    CHECK(jv::geo::write_map(map).empty());
  }
  {
    Map map = small_map();
    map.gemeenten.shapes[0].name = "\xC3";  // half a UTF-8 sequence
    CHECK(jv::geo::write_map(map).empty());
  }
  {
    Map map = small_map();
    map.gemeenten.shapes[0].ring_count = 100;  // beyond the rings
    CHECK(jv::geo::write_map(map).empty());
  }
  {
    Map map = small_map();
    map.year = 70000;
    CHECK(jv::geo::write_map(map).empty());
  }
}

TEST_CASE("read_map reports broken files in Dutch") {
  const std::vector<uint8_t> good = jv::geo::write_map(small_map());
  REQUIRE(good.size() > 40);
  const std::string total = std::to_string(good.size());

  CHECK(read_error({}) == "Kaartbestand is leeg.");

  std::vector<uint8_t> bytes = good;
  bytes[0] = 'P';
  CHECK(read_error(bytes) == "Dit is geen kaartbestand: het begint niet met \"JVK1\".");
  CHECK(read_error({'{', '"'}) == "Dit is geen kaartbestand: het begint niet met \"JVK1\".");

  bytes.assign(good.begin(), good.begin() + 10);
  CHECK(read_error(bytes) == "Kaartbestand is afgekapt: 10 van de 20 bytes aanwezig.");

  bytes.assign(good.begin(), good.end() - 1);
  CHECK(read_error(bytes) ==
        "Kaartbestand is afgekapt: " + std::to_string(good.size() - 1) + " van de " + total + " bytes aanwezig.");

  bytes = good;
  bytes.push_back(0);
  CHECK(read_error(bytes) ==
        "Kaartbestand is te lang: " + std::to_string(good.size() + 1) + " bytes in plaats van " + total + ".");

  bytes = good;
  bytes[4] = 2;
  CHECK(read_error(bytes) == "Kaartbestand heeft versie 2; deze app leest versie 1.");

  bytes = good;
  bytes[30] ^= 0x01;
  CHECK(read_error(bytes) == "Kaartbestand is beschadigd: het controlegetal klopt niet.");

  bytes = good;
  bytes[16] = 0;  // grid step 0
  fix_crc(bytes);
  CHECK(read_error(bytes) == "Kaartbestand is beschadigd: ongeldige rastermaat of gereserveerd veld.");

  // A header followed by a shape count of 200 and nothing else (size and CRC made to agree).
  bytes.assign(good.begin(), good.begin() + 20);
  bytes.push_back(0xC8);
  bytes.push_back(0x01);
  bytes[8] = static_cast<uint8_t>(bytes.size());
  bytes[9] = bytes[10] = bytes[11] = 0;
  fix_crc(bytes);
  CHECK(read_error(bytes) ==
        "Kaartbestand is beschadigd: het aantal vormen (200) past niet in het bestand, laag "
        "gemeenten.");

  // Three empty layers are a valid, empty map; a fourth byte is one too many.
  bytes.assign(good.begin(), good.begin() + 20);
  bytes.insert(bytes.end(), {0, 0, 0, 7});
  bytes[8] = static_cast<uint8_t>(bytes.size());
  fix_crc(bytes);
  CHECK(read_error(bytes) == "Kaartbestand is beschadigd: 1 onverwachte bytes na de laatste laag.");
  bytes.pop_back();
  bytes[8] = static_cast<uint8_t>(bytes.size());
  fix_crc(bytes);
  CHECK(read_error(bytes) == "(gelezen)");
}

TEST_CASE("read_map leaves the map untouched when it fails") {
  Map map = small_map();
  std::vector<uint8_t> bytes = jv::geo::write_map(map);
  bytes.resize(bytes.size() / 2);
  std::string error;
  CHECK_FALSE(jv::geo::read_map(bytes, map, error));
  CHECK(map == small_map());
  CHECK_FALSE(error.empty());
}

TEST_CASE("read_map survives every truncation and every bit flip of a small map") {
  const std::vector<uint8_t> good = jv::geo::write_map(small_map());
  size_t accepted = 0;
  for (size_t n = 0; n < good.size(); ++n) {
    Map map;
    std::string error;
    CHECK_FALSE(jv::geo::read_map(std::span<const uint8_t>(good).first(n), map, error));
  }
  // Flips past the header with the CRC repaired reach the layer parser: whatever it decides, it
  // must not read out of bounds (run under a sanitizer to see that) and must explain a refusal.
  for (size_t i = 20; i < good.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::vector<uint8_t> bytes = good;
      bytes[i] = static_cast<uint8_t>(bytes[i] ^ (1u << bit));
      fix_crc(bytes);
      Map map;
      std::string error;
      if (jv::geo::read_map(bytes, map, error)) {
        ++accepted;
      } else {
        CHECK_FALSE(error.empty());
      }
    }
  }
  CHECK(accepted > 0);  // flips in coordinates are valid maps, just different ones
}

// ----- the real maps
// ------------------------------------------------------------------------------

namespace {

struct Expected {
  int year;
  size_t gemeenten, jeugdregios, provincies;
};

bool load_real_map(int year, Map& map) {
#ifdef JV_SOURCE_DIR
  const std::string path = std::string(JV_SOURCE_DIR) + "/data/kaart_" + std::to_string(year) + ".jvk";
  const std::vector<uint8_t> bytes = read_file(path);
  INFO("bestand: " << path);
  REQUIRE_FALSE(bytes.empty());
  std::string error;
  const bool ok = jv::geo::read_map(bytes, map, error);
  INFO("fout: " << error);
  REQUIRE(ok);
  CHECK(bytes.size() < 60 * 1024);
  return true;
#else
  (void)year;
  (void)map;
  MESSAGE("JV_SOURCE_DIR is not defined: skipping the checks on data/kaart_*.jvk");
  return false;
#endif
}

const char* layer_name(size_t i) { return i == 0 ? "gemeenten" : i == 1 ? "jeugdregio's" : "provincies"; }

}  // namespace

TEST_CASE("real maps: counts, codes and names") {
  for (const Expected e : {Expected{2021, 352, 42, 12}, Expected{2025, 342, 42, 12}}) {
    Map map;
    if (!load_real_map(e.year, map)) return;
    CAPTURE(e.year);
    CHECK(map.year == e.year);
    CHECK(map.gemeenten.shapes.size() == e.gemeenten);
    CHECK(map.jeugdregios.shapes.size() == e.jeugdregios);
    CHECK(map.provincies.shapes.size() == e.provincies);

    const std::array<const Layer*, 3> layers = {&map.gemeenten, &map.jeugdregios, &map.provincies};
    const std::array<const char*, 3> prefixes = {"GM", "JZ", "PV"};
    for (size_t l = 0; l < 3; ++l) {
      std::set<std::string> codes;
      for (const jv::geo::Shape& s : layers[l]->shapes) {
        codes.insert(s.code);
        CHECK(s.code.rfind(prefixes[l], 0) == 0);
        CHECK_FALSE(s.name.empty());
      }
      CHECK(codes.size() == layers[l]->shapes.size());
    }

    const int amsterdam = jv::geo::find_shape(map.gemeenten, "GM0363");
    REQUIRE(amsterdam >= 0);
    CHECK(map.gemeenten.shapes[static_cast<size_t>(amsterdam)].name == "Amsterdam");
    const int sudwest = jv::geo::find_shape(map.gemeenten, "GM1900");
    REQUIRE(sudwest >= 0);
    CHECK(map.gemeenten.shapes[static_cast<size_t>(sudwest)].name ==
          "S\xC3\xBA"
          "dwest-Frysl\xC3\xA2n");
    const int jz01 = jv::geo::find_shape(map.jeugdregios, "JZ01");
    REQUIRE(jz01 >= 0);
    CHECK(map.jeugdregios.shapes[static_cast<size_t>(jz01)].name == "Groningen");
    // Weesp merged into Amsterdam in 2022.
    CHECK((jv::geo::find_shape(map.gemeenten, "GM0457") >= 0) == (e.year == 2021));

    // The whole country, in RD.
    CHECK(map.bounds.min_x > 0);
    CHECK(map.bounds.max_x < 300000);
    CHECK(map.bounds.min_y > 300000);
    CHECK(map.bounds.max_y < 625000);
  }
}

TEST_CASE("real maps: every shape triangulates with its exact area and its interior point is found") {
  for (const int year : {2021, 2025}) {
    Map map;
    if (!load_real_map(year, map)) return;
    const std::array<const Layer*, 3> layers = {&map.gemeenten, &map.jeugdregios, &map.provincies};
    for (size_t l = 0; l < 3; ++l) {
      const Layer& layer = *layers[l];
      size_t failures = 0;
      for (size_t i = 0; i < layer.shapes.size(); ++i) {
        const std::vector<uint32_t> tri = jv::geo::triangulate(layer, i);
        const TriangleCheck c = check_triangles(layer, tri);
        const double area = jv::geo::shape_area(layer, i);
        const Point inside = jv::geo::interior_point(layer, tri);
        const bool ok = c.indices_valid && c.all_ccw && area > 0 && std::fabs(c.area - area) <= 0.001 * area &&
                        jv::geo::shape_at(layer, inside) == static_cast<int>(i);
        if (!ok) {
          ++failures;
          INFO(year << " " << layer_name(l) << " " << layer.shapes[i].code << " " << layer.shapes[i].name
                    << ": triangles " << c.area << " m2, polygon " << area << " m2");
          CHECK(ok);
        }
      }
      CAPTURE(year);
      CAPTURE(layer_name(l));
      CHECK(failures == 0);
    }
  }
}

TEST_CASE("real maps: landmarks fall in their gemeente, jeugdregio and provincie") {
  struct Landmark {
    double lat, lon;
    const char *gemeente, *jeugdregio, *provincie;
  };
  const Landmark landmarks[] = {
      {52.37453253, 4.88352559, "GM0363", "JZ13", "PV27"},  // Westertoren, Amsterdam
      {53.21938317, 6.56820053, "GM0014", "JZ01", "PV20"},  // Martinitoren, Groningen
      {52.15517440, 5.38720621, "GM0307", "JZ20", "PV26"},  // Onze Lieve Vrouwetoren, Amersfoort
  };
  for (const int year : {2021, 2025}) {
    Map map;
    if (!load_real_map(year, map)) return;
    for (const Landmark& m : landmarks) {
      const jv::geo::RdMetres rd = jv::geo::wgs84_to_rd(m.lat, m.lon);
      const Point p{static_cast<float>(rd.x), static_cast<float>(rd.y)};
      CAPTURE(year);
      CAPTURE(m.gemeente);
      CHECK(jv::geo::shape_at(map.gemeenten, p) == jv::geo::find_shape(map.gemeenten, m.gemeente));
      if (m.jeugdregio != nullptr) {
        CHECK(jv::geo::shape_at(map.jeugdregios, p) == jv::geo::find_shape(map.jeugdregios, m.jeugdregio));
      }
      CHECK(jv::geo::shape_at(map.provincies, p) == jv::geo::find_shape(map.provincies, m.provincie));
    }
    CHECK(jv::geo::find_shape(map.gemeenten, "GM0363") >= 0);
  }
}

TEST_CASE("real maps: jeugdregio JZ01 Groningen contains the interior point of Groningen city") {
  for (const int year : {2021, 2025}) {
    Map map;
    if (!load_real_map(year, map)) return;
    const int city = jv::geo::find_shape(map.gemeenten, "GM0014");
    const int region = jv::geo::find_shape(map.jeugdregios, "JZ01");
    REQUIRE(city >= 0);
    REQUIRE(region >= 0);
    const Point p =
        jv::geo::interior_point(map.gemeenten, jv::geo::triangulate(map.gemeenten, static_cast<size_t>(city)));
    CHECK(jv::geo::contains(map.jeugdregios, static_cast<size_t>(region), p));
    CHECK(jv::geo::shape_at(map.jeugdregios, p) == region);
  }
}

TEST_CASE("real maps: the three layers line up, each source de-quantised with its own transform") {
  // jeugdregio_2021 was quantised with another translate (y 50.754 instead of 50.751). Decoded
  // right, the layers share most border points exactly; decoded with a sibling's translate, the
  // whole layer would shift some 330 m north and share none.
  for (const int year : {2021, 2025}) {
    Map map;
    if (!load_real_map(year, map)) return;
    std::set<std::pair<float, float>> gemeente_points;
    for (Point p : map.gemeenten.points) gemeente_points.insert({p.x, p.y});
    for (const Layer* layer : {&map.jeugdregios, &map.provincies}) {
      size_t shared = 0;
      for (Point p : layer->points) shared += gemeente_points.count({p.x, p.y});
      CAPTURE(year);
      CHECK(shared * 3 > layer->points.size());
      CHECK(std::fabs(D(layer->bounds.max_y) - D(map.gemeenten.bounds.max_y)) <= 20.0);
      CHECK(std::fabs(D(layer->bounds.min_x) - D(map.gemeenten.bounds.min_x)) <= 20.0);
      CHECK(std::fabs(D(layer->bounds.max_x) - D(map.gemeenten.bounds.max_x)) <= 20.0);
    }
    // Every gemeente lies in some jeugdregio and some provincie.
    const jv::geo::Mesh mesh = jv::geo::triangulate_layer(map.gemeenten);
    size_t orphans = 0;
    for (size_t i = 0; i < map.gemeenten.shapes.size(); ++i) {
      const std::span<const uint32_t> tri(mesh.indices.data() + mesh.shapes[i].first, mesh.shapes[i].count);
      const Point p = jv::geo::interior_point(map.gemeenten, tri);
      if (jv::geo::shape_at(map.jeugdregios, p) < 0 || jv::geo::shape_at(map.provincies, p) < 0) {
        ++orphans;
        INFO(year << " " << map.gemeenten.shapes[i].code << " ligt in geen regio of provincie");
        CHECK(false);
      }
    }
    CHECK(orphans == 0);
  }
}

TEST_CASE("real maps: read_map survives bit flips across the file") {
#ifdef JV_SOURCE_DIR
  const std::vector<uint8_t> good = read_file(std::string(JV_SOURCE_DIR) + "/data/kaart_2021.jvk");
  REQUIRE_FALSE(good.empty());
  for (size_t i = 20; i < good.size(); i += 97) {
    std::vector<uint8_t> bytes = good;
    bytes[i] = static_cast<uint8_t>(bytes[i] ^ 0x80);  // turns a varint's last byte into a continuation
    fix_crc(bytes);
    Map map;
    std::string error;
    if (!jv::geo::read_map(bytes, map, error)) CHECK_FALSE(error.empty());
  }
#else
  MESSAGE("JV_SOURCE_DIR is not defined: skipping the checks on data/kaart_*.jvk");
#endif
}
