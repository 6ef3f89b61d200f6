#include "core/io/encoding.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <vector>

#include "core/detail.h"

namespace jv {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the well-formed UTF-8 sequence at bytes[i], or 0 when it is not one (overlong forms,
// surrogates and code points above U+10FFFF included, as the Unicode standard requires: a file
// with those was not written as UTF-8).
std::size_t utf8_sequence_length(std::span<const std::uint8_t> bytes, std::size_t i) {
  const std::uint8_t b0 = bytes[i];
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  std::uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > bytes.size()) return 0;
  if (bytes[i + 1] < lo || bytes[i + 1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if ((bytes[i + k] & 0xC0) != 0x80) return 0;
  }
  return len;
}

bool is_valid_utf8(std::span<const std::uint8_t> bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// Copies UTF-8, replacing every byte that does not start a well-formed sequence with U+FFFD.
void copy_utf8_replacing(std::span<const std::uint8_t> bytes, std::string& out) {
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) {
      append_utf8(out, kReplacement);
      ++i;
      continue;
    }
    out.append(reinterpret_cast<const char*>(bytes.data() + i), len);
    i += len;
  }
}

void decode_windows1252(std::span<const std::uint8_t> bytes, std::string& out) {
  // 0x80-0x9F, where Windows-1252 differs from Latin-1. The five unassigned bytes map to the C1
  // controls of the same value, as the WHATWG encoding standard (and so every browser) does.
  static constexpr std::array<char16_t, 32> kHigh = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,   // 80-87
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,   // 88-8F
      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,   // 90-97
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};  // 98-9F
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const std::uint8_t b : bytes) {
    if (b >= 0x80 && b <= 0x9F) {
      append_utf8(out, kHigh[b - 0x80u]);
    } else {
      append_utf8(out, b);
    }
  }
}

// Decodes UTF-16 (without its BOM). Returns false on a NUL character: no spreadsheet text holds
// one, so it means the bytes were not UTF-16 text after all.
bool decode_utf16(std::span<const std::uint8_t> bytes, bool little_endian, std::string& out) {
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    const char32_t a = bytes[i], b = bytes[i + 1];
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    const char32_t u = unit(i);
    if (u == 0) return false;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 < bytes.size()) {
        const char32_t low = unit(i + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
          i += 2;
          continue;
        }
      }
      append_utf8(out, kReplacement);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      append_utf8(out, kReplacement);
    } else {
      append_utf8(out, u);
    }
  }
  return true;
}

bool starts_with(std::span<const std::uint8_t> bytes, std::initializer_list<std::uint8_t> prefix) {
  if (bytes.size() < prefix.size()) return false;
  std::size_t i = 0;
  for (const std::uint8_t b : prefix) {
    if (bytes[i++] != b) return false;
  }
  return true;
}

// Files that are not text, recognised by their first bytes. Each message says what the file is
// and what to load instead; "" when the bytes are none of these.
std::string binary_kind_message(std::span<const std::uint8_t> bytes) {
  if (starts_with(bytes, {'%', 'P', 'D', 'F', '-'})) {
    return std::string(
        "Dit is een PDF-bestand, geen tabel met cijfers. Jeugdvergelijker kan geen cijfers uit "
        "een PDF lezen: neem ze over in het sjabloon, of laad het Excel- of CSV-bestand waaruit "
        "de PDF is gemaakt.");
  }
  const char* image = nullptr;
  if (starts_with(bytes, {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) image = "PNG";
  else if (starts_with(bytes, {0xFF, 0xD8, 0xFF})) image = "JPEG";
  else if (starts_with(bytes, {'G', 'I', 'F', '8', '7', 'a'}) || starts_with(bytes, {'G', 'I', 'F', '8', '9', 'a'}))
    image = "GIF";
  if (image != nullptr) {
    return std::string("Dit is een afbeelding (") + image +
           "), geen tabel met cijfers. Een schermafdruk of grafiek kan Jeugdvergelijker niet lezen: neem "
           "de cijfers over in het sjabloon, of laad het Excel- of CSV-bestand met de cijfers.";
  }
  if (starts_with(bytes, {'P', 'K', 0x03, 0x04}) || starts_with(bytes, {'P', 'K', 0x05, 0x06})) {
    return "Dit is een zip-bestand, waarschijnlijk een Excel-bestand (.xlsx) met een andere naam. Laad het "
           "als Excel-bestand (met de extensie .xlsx), of sla het in Excel op als \"CSV (gescheiden door "
           "lijstscheidingsteken)\" en laad dat bestand.";
  }
  if (starts_with(bytes, {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})) {
    return "Dit is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel en sla het op als "
           "Excel-werkmap (.xlsx) of als \"CSV (gescheiden door lijstscheidingsteken)\", en laad dat "
           "bestand.";
  }
  return {};
}

const char* not_text(TextUse use) {
  if (use == TextUse::Trajectories) {
    return "Dit bestand is geen tekst: het bevat binaire gegevens (nul-bytes). Exporteer de trajecten opnieuw "
           "als CSV-bestand (gescheiden door ; , of tab) en laad dat bestand.";
  }
  return "Dit bestand is geen tekst: het bevat binaire gegevens (nul-bytes). Laad een CSV-bestand "
         "(gescheiden door ; , of tab), een Excel-bestand (.xlsx) of het ingevulde sjabloon.";
}

// UTF-16 without a byte order mark: ASCII-heavy text has a zero in every other byte, on the odd
// positions for little endian, the even ones for big endian. Returns 0 (no), 1 (LE) or 2 (BE).
int sniff_utf16(std::span<const std::uint8_t> bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return 0;
  std::size_t even_zeros = 0, odd_zeros = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    if (bytes[i] == 0) ++even_zeros;
    if (bytes[i + 1] == 0) ++odd_zeros;
  }
  const std::size_t pairs = n / 2;
  // At least 70 % zeros on one side and at most 5 % on the other: real UTF-16 text in a Latin
  // script, not a binary file that merely contains zeros.
  if (odd_zeros * 10 >= pairs * 7 && even_zeros * 20 <= pairs) return 1;
  if (even_zeros * 10 >= pairs * 7 && odd_zeros * 20 <= pairs) return 2;
  return 0;
}

}  // namespace

const char* encoding_label(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8Bom: return "UTF-8 met BOM";
    case TextEncoding::Windows1252: return "Windows-1252";
    case TextEncoding::Utf16LE: return "UTF-16 LE";
    case TextEncoding::Utf16BE: return "UTF-16 BE";
  }
  return "UTF-8";
}

bool decode_text(std::span<const std::uint8_t> bytes, std::string& utf8, TextEncoding& encoding, std::string& error,
                 TextUse use) {
  utf8.clear();
  error.clear();
  encoding = TextEncoding::Utf8;
  if (bytes.empty()) return true;

  if (std::string kind = binary_kind_message(bytes); !kind.empty()) {
    error = std::move(kind);
    return false;
  }

  int utf16 = 0;  // 0 none, 1 LE, 2 BE
  std::span<const std::uint8_t> body = bytes;
  if (starts_with(bytes, {0xEF, 0xBB, 0xBF})) {
    encoding = TextEncoding::Utf8Bom;
    body = bytes.subspan(3);
  } else if (starts_with(bytes, {0xFF, 0xFE})) {
    utf16 = 1;
    body = bytes.subspan(2);
  } else if (starts_with(bytes, {0xFE, 0xFF})) {
    utf16 = 2;
    body = bytes.subspan(2);
  } else {
    bool has_nul = false;
    for (const std::uint8_t b : bytes) {
      if (b == 0) {
        has_nul = true;
        break;
      }
    }
    if (has_nul) {
      utf16 = sniff_utf16(bytes);
      if (utf16 == 0) {
        error = not_text(use);
        return false;
      }
    }
  }

  if (utf16 != 0) {
    encoding = utf16 == 1 ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    if (body.size() % 2 != 0) {
      error =
          "Het bestand lijkt UTF-16-tekst (Excel \"Unicode-tekst\"), maar het is afgebroken: het laatste "
          "teken is onvolledig. Sla het bestand opnieuw op en laad het nog eens.";
      return false;
    }
    if (!decode_utf16(body, utf16 == 1, utf8)) {
      utf8.clear();
      error = not_text(use);
      return false;
    }
    return true;
  }

  for (const std::uint8_t b : body) {
    if (b == 0) {
      error = not_text(use);
      return false;
    }
  }
  if (encoding == TextEncoding::Utf8Bom) {
    // The BOM says UTF-8; a stray invalid byte is damage, not another encoding.
    copy_utf8_replacing(body, utf8);
    return true;
  }
  if (is_valid_utf8(body)) {
    utf8.assign(reinterpret_cast<const char*>(body.data()), body.size());
    return true;
  }
  encoding = TextEncoding::Windows1252;
  decode_windows1252(body, utf8);
  return true;
}

namespace {

struct CandidateCount {
  std::vector<int> fields_per_record;
  bool only_decimal_commas = true;  // every unquoted delimiter stood between two digits
  bool saw_delimiter = false;
};

// Field counts of the first `max_records` non-empty records when split on `delimiter`, with
// quotes read as parse_csv does: a quote opens a quoted field only at the start of a field.
CandidateCount count_fields(std::string_view text, char delimiter, std::size_t max_records) {
  CandidateCount out;
  int fields = 1;
  bool in_quotes = false, field_start = true, has_content = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          ++i;
        } else {
          in_quotes = false;
        }
      }
      continue;
    }
    if (c == '"' && field_start) {
      in_quotes = true;
      field_start = false;
      has_content = true;
    } else if (c == delimiter) {
      out.saw_delimiter = true;
      if (!(i > 0 && is_digit(text[i - 1]) && i + 1 < text.size() && is_digit(text[i + 1]))) {
        out.only_decimal_commas = false;
      }
      ++fields;
      field_start = true;
      has_content = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (has_content) out.fields_per_record.push_back(fields);
      fields = 1;
      field_start = true;
      has_content = false;
      if (out.fields_per_record.size() >= max_records) return out;
    } else {
      field_start = false;
      has_content = true;
    }
  }
  if (has_content && out.fields_per_record.size() < max_records) out.fields_per_record.push_back(fields);
  return out;
}

}  // namespace

Dialect detect_dialect(std::string_view text) {
  constexpr std::size_t kRecords = 20;
  // In order of preference: ties go to the first.
  constexpr std::array<char, 4> kCandidates = {';', '\t', ',', '|'};
  Dialect best;
  best.delimiter = ';';
  best.confidence = 0;
  best.columns = 1;
  std::size_t best_frequency = 0;
  for (const char delimiter : kCandidates) {
    const CandidateCount count = count_fields(text, delimiter, kRecords);
    if (count.fields_per_record.empty() || !count.saw_delimiter) continue;
    // A ',' that only ever separates digits is the decimal comma of a one-column list.
    if (delimiter == ',' && count.only_decimal_commas) continue;
    std::map<int, std::size_t> frequency;
    for (const int f : count.fields_per_record) {
      if (f > 1) ++frequency[f];
    }
    int mode = 0;
    std::size_t mode_frequency = 0;
    for (const auto& [fields, n] : frequency) {
      if (n >= mode_frequency) {  // equal frequencies: the larger field count
        mode = fields;
        mode_frequency = n;
      }
    }
    if (mode_frequency > best_frequency) {
      best_frequency = mode_frequency;
      best.delimiter = delimiter;
      best.columns = mode;
      best.confidence = static_cast<int>(mode_frequency * 100 / count.fields_per_record.size());
    }
  }
  return best;
}

}  // namespace jv
