#include "core/numbers.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace jv {

namespace {

constexpr char kEuro = '\x01';  // stands for "€" after normalising, so it is one character

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string_view trim_original(std::string_view s) {
  // The text as the user wrote it, for messages: without the surrounding (no-break) spaces.
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    else if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else break;
  }
  return s;
}

// The text quoted in a message, cut at 40 bytes (on a character boundary) so a whole paragraph
// pasted into a cell does not fill the screen.
std::string shown(std::string_view original) {
  std::string_view s = trim_original(original);
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

}  // namespace jv
