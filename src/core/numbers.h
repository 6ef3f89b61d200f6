// Numbers as Dutch people and Dutch Excel write them in their own files: decimal comma, thousands
// point ("1.234,5"), but also what English-language tools and copied web tables bring ("1,234.5",
// "12.8"), with percent and euro signs, spaces or no-break spaces between thousands, and Excel's
// ",-" for whole euros. Whether a lone "1.234" means 1234 or 1,234 cannot be told from the text, so
// the caller decides per column (detect_decimal_style) and passes that in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.h"

namespace jv {

enum class DecimalStyle { Unknown, Comma, Point };  // "12,8" vs "12.8"

struct NumberParse {
  bool ok = false;
  double value = 0;
  bool percent = false;   // the text had a % sign ("12,8%", "12,8 %"): value is 12.8, not 0.128
  bool had_euro = false;  // "€ 1.234" or "EUR 1234"
  std::string error;      // Dutch, why it is not a number: "\"veel\" is geen getal"
};

// Accepted: "12,8", "12.8", "1.234", "1.234,5", "1,234.5", "1.234.567", "-3", "−3" (U+2212), "+5",
// " 7 ", "1 234" (space, U+00A0 or U+202F between groups of three), ",5", "12,8%", "12,8 %",
// "€ 1.234,56", "€1.234", "-€ 5", "€ -5", "1.234 €", "EUR 1234", "1234 EUR", "€ 1.234,-" (",-" and
// ",--": whole euros), "1,5E+06" (Excel's scientific notation for very large values).
// Thousands separators must make groups of three after a first group of one to three digits that
// does not start with 0.
// Which separator is the decimal one:
//   - both '.' and ',' in the number: the last one ("1.234,5" and "1,234.5" are both 1234.5);
//   - one separator occurring twice or more: thousands ("1.234.567", "1,234,567");
//   - one separator once, not followed by exactly three digits, or after a first group of more
//     than three digits or starting with 0: decimal ("12,8", "12.8", "0.125", "1234.567");
//   - one separator once, followed by exactly three digits ("1.234", "1,234"): AMBIGUOUS, decided by
//     `style`: Point reads '.' as decimal and ',' as thousands; Comma and Unknown read it the
//     Dutch way, '.' thousands and ',' decimal ("1.234" -> 1234, "1,234" -> 1.234), because the
//     users are Dutch and Dutch Excel writes thousands with a point, while aggregate figures with
//     exactly three decimals are rare. Pass Point for the machine form of .xlsx cells ("1.234").
// Rejected with a Dutch message: empty or only spaces ("leeg"), letters ("\"veel\" is geen getal"),
// "NaN", "inf", "(3)", misplaced separators ("1,2,3", "12,8,", "1.23.4"), a number that is both
// a percentage and an amount, more than 100 characters, and values beyond the range of a double.
NumberParse parse_number(std::string_view text, DecimalStyle style);

// Decides a column's decimal style from its values. Each value that reveals its style votes:
// "12,8", "1.234,5" and "1.234.567" for Comma; "12.8", "1,234.5", "1,234,567" and "0.125" for
// Point. Ambiguous values ("1.234", "1,234"), integers, empty cells and text do not vote. The
// majority wins; no votes or a tie give Unknown (which parse_number reads the Dutch way).
DecimalStyle detect_decimal_style(const std::vector<std::string_view>& column_values);

// Values as Dutch staff type them for an indicator, in a text field or a cell of their own file:
// "10,5 %", "1 op 15", "€ 9,5 mln", "8 maanden". Reading is two steps, so the own-data reader can
// read a cell before it knows the cell's indicator: read_typed_number says what the text is,
// typed_value_in turns it into a value in an indicator's unit (or says why it does not fit).
//
// read_typed_number accepts, around a number as parse_number reads it (with `style`):
//   OneIn       "1 op 15", "1 op de 15", "1 op 8,5", "een op 15", "één op 15": number = N; N must be 1 or
//               more ("1 op 0", "1 op 0,5" and "1 op -3" are refused: "„1 op 0” kan niet: in „1 op N”
//               is N een getal van 1 of meer, zoals 1 op 15.")
//   Percent     "10,5 %", "10,5%", "10,5 procent"
//   PerThousand "62,5 per 1.000", "62,5 per 1000", "62,5 ‰"
//   Amount      a euro sign or word and/or a multiplier: "€ 950.000", "EUR 950.000", "950.000 euro",
//               "€ 9,5 mln", "9,5 miljoen", "1,2 mld", "1,2 miljard", "€ 12 k", "12 duizend",
//               "9,5 mln euro"; multipliers k/duizend 1e3, mln/miljoen 1e6, mld/miljard 1e9 (a
//               trailing point as in "mln." is allowed); number = the amount (9500000)
//   Duration    a number and one time word: dag/dagen (1 day), week/weken/wk (7), maand/maanden/mnd
//               (365,25 / 12 = 30,4375 days), jaar/jaren (365,25); number = as written (8 for
//               "8 maanden"), `time` says in what
//   Plain       anything parse_number accepts with neither sign ("10,5", "10.5", "1.234")
// Words are matched without regard to case and may be attached to the number ("8mnd", "9,5mln").
// Refused (ok = false, `error` as parse_number's, e.g. "\"acht maanden\" is geen getal"): empty text,
// an unknown word, words that contradict each other ("€ 8 maanden", "10 % mln", two multipliers),
// a number parse_number refuses. No range check: a caller checks plausibility as for any number.
enum class ValueForm { Plain, Percent, OneIn, PerThousand, Amount, Duration };
enum class TimeUnit { None, Day, Week, Month, Year };

struct TypedNumber {
  bool ok = false;
  ValueForm form = ValueForm::Plain;
  double number = 0;               // see above: the amount, the duration in `time`, N of "1 op N"
  bool euro = false;               // "€", "EUR" or "euro" written
  double multiplier = 1;           // 1e3, 1e6 or 1e9 when a multiplier word was written (already applied)
  TimeUnit time = TimeUnit::None;  // Duration only
  std::string text;                // the text as written, trimmed and cut as in messages
  std::string error;               // Dutch, when !ok
};
TypedNumber read_typed_number(std::string_view text, DecimalStyle style);

// Days in one of `unit`: 1, 7, 30.4375, 365.25 (0 for None). And its Dutch word, singular and
// plural: "dag"/"dagen", "week"/"weken", "maand"/"maanden", "jaar"/"jaren".
double days_in(TimeUnit unit);
const char* time_unit_word(TimeUnit unit, bool plural);

// The value in `unit`:
//   Percent        Plain or Percent as written; OneIn 100 / N ("1 op 15" -> 6,666...)
//   PerThousand    Plain or PerThousand as written; OneIn 1000 / N
//   Euro           Plain or Amount: the amount in euros ("€ 9,5 mln" -> 9500000)
//   EuroThousands  Plain as written, already in thousands ("9.500" -> 9500); Amount in euros
//                  divided by 1000 ("€ 9,5 mln" -> 9500, "€ 950.000" -> 950)
//   Count          Plain, or an Amount with a multiplier and no euro ("1,2 duizend" -> 1200)
//   Days           Plain as written, Duration in days ("8 maanden" -> 243,5, "12 weken" -> 84)
//   Index          Plain only
// Any other form does not fit: false, with `error` "„<text>” is geen <what>. <how>", where <what>
// and <how> per unit are exactly:
//   Percent        percentage        Een percentage schrijft u als 10,5 of 10,5 % of 1 op 15.
//   PerThousand    aantal per 1.000  Een aantal per 1.000 schrijft u als 62,5 of 62,5 per 1.000 of 1 op 16.
//   Euro           bedrag            Een bedrag schrijft u als 950.000 of € 950.000 of € 9,5 mln.
//   EuroThousands  bedrag in duizenden euro's
//                                    Een bedrag in duizenden euro's schrijft u als 9.500 of € 9,5 mln.
//   Count          aantal            Een aantal schrijft u als 1.234 of 1,2 duizend.
//   Days           duur              Een duur schrijft u als 84 of 84 dagen of 12 weken of 8 maanden.
//   Index          indexcijfer       Een indexcijfer schrijft u als een getal, zoals 103,5.
// `n` must be ok.
bool typed_value_in(const TypedNumber& n, Unit unit, double& out, std::string& error);

// Both steps, for a text field (DecimalStyle::Unknown: the Dutch reading). Any text that is not
// a value of `unit` gets the message above ("„veel” is geen percentage. Een percentage schrijft u
// als 10,5 of 10,5 % of 1 op 15."), except empty text: "Vul een waarde in. " followed by <how>, and
// "1 op N" with N below 1, which keeps its own message.
bool parse_typed_value(std::string_view text, Unit unit, double& out, std::string& error);

}  // namespace jv
