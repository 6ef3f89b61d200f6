// libFuzzer target: a StatLine export or a saved benchmark file as a benchmark source, on arbitrary
// bytes, against the real figures store. It must never crash or hang; a refused file must leave the
// store as it was; a source it accepts must save and load back to the same file, and taking it out
// again (remove_source) must give back the store's shape.
//
// One store lives for the whole run, as in the app, where sources come and go: copying the store
// per input cost more than reading most inputs.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/statline.h"
#include "data/embedded_data.h"

namespace {

jv::FiguresStore& store() {
  static jv::FiguresStore s = [] {
    jv::FiguresStore out;
    jv::LoadError e;
    if (!jv::load_store(jv::embedded_data_files(), out, e)) std::abort();
    return out;
  }();
  return s;
}

// What a source adds to, and must take back from, the store.
struct Shape {
  std::size_t sources = 0, series = 0, variables = 0, denominators = 0, notes = 0, models = 0, values = 0;
  bool operator==(const Shape&) const = default;
};

Shape shape_of(const jv::FiguresStore& s) {
  return {s.sources.size(),
          s.series.size(),
          s.data.variables.size(),
          s.data.denominators.size(),
          s.notes.size(),
          s.bench.models.size(),
          s.data.gemeenten.empty() ? 0 : s.data.gemeenten.front().values.size()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jv::FiguresStore& s = store();
  static const Shape base = shape_of(s);
  jv::ReadReport report;
  const int source = jv::add_benchmark_source(s, "fuzz.csv", {data, size}, report);
  if (source < 0) {
    if (!(shape_of(s) == base)) std::abort();  // a refused file must leave nothing behind
    return 0;
  }
  const std::string saved = jv::save_benchmark_source(s, source);
  if (!jv::remove_source(s, source) || !(shape_of(s) == base)) std::abort();
  const int restored = jv::add_benchmark_source(
      s, "bewaard.csv", {reinterpret_cast<const std::uint8_t*>(saved.data()), saved.size()}, report);
  if (restored < 0 || jv::save_benchmark_source(s, restored) != saved) std::abort();
  if (!jv::remove_source(s, restored) || !(shape_of(s) == base)) std::abort();
  return 0;
}
