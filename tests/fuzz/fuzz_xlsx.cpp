// libFuzzer target for the .xlsx path: the raw bytes as a user's file (zip, inflate, XML), as a
// raw deflate stream, and, since a mutated zip rarely gets past its CRC-32 checks, as the XML parts
// of a package built here with correct CRCs, so the XML readers see mutated XML too. The input is
// split at 0xFF bytes (which UTF-8 never contains) into worksheet, shared strings, styles and
// workbook; a missing workbook gets a default one.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/detail.h"
#include "core/io/inflate.h"
#include "core/io/xlsx.h"
#include "core/io/zip.h"

namespace {

void put16(std::vector<std::uint8_t>& b, std::size_t v) {
  b.push_back(static_cast<std::uint8_t>(v));
  b.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32(std::vector<std::uint8_t>& b, std::size_t v) {
  put16(b, v & 0xFFFFu);
  put16(b, (v >> 16) & 0xFFFFu);
}

// A zip of stored entries with correct CRC-32s.
std::vector<std::uint8_t> stored_zip(const std::vector<std::pair<std::string, std::string_view>>& parts) {
  std::vector<std::uint8_t> out, dir;
  for (const auto& [name, content] : parts) {
    const std::span<const std::uint8_t> data(reinterpret_cast<const std::uint8_t*>(content.data()), content.size());
    const std::uint32_t crc = jv::crc32(data);
    const std::size_t offset = out.size();
    for (auto* b : {&out, &dir}) {
      const bool central = b == &dir;
      put32(*b, central ? 0x02014b50 : 0x04034b50);
      if (central) put16(*b, 20);
      put16(*b, 20);
      put16(*b, 0);
      put16(*b, 0);
      put32(*b, 0);
      put32(*b, crc);
      put32(*b, data.size());
      put32(*b, data.size());
      put16(*b, name.size());
      put16(*b, 0);
      if (central) {
        put16(*b, 0);
        put16(*b, 0);
        put16(*b, 0);
        put32(*b, 0);
        put32(*b, offset);
      }
      b->insert(b->end(), name.begin(), name.end());
    }
    out.insert(out.end(), data.begin(), data.end());
  }
  const std::size_t dir_offset = out.size();
  out.insert(out.end(), dir.begin(), dir.end());
  put32(out, 0x06054b50);
  put32(out, 0);
  put16(out, parts.size());
  put16(out, parts.size());
  put32(out, dir.size());
  put32(out, dir_offset);
  put16(out, 0);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  std::string error;

  jv::XlsxWorkbook workbook;
  jv::read_xlsx_workbook(bytes, workbook, error);
  jv::XlsxSheet sheet;
  jv::read_xlsx_sheet(bytes, "", sheet, error);

  std::vector<std::uint8_t> out;
  jv::inflate_raw(bytes, out, 1 << 20, error);

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (pieces.size() < 3) {
    const std::size_t cut = text.find('\xFF', start);
    if (cut == std::string_view::npos) break;
    pieces.push_back(text.substr(start, cut - start));
    start = cut + 1;
  }
  pieces.push_back(text.substr(start));
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::string rels = "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel +
                           "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel +
                           "/styles\" Target=\"/xl/styles.xml\"/></Relationships>";
  const std::string_view default_workbook =
      "<workbook><workbookPr date1904=\"1\"/><sheets><sheet name=\"Blad1\" r:id=\"rId1\"/></sheets></workbook>";
  std::vector<std::pair<std::string, std::string_view>> parts = {
      {"xl/workbook.xml", pieces.size() > 3 ? pieces[3] : default_workbook},
      {"xl/_rels/workbook.xml.rels", rels},
      {"xl/worksheets/sheet1.xml", pieces[0]}};
  if (pieces.size() > 1) parts.push_back({"xl/sharedStrings.xml", pieces[1]});
  if (pieces.size() > 2) parts.push_back({"xl/styles.xml", pieces[2]});
  const std::vector<std::uint8_t> package = stored_zip(parts);
  jv::read_xlsx_workbook(package, workbook, error);
  jv::read_xlsx_sheet(package, "", sheet, error);
  if (!workbook.sheet_names.empty()) jv::read_xlsx_sheet(package, workbook.sheet_names.back(), sheet, error);
  return 0;
}
