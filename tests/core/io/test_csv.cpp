#include <doctest/doctest.h>

#include "core/io/csv.h"

using jv::CsvError;
using jv::CsvTable;
using jv::parse_csv;

TEST_CASE("csv: quoted fields hold delimiters, doubled quotes and line breaks") {
  CsvTable t;
  CsvError e;
  REQUIRE(parse_csv("a,b,c\n\"x,y\",\"zei \"\"ja\"\"\",\"regel 1\nregel 2\"\n4,5,6\n", ',', t, e));
  REQUIRE(t.records.size() == 3);
  CHECK(t.records[1].fields[0] == "x,y");
  CHECK(t.records[1].fields[1] == "zei \"ja\"");
  CHECK(t.records[1].fields[2] == "regel 1\nregel 2");
  CHECK(t.records[1].line == 2);
  CHECK(t.records[2].line == 4);  // the quoted line break made record 2 span lines 2 and 3
}

TEST_CASE("csv: CRLF, a byte order mark, empty lines and empty fields") {
  CsvTable t;
  CsvError e;
  REQUIRE(parse_csv("\xEF\xBB\xBFgemeente;waarde\r\n\r\nHilversum;12,8\r\nHuizen;\r\n", ';', t, e));
  REQUIRE(t.records.size() == 3);
  CHECK(t.records[0].fields[0] == "gemeente");
  CHECK(t.records[1].fields[1] == "12,8");
  CHECK(t.records[1].line == 3);
  CHECK(t.records[2].fields.size() == 2);
  CHECK(t.records[2].fields[1].empty());
}

TEST_CASE("csv: an unclosed quote is reported at the line and field where it opens") {
  CsvTable t;
  CsvError e;
  CHECK_FALSE(parse_csv("a,b\n1,\"open\n2,3\n", ',', t, e));
  CHECK(e.line == 2);
  CHECK(e.column == 2);
  CHECK(e.message ==
        "Een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten. "
        "Controleer of er een aanhalingsteken te veel of te weinig staat.");
}

TEST_CASE("csv: text after a closing quote is an error, not silently merged") {
  CsvTable t;
  CsvError e;
  CHECK_FALSE(parse_csv("\"ab\"c,d\n", ',', t, e));
  CHECK(e.line == 1);
  CHECK(e.column == 1);
}

TEST_CASE("csv: fields are quoted on output only when needed") {
  std::string out;
  jv::csv_append_field(out, "plain", ',');
  out += '|';
  jv::csv_append_field(out, "a,b", ',');
  out += '|';
  jv::csv_append_field(out, "zei \"ja\"", ',');
  CHECK(out == "plain|\"a,b\"|\"zei \"\"ja\"\"\"");
}
