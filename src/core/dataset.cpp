#include "core/dataset.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "core/io/csv.h"
#include "core/text.h"

namespace jv {

namespace {

// A CSV file with a header, fields looked up by column name.
struct Table {
  std::string file;
  std::vector<std::string> header;
  std::vector<CsvRecord> rows;

  int column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return static_cast<int>(i);
    }
    return -1;
  }
};

bool read_table(std::string_view text, const char* file, Table& table, LoadError& error) {
  CsvTable csv;
  CsvError csv_error;
  table.file = file;
  if (!parse_csv(text, ',', csv, csv_error)) {
    error = {file, csv_error.line, csv_error.column, csv_error.message};
    return false;
  }
  if (csv.records.empty()) {
    error = {file, 0, 0, "Het bestand is leeg."};
    return false;
  }
  table.header = std::move(csv.records.front().fields);
  table.rows.assign(std::make_move_iterator(csv.records.begin() + 1), std::make_move_iterator(csv.records.end()));
  for (const CsvRecord& row : table.rows) {
    if (row.fields.size() != table.header.size()) {
      error = {file, row.line, 0,
               "Deze regel heeft " + std::to_string(row.fields.size()) + " velden, de kop " +
                   std::to_string(table.header.size()) + "."};
      return false;
    }
  }
  return true;
}

// Column indices for `names`, or an error naming the first missing one.
bool require_columns(const Table& table, std::initializer_list<const char*> names, std::vector<int>& columns,
                     LoadError& error) {
  columns.clear();
  for (const char* name : names) {
    const int c = table.column(name);
    if (c < 0) {
      error = {table.file, 1, 0, std::string("De kolom \"") + name + "\" ontbreekt."};
      return false;
    }
    columns.push_back(c);
  }
  return true;
}

const std::string& field(const CsvRecord& row, int column) { return row.fields[static_cast<std::size_t>(column)]; }

int region_index(const std::vector<Region>& regions, std::string_view code) {
  for (std::size_t i = 0; i < regions.size(); ++i) {
    if (regions[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

bool load_regions(const DataFiles& files, int year, Dataset& out, LoadError& error) {
  Table table;
  if (!read_table(files.regios, "data/regios.csv", table, error)) return false;
  std::vector<int> c;
  if (!require_columns(table, {"jaar", "soort", "code", "naam"}, c, error)) return false;
  const std::string year_text = std::to_string(year);
  for (const CsvRecord& row : table.rows) {
    if (field(row, c[0]) != year_text) continue;
    Region region{field(row, c[2]), field(row, c[3])};
    if (field(row, c[1]) == "jeugdregio") {
      out.jeugdregios.push_back(std::move(region));
    } else if (field(row, c[1]) == "provincie") {
      out.provincies.push_back(std::move(region));
    } else {
      error = {table.file, row.line, static_cast<std::size_t>(c[1]) + 1,
               "Onbekende soort regio \"" + field(row, c[1]) + "\" (jeugdregio of provincie)."};
      return false;
    }
  }
  auto by_code = [](const Region& a, const Region& b) { return a.code < b.code; };
  std::sort(out.jeugdregios.begin(), out.jeugdregios.end(), by_code);
  std::sort(out.provincies.begin(), out.provincies.end(), by_code);
  return true;
}

// Sets a gemeente's regions from its row, checking that they exist in that year.
bool assign_regions(const Table& table, const CsvRecord& row, int provincie_col, int jeugdregio_col, Dataset& data,
                    Gemeente& g, LoadError& error) {
  g.provincie = region_index(data.provincies, field(row, provincie_col));
  g.jeugdregio = region_index(data.jeugdregios, field(row, jeugdregio_col));
  if (g.provincie < 0 || g.jeugdregio < 0) {
    const bool prov = g.provincie < 0;
    error = {table.file, row.line, static_cast<std::size_t>(prov ? provincie_col : jeugdregio_col) + 1,
             std::string(prov ? "Provincie" : "Jeugdregio") + " \"" +
                 field(row, prov ? provincie_col : jeugdregio_col) + "\" van " + g.code +
                 " staat niet in data/regios.csv voor " + std::to_string(data.year) + "."};
    return false;
  }
  return true;
}

}  // namespace

std::string LoadError::to_string() const {
  std::string out = file;
  if (line > 0) out += ", regel " + std::to_string(line);
  if (column > 0) out += ", kolom " + std::to_string(column);
  return out + ": " + message;
}

int Dataset::find_code(std::string_view code) const {
  const auto it = std::lower_bound(gemeenten.begin(), gemeenten.end(), code,
                                   [](const Gemeente& g, std::string_view c) { return g.code < c; });
  if (it == gemeenten.end() || it->code != code) return -1;
  return static_cast<int>(it - gemeenten.begin());
}

int Dataset::variable(std::string_view id) const {
  for (std::size_t i = 0; i < variables.size(); ++i) {
    if (variables[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

double Dataset::value(int g, int v) const {
  if (g < 0 || v < 0) return kNaN;
  const Gemeente& gemeente = gemeenten[static_cast<std::size_t>(g)];
  const auto vi = static_cast<std::size_t>(v);
  return vi < gemeente.values.size() ? gemeente.values[vi] : kNaN;
}

double estimate_youth_0_22(const Dataset& data, int g) {
  const double young = data.value(g, data.variable("jeugd_0_14"));
  const double older = data.value(g, data.variable("jeugd_15_24"));
  return data.gemeenten[static_cast<std::size_t>(g)].inwoners * (young + 0.8 * older) / 100.0;
}

double estimate_youth_0_17(const Dataset& data, int g) {
  const double young = data.value(g, data.variable("jeugd_0_14"));
  const double older = data.value(g, data.variable("jeugd_15_24"));
  return data.gemeenten[static_cast<std::size_t>(g)].inwoners * (young + 0.3 * older) / 100.0;
}

double estimate_households(const Dataset& data, int g) {
  const double size = data.value(g, data.variable("huishoudgrootte"));
  return data.gemeenten[static_cast<std::size_t>(g)].inwoners / size;
}

bool load_variables(std::string_view text, std::vector<IndicatorMeta>& out, LoadError& error) {
  Table table;
  if (!read_table(text, "data/indicatoren.csv", table, error)) return false;
  std::vector<int> c;
  if (!require_columns(
          table,
          {"id", "rol", "naam", "naam_en", "eenheid", "richting", "definitie", "teller", "noemer", "doelgroep",
           "zorgvorm", "bron", "periode", "status", "bronveld", "buren", "model", "weging", "let_op"},
          c, error)) {
    return false;
  }
  out.clear();
  for (const CsvRecord& row : table.rows) {
    IndicatorMeta m;
    m.id = field(row, c[0]);
    auto bad = [&](int column, const char* what) {
      error = {table.file, row.line, static_cast<std::size_t>(c[static_cast<std::size_t>(column)]) + 1,
               std::string("Onbekende ") + what + " \"" + field(row, c[static_cast<std::size_t>(column)]) + "\" bij " +
                   m.id + "."};
      return false;
    };
    if (!parse_role(field(row, c[1]), m.role)) return bad(1, "rol");
    m.name = field(row, c[2]);
    m.name_en = field(row, c[3]);
    if (!parse_unit(field(row, c[4]), m.unit)) return bad(4, "eenheid");
    if (!parse_direction(field(row, c[5]), m.direction)) return bad(5, "richting");
    m.definition = field(row, c[6]);
    m.numerator = field(row, c[7]);
    m.denominator = field(row, c[8]);
    m.population = field(row, c[9]);
    m.care_type = field(row, c[10]);
    m.source = field(row, c[11]);
    m.period = field(row, c[12]);
    if (!parse_status(field(row, c[13]), m.status)) return bad(13, "status");
    m.source_field = field(row, c[14]);
    m.in_peer_distance = field(row, c[15]) == "1";
    m.in_model = field(row, c[16]) == "1";
    if (!parse_merge_weight(field(row, c[17]), m.merge_weight)) return bad(17, "weging");
    m.caveat = field(row, c[18]);
    out.push_back(std::move(m));
  }
  return true;
}

bool load_dataset_2021(const DataFiles& files, Dataset& out, LoadError& error) {
  out = Dataset{};
  out.year = 2021;
  if (!load_variables(files.indicatoren, out.variables, error)) return false;
  if (!load_regions(files, 2021, out, error)) return false;

  Table table;
  if (!read_table(files.gemeenten_2021, "data/gemeenten_2021.csv", table, error)) return false;
  std::vector<int> c;
  if (!require_columns(table, {"code", "naam", "provincie", "jeugdregio", "inwoners"}, c, error)) { return false; }
  // Every variable has its column; values may be empty (unknown).
  std::vector<int> value_columns;
  for (const IndicatorMeta& m : out.variables) {
    const int col = table.column(m.id);
    if (col < 0) {
      error = {table.file, 1, 0, "De kolom \"" + m.id + "\" (uit data/indicatoren.csv) ontbreekt."};
      return false;
    }
    value_columns.push_back(col);
  }

  for (const CsvRecord& row : table.rows) {
    Gemeente g;
    g.code = field(row, c[0]);
    g.name = field(row, c[1]);
    if (!assign_regions(table, row, c[2], c[3], out, g, error)) return false;
    if (!parse_plain_decimal(field(row, c[4]), g.inwoners)) {
      error = {table.file, row.line, static_cast<std::size_t>(c[4]) + 1,
               "Het aantal inwoners van " + g.code + " is geen getal: \"" + field(row, c[4]) + "\"."};
      return false;
    }
    for (const int col : value_columns) {
      const std::string& text = field(row, col);
      double v = kNaN;
      if (!text.empty() && !parse_plain_decimal(text, v)) {
        error = {
            table.file, row.line, static_cast<std::size_t>(col) + 1,
            "\"" + text + "\" is geen getal (" + table.header[static_cast<std::size_t>(col)] + " van " + g.code + ")."};
        return false;
      }
      g.values.push_back(v);
    }
    g.search_name = fold_for_search(g.name);
    out.gemeenten.push_back(std::move(g));
  }
  std::sort(out.gemeenten.begin(), out.gemeenten.end(),
            [](const Gemeente& a, const Gemeente& b) { return a.code < b.code; });
  for (std::size_t i = 1; i < out.gemeenten.size(); ++i) {
    if (out.gemeenten[i].code == out.gemeenten[i - 1].code) {
      error = {table.file, 0, 0, "De gemeentecode " + out.gemeenten[i].code + " staat er twee keer in."};
      return false;
    }
  }
  return true;
}

bool derive_dataset_2025(const Dataset& d2021, const DataFiles& files, Dataset& out, LoadError& error) {
  out = Dataset{};
  out.year = 2025;
  out.variables = d2021.variables;
  if (!load_regions(files, 2025, out, error)) return false;

  Table gemeenten;
  if (!read_table(files.gemeenten_2025, "data/gemeenten_2025.csv", gemeenten, error)) return false;
  std::vector<int> c;
  if (!require_columns(gemeenten, {"code", "naam", "provincie", "jeugdregio"}, c, error)) return false;

  Table herindeling;
  if (!read_table(files.herindeling, "data/herindeling_2021_2025.csv", herindeling, error)) return false;
  std::vector<int> h;
  if (!require_columns(herindeling, {"code_2021", "code_2025"}, h, error)) return false;
  std::map<std::string, std::vector<int>, std::less<>> predecessors;  // 2025 code -> 2021 indices
  for (const CsvRecord& row : herindeling.rows) {
    const int from = d2021.find_code(field(row, h[0]));
    if (from < 0) {
      error = {herindeling.file, row.line, static_cast<std::size_t>(h[0]) + 1,
               "De gemeente " + field(row, h[0]) + " bestaat niet in 2021."};
      return false;
    }
    predecessors[field(row, h[1])].push_back(from);
  }

  const int youth_young = d2021.variable("jeugd_0_14");
  const int youth_older = d2021.variable("jeugd_15_24");
  const int household_size = d2021.variable("huishoudgrootte");
  if (youth_young < 0 || youth_older < 0 || household_size < 0) {
    error = {"data/indicatoren.csv", 0, 0,
             "jeugd_0_14, jeugd_15_24 en huishoudgrootte zijn nodig om gemeenten samen te voegen."};
    return false;
  }

  for (const CsvRecord& row : gemeenten.rows) {
    Gemeente g;
    g.code = field(row, c[0]);
    g.name = field(row, c[1]);
    if (!assign_regions(gemeenten, row, c[2], c[3], out, g, error)) return false;
    const auto it = predecessors.find(g.code);
    if (it == predecessors.end()) {
      error = {gemeenten.file, row.line, 1, g.code + " heeft geen voorganger in data/herindeling_2021_2025.csv."};
      return false;
    }
    const std::vector<int>& from = it->second;
    g.inwoners = 0.0;
    for (const int p : from) {
      g.inwoners += d2021.gemeenten[static_cast<std::size_t>(p)].inwoners;
      g.predecessors.push_back(d2021.gemeenten[static_cast<std::size_t>(p)].code);
    }
    g.values.assign(d2021.variables.size(), kNaN);
    for (std::size_t v = 0; v < d2021.variables.size(); ++v) {
      if (from.size() == 1) {
        g.values[v] = d2021.value(from[0], static_cast<int>(v));
        continue;
      }
      double weighted = 0.0, total = 0.0;
      bool complete = true;
      for (const int p : from) {
        double w = 0.0;
        switch (d2021.variables[v].merge_weight) {
          case MergeWeight::Youth: w = estimate_youth_0_22(d2021, p); break;
          case MergeWeight::Inhabitants: w = d2021.gemeenten[static_cast<std::size_t>(p)].inwoners; break;
          case MergeWeight::Households: w = estimate_households(d2021, p); break;
        }
        const double x = d2021.value(p, static_cast<int>(v));
        if (std::isnan(x) || !(w > 0.0)) {
          complete = false;
          break;
        }
        weighted += w * x;
        total += w;
      }
      g.values[v] = complete ? weighted / total : kNaN;
    }
    g.search_name = fold_for_search(g.name);
    out.gemeenten.push_back(std::move(g));
  }
  std::sort(out.gemeenten.begin(), out.gemeenten.end(),
            [](const Gemeente& a, const Gemeente& b) { return a.code < b.code; });
  return true;
}

namespace {

// Names people use that CBS does not (folded).
struct Alias {
  const char* folded;
  const char* code;
};
constexpr Alias kAliases[] = {
    {"den haag", "GM0518"},                               // 's-Gravenhage
    {"den bosch", "GM0796"},                              // 's-Hertogenbosch
    {"s gravenhage", "GM0518"}, {"bergen nh", "GM0373"},  // Bergen (NH.)
    {"bergen l", "GM0893"},                               // Bergen (L.)
};

// "GM0402", "gm402", "0402", "402" -> "GM0402"; anything else -> "".
std::string normalise_code(std::string_view q) {
  std::string digits;
  std::size_t i = 0;
  if (q.size() >= 2 && (q[0] == 'G' || q[0] == 'g') && (q[1] == 'M' || q[1] == 'm')) i = 2;
  for (; i < q.size(); ++i) {
    if (q[i] < '0' || q[i] > '9') return {};
    digits += q[i];
  }
  if (digits.empty() || digits.size() > 4) return {};
  return "GM" + std::string(4 - digits.size(), '0') + digits;
}

constexpr std::size_t kMaxSuggestions = 5;

// How well a folded name matches folded typed text; lower is better. kNone: not at all.
enum Tier : int { kExact = 0, kPrefix = 1, kWordPrefix = 2, kContains = 3, kNone = 4 };

// `word` is " " + folded, made once per query: this runs for every gemeente on every cell a
// reader resolves.
int tier_of(std::string_view name, const std::string& folded, const std::string& word) {
  if (name == folded) return kExact;
  if (name.substr(0, folded.size()) == folded) return kPrefix;
  if (name.find(word) != std::string_view::npos) return kWordPrefix;
  if (name.find(folded) != std::string_view::npos) return kContains;
  return kNone;
}

// A gemeente's folded name: the loaders' copy, or folded here for a Gemeente made by hand.
std::string_view search_name(const Gemeente& g, std::string& scratch) {
  if (!g.search_name.empty() || g.name.empty()) return g.search_name;
  scratch = fold_for_search(g.name);
  return scratch;
}

// (tier, index) of every gemeente matching `query` by code, name or common name; best tier first,
// alphabetical within a tier. The one order behind find_gemeente and search_gemeenten.
std::vector<std::pair<int, int>> rank_gemeenten(const Dataset& data, std::string_view query) {
  std::vector<std::pair<int, int>> ranked;
  const std::string folded = fold_for_search(query);
  if (folded.empty()) return ranked;
  const std::string code = normalise_code(query);
  const std::string word = " " + folded;
  std::string scratch;
  for (std::size_t i = 0; i < data.gemeenten.size(); ++i) {
    const Gemeente& g = data.gemeenten[i];
    int tier = g.code == code ? kExact : tier_of(search_name(g, scratch), folded, word);
    for (const Alias& alias : kAliases) {
      if (g.code == alias.code) tier = std::min(tier, tier_of(alias.folded, folded, word));
    }
    if (tier != kNone) ranked.emplace_back(tier, static_cast<int>(i));
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return data.gemeenten[static_cast<std::size_t>(a.second)].name <
           data.gemeenten[static_cast<std::size_t>(b.second)].name;
  });
  return ranked;
}

}  // namespace

GemeenteMatch find_gemeente(const Dataset& data, std::string_view query) {
  GemeenteMatch match;
  const std::vector<std::pair<int, int>> ranked = rank_gemeenten(data, query);
  if (!ranked.empty() && ranked.front().first == kExact) {
    match.index = ranked.front().second;
    match.exact = true;
    return match;
  }
  // Part of a name: taken only when it points at one gemeente; otherwise all of them, so the
  // person chooses ("Bergen" is Bergen (L.), Bergen (NH.) or Bergen op Zoom).
  std::vector<int> partial;
  for (const auto& [tier, index] : ranked) {
    if (tier <= kWordPrefix) partial.push_back(index);
  }
  if (partial.size() == 1) {
    match.index = partial.front();
    return match;
  }
  if (!partial.empty()) {
    match.ambiguous = true;
    partial.resize(std::min<std::size_t>(partial.size(), kMaxSuggestions));
    match.suggestions = std::move(partial);
    return match;
  }
  const std::string folded = fold_for_search(query);
  if (folded.empty()) return match;
  // Only suggestions within reach: about a third of the typed length.
  const std::size_t reach = std::max<std::size_t>(2, folded.size() / 3);
  std::vector<std::pair<std::size_t, int>> by_distance;  // (distance, index), those within reach
  std::string scratch;
  for (std::size_t i = 0; i < data.gemeenten.size(); ++i) {
    const std::string_view name = search_name(data.gemeenten[i], scratch);
    // A name that contains what was typed is a better guess than its spelling distance says.
    const std::size_t distance = name.find(folded) != std::string_view::npos
                                     ? (name == folded ? 0 : 1)
                                     : edit_distance_within(folded, name, reach);
    if (distance <= reach) by_distance.emplace_back(distance, static_cast<int>(i));
  }
  std::sort(by_distance.begin(), by_distance.end());
  for (std::size_t i = 0; i < by_distance.size() && match.suggestions.size() < kMaxSuggestions; ++i) {
    match.suggestions.push_back(by_distance[i].second);
  }
  return match;
}

std::vector<int> search_gemeenten(const Dataset& data, std::string_view query, std::size_t limit) {
  std::vector<int> out;
  for (const auto& [tier, index] : rank_gemeenten(data, query)) {
    if (out.size() >= limit) break;
    out.push_back(index);
  }
  return out;
}

}  // namespace jv
