// libFuzzer target: the trajectory reader (core/flows.h) on arbitrary bytes, against the real
// gemeenten. The first byte chooses a chunk size and a granularity; the rest is the file. It must
// never crash, hang or leak, and the file read in those chunks must give exactly the report and
// figures (per year, quarter and month) of the file read at once: where a chunk ends must never
// matter. The figures of one granularity, chosen by the first byte, then go into own data with
// their disclosure check: that costs the most per figure, and a file whose dates span decades has
// hundreds of months.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/flows.h"
#include "data/embedded_data.h"

namespace {

const jv::Dataset& gemeenten() {
  static const jv::Dataset d = [] {
    jv::Dataset d2021, d2025;
    jv::LoadError e;
    if (!jv::load_dataset_2021(jv::embedded_data_files(), d2021, e) ||
        !jv::derive_dataset_2025(d2021, jv::embedded_data_files(), d2025, e)) {
      std::abort();
    }
    return d2025;
  }();
  return d;
}

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t chunk = 1 + data[0] % 17;
  const std::span<const std::uint8_t> file(data + 1, size - 1);

  jv::FlowReader whole("fuzz.csv", gemeenten());
  whole.feed(file);
  const bool ok = whole.finish();

  jv::FlowReader pieces("fuzz.csv", gemeenten());
  for (std::size_t at = 0; at < file.size(); at += chunk) {
    if (!pieces.feed(file.subspan(at, std::min(chunk, file.size() - at)))) break;
  }
  if (pieces.finish() != ok) std::abort();
  const jv::FlowReport& a = whole.report();
  const jv::FlowReport& b = pieces.report();
  if (a.rows_read != b.rows_read || a.rows_skipped != b.rows_skipped || a.trajectories != b.trajectories ||
      a.clients != b.clients || a.problems.size() != b.problems.size()) {
    std::abort();
  }
  for (std::size_t i = 0; i < a.problems.size(); ++i) {
    if (a.problems[i].to_string() != b.problems[i].to_string()) std::abort();
  }
  if (!ok) return 0;
  constexpr jv::FlowGranularity kGranularities[] = {jv::FlowGranularity::Year, jv::FlowGranularity::Quarter,
                                                    jv::FlowGranularity::Month};
  const jv::FlowGranularity as_own = kGranularities[(data[0] / 17) % 3];
  for (const auto g : kGranularities) {
    const auto fa = whole.figures(g);
    const auto fb = pieces.figures(g);
    if (fa.size() != fb.size()) std::abort();
    for (std::size_t i = 0; i < fa.size(); ++i) {
      if (fa[i].indicator != fb[i].indicator || fa[i].breakdown != fb[i].breakdown || !same(fa[i].value, fb[i].value)) {
        std::abort();
      }
      // Counts of young people and trajectories are never negative (kosten may be: corrections).
      const bool count = fa[i].indicator == "stroom_in_zorg" || fa[i].indicator == "stroom_instroom" ||
                         fa[i].indicator == "stroom_uitstroom" || fa[i].indicator == "stroom_stapeling" ||
                         fa[i].indicator == "stroom_verwijzingen";
      if (count && fa[i].value < 0) std::abort();
    }
    if (g != as_own) continue;
    jv::OwnData own;
    jv::add_flow_figures(fa, "fuzz.csv", own);
  }
  return 0;
}
