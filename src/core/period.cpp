#include "core/period.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "core/detail.h"

namespace jv {

namespace {

constexpr const char* kAcceptedForms =
    "Gebruik een van deze vormen: 2024 (jaar), 2024-H1 (halfjaar), 2024-Q3 (kwartaal), Q1-3 2025 "
    "(kwartalen), 2024-03 of maart 2024 (maand), 2023/2024 (schooljaar), 2022-2025 (jaren), 2024-03-01 of "
    "01-03-2024 (datum).";

constexpr int kFirstYear = 1990, kLastYear = 2100;

struct Token {
  enum Type { Number, Word, Symbol } type = Word;
  std::string text;
  int value = 0;  // Number: its value (at most 4 digits are read as numbers)
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Splits a period into numbers, words (lower case) and the symbols - / . : , with spaces dropped.
// "t/m" and "tot en met" become the word "tm"; en dash, em dash, minus sign and hyphen variants
// become '-'. Returns false for any other character (a period has none).
bool tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  std::string s;
  s.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.substr(0, 2) == "\xC2\xA0") {
      s += ' ';
      ++i;
    } else if (rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94" ||
               rest.substr(0, 3) == "\xE2\x88\x92" || rest.substr(0, 3) == "\xE2\x80\x90" ||
               rest.substr(0, 3) == "\xE2\x80\x91") {
      s += '-';
      i += 2;
    } else {
      const char c = text[i];
      s += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (is_digit(c)) {
      Token t;
      t.type = Token::Number;
      while (i < s.size() && is_digit(s[i])) t.text += s[i++];
      if (t.text.size() > 4) return false;
      for (const char d : t.text) t.value = t.value * 10 + (d - '0');
      out.push_back(std::move(t));
    } else if (is_letter(c)) {
      Token t;
      t.type = Token::Word;
      while (i < s.size() && is_letter(s[i])) t.text += s[i++];
      out.push_back(std::move(t));
    } else if (c == '-' || c == '/' || c == '.' || c == ':' || c == ',') {
      // "t/m": a word "t", '/', a word "m".
      if (c == '/' && !out.empty() && out.back().type == Token::Word && out.back().text == "t" && i + 1 < s.size() &&
          s[i + 1] == 'm' && (i + 2 == s.size() || !is_letter(s[i + 2]))) {
        out.back().text = "tm";
        i += 2;
        continue;
      }
      Token t;
      t.type = Token::Symbol;
      t.text = std::string(1, c);
      out.push_back(std::move(t));
      ++i;
    } else {
      return false;
    }
  }
  // "tot en met" -> "tm".
  for (std::size_t i = 0; i + 2 < out.size(); ++i) {
    if (out[i].type == Token::Word && out[i].text == "tot" && out[i + 1].text == "en" && out[i + 2].text == "met") {
      out[i].text = "tm";
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1, out.begin() + static_cast<std::ptrdiff_t>(i) + 3);
    }
  }
  return true;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// 1..12 for a Dutch or English month name or abbreviation, else 0.
int month_number(std::string_view w) {
  struct Name {
    const char* text;
    int month;
  };
  static constexpr Name kNames[] = {
      {"januari", 1},  {"jan", 1},  {"january", 1},  {"februari", 2},  {"feb", 2},   {"febr", 2},      {"february", 2},
      {"maart", 3},    {"mrt", 3},  {"mar", 3},      {"march", 3},     {"april", 4}, {"apr", 4},       {"mei", 5},
      {"may", 5},      {"juni", 6}, {"jun", 6},      {"june", 6},      {"juli", 7},  {"jul", 7},       {"july", 7},
      {"augustus", 8}, {"aug", 8},  {"august", 8},   {"september", 9}, {"sep", 9},   {"sept", 9},      {"oktober", 10},
      {"okt", 10},     {"oct", 10}, {"october", 10}, {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12},
  };
  for (const Name& n : kNames) {
    if (w == n.text) return n.month;
  }
  return 0;
}

// A cursor over tokens for the patterns below.
struct Cursor {
  const std::vector<Token>& t;
  std::size_t i = 0;

  bool done() const { return i == t.size(); }
  bool symbol(char c) {
    if (i < t.size() && t[i].type == Token::Symbol && t[i].text[0] == c) {
      ++i;
      return true;
    }
    return false;
  }
  bool optional_symbol(char c) {
    symbol(c);
    return true;
  }
  bool word(std::string_view w) {
    if (i < t.size() && t[i].type == Token::Word && t[i].text == w) {
      ++i;
      return true;
    }
    return false;
  }
  template <std::size_t N>
  bool any_word(const std::string_view (&words)[N]) {
    for (const auto w : words) {
      if (word(w)) return true;
    }
    return false;
  }
  // A number of min_digits..max_digits digits.
  bool number(int& value, std::size_t min_digits, std::size_t max_digits) {
    if (i < t.size() && t[i].type == Token::Number && t[i].text.size() >= min_digits &&
        t[i].text.size() <= max_digits) {
      value = t[i++].value;
      return true;
    }
    return false;
  }
  bool year(int& value) { return number(value, 4, 4); }
  bool small(int& value) { return number(value, 1, 2); }
  // An ordinal suffix after a number: 1e, 1ste, 2de.
  void ordinal() {
    if (!word("e")) {
      if (!word("ste")) word("de");
    }
  }
  int ordinal_word() {
    if (word("eerste")) return 1;
    if (word("tweede")) return 2;
    if (word("derde")) return 3;
    if (word("vierde")) return 4;
    return 0;
  }
};

constexpr std::string_view kQuarterWords[] = {"q", "k", "kw"};
constexpr std::string_view kHalfWords[] = {"h", "hj"};

// An optional time of day after a date: "T00:00:00", " 0:00", "00:00:00.000Z".
bool time_suffix(Cursor& c) {
  if (c.done()) return true;
  c.word("t");
  int h = 0, m = 0, s = 0;
  if (!c.small(h) || !c.symbol(':') || !c.number(m, 2, 2)) return false;
  if (c.symbol(':')) {
    if (!c.number(s, 2, 2)) return false;
    if (c.symbol('.')) {
      int ms = 0;
      if (!c.number(ms, 1, 3)) return false;
    }
  }
  c.word("z");
  return c.done() && h <= 23 && m <= 59 && s <= 59;
}

// The shape of a calendar date; the calendar check is the caller's. Any four-digit year.
bool date_shape(const std::vector<Token>& tokens, int& y, int& m, int& d) {
  {  // 2024-03-01, 2024/03/01, 2024.03.01
    Cursor c{tokens};
    if (c.year(y)) {
      for (const char sep : {'-', '/', '.'}) {
        Cursor k = c;
        if (k.symbol(sep) && k.small(m) && k.symbol(sep) && k.small(d) && time_suffix(k)) return true;
      }
    }
  }
  {  // 01-03-2024, 1/3/2024, 1.3.2024
    Cursor c{tokens};
    if (c.small(d)) {
      for (const char sep : {'-', '/', '.'}) {
        Cursor k = c;
        if (k.symbol(sep) && k.small(m) && k.symbol(sep) && k.year(y) && time_suffix(k)) return true;
      }
    }
  }
  {  // 1 maart 2024, 1-mrt-2024, 1 mrt. 2024
    Cursor c{tokens};
    if (c.small(d)) {
      const bool dash = c.symbol('-');
      if (c.i < tokens.size() && tokens[c.i].type == Token::Word) {
        m = month_number(tokens[c.i].text);
        if (m != 0) {
          ++c.i;
          c.symbol('.');
          if ((!dash || c.symbol('-')) && c.year(y) && time_suffix(c)) return true;
        }
      }
    }
  }
  return false;
}

bool valid_date(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

struct Parser {
  std::string_view text;
  std::string error;

  bool fail(const std::string& why) {
    error = why + " " + kAcceptedForms;
    return false;
  }
  bool check_year(int y) {
    if (y >= kFirstYear && y <= kLastYear) return true;
    return fail("\"" + std::to_string(y) + "\" valt buiten de jaren " + std::to_string(kFirstYear) + " tot en met " +
                std::to_string(kLastYear) + ".");
  }
  bool half(int y, int h, Period& p) {
    if (!check_year(y)) return false;
    if (h < 1 || h > 2) return fail("Een halfjaar is H1 of H2; \"" + std::string(text) + "\" bestaat niet.");
    p = {};
    p.kind = PeriodKind::HalfYear;
    p.year = y;
    p.first = p.last = h;
    return true;
  }
  bool quarters(int y, int q1, int q2, Period& p) {
    if (!check_year(y)) return false;
    if (q1 < 1 || q1 > 4 || q2 < 1 || q2 > 4)
      return fail("Een kwartaal is Q1, Q2, Q3 of Q4; \"" + std::string(text) + "\" bestaat niet.");
    if (q2 < q1) return fail("In \"" + std::string(text) + "\" komt het laatste kwartaal voor het eerste.");
    p = {};
    p.kind = q1 == q2 ? PeriodKind::Quarter : PeriodKind::QuarterRange;
    p.year = y;
    p.first = q1;
    p.last = q2;
    return true;
  }
  bool month(int y, int m, Period& p) {
    if (!check_year(y)) return false;
    if (m < 1 || m > 12) return fail("Een maand is 1 tot en met 12; \"" + std::string(text) + "\" bestaat niet.");
    p = {};
    p.kind = PeriodKind::Month;
    p.year = y;
    p.first = p.last = m;
    return true;
  }
  bool school_year(int y, int end, Period& p) {
    if (!check_year(y) || !check_year(end)) return false;
    if (end != y + 1)
      return fail("Een schooljaar loopt over twee opeenvolgende jaren, zoals 2023/2024; \"" + std::string(text) +
                  "\" is dat niet. Bedoelt u een reeks jaren, schrijf dan " + std::to_string(y) + "-" +
                  std::to_string(end) + ".");
    p = {};
    p.kind = PeriodKind::SchoolYear;
    p.year = y;
    p.end_year = end;
    return true;
  }
  bool year_range(int y, int end, Period& p) {
    if (!check_year(y) || !check_year(end)) return false;
    if (end < y) return fail("In \"" + std::string(text) + "\" komt het laatste jaar voor het eerste.");
    p = {};
    p.year = y;
    if (end == y) return true;  // "2024 t/m 2024" is the year 2024
    p.kind = PeriodKind::YearRange;
    p.end_year = end;
    return true;
  }
  // Two digits after a year: the end of a school year when they are the next year ("2023/24").
  static bool next_year_short(int y, const Token& t) { return t.text.size() == 2 && t.value == (y + 1) % 100; }

  bool parse(const std::vector<Token>& all, Period& p) {
    if (all.empty()) return fail("Er is geen periode ingevuld.");
    // A leading word that says which kind of period follows.
    Cursor c{all};
    const bool school = c.word("schooljaar") || c.word("sj");
    const bool years = !school && c.word("jaren");
    if (!school && !years) {
      if (!c.word("jaar")) {
        if (!c.word("kalenderjaar")) c.word("boekjaar");
      }
    }
    const bool calendar_word = c.i > 0 && !school && !years;
    const std::vector<Token> t(all.begin() + static_cast<std::ptrdiff_t>(c.i), all.end());
    const std::size_t n = t.size();
    const std::string unknown = "\"" + std::string(text) + "\" is geen periode die Jeugdvergelijker kent.";
    if (n == 0) return fail(unknown);

    int y = 0, y2 = 0, a = 0, b = 0;
    // Year, school year, runs of years.
    if (n == 1) {
      Cursor k{t};
      if (k.year(y) && !school && !years) {
        if (!check_year(y)) return false;
        p = {};
        p.year = y;
        return true;
      }
      return fail(unknown);
    }
    if (n == 3 && t[0].type == Token::Number && t[0].text.size() == 4 && t[2].type == Token::Number) {
      y = t[0].value;
      const Token& second = t[2];
      const bool slash = t[1].type == Token::Symbol && t[1].text == "/";
      const bool dash = t[1].type == Token::Symbol && t[1].text == "-";
      const bool through = t[1].type == Token::Word && t[1].text == "tm";
      if (second.text.size() == 4 && (slash || dash || through)) {
        y2 = second.value;
        if (through || years) return school ? fail(unknown) : year_range(y, y2, p);
        if (slash || school) return school_year(y, y2, p);
        if (y2 == y + 1) return school_year(y, y2, p);
        return year_range(y, y2, p);
      }
      if (second.text.size() <= 2 && (slash || dash) && !years && !calendar_word) {
        if (school) {
          if (next_year_short(y, second)) return school_year(y, y + 1, p);
          return fail(unknown);
        }
        if (slash && next_year_short(y, second)) return school_year(y, y + 1, p);
        if (second.value >= 1 && second.value <= 12) return month(y, second.value, p);
        if (dash && next_year_short(y, second)) return school_year(y, y + 1, p);
        return month(y, second.value, p);  // reports the month that does not exist
      }
    }
    if (school || years || calendar_word) return fail(unknown);

    // Dates before months, since both start with digits and dashes.
    {
      int m = 0, d = 0;
      if (date_shape(t, y, m, d)) {
        if (!check_year(y)) return false;
        if (!valid_date(y, m, d)) return fail("\"" + std::string(text) + "\" is geen bestaande datum.");
        p = {};
        p.kind = PeriodKind::Date;
        p.year = y;
        p.first = p.last = m;
        p.day = d;
        return true;
      }
    }

    // Halves.
    {
      Cursor k{t};  // 2024-H1, 2024 H1, 2024 HJ1
      if (k.year(y) && k.optional_symbol('-') && k.any_word(kHalfWords) && k.small(a) && k.done()) return half(y, a, p);
    }
    {
      Cursor k{t};  // H1 2024, H1-2024
      if (k.any_word(kHalfWords) && k.small(a) && k.optional_symbol('-') && k.year(y) && k.done()) return half(y, a, p);
    }
    {
      Cursor k{t};  // 1e halfjaar 2024, eerste halfjaar 2024
      a = k.ordinal_word();
      if (a == 0 && k.small(a)) k.ordinal();
      if (a != 0 && k.word("halfjaar") && k.year(y) && k.done()) return half(y, a, p);
    }
    {
      Cursor k{t};  // halfjaar 1 2024
      if (k.word("halfjaar") && k.small(a) && k.optional_symbol('-') && k.year(y) && k.done()) return half(y, a, p);
    }

    // Quarters and runs of quarters.
    {
      Cursor k{t};  // 2024-Q3, 2024 Q3, 2025 Q1-Q3, 2025-Q1-3
      if (k.year(y) && k.optional_symbol('-') && k.any_word(kQuarterWords) && k.small(a)) {
        if (k.done()) return quarters(y, a, a, p);
        if (k.symbol('-') || k.word("tm")) {
          k.any_word(kQuarterWords);  // "Q1-Q3" and "Q1-3" alike
          if (k.small(b) && k.done()) return quarters(y, a, b, p);
        }
      }
    }
    {
      Cursor k{t};  // Q3 2024, Q3-2024, Q1-3 2025, Q1-Q3 2025, Q1 t/m Q3 2025
      if (k.any_word(kQuarterWords) && k.small(a)) {
        Cursor single = k;
        if (single.optional_symbol('-') && single.year(y) && single.done()) return quarters(y, a, a, p);
        if (k.symbol('-') || k.word("tm")) {
          k.any_word(kQuarterWords);  // "Q1-Q3" and "Q1-3" alike
          if (k.small(b) && k.optional_symbol('-') && k.year(y) && k.done()) return quarters(y, a, b, p);
        }
      }
    }
    {
      Cursor k{t};  // 3e kwartaal 2024, derde kwartaal 2024
      a = k.ordinal_word();
      if (a == 0 && k.small(a)) k.ordinal();
      if (a != 0 && k.word("kwartaal") && k.year(y) && k.done()) return quarters(y, a, a, p);
    }
    {
      Cursor k{t};  // kwartaal 3 2024
      if (k.word("kwartaal") && k.small(a) && k.optional_symbol('-') && k.year(y) && k.done())
        return quarters(y, a, a, p);
    }

    // Months.
    {
      Cursor k{t};  // 03-2024, 3/2024
      if (k.small(a) && (k.symbol('-') || k.symbol('/')) && k.year(y) && k.done()) return month(y, a, p);
    }
    if (t[0].type == Token::Word) {
      const int m = month_number(t[0].text);
      if (m != 0) {
        Cursor k{t};
        ++k.i;
        k.symbol('.');
        Cursor full = k;  // maart 2024, mrt. 2024, mrt-2024
        if (full.optional_symbol('-') && full.year(y) && full.done()) return month(y, m, p);
        Cursor excel = k;  // mrt-24: Excel's "mmm-jj" display, written as shown into CSV
        if (excel.symbol('-') && excel.number(a, 2, 2) && excel.done()) return month(2000 + a, m, p);
      }
    }
    return fail(unknown);
  }
};

}  // namespace

int days_from_civil(int year, int month, int day) {
  // Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar, no tables, no locale.
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;                                                  // [0, 399]
  const int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // [0, 365]
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                          // [0, 146096]
  return era * 146097 + doe - 719468;
}

bool parse_calendar_date(std::string_view text, int& year, int& month, int& day) {
  std::vector<Token> tokens;
  if (!tokenize(text, tokens)) return false;
  int y = 0, m = 0, d = 0;
  if (!date_shape(tokens, y, m, d) || y < 1000 || !valid_date(y, m, d)) return false;
  year = y;
  month = m;
  day = d;
  return true;
}

std::string Period::label() const {
  const std::string y = std::to_string(year);
  switch (kind) {
    case PeriodKind::Year: return y;
    case PeriodKind::HalfYear: return y + "-H" + std::to_string(first);
    case PeriodKind::Quarter: return y + "-Q" + std::to_string(first);
    case PeriodKind::QuarterRange: return "Q" + std::to_string(first) + "-" + std::to_string(last) + " " + y;
    case PeriodKind::Month: return y + "-" + pad2(first);
    case PeriodKind::SchoolYear: return y + "/" + std::to_string(end_year);
    case PeriodKind::YearRange: return y + (end_year == year + 1 ? " t/m " : "-") + std::to_string(end_year);
    case PeriodKind::Date: return y + "-" + pad2(first) + "-" + pad2(day);
  }
  return y;
}

namespace {

int clamp(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }

}  // namespace

int Period::start_day() const {
  switch (kind) {
    case PeriodKind::Year:
    case PeriodKind::YearRange: return days_from_civil(year, 1, 1);
    case PeriodKind::HalfYear: return days_from_civil(year, clamp(first, 1, 2) * 6 - 5, 1);
    case PeriodKind::Quarter:
    case PeriodKind::QuarterRange: return days_from_civil(year, clamp(first, 1, 4) * 3 - 2, 1);
    case PeriodKind::Month: return days_from_civil(year, clamp(first, 1, 12), 1);
    case PeriodKind::SchoolYear: return days_from_civil(year, 8, 1);
    case PeriodKind::Date: return days_from_civil(year, clamp(first, 1, 12), clamp(day, 1, 31));
  }
  return days_from_civil(year, 1, 1);
}

int Period::end_day() const {
  // The day before the first day after the period: no month lengths to get wrong.
  switch (kind) {
    case PeriodKind::Year: return days_from_civil(year + 1, 1, 1) - 1;
    case PeriodKind::YearRange: return days_from_civil(end_year + 1, 1, 1) - 1;
    case PeriodKind::HalfYear:
      return clamp(last, 1, 2) == 2 ? days_from_civil(year + 1, 1, 1) - 1 : days_from_civil(year, 7, 1) - 1;
    case PeriodKind::Quarter:
    case PeriodKind::QuarterRange: {
      const int q = clamp(last, 1, 4);
      return q == 4 ? days_from_civil(year + 1, 1, 1) - 1 : days_from_civil(year, q * 3 + 1, 1) - 1;
    }
    case PeriodKind::Month: {
      const int m = clamp(last, 1, 12);
      return m == 12 ? days_from_civil(year + 1, 1, 1) - 1 : days_from_civil(year, m + 1, 1) - 1;
    }
    case PeriodKind::SchoolYear: return days_from_civil(end_year, 8, 1) - 1;
    case PeriodKind::Date: return start_day();
  }
  return start_day();
}

bool parse_period(std::string_view text, Period& out, std::string& error) {
  error.clear();
  // Trim for the messages; tokenize ignores the spaces anyway.
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  Parser parser{text, {}};
  std::vector<Token> tokens;
  Period p;
  bool ok = false;
  if (text.size() > 64 || !tokenize(text, tokens)) {
    std::size_t cut = std::min<std::size_t>(text.size(), 40);
    while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string shown(text.substr(0, cut));
    if (cut < text.size()) shown += "\xE2\x80\xA6";
    ok = parser.fail("\"" + shown + "\" is geen periode die Jeugdvergelijker kent.");
  } else {
    ok = parser.parse(tokens, p);
  }
  if (!ok) {
    error = parser.error;
    return false;
  }
  out = p;
  return true;
}

bool find_period_in_text(std::string_view text, Period& out, std::size_t& begin, std::size_t& end, bool& ambiguous) {
  ambiguous = false;
  auto separator = [](char c) {
    return c == ' ' || c == '\t' || c == '_' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';';
  };
  // Words, and the places inside each word where a part between dashes starts or ends.
  struct Word {
    std::size_t b, e;
    std::vector<std::size_t> starts, ends;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < text.size() && text.size() <= 1000;) {
    if (separator(text[i])) {
      ++i;
      continue;
    }
    Word w{i, i, {i}, {}};
    while (i < text.size() && !separator(text[i])) {
      if (text[i] == '-') {
        w.ends.push_back(i);
        w.starts.push_back(i + 1);
      }
      ++i;
    }
    w.e = i;
    w.ends.push_back(i);
    words.push_back(std::move(w));
  }
  struct Found {
    std::size_t b, e;
    Period p;
  };
  std::vector<Found> found;
  for (std::size_t first = 0; first < words.size(); ++first) {
    for (std::size_t last = first; last < words.size() && last < first + 6; ++last) {
      for (const std::size_t b : words[first].starts) {
        for (const std::size_t e : words[last].ends) {
          // parse_period reads at most 64 bytes: longer runs cannot be a period (and a word of
          // many dashes would otherwise make a quadratic number of them).
          if (e <= b || e - b > 64) continue;
          std::string candidate(text.substr(b, e - b));
          for (char& c : candidate) {
            if (separator(c)) c = ' ';
          }
          Period p;
          std::string error;
          if (parse_period(candidate, p, error)) found.push_back({b, e, p});
        }
      }
    }
  }
  const Found* best = nullptr;
  for (const Found& f : found) {
    bool inside_longer = false;
    for (const Found& g : found) {
      if (&g != &f && g.b <= f.b && f.e <= g.e && g.e - g.b > f.e - f.b) inside_longer = true;
    }
    if (inside_longer) continue;
    if (best && !(best->p == f.p)) {
      ambiguous = true;
      return false;
    }
    if (!best || f.e - f.b > best->e - best->b) best = &f;
  }
  if (!best) return false;
  out = best->p;
  begin = best->b;
  end = best->e;
  return true;
}

bool periods_overlap(const Period& a, const Period& b) {
  return a.start_day() <= b.end_day() && b.start_day() <= a.end_day();
}

int compare_periods(const Period& a, const Period& b) {
  if (a.start_day() != b.start_day()) return a.start_day() < b.start_day() ? -1 : 1;
  if (a.end_day() != b.end_day()) return a.end_day() < b.end_day() ? -1 : 1;
  if (a.kind != b.kind) return static_cast<int>(a.kind) < static_cast<int>(b.kind) ? -1 : 1;
  return 0;
}

}  // namespace jv
