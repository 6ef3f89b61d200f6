// CBS Iv3 youth-care spending as series of the figures store: what every gemeente spent
// (jaarrekening 2023) and planned (begroting 2023, 2024, 2025) on youth care, in total, per
// inhabitant, per young person 0-17 and per kind of care.
//
// Which taakvelden make up each figure:
//   2023 and 2024   zonder verblijf 6.72 and 6.72a-d (begeleiding, behandeling, dagbesteding, overig;
//                   the parent row 6.72 is mostly 0, but some gemeenten book on it)
//                   met verblijf 6.73a-c (pleegzorg, gezinsgericht, overig)
//                   GGZ, crisis en gesloten 6.74a-c (GGZ zonder verblijf, crisis/LTA/GGZ-verblijf, gesloten plaatsing)
//                   jeugdbescherming en -reclassering 6.82 and 6.82a/b
//   2025            ambulant 6.751-753 (lokaal, regionaal, landelijk): the new "zonder verblijf"
//                   met verblijf 6.761-763
//                   jeugdbescherming en -reclassering 6.821/6.822
//                   toegang 6.22, PGB 6.792 and coordinatie en beleid 6.92: new in 2025
//   total           the sum of a year's taakvelden: in 2025 with toegang, PGB and beleid, so 2025
//                   is not the same measure as 2023/2024; the series carry a break at 2025.
// A jaarrekening and a begroting are never one series: each measure has a -jaarrekening and a
// -begroting series. Per inhabitant divides by CBS's inhabitants on 1 January of the year (from
// the Iv3 file); per young person by the Gemeentefonds' own estimate of young people 0-17 (May
// circular of the year; 2024's for 2025), labelled as an estimate. Negative amounts (Teylingen's
// jeugdbescherming/-reclassering 2023: -827 x EUR 1.000) are shown as they are, with a note: they
// are corrections.
#pragma once

#include <string_view>

#include "core/figures.h"

namespace jv {

// Reads data/iv3_jeugd.csv and adds its series to `store` (store.data must hold the 2025
// gemeenten). `source` is the index of the Iv3 source. False with the first problem.
bool add_iv3_series(FiguresStore& store, std::string_view iv3_csv, int source, LoadError& error);

}  // namespace jv
