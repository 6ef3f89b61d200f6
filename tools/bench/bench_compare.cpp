// Benchmark: comparing every gemeente on every indicator against every group, natively.
// Prints figures, asserts nothing (timings belong in a benchmark, not in a test that flakes).
//
// The peer, measured in the same run on the same data: a bare loop that only gathers each
// group's values and sorts them (the least any comparison must do). The ratio says how much the
// full engine (weighted means, quartiles, ranks, z, binomial funnel limits at two levels, the
// expected value) costs on top, independent of how fast this machine is.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/compare.h"
#include "core/dataset.h"
#include "core/figures.h"
#include "data/embedded_data.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main() {
  jv::Dataset d2021, d2025;
  jv::LoadError error;
  auto t = Clock::now();
  if (!jv::load_dataset_2021(jv::embedded_data_files(), d2021, error) ||
      !jv::derive_dataset_2025(d2021, jv::embedded_data_files(), d2025, error)) {
    std::fprintf(stderr, "%s\n", error.to_string().c_str());
    return 1;
  }
  const double load_ms = ms_since(t);

  for (const jv::Dataset* data : {&d2021, &d2025}) {
    t = Clock::now();
    const jv::Benchmark bench = jv::make_benchmark(*data);
    const double setup_ms = ms_since(t);

    std::vector<int> variables;
    for (std::size_t v = 0; v < data->variables.size(); ++v) {
      if (data->variables[v].role != jv::Role::Characteristic) variables.push_back(static_cast<int>(v));
    }
    const int n = static_cast<int>(data->gemeenten.size());

    // Groups are built once per gemeente (the app does the same when the selection changes).
    t = Clock::now();
    std::vector<std::vector<jv::Group>> groups(static_cast<std::size_t>(n));
    for (int g = 0; g < n; ++g) {
      for (const jv::GroupKind kind : jv::kAllGroupKinds)
        groups[static_cast<std::size_t>(g)].push_back(jv::make_group(bench, g, kind));
    }
    const double groups_ms = ms_since(t);

    double best_full = 1e300, best_peer = 1e300;
    double checksum = 0.0;
    std::size_t comparisons = 0;
    for (int round = 0; round < 5; ++round) {
      t = Clock::now();
      comparisons = 0;
      for (int g = 0; g < n; ++g) {
        for (const int v : variables) {
          for (const jv::Group& group : groups[static_cast<std::size_t>(g)]) {
            const jv::Comparison c = jv::compare(bench, g, v, group);
            if (c.percentile == c.percentile) checksum += c.percentile;
            ++comparisons;
          }
        }
      }
      best_full = std::min(best_full, ms_since(t));

      t = Clock::now();
      std::vector<double> values;
      for (int g = 0; g < n; ++g) {
        for (const int v : variables) {
          for (const jv::Group& group : groups[static_cast<std::size_t>(g)]) {
            values.clear();
            for (const int m : group.members) values.push_back(data->value(m, v));
            std::sort(values.begin(), values.end());
            if (!values.empty() && values[values.size() / 2] == values[values.size() / 2])
              checksum += values[values.size() / 2];
          }
        }
      }
      best_peer = std::min(best_peer, ms_since(t));
    }

    std::printf("gemeentegrenzen %d: %d gemeenten x %zu indicatoren x %zu groepen = %zu vergelijkingen\n", data->year,
                n, variables.size(), std::size(jv::kAllGroupKinds), comparisons);
    std::printf("  volledige vergelijking   %8.2f ms  (%.2f us per vergelijking; doel < 50 ms)\n", best_full,
                1000.0 * best_full / static_cast<double>(comparisons));
    std::printf("  peer: verzamelen+sorteren%8.2f ms  -> verhouding %.1fx\n", best_peer, best_full / best_peer);
    std::printf("  groepen maken            %8.2f ms, modellen en schaal %6.2f ms\n", groups_ms, setup_ms);
    std::printf("  (controlesom %.3f)\n", checksum);
  }
  std::printf("gegevens laden (2021 + 2025)   %8.2f ms\n", load_ms);
  // The whole store the app reads at start (KWB in both boundaries, Iv3's series, the benchmark
  // over every column), against the KWB datasets alone above, in the same run.
  t = Clock::now();
  jv::FiguresStore store;
  if (!jv::load_store(jv::embedded_data_files(), store, error)) {
    std::fprintf(stderr, "%s\n", error.to_string().c_str());
    return 1;
  }
  const double store_ms = ms_since(t);
  std::printf("cijferopslag laden (KWB + Iv3, %zu reeksen, %zu kolommen)  %8.2f ms  -> verhouding %.1fx\n",
              store.series.size(), store.data.variables.size(), store_ms, store_ms / load_ms);

  // Taking a source out (Iv3's series: indicators, neither peer characteristics nor predictors)
  // brings the benchmark up to date by renumbering (shrink_benchmark). The peer, in the same run:
  // the same removal with every model fitted again, as before.
  int iv3 = -1;
  for (std::size_t s = 0; s < store.sources.size(); ++s) {
    if (store.sources[s].id == "iv3") iv3 = static_cast<int>(s);
  }
  if (iv3 < 0) {
    std::fprintf(stderr, "de bron iv3 ontbreekt\n");
    return 1;
  }
  double best_shrink = 1e300, best_whole = 1e300;
  std::size_t columns_after = 0;
  for (int round = 0; round < 5; ++round) {
    jv::FiguresStore a = store, b = store;
    t = Clock::now();
    jv::remove_source(a, iv3);
    best_shrink = std::min(best_shrink, ms_since(t));
    t = Clock::now();
    jv::remove_source(b, iv3);
    jv::rebuild_benchmark(b);
    best_whole = std::min(best_whole, ms_since(t));
    columns_after = a.data.variables.size();
  }
  std::printf(
      "bron eruit (iv3, %zu -> %zu kolommen)  %8.2f ms; met alle modellen opnieuw %8.2f ms  -> verhouding %.1fx\n",
      store.data.variables.size(), columns_after, best_shrink, best_whole, best_whole / best_shrink);
  return 0;
}
