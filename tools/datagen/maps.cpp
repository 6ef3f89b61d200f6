#include "maps.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>
#include <vector>

namespace jv::datagen {

namespace {

using nlohmann::json;

// A point on the 10 m grid, in grid steps: comparing whole numbers is what makes "the same point"
// unambiguous after projection.
struct GridPoint {
  int64_t x = 0;
  int64_t y = 0;
  friend bool operator==(const GridPoint&, const GridPoint&) = default;
};

struct Part {
  std::vector<std::vector<GridPoint>> rings;  // outer first, then holes
};

struct SourceShape {
  std::string code;
  std::string name;
  std::vector<Part> parts;
};

bool read_text(const std::filesystem::path& path, std::string& text, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "kan " + path.string() + " niet openen";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "kan " + path.string() + " niet lezen";
    return false;
  }
  text = buffer.str();
  return true;
}

// Reads the first two numbers of a TopoJSON position or transform pair.
bool pair_of_numbers(const json& j, double& a, double& b) {
  if (!j.is_array() || j.size() < 2 || !j[0].is_number() || !j[1].is_number()) return false;
  a = j[0].get<double>();
  b = j[1].get<double>();
  return true;
}

// Decodes every arc of a topology to grid points in RD. Each file is de-quantised with its own
// transform before anything else: jeugdregio_2021 has another translate than its siblings, and
// mixing quantised values across files would shift it some 300 m.
bool decode_arcs(const json& topo, const std::string& file, std::vector<std::vector<GridPoint>>& arcs,
                 std::string& error) {
  double sx = 1, sy = 1, tx = 0, ty = 0;
  bool quantised = false;
  if (const auto t = topo.find("transform"); t != topo.end()) {
    const auto scale = t->find("scale");
    const auto translate = t->find("translate");
    if (!t->is_object() || scale == t->end() || translate == t->end() || !pair_of_numbers(*scale, sx, sy) ||
        !pair_of_numbers(*translate, tx, ty)) {
      error = file + ": ongeldige transform";
      return false;
    }
    quantised = true;
  }
  const auto a = topo.find("arcs");
  if (a == topo.end() || !a->is_array()) {
    error = file + ": geen arcs";
    return false;
  }
  arcs.clear();
  arcs.reserve(a->size());
  for (const json& arc : *a) {
    if (!arc.is_array() || arc.size() < 2) {
      error = file + ": arc " + std::to_string(arcs.size()) + " heeft minder dan twee punten";
      return false;
    }
    std::vector<GridPoint> points;
    points.reserve(arc.size());
    double qx = 0, qy = 0;  // running sums of the deltas: whole numbers, exact in a double
    for (const json& position : arc) {
      double u = 0, v = 0;
      if (!pair_of_numbers(position, u, v)) {
        error = file + ": ongeldige positie in arc " + std::to_string(arcs.size());
        return false;
      }
      double lon = u, lat = v;
      if (quantised) {
        qx += u;
        qy += v;
        lon = qx * sx + tx;
        lat = qy * sy + ty;
      }
      if (!(lon > 2 && lon < 8 && lat > 50 && lat < 54)) {  // the RD approximation's domain
        error = file + ": punt buiten Nederland (" + std::to_string(lat) + ", " + std::to_string(lon) + ")";
        return false;
      }
      const geo::RdMetres rd = geo::wgs84_to_rd(lat, lon);
      points.push_back(GridPoint{std::llround(rd.x / geo::kGridMetres), std::llround(rd.y / geo::kGridMetres)});
    }
    arcs.push_back(std::move(points));
  }
  return true;
}

// Twice the signed area in grid steps squared (exact in int64 for any ring on the Dutch grid).
int64_t twice_area(const std::vector<GridPoint>& ring) {
  int64_t sum = 0;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    sum += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
  }
  return sum;
}

// Drops what carries no shape on the grid: repeated points (neighbours that snapped to the same
// grid point) and spikes, where the ring runs to a point and straight back (A, B, A). Straight
// runs of three collinear points are kept on purpose: the middle one is usually a corner of the
// neighbouring gemeente, and dropping it on one side only would leave a T-junction, which shows as
// hairline cracks when the fills are drawn as triangles.
void clean_ring(std::vector<GridPoint>& ring, MapStats& stats) {
  bool changed = true;
  while (changed && ring.size() >= 3) {
    changed = false;
    for (size_t i = 0; i < ring.size() && ring.size() >= 3; ++i) {
      const size_t next = (i + 1) % ring.size();
      const size_t prev = (i + ring.size() - 1) % ring.size();
      if (ring[i] == ring[next]) {
        ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(next));
        ++stats.repeated_dropped;
        changed = true;
      } else if (ring[prev] == ring[next]) {
        ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(i));
        ++stats.spikes_dropped;
        changed = true;
      }
    }
  }
}

// One ring from its arc references: arc i forwards, ~i backwards, each arc's first point dropped
// after the first arc (it repeats the previous arc's last point), and the closing point dropped.
bool assemble_ring(const json& refs, const std::vector<std::vector<GridPoint>>& arcs, std::vector<GridPoint>& ring,
                   std::string& why) {
  ring.clear();
  if (!refs.is_array() || refs.empty()) {
    why = "lege ring";
    return false;
  }
  for (const json& ref : refs) {
    if (!ref.is_number_integer()) {
      why = "arc-verwijzing is geen geheel getal";
      return false;
    }
    const int64_t r = ref.get<int64_t>();
    const int64_t index = r >= 0 ? r : ~r;
    if (index >= static_cast<int64_t>(arcs.size())) {
      why = "arc " + std::to_string(r) + " bestaat niet";
      return false;
    }
    const std::vector<GridPoint>& arc = arcs[static_cast<size_t>(index)];
    const size_t skip = ring.empty() ? 0 : 1;
    if (r >= 0) {
      ring.insert(ring.end(), arc.begin() + static_cast<std::ptrdiff_t>(skip), arc.end());
    } else {
      ring.insert(ring.end(), arc.rbegin() + static_cast<std::ptrdiff_t>(skip), arc.rend());
    }
  }
  if (ring.size() < 4 || !(ring.front() == ring.back())) {
    why = "ring is niet gesloten";
    return false;
  }
  ring.pop_back();
  return true;
}

// Reads one layer's TopoJSON text into shapes, sorted by code. `file` names it in messages.
bool parse_layer(std::string_view text, const std::string& file, const std::string& object_name,
                 const std::string& prefix, std::vector<SourceShape>& shapes, MapStats& stats, std::string& error) {
  const json topo = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (topo.is_discarded() || !topo.is_object()) {
    error = file + ": geen geldige JSON";
    return false;
  }
  const auto objects = topo.find("objects");
  if (objects == topo.end() || !objects->is_object() || !objects->contains(object_name)) {
    error = file + ": object " + object_name + " ontbreekt";
    return false;
  }
  const json& collection = (*objects)[object_name];
  const auto geometries = collection.find("geometries");
  if (geometries == collection.end() || !geometries->is_array()) {
    error = file + ": geen geometries in " + object_name;
    return false;
  }

  std::vector<std::vector<GridPoint>> arcs;
  if (!decode_arcs(topo, file, arcs, error)) return false;

  shapes.clear();
  for (const json& g : *geometries) {
    const std::string where = file + ", vorm " + std::to_string(shapes.size() + 1);
    const auto props = g.find("properties");
    const auto type = g.find("type");
    const auto refs = g.find("arcs");
    if (props == g.end() || !props->is_object() || type == g.end() || !type->is_string() || refs == g.end()) {
      error = where + ": type, arcs of properties ontbreekt";
      return false;
    }
    const auto code = props->find("statcode");
    const auto name = props->find("statnaam");
    if (code == props->end() || !code->is_string() || name == props->end() || !name->is_string()) {
      error = where + ": statcode of statnaam ontbreekt";
      return false;
    }
    SourceShape shape;
    shape.code = code->get<std::string>();
    shape.name = name->get<std::string>();
    if (shape.code.rfind(prefix, 0) != 0) {
      error = where + ": code " + shape.code + " begint niet met " + prefix;
      return false;
    }

    // A Polygon is a list of rings, a MultiPolygon a list of such lists.
    std::vector<const json*> polygons;
    const std::string& kind = type->get_ref<const std::string&>();
    if (kind == "Polygon") {
      polygons.push_back(&*refs);
    } else if (kind == "MultiPolygon" && refs->is_array()) {
      for (const json& p : *refs) polygons.push_back(&p);
    } else {
      error = where + " (" + shape.code + "): type " + kind + " wordt niet ondersteund";
      return false;
    }

    for (const json* polygon : polygons) {
      if (!polygon->is_array() || polygon->empty()) {
        error = where + " (" + shape.code + "): lege polygoon";
        return false;
      }
      Part part;
      for (size_t r = 0; r < polygon->size(); ++r) {
        std::vector<GridPoint> ring;
        std::string why;
        if (!assemble_ring((*polygon)[r], arcs, ring, why)) {
          error = where + " (" + shape.code + "): " + why;
          return false;
        }
        stats.source_points += ring.size();
        clean_ring(ring, stats);
        const int64_t area2 = ring.size() >= 3 ? twice_area(ring) : 0;
        if (area2 == 0) {
          ++stats.rings_dropped;
          if (r == 0) break;  // without its outer ring a part's holes mean nothing
          continue;
        }
        // Outer rings counter-clockwise, holes clockwise (RD axes): the usual mathematical
        // convention, whatever the source used.
        const bool hole = r > 0;
        if ((area2 > 0) == hole) std::reverse(ring.begin(), ring.end());
        part.rings.push_back(std::move(ring));
      }
      if (!part.rings.empty()) shape.parts.push_back(std::move(part));
    }
    if (shape.parts.empty()) {
      error = where + " (" + shape.code + "): geen vlak over na het afronden op 10 m";
      return false;
    }
    shapes.push_back(std::move(shape));
  }

  std::sort(shapes.begin(), shapes.end(), [](const SourceShape& a, const SourceShape& b) { return a.code < b.code; });
  for (size_t i = 1; i < shapes.size(); ++i) {
    if (shapes[i].code == shapes[i - 1].code) {
      error = file + ": code " + shapes[i].code + " komt twee keer voor";
      return false;
    }
  }
  return true;
}

void fill_layer(const std::vector<SourceShape>& shapes, geo::Layer& layer, MapStats& stats) {
  layer = geo::Layer{};
  for (const SourceShape& s : shapes) {
    geo::Shape shape;
    shape.code = s.code;
    shape.name = s.name;
    shape.first_ring = static_cast<uint32_t>(layer.rings.size());
    for (const Part& part : s.parts) {
      for (size_t r = 0; r < part.rings.size(); ++r) {
        geo::Ring ring;
        ring.first = static_cast<uint32_t>(layer.points.size());
        ring.count = static_cast<uint32_t>(part.rings[r].size());
        ring.hole = r > 0;
        for (const GridPoint& p : part.rings[r]) {
          layer.points.push_back(
              geo::Point{static_cast<float>(p.x * geo::kGridMetres), static_cast<float>(p.y * geo::kGridMetres)});
        }
        layer.rings.push_back(ring);
      }
    }
    shape.ring_count = static_cast<uint32_t>(layer.rings.size()) - shape.first_ring;
    layer.shapes.push_back(std::move(shape));
  }
  stats.points_kept += layer.points.size();
}

}  // namespace

bool read_topojson_layer(std::string_view text, const std::string& file, const std::string& object_name,
                         const std::string& prefix, geo::Layer& out, MapStats& stats, std::string& error) {
  std::vector<SourceShape> shapes;
  if (!parse_layer(text, file, object_name, prefix, shapes, stats, error)) return false;
  fill_layer(shapes, out, stats);
  return true;
}

bool build_map(const std::string& shared_data_dir, int year, geo::Map& out, MapStats& stats, std::string& error) {
  stats = MapStats{};
  const std::filesystem::path dir = std::filesystem::path(shared_data_dir) / "geo" / std::to_string(year);
  const std::string y = std::to_string(year);
  struct LayerSource {
    const char* kind;
    const char* prefix;
    geo::Layer geo::Map::*layer;
  };
  const std::array<LayerSource, 3> sources = {{{"gemeente", "GM", &geo::Map::gemeenten},
                                               {"jeugdregio", "JZ", &geo::Map::jeugdregios},
                                               {"provincie", "PV", &geo::Map::provincies}}};
  geo::Map map;
  map.year = year;
  for (const LayerSource& source : sources) {
    const std::string name = std::string(source.kind) + "_" + y;
    const std::filesystem::path path = dir / (name + ".topojson");
    std::string text;
    if (!read_text(path, text, error)) return false;
    if (!read_topojson_layer(text, path.filename().string(), name, source.prefix, map.*source.layer, stats, error)) {
      return false;
    }
  }
  geo::update_bounds(map);
  out = std::move(map);
  return true;
}

bool write_map(const std::string& shared_data_dir, int year, const std::string& out_dir, std::string& error) {
  geo::Map map;
  MapStats stats;
  if (!build_map(shared_data_dir, year, map, stats, error)) return false;
  const std::vector<uint8_t> bytes = geo::write_map(map);
  if (bytes.empty()) {
    error = "kaart " + std::to_string(year) + " kan niet worden opgeslagen (ongeldige code, naam of vorm)";
    return false;
  }

  // Write next to the target and rename, so a reader never sees half a file.
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  const std::filesystem::path target = std::filesystem::path(out_dir) / ("kaart_" + std::to_string(year) + ".jvk");
  std::filesystem::path temp = target;
  temp += ".tmp";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
      error = "kan " + temp.string() + " niet schrijven";
      return false;
    }
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    error = "kan " + target.string() + " niet schrijven: " + ec.message();
    return false;
  }
  return true;
}

}  // namespace jv::datagen
