#include "cli/commands.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include "core/breakdown.h"
#include "core/compare.h"
#include "core/dataset.h"
#include "core/explain.h"
#include "core/figures.h"
#include "core/flows.h"
#include "core/format.h"
#include "core/io/json.h"
#include "core/owndata.h"
#include "core/statline.h"
#include "core/text.h"
#include "data/embedded_data.h"

namespace jv::cli {

namespace {

constexpr const char* kAttribution = "Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED), CC BY 4.0";

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// The file's bytes. A file over `limit` (an own-data file's ReadOptions::max_bytes) is refused
// by its size before a byte is read, with the app's message (own_file_too_large_message) in
// `too_large`: reading a 1 GB file whole to refuse it then took 18 s.
bool read_bytes(const std::string& path, std::vector<std::uint8_t>& out, std::string* too_large = nullptr,
                std::size_t limit = ReadOptions{}.max_bytes) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > limit && too_large) {
    *too_large = own_file_too_large_message(static_cast<std::size_t>(size), limit);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  out.assign(text.begin(), text.end());
  return true;
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The figures store (compiled in, plus every --bron file), loaded once per run, and the 2021
// boundaries' benchmark for --jaar 2021.
struct Data {
  FiguresStore store;
  Benchmark bench2021;
  bool y2021 = false;
  const Dataset& data() const { return y2021 ? store.d2021 : store.data; }
  const Benchmark& bench() const { return y2021 ? bench2021 : store.bench; }
};

bool load(Data& data, const Options& options) {
  LoadError error;
  if (!load_store(embedded_data_files(), data.store, error)) {
    std::fprintf(stderr, "De ingebouwde gegevens zijn onleesbaar: %s\n", error.to_string().c_str());
    return false;
  }
  for (const std::string& path : options.bron) {
    std::vector<std::uint8_t> bytes;
    std::string too_large;
    if (!read_bytes(path, bytes, &too_large)) {
      if (!too_large.empty()) {
        std::fprintf(stderr, "%s: %s\n%s: niet geladen als benchmark.\n", base_name(path).c_str(), too_large.c_str(),
                     base_name(path).c_str());
      } else {
        std::fprintf(stderr, "%s: kan het bestand niet openen. Bestaat het, en mag het gelezen worden?\n",
                     path.c_str());
      }
      return false;
    }
    ReadReport report;
    const int source = add_benchmark_source(data.store, base_name(path), bytes, report);
    for (const Problem& p : report.problems) std::fprintf(stderr, "%s\n", p.to_string().c_str());
    if (source < 0) {
      std::fprintf(stderr, "%s: niet geladen als benchmark.\n", base_name(path).c_str());
      return false;
    }
    for (const std::string& n : report.notes) std::fprintf(stderr, "%s: %s\n", report.file.c_str(), n.c_str());
  }
  data.y2021 = options.jaar == 2021;
  if (data.y2021) data.bench2021 = make_benchmark(data.store.d2021);
  return true;
}

// The series `options.indicator` names, and its column in `options.periode` (else the latest);
// both -1 with the message printed.
struct Chosen {
  int series = -1, variable = -1;
};
Chosen chosen_series(const FiguresStore& store, const Options& options) {
  Chosen c;
  std::string message;
  c.series = resolve_series(store, options.indicator, message);
  if (c.series < 0) {
    std::fprintf(stderr, "%s\n", message.c_str());
    return c;
  }
  const Series& s = store.series[idx(c.series)];
  if (options.periode.empty()) {
    c.variable = latest_variable(store, c.series);
    return c;
  }
  Period p;
  std::string why;
  parse_period(options.periode, p, why);  // checked by parse_options
  c.variable = variable_at(store, c.series, p);
  if (c.variable < 0) {
    std::string periods;
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
      periods += (i == 0 ? "" : i + 1 == s.periods.size() ? " en " : ", ") + s.periods[i].label();
    }
    std::fprintf(stderr, "De reeks %s heeft geen cijfers over %s; wel over %s.\n", s.id.c_str(), p.label().c_str(),
                 periods.c_str());
    c.series = -1;
  }
  return c;
}

const Source* source_of(const FiguresStore& store, int series) {
  if (series < 0) return nullptr;
  const int src = store.series[idx(series)].source;
  return src >= 0 && idx(src) < store.sources.size() ? &store.sources[idx(src)] : nullptr;
}

std::string attribution_of(const FiguresStore& store, int series) {
  const Source* src = source_of(store, series);
  if (!src) return kAttribution;
  return src->attribution + (src->licence.empty() ? "" : ", " + src->licence);
}

// The message of resolve_gemeente, printed; -1 then.
int gemeente_or_explain(const Dataset& data, const std::string& query) {
  std::string message;
  const int g = resolve_gemeente(data, query, message);
  if (g < 0) std::fprintf(stderr, "%s\n", message.c_str());
  return g;
}

// Pads UTF-8 text to `width` characters (not bytes), for aligned columns.
std::string pad(const std::string& text, std::size_t width, bool right = false) {
  std::size_t chars = 0;
  for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (chars >= width) return text;
  const std::string fill(width - chars, ' ');
  return right ? fill + text : text + fill;
}

const char* funnel_id(stats::FunnelVerdict f) {
  switch (f) {
    case stats::FunnelVerdict::Unknown: return "onbekend";
    case stats::FunnelVerdict::Below998: return "onder 99,8%";
    case stats::FunnelVerdict::Below95: return "onder 95%";
    case stats::FunnelVerdict::Within: return "binnen";
    case stats::FunnelVerdict::Above95: return "boven 95%";
    case stats::FunnelVerdict::Above998: return "boven 99,8%";
  }
  return "";
}

std::vector<GroupKind> selected_groups(const Options& options, bool& ok) {
  ok = true;
  if (options.groep.empty()) return {std::begin(kAllGroupKinds), std::end(kAllGroupKinds)};
  GroupKind kind;
  if (!parse_group_kind(options.groep, kind) || kind == GroupKind::Custom) {
    std::fprintf(stderr,
                 "Onbekende groep \xE2\x80\x9E%s\xE2\x80\x9D. Kies jeugdregio, provincie, "
                 "grootteklasse, buren of nederland.\n",
                 options.groep.c_str());
    ok = false;
    return {};
  }
  return {kind};
}

// An own figure in JSON: its value (null where missing: JsonWriter writes NaN so), or where it is
// hidden the text shown in its place and why.
void write_own_value(JsonWriter& w, const IndicatorMeta& meta, double value, Hidden hidden) {
  if (hidden == Hidden::No) {
    w.key("waarde").value(value);
    return;
  }
  w.key("waarde").value(format_own_cell(meta, value, hidden)).key("verborgen").value(hidden_explanation(hidden));
}

void write_group_json(JsonWriter& w, const Dataset& data, const Group& group, const Comparison& c) {
  w.begin_object();
  w.key("soort").value(group_kind_id(group.kind));
  w.key("naam").value(group.name);
  w.key("leden").value(group.members.size());
  w.key("leden_met_waarde").value(c.members);
  w.key("gemiddelde").value(c.mean);
  w.key("gewogen_gemiddelde").value(c.weighted_mean);
  w.key("mediaan").value(c.median);
  w.key("q1").value(c.q1);
  w.key("q3").value(c.q3);
  w.key("min").value(c.min);
  w.key("max").value(c.max);
  w.key("sd").value(c.sd);
  w.key("rang").value(c.rank);
  w.key("gerangschikt").value(c.ranked);
  w.key("percentiel").value(c.percentile);
  w.key("verschil_punten").value(c.diff_points);
  w.key("verschil_procent").value(c.diff_percent);
  w.key("z").value(c.z);
  w.key("trechter").value(funnel_id(c.funnel));
  w.key("trechter_95").begin_array().value(c.funnel95.lo).value(c.funnel95.hi).end_array();
  w.key("trechter_998").begin_array().value(c.funnel998.lo).value(c.funnel998.hi).end_array();
  w.key("oordeel").value(verdict_label(c.verdict));
  w.key("referentie")
      .begin_object()
      .key("soort")
      .value(reference_label(c.reference))
      .key("waarde")
      .value(c.reference_value)
      .end_object();
  w.key("uitleg").value(verdict_explanation(c, data.variables[idx(c.variable)], group));
  w.key("gemeenten").begin_array();
  for (const int m : group.members) w.value(data.gemeenten[idx(m)].code);
  w.end_array();
  w.end_object();
}

// Reads own figures as the app does; prints every problem to stderr. False when refused.
bool load_own(const std::string& path, const Options& options, const Dataset& d2025, OwnData& own, ReadReport& report) {
  std::vector<std::uint8_t> bytes;
  std::string too_large;
  if (!read_bytes(path, bytes, &too_large)) {
    report.file = base_name(path);
    if (too_large.empty()) {
      std::fprintf(stderr, "%s: kan het bestand niet openen. Bestaat het, en mag het gelezen worden?\n", path.c_str());
    } else {
      // As read_own_data refuses it, without reading it first.
      Problem p;
      p.file = report.file;
      p.message = too_large;
      p.fatal = true;
      report.problems.push_back(std::move(p));
    }
    return false;
  }
  ReadOptions ro;
  ro.sheet = options.blad;
  ro.period = options.periode;
  if (!options.gemeente.empty()) {
    const GemeenteMatch m = find_gemeente(d2025, options.gemeente);
    if (m.index >= 0) ro.default_gemeente = d2025.gemeenten[idx(m.index)].code;
  }
  return read_own_data(base_name(path), bytes, ro, d2025, own, report);
}

// Every problem, and when only the period was missing, how to give it here.
void print_problems(const ReadReport& report) {
  for (const Problem& p : report.problems) std::fprintf(stderr, "%s\n", p.to_string().c_str());
  if (report.needs_period) std::fputs("Geef de periode op met --periode, bijvoorbeeld --periode 2024.\n", stderr);
}

}  // namespace

int run_controleer(const Options& options) {
  if (options.file.empty()) {
    std::fputs("Geef het bestand op: jeugdvergelijker controleer mijn-cijfers.csv\n", stderr);
    return 2;
  }
  Data all;
  if (!load(all, options)) return 1;
  OwnData own;
  ReadReport report;
  const bool ok = load_own(options.file, options, all.store.data, own, report);
  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("bestand").value(report.file).key("bruikbaar").value(ok).key("vorm").value(report.format);
    w.key("codering").value(report.encoding);
    w.key("rijen")
        .value(report.rows_read)
        .key("overgeslagen")
        .value(report.rows_skipped)
        .key("waarden")
        .value(report.values);
    w.key("gemeenten").begin_array();
    for (const std::string& g : report.gemeenten) w.value(g);
    w.end_array();
    w.key("indicatoren").begin_array();
    for (const std::string& i : report.indicators) w.value(i);
    w.end_array();
    w.key("perioden").begin_array();
    for (const std::string& p : report.periods) w.value(p);
    w.end_array();
    w.key("meldingen").begin_array();
    for (const Problem& p : report.problems) {
      w.begin_object().key("rij").value(p.row).key("kolom").value(p.column).key("cel").value(p.cell);
      w.key("fataal").value(p.fatal).key("melding").value(p.message).key("tekst").value(p.to_string()).end_object();
    }
    w.end_array();
    w.key("periode_nodig").value(report.needs_period);
    w.key("opmerkingen").begin_array();
    for (const std::string& n : report.notes) w.value(n);
    w.end_array();
    // What each column of a StatLine export was read as, and every figure read (small counts and
    // what would give one away as own figures hide them: as the app shows them).
    w.key("titel").value(report.title);
    w.key("kolommen").begin_array();
    for (const ReadColumn& c : report.columns) {
      const OwnIndicator* ind = own.indicator(c.indicator);
      w.begin_object().key("kolom").value(c.column).key("onderwerp").value(c.header).key("eenheid_geschreven");
      w.value(c.unit).key("indicator").value(c.indicator);
      w.key("eenheid").value(ind ? unit_label(ind->meta.unit) : "").end_object();
    }
    w.end_array();
    const std::vector<Hidden> hidden = own_disclosure(own);
    w.key("cijfers").begin_array();
    for (std::size_t i = 0; i < own.values.size(); ++i) {
      const OwnValue& v = own.values[i];
      const OwnIndicator* ind = own.indicator(v.indicator);
      if (!ind) continue;
      w.begin_object().key("gemeente").value(v.gemeente).key("indicator").value(v.indicator);
      w.key("eenheid").value(unit_label(ind->meta.unit));
      w.key("uitsplitsing").value(v.breakdown).key("periode").value(v.period.label());
      w.key("status").value(status_label(v.status));
      write_own_value(w, ind->meta, v.value, hidden[i]);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return ok ? 0 : 1;
  }
  print_problems(report);
  if (!ok) {
    if (report.problems.empty()) return 1;
    std::fprintf(stderr, "Niet geladen.\n");
    return 1;
  }
  std::printf("%s: %zu waarden gelezen uit %zu rijen (%zu overgeslagen); %s, %s.\n", report.file.c_str(), report.values,
              report.rows_read, report.rows_skipped, report.format.c_str(), report.encoding.c_str());
  auto list = [](const char* what, const std::vector<std::string>& items) {
    std::printf("  %s (%zu):", what, items.size());
    for (std::size_t i = 0; i < items.size(); ++i) std::printf("%s %s", i ? "," : "", items[i].c_str());
    std::printf("\n");
  };
  list("gemeenten", report.gemeenten);
  list("indicatoren", report.indicators);
  list("perioden", report.periods);
  for (const std::string& n : report.notes) std::printf("  let op: %s\n", n.c_str());
  return 0;
}

namespace {

void print_own_figures(const Dataset& d2025, const OwnData& own, const std::string& code, bool json, JsonWriter* w) {
  if (json) w->key("eigen").begin_array();
  std::vector<std::string> reasons;
  // Counts below 10, and counts that would give one away by subtraction, never leave as a number.
  const std::vector<Hidden> hidden = own_disclosure(own);
  std::vector<Hidden> kinds_shown;
  // The indicators in the file's order; within one, breakdowns by age (0-3, 4-11, 12-17, 18+,
  // total last) and periods oldest first.
  std::vector<std::size_t> rows;
  std::vector<std::string> indicators;
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const OwnValue& v = own.values[i];
    if (v.gemeente != code) continue;
    rows.push_back(i);
    if (std::find(indicators.begin(), indicators.end(), v.indicator) == indicators.end())
      indicators.push_back(v.indicator);
  }
  auto position = [&](const std::string& id) {
    return std::find(indicators.begin(), indicators.end(), id) - indicators.begin();
  };
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t ia, std::size_t ib) {
    const OwnValue& a = own.values[ia];
    const OwnValue& b = own.values[ib];
    if (a.indicator != b.indicator) return position(a.indicator) < position(b.indicator);
    if (a.breakdown != b.breakdown) return breakdown_less(a.breakdown, b.breakdown);
    return a.period.start_day() < b.period.start_day();
  });
  for (const std::size_t i : rows) {
    const OwnValue& v = own.values[i];
    const OwnIndicator* ind = own.indicator(v.indicator);
    if (!ind) continue;
    const Comparability cmp = check_comparability(*ind, v.period, d2025);
    const std::string shown = format_own_cell(ind->meta, v.value, hidden[i]);
    if (hidden[i] != Hidden::No && std::find(kinds_shown.begin(), kinds_shown.end(), hidden[i]) == kinds_shown.end()) {
      kinds_shown.push_back(hidden[i]);
    }
    if (json) {
      w->begin_object().key("indicator").value(ind->meta.id).key("naam").value(ind->meta.name);
      w->key("eenheid").value(unit_label(ind->meta.unit));
      w->key("uitsplitsing").value(v.breakdown).key("periode").value(v.period.label());
      write_own_value(*w, ind->meta, v.value, hidden[i]);
      w->key("vergelijkbaar").value(cmp.comparable).key("toelichting").value(cmp.reason);
      w->key("bron").value(v.source.empty() ? v.file : v.source).end_object();
    } else {
      std::printf("  %s %s %s  %s\n", pad(ind->meta.name + (v.breakdown.empty() ? "" : ", " + v.breakdown), 58).c_str(),
                  pad(v.period.label(), 11).c_str(), pad(shown, 14, true).c_str(),
                  cmp.comparable ? "vergelijkbaar met de benchmark" : "niet vergelijkbaar");
      // The reason once per indicator and reason, below the list: it is the same for every row.
      const std::string line = ind->meta.name + ": " + cmp.reason;
      if (std::find(reasons.begin(), reasons.end(), line) == reasons.end()) reasons.push_back(line);
    }
  }
  if (json) w->end_array();
  for (const std::string& line : reasons) std::printf("  * %s\n", line.c_str());
  if (!json) {
    for (const Hidden kind : kinds_shown) std::printf("  * %s\n", hidden_explanation(kind));
  }
}

}  // namespace

int resolve_gemeente(const Dataset& data, const std::string& query, std::string& message) {
  message.clear();
  if (query.empty()) {
    message = "Geef een gemeente op met --gemeente, bijvoorbeeld --gemeente GM0402 of --gemeente Hilversum.";
    return -1;
  }
  const GemeenteMatch match = find_gemeente(data, query);
  if (match.index >= 0) return match.index;
  std::string names;
  for (std::size_t i = 0; i < match.suggestions.size(); ++i) {
    const Gemeente& g = data.gemeenten[idx(match.suggestions[i])];
    names += (i == 0 ? " " : ", ") + g.name + " (" + g.code + ")";
  }
  const std::string quoted = "\xE2\x80\x9E" + query + "\xE2\x80\x9D";
  const std::string year = "(gemeentegrenzen " + std::to_string(data.year) + ")";
  if (match.ambiguous) {
    // Never a guess between gemeenten: the person says which one.
    message = quoted + " past bij meer dan \xC3\xA9\xC3\xA9n gemeente " + year + ":" + names +
              ". Geef de volledige naam of de code.";
  } else {
    message = "Onbekende gemeente " + quoted + " " + year + ".";
    if (!names.empty()) message += " Bedoelt u:" + names + "?";
  }
  return -1;
}

int resolve_series(const FiguresStore& store, const std::string& query, std::string& message) {
  message.clear();
  if (query.empty()) {
    message =
        "Geef een indicator op met --indicator, bijvoorbeeld --indicator jeugdzorg-tot-23. Zie: jeugdvergelijker "
        "indicatoren";
    return -1;
  }
  const int found = find_series(store, query);
  if (found >= 0) return found;
  const std::string quoted = "\xE2\x80\x9E" + query + "\xE2\x80\x9D";
  const std::string folded = fold_for_search(query);
  // One name, several series (one per source): the person says which.
  std::vector<std::size_t> same;
  for (std::size_t i = 0; i < store.series.size(); ++i) {
    const Series& s = store.series[i];
    if (fold_for_search(s.id) == folded || fold_for_search(s.meta.name) == folded) same.push_back(i);
  }
  if (same.size() > 1) {
    message = quoted + " past bij meer dan \xC3\xA9\xC3\xA9n reeks:";
    for (std::size_t i = 0; i < same.size(); ++i) {
      const Series& s = store.series[same[i]];
      const Source* src = source_of(store, static_cast<int>(same[i]));
      message += (i == 0 ? " " : ", ") + s.id + (src ? " (" + src->title + ")" : "");
    }
    message += ". Geef de id.";
    return -1;
  }
  // Close ids: every word typed starts a word of the id or the name, or the id is spelled almost so.
  auto words = [](const std::string& f) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < f.size()) {
      std::size_t end = f.find(' ', at);
      if (end == std::string::npos) end = f.size();
      out.push_back(f.substr(at, end - at));
      at = end + 1;
    }
    return out;
  };
  const std::vector<std::string> typed = words(folded);
  std::vector<std::pair<std::size_t, std::string>> close;  // (distance, id)
  for (const Series& s : store.series) {
    const std::string id = fold_for_search(s.id);
    std::vector<std::string> have = words(id);
    for (const std::string& w : words(fold_for_search(s.meta.name))) have.push_back(w);
    const bool all_words = !typed.empty() && std::all_of(typed.begin(), typed.end(), [&](const std::string& t) {
      return std::any_of(have.begin(), have.end(), [&](const std::string& h) { return h.rfind(t, 0) == 0; });
    });
    const std::size_t distance = edit_distance(folded, id);
    if (all_words) close.emplace_back(0, s.id);
    else if (distance <= std::max<std::size_t>(2, folded.size() / 4)) close.emplace_back(distance, s.id);
  }
  std::sort(close.begin(), close.end());
  message = "Onbekende indicator " + quoted + ".";
  if (!close.empty()) {
    message += " Bedoelt u:";
    for (std::size_t i = 0; i < close.size() && i < 5; ++i) message += (i == 0 ? " " : ", ") + close[i].second;
    message += "?";
  }
  message += " Zie: jeugdvergelijker indicatoren";
  return -1;
}

bool parse_options(int argc, char** argv, Options& out, std::string& error) {
  for (int i = 0; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--json") {
      out.json = true;
      continue;
    }
    if (!arg.empty() && arg[0] != '-') {
      if (!out.file.empty()) {
        error = "Eén bestand tegelijk, niet ook " + std::string(arg) + ".";
        return false;
      }
      out.file = std::string(arg);
      continue;
    }
    if (i + 1 >= argc) {
      error = "De optie " + std::string(arg) + " mist een waarde.";
      return false;
    }
    const std::string value = argv[++i];
    if (arg == "--gemeente") {
      out.gemeente = value;
    } else if (arg == "--groep") {
      out.groep = value;
    } else if (arg == "--eigen") {
      out.eigen = value;
    } else if (arg == "--bron") {
      out.bron.push_back(value);
    } else if (arg == "--blad") {
      out.blad = value;
    } else if (arg == "--periode" && (value == "jaar" || value == "kwartaal" || value == "maand")) {
      out.granularity = value;
    } else if (arg == "--periode") {
      Period p;
      std::string why;
      if (!parse_period(value, p, why)) {
        error = "--periode " + value + ": " + why;
        return false;
      }
      out.periode = value;
    } else if (arg == "--indicator") {
      out.indicator = value;
    } else if (arg == "--exportdatum") {
      int y = 0, m = 0, d = 0;
      if (value.size() != 10 || value[4] != '-' || !parse_calendar_date(value, y, m, d)) {
        error = "--exportdatum " + value +
                ": schrijf de dag waarop het bestand is gemaakt als JJJJ-MM-DD, bijvoorbeeld --exportdatum 2025-07-01.";
        return false;
      }
      out.exportdatum = days_from_civil(y, m, d);
    } else if (arg == "--jaar") {
      if (value != "2021" && value != "2025") {
        error = "--jaar kan 2021 of 2025 zijn, niet \xE2\x80\x9E" + value + "\xE2\x80\x9D.";
        return false;
      }
      out.jaar = std::atoi(value.c_str());
    } else if (arg == "--k") {
      char* end = nullptr;
      const long k = std::strtol(value.c_str(), &end, 10);
      if (end == value.c_str() || *end != '\0' || k < 1 || k > 100) {
        error = "--k moet een geheel getal van 1 tot en met 100 zijn, niet \xE2\x80\x9E" + value + "\xE2\x80\x9D.";
        return false;
      }
      out.k = static_cast<int>(k);
    } else {
      error = "Onbekende optie " + std::string(arg) + ".";
      return false;
    }
  }
  return true;
}

namespace {

// One figure of the comparison: a column of the store (a series in one period), or in 2021
// boundaries a KWB variable of store.d2021.
struct Entry {
  int variable = -1;
  int series = -1;
};

// The series of a 2021 entry: the KWB series with the variable's id.
int series_of_2021(const FiguresStore& store, const IndicatorMeta& meta) {
  for (std::size_t i = 0; i < store.series.size(); ++i) {
    if (store.series[i].meta.id == meta.id) return static_cast<int>(i);
  }
  return -1;
}

std::string note_of(const FiguresStore& store, bool y2021, int variable, int gemeente) {
  if (y2021) return {};
  const auto it = store.notes.find({variable, gemeente});
  return it == store.notes.end() ? std::string() : it->second;
}

const SeriesBreak* entry_break(const FiguresStore& store, const Entry& e, bool y2021) {
  if (y2021 || e.series < 0) return nullptr;
  const Series& s = store.series[idx(e.series)];
  for (std::size_t i = 0; i < s.variables.size(); ++i) {
    if (s.variables[i] == e.variable) return break_at(s, s.periods[i]);
  }
  return nullptr;
}

std::string period_label(const FiguresStore& store, const Entry& e) {
  if (e.series < 0) return {};
  const Series& s = store.series[idx(e.series)];
  for (std::size_t i = 0; i < s.variables.size(); ++i) {
    if (s.variables[i] == e.variable) return s.periods[i].label();
  }
  return s.periods.empty() ? std::string() : s.periods.front().label();
}

}  // namespace

int run_compare(const Options& options) {
  Data all;
  if (!load(all, options)) return 1;
  const Dataset& data = all.data();
  const Benchmark& bench = all.bench();
  const FiguresStore& store = all.store;
  const int g = gemeente_or_explain(data, options.gemeente);
  if (g < 0) return 2;
  bool ok = true;
  const std::vector<GroupKind> kinds = selected_groups(options, ok);
  if (!ok) return 2;

  // What to compare: every series at its latest period (2025), or every KWB figure (2021); or the
  // one --indicator names, in --periode.
  std::vector<Entry> entries;
  if (!options.indicator.empty()) {
    const Chosen c = chosen_series(store, options);
    if (c.series < 0) return 2;
    if (all.y2021) {
      const Series& s = store.series[idx(c.series)];
      const int v = store.d2021.variable(s.meta.id);
      if (v < 0) {
        std::fprintf(stderr,
                     "Met --jaar 2021 zijn alleen de Kerncijfers wijken en buurten 2021 te vergelijken; %s "
                     "komt uit een andere bron. Laat --jaar 2021 weg.\n",
                     s.id.c_str());
        return 2;
      }
      entries.push_back({v, c.series});
    } else {
      entries.push_back({c.variable, c.series});
    }
  } else if (all.y2021) {
    for (std::size_t v = 0; v < data.variables.size(); ++v) {
      if (data.variables[v].role == Role::Characteristic) continue;
      entries.push_back({static_cast<int>(v), series_of_2021(store, data.variables[v])});
    }
  } else {
    for (std::size_t i = 0; i < store.series.size(); ++i) {
      const int v = latest_variable(store, static_cast<int>(i));
      if (v >= 0) entries.push_back({v, static_cast<int>(i)});
    }
  }
  // The sources of what is shown, once each.
  std::string attribution;
  std::vector<int> sources;
  for (const Entry& e : entries) {
    const int src = e.series >= 0 ? store.series[idx(e.series)].source : -1;
    if (std::find(sources.begin(), sources.end(), src) != sources.end()) continue;
    sources.push_back(src);
    attribution += (attribution.empty() ? "" : "; ") + attribution_of(store, e.series);
  }

  std::vector<Group> groups;
  for (const GroupKind kind : kinds) groups.push_back(make_group(bench, g, kind, options.k));
  const Gemeente& gemeente = data.gemeenten[idx(g)];

  OwnData own;
  if (!options.eigen.empty()) {
    ReadReport report;
    Options own_options = options;
    own_options.gemeente = gemeente.code;
    if (!load_own(options.eigen, own_options, store.data, own, report)) {
      print_problems(report);
      return 1;
    }
    print_problems(report);
    for (const std::string& n : report.notes) std::fprintf(stderr, "%s: %s\n", report.file.c_str(), n.c_str());
  }

  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("gemeente").begin_object();
    w.key("code").value(gemeente.code);
    w.key("naam").value(gemeente.name);
    w.key("inwoners").value(gemeente.inwoners);
    w.key("jeugdregio").value(data.jeugdregios[idx(gemeente.jeugdregio)].name);
    w.key("provincie").value(data.provincies[idx(gemeente.provincie)].name);
    w.key("voorgangers").begin_array();
    for (const std::string& p : gemeente.predecessors) w.value(p);
    w.end_array();
    w.end_object();
    w.key("gemeentegrenzen").value(data.year);
    w.key("bron").value(attribution);
    w.key("indicatoren").begin_array();
    for (const Entry& e : entries) {
      const IndicatorMeta& meta = data.variables[idx(e.variable)];
      const int vi = e.variable;
      w.begin_object();
      // The column's id, as the app's test hook names a row: "jeugdzorg_tot23", "iv3-...-begroting@2025".
      w.key("id").value(meta.id);
      w.key("reeks").value(e.series >= 0 ? store.series[idx(e.series)].id : series_id(meta.id));
      w.key("naam").value(meta.name);
      w.key("eenheid").value(unit_label(meta.unit));
      w.key("richting").value(direction_label(meta.direction));
      w.key("periode").value(meta.period);
      w.key("reeks_periode").value(period_label(store, e));
      w.key("status").value(status_label(meta.status));
      w.key("bron").value(attribution_of(store, e.series));
      w.key("waarde").value(data.value(g, vi));
      w.key("opmerking").value(note_of(store, all.y2021, vi, g));
      const SeriesBreak* brk = entry_break(store, e, all.y2021);
      w.key("breuk");
      if (brk) w.value(brk->why);
      else w.null();
      w.key("noemer").value(denominator(bench, g, vi));
      w.key("noemer_geschat").value(meta.merge_weight != MergeWeight::Inhabitants);
      const Comparison first = compare(bench, g, vi, groups.front());
      w.key("verwacht").value(first.expected);
      w.key("residu").value(first.residual);
      w.key("zin").value(headline_sentence(first, meta, gemeente.name, groups.front()));
      w.key("groepen").begin_array();
      for (const Group& group : groups) write_group_json(w, data, group, compare(bench, g, vi, group));
      w.end_array();
      w.end_object();
    }
    w.end_array();
    if (!options.eigen.empty()) print_own_figures(store.data, own, gemeente.code, true, &w);
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }

  std::printf("%s (%s), %s inwoners, jeugdregio %s, provincie %s\n", gemeente.name.c_str(), gemeente.code.c_str(),
              format_count(gemeente.inwoners).c_str(), data.jeugdregios[idx(gemeente.jeugdregio)].name.c_str(),
              data.provincies[idx(gemeente.provincie)].name.c_str());
  if (!gemeente.predecessors.empty() && gemeente.predecessors.size() > 1) {
    std::printf("Samengevoegd uit:");
    for (const std::string& p : gemeente.predecessors) std::printf(" %s", p.c_str());
    std::printf(" (cijfers van 2021 gecombineerd)\n");
  }
  std::printf("Gemeentegrenzen %d. %s\n", data.year, attribution.c_str());
  for (const Entry& e : entries) {
    const IndicatorMeta& meta = data.variables[idx(e.variable)];
    const int vi = e.variable;
    const double value = data.value(g, vi);
    std::printf("\n%s \xE2\x80\x94 %s, %s [%s]\n", meta.name.c_str(), meta.period.c_str(),
                direction_label(meta.direction),
                e.series >= 0 ? store.series[idx(e.series)].id.c_str() : meta.id.c_str());
    std::printf("  waarde %s", std::isnan(value) ? "onbekend" : format_value(meta, value).c_str());
    if (meta.unit == Unit::Percent && !std::isnan(value)) std::printf(" (%s)", format_rate_one_in(value).c_str());
    const double n = denominator(bench, g, vi);
    const bool own_denominators = idx(vi) < data.denominators.size() && !data.denominators[idx(vi)].empty();
    if (!own_denominators && meta.merge_weight == MergeWeight::Youth) {
      std::printf(", noemer %s jongeren tot 23 jaar (geschat)", format_count(n).c_str());
    } else if (own_denominators && !std::isnan(n) && (meta.unit == Unit::Percent || meta.unit == Unit::PerThousand)) {
      std::string what = meta.denominator;
      if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z') what[0] = static_cast<char>(what[0] - 'A' + 'a');
      std::printf(", noemer %s (%s)", format_count(n).c_str(), what.c_str());
    }
    std::printf("\n");
    const Comparison first = compare(bench, g, vi, groups.front());
    if (!std::isnan(first.expected)) {
      std::printf("  verwacht op grond van kenmerken %s, verschil %s\n", format_value(meta, first.expected).c_str(),
                  format_number(first.residual, 1).c_str());
    }
    std::printf("  %s %s %s %s %s %s  %s\n", pad("groep", 44).c_str(), pad("n", 4, true).c_str(),
                pad("groep", 11, true).c_str(), pad("mediaan", 11, true).c_str(), pad("rang", 9, true).c_str(),
                pad("pct", 5, true).c_str(), "oordeel");
    for (const Group& group : groups) {
      const Comparison c = compare(bench, g, vi, group);
      const std::string rank = std::isnan(c.rank) ? "\xE2\x80\x93"
                                                  : format_number(c.rank, c.rank == std::floor(c.rank) ? 0 : 1) + "/" +
                                                        std::to_string(c.ranked);
      std::printf(
          "  %s %s %s %s %s %s  %s\n", pad(group.name, 44).c_str(), pad(std::to_string(c.members), 4, true).c_str(),
          pad(format_number(c.weighted_mean, 1), 11, true).c_str(), pad(format_number(c.median, 1), 11, true).c_str(),
          pad(rank, 9, true).c_str(), pad(format_number(c.percentile, 0), 5, true).c_str(),
          (std::string(verdict_label(c.verdict)) + " " + reference_caption(c, meta)).c_str());
    }
    // The sentence the app shows above the figures, for the first group asked for.
    std::printf("  %s\n", headline_sentence(first, meta, gemeente.name, groups.front()).c_str());
    const std::string remark = note_of(store, all.y2021, vi, g);
    if (!remark.empty()) std::printf("  opmerking: %s\n", remark.c_str());
    if (const SeriesBreak* brk = entry_break(store, e, all.y2021))
      std::printf("  breuk in de reeks: %s\n", brk->why.c_str());
  }
  std::printf(
      "\n\"groep\" is het gewogen gemiddelde (het cijfer van de groep als geheel); rang 1 = laagste waarde.\n"
      "Een jeugdzorgcijfer wordt beoordeeld tegen de groep als geheel, een contextcijfer tegen de middelste\n"
      "helft van de groep (rond de mediaan): \"t.o.v.\" zegt telkens waartegen.\n");
  if (!options.eigen.empty()) {
    std::printf(
        "\nEigen cijfers uit %s (aantallen onder 10 als \"< 10\"; wat daaruit terug te rekenen is als \"verborgen\"):\n",
        base_name(options.eigen).c_str());
    print_own_figures(store.data, own, gemeente.code, false, nullptr);
  }
  return 0;
}

int run_reeks(const Options& options) {
  Data all;
  if (!load(all, options)) return 1;
  if (all.y2021) {
    std::fputs("Een reeks staat in de gemeentegrenzen van 2025; laat --jaar 2021 weg.\n", stderr);
    return 2;
  }
  const FiguresStore& store = all.store;
  const Dataset& data = store.data;
  const int g = gemeente_or_explain(data, options.gemeente);
  if (g < 0) return 2;
  bool ok = true;
  const std::vector<GroupKind> kinds = selected_groups(options, ok);
  if (!ok) return 2;
  std::string message;
  const int si = resolve_series(store, options.indicator, message);
  if (si < 0) {
    std::fprintf(stderr, "%s\n", message.c_str());
    return 2;
  }
  const Series& s = store.series[idx(si)];
  const Gemeente& gemeente = data.gemeenten[idx(g)];
  std::vector<Group> groups;
  for (const GroupKind kind : kinds) groups.push_back(make_group(store.bench, g, kind, options.k));

  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("gemeente").begin_object().key("code").value(gemeente.code).key("naam").value(gemeente.name).end_object();
    w.key("gemeentegrenzen").value(data.year);
    w.key("reeks").begin_object();
    w.key("id").value(s.id).key("naam").value(s.meta.name).key("eenheid").value(unit_label(s.meta.unit));
    w.key("richting").value(direction_label(s.meta.direction)).key("doelgroep").value(s.meta.population);
    w.key("zorgvorm").value(s.meta.care_type).key("bron").value(attribution_of(store, si));
    w.end_object();
    w.key("perioden").begin_array();
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
      const int v = s.variables[i];
      const IndicatorMeta& meta = data.variables[idx(v)];
      w.begin_object();
      w.key("periode").value(s.periods[i].label()).key("tekst").value(meta.period);
      w.key("status").value(status_label(meta.status)).key("waarde").value(data.value(g, v));
      w.key("opmerking").value(note_of(store, false, v, g));
      const SeriesBreak* brk = break_at(s, s.periods[i]);
      w.key("breuk");
      if (brk) w.value(brk->why);
      else w.null();
      w.key("groepen").begin_array();
      for (const Group& group : groups) {
        const Comparison c = compare(store.bench, g, v, group);
        w.begin_object();
        w.key("soort").value(group_kind_id(group.kind)).key("naam").value(group.name);
        w.key("n").value(c.members).key("mediaan").value(c.median).key("p25").value(c.q1).key("p75").value(c.q3);
        w.key("gewogen_gemiddelde").value(c.weighted_mean);
        w.key("oordeel").value(verdict_label(c.verdict));
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.key("breuken").begin_array();
    for (const SeriesBreak& b : s.breaks)
      w.begin_object().key("periode").value(b.period.label()).key("waarom").value(b.why).end_object();
    w.end_array();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }

  std::printf("%s [%s], %s (%s)\n%s\n", s.meta.name.c_str(), s.id.c_str(), gemeente.name.c_str(), gemeente.code.c_str(),
              attribution_of(store, si).c_str());
  for (const Group& group : groups) {
    std::printf("\n  tegenover %s\n", group.name.c_str());
    std::printf("  %s %s %s %s %s %s  %s\n", pad("periode", 10).c_str(), pad("waarde", 12, true).c_str(),
                pad("n", 4, true).c_str(), pad("mediaan", 12, true).c_str(), pad("p25", 12, true).c_str(),
                pad("p75", 12, true).c_str(), "status");
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
      const int v = s.variables[i];
      const IndicatorMeta& meta = data.variables[idx(v)];
      if (const SeriesBreak* brk = break_at(s, s.periods[i])) {
        std::printf("  \xE2\x80\x94 breuk vanaf %s: %s\n", s.periods[i].label().c_str(), brk->why.c_str());
      }
      const Comparison c = compare(store.bench, g, v, group);
      auto shown = [&](double x) { return std::isnan(x) ? std::string("\xE2\x80\x93") : format_value(meta, x); };
      std::printf("  %s %s %s %s %s %s  %s\n", pad(s.periods[i].label(), 10).c_str(),
                  pad(shown(data.value(g, v)), 12, true).c_str(), pad(std::to_string(c.members), 4, true).c_str(),
                  pad(shown(c.median), 12, true).c_str(), pad(shown(c.q1), 12, true).c_str(),
                  pad(shown(c.q3), 12, true).c_str(), status_label(meta.status));
      const std::string remark = note_of(store, false, v, g);
      if (!remark.empty()) std::printf("             opmerking: %s\n", remark.c_str());
    }
  }
  std::printf("\nn = gemeenten in de groep met een cijfer; p25 en p75 begrenzen de middelste helft van de groep.\n");
  return 0;
}

int run_buren(const Options& options) {
  Data all;
  if (!load(all, options)) return 1;
  const Dataset& data = all.data();
  const int g = gemeente_or_explain(data, options.gemeente);
  if (g < 0) return 2;
  const Benchmark& bench = all.bench();
  const std::vector<Neighbour> list = neighbours(bench, g, options.k);
  const Gemeente& gemeente = data.gemeenten[idx(g)];

  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("gemeente").begin_object().key("code").value(gemeente.code).key("naam").value(gemeente.name).end_object();
    w.key("gemeentegrenzen").value(data.year);
    w.key("kenmerken").begin_array();
    for (const int v : bench.peer_variables) w.value(data.variables[idx(v)].id);
    w.end_array();
    w.key("buren").begin_array();
    for (const Neighbour& n : list) {
      const Gemeente& o = data.gemeenten[idx(n.gemeente)];
      w.begin_object();
      w.key("code").value(o.code).key("naam").value(o.name).key("afstand").value(n.distance);
      w.key("kenmerken").begin_array();
      for (std::size_t j = 0; j < bench.peer_variables.size(); ++j) {
        w.begin_object();
        w.key("id").value(data.variables[idx(bench.peer_variables[j])].id);
        w.key("eigen").value(n.own_values[j]);
        w.key("buur").value(n.neighbour_values[j]);
        w.key("bijdrage").value(n.contributions[j]);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }

  std::printf("De %zu gemeenten die het meest op %s (%s) lijken, gemeentegrenzen %d.\n", list.size(),
              gemeente.name.c_str(), gemeente.code.c_str(), data.year);
  std::printf("Afstand: gestandaardiseerd (z-scores over alle gemeenten) over:");
  for (const int v : bench.peer_variables) std::printf(" %s;", data.variables[idx(v)].name.c_str());
  std::printf("\n\n");
  for (const Neighbour& n : list) {
    const Gemeente& o = data.gemeenten[idx(n.gemeente)];
    // What makes it alike (smallest share of the distance) and what differs most.
    std::size_t most = 0, least = 0;
    for (std::size_t j = 0; j < n.contributions.size(); ++j) {
      if (!(n.contributions[j] <= n.contributions[most])) most = j;
      if (n.contributions[j] < n.contributions[least]) least = j;
    }
    const IndicatorMeta& differs = data.variables[idx(bench.peer_variables[most])];
    const IndicatorMeta& alike = data.variables[idx(bench.peer_variables[least])];
    std::printf("  %s %s afstand %s  | meest verschillend: %s (%s tegen %s); meest gelijk: %s\n",
                pad(o.name, 28).c_str(), o.code.c_str(), format_number(n.distance, 2).c_str(), differs.name.c_str(),
                format_value(differs, n.neighbour_values[most]).c_str(),
                format_value(differs, n.own_values[most]).c_str(), alike.name.c_str());
  }
  return 0;
}

int run_regios(const Options& options) {
  Data all;
  if (!load(all, options)) return 1;
  const Dataset& data = all.data();
  const Benchmark& bench = all.bench();
  Options which = options;
  if (which.indicator.empty()) which.indicator = "jeugdzorg-tot-23";
  const Chosen chosen = chosen_series(all.store, which);
  if (chosen.series < 0) return 2;
  int v = chosen.variable;
  if (all.y2021) {
    v = data.variable(all.store.series[idx(chosen.series)].meta.id);
    if (v < 0) {
      std::fprintf(stderr,
                   "Met --jaar 2021 zijn alleen de Kerncijfers wijken en buurten 2021 te tonen; laat --jaar 2021 "
                   "weg.\n");
      return 2;
    }
  }
  const IndicatorMeta& meta = data.variables[idx(v)];
  const std::string attribution = attribution_of(all.store, chosen.series);

  // One representative per region: its first gemeente; the group is the same for all members.
  struct Row {
    std::string kind, code, name;
    Comparison c;
  };
  std::vector<Row> rows;
  rows.push_back({"nederland", "NL", "Nederland", compare(bench, 0, v, make_group(bench, 0, GroupKind::Nederland))});
  for (std::size_t r = 0; r < data.provincies.size(); ++r) {
    for (std::size_t g = 0; g < data.gemeenten.size(); ++g) {
      if (idx(data.gemeenten[g].provincie) != r) continue;
      rows.push_back(
          {"provincie", data.provincies[r].code, data.provincies[r].name,
           compare(bench, static_cast<int>(g), v, make_group(bench, static_cast<int>(g), GroupKind::Provincie))});
      break;
    }
  }
  for (std::size_t r = 0; r < data.jeugdregios.size(); ++r) {
    for (std::size_t g = 0; g < data.gemeenten.size(); ++g) {
      if (idx(data.gemeenten[g].jeugdregio) != r) continue;
      rows.push_back(
          {"jeugdregio", data.jeugdregios[r].code, data.jeugdregios[r].name,
           compare(bench, static_cast<int>(g), v, make_group(bench, static_cast<int>(g), GroupKind::Jeugdregio))});
      break;
    }
  }

  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("indicator").value(meta.id).key("reeks").value(all.store.series[idx(chosen.series)].id);
    w.key("periode").value(meta.period).key("gemeentegrenzen").value(data.year).key("bron").value(attribution);
    w.key("regios").begin_array();
    for (const Row& row : rows) {
      w.begin_object();
      w.key("soort").value(row.kind).key("code").value(row.code).key("naam").value(row.name);
      w.key("gemeenten").value(row.c.members);
      w.key("gewogen_gemiddelde").value(row.c.weighted_mean);
      w.key("gemiddelde").value(row.c.mean);
      w.key("mediaan").value(row.c.median);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }
  std::printf("%s (%s), %s. Berekend uit de gemeentecijfers; gewogen met %s.\n%s\n\n", meta.name.c_str(),
              unit_label(meta.unit), meta.period.c_str(),
              meta.merge_weight == MergeWeight::Youth ? "het geschatte aantal jongeren tot 23 jaar" : "de noemer",
              attribution.c_str());
  std::printf("  %s %s %s %s %s\n", pad("regio", 40).c_str(), pad("n", 4, true).c_str(),
              pad("gewogen", 9, true).c_str(), pad("gemiddeld", 10, true).c_str(), pad("mediaan", 9, true).c_str());
  for (const Row& row : rows) {
    std::printf("  %s %s %s %s %s\n", pad(row.code + " " + row.name, 40).c_str(),
                pad(std::to_string(row.c.members), 4, true).c_str(),
                pad(format_number(row.c.weighted_mean, 2), 9, true).c_str(),
                pad(format_number(row.c.mean, 2), 10, true).c_str(),
                pad(format_number(row.c.median, 2), 9, true).c_str());
  }
  return 0;
}

int run_indicatoren(const Options& options) {
  Data all;
  if (!load(all, options)) return 1;
  const FiguresStore& store = all.store;
  auto role_word = [](Role r) {
    return r == Role::Indicator ? "indicator" : r == Role::Context ? "context" : "kenmerk";
  };
  if (options.json) {
    JsonWriter w;
    w.begin_array();
    for (std::size_t i = 0; i < store.series.size(); ++i) {
      const Series& s = store.series[i];
      const IndicatorMeta& m = s.meta;
      const Source* src = source_of(store, static_cast<int>(i));
      w.begin_object();
      w.key("id").value(s.id).key("naam").value(m.name).key("naam_en").value(m.name_en);
      w.key("bron_id").value(src ? src->id : "").key("bron").value(src ? src->title : m.source);
      w.key("bronvermelding").value(attribution_of(store, static_cast<int>(i)));
      w.key("ingebouwd").value(src && src->kind == SourceKind::Compiled);
      w.key("rol").value(role_word(m.role));
      w.key("eenheid").value(unit_label(m.unit)).key("richting").value(direction_label(m.direction));
      w.key("doelgroep").value(m.population).key("zorgvorm").value(m.care_type);
      w.key("definitie").value(m.definition).key("teller").value(m.numerator).key("noemer").value(m.denominator);
      w.key("let_op").value(m.caveat);
      w.key("perioden").begin_array();
      for (std::size_t p = 0; p < s.periods.size(); ++p) {
        const IndicatorMeta& vm = store.data.variables[idx(s.variables[p])];
        w.begin_object().key("periode").value(s.periods[p].label()).key("tekst").value(vm.period);
        w.key("status").value(status_label(vm.status)).end_object();
      }
      w.end_array();
      w.key("breuken").begin_array();
      for (const SeriesBreak& b : s.breaks)
        w.begin_object().key("periode").value(b.period.label()).key("waarom").value(b.why).end_object();
      w.end_array();
      w.end_object();
    }
    w.end_array();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }
  for (std::size_t i = 0; i < store.series.size(); ++i) {
    const Series& s = store.series[i];
    const IndicatorMeta& m = s.meta;
    std::printf("%s \xE2\x80\x94 %s [%s, %s]\n  %s\n  teller: %s; noemer: %s\n  %s\n  perioden:", s.id.c_str(),
                m.name.c_str(), unit_label(m.unit), direction_label(m.direction), m.definition.c_str(),
                m.numerator.empty() ? "\xE2\x80\x93" : m.numerator.c_str(),
                m.denominator.empty() ? "\xE2\x80\x93" : m.denominator.c_str(),
                attribution_of(store, static_cast<int>(i)).c_str());
    for (std::size_t p = 0; p < s.periods.size(); ++p) {
      const IndicatorMeta& vm = store.data.variables[idx(s.variables[p])];
      std::printf("%s %s%s", p ? "," : "", s.periods[p].label().c_str(),
                  vm.status == Status::Definitive ? "" : (std::string(" (") + status_label(vm.status) + ")").c_str());
    }
    std::printf("\n");
    for (const SeriesBreak& b : s.breaks)
      std::printf("  breuk vanaf %s: %s\n", b.period.label().c_str(), b.why.c_str());
    if (!m.caveat.empty()) std::printf("  let op: %s\n", m.caveat.c_str());
    std::printf("\n");
  }
  std::printf("Kenmerken (voor vergelijkbare gemeenten en het verwachtingsmodel, geen reeksen):\n");
  for (const IndicatorMeta& m : store.d2021.variables) {
    if (m.role == Role::Characteristic)
      std::printf("  %s \xE2\x80\x94 %s [%s]\n", m.id.c_str(), m.name.c_str(), unit_label(m.unit));
  }
  return 0;
}

int run_model(const Options& options) {
  Data all;
  if (!load(all, options)) return 1;
  const Dataset& data = all.data();
  const Benchmark& bench = all.bench();
  JsonWriter w;
  if (options.json) w.begin_array();
  for (const Model& model : bench.models) {
    const IndicatorMeta& meta = data.variables[idx(model.variable)];
    const stats::Regression& r = model.regression;
    if (options.json) {
      w.begin_object();
      w.key("indicator").value(meta.id).key("ok").value(r.ok).key("n").value(r.n);
      w.key("r2").value(r.r2).key("r2_aangepast").value(r.adj_r2).key("residu_sd").value(r.residual_sd);
      w.key("coefficienten").begin_array();
      for (std::size_t i = 0; i < r.coef.size(); ++i) {
        w.begin_object();
        w.key("variabele").value(i == 0 ? std::string("constante") : data.variables[idx(model.predictors[i - 1])].id);
        w.key("b").value(r.coef[i]);
        w.key("se").value(i < r.std_error.size() ? r.std_error[i] : kNaN);
        w.end_object();
      }
      w.end_array();
      w.end_object();
      continue;
    }
    std::printf("Verwachtingsmodel voor %s (gemeentegrenzen %d): kleinste kwadraten over %zu gemeenten\n",
                meta.name.c_str(), data.year, r.n);
    if (!r.ok) {
      std::printf("  niet te schatten: %s\n", r.error.c_str());
      continue;
    }
    std::printf("  R\xC2\xB2 = %s (aangepast %s), standaardafwijking residu %s\n", format_number(r.r2, 3).c_str(),
                format_number(r.adj_r2, 3).c_str(), format_number(r.residual_sd, 2).c_str());
    for (std::size_t i = 0; i < r.coef.size(); ++i) {
      const std::string name = i == 0 ? "constante" : data.variables[idx(model.predictors[i - 1])].name;
      std::printf("  %s %s (se %s)\n", pad(name, 52).c_str(), pad(format_number(r.coef[i], 4), 10, true).c_str(),
                  i < r.std_error.size() ? format_number(r.std_error[i], 4).c_str() : "\xE2\x80\x93");
    }
  }
  if (options.json) {
    w.end_array();
    std::printf("%s\n", w.str().c_str());
  }
  return 0;
}

int run_stromen(const Options& options) {
  if (options.file.empty()) {
    std::fputs("Geef het trajectbestand op: jeugdvergelijker stromen trajecten.csv [--periode jaar|kwartaal|maand]\n",
               stderr);
    return 2;
  }
  Data all;
  if (!load(all, options)) return 1;
  FILE* in = std::fopen(options.file.c_str(), "rb");
  if (!in) {
    std::fprintf(stderr, "%s: kan het bestand niet openen. Bestaat het, en mag het gelezen worden?\n",
                 options.file.c_str());
    return 1;
  }
  FlowOptions fo;
  fo.population = youth_population_from_iv3(embedded_data_files().iv3);
  fo.population_source = kIv3YouthSource;
  fo.today = options.today;
  fo.export_date = options.exportdatum;
  if (options.exportdatum != 0 && options.today != 0 && options.exportdatum > options.today) {
    std::fprintf(stderr,
                 "--exportdatum ligt na vandaag: een bestand kan niet later gemaakt zijn dan nu. Geef de dag waarop "
                 "het bestand is gemaakt.\n");
    std::fclose(in);
    return 2;
  }
  if (std::fseek(in, 0, SEEK_END) == 0) {
    const long size = std::ftell(in);
    if (size > 0) fo.expected_bytes = static_cast<std::size_t>(size);
    std::fseek(in, 0, SEEK_SET);
  }
  // In chunks, as the browser hands them over: the file is never held whole.
  FlowReader reader(base_name(options.file), all.store.data, fo);
  std::vector<std::uint8_t> chunk(std::size_t(4) << 20);
  while (true) {
    const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), in);
    if (n == 0) break;
    if (!reader.feed(std::span<const std::uint8_t>(chunk).first(n))) break;
  }
  std::fclose(in);
  const bool ok = reader.finish();
  const FlowReport& r = reader.report();
  const FlowGranularity granularity = options.granularity == "maand"      ? FlowGranularity::Month
                                      : options.granularity == "kwartaal" ? FlowGranularity::Quarter
                                                                          : FlowGranularity::Year;
  OwnData own;
  const std::vector<FlowFigure> figures = ok ? reader.figures(granularity) : std::vector<FlowFigure>();
  add_flow_figures(figures, r.file, own, r.synthetic ? kSyntheticFlowSource : "");
  const std::vector<Hidden> hidden = own_disclosure(own);
  auto gemeente_name = [&](const std::string& code) {
    for (const Gemeente& g : all.store.data.gemeenten) {
      if (g.code == code) return g.name;
    }
    return code;
  };
  auto iso = [](int day) {
    // Days since 1970-01-01 as YYYY-MM-DD (Howard Hinnant's civil_from_days).
    int z = day + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    const int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
    return std::string(text);
  };
  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("bestand").value(r.file).key("bruikbaar").value(ok).key("codering").value(r.encoding);
    w.key("rijen").value(r.rows_read).key("overgeslagen").value(r.rows_skipped);
    w.key("trajecten").value(r.trajectories).key("jeugdigen").value(r.clients).key("synthetisch").value(r.synthetic);
    w.key("eerste_datum").value(ok ? iso(r.first_day) : std::string());
    w.key("peildatum").value(ok ? iso(r.peildatum) : std::string());
    w.key("periode").value(options.granularity.empty() ? std::string("jaar") : options.granularity);
    w.key("meldingen").begin_array();
    for (const Problem& p : r.problems) {
      w.begin_object().key("rij").value(p.row).key("kolom").value(p.column);
      w.key("fataal").value(p.fatal).key("tekst").value(p.to_string()).end_object();
    }
    w.end_array();
    w.key("opmerkingen").begin_array();
    for (const std::string& n : r.notes) w.value(n);
    w.end_array();
    w.key("cijfers").begin_array();
    for (std::size_t i = 0; i < own.values.size(); ++i) {
      const OwnValue& v = own.values[i];
      const OwnIndicator* ind = own.indicator(v.indicator);
      w.begin_object().key("gemeente").value(v.gemeente).key("indicator").value(v.indicator);
      w.key("uitsplitsing").value(v.breakdown).key("periode").value(v.period.label());
      w.key("volledig").value(figures[i].complete);
      write_own_value(w, ind->meta, v.value, hidden[i]);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return ok ? 0 : 1;
  }
  for (const Problem& p : r.problems) std::fprintf(stderr, "%s\n", p.to_string().c_str());
  if (r.rows_skipped > r.problems.size()) {
    std::fprintf(stderr, "... en nog %zu overgeslagen rijen.\n", r.rows_skipped - r.problems.size());
  }
  if (!ok) {
    std::fprintf(stderr, "Niet gelezen.\n");
    return 1;
  }
  std::printf(
      "%s: %zu trajecten van %zu jeugdigen uit %zu rijen (%zu overgeslagen), %s tot en met %s "
      "(peildatum); %s.\n",
      r.file.c_str(), r.trajectories, r.clients, r.rows_read, r.rows_skipped, iso(r.first_day).c_str(),
      iso(r.peildatum).c_str(), r.encoding.c_str());
  for (const std::string& n : r.notes) std::printf("  let op: %s\n", n.c_str());
  // Per gemeente: one line per period with every total, then the breakdowns.
  const char* columns[][2] = {{"stroom_in_zorg", "in zorg"},
                              {"stroom_in_zorg_per_1000", "per 1.000"},
                              {"stroom_instroom", "instroom"},
                              {"stroom_uitstroom", "uitstroom"},
                              {"stroom_stapeling", "stapeling"},
                              {"stroom_duur_gemiddeld", "duur gem."},
                              {"stroom_duur_mediaan", "duur med."},
                              {"stroom_duur_langer_dan_jaar", "> 1 jaar"},
                              {"stroom_verwijzingen", "gestart"},
                              {"stroom_kosten", "kosten"},
                              {"stroom_kosten_per_client", "per jeugdige"}};
  auto cell = [&](std::size_t i) {
    const OwnValue& v = own.values[i];
    const OwnIndicator* ind = own.indicator(v.indicator);
    return ind ? format_own_cell(ind->meta, v.value, hidden[i]) : std::string();
  };
  std::vector<Hidden> kinds_shown;
  for (const std::string& code : r.gemeenten) {
    std::printf("\n%s (%s)\n  %s", gemeente_name(code).c_str(), code.c_str(), pad("periode", 10).c_str());
    // 14 wide: "< 10 erachter" and "€ 12.345.678" with a space before.
    for (const auto& c : columns) std::printf(" %s", pad(c[1], 14, true).c_str());
    std::printf("\n");
    std::string period;
    std::vector<std::string> line;
    auto flush = [&] {
      if (period.empty()) return;
      std::printf("  %s", pad(period, 10).c_str());
      for (const std::string& c : line) std::printf(" %s", pad(c, 14, true).c_str());
      std::printf("\n");
    };
    for (std::size_t i = 0; i < own.values.size(); ++i) {
      const OwnValue& v = own.values[i];
      if (v.gemeente != code || !v.breakdown.empty()) continue;
      const std::string label = v.period.label() + (figures[i].complete ? "" : "*");
      if (label != period) {
        flush();
        period = label;
        line.assign(std::size(columns), "");
      }
      for (std::size_t c = 0; c < std::size(columns); ++c) {
        if (v.indicator == columns[c][0]) line[c] = cell(i);
      }
      if (hidden[i] != Hidden::No &&
          std::find(kinds_shown.begin(), kinds_shown.end(), hidden[i]) == kinds_shown.end()) {
        kinds_shown.push_back(hidden[i]);
      }
    }
    flush();
    // Breakdowns: per age band and per verwijzer, one line each with its value per period.
    std::printf("  uitsplitsingen (zonder nullen):\n");
    std::string current;
    for (std::size_t i = 0; i < own.values.size(); ++i) {
      const OwnValue& v = own.values[i];
      if (v.gemeente != code || v.breakdown.empty()) continue;
      // Zeros and figures there is nothing to compute for are left out here (--json has them).
      if (hidden[i] == Hidden::No && v.status != Status::Suppressed && (v.value == 0 || std::isnan(v.value))) continue;
      const OwnIndicator* ind = own.indicator(v.indicator);
      const std::string name = (ind ? ind->meta.name : v.indicator) + ", " + v.breakdown;
      std::printf("    %s %s %s\n", pad(name, 62).c_str(), pad(v.period.label(), 8).c_str(),
                  pad(cell(i), 13, true).c_str());
    }
  }
  std::printf("\n* de periode met de peildatum: nog niet volledig.\n");
  for (const Hidden kind : kinds_shown) std::printf("* %s\n", hidden_explanation(kind));
  std::printf(
      "Per 1.000: jeugdigen van 0 tot 18 jaar in zorg, per 1.000 inwoners van 0 tot 18 jaar (%s; het "
      "jaar van de periode of het dichtstbijzijnde).\n",
      kIv3YouthSource);
  return 0;
}

}  // namespace jv::cli
