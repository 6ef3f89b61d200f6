// The benchmark's data: gemeenten with their jeugdregio, provincie, inhabitants and values, the
// variables' metadata, in the boundaries of one year. 2021 is read from the project's files;
// 2025 is derived from 2021 by combining the predecessors of merged gemeenten (herindelingen),
// so a 2025 gemeente (Dijk en Waard, Land van Cuijk, ...) can be compared on 2021 figures.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.h"

namespace jv {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Region {
  std::string code;  // JZ18, PV27
  std::string name;
};

struct Gemeente {
  std::string code;  // GM0363
  std::string name;
  std::string search_name;  // fold_for_search(name), made once by the loaders; empty: folded when needed
  int provincie = -1;       // index into Dataset::provincies
  int jeugdregio = -1;      // index into Dataset::jeugdregios
  double inwoners = kNaN;
  std::vector<double> values;             // one per Dataset::variables; NaN when unknown
  std::vector<std::string> predecessors;  // 2021 codes combined into this one (2025 only)
};

struct Dataset {
  int year = 0;  // the year of the boundaries
  std::vector<IndicatorMeta> variables;
  std::vector<Region> provincies;
  std::vector<Region> jeugdregios;
  std::vector<Gemeente> gemeenten;  // sorted by code
  // Per variable, the denominator of each gemeente's value (inhabitants for costs per inhabitant,
  // young people for costs per young person), when the source gives one; an empty vector: the
  // denominator follows the variable's merge weight (estimated youth, inhabitants, households).
  std::vector<std::vector<double>> denominators;

  int find_code(std::string_view code) const;  // exact "GM0363"; -1 when absent
  int variable(std::string_view id) const;     // index into variables; -1 when absent
  double value(int gemeente, int variable) const;
};

// CBS publishes no count of young people here; these estimates come from the age shares, and
// everything computed with them is labelled as an estimate:
//   0 tot 23 jaar ~ inwoners x (share 0-14 + 8/10 x share 15-24)
//   0 tot 18 jaar ~ inwoners x (share 0-14 + 3/10 x share 15-24)
// (15-24 spans ten ages of which 15..22 are eight and 15..17 three, assuming an even spread.)
double estimate_youth_0_22(const Dataset& data, int gemeente);
double estimate_youth_0_17(const Dataset& data, int gemeente);
// Households ~ inwoners / average household size.
double estimate_households(const Dataset& data, int gemeente);

// The project's own files (data/*.csv), as text. The app has them compiled in; the CLI too.
struct DataFiles {
  std::string_view indicatoren;     // variables' metadata, written by hand
  std::string_view gemeenten_2021;  // generated from CBS KWB 2021
  std::string_view gemeenten_2025;  // 2025 gemeenten with their regions
  std::string_view herindeling;     // 2021 code -> 2025 code
  std::string_view regios;          // jeugdregio and provincie names per year
  std::string_view bronnen;         // the sources' provenance, written by hand (core/figures.h)
  std::string_view iv3;             // youth-care spending, generated from CBS Iv3 (core/iv3.h)
};

struct LoadError {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;            // Dutch
  std::string to_string() const;  // "data/x.csv, regel 3, kolom 2: ..."
};

bool load_variables(std::string_view indicatoren_csv, std::vector<IndicatorMeta>& out, LoadError& error);
bool load_dataset_2021(const DataFiles& files, Dataset& out, LoadError& error);
// Builds the 2025 dataset from `d2021`: unchanged gemeenten keep their values; a merged one
// combines its predecessors' values, each variable weighted as its metadata says (estimated
// youth, inhabitants or households). When a predecessor lacks a value, so does the merger.
bool derive_dataset_2025(const Dataset& d2021, const DataFiles& files, Dataset& out, LoadError& error);

// Finding a gemeente by what a person types: one rule for the app's search box, the CLI and the
// gemeente names in own-data files. In this order:
//   1. a code: "GM0402", "gm402", "0402", "402";
//   2. a name in any case, with or without accents and hyphens: "sudwest-fryslan", "SUDWEST FRYSLAN";
//   3. a common name CBS does not use: "Den Haag" for 's-Gravenhage, "Den Bosch" for
//      's-Hertogenbosch;
//   4. the start of a name or of a word in it ("sudwest", "hilvers", "hertogenbosch"; also of a
//      common name: "den bos"), when exactly one gemeente has it ("hilv" is Hilvarenbeek too).
// Otherwise `index` is -1 and `suggestions` holds up to five gemeenten, best first (the order of
// search_gemeenten). When several match as in 4, `ambiguous` is true and they are the suggestions:
// "Bergen" -> Bergen (L.), Bergen (NH.), Bergen op Zoom; nothing is picked for the person. Else they
// are names containing the text or spelled almost like it ("Alkmar" -> Alkmaar); a name that only
// contains the text ("versum") is never taken. Empty or blank query: no match, no suggestions.
struct GemeenteMatch {
  int index = -1;
  bool exact = false;  // found by 1-3 (code, name or common name), not by the start of a name
  bool ambiguous = false;
  std::vector<int> suggestions;
};
GemeenteMatch find_gemeente(const Dataset& data, std::string_view query);

// Ranked matches for a search box, by the same rule: the exact match of 1-3 first, then names (or
// common names) starting with the query, then names with a word starting with it, then names
// containing it; alphabetical within each. Whenever find_gemeente finds a gemeente it is the first
// hit, so Enter in a search box takes what the CLI takes. Empty query: none.
std::vector<int> search_gemeenten(const Dataset& data, std::string_view query, std::size_t limit);

}  // namespace jv
