#include "core/privacy.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <set>

#include "core/detail.h"
#include "core/period.h"
#include "core/text.h"

namespace jv {

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool elfproef(std::string_view nine) {
  int sum = 0;
  bool all_zero = true;
  for (std::size_t i = 0; i < 9; ++i) {
    const int d = nine[i] - '0';
    all_zero = all_zero && d == 0;
    sum += (i < 8 ? 9 - static_cast<int>(i) : -1) * d;
  }
  return !all_zero && sum % 11 == 0;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int days_in_month(int y, int m) {
  return days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - days_from_civil(y, m, 1);
}

}  // namespace

bool is_bsn(std::string_view text) {
  const std::string_view s = trim_blanks(text);
  std::string digits;
  if (s.size() == 11 && (s[3] == '.' || s[3] == ' ') && s[7] == s[3]) {
    // 123.456.782 or 123 456 782: three groups of three.
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (i == 3 || i == 7) continue;
      if (!is_digit(s[i])) return false;
      digits += s[i];
    }
  } else {
    if (s.size() != 8 && s.size() != 9) return false;
    for (const char c : s) {
      if (!is_digit(c)) return false;
    }
    digits = s.size() == 8 ? "0" + std::string(s) : std::string(s);
  }
  return elfproef(digits);
}

bool looks_like_date(std::string_view text) {
  int y = 0, m = 0, d = 0;
  return parse_calendar_date(trim_blanks(text), y, m, d) && y >= 1900 && y <= 2100;
}

bool looks_like_postcode(std::string_view text) {
  const std::string_view s = trim_blanks(text);
  if (s.size() < 6 || !is_digit(s[0]) || s[0] == '0' || !is_digit(s[1]) || !is_digit(s[2]) || !is_digit(s[3]))
    return false;
  std::size_t i = 4;
  const bool space = s[i] == ' ';
  if (space) ++i;
  if (i + 2 > s.size() || !is_ascii_letter(s[i]) || !is_ascii_letter(s[i + 1])) return false;
  const bool capitals = is_upper(s[i]) && is_upper(s[i + 1]);
  const char l1 = upper(s[i]), l2 = upper(s[i + 1]);
  i += 2;
  if (i == s.size()) return true;           // "1234 AB", "1234ab"
  if (is_ascii_letter(s[i])) return false;  // "1234 ABC": a word, not a postcode
  // CBS StatLine period codes look like a postcode with a house number: 2022KW03, 2022JJ00.
  if (!space && s.size() == 8 && is_digit(s[6]) && is_digit(s[7]) && (s[0] == '1' || s[0] == '2') &&
      ((l1 == 'J' && l2 == 'J') || (l1 == 'K' && l2 == 'W') || (l1 == 'H' && l2 == 'J') || (l1 == 'M' && l2 == 'M'))) {
    const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (year >= 1900 && year <= 2199) return false;
  }
  // With a space between digits and letters and more text after, the letters must be capitals, so
  // ordinary text such as "2024 en 2025" is not taken for a postcode with house number 2025.
  if (space && !capitals) return false;
  if (is_digit(s[i])) return true;  // "1234AB12"
  std::size_t k = i;
  while (k < s.size() && (s[k] == ' ' || s[k] == ',' || s[k] == '-')) ++k;
  if (k == i || k == s.size()) return false;
  return is_digit(s[k]) || is_ascii_letter(s[k]);  // house number, or the place: "1234 AB Hilversum"
}

namespace {

// Folded words that end a street name ("Kerkstraat", "Oude Gracht"). Endings that also end
// ordinary words with a number after them in an indicator column are only taken as a whole word:
// "ring" (sturing, financiering), "gang" (toegang, voortgang), "pad" (zorgpad), "markt"
// (arbeidsmarkt), "kanaal", "erf". "dam" and "veld" are left out because gemeenten end in them
// (Edam-Volendam, Barneveld).
constexpr std::string_view kStreetEndings[] = {
    "straat", "str",       "weg",       "laan",  "plein",   "pleintje",  "singel", "gracht", "kade",
    "dijk",   "dyk",       "dreef",     "hof",   "park",    "plantsoen", "steeg",  "wal",    "baan",
    "kamp",   "boulevard", "allee",     "brink", "haven",   "vaart",     "vliet",  "poort",  "wetering",
    "zoom",   "passage",   "promenade", "hoven", "burgwal", "akker",     "heide"};
constexpr std::string_view kStreetWords[] = {"markt", "ring", "gang", "pad", "kanaal", "erf"};

// Words a street name can start with: "Laan van Meerdervoort", "Plein 1813", "Hof van Holland".
constexpr std::string_view kStreetStarts[] = {"laan", "plein",  "hof",    "weg",  "straat",
                                              "kade", "singel", "gracht", "markt"};

bool is_street_word(std::string_view folded_word) {
  for (const auto e : kStreetEndings) {
    if (ends_with(folded_word, e)) return true;
  }
  for (const auto w : kStreetWords) {
    if (folded_word == w) return true;
  }
  return false;
}

// A house number with an optional addition in the same token: "12", "12a", "1001-A", "12-II",
// "12-14", "12/1". No leading zero, at most 5 digits, an addition of at most 4 characters.
bool is_house_number(std::string_view token) {
  std::size_t i = 0;
  while (i < token.size() && is_digit(token[i])) ++i;
  if (i == 0 || i > 5 || token[0] == '0') return false;
  std::size_t addition = 0;
  if (i < token.size() && (token[i] == '-' || token[i] == '/')) ++i;
  for (; i < token.size(); ++i) {
    if (!is_ascii_letter(token[i]) && !is_digit(token[i])) return false;
    ++addition;
  }
  return addition <= 4;
}

// A separate addition after the house number: "bis", "hs", "A", "II", "zw", "rd", "bg", "huis".
bool is_addition_word(std::string_view token) {
  if (token.empty() || token.size() > 4) return false;
  for (const char c : token) {
    if (!is_ascii_letter(c) && !is_digit(c) && c != '-') return false;
  }
  return true;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

bool looks_like_street_address(std::string_view text) {
  std::string_view s = trim_blanks(text);
  if (s.size() > 200) return false;
  // The first part is the street and number; what follows a comma (postcode, place) may be anything.
  const std::size_t comma = s.find(',');
  const std::string_view line = trim_blanks(s.substr(0, comma));
  const std::vector<std::string_view> tokens = split_spaces(line);
  // The street name: words up to the first token that starts with a digit.
  std::size_t n = 0;
  while (n < tokens.size() && !is_digit(tokens[n][0])) ++n;
  if (n == 0 || n > 6 || n == tokens.size()) return false;
  std::vector<std::string> words;
  for (std::size_t w = 0; w < n; ++w) {
    const std::string folded = fold_for_search(tokens[w]);
    if (folded.empty()) return false;
    for (const char c : folded) {
      if (is_digit(c)) return false;  // "A2 12" is no street
    }
    words.push_back(folded);
  }
  bool street = false;
  for (const auto start : kStreetStarts) street = street || words.front() == start;
  // The last word, or its last part ("Van Hallstraat", "Burg. de Withstraat", "Oude Gracht").
  const std::string& last = words.back();
  const std::size_t space = last.rfind(' ');
  street = street || is_street_word(space == std::string::npos ? last : last.substr(space + 1));
  if (!street) return false;
  if (!is_house_number(tokens[n])) return false;
  // After the number: nothing, a short addition ("bis", "A"), and/or a postcode and place.
  std::size_t rest = n + 1;
  if (rest == tokens.size()) return true;
  std::string tail;
  for (std::size_t k = rest; k < tokens.size(); ++k) tail += std::string(k > rest ? " " : "") + std::string(tokens[k]);
  if (looks_like_postcode(tail)) return true;
  if (!is_addition_word(tokens[rest])) return false;
  ++rest;
  if (rest == tokens.size()) return true;
  tail.clear();
  for (std::size_t k = rest; k < tokens.size(); ++k) tail += std::string(k > rest ? " " : "") + std::string(tokens[k]);
  return looks_like_postcode(tail);
}

bool looks_like_email(std::string_view text) {
  const std::string_view s = trim_blanks(text);
  const std::size_t at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
  for (const char c : s) {
    if (c == ' ' || c == ',' || c == ';' || static_cast<unsigned char>(c) < 0x21) return false;
  }
  const std::string_view domain = s.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return false;
  for (const char c : domain.substr(dot + 1)) {
    if (!is_ascii_letter(c)) return false;
  }
  return true;
}

bool looks_like_phone(std::string_view text) {
  const std::string_view s = trim_blanks(text);
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (is_digit(c)) digits += c;
    else if (c == '+' && i == 0) plus = true;
    else if (c != ' ' && c != '-' && c != '(' && c != ')') return false;
  }
  std::string national;
  if (plus || starts_with(digits, "0031")) {
    if (plus && !starts_with(digits, "31")) return false;
    national = digits.substr(plus ? 2 : 4);
    if (starts_with(national, "0")) national.erase(0, 1);  // "+31 (0)6 ..."
    return national.size() == 9 && national[0] != '0';
  }
  return digits.size() == 10 && digits[0] == '0' && digits[1] != '0';
}

namespace {

struct HeaderWords {
  std::vector<std::string> words;  // folded: lower case, no accents, punctuation as spaces
  std::string compact;             // the same without spaces: "e-mail" -> "email", "geb. datum" -> "gebdatum"
  bool has(std::string_view w) const { return std::find(words.begin(), words.end(), w) != words.end(); }
  bool contains(std::string_view part) const { return compact.find(part) != std::string::npos; }
};

HeaderWords header_words(std::string_view header) {
  HeaderWords h;
  const std::string folded = fold_for_search(header);
  for (const auto w : split_spaces(folded)) {
    h.words.emplace_back(w);
    h.compact += w;
  }
  return h;
}

// What the column name says, or None. `aggregate` columns (counts, shares) say nothing.
PersonalDataKind kind_from_header(const HeaderWords& h) {
  static constexpr std::string_view kAggregateWords[] = {"aantal",  "totaal", "gemiddeld", "gemiddelde", "percentage",
                                                         "procent", "som",    "telling",   "count",      "pct"};
  for (const auto w : kAggregateWords) {
    if (h.has(w)) return PersonalDataKind::None;
  }
  if (h.contains("email") || h.has("mail")) return PersonalDataKind::Email;
  for (const auto& w : h.words) {
    if (starts_with(w, "bsn")) return PersonalDataKind::Bsn;
  }
  if (h.contains("burgerservicenummer") || h.contains("sofinummer") || h.has("sofi")) return PersonalDataKind::Bsn;
  static constexpr std::string_view kClientNumbers[] = {
      "clientnummer",   "clientnr",        "clientid",       "dossiernummer", "dossiernr",
      "leerlingnummer", "onderwijsnummer", "persoonsnummer", "persoonsnr",    "leerlingnr"};
  for (const auto c : kClientNumbers) {
    if (h.contains(c)) return PersonalDataKind::ClientNumber;
  }
  // The A-nummer of the BRP (personal records database): "A-nummer", "anummer".
  for (std::size_t w = 0; w < h.words.size(); ++w) {
    if (h.words[w] == "anummer" || (h.words[w] == "a" && w + 1 < h.words.size() && h.words[w + 1] == "nummer"))
      return PersonalDataKind::ClientNumber;
  }
  static constexpr std::string_view kBirth[] = {"geboortedatum", "gebdatum",  "gebdat",   "geboortedag", "geboren",
                                                "dateofbirth",   "birthdate", "birthday", "birth"};
  for (const auto b : kBirth) {
    if (h.contains(b)) return PersonalDataKind::BirthDate;
  }
  if (h.has("dob")) return PersonalDataKind::BirthDate;
  static constexpr std::string_view kNameWords[] = {"voornaam",    "voornamen",     "achternaam",    "roepnaam",
                                                    "voorletters", "tussenvoegsel", "geslachtsnaam", "familienaam",
                                                    "firstname",   "lastname",      "surname",       "fullname"};
  for (const auto n : kNameWords) {
    if (h.contains(n)) return PersonalDataKind::Name;
  }
  static constexpr std::string_view kPersons[] = {
      "kind",      "kinderen",       "ouder",      "ouders",    "client",     "clienten",   "jeugdige",
      "jeugdigen", "jongere",        "jongeren",   "leerling",  "leerlingen", "moeder",     "vader",
      "verzorger", "voogd",          "persoon",    "deelnemer", "patient",    "pleegouder", "pleegkind",
      "gezin",     "contactpersoon", "medewerker", "volledige"};
  const auto person = [&](std::string_view w) {
    return std::find(std::begin(kPersons), std::end(kPersons), w) != std::end(kPersons);
  };
  for (const auto& w : h.words) {
    if (w == "naam" || w == "namen") {
      for (const auto& other : h.words) {
        if (person(other)) return PersonalDataKind::Name;
      }
    } else if (ends_with(w, "naam") && person(std::string_view(w).substr(0, w.size() - 4))) {
      return PersonalDataKind::Name;  // "kindnaam", "clientnaam"
    } else if (starts_with(w, "naam") && person(std::string_view(w).substr(4))) {
      return PersonalDataKind::Name;  // "naamkind"
    }
  }
  if (h.has("postcode") || h.has("pc6") || h.has("zip") || h.has("zipcode") || h.contains("postcode"))
    return PersonalDataKind::Postcode;
  static constexpr std::string_view kPhone[] = {"telefoon", "telefoonnummer", "telefoonnr", "tel",  "telnr",
                                                "mobiel",   "mobielnummer",   "gsm",        "phone"};
  for (const auto p : kPhone) {
    if (h.has(p)) return PersonalDataKind::Phone;
  }
  if (h.contains("telefoon")) return PersonalDataKind::Phone;
  for (const auto& w : h.words) {
    if (ends_with(w, "adres") || w == "address" || w == "street" || w == "straat" || w == "straatnaam" ||
        starts_with(w, "huisnummer") || w == "huisnr")
      return PersonalDataKind::Address;
  }
  return PersonalDataKind::None;
}

// Column names of periods: their dates are never birth dates.
bool period_header(const HeaderWords& h) {
  static constexpr std::string_view kPeriodWords[] = {"peildatum", "periode", "perioden", "peilmoment", "maand",
                                                      "kwartaal",  "jaar",    "week",     "peildata"};
  for (const auto w : kPeriodWords) {
    if (h.has(w)) return true;
  }
  return false;
}

// Whether full dates look like birth dates rather than the dates of periods (see privacy.h).
bool birth_like(const std::vector<int>& days, const std::vector<std::array<int, 3>>& ymd) {
  std::size_t boundary = 0;
  for (const auto& [y, m, d] : ymd) {
    if (d == 1 || d == days_in_month(y, m)) ++boundary;
  }
  if ((ymd.size() - boundary) * 2 < ymd.size()) return false;
  std::set<int> distinct(days.begin(), days.end());
  if (distinct.size() < 3) return false;
  std::set<int> weekdays;
  for (const int d : distinct) weekdays.insert(((d % 7) + 7 + 4) % 7);
  if (weekdays.size() == 1) return false;
  const long long span = static_cast<long long>(*distinct.rbegin()) - *distinct.begin() + 1;
  if (static_cast<long long>(distinct.size()) * 2 > span) return false;
  return true;
}

std::string quoted_header(std::string_view header) {
  std::string_view s = trim_blanks(header);
  if (s.size() <= 40) return "\"" + std::string(s) + "\"";
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(s.substr(0, cut)) + "\xE2\x80\xA6\"";
}

const char* what(PersonalDataKind kind) {
  switch (kind) {
    case PersonalDataKind::Bsn: return "burgerservicenummers";
    case PersonalDataKind::BirthDate: return "geboortedata";
    case PersonalDataKind::Name: return "namen van personen";
    case PersonalDataKind::Address: return "adressen";
    case PersonalDataKind::Postcode: return "postcodes van adressen";
    case PersonalDataKind::Email: return "e-mailadressen";
    case PersonalDataKind::Phone: return "telefoonnummers";
    case PersonalDataKind::ClientNumber: return "nummers van cliënten of leerlingen, dus gegevens per persoon";
    case PersonalDataKind::None: break;
  }
  return "";
}

const char* value_detail(PersonalDataKind kind) {
  switch (kind) {
    case PersonalDataKind::Bsn: return "voldoen aan de elfproef";
    case PersonalDataKind::BirthDate: return "zijn een volledige datum";
    case PersonalDataKind::Address: return "zijn een straat met huisnummer";
    case PersonalDataKind::Postcode: return "zijn een postcode met letters, zoals 1234 AB";
    case PersonalDataKind::Email: return "zijn een e-mailadres";
    case PersonalDataKind::Phone: return "zijn een telefoonnummer";
    default: break;
  }
  return "";
}

}  // namespace

PersonalDataFinding inspect_column(std::string_view header, const std::vector<std::string_view>& values,
                                   std::size_t column_number) {
  std::vector<std::string_view> filled;
  for (const std::string_view v : values) {
    const std::string_view t = trim_blanks(v);
    if (!t.empty()) filled.push_back(t);
  }
  const HeaderWords h = header_words(header);
  const bool named = !trim_blanks(header).empty();

  // Values matching each kind (with how many distinct), for the verdict and the explanation.
  struct Count {
    std::size_t matches = 0;
    std::set<std::string_view> distinct;
    void add(std::string_view v) {
      ++matches;
      distinct.insert(v);
    }
  };
  Count bsn, email, phone, postcode, address, date;
  std::vector<int> date_days;
  std::vector<std::array<int, 3>> date_ymd;
  for (const std::string_view v : filled) {
    if (is_bsn(v)) bsn.add(v);
    if (looks_like_email(v)) email.add(v);
    if (looks_like_phone(v)) phone.add(v);
    if (looks_like_postcode(v)) postcode.add(v);
    if (looks_like_street_address(v)) address.add(v);
    int y = 0, m = 0, d = 0;
    if (v.size() <= 40 && parse_calendar_date(v, y, m, d) && y >= 1900 && y <= 2100) {
      date.add(v);
      date_days.push_back(days_from_civil(y, m, d));
      date_ymd.push_back({y, m, d});
    }
  }
  const auto enough = [&](const Count& c) {
    return c.matches >= 3 && c.distinct.size() >= 3 && c.matches * 2 >= filled.size();
  };
  const auto counted = [&](PersonalDataKind kind) -> const Count* {
    switch (kind) {
      case PersonalDataKind::Bsn: return &bsn;
      case PersonalDataKind::BirthDate: return &date;
      case PersonalDataKind::Address: return &address;
      case PersonalDataKind::Postcode: return &postcode;
      case PersonalDataKind::Email: return &email;
      case PersonalDataKind::Phone: return &phone;
      default: return nullptr;  // names and client numbers are recognised by the column name only
    }
  };

  const std::string column = column_number > 0 ? "Kolom " + std::to_string(column_number) : std::string();
  PersonalDataFinding finding;
  const auto by_values = [&](PersonalDataKind kind, const Count& c) {
    finding.kind = kind;
    finding.matches = c.matches;
    std::string subject;
    if (!column.empty()) subject = column + (named ? " (" + quoted_header(header) + ")" : std::string());
    else subject = named ? "De kolom " + quoted_header(header) : "Een kolom zonder naam";
    finding.explanation = subject + " bevat " + what(kind) + " (" + std::to_string(c.matches) + " van " +
                          std::to_string(filled.size()) + " waarden " + value_detail(kind) + ").";
    return finding;
  };

  // "% postcode bekend" is a share, not a postcode column (fold_for_search drops the '%').
  PersonalDataKind named_kind =
      header.find('%') == std::string_view::npos ? kind_from_header(h) : PersonalDataKind::None;
  if (named_kind == PersonalDataKind::Postcode && !filled.empty()) {
    // Figures per postcode area (PC4: "1211") are aggregates; only six-character postcodes point
    // at a handful of addresses.
    bool all_pc4 = true;
    for (const std::string_view v : filled) {
      all_pc4 = all_pc4 && v.size() == 4 && std::all_of(v.begin(), v.end(), is_digit) && v[0] != '0';
    }
    if (all_pc4) named_kind = PersonalDataKind::None;
  }
  if (named_kind != PersonalDataKind::None) {
    // The name decides; the values, when most of them match, make the explanation concrete.
    const Count* c = counted(named_kind);
    if (c != nullptr && c->matches > 0 && c->matches * 2 >= filled.size()) return by_values(named_kind, *c);
    finding.kind = named_kind;
    finding.matches = c != nullptr ? c->matches : 0;
    finding.explanation = (column.empty() ? std::string("De kolom") : column) + " heet " + quoted_header(header) +
                          "; dat wijst op " + what(named_kind) + ".";
    return finding;
  }

  if (enough(bsn)) return by_values(PersonalDataKind::Bsn, bsn);
  if (enough(email)) return by_values(PersonalDataKind::Email, email);
  if (enough(phone)) return by_values(PersonalDataKind::Phone, phone);
  if (enough(postcode)) return by_values(PersonalDataKind::Postcode, postcode);
  if (enough(address)) return by_values(PersonalDataKind::Address, address);
  if (enough(date) && !period_header(h) && birth_like(date_days, date_ymd))
    return by_values(PersonalDataKind::BirthDate, date);
  return finding;
}

}  // namespace jv
