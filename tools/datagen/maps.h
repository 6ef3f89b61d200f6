// The map part of the data generator: TopoJSON outlines -> data/kaart_<year>.jvk.
#pragma once

#include <string>
#include <string_view>

#include "core/geometry.h"

namespace jv::datagen {

// Reads ../shared/data/geo/<year>/{gemeente,jeugdregio,provincie}_<year>.topojson under
// `shared_data_dir` and writes `out_dir`/kaart_<year>.jvk. Returns false with a message in
// `error` when a source is missing or malformed.
bool write_map(const std::string& shared_data_dir, int year, const std::string& out_dir, std::string& error);

// What build_map() did to the source points, for the generator's log and for checking.
struct MapStats {
  size_t source_points = 0;     // ring points after decoding the arcs (closing points not counted)
  size_t repeated_dropped = 0;  // consecutive points equal after snapping to the 10 m grid
  size_t spikes_dropped = 0;    // points where a ring turned back on itself (A, B, A)
  size_t rings_dropped = 0;     // rings left with less than 3 points or without area
  size_t points_kept = 0;
};

// One layer of a TopoJSON topology: the geometries of objects[`object_name`], whose codes
// (properties.statcode) must start with `prefix`, decoded, projected, snapped and cleaned as
// build_map() does, shapes sorted by code. On failure returns false with a message naming `file`
// in `error`; `out` may then hold part of the layer. The generator reads trusted files, but
// scripts/fuzz runs this on arbitrary text too (tests/fuzz/fuzz_topojson.cpp): a damaged source
// must give a message, never a crash.
bool read_topojson_layer(std::string_view text, const std::string& file, const std::string& object_name,
                         const std::string& prefix, geo::Layer& out, MapStats& stats, std::string& error);

// The map of one year as write_map() stores it, without writing: decoded (each file de-quantised
// with its own transform), projected to RD, snapped to the 10 m grid, cleaned, outer rings
// counter-clockwise and holes clockwise, shapes sorted by code.
bool build_map(const std::string& shared_data_dir, int year, geo::Map& out, MapStats& stats, std::string& error);

}  // namespace jv::datagen
