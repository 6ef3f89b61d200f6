// The data files compiled into this binary (see src/data/CMakeLists.txt). Kept apart from the
// core, which only ever sees texts and bytes and never knows where they came from.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "core/dataset.h"
#include "core/lang.h"

namespace jv {

DataFiles embedded_data_files();
// data/kaart_2025.jvk for 2025 (the map the app draws); empty for another year. The 2021 map stays
// in data/ for the tests, not in the page: it would add some 37 KB to every download.
std::span<const std::uint8_t> embedded_map(int year);

// data/taal/<id>.tsv: the translation table of a language (core/lang.h); empty for Dutch, the
// language the texts are written in.
std::string_view embedded_translations(Lang lang);

// Example own-data files (data/examples/), built from the policy documents' published figures.
struct EmbeddedExample {
  const char* file_name;  // as it would be saved
  const char* title;      // what the button says
  const char* source;     // the document the figures come from
  std::span<const std::uint8_t> bytes;
};
std::span<const EmbeddedExample> embedded_examples();

}  // namespace jv
