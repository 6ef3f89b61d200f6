// The map part of the data generator: TopoJSON outlines -> data/kaart_<year>.jvk.
#pragma once

#include <string>

namespace jv::datagen {

// Reads ../shared/data/geo/<year>/{gemeente,jeugdregio,provincie}_<year>.topojson under
// `shared_data_dir` and writes `out_dir`/kaart_<year>.jvk. Returns false with a message in
// `error` when a source is missing or malformed.
bool write_map(const std::string& shared_data_dir, int year, const std::string& out_dir,
               std::string& error);

}  // namespace jv::datagen
