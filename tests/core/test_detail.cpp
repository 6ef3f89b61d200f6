#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/detail.h"

namespace {

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::string utf8_of(std::uint32_t cp) {
  std::string out;
  jv::append_utf8(out, cp);
  return out;
}

}  // namespace

TEST_CASE("is_digit: ASCII digits only") {
  CHECK(jv::is_digit('0'));
  CHECK(jv::is_digit('9'));
  CHECK_FALSE(jv::is_digit('/'));     // the byte before '0'
  CHECK_FALSE(jv::is_digit(':'));     // the byte after '9'
  CHECK_FALSE(jv::is_digit('\xB2'));  // Latin-1 superscript two, a digit to some locales
}

TEST_CASE("hex_digit: both cases, -1 for anything else") {
  CHECK(jv::hex_digit('0') == 0);
  CHECK(jv::hex_digit('9') == 9);
  CHECK(jv::hex_digit('a') == 10);
  CHECK(jv::hex_digit('F') == 15);
  CHECK(jv::hex_digit('g') == -1);
  CHECK(jv::hex_digit('G') == -1);
  CHECK(jv::hex_digit('@') == -1);  // the byte before 'A'
  CHECK(jv::hex_digit('`') == -1);  // the byte before 'a'
}

TEST_CASE("trim: the listed characters from both ends, nothing inside") {
  CHECK(jv::trim(" \t12 3\t ") == "12 3");
  CHECK(jv::trim("\r\n x \n", " \r\n") == "x");
  CHECK(jv::trim("\r12\r") == "\r12\r");  // by default only spaces and tabs
  CHECK(jv::trim(" \t ").empty());
  CHECK(jv::trim("").empty());
}

TEST_CASE("trim_blanks: spaces, tabs and no-break spaces, as users see them") {
  CHECK(jv::trim_blanks("\xC2\xA0 12,8\t\xC2\xA0") == "12,8");
  CHECK(jv::trim_blanks("1\xC2\xA0"
                        "234") ==
        "1\xC2\xA0"
        "234");  // inside stays
  CHECK(jv::trim_blanks("\xE2\x80\xAF"
                        "5") ==
        "\xE2\x80\xAF"
        "5");                                  // U+202F is not trimmed
  CHECK(jv::trim_blanks("\xC2").size() == 1);  // half a no-break space is not one
  CHECK(jv::trim_blanks(" \xC2\xA0 ").empty());
}

TEST_CASE("append_utf8: one to four bytes, U+FFFD for what UTF-8 cannot hold") {
  CHECK(utf8_of(0x41) == "A");
  CHECK(utf8_of(0x7F) == "\x7F");
  CHECK(utf8_of(0x80) == "\xC2\x80");
  CHECK(utf8_of(0xE9) == "\xC3\xA9");  // é
  CHECK(utf8_of(0x7FF) == "\xDF\xBF");
  CHECK(utf8_of(0x800) == "\xE0\xA0\x80");
  CHECK(utf8_of(0x20AC) == "\xE2\x82\xAC");  // €
  CHECK(utf8_of(0xFFFF) == "\xEF\xBF\xBF");
  CHECK(utf8_of(0x10000) == "\xF0\x90\x80\x80");
  CHECK(utf8_of(0x1F600) == "\xF0\x9F\x98\x80");  // 😀
  CHECK(utf8_of(0x10FFFF) == "\xF4\x8F\xBF\xBF");
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(utf8_of(0) == replacement);
  CHECK(utf8_of(0xD800) == replacement);
  CHECK(utf8_of(0xDFFF) == replacement);
  CHECK(utf8_of(0xD7FF) == "\xED\x9F\xBF");  // the last code point before the surrogates
  CHECK(utf8_of(0xE000) == "\xEE\x80\x80");  // the first after them
  CHECK(utf8_of(0x110000) == replacement);
  CHECK(utf8_of(0xFFFFFFFF) == replacement);
  std::string out = "x";
  jv::append_utf8(out, 0x20AC);
  CHECK(out == "x\xE2\x82\xAC");  // appends, keeps what was there
}

TEST_CASE("crc32: the standard check values, over every length the 8-byte steps split") {
  CHECK(jv::crc32(bytes_of("")) == 0u);
  CHECK(jv::crc32(bytes_of("a")) == 0xE8B7BE43u);
  CHECK(jv::crc32(bytes_of("123456789")) == 0xCBF43926u);  // the check value of CRC-32
  CHECK(jv::crc32(bytes_of("The quick brown fox jumps over the lazy dog")) == 0x414FA339u);
  // The 8-byte steps and the byte-wise tail agree: every split of the same bytes gives the CRC a
  // byte-at-a-time loop (the definition) gives.
  const std::string text = "Jeugdvergelijker: 12,8 % van de jongeren, 1.234 trajecten";
  for (std::size_t n = 0; n <= text.size(); ++n) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < n; ++i) {
      crc ^= static_cast<std::uint8_t>(text[i]);
      for (int k = 0; k < 8; ++k) crc = (crc & 1u) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    CAPTURE(n);
    CHECK(jv::crc32(bytes_of(std::string_view(text).substr(0, n))) == (crc ^ 0xFFFFFFFFu));
  }
}
