#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/io/encoding.h"

using jv::TextEncoding;

namespace {

struct Decoded {
  bool ok = false;
  std::string text;
  TextEncoding encoding = TextEncoding::Utf8;
  std::string error;
};

Decoded decode(std::string_view raw) {
  Decoded d;
  const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size());
  d.ok = jv::decode_text(bytes, d.text, d.encoding, d.error);
  return d;
}

// UTF-16 LE bytes of an ASCII string (each character followed by a zero byte).
std::string utf16le(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

std::string utf16be(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    out += '\0';
    out += c;
  }
  return out;
}

constexpr const char* kNotText =
    "Dit bestand is geen tekst: het bevat binaire gegevens (nul-bytes). Laad een CSV-bestand "
    "(gescheiden door ; , of tab), een Excel-bestand (.xlsx) of het ingevulde sjabloon.";

}  // namespace

TEST_CASE("encoding: encoding labels") {
  CHECK(std::string(jv::encoding_label(TextEncoding::Utf8)) == "UTF-8");
  CHECK(std::string(jv::encoding_label(TextEncoding::Utf8Bom)) == "UTF-8 met BOM");
  CHECK(std::string(jv::encoding_label(TextEncoding::Windows1252)) == "Windows-1252");
  CHECK(std::string(jv::encoding_label(TextEncoding::Utf16LE)) == "UTF-16 LE");
  CHECK(std::string(jv::encoding_label(TextEncoding::Utf16BE)) == "UTF-16 BE");
}

TEST_CASE("encoding: empty input is text, and valid UTF-8 stays as it is") {
  const Decoded empty = decode("");
  CHECK(empty.ok);
  CHECK(empty.text.empty());
  CHECK(empty.encoding == TextEncoding::Utf8);
  CHECK(empty.error.empty());

  const Decoded ascii = decode("gemeente;waarde\r\nHilversum;12,8\r\n");
  CHECK(ascii.ok);
  CHECK(ascii.encoding == TextEncoding::Utf8);
  CHECK(ascii.text == "gemeente;waarde\r\nHilversum;12,8\r\n");

  // Súdwest-Fryslân and € 5 in UTF-8, including a four-byte character.
  const Decoded utf8 = decode(
      "S\xC3\xBA"
      "dwest-Frysl\xC3\xA2n;\xE2\x82\xAC 5;\xF0\x9F\x98\x80");
  CHECK(utf8.ok);
  CHECK(utf8.encoding == TextEncoding::Utf8);
  CHECK(utf8.text ==
        "S\xC3\xBA"
        "dwest-Frysl\xC3\xA2n;\xE2\x82\xAC 5;\xF0\x9F\x98\x80");
}

TEST_CASE("encoding: a UTF-8 byte order mark is recognised and removed") {
  const Decoded d = decode("\xEF\xBB\xBFgemeente;waarde\nN\xC3\xBCnen;3\n");
  CHECK(d.ok);
  CHECK(d.encoding == TextEncoding::Utf8Bom);
  CHECK(d.text == "gemeente;waarde\nN\xC3\xBCnen;3\n");
  // After a BOM an invalid byte is damage: it becomes U+FFFD, the rest stays UTF-8.
  const Decoded damaged = decode(
      "\xEF\xBB\xBF"
      "caf\xE9 \xC3\xA9");
  CHECK(damaged.ok);
  CHECK(damaged.encoding == TextEncoding::Utf8Bom);
  CHECK(damaged.text == "caf\xEF\xBF\xBD \xC3\xA9");
  // Only a BOM: empty text.
  const Decoded bom_only = decode("\xEF\xBB\xBF");
  CHECK(bom_only.ok);
  CHECK(bom_only.text.empty());
}

TEST_CASE("encoding: Windows-1252 from Dutch Excel, with its 0x80-0x9F block") {
  // 0x80 euro, 0x84 low double quote, 0x93/0x94 curly double quotes, 0x96 en dash, 0xE9 e acute.
  const Decoded d = decode(
      "\x80 5;\x84"
      "a\x93"
      "b\x94;\x96;caf\xE9");
  CHECK(d.ok);
  CHECK(d.encoding == TextEncoding::Windows1252);
  CHECK(d.text ==
        "\xE2\x82\xAC 5;\xE2\x80\x9E"
        "a\xE2\x80\x9C"
        "b\xE2\x80\x9D;\xE2\x80\x93;caf\xC3\xA9");
  // The rest of the block, and Latin-1 above it: 0x85 ellipsis, 0x91/0x92 single quotes, 0x97 em
  // dash, 0x99 trade mark, 0x8A S caron, 0xA0 no-break space, 0xFF y diaeresis.
  const Decoded rest = decode("\x85\x91\x92\x97\x99\x8A\xA0\xFF");
  CHECK(rest.encoding == TextEncoding::Windows1252);
  CHECK(rest.text == "\xE2\x80\xA6\xE2\x80\x98\xE2\x80\x99\xE2\x80\x94\xE2\x84\xA2\xC5\xA0\xC2\xA0\xC3\xBF");
  // The five unassigned bytes map to the C1 controls of the same number, as browsers do.
  const Decoded unassigned = decode("\x81\x8D\x8F\x90\x9D");
  CHECK(unassigned.text == "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
}

TEST_CASE("encoding: bytes that are invalid UTF-8 but valid Windows-1252 are read as Windows-1252") {
  // The fixture's first data row: "Súdwest-Fryslân;Kosten jeugdhulp;2024;€ 1.234.567".
  const Decoded d = decode(
      "S\xFA"
      "dwest-Frysl\xE2n;Kosten jeugdhulp;2024;\x80 1.234.567\r\n");
  CHECK(d.ok);
  CHECK(d.encoding == TextEncoding::Windows1252);
  CHECK(d.text ==
        "S\xC3\xBA"
        "dwest-Frysl\xC3\xA2n;Kosten jeugdhulp;2024;\xE2\x82\xAC 1.234.567\r\n");
  // A lead byte with a bad continuation, an overlong form and a UTF-16 surrogate in UTF-8 form are
  // all invalid UTF-8, so the whole file is Windows-1252 (one file, one encoding).
  CHECK(decode("\xC3\x28").text == "\xC3\x83(");
  CHECK(decode("\xC0\xAF").text == "\xC3\x80\xC2\xAF");
  CHECK(decode("\xED\xA0\x80").encoding == TextEncoding::Windows1252);
  CHECK(decode("\xC3\xA9 \xE9").text == "\xC3\x83\xC2\xA9 \xC3\xA9");
  // A truncated sequence at the end.
  CHECK(decode("abc\xE2\x82").encoding == TextEncoding::Windows1252);
}

TEST_CASE("encoding: UTF-16 LE with a BOM and tabs, as Excel's Unicode text export writes it") {
  std::string raw = "\xFF\xFE" + utf16le("gemeente\twaarde\r\nN");
  raw += std::string("\xEB\x00", 2);  // ë
  raw += utf16le("nen\t");
  raw += std::string("\xAC\x20", 2);  // €
  raw += utf16le(" 5\t");
  raw += std::string("\x3D\xD8\x00\xDE", 4);  // U+1F600 as a surrogate pair
  raw += utf16le("\r\n");
  const Decoded d = decode(raw);
  CHECK(d.ok);
  CHECK(d.encoding == TextEncoding::Utf16LE);
  CHECK(d.text == "gemeente\twaarde\r\nN\xC3\xABnen\t\xE2\x82\xAC 5\t\xF0\x9F\x98\x80\r\n");
}

TEST_CASE("encoding: UTF-16 BE with a BOM, and UTF-16 without one") {
  const Decoded be = decode("\xFE\xFF" + utf16be("a;b\n1;2\n"));
  CHECK(be.ok);
  CHECK(be.encoding == TextEncoding::Utf16BE);
  CHECK(be.text == "a;b\n1;2\n");

  const Decoded le = decode(utf16le("gemeente\twaarde\r\nHilversum\t12,8\r\n"));
  CHECK(le.ok);
  CHECK(le.encoding == TextEncoding::Utf16LE);
  CHECK(le.text == "gemeente\twaarde\r\nHilversum\t12,8\r\n");

  const Decoded be2 = decode(utf16be("gemeente;waarde\n"));
  CHECK(be2.ok);
  CHECK(be2.encoding == TextEncoding::Utf16BE);
  CHECK(be2.text == "gemeente;waarde\n");

  // An unpaired surrogate becomes U+FFFD.
  const Decoded lone = decode("\xFF\xFE" + std::string("a\x00\x00\xD8"
                                                       "b\x00",
                                                       6));
  CHECK(lone.ok);
  CHECK(lone.text ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("encoding: broken UTF-16 is refused") {
  const Decoded odd = decode("\xFF\xFE" + utf16le("ab") + "c");
  CHECK_FALSE(odd.ok);
  CHECK(odd.error ==
        "Het bestand lijkt UTF-16-tekst (Excel \"Unicode-tekst\"), maar het is afgebroken: het laatste "
        "teken is onvolledig. Sla het bestand opnieuw op en laad het nog eens.");
  // A NUL character inside UTF-16 text.
  const Decoded nul = decode("\xFF\xFE" + std::string("a\x00\x00\x00", 4));
  CHECK_FALSE(nul.ok);
  CHECK(nul.error == kNotText);
  CHECK(nul.text.empty());
}

TEST_CASE("encoding: a PDF, images, a zip and an old .xls are refused with what they are") {
  const Decoded pdf = decode("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
  CHECK_FALSE(pdf.ok);
  CHECK(pdf.error ==
        "Dit is een PDF-bestand, geen tabel met cijfers. Jeugdvergelijker kan geen cijfers uit een PDF lezen: "
        "neem ze over in het sjabloon, of laad het Excel- of CSV-bestand waaruit de PDF is gemaakt.");

  const Decoded png = decode(std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16));
  CHECK_FALSE(png.ok);
  CHECK(png.error ==
        "Dit is een afbeelding (PNG), geen tabel met cijfers. Een schermafdruk of grafiek kan Jeugdvergelijker "
        "niet lezen: neem de cijfers over in het sjabloon, of laad het Excel- of CSV-bestand met de cijfers.");
  CHECK(decode("\xFF\xD8\xFF\xE0").error.rfind("Dit is een afbeelding (JPEG), ", 0) == 0);
  CHECK(decode("GIF89a\x01\x00").error.rfind("Dit is een afbeelding (GIF), ", 0) == 0);
  CHECK(decode("GIF87a").error.rfind("Dit is een afbeelding (GIF), ", 0) == 0);

  const Decoded zip = decode(std::string("PK\x03\x04\x14\x00\x06\x00", 8));
  CHECK_FALSE(zip.ok);
  CHECK(zip.error ==
        "Dit is een zip-bestand, waarschijnlijk een Excel-bestand (.xlsx) met een andere naam. Laad het als "
        "Excel-bestand (met de extensie .xlsx), of sla het in Excel op als \"CSV (gescheiden door "
        "lijstscheidingsteken)\" en laad dat bestand.");
  CHECK(decode(std::string("PK\x05\x06\x00\x00", 6)).error == zip.error);  // an empty zip

  const Decoded xls = decode(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10));
  CHECK_FALSE(xls.ok);
  CHECK(xls.error ==
        "Dit is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel en sla het op als Excel-werkmap "
        "(.xlsx) of als \"CSV (gescheiden door lijstscheidingsteken)\", en laad dat bestand.");
}

TEST_CASE("encoding: binary data in a trajectory file gets the trajectory reader's advice: CSV only") {
  const std::string bytes("client;geboortejaar\nP1;2012\n\x00\x00\x00\x00", 32);
  std::string text, error;
  TextEncoding encoding{};
  CHECK_FALSE(jv::decode_text({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()}, text, encoding,
                              error, jv::TextUse::Trajectories));
  CHECK(error ==
        "Dit bestand is geen tekst: het bevat binaire gegevens (nul-bytes). Exporteer de trajecten opnieuw als "
        "CSV-bestand (gescheiden door ; , of tab) en laad dat bestand.");
  // The default is the advice for figures, which names the template.
  CHECK(decode(bytes).error == kNotText);
}

TEST_CASE("encoding: NUL bytes in what is not UTF-16 mean binary data") {
  const Decoded d = decode(std::string("gemeente;waarde\n\x00\x01\x02\x03\xFF\x00\x10", 23));
  CHECK_FALSE(d.ok);
  CHECK(d.error == kNotText);
  // One NUL in otherwise ordinary text.
  CHECK(decode(std::string("a;b\n1;\x00"
                           "2\n",
                           8))
            .error == kNotText);
  // NUL after a UTF-8 BOM.
  CHECK(decode(std::string("\xEF\xBB\xBF"
                           "a\x00"
                           "b",
                           6))
            .error == kNotText);
  // Strings that merely start like a signature are text.
  CHECK(decode("PK;waarde\n").ok);
  CHECK(decode("%PD;1\n").ok);
}

TEST_CASE("dialect: semicolon files with decimal commas stay semicolon files") {
  const jv::Dialect d = jv::detect_dialect(
      "gemeente;indicator;periode;waarde\nHilversum;Jeugdigen met jeugdhulp;2022;12,8%\n"
      "Hilversum;Jeugdigen met jeugdhulp;2021;12,3%\nHuizen;Thuiszitters;2024;1,1%\n");
  CHECK(d.delimiter == ';');
  CHECK(d.confidence == 100);
  CHECK(d.columns == 4);

  // The ',' gives a steady 2 fields too (the header has a comma as well): a tie, and ';' wins.
  const jv::Dialect tie =
      jv::detect_dialect("gemeente;indicator, toelichting;waarde\nHilversum;X;12,8\nHuizen;Y;11,1\nLaren;Z;9,5\n");
  CHECK(tie.delimiter == ';');
  CHECK(tie.columns == 3);
  CHECK(tie.confidence == 100);

  // Two decimal commas per row and none in the header: the ',' only ever stands between digits.
  const jv::Dialect two = jv::detect_dialect("a;b;c\n1,5;2,5;x\n3,5;4,5;y\n5,5;6,5;z\n");
  CHECK(two.delimiter == ';');
}

TEST_CASE("dialect: comma files, tabs and pipes") {
  const jv::Dialect comma = jv::detect_dialect("gemeente,indicator,periode,waarde\r\nHilversum,X,2022,12.8\r\n");
  CHECK(comma.delimiter == ',');
  CHECK(comma.columns == 4);
  CHECK(comma.confidence == 100);

  // Quoted decimal commas in a comma file do not count.
  const jv::Dialect quoted = jv::detect_dialect("gemeente,waarde\n\"Hilversum\",\"12,8\"\n\"Huizen\",\"11,1\"\n");
  CHECK(quoted.delimiter == ',');
  CHECK(quoted.columns == 2);
  CHECK(quoted.confidence == 100);

  const jv::Dialect tab = jv::detect_dialect(
      "gemeente\tindicator\tperiode\twaarde\nHilversum\tJeugdhulp met verblijf\t2024-H1\t134\n"
      "Hilversum\tJeugdhulp met verblijf\t2024-H2\t128\n");
  CHECK(tab.delimiter == '\t');
  CHECK(tab.columns == 4);

  // A paste from Excel whose cells hold decimal commas and a semicolon in a text.
  const jv::Dialect paste = jv::detect_dialect("indicator\t2023\t2024\nThuiszitters; po en vo\t1,2\t1,1\n");
  CHECK(paste.delimiter == '\t');

  const jv::Dialect pipe = jv::detect_dialect("a|b|c\n1|2|3\n");
  CHECK(pipe.delimiter == '|');
  CHECK(pipe.columns == 3);
}

TEST_CASE("dialect: delimiters and line breaks inside quotes do not count") {
  const jv::Dialect d = jv::detect_dialect("a;b;c\n\"x;y;z;w\";2;3\n\"regel 1\nregel 2, 3\";5;6\n");
  CHECK(d.delimiter == ';');
  CHECK(d.columns == 3);
  CHECK(d.confidence == 100);
  // A doubled quote inside a quoted field.
  const jv::Dialect dq = jv::detect_dialect("a,b\n\"zei \"\"ja; nee\"\"\",2\n");
  CHECK(dq.delimiter == ',');
  CHECK(dq.confidence == 100);
  // A CBS StatLine export: a quoted title (with a ';' inside) above the header.
  const jv::Dialect statline = jv::detect_dialect(
      "\"Jeugdzorg; jongeren met jeugdzorg in natura, regio\"\n"
      "\"Regio's\";\"Perioden\";\"Jongeren met jeugdzorg in natura (%)\";\"Jongeren met jeugdhulp (aantal)\"\n"
      "\"Nederland\";\"2023*\";\"12,9\";\"443220\"\n\"Hilversum\";\"2022\";\"12,3\";\"2215\"\n");
  CHECK(statline.delimiter == ';');
  CHECK(statline.columns == 4);
  CHECK(statline.confidence == 75);  // 3 of the 4 records
}

TEST_CASE("dialect: no separator gives confidence 0") {
  const jv::Dialect one = jv::detect_dialect("gemeente\nHilversum\nHuizen\n");
  CHECK(one.delimiter == ';');
  CHECK(one.confidence == 0);
  CHECK(one.columns == 1);
  // A column of decimal commas is one column, not two.
  CHECK(jv::detect_dialect("waarde\n12,8\n13,1\n").confidence == 0);
  // The colons of wrong_delimiter.csv: only the decimal commas could split, so nothing does.
  const jv::Dialect colon = jv::detect_dialect(
      "gemeente:indicator:periode:waarde\nHilversum:Thuiszitters:2024:1,1\nHuizen:Thuiszitters:2024:0,9\n");
  CHECK(colon.confidence == 0);
  CHECK(colon.columns == 1);
  CHECK(jv::detect_dialect("").confidence == 0);
  CHECK(jv::detect_dialect("\n\n\r\n").confidence == 0);
}

TEST_CASE("dialect: only the first 20 records are read, and the most common field count wins") {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "a;b;c\n";
  for (int i = 0; i < 40; ++i) text += "a,b,c,d\n";
  const jv::Dialect d = jv::detect_dialect(text);
  CHECK(d.delimiter == ';');
  CHECK(d.confidence == 100);

  // Ragged rows: 3 fields in 3 records, 4 in 1; confidence counts the records with 3.
  const jv::Dialect ragged = jv::detect_dialect("a;b;c\n1;2;3\n1;2;3;4\n1;2;3\n");
  CHECK(ragged.delimiter == ';');
  CHECK(ragged.columns == 3);
  CHECK(ragged.confidence == 75);
  // More steady ',' records than ';' records: ',' wins although ';' is preferred.
  const jv::Dialect more = jv::detect_dialect("a;b\nc,d\ne,f\ng,h\n");
  CHECK(more.delimiter == ',');
  CHECK(more.confidence == 75);
}
