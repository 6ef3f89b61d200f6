#include "core/numbers.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/detail.h"

namespace jv {

namespace {

constexpr char kEuro = '\x01';  // stands for "€" after normalising, so it is one character

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// One byte per meaningful character: the spaces Excel and web pages put between thousands
// (U+00A0 no-break space, U+202F narrow no-break space, U+2009 thin space) become ' ', the minus
// sign U+2212 becomes '-', the euro sign becomes kEuro. Other bytes are kept as they are, so any
// other non-ASCII character makes the number invalid.
std::string normalise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.substr(0, 2) == "\xC2\xA0") {
      out += ' ';
      i += 1;
    } else if (rest.substr(0, 3) == "\xE2\x80\xAF" || rest.substr(0, 3) == "\xE2\x80\x89") {
      out += ' ';
      i += 2;
    } else if (rest.substr(0, 3) == "\xE2\x88\x92") {
      out += '-';
      i += 2;
    } else if (rest.substr(0, 3) == "\xE2\x82\xAC") {
      out += kEuro;
      i += 2;
    } else if (text[i] == '\t') {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

// The text quoted in a message, cut at 40 bytes (on a character boundary) so a whole paragraph
// pasted into a cell does not fill the screen.
std::string shown(std::string_view original) {
  std::string_view s = trim_blanks(original);
  if (s.size() <= 40) return std::string(s);
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

enum class Evidence { None, Comma, Point };

struct Body {
  std::string integer, fraction;
  Evidence evidence = Evidence::None;
};

enum class BodyResult { Ok, NotANumber, Separators };

bool is_sep(char c) { return c == '.' || c == ',' || c == ' '; }

// Reads the digits and separators of a number ("1.234,5", "1 234", ",5"). `forced_decimal` is the
// decimal separator when the text ended in one before ",-" (whole euros): the body then holds no
// decimal part and the other separator can only be for thousands.
BodyResult read_body(std::string_view body, DecimalStyle style, char forced_decimal, Body& out) {
  std::vector<std::string_view> groups;
  std::string separators;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || is_sep(body[i])) {
      groups.push_back(body.substr(start, i - start));
      if (i < body.size()) separators += body[i];
      start = i + 1;
    } else if (!is_digit(body[i])) {
      return BodyResult::NotANumber;
    }
  }
  bool any_digit = false;
  for (const auto g : groups) any_digit = any_digit || !g.empty();
  if (!any_digit) return BodyResult::NotANumber;
  // Empty groups: only a leading one before a single decimal separator (",5").
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].empty() && !(g == 0 && groups.size() == 2 && separators[0] != ' ')) return BodyResult::Separators;
  }

  std::size_t points = 0, commas = 0, spaces = 0;
  for (const char c : separators) {
    if (c == '.') ++points;
    else if (c == ',') ++commas;
    else ++spaces;
  }

  // Index in `separators` of the decimal separator, or npos when the number is whole.
  std::size_t decimal = std::string::npos;
  Evidence evidence = Evidence::None;
  const std::size_t last = separators.empty() ? std::string::npos : separators.size() - 1;
  if (forced_decimal != 0) {
    if (forced_decimal == '.' ? points > 0 : commas > 0) return BodyResult::Separators;
    evidence = forced_decimal == ',' ? Evidence::Comma : Evidence::Point;
  } else if (points > 0 && commas > 0) {
    const char d = separators[last];
    if (d == ' ' || (d == '.' ? points : commas) != 1) return BodyResult::Separators;
    decimal = last;
    evidence = d == ',' ? Evidence::Comma : Evidence::Point;
  } else if (points + commas > 0) {
    const char k = points > 0 ? '.' : ',';
    const std::size_t count = points + commas;
    const std::string_view first = groups.front();
    if (spaces > 0) {
      // Spaces group the thousands, so the point or comma is the decimal one.
      if (count != 1 || separators[last] != k) return BodyResult::Separators;
      decimal = last;
      evidence = k == ',' ? Evidence::Comma : Evidence::Point;
    } else if (count >= 2) {
      evidence = k == '.' ? Evidence::Comma : Evidence::Point;  // thousands, the other is decimal
    } else if (groups.back().size() != 3 || first.empty() || first.size() > 3 || first[0] == '0') {
      decimal = last;
      evidence = k == ',' ? Evidence::Comma : Evidence::Point;
    } else {
      // "1.234" or "1,234": the column's style decides; without one, the Dutch reading.
      const char decimal_char = style == DecimalStyle::Point ? '.' : ',';
      if (k == decimal_char) decimal = last;
    }
  }

  // Everything before the decimal separator is thousands grouping: one kind of separator, a
  // first group of 1-3 digits not starting with 0, then groups of exactly three.
  const std::size_t integer_groups = decimal == std::string::npos ? groups.size() : decimal + 1;
  if (integer_groups > 1) {
    const char thousands = separators[0];
    for (std::size_t s = 0; s + 1 < integer_groups; ++s) {
      if (separators[s] != thousands) return BodyResult::Separators;
    }
    if (groups[0].empty() || groups[0].size() > 3 || groups[0][0] == '0') return BodyResult::Separators;
    for (std::size_t g = 1; g < integer_groups; ++g) {
      if (groups[g].size() != 3) return BodyResult::Separators;
    }
  }
  out.integer.clear();
  for (std::size_t g = 0; g < integer_groups; ++g) out.integer += groups[g];
  if (out.integer.empty()) out.integer = "0";
  out.fraction = decimal == std::string::npos ? std::string() : std::string(groups.back());
  out.evidence = evidence;
  return BodyResult::Ok;
}

bool eat_euro(std::string_view s, std::size_t& pos) {
  if (pos < s.size() && s[pos] == kEuro) {
    ++pos;
    return true;
  }
  if (pos + 3 <= s.size() && lower(s[pos]) == 'e' && lower(s[pos + 1]) == 'u' && lower(s[pos + 2]) == 'r') {
    pos += 3;
    return true;
  }
  return false;
}

void skip_spaces(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
}

NumberParse parse_impl(std::string_view text, DecimalStyle style, Evidence& evidence) {
  NumberParse out;
  evidence = Evidence::None;
  const std::string normalised = normalise(text);
  const std::string_view s = trim(normalised);
  auto fail = [&](std::string message) {
    out.ok = false;
    out.error = std::move(message);
    return out;
  };
  const std::string not_a_number = "\"" + shown(text) + "\" is geen getal";
  if (s.empty()) return fail("leeg");
  if (s.size() > 100) return fail(not_a_number);
  if (s.size() >= 3 && s.front() == '(' && s.back() == ')') {
    return fail(not_a_number + ": schrijf een negatief getal met een minteken, zoals -" +
                std::string(trim(s.substr(1, s.size() - 2))));
  }

  std::size_t pos = 0;
  bool negative = false, signed_ = false;
  auto eat_sign = [&] {
    if (!signed_ && pos < s.size() && (s[pos] == '-' || s[pos] == '+')) {
      negative = s[pos] == '-';
      signed_ = true;
      ++pos;
      skip_spaces(s, pos);
    }
  };
  eat_sign();
  if (eat_euro(s, pos)) {
    out.had_euro = true;
    skip_spaces(s, pos);
  }
  eat_sign();

  // The body: digits and separators; a space only between two digits.
  const std::size_t body_start = pos;
  while (pos < s.size()) {
    const char c = s[pos];
    if (is_digit(c) || c == '.' || c == ',') {
      ++pos;
    } else if (c == ' ' && pos > body_start && is_digit(s[pos - 1]) && pos + 1 < s.size() && is_digit(s[pos + 1])) {
      ++pos;
    } else {
      break;
    }
  }
  std::string_view body = s.substr(body_start, pos - body_start);

  // ",-" (or ",--", ".-"): Dutch for a whole amount, "€ 1.234,-".
  char forced_decimal = 0;
  if (!body.empty() && (body.back() == ',' || body.back() == '.') && pos < s.size() && s[pos] == '-') {
    forced_decimal = body.back();
    body.remove_suffix(1);
    ++pos;
    if (pos < s.size() && s[pos] == '-') ++pos;
  }

  std::string exponent;
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E') && forced_decimal == 0) {
    std::size_t p = pos + 1;
    std::string e = "e";
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) e += s[p++];
    const std::size_t digits_start = p;
    while (p < s.size() && is_digit(s[p])) e += s[p++];
    if (p > digits_start && p - digits_start <= 4) {
      exponent = e;
      pos = p;
    }
  }

  skip_spaces(s, pos);
  if (pos < s.size() && s[pos] == '%') {
    out.percent = true;
    ++pos;
  } else if (eat_euro(s, pos)) {
    if (out.had_euro) return fail(not_a_number);
    out.had_euro = true;
  }
  skip_spaces(s, pos);
  if (pos != s.size() || (out.percent && out.had_euro)) return fail(not_a_number);

  Body b;
  switch (read_body(body, style, forced_decimal, b)) {
    case BodyResult::NotANumber: return fail(not_a_number);
    case BodyResult::Separators:
      return fail(not_a_number +
                  ": de scheidingstekens (punten, komma's of spaties) staan niet op de plaats van decimalen of "
                  "duizendtallen");
    case BodyResult::Ok: break;
  }
  evidence = b.evidence;

  // strtod reads the machine form; the project never changes the C locale, so '.' is the point.
  std::string machine = negative ? "-" : "";
  machine += b.integer;
  if (!b.fraction.empty()) machine += "." + b.fraction;
  machine += exponent;
  const double value = std::strtod(machine.c_str(), nullptr);
  if (!std::isfinite(value)) return fail("\"" + shown(text) + "\" is te groot om als getal te lezen");
  out.ok = true;
  out.value = value;
  return out;
}

}  // namespace

NumberParse parse_number(std::string_view text, DecimalStyle style) {
  Evidence evidence = Evidence::None;
  return parse_impl(text, style, evidence);
}

DecimalStyle detect_decimal_style(const std::vector<std::string_view>& column_values) {
  std::size_t comma = 0, point = 0;
  for (const std::string_view v : column_values) {
    Evidence evidence = Evidence::None;
    if (!parse_impl(v, DecimalStyle::Unknown, evidence).ok) continue;
    if (evidence == Evidence::Comma) ++comma;
    if (evidence == Evidence::Point) ++point;
  }
  if (comma > point) return DecimalStyle::Comma;
  if (point > comma) return DecimalStyle::Point;
  return DecimalStyle::Unknown;
}

namespace {

// The words read_typed_number knows after a number, lower case.
struct Word {
  const char* text;
  enum Kind { Multiplier, Currency, Time, Percent } kind;
  double multiplier;
  TimeUnit time;
};

constexpr Word kWords[] = {
    {"k", Word::Multiplier, 1e3, TimeUnit::None},   {"duizend", Word::Multiplier, 1e3, TimeUnit::None},
    {"mln", Word::Multiplier, 1e6, TimeUnit::None}, {"miljoen", Word::Multiplier, 1e6, TimeUnit::None},
    {"mld", Word::Multiplier, 1e9, TimeUnit::None}, {"miljard", Word::Multiplier, 1e9, TimeUnit::None},
    {"eur", Word::Currency, 1, TimeUnit::None},     {"euro", Word::Currency, 1, TimeUnit::None},
    {"euro's", Word::Currency, 1, TimeUnit::None},  {"euros", Word::Currency, 1, TimeUnit::None},
    {"dag", Word::Time, 1, TimeUnit::Day},          {"dagen", Word::Time, 1, TimeUnit::Day},
    {"week", Word::Time, 1, TimeUnit::Week},        {"weken", Word::Time, 1, TimeUnit::Week},
    {"wk", Word::Time, 1, TimeUnit::Week},          {"maand", Word::Time, 1, TimeUnit::Month},
    {"maanden", Word::Time, 1, TimeUnit::Month},    {"mnd", Word::Time, 1, TimeUnit::Month},
    {"jaar", Word::Time, 1, TimeUnit::Year},        {"jaren", Word::Time, 1, TimeUnit::Year},
    {"procent", Word::Percent, 1, TimeUnit::None},
};

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

}  // namespace

TypedNumber read_typed_number(std::string_view text, DecimalStyle style) {
  TypedNumber out;
  out.text = shown(text);
  const std::string normalised = normalise(text);
  const std::string lowered = lower_ascii(trim(normalised));
  std::string_view s = lowered;
  auto not_a_number = [&] {
    out.ok = false;
    out.error = "\"" + out.text + "\" is geen getal";
    return out;
  };
  if (s.empty()) {
    out.error = "leeg";
    return out;
  }

  // "1 op 15", "1 op de 15": the policy documents' way of writing a rate.
  for (const std::string_view one :
       {std::string_view("1 op "), std::string_view("een op "), std::string_view("\xC3\xA9\xC3\xA9n op ")}) {
    if (s.substr(0, one.size()) != one) continue;
    std::string_view rest = trim(s.substr(one.size()));
    if (rest.substr(0, 3) == "de ") rest = trim(rest.substr(3));
    const NumberParse n = parse_number(rest, DecimalStyle::Unknown);
    if (!n.ok || n.percent || n.had_euro) return not_a_number();
    if (!(n.value >= 1.0)) {
      out.error = "\xE2\x80\x9E" + out.text +
                  "\xE2\x80\x9D kan niet: in \xE2\x80\x9E"
                  "1 op N\xE2\x80\x9D is N een getal "
                  "van 1 of meer, zoals 1 op 15.";
      return out;
    }
    out.ok = true;
    out.form = ValueForm::OneIn;
    out.number = n.value;
    return out;
  }

  // Words after the number, read from the end: at most a multiplier and a currency ("9,5 mln
  // euro"), or one time word, or "procent", or "per 1.000".
  bool per_thousand = false, percent_word = false, currency = false, multiplied = false;
  std::size_t words = 0;
  for (const std::string_view tail :
       {std::string_view("per 1.000"), std::string_view("per 1000"), std::string_view("per 1 000"),
        std::string_view("per duizend"), std::string_view("\xE2\x80\xB0")}) {
    if (ends_with(s, tail)) {
      per_thousand = true;
      s = trim(s.substr(0, s.size() - tail.size()));
      ++words;
      break;
    }
  }
  while (!per_thousand && !s.empty()) {
    std::size_t start = s.size(), end = s.size();
    const Word* known = nullptr;
    static constexpr Word kEuroSign{"\x01", Word::Currency, 1, TimeUnit::None};
    if (s.back() == kEuro) {
      start = end - 1;
      known = &kEuroSign;
    } else {
      if (s.back() == '.') --end;  // "mln."
      start = end;
      while (start > 0 && is_word_char(s[start - 1])) --start;
      // No word, or nothing but a word: parse_number's ("1234 EUR" is its own too, as a word).
      if (start == end || start == 0) break;
      const std::string_view word = s.substr(start, end - start);
      for (const Word& w : kWords) {
        if (word == w.text) known = &w;
      }
    }
    if (!known || ++words > 2) return not_a_number();
    s = trim(s.substr(0, start));
    switch (known->kind) {
      case Word::Multiplier:
        if (multiplied || out.time != TimeUnit::None || percent_word) return not_a_number();
        multiplied = true;
        out.multiplier = known->multiplier;
        break;
      case Word::Currency:
        // Only as the last word ("9,5 mln euro", not "9,5 euro mln").
        if (currency || multiplied || words > 1) return not_a_number();
        currency = true;
        break;
      case Word::Time:
        if (words > 1) return not_a_number();
        out.time = known->time;
        break;
      case Word::Percent:
        if (words > 1) return not_a_number();
        percent_word = true;
        break;
    }
  }
  const NumberParse n = parse_number(s, style);
  if (!n.ok) {
    // Without words the reason is parse_number's, quoting the text as written (not lower-cased).
    if (words > 0) return not_a_number();
    out.error = parse_number(text, style).error;
    return out;
  }
  out.euro = n.had_euro || currency;
  if ((n.had_euro && currency) || ((n.percent || percent_word || per_thousand) && (out.euro || multiplied)) ||
      (out.time != TimeUnit::None && (n.percent || out.euro)) || (n.percent && (percent_word || per_thousand))) {
    return not_a_number();
  }
  out.ok = true;
  out.number = n.value * out.multiplier;
  if (out.time != TimeUnit::None) out.form = ValueForm::Duration;
  else if (n.percent || percent_word) out.form = ValueForm::Percent;
  else if (per_thousand) out.form = ValueForm::PerThousand;
  else if (out.euro || multiplied) out.form = ValueForm::Amount;
  return out;
}

double days_in(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::None: return 0.0;
    case TimeUnit::Day: return 1.0;
    case TimeUnit::Week: return 7.0;
    case TimeUnit::Month: return 365.25 / 12.0;
    case TimeUnit::Year: return 365.25;
  }
  return 0.0;
}

const char* time_unit_word(TimeUnit unit, bool plural) {
  switch (unit) {
    case TimeUnit::None: return "";
    case TimeUnit::Day: return plural ? "dagen" : "dag";
    case TimeUnit::Week: return plural ? "weken" : "week";
    case TimeUnit::Month: return plural ? "maanden" : "maand";
    case TimeUnit::Year: return plural ? "jaren" : "jaar";
  }
  return "";
}

namespace {

// What a value of `unit` is called, and how to write one (the messages in numbers.h).
const char* unit_noun(Unit unit) {
  switch (unit) {
    case Unit::Percent: return "percentage";
    case Unit::PerThousand: return "aantal per 1.000";
    case Unit::Euro: return "bedrag";
    case Unit::EuroThousands: return "bedrag in duizenden euro's";
    case Unit::Count: return "aantal";
    case Unit::Days: return "duur";
    case Unit::Index: return "indexcijfer";
  }
  return "getal";
}

const char* unit_how(Unit unit) {
  switch (unit) {
    case Unit::Percent: return "Een percentage schrijft u als 10,5 of 10,5 % of 1 op 15.";
    case Unit::PerThousand: return "Een aantal per 1.000 schrijft u als 62,5 of 62,5 per 1.000 of 1 op 16.";
    case Unit::Euro: return "Een bedrag schrijft u als 950.000 of \xE2\x82\xAC 950.000 of \xE2\x82\xAC 9,5 mln.";
    case Unit::EuroThousands: return "Een bedrag in duizenden euro's schrijft u als 9.500 of \xE2\x82\xAC 9,5 mln.";
    case Unit::Count: return "Een aantal schrijft u als 1.234 of 1,2 duizend.";
    case Unit::Days: return "Een duur schrijft u als 84 of 84 dagen of 12 weken of 8 maanden.";
    case Unit::Index: return "Een indexcijfer schrijft u als een getal, zoals 103,5.";
  }
  return "";
}

std::string does_not_fit(std::string_view text, Unit unit) {
  return "\xE2\x80\x9E" + std::string(text) + "\xE2\x80\x9D is geen " + unit_noun(unit) + ". " + unit_how(unit);
}

}  // namespace

bool typed_value_in(const TypedNumber& n, Unit unit, double& out, std::string& error) {
  const ValueForm f = n.form;
  bool fits = false;
  switch (unit) {
    case Unit::Percent:
      fits = f == ValueForm::Plain || f == ValueForm::Percent || f == ValueForm::OneIn;
      out = f == ValueForm::OneIn ? 100.0 / n.number : n.number;
      break;
    case Unit::PerThousand:
      fits = f == ValueForm::Plain || f == ValueForm::PerThousand || f == ValueForm::OneIn;
      out = f == ValueForm::OneIn ? 1000.0 / n.number : n.number;
      break;
    case Unit::Euro:
    case Unit::EuroThousands:
      fits = f == ValueForm::Plain || f == ValueForm::Amount;
      // A plain number in a thousands column is already in thousands; an amount is in euros.
      out = unit == Unit::EuroThousands && f == ValueForm::Amount ? n.number / 1000.0 : n.number;
      break;
    case Unit::Count:
      fits = f == ValueForm::Plain || (f == ValueForm::Amount && !n.euro);
      out = n.number;
      break;
    case Unit::Days:
      fits = f == ValueForm::Plain || f == ValueForm::Duration;
      out = f == ValueForm::Duration ? n.number * days_in(n.time) : n.number;
      break;
    case Unit::Index:
      fits = f == ValueForm::Plain;
      out = n.number;
      break;
  }
  if (!fits) {
    error = does_not_fit(n.text, unit);
    return false;
  }
  return true;
}

bool parse_typed_value(std::string_view text, Unit unit, double& out, std::string& error) {
  const TypedNumber n = read_typed_number(text, DecimalStyle::Unknown);
  if (!n.ok) {
    if (n.error == "leeg") error = std::string("Vul een waarde in. ") + unit_how(unit);
    else if (n.error.rfind("\xE2\x80\x9E", 0) == 0) error = n.error;  // "1 op 0" keeps its own reason
    else error = does_not_fit(n.text, unit);
    return false;
  }
  return typed_value_in(n, unit, out, error);
}

}  // namespace jv
