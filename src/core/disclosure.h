// Small numbers and what they would give away. A count from 1 to 9 is never shown ("< 10"): with
// a gemeente, a period and an age band it can point at one family. Hiding it is not enough where a
// total and its parts are shown together: Teylingen's Q1-3 2025 shows a total of 820 and age bands
// 46, 414, 353 and "< 10", and 820 - 46 - 414 - 353 = 7. Secondary suppression (CBS's practice for
// its jeugdzorg tables) hides further cells until no hidden count can be worked out, or narrowed
// down, from what is shown.
//
// The model: cells hold counts; a relation says one cell (the total) is the sum of others (its
// parts). Per relation, someone who sees the shown cells knows the sum of the hidden ones, and
// knows of each hidden cell what its label says:
//   Small      "< 10": 1 to 9
//   Secondary  "verborgen": chosen only among counts of 10 or more, so 10 or more
//   Unknown    a cell without a value (NaN: not in the file, or secret at the source): 0 or more
// A table is protected when, for every relation and every Small cell in it, those facts leave the
// cell anywhere from 1 to 9: nothing is learnt beyond "< 10". Zeros are shown: a 0 gives nothing
// away and hiding it would not protect a neighbour (a hidden 0 would have to be 0).
#pragma once

#include <cstddef>
#include <vector>

namespace jv {

enum class Hidden { No, Small, Secondary };

inline constexpr double kSmallCount = 10.0;  // counts from 1 to 9 are hidden

struct CountRelation {
  std::size_t total = 0;           // index of the total cell
  std::vector<std::size_t> parts;  // indices of its parts
};

// Which cells to hide. Every count from 1 to 9 (a value > 0 and < 10, fractions included) is Small.
// Then, while some relation leaves a Small cell narrower than 1..9, the smallest shown part of 10
// or more in that relation is hidden as Secondary; when there is none, its total is. Repeats until
// every relation is protected; the result never hides a cell in a relation without a Small cell.
// Relations are checked one at a time (not as one system of equations): enough for a total with
// its parts and for periods that add up to a longer one, the tables the app shows.
std::vector<Hidden> protect_counts(const std::vector<double>& values, const std::vector<CountRelation>& relations);

// Whether `hidden` protects every Small cell of one relation (see above). For tests and for the
// check protect_counts() repeats.
bool relation_protected(const std::vector<double>& values, const std::vector<Hidden>& hidden,
                        const CountRelation& relation);

}  // namespace jv
