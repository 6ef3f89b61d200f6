// Numbers as Dutch people and Dutch Excel write them in their own files: decimal comma, thousands
// point ("1.234,5"), but also what English-language tools and copied web tables bring ("1,234.5",
// "12.8"), with percent and euro signs, spaces or no-break spaces between thousands, and Excel's
// ",-" for whole euros. Whether a lone "1.234" means 1234 or 1,234 cannot be told from the text, so
// the caller decides per column (detect_decimal_style) and passes that in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

}  // namespace jv
