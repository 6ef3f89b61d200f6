// The data files compiled into this binary (see src/data/CMakeLists.txt). Kept apart from the
// core, which only ever sees texts and bytes and never knows where they came from.
#pragma once

#include <cstdint>
#include <span>

#include "core/dataset.h"

namespace jv {

DataFiles embedded_data_files();
// data/kaart_<year>.jvk; empty for another year.
std::span<const std::uint8_t> embedded_map(int year);

// Example own-data files (data/examples/), built from the policy documents' published figures.
struct EmbeddedExample {
  const char* file_name;  // as it would be saved
  const char* title;      // what the button says
  const char* source;     // the document the figures come from
  std::span<const std::uint8_t> bytes;
};
std::span<const EmbeddedExample> embedded_examples();

}  // namespace jv
