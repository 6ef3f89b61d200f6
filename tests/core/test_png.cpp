#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/detail.h"
#include "core/io/inflate.h"
#include "core/png.h"

namespace {

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::uint32_t be32(std::string_view s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(s[at + i]);
  return v;
}

// The zlib stream back through the core's own inflater (written for .xlsx, independently of the
// writer), its header and Adler-32 checked.
std::vector<std::uint8_t> unzlib(std::string_view z) {
  REQUIRE(z.size() >= 6);
  CHECK(static_cast<std::uint8_t>(z[0]) == 0x78);
  CHECK(((static_cast<std::uint8_t>(z[0]) << 8) | static_cast<std::uint8_t>(z[1])) % 31 == 0);
  std::vector<std::uint8_t> out;
  std::string error;
  REQUIRE_MESSAGE(jv::inflate_raw(bytes_of(z.substr(2, z.size() - 6)), out, 1u << 26, error), error);
  CHECK(be32(z, z.size() - 4) == jv::adler32(out));
  return out;
}

// A PNG decoded the way a viewer does (filters None, Sub, Up, Average, Paeth undone).
std::vector<std::uint8_t> decode(std::string_view png, int& w, int& h) {
  REQUIRE(png.substr(0, 8) == std::string_view("\x89PNG\r\n\x1A\n", 8));
  std::string idat;
  std::size_t at = 8;
  while (at + 12 <= png.size()) {
    const std::uint32_t len = be32(png, at);
    const std::string_view type = png.substr(at + 4, 4);
    const std::string_view data = png.substr(at + 8, len);
    CHECK(be32(png, at + 8 + len) == jv::crc32(bytes_of(png.substr(at + 4, 4 + len))));
    if (type == "IHDR") {
      w = static_cast<int>(be32(data, 0));
      h = static_cast<int>(be32(data, 4));
      CHECK(data.substr(8) == std::string_view("\x08\x06\x00\x00\x00", 5));
    }
    if (type == "IDAT") idat += data;
    at += 12 + len;
  }
  CHECK(at == png.size());
  const std::vector<std::uint8_t> raw = unzlib(idat);
  const std::size_t stride = static_cast<std::size_t>(w) * 4;
  REQUIRE(raw.size() == (stride + 1) * static_cast<std::size_t>(h));
  std::vector<std::uint8_t> px(stride * static_cast<std::size_t>(h));
  for (std::size_t y = 0; y < static_cast<std::size_t>(h); ++y) {
    const std::uint8_t filter = raw[y * (stride + 1)];
    REQUIRE(filter <= 2);  // the writer uses None, Sub and Up only
    for (std::size_t x = 0; x < stride; ++x) {
      const std::uint8_t v = raw[y * (stride + 1) + 1 + x];
      const std::uint8_t left = x >= 4 ? px[y * stride + x - 4] : 0;
      const std::uint8_t up = y > 0 ? px[(y - 1) * stride + x] : 0;
      px[y * stride + x] = static_cast<std::uint8_t>(v + (filter == 1 ? left : filter == 2 ? up : 0));
    }
  }
  return px;
}

}  // namespace

TEST_CASE("adler32: zlib's checksum") {
  CHECK(jv::adler32(bytes_of("")) == 1u);
  CHECK(jv::adler32(bytes_of("Wikipedia")) == 0x11E60398u);
  // Past zlib's 5552-byte block: 100000 bytes of 0xFF, computed by hand as
  // a = 1 + 100000*255 mod 65521, b = sum over k of (1 + k*255) mod 65521.
  const std::vector<std::uint8_t> ff(100000, 0xFF);
  std::uint64_t a = 1, b = 0;
  for (int k = 0; k < 100000; ++k) a += 255, b += a;
  CHECK(jv::adler32(ff) == (((b % 65521) << 16) | (a % 65521)));
}

TEST_CASE("zlib_compress: every kind of input comes back through the inflater") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Hilversum;10,6;Jeugdregio Gooi en Vechtstreek\n";
  std::string noise;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 70000; ++i) {
    seed = seed * 1103515245u + 12345u;
    noise += static_cast<char>(seed >> 24);
  }
  for (const std::string& input : {std::string(), std::string("a"), std::string(100000, '\0'), text, noise}) {
    const std::string z = jv::zlib_compress(bytes_of(input));
    const std::vector<std::uint8_t> back = unzlib(z);
    CHECK(std::string(back.begin(), back.end()) == input);
  }
  // Repetition compresses: a 100 000-byte run takes a few hundred bytes.
  CHECK(jv::zlib_compress(bytes_of(std::string(100000, '\0'))).size() < 1000);
}

TEST_CASE("encode_png: a PNG a viewer reads back to the same pixels") {
  const int w = 37, h = 23;  // odd sizes: no row is a multiple of anything convenient
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w * h * 4));
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      std::uint8_t* p = &rgba[static_cast<std::size_t>((y * w + x) * 4)];
      p[0] = static_cast<std::uint8_t>(x * 7);
      p[1] = static_cast<std::uint8_t>(y < 10 ? 255 : y * 11);  // flat rows, then a gradient
      p[2] = static_cast<std::uint8_t>((x * y) & 0xFF);
      p[3] = static_cast<std::uint8_t>(x == 0 ? 0 : 255);
    }
  }
  const std::string png = jv::encode_png(w, h, rgba);
  int dw = 0, dh = 0;
  CHECK(decode(png, dw, dh) == rgba);
  CHECK(dw == 37);
  CHECK(dh == 23);
  CHECK(jv::encode_png(0, 5, {}).empty());
  CHECK(jv::encode_png(2, 2, std::span<const std::uint8_t>(rgba.data(), 15)).empty());
}
