// Number formatting for everything the app and the command-line tool show, Dutch by default:
// decimal comma, thousands point, a real minus sign, "12,8 %", "€ 1,2 mln". One place, so every
// screen agrees. English (Lang::En, the interface's `taal=en`) writes decimal point, thousands
// comma, the same minus sign, "12.8%" (no space, as English style guides write it), "€1,234",
// "€10.0 m" and "€1.9 bn".
#pragma once

#include <string>

#include "core/lang.h"

namespace jv {

// Rounds half away from zero to `decimals` places and writes Dutch digits: 1234.5 -> "1.234,5".
// Negative numbers get U+2212 (−), which reads better than a hyphen on a projector.
// NaN and infinities print as "–" (en dash): the conventional "no value" in Dutch tables.
std::string format_number(double value, int decimals, Lang lang = Lang::Nl);

// A whole count with thousands separators: 27605 -> "27.605" (English "27,605").
std::string format_count(double value, Lang lang = Lang::Nl);

// A percentage already expressed in percent: 12.84 -> "12,8 %" (English "12.8%").
std::string format_percent(double percent, int decimals = 1, Lang lang = Lang::Nl);

// An amount in euros. Below a million: "€ 9.679.799" style is too long for charts, so amounts of a
// million and more are written "€ 10,0 mln" and of a billion and more "€ 1,9 mld"; below that the
// full amount without cents: "€ 522.500". English: "€10.0 m", "€1.9 bn", "€522,500".
std::string format_euro(double euros, Lang lang = Lang::Nl);

// A file size for a message, in binary units as file managers show them: below 100 kB in whole kB
// ("12 kB", never "0,0 MB"), below 1.000 MB in MB with one decimal ("0,4 MB", "21,0 MB"), from
// there in GB ("1,0 GB" for 2^30 bytes, "3,0 GB"): a 1 GB file is not "1.024,0 MB" to the person
// who chose it.
std::string format_file_size(double bytes, Lang lang = Lang::Nl);

}  // namespace jv
