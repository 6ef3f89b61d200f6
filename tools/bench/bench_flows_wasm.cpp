// The Stromen reader (src/core/flows.h) as the page runs it, for the browser benchmark
// (tools/bench/flows-bench.cjs): built in the web build tree with the app's compile and link flags,
// fed by the page in 4 MiB slices like the app, and answering with the comparison set
// (flows_aggregates.h) and the time of each step.
//
//   _jv_bench_flows_begin(size)    a fresh reader told the file's size, as the app tells it (the
//                                  gemeenten are loaded on the first call)
//   _jv_bench_flows_feed(ptr, n)   the next bytes; 0 once the file is refused
//   _jv_bench_flows_finish()       JSON: { ok, rows, clients, dataset_ms, phases: { finish_ms,
//                                  figures_ms }, result, problem }
#include <emscripten/emscripten.h>

#include <cstdio>
#include <memory>
#include <string>

#include "core/dataset.h"
#include "core/flows.h"
#include "data/embedded_data.h"
#include "tools/bench/flows_aggregates.h"

namespace {

// A tool's state between the page's calls (the core itself keeps none).
struct Bench {
  jv::Dataset d2021, d2025;
  bool loaded = false;
  double dataset_ms = 0;
  std::unique_ptr<jv::FlowReader> reader;
  std::string json;
};

Bench& bench() {
  static Bench b;
  return b;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int jv_bench_flows_begin(double file_bytes) {
  Bench& b = bench();
  if (!b.loaded) {
    const double start = emscripten_get_now();
    jv::LoadError error;
    if (!jv::load_dataset_2021(jv::embedded_data_files(), b.d2021, error) ||
        !jv::derive_dataset_2025(b.d2021, jv::embedded_data_files(), b.d2025, error)) {
      return 0;
    }
    b.loaded = true;
    b.dataset_ms = emscripten_get_now() - start;
  }
  jv::FlowOptions options;
  options.expected_bytes = static_cast<std::size_t>(file_bytes);
  b.reader = std::make_unique<jv::FlowReader>("trajecten.csv", b.d2025, options);
  return 1;
}

EMSCRIPTEN_KEEPALIVE int jv_bench_flows_feed(const std::uint8_t* bytes, std::size_t size) {
  Bench& b = bench();
  return b.reader && b.reader->feed({bytes, size}) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* jv_bench_flows_finish() {
  Bench& b = bench();
  if (!b.reader) return "{\"ok\":false}";
  double t = emscripten_get_now();
  const bool ok = b.reader->finish();
  const double finish_ms = emscripten_get_now() - t;
  t = emscripten_get_now();
  const std::vector<jv::FlowFigure> figures =
      ok ? b.reader->figures(jv::FlowGranularity::Year) : std::vector<jv::FlowFigure>{};
  const double figures_ms = emscripten_get_now() - t;
  const jv::FlowReport& report = b.reader->report();
  char head[256];
  std::snprintf(head, sizeof head,
                "{\"ok\":%s,\"rows\":%zu,\"clients\":%zu,\"dataset_ms\":%.2f,"
                "\"phases\":{\"finish_ms\":%.2f,\"figures_ms\":%.2f},\"problem\":",
                ok ? "true" : "false", report.rows_read, report.clients, b.dataset_ms, finish_ms, figures_ms);
  b.json = head;
  b.json += quoted(report.problems.empty() ? std::string() : report.problems.back().message);
  b.json += ",\"result\":" + jv::bench::flow_years_json(jv::bench::flow_years(figures)) + "}";
  b.reader.reset();  // its memory back before the next run (the heap itself never shrinks)
  return b.json.c_str();
}

}  // extern "C"
