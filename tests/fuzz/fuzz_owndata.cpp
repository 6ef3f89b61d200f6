// libFuzzer target: the whole own-data reader (template, wide, StatLine, xlsx by signature) on
// arbitrary bytes, against the real gemeenten. It must never crash, hang or leak, and a refused
// input must leave the earlier figures unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/owndata.h"
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jv::OwnData own;
  jv::ReadReport report;
  jv::ReadOptions options;
  options.default_gemeente = "GM0402";
  const bool ok = jv::read_own_data("fuzz.csv", {data, size}, options, gemeenten(), own, report);
  if (!ok && !own.values.empty()) std::abort();  // a refused file must leave nothing behind
  if (ok) {
    (void)jv::export_own_csv(own, gemeenten());
    (void)jv::serialize_own_data(own);
  }
  return 0;
}
