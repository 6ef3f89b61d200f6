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
  CHECK(value("\xE2\x88\x92"
              "3") == -3.0);  // U+2212 minus sign
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
  CHECK(value("1\xC2\xA0"
              "234") == 1234.0);  // U+00A0
  CHECK(value("1\xE2\x80\xAF"
              "234") == 1234.0);  // U+202F, as French-style tables write
  CHECK(value("1\xE2\x80\x89"
              "234") == 1234.0);  // U+2009 thin space
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
  CHECK(value("\xE2\x82\xAC"
              "1.234") == 1234.0);
  CHECK(value("1.234 \xE2\x82\xAC") == 1234.0);
  CHECK(value("EUR 1234") == 1234.0);
  CHECK(value("1234 EUR") == 1234.0);
  CHECK(value("eur 12,50") == 12.5);
  CHECK(value("-\xE2\x82\xAC 5") == -5.0);
  CHECK(value("\xE2\x82\xAC -5") == -5.0);
  CHECK(value("\xE2\x82\xAC\xC2\xA0"
              "24.953.837") == 24953837.0);
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

// ---------------------------------------------------------------------------------------------
// Values as Dutch staff type them for an indicator
// ---------------------------------------------------------------------------------------------

namespace {

using jv::Unit;

// The value in `unit`, or -999999 when refused.
double typed(std::string_view text, Unit unit) {
  double out = 0;
  std::string error;
  return jv::parse_typed_value(text, unit, out, error) ? out : -999999.0;
}

std::string typed_error(std::string_view text, Unit unit) {
  double out = 0;
  std::string error;
  return jv::parse_typed_value(text, unit, out, error) ? std::string("(ok)") : error;
}

const std::string kPercentHow = "Een percentage schrijft u als 10,5 of 10,5 % of 1 op 15.";
const std::string kDaysHow = "Een duur schrijft u als 84 of 84 dagen of 12 weken of 8 maanden.";

}  // namespace

TEST_CASE("typed values: rates with a decimal comma, a percent sign or as 1 op N") {
  CHECK(typed("10,5", Unit::Percent) == 10.5);
  CHECK(typed("10.5", Unit::Percent) == 10.5);
  CHECK(typed("10,5 %", Unit::Percent) == 10.5);
  CHECK(typed("10,5%", Unit::Percent) == 10.5);
  CHECK(typed("10,5 procent", Unit::Percent) == 10.5);
  CHECK(typed("1 op 15", Unit::Percent) == doctest::Approx(6.666666667));  // 100 / 15
  CHECK(typed("1 op de 15", Unit::Percent) == doctest::Approx(6.666666667));
  CHECK(typed("1 op 8,5", Unit::Percent) == doctest::Approx(11.76470588));  // 100 / 8,5
  CHECK(typed("1 Op De 8", Unit::Percent) == 12.5);
  CHECK(typed("een op 8", Unit::Percent) == 12.5);
  CHECK(typed("\xC3\xA9\xC3\xA9n op 4", Unit::Percent) == 25.0);  // één
  CHECK(typed("1 op 1", Unit::Percent) == 100.0);
  // Per 1.000: the same forms, 1 op N is 1000 / N.
  CHECK(typed("62,5", Unit::PerThousand) == 62.5);
  CHECK(typed("1 op 16", Unit::PerThousand) == 62.5);
  CHECK(typed("1 op 15", Unit::PerThousand) == doctest::Approx(66.66666667));
  CHECK(typed("62,5 per 1.000", Unit::PerThousand) == 62.5);
  CHECK(typed("29 per 1000", Unit::PerThousand) == 29.0);
  CHECK(typed("29 \xE2\x80\xB0", Unit::PerThousand) == 29.0);  // ‰
  // No rate of 1 in less than one.
  const std::string why =
      " kan niet: in \xE2\x80\x9E"
      "1 op N\xE2\x80\x9D is N een getal van 1 of meer, zoals 1 op 15.";
  CHECK(typed_error("1 op 0", Unit::Percent) ==
        "\xE2\x80\x9E"
        "1 op 0\xE2\x80\x9D" +
            why);
  CHECK(typed_error("1 op 0,5", Unit::PerThousand) ==
        "\xE2\x80\x9E"
        "1 op 0,5\xE2\x80\x9D" +
            why);
  CHECK(typed_error("1 op -3", Unit::Percent) ==
        "\xE2\x80\x9E"
        "1 op -3\xE2\x80\x9D" +
            why);
}

TEST_CASE("typed values: amounts with a euro sign and mln, mld or duizend") {
  CHECK(typed("\xE2\x82\xAC 9,5 mln", Unit::Euro) == 9500000.0);
  CHECK(typed("9,5 miljoen", Unit::Euro) == 9500000.0);
  CHECK(typed("\xE2\x82\xAC 950.000", Unit::Euro) == 950000.0);
  CHECK(typed("950.000", Unit::Euro) == 950000.0);
  CHECK(typed("1,2 mld", Unit::Euro) == doctest::Approx(1.2e9));
  CHECK(typed("1,2 miljard", Unit::Euro) == doctest::Approx(1.2e9));
  CHECK(typed("EUR 9,5 mln", Unit::Euro) == 9500000.0);
  CHECK(typed("\xE2\x82\xAC"
              "9,5mln.",
              Unit::Euro) == 9500000.0);
  CHECK(typed("9,5 mln euro", Unit::Euro) == 9500000.0);
  CHECK(typed("9,5 Mln \xE2\x82\xAC", Unit::Euro) == 9500000.0);
  CHECK(typed("\xE2\x82\xAC 12 k", Unit::Euro) == 12000.0);
  CHECK(typed("12 duizend euro", Unit::Euro) == 12000.0);
  CHECK(typed("\xE2\x82\xAC 1.234,-", Unit::Euro) == 1234.0);
  // In thousands of euros: the amount divided by 1000.
  CHECK(typed("\xE2\x82\xAC 9,5 mln", Unit::EuroThousands) == 9500.0);
  CHECK(typed("9.500", Unit::EuroThousands) == 9500.0);  // a plain number is already in thousands
  CHECK(typed("\xE2\x82\xAC 950.000", Unit::EuroThousands) == 950.0);
  // A count may have a multiplier, not a euro sign.
  CHECK(typed("1,2 duizend", Unit::Count) == 1200.0);
  CHECK(typed("4.812", Unit::Count) == 4812.0);
  CHECK(typed_error("\xE2\x82\xAC 950", Unit::Count) ==
        "\xE2\x80\x9E\xE2\x82\xAC 950\xE2\x80\x9D is geen aantal. Een aantal schrijft u als 1.234 of 1,2 duizend.");
}

TEST_CASE("typed values: durations in days, weeks, months or years become days") {
  CHECK(typed("8 maanden", Unit::Days) == 243.5);  // 8 x 365,25 / 12
  CHECK(typed("12 weken", Unit::Days) == 84.0);
  CHECK(typed("30 dagen", Unit::Days) == 30.0);
  CHECK(typed("1 dag", Unit::Days) == 1.0);
  CHECK(typed("1 maand", Unit::Days) == 30.4375);
  CHECK(typed("3,5 maand", Unit::Days) == doctest::Approx(106.53125));
  CHECK(typed("1 jaar", Unit::Days) == 365.25);
  CHECK(typed("2 jaren", Unit::Days) == 730.5);
  CHECK(typed("6 wk", Unit::Days) == 42.0);
  CHECK(typed("8mnd", Unit::Days) == 243.5);
  CHECK(typed("8 Maanden", Unit::Days) == 243.5);
  CHECK(typed("84", Unit::Days) == 84.0);
  CHECK(jv::days_in(jv::TimeUnit::Month) == 30.4375);
  CHECK(std::string(jv::time_unit_word(jv::TimeUnit::Week, true)) == "weken");
  CHECK(std::string(jv::time_unit_word(jv::TimeUnit::Month, false)) == "maand");
}

TEST_CASE("typed values: a word that does not fit the unit, or no value at all, says what to write") {
  CHECK(typed_error("8 maanden", Unit::Percent) ==
        "\xE2\x80\x9E"
        "8 maanden\xE2\x80\x9D is geen percentage. " +
            kPercentHow);
  CHECK(typed_error("\xE2\x82\xAC 5", Unit::Percent) ==
        "\xE2\x80\x9E\xE2\x82\xAC 5\xE2\x80\x9D is geen percentage. " + kPercentHow);
  CHECK(typed_error("9,5 mln", Unit::Percent) ==
        "\xE2\x80\x9E"
        "9,5 mln\xE2\x80\x9D is geen percentage. " +
            kPercentHow);
  CHECK(typed_error("veel", Unit::Percent) == "\xE2\x80\x9Eveel\xE2\x80\x9D is geen percentage. " + kPercentHow);
  CHECK(typed_error(" 1 op 15 jongeren ", Unit::Percent) ==
        "\xE2\x80\x9E"
        "1 op 15 jongeren\xE2\x80\x9D is geen percentage. " +
            kPercentHow);
  CHECK(typed_error("10 % mln", Unit::Percent) ==
        "\xE2\x80\x9E"
        "10 % mln\xE2\x80\x9D is geen percentage. " +
            kPercentHow);
  CHECK(typed_error("", Unit::Percent) == "Vul een waarde in. " + kPercentHow);
  CHECK(typed_error("10 %", Unit::Days) ==
        "\xE2\x80\x9E"
        "10 %\xE2\x80\x9D is geen duur. " +
            kDaysHow);
  CHECK(typed_error("acht maanden", Unit::Days) ==
        "\xE2\x80\x9E"
        "acht maanden\xE2\x80\x9D is geen duur. " +
            kDaysHow);
  CHECK(typed_error("drie tot acht maanden", Unit::Days) ==
        "\xE2\x80\x9E"
        "drie tot acht maanden\xE2\x80\x9D is geen duur. " +
            kDaysHow);
  CHECK(typed_error("\xE2\x82\xAC 8 maanden", Unit::Days) ==
        "\xE2\x80\x9E\xE2\x82\xAC 8 maanden\xE2\x80\x9D is geen duur. " + kDaysHow);
  CHECK(typed_error("8 maanden weken", Unit::Days) ==
        "\xE2\x80\x9E"
        "8 maanden weken\xE2\x80\x9D is geen duur. " +
            kDaysHow);
  CHECK(typed_error("1 op 15", Unit::Euro) ==
        "\xE2\x80\x9E"
        "1 op 15\xE2\x80\x9D is geen bedrag. Een bedrag schrijft u als 950.000 of \xE2\x82\xAC 950.000 of "
        "\xE2\x82\xAC 9,5 mln.");
  CHECK(typed_error("12 weken", Unit::EuroThousands) ==
        "\xE2\x80\x9E"
        "12 weken\xE2\x80\x9D is geen bedrag in duizenden euro's. Een bedrag in duizenden euro's schrijft "
        "u als 9.500 of \xE2\x82\xAC 9,5 mln.");
  CHECK(typed_error("10 %", Unit::PerThousand) ==
        "\xE2\x80\x9E"
        "10 %\xE2\x80\x9D is geen aantal per 1.000. Een aantal per 1.000 schrijft u als 62,5 of 62,5 per "
        "1.000 of 1 op 16.");
  CHECK(typed_error("1 op 15", Unit::Count) ==
        "\xE2\x80\x9E"
        "1 op 15\xE2\x80\x9D is geen aantal. Een aantal schrijft u als 1.234 of 1,2 duizend.");
  CHECK(typed_error("12 k", Unit::Index) ==
        "\xE2\x80\x9E"
        "12 k\xE2\x80\x9D is geen indexcijfer. Een indexcijfer schrijft u als een getal, zoals 103,5.");
}

TEST_CASE("typed values: what the text is, before its unit is known") {
  jv::TypedNumber n = jv::read_typed_number("\xE2\x82\xAC 9,5 mln", DecimalStyle::Unknown);
  CHECK(n.ok);
  CHECK(n.form == jv::ValueForm::Amount);
  CHECK(n.number == 9500000.0);
  CHECK(n.euro);
  CHECK(n.multiplier == 1e6);
  n = jv::read_typed_number("12 jaar", DecimalStyle::Unknown);  // parse_number refuses it; a duration
  CHECK(n.ok);
  CHECK(n.form == jv::ValueForm::Duration);
  CHECK(n.time == jv::TimeUnit::Year);
  CHECK(n.number == 12.0);
  n = jv::read_typed_number("1 op 8,5", DecimalStyle::Point);  // N is always read the Dutch way
  CHECK(n.form == jv::ValueForm::OneIn);
  CHECK(n.number == 8.5);
  CHECK(jv::read_typed_number("1.234 weken", DecimalStyle::Point).number == 1.234);  // the column's style
  CHECK(jv::read_typed_number("1.234 weken", DecimalStyle::Comma).number == 1234.0);
  CHECK(jv::read_typed_number("1234 EUR", DecimalStyle::Unknown).form == jv::ValueForm::Amount);
  CHECK(jv::read_typed_number("1,5E+06", DecimalStyle::Unknown).number == 1500000.0);
  CHECK(jv::read_typed_number("12,8 %", DecimalStyle::Unknown).form == jv::ValueForm::Percent);
  CHECK(jv::read_typed_number("12,8", DecimalStyle::Unknown).form == jv::ValueForm::Plain);
  // Refused as parse_number refuses, quoting the text as written.
  CHECK(jv::read_typed_number("Veel", DecimalStyle::Unknown).error == "\"Veel\" is geen getal");
  CHECK(jv::read_typed_number("acht maanden", DecimalStyle::Unknown).error == "\"acht maanden\" is geen getal");
  CHECK(jv::read_typed_number("12e", DecimalStyle::Unknown).error == "\"12e\" is geen getal");
  CHECK(jv::read_typed_number("", DecimalStyle::Unknown).error == "leeg");
  for (const char* bad : {"\xE2\x82\xAC 5 \xE2\x82\xAC", "9,5 euro mln", "1,5 mln mld", "12 % procent", "8 weken mln",
                          "mln", "\xE2\x82\xAC", "1 op", "1 op de"}) {
    CAPTURE(bad);
    CHECK_FALSE(jv::read_typed_number(bad, DecimalStyle::Unknown).ok);
  }
  CHECK(jv::read_typed_number("1,2,3 mln", DecimalStyle::Unknown).error == "\"1,2,3 mln\" is geen getal");
}
