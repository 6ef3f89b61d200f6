// Small numbers cannot be recovered by subtraction: by hand, on the Teylingen example, and as a
// property over thousands of generated tables checked by an independent attacker.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/disclosure.h"
#include "core/flows.h"
#include "core/owndata.h"
#include "data/embedded_data.h"

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using jv::CountRelation;
using jv::Hidden;

// Own data of one count indicator for Hilversum, a value per period: for the sums over time.
struct CountsOfHilversum {
  jv::OwnData own;
  std::string indicator;

  explicit CountsOfHilversum(const char* id) : indicator(id) {
    jv::OwnIndicator ind;
    ind.meta.id = id;
    ind.meta.unit = jv::Unit::Count;
    own.indicators.push_back(ind);
  }
  void add(const std::string& period, double value) {
    jv::OwnValue v;
    v.gemeente = "GM0402";
    v.indicator = indicator;
    std::string error;
    REQUIRE_MESSAGE(jv::parse_period(period, v.period, error), error);
    v.value = value;
    own.values.push_back(v);
  }
};

// --- An attacker who tries every integer value ---------------------------------------------------
// Independent of relation_protected(): instead of bounds it enumerates which sums the hidden cells
// can reach, as integers, from what their labels say ("< 10" is 1..9, "verborgen" 10 or more, an
// empty cell 0 or more).

constexpr int kCap = 6000;  // larger than any sum in the generated tables

struct Range {
  int lo, hi;
};

Range label_range(const std::vector<double>& values, const std::vector<Hidden>& hidden, std::size_t i) {
  if (hidden[i] == Hidden::Small) return {1, 9};
  if (hidden[i] == Hidden::Secondary) return {10, kCap};
  if (std::isnan(values[i])) return {0, kCap};
  const int v = static_cast<int>(values[i]);
  return {v, v};
}

// Which sums the cells can make together: reachable[s] for s in 0..kCap.
std::vector<char> reachable_sums(const std::vector<Range>& cells) {
  std::vector<char> r(kCap + 1, 0);
  r[0] = 1;
  for (const Range& c : cells) {
    // new[s] = any r[s - x] for x in [lo, hi]: a sliding window over r.
    std::vector<int> prefix(kCap + 2, 0);
    for (int s = 0; s <= kCap; ++s) prefix[s + 1] = prefix[s] + r[static_cast<std::size_t>(s)];
    std::vector<char> next(kCap + 1, 0);
    for (int s = 0; s <= kCap; ++s) {
      const int a = std::max(0, s - c.hi), b = s - c.lo;  // r indices a..b
      if (b < 0) continue;
      next[static_cast<std::size_t>(s)] = prefix[b + 1] - prefix[a] > 0;
    }
    r = std::move(next);
  }
  return r;
}

// The values 1..9 the attacker cannot rule out for Small cell `target` of relation `r`.
int feasible_values(const std::vector<double>& values, const std::vector<Hidden>& hidden, const CountRelation& r,
                    std::size_t target) {
  // total - sum(parts) = 0, with the target fixed to v and every other cell in its label's range.
  // Move the total to the parts' side with a negative sign: sum(parts) - total = 0. Work with
  // "parts other than target" P and the total T: P - T = -v (target is a part) or P - v = 0
  // (target is the total).
  std::vector<Range> parts;
  for (const std::size_t p : r.parts) {
    if (p != target) parts.push_back(label_range(values, hidden, p));
  }
  const std::vector<char> sums = reachable_sums(parts);
  int count = 0;
  for (int v = 1; v <= 9; ++v) {
    bool ok = false;
    if (target == r.total) {
      ok = sums[static_cast<std::size_t>(v)] != 0;
    } else {
      const Range t = label_range(values, hidden, r.total);
      for (int total = t.lo; total <= std::min(t.hi, kCap) && !ok; ++total) {
        const int rest = total - v;
        ok = rest >= 0 && sums[static_cast<std::size_t>(rest)] != 0;
      }
    }
    count += ok ? 1 : 0;
  }
  return count;
}

// Could protect_counts() have hidden anything more in this relation?
bool nothing_left_to_hide(const std::vector<double>& values, const std::vector<Hidden>& hidden,
                          const CountRelation& r) {
  for (const std::size_t p : r.parts) {
    if (hidden[p] == Hidden::No && !std::isnan(values[p]) && values[p] >= 10) return false;
  }
  return hidden[r.total] != Hidden::No || std::isnan(values[r.total]) || values[r.total] < 10;
}

void check_table(const std::vector<double>& values, const std::vector<CountRelation>& relations) {
  const std::vector<Hidden> hidden = jv::protect_counts(values, relations);
  REQUIRE(hidden.size() == values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const bool small = values[i] > 0 && values[i] < 10;
    CHECK((hidden[i] == Hidden::Small) == small);
    if (hidden[i] == Hidden::Secondary) CHECK(values[i] >= 10);  // its label "10 or more" is true
  }
  for (const CountRelation& r : relations) {
    std::vector<std::size_t> cells = r.parts;
    cells.push_back(r.total);
    bool any_small = false;
    for (const std::size_t c : cells) any_small = any_small || hidden[c] == Hidden::Small;
    if (!any_small) continue;
    bool every_small_safe = true;
    for (const std::size_t c : cells) {
      if (hidden[c] == Hidden::Small && feasible_values(values, hidden, r, c) < 9) every_small_safe = false;
    }
    // The core's bound check and the attacker agree, and where a cell can still be narrowed there
    // was nothing more to hide.
    CHECK(every_small_safe == jv::relation_protected(values, hidden, r));
    if (!every_small_safe) CHECK(nothing_left_to_hide(values, hidden, r));
  }
  // No over-suppression: a Secondary cell lies in some relation with a Small cell.
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (hidden[i] != Hidden::Secondary) continue;
    bool reason = false;
    for (const CountRelation& r : relations) {
      const bool member = r.total == i || std::find(r.parts.begin(), r.parts.end(), i) != r.parts.end();
      if (!member) continue;
      bool small = hidden[r.total] == Hidden::Small;
      for (const std::size_t p : r.parts) small = small || hidden[p] == Hidden::Small;
      reason = reason || small;
    }
    CHECK(reason);
  }
}

double cell_value(std::mt19937& rng) {
  const int kind = std::uniform_int_distribution<int>(0, 99)(rng);
  if (kind < 30) return std::uniform_int_distribution<int>(1, 9)(rng);
  if (kind < 38) return 0;
  if (kind < 43) return std::uniform_int_distribution<int>(10, 12)(rng);  // just above the limit
  return std::uniform_int_distribution<int>(13, 250)(rng);
}

}  // namespace

TEST_CASE("disclosure: a total with one small part gives it away: the next-smallest part is hidden too") {
  // Teylingen Q1-3 2025: 820 = 46 + 414 + 353 + 7.
  const std::vector<double> v = {820, 46, 414, 353, 7};
  const std::vector<CountRelation> r = {{0, {1, 2, 3, 4}}};
  std::vector<Hidden> only_primary = {Hidden::No, Hidden::No, Hidden::No, Hidden::No, Hidden::Small};
  CHECK_FALSE(jv::relation_protected(v, only_primary, r[0]));  // 820 - 46 - 414 - 353 = 7
  const std::vector<Hidden> h = jv::protect_counts(v, r);
  CHECK(h == std::vector<Hidden>{Hidden::No, Hidden::Secondary, Hidden::No, Hidden::No, Hidden::Small});
  // Now 46 + 7 = 53 is known, with 46 "10 or more": the small one is anything from 1 to 9.
  CHECK(jv::relation_protected(v, h, r[0]));
}

TEST_CASE("disclosure: hand cases") {
  // A just-big-enough secondary is not enough: 1 + 10 = 11 means the small one is 1.
  {
    const std::vector<double> v = {111, 100, 10, 1};
    const std::vector<Hidden> h = jv::protect_counts(v, {{0, {1, 2, 3}}});
    CHECK(h == std::vector<Hidden>{Hidden::No, Hidden::Secondary, Hidden::Secondary, Hidden::Small});
  }
  // Two small parts and nothing else: each is 1..9, but together they are the total, 12: hiding
  // the total leaves them anywhere from 1 to 9 again.
  {
    const std::vector<double> v = {12, 5, 7};
    const std::vector<Hidden> h = jv::protect_counts(v, {{0, {1, 2}}});
    CHECK(h == std::vector<Hidden>{Hidden::Secondary, Hidden::Small, Hidden::Small});
  }
  // No total, no sum: a small part alone is just "< 10".
  {
    const std::vector<double> v = {kNaN, 46, 7};
    CHECK(jv::protect_counts(v, {{0, {1, 2}}}) == std::vector<Hidden>{Hidden::No, Hidden::No, Hidden::Small});
  }
  // Zeros are shown and are not secondaries: a hidden zero would be known to be 0.
  {
    const std::vector<double> v = {407, 0, 7, 400};
    CHECK(jv::protect_counts(v, {{0, {1, 2, 3}}}) ==
          std::vector<Hidden>{Hidden::No, Hidden::No, Hidden::Small, Hidden::Secondary});
  }
  // Nothing small: nothing hidden.
  {
    const std::vector<double> v = {60, 10, 20, 30};
    CHECK(jv::protect_counts(v, {{0, {1, 2, 3}}}) == std::vector<Hidden>(4, Hidden::No));
  }
}

TEST_CASE("disclosure: property over 3,000 generated tables, checked by an attacker who tries every value") {
  std::mt19937 rng(20261201);
  for (int t = 0; t < 3000; ++t) {
    CAPTURE(t);
    std::vector<double> values;
    std::vector<CountRelation> relations;
    if (t % 2 == 0) {
      // A total and 2..6 parts; the total is their sum, sometimes with unknown parts.
      const int k = std::uniform_int_distribution<int>(2, 6)(rng);
      values.push_back(0);
      CountRelation r{0, {}};
      double sum = 0;
      for (int i = 0; i < k; ++i) {
        const bool unknown = std::uniform_int_distribution<int>(0, 9)(rng) == 0;
        const double x = cell_value(rng);
        sum += x;
        values.push_back(unknown ? kNaN : x);
        r.parts.push_back(values.size() - 1);
      }
      values[0] = sum;
      relations.push_back(r);
    } else {
      // Rows x columns (age bands x quarters) with row totals (the year), column totals (all
      // ages) and the grand total: every cell in two sums.
      const int rows = std::uniform_int_distribution<int>(2, 4)(rng),
                cols = std::uniform_int_distribution<int>(2, 4)(rng);
      auto at = [&](int r, int c) { return static_cast<std::size_t>(r * (cols + 1) + c); };
      values.assign(static_cast<std::size_t>((rows + 1) * (cols + 1)), 0.0);
      for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
          const double x = cell_value(rng);
          values[at(r, c)] = x;
          values[at(r, cols)] += x;
          values[at(rows, c)] += x;
          values[at(rows, cols)] += x;
        }
      }
      for (int r = 0; r <= rows; ++r) {
        CountRelation rel{at(r, cols), {}};
        for (int c = 0; c < cols; ++c) rel.parts.push_back(at(r, c));
        relations.push_back(rel);
      }
      for (int c = 0; c <= cols; ++c) {
        CountRelation rel{at(rows, c), {}};
        for (int r = 0; r < rows; ++r) rel.parts.push_back(at(r, c));
        relations.push_back(rel);
      }
    }
    check_table(values, relations);
  }
}

TEST_CASE("disclosure: the Teylingen example hides 18+ (7) and the next-smallest age band of Q1-3 2025") {
  jv::Dataset d2021, d2025;
  jv::LoadError e;
  REQUIRE(jv::load_dataset_2021(jv::embedded_data_files(), d2021, e));
  REQUIRE(jv::derive_dataset_2025(d2021, jv::embedded_data_files(), d2025, e));
  const jv::EmbeddedExample& teylingen = jv::embedded_examples()[1];
  REQUIRE(std::string(teylingen.file_name).find("teylingen") != std::string::npos);
  jv::OwnData own;
  jv::ReadReport report;
  REQUIRE(jv::read_own_data(teylingen.file_name, teylingen.bytes, {}, d2025, own, report));
  const std::vector<Hidden> hidden = jv::own_disclosure(own);
  REQUIRE(hidden.size() == own.values.size());
  std::size_t small = 0, secondary = 0;
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const jv::OwnValue& v = own.values[i];
    CAPTURE(v.breakdown);
    CAPTURE(v.period.label());
    const bool q2025 = v.period.label() == "Q1-3 2025" && v.indicator == "specialistische_jeugdhulp";
    if (q2025 && v.breakdown == "18 jaar en ouder") CHECK(hidden[i] == Hidden::Small);
    else if (q2025 && v.breakdown == "0-3 jaar") CHECK(hidden[i] == Hidden::Secondary);  // 46, the next smallest
    else CHECK(hidden[i] == Hidden::No);                                                 // 2024's 18+ is 10: not small
    small += hidden[i] == Hidden::Small;
    secondary += hidden[i] == Hidden::Secondary;
  }
  CHECK(small == 1);
  CHECK(secondary == 1);

  // The export for the council paper: neither figure, each with its reason; Excel's BOM first.
  const std::string csv = jv::export_own_csv(own, d2025);
  // It says first what it is (issue 19: a bare table gave a council paper no source), then the table.
  CHECK(csv.rfind("\xEF\xBB\xBFJeugdvergelijker: eigen cijfers voor het raadsstuk\r\n", 0) == 0);
  CHECK(csv.find("\r\ngemeente;code;indicator;") != std::string::npos);
  CHECK(csv.find("Teylingen;GM1525;Jeugdigen met gespecialiseerde jeugdhulp;0-3 jaar;Q1-3 2025;;aantal;verborgen "
                 "(anders is een aantal onder de 10 terug te rekenen)\r\n") != std::string::npos);
  CHECK(csv.find("Teylingen;GM1525;Jeugdigen met gespecialiseerde jeugdhulp;18 jaar en ouder;Q1-3 2025;;aantal;< 10, "
                 "niet gedeeld\r\n") != std::string::npos);
  CHECK(csv.find(";Q1-3 2025;820;") != std::string::npos);
  CHECK(csv.find(";Q1-3 2025;46;") == std::string::npos);
  // Amounts keep their decimal comma and no thousands point: Excel reads 9679799.
  CHECK(csv.find(";2023;9679799,00;\xE2\x82\xAC;") != std::string::npos);
}

TEST_CASE("disclosure: quarters that make up a year are a sum too") {
  // 2024 = Q1 + Q2 + Q3 + Q4 for uithuisplaatsingen: Q3's 4 would follow from the year.
  CountsOfHilversum counts("uithuisplaatsingen");
  jv::OwnData& own = counts.own;
  auto add = [&](const std::string& period, double value) { counts.add(period, value); };
  add("2024", 52);
  add("2024-Q1", 15);
  add("2024-Q2", 21);
  add("2024-Q3", 4);
  add("2024-Q4", 12);
  add("2025-Q1", 30);  // not part of 2024
  const std::vector<Hidden> hidden = jv::own_disclosure(own);
  // Hiding Q4 (12) alone would leave Q3 + Q4 = 16 with Q4 at least 10, so Q3 at most 6: Q1 (15)
  // goes as well, and then Q3 may be anything from 1 to 9.
  CHECK(hidden ==
        std::vector<Hidden>{Hidden::No, Hidden::Secondary, Hidden::No, Hidden::Small, Hidden::Secondary, Hidden::No});
}

TEST_CASE("disclosure: fifty years of months, quarters and years, given in any order, protect only the small month") {
  // A trajectory file by month over decades gives thousands of periods in one series; each year is
  // the sum of its quarters and of its months, each quarter of its months. Every month is 20 but
  // March 2015 (4): only 2015 has anything to hide.
  CountsOfHilversum counts("stroom_instroom");
  jv::OwnData& own = counts.own;
  auto add = [&](const std::string& period, double value) { counts.add(period, value); };
  auto month = [](int year, int m) { return year == 2015 && m == 3 ? 4.0 : 20.0; };
  for (int year = 2039; year >= 1990; --year) {  // the latest first: the order must not matter
    double total = 0;
    for (int q = 4; q >= 1; --q) {
      double quarter = 0;
      for (int m = 3 * q; m > 3 * (q - 1); --m) {
        add(std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m), month(year, m));
        quarter += month(year, m);
      }
      add(std::to_string(year) + "-Q" + std::to_string(q), quarter);
      total += quarter;
    }
    add(std::to_string(year), total);
  }
  REQUIRE(own.values.size() == 50u * 17u);
  const std::vector<Hidden> hidden = jv::own_disclosure(own);
  REQUIRE(hidden.size() == own.values.size());
  std::size_t small = 0, secondary_in_q1 = 0;
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const jv::Period& p = own.values[i].period;
    const std::string label = p.label();
    CAPTURE(label);
    if (p.year != 2015) {
      CHECK(hidden[i] == Hidden::No);
      continue;
    }
    if (label == "2015-03") CHECK(hidden[i] == Hidden::Small);
    small += hidden[i] == Hidden::Small;
    if (hidden[i] == Hidden::Secondary && (label == "2015-01" || label == "2015-02")) ++secondary_in_q1;
  }
  CHECK(small == 1);
  CHECK(secondary_in_q1 >= 1);  // else March follows from Q1 minus January and February
}

// --- Every kind of figure: shares, amounts, rates and means ----------------------------------------

TEST_CASE("disclosure: a share, an amount, a rate and a mean are as disclosive as the count behind them") {
  using jv::FigureBasis;
  using jv::FigureKind;
  using jv::hide_figure;
  // A count is protect_counts' verdict.
  CHECK(hide_figure({FigureKind::Count, Hidden::Small}) == Hidden::Small);
  CHECK(hide_figure({FigureKind::Count, Hidden::No, Hidden::No, 3}) == Hidden::No);
  // Every share of a hidden whole goes, the 0 % ones too; a share of a hidden part goes.
  CHECK(hide_figure({FigureKind::Share, Hidden::No, Hidden::Small, 6}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Share, Hidden::No, Hidden::Secondary, 40}) == Hidden::Secondary);
  CHECK(hide_figure({FigureKind::Share, Hidden::Small, Hidden::No, 40}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Share, Hidden::Secondary, Hidden::No, 40}) == Hidden::Secondary);
  CHECK(hide_figure({FigureKind::Share, Hidden::No, Hidden::No, 40}) == Hidden::No);
  // A share of a whole no count shows: by its whole and its part.
  CHECK(hide_figure({FigureKind::Share, Hidden::No, Hidden::No, 40, 3}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Share, Hidden::No, Hidden::No, 40, 0}) == Hidden::No);
  // An amount behind fewer than 10 jeugdigen, or divided by a hidden count.
  CHECK(hide_figure({FigureKind::Amount, Hidden::No, Hidden::No, 4}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Amount, Hidden::No, Hidden::No, 0}) == Hidden::No);  // € 0 of no one
  CHECK(hide_figure({FigureKind::Amount, Hidden::Small, Hidden::No, 120}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Amount, Hidden::No, Hidden::Secondary, 120}) == Hidden::Secondary);
  CHECK(hide_figure({FigureKind::Amount, Hidden::No, Hidden::No, 10}) == Hidden::No);
  // A rate by its numerator; a mean by how many it is over.
  CHECK(hide_figure({FigureKind::Rate, Hidden::No, Hidden::No, 9}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Rate, Hidden::Secondary, Hidden::No, 50}) == Hidden::Secondary);
  CHECK(hide_figure({FigureKind::Mean, Hidden::No, Hidden::No, 1}) == Hidden::Few);
  CHECK(hide_figure({FigureKind::Mean, Hidden::No, Hidden::No, 12}) == Hidden::No);
  // The texts, one place for every output.
  CHECK(std::string(jv::hidden_cell(Hidden::Few)) == "< 10 erachter");
  CHECK(std::string(jv::hidden_reason(Hidden::Few)) == "minder dan 10 jeugdigen of trajecten erachter, niet gedeeld");
  CHECK(std::string(jv::hidden_reason(Hidden::Small)) == "< 10, niet gedeeld");
}

TEST_CASE("disclosure: amounts that add up hide a second one, so the total cannot give a hidden one back") {
  // Kosten 100.000 = 60.000 + 2.086,01 (behind 3 jeugdigen: hidden) + 37.913,99 + 0.
  const std::vector<double> v = {100000, 60000, 2086.01, 37913.99, 0};
  const std::vector<CountRelation> r = {{0, {1, 2, 3, 4}}};
  std::vector<Hidden> h = {Hidden::No, Hidden::No, Hidden::Few, Hidden::No, Hidden::No};
  jv::protect_sums(v, r, h);
  CHECK(h == std::vector<Hidden>{Hidden::Secondary, Hidden::No, Hidden::Few, Hidden::No, Hidden::No});
  // The total hidden already: the smallest shown non-zero part goes (2.086,01; the 0 stays).
  h = {Hidden::Few, Hidden::No, Hidden::No, Hidden::No, Hidden::No};
  jv::protect_sums(v, r, h);
  CHECK(h == std::vector<Hidden>{Hidden::Few, Hidden::No, Hidden::Secondary, Hidden::No, Hidden::No});
  // Two hidden: neither follows from the rest.
  h = {Hidden::No, Hidden::Few, Hidden::Few, Hidden::No, Hidden::No};
  jv::protect_sums(v, r, h);
  CHECK(h == std::vector<Hidden>{Hidden::No, Hidden::Few, Hidden::Few, Hidden::No, Hidden::No});
}

namespace {

// One gemeente's flow figures of one period, as FlowReader::figures gives them, generated: counts
// of gestarte trajecten per verwijzer (often all but one zero) with their shares, jeugdigen in zorg
// per age band with the rate per 1.000, kosten per product with the jeugdigen behind each, and
// kosten per jeugdige.
struct FlowTable {
  std::vector<jv::FlowFigure> figures;
  double population = 20000;
};

FlowTable flow_table(std::mt19937& rng) {
  FlowTable t;
  jv::Period period;
  std::string error;
  REQUIRE(jv::parse_period("2024", period, error));
  auto add = [&](const char* indicator, std::string breakdown, double value, double numerator = kNaN,
                 double denominator = kNaN, double behind = kNaN) {
    jv::FlowFigure f;
    f.gemeente = "GM0402";
    f.indicator = indicator;
    f.breakdown = std::move(breakdown);
    f.period = period;
    f.value = value;
    f.numerator = numerator;
    f.denominator = denominator;
    f.behind = behind;
    t.figures.push_back(std::move(f));
  };
  auto count = [&] {
    const int kind = std::uniform_int_distribution<int>(0, 99)(rng);
    if (kind < 40) return 0.0;  // all but one verwijzer at 0 comes up often
    return cell_value(rng);
  };
  // In zorg per band, and the rate per 1.000 of the three young bands.
  double bands[jv::kFlowAgeBands], in_care = 0;
  for (double& b : bands) {
    b = count();
    in_care += b;
  }
  add("stroom_in_zorg", "", in_care);
  for (int b = 0; b < jv::kFlowAgeBands; ++b) add("stroom_in_zorg", jv::flow_age_band_label(b), bands[b]);
  const double young = bands[0] + bands[1] + bands[2];
  add("stroom_in_zorg_per_1000", "", young / t.population * 1000.0, young, t.population);
  // Gestarte trajecten per verwijzer and their shares.
  double parts[jv::kFlowReferrers], begun = 0;
  for (double& p : parts) {
    p = count();
    begun += p;
  }
  add("stroom_verwijzingen", "", begun);
  for (int r = 0; r < jv::kFlowReferrers; ++r)
    add("stroom_verwijzingen", jv::flow_referrer_label(static_cast<jv::FlowReferrer>(r)), parts[r]);
  for (int r = 0; r < jv::kFlowReferrers; ++r) {
    add("stroom_verwijzer_aandeel", jv::flow_referrer_label(static_cast<jv::FlowReferrer>(r)),
        begun > 0 ? 100.0 * parts[r] / begun : kNaN, parts[r], begun);
  }
  // Kosten per product with the jeugdigen behind each; the total behind at least the largest.
  double cost = 0, behind_max = 0, behind_sum = 0;
  std::vector<std::pair<double, double>> products;
  for (int q = 0; q < jv::kFlowProducts; ++q) {
    const double behind = std::min(count(), in_care);
    const double amount = behind * std::uniform_int_distribution<int>(50000, 3000000)(rng) / 100.0;
    products.emplace_back(amount, behind);
    cost += amount;
    behind_max = std::max(behind_max, behind);
    behind_sum += behind;
  }
  const double behind_total = std::min(in_care, std::uniform_real_distribution<double>(behind_max, behind_sum)(rng));
  add("stroom_kosten", "", cost, kNaN, kNaN, std::round(behind_total));
  for (int q = 0; q < jv::kFlowProducts; ++q) {
    add("stroom_kosten", jv::flow_product_label(static_cast<jv::FlowProduct>(q)), products[q].first, kNaN, kNaN,
        products[q].second);
  }
  add("stroom_kosten_per_client", "", in_care > 0 ? cost / in_care : kNaN, cost, in_care);
  return t;
}

}  // namespace

TEST_CASE("disclosure: an attacker who sees every shown flow figure of a period recovers no hidden count or amount") {
  std::mt19937 rng(20261207);
  for (int t = 0; t < 2000; ++t) {
    CAPTURE(t);
    const FlowTable table = flow_table(rng);
    jv::OwnData own;
    jv::add_flow_figures(table.figures, "trajecten.csv", own);
    const std::vector<Hidden> hidden = jv::own_disclosure(own);
    REQUIRE(hidden.size() == own.values.size());
    // What the attacker knows: every shown figure, by indicator and breakdown.
    std::map<std::string, double> known, truth;
    std::map<std::string, Hidden> verdict;
    std::map<std::string, double> behind;
    for (std::size_t i = 0; i < own.values.size(); ++i) {
      const jv::OwnValue& v = own.values[i];
      const std::string k = v.indicator + "|" + v.breakdown;
      truth[k] = v.value;
      verdict[k] = hidden[i];
      behind[k] = v.behind;
      if (hidden[i] == Hidden::No && !std::isnan(v.value)) known[k] = v.value;
    }
    auto is_known = [&](const std::string& k) { return known.count(k) > 0; };
    auto learn = [&](const std::string& k, double x) {
      if (is_known(k)) return false;
      known[k] = x;
      return true;
    };
    // Sums: a total and its parts with one unknown give it.
    auto sum_rule = [&](const std::string& total, const std::vector<std::string>& parts) {
      std::vector<std::string> unknown;
      double rest = 0;
      for (const std::string& p : parts) {
        if (is_known(p)) rest += known[p];
        else unknown.push_back(p);
      }
      if (is_known(total) && unknown.size() == 1) return learn(unknown[0], known[total] - rest);
      if (!is_known(total) && unknown.empty()) return learn(total, rest);
      return false;
    };
    std::vector<std::string> referrers, bands, young, products;
    for (int r = 0; r < jv::kFlowReferrers; ++r)
      referrers.push_back(std::string("|") + jv::flow_referrer_label(static_cast<jv::FlowReferrer>(r)));
    for (int b = 0; b < jv::kFlowAgeBands; ++b)
      bands.push_back(std::string("stroom_in_zorg|") + jv::flow_age_band_label(b));
    young = {bands[0], bands[1], bands[2]};
    for (int q = 0; q < jv::kFlowProducts; ++q)
      products.push_back(std::string("stroom_kosten|") + jv::flow_product_label(static_cast<jv::FlowProduct>(q)));
    for (bool changed = true; changed;) {
      changed = false;
      // Shares: part = share x whole, whole = part / share; shares add up to 100 %.
      std::vector<std::string> parts, shares;
      for (const std::string& r : referrers) {
        parts.push_back("stroom_verwijzingen" + r);
        shares.push_back("stroom_verwijzer_aandeel" + r);
        const std::string& part = parts.back();
        const std::string& share = shares.back();
        if (!is_known(share)) continue;
        if (is_known("stroom_verwijzingen|"))
          changed |= learn(part, known[share] * known["stroom_verwijzingen|"] / 100);
        if (is_known(part) && known[share] > 0)
          changed |= learn("stroom_verwijzingen|", known[part] * 100 / known[share]);
      }
      known["100"] = 100;
      changed |= sum_rule("100", shares);
      changed |= sum_rule("stroom_verwijzingen|", parts);
      // In zorg: the bands add up, and the rate per 1.000 gives the young bands' sum.
      changed |= sum_rule("stroom_in_zorg|", bands);
      if (is_known("stroom_in_zorg_per_1000|")) {
        changed |= learn("young", known["stroom_in_zorg_per_1000|"] * table.population / 1000);
      }
      changed |= sum_rule("young", young);
      // Kosten: products add up; kosten per jeugdige x in zorg = kosten.
      changed |= sum_rule("stroom_kosten|", products);
      if (is_known("stroom_kosten_per_client|") && known["stroom_kosten_per_client|"] > 0) {
        if (is_known("stroom_in_zorg|"))
          changed |= learn("stroom_kosten|", known["stroom_kosten_per_client|"] * known["stroom_in_zorg|"]);
        if (is_known("stroom_kosten|"))
          changed |= learn("stroom_in_zorg|", known["stroom_kosten|"] / known["stroom_kosten_per_client|"]);
      }
    }
    // No count from 1 to 9 and no amount behind fewer than 10 jeugdigen is learnt.
    for (const auto& entry : truth) {
      const std::string& k = entry.first;  // not a structured binding: clang 14 cannot capture one
      CAPTURE(k);
      if (verdict[k] == Hidden::Small) CHECK_FALSE(is_known(k));
      if (k.starts_with("stroom_kosten|") && behind[k] > 0 && behind[k] < 10) CHECK_FALSE(is_known(k));
      // And the shown shares never stand beside a hidden whole.
      if (k.starts_with("stroom_verwijzer_aandeel|") && verdict["stroom_verwijzingen|"] != Hidden::No)
        CHECK(verdict[k] != Hidden::No);
    }
  }
}
