#include "core/statline.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "core/format.h"
#include "core/io/csv.h"
#include "core/io/encoding.h"
#include "core/text.h"

namespace jv {

const char* const kCbs2021Break =
    "CBS 2021: het CBS verwerkt de jeugdhulpgegevens sinds 2021 anders (CBS, Jeugdhulp 2021, \xC2\xA7 0.1 "
    "Methodewijzigingen); cijfers van voor en vanaf 2021 zijn niet helemaal vergelijkbaar.";

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// The known jeugdzorg topics (statline.h): identity as the own-data catalogue writes it.
struct KnownTopic {
  const char* key;
  const char* population;
  int age;
  const char* care_type;
  const char* subject;  // after "jongeren tot N jaar"
  Direction direction;
  bool cbs_2021;
};

constexpr KnownTopic kKnown[] = {
    {"jeugdhulp-met-verblijf", "0 tot 18 jaar", 18, "jeugdhulp met verblijf", "met jeugdhulp met verblijf",
     Direction::LowerIsBetter, true},
    {"jeugdhulp-zonder-verblijf", "0 tot 18 jaar", 18, "jeugdhulp zonder verblijf", "met jeugdhulp zonder verblijf",
     Direction::LowerIsBetter, true},
    {"jeugdzorg", "0 tot 23 jaar", 23, "jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering)",
     "met jeugdzorg in natura (jeugdhulp, jeugdbescherming of jeugdreclassering)", Direction::LowerIsBetter, true},
    {"jeugdbescherming", "0 tot 18 jaar", 18, "jeugdbescherming", "met een jeugdbeschermingsmaatregel",
     Direction::Context, false},
    {"jeugdreclassering", "12 tot 23 jaar", 23, "jeugdreclassering", "met jeugdreclassering", Direction::Context,
     false},
    {"jeugdhulp", "0 tot 18 jaar", 18, "jeugdhulp", "met jeugdhulp", Direction::LowerIsBetter, true},
};

// Words that say who is counted and how, but not what: a known topic may hold nothing else.
constexpr const char* kFiller[] = {"jongeren",
                                   "jongere",
                                   "jeugdigen",
                                   "jeugdige",
                                   "kinderen",
                                   "met",
                                   "in",
                                   "natura",
                                   "totaal",
                                   "aantal",
                                   "relatief",
                                   "absoluut",
                                   "percentage",
                                   "aandeel",
                                   "unieke",
                                   "uniek",
                                   "tot",
                                   "jaar",
                                   "jonger",
                                   "dan",
                                   "0",
                                   "12",
                                   "17",
                                   "18",
                                   "22",
                                   "23",
                                   "en",
                                   "of",
                                   "de",
                                   "het",
                                   "een",
                                   "van",
                                   "alle",
                                   "verblijf",
                                   "zonder",
                                   "jeugdhulp",
                                   "jeugdzorg",
                                   "jeugdbescherming",
                                   "jeugdreclassering"};
// ... and a population topic ("Jongeren tot 23 jaar", "Bevolking 0 tot 18 jaar").
constexpr const char* kPopulationWords[] = {
    "jongeren", "jeugdigen", "kinderen", "totaal", "aantal", "bevolking", "alle", "inwoners", "van", "tot", "jaar",
    "0",        "17",        "18",       "22",     "23",     "jonger",    "dan",  "leeftijd", "in",  "de",  "gemeente"};

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> out;
  const std::string folded = fold_for_search(name);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool has(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}
bool has_phrase(const std::vector<std::string>& words, std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == a && words[i + 1] == b) return true;
  }
  return false;
}

// An age band the name states: "tot 18 jaar", "0 tot 23", "jonger dan 18", "0 17" (folded "0-17").
int stated_age(const std::vector<std::string>& w) {
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    const std::string& n = w[i + 1];
    if (w[i] == "tot" && (n == "18" || n == "23")) return n == "18" ? 18 : 23;
    if (w[i] == "dan" && i > 0 && w[i - 1] == "jonger" && (n == "18" || n == "23")) return n == "18" ? 18 : 23;
    if (w[i] == "0" && (n == "17" || n == "22")) return n == "17" ? 18 : 23;
  }
  return 0;
}

const char* unit_word(Unit unit) {
  switch (unit) {
    case Unit::Percent: return "pct";
    case Unit::PerThousand: return "per-1000";
    case Unit::Euro: return "euro";
    case Unit::EuroThousands: return "x-1000-euro";
    case Unit::Count: return "aantal";
    case Unit::Days: return "dagen";
    case Unit::Index: return "index";
  }
  return "";
}

}  // namespace

namespace {

// CBS's abbreviations in the topic names of the youth tables, lower case and without the dot.
struct Abbreviation {
  const char* cut;
  const char* full;
};
constexpr Abbreviation kAbbreviations[] = {
    {"jeugdh", "jeugdhulp"},
    {"jeugdz", "jeugdzorg"},
    {"jeugdbesch", "jeugdbescherming"},
    {"jeugdbescherm", "jeugdbescherming"},
    {"jeugdrecl", "jeugdreclassering"},
    {"jeugdreclass", "jeugdreclassering"},
    {"verbl", "verblijf"},
    {"nat", "natura"},
    {"jeugdhulptraj", "jeugdhulptrajecten"},
    {"traj", "trajecten"},
    {"ambul", "ambulant"},
    {"excl", "exclusief"},
    {"incl", "inclusief"},
};

constexpr CbsTopicKey kTopicKeys[] = {
    // 85098NED / 82972NED Indicatoren jeugdzorg in natura; gemeenten.
    {"JongerenMetJeugdhulpInNatura", "Jongeren met jeugdhulp in natura", "%", false},
    {"JongerenMetJeugdhMetVerblInNat", "Jongeren met jeugdhulp met verblijf in natura", "%", true},
    {"JongerenMetJeugdbescherming", "Jongeren met jeugdbescherming", "%", false},
    {"JeugdbeschEnJeugdhMetVerblInNat", "Jeugdbescherming en jeugdhulp met verblijf in natura", "%", true},
    {"JongerenMetJeugdreclassering", "Jongeren met jeugdreclassering", "%", false},
    // Kerncijfers wijken en buurten (84583NED, 85039NED, 85984NED ...).
    {"JongerenMetJeugdzorgInNatura", "Jongeren met jeugdzorg in natura", "aantal", false},
    {"PercentageJongerenMetJeugdzorg", "Percentage jongeren met jeugdzorg", "%", false},
};

}  // namespace

std::string expand_cbs_abbreviations(std::string_view name) {
  std::string out;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    std::string word(name.substr(start, end - start));
    const bool last = end == name.size();
    const bool dot = !word.empty() && word.back() == '.';
    std::string bare = dot ? word.substr(0, word.size() - 1) : word;
    std::string lower = bare;
    for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    // An abbreviation ends in a dot, or is the last word StatLine cut off ("... in nat").
    if (dot || last) {
      for (const Abbreviation& a : kAbbreviations) {
        if (lower != a.cut) continue;
        // "nat" is natura only after "in": never a word of its own.
        if (lower == "nat" && !(out.size() >= 3 && out.compare(out.size() - 3, 3, "in ") == 0)) break;
        std::string full = a.full;
        if (bare[0] >= 'A' && bare[0] <= 'Z') full[0] = static_cast<char>(full[0] - 'a' + 'A');
        word = full;
        break;
      }
    }
    out += word;
    if (end < name.size()) out += ' ';
    start = end + 1;
  }
  return out;
}

std::span<const CbsTopicKey> cbs_topic_keys() { return kTopicKeys; }

bool looks_like_cbs_topic_key(std::string_view header) {
  const std::size_t us = header.rfind('_');
  if (us == std::string_view::npos || us == 0 || us + 1 == header.size()) return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const std::string_view stem = header.substr(0, us), n = header.substr(us + 1);
  if (!std::all_of(n.begin(), n.end(), digit) || !upper(stem[0])) return false;
  if (!std::all_of(stem.begin(), stem.end(), [&](char c) { return upper(c) || lower(c) || digit(c); })) return false;
  return std::any_of(stem.begin(), stem.end(), lower) && std::any_of(stem.begin() + 1, stem.end(), upper);
}

const CbsTopicKey* find_cbs_topic_key(std::string_view header) {
  std::string_view stem = header;
  if (looks_like_cbs_topic_key(header)) stem = header.substr(0, header.rfind('_'));
  for (const CbsTopicKey& k : kTopicKeys) {
    if (stem == k.key) return &k;
  }
  return nullptr;
}

TopicDefinition classify_topic(std::string_view name, Unit unit) {
  TopicDefinition d;
  d.population = kSeeTheTable;
  d.care_type = kSeeTheTable;
  const std::string expanded = expand_cbs_abbreviations(name);
  const std::vector<std::string> w = words_of(expanded);
  const int age = stated_age(w);
  // A topic of a CBS table whose percentage is of another group than all young people of an age.
  for (const CbsTopicKey& k : kTopicKeys) {
    Unit ku;
    if (k.own_definition && fold_for_search(k.name) == fold_for_search(expanded) && parse_unit(k.unit, ku) &&
        ku == unit)
      return d;
  }
  const bool jh = has(w, "jeugdhulp"), jz = has(w, "jeugdzorg"), jb = has(w, "jeugdbescherming"),
             jr = has(w, "jeugdreclassering");
  if (!jh && !jz && !jb && !jr) {
    const bool population =
        unit == Unit::Count && age != 0 && !w.empty() && std::all_of(w.begin(), w.end(), [](const std::string& x) {
          return std::find(std::begin(kPopulationWords), std::end(kPopulationWords), x) != std::end(kPopulationWords);
        });
    if (population) {
      d.kind = TopicDefinition::Kind::Population;
      d.age = age;
      d.population = "0 tot " + std::to_string(age) + " jaar";
      d.care_type.clear();
      d.subject = std::string(age == 18 ? "jeugdigen" : "jongeren") + " tot " + std::to_string(age) + " jaar";
    }
    return d;
  }
  const bool rate = unit == Unit::Percent || unit == Unit::PerThousand;
  if (!rate && unit != Unit::Count) return d;  // costs, durations: another topic
  for (const std::string& x : w) {
    const bool filler = std::find(std::begin(kFiller), std::end(kFiller), x) != std::end(kFiller);
    const bool per_thousand = unit == Unit::PerThousand && (x == "per" || x == "1" || x == "000" || x == "1000");
    if (!filler && !per_thousand) return d;  // "jeugdhulptrajecten", "kosten", "nieuwe": not the known topic
  }
  const char* key = nullptr;
  // Jeugdbescherming or jeugdreclassering with verblijf is another group than jeugdhulp met verblijf.
  const bool only_jh = jh && !jz && !jb && !jr;
  if (only_jh && has_phrase(w, "met", "verblijf")) key = "jeugdhulp-met-verblijf";
  else if (only_jh && has_phrase(w, "zonder", "verblijf")) key = "jeugdhulp-zonder-verblijf";
  else if (has(w, "verblijf")) key = nullptr;
  else if (jz || (jh && jb && jr)) key = "jeugdzorg";
  else if (jb && !jh && !jr) key = "jeugdbescherming";
  else if (jr && !jh && !jb) key = "jeugdreclassering";
  else if (jh && !jb && !jr) key = "jeugdhulp";
  if (!key) return d;
  for (const KnownTopic& k : kKnown) {
    if (std::string_view(k.key) != key) continue;
    d.kind = rate ? TopicDefinition::Kind::Rate : TopicDefinition::Kind::Count;
    d.key = k.key;
    d.age = age != 0 ? age : k.age;
    d.population = age != 0 && age != k.age ? "0 tot " + std::to_string(age) + " jaar" : k.population;
    d.care_type = k.care_type;
    d.direction = k.direction;
    d.cbs_2021 = k.cbs_2021;
    d.subject =
        std::string(d.age == 18 ? "jeugdigen" : "jongeren") + " tot " + std::to_string(d.age) + " jaar " + k.subject;
  }
  return d;
}

std::string statline_table(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
    if (i > 0 && digit(text[i - 1])) continue;
    if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(i + 5),
                     digit))
      continue;
    std::string lang(text.substr(i + 5, 3));
    for (char& c : lang) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    const bool end = i + 8 == text.size() || !(std::isalnum(static_cast<unsigned char>(text[i + 8])));
    if ((lang == "NED" || lang == "ENG") && end) return std::string(text.substr(i, 5)) + lang;
  }
  return {};
}

bool is_benchmark_file(std::span<const std::uint8_t> bytes) {
  std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.substr(0, kBenchmarkFileMagic.size()) != kBenchmarkFileMagic) return false;
  text.remove_prefix(kBenchmarkFileMagic.size());
  return text.empty() || text.front() == '\n' || text.front() == '\r';
}

namespace {

void refuse(ReadReport& report, std::string message) {
  Problem p;
  p.file = report.file;
  p.message = std::move(message);
  p.fatal = true;
  report.problems.push_back(std::move(p));
  report.ok = false;
}

std::string quote(std::string_view text) { return "\xE2\x80\x9E" + std::string(text) + "\xE2\x80\x9D"; }

// "Amsterdam en Weesp", "Boxmeer, Cuijk, Grave en Sint Anthonis".
std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " en " : ", ") + items[i];
  return out;
}

std::string decimal_field(double x) {
  if (std::isnan(x)) return {};
  std::string t = format_plain_decimal(x);
  std::replace(t.begin(), t.end(), '.', ',');
  return t;
}

bool read_decimal_field(const std::string& field, double& out) {
  if (field.empty()) {
    out = kNaN;
    return true;
  }
  std::string t = field;
  std::replace(t.begin(), t.end(), ',', '.');
  return parse_plain_decimal(t, out);
}

const char* direction_word(Direction d) {
  switch (d) {
    case Direction::LowerIsBetter: return "lager";
    case Direction::HigherIsBetter: return "hoger";
    case Direction::Context: return "context";
  }
  return "";
}
const char* role_word(Role r) {
  switch (r) {
    case Role::Indicator: return "indicator";
    case Role::Context: return "context";
    case Role::Characteristic: return "kenmerk";
  }
  return "";
}
const char* weight_word(MergeWeight w) {
  switch (w) {
    case MergeWeight::Youth: return "jeugd";
    case MergeWeight::Inhabitants: return "inwoners";
    case MergeWeight::Households: return "huishoudens";
  }
  return "";
}

void append_line(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ';';
    csv_append_field(out, fields[i], ';');
  }
  out += '\n';
}

// A series and its columns, built before anything is added to the store, so a file that is
// refused half-way leaves the store as it was.
struct Column {
  Period period;
  std::string text;
  Status status = Status::Definitive;
  std::vector<double> values, denominators;  // per gemeente of store.data
  std::map<int, std::string> notes;          // gemeente -> note
};
struct Planned {
  Series series;  // no source, periods or variables yet
  std::vector<Column> columns;
};

// Adds the planned source and series to the store; returns the source's index.
int commit(FiguresStore& store, Source source, std::vector<Planned> planned) {
  for (std::size_t s = 0; s < store.sources.size(); ++s) {
    if (store.sources[s].id == source.id && store.sources[s].kind == SourceKind::UserBenchmark) {
      remove_source(store, static_cast<int>(s));
      break;
    }
  }
  const std::size_t first_new = store.data.variables.size();
  store.sources.push_back(std::move(source));
  const int src = static_cast<int>(store.sources.size()) - 1;
  std::set<std::string> taken;
  for (const Series& s : store.series) taken.insert(s.id);
  for (Planned& p : planned) {
    Series s = std::move(p.series);
    s.source = src;
    s.periods.clear();
    s.variables.clear();
    // Ids stay unique: the same table loaded under two file names gets "-2".
    const std::string base = s.id;
    for (int n = 2; taken.count(s.id); ++n) s.id = base + "-" + std::to_string(n);
    taken.insert(s.id);
    s.meta.id = s.id;
    store.series.push_back(std::move(s));
    const int series = static_cast<int>(store.series.size()) - 1;
    for (Column& c : p.columns) {
      const int v =
          add_period(store, series, c.period, c.text, c.status, std::move(c.values), std::move(c.denominators));
      for (auto& [g, note] : c.notes) store.notes[{v, g}] = std::move(note);
    }
  }
  extend_benchmark(store.bench, store.data, first_new);
  return src;
}

// ---- A saved benchmark file ------------------------------------------------------------------

int read_saved(FiguresStore& store, std::string_view file_name, std::span<const std::uint8_t> bytes,
               ReadReport& report) {
  report = ReadReport{};
  report.file = std::string(file_name);
  report.format = "benchmarkbestand van Jeugdvergelijker";
  std::string text, error;
  TextEncoding encoding = TextEncoding::Utf8;
  if (!decode_text(bytes, text, encoding, error)) {
    refuse(report, error);
    return -1;
  }
  report.encoding = encoding_label(encoding);
  CsvTable table;
  CsvError csv_error;
  std::size_t line = 0;
  auto damaged = [&](const std::string& what) {
    refuse(report, "Dit benchmarkbestand is beschadigd: regel " + std::to_string(line) + ": " + what +
                       ". Bewaar het opnieuw vanuit Jeugdvergelijker.");
    return -1;
  };
  if (!parse_csv(text, ';', table, csv_error)) {
    line = csv_error.line;
    return damaged(csv_error.message);
  }
  Source source;
  bool have_source = false;
  std::vector<int> gemeenten;  // per position in the "gemeenten" line: index in store.data
  std::vector<std::string> codes;
  std::vector<Planned> planned;
  std::map<std::string, std::size_t> by_id;
  auto series_at = [&](const std::string& id) -> Planned* {
    const auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : &planned[it->second];
  };
  auto column_at = [&](Planned& p, const std::string& label) -> Column* {
    for (Column& c : p.columns) {
      if (c.period.label() == label) return &c;
    }
    return nullptr;
  };
  const std::size_t n = store.data.gemeenten.size();
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const std::vector<std::string>& f = table.records[r].fields;
    line = table.records[r].line;
    const std::string& kind = f[0];
    auto expect = [&](std::size_t count) { return f.size() == count; };
    auto field_count = [&](std::size_t count) {
      return "er staan " + std::to_string(f.size()) + " velden, verwacht " + std::to_string(count);
    };
    if (kind == "bron") {
      if (!expect(10)) return damaged(field_count(10));
      source.id = f[1];
      source.publisher = f[2];
      source.title = f[3];
      source.table = f[4];
      source.licence = f[5];
      source.attribution = f[6];
      source.reached = f[7];
      source.file_name = f[8];
      source.caveat = f[9];
      source.kind = SourceKind::UserBenchmark;
      have_source = true;
      for (const Source& other : store.sources) {
        // Only a loaded benchmark is ever replaced: never what is built in, never own figures.
        if (other.id == source.id && other.kind != SourceKind::UserBenchmark) {
          return damaged("de bron " + quote(source.id) + " is geen geladen benchmark");
        }
      }
    } else if (kind == "gemeenten") {
      codes.assign(f.begin() + 1, f.end());
      gemeenten.clear();
      for (const std::string& code : codes) {
        const int g = store.data.find_code(code);
        if (g < 0) return damaged("de gemeente " + quote(code) + " bestaat niet in 2025");
        gemeenten.push_back(g);
      }
    } else if (kind == "reeks") {
      if (!expect(17)) return damaged(field_count(17));
      Planned p;
      Series& s = p.series;
      s.id = f[1];
      IndicatorMeta& m = s.meta;
      m.id = f[1];
      m.name = f[2];
      if (!parse_unit(f[3], m.unit)) return damaged("de eenheid " + quote(f[3]) + " is onbekend");
      if (!parse_direction(f[4], m.direction)) return damaged("de richting " + quote(f[4]) + " is onbekend");
      if (!parse_role(f[5], m.role)) return damaged("de rol " + quote(f[5]) + " is onbekend");
      m.population = f[6];
      m.care_type = f[7];
      m.definition = f[8];
      m.numerator = f[9];
      m.denominator = f[10];
      m.source = f[11];
      if (!parse_merge_weight(f[12], m.merge_weight)) return damaged("de weging " + quote(f[12]) + " is onbekend");
      m.size_dependent = f[13] == "1";
      m.descriptive = f[14] == "1";
      m.caveat = f[15];
      m.name_en = f[16];
      by_id[s.id] = planned.size();
      planned.push_back(std::move(p));
    } else if (kind == "periode" || kind == "noemers") {
      const std::size_t head = kind == "periode" ? 5 : 3;
      if (f.size() < head) return damaged(field_count(head + codes.size()));
      Planned* p = series_at(f[1]);
      if (!p) return damaged("de reeks " + quote(f[1]) + " staat er niet in");
      if (f.size() - head != codes.size()) {
        return damaged("er staan " + std::to_string(f.size() - head) + " waarden, de regel gemeenten heeft er " +
                       std::to_string(codes.size()));
      }
      std::vector<double> values(n, kNaN);
      for (std::size_t i = 0; i < codes.size(); ++i) {
        if (!read_decimal_field(f[head + i], values[idx(gemeenten[i])]))
          return damaged(quote(f[head + i]) + " is geen getal");
      }
      if (kind == "periode") {
        Column c;
        std::string why;
        if (!parse_period(f[2], c.period, why)) return damaged("de periode " + quote(f[2]) + " is niet te lezen");
        c.text = f[3];
        if (!parse_status(f[4], c.status)) return damaged("de status " + quote(f[4]) + " is onbekend");
        if (column_at(*p, c.period.label())) return damaged("de periode " + quote(f[2]) + " staat er twee keer in");
        c.values = std::move(values);
        p->columns.push_back(std::move(c));
      } else {
        Column* c = column_at(*p, f[2]);
        if (!c) return damaged("de periode " + quote(f[2]) + " staat er niet in");
        c->denominators = std::move(values);
      }
    } else if (kind == "breuk") {
      if (!expect(4)) return damaged(field_count(4));
      Planned* p = series_at(f[1]);
      if (!p) return damaged("de reeks " + quote(f[1]) + " staat er niet in");
      SeriesBreak b;
      std::string why;
      if (!parse_period(f[2], b.period, why)) return damaged("de periode " + quote(f[2]) + " is niet te lezen");
      b.why = f[3];
      p->series.breaks.push_back(std::move(b));
    } else if (kind == "opmerking") {
      if (!expect(5)) return damaged(field_count(5));
      Planned* p = series_at(f[1]);
      if (!p) return damaged("de reeks " + quote(f[1]) + " staat er niet in");
      Column* c = column_at(*p, f[2]);
      if (!c) return damaged("de periode " + quote(f[2]) + " staat er niet in");
      const int g = store.data.find_code(f[3]);
      if (g < 0) return damaged("de gemeente " + quote(f[3]) + " bestaat niet in 2025");
      c->notes[g] = f[4];
    } else {
      return damaged("onbekend soort regel " + quote(kind));
    }
  }
  if (!have_source) {
    line = table.records.empty() ? 1 : table.records.back().line;
    return damaged("geen regel bron");
  }
  // Periods ascending within each series, as add_period keeps them.
  for (Planned& p : planned) {
    std::stable_sort(p.columns.begin(), p.columns.end(),
                     [](const Column& a, const Column& b) { return compare_periods(a.period, b.period) < 0; });
  }
  report.title = source.title;
  report.ok = true;
  for (const Planned& p : planned) {
    report.indicators.push_back(p.series.meta.name);
    for (const Column& c : p.columns) {
      if (std::find(report.periods.begin(), report.periods.end(), c.period.label()) == report.periods.end()) {
        report.periods.push_back(c.period.label());
      }
      for (const double x : c.values) report.values += !std::isnan(x);
    }
  }
  report.gemeenten = codes;
  return commit(store, std::move(source), std::move(planned));
}

// ---- A StatLine export -----------------------------------------------------------------------

bool says_cbs(const ReadReport& report) {
  std::vector<std::string> lines = report.footer;
  lines.push_back(report.title);
  for (const std::string& line : lines) {
    const std::string f = fold_for_search(line);
    if (f.rfind("bron cbs", 0) == 0 || f.find("centraal bureau voor de statistiek") != std::string::npos) return true;
  }
  return false;
}

// A gemeente's name by its code of 2025 or 2021.
std::string name_of(const FiguresStore& store, const std::string& code) {
  const int now = store.data.find_code(code);
  if (now >= 0) return store.data.gemeenten[idx(now)].name;
  const int then = store.d2021.find_code(code);
  return then >= 0 ? store.d2021.gemeenten[idx(then)].name : code;
}

// Whether a figure of this unit adds up over gemeenten: counts and totals, not rates or averages.
bool additive(Unit unit, const std::string& name) {
  if (unit == Unit::Count || unit == Unit::EuroThousands) return true;
  if (unit != Unit::Euro) return false;
  const std::vector<std::string> w = words_of(name);
  return !has(w, "per") && !has(w, "gemiddeld") && !has(w, "gemiddelde");
}

// One column of the export: what it is, and its values by period and gemeente code.
struct Topic {
  ReadColumn column;
  const OwnIndicator* indicator = nullptr;
  TopicDefinition def;
  std::map<std::string, Period> periods;                                // label -> period
  std::map<std::string, std::map<std::string, const OwnValue*>> cells;  // label -> code -> value
  std::set<std::string> provisional;                                    // labels with a value marked "*" or "**"

  const OwnValue* cell(const std::string& label, const std::string& code) const {
    const auto at = cells.find(label);
    if (at == cells.end()) return nullptr;
    const auto v = at->second.find(code);
    return v == at->second.end() ? nullptr : v->second;
  }
};

// What the whole file is: the source's words, shared by all its series.
struct Table {
  std::string file, title, prefix;
  bool cbs = false;
};

// The series' definition: classify_topic's identity, the unit the reader found, the table's words.
IndicatorMeta topic_meta(const Topic& t, const Topic* population, const Table& table) {
  const IndicatorMeta& read = t.indicator->meta;
  const TopicDefinition& d = t.def;
  // "% (zie toelichting)" as "(%, zie toelichting)": one bracket after the name.
  std::string unit = t.column.unit;
  if (const auto open = unit.find(" ("); open != std::string::npos && unit.back() == ')')
    unit = unit.substr(0, open) + ", " + unit.substr(open + 2, unit.size() - open - 3);
  const std::string written = t.column.header + (unit.empty() ? "" : " (" + unit + ")");
  IndicatorMeta m;
  m.name = written;
  m.unit = read.unit;
  m.population = d.population;
  m.care_type = d.care_type;
  m.direction = d.direction;
  m.role =
      d.kind == TopicDefinition::Kind::Rate || d.kind == TopicDefinition::Kind::Count ? Role::Indicator : Role::Context;
  m.source = (table.cbs ? "CBS, " : "") + table.title;
  m.merge_weight = d.kind == TopicDefinition::Kind::Other ? MergeWeight::Inhabitants : MergeWeight::Youth;
  m.size_dependent = additive(read.unit, t.column.header);
  const std::string from = " Uit de tabel " + quote(table.title) + " (" + table.file + ").";
  auto capital = [](std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
  };
  switch (d.kind) {
    case TopicDefinition::Kind::Rate:
      m.definition = std::string(read.unit == Unit::Percent ? "Percentage " : "Aantal per 1.000 ") + d.subject +
                     " in de periode." + from;
      m.numerator = capital(d.subject);
      m.denominator = std::string("Alle ") + (d.age == 18 ? "jeugdigen" : "jongeren") + " tot " +
                      std::to_string(d.age) + " jaar" +
                      (population ? ", volgens de kolom " + quote(population->column.header) + " in het bestand"
                                  : ", geschat uit de leeftijdsopbouw (Kerncijfers wijken en buurten 2021)");
      break;
    case TopicDefinition::Kind::Count:
      m.definition = "Aantal " + d.subject + " in de periode." + from;
      m.numerator = capital(d.subject);
      break;
    case TopicDefinition::Kind::Population:
      m.definition = "Aantal " + d.subject + "." + from;
      m.direction = Direction::Context;
      break;
    case TopicDefinition::Kind::Other:
      m.definition = quote(written) +
                     ": de definitie staat bij de tabel op StatLine; de app kent dit onderwerp "
                     "niet en zet het naast geen ander cijfer." +
                     from;
      break;
  }
  if (d.cbs_2021) m.caveat = kCbs2021Break;
  return m;
}

// A gemeente of 2025 in one period of a topic: as the file gives it, or combined from its
// predecessors (statline.h), with the note that says which or why not. `merged` is set when the
// file gives the predecessors apart.
void place_gemeente(const FiguresStore& store, const Topic& t, const Topic* numerator, const Topic* population,
                    const std::string& label, int gi, Column& c, bool& merged) {
  const Gemeente& gem = store.data.gemeenten[idx(gi)];
  const std::size_t g = idx(gi);
  const Unit unit = t.indicator->meta.unit;
  const bool rate = unit == Unit::Percent || unit == Unit::PerThousand;
  const bool with_denominators = !c.denominators.empty();
  merged = false;
  bool others = false;
  for (const std::string& pred : gem.predecessors) others = others || (pred != gem.code && t.cell(label, pred));
  const OwnValue* direct = t.cell(label, gem.code);
  const bool own_code = std::find(gem.predecessors.begin(), gem.predecessors.end(), gem.code) != gem.predecessors.end();
  if (!others || (direct && !own_code)) {
    if (!direct) return;
    c.values[g] = direct->value;
    if (direct->status == Status::Suppressed)
      c.notes[gi] = "Geheim of onbekend bij het CBS (\xE2\x80\x9E.\xE2\x80\x9D in de tabel).";
    if (with_denominators) {
      // The file's own young people when it has them; else the estimate of that age band, in
      // whole young people: no false precision, and a shorter saved file.
      const OwnValue* den = population ? population->cell(label, gem.code) : nullptr;
      c.denominators[g] = population ? (den ? den->value : kNaN)
                                     : std::round(t.def.age == 18 ? estimate_youth_0_17(store.data, gi)
                                                                  : estimate_youth_0_22(store.data, gi));
    }
    return;
  }
  // Its predecessors apart: combine them, or say why not.
  merged = true;
  const std::vector<std::string>& parts = gem.predecessors;
  std::vector<std::string> names;
  for (const std::string& code : parts) names.push_back(name_of(store, code));
  const std::string apart = "het bestand geeft voor " + label + " de gemeenten " + and_list(names) + " apart";
  auto missing = [&](const Topic* topic) -> std::string {
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const OwnValue* v = topic->cell(label, parts[i]);
      if (!v || std::isnan(v->value)) return names[i];
    }
    return {};
  };
  auto sum = [&](const Topic* topic) {
    double total = 0.0;
    for (const std::string& code : parts) {
      const OwnValue* v = topic->cell(label, code);
      total += v ? v->value : kNaN;
    }
    return total;
  };
  std::string why;
  if (additive(unit, t.column.header)) {
    const std::string lacking = missing(&t);
    if (lacking.empty()) {
      c.values[g] = sum(&t);
      c.notes[gi] = "Samengevoegd: " + apart + "; de aantallen zijn opgeteld.";
    } else {
      why = "voor " + lacking + " ontbreekt het cijfer.";
    }
  } else if (rate && numerator && population) {
    const std::string no_num = missing(numerator), no_den = missing(population);
    if (!no_num.empty()) {
      why = "voor " + no_num + " ontbreekt de teller (" + numerator->column.header + ").";
    } else if (!no_den.empty()) {
      why = "voor " + no_den + " ontbreekt de noemer (" + population->column.header + ").";
    } else {
      const double num = sum(numerator), den = sum(population);
      const double factor = unit == Unit::PerThousand ? 1000.0 : 100.0;
      c.values[g] = den > 0.0 ? factor * num / den : kNaN;
      if (with_denominators) c.denominators[g] = den;
      c.notes[gi] = "Samengevoegd: " + apart + "; het " +
                    (unit == Unit::Percent ? std::string("percentage") : std::string("cijfer per 1.000")) +
                    " is herberekend uit teller en noemer (" + format_number(num, 0) + " / " + format_number(den, 0) +
                    ").";
    }
  } else if (rate) {
    why = std::string("een ") + (unit == Unit::Percent ? "percentage" : "cijfer per 1.000") +
          " is alleen opnieuw te berekenen uit teller en noemer, en die staan niet allebei in het bestand.";
  } else {
    why = "dit cijfer is niet op te tellen.";
  }
  if (!why.empty()) c.notes[gi] = "Cijfer niet beschikbaar na samenvoeging: " + apart + ", en " + why;
}

// One series with a column per period, for every gemeente of 2025.
Planned plan_series(const FiguresStore& store, const Topic& t, const std::vector<Topic>& topics, const Table& table,
                    std::map<int, std::set<std::string>>& merged, std::map<int, std::set<std::string>>& apart) {
  const TopicDefinition& d = t.def;
  const Unit unit = t.indicator->meta.unit;
  const bool known_rate = d.kind == TopicDefinition::Kind::Rate;
  // A rate's numerator (the count of the same topic and age) and denominator (the population of
  // that age), when the file has them.
  auto find_topic = [&](TopicDefinition::Kind kind, const std::string& key) -> const Topic* {
    for (const Topic& other : topics) {
      if (other.def.kind == kind && other.def.key == key && other.def.age == d.age) return &other;
    }
    return nullptr;
  };
  const Topic* numerator = known_rate ? find_topic(TopicDefinition::Kind::Count, d.key) : nullptr;
  const Topic* population = known_rate ? find_topic(TopicDefinition::Kind::Population, "") : nullptr;

  Planned p;
  Series& s = p.series;
  s.id = "statline-" + table.prefix + "-" + series_id(fold_for_search(t.column.header)) + "-" + unit_word(unit);
  s.meta = topic_meta(t, population, table);
  s.meta.id = s.id;
  std::vector<std::pair<std::string, Period>> periods(t.periods.begin(), t.periods.end());
  std::sort(periods.begin(), periods.end(),
            [](const auto& a, const auto& b) { return compare_periods(a.second, b.second) < 0; });
  const std::size_t n = store.data.gemeenten.size();
  for (const auto& [label, period] : periods) {
    Column c;
    c.period = period;
    c.text = label;
    c.status = t.provisional.count(label) ? Status::Provisional : Status::Definitive;
    c.values.assign(n, kNaN);
    if (known_rate) c.denominators.assign(n, kNaN);
    for (std::size_t g = 0; g < n; ++g) {
      bool was_merged = false;
      place_gemeente(store, t, numerator, population, label, static_cast<int>(g), c, was_merged);
      // Apart in the file: merged when a figure came of it, else only apart (the note says why).
      if (was_merged) (std::isnan(c.values[g]) ? apart : merged)[static_cast<int>(g)].insert(label);
    }
    p.columns.push_back(std::move(c));
  }
  if (d.cbs_2021) {
    // CBS's 2021 method change, when the series has figures from before and from 2021.
    const int from_2021 = days_from_civil(2021, 1, 1);
    const bool before = p.columns.front().period.start_day() < from_2021;
    for (const Column& c : p.columns) {
      if (before && c.period.start_day() >= from_2021) {
        s.breaks.push_back({c.period, kCbs2021Break});
        break;
      }
    }
  }
  return p;
}

}  // namespace

int add_benchmark_source(FiguresStore& store, std::string_view file_name, std::span<const std::uint8_t> bytes,
                         ReadReport& report) {
  if (is_benchmark_file(bytes)) return read_saved(store, file_name, bytes, report);
  OwnData own;
  ReadOptions options;
  options.earlier = &store.d2021;
  if (!read_own_data(file_name, bytes, options, store.data, own, report)) return -1;
  if (!report.statline) {
    refuse(report,
           "Dit is geen CBS StatLine-export: er is geen kolom Regio's naast een kolom Perioden. Download de "
           "tabel in StatLine als CSV met de regio's en perioden in de rijen, of laad dit bestand als eigen "
           "cijfers.");
    return -1;
  }
  if (std::none_of(own.values.begin(), own.values.end(), [](const OwnValue& v) { return v.gemeente != "NL"; })) {
    refuse(report,
           "In dit bestand staan geen gemeenten, alleen Nederland of andere regio's (provincies, landsdelen). "
           "Kies in StatLine bij Regio's de gemeenten.");
    return -1;
  }

  Table table;
  table.file = std::string(file_name);
  const std::size_t dot = table.file.rfind('.');
  const std::string stem = dot == std::string::npos || dot == 0 ? table.file : table.file.substr(0, dot);
  table.cbs = says_cbs(report);
  table.title = report.title.empty() ? table.file : report.title;
  std::string code = statline_table(report.title);
  if (code.empty()) code = statline_table(table.file);
  table.prefix = code;
  for (char& c : table.prefix) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  if (table.prefix.empty()) table.prefix = series_id(fold_for_search(stem));
  Source source;
  source.id = "statline:" + table.file;
  source.publisher = table.cbs ? "CBS" : "";
  source.title = table.title;
  source.table = code;
  source.licence = table.cbs ? "CC BY 4.0" : "";
  source.attribution = (table.cbs ? "Bron: CBS, " : "") + table.title + (code.empty() ? "" : " (" + code + ")");
  source.reached = "uw bestand " + table.file;
  source.file_name = table.file;
  source.kind = SourceKind::UserBenchmark;
  source.caveat = "Door u geladen uit " + quote(table.file) +
                  ". Gemeenten die later zijn samengevoegd, staan bij hun gemeente van 2025: aantallen zijn "
                  "opgeteld, percentages alleen herberekend uit teller en noemer. Voorlopige cijfers (* of ** in de "
                  "tabel) kunnen nog veranderen.";

  std::vector<Topic> topics;
  for (const ReadColumn& rc : report.columns) {
    Topic t;
    t.column = rc;
    t.indicator = own.indicator(rc.indicator);
    if (!t.indicator) continue;
    t.def = classify_topic(rc.header, t.indicator->meta.unit);
    for (const OwnValue& v : own.values) {
      if (v.indicator != rc.indicator || v.gemeente == "NL") continue;
      const std::string label = v.period.label();
      t.periods.emplace(label, v.period);
      t.cells[label][v.gemeente] = &v;
      if (v.status == Status::Provisional) t.provisional.insert(label);
    }
    if (!t.periods.empty()) topics.push_back(std::move(t));
  }
  std::map<int, std::set<std::string>> merged;  // gemeente -> period labels merged
  std::map<int, std::set<std::string>> apart;   // gemeente -> period labels apart, nothing made of them
  std::vector<Planned> planned;
  for (const Topic& t : topics) planned.push_back(plan_series(store, t, topics, table, merged, apart));
  if (planned.empty()) {
    refuse(report, "In dit bestand staan geen cijfers per gemeente: elke waarde is leeg of geheim.");
    return -1;
  }
  for (const auto& [g, labels] : merged) {
    const Gemeente& gem = store.data.gemeenten[idx(g)];
    std::vector<std::string> names, periods(labels.begin(), labels.end());
    for (const std::string& code_2021 : gem.predecessors) names.push_back(name_of(store, code_2021));
    report.notes.push_back(gem.name + " (2025): voor " + and_list(periods) + " samengevoegd uit " + and_list(names) +
                           ".");
  }
  for (const auto& [g, labels] : apart) {
    if (merged.count(g)) continue;
    const Gemeente& gem = store.data.gemeenten[idx(g)];
    std::vector<std::string> names, periods(labels.begin(), labels.end());
    for (const std::string& code_2021 : gem.predecessors) names.push_back(name_of(store, code_2021));
    report.notes.push_back(gem.name + " (2025): voor " + and_list(periods) + " staan " + and_list(names) +
                           " apart in het bestand, en daaruit is geen cijfer voor " + gem.name +
                           " te maken; de reden staat bij elk cijfer.");
  }
  return commit(store, std::move(source), std::move(planned));
}

std::string save_benchmark_source(const FiguresStore& store, int source) {
  if (source < 0 || idx(source) >= store.sources.size()) return {};
  const Source& src = store.sources[idx(source)];
  std::string out = std::string(kBenchmarkFileMagic) + "\n";
  append_line(out, {"bron", src.id, src.publisher, src.title, src.table, src.licence, src.attribution, src.reached,
                    src.file_name, src.caveat});
  // Only gemeenten with a figure: a table of one province stays small.
  std::vector<int> gemeenten;
  for (std::size_t g = 0; g < store.data.gemeenten.size(); ++g) {
    bool any = false;
    for (const Series& s : store.series) {
      if (s.source != source) continue;
      for (const int v : s.variables) {
        any = any || !std::isnan(store.data.value(static_cast<int>(g), v));
        const std::vector<double>& dens = store.data.denominators[idx(v)];
        any = any || (g < dens.size() && !std::isnan(dens[g])) || store.notes.count({v, static_cast<int>(g)});
      }
    }
    if (any) gemeenten.push_back(static_cast<int>(g));
  }
  std::vector<std::string> line = {"gemeenten"};
  for (const int g : gemeenten) line.push_back(store.data.gemeenten[idx(g)].code);
  append_line(out, line);
  for (const Series& s : store.series) {
    if (s.source != source) continue;
    const IndicatorMeta& m = s.meta;
    append_line(
        out, {"reeks", s.id, m.name, unit_label(m.unit), direction_word(m.direction), role_word(m.role), m.population,
              m.care_type, m.definition, m.numerator, m.denominator, m.source, weight_word(m.merge_weight),
              m.size_dependent ? "1" : "0", m.descriptive ? "1" : "0", m.caveat, m.name_en});
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
      const int v = s.variables[i];
      const IndicatorMeta& vm = store.data.variables[idx(v)];
      const std::string label = s.periods[i].label();
      line = {"periode", s.id, label, vm.period, status_label(vm.status)};
      for (const int g : gemeenten) line.push_back(decimal_field(store.data.value(g, v)));
      append_line(out, line);
      const std::vector<double>& dens = store.data.denominators[idx(v)];
      if (!dens.empty()) {
        line = {"noemers", s.id, label};
        for (const int g : gemeenten) line.push_back(decimal_field(idx(g) < dens.size() ? dens[idx(g)] : kNaN));
        append_line(out, line);
      }
    }
    for (const SeriesBreak& b : s.breaks) append_line(out, {"breuk", s.id, b.period.label(), b.why});
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
      const int v = s.variables[i];
      for (const auto& [key, note] : store.notes) {
        if (key.first != v) continue;
        append_line(out, {"opmerking", s.id, s.periods[i].label(), store.data.gemeenten[idx(key.second)].code, note});
      }
    }
  }
  return out;
}

}  // namespace jv
