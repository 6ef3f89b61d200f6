#include "core/figures.h"

#include <algorithm>
#include <cmath>

#include "core/detail.h"
#include "core/io/csv.h"
#include "core/iv3.h"
#include "core/text.h"

namespace jv {

FiguresStore::FiguresStore(const FiguresStore& other)
    : d2021(other.d2021),
      data(other.data),
      bench(other.bench),
      sources(other.sources),
      series(other.series),
      notes(other.notes) {
  bench.data = &data;
}

FiguresStore& FiguresStore::operator=(const FiguresStore& other) {
  if (this == &other) return *this;
  d2021 = other.d2021;
  data = other.data;
  bench = other.bench;
  bench.data = &data;
  sources = other.sources;
  series = other.series;
  notes = other.notes;
  return *this;
}

std::string series_id(std::string_view text) {
  // Folded (lower case, no accents, a space for every run of other characters), then words
  // joined by '-', and a word and a number apart: "jeugdzorg_tot23" -> "jeugdzorg-tot-23",
  // "regio_wachttijden.csv" -> "regio-wachttijden-csv".
  const std::string folded = fold_for_search(text);
  std::string out;
  for (const char c : folded) {
    if (c == ' ') {
      out += '-';
      continue;
    }
    if (!out.empty() && out.back() != '-' && is_digit(c) != is_digit(out.back())) out += '-';
    out += c;
  }
  return out;
}

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

bool load_sources(std::string_view text, std::vector<Source>& out, LoadError& error) {
  CsvTable table;
  CsvError csv_error;
  if (!parse_csv(text, ',', table, csv_error)) {
    error = {"data/bronnen.csv", csv_error.line, csv_error.column, csv_error.message};
    return false;
  }
  static constexpr const char* kColumns[] = {"id",       "uitgever",       "titel",   "tabel",
                                             "licentie", "bronvermelding", "bereikt", "let_op"};
  if (table.records.empty() || table.records.front().fields.size() != std::size(kColumns)) {
    error = {"data/bronnen.csv", 1, 0,
             "De kop moet id, uitgever, titel, tabel, licentie, bronvermelding, bereikt, let_op zijn."};
    return false;
  }
  for (std::size_t c = 0; c < std::size(kColumns); ++c) {
    if (table.records.front().fields[c] != kColumns[c]) {
      error = {"data/bronnen.csv", 1, c + 1, std::string("Hier hoort de kolom \"") + kColumns[c] + "\"."};
      return false;
    }
  }
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const auto& f = table.records[r].fields;
    if (f.size() != std::size(kColumns)) {
      error = {"data/bronnen.csv", table.records[r].line, 0, "Deze regel heeft niet 8 velden."};
      return false;
    }
    Source s;
    s.id = f[0];
    s.publisher = f[1];
    s.title = f[2];
    s.table = f[3];
    s.licence = f[4];
    s.attribution = f[5];
    s.reached = f[6];
    s.caveat = f[7];
    s.kind = SourceKind::Compiled;
    out.push_back(std::move(s));
  }
  return true;
}

int source_index(const FiguresStore& store, std::string_view id) {
  for (std::size_t i = 0; i < store.sources.size(); ++i) {
    if (store.sources[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

// KWB's variables (indicators and context figures) as series of one period each. Their period
// texts are the table's ("1 januari 2021", "KWB 2021 (inkomensjaar volgens CBS-toelichting)"):
// the period is what parses, else the table's year.
void add_kwb_series(FiguresStore& store, int source) {
  for (std::size_t v = 0; v < store.data.variables.size(); ++v) {
    const IndicatorMeta& m = store.data.variables[v];
    if (m.role == Role::Characteristic) continue;
    Series s;
    s.id = series_id(m.id);
    s.source = source;
    s.meta = m;
    Period p;
    std::string error;
    if (!parse_period(m.period, p, error)) {
      p = Period{};
      p.year = 2021;
    }
    s.periods.push_back(p);
    s.variables.push_back(static_cast<int>(v));
    store.series.push_back(std::move(s));
  }
}

}  // namespace

bool load_store(const DataFiles& files, FiguresStore& out, LoadError& error) {
  out = FiguresStore{};
  if (!load_dataset_2021(files, out.d2021, error) || !derive_dataset_2025(out.d2021, files, out.data, error)) {
    return false;
  }
  if (!load_sources(files.bronnen, out.sources, error)) return false;
  const int kwb = source_index(out, "kwb-2021");
  const int iv3 = source_index(out, "iv3");
  if (kwb < 0 || iv3 < 0) {
    error = {"data/bronnen.csv", 0, 0, "De bronnen kwb-2021 en iv3 ontbreken."};
    return false;
  }
  add_kwb_series(out, kwb);
  if (!add_iv3_series(out, files.iv3, iv3, error)) return false;
  rebuild_benchmark(out);
  return true;
}

void rebuild_benchmark(FiguresStore& store) { store.bench = make_benchmark(store.data); }

int find_series(const FiguresStore& store, std::string_view id_or_name) {
  for (std::size_t i = 0; i < store.series.size(); ++i) {
    if (store.series[i].id == id_or_name) return static_cast<int>(i);
  }
  const std::string folded = fold_for_search(id_or_name);
  if (folded.empty()) return -1;
  int found = -1;
  for (std::size_t i = 0; i < store.series.size(); ++i) {
    const Series& s = store.series[i];
    if (fold_for_search(s.id) == folded || fold_for_search(s.meta.id) == folded ||
        fold_for_search(s.meta.name) == folded) {
      if (found >= 0) return -1;  // two series of that name (one per source): say which
      found = static_cast<int>(i);
    }
  }
  return found;
}

int series_of_variable(const FiguresStore& store, int variable) {
  for (std::size_t i = 0; i < store.series.size(); ++i) {
    const std::vector<int>& vars = store.series[i].variables;
    if (std::find(vars.begin(), vars.end(), variable) != vars.end()) return static_cast<int>(i);
  }
  return -1;
}

int variable_at(const FiguresStore& store, int series, const Period& period) {
  if (series < 0 || idx(series) >= store.series.size()) return -1;
  const Series& s = store.series[idx(series)];
  for (std::size_t i = 0; i < s.periods.size(); ++i) {
    if (s.periods[i] == period) return s.variables[i];
  }
  return -1;
}

int latest_variable(const FiguresStore& store, int series) {
  if (series < 0 || idx(series) >= store.series.size()) return -1;
  const Series& s = store.series[idx(series)];
  return s.variables.empty() ? -1 : s.variables.back();
}

const SeriesBreak* break_at(const Series& series, const Period& period) {
  for (const SeriesBreak& b : series.breaks) {
    if (b.period == period) return &b;
  }
  return nullptr;
}

int add_period(FiguresStore& store, int series, const Period& period, const std::string& period_text, Status status,
               std::vector<double> values, std::vector<double> denominators) {
  Series& s = store.series[idx(series)];
  IndicatorMeta meta = s.meta;
  meta.id = s.id + "@" + period.label();
  meta.period = period_text;
  meta.status = status;
  const int v = static_cast<int>(store.data.variables.size());
  store.data.variables.push_back(std::move(meta));
  for (std::size_t g = 0; g < store.data.gemeenten.size(); ++g) {
    store.data.gemeenten[g].values.push_back(g < values.size() ? values[g] : kNaN);
  }
  store.data.denominators.resize(store.data.variables.size());
  store.data.denominators.back() = std::move(denominators);
  // Keep the periods ascending.
  std::size_t at = 0;
  while (at < s.periods.size() && compare_periods(s.periods[at], period) < 0) ++at;
  s.periods.insert(s.periods.begin() + static_cast<std::ptrdiff_t>(at), period);
  s.variables.insert(s.variables.begin() + static_cast<std::ptrdiff_t>(at), v);
  s.meta.period = store.data.variables[idx(s.variables.back())].period;
  return v;
}

bool remove_source(FiguresStore& store, int source) {
  if (source < 0 || idx(source) >= store.sources.size()) return false;
  const std::size_t n = store.data.variables.size();
  std::vector<bool> drop(n, false);
  for (const Series& s : store.series) {
    if (s.source != source) continue;
    for (const int v : s.variables) drop[idx(v)] = true;
  }
  std::vector<int> moved(n, -1);
  int next = 0;
  for (std::size_t v = 0; v < n; ++v) {
    if (!drop[v]) moved[v] = next++;
  }
  auto keep = [&](auto& list) {
    std::size_t out = 0;
    for (std::size_t v = 0; v < list.size() && v < n; ++v) {
      if (drop[v]) continue;
      if (out != v) list[out] = std::move(list[v]);
      ++out;
    }
    list.resize(out);
  };
  keep(store.data.variables);
  keep(store.data.denominators);
  for (Gemeente& g : store.data.gemeenten) keep(g.values);
  std::vector<Series> series;
  for (Series& s : store.series) {
    if (s.source == source) continue;
    if (s.source > source) --s.source;
    for (int& v : s.variables) v = moved[idx(v)];
    series.push_back(std::move(s));
  }
  store.series = std::move(series);
  std::map<std::pair<int, int>, std::string> notes;
  for (auto& [key, text] : store.notes) {
    if (key.first < 0 || idx(key.first) >= n || drop[idx(key.first)]) continue;
    notes[{moved[idx(key.first)], key.second}] = std::move(text);
  }
  store.notes = std::move(notes);
  store.sources.erase(store.sources.begin() + source);
  shrink_benchmark(store.bench, store.data, moved);
  return true;
}

int add_own_series(FiguresStore& store, const OwnData& own, const std::vector<Hidden>& hidden) {
  const std::size_t first_new = store.data.variables.size();
  // (file, indicator) -> period label -> value indices, gemeenten only, no breakdown.
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::vector<std::size_t>>> cells;
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const OwnValue& v = own.values[i];
    if (v.gemeente == "NL" || !v.breakdown.empty() || std::isnan(v.value)) continue;
    if (i < hidden.size() && hidden[i] != Hidden::No) continue;  // a small count stays out of every view
    cells[{v.file, v.indicator}][v.period.label()].push_back(i);
  }
  int added = 0;
  for (const auto& [key, by_period] : cells) {
    const auto& [file, indicator_id] = key;
    const OwnIndicator* ind = own.indicator(indicator_id);
    if (!ind) continue;
    int series = -1;
    for (const auto& [label, idxs] : by_period) {
      if (idxs.size() < 3) continue;  // a group needs the gemeente and at least two others
      if (series < 0) {
        int source = -1;
        for (std::size_t s = 0; s < store.sources.size(); ++s) {
          if (store.sources[s].kind == SourceKind::Own && store.sources[s].file_name == file)
            source = static_cast<int>(s);
        }
        if (source < 0) {
          Source src;
          src.id = "eigen:" + file;
          src.publisher = "Uw bestand";
          src.title = file;
          src.file_name = file;
          src.kind = SourceKind::Own;
          src.reached = "uw eigen bestand, alleen in deze pagina";
          src.caveat =
              "Eigen cijfers: de definitie is die van uw bestand. Ze worden vergeleken met de andere "
              "gemeenten in hetzelfde bestand, niet met de landelijke benchmark.";
          store.sources.push_back(std::move(src));
          source = static_cast<int>(store.sources.size()) - 1;
        }
        Series s;
        s.id = "eigen-" + series_id(file) + "-" + series_id(ind->meta.id);
        s.source = source;
        s.meta = ind->meta;
        s.meta.id = s.id;
        s.meta.role = Role::Indicator;
        s.meta.source = "Uw bestand " + file;
        s.meta.merge_weight = MergeWeight::Inhabitants;
        store.series.push_back(std::move(s));
        series = static_cast<int>(store.series.size()) - 1;
        ++added;
      }
      const std::size_t n = store.data.gemeenten.size();
      std::vector<double> values(n, kNaN), denominators(n, kNaN);
      bool fractions = true;  // numerator and denominator for every figure
      Status status = Status::Definitive;
      for (const std::size_t i : idxs) {
        const OwnValue& v = own.values[i];
        const int g = store.data.find_code(v.gemeente);
        if (g < 0) continue;
        values[static_cast<std::size_t>(g)] = v.value;
        denominators[static_cast<std::size_t>(g)] = v.denominator;
        fractions = fractions && !std::isnan(v.numerator) && !std::isnan(v.denominator);
        if (v.status == Status::Provisional) status = Status::Provisional;
      }
      const Period& period = own.values[idxs.front()].period;
      const int v = add_period(store, series, period, period.label(), status, std::move(values),
                               fractions ? std::move(denominators) : std::vector<double>{});
      store.data.variables[static_cast<std::size_t>(v)].descriptive = !fractions;
    }
    if (series >= 0) {
      // The series' own meta follows its latest column.
      Series& s = store.series[static_cast<std::size_t>(series)];
      s.meta.descriptive = store.data.variables[static_cast<std::size_t>(s.variables.back())].descriptive;
    }
  }
  if (added > 0) extend_benchmark(store.bench, store.data, first_new);
  return added;
}

Group group_in_file(const FiguresStore& store, int variable) {
  Group group;
  group.kind = GroupKind::Custom;
  for (std::size_t g = 0; g < store.data.gemeenten.size(); ++g) {
    if (!std::isnan(store.data.value(static_cast<int>(g), variable))) group.members.push_back(static_cast<int>(g));
  }
  group.name = "Gemeenten in uw bestand (" + std::to_string(group.members.size()) + ")";
  return group;
}

}  // namespace jv
