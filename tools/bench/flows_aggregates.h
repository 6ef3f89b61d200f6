// The benchmark's comparison set, taken from a finished FlowReader's yearly figures: per gemeente
// and calendar year in zorg, instroom, uitstroom, stapeling, the trajectories ending and the sum of
// their durations, and the trajectories beginning per verwijzer. The JSON has the shape the
// benchmark page's PapaParse and DuckDB-WASM methods build (tools/bench/flows-bench-page.mjs), so
// tools/bench/flows-bench.cjs can check that all agree: { "GM0402|2024": { "in_zorg": 12, ...,
// "verwijzers": { "huisarts": 3 } } }. Shared by the native tool and the wasm entry.
#pragma once

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/flows.h"

namespace jv::bench {

struct FlowYear {
  double in_zorg = 0, instroom = 0, uitstroom = 0, stapeling = 0, eindigend = 0, duur_dagen = 0;
  std::map<std::string, double> verwijzers;
};

// The page's short keys for the verwijzers (its REFERRERS table maps a file's text to these).
inline const char* referrer_key(FlowReferrer r) {
  static const char* const keys[kFlowReferrers] = {"gemeente",   "huisarts", "jeugdarts", "gi",
                                                   "specialist", "rechter",  "geen",      "onbekend"};
  return keys[static_cast<int>(r)];
}

inline std::map<std::string, FlowYear> flow_years(const std::vector<FlowFigure>& figures) {
  std::map<std::string, std::string> referrers;  // the core's label -> the page's key
  for (int r = 0; r < kFlowReferrers; ++r) {
    const auto referrer = static_cast<FlowReferrer>(r);
    referrers[flow_referrer_label(referrer)] = referrer_key(referrer);
  }
  std::map<std::string, FlowYear> out;
  const auto count = [](double v) { return std::isnan(v) ? 0.0 : v; };
  for (const FlowFigure& f : figures) {
    FlowYear& y = out[f.gemeente + "|" + std::to_string(f.period.year)];
    if (f.breakdown.empty()) {
      if (f.indicator == "stroom_in_zorg") y.in_zorg = count(f.value);
      else if (f.indicator == "stroom_instroom") y.instroom = count(f.value);
      else if (f.indicator == "stroom_uitstroom") y.uitstroom = count(f.value);
      else if (f.indicator == "stroom_stapeling") y.stapeling = count(f.value);
      else if (f.indicator == "stroom_duur_gemiddeld") {
        y.duur_dagen = count(f.numerator);
        y.eindigend = count(f.denominator);
      }
    } else if (f.indicator == "stroom_verwijzingen") {
      const auto key = referrers.find(f.breakdown);
      if (key != referrers.end() && count(f.value) > 0) y.verwijzers[key->second] += f.value;
    }
  }
  return out;
}

inline std::string flow_years_json(const std::map<std::string, FlowYear>& years) {
  std::string json = "{";
  char buf[64];
  const auto number = [&](const char* name, double v, bool comma = true) {
    std::snprintf(buf, sizeof buf, "\"%s\":%.0f%s", name, v, comma ? "," : "");
    json += buf;
  };
  bool first = true;
  for (const auto& [key, y] : years) {
    json += first ? "\"" : ",\"";
    first = false;
    json += key + "\":{";
    number("in_zorg", y.in_zorg);
    number("instroom", y.instroom);
    number("uitstroom", y.uitstroom);
    number("stapeling", y.stapeling);
    number("eindigend", y.eindigend);
    number("duur_dagen", y.duur_dagen);
    json += "\"verwijzers\":{";
    bool first_referrer = true;
    for (const auto& [name, n] : y.verwijzers) {
      if (!first_referrer) json += ",";
      first_referrer = false;
      number(name.c_str(), n, false);
    }
    json += "}}";
  }
  return json + "}";
}

}  // namespace jv::bench
