// Inflate, zip and .xlsx: deflate streams made with Python's zlib (compressobj(level, DEFLATED,
// -15)) and embedded here with the text they hold; hand-built streams for the errors; and the
// fixtures of tests/fixtures/xlsx/ (see the README there), each with the exact cells or the exact
// message a user sees.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "core/detail.h"
#include "core/io/inflate.h"
#include "core/io/xlsx.h"
#include "core/io/zip.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes bytes_of(std::string_view s) { return Bytes(s.begin(), s.end()); }
std::string text_of(const Bytes& b) { return std::string(b.begin(), b.end()); }

Bytes fixture(const std::string& name) {
  std::ifstream in(std::string(JV_SOURCE_DIR) + "/tests/fixtures/xlsx/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "fixture missing: " << name);
  return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Writes deflate bits the way RFC 1951 packs them: values least significant bit first, Huffman
// codes most significant bit first. Enough to build the streams zlib would never write.
struct BitWriter {
  Bytes bytes;
  unsigned used = 0;  // bits used in the last byte

  void bits(std::uint32_t value, unsigned n) {
    for (unsigned i = 0; i < n; ++i) {
      if (used == 0) bytes.push_back(0);
      bytes.back() = static_cast<std::uint8_t>(bytes.back() | (((value >> i) & 1u) << used));
      used = (used + 1) % 8;
    }
  }
  void code(std::uint32_t code, unsigned len) {
    for (unsigned i = len; i-- > 0;) bits((code >> i) & 1u, 1);
  }
  // A literal/length symbol of the fixed code (3.2.6).
  void fixed(unsigned sym) {
    if (sym < 144) code(0x30 + sym, 8);
    else if (sym < 256) code(0x190 + sym - 144, 9);
    else if (sym < 280) code(sym - 256, 7);
    else code(0xC0 + sym - 280, 8);
  }
  void align() { used = 0; }
};

// A zip with stored entries, for packages built in a test.
Bytes stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  Bytes out;
  Bytes dir;
  auto put16 = [](Bytes& b, std::uint32_t v) {
    b.push_back(static_cast<std::uint8_t>(v));
    b.push_back(static_cast<std::uint8_t>(v >> 8));
  };
  auto put32 = [&](Bytes& b, std::uint32_t v) {
    put16(b, v & 0xFFFFu);
    put16(b, v >> 16);
  };
  for (const auto& [name, content] : parts) {
    const Bytes data = bytes_of(content);
    const std::uint32_t crc = jv::crc32(data);
    const auto offset = static_cast<std::uint32_t>(out.size());
    const auto size = static_cast<std::uint32_t>(data.size());
    const auto name_len = static_cast<std::uint32_t>(name.size());
    put32(out, 0x04034b50);
    put16(out, 20);
    put16(out, 0);
    put16(out, 0);  // stored
    put32(out, 0);  // time, date
    put32(out, crc);
    put32(out, size);
    put32(out, size);
    put16(out, name_len);
    put16(out, 0);
    out.insert(out.end(), name.begin(), name.end());
    out.insert(out.end(), data.begin(), data.end());

    put32(dir, 0x02014b50);
    put16(dir, 20);
    put16(dir, 20);
    put16(dir, 0);
    put16(dir, 0);
    put32(dir, 0);
    put32(dir, crc);
    put32(dir, size);
    put32(dir, size);
    put16(dir, name_len);
    put16(dir, 0);
    put16(dir, 0);
    put16(dir, 0);
    put16(dir, 0);
    put32(dir, 0);
    put32(dir, offset);
    dir.insert(dir.end(), name.begin(), name.end());
  }
  const auto dir_offset = static_cast<std::uint32_t>(out.size());
  out.insert(out.end(), dir.begin(), dir.end());
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<std::uint32_t>(parts.size()));
  put16(out, static_cast<std::uint32_t>(parts.size()));
  put32(out, static_cast<std::uint32_t>(dir.size()));
  put32(out, dir_offset);
  put16(out, 0);
  return out;
}

// A one-sheet package around the given <sheetData> content and shared strings.
Bytes one_sheet(const std::string& sheet_data, const std::string& shared = "") {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::vector<std::pair<std::string, std::string>> parts = {
      {"_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml",
       "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" "
       "r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                                         "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheet_data + "</sheetData></worksheet>"}};
  if (!shared.empty()) parts.push_back({"xl/sharedStrings.xml", "<sst>" + shared + "</sst>"});
  return stored_zip(parts);
}

const std::string kTruncatedStream =
    "De gecomprimeerde gegevens houden voortijdig op; het bestand is waarschijnlijk afgekapt.";
const std::string kAdvice =
    " Open het bestand in Excel, sla het opnieuw op als Excel-werkmap (.xlsx) en laad het nog eens.";
const std::string kSaveAs = "Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en laad dat bestand.";

// zlib level 0: one stored block.
const Bytes kStored = {0x01, 0x11, 0x00, 0xee, 0xff, 0x48, 0x61, 0x6c, 0x6c, 0x6f, 0x2c,
                       0x20, 0x6a, 0x65, 0x75, 0x67, 0x64, 0x68, 0x75, 0x6c, 0x70, 0x21};
// zlib level 9 on a short text: one fixed-Huffman block with back-references.
const Bytes kFixed = {0xf3, 0xc8, 0xcc, 0x29, 0x4b, 0x2d, 0x2a, 0x2e, 0xcd, 0xd5, 0x51, 0xf0,
                      0x28, 0xcd, 0xac, 0x4a, 0xcd, 0x03, 0xd2, 0x78, 0x84, 0xf4, 0x00};
// zlib level 9 on 263 bytes of CSV: one dynamic-Huffman block.
const Bytes kDynamic = {0x95, 0xca, 0x41, 0x0a, 0x80, 0x20, 0x10, 0x05, 0xd0, 0x7d, 0xa7, 0x68, 0xd3, 0xce, 0x85,
                        0x5a, 0x50, 0x31, 0x17, 0xe8, 0x1a, 0x92, 0x1f, 0x9b, 0x48, 0x0b, 0xd3, 0xba, 0x7e, 0x44,
                        0x17, 0xb0, 0xe5, 0x83, 0xe7, 0xe0, 0x81, 0x90, 0x40, 0x1c, 0x2c, 0xcf, 0x26, 0xed, 0x91,
                        0x0e, 0x44, 0xde, 0x2d, 0xe8, 0x36, 0x26, 0x5a, 0x54, 0x13, 0x6f, 0x17, 0xe2, 0x99, 0x3d,
                        0x35, 0xf5, 0x8a, 0xec, 0x2c, 0x3b, 0x84, 0xda, 0x23, 0x7d, 0x5a, 0xf2, 0x76, 0x90, 0x96,
                        0x6a, 0xa0, 0x51, 0x74, 0xa5, 0x79, 0x24, 0x25, 0x45, 0x5f, 0xb8, 0xb5, 0xfc, 0xb5, 0x15,
                        0x29, 0x2d, 0xda, 0xd2, 0xad, 0xdf, 0x3d, 0x54, 0x0f};
const std::string kDynamicText =
    "gemeente;indicator;periode;waarde\n"
    "Hilversum;% jeugdigen met jeugdhulp;2018;9,4\n"
    "Hilversum;% jeugdigen met jeugdhulp;2019;10,7\n"
    "Hilversum;% jeugdigen met jeugdhulp;2020;10,7\n"
    "Hilversum;% jeugdigen met jeugdhulp;2021;12,3\n"
    "Hilversum;% jeugdigen met jeugdhulp;2022;12,8\n";

std::string inflate_text(const Bytes& in, std::size_t max = 1 << 20) {
  Bytes out;
  std::string error;
  REQUIRE_MESSAGE(jv::inflate_raw(in, out, max, error), error);
  return text_of(out);
}

std::string inflate_error(const Bytes& in, std::size_t max = 1 << 20) {
  Bytes out;
  std::string error;
  CHECK_FALSE(jv::inflate_raw(in, out, max, error));
  return error;
}

jv::XlsxSheet sheet_of(const Bytes& file, std::string_view name = "") {
  jv::XlsxSheet sheet;
  std::string error;
  REQUIRE_MESSAGE(jv::read_xlsx_sheet(file, name, sheet, error), error);
  REQUIRE(sheet.percent.size() == sheet.rows.size());
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) REQUIRE(sheet.percent[r].size() == sheet.rows[r].size());
  return sheet;
}

std::string sheet_error(const Bytes& file, std::string_view name = "") {
  jv::XlsxSheet sheet;
  std::string error;
  CHECK_FALSE(jv::read_xlsx_sheet(file, name, sheet, error));
  return error;
}

std::string workbook_error(const Bytes& file) {
  jv::XlsxWorkbook wb;
  std::string error;
  CHECK_FALSE(jv::read_xlsx_workbook(file, wb, error));
  return error;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

// ---------------------------------------------------------------------------------------------
// inflate
// ---------------------------------------------------------------------------------------------

TEST_CASE("inflate: stored, fixed and dynamic blocks from zlib") {
  CHECK(inflate_text(kStored) == "Hallo, jeugdhulp!");
  CHECK(inflate_text(kFixed) == "Hilversum, Huizen, Hilversum, Huizen, Hilversum.");
  CHECK(inflate_text(kDynamic) == kDynamicText);
}

TEST_CASE("inflate: appends to the output and counts distances from its own start") {
  Bytes out = bytes_of(">>");
  std::string error;
  REQUIRE(jv::inflate_raw(kStored, out, 100, error));
  CHECK(text_of(out) == ">>Hallo, jeugdhulp!");

  // A reference one byte back as the first symbol: the two bytes already in `out` are not part
  // of this stream, so it reaches before the start.
  BitWriter w;
  w.bits(1, 1);  // final
  w.bits(1, 2);  // fixed
  w.fixed(257);  // length 3
  w.code(0, 5);  // distance 1
  w.fixed(256);
  out = bytes_of(">>");
  CHECK_FALSE(jv::inflate_raw(w.bytes, out, 100, error));
  CHECK(error ==
        "De gecomprimeerde gegevens zijn beschadigd (een verwijzing gaat verder terug dan het begin van "
        "de gegevens).");
}

TEST_CASE("inflate: a stored block followed by a fixed block, and an overlapping copy") {
  BitWriter w;
  w.bits(0, 1);  // not final
  w.bits(0, 2);  // stored
  w.align();
  w.bits(2, 16);
  w.bits(0xFFFD, 16);
  w.bits('a', 8);
  w.bits('b', 8);
  w.bits(1, 1);  // final
  w.bits(1, 2);  // fixed
  w.fixed('c');
  w.fixed(265);  // length 11 + 1 extra bit
  w.bits(1, 1);  // -> 12
  w.code(2, 5);  // distance 3
  w.fixed(256);
  CHECK(inflate_text(w.bytes) ==
        "abc"
        "abcabcabcabc");
}

TEST_CASE("inflate: corrupt and truncated streams give exact messages") {
  CHECK(inflate_error({0x07}) == "De gecomprimeerde gegevens zijn beschadigd (ongeldig bloktype 3).");
  CHECK(inflate_error({}) == kTruncatedStream);
  CHECK(inflate_error(Bytes(kDynamic.begin(), kDynamic.begin() + 50)) == kTruncatedStream);
  CHECK(inflate_error(Bytes(kStored.begin(), kStored.begin() + 10)) == kTruncatedStream);
  CHECK(inflate_error(Bytes(kFixed.begin(), kFixed.end() - 2)) == kTruncatedStream);

  Bytes bad_len = kStored;
  bad_len[3] = 0x00;  // NLEN no longer the complement of LEN
  CHECK(inflate_error(bad_len) ==
        "De gecomprimeerde gegevens zijn beschadigd (de lengte van een ongecomprimeerd blok klopt niet).");

  BitWriter far;
  far.bits(1, 1);
  far.bits(1, 2);
  far.fixed('x');
  far.fixed(257);
  far.code(1, 5);  // distance 2, with one byte written
  far.fixed(256);
  CHECK(inflate_error(far.bytes) ==
        "De gecomprimeerde gegevens zijn beschadigd (een verwijzing gaat verder terug dan het begin van de "
        "gegevens).");

  BitWriter dist30;  // fixed distance codes 30 and 31 do not exist
  dist30.bits(1, 1);
  dist30.bits(1, 2);
  dist30.fixed('x');
  dist30.fixed(257);
  dist30.code(30, 5);
  dist30.fixed(256);
  CHECK(inflate_error(dist30.bytes) == "De gecomprimeerde gegevens zijn beschadigd (ongeldige afstandscode).");

  BitWriter len286;  // fixed literal/length codes 286 and 287 do not exist
  len286.bits(1, 1);
  len286.bits(1, 2);
  len286.fixed(286);
  CHECK(inflate_error(len286.bytes) == "De gecomprimeerde gegevens zijn beschadigd (ongeldige lengtecode).");

  BitWriter oversubscribed;  // a dynamic header whose code length code has three codes of length 1
  oversubscribed.bits(1, 1);
  oversubscribed.bits(2, 2);
  oversubscribed.bits(0, 5);  // 257 literal/length codes
  oversubscribed.bits(0, 5);  // 1 distance code
  oversubscribed.bits(0, 4);  // 4 code length codes: for 16, 17, 18, 0
  for (int i = 0; i < 3; ++i) oversubscribed.bits(1, 3);
  oversubscribed.bits(0, 3);
  CHECK(inflate_error(oversubscribed.bytes) == "De gecomprimeerde gegevens zijn beschadigd (ongeldige codetabel).");
}

TEST_CASE("inflate: the output limit stops a zip bomb") {
  // One literal and 5000 copies of 258 bytes: 1,290,001 bytes from some 8 KB.
  BitWriter w;
  w.bits(1, 1);
  w.bits(1, 2);
  w.fixed(0);
  for (int i = 0; i < 5000; ++i) {
    w.fixed(285);  // length 258
    w.code(0, 5);  // distance 1
  }
  w.fixed(256);
  CHECK(inflate_text(w.bytes, 1290001).size() == 1290001);
  CHECK(inflate_error(w.bytes, 1 << 20) ==
        "Het bestand pakt uit tot meer dan 1 MB; zoveel is voor een tabel met cijfers nooit nodig (of het "
        "bestand is zo gemaakt dat het bij uitpakken ontploft). Laad alleen de tabel met cijfers, zonder andere "
        "werkbladen of afbeeldingen.");
  CHECK(inflate_error(kDynamic, 100).starts_with("Het bestand pakt uit tot meer dan 100 bytes;"));
  CHECK(inflate_error(kStored, 16).starts_with("Het bestand pakt uit tot meer dan 16 bytes;"));
  CHECK(inflate_text(kStored, 17) == "Hallo, jeugdhulp!");
}

// ---------------------------------------------------------------------------------------------
// zip
// ---------------------------------------------------------------------------------------------

TEST_CASE("zip: the central directory, names in any case, extraction with CRC") {
  const Bytes file = fixture("long.xlsx");
  jv::ZipArchive zip;
  std::string error;
  REQUIRE(jv::open_zip(file, zip, error));
  REQUIRE(zip.entries.size() == 7);
  CHECK(zip.entries[0].name == "[Content_Types].xml");
  CHECK(zip.entries[6].name == "xl/worksheets/sheet1.xml");
  CHECK(zip.entries[6].method == 8);

  const jv::ZipEntry* sheet = jv::find_zip_entry(zip, "XL/Worksheets/Sheet1.XML");
  REQUIRE(sheet != nullptr);
  CHECK(sheet == jv::find_zip_entry(zip, "/xl/worksheets/sheet1.xml"));
  CHECK(sheet == jv::find_zip_entry(zip, "xl\\worksheets\\sheet1.xml"));
  CHECK(jv::find_zip_entry(zip, "xl/worksheets/sheet2.xml") == nullptr);

  Bytes out = bytes_of("weg");
  REQUIRE(jv::extract_zip_entry(zip, *sheet, out, 1 << 20, error));
  CHECK(out.size() == sheet->size);
  CHECK(text_of(out).starts_with("<?xml version=\"1.0\""));
  CHECK(text_of(out).ends_with("</sheetData></worksheet>"));

  CHECK_FALSE(jv::extract_zip_entry(zip, *sheet, out, 100, error));
  CHECK(error.starts_with("Het bestand pakt uit tot meer dan 100 bytes;"));
}

TEST_CASE("zip: a comment after the directory, and damaged directories") {
  Bytes file = fixture("two_sheets.xlsx");
  const std::string comment = "Gemaakt voor de tests; PK\x05\x06 in een commentaar mag.";
  file[file.size() - 2] = static_cast<std::uint8_t>(comment.size());
  file.insert(file.end(), comment.begin(), comment.end());
  jv::ZipArchive zip;
  std::string error;
  REQUIRE_MESSAGE(jv::open_zip(file, zip, error), error);
  CHECK(zip.entries.size() == 8);
  jv::XlsxWorkbook wb;
  REQUIRE(jv::read_xlsx_workbook(file, wb, error));
  CHECK(wb.sheet_names == std::vector<std::string>{"Blad1", "Toelichting"});

  CHECK_FALSE(jv::open_zip(fixture("not_zip.xlsx"), zip, error));
  CHECK(error == "Dit is geen zip-bestand.");
  CHECK_FALSE(jv::open_zip(fixture("truncated.xlsx"), zip, error));
  CHECK(error == "Het bestand is onvolledig: het einde ontbreekt. Misschien is het downloaden of kopiëren afgebroken.");

  Bytes bad = fixture("long.xlsx");
  const std::size_t end = bad.size() - 22;  // the end record; its offset 16 holds the directory's
  const auto at = static_cast<std::size_t>(bad[end + 16] | (bad[end + 17] << 8) | (bad[end + 18] << 16));
  REQUIRE(bad[at + 2] == 1);
  REQUIRE(bad[at + 3] == 2);
  Bytes damaged = bad;
  damaged[at + 2] = 9;
  CHECK_FALSE(jv::open_zip(damaged, zip, error));
  CHECK(error == "De inhoudsopgave van het zip-bestand is beschadigd.");

  // An unknown compression method (14 is LZMA).
  Bytes lzma = bad;
  lzma[at + 10] = 14;
  REQUIRE(jv::open_zip(lzma, zip, error));
  Bytes out;
  CHECK_FALSE(jv::extract_zip_entry(zip, zip.entries[0], out, 1 << 20, error));
  CHECK(error == "Onderdeel \"[Content_Types].xml\" is ingepakt op een manier die de app niet kent (methode 14).");
}

TEST_CASE("zip: a wrong CRC-32 is damage") {
  const Bytes file = fixture("crc.xlsx");
  jv::ZipArchive zip;
  std::string error;
  REQUIRE(jv::open_zip(file, zip, error));
  const jv::ZipEntry* sheet = jv::find_zip_entry(zip, "xl/worksheets/sheet1.xml");
  REQUIRE(sheet != nullptr);
  CHECK(sheet->method == 0);
  Bytes out;
  CHECK_FALSE(jv::extract_zip_entry(zip, *sheet, out, 1 << 20, error));
  CHECK(error == "Onderdeel \"xl/worksheets/sheet1.xml\" is beschadigd: het controlegetal (CRC-32) klopt niet.");
  CHECK(jv::crc32(bytes_of("123456789")) == 0xCBF43926u);  // the check value of CRC-32
}

// ---------------------------------------------------------------------------------------------
// xlsx: fixtures
// ---------------------------------------------------------------------------------------------

TEST_CASE("xlsx: own figures in the long shape") {
  for (const char* name : {"long.xlsx", "stored.xlsx", "zip64.xlsx"}) {
    CAPTURE(name);
    const jv::XlsxSheet s = sheet_of(fixture(name));
    CHECK(s.name == "Blad1");
    const std::string j = "% jeugdigen met jeugdhulp";
    CHECK(s.rows == Rows{{"gemeente", "indicator", "periode", "waarde", "teller", "noemer"},
                         {"Hilversum", j, "2018", "9.4", "2162", "23000"},
                         {"Hilversum", j, "2019", "10.7", "2461", "23000"},
                         {"Hilversum", j, "2020", "10.7", "2461", "23000"},
                         {"Hilversum", j, "2021", "12.3", "2829", "23000"},  // formula, cached 12.300000000000001
                         {"Hilversum", j, "2022", "0.128", "2944", "23000"},
                         {"Hilversum", "Jeugdigen met jeugdbescherming", "2024-03-01", "1.1", "253", "23000"}});
    for (std::size_t r = 0; r < s.rows.size(); ++r)
      for (std::size_t c = 0; c < s.rows[r].size(); ++c) CHECK(s.percent[r][c] == (r == 5 && c == 3));
  }
}

TEST_CASE("xlsx: a file LibreOffice wrote") {
  const Bytes file = fixture("office.xlsx");
  jv::XlsxWorkbook wb;
  std::string error;
  REQUIRE(jv::read_xlsx_workbook(file, wb, error));
  CHECK(wb.sheet_names == std::vector<std::string>{"office"});
  const jv::XlsxSheet s = sheet_of(file);
  const std::string j = "% jeugdigen met jeugdhulp";
  CHECK(s.rows == Rows{{"gemeente", "indicator", "periode", "waarde", "teller", "noemer"},
                       {"Hilversum", j, "2021", "12.3", "2829", "23000"},
                       {"Hilversum", j, "2022", "0.128", "2944", "23000"},
                       {"Hilversum", "Jeugdigen met jeugdbescherming", "2024-03-01", "1.1", "253", "23000"}});
  CHECK(s.percent[2][3]);
  CHECK_FALSE(s.percent[1][3]);
}

TEST_CASE("xlsx: two sheets, chosen by name in any case") {
  const Bytes file = fixture("two_sheets.xlsx");
  jv::XlsxWorkbook wb;
  std::string error;
  REQUIRE(jv::read_xlsx_workbook(file, wb, error));
  CHECK(wb.sheet_names == std::vector<std::string>{"Blad1", "Toelichting"});
  CHECK(sheet_of(file).rows == Rows{{"gemeente", "waarde"}, {"Hilversum", "12.8"}});
  const jv::XlsxSheet t = sheet_of(file, "toelichting");
  CHECK(t.name == "Toelichting");
  CHECK(t.rows == Rows{{"Bron: eigen registratie"}, {"Peildatum: 1 januari "}});
  CHECK(sheet_error(file, "Blad3") == "Het werkblad \"Blad3\" bestaat niet in dit bestand. Wel: Blad1, Toelichting.");
}

TEST_CASE("xlsx: without a name the first visible sheet is read") {
  const Bytes file = fixture("hidden_first.xlsx");
  const jv::XlsxSheet s = sheet_of(file);
  CHECK(s.name == "Data");
  CHECK(s.rows == Rows{{"zichtbaar"}});
  CHECK(sheet_of(file, "Verborgen").rows == Rows{{"lookup"}});
}

TEST_CASE("xlsx: every kind of cell") {
  const jv::XlsxSheet s = sheet_of(fixture("cells.xlsx"));
  CHECK(s.name == "Soorten");
  REQUIRE(s.rows.size() == 9);  // row 10 holds only an empty styled cell
  CHECK(s.rows[0] == std::vector<std::string>{"TRUE", "FALSE", "#DIV/0!", "ja & nee"});
  CHECK(s.rows[1] ==
        std::vector<std::string>{"Jeugdhulp", "漢字", "<5 & >3 \"x\" 'y' é €", "regel 1\r\nregel 2", "  spaties  "});
  CHECK(s.rows[2] == std::vector<std::string>{"0.0128", "0.3", "-3", "1e+21", "123456789012346000", "0.00000015", "0"});
  CHECK(s.rows[3].empty());  // no <row r="4">
  CHECK(s.rows[4] == std::vector<std::string>{"a", "b", "", "", "5"});
  CHECK(s.rows[5] == std::vector<std::string>{"zes", "a<b"});
  // 14 -> date; 60 is Excel's 29 February 1900; dd-mm-yyyy with a time; h:mm and built-in 20 stay
  // numbers; mmmm is a month; t="d"; [$-413]d mmmm yyyy; 0.0 "dagen" (d inside quotes); [h]:mm.
  CHECK(s.rows[6] == std::vector<std::string>{"2024-03-01", "1900-02-29", "1900-03-01", "2024-03-01", "0.5", "0.25",
                                              "2024-03-01", "2024-03-01", "2024-03-01", "12.5", "1.5"});
  CHECK(s.rows[7] == std::vector<std::string>{"0.128", "0.5", "12.8", "  spaties  "});
  CHECK(s.percent[7] == std::vector<bool>{true, true, false, false});  // 0.0" %" has a literal %
  REQUIRE(s.rows[8].size() == 28);
  CHECK(s.rows[8][27] == "ver weg");
  CHECK(s.rows[8][26].empty());
}

TEST_CASE("xlsx: the 1904 date system") {
  const jv::XlsxSheet s = sheet_of(fixture("date1904.xlsx"));
  CHECK(s.rows == Rows{{"1904-01-01", "2024-03-01", "43890"}});
}

TEST_CASE("xlsx: damaged files say so and say what to do") {
  const std::string truncated =
      "Het bestand is onvolledig: het einde ontbreekt. Misschien is het downloaden of kopiëren afgebroken." + kAdvice;
  CHECK(workbook_error(fixture("truncated.xlsx")) == truncated);
  CHECK(sheet_error(fixture("truncated.xlsx")) == truncated);

  CHECK(sheet_error(fixture("corrupt.xlsx")) ==
        "Onderdeel \"xl/worksheets/sheet1.xml\" is niet uit te pakken. De gecomprimeerde gegevens zijn beschadigd "
        "(een verwijzing gaat verder terug dan het begin van de gegevens)." +
            kAdvice);
  CHECK(sheet_error(fixture("crc.xlsx")) ==
        "Onderdeel \"xl/worksheets/sheet1.xml\" is beschadigd: het controlegetal (CRC-32) klopt niet." + kAdvice);
  // Only the sheet is damaged: the sheet list still reads.
  jv::XlsxWorkbook wb;
  std::string error;
  CHECK(jv::read_xlsx_workbook(fixture("corrupt.xlsx"), wb, error));
}

TEST_CASE("xlsx: files that are no xlsx") {
  CHECK(workbook_error(fixture("not_zip.xlsx")) == "Dit is geen Excel-bestand (.xlsx). " + kSaveAs);
  CHECK(workbook_error(fixture("fake_pdf.xlsx")) ==
        "Dit is een PDF-bestand, geen Excel-bestand. Cijfers uit een PDF kan de app niet lezen: gebruik het Excel- "
        "of CSV-bestand waaruit de PDF is gemaakt, of vul het sjabloon in.");
  CHECK(workbook_error(fixture("encrypted.xlsx")) ==
        "Dit Excel-bestand is beveiligd met een wachtwoord; zo kan de app het niet lezen. Sla in Excel een kopie op "
        "zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: maak het wachtwoord "
        "leeg) en laad die kopie.");
  CHECK(workbook_error(fixture("old.xls")) ==
        "Dit is een oud Excel-bestand (.xls, Excel 97-2003), dat de app niet leest. " + kSaveAs);
  CHECK(sheet_error(fixture("no_workbook.xlsx")) ==
        "Dit is geen Excel-bestand (.xlsx): het is een zip-archief zonder werkmap (xl/workbook.xml). " + kSaveAs);
  CHECK(workbook_error({}) == "Het bestand is leeg.");
  CHECK(workbook_error(stored_zip({{"word/document.xml", "<w:document/>"}})) ==
        "Dit is een Word-document, geen Excel-bestand. Zet de tabel in Excel en sla die op als Excel-werkmap (.xlsx) "
        "of als CSV.");
}

TEST_CASE("xlsx: a part over 50 MB is refused before it is unpacked") {
  const std::string message =
      "Het bestand pakt uit tot meer dan 50 MB; zoveel is voor een tabel met cijfers nooit nodig (of het bestand "
      "is zo gemaakt dat het bij uitpakken ontploft). Laad alleen de tabel met cijfers, zonder andere werkbladen "
      "of afbeeldingen.";
  CHECK(sheet_error(fixture("bomb.xlsx")) == message);
}

// ---------------------------------------------------------------------------------------------
// xlsx: packages built here
// ---------------------------------------------------------------------------------------------

TEST_CASE("xlsx: limits and damage inside a sheet") {
  const std::string too_big =
      "Het werkblad \"Blad1\" is te groot: meer dan 1.000.000 cellen. Zet alleen de tabel met cijfers per "
      "gemeente en periode in een werkblad en laad dat.";
  // One value a million rows down would need a million rows.
  CHECK(sheet_error(one_sheet("<row r=\"1000001\"><c r=\"A1000001\"><v>1</v></c></row>")) == too_big);
  // 62 rows as wide as Excel allows: 1,015,808 cells.
  std::string wide;
  for (int r = 1; r <= 62; ++r) wide += "<row><c r=\"XFD" + std::to_string(r) + "\"><v>1</v></c></row>";
  CHECK(sheet_error(one_sheet(wide)) == too_big);
  // 61 such rows fit: 999,424 cells.
  wide.clear();
  for (int r = 1; r <= 61; ++r) wide += "<row><c r=\"XFD" + std::to_string(r) + "\"><v>1</v></c></row>";
  CHECK(sheet_of(one_sheet(wide)).rows.size() == 61);

  // A shared string of 1 MB named by 65 cells: 65 MB of text from a 1 MB file.
  std::string many;
  for (int c = 0; c < 65; ++c) many += "<c t=\"s\"><v>0</v></c>";
  CHECK(sheet_error(one_sheet("<row>" + many + "</row>", "<si><t>" + std::string(1 << 20, 'x') + "</t></si>")) ==
        "Het werkblad \"Blad1\" bevat te veel tekst (meer dan 64 MB). Zet alleen de tabel met cijfers per gemeente "
        "en periode in een werkblad en laad dat.");

  CHECK(sheet_error(one_sheet("<row><c r=\"XFE1\"><v>1</v></c></row>")) ==
        "Werkblad \"Blad1\" is beschadigd: ongeldige celverwijzing \"XFE1\"." + kAdvice);
  CHECK(sheet_error(one_sheet("<row r=\"0\"/>")) == "Werkblad \"Blad1\" is beschadigd: ongeldige rij \"0\"." + kAdvice);
  CHECK(sheet_error(one_sheet("<row><c r=\"B7\" t=\"s\"><v>1</v></c></row>", "<si><t>een</t></si>")) ==
        "Cel B7 van werkblad \"Blad1\" verwijst naar een tekst die niet in het bestand staat; het bestand is "
        "beschadigd." +
            kAdvice);
  CHECK(sheet_error(one_sheet("<row><c r=\"A1\" t=><v>1</v></c></row>")) ==
        "Onderdeel \"xl/worksheets/sheet1.xml\" is beschadigd: het is geen geldige XML." + kAdvice);
}

TEST_CASE("xlsx: lenient where Excel is") {
  // No styles, no shared strings part, a DOCTYPE, a comment, entities in attributes and numbers
  // with spaces around them.
  const jv::XlsxSheet s = sheet_of(
      one_sheet("<!-- commentaar --><row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>&#x48;uizen</t></is></c>"
                "<c r=\"D2\"><v> 12.50 </v></c><c r=\"E2\" t=\"b\"><v>true</v></c><c r=\"F2\"><v>n.v.t.</v></c></row>"
                "<row><c><v>007</v></c><c><v>-0.0</v></c><c><v>.5</v></c><c><v>-0.000000000000001</v></c>"
                "<c><v>1234567890123456</v></c><c><v>1e-21</v></c><c><v>&amp;</v></c><c><v>inf</v></c></row>"));
  CHECK(s.rows == Rows{{},
                       {"", "", "Huizen", "12.5", "TRUE", "n.v.t."},
                       {"7", "0", "0.5", "-0.000000000000001", "1234567890123460", "1e-21", "&", "inf"}});
}

// ---------------------------------------------------------------------------------------------
// Cell references and dates
// ---------------------------------------------------------------------------------------------

TEST_CASE("xlsx: cell references") {
  CHECK(jv::xlsx_cell_ref(0, 0) == "A1");
  CHECK(jv::xlsx_cell_ref(0, 25) == "Z1");
  CHECK(jv::xlsx_cell_ref(0, 26) == "AA1");
  CHECK(jv::xlsx_cell_ref(6, 27) == "AB7");
  CHECK(jv::xlsx_cell_ref(0, 701) == "ZZ1");
  CHECK(jv::xlsx_cell_ref(0, 702) == "AAA1");
  CHECK(jv::xlsx_cell_ref(1048575, 16383) == "XFD1048576");
}

TEST_CASE("xlsx: Excel date serials") {
  CHECK(jv::xlsx_date_from_serial(45352, false) == "2024-03-01");
  CHECK(jv::xlsx_date_from_serial(45352.99, false) == "2024-03-01");
  CHECK(jv::xlsx_date_from_serial(1, false) == "1900-01-01");
  CHECK(jv::xlsx_date_from_serial(59, false) == "1900-02-28");
  CHECK(jv::xlsx_date_from_serial(60, false) == "1900-02-29");  // does not exist; Excel has it
  CHECK(jv::xlsx_date_from_serial(61, false) == "1900-03-01");
  CHECK(jv::xlsx_date_from_serial(0, false) == "1900-01-00");
  CHECK(jv::xlsx_date_from_serial(36526, false) == "2000-01-01");
  CHECK(jv::xlsx_date_from_serial(2958465, false) == "9999-12-31");
  CHECK(jv::xlsx_date_from_serial(2958466, false).empty());
  CHECK(jv::xlsx_date_from_serial(-1, false).empty());
  CHECK(jv::xlsx_date_from_serial(0, true) == "1904-01-01");
  CHECK(jv::xlsx_date_from_serial(43890, true) == "2024-03-01");
  CHECK(jv::xlsx_date_from_serial(2957003, true) == "9999-12-31");
}
