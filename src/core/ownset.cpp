#include "core/ownset.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/breakdown.h"
#include "core/period.h"

namespace jv {

namespace {

std::string quote(std::string_view text) { return "\xE2\x80\x9E" + std::string(text) + "\xE2\x80\x9D"; }

std::string gemeente_name(const Dataset& data, const std::string& code) {
  if (code == "NL") return "Nederland";
  const int g = data.find_code(code);
  return g >= 0 ? data.gemeenten[static_cast<std::size_t>(g)].name : code;
}

// "a", "a en b", "a, b en c".
std::string and_list(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " en " : ", ";
    out += parts[i];
  }
  return out;
}

// The indicators no figure uses any more leave with the last of their figures.
void drop_unused_indicators(OwnData& data) {
  std::set<std::string> used;
  for (const OwnValue& v : data.values) used.insert(v.indicator);
  std::erase_if(data.indicators, [&](const OwnIndicator& ind) { return !used.count(ind.meta.id); });
}

}  // namespace

std::vector<OwnFile> own_files(const OwnData& data) {
  std::vector<OwnFile> out;
  for (const std::string& name : data.files) {
    if (std::any_of(out.begin(), out.end(), [&](const OwnFile& f) { return f.name == name; })) continue;
    OwnFile f;
    f.name = name;
    std::set<std::string> gemeenten, indicators;
    std::vector<Period> periods;
    for (const OwnValue& v : data.values) {
      if (v.file != name) continue;
      ++f.values;
      gemeenten.insert(v.gemeente);
      if (const OwnIndicator* ind = data.indicator(v.indicator)) indicators.insert(ind->meta.name);
      if (std::none_of(periods.begin(), periods.end(), [&](const Period& p) { return p == v.period; }))
        periods.push_back(v.period);
    }
    std::sort(periods.begin(), periods.end(),
              [](const Period& a, const Period& b) { return compare_periods(a, b) < 0; });
    f.gemeenten.assign(gemeenten.begin(), gemeenten.end());
    f.indicators.assign(indicators.begin(), indicators.end());
    for (const Period& p : periods) f.periods.push_back(p.label());
    out.push_back(std::move(f));
  }
  return out;
}

bool remove_own_file(OwnData& data, std::string_view name) {
  if (std::find(data.files.begin(), data.files.end(), name) == data.files.end()) return false;
  std::erase_if(data.values, [&](const OwnValue& v) { return v.file == name; });
  std::erase(data.files, std::string(name));
  drop_unused_indicators(data);
  return true;
}

bool load_own_file(std::string_view name, std::span<const std::uint8_t> bytes, const ReadOptions& options,
                   const Dataset& gemeenten, OwnData& data, ReadReport& report, bool& replaced) {
  OwnData next = data;
  replaced = remove_own_file(next, name);
  if (!read_own_data(name, bytes, options, gemeenten, next, report)) {
    replaced = false;
    return false;
  }
  data = std::move(next);
  return true;
}

namespace {
constexpr std::string_view kFileLine = "#bestand;";
}  // namespace

std::string serialize_own_files(const OwnData& data) {
  std::string out;
  for (const std::string& name : data.files) {
    if (out.find(std::string(kFileLine) + name + "\n") != std::string::npos) continue;  // listed twice
    OwnData one;
    one.indicators = data.indicators;
    for (const OwnValue& v : data.values) {
      if (v.file == name) one.values.push_back(v);
    }
    if (one.values.empty()) continue;
    out += std::string(kFileLine) + name + "\n" + serialize_own_data(one);
  }
  return out;
}

bool read_own_files(std::string_view text, const Dataset& gemeenten, std::string_view fallback, OwnData& out) {
  auto read = [&](std::string_view name, std::string_view part) {
    ReadReport report;
    return read_own_data(name, {reinterpret_cast<const std::uint8_t*>(part.data()), part.size()}, {}, gemeenten, out,
                         report);
  };
  if (!text.starts_with(kFileLine)) return read(fallback, text);
  bool any = false;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t name_end = text.find('\n', at);
    if (name_end == std::string_view::npos) break;
    const std::string_view name = text.substr(at + kFileLine.size(), name_end - at - kFileLine.size());
    std::size_t next = text.find(std::string("\n") + std::string(kFileLine), name_end);
    next = next == std::string_view::npos ? text.size() : next + 1;
    any = read(name, text.substr(name_end + 1, next - name_end - 1)) || any;
    at = next;
  }
  return any;
}

std::string own_load_summary(const OwnData& data, std::string_view name, const Dataset& gemeenten,
                             std::string_view shown, bool replaced) {
  std::map<std::string, std::set<std::string>> per_gemeente;  // code -> indicator ids
  for (const OwnValue& v : data.values) {
    if (v.file == name) per_gemeente[v.gemeente].insert(v.indicator);
  }
  if (per_gemeente.empty()) return {};
  struct Part {
    std::string code, name;
    std::size_t count;
  };
  std::vector<Part> parts;
  std::size_t national = 0;
  for (const auto& [code, ids] : per_gemeente) {
    if (code == "NL") national = ids.size();
    else parts.push_back({code, gemeente_name(gemeenten, code), ids.size()});
  }
  // The gemeente on screen first; then the most figures first, and by name.
  std::sort(parts.begin(), parts.end(), [&](const Part& a, const Part& b) {
    if ((a.code == shown) != (b.code == shown)) return a.code == shown;
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
  constexpr std::size_t kNamed = 4;
  std::vector<std::string> said;
  for (std::size_t i = 0; i < parts.size() && i < kNamed; ++i) {
    const std::string n = std::to_string(parts[i].count);
    said.push_back(i == 0 ? n + (parts[i].count == 1 ? " indicator" : " indicatoren") + " voor " + parts[i].name
                          : n + " voor " + parts[i].name);
  }
  if (parts.size() > kNamed) {
    // The rest by its largest number of indicators: "1 voor nog 3 gemeenten" when each has one.
    std::size_t most = 0;
    for (std::size_t i = kNamed; i < parts.size(); ++i) most = std::max(most, parts[i].count);
    const std::size_t rest = parts.size() - kNamed;
    said.push_back((most == 1 ? std::string("1") : "tot " + std::to_string(most)) + " voor nog " +
                   std::to_string(rest) + (rest == 1 ? " gemeente" : " gemeenten"));
  }
  std::string text = and_list(said);
  if (national > 0) {
    const std::string n = std::to_string(national);
    const std::string reference = " voor Nederland (ter vergelijking)";
    text =
        text.empty() ? n + (national == 1 ? " indicator" : " indicatoren") + reference : text + ", en " + n + reference;
  }
  std::string out = replaced ? "Dit bestand vervangt het eerder geladen bestand " + quote(name) + ". " : "";
  out += quote(name) + ": " + text;
  const bool on_screen = !shown.empty() && per_gemeente.count(std::string(shown));
  if (!shown.empty()) out += "; u bekijkt nu " + gemeente_name(gemeenten, std::string(shown));
  out += ".";
  if (!on_screen && !parts.empty()) out += " Kies " + parts.front().name + " hierboven om ze te zien.";
  return out;
}

std::vector<std::size_t> own_rows_of(const OwnData& data, std::string_view code, bool& trimmed) {
  trimmed = false;
  // A trajectory file gives every flow indicator per period and breakdown: thousands of rows per
  // month. Only the latest complete period of each is listed (the time series has them all).
  std::map<std::string, Period> latest_flow;
  for (const OwnValue& v : data.values) {
    if (v.gemeente != code || !v.indicator.starts_with("stroom_") || v.status == Status::Provisional) continue;
    auto [it, fresh] = latest_flow.try_emplace(v.indicator, v.period);
    if (!fresh && compare_periods(it->second, v.period) < 0) it->second = v.period;
  }
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < data.values.size(); ++i) {
    const OwnValue& v = data.values[i];
    if (v.gemeente != code || !data.indicator(v.indicator)) continue;
    if (v.indicator.starts_with("stroom_")) {
      // The latest complete period; with none (a file shorter than one period), the incomplete one.
      const auto it = latest_flow.find(v.indicator);
      if (it != latest_flow.end() && !(v.period == it->second)) {
        trimmed = true;
        continue;
      }
    }
    rows.push_back(i);
  }
  std::sort(rows.begin(), rows.end(), [&](std::size_t x, std::size_t y) {
    const OwnValue& a = data.values[x];
    const OwnValue& b = data.values[y];
    if (a.indicator != b.indicator) return a.indicator < b.indicator;
    if (a.breakdown != b.breakdown) return breakdown_less(a.breakdown, b.breakdown);
    return a.period.start_day() < b.period.start_day();
  });
  return rows;
}

std::vector<std::ptrdiff_t> own_national(const OwnData& data, std::span<const std::size_t> rows) {
  // Nederland's figures looked up once: a trajectory file gives thousands, and a search through all
  // of them per row made each frame slow.
  auto same_figure = [](const OwnValue& v) { return v.indicator + '\x1f' + v.breakdown + '\x1f' + v.period.label(); };
  std::map<std::string, std::ptrdiff_t> national;
  for (std::size_t i = 0; i < data.values.size(); ++i) {
    if (data.values[i].gemeente == "NL") national[same_figure(data.values[i])] = static_cast<std::ptrdiff_t>(i);
  }
  std::vector<std::ptrdiff_t> out;
  out.reserve(rows.size());
  for (const std::size_t r : rows) {
    const auto it = national.find(same_figure(data.values[r]));
    out.push_back(it == national.end() ? -1 : it->second);
  }
  return out;
}

std::vector<IndicatorMeta> own_provenance(const OwnData& data, std::span<const std::size_t> values) {
  struct Acc {
    IndicatorMeta meta;
    std::vector<std::string> sources;
    std::vector<Period> periods;
  };
  std::vector<Acc> acc;
  for (const std::size_t i : values) {
    const OwnValue& v = data.values[i];
    const OwnIndicator* ind = data.indicator(v.indicator);
    if (!ind) continue;
    auto it = std::find_if(acc.begin(), acc.end(), [&](const Acc& a) { return a.meta.id == ind->meta.id; });
    if (it == acc.end()) it = acc.insert(acc.end(), {ind->meta, {}, {}});
    const std::string source = v.source.empty() || v.source == v.file ? v.file : v.source + " (" + v.file + ")";
    if (std::find(it->sources.begin(), it->sources.end(), source) == it->sources.end()) it->sources.push_back(source);
    if (std::none_of(it->periods.begin(), it->periods.end(), [&](const Period& p) { return p == v.period; }))
      it->periods.push_back(v.period);
  }
  std::vector<IndicatorMeta> out;
  for (Acc& a : acc) {
    std::sort(a.periods.begin(), a.periods.end(),
              [](const Period& x, const Period& y) { return compare_periods(x, y) < 0; });
    a.meta.source.clear();
    for (std::size_t i = 0; i < a.sources.size(); ++i) a.meta.source += (i ? "; " : "") + a.sources[i];
    a.meta.period.clear();
    for (std::size_t i = 0; i < a.periods.size(); ++i) a.meta.period += (i ? ", " : "") + a.periods[i].label();
    out.push_back(std::move(a.meta));
  }
  return out;
}

}  // namespace jv
