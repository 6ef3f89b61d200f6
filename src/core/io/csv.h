// A CSV reader for RFC 4180 text and for what spreadsheet programs write: quoted fields with
// delimiters, doubled quotes and line breaks inside, CRLF or LF line ends, a UTF-8 byte order
// mark. It keeps the line number where each record starts, so every message about a value can
// say where it is. It does not guess the delimiter or the encoding: callers that read user
// files do that first (see the own-data readers); the project's own files are UTF-8 with ','.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jv {

struct CsvRecord {
  std::vector<std::string> fields;
  std::size_t line = 0;  // 1-based line where the record starts in the text
};

struct CsvTable {
  std::vector<CsvRecord> records;  // header included, as the first record, if the text has one
};

struct CsvError {
  std::size_t line = 0;
  std::size_t column = 0;  // 1-based field number
  std::string message;     // Dutch, says what is wrong and what to do
};

// Parses `text`. Empty lines are skipped. Returns false with `error` set on an unterminated
// quoted field or text after a closing quote. `out` holds the records read before the error.
bool parse_csv(std::string_view text, char delimiter, CsvTable& out, CsvError& error);

// Writes one field, quoting it when it holds the delimiter, a quote or a line break.
void csv_append_field(std::string& out, std::string_view field, char delimiter);

}  // namespace jv
