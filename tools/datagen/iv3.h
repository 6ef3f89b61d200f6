// The spending part of the data generator: CBS Iv3 (jaarrekening 2023, begroting 2023-2025) and the
// Gemeentefonds measures -> data/iv3_jeugd.csv.
#pragma once

#include <string>

namespace jv::datagen {

// Reads ../shared/data/cbs-iv3/ under `shared_data_dir` and writes `out_dir`/iv3_jeugd.csv: one row
// per document (jaarrekening or begroting), year and gemeente (GM code, 2025 boundaries), with the
// gemeente's inhabitants (CBS, 1 January of the year, from the Iv3 file), the Gemeentefonds
// estimate of young people 0-17 (May circular of the year, 2024's for 2025), and the lasten (x EUR 1.000)
// of every youth-care taakveld of both Iv3 structures (2023/2024 and 2025; empty where a taakveld
// does not exist that year). Nothing is summed here: which taakvelden make up a figure is the
// core's (src/core/iv3.cpp), next to its definition. Returns false with a message in `error`.
bool write_iv3(const std::string& shared_data_dir, const std::string& out_dir, std::string& error);

}  // namespace jv::datagen
