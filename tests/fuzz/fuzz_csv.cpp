// libFuzzer target: user text as the CSV path sees it (decoding, dialect detection, parsing).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/csv.h"
#include "core/io/encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text, error;
  jv::TextEncoding encoding;
  if (!jv::decode_text({data, size}, text, encoding, error)) return 0;
  const jv::Dialect dialect = jv::detect_dialect(text);
  jv::CsvTable table;
  jv::CsvError csv_error;
  jv::parse_csv(text, dialect.delimiter, table, csv_error);
  return 0;
}
