#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/breakdown.h"
#include "core/text.h"

using jv::AgeBand;
using jv::kNoUpperAge;

namespace {

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return jv::breakdown_less(a, b); });
  return v;
}

}  // namespace

TEST_CASE("age bands sort by age, not as text") {
  // As text: "0-3 jaar", "12-17 jaar", "18+ jaar", "4-11 jaar".
  CHECK(sorted({"0-3 jaar", "12-17 jaar", "18+ jaar", "4-11 jaar"}) ==
        std::vector<std::string>{"0-3 jaar", "4-11 jaar", "12-17 jaar", "18+ jaar"});
  // Teylingen's own spelling, with the total (blank in the template) and a "Totaal" row.
  CHECK(sorted({"", "18 jaar en ouder", "12-17 jaar", "Totaal", "0-3 jaar", "4-11 jaar"}) ==
        std::vector<std::string>{"0-3 jaar", "4-11 jaar", "12-17 jaar", "18 jaar en ouder", "", "Totaal"});
  // Other spellings; a wider band after a narrower one from the same age; other labels after.
  CHECK(sorted({"jongens", "4 tot 12 jaar", "0 tot 18 jaar", "Meisjes", "0 tot 4 jaar", "vanaf 18 jaar"}) ==
        std::vector<std::string>{"0 tot 4 jaar", "0 tot 18 jaar", "4 tot 12 jaar", "vanaf 18 jaar", "jongens",
                                 "Meisjes"});
}

TEST_CASE("age bands are read in the spellings of policy documents and CBS tables") {
  CHECK(jv::parse_age_band("0-3 jaar") == AgeBand{0, 3});
  CHECK(jv::parse_age_band("0 \xE2\x80\x93 3") == AgeBand{0, 3});  // en dash
  CHECK(jv::parse_age_band("0 t/m 3 jaar") == AgeBand{0, 3});
  CHECK(jv::parse_age_band("0 tot en met 3 jaar") == AgeBand{0, 3});
  CHECK(jv::parse_age_band("0 tot 4 jaar") == AgeBand{0, 3});
  CHECK(jv::parse_age_band("12-17 jaar") == AgeBand{12, 17});
  CHECK(jv::parse_age_band("18+") == AgeBand{18, kNoUpperAge});
  CHECK(jv::parse_age_band("18+ jaar") == AgeBand{18, kNoUpperAge});
  CHECK(jv::parse_age_band("18 jaar en ouder") == AgeBand{18, kNoUpperAge});
  CHECK(jv::parse_age_band("18 Jaar of ouder") == AgeBand{18, kNoUpperAge});
  CHECK(jv::parse_age_band("vanaf 18 jaar") == AgeBand{18, kNoUpperAge});
  CHECK(jv::parse_age_band("ouder dan 17 jaar") == AgeBand{18, kNoUpperAge});
  CHECK(jv::parse_age_band("tot 18 jaar") == AgeBand{0, 17});
  CHECK(jv::parse_age_band("jonger dan 18 jaar") == AgeBand{0, 17});
  CHECK(jv::parse_age_band("onder de 18") == AgeBand{0, 17});
  CHECK(jv::parse_age_band("t/m 17 jaar") == AgeBand{0, 17});
  CHECK(jv::parse_age_band("12 jaar") == AgeBand{12, 12});
  for (const char* no : {"", "Totaal", "meisjes", "0-3 jaar meisjes", "12-4 jaar", "0 tot 0 jaar", "200+", "jaar",
                         "Q1-3 2022", "tot jaar", "-3 jaar"}) {
    CAPTURE(no);
    CHECK_FALSE(jv::parse_age_band(no).has_value());
  }
  CHECK(jv::is_total_breakdown(""));
  CHECK(jv::is_total_breakdown("Totaal"));
  CHECK(jv::is_total_breakdown("  totaal "));
  CHECK(jv::is_total_breakdown("Totaal 0-17 jaar"));
  CHECK(jv::is_total_breakdown("Alle leeftijden"));
  CHECK_FALSE(jv::is_total_breakdown("Totaalpakket"));
  CHECK_FALSE(jv::is_total_breakdown("0-3 jaar"));
}

TEST_CASE("property: breakdown_less orders any mix of age bands, other labels and totals consistently") {
  std::mt19937 rng(20261201);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  // A band written in one of its spellings, with the band it means.
  auto make_band = [&](std::string& label, AgeBand& band) {
    const int lo = pick(60), span = pick(20);
    switch (pick(7)) {
      case 0: label = std::to_string(lo) + "-" + std::to_string(lo + span) + " jaar", band = {lo, lo + span}; break;
      case 1: label = std::to_string(lo) + " \xE2\x80\x93 " + std::to_string(lo + span), band = {lo, lo + span}; break;
      case 2: label = std::to_string(lo) + " t/m " + std::to_string(lo + span) + " jaar", band = {lo, lo + span}; break;
      case 3:
        label = std::to_string(lo) + " tot " + std::to_string(lo + span + 1) + " jaar", band = {lo, lo + span};
        break;
      case 4: label = std::to_string(lo) + "+ jaar", band = {lo, kNoUpperAge}; break;
      case 5: label = std::to_string(lo) + " jaar en ouder", band = {lo, kNoUpperAge}; break;
      default: label = std::to_string(lo) + " jaar", band = {lo, lo}; break;
    }
  };
  static const char* const kOthers[] = {"meisjes",    "Jongens",    "\xC3\xA9\xC3\xA9noudergezin",
                                        "Wijk Noord", "wijk noord", "Zorg in natura",
                                        "pgb",        "Onbekend"};
  static const char* const kTotals[] = {"", "Totaal", "totaal", "Alle leeftijden", "Totaal 0-17 jaar"};
  for (int round = 0; round < 300; ++round) {
    struct Item {
      std::string label;
      int kind;  // 0 age band, 1 other, 2 total
      AgeBand band;
    };
    std::vector<Item> items;
    const int n = 1 + pick(12);
    for (int i = 0; i < n; ++i) {
      Item it;
      const int k = pick(10);
      if (k < 6) {
        it.kind = 0;
        make_band(it.label, it.band);
      } else if (k < 9) {
        it.kind = 1;
        it.label = kOthers[pick(8)];
      } else {
        it.kind = 2;
        it.label = kTotals[pick(5)];
      }
      items.push_back(it);
    }
    std::vector<std::string> labels;
    for (const Item& it : items) labels.push_back(it.label);
    // Strict weak ordering: irreflexive, asymmetric, and equivalence only for identical labels.
    for (const std::string& a : labels) {
      CHECK_FALSE(jv::breakdown_less(a, a));
      for (const std::string& b : labels) {
        if (a == b) continue;
        CHECK(jv::breakdown_less(a, b) != jv::breakdown_less(b, a));
        for (const std::string& c : labels) {
          if (jv::breakdown_less(a, b) && jv::breakdown_less(b, c)) CHECK(jv::breakdown_less(a, c));
        }
      }
    }
    // The same order whatever order they came in.
    std::vector<std::string> once = sorted(labels);
    std::shuffle(labels.begin(), labels.end(), rng);
    CHECK(sorted(labels) == once);
    // Age bands first, by age as generated (not as read back); then the others alphabetically;
    // the totals last.
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return jv::breakdown_less(a.label, b.label); });
    for (std::size_t i = 1; i < items.size(); ++i) {
      const Item& p = items[i - 1];
      const Item& q = items[i];
      CAPTURE(p.label);
      CAPTURE(q.label);
      CHECK(p.kind <= q.kind);
      if (p.kind == 0 && q.kind == 0) {
        CHECK((p.band.lower < q.band.lower || (p.band.lower == q.band.lower && p.band.upper <= q.band.upper)));
      }
      if (p.kind == 1 && q.kind == 1) CHECK(jv::fold_for_search(p.label) <= jv::fold_for_search(q.label));
    }
  }
}
