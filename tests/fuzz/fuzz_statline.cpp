// libFuzzer target: a StatLine export or a saved benchmark file as a benchmark source, on arbitrary
// bytes, against the real figures store. It must never crash or hang; a refused file must leave the
// store as it was, and a source it accepts must save and load back to the same file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/statline.h"
#include "data/embedded_data.h"

namespace {

const jv::FiguresStore& base() {
  static const jv::FiguresStore s = [] {
    jv::FiguresStore out;
    jv::LoadError e;
    if (!jv::load_store(jv::embedded_data_files(), out, e)) std::abort();
    return out;
  }();
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jv::FiguresStore store = base();
  jv::ReadReport report;
  const int source = jv::add_benchmark_source(store, "fuzz.csv", {data, size}, report);
  if (source < 0) {
    if (store.series.size() != base().series.size() || store.data.variables.size() != base().data.variables.size()) {
      std::abort();  // a refused file must leave nothing behind
    }
    return 0;
  }
  const std::string saved = jv::save_benchmark_source(store, source);
  jv::FiguresStore again = base();
  const int restored = jv::add_benchmark_source(
      again, "bewaard.csv", {reinterpret_cast<const std::uint8_t*>(saved.data()), saved.size()}, report);
  if (restored < 0 || jv::save_benchmark_source(again, restored) != saved) std::abort();
  return 0;
}
