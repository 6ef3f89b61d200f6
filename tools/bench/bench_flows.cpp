// Benchmark: the Stromen reader (src/core/flows.h) natively over a record file, the upper bound for
// the wasm build of the same core (tools/bench/flows-bench.cjs runs both on one file).
//
//   jv-bench-flows FILE [--runs N]
//
// Prints one JSON object: the best and every run's time, the split into feed / finish / figures,
// a byte scan of the same chunks (the least any reader must do: find every ';' and newline), peak
// RSS (getrusage) and the comparison set (flows_aggregates.h). The file is read in 4 MiB chunks
// with fread, as the page hands the core 4 MiB slices; after the first run it is in the page cache.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/flows.h"
#include "data/embedded_data.h"
#include "tools/bench/flows_aggregates.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kChunk = std::size_t(4) << 20;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Run {
  double cpu_ms = 0;  // process CPU time: on a machine shared with other work, less than total_ms
  double total_ms = 0, read_ms = 0, feed_ms = 0, finish_ms = 0, figures_ms = 0;
  std::string json;
  std::size_t rows = 0, clients = 0, bytes = 0;
  bool ok = false;
};

Run run_once(const char* path, const jv::Dataset& gemeenten, std::vector<std::uint8_t>& buffer) {
  Run run;
  const auto start = Clock::now();
  const std::clock_t cpu_start = std::clock();
  std::FILE* file = std::fopen(path, "rb");
  if (!file) return run;
  // Told the file's size, as the app and the CLI tell it.
  jv::FlowOptions options;
  if (std::fseek(file, 0, SEEK_END) == 0) {
    const long size = std::ftell(file);
    if (size > 0) options.expected_bytes = static_cast<std::size_t>(size);
    std::fseek(file, 0, SEEK_SET);
  }
  jv::FlowReader reader(path, gemeenten, options);
  for (;;) {
    auto t = Clock::now();
    const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file);
    run.read_ms += ms_since(t);
    if (n == 0) break;
    t = Clock::now();
    const bool more = reader.feed({buffer.data(), n});
    run.feed_ms += ms_since(t);
    if (!more) break;
  }
  std::fclose(file);
  auto t = Clock::now();
  run.ok = reader.finish();
  run.finish_ms = ms_since(t);
  t = Clock::now();
  const std::vector<jv::FlowFigure> figures =
      run.ok ? reader.figures(jv::FlowGranularity::Year) : std::vector<jv::FlowFigure>{};
  run.figures_ms = ms_since(t);
  run.total_ms = ms_since(start);
  run.cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  run.json = jv::bench::flow_years_json(jv::bench::flow_years(figures));
  run.rows = reader.report().rows_read;
  run.clients = reader.report().clients;
  run.bytes = reader.report().bytes;
  if (!run.ok) {
    for (const jv::Problem& p : reader.report().problems) std::fprintf(stderr, "%s\n", p.message.c_str());
  }
  return run;
}

// The floor: every chunk scanned for ';' and newlines, nothing else.
double scan_ms(const char* path, std::vector<std::uint8_t>& buffer, std::size_t& separators) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) return 0;
  const auto start = Clock::now();
  separators = 0;
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0;) {
    for (std::size_t i = 0; i < n; ++i) separators += (buffer[i] == ';' || buffer[i] == '\n') ? 1u : 0u;
  }
  std::fclose(file);
  return ms_since(start);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "gebruik: jv-bench-flows BESTAND [--runs N]\n");
    return 2;
  }
  const char* path = argv[1];
  int runs = 5;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
  }
  jv::Dataset d2021, d2025;
  jv::LoadError error;
  auto t = Clock::now();
  if (!jv::load_dataset_2021(jv::embedded_data_files(), d2021, error) ||
      !jv::derive_dataset_2025(d2021, jv::embedded_data_files(), d2025, error)) {
    std::fprintf(stderr, "%s\n", error.to_string().c_str());
    return 1;
  }
  const double dataset_ms = ms_since(t);

  std::vector<std::uint8_t> buffer(kChunk);
  std::vector<Run> all;
  for (int r = 0; r < runs; ++r) all.push_back(run_once(path, d2025, buffer));
  if (all.empty() || !all.front().ok) {
    std::fprintf(stderr, "fout: %s niet gelezen\n", path);
    return 1;
  }
  const Run& best =
      *std::min_element(all.begin(), all.end(), [](const Run& a, const Run& b) { return a.total_ms < b.total_ms; });
  std::size_t separators = 0;
  double best_scan = 1e300;
  for (int r = 0; r < 3; ++r) best_scan = std::min(best_scan, scan_ms(path, buffer, separators));

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("{\"bytes\":%zu,\"rows\":%zu,\"clients\":%zu,\"dataset_ms\":%.2f,\"best_ms\":%.2f,\"runs_ms\":[",
              best.bytes, best.rows, best.clients, dataset_ms, best.total_ms);
  for (std::size_t r = 0; r < all.size(); ++r) std::printf("%s%.2f", r ? "," : "", all[r].total_ms);
  std::printf(
      "],\"best_cpu_ms\":%.2f,\"phases\":{\"read_ms\":%.2f,\"feed_ms\":%.2f,\"finish_ms\":%.2f,\"figures_ms\":%.2f},",
      best.cpu_ms, best.read_ms, best.feed_ms, best.finish_ms, best.figures_ms);
  std::printf("\"scan_ms\":%.2f,\"separators\":%zu,\"peak_rss_bytes\":%ld,\"result\":%s}\n", best_scan, separators,
              usage.ru_maxrss * 1024L, best.json.c_str());
  return 0;
}
