#include "core/format.h"

#include <cmath>
#include <cstdio>

namespace jv {

namespace {

constexpr const char* kMinus = "\xE2\x88\x92";    // U+2212 MINUS SIGN
constexpr const char* kNoValue = "\xE2\x80\x93";  // U+2013 EN DASH

}  // namespace

std::string format_number(double value, int decimals, Lang lang) {
  if (!std::isfinite(value)) return kNoValue;
  if (decimals < 0) decimals = 0;
  if (decimals > 9) decimals = 9;

  // Round half away from zero on the scaled magnitude; printf would round half to even on the
  // binary value, which turns 0.125 into "0,12" and surprises anyone checking by hand.
  const double scale = std::pow(10.0, decimals);
  double magnitude = std::round(std::fabs(value) * scale) / scale;
  const bool negative = value < 0 && magnitude > 0;

  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, magnitude);

  std::string integer_part = digits;
  std::string fraction;
  if (const auto dot = integer_part.find('.'); dot != std::string::npos) {
    fraction = integer_part.substr(dot + 1);
    integer_part.resize(dot);
  }

  const bool en = lang == Lang::En;
  std::string out;
  if (negative) out += kMinus;
  const size_t n = integer_part.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += en ? ',' : '.';
    out += integer_part[i];
  }
  if (!fraction.empty()) {
    out += en ? '.' : ',';
    out += fraction;
  }
  return out;
}

std::string format_count(double value, Lang lang) { return format_number(value, 0, lang); }

std::string format_percent(double percent, int decimals, Lang lang) {
  if (!std::isfinite(percent)) return kNoValue;
  return format_number(percent, decimals, lang) + (lang == Lang::En ? "%" : " %");
}

std::string format_euro(double euros, Lang lang) {
  if (!std::isfinite(euros)) return kNoValue;
  const double magnitude = std::fabs(euros);
  if (lang == Lang::En) {
    if (magnitude >= 1e9) return "\xE2\x82\xAC" + format_number(euros / 1e9, 1, lang) + " bn";
    if (magnitude >= 1e6) return "\xE2\x82\xAC" + format_number(euros / 1e6, 1, lang) + " m";
    return "\xE2\x82\xAC" + format_number(euros, 0, lang);
  }
  if (magnitude >= 1e9) return "\xE2\x82\xAC " + format_number(euros / 1e9, 1) + " mld";
  if (magnitude >= 1e6) return "\xE2\x82\xAC " + format_number(euros / 1e6, 1) + " mln";
  return "\xE2\x82\xAC " + format_number(euros, 0);
}

std::string format_file_size(double bytes, Lang lang) {
  constexpr double kMB = 1024.0 * 1024.0, kGB = 1024.0 * kMB;
  if (bytes >= 1000.0 * kMB) return format_number(bytes / kGB, 1, lang) + " GB";  // never "1.000,0 MB"
  // Below 100 kB a file is not "0,0 MB": whole kB, and below 1 kB bytes.
  if (bytes < 1024.0) return format_number(bytes, 0, lang) + (bytes == 1.0 ? " byte" : " bytes");
  if (bytes < 100.0 * 1024.0) return format_number(std::round(bytes / 1024.0), 0, lang) + " kB";
  return format_number(bytes / kMB, 1, lang) + " MB";
}

}  // namespace jv
