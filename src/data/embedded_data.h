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

}  // namespace jv
