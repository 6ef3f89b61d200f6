// How the flows are computed without keeping the rows (see flows.h for the definitions):
//
// Per client (gemeente + pseudonym) the reader keeps the union of its trajectories as a sorted list
// of disjoint day spans, and the days on which two or more ran (stapeling) as a second such list.
// A new trajectory that overlaps the union adds the overlap to the stapeling list and merges into
// the union. Everything "distinct clients" needs follows from the union alone:
//   in zorg in P   the union meets P;
//   instroom in P  a union span begins in P and the day before P is not covered (a trajectory that
//                  begins inside a covering span cannot be instroom: the day before P is covered);
//   uitstroom      likewise with span ends and the day after P.
// What is counted per trajectory (duur, verwijzers, kosten) goes straight into per-month cells per
// gemeente and age band; durations into a histogram of days (exact to 3 years, longer ones listed)
// so a median is exact without a list of every trajectory. Quarters and years sum their months;
// distinct counts are made per granularity from the client spans.
#include "core/flows.h"
#include "core/format.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <unordered_map>

#include "core/io/encoding.h"
#include "core/numbers.h"
#include "core/privacy.h"
#include "core/text.h"

namespace jv {

namespace {

// Months are counted from January 1990 (parse_period's first year) to December 2100.
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;
constexpr int kMonths = (kLastYear - kFirstYear + 1) * 12;
constexpr int kOpen = 100000000;     // einddatum of a trajectory still running: beyond any date
constexpr int kExactDays = 3 * 366;  // durations up to this are histogram bins; longer ones a list
constexpr std::size_t kMaxProblems = 200;
constexpr std::size_t kMaxKey = 64;
constexpr std::size_t kMaxCells = 64;  // cells of a row looked at; a row may have more
constexpr std::size_t kPendingDurations = 1 << 15;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

std::string quote(std::string_view text) { return "\xE2\x80\x9E" + std::string(text) + "\xE2\x80\x9D"; }

// Howard Hinnant's civil_from_days: the year and month of a day since 1970-01-01.
void civil_from_days(int z, int& year, int& month) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

// "2026-12-07": a day since 1970-01-01 as the messages write it.
std::string iso_date(int day) {
  int y = 0, m = 0;
  civil_from_days(day, y, m);
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, day - days_from_civil(y, m, 1) + 1);
  return text;
}

int month_index(int day) {
  int y = 0, m = 0;
  civil_from_days(day, y, m);
  return (y - kFirstYear) * 12 + (m - 1);
}
// The first day of every month from January 1990 to January 2101 (one past the last), worked out
// once at compile time: month arithmetic per row is then a lookup.
constexpr int civil_days(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
constexpr std::array<int, kMonths + 1> make_month_starts() {
  std::array<int, kMonths + 1> t{};
  for (int m = 0; m <= kMonths; ++m) t[static_cast<std::size_t>(m)] = civil_days(kFirstYear + m / 12, m % 12 + 1, 1);
  return t;
}
constexpr std::array<int, kMonths + 1> kMonthStart = make_month_starts();
static_assert(kMonthStart[0] == 7305);  // 1990-01-01

int month_start(int month) { return kMonthStart[static_cast<std::size_t>(month)]; }
int month_end(int month) { return kMonthStart[static_cast<std::size_t>(month + 1)] - 1; }

int months_per(FlowGranularity g) { return g == FlowGranularity::Year ? 12 : g == FlowGranularity::Quarter ? 3 : 1; }
int period_year(int key, FlowGranularity g) { return kFirstYear + key * months_per(g) / 12; }
Period period_of(int key, FlowGranularity g) {
  Period p;
  const int first_month = key * months_per(g);
  p.year = kFirstYear + first_month / 12;
  if (g == FlowGranularity::Year) {
    p.kind = PeriodKind::Year;
  } else if (g == FlowGranularity::Quarter) {
    p.kind = PeriodKind::Quarter;
    p.first = p.last = first_month % 12 / 3 + 1;
  } else {
    p.kind = PeriodKind::Month;
    p.first = p.last = first_month % 12 + 1;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Values

int digit(char c) { return c >= '0' && c <= '9' ? c - '0' : -1; }

bool read_int(std::string_view s, int& out) {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  for (char c : s) {
    const int d = digit(c);
    if (d < 0) return false;
    v = v * 10 + d;
  }
  out = v;
  return true;
}

bool valid_date(int y, int m, int d) {
  if (y < kFirstYear || y > kLastYear || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

// "2024-03-01" (optionally with a time after it), "01-03-2024", "1-3-2024", "01/03/2024", "1.3.2024";
// other forms parse_calendar_date reads ("1 maart 2024") through it, more slowly.
// A byte in every byte of a word, and which bytes of a word equal it (the high bit of each such
// byte set, exactly: no borrow from one byte into the next).
constexpr std::uint64_t broadcast(char c) { return 0x0101010101010101u * static_cast<unsigned char>(c); }
inline std::uint64_t bytes_equal(std::uint64_t word, std::uint64_t pattern) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Fu;
  const std::uint64_t x = word ^ pattern;
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

// Two digits at `at`, or -1.
int two_digits(const char* at) {
  const unsigned a = static_cast<unsigned>(at[0] - '0'), b = static_cast<unsigned>(at[1] - '0');
  return a < 10 && b < 10 ? static_cast<int>(a * 10 + b) : -1;
}

bool read_date(std::string_view s, int& day, int& month) {
  int y = 0, m = 0, d = 0;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && (s.size() == 10 || s[10] == ' ' || s[10] == 'T')) {
    const int century = two_digits(s.data()), year = two_digits(s.data() + 2);
    m = two_digits(s.data() + 5);
    d = two_digits(s.data() + 8);
    if (century < 0 || year < 0 || m < 0 || d < 0) return false;
    y = century * 100 + year;
  } else if (s.size() == 10 && (s[2] == '-' || s[2] == '/' || s[2] == '.') && s[5] == s[2]) {
    d = two_digits(s.data());
    m = two_digits(s.data() + 3);
    const int century = two_digits(s.data() + 6), year = two_digits(s.data() + 8);
    if (century < 0 || year < 0 || m < 0 || d < 0) return false;
    y = century * 100 + year;
  } else {
    const std::size_t a = s.find_first_of("-/.");
    const std::size_t b = a == std::string_view::npos ? a : s.find(s[a], a + 1);
    if (a != std::string_view::npos && b != std::string_view::npos && a >= 1 && a <= 2 && b - a - 1 >= 1 &&
        b - a - 1 <= 2 && s.size() - b - 1 == 4 && read_int(s.substr(0, a), d) &&
        read_int(s.substr(a + 1, b - a - 1), m) && read_int(s.substr(b + 1), y)) {
      // day first
    } else if (!parse_calendar_date(s, y, m, d)) {
      return false;
    }
  }
  if (!valid_date(y, m, d)) return false;
  month = (y - kFirstYear) * 12 + m - 1;
  day = month_start(month) + d - 1;
  return true;
}

// Kosten: "1234,50", "1234.50", "1.234,50", "€ 1.234,50". The common forms are read here; the rest
// go through parse_number (Dutch reading of an ambiguous "1.234").
bool read_amount(std::string_view s, double& out, std::string& error) {
  std::size_t i = 0;
  std::uint64_t whole = 0;
  while (i < s.size() && i < 15 && digit(s[i]) >= 0) whole = whole * 10 + static_cast<unsigned>(digit(s[i++]));
  if (i > 0 && i < 15) {
    if (i == s.size()) {
      out = static_cast<double>(whole);
      return true;
    }
    if ((s[i] == ',' || s[i] == '.') && s.size() - i - 1 >= 1 && s.size() - i - 1 <= 2) {
      int frac = 0;
      if (read_int(s.substr(i + 1), frac)) {
        out = static_cast<double>(whole) + frac / (s.size() - i - 1 == 1 ? 10.0 : 100.0);
        return true;
      }
    }
  }
  const NumberParse n = parse_number(s, DecimalStyle::Unknown);
  if (!n.ok || n.percent) {
    error = quote(s) + " is geen bedrag. Schrijf de kosten in euro, bijvoorbeeld 1234,50, of laat ze leeg.";
    return false;
  }
  out = n.value;
  return true;
}

// Whether the text may be a BSN: 8 or 9 digits, possibly grouped by dots or spaces. Checked before
// is_bsn so most keys cost one look at their length.
bool bsn_shaped(std::string_view s) {
  if (s.size() < 8 || s.size() > 11) return false;
  int digits = 0;
  for (char c : s) {
    if (digit(c) >= 0) ++digits;
    else if (c != '.' && c != ' ') return false;
  }
  return digits == 8 || digits == 9;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Products and verwijzers

struct Word {
  const char* text;
  int value;
};

constexpr Word kProductWords[] = {
    {"zonder verblijf", 0},
    {"jeugdhulp zonder verblijf", 0},
    {"ambulant", 0},
    {"ambulante jeugdhulp", 0},
    {"met verblijf", 1},
    {"jeugdhulp met verblijf", 1},
    {"verblijf", 1},
    {"pleegzorg", 1},
    {"gesloten", 1},
    {"gesloten jeugdhulp", 1},
    {"jeugdbescherming", 2},
    {"jb", 2},
    {"ots", 2},
    {"ondertoezichtstelling", 2},
    {"voogdij", 2},
    {"jeugdreclassering", 3},
    {"jr", 3},
};

constexpr Word kReferrerWords[] = {
    {"gemeente", 0},
    {"gemeente of wijkteam", 0},
    {"gemeente wijkteam", 0},
    {"wijkteam", 0},
    {"sociaal wijkteam", 0},
    {"toegang", 0},
    {"huisarts", 1},
    {"jeugdarts", 2},
    {"jeugdarts jgz", 2},
    {"gecertificeerde instelling", 3},
    {"gi", 3},
    {"jeugdbeschermer", 3},
    {"medisch specialist", 4},
    {"specialist", 4},
    {"rechter", 5},
    {"kinderrechter", 5},
    {"rechter of officier van justitie", 5},
    {"officier van justitie", 5},
    {"rechter ovj", 5},
    {"geen", 6},
    {"geen verwijzer", 6},
    {"zelf", 6},
    {"onbekend", 7},
};

template <std::size_t N>
bool find_word(const Word (&words)[N], const std::string& folded, int& out) {
  for (const Word& w : words) {
    if (folded == w.text) {
      out = w.value;
      return true;
    }
  }
  return false;
}

constexpr const char* kProductLabels[kFlowProducts] = {"zonder verblijf", "met verblijf", "jeugdbescherming",
                                                       "jeugdreclassering"};
constexpr const char* kReferrerLabels[kFlowReferrers] = {"gemeente of wijkteam",
                                                         "huisarts",
                                                         "jeugdarts",
                                                         "gecertificeerde instelling",
                                                         "medisch specialist",
                                                         "rechter of officier van justitie",
                                                         "geen verwijzer",
                                                         "onbekend"};
constexpr const char* kBandLabels[kFlowAgeBands] = {"0-3 jaar", "4-11 jaar", "12-17 jaar", "18-22 jaar",
                                                    "23 jaar en ouder"};

// ---------------------------------------------------------------------------------------------
// Columns

enum Col { kClient, kBirthYear, kGemeente, kBegin, kEnd, kProduct, kReferrer, kCost, kColumns };
constexpr const char* kColNames[kColumns] = {"client",    "geboortejaar", "gemeente",  "begindatum",
                                             "einddatum", "product",      "verwijzer", "kosten"};

int column_of(const std::string& folded) {
  static constexpr Word kNames[] = {
      {"client", kClient},
      {"clientnummer", kClient},
      {"client id", kClient},
      {"clientid", kClient},
      {"pseudoniem", kClient},
      {"pseudo id", kClient},
      {"pseudoid", kClient},
      {"sleutel", kClient},
      {"geboortejaar", kBirthYear},
      {"geboorte jaar", kBirthYear},
      {"geb jaar", kBirthYear},
      {"gemeente", kGemeente},
      {"gemeentecode", kGemeente},
      {"woonplaats gemeente", kGemeente},
      {"begindatum", kBegin},
      {"begin", kBegin},
      {"startdatum", kBegin},
      {"start", kBegin},
      {"datum begin", kBegin},
      {"einddatum", kEnd},
      {"eind", kEnd},
      {"einde", kEnd},
      {"datum einde", kEnd},
      {"product", kProduct},
      {"productcategorie", kProduct},
      {"soort", kProduct},
      {"soort zorg", kProduct},
      {"verwijzer", kReferrer},
      {"verwijzertype", kReferrer},
      {"verwijzing", kReferrer},
      {"kosten", kCost},
      {"bedrag", kCost},
      {"kosten euro", kCost},
  };
  int out = -1;
  find_word(kNames, folded, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// State

struct Span {
  int begin = 0, end = 0;
  std::uint32_t next = kNone;
};

struct Client {
  std::uint32_t key_offset = 0;
  std::uint16_t key_size = 0;
  std::int16_t gemeente = 0;
  std::int16_t birth_year = 0;
  std::uint32_t spans = kNone;  // the union of its trajectories
  std::uint32_t stack = kNone;  // the days with two or more
  // Its trajectories with kosten, per product (an index into State::cost_spans; kNone: none): the
  // jeugdigen behind each period's kosten, which are as disclosive as their number.
  std::uint32_t costed = kNone;
};

// What is counted per trajectory, per gemeente, month and age band.
struct MonthCell {
  std::uint32_t ended = 0, ended_long = 0;
  double ended_days = 0;
  std::array<std::uint32_t, kFlowReferrers> begun{};
  std::array<double, kFlowProducts> cost{};
};

// One gemeente's year: its months' cells, and a duration histogram per month and band, made when a
// trajectory ends there. Years are made on first use, so a file of all 342 gemeenten over five
// years holds 342 x 5 of them, not 342 x 111.
struct YearCells {
  std::array<MonthCell, 12 * kFlowAgeBands> cells{};
  std::array<std::unique_ptr<std::uint16_t[]>, 12 * kFlowAgeBands> histograms;
};

struct GemeenteState {
  std::string code;
  std::vector<std::unique_ptr<YearCells>> years = std::vector<std::unique_ptr<YearCells>>(kLastYear - kFirstYear + 1);
  // Durations not in a histogram: over kExactDays, or in a bin that would pass 65.535 (16-bit bins
  // halve the memory the histograms touch), as (month * kFlowAgeBands + band, days); sorted by close().
  std::vector<std::pair<std::uint32_t, int>> long_durations;
  bool band_seen[kFlowAgeBands] = {};
  bool cost_seen = false;
  int first_day = std::numeric_limits<int>::max();  // its earliest begindatum: its periods start there
  YearCells& year(int month) {
    auto& y = years[static_cast<std::size_t>(month / 12)];
    if (!y) y = std::make_unique<YearCells>();
    return *y;
  }
  MonthCell& cell(int month, int band) {
    return year(month).cells[static_cast<std::size_t>(month % 12 * kFlowAgeBands + band)];
  }
  std::unique_ptr<std::uint16_t[]>& histogram(std::uint32_t h) {
    const int month = static_cast<int>(h) / kFlowAgeBands;
    return year(month)
        .histograms[static_cast<std::size_t>(month % 12 * kFlowAgeBands + static_cast<int>(h) % kFlowAgeBands)];
  }
  // For reading: nullptr when nothing happened in that year.
  const YearCells* year_if(int month) const { return years[static_cast<std::size_t>(month / 12)].get(); }
};

// Open trajectories' kosten, spread once the peildatum is known. Those that share gemeente,
// product, birth year and begindatum spread alike, so they are summed under one key: the state
// grows with the distinct begin days, not with the rows.
std::uint64_t open_cost_key(int gemeente, FlowProduct product, int birth_year, int begin) {
  return static_cast<std::uint64_t>(gemeente) << 48 | static_cast<std::uint64_t>(product) << 40 |
         static_cast<std::uint64_t>(birth_year - 1900) << 32 | static_cast<std::uint32_t>(begin);
}

std::uint64_t hash_key(std::string_view key, int gemeente) {
  // FNV-1a over the bytes, then a final mix (keys often differ only in their last digits).
  std::uint64_t h = std::uint64_t{1469598103934665603u} ^ static_cast<std::uint64_t>(gemeente);
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * std::uint64_t{1099511628211u};
  h ^= h >> 33;
  h *= std::uint64_t{0xff51afd7ed558ccdu};
  h ^= h >> 33;
  return h;
}

}  // namespace

const char* flow_product_label(FlowProduct p) { return kProductLabels[static_cast<int>(p)]; }
const char* flow_referrer_label(FlowReferrer r) { return kReferrerLabels[static_cast<int>(r)]; }
const char* flow_age_band_label(int band) { return kBandLabels[std::clamp(band, 0, kFlowAgeBands - 1)]; }
int flow_age_band(int age) { return age < 4 ? 0 : age < 12 ? 1 : age < 18 ? 2 : age < 23 ? 3 : 4; }

bool flow_product_from_text(std::string_view text, FlowProduct& out) {
  const std::string folded = fold_for_search(text);
  int code = 0, v = -1;
  if (read_int(folded, code) && folded.size() <= 3) {
    if (code == 40 || code == 41 || code == 42 || code == 48 || code == 49) v = 1;
    else if (code == 82) v = 2;
    else if (code == 83) v = 3;
    else if (code >= 43 && code <= 58) v = 0;
  } else {
    find_word(kProductWords, folded, v);
  }
  if (v < 0) return false;
  out = static_cast<FlowProduct>(v);
  return true;
}

bool flow_referrer_from_text(std::string_view text, FlowReferrer& out) {
  const std::string folded = fold_for_search(text);
  int code = 0, v = -1;
  if (folded.empty()) v = 7;
  else if (read_int(folded, code) && folded.size() <= 2) v = code >= 1 && code <= 7 ? code - 1 : -1;
  else find_word(kReferrerWords, folded, v);
  if (v < 0) return false;
  out = static_cast<FlowReferrer>(v);
  return true;
}

std::span<const OwnIndicatorSpec> flow_indicator_catalogue() {
  const auto all = own_indicator_catalogue();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (std::string_view(all[i].id) == "stroom_in_zorg") return all.subspan(i);
  }
  return {};
}

struct FlowReader::State {
  std::string file;
  const Dataset* gemeenten = nullptr;
  FlowOptions options;
  FlowReport report;
  bool refused = false, finished = false, header_read = false;
  bool windows1252 = false;
  char delimiter = ';';
  std::string carry;                    // the start of a row the last chunk cut off
  std::vector<std::uint8_t> lookahead;  // the first bytes, until the kind of file is checked
  bool checked = false;
  std::size_t row = 0;
  std::array<int, kColumns> column{};  // column number (0-based) per role, -1 when absent
  std::size_t header_columns = 0;

  // Clients: open addressing over `clients`, keys in one arena.
  std::vector<Client> clients;
  // Per slot: the high 32 bits of the key's hash, and the client's index + 1 (0: empty). The tag
  // lets a probe pass other clients without reading them: a new client costs one memory access.
  std::vector<std::uint64_t> table;
  std::string keys;
  std::vector<Span> spans;
  std::uint32_t free_span = kNone;
  std::size_t birth_conflicts = 0;
  std::uint32_t last_client = kNone;
  bool all_synthetic = true;
  std::vector<std::uint64_t> pending_durations;  // gemeente << 32 | month and band << 11 | days

  std::vector<GemeenteState> gemeente_states;
  std::vector<std::pair<std::string, int>> gemeente_cache;  // text as written -> gemeente_states index
  std::vector<std::pair<std::string, FlowProduct>> product_cache;
  std::vector<std::pair<std::string, FlowReferrer>> referrer_cache;
  std::unordered_map<std::uint64_t, double> open_costs;
  std::vector<std::array<std::uint32_t, kFlowProducts>> cost_spans;  // per costed client, per product
  // Trajectories with a planned einddatum after the last real day (FlowOptions::export_date): their
  // kosten spread over their planned days, counted up to the peildatum once it is known.
  struct PlannedCost {
    std::uint64_t key;  // open_cost_key
    int end;
    double cost;
  };
  std::vector<PlannedCost> planned_costs;
  std::size_t planned_ends = 0;  // rows whose einddatum is after the last real day
  std::size_t first_planned_row = 0, first_planned_column = 0;
  std::string first_planned_end;  // "„2027-03-31”"
  // The last real day (FlowOptions): a date after it has not happened yet. 0: none given.
  int last_real() const { return options.export_date != 0 ? options.export_date : options.today; }
  // "na vandaag (2026-12-07)", "na de exportdatum 2025-07-01": only made for a message.
  std::string after_last_real() const {
    return options.export_date != 0 ? "na de exportdatum " + iso_date(last_real())
                                    : "na vandaag (" + iso_date(last_real()) + ")";
  }
  int first_day = std::numeric_limits<int>::max(), last_day = std::numeric_limits<int>::min();

  void problem(std::size_t at_column, std::string message, bool fatal = false) {
    if (!fatal) ++report.rows_skipped;
    if (!fatal && report.problems.size() >= kMaxProblems) return;
    Problem p;
    p.file = file;
    p.row = row;
    p.column = at_column;
    p.message = std::move(message);
    p.fatal = fatal;
    report.problems.push_back(std::move(p));
    if (fatal) refused = true;
  }
  void refuse(std::string message) {
    Problem p;
    p.file = file;
    p.message = std::move(message);
    p.fatal = true;
    report.problems.push_back(std::move(p));
    refused = true;
  }

  std::uint32_t new_span(int b, int e, std::uint32_t next) {
    std::uint32_t i;
    if (free_span != kNone) {
      i = free_span;
      free_span = spans[i].next;
    } else {
      i = static_cast<std::uint32_t>(spans.size());
      spans.push_back({});
    }
    spans[i] = {b, e, next};
    return i;
  }

  // Adds [b, e] to the sorted, disjoint list at `head`, merging touching spans. When `overlaps` is
  // given, the days the new span shares with the list are added to it first (stapeling). Links are
  // indices, not pointers: adding a span may move the pool.
  void add_span(std::uint32_t& head, int b, int e, std::uint32_t* overlaps) {
    if (overlaps) {
      for (std::uint32_t i = head; i != kNone && spans[i].begin <= e; i = spans[i].next) {
        if (spans[i].end >= b) add_span(*overlaps, std::max(b, spans[i].begin), std::min(e, spans[i].end), nullptr);
      }
    }
    const std::uint32_t node = new_span(b, e, kNone);
    std::uint32_t previous = kNone, current = head;
    while (current != kNone && spans[current].end < b - 1) {
      previous = current;
      current = spans[current].next;
    }
    int nb = b, ne = e;
    while (current != kNone && spans[current].begin <= e + 1) {
      nb = std::min(nb, spans[current].begin);
      ne = std::max(ne, spans[current].end);
      const std::uint32_t next = spans[current].next;
      spans[current].next = free_span;
      free_span = current;
      current = next;
    }
    spans[node] = {nb, ne, current};
    if (previous == kNone) head = node;
    else spans[previous].next = node;
  }

  void flush_durations() {
    std::sort(pending_durations.begin(), pending_durations.end());
    for (const std::uint64_t v : pending_durations) {
      GemeenteState& g = gemeente_states[static_cast<std::size_t>(v >> 32)];
      const std::size_t h = static_cast<std::size_t>((v >> 11) & 0x1FFFFF);
      auto& histogram = g.histogram(static_cast<std::uint32_t>(h));
      if (!histogram) histogram = std::make_unique<std::uint16_t[]>(kExactDays + 1);
      std::uint16_t& bin = histogram[static_cast<std::size_t>(v & 0x7FF)];
      if (bin < std::numeric_limits<std::uint16_t>::max()) ++bin;
      else g.long_durations.emplace_back(static_cast<std::uint32_t>(h), static_cast<int>(v & 0x7FF));
    }
    pending_durations.clear();
  }

  Client& client(std::string_view key, int gemeente, int birth_year, std::uint64_t h) {
    // Three quarters full at most: with the tags in the table a probe past others stays in one or
    // two cache lines, and a smaller table is less memory to touch for the first time.
    if (table.empty() || (clients.size() + 1) * 4 > table.size() * 3) grow();
    const std::uint64_t tag = h >> 32 << 32;
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t entry = table[i];
      const std::uint32_t slot = static_cast<std::uint32_t>(entry);
      if (slot == 0) {
        Client c;
        c.key_offset = static_cast<std::uint32_t>(keys.size());
        c.key_size = static_cast<std::uint16_t>(key.size());
        c.gemeente = static_cast<std::int16_t>(gemeente);
        c.birth_year = static_cast<std::int16_t>(birth_year);
        keys.append(key);
        clients.push_back(c);
        table[i] = tag | clients.size();
        last_client = static_cast<std::uint32_t>(clients.size() - 1);
        return clients.back();
      }
      if ((entry & ~std::uint64_t{0xFFFFFFFFu}) != tag) continue;
      Client& c = clients[slot - 1];
      if (c.gemeente == gemeente && std::string_view(keys).substr(c.key_offset, c.key_size) == key) {
        if (c.birth_year != birth_year) ++birth_conflicts;
        last_client = slot - 1;
        return c;
      }
    }
  }
  void grow() {
    // Clients keep no hash of their own (8 bytes each): it is worked out again from the key.
    std::vector<std::uint64_t> bigger(std::max<std::size_t>(1024, table.size() * 2), 0);
    const std::size_t mask = bigger.size() - 1;
    for (std::uint32_t n = 0; n < clients.size(); ++n) {
      const Client& c = clients[n];
      const std::uint64_t h = hash_key(std::string_view(keys).substr(c.key_offset, c.key_size), c.gemeente);
      std::size_t i = h & mask;
      while (bigger[i] != 0) i = (i + 1) & mask;
      bigger[i] = (h >> 32 << 32) | (n + 1);
    }
    table.swap(bigger);
  }

  std::string as_utf8(std::string_view text) {
    if (valid_utf8(text)) return std::string(text);
    std::string utf8;
    TextEncoding encoding;
    std::string error;
    const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
    decode_text({p, text.size()}, utf8, encoding, error);
    windows1252 = true;
    return utf8;
  }

  int gemeente_index(std::string_view text) {
    for (const auto& [written, index] : gemeente_cache) {
      if (written == text) return index;
    }
    const std::string name = as_utf8(text);
    GemeenteMatch match = find_gemeente(*gemeenten, name);
    int index = -1;
    if (match.index >= 0 && match.exact) {
      const std::string& code = gemeenten->gemeenten[static_cast<std::size_t>(match.index)].code;
      for (std::size_t i = 0; i < gemeente_states.size(); ++i) {
        if (gemeente_states[i].code == code) index = static_cast<int>(i);
      }
      if (index < 0) {
        GemeenteState g;
        g.code = code;
        gemeente_states.push_back(std::move(g));
        report.gemeenten.push_back(code);
        index = static_cast<int>(gemeente_states.size() - 1);
      }
    }
    gemeente_cache.emplace_back(std::string(text), index);
    return index;
  }

  template <typename T, typename F>
  bool cached(std::vector<std::pair<std::string, T>>& cache, std::string_view text, T& out, F read) {
    for (const auto& [written, value] : cache) {
      if (written == text) {
        out = value;
        return true;
      }
    }
    if (!read(as_utf8(text), out)) return false;
    cache.emplace_back(std::string(text), out);
    return true;
  }

  bool read_header(const std::vector<std::string_view>& cells);
  bool start();
  bool process(std::span<const std::uint8_t> chunk);
  // A row: parse_row reads and checks it (problems go to the report at once), fold adds it to the
  // state. Rows without quotes are parsed into `batch` and folded together: their clients' table
  // slots are read first, all at once, so the memory waits overlap instead of coming one by one.
  struct Row {
    std::string_view key;
    int gemeente = 0, birth_year = 0, begin = 0, end = 0, begin_month = 0, end_month = 0;
    FlowProduct product{};
    FlowReferrer referrer{};
    double cost = 0;
    std::uint64_t hash = 0;   // of key and gemeente, once folding starts
    int planned_end = kOpen;  // an einddatum after the last real day: `end` is then kOpen
  };
  bool parse_row(const std::string_view* cells, std::size_t count, Row& out);
  void fold(const Row& row);
  void fold_batch();
  std::array<Row, 32> batch;
  std::size_t batched = 0;
  std::uint64_t touched = 0;  // what the early reads read, so they are not left out
  void read_record(std::string_view record, std::vector<std::string>& unquoted);
  void feed(std::string_view text, bool last);
  void close();
};

bool FlowReader::State::read_header(const std::vector<std::string_view>& cells) {
  column.fill(-1);
  header_columns = cells.size();
  std::vector<std::string> ignored;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const std::string name = as_utf8(trim(cells[c]));
    const std::string folded = fold_for_search(name);
    const int role = column_of(folded);
    if (role >= 0 && column[static_cast<std::size_t>(role)] < 0) {
      column[static_cast<std::size_t>(role)] = static_cast<int>(c);
      continue;
    }
    const PersonalDataFinding finding = inspect_column(name, {}, c + 1);
    if (finding.kind != PersonalDataKind::None) {
      refuse("Dit bestand bevat gegevens die een jeugdige herkenbaar maken en is daarom niet geladen. " +
             finding.explanation +
             " Een trajectbestand heeft alleen een pseudoniem per jeugdige, het geboortejaar, de gemeente, "
             "begin- en einddatum, product, verwijzer en kosten. Verwijder de kolom en laad het bestand opnieuw.");
      return false;
    }
    if (!name.empty()) ignored.push_back(quote(name));
  }
  std::vector<std::string> missing;
  for (int role : {kClient, kBirthYear, kGemeente, kBegin, kEnd, kProduct, kReferrer}) {
    if (role == kGemeente && !options.default_gemeente.empty()) continue;
    if (column[static_cast<std::size_t>(role)] < 0) missing.push_back(quote(kColNames[role]));
  }
  if (!missing.empty()) {
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += i + 1 == missing.size() ? " en " : ", ";
      list += missing[i];
    }
    refuse("Dit is geen trajectbestand: de kolom" + std::string(missing.size() > 1 ? "men " : " ") + list +
           (missing.size() > 1 ? " ontbreken" : " ontbreekt") +
           ". Een trajectbestand heeft een kopregel met client, geboortejaar, gemeente, begindatum, einddatum, "
           "product en verwijzer (kosten mag); zie het sjabloon in de uitleg.");
    return false;
  }
  if (!ignored.empty()) {
    std::string list;
    for (std::size_t i = 0; i < ignored.size(); ++i) list += (i > 0 ? ", " : "") + ignored[i];
    report.notes.push_back("De kolom" + std::string(ignored.size() > 1 ? "men " : " ") + list +
                           (ignored.size() > 1 ? " zijn" : " is") + " niet gebruikt.");
  }
  return true;
}

bool FlowReader::State::parse_row(const std::string_view* cells, std::size_t count, Row& row_out) {
  // `count` cells were found; the first min(count, kMaxCells) are in `cells`.
  const std::size_t stored = std::min(count, kMaxCells);
  bool empty = true;
  for (std::size_t i = 0; i < stored && empty; ++i) {
    if (!trim(cells[i]).empty()) empty = false;
  }
  if (empty) return false;  // a blank line
  ++report.rows_read;
  auto cell = [&](int role) -> std::string_view {
    const int c = column[static_cast<std::size_t>(role)];
    if (c < 0 || static_cast<std::size_t>(c) >= stored) return {};
    const std::string_view v = cells[static_cast<std::size_t>(c)];
    // Most cells have no spaces around them: look before trimming.
    return !v.empty() && (v.front() == ' ' || v.back() == ' ' || v.back() == '\r' || v.front() == '\t') ? trim(v) : v;
  };
  auto col = [&](int role) { return static_cast<std::size_t>(column[static_cast<std::size_t>(role)] + 1); };
  if (count < header_columns) {
    // Only the missing cells that are needed matter: a short row with kosten left off is fine.
    for (int role : {kClient, kBirthYear, kGemeente, kBegin, kProduct, kReferrer}) {
      const int c = column[static_cast<std::size_t>(role)];
      if (c >= 0 && static_cast<std::size_t>(c) >= count) {
        problem(0, "Deze rij heeft " + std::to_string(count) + " kolommen en de kopregel " +
                       std::to_string(header_columns) + ": de kolom " + quote(kColNames[role]) +
                       " ontbreekt. Controleer het scheidingsteken en de aanhalingstekens; deze rij is overgeslagen.");
        return false;
      }
    }
  }

  const std::string_view key = cell(kClient);
  if (key.empty()) {
    problem(col(kClient), "De client is leeg. Vul het pseudoniem van de jeugdige in; deze rij is overgeslagen.");
    return false;
  }
  if (bsn_shaped(key) && is_bsn(key)) {
    problem(col(kClient),
            quote(key) +
                " is een burgerservicenummer (het voldoet aan de elfproef). Dit bestand is niet geladen: vervang "
                "de BSN's door pseudoniemen en laad het opnieuw. Jeugdvergelijker leest geen BSN's, ook niet even.",
            true);
    return false;
  }
  if (key.size() > kMaxKey) {
    problem(col(kClient),
            "Het pseudoniem is langer dan 64 tekens. Gebruik een kortere sleutel; deze rij is "
            "overgeslagen.");
    return false;
  }

  const std::string_view birth = cell(kBirthYear);
  int birth_year = 0;
  if (!read_int(birth, birth_year) || birth_year < 1900 || birth_year > 2100) {
    int y = 0, m = 0, d = 0;
    if (parse_calendar_date(birth, y, m, d)) {
      problem(col(kBirthYear),
              "De kolom " + quote("geboortejaar") + " bevat een volledige geboortedatum (" + quote(birth) +
                  "). Dit bestand is niet geladen: een geboortedatum maakt een jeugdige herkenbaar. Zet alleen het "
                  "geboortejaar in het bestand (bijvoorbeeld " +
                  std::to_string(y) + ") en laad het opnieuw.",
              true);
      return false;
    }
    problem(col(kBirthYear),
            (birth.empty() ? std::string("Het geboortejaar is leeg.") : quote(birth) + " is geen geboortejaar.") +
                " Schrijf het jaar in vier cijfers (bijvoorbeeld 2012); deze rij is overgeslagen.");
    return false;
  }

  int gemeente = -1;
  if (column[kGemeente] >= 0) {
    const std::string_view name = cell(kGemeente);
    if (name.empty()) {
      problem(col(kGemeente),
              "De gemeente is leeg. Vul de CBS-code (bijvoorbeeld GM0402) of de naam in; deze rij "
              "is overgeslagen.");
      return false;
    }
    gemeente = gemeente_index(name);
    if (gemeente < 0) {
      problem(col(kGemeente), "Onbekende gemeente " + quote(as_utf8(name)) +
                                  ". Gebruik de CBS-code (bijvoorbeeld GM0402) of de volledige naam van een "
                                  "gemeente van 2025; deze rij is overgeslagen.");
      return false;
    }
  } else {
    gemeente = gemeente_index(options.default_gemeente);
    if (gemeente < 0) {
      refuse("De opgegeven gemeente " + quote(options.default_gemeente) + " is onbekend.");
      return false;
    }
  }

  int begin = 0, end = kOpen, begin_month = 0, end_month = 0;
  const std::string_view b = cell(kBegin);
  if (!read_date(b, begin, begin_month)) {
    problem(col(kBegin), (b.empty() ? std::string("De begindatum is leeg.") : quote(b) + " is geen begindatum.") +
                             " Schrijf de datum als 2024-03-01 of 01-03-2024 (jaar 1990 tot en met 2100); deze rij is "
                             "overgeslagen.");
    return false;
  }
  // The last real day: a date after it has not happened yet (a typing error in the year, or a
  // planned end) and must not move the peildatum.
  const int last_real_day = last_real();
  if (last_real_day != 0 && begin > last_real_day) {
    problem(col(kBegin), "De begindatum " + quote(b) + " ligt " + after_last_real() +
                             ": een traject dat nog niet begonnen is, telt niet mee. Controleer het jaar; deze rij "
                             "is overgeslagen.");
    return false;
  }
  int planned_end = kOpen;
  const std::string_view e = cell(kEnd);
  if (!e.empty()) {
    if (!read_date(e, end, end_month)) {
      problem(col(kEnd), quote(e) +
                             " is geen einddatum. Schrijf de datum als 2024-03-01 of 01-03-2024, of laat hem leeg "
                             "als het traject nog loopt; deze rij is overgeslagen.");
      return false;
    }
    if (end < begin) {
      problem(col(kEnd), "De einddatum " + quote(e) + " ligt voor de begindatum " + quote(b) +
                             ". Controleer de data; deze rij is overgeslagen.");
      return false;
    }
    if (last_real_day != 0 && end > last_real_day) {
      // A planned end: the trajectory still runs on the peildatum.
      if (planned_ends++ == 0) {
        first_planned_row = row;
        first_planned_column = col(kEnd);
        first_planned_end = quote(e);
      }
      planned_end = end;
      end = kOpen;
    }
  }

  FlowProduct product{};
  const std::string_view p = cell(kProduct);
  if (!cached(product_cache, p, product, flow_product_from_text)) {
    problem(col(kProduct),
            (p.empty() ? std::string("Het product is leeg.") : "Onbekend product " + quote(as_utf8(p)) + ".") +
                " Gebruik zonder verblijf, met verblijf, jeugdbescherming of jeugdreclassering, of "
                "een iJW-productcategorie (bijvoorbeeld 45); deze rij is overgeslagen.");
    return false;
  }
  FlowReferrer referrer{};
  const std::string_view r = cell(kReferrer);
  if (!cached(referrer_cache, r, referrer, flow_referrer_from_text)) {
    problem(col(kReferrer), "Onbekende verwijzer " + quote(as_utf8(r)) +
                                ". Gebruik gemeente, huisarts, jeugdarts, gecertificeerde instelling, medisch "
                                "specialist, rechter of geen, of een iJW-verwijzertype 01 tot en met 07; deze rij "
                                "is overgeslagen.");
    return false;
  }
  double cost = 0;
  if (column[kCost] >= 0) {
    const std::string_view k = cell(kCost);
    std::string error;
    if (!k.empty() && !read_amount(k, cost, error)) {
      problem(col(kCost), error + " Deze rij is overgeslagen.");
      return false;
    }
  }

  // The row is usable.
  row_out = {key, gemeente, birth_year, begin, end, begin_month, end_month, product, referrer, cost, 0, planned_end};
  return true;
}

void FlowReader::State::fold(const Row& r) {
  const auto [key, gemeente, birth_year, begin, end, begin_month, end_month, product, referrer, cost, hash,
              planned_end] = r;
  first_day = std::min(first_day, begin);
  last_day = std::max(last_day, end == kOpen ? begin : end);
  ++report.trajectories;
  all_synthetic = all_synthetic && key.starts_with("SYN-");
  // Exports often list a client's trajectories together: the previous row's client is tried first.
  Client* c = nullptr;
  if (last_client != kNone) {
    Client& l = clients[last_client];
    if (l.gemeente == gemeente && l.key_size == key.size() &&
        std::memcmp(keys.data() + l.key_offset, key.data(), key.size()) == 0) {
      if (l.birth_year != birth_year) ++birth_conflicts;
      c = &l;
    }
  }
  if (!c) c = &client(key, gemeente, birth_year, hash != 0 ? hash : hash_key(key, gemeente));
  add_span(c->spans, begin, end, &c->stack);
  GemeenteState& g = gemeente_states[static_cast<std::size_t>(gemeente)];
  g.first_day = std::min(g.first_day, begin);
  const int begin_band = flow_age_band(kFirstYear + begin_month / 12 - birth_year);
  g.band_seen[begin_band] = true;
  g.cell(begin_month, begin_band).begun[static_cast<std::size_t>(referrer)] += 1;
  if (end != kOpen) {
    const int band = flow_age_band(kFirstYear + end_month / 12 - birth_year);
    g.band_seen[band] = true;
    MonthCell& m = g.cell(end_month, band);
    const int days = end - begin + 1;
    m.ended += 1;
    m.ended_days += days;
    if (days > 365) m.ended_long += 1;
    const std::uint64_t h = static_cast<std::uint64_t>(end_month * kFlowAgeBands + band);
    if (days <= kExactDays) {
      // Histogram updates land all over the gemeente's months: gathered and applied in order.
      pending_durations.push_back(static_cast<std::uint64_t>(gemeente) << 32 | h << 11 |
                                  static_cast<std::uint64_t>(days));
      if (pending_durations.size() == kPendingDurations) flush_durations();
    } else {
      g.long_durations.emplace_back(static_cast<std::uint32_t>(h), days);
    }
  }
  if (cost != 0) {
    g.cost_seen = true;
    if (c->costed == kNone) {
      c->costed = static_cast<std::uint32_t>(cost_spans.size());
      cost_spans.emplace_back().fill(kNone);
    }
    add_span(cost_spans[c->costed][static_cast<std::size_t>(product)], begin, end, nullptr);
    if (planned_end != kOpen) {
      planned_costs.push_back({open_cost_key(gemeente, product, birth_year, begin), planned_end, cost});
    } else if (end == kOpen) {
      open_costs[open_cost_key(gemeente, product, birth_year, begin)] += cost;
    } else {
      // Evenly over its days, month by month.
      const double per_day = cost / (end - begin + 1);
      for (int m = begin_month, d = begin; d <= end; ++m) {
        const int last = std::min(end, month_end(m));
        const int band = flow_age_band(kFirstYear + m / 12 - birth_year);
        g.cell(m, band).cost[static_cast<std::size_t>(product)] += per_day * (last - d + 1);
        d = last + 1;
      }
    }
  }
}

// One record with quotes (or the header): split with the CSV rules ("" inside quotes is one ").
// The unquoted cells live in `unquoted`, which the views passed on point into.
void FlowReader::State::read_record(std::string_view record, std::vector<std::string>& unquoted) {
  unquoted.clear();
  std::string current;
  bool quoted = false;
  for (std::size_t i = 0; i < record.size(); ++i) {
    const char ch = record[i];
    if (quoted) {
      if (ch == '"' && i + 1 < record.size() && record[i + 1] == '"') {
        current += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        current += ch;
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == delimiter) {
      unquoted.push_back(std::move(current));
      current.clear();
    } else {
      current += ch;
    }
  }
  unquoted.push_back(std::move(current));
  std::vector<std::string_view> cells(unquoted.begin(), unquoted.end());
  ++row;
  if (!header_read) {
    // The header may carry a byte-order mark.
    if (!cells.empty() && cells[0].substr(0, 3) == "\xEF\xBB\xBF") {
      cells[0].remove_prefix(3);
      report.encoding = "UTF-8 met BOM";
    }
    header_read = true;
    read_header(cells);
    return;
  }
  fold_batch();  // the rows before this one go first
  Row parsed;
  if (parse_row(cells.data(), cells.size(), parsed)) fold(parsed);
}

// `size`: the file's size when known before reading, else 0 (then it grew past the limit while read).
std::string too_large(std::size_t size, std::size_t max_bytes) {
  const std::string limit = format_file_size(static_cast<double>(max_bytes));
  if (size > max_bytes) {
    return "Dit bestand is " + format_file_size(static_cast<double>(size)) + "; de grens is " + limit +
           ". Het is daarom niet gelezen: splits het in delen per jaar of per gemeente.";
  }
  return "Dit bestand is groter dan " + limit +
         " en is daarom niet gelezen. Splits het in delen per jaar of per gemeente.";
}

// Reads every complete record in `text`; keeps the cut-off end in `carry` unless `last`. A record
// without quotes (nearly all of them) is split in the same pass that looks for a quote; one with a
// quote is read again by read_record, and may span lines (a line break between quotes is part of
// the cell).
void FlowReader::State::feed(std::string_view text, bool last) {
  std::vector<std::string> unquoted;
  std::string_view cells[kMaxCells];
  std::uint64_t separators = broadcast(delimiter);
  const std::uint64_t quotes = broadcast('"');
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p < end && !refused) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* line_end = nl ? nl : end;
    std::size_t count = 0;
    const char* cell = p;
    bool has_quote = false;
    if (header_read) {
      // Eight bytes at a time: the separators and quotes in a word as one bit per byte.
      const char* q = p;
      for (; line_end - q >= 8 && !has_quote; q += 8) {
        std::uint64_t word;
        std::memcpy(&word, q, 8);
        for (std::uint64_t hits = bytes_equal(word, separators) | bytes_equal(word, quotes); hits != 0;
             hits &= hits - 1) {
          const char* at = q + (std::countr_zero(hits) >> 3);
          if (*at == '"') {
            has_quote = true;
            break;
          }
          if (count < kMaxCells) cells[count] = {cell, static_cast<std::size_t>(at - cell)};
          ++count;
          cell = at + 1;
        }
      }
      for (; q < line_end && !has_quote; ++q) {
        if (*q == delimiter) {
          if (count < kMaxCells) cells[count] = {cell, static_cast<std::size_t>(q - cell)};
          ++count;
          cell = q + 1;
        } else if (*q == '"') {
          has_quote = true;
        }
      }
    } else {
      has_quote = true;  // the header goes the careful way
    }
    if (has_quote) {
      // Find the record's end outside quotes.
      bool quoted = false;
      const char* q = p;
      for (; q < end; ++q) {
        if (*q == '"') quoted = !quoted;
        else if (*q == '\n' && !quoted) break;
      }
      if (q == end && !last) {
        carry.assign(p, static_cast<std::size_t>(end - p));
        fold_batch();
        return;
      }
      std::string_view record(p, static_cast<std::size_t>(q - p));
      if (!record.empty() && record.back() == '\r') record.remove_suffix(1);
      if (!header_read) {
        if (trim(record).empty()) {
          ++row;
          p = q + 1;
          continue;
        }
        // The separator: ';', tab, ',' or '|', as the own-data reader detects it.
        delimiter = detect_dialect(record).delimiter;
        report.delimiter = delimiter;
      }
      read_record(record, unquoted);
      separators = broadcast(delimiter);  // known once the header is read
      p = q + 1;
      continue;
    }
    if (!nl && !last) {
      carry.assign(p, static_cast<std::size_t>(end - p));
      fold_batch();
      return;
    }
    std::size_t size = static_cast<std::size_t>(line_end - cell);
    if (size > 0 && cell[size - 1] == '\r') --size;
    if (count < kMaxCells) cells[count] = {cell, size};
    ++count;
    ++row;
    if (parse_row(cells, count, batch[batched]) && ++batched == batch.size()) fold_batch();
    p = line_end + 1;
  }
  fold_batch();  // the views point into `text`
  carry.clear();
}

void FlowReader::State::fold_batch() {
  if (batched == 0) return;
  if (table.empty() || (clients.size() + batched) * 4 > table.size() * 3) grow();
  const std::size_t mask = table.size() - 1;
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < batched; ++i) {
    batch[i].hash = hash_key(batch[i].key, batch[i].gemeente);
    sum += table[batch[i].hash & mask];
  }
  // Then, for a client seen before, its record, key and first span (a hint only: a client made
  // by an earlier row of this batch is simply not there yet).
  for (std::size_t i = 0; i < batched; ++i) {
    const std::uint64_t tag = batch[i].hash >> 32 << 32;
    for (std::size_t k = batch[i].hash & mask;; k = (k + 1) & mask) {
      const std::uint64_t entry = table[k];
      if (static_cast<std::uint32_t>(entry) == 0) break;
      if ((entry & ~std::uint64_t{0xFFFFFFFFu}) != tag) continue;
      const Client& c = clients[static_cast<std::uint32_t>(entry) - 1];
      sum += static_cast<unsigned char>(keys[c.key_offset]);
      if (c.spans != kNone) sum += static_cast<std::uint64_t>(spans[c.spans].end);
      break;
    }
  }
  touched += sum;
  for (std::size_t i = 0; i < batched; ++i) fold(batch[i]);
  batched = 0;
}

void FlowReader::State::close() {
  if (report.trajectories == 0) {
    refuse(report.rows_read == 0
               ? "Dit bestand bevat geen trajecten: onder de kopregel staan geen rijen."
               : "Dit bestand bevat geen bruikbare trajecten: alle " + std::to_string(report.rows_read) +
                     " rijen zijn overgeslagen. Zie de meldingen per rij.");
    return;
  }
  flush_durations();
  for (GemeenteState& g : gemeente_states) std::sort(g.long_durations.begin(), g.long_durations.end());
  report.clients = clients.size();
  report.first_day = first_day;
  report.peildatum = last_day;
  // A gemeente is registered when its name is first read, even if that row is then skipped (a
  // bad date after it): only those with a trajectory are in the file as far as anyone can see.
  std::erase_if(report.gemeenten, [&](const std::string& code) {
    return std::none_of(gemeente_states.begin(), gemeente_states.end(), [&](const GemeenteState& g) {
      return g.code == code && g.first_day != std::numeric_limits<int>::max();
    });
  });
  // Open trajectories' kosten, now that the peildatum is known.
  for (const auto& [key, cost] : open_costs) {
    const int begin = static_cast<int>(static_cast<std::uint32_t>(key));
    const int birth_year = static_cast<int>((key >> 32) & 0xFF) + 1900;
    const auto product = static_cast<std::size_t>((key >> 40) & 0xFF);
    GemeenteState& g = gemeente_states[static_cast<std::size_t>(key >> 48)];
    const double per_day = cost / (last_day - begin + 1);
    for (int m = month_index(begin), d = begin; d <= last_day; ++m) {
      const int last = std::min(last_day, month_end(m));
      const int band = flow_age_band(kFirstYear + m / 12 - birth_year);
      g.cell(m, band).cost[product] += per_day * (last - d + 1);
      d = last + 1;
    }
  }
  open_costs = {};
  for (const PlannedCost& p : planned_costs) {
    const int begin = static_cast<int>(static_cast<std::uint32_t>(p.key));
    const int birth_year = static_cast<int>((p.key >> 32) & 0xFF) + 1900;
    const auto product = static_cast<std::size_t>((p.key >> 40) & 0xFF);
    GemeenteState& g = gemeente_states[static_cast<std::size_t>(p.key >> 48)];
    const double per_day = p.cost / (p.end - begin + 1);
    for (int m = month_index(begin), d = begin; d <= last_day; ++m) {
      const int last = std::min(last_day, month_end(m));
      const int band = flow_age_band(kFirstYear + m / 12 - birth_year);
      g.cell(m, band).cost[product] += per_day * (last - d + 1);
      d = last + 1;
    }
  }
  planned_costs = {};
  if (planned_ends > 0) {
    const std::string where =
        "rij " + std::to_string(first_planned_row) + ", kolom " + std::to_string(first_planned_column);
    report.notes.push_back(
        planned_ends == 1
            ? "R" + where.substr(1) + ": de einddatum " + first_planned_end + " ligt " + after_last_real() +
                  ". Dit traject telt als lopend op de peildatum, niet als uitstroom; de einddatum verschuift de "
                  "peildatum niet. Is de datum een tikfout, verbeter hem dan en laad het bestand opnieuw."
            : std::to_string(planned_ends) + " einddatums liggen " + after_last_real() + ", de eerste in " + where +
                  " (" + first_planned_end +
                  "). Deze trajecten tellen als lopend op de peildatum, niet als uitstroom; hun einddatums "
                  "verschuiven de peildatum niet. Is een datum een tikfout, verbeter hem dan en laad het bestand "
                  "opnieuw.");
  }
  // Clients who were 23 or older in the year their last trajectory ran: the issue's age limit is 23.
  std::size_t old = 0;
  for (std::size_t n = 0; n < clients.size(); ++n) {
    if (n % 32 == 0) {
      for (std::size_t k = n; k < std::min<std::size_t>(n + 32, clients.size()); ++k) {
        touched += static_cast<std::uint64_t>(spans[clients[k].spans].end);
      }
    }
    const Client& c = clients[n];
    int last = 0;
    for (std::uint32_t i = c.spans; i != kNone; i = spans[i].next) last = std::min(spans[i].end, last_day);
    if (kFirstYear + month_index(last) / 12 - c.birth_year >= 23) ++old;
  }
  if (old > 0) {
    report.notes.push_back(std::to_string(old) + (old == 1 ? " jeugdige was" : " jeugdigen waren") +
                           " in het laatste jaar van zijn of haar traject 23 jaar of ouder; ze tellen mee in het "
                           "totaal en in de groep " +
                           quote(kBandLabels[4]) + ".");
  }
  if (birth_conflicts > 0) {
    report.notes.push_back(std::to_string(birth_conflicts) +
                           " trajecten noemen een ander geboortejaar dan het eerste traject van dezelfde jeugdige; "
                           "het eerste geboortejaar is gebruikt.");
  }
  if (windows1252) report.encoding = "Windows-1252";
  report.synthetic = all_synthetic;
  if (report.synthetic) {
    report.notes.push_back(
        "Alle cli\xC3\xABnten in dit bestand beginnen met \xE2\x80\x9ESYN-\xE2\x80\x9D: het is een "
        "synthetisch (verzonnen) bestand. De cijfers eruit zijn geen echte cijfers.");
  }
  report.ok = true;
}

FlowReader::FlowReader(std::string file_name, const Dataset& gemeenten, FlowOptions options)
    : state_(std::make_unique<State>()) {
  state_->file = std::move(file_name);
  state_->gemeenten = &gemeenten;
  state_->options = std::move(options);
  state_->report.file = state_->file;
  state_->report.encoding = "UTF-8";
  state_->column.fill(-1);
  if (const std::size_t bytes = state_->options.expected_bytes; bytes > 0 && bytes <= state_->options.max_bytes) {
    // About 80 bytes a row and at most 1,6 rows a client in municipal exports (reserving takes no
    // memory until it is used); a wrong guess only costs growing later.
    const std::size_t clients = bytes / 128 + 16;
    state_->clients.reserve(clients);
    state_->keys.reserve(clients * 12);
    // A span per client for its stay in care and one per product it has kosten for.
    state_->spans.reserve(2 * clients);
    state_->cost_spans.reserve(clients);
    std::size_t slots = 1024;
    while (slots * 3 < clients * 4) slots *= 2;
    state_->table.assign(slots, 0);  // made once instead of doubling from small
  }
}
FlowReader::~FlowReader() = default;
FlowReader::FlowReader(FlowReader&&) noexcept = default;
FlowReader& FlowReader::operator=(FlowReader&&) noexcept = default;

const FlowReport& FlowReader::report() const { return state_->report; }

// The first kLookahead bytes are held until there are that many (or the file ends), so the check
// of what kind of file this is sees the same bytes however the file is cut into chunks.
constexpr std::size_t kLookahead = 4096;
// A record longer than this has an unclosed quote, or is not a trajectory: holding it whole
// would hold the rest of the file.
constexpr std::size_t kMaxRecord = 64 * 1024;

bool FlowReader::State::start() {
  checked = true;
  // What the first bytes say: a spreadsheet, a PDF, UTF-16 ... (decode_text's messages).
  std::string utf8, error;
  TextEncoding encoding;
  if (!decode_text(lookahead, utf8, encoding, error, TextUse::Trajectories)) {
    refuse(error);
    return false;
  }
  if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
    refuse("Dit bestand is opgeslagen als UTF-16 (Unicode-tekst). Sla het in Excel op als " +
           quote("CSV UTF-8 (door komma's gescheiden)") + " of " + quote("CSV (gescheiden door lijstscheidingsteken)") +
           " en laad het opnieuw.");
    return false;
  }
  std::vector<std::uint8_t> first;
  first.swap(lookahead);
  return process(first);
}

bool FlowReader::State::process(std::span<const std::uint8_t> chunk) {
  const std::string_view bytes(reinterpret_cast<const char*>(chunk.data()), chunk.size());
  // Complete the row the previous chunk cut off, then read the rest in place.
  std::size_t from = 0;
  if (!carry.empty()) {
    const std::size_t nl = bytes.find('\n');
    if (nl == std::string_view::npos) {
      carry.append(bytes);
    } else {
      std::string joined = std::move(carry);
      joined.append(bytes.substr(0, nl + 1));
      carry.clear();
      feed(joined, false);
      if (!carry.empty()) {
        // The joined row holds an open quote: keep going with everything.
        carry.append(bytes.substr(nl + 1));
        std::string again = std::move(carry);
        carry.clear();
        feed(again, false);
      } else {
        from = nl + 1;
        feed(bytes.substr(from), false);
      }
    }
  } else {
    feed(bytes, false);
  }
  if (!refused && carry.size() > kMaxRecord) {
    ++row;
    problem(0,
            "Deze rij is langer dan 64 kB: waarschijnlijk mist er een aanhalingsteken (\") en loopt een cel door tot "
            "het einde van het bestand. Dit bestand is niet geladen; controleer de aanhalingstekens in deze rij.",
            true);
  }
  return !refused;
}

bool FlowReader::feed(std::span<const std::uint8_t> chunk) {
  State& s = *state_;
  if (s.refused || s.finished) return false;
  if (s.report.bytes == 0 && s.options.expected_bytes > s.options.max_bytes) {
    s.refuse(too_large(s.options.expected_bytes, s.options.max_bytes));
    return false;
  }
  if (chunk.empty()) return true;
  s.report.bytes += chunk.size();
  if (s.report.bytes > s.options.max_bytes) {
    s.refuse(too_large(0, s.options.max_bytes));
    return false;
  }
  if (!s.checked) {
    const std::size_t take = std::min(chunk.size(), kLookahead - s.lookahead.size());
    s.lookahead.insert(s.lookahead.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(take));
    if (s.lookahead.size() < kLookahead) return true;
    if (!s.start()) return false;
    chunk = chunk.subspan(take);
    if (chunk.empty()) return true;
  }
  return s.process(chunk);
}

bool FlowReader::finish() {
  State& s = *state_;
  if (s.finished) return s.report.ok;
  s.finished = true;
  if (s.refused) return false;
  if (!s.checked && !s.lookahead.empty() && !s.start()) return false;
  if (!s.carry.empty()) {
    std::string rest = std::move(s.carry);
    s.carry.clear();
    s.feed(rest, true);
  }
  if (s.refused) return false;
  if (!s.header_read) {
    s.refuse("Dit bestand is leeg. Een trajectbestand heeft een kopregel en een rij per traject; zie het sjabloon.");
    return false;
  }
  s.close();
  return s.report.ok;
}

bool is_flow_header(std::span<const std::uint8_t> first_line) {
  std::string text;
  TextEncoding encoding{};
  std::string error;
  if (!decode_text(first_line, text, encoding, error)) return false;
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  for (const char delimiter : {';', '\t', ','}) {
    bool found[kColumns] = {};
    for (std::size_t at = 0; at <= text.size();) {
      std::size_t end = text.find(delimiter, at);
      if (end == std::string::npos) end = text.size();
      const int role = column_of(fold_for_search(std::string_view(text).substr(at, end - at)));
      if (role >= 0) found[role] = true;
      at = end + 1;
    }
    if (found[kClient] && found[kBegin] && found[kProduct]) return true;
  }
  return false;
}

bool read_flows(std::string file_name, std::span<const std::uint8_t> bytes, const Dataset& gemeenten,
                const FlowOptions& options, FlowReader& out) {
  out = FlowReader(std::move(file_name), gemeenten, options);
  out.feed(bytes);
  return out.finish();
}

std::vector<FlowFigure> FlowReader::figures(FlowGranularity granularity) const {
  const State& s = *state_;
  std::vector<FlowFigure> out;
  if (!s.report.ok) return out;
  const int per = months_per(granularity);
  const int first_key = month_index(s.first_day) / per;
  const int last_key = month_index(s.last_day) / per;
  const int periods = last_key - first_key + 1;
  const std::size_t gs = s.gemeente_states.size();
  constexpr int kSlots = kFlowAgeBands;
  // Distinct clients per gemeente, period and band.
  enum Count { kInZorg, kIn, kOut, kStack, kCounts };
  std::vector<std::uint32_t> counts(gs * static_cast<std::size_t>(periods) * kSlots * kCounts, 0);
  auto at = [&](int g, int p, int band, int what) -> std::uint32_t& {
    return counts[((static_cast<std::size_t>(g) * static_cast<std::size_t>(periods) + static_cast<std::size_t>(p)) *
                       kSlots +
                   static_cast<std::size_t>(band)) *
                      kCounts +
                  static_cast<std::size_t>(what)];
  };
  // The period of each day of the file, looked up rather than worked out for every span.
  std::vector<int> period_of_day(static_cast<std::size_t>(s.last_day - s.first_day + 1));
  for (int day = s.first_day, m = month_index(s.first_day); day <= s.last_day; ++day) {
    if (day > month_end(m)) ++m;
    period_of_day[static_cast<std::size_t>(day - s.first_day)] = m / per;
  }
  auto key_of = [&](int day) { return period_of_day[static_cast<std::size_t>(day - s.first_day)]; };
  auto band_of = [&](const Client& c, int key) { return flow_age_band(period_year(key, granularity) - c.birth_year); };
  // Clients in blocks, each block's first spans read in one sweep first (see fold_batch).
  constexpr std::size_t kBlock = 32;
  std::uint64_t& touched = state_->touched;
  for (std::size_t ci = 0; ci < s.clients.size(); ++ci) {
    if (ci % kBlock == 0) {
      for (std::size_t k = ci; k < std::min(ci + kBlock, s.clients.size()); ++k) {
        touched += static_cast<std::uint64_t>(s.spans[s.clients[k].spans].begin);
      }
    }
    const Client& c = s.clients[ci];
    int last_zorg = -1, last_in = -1, last_out = -1, last_stack = -1;
    int previous_end = std::numeric_limits<int>::min();
    for (std::uint32_t i = c.spans; i != kNone; i = s.spans[i].next) {
      const Span& span = s.spans[i];
      const int b = key_of(span.begin);
      const int e = key_of(std::min(span.end, s.last_day));
      for (int k = std::max(b, last_zorg + 1); k <= e; ++k) ++at(c.gemeente, k - first_key, band_of(c, k), kInZorg);
      last_zorg = std::max(last_zorg, e);
      // Instroom: the day before the period is not covered (the previous span ends before it).
      const int period_start = month_start(b * per);
      if (previous_end < period_start - 1 && b != last_in) {
        ++at(c.gemeente, b - first_key, band_of(c, b), kIn);
        last_in = b;
      }
      if (span.end != kOpen) {
        const int period_end = month_end(e * per + per - 1);
        const std::uint32_t n = span.next;
        if ((n == kNone || s.spans[n].begin > period_end + 1) && e != last_out) {
          ++at(c.gemeente, e - first_key, band_of(c, e), kOut);
          last_out = e;
        }
      }
      previous_end = span.end;
    }
    for (std::uint32_t i = c.stack; i != kNone; i = s.spans[i].next) {
      const Span& span = s.spans[i];
      const int b = key_of(span.begin);
      const int e = key_of(std::min(span.end, s.last_day));
      for (int k = std::max(b, last_stack + 1); k <= e; ++k) ++at(c.gemeente, k - first_key, band_of(c, k), kStack);
      last_stack = std::max(last_stack, e);
    }
  }

  // Distinct jeugdigen with kosten per gemeente, period and product, and with any kosten (slot
  // kFlowProducts): the number behind each kosten figure.
  constexpr int kCostSlots = kFlowProducts + 1;
  std::vector<std::uint32_t> costed(gs * static_cast<std::size_t>(periods) * kCostSlots, 0);
  auto costed_at = [&](int g, int p, int slot) -> std::uint32_t& {
    return costed[(static_cast<std::size_t>(g) * static_cast<std::size_t>(periods) + static_cast<std::size_t>(p)) *
                      kCostSlots +
                  static_cast<std::size_t>(slot)];
  };
  std::vector<int> any_cost;  // one client's periods with kosten
  for (const Client& c : s.clients) {
    if (c.costed == kNone) continue;
    any_cost.clear();
    for (int q = 0; q < kFlowProducts; ++q) {
      int last = -1;
      for (std::uint32_t i = s.cost_spans[c.costed][static_cast<std::size_t>(q)]; i != kNone; i = s.spans[i].next) {
        const Span& span = s.spans[i];
        const int b = key_of(span.begin);
        const int e = key_of(std::min(span.end, s.last_day));
        for (int k = std::max(b, last + 1); k <= e; ++k) {
          ++costed_at(c.gemeente, k - first_key, q);
          any_cost.push_back(k);
        }
        last = std::max(last, e);
      }
    }
    std::sort(any_cost.begin(), any_cost.end());
    any_cost.erase(std::unique(any_cost.begin(), any_cost.end()), any_cost.end());
    for (const int k : any_cost) ++costed_at(c.gemeente, k - first_key, kFlowProducts);
  }

  const auto catalogue = flow_indicator_catalogue();
  auto id = [&](int n) { return std::string(catalogue[static_cast<std::size_t>(n)].id); };
  std::vector<std::uint64_t> histogram(kExactDays + 1);
  std::vector<int> longer;
  for (std::size_t gi = 0; gi < gs; ++gi) {
    const GemeenteState& g = s.gemeente_states[gi];
    // The bands this gemeente has anyone in, so that the bands shown add up to the total.
    bool shown[kSlots] = {};
    for (int band = 0; band < kSlots; ++band) {
      shown[band] = g.band_seen[band];
      for (int p = 0; p < periods && !shown[band]; ++p) {
        for (int w = 0; w < kCounts; ++w) shown[band] = shown[band] || at(static_cast<int>(gi), p, band, w) > 0;
      }
    }
    // The population 0-17: of the period's year, or the nearest year given.
    auto population = [&](int year) -> std::pair<double, int> {
      const FlowPopulation* best = nullptr;
      for (const FlowPopulation& p : s.options.population) {
        if (p.gemeente != g.code || !(p.youth_0_17 > 0)) continue;
        if (!best || std::abs(p.year - year) < std::abs(best->year - year) ||
            (std::abs(p.year - year) == std::abs(best->year - year) && p.year > best->year)) {
          best = &p;
        }
      }
      return best ? std::pair{best->youth_0_17, best->year} : std::pair{kNaN, 0};
    };
    // Named in a row that was then skipped, and in no usable one: nothing to count (found by
    // fuzz_flows: its first day, "none yet", overflowed into periods before the file's first).
    if (g.first_day == std::numeric_limits<int>::max()) continue;
    const int own_first = month_index(g.first_day) / per - first_key;
    for (int p = own_first; p < periods; ++p) {
      const int key = first_key + p;
      const Period period = period_of(key, granularity);
      const bool complete = period.end_day() <= s.last_day;
      auto add = [&](int n, std::string breakdown, double value, double numerator = kNaN, double denominator = kNaN) {
        FlowFigure f;
        f.gemeente = g.code;
        f.indicator = id(n);
        f.breakdown = std::move(breakdown);
        f.period = period;
        f.value = value;
        f.numerator = numerator;
        f.denominator = denominator;
        f.complete = complete;
        out.push_back(std::move(f));
      };
      // Distinct counts: total and bands.
      std::uint32_t total[kCounts] = {};
      for (int band = 0; band < kSlots; ++band) {
        for (int w = 0; w < kCounts; ++w) total[w] += at(static_cast<int>(gi), p, band, w);
      }
      auto counts_of = [&](int n, int what) {
        add(n, "", total[what]);
        for (int band = 0; band < kSlots; ++band) {
          if (shown[band]) add(n, kBandLabels[band], at(static_cast<int>(gi), p, band, what));
        }
      };
      counts_of(0, kInZorg);
      {
        const std::uint32_t young = at(static_cast<int>(gi), p, 0, kInZorg) + at(static_cast<int>(gi), p, 1, kInZorg) +
                                    at(static_cast<int>(gi), p, 2, kInZorg);
        const auto [pop, year] = population(period.year);
        if (pop > 0) add(1, "", young / pop * 1000.0, young, pop);
      }
      counts_of(2, kIn);
      counts_of(3, kOut);
      counts_of(4, kStack);

      // Per trajectory: sum the period's months.
      struct Sums {
        std::uint64_t ended = 0, ended_long = 0;
        double ended_days = 0;
        std::array<std::uint64_t, kFlowReferrers> begun{};
        std::array<double, kFlowProducts> cost{};
      };
      std::array<Sums, kSlots + 1> sums{};  // bands, then the total
      for (int m = key * per; m < key * per + per; ++m) {
        for (int band = 0; band < kSlots; ++band) {
          const YearCells* year = g.year_if(m);
          if (!year) continue;
          const MonthCell& c = year->cells[static_cast<std::size_t>(m % 12 * kFlowAgeBands + band)];
          for (Sums* t : {&sums[static_cast<std::size_t>(band)], &sums[kSlots]}) {
            t->ended += c.ended;
            t->ended_long += c.ended_long;
            t->ended_days += c.ended_days;
            for (int r = 0; r < kFlowReferrers; ++r)
              t->begun[static_cast<std::size_t>(r)] += c.begun[static_cast<std::size_t>(r)];
            for (int q = 0; q < kFlowProducts; ++q)
              t->cost[static_cast<std::size_t>(q)] += c.cost[static_cast<std::size_t>(q)];
          }
        }
      }
      // Median from the months' histograms (bands given, or all).
      auto median = [&](int only_band) {
        std::fill(histogram.begin(), histogram.end(), 0);
        longer.clear();
        std::uint64_t n = 0;
        for (int m = key * per; m < key * per + per; ++m) {
          for (int band = 0; band < kSlots; ++band) {
            if (only_band >= 0 && band != only_band) continue;
            const std::uint32_t h = static_cast<std::uint32_t>(m * kFlowAgeBands + band);
            const YearCells* year = g.year_if(m);
            if (const auto* hist =
                    year ? year->histograms[static_cast<std::size_t>(m % 12 * kFlowAgeBands + band)].get() : nullptr) {
              for (int d = 1; d <= kExactDays; ++d) {
                histogram[static_cast<std::size_t>(d)] += hist[static_cast<std::size_t>(d)];
                n += hist[static_cast<std::size_t>(d)];
              }
            }
            // The list is sorted by cell: this cell's durations are one run.
            auto run =
                std::lower_bound(g.long_durations.begin(), g.long_durations.end(), std::pair<std::uint32_t, int>(h, 0));
            for (; run != g.long_durations.end() && run->first == h; ++run) {
              if (run->second <= kExactDays) ++histogram[static_cast<std::size_t>(run->second)];
              else longer.push_back(run->second);
              ++n;
            }
          }
        }
        if (n == 0) return kNaN;
        std::sort(longer.begin(), longer.end());
        auto nth = [&](std::uint64_t rank) -> double {  // 1-based
          std::uint64_t seen = 0;
          for (int d = 1; d <= kExactDays; ++d) {
            seen += histogram[static_cast<std::size_t>(d)];
            if (seen >= rank) return d;
          }
          return longer[static_cast<std::size_t>(rank - seen - 1)];
        };
        return n % 2 == 1 ? nth((n + 1) / 2) : (nth(n / 2) + nth(n / 2 + 1)) / 2.0;
      };
      auto duration = [&](int band, const std::string& label) {
        const Sums& t = sums[static_cast<std::size_t>(band < 0 ? kSlots : band)];
        const double n = static_cast<double>(t.ended);
        add(5, label, t.ended > 0 ? t.ended_days / n : kNaN, t.ended_days, n);
      };
      duration(-1, "");
      for (int band = 0; band < kSlots; ++band) {
        if (shown[band]) duration(band, kBandLabels[band]);
      }
      add(6, "", median(-1), kNaN, static_cast<double>(sums[kSlots].ended));
      for (int band = 0; band < kSlots; ++band) {
        if (shown[band])
          add(6, kBandLabels[band], median(band), kNaN,
              static_cast<double>(sums[static_cast<std::size_t>(band)].ended));
      }
      auto long_share = [&](int band, const std::string& label) {
        const Sums& t = sums[static_cast<std::size_t>(band < 0 ? kSlots : band)];
        const double n = static_cast<double>(t.ended);
        add(7, label, t.ended > 0 ? 100.0 * static_cast<double>(t.ended_long) / n : kNaN,
            static_cast<double>(t.ended_long), n);
      };
      long_share(-1, "");
      for (int band = 0; band < kSlots; ++band) {
        if (shown[band]) long_share(band, kBandLabels[band]);
      }
      // Verwijzingen: total, bands, verwijzers; then each verwijzer's share.
      std::uint64_t begun = 0;
      for (std::uint64_t v : sums[kSlots].begun) begun += v;
      add(8, "", static_cast<double>(begun));
      for (int band = 0; band < kSlots; ++band) {
        if (!shown[band]) continue;
        std::uint64_t n = 0;
        for (std::uint64_t v : sums[static_cast<std::size_t>(band)].begun) n += v;
        add(8, kBandLabels[band], static_cast<double>(n));
      }
      for (int r = 0; r < kFlowReferrers; ++r) {
        add(8, kReferrerLabels[r], static_cast<double>(sums[kSlots].begun[static_cast<std::size_t>(r)]));
      }
      for (int r = 0; r < kFlowReferrers; ++r) {
        const double n = static_cast<double>(sums[kSlots].begun[static_cast<std::size_t>(r)]);
        add(9, kReferrerLabels[r], begun > 0 ? 100.0 * n / static_cast<double>(begun) : kNaN, n,
            static_cast<double>(begun));
      }
      if (g.cost_seen) {
        double cost = 0;
        for (double v : sums[kSlots].cost) cost += v;
        add(10, "", cost);
        out.back().behind = costed_at(static_cast<int>(gi), p, kFlowProducts);
        for (int q = 0; q < kFlowProducts; ++q) {
          add(10, kProductLabels[q], sums[kSlots].cost[static_cast<std::size_t>(q)]);
          out.back().behind = costed_at(static_cast<int>(gi), p, q);
        }
        add(11, "", total[kInZorg] > 0 ? cost / total[kInZorg] : kNaN, cost, total[kInZorg]);
      }
    }
  }
  return out;
}

void add_flow_figures(const std::vector<FlowFigure>& figures, std::string_view file, OwnData& out,
                      std::string_view source) {
  // How each flow figure that is not a count is made from counts, in catalogue order: what
  // own_disclosure (core/disclosure.h) needs to decide it. A share, an amount and a rate are as
  // disclosive as the count behind them.
  const auto catalogue = flow_indicator_catalogue();
  auto id = [&](int n) { return std::string(catalogue[static_cast<std::size_t>(n)].id); };
  std::vector<FigureLink> links(catalogue.size());
  // In zorg per 1.000 (0-17): its numerator is the three young bands of in zorg.
  links[1] = {FigureKind::Rate, id(0), {kBandLabels[0], kBandLabels[1], kBandLabels[2]}, false, {}, false};
  links[5] = {FigureKind::Mean, {}, {}, false, {}, false};  // duur over the trajecten ended
  links[6] = {FigureKind::Mean, {}, {}, false, {}, false};
  // Longer than a year: a share of the trajecten ended, a whole no count shows.
  links[7] = {FigureKind::Share, {}, {}, false, {}, false};
  // A verwijzer's share of the gestarte trajecten: part and whole are shown counts.
  links[9] = {FigureKind::Share, id(8), {}, true, {}, false};
  // Kosten per product add up to the kosten; kosten per jeugdige divides them by in zorg.
  links[10] = {FigureKind::Amount, {}, {}, false, {}, true};
  links[11] = {FigureKind::Amount, id(0), {}, false, id(10), false};
  for (std::size_t i = 0; i < catalogue.size(); ++i) {
    const OwnIndicatorSpec& spec = catalogue[i];
    if (!out.indicator(spec.id)) out.indicators.push_back({own_indicator_meta(spec), false, {}});
    for (OwnIndicator& ind : out.indicators) {
      if (ind.meta.id == spec.id && !ind.custom) ind.link = links[i];
    }
  }
  // Replace what an earlier load of flows gave for the same gemeente, indicator and period.
  auto replaced = [&](const OwnValue& v) {
    for (const FlowFigure& f : figures) {
      if (f.gemeente == v.gemeente && f.indicator == v.indicator && f.period == v.period) return true;
    }
    return false;
  };
  std::erase_if(out.values, replaced);
  for (const FlowFigure& f : figures) {
    OwnValue v;
    v.gemeente = f.gemeente;
    v.indicator = f.indicator;
    v.breakdown = f.breakdown;
    v.period = f.period;
    v.value = f.value;
    v.numerator = f.numerator;
    v.denominator = f.denominator;
    v.behind = f.behind;
    v.status = f.complete ? Status::Definitive : Status::Provisional;
    v.file = std::string(file);
    v.source = std::string(source);
    out.values.push_back(std::move(v));
  }
  if (std::find(out.files.begin(), out.files.end(), file) == out.files.end()) out.files.emplace_back(file);
}

std::vector<FlowPopulation> youth_population_from_iv3(std::string_view csv) {
  std::vector<FlowPopulation> out;
  int year_col = -1, code_col = -1, youth_col = -1;
  bool header = true;
  while (!csv.empty()) {
    const std::size_t nl = csv.find('\n');
    std::string_view line = csv.substr(0, nl);
    csv = nl == std::string_view::npos ? std::string_view() : csv.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> cells;
    for (std::size_t start = 0;;) {
      const std::size_t comma = line.find(',', start);
      cells.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    if (header) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c] == "jaar") year_col = static_cast<int>(c);
        if (cells[c] == "code") code_col = static_cast<int>(c);
        if (cells[c] == "jeugdigen_0_17") youth_col = static_cast<int>(c);
      }
      header = false;
      if (year_col < 0 || code_col < 0 || youth_col < 0) return out;
      continue;
    }
    const std::size_t need = static_cast<std::size_t>(std::max({year_col, code_col, youth_col}));
    if (cells.size() <= need) continue;
    int year = 0;
    double youth = 0;
    if (!read_int(cells[static_cast<std::size_t>(year_col)], year) ||
        !parse_plain_decimal(cells[static_cast<std::size_t>(youth_col)], youth) || !(youth > 0)) {
      continue;
    }
    const std::string code(cells[static_cast<std::size_t>(code_col)]);
    const bool known = std::any_of(out.begin(), out.end(),
                                   [&](const FlowPopulation& p) { return p.year == year && p.gemeente == code; });
    if (!known) out.push_back({code, year, youth});
  }
  return out;
}

std::string flow_template_csv() {
  return "client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer;kosten\r\n"
         "SYN-0001;2012;GM0402;2024-01-15;2024-06-30;zonder verblijf;huisarts;3250,00\r\n"
         "SYN-0001;2012;GM0402;2024-09-01;;zonder verblijf;gemeente;1800,00\r\n"
         "SYN-0002;2008;GM0402;2023-11-01;2024-02-29;met verblijf;gecertificeerde instelling;24500,00\r\n"
         "SYN-0002;2008;GM0402;2024-01-10;2024-12-31;jeugdbescherming;rechter;6100,00\r\n"
         "SYN-0003;2019;Hilversum;01-03-2024;31-05-2024;45;02;950,50\r\n";
}

}  // namespace jv
