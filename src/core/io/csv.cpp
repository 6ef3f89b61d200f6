#include "core/io/csv.h"

namespace jv {

bool parse_csv(std::string_view text, char delimiter, CsvTable& out, CsvError& error) {
  out.records.clear();
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  std::size_t line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Skip empty lines between records.
    if (text[i] == '\n' || text[i] == '\r') {
      if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      continue;
    }
    CsvRecord record;
    record.line = line;
    std::string field;
    bool record_done = false;
    while (!record_done) {
      field.clear();
      if (i < n && text[i] == '"') {
        const std::size_t quote_line = line;
        ++i;
        bool closed = false;
        while (i < n) {
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\n') ++line;
          field += c;
          ++i;
        }
        if (!closed) {
          error = {quote_line, record.fields.size() + 1,
                   "Een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten. "
                   "Controleer of er een aanhalingsteken te veel of te weinig staat."};
          return false;
        }
        if (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
          error = {line, record.fields.size() + 1,
                   "Na het sluitende aanhalingsteken volgt nog tekst in hetzelfde veld. Zet het "
                   "hele veld tussen aanhalingstekens en verdubbel aanhalingstekens erbinnen."};
          return false;
        }
      } else {
        while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
          field += text[i];
          ++i;
        }
      }
      record.fields.push_back(field);
      if (i < n && text[i] == delimiter) {
        ++i;
        if (i == n) record.fields.emplace_back();  // a trailing delimiter ends in an empty field
        continue;
      }
      // End of line or of text: the record is complete.
      if (i < n && text[i] == '\r') ++i;
      if (i < n && text[i] == '\n') ++i;
      ++line;
      record_done = true;
    }
    out.records.push_back(std::move(record));
  }
  return true;
}

void csv_append_field(std::string& out, std::string_view field, char delimiter) {
  const bool quote = field.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string_view::npos;
  if (!quote) {
    out += field;
    return;
  }
  out += '"';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace jv
