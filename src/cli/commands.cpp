#include "cli/commands.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include "core/breakdown.h"
#include "core/compare.h"
#include "core/dataset.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/json.h"
#include "core/owndata.h"
#include "data/embedded_data.h"

namespace jv::cli {

namespace {

constexpr const char* kAttribution = "Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED), CC BY 4.0";

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// Both datasets, loaded once per run from the compiled-in files.
struct Data {
  Dataset d2021, d2025;
  const Dataset& year(int y) const { return y == 2025 ? d2025 : d2021; }
};

bool load(Data& data) {
  LoadError error;
  const DataFiles files = embedded_data_files();
  if (!load_dataset_2021(files, data.d2021, error) ||
      !derive_dataset_2025(data.d2021, files, data.d2025, error)) {
    std::fprintf(stderr, "De ingebouwde gegevens zijn onleesbaar: %s\n", error.to_string().c_str());
    return false;
  }
  return true;
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
    std::fprintf(stderr, "Onbekende groep \xE2\x80\x9E%s\xE2\x80\x9D. Kies jeugdregio, provincie, "
                 "grootteklasse, buren of nederland.\n", options.groep.c_str());
    ok = false;
    return {};
  }
  return {kind};
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
  w.key("referentie").begin_object().key("soort").value(reference_label(c.reference)).key("waarde").value(c.reference_value).end_object();
  w.key("uitleg").value(verdict_explanation(c, data.variables[idx(c.variable)], group));
  w.key("gemeenten").begin_array();
  for (const int m : group.members) w.value(data.gemeenten[idx(m)].code);
  w.end_array();
  w.end_object();
}

bool read_bytes(const std::string& path, std::vector<std::uint8_t>& out) {
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

// Reads own figures as the app does; prints every problem to stderr. False when refused.
bool load_own(const std::string& path, const Options& options, const Dataset& d2025, OwnData& own, ReadReport& report) {
  std::vector<std::uint8_t> bytes;
  if (!read_bytes(path, bytes)) {
    std::fprintf(stderr, "%s: kan het bestand niet openen. Bestaat het, en mag het gelezen worden?\n", path.c_str());
    report.file = base_name(path);
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
  if (!load(all)) return 1;
  OwnData own;
  ReadReport report;
  const bool ok = load_own(options.file, options, all.d2025, own, report);
  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("bestand").value(report.file).key("bruikbaar").value(ok).key("vorm").value(report.format);
    w.key("codering").value(report.encoding);
    w.key("rijen").value(report.rows_read).key("overgeslagen").value(report.rows_skipped).key("waarden").value(report.values);
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
  std::printf("%s: %zu waarden gelezen uit %zu rijen (%zu overgeslagen); %s, %s.\n", report.file.c_str(),
              report.values, report.rows_read, report.rows_skipped, report.format.c_str(), report.encoding.c_str());
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
    if (std::find(indicators.begin(), indicators.end(), v.indicator) == indicators.end()) indicators.push_back(v.indicator);
  }
  auto position = [&](const std::string& id) { return std::find(indicators.begin(), indicators.end(), id) - indicators.begin(); };
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
      w->key("uitsplitsing").value(v.breakdown).key("periode").value(v.period.label());
      if (hidden[i] != Hidden::No) {
        w->key("waarde").value(shown).key("verborgen").value(hidden_explanation(hidden[i]));
      } else {
        w->key("waarde").value(v.value);
      }
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
    } else if (arg == "--blad") {
      out.blad = value;
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

int run_compare(const Options& options) {
  Data all;
  if (!load(all)) return 1;
  const Dataset& data = all.year(options.jaar);
  const int g = gemeente_or_explain(data, options.gemeente);
  if (g < 0) return 2;
  bool ok = true;
  const std::vector<GroupKind> kinds = selected_groups(options, ok);
  if (!ok) return 2;

  const Benchmark bench = make_benchmark(data);
  std::vector<Group> groups;
  for (const GroupKind kind : kinds) groups.push_back(make_group(bench, g, kind, options.k));
  const Gemeente& gemeente = data.gemeenten[idx(g)];

  OwnData own;
  if (!options.eigen.empty()) {
    ReadReport report;
    Options own_options = options;
    own_options.gemeente = gemeente.code;
    if (!load_own(options.eigen, own_options, all.d2025, own, report)) {
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
    w.key("bron").value(kAttribution);
    w.key("indicatoren").begin_array();
    for (std::size_t v = 0; v < data.variables.size(); ++v) {
      const IndicatorMeta& meta = data.variables[v];
      if (meta.role == Role::Characteristic) continue;
      const int vi = static_cast<int>(v);
      w.begin_object();
      w.key("id").value(meta.id);
      w.key("naam").value(meta.name);
      w.key("eenheid").value(unit_label(meta.unit));
      w.key("richting").value(direction_label(meta.direction));
      w.key("periode").value(meta.period);
      w.key("status").value(status_label(meta.status));
      w.key("waarde").value(data.value(g, vi));
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
    if (!options.eigen.empty()) print_own_figures(all.d2025, own, gemeente.code, true, &w);
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }

  std::printf("%s (%s), %s inwoners, jeugdregio %s, provincie %s\n", gemeente.name.c_str(),
              gemeente.code.c_str(), format_count(gemeente.inwoners).c_str(),
              data.jeugdregios[idx(gemeente.jeugdregio)].name.c_str(),
              data.provincies[idx(gemeente.provincie)].name.c_str());
  if (!gemeente.predecessors.empty() && gemeente.predecessors.size() > 1) {
    std::printf("Samengevoegd uit:");
    for (const std::string& p : gemeente.predecessors) std::printf(" %s", p.c_str());
    std::printf(" (cijfers van 2021 gecombineerd)\n");
  }
  std::printf("Gemeentegrenzen %d. %s\n", data.year, kAttribution);
  for (std::size_t v = 0; v < data.variables.size(); ++v) {
    const IndicatorMeta& meta = data.variables[v];
    if (meta.role == Role::Characteristic) continue;
    const int vi = static_cast<int>(v);
    const double value = data.value(g, vi);
    std::printf("\n%s \xE2\x80\x94 %s, %s\n", meta.name.c_str(), meta.period.c_str(), direction_label(meta.direction));
    std::printf("  waarde %s", std::isnan(value) ? "onbekend" : format_value(meta, value).c_str());
    if (meta.unit == Unit::Percent && !std::isnan(value)) std::printf(" (%s)", format_rate_one_in(value).c_str());
    const double n = denominator(bench, g, vi);
    if (meta.merge_weight == MergeWeight::Youth) std::printf(", noemer %s jongeren tot 23 jaar (geschat)", format_count(n).c_str());
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
      const std::string rank = std::isnan(c.rank) ? "\xE2\x80\x93" : format_number(c.rank, c.rank == std::floor(c.rank) ? 0 : 1) + "/" + std::to_string(c.ranked);
      std::printf("  %s %s %s %s %s %s  %s\n", pad(group.name, 44).c_str(),
                  pad(std::to_string(c.members), 4, true).c_str(),
                  pad(format_number(c.weighted_mean, 1), 11, true).c_str(),
                  pad(format_number(c.median, 1), 11, true).c_str(), pad(rank, 9, true).c_str(),
                  pad(format_number(c.percentile, 0), 5, true).c_str(),
                  (std::string(verdict_label(c.verdict)) + " " + reference_caption(c, meta)).c_str());
    }
    // The sentence the app shows above the figures, for the first group asked for.
    std::printf("  %s\n", headline_sentence(first, meta, gemeente.name, groups.front()).c_str());
  }
  std::printf("\n\"groep\" is het gewogen gemiddelde (het cijfer van de groep als geheel); rang 1 = laagste waarde.\n"
              "Een jeugdzorgcijfer wordt beoordeeld tegen de groep als geheel, een contextcijfer tegen de middelste\n"
              "helft van de groep (rond de mediaan): \"t.o.v.\" zegt telkens waartegen.\n");
  if (!options.eigen.empty()) {
    std::printf("\nEigen cijfers uit %s (aantallen onder 10 als \"< 10\"; wat daaruit terug te rekenen is als \"verborgen\"):\n", base_name(options.eigen).c_str());
    print_own_figures(all.d2025, own, gemeente.code, false, nullptr);
  }
  return 0;
}

int run_buren(const Options& options) {
  Data all;
  if (!load(all)) return 1;
  const Dataset& data = all.year(options.jaar);
  const int g = gemeente_or_explain(data, options.gemeente);
  if (g < 0) return 2;
  const Benchmark bench = make_benchmark(data);
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
                pad(o.name, 28).c_str(), o.code.c_str(), format_number(n.distance, 2).c_str(),
                differs.name.c_str(), format_value(differs, n.neighbour_values[most]).c_str(),
                format_value(differs, n.own_values[most]).c_str(), alike.name.c_str());
  }
  return 0;
}

int run_regios(const Options& options) {
  Data all;
  if (!load(all)) return 1;
  const Dataset& data = all.year(options.jaar);
  const std::string id = options.indicator.empty() ? "jeugdzorg_tot23" : options.indicator;
  const int v = data.variable(id);
  if (v < 0) {
    std::fprintf(stderr, "Onbekende indicator \xE2\x80\x9E%s\xE2\x80\x9D. Zie: jeugdvergelijker indicatoren\n", id.c_str());
    return 2;
  }
  const Benchmark bench = make_benchmark(data);
  const IndicatorMeta& meta = data.variables[idx(v)];

  // One representative per region: its first gemeente; the group is the same for all members.
  struct Row { std::string kind, code, name; Comparison c; };
  std::vector<Row> rows;
  rows.push_back({"nederland", "NL", "Nederland", compare(bench, 0, v, make_group(bench, 0, GroupKind::Nederland))});
  for (std::size_t r = 0; r < data.provincies.size(); ++r) {
    for (std::size_t g = 0; g < data.gemeenten.size(); ++g) {
      if (idx(data.gemeenten[g].provincie) != r) continue;
      rows.push_back({"provincie", data.provincies[r].code, data.provincies[r].name,
                      compare(bench, static_cast<int>(g), v, make_group(bench, static_cast<int>(g), GroupKind::Provincie))});
      break;
    }
  }
  for (std::size_t r = 0; r < data.jeugdregios.size(); ++r) {
    for (std::size_t g = 0; g < data.gemeenten.size(); ++g) {
      if (idx(data.gemeenten[g].jeugdregio) != r) continue;
      rows.push_back({"jeugdregio", data.jeugdregios[r].code, data.jeugdregios[r].name,
                      compare(bench, static_cast<int>(g), v, make_group(bench, static_cast<int>(g), GroupKind::Jeugdregio))});
      break;
    }
  }

  if (options.json) {
    JsonWriter w;
    w.begin_object();
    w.key("indicator").value(meta.id).key("gemeentegrenzen").value(data.year).key("bron").value(kAttribution);
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
              kAttribution);
  std::printf("  %s %s %s %s %s\n", pad("regio", 40).c_str(), pad("n", 4, true).c_str(), pad("gewogen", 9, true).c_str(),
              pad("gemiddeld", 10, true).c_str(), pad("mediaan", 9, true).c_str());
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
  if (!load(all)) return 1;
  const Dataset& data = all.d2021;
  if (options.json) {
    JsonWriter w;
    w.begin_array();
    for (const IndicatorMeta& m : data.variables) {
      w.begin_object();
      w.key("id").value(m.id).key("naam").value(m.name).key("naam_en").value(m.name_en);
      w.key("rol").value(m.role == Role::Indicator ? "indicator" : m.role == Role::Context ? "context" : "kenmerk");
      w.key("eenheid").value(unit_label(m.unit)).key("richting").value(direction_label(m.direction));
      w.key("definitie").value(m.definition).key("teller").value(m.numerator).key("noemer").value(m.denominator);
      w.key("bron").value(m.source).key("periode").value(m.period).key("status").value(status_label(m.status));
      w.key("buren").value(m.in_peer_distance).key("model").value(m.in_model).key("let_op").value(m.caveat);
      w.end_object();
    }
    w.end_array();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }
  for (const IndicatorMeta& m : data.variables) {
    std::printf("%s \xE2\x80\x94 %s [%s, %s]\n  %s\n  teller: %s; noemer: %s\n  %s, %s, %s\n", m.id.c_str(),
                m.name.c_str(), unit_label(m.unit), direction_label(m.direction), m.definition.c_str(),
                m.numerator.empty() ? "\xE2\x80\x93" : m.numerator.c_str(),
                m.denominator.empty() ? "\xE2\x80\x93" : m.denominator.c_str(), m.source.c_str(), m.period.c_str(),
                status_label(m.status));
    if (!m.caveat.empty()) std::printf("  let op: %s\n", m.caveat.c_str());
    std::printf("\n");
  }
  return 0;
}

int run_model(const Options& options) {
  Data all;
  if (!load(all)) return 1;
  const Dataset& data = all.year(options.jaar);
  const Benchmark bench = make_benchmark(data);
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

}  // namespace jv::cli
