// Map geometry for the benchmark: gemeenten, jeugdregio's and provincies as polygons in Dutch RD
// New coordinates, the project's own compact map file ("JVK1"), triangulation for filled drawing
// and point-in-shape tests for hover and click.
//
// Everything is laid out for drawing a choropleth every frame with Dear ImGui: one flat array of
// points per layer, rings and shapes as index ranges into it, and triangles as indices into the
// same points, so a frame is a few tight loops over contiguous memory and no allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jv::geo {

// ---------------------------------------------------------------------------------------------
// Coordinates
// ---------------------------------------------------------------------------------------------

// A point in RD New (EPSG:28992) metres: x to the east, y to the north (so y grows upwards, the
// opposite of the screen). The Netherlands lies within x 0..300 000 and y 300 000..625 000.
// Map files store points on a 10 m grid; whole multiples of 10 below 2^24 are exact in a float,
// so every point read from a file is exact and the geometry below computes on exact values.
struct Point {
  float x = 0;
  float y = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

// An axis-aligned rectangle in RD metres. A default Box is empty (min > max) and grows with
// expand().
struct Box {
  float min_x = 1e30f;
  float min_y = 1e30f;
  float max_x = -1e30f;
  float max_y = -1e30f;

  bool empty() const { return min_x > max_x || min_y > max_y; }
  bool contains(Point p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
  void expand(Point p);
  void expand(const Box& other);
  friend bool operator==(const Box&, const Box&) = default;
};

// RD coordinates in double precision, as the projection returns them before any rounding.
struct RdMetres {
  double x = 0;
  double y = 0;
};

// WGS84 latitude/longitude in degrees -> RD New metres, by the polynomial approximation of
// Schreutelkamp & Strang van Hees ("Benaderingsformules voor de transformatie tussen RD- en
// WGS84-kaartcoördinaten"). Accurate to about a metre within the Netherlands, which is far below
// the 10 m grid of the map files and the generalisation of the source outlines; it needs no grid
// files and no datum shift, unlike RDNAPTRANS.
RdMetres wgs84_to_rd(double lat_deg, double lon_deg);

// The grid of the map files, in metres. 10 m keeps the file small while staying finer than the
// source outlines, which TopoJSON quantised to 0.001 degree (about 70 m by 110 m).
inline constexpr int kGridMetres = 10;

// Rounds RD metres to the nearest point of the 10 m grid (halves away from zero). The generator and
// write_map() use this same rounding, so a map built on the grid survives a round trip unchanged.
Point snap_to_grid(double x, double y);

// ---------------------------------------------------------------------------------------------
// Data model
// ---------------------------------------------------------------------------------------------

// A closed ring: points[first] .. points[first + count - 1] of its layer, the closing edge from the
// last point back to the first implied (the first point is not repeated, so ImGui's closed
// polylines draw it as is). count >= 3.
// `hole` rings belong to the nearest preceding outer ring. In files the generator writes, outer
// rings run counter-clockwise and holes clockwise (RD axes, y north); triangulate() and contains()
// do not depend on it.
struct Ring {
  uint32_t first = 0;
  uint32_t count = 0;
  bool hole = false;
  friend bool operator==(const Ring&, const Ring&) = default;
};

// One gemeente, jeugdregio or provincie: rings[first_ring] .. rings[first_ring + ring_count - 1]
// of its layer. A shape is one or more parts (islands, exclaves), each an outer ring followed by
// its holes; the first ring is always an outer ring.
struct Shape {
  std::string code;  // CBS statcode: "GM0363", "JZ18", "PV27"
  std::string name;  // CBS statnaam, UTF-8: "Amsterdam", "Súdwest-Fryslân"
  uint32_t first_ring = 0;
  uint32_t ring_count = 0;
  Box bounds;  // filled by update_bounds() (read_map() does it)
  friend bool operator==(const Shape&, const Shape&) = default;
};

// All shapes of one kind. Shapes are sorted by code (strictly ascending, so codes are unique and
// find_shape() can bisect); rings and points are stored in shape order.
struct Layer {
  std::vector<Point> points;
  std::vector<Ring> rings;
  std::vector<Shape> shapes;
  Box bounds;  // of all points; filled by update_bounds()
  friend bool operator==(const Layer&, const Layer&) = default;
};

// A year's map: the three layers the benchmark shows. Their outlines come from separate, separately
// generalised sources, so borders of a jeugdregio and its gemeenten agree to within some 100 m,
// not exactly.
struct Map {
  int year = 0;
  Layer gemeenten;
  Layer jeugdregios;
  Layer provincies;
  Box bounds;  // of the three layers; filled by update_bounds()
  friend bool operator==(const Map&, const Map&) = default;
};

// The points of one ring, or the rings of one shape. The ranges must be valid for the layer (they
// are in every layer read_map() returns).
std::span<const Point> ring_points(const Layer& layer, const Ring& ring);
std::span<const Ring> shape_rings(const Layer& layer, const Shape& shape);

// Recomputes the bounds of every shape, of the layer and of the map from the points.
void update_bounds(Layer& layer);
void update_bounds(Map& map);

// The index of the shape with this code, or -1. Bisects: shapes must be sorted by code.
int find_shape(const Layer& layer, std::string_view code);

// ---------------------------------------------------------------------------------------------
// Measures and hit tests
// ---------------------------------------------------------------------------------------------

// Shoelace area of a ring in square metres: positive when counter-clockwise (RD axes), negative
// when clockwise, 0 for fewer than three points.
double signed_area(std::span<const Point> ring);

// Area of a shape in square metres: its outer rings minus its holes, whatever their orientation.
double shape_area(const Layer& layer, size_t shape_index);

// Whether p lies inside the shape, by the even-odd rule over all its rings (so a point in a hole is
// outside). Half-open edge rule: a point exactly on a border shared by two shapes counts for one of
// them only, so a click on a border never hits two gemeenten. False for an invalid index.
// contains() and shape_at() rely on the bounds: call update_bounds() on a layer built by hand.
bool contains(const Layer& layer, size_t shape_index, Point p);

// The index of the shape under p, or -1 (sea, abroad, a hole). Tests each shape's bounding box
// before its rings: some 350 boxes and one or two polygons per call, cheap enough for every mouse
// move.
int shape_at(const Layer& layer, Point p);

// ---------------------------------------------------------------------------------------------
// Triangulation
// ---------------------------------------------------------------------------------------------

// Triangles covering one shape exactly (every part, holes left out), three indices per triangle
// into layer.points, each triangle counter-clockwise in RD axes. Ear clipping, with each hole
// first joined to its outer ring by a bridge to a visible vertex (Eberly's method), so any simple
// polygon with holes works, concave or not. A part of n points and h holes gives n + 2h - 2
// triangles, fewer where three points lie on a line (bridges included) or repeat: such points add
// no area and are dropped.
// An invalid index gives no triangles.
std::vector<uint32_t> triangulate(const Layer& layer, size_t shape_index);

// Triangles of every shape of a layer in one index array, as a drawing loop wants them:
// the triangles of shape i are indices[shapes[i].first .. shapes[i].first + shapes[i].count).
struct IndexRange {
  uint32_t first = 0;
  uint32_t count = 0;
};
struct Mesh {
  std::vector<uint32_t> indices;
  std::vector<IndexRange> shapes;
};
Mesh triangulate_layer(const Layer& layer);

// A point well inside a shape, for a label or a test: the centroid of its largest triangle (from
// triangulate()). The centroid of a polygon can fall outside it (a crescent, an archipelago); a
// triangle's centroid lies inside that triangle and so inside the shape. {0, 0} without triangles.
Point interior_point(const Layer& layer, std::span<const uint32_t> triangles);

// ---------------------------------------------------------------------------------------------
// Map file "JVK1"
// ---------------------------------------------------------------------------------------------
//
// All integers little-endian. A varint is an unsigned LEB128 number of at most 5 bytes (7 bits per
// byte, low bits first, high bit set on every byte but the last) holding at most 32 bits; a zigzag
// varint holds a signed number s as the varint of (s << 1) ^ (s >> 31) (0, -1, 1, -2 -> 0, 1, 2,
// 3).
//
// Header, 20 bytes:
//   offset 0   4 bytes  magic "JVK1" (4A 56 4B 31)
//   offset 4   u16      format version, 1
//   offset 6   u16      year of the boundaries (2021, 2025)
//   offset 8   u32      file size in bytes, header included (tells truncation from corruption)
//   offset 12  u32      CRC-32 (IEEE 802.3 / zlib: reflected, polynomial 0xEDB88320, initial and
//                       final XOR 0xFFFFFFFF, core/detail.h's crc32()) of every byte from offset
//                       16 to the end
//   offset 16  u16      grid step in metres, 10 (points are whole multiples of it)
//   offset 18  u16      reserved, 0
// Then three layers in a fixed order: gemeenten, jeugdregio's, provincies. Each layer is
//   varint  shape count
//   per shape, in strictly ascending byte order of code:
//     varint  code length (1..255), then the code's bytes (UTF-8)
//     varint  name length (1..255), then the name's bytes (UTF-8, no control characters)
//     varint  ring count (>= 1)
//     per ring:
//       varint  (point count << 1) | hole flag; point count >= 3; the first ring is not a hole
//       per point: zigzag varint dx, zigzag varint dy, in grid steps
// where each (dx, dy) is relative to the previous point of the same layer and the first point of a
// layer relative to (0, 0). Coordinates must stay within 10 000 km of the origin. The last layer
// ends exactly at the end of the file. The 2021 and 2025 maps take about 4.5 bytes per point,
// names included (43 KB and 44 KB), and gzip to about two thirds of that.

// The file bytes of a map (bounds are not stored: read_map() recomputes them). Points are rounded
// to the grid as snap_to_grid() does. Returns an empty vector when the map cannot be stored: a year
// outside 0..65535, a ring or shape range outside its arrays, a ring of fewer than 3 points, a hole
// as a shape's first ring, a shape without rings, a code or name empty, longer than 255 bytes, not
// UTF-8 or with control characters, codes not strictly ascending, a coordinate not finite or
// beyond 10 000 km.
std::vector<uint8_t> write_map(const Map& map);

// Reads a map file. On success fills `out` (bounds included) and returns true; on failure returns
// false with a Dutch message in `error` for the user and leaves `out` untouched. Never reads
// outside `bytes` and never allocates more than a small multiple of bytes.size(), whatever the
// bytes: a broken or hostile file is an error, not a crash.
bool read_map(std::span<const uint8_t> bytes, Map& out, std::string& error);

}  // namespace jv::geo
