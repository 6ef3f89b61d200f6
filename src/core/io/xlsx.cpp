#include "core/io/xlsx.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

#include "core/detail.h"
#include "core/io/inflate.h"
#include "core/io/xml.h"
#include "core/io/zip.h"

namespace jv {

namespace {

// Limits against hostile files. 50 MB of XML is some 500,000 rows of a six-column table, far more
// than a table of figures per gemeente and period; the cell limit keeps the grid (one std::string
// per cell) well inside what a browser tab can hold.
constexpr std::size_t kMaxPartBytes = 50u * 1024u * 1024u;
constexpr std::size_t kMaxCells = 1000000;
constexpr std::size_t kMaxSheetText = 64u * 1024u * 1024u;  // all cell text of a sheet together
constexpr std::uint32_t kMaxRows = 1048576;                 // Excel's own limits: row 1048576, column XFD
constexpr std::uint32_t kMaxCols = 16384;

// Follows every message about damage: Excel repairs what it can when it opens such a file, and
// saving again writes a clean one.
constexpr const char* kAdvice =
    " Open het bestand in Excel, sla het opnieuw op als Excel-werkmap (.xlsx) en laad het nog eens.";
constexpr const char* kSaveAs = "Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en laad dat bestand.";

// ---------------------------------------------------------------------------------------------
// OOXML escapes
// ---------------------------------------------------------------------------------------------

// Excel writes characters XML cannot hold (control characters) in string values as _xHHHH_, and a
// literal "_x" sequence as _x005F_x...; decode them in place.
void decode_ooxml_escapes(std::string& s) {
  if (s.find("_x") == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      std::uint32_t cp = 0;
      bool ok = true;
      for (std::size_t k = 2; k < 6; ++k) {
        const int v = hex_digit(s[i + k]);
        if (v < 0) {
          ok = false;
          break;
        }
        cp = cp * 16 + static_cast<std::uint32_t>(v);
      }
      if (ok) {
        append_utf8(out, cp);  // _x0000_ becomes U+FFFD there
        i += 7;
        continue;
      }
    }
    out += s[i++];
  }
  s = std::move(out);
}

// ---------------------------------------------------------------------------------------------
// Numbers, dates, cell references
// ---------------------------------------------------------------------------------------------

// An unsigned decimal integer of at most 9 digits (all this reader needs), or false.
bool parse_index(std::string_view s, std::uint32_t& out) {
  s = trim(s, kXmlSpace);
  if (s.empty() || s.size() > 9) return false;
  std::uint32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::uint32_t>(c - '0');
  }
  out = v;
  return true;
}

// A number as Excel stores it in <v>: decimal, perhaps with an exponent. strtod alone would also
// take "inf", "nan" and hexadecimal, which no spreadsheet writes and which must stay text.
bool parse_number(std::string_view s, double& out) {
  s = trim(s, kXmlSpace);
  if (s.empty() || s.size() > 63) return false;
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') return false;
  }
  if (!digit) return false;
  char buf[64];
  std::copy(s.begin(), s.end(), buf);
  buf[s.size()] = '\0';
  char* end = nullptr;
  const double v = std::strtod(buf, &end);
  if (end != buf + s.size() || !std::isfinite(v)) return false;
  out = v;
  return true;
}

// The plain machine form of a number with at most 15 significant digits, as Excel displays
// values: 0.1 + 0.2 stored as 0.30000000000000004 reads "0.3", 1.28E-2 reads "0.0128".
std::string plain_number(double v) {
  if (v == 0) return "0";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.14e", std::fabs(v));  // "d.dddddddddddddde+XX"
  const std::string_view s = buf;
  const auto e = s.find('e');
  std::string digits;
  digits += s[0];
  digits.append(s.substr(2, e - 2));
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const int exponent = std::atoi(buf + e + 1);
  const auto n = static_cast<int>(digits.size());

  std::string out = v < 0 ? "-" : "";
  if (exponent > 20 || exponent < -20) {
    out += digits[0];
    if (n > 1) out += "." + digits.substr(1);
    out += exponent > 0 ? "e+" : "e-";
    out += std::to_string(std::abs(exponent));
  } else if (exponent >= n - 1) {
    out += digits;
    out.append(static_cast<std::size_t>(exponent - (n - 1)), '0');
  } else if (exponent >= 0) {
    out += digits.substr(0, static_cast<std::size_t>(exponent + 1));
    out += '.';
    out += digits.substr(static_cast<std::size_t>(exponent + 1));
  } else {
    out += "0.";
    out.append(static_cast<std::size_t>(-exponent - 1), '0');
    out += digits;
  }
  return out;
}

// The fast path for what nearly every cell holds: a plain decimal of at most 15 significant
// digits survives the trip through a double unchanged, so plain_number() would give it back in
// the same digits; only its form needs normalising ("12.50" -> "12.5", "007" -> "7", "-0" -> "0").
// False for anything else (exponents, ".5", long numbers), which goes the slow way.
bool plain_decimal(std::string_view s, std::string& out) {
  s = trim(s, kXmlSpace);
  if (s.empty() || s.size() > 17) return false;  // keeps the value between 1e-15 and 1e17
  const bool negative = s[0] == '-';
  if (negative) s.remove_prefix(1);
  const std::size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) return false;
  for (std::string_view part : {whole, fraction})
    for (char c : part)
      if (c < '0' || c > '9') return false;
  while (whole.size() > 1 && whole[0] == '0') whole.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  std::size_t significant = whole.size() + fraction.size();
  if (whole == "0") {
    const std::size_t first = fraction.find_first_not_of('0');
    significant = first == std::string_view::npos ? 0 : fraction.size() - first;
  }
  if (significant > 15) return false;
  out.clear();
  if (negative && significant > 0) out += '-';
  out += whole;
  if (!fraction.empty()) {
    out += '.';
    out += fraction;
  }
  return true;
}

// Days since 1970-01-01 -> civil date in the proleptic Gregorian calendar. The calendar repeats
// every 400 years (146097 days); counting from 0000-03-01 puts the leap day at the end of a year.
void civil_from_days(long long days, long long& y, unsigned& m, unsigned& d) {
  days += 719468;  // 0000-03-01 .. 1970-01-01
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);                 // day of era
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // year of era
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // day of March-year
  const unsigned mp = (5 * doy + 2) / 153;                                     // March = 0
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<long long>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

std::string iso_date(long long y, unsigned m, unsigned d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", y, m, d);
  return buf;
}

// Column letters: 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD" (bijective base 26).
std::string column_letters(std::size_t col) {
  std::string letters;
  std::size_t n = col + 1;
  while (n > 0) {
    letters += static_cast<char>('A' + (n - 1) % 26);
    n = (n - 1) / 26;
  }
  std::reverse(letters.begin(), letters.end());
  return letters;
}

// "B7" -> row 6, column 1 (0-based). False for anything else or beyond XFD1048576.
bool parse_cell_ref(std::string_view ref, std::uint32_t& row, std::uint32_t& col) {
  ref = trim(ref, kXmlSpace);
  std::size_t i = 0;
  std::uint32_t c = 0;
  while (i < ref.size() && i < 3) {
    char ch = ref[i];
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (ch < 'A' || ch > 'Z') break;
    c = c * 26 + static_cast<std::uint32_t>(ch - 'A' + 1);
    ++i;
  }
  std::uint32_t r = 0;
  if (i == 0 || c > kMaxCols || !parse_index(ref.substr(i), r) || r == 0 || r > kMaxRows) return false;
  row = r - 1;
  col = c - 1;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------------------------

enum class Fmt : std::uint8_t { Plain, Date, Percent };

Fmt builtin_format(std::uint32_t id) {
  if (id == 9 || id == 10) return Fmt::Percent;              // 0%, 0.00%
  if ((id >= 14 && id <= 17) || id == 22) return Fmt::Date;  // d-m-yy ... m/d/yy h:mm
  return Fmt::Plain;                                         // 18-21 and 45-47 are times of day or durations, not dates
}

// Classifies a custom format code such as "0.0%", "dd-mm-yyyy", "[$-413]d mmmm yyyy", "h:mm".
// Literal text ("..." and \x), fill and padding characters (*x, _x) and [colour]/[$locale]/[>0]
// sections are skipped; [h] [mm] [ss] are elapsed times. 'm' means month unless the format also
// has hours or seconds, which make it a time (minutes).
Fmt classify_format(std::string_view code) {
  bool percent = false, day_or_year = false, month_or_minute = false, time = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) time = true;
      i = close;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == 'a' && (code.substr(i).starts_with("AM/PM") || code.substr(i).starts_with("am/pm"))) {
      time = true;
      i += 4;
      continue;
    }
    if (c == '%') percent = true;
    else if (c == 'd' || c == 'y') day_or_year = true;
    else if (c == 'm') month_or_minute = true;
    else if (c == 'h' || c == 's') time = true;
  }
  if (percent) return Fmt::Percent;
  if (day_or_year || (month_or_minute && !time)) return Fmt::Date;
  return Fmt::Plain;
}

// ---------------------------------------------------------------------------------------------
// Package
// ---------------------------------------------------------------------------------------------

struct Relationship {
  std::string id;
  std::string type;
  std::string target;  // resolved to a part name: "xl/worksheets/sheet1.xml"
};

struct SheetInfo {
  std::string name;
  std::string rel_id;
  bool hidden = false;
};

struct Package {
  ZipArchive zip;
  std::string workbook_part;  // "xl/workbook.xml"
  std::vector<SheetInfo> sheets;
  std::vector<Relationship> relationships;  // of the workbook
  bool date1904 = false;
};

bool ends_with_type(std::string_view type, std::string_view last) {
  return type.size() > last.size() && type.ends_with(last) && type[type.size() - last.size() - 1] == '/';
}

// The folder of a part: "xl/workbook.xml" -> "xl/".
std::string folder_of(std::string_view part) {
  const auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// A relationship target relative to the folder of its source part, or absolute from the package
// root ("/xl/..."), as a part name with "." and ".." resolved.
std::string resolve_target(std::string_view source_folder, std::string_view target) {
  std::string path =
      target.starts_with('/') ? std::string(target.substr(1)) : std::string(source_folder) + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    const std::string segment = path.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

// The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string rels_part_of(std::string_view part) {
  const std::string folder = folder_of(part);
  return folder + "_rels/" + std::string(part.substr(folder.size())) + ".rels";
}

// An extracted part, read as text in place (no copy: a worksheet may be tens of megabytes).
struct Part {
  std::vector<std::uint8_t> bytes;
  std::string_view text() const { return {reinterpret_cast<const char*>(bytes.data()), bytes.size()}; }
};

// Extracts a part. `missing` tells a part that is not there from one that is damaged.
bool read_part(const ZipArchive& zip, std::string_view name, Part& part, bool& missing, std::string& error) {
  missing = false;
  const ZipEntry* entry = find_zip_entry(zip, name);
  if (entry == nullptr) {
    missing = true;
    return false;
  }
  if (!extract_zip_entry(zip, *entry, part.bytes, kMaxPartBytes, error)) {
    // A part over the limit is not damage, and "open and save again" would not help.
    if (error != inflate_too_large_message(kMaxPartBytes)) error += kAdvice;
    return false;
  }
  return true;
}

std::string invalid_xml(std::string_view part) {
  return "Onderdeel \"" + std::string(part) + "\" is beschadigd: het is geen geldige XML." + kAdvice;
}

bool parse_relationships(std::string_view xml, std::string_view source_part, std::vector<Relationship>& out,
                         std::string& error, std::string_view rels_name) {
  const std::string folder = folder_of(source_part);
  XmlReader x(xml);
  XmlDepth depth;
  for (;;) {
    const XmlReader::Token t = x.next();
    if (t == XmlReader::Token::Eof) return true;
    if (t == XmlReader::Token::Error || (t == XmlReader::Token::Start && !depth.enter())) {
      error = invalid_xml(rels_name);
      return false;
    }
    if (t == XmlReader::Token::End) depth.leave();
    if (t != XmlReader::Token::Start || x.name() != "Relationship") continue;
    if (x.attribute_text("TargetMode") == "External") continue;
    Relationship r;
    r.id = x.attribute_text("Id");
    r.type = x.attribute_text("Type");
    r.target = resolve_target(folder, x.attribute_text("Target"));
    out.push_back(std::move(r));
  }
}

bool has_utf16_marker(std::span<const std::uint8_t> bytes, std::string_view ascii) {
  std::vector<std::uint8_t> needle;
  for (char c : ascii) {
    needle.push_back(static_cast<std::uint8_t>(c));
    needle.push_back(0);
  }
  return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end();
}

// Recognises what the bytes are when they are no .xlsx, for a message that says what to do.
// Empty for anything else, a zip included.
std::string not_xlsx_message(std::span<const std::uint8_t> bytes) {
  static constexpr std::array<std::uint8_t, 8> kOle = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  if (bytes.size() >= kOle.size() && std::equal(kOle.begin(), kOle.end(), bytes.begin())) {
    // Excel saves a password-protected workbook as an OLE compound file holding the encrypted
    // package in a stream named "EncryptedPackage" (names are UTF-16 there).
    if (has_utf16_marker(bytes, "EncryptedPackage"))
      return "Dit Excel-bestand is beveiligd met een wachtwoord; zo kan de app het niet lezen. Sla in "
             "Excel een kopie op zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met "
             "wachtwoord: maak het wachtwoord leeg) en laad die kopie.";
    return std::string("Dit is een oud Excel-bestand (.xls, Excel 97-2003), dat de app niet leest. ") + kSaveAs;
  }
  const std::string_view head(reinterpret_cast<const char*>(bytes.data()), std::min<std::size_t>(bytes.size(), 8));
  if (head.starts_with("%PDF"))
    return "Dit is een PDF-bestand, geen Excel-bestand. Cijfers uit een PDF kan de app niet lezen: gebruik "
           "het Excel- of CSV-bestand waaruit de PDF is gemaakt, of vul het sjabloon in.";
  if (bytes.empty()) return "Het bestand is leeg.";
  return "";
}

// Opens the zip, finds the workbook and reads its sheet list, relationships and date system.
bool open_package(std::span<const std::uint8_t> bytes, Package& pkg, std::string& error) {
  if (std::string why = not_xlsx_message(bytes); !why.empty()) {
    error = std::move(why);
    return false;
  }
  if (!open_zip(bytes, pkg.zip, error)) {
    // Without the zip signature at the start it was never a zip, whatever the end of it holds.
    if (bytes.size() < 2 || bytes[0] != 'P' || bytes[1] != 'K')
      error = std::string("Dit is geen Excel-bestand (.xlsx). ") + kSaveAs;
    else error += kAdvice;
    return false;
  }

  // The package relationships name the main part; every Excel writes xl/workbook.xml.
  pkg.workbook_part = "xl/workbook.xml";
  Part text;
  bool missing = false;
  if (read_part(pkg.zip, "_rels/.rels", text, missing, error)) {
    std::vector<Relationship> root;
    if (!parse_relationships(text.text(), "", root, error, "_rels/.rels")) return false;
    for (const Relationship& r : root) {
      if (ends_with_type(r.type, "officeDocument")) {
        if (find_zip_entry(pkg.zip, r.target) != nullptr) pkg.workbook_part = r.target;
        break;
      }
    }
  } else if (!missing) {
    return false;
  }

  if (!read_part(pkg.zip, pkg.workbook_part, text, missing, error)) {
    if (!missing) return false;
    if (find_zip_entry(pkg.zip, "word/document.xml") != nullptr)
      error =
          "Dit is een Word-document, geen Excel-bestand. Zet de tabel in Excel en sla die op als "
          "Excel-werkmap (.xlsx) of als CSV.";
    else if (find_zip_entry(pkg.zip, "xl/workbook.bin") != nullptr)
      error = std::string("Dit is een binaire Excel-werkmap (.xlsb), die de app niet leest. ") + kSaveAs;
    else if (find_zip_entry(pkg.zip, "content.xml") != nullptr)
      error =
          "Dit is een OpenDocument-bestand (.ods), geen Excel-bestand. Sla het op als Excel-werkmap "
          "(.xlsx) of als CSV en laad dat bestand.";
    else
      error = "Dit is geen Excel-bestand (.xlsx): het is een zip-archief zonder werkmap (xl/workbook.xml). " +
              std::string(kSaveAs);
    return false;
  }

  XmlReader x(text.text());
  XmlDepth depth;
  bool in_sheets = false;
  for (bool done = false; !done;) {
    switch (x.next()) {
      case XmlReader::Token::Eof: done = true; break;
      case XmlReader::Token::Error: error = invalid_xml(pkg.workbook_part); return false;
      case XmlReader::Token::End:
        depth.leave();
        if (x.name() == "sheets") in_sheets = false;
        break;
      case XmlReader::Token::Text: break;
      case XmlReader::Token::Start:
        if (!depth.enter()) {
          error = invalid_xml(pkg.workbook_part);
          return false;
        }
        if (x.name() == "sheets") {
          in_sheets = true;
        } else if (x.name() == "workbookPr") {
          const std::string v = x.attribute_text("date1904");
          pkg.date1904 = v == "1" || v == "true";
        } else if (x.name() == "sheet" && in_sheets) {
          SheetInfo s;
          s.name = x.attribute_text("name");
          s.rel_id = x.attribute_text("id");  // r:id
          const std::string state = x.attribute_text("state");
          s.hidden = state == "hidden" || state == "veryHidden";
          pkg.sheets.push_back(std::move(s));
        }
        break;
    }
  }
  if (pkg.sheets.empty()) {
    error = std::string("Het bestand is beschadigd: er staan geen werkbladen in.") + kAdvice;
    return false;
  }

  if (read_part(pkg.zip, rels_part_of(pkg.workbook_part), text, missing, error)) {
    if (!parse_relationships(text.text(), pkg.workbook_part, pkg.relationships, error, rels_part_of(pkg.workbook_part)))
      return false;
  } else if (!missing) {
    return false;
  }
  // Sorted by id, so looking up each sheet's relationship stays fast however many a hostile
  // file lists. Stable: of two with the same id, the first written is found.
  std::stable_sort(pkg.relationships.begin(), pkg.relationships.end(),
                   [](const Relationship& a, const Relationship& b) { return a.id < b.id; });
  return true;
}

const Relationship* find_relationship_by_id(const Package& pkg, std::string_view id) {
  const auto it = std::lower_bound(pkg.relationships.begin(), pkg.relationships.end(), id,
                                   [](const Relationship& r, std::string_view v) { return r.id < v; });
  return it != pkg.relationships.end() && it->id == id ? &*it : nullptr;
}

const Relationship* find_relationship_by_type(const Package& pkg, std::string_view type) {
  for (const Relationship& r : pkg.relationships)
    if (ends_with_type(r.type, type)) return &r;
  return nullptr;
}

// The part of a workbook-level part such as the shared strings: through the relationships, and
// where a writer left them out, at the place Excel uses.
std::string workbook_part(const Package& pkg, std::string_view type, std::string_view fallback) {
  if (const Relationship* r = find_relationship_by_type(pkg, type)) return r->target;
  return folder_of(pkg.workbook_part) + std::string(fallback);
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles
// ---------------------------------------------------------------------------------------------

// All shared strings in one buffer with their start offsets: a hostile part of 50 MB of "<si/>"
// then costs 4 bytes per string instead of a std::string each.
struct SharedStrings {
  std::string text;
  std::vector<std::uint32_t> starts;  // string i is text[starts[i], starts[i + 1])
  std::size_t size() const { return starts.empty() ? 0 : starts.size() - 1; }
  std::string_view at(std::size_t i) const {
    return std::string_view(text).substr(starts[i], starts[i + 1] - starts[i]);
  }
};

bool read_shared_strings(const Package& pkg, SharedStrings& sst, std::string& error) {
  sst.starts.assign(1, 0);
  const std::string part = workbook_part(pkg, "sharedStrings", "sharedStrings.xml");
  Part xml;
  bool missing = false;
  if (!read_part(pkg.zip, part, xml, missing, error)) return missing;  // no strings is fine
  sst.text.reserve(xml.bytes.size() / 2);

  XmlReader x(xml.text());
  XmlDepth depth;
  bool in_si = false, in_t = false;
  int phonetic = 0;  // inside <rPh>: a reading aid for East Asian text, not part of the value
  std::string item;
  for (;;) {
    const XmlReader::Token t = x.next();
    if (t == XmlReader::Token::Eof) return true;
    if (t == XmlReader::Token::Error || (t == XmlReader::Token::Start && !depth.enter())) {
      error = invalid_xml(part);
      return false;
    }
    const std::string_view n = x.name();
    if (t == XmlReader::Token::Start) {
      if (n == "si") {
        in_si = true;
        item.clear();
      } else if (n == "rPh") {
        ++phonetic;
      } else if (n == "t" && in_si) {
        in_t = true;
      }
    } else if (t == XmlReader::Token::End) {
      depth.leave();
      if (n == "si" && in_si) {
        in_si = false;
        decode_ooxml_escapes(item);
        sst.text += item;
        if (sst.text.size() > kMaxPartBytes) {  // cannot happen from 50 MB of XML, but stay in uint32
          error = inflate_too_large_message(kMaxPartBytes);
          return false;
        }
        sst.starts.push_back(static_cast<std::uint32_t>(sst.text.size()));
      } else if (n == "rPh") {
        if (phonetic > 0) --phonetic;
      } else if (n == "t") {
        in_t = false;
      }
    } else if (t == XmlReader::Token::Text && in_si && in_t && phonetic == 0) {
      x.append_text(item);
    }
  }
}

// The format kind of each cell style (the s attribute of a cell indexes cellXfs).
bool read_styles(const Package& pkg, std::vector<Fmt>& xf_formats, std::string& error) {
  const std::string part = workbook_part(pkg, "styles", "styles.xml");
  Part xml;
  bool missing = false;
  if (!read_part(pkg.zip, part, xml, missing, error)) return missing;  // no styles: all General

  std::vector<std::pair<std::uint32_t, Fmt>> custom;
  std::vector<std::uint32_t> xf_ids;
  XmlReader x(xml.text());
  XmlDepth depth;
  bool in_numfmts = false, in_cellxfs = false;
  for (;;) {
    const XmlReader::Token t = x.next();
    if (t == XmlReader::Token::Eof) break;
    if (t == XmlReader::Token::Error || (t == XmlReader::Token::Start && !depth.enter())) {
      error = invalid_xml(part);
      return false;
    }
    const std::string_view n = x.name();
    if (t == XmlReader::Token::End) {
      depth.leave();
      if (n == "numFmts") in_numfmts = false;
      if (n == "cellXfs") in_cellxfs = false;
      continue;
    }
    if (t != XmlReader::Token::Start) continue;
    if (n == "numFmts") {
      in_numfmts = true;
    } else if (n == "cellXfs") {
      in_cellxfs = true;
    } else if (n == "numFmt" && in_numfmts) {  // not those inside <dxfs>: conditional formats
      std::string_view id_text;
      std::uint32_t id = 0;
      if (x.attribute("numFmtId", id_text) && parse_index(id_text, id))
        custom.emplace_back(id, classify_format(x.attribute_text("formatCode")));
    } else if (n == "xf" && in_cellxfs) {  // not those of <cellStyleXfs>
      std::string_view id_text;
      std::uint32_t id = 0;
      xf_ids.push_back(x.attribute("numFmtId", id_text) && parse_index(id_text, id) ? id : 0);
    }
  }
  // Resolved once all formats are known (a file may list them after the styles), by bisection:
  // a hostile file can hold a million of each. Of two formats with one id the last counts, and a
  // workbook may also redefine a built-in id.
  std::stable_sort(custom.begin(), custom.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  xf_formats.reserve(xf_ids.size());
  for (std::uint32_t id : xf_ids) {
    const auto it =
        std::upper_bound(custom.begin(), custom.end(), id, [](std::uint32_t v, const auto& c) { return v < c.first; });
    xf_formats.push_back(it != custom.begin() && std::prev(it)->first == id ? std::prev(it)->second
                                                                            : builtin_format(id));
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Worksheet
// ---------------------------------------------------------------------------------------------

struct SheetCell {
  std::uint32_t row = 0;
  std::uint32_t col = 0;
  std::uint32_t offset = 0;  // text in the arena
  std::uint32_t length = 0;
  bool percent = false;
};

std::string too_many_cells(std::string_view sheet) {
  return "Het werkblad \"" + std::string(sheet) +
         "\" is te groot: meer dan 1.000.000 cellen. Zet alleen de tabel met cijfers per gemeente en "
         "periode in een werkblad en laad dat.";
}

// What one <c> element holds while it is read.
struct CellState {
  std::uint32_t row = 0;
  std::uint32_t col = 0;
  std::string type;  // the t attribute
  Fmt format = Fmt::Plain;
  std::string value;        // <v>
  std::string inline_text;  // <is>
  bool has_inline = false;

  void clear() {  // keeps the strings' capacity: this runs once per cell
    row = col = 0;
    type.clear();
    format = Fmt::Plain;
    value.clear();
    inline_text.clear();
    has_inline = false;
  }
};

class SheetParser {
 public:
  SheetParser(const std::string& sheet_name, const std::string& part, const SharedStrings& sst,
              const std::vector<Fmt>& formats, bool date1904)
      : sheet_name_(sheet_name), part_(part), sst_(sst), formats_(formats), date1904_(date1904) {}

  bool parse(std::string_view xml, std::string& error) {
    XmlReader x(xml);
    XmlDepth depth;
    for (;;) {
      const XmlReader::Token t = x.next();
      if (t == XmlReader::Token::Eof) return true;
      if (t == XmlReader::Token::Error || (t == XmlReader::Token::Start && !depth.enter())) {
        error = invalid_xml(part_);
        return false;
      }
      const std::string_view n = x.name();
      if (t == XmlReader::Token::Start) {
        if (!start(x, n, error)) return false;
      } else if (t == XmlReader::Token::End) {
        depth.leave();
        if (!end(n, error)) return false;
      } else if (in_cell_) {
        if (in_v_) x.append_text(cell_.value);
        else if (in_is_ && in_t_ && phonetic_ == 0) x.append_text(cell_.inline_text);
      }
    }
  }

  std::vector<SheetCell> cells;
  std::string arena;

 private:
  bool start(const XmlReader& x, std::string_view n, std::string& error) {
    if (n == "sheetData") {
      in_data_ = true;
    } else if (n == "row" && in_data_) {
      std::string_view r;
      std::uint32_t number = 0;
      if (x.attribute("r", r)) {
        if (!parse_index(r, number) || number == 0 || number > kMaxRows)
          return damaged("rij \"" + std::string(r) + "\"", error);
        row_ = number - 1;
      } else {
        row_ = have_row_ ? row_ + 1 : 0;
        if (row_ >= kMaxRows) return damaged("meer dan 1048576 rijen", error);
      }
      have_row_ = true;
      next_col_ = 0;
    } else if (n == "c" && in_data_) {
      cell_.clear();
      in_cell_ = true;
      std::string_view ref;
      if (x.attribute("r", ref)) {
        if (!parse_cell_ref(ref, cell_.row, cell_.col))
          return damaged("celverwijzing \"" + std::string(ref) + "\"", error);
      } else {
        cell_.row = have_row_ ? row_ : 0;
        cell_.col = next_col_;
        if (cell_.col >= kMaxCols) return damaged("meer dan 16384 kolommen", error);
      }
      next_col_ = cell_.col + 1;
      std::string_view type;
      if (x.attribute("t", type)) cell_.type = type;
      std::string_view style;
      std::uint32_t s = 0;
      if (x.attribute("s", style) && parse_index(style, s) && s < formats_.size()) cell_.format = formats_[s];
    } else if (in_cell_) {
      if (n == "v") in_v_ = true;
      else if (n == "is") in_is_ = cell_.has_inline = true;
      else if (n == "t") in_t_ = true;
      else if (n == "rPh") ++phonetic_;
    }
    return true;
  }

  bool end(std::string_view n, std::string& error) {
    if (n == "sheetData") {
      in_data_ = false;
    } else if (n == "c" && in_cell_) {
      in_cell_ = in_v_ = in_is_ = in_t_ = false;
      phonetic_ = 0;
      return finish_cell(error);
    } else if (n == "v") {
      in_v_ = false;
    } else if (n == "is") {
      in_is_ = false;
    } else if (n == "t") {
      in_t_ = false;
    } else if (n == "rPh" && phonetic_ > 0) {
      --phonetic_;
    }
    return true;
  }

  bool damaged(const std::string& what, std::string& error) const {
    error = "Werkblad \"" + sheet_name_ + "\" is beschadigd: ongeldige " + what + "." + kAdvice;
    return false;
  }

  bool finish_cell(std::string& error) {
    std::string text;
    bool percent = false;
    const std::string& t = cell_.type;
    if (cell_.has_inline && (t.empty() || t == "inlineStr")) {
      text = std::move(cell_.inline_text);
      decode_ooxml_escapes(text);
    } else if (t == "s") {
      std::uint32_t index = 0;
      if (trim(cell_.value, kXmlSpace).empty()) return true;
      if (!parse_index(cell_.value, index) || index >= sst_.size()) {
        error = "Cel " + xlsx_cell_ref(cell_.row, cell_.col) + " van werkblad \"" + sheet_name_ +
                "\" verwijst naar een tekst die niet in het bestand staat; het bestand is beschadigd." + kAdvice;
        return false;
      }
      text = sst_.at(index);
    } else if (t == "str" || t == "e" || t == "inlineStr") {
      text = std::move(cell_.value);  // formula text result, error ("#DIV/0!"), inline without <is>
      if (t != "e") decode_ooxml_escapes(text);
    } else if (t == "b") {
      const std::string_view v = trim(cell_.value, kXmlSpace);
      if (v == "1" || v == "true") text = "TRUE";
      else if (v == "0" || v == "false") text = "FALSE";
      else text = v;
    } else if (t == "d") {  // ISO 8601 date-time (strict OOXML): keep the date
      const std::string_view v = trim(cell_.value, kXmlSpace);
      text = v.size() >= 10 && v[4] == '-' && v[7] == '-' ? v.substr(0, 10) : v;
    } else {  // "n" or absent: a number
      double number = 0;
      if (cell_.format != Fmt::Date && plain_decimal(cell_.value, text)) {
        percent = cell_.format == Fmt::Percent;
      } else if (!parse_number(cell_.value, number)) {
        text = trim(cell_.value, kXmlSpace);  // not a number after all: keep what is there
      } else if (cell_.format == Fmt::Date && !(text = xlsx_date_from_serial(number, date1904_)).empty()) {
        // a date
      } else {
        text = plain_number(number);
        percent = cell_.format == Fmt::Percent;
      }
    }
    if (text.empty()) return true;
    if (cells.size() >= kMaxCells) {
      error = too_many_cells(sheet_name_);
      return false;
    }
    // Shared strings make text cheap to repeat: a million cells naming one long string would
    // otherwise fill memory from a small file.
    if (text.size() > kMaxSheetText - arena.size()) {
      error = "Het werkblad \"" + sheet_name_ +
              "\" bevat te veel tekst (meer dan 64 MB). Zet alleen de tabel met cijfers per gemeente en "
              "periode in een werkblad en laad dat.";
      return false;
    }
    SheetCell c;
    c.row = cell_.row;
    c.col = cell_.col;
    c.offset = static_cast<std::uint32_t>(arena.size());
    c.length = static_cast<std::uint32_t>(text.size());
    c.percent = percent;
    arena += text;
    cells.push_back(c);
    return true;
  }

  const std::string& sheet_name_;
  const std::string& part_;
  const SharedStrings& sst_;
  const std::vector<Fmt>& formats_;
  bool date1904_;

  bool in_data_ = false;
  bool have_row_ = false;
  std::uint32_t row_ = 0;
  std::uint32_t next_col_ = 0;
  bool in_cell_ = false, in_v_ = false, in_is_ = false, in_t_ = false;
  int phonetic_ = 0;
  CellState cell_;
};

// Lays the cells out as rows from A1, within the cell limit (an empty row inside the table counts
// as one cell: it costs a vector too).
bool build_grid(const SheetParser& p, const std::string& sheet_name, XlsxSheet& out, std::string& error) {
  std::size_t row_count = 0;
  for (const SheetCell& c : p.cells) row_count = std::max<std::size_t>(row_count, c.row + std::size_t{1});
  if (row_count > kMaxCells) {
    error = too_many_cells(sheet_name);
    return false;
  }
  std::vector<std::uint32_t> width(row_count, 0);
  for (const SheetCell& c : p.cells) width[c.row] = std::max(width[c.row], c.col + 1);
  std::size_t total = 0;
  for (std::uint32_t w : width) total += std::max<std::uint32_t>(w, 1);
  if (total > kMaxCells) {
    error = too_many_cells(sheet_name);
    return false;
  }
  out.rows.assign(row_count, {});
  out.percent.assign(row_count, {});
  for (std::size_t r = 0; r < row_count; ++r) {
    out.rows[r].resize(width[r]);
    out.percent[r].resize(width[r], false);
  }
  for (const SheetCell& c : p.cells) {  // in document order: a repeated cell keeps its last value
    out.rows[c.row][c.col].assign(p.arena, c.offset, c.length);
    out.percent[c.row][c.col] = c.percent;
  }
  return true;
}

std::string fold_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string xlsx_cell_ref(std::size_t row, std::size_t col) { return column_letters(col) + std::to_string(row + 1); }

std::string xlsx_date_from_serial(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0) return "";
  const double whole = std::floor(serial);
  // 9999-12-31, the last day Excel shows: serial 2958465 (1900 system), 2957003 (1904 system).
  if (whole > (date1904 ? 2957003.0 : 2958465.0)) return "";
  const auto days = static_cast<long long>(whole);
  long long y = 0;
  unsigned m = 0, d = 0;
  if (date1904) {
    civil_from_days(days - 24107, y, m, d);  // 1904-01-01 is day -24107 from 1970-01-01
    return iso_date(y, m, d);
  }
  // Excel's 1900 system counts 1900-01-01 as 1 and, like Lotus 1-2-3, has a 29 February 1900:
  // serials from 61 on are days since 1899-12-30, those before 60 days since 1899-12-31.
  if (days == 0) return "1900-01-00";
  if (days == 60) return "1900-02-29";
  civil_from_days(days < 60 ? days - 25568 : days - 25569, y, m, d);
  return iso_date(y, m, d);
}

bool read_xlsx_workbook(std::span<const std::uint8_t> bytes, XlsxWorkbook& out, std::string& error) {
  Package pkg;
  if (!open_package(bytes, pkg, error)) return false;
  out.sheet_names.clear();
  for (const SheetInfo& s : pkg.sheets) out.sheet_names.push_back(s.name);
  return true;
}

bool read_xlsx_sheet(std::span<const std::uint8_t> bytes, std::string_view sheet_name, XlsxSheet& out,
                     std::string& error) {
  out = XlsxSheet{};
  Package pkg;
  if (!open_package(bytes, pkg, error)) return false;

  // The sheet: by name, or the first worksheet a user can see.
  std::size_t index = pkg.sheets.size();
  if (sheet_name.empty()) {
    for (std::size_t i = 0; i < pkg.sheets.size() && index == pkg.sheets.size(); ++i) {
      const Relationship* r = find_relationship_by_id(pkg, pkg.sheets[i].rel_id);
      if (!pkg.sheets[i].hidden && (r == nullptr || ends_with_type(r->type, "worksheet"))) index = i;
    }
    if (index == pkg.sheets.size()) index = 0;
  } else {
    for (std::size_t i = 0; i < pkg.sheets.size() && index == pkg.sheets.size(); ++i)
      if (pkg.sheets[i].name == sheet_name) index = i;
    const std::string wanted = fold_ascii(sheet_name);
    for (std::size_t i = 0; i < pkg.sheets.size() && index == pkg.sheets.size(); ++i)
      if (fold_ascii(pkg.sheets[i].name) == wanted) index = i;
    if (index == pkg.sheets.size()) {
      error = "Het werkblad \"" + std::string(sheet_name) + "\" bestaat niet in dit bestand. Wel: ";
      const std::size_t listed = std::min<std::size_t>(pkg.sheets.size(), 20);
      for (std::size_t i = 0; i < listed; ++i) error += (i > 0 ? ", " : "") + pkg.sheets[i].name;
      if (listed < pkg.sheets.size()) error += " en nog " + std::to_string(pkg.sheets.size() - listed);
      error += ".";
      return false;
    }
  }
  const SheetInfo& info = pkg.sheets[index];

  std::string part;
  if (const Relationship* r = find_relationship_by_id(pkg, info.rel_id)) {
    if (!ends_with_type(r->type, "worksheet")) {
      error = "Het werkblad \"" + info.name +
              "\" is een grafiek of dialoogvenster, geen tabel. Kies het "
              "werkblad met de tabel met cijfers.";
      return false;
    }
    part = r->target;
  } else if (pkg.relationships.empty()) {
    // No relationships part at all: a minimal writer that relies on Excel's default layout.
    part = folder_of(pkg.workbook_part) + "worksheets/sheet" + std::to_string(index + 1) + ".xml";
  }
  Part xml;
  bool missing = false;
  if (part.empty() || !read_part(pkg.zip, part, xml, missing, error)) {
    if (part.empty() || missing)
      error = "Het bestand is beschadigd: het werkblad \"" + info.name + "\" ontbreekt erin." + kAdvice;
    return false;
  }

  SharedStrings sst;
  std::vector<Fmt> formats;
  if (!read_shared_strings(pkg, sst, error) || !read_styles(pkg, formats, error)) return false;

  SheetParser parser(info.name, part, sst, formats, pkg.date1904);
  if (!parser.parse(xml.text(), error)) return false;
  xml = Part{};  // free the XML before the grid is built
  if (!build_grid(parser, info.name, out, error)) return false;
  out.name = info.name;
  return true;
}

}  // namespace jv
