// libFuzzer target: the generator's TopoJSON reader (tools/datagen/maps.h), which turns the CBS
// outlines into the map compiled into the page. Its sources are trusted, but a damaged download
// must end in a message, not a crash: arbitrary text as one layer ("gemeente_2025", codes "GM").
// A layer it accepts has every ring inside its point array with at least three points.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "maps.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  jv::geo::Layer layer;
  jv::datagen::MapStats stats;
  std::string error;
  if (!jv::datagen::read_topojson_layer(text, "fuzz.topojson", "gemeente_2025", "GM", layer, stats, error)) {
    if (error.empty()) std::abort();
    return 0;
  }
  std::size_t next = 0;
  for (const jv::geo::Ring& ring : layer.rings) {
    if (ring.first != next || ring.count < 3) std::abort();
    next += ring.count;
  }
  if (next != layer.points.size() || stats.points_kept != layer.points.size()) std::abort();
  for (std::size_t i = 1; i < layer.shapes.size(); ++i) {
    if (!(layer.shapes[i - 1].code < layer.shapes[i].code)) std::abort();
  }
  return 0;
}
