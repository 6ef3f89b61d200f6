// Internal helpers of the core, shared by its .cpp files (as imgui_internal.h's "Helpers: String"
// is): one copy of each small routine the readers and parsers need, so they cannot drift apart.
// Not part of any module's contract: the app and the CLI use the modules' own headers.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace jv {

// ASCII '0'..'9' only: std::isdigit depends on the C locale, and a digit in a file is ASCII.
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a hexadecimal digit ('0'..'9', 'a'..'f', 'A'..'F'), or -1 for any other character.
constexpr int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `s` without the leading and trailing characters listed in `chars` (ASCII characters).
// trim(" 12\t") == "12"; trim("\r\n x \n", " \r\n") == "x".
std::string_view trim(std::string_view s, std::string_view chars = " \t");

// `s` without leading and trailing spaces, tabs and no-break spaces (U+00A0, which Excel and web
// pages write between and around values): what a user sees as blank around a value.
// trim_blanks("\xC2\xA0 12 \t") == "12". Other Unicode spaces (U+202F, U+2009) stay.
std::string_view trim_blanks(std::string_view s);

// Appends code point `cp` as UTF-8 (1 to 4 bytes). U+0000, surrogates (U+D800..U+DFFF) and values
// above U+10FFFF become U+FFFD: UTF-8 cannot hold the last two, and no text this program reads
// holds a NUL (XML forbids it, the text decoder rejects it), so one can only come from damage.
void append_utf8(std::string& out, std::uint32_t cp);

// CRC-32 as zip, zlib and PNG compute it (IEEE 802.3: reflected polynomial 0xEDB88320, initial
// value and final XOR 0xFFFFFFFF). crc32("123456789") == 0xCBF43926; crc32("") == 0.
std::uint32_t crc32(std::span<const std::uint8_t> bytes);

}  // namespace jv
