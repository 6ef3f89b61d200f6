// The first step in reading a user's own file: bytes to UTF-8 text, and which character separates
// the columns. Municipal staff export from Dutch Excel ("CSV (gescheiden door
// lijstscheidingsteken)": Windows-1252 with ';'), from Excel's "Unicode-tekst" (UTF-16 LE with
// tabs), from other tools (UTF-8, often ','), or paste a range (tabs). None of them says which it
// is, so both are detected here; the file interpretation (core/owndata.h) builds on the result.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace jv {

enum class TextEncoding { Utf8, Utf8Bom, Windows1252, Utf16LE, Utf16BE };

// "UTF-8", "UTF-8 met BOM", "Windows-1252", "UTF-16 LE", "UTF-16 BE": shown to the user as what
// the file turned out to be.
const char* encoding_label(TextEncoding encoding);

// Turns file bytes into UTF-8 without a byte order mark.
//   - A BOM decides: EF BB BF (UTF-8; invalid sequences after it become U+FFFD), FF FE (UTF-16 LE),
//     FE FF (UTF-16 BE). UTF-16 without a BOM is recognised by its zero bytes (ASCII text has a
//     zero in every other byte) and decoded as well. Unpaired surrogates become U+FFFD.
//   - Otherwise valid UTF-8 stays UTF-8 (plain ASCII included), and anything else is read as
//     Windows-1252 with its 0x80-0x9F block (0x80 -> €, 0x84 -> „, 0x93/0x94 -> “ ”, 0x96 -> –);
//     its five unassigned bytes become U+0081, U+008D, U+008F, U+0090, U+009D as browsers do.
// Returns false with a Dutch message that says what the bytes look like and what to load instead
// for: a PDF, a PNG/JPEG/GIF image, a zip (most likely an .xlsx), an old .xls (OLE), NUL bytes in
// text that is not UTF-16 (binary data), NUL characters in UTF-16, and UTF-16 with an odd number
// of bytes (cut off). Empty input is fine: empty text, Utf8 (the caller says "empty file").
// `use` picks the advice for binary content (NUL bytes): a file of figures may be CSV, .xlsx or the
// template; a trajectory file is read as CSV only.
enum class TextUse { Figures, Trajectories };
bool decode_text(std::span<const std::uint8_t> bytes, std::string& utf8, TextEncoding& encoding, std::string& error,
                 TextUse use = TextUse::Figures);

struct Dialect {
  char delimiter = ';';
  // Percentage (0..100) of the first records (at most 20, empty lines skipped) that have the
  // winning number of fields. 0 when no candidate splits any record into more than one field, or
  // when the only splits are decimal commas (see detect_dialect).
  int confidence = 0;
  int columns = 0;  // the winning number of fields (1 when no separator was found)
};

// Detects ';', '\t', ',' or '|' from the first 20 non-empty records, reading quotes as the CSV
// reader does (a delimiter or line break inside "..." does not count). For each candidate, the
// most common number of fields above 1 and how many records have it; the candidate with the most
// such records wins, ties go to ';' (Dutch Excel), then tab (a paste from Excel), then ',', then
// '|'. A ',' whose every occurrence stands between two digits is a decimal comma, not a separator
// ("waarde\n12,8\n13,1" is one column). Without a separator the result is ';', confidence 0,
// columns 1, so the caller can ask whether this is the right file.
Dialect detect_dialect(std::string_view text);

}  // namespace jv
