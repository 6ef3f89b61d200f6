#include <doctest/doctest.h>

#include "core/indicator.h"
#include "core/text.h"

TEST_CASE("fold_for_search drops accents, case and punctuation") {
  CHECK(jv::fold_for_search("S\xC3\xBA"
                            "dwest-Frysl\xC3\xA2n") == "sudwest fryslan");
  CHECK(jv::fold_for_search("'s-Hertogenbosch") == "s hertogenbosch");
  CHECK(jv::fold_for_search("  Bergen (NH.) ") == "bergen nh");
  CHECK(jv::fold_for_search("\xC4\xB2sselstein") == "ijsselstein");  // Ĳ as one letter
  CHECK(jv::fold_for_search("Nu\xC3\xABnen") == "nuenen");           // Nuenen with ë
}

TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
  CHECK(jv::edit_distance("alkmaar", "alkmaar") == 0);
  CHECK(jv::edit_distance("alkmar", "alkmaar") == 1);
  CHECK(jv::edit_distance("hilversun", "hilversum") == 1);
  CHECK(jv::edit_distance("", "abc") == 3);
  CHECK(jv::edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("edit_distance_within gives the distance up to its limit, and limit + 1 beyond it") {
  CHECK(jv::edit_distance_within("hilversun", "hilversum", 2) == 1);
  CHECK(jv::edit_distance_within("kitten", "sitting", 3) == 3);  // k->s, e->i, +g
  CHECK(jv::edit_distance_within("kitten", "sitting", 2) == 3);  // over the limit: 2 + 1
  CHECK(jv::edit_distance_within("a", "abcdef", 2) == 3);        // five insertions, stopped by the lengths
  CHECK(jv::edit_distance_within("", "", 0) == 0);
  CHECK(jv::edit_distance_within("abc", "", 5) == 3);
  // Over the stack row (128): the same answers from the heap.
  const std::string long_a(300, 'a');
  std::string long_b = long_a;
  long_b[150] = 'b';
  CHECK(jv::edit_distance_within(long_a, long_b, 2) == 1);
  CHECK(jv::edit_distance_within(long_a, std::string(300, 'b'), 10) == 11);
  // Agrees with edit_distance wherever that is within the limit.
  const char* words[] = {"alkmaar", "alkmar", "hilversum", "hilversumm", "bergen", "bergen op zoom", "", "x"};
  for (const char* a : words) {
    for (const char* b : words) {
      const std::size_t full = jv::edit_distance(a, b);
      for (std::size_t limit = 0; limit < 10; ++limit) {
        CHECK(jv::edit_distance_within(a, b, limit) == std::min(full, limit + 1));
      }
    }
  }
}

TEST_CASE("plain decimals: the project's own number format, and nothing else") {
  double v = 0;
  CHECK(jv::parse_plain_decimal("10.6", v));
  CHECK(v == 10.6);
  CHECK(jv::parse_plain_decimal("-0.25", v));
  CHECK(v == -0.25);
  CHECK(jv::parse_plain_decimal("548320", v));
  CHECK(v == 548320.0);
  CHECK_FALSE(jv::parse_plain_decimal("10,6", v));
  CHECK_FALSE(jv::parse_plain_decimal("1e5", v));
  CHECK_FALSE(jv::parse_plain_decimal(" 1", v));
  CHECK_FALSE(jv::parse_plain_decimal("", v));
  CHECK_FALSE(jv::parse_plain_decimal("-", v));
  CHECK(jv::format_plain_decimal(548320.0) == "548320");
  CHECK(jv::format_plain_decimal(10.6) == "10.6");
  CHECK(jv::format_plain_decimal(0.1 + 0.2) == "0.30000000000000004");
}

TEST_CASE("a rate as %, per 1.000 and 1 op N, as the policy documents write it") {
  CHECK(jv::format_rate_percent(12.8) == "12,8 %");
  CHECK(jv::format_rate_per_thousand(12.8) == "128 per 1.000");
  CHECK(jv::format_rate_one_in(12.5) == "1 op 8");           // 100 / 12,5 = 8,0
  CHECK(jv::format_rate_one_in(100.0 / 7.5) == "1 op 7,5");  // HV: "1 op de 7,5"
  CHECK(jv::format_rate_one_in(100.0 / 15.0) == "1 op 15");  // HLT target
  CHECK(jv::format_rate_one_in(10.6) == "1 op 9,4");         // 100 / 10,6 = 9,43
  CHECK(jv::format_rate_one_in(0.0) == "\xE2\x80\x93");
}

TEST_CASE("format_value writes each unit in Dutch") {
  jv::IndicatorMeta m;
  m.unit = jv::Unit::PerThousand;
  CHECK(jv::format_value(m, 31.0) == "31,0 per 1.000");
  m.unit = jv::Unit::Days;
  CHECK(jv::format_value(m, 406.0) == "406 dagen");
  m.unit = jv::Unit::Euro;
  CHECK(jv::format_value(m, 10011527.0) == "\xE2\x82\xAC 10,0 mln");
  m.unit = jv::Unit::EuroThousands;
  CHECK(jv::format_value(m, 29.6) == "\xE2\x82\xAC 29.600");
}
