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
//
// Every figure that leaves the page (table, chart, tooltip, CSV, PNG, CLI text and JSON) is
// decided here, by its kind and the count of jeugdigen (or trajecten) behind it. A share, an
// amount and a rate are as disclosive as the count behind them:
//   Count   a number of jeugdigen or trajecten: protect_counts() (Small, Secondary).
//   Share   a part's share of a whole (%): part = share x whole, and shares that add up to 100 %
//           give the whole away from any one shown part. Hidden (Few) when its part or its whole is
//           a count from 1 to 9, or fewer than 10 are behind it; hidden (Secondary) when its part
//           or whole is hidden as Secondary. So every share of a hidden whole is hidden, the 0,0 %
//           ones too: next to "0,0 %" for all others, one hidden share is the whole group.
//   Amount  euros summed over jeugdigen, or divided by them (kosten per jeugdige): hidden (Few)
//           behind fewer than 10 jeugdigen (at one it is one family's bill), and with the count it
//           is divided by (kosten / kosten per jeugdige = the count). Amounts that add up to a
//           total (kosten per product) get secondary suppression too (protect_sums): a total with
//           one hidden part would give it back.
//   Rate    a count per a known population (per 1.000): the population is public, so the rate
//           gives its numerator: hidden as its numerator's counts are, and (Few) when the numerator
//           is from 1 to 9.
//   Mean    a mean or median over few (duur of afgesloten trajecten): at one it is one jeugdige's
//           dates. Hidden (Few) when fewer than 10 are behind it.
// A zero behind a figure hides nothing (there is no one to point at), as a count of 0 is shown.
// The texts (one place; the views, the exports and the CLI take them from here):
//   Small      cell "< 10"; export "< 10, niet gedeeld"; explanation "< 10: een aantal van 1 tot en
//              met 9 tonen we niet; het kan over één gezin gaan."
//   Secondary  cell "verborgen" (English "hidden"); export "verborgen (anders is een aantal onder de
//              10 terug te rekenen)"; explanation "verborgen: dit cijfer is verborgen omdat anders
//              een aantal onder de 10 terug te rekenen is (het totaal min de andere delen, of een
//              aandeel maal het totaal)."
//   Few        cell "< 10 erachter" (English "< 10 behind it"); export "minder dan 10 jeugdigen of
//              trajecten erachter, niet gedeeld"; explanation "< 10 erachter: dit aandeel, bedrag,
//              gemiddelde of cijfer per 1.000 rust op minder dan 10 jeugdigen of trajecten; het kan
//              over één gezin gaan."
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace jv {

enum class Hidden { No, Small, Secondary, Few };

enum class FigureKind { Count, Share, Amount, Rate, Mean };

// What stands behind one figure (see the kinds above).
struct FigureBasis {
  FigureKind kind = FigureKind::Count;
  // Count: protect_counts' verdict on it. Share: the verdict on its part. Rate: the worst verdict
  // on the counts its numerator sums. Amount: on the count it is divided by (kosten per jeugdige).
  Hidden count = Hidden::No;
  // Share: the verdict on its whole. Amount: on the amount it divides (kosten per jeugdige:
  // the kosten). Otherwise No.
  Hidden whole = Hidden::No;
  // How many jeugdigen or trajecten are behind it: a Share's whole, a Rate's numerator, the
  // jeugdigen an Amount sums or divides by, a Mean's number of values. NaN: unknown.
  double behind = std::numeric_limits<double>::quiet_NaN();
  // A Share's part when it is no shown count (trajecten langer dan een jaar): 1 to 9 hides it.
  double part = std::numeric_limits<double>::quiet_NaN();
};

// A count from 1 to 9 (a value > 0 and < 10, fractions included): the one test of "small" that
// every output uses.
bool small_count(double value);

// Whether one figure may leave the page (the rules above). A Count returns basis.count.
Hidden hide_figure(const FigureBasis& basis);

// The texts above: what stands in the cell, the reason an export gives, the sentence on screen.
const char* hidden_cell(Hidden hidden, bool english = false);
const char* hidden_reason(Hidden hidden);
const char* hidden_sentence(Hidden hidden);

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
// Secondary suppression for amounts (kosten per product and their total): while a relation has
// exactly one hidden cell (the total less the shown parts would give it), the total is hidden as
// Secondary, or when it already is, the smallest shown non-zero part. Two hidden cells in one
// relation leave each of them unknown. `hidden` holds the verdicts so far (hide_figure) and grows.
void protect_sums(const std::vector<double>& values, const std::vector<CountRelation>& relations,
                  std::vector<Hidden>& hidden);

bool relation_protected(const std::vector<double>& values, const std::vector<Hidden>& hidden,
                        const CountRelation& relation);

}  // namespace jv
