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
//
// Missing is never zero. Iv3 records on which taakveld a gemeente booked, not whether it spent: a
// 0 on every taakveld of a measure cannot be told from "booked elsewhere" (a gemeenschappelijke
// regeling that buys youth care for the region, another taakveld). So:
//   - nothing (0 or empty) on every youth taakveld of a year's structure (Vijfheerenlanden,
//     jaarrekening 2023): no figure in any series of that document and year (total, per
//     inhabitant, per young person, every kind of care), NaN with the reason as the figure's note;
//   - nothing on the taakvelden of one kind of care while others are booked (Heemstede, met verblijf,
//     jaarrekening 2023): no figure for that kind, with its own reason. Every kind here is a task
//     the Jeugdwet puts on every gemeente (or, from 2025, toegang, PGB and beleid, which a gemeente
//     may still book on older taakvelden such as 6.2 wijkteams), so a 0 says where it was booked,
//     not that nothing was spent; "EUR 0 per inhabitant, lager dan de middelste helft" would be a
//     verdict on a booking choice. The total and the other kinds keep their figures.
// A figure left out never enters a group's range, median, rate, the map's classes or a model
// (compare.h, scale.h skip NaN); tests/core/test_figures.cpp checks that on the real store.
#pragma once

#include <string_view>

#include "core/figures.h"

namespace jv {

// Reads data/iv3_jeugd.csv and adds its series to `store` (store.data must hold the 2025
// gemeenten). `source` is the index of the Iv3 source. False with the first problem.
bool add_iv3_series(FiguresStore& store, std::string_view iv3_csv, int source, LoadError& error);

}  // namespace jv
