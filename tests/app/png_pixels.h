// The pixels of an exported PNG, for the tests that look at what the presentation and
// "Exporteer wat u ziet" wrote (one reader instead of a copy in each suite).
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/inflate.h"

namespace jv::test {

inline std::uint32_t be32(std::string_view s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(s[at + i]);
  return v;
}

// The pixels of a PNG as encode_png writes it (one IDAT; filters None, Sub and Up).
inline std::vector<std::uint8_t> png_pixels(std::string_view png, int& w, int& h) {
  REQUIRE(png.substr(0, 8) == std::string_view("\x89PNG\r\n\x1A\n", 8));
  REQUIRE(png.substr(12, 4) == "IHDR");
  w = static_cast<int>(be32(png, 16));
  h = static_cast<int>(be32(png, 20));
  const std::size_t at = 8 + 12 + 13;
  REQUIRE(png.substr(at + 4, 4) == "IDAT");
  const std::string_view z = png.substr(at + 8 + 2, be32(png, at) - 6);
  std::vector<std::uint8_t> raw;
  std::string error;
  REQUIRE(jv::inflate_raw(std::span(reinterpret_cast<const std::uint8_t*>(z.data()), z.size()), raw, 1u << 28, error));
  const std::size_t stride = static_cast<std::size_t>(w) * 4;
  REQUIRE(raw.size() == (stride + 1) * static_cast<std::size_t>(h));
  std::vector<std::uint8_t> px(stride * static_cast<std::size_t>(h));
  for (std::size_t y = 0; y < static_cast<std::size_t>(h); ++y) {
    const std::uint8_t f = raw[y * (stride + 1)];
    for (std::size_t x = 0; x < stride; ++x) {
      const std::uint8_t left = x >= 4 ? px[y * stride + x - 4] : 0;
      const std::uint8_t up = y > 0 ? px[(y - 1) * stride + x] : 0;
      px[y * stride + x] = static_cast<std::uint8_t>(raw[y * (stride + 1) + 1 + x] + (f == 1 ? left : f == 2 ? up : 0));
    }
  }
  return px;
}

}  // namespace jv::test
