// Periods as the policy documents and municipal spreadsheets write them: calendar years, halves,
// quarters and runs of quarters ("Q1-3 2025", HLT bijlage 4), months, school years ("2023/2024",
// thuiszitters), runs of years ("2022-2025") and dates (a peildatum, or an .xlsx date cell). Every
// figure is tied to one, and two figures are only set side by side when their periods match, so
// each period also knows its first and last day.
#pragma once

#include <string>
#include <string_view>

namespace jv {

enum class PeriodKind { Year, HalfYear, Quarter, QuarterRange, Month, SchoolYear, YearRange, Date };

struct Period {
  PeriodKind kind = PeriodKind::Year;
  int year = 0;             // the (first) calendar year; for SchoolYear 2023/2024 -> 2023
  int first = 0, last = 0;  // half (1..2), quarter (1..4) or month (1..12) range within the year:
                            // HalfYear, Quarter and Month have first == last, QuarterRange
                            // first < last, Date the month in both; 0 for Year, SchoolYear, YearRange
  int end_year = 0;         // YearRange "2022-2025" -> 2025, SchoolYear 2023/2024 -> 2024; else 0
  int day = 0;              // Date: day of the month; else 0

  // Canonical Dutch, and parse_period reads every label back as the same period: "2024",
  // "2024-H1", "2024-Q3", "Q1-3 2025", "2024-03", "2023/2024", "2022-2025", "2024-03-01". A
  // YearRange of two consecutive years is "2022 t/m 2023", since "2022-2023" reads as a school year.
  std::string label() const;
  // First and last day, as days since 1970-01-01, both inclusive. A school year runs from 1 August
  // to 31 July (the statutory school year), so 2023/2024 is 2023-08-01 .. 2024-07-31.
  int start_day() const;
  int end_day() const;

  bool operator==(const Period&) const = default;
};

// Reads a period. Case, spaces and the kind of dash (-, en dash, minus sign) do not matter.
//   Year          "2024", "jaar 2024"
//   HalfYear      "2024-H1", "2024 H1", "H1 2024", "H1-2024", "HJ1 2024", "1e halfjaar 2024",
//                 "eerste halfjaar 2024", "halfjaar 1 2024"
//   Quarter       "2024-Q3", "2024 Q3", "Q3 2024", "Q3-2024", "K3 2024", "KW3 2024",
//                 "3e kwartaal 2024", "derde kwartaal 2024", "kwartaal 3 2024"
//   QuarterRange  "Q1-3 2025", "Q1-Q3 2025", "Q 1-3 2025", "Q1 t/m Q3 2025", "2025 Q1-Q3"
//                 ("Q2-2 2025" is the quarter 2025-Q2)
//   Month         "2024-03", "2024-3", "03-2024", "3/2024", "maart 2024", "mrt 2024", "mrt. 2024",
//                 "mrt-2024", "mrt-24" (Excel's mmm-jj), English month names too
//   SchoolYear    "2023/2024", "2023/24", "schooljaar 2023-2024", "sj 2023/2024", and "2023-2024"
//   YearRange     "2022-2025", "2022 t/m 2025", "2022 tot en met 2025", "jaren 2022-2023"
//   Date          "2024-03-01", "2024-03-01T00:00:00", "01-03-2024", "1-3-2024", "01/03/2024",
//                 "1.3.2024", "1 maart 2024", "1-mrt-2024" (day first unless the year comes first)
// Rules for the ambiguous forms:
//   - "2022-2023", a dash between two CONSECUTIVE years, is a school year: that is how the
//     documents write school-year figures (HLT L711-714: "2022-2023: 1,2%"), and a two-year run
//     of calendar years is rare in youth-care figures. Non-consecutive years ("2022-2025") are a
//     run of years; "2022 t/m 2023" or "jaren 2022-2023" is the explicit two-year run.
//   - "2024-03" and "2011-12" (year, dash, 1..12) are months, as in ISO 8601; "2023-24" (not a
//     month) is the school year 2023/2024. With a slash, two digits that follow the year are a
//     school year ("2011/12"), otherwise a month ("2024/03").
//   - "2023/2025" (slash, not consecutive) is refused: a school year spans two consecutive years.
// Years 1990..2100 only. On failure returns false with a Dutch message that ends with the list of
// accepted forms.
bool parse_period(std::string_view text, Period& out, std::string& error);

// The one period a free text names: a file name without its extension ("wachttijden-2024",
// "thuiszitters_2023-2024", "Q1-3 2025 jeugdhulp", "wachttijd_q3_2024") or a column header
// ("Wachttijd 2024 (dagen)", "Thuiszitters 2023/2024 (%)"). The text is cut into words at spaces,
// '_', brackets, ',' and ';'; a candidate is a run of up to six words, of which the first may start
// and the last may end at a '-' inside the word ("jeugdhulp-2024-Q3" holds "2024-Q3"), read by
// parse_period with the words joined by spaces. Of the candidates that read as a period, those
// inside a longer one are dropped ("2023" and "2024" inside "2023-2024"); what is left must be one
// period, else there is none to take: "jeugd 2023 2024" names two, and a period is never guessed.
// Returns false when the text names no period (`ambiguous` false) or more than one (`ambiguous`
// true). On success `begin` and `end` are the byte range of the words that name it (the longest,
// the first of equals), so a caller can cut it out of a header.
bool find_period_in_text(std::string_view text, Period& out, std::size_t& begin, std::size_t& end, bool& ambiguous);

// Whether the two periods share at least one day.
bool periods_overlap(const Period& a, const Period& b);

// Order for lists and charts: by first day, then by last day (the shorter first), then by kind.
// Negative when a comes first, 0 when equal, positive when b comes first.
int compare_periods(const Period& a, const Period& b);

// A calendar date with a four-digit year, as parse_period reads a Date (the same forms, any year
// 1000..9999, optional time of day "00:00:00" after it), checked against the calendar (leap years
// included). Used by the privacy check to find dates of birth.
bool parse_calendar_date(std::string_view text, int& year, int& month, int& day);

// Days since 1970-01-01 of a proleptic Gregorian date (negative before 1970).
int days_from_civil(int year, int month, int day);

}  // namespace jv
