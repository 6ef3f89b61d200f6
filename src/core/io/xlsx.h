// An Excel (.xlsx, Office Open XML SpreadsheetML) reader for the own-data import: municipal staff
// keep their figures in Excel, and the browser hands the file's bytes straight to the wasm core,
// so the zip container (core/io/zip.h), its deflate streams (core/io/inflate.h) and the XML parts
// (core/io/xml.h) are all read here, with no library.
//
// A sheet comes out as a grid of TEXT cells, each the way the cell reads, so one interpretation
// layer serves CSV and Excel alike. Only what a table of figures needs is read: values, shared and
// inline strings, number formats (to recognise dates and percentages) and the 1904 date system.
// Formulas are not evaluated; a formula cell gives the value Excel cached when it saved the file.
//
// Hostile files are expected (the reader is fuzzed): every part is at most 50 MB uncompressed, a
// sheet at most 1,000,000 cells, and no input makes the reader crash, hang or read out of bounds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jv {

struct XlsxSheet {
  std::string name;
  // rows[r][c] is the text of cell xlsx_cell_ref(r, c): the grid always starts at A1, so row r is
  // sheet row r + 1 and column c is column c + 1, whatever lies empty before the data.
  //   numbers   plain machine form, at most 15 significant digits as Excel shows them: "12.8",
  //             "2024", "0.128", "0.0000015", "-3"; exponents only beyond 1e21 / below 1e-20
  //   booleans  "TRUE" / "FALSE"
  //   strings   shared and inline strings as their text (rich-text runs joined, phonetic runs left
  //             out, Excel's _xHHHH_ escapes decoded)
  //   dates     numeric cells with a date format (built-in 14-17 and 22, or a custom format with
  //             d, m or y outside quotes that is not a time of h, m and s only): ISO "2024-03-01",
  //             from the 1900 system (with Excel's fictitious 1900-02-29) or, when the workbook says
  //             date1904, the 1904 system. Time-only formats (18-21, 45-47, "h:mm") keep the number.
  //   formulas  the cached value, read as above; "" when the file holds none
  //   errors    their text: "#DIV/0!", "#N/A"
  //   empty     ""
  // Trailing empty cells of a row and trailing empty rows are trimmed; an empty row inside the
  // table is an empty vector.
  std::vector<std::vector<std::string>> rows;
  // percent[r][c]: the cell has a percent format ("0.0%"). Its text stays the stored fraction
  // ("0.128"), so the caller can show 12,8 % and knows not to read it as 0,128. Same shape as rows.
  std::vector<std::vector<bool>> percent;
};

struct XlsxWorkbook {
  std::vector<std::string> sheet_names;  // in the order of the tabs, hidden sheets included
};

// Lists the sheets. Returns false with a Dutch message for the user when the bytes are not an
// .xlsx: not a zip, a zip without a workbook (Word, OpenDocument, anything else), a damaged or
// truncated file, a password-protected workbook (an OLE file holding "EncryptedPackage"), an old
// binary .xls (OLE signature D0 CF 11 E0), a PDF. Each message says what to do instead.
bool read_xlsx_workbook(std::span<const std::uint8_t> bytes, XlsxWorkbook& out, std::string& error);

// Reads one sheet by name, compared case-insensitively as Excel does; an empty name reads the
// first visible worksheet. A name that is not there gives
// "Het werkblad \"X\" bestaat niet in dit bestand. Wel: Blad1, Blad2." Other failures as for
// read_xlsx_workbook(), and for a sheet that is a chart or is too large.
bool read_xlsx_sheet(std::span<const std::uint8_t> bytes, std::string_view sheet_name, XlsxSheet& out,
                     std::string& error);

// The A1-style name of a cell from 0-based row and column: (0, 0) -> "A1", (6, 27) -> "AB7".
std::string xlsx_cell_ref(std::size_t row, std::size_t col);

// The ISO date ("2024-03-01") of an Excel date serial number, fraction (time of day) dropped.
// 1900 system: 1 is 1900-01-01, 60 the fictitious 1900-02-29 Lotus 1-2-3 had and Excel kept, 61
// 1900-03-01, and 0 reads "1900-01-00" as in Excel. 1904 system (date1904): 0 is 1904-01-01.
// Empty for serials Excel shows no date for (negative, after 9999-12-31, not finite).
std::string xlsx_date_from_serial(double serial, bool date1904);

}  // namespace jv
