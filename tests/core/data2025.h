// The compiled-in dataset in the gemeenten of 2025, shared by the test suites that read files
// against it: one inline function, so a test binary derives it once, not once per file.
#pragma once

#include <doctest/doctest.h>

#include "core/dataset.h"
#include "data/embedded_data.h"

namespace jv::test {

inline const jv::Dataset& data2025() {
  static const jv::Dataset d = [] {
    jv::Dataset d2021, out;
    jv::LoadError e;
    REQUIRE_MESSAGE(jv::load_dataset_2021(jv::embedded_data_files(), d2021, e), e.to_string());
    REQUIRE_MESSAGE(jv::derive_dataset_2025(d2021, jv::embedded_data_files(), out, e), e.to_string());
    return out;
  }();
  return d;
}

}  // namespace jv::test
