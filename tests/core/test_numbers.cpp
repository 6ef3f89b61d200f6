#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/numbers.h"

using jv::DecimalStyle;
using jv::NumberParse;
using jv::parse_number;

namespace {

// The value, or -999999 when the text does not parse (no test value is that).
double value(std::string_view text, DecimalStyle style = DecimalStyle::Unknown) {
  const NumberParse n = parse_number(text, style);
  return n.ok ? n.value : -999999.0;
}

std::string error(std::string_view text, DecimalStyle style = DecimalStyle::Unknown) {
  const NumberParse n = parse_number(text, style);
  return n.ok ? std::string("(ok)") : n.error;
}

}  // namespace

TEST_CASE("numbers: the forms Dutch Excel and Dutch people write") {
  CHECK(value("12,8") == 12.8);
  CHECK(value("12.8") == 12.8);
  CHECK(value("1.234") == 1234.0);  // Unknown: the Dutch reading
  CHECK(value("1.234,5") == 1234.5);
  CHECK(value("1,234.5") == 1234.5);
  CHECK(value("1.234.567") == 1234567.0);
  CHECK(value("1,234,567") == 1234567.0);
  CHECK(value("1.234.567,89") == 1234567.89);
  CHECK(value("-3") == -3.0);
  CHECK(value("\xE2\x88\x92" "3") == -3.0);  // U+2212 minus sign
  CHECK(value("+5") == 5.0);
  CHECK(value(" 7 ") == 7.0);
  CHECK(value("\t7\xC2\xA0") == 7.0);
  CHECK(value("0") == 0.0);
  CHECK(value("0,5") == 0.5);
  CHECK(value(",5") == 0.5);
  CHECK(value(".5") == 0.5);
  CHECK(value("- 3") == -3.0);
  CHECK(value("785") == 785.0);
  CHECK(value("443220") == 443220.0);
  CHECK(value("10.011.527") == 10011527.0);
}

TEST_CASE("numbers: spaces and no-break spaces between thousands") {
  CHECK(value("1 234") == 1234.0);
  CHECK(value("1\xC2\xA0" "234") == 1234.0);      // U+00A0
  CHECK(value("1\xE2\x80\xAF" "234") == 1234.0);  // U+202F, as French-style tables write
  CHECK(value("1\xE2\x80\x89" "234") == 1234.0);  // U+2009 thin space
  CHECK(value("12 345 678") == 12345678.0);
  CHECK(value("1 234,5") == 1234.5);
  CHECK(value("1 234.5") == 1234.5);
}

TEST_CASE("numbers: percent and euro signs are reported, not applied") {
  NumberParse p = parse_number("12,8%", DecimalStyle::Unknown);
  CHECK(p.ok);
  CHECK(p.value == 12.8);
  CHECK(p.percent);
  CHECK_FALSE(p.had_euro);
  p = parse_number("12,8 %", DecimalStyle::Unknown);
  CHECK(p.ok);
  CHECK(p.value == 12.8);
  CHECK(p.percent);
  CHECK(value("1,2%") == 1.2);
  CHECK(value("-0,3 %") == -0.3);

  p = parse_number("\xE2\x82\xAC 1.234,56", DecimalStyle::Unknown);
  CHECK(p.ok);
  CHECK(p.value == 1234.56);
  CHECK(p.had_euro);
  CHECK_FALSE(p.percent);
  CHECK(value("\xE2\x82\xAC 10.011.527") == 10011527.0);
  CHECK(value("\xE2\x82\xAC" "1.234") == 1234.0);
  CHECK(value("1.234 \xE2\x82\xAC") == 1234.0);
  CHECK(value("EUR 1234") == 1234.0);
  CHECK(value("1234 EUR") == 1234.0);
  CHECK(value("eur 12,50") == 12.5);
  CHECK(value("-\xE2\x82\xAC 5") == -5.0);
  CHECK(value("\xE2\x82\xAC -5") == -5.0);
  CHECK(value("\xE2\x82\xAC\xC2\xA0" "24.953.837") == 24953837.0);
  // ",-": a whole amount in euros.
  p = parse_number("\xE2\x82\xAC 1.234,-", DecimalStyle::Unknown);
  CHECK(p.ok);
  CHECK(p.value == 1234.0);
  CHECK(p.had_euro);
  CHECK(value("\xE2\x82\xAC 375.000,--") == 375000.0);
  CHECK(value("1.234,-", DecimalStyle::Point) == 1234.0);  // ",-" settles which one is decimal
  CHECK(value("1,234.-") == 1234.0);
}

TEST_CASE("numbers: a lone 1.234 or 1,234 is read by the column's style") {
  CHECK(value("1.234", DecimalStyle::Unknown) == 1234.0);
  CHECK(value("1.234", DecimalStyle::Comma) == 1234.0);
  CHECK(value("1.234", DecimalStyle::Point) == 1.234);
  CHECK(value("1,234", DecimalStyle::Unknown) == 1.234);
  CHECK(value("1,234", DecimalStyle::Comma) == 1.234);
  CHECK(value("1,234", DecimalStyle::Point) == 1234.0);
  CHECK(value("-12.500", DecimalStyle::Unknown) == -12500.0);
  CHECK(value("-12.500", DecimalStyle::Point) == -12.5);
  // Not ambiguous, whatever the style: not three digits after the separator, a leading 0, or a
  // first group longer than three digits.
  for (const DecimalStyle s : {DecimalStyle::Unknown, DecimalStyle::Comma, DecimalStyle::Point}) {
    CAPTURE(static_cast<int>(s));
    CHECK(value("12,8", s) == 12.8);
    CHECK(value("12.8", s) == 12.8);
    CHECK(value("0.125", s) == 0.125);
    CHECK(value("0,125", s) == 0.125);
    CHECK(value("1234.567", s) == 1234.567);
    CHECK(value("1234,567", s) == 1234.567);
    CHECK(value("1.234,5", s) == 1234.5);
    CHECK(value("1,234.5", s) == 1234.5);
    CHECK(value("1.234.567", s) == 1234567.0);
  }
}

TEST_CASE("numbers: Excel's scientific notation") {
  CHECK(value("1,5E+06") == 1500000.0);
  CHECK(value("1.5E+06") == 1500000.0);
  CHECK(value("2E-3") == 0.002);
  CHECK(value("1e21") == 1e21);
}

TEST_CASE("numbers: what is not a number, with the Dutch reason") {
  CHECK(error("") == "leeg");
  CHECK(error("   ") == "leeg");
  CHECK(error("\xC2\xA0") == "leeg");
  CHECK(error("veel") == "\"veel\" is geen getal");
  CHECK(error(" veel ") == "\"veel\" is geen getal");
  CHECK(error("NaN") == "\"NaN\" is geen getal");
  CHECK(error("nan") == "\"nan\" is geen getal");
  CHECK(error("inf") == "\"inf\" is geen getal");
  CHECK(error("-inf") == "\"-inf\" is geen getal");
  CHECK(error("12 jaar") == "\"12 jaar\" is geen getal");
  CHECK(error("12a") == "\"12a\" is geen getal");
  CHECK(error("12e") == "\"12e\" is geen getal");
  CHECK(error("1 op 8") == "\"1 op 8\" is geen getal");
  CHECK(error("-") == "\"-\" is geen getal");
  CHECK(error("%") == "\"%\" is geen getal");
  CHECK(error("\xE2\x82\xAC") == "\"\xE2\x82\xAC\" is geen getal");
  CHECK(error("5-") == "\"5-\" is geen getal");
  CHECK(error("--5") == "\"--5\" is geen getal");
  CHECK(error("12,8%%") == "\"12,8%%\" is geen getal");
  CHECK(error("\xE2\x82\xAC 12%") == "\"\xE2\x82\xAC 12%\" is geen getal");
  CHECK(error("\xE2\x82\xAC 5 EUR") == "\"\xE2\x82\xAC 5 EUR\" is geen getal");
  CHECK(error("(3)") == "\"(3)\" is geen getal: schrijf een negatief getal met een minteken, zoals -3");
  CHECK(error("1e99999") == "\"1e99999\" is geen getal");  // more than four exponent digits
  CHECK(error("1e400") == "\"1e400\" is te groot om als getal te lezen");
  CHECK(error("\xE2\x82\xAC 10.5...") ==
        "\"\xE2\x82\xAC 10.5...\" is geen getal: de scheidingstekens (punten, komma's of spaties) staan niet op "
        "de plaats van decimalen of duizendtallen");  // HLT L703, truncated in the source
  // A long text is cut in the message.
  CHECK(error("dit is een hele zin in plaats van een getal, en nog veel langer") ==
        "\"dit is een hele zin in plaats van een ge\xE2\x80\xA6\" is geen getal");
}

TEST_CASE("numbers: misplaced separators") {
  const std::string why =
      " is geen getal: de scheidingstekens (punten, komma's of spaties) staan niet op de plaats van decimalen of "
      "duizendtallen";
  CHECK(error("1,2,3") == "\"1,2,3\"" + why);
  CHECK(error("12,8,") == "\"12,8,\"" + why);
  CHECK(error("12,") == "\"12,\"" + why);
  CHECK(error("1.23.4") == "\"1.23.4\"" + why);
  CHECK(error("1..234") == "\"1..234\"" + why);
  CHECK(error("1.234.5678") == "\"1.234.5678\"" + why);
  CHECK(error("1234.567.890") == "\"1234.567.890\"" + why);
  CHECK(error("0.123.456") == "\"0.123.456\"" + why);
  CHECK(error("1.234,5.6") == "\"1.234,5.6\"" + why);
  CHECK(error("1,234.567,8") == "\"1,234.567,8\"" + why);
  CHECK(error("7 8") == "\"7 8\"" + why);
  CHECK(error("1 234.567.8") == "\"1 234.567.8\"" + why);
  CHECK(error("1.234 567") == "\"1.234 567\"" + why);
  CHECK(error(".") == "\".\" is geen getal");
  CHECK(error(",") == "\",\" is geen getal");
}

TEST_CASE("numbers: a column's decimal style from its values") {
  using V = std::vector<std::string_view>;
  CHECK(jv::detect_decimal_style(V{"12,8", "1.234", "7"}) == DecimalStyle::Comma);
  CHECK(jv::detect_decimal_style(V{"1.234,5"}) == DecimalStyle::Comma);
  CHECK(jv::detect_decimal_style(V{"1.234.567", "2.000"}) == DecimalStyle::Comma);
  CHECK(jv::detect_decimal_style(V{"\xE2\x82\xAC 1.234,-"}) == DecimalStyle::Comma);
  CHECK(jv::detect_decimal_style(V{"12,8%", "", "veel"}) == DecimalStyle::Comma);
  CHECK(jv::detect_decimal_style(V{"1,234.5", "1,234"}) == DecimalStyle::Point);
  CHECK(jv::detect_decimal_style(V{"12.8", "1.234"}) == DecimalStyle::Point);
  CHECK(jv::detect_decimal_style(V{"0.125"}) == DecimalStyle::Point);
  CHECK(jv::detect_decimal_style(V{"1,234,567"}) == DecimalStyle::Point);
  CHECK(jv::detect_decimal_style(V{"1 234.5"}) == DecimalStyle::Point);
  // Only ambiguous values, integers, empty cells or text: no vote.
  CHECK(jv::detect_decimal_style(V{"1.234", "2.500", "785"}) == DecimalStyle::Unknown);
  CHECK(jv::detect_decimal_style(V{"1,234"}) == DecimalStyle::Unknown);
  CHECK(jv::detect_decimal_style(V{}) == DecimalStyle::Unknown);
  CHECK(jv::detect_decimal_style(V{"", "x", "12"}) == DecimalStyle::Unknown);
  // A tie, and a majority.
  CHECK(jv::detect_decimal_style(V{"12,8", "12.8"}) == DecimalStyle::Unknown);
  CHECK(jv::detect_decimal_style(V{"12,8", "12.8", "1,5"}) == DecimalStyle::Comma);
  // With the detected style the ambiguous values of the column read consistently.
  const V english{"1.234", "12.5", "0.8"};
  CHECK(value("1.234", jv::detect_decimal_style(english)) == 1.234);
  const V dutch{"1.234", "12,5", "0,8"};
  CHECK(value("1.234", jv::detect_decimal_style(dutch)) == 1234.0);
}
