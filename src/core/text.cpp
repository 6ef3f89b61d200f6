#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace jv {

namespace {

// Base letters for U+00C0..U+017F; "" for characters that are not letters.
const char* fold_latin(unsigned cp) {
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0-CF
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0-EF
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  // Latin Extended-A, one entry per code point (generated from Unicode's decompositions; the
  // letters without one, such as Ł, Đ and Ĳ, by hand).
  static const char* const kExtA[128] = {
      "a", "a", "a",  "a",  "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",   // 0100
      "d", "d", "e",  "e",  "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",   // 0110
      "g", "g", "g",  "g",  "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",   // 0120
      "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",   // 0130
      "l", "l", "l",  "n",  "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",   // 0140
      "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",   // 0150
      "s", "s", "t",  "t",  "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",   // 0160
      "u", "u", "u",  "u",  "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"};  // 0170
  if (cp >= 0x100 && cp <= 0x17F) return kExtA[cp - 0x100];
  return "";
}

}  // namespace

std::string fold_for_search(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  auto emit = [&](std::string_view letters) {
    if (letters.empty()) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += letters;
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        const char lower = static_cast<char>(c - 'A' + 'a');
        emit(std::string_view(&lower, 1));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        const char same = static_cast<char>(c);
        emit(std::string_view(&same, 1));
      } else {
        emit({});
      }
      continue;
    }
    // Decode one UTF-8 sequence (invalid bytes count as separators).
    unsigned cp = 0;
    std::size_t len = 1;
    if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1Fu;
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0Fu;
      len = 3;
    } else if ((c & 0xF8) == 0xF0) {
      cp = c & 0x07u;
      len = 4;
    }
    if (i + len > s.size()) len = s.size() - i;
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += len;
    emit(fold_latin(cp));
  }
  return out;
}

// The full distance is at most the longer length, so the bounded count with that limit is exact.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  return edit_distance_within(a, b, std::max(a.size(), b.size()));
}

std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
  if (longer - shorter > limit) return limit + 1;
  // One row of the table, on the stack for names (a gemeente's is at most 40 bytes folded).
  std::size_t small[128];
  std::vector<std::size_t> large;
  std::size_t* row = small;
  if (b.size() + 1 > std::size(small)) {
    large.resize(b.size() + 1);
    row = large.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t lowest = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
      lowest = std::min(lowest, row[j]);
    }
    if (lowest > limit) return limit + 1;  // every path from here costs more
  }
  return std::min(row[b.size()], limit + 1);
}

bool parse_plain_decimal(std::string_view text, double& out) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    ++i;
    ++digits;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++i;
      ++digits;
    }
  }
  if (digits == 0 || i != text.size() || text.size() > 64) return false;
  // strtod is exact; the project never changes the C locale, so '.' is the decimal point.
  char buffer[72];
  text.copy(buffer, text.size());
  buffer[text.size()] = '\0';
  out = std::strtod(buffer, nullptr);
  return true;
}

std::string format_plain_decimal(double value) {
  // Fixed notation with the fewest decimals that read back exactly: never an exponent, which
  // parse_plain_decimal (and a person reading the file) would not accept.
  char buffer[64];
  for (int decimals = 0; decimals <= 12; ++decimals) {
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    if (std::strtod(buffer, nullptr) == value) return buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

}  // namespace jv
