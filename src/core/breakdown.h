// Breakdowns ("uitsplitsing") of an own figure, in the order people read them. Policy documents
// split figures by age band; sorted as text they come out "0-3, 12-17, 18+, 4-11". Here age bands
// go by age, other breakdowns alphabetically after them, and the total last, as in a table with
// its "Totaal" row at the bottom.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace jv {

// An age band: the lowest and highest age in it, both included. "And older" has no highest age:
// upper is kNoUpperAge.
struct AgeBand {
  int lower = 0;
  int upper = 0;
  bool operator==(const AgeBand&) const = default;
};
inline constexpr int kNoUpperAge = 1000;

// Reads an age band as policy documents and CBS tables write them. Capitals, spaces, the kind of
// dash (-, –, —) and a trailing "jaar" (or "jr") do not matter:
//   "0-3 jaar", "0 – 3", "0 t/m 3 jaar", "0 tot en met 3 jaar"   -> 0..3
//   "0 tot 4 jaar"                                              -> 0..3  ("tot": up to, not including)
//   "18+", "18+ jaar", "18 jaar en ouder", "18 jaar of ouder",
//   "vanaf 18 jaar"                                             -> 18..kNoUpperAge
//   "ouder dan 17 jaar"                                         -> 18..kNoUpperAge
//   "tot 18 jaar", "jonger dan 18 jaar", "onder de 18"          -> 0..17
//   "t/m 17 jaar", "tot en met 17 jaar"                         -> 0..17
//   "12 jaar"                                                   -> 12..12
// Anything else is no age band: a total, "meisjes", "0-3 jaar meisjes", a band whose upper age is
// below its lower one ("12-4"), or ages of 150 and more.
std::optional<AgeBand> parse_age_band(std::string_view label);

// Whether a breakdown is the total over the others: empty (the template's blank column), or
// "Totaal", "Total", "Totaal ..." ("Totaal 0-17 jaar"), "Alle leeftijden", "Alle jeugdigen",
// "Alle jongeren" (capitals, accents and punctuation aside).
bool is_total_breakdown(std::string_view label);

// The order in which breakdowns are listed: first age bands by their lowest age, then by their
// highest; then other breakdowns alphabetically (capitals and accents aside); the total last.
// A strict weak ordering over all strings in which only identical labels are equivalent (ties
// such as "18+" and "18 jaar en ouder", or "Meisjes" and "meisjes", fall back to byte order).
bool breakdown_less(std::string_view a, std::string_view b);

// An indicator's name that ends in an age band, split into the name and the band:
// "Jeugdigen met jeugdhulp 0 t/m 3 jaar" -> {"Jeugdigen met jeugdhulp", "0 t/m 3 jaar"},
// "Jeugdhulp 18+" -> {"Jeugdhulp", "18+"}. Only a band from one age to another or upwards, that
// starts with its lowest age ("0 t/m 3", "4-11 jaar", "18+", "18 jaar en ouder"): "Jongeren tot 23
// jaar" and "Jeugdigen 0 tot 18 jaar" name a population, and "12 jaar" may be anything. The
// longest such ending wins; a name that is only a band is not split. {name, ""} when none.
std::pair<std::string, std::string> split_age_band(std::string_view name);

}  // namespace jv
