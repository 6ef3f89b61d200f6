#include "core/breakdown.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "core/text.h"

namespace jv {

namespace {

struct Token {
  bool number = false;
  int value = 0;
  std::string word;  // a word, or one of "-", "+", "<"
};

// Lower case, dashes made '-', "t/m" made one word; then numbers, words and signs.
std::vector<Token> tokens(std::string_view label) {
  std::string s;
  for (std::size_t i = 0; i < label.size(); ++i) {
    const auto c = static_cast<unsigned char>(label[i]);
    // U+2010..U+2015 (hyphens and dashes) and U+2212 (minus) read as '-'.
    if (c == 0xE2 && i + 2 < label.size() &&
        ((static_cast<unsigned char>(label[i + 1]) == 0x80 && static_cast<unsigned char>(label[i + 2]) >= 0x90 &&
          static_cast<unsigned char>(label[i + 2]) <= 0x95) ||
         (static_cast<unsigned char>(label[i + 1]) == 0x88 && static_cast<unsigned char>(label[i + 2]) == 0x92))) {
      s += " - ";
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      s += static_cast<char>(c - 'A' + 'a');
    } else {
      s += static_cast<char>(c);
    }
  }
  for (std::size_t at = s.find("t/m"); at != std::string::npos; at = s.find("t/m", at)) s.replace(at, 3, " tm ");
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '.') {
      ++i;
    } else if (c >= '0' && c <= '9') {
      int v = 0;
      std::size_t j = i;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9' && v < 100000) v = v * 10 + (s[j++] - '0');
      out.push_back({true, v, {}});
      i = j;
    } else if (c >= 'a' && c <= 'z') {
      std::size_t j = i;
      while (j < s.size() && s[j] >= 'a' && s[j] <= 'z') ++j;
      const std::string w = s.substr(i, j - i);
      if (w != "jaar" && w != "jr" && w != "de") out.push_back({false, 0, w});  // "onder de 18"
      i = j;
    } else if (c == '-' || c == '+' || c == '<') {
      out.push_back({false, 0, std::string(1, c)});
      ++i;
    } else {
      out.push_back({false, 0, std::string(1, c)});  // anything else: no age band
      ++i;
    }
  }
  return out;
}

bool is_word(const std::vector<Token>& t, std::size_t i, const char* w) {
  return i < t.size() && !t[i].number && t[i].word == w;
}

// Whether tokens [from, end) are exactly these words.
bool words(const std::vector<Token>& t, std::size_t from, std::initializer_list<const char*> ws) {
  if (t.size() - from != ws.size()) return false;
  std::size_t i = from;
  for (const char* w : ws) {
    if (!is_word(t, i++, w)) return false;
  }
  return true;
}

std::optional<AgeBand> band(int lower, int upper) {
  if (lower < 0 || lower >= 150 || (upper != kNoUpperAge && (upper < lower || upper >= 150))) return std::nullopt;
  return AgeBand{lower, upper};
}

// Which of the three groups a label falls in, for the order.
enum class Kind { Age = 0, Other = 1, Total = 2 };

Kind kind_of(std::string_view label) {
  if (is_total_breakdown(label)) return Kind::Total;
  return parse_age_band(label) ? Kind::Age : Kind::Other;
}

}  // namespace

std::optional<AgeBand> parse_age_band(std::string_view label) {
  const std::vector<Token> t = tokens(label);
  if (t.empty()) return std::nullopt;
  if (t[0].number) {
    const int n = t[0].value;
    if (t.size() == 1) return band(n, n);  // 12 jaar
    if (t.size() == 3 && t[2].number) {
      const int m = t[2].value;
      if (is_word(t, 1, "-") || is_word(t, 1, "tm")) return band(n, m);        // 0-3, 0 t/m 3
      if (is_word(t, 1, "tot")) return m > n ? band(n, m - 1) : std::nullopt;  // 0 tot 4
    }
    if (t.size() == 5 && t[4].number && is_word(t, 1, "tot") && is_word(t, 2, "en") && is_word(t, 3, "met")) {
      return band(n, t[4].value);  // 0 tot en met 3
    }
    if (words(t, 1, {"+"}) || words(t, 1, {"en", "ouder"}) || words(t, 1, {"of", "ouder"}) ||
        words(t, 1, {"en", "older"}) || words(t, 1, {"ouder"})) {
      return band(n, kNoUpperAge);  // 18+, 18 en ouder
    }
    return std::nullopt;
  }
  // A leading word: the last token is the age.
  if (!t.back().number) return std::nullopt;
  const int n = t.back().value;
  const std::size_t last = t.size() - 1;
  auto lead = [&](std::initializer_list<const char*> ws) {
    if (ws.size() != last) return false;
    std::size_t i = 0;
    for (const char* w : ws) {
      if (!is_word(t, i++, w)) return false;
    }
    return true;
  };
  if (lead({"vanaf"})) return band(n, kNoUpperAge);
  if (lead({"ouder", "dan"})) return band(n + 1, kNoUpperAge);
  if (lead({"tot"}) || lead({"jonger", "dan"}) || lead({"onder"}) || lead({"<"}))
    return n > 0 ? band(0, n - 1) : std::nullopt;
  if (lead({"tm"}) || lead({"tot", "en", "met"})) return band(0, n);
  return std::nullopt;
}

bool is_total_breakdown(std::string_view label) {
  const std::string f = fold_for_search(label);
  return f.empty() || f == "totaal" || f == "total" || f.rfind("totaal ", 0) == 0 || f == "alle leeftijden" ||
         f == "alle jeugdigen" || f == "alle jongeren";
}

bool breakdown_less(std::string_view a, std::string_view b) {
  const Kind ka = kind_of(a), kb = kind_of(b);
  if (ka != kb) return ka < kb;
  if (ka == Kind::Age) {
    const AgeBand x = *parse_age_band(a), y = *parse_age_band(b);
    if (x.lower != y.lower) return x.lower < y.lower;
    if (x.upper != y.upper) return x.upper < y.upper;
  } else {
    const std::string fa = fold_for_search(a), fb = fold_for_search(b);
    if (fa != fb) return fa < fb;
  }
  return a < b;
}

std::pair<std::string, std::string> split_age_band(std::string_view name) {
  const std::string_view trimmed = name.substr(0, name.find_last_not_of(' ') + 1);
  // Each start of a word, from the first after the name's first word: the longest band first.
  for (std::size_t at = trimmed.find(' '); at != std::string_view::npos; at = trimmed.find(' ', at + 1)) {
    const std::string_view band = trimmed.substr(at + 1);
    if (band.empty() || band[0] < '0' || band[0] > '9') continue;
    const std::optional<AgeBand> b = parse_age_band(band);
    if (!b || b->upper == b->lower) continue;
    // "0 tot 18 jaar" is a population ("Jeugdigen 0 tot 18 jaar"), not a band of an indicator.
    if (band.find("tot ") != std::string_view::npos && band.find("tot en met") == std::string_view::npos) continue;
    std::string_view rest = trimmed.substr(0, at);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == ',' || rest.back() == '-')) rest.remove_suffix(1);
    if (rest.empty()) break;
    return {std::string(rest), std::string(band)};
  }
  return {std::string(name), std::string()};
}

}  // namespace jv
