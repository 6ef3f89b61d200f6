// The figures store: every figure the benchmark holds, from every source and period, in the 2025
// boundaries, with where it came from and what it means.
//
//   sources   who published it, which table, licence, how it reached the page (compiled in, or a
//             file the user loaded) and whether it is public or the user's own
//   series    one indicator over periods, with one definition (population and age band, kind of
//             care, unit, direction), its source, its periods, and the breaks in method or
//             structure between them (CBS's 2021 jeugdhulp method change, the 2025 Iv3 taakvelden)
//   figures   the values, held as columns of `data`: one column (a Dataset variable) per series
//             and period, one row per gemeente; NaN where there is none
//
// The comparison engine (compare.h) works on one column at a time, so every view, the CLI and the
// tests compare any series in any period with the same code. A series from a period before 2025
// reaches the 2025 gemeenten through the herindeling table (predecessors).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/compare.h"
#include "core/dataset.h"
#include "core/owndata.h"
#include "core/period.h"

namespace jv {

enum class SourceKind {
  Compiled,       // public, compiled into the app (data/)
  UserBenchmark,  // public, from a file the user loaded ("Gebruik als benchmark")
  Own,            // the user's own figures
};

struct Source {
  std::string id;           // "kwb-2021", "iv3", "statline:<file name>"
  std::string publisher;    // "CBS"
  std::string title;        // "Kerncijfers wijken en buurten 2021"
  std::string table;        // "85039NED"; empty when not a StatLine table
  std::string licence;      // "CC BY 4.0"
  std::string attribution;  // "Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED)"
  std::string reached;      // how it reached the page: "ingebouwd (data/gemeenten_2021.csv)", "uw bestand x.csv"
  std::string file_name;    // the user's file, for UserBenchmark and Own
  SourceKind kind = SourceKind::Compiled;
  std::string caveat;  // what to keep in mind with every figure from it
};

// Figures before `period` and from it on were made differently: the views draw the break and never
// a line through it.
struct SeriesBreak {
  Period period;
  std::string why;  // "Iv3 2025: andere taakvelden (toegang, ambulant, PGB, beleid)"
};

struct Series {
  std::string
      id;  // stable: lowercase words joined by '-', "jeugdzorg-tot-23", "iv3-jeugd-lasten-per-inwoner-begroting"
  int source = -1;
  IndicatorMeta meta;           // the definition; meta.period is the latest period's text
  std::vector<Period> periods;  // ascending
  std::vector<int> variables;   // per period: the column in FiguresStore::data
  std::vector<SeriesBreak> breaks;
};

struct FiguresStore {
  Dataset d2021;    // KWB 2021 as published, in 2021 boundaries (the CLI's --jaar 2021)
  Dataset data;     // 2025 boundaries; one variable per series and period (and the characteristics)
  Benchmark bench;  // over `data`; rebuild_benchmark() (or extend_benchmark()) after adding columns
  std::vector<Source> sources;
  std::vector<Series> series;
  // A figure's own remark, by (variable, gemeente): "negatief: een correctie op eerdere jaren".
  std::map<std::pair<int, int>, std::string> notes;

  FiguresStore() = default;
  // `bench` points into `data`: a copy points into its own.
  FiguresStore(const FiguresStore& other);
  FiguresStore& operator=(const FiguresStore& other);
};

// The compiled-in store: KWB 2021 (in 2021 boundaries and, combined for mergers, in 2025's), CBS Iv3
// youth-care spending 2023-2025, with sources from data/bronnen.csv. False with the first problem.
bool load_store(const DataFiles& files, FiguresStore& out, LoadError& error);

// Recomputes the benchmark (denominators, peer scale, models) after columns were added.
void rebuild_benchmark(FiguresStore& store);

// An id that reads as words: lower case, no accents, words joined by '-', a dash between letters
// and digits. "jeugdzorg_tot23" -> "jeugdzorg-tot-23"; "Wachttijden Gelderland.csv" ->
// "wachttijden-gelderland-csv".
std::string series_id(std::string_view text);

// The series with this id (exact), or whose id or name matches when folded ("Jongeren met
// jeugdzorg (tot 23 jaar)", "jeugdzorg_tot23"); -1 when none or several match.
int find_series(const FiguresStore& store, std::string_view id_or_name);
// The series a column belongs to, or -1 (a characteristic).
int series_of_variable(const FiguresStore& store, int variable);
// The column of a series in a period, or -1 when the series has no figures then.
int variable_at(const FiguresStore& store, int series, const Period& period);
// The column of the latest period of a series, or -1 when it has none.
int latest_variable(const FiguresStore& store, int series);
// The break at `period` of a series, or null.
const SeriesBreak* break_at(const Series& series, const Period& period);

// Adds one period of a series as a new column: `values` and `denominators` per gemeente of
// store.data (NaN for none; denominators may be empty: then the merge weight's). Returns the
// column. Call rebuild_benchmark() when done adding.
int add_period(FiguresStore& store, int series, const Period& period, const std::string& period_text, Status status,
               std::vector<double> values, std::vector<double> denominators = {});

// Takes a source out of the store: its series, their columns (every later column moves up, and
// series, notes and the benchmark follow) and the source itself (later sources move up). False
// for an index that is not a source. Brings the benchmark up to date (shrink_benchmark()).
bool remove_source(FiguresStore& store, int source);

// A region's shared file as a comparison group: every own indicator (no breakdown) that holds, in
// one period, figures of three or more gemeenten becomes a series of the user's own (a Source of
// kind Own per file, "Uw bestand: wachttijden.csv"), one column per such period, so every view can
// set the chosen gemeente against the others in the file (group_in_file()). Counts that must not be
// shown (`hidden`, own_disclosure) are left out (NaN). Without numerator and denominator for
// every figure of a column the series is `descriptive`: median and middle half, no significance.
// Brings the benchmark up to date when it added anything (extend_benchmark()). Returns the number
// of series added.
int add_own_series(FiguresStore& store, const OwnData& own, const std::vector<Hidden>& hidden);

// The gemeenten with a figure in `variable`: for an own series, "Gemeenten in uw bestand (11)",
// a group of kind Custom to compare with.
Group group_in_file(const FiguresStore& store, int variable);

}  // namespace jv
