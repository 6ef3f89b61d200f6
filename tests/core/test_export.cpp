// The export rules every "Exporteer" shares (core/export.h): Excel's Dutch CSV, small counts left
// out with their reason, counts rounded to 5, and the provenance block.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/export.h"

namespace {

jv::IndicatorMeta meta(jv::Unit unit, const char* name = "Uithuisplaatsingen") {
  jv::IndicatorMeta m;
  m.name = name;
  m.unit = unit;
  return m;
}

}  // namespace

TEST_CASE("export_value: a count of 1 to 9 never leaves, others round to 5, rates keep two decimals") {
  const jv::IndicatorMeta count = meta(jv::Unit::Count);
  CHECK(jv::export_value(count, 7).text.empty());
  CHECK(jv::export_value(count, 7).reason == "< 10, niet gedeeld");
  CHECK(jv::export_value(count, 12).text == "10");
  CHECK(jv::export_value(count, 13).text == "15");
  CHECK(jv::export_value(count, 1234).text == "1235");  // no thousands point for Excel
  CHECK(jv::export_value(count, 0).text == "0");
  CHECK(jv::export_value(count, 46, jv::Hidden::Secondary).text.empty());
  CHECK(jv::export_value(count, 46, jv::Hidden::Secondary).reason ==
        "verborgen (anders is een aantal onder de 10 terug te rekenen)");
  CHECK(jv::export_value(count, std::nan("")).text.empty());
  CHECK(jv::export_value(count, std::nan("")).reason.empty());
  const jv::IndicatorMeta rate = meta(jv::Unit::Percent);
  CHECK(jv::export_value(rate, 10.5634).text == "10,56");
  CHECK(jv::export_value(rate, 7).text == "7,00");  // a rate is no count: never hidden here
  CHECK(jv::export_value(meta(jv::Unit::EuroThousands), 29030).text == "29030,00");
  CHECK(jv::excel_number(-1234.5, 1) == "-1234,5");
}

TEST_CASE("excel_csv: byte-order mark, title, provenance, table and what was left out, in blocks") {
  jv::ExportTable t;
  t.title = "Jeugdvergelijker: Kaart Arnhem";
  t.about = {{"Vergeleken met", "Jeugdregio Centraal Gelderland"}};
  jv::IndicatorMeta m = meta(jv::Unit::Count);
  m.source = "Uw bestand: regio.csv";
  m.period = "2024";
  m.definition = "Kinderen die uit huis zijn geplaatst; per jaar";
  t.indicators = {m};
  t.columns = {"gemeente", "waarde"};
  t.rows = {{"Arnhem", "140"}, {"Doesburg", ""}};
  t.suppressed = {{"Doesburg, Uithuisplaatsingen", "< 10, niet gedeeld"}};
  CHECK(jv::excel_csv(t) ==
        "\xEF\xBB\xBFJeugdvergelijker: Kaart Arnhem\r\n"
        "Vergeleken met;Jeugdregio Centraal Gelderland\r\n"
        "\r\n"
        "Indicator;Bron;Periode;Definitie;Teller;Noemer;Eenheid\r\n"
        "Uithuisplaatsingen;Uw bestand: regio.csv;2024;\"Kinderen die uit huis zijn geplaatst; per jaar\";;;aantal\r\n"
        "\r\n"
        "gemeente;waarde\r\n"
        "Arnhem;140\r\n"
        "Doesburg;\r\n"
        "\r\n"
        "Niet getoond;Waarom\r\n"
        "Doesburg, Uithuisplaatsingen;< 10, niet gedeeld\r\n");
  // Only a table: just the table, as the own figures' export has always been.
  jv::ExportTable plain;
  plain.columns = {"a", "b"};
  plain.rows = {{"1", "2"}};
  CHECK(jv::excel_csv(plain) ==
        "\xEF\xBB\xBF"
        "a;b\r\n1;2\r\n");
}
