// Own figures: every format the issue names and every bad input, from fixture files in
// tests/fixtures/owndata/ (and tests/fixtures/xlsx/), each with the exact message a user sees.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/breakdown.h"
#include "core/owndata.h"
#include "data/embedded_data.h"
#include "data2025.h"

namespace {

using jv::test::data2025;

std::vector<std::uint8_t> fixture(const std::string& name) {
  const std::string path = std::string(JV_SOURCE_DIR) + "/tests/fixtures/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(static_cast<bool>(in), "fixture missing: " << path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  return {text.begin(), text.end()};
}

struct Loaded {
  bool ok = false;
  jv::OwnData data;
  jv::ReadReport report;
  std::string first_problem() const { return report.problems.empty() ? "" : report.problems.front().to_string(); }
  std::vector<std::string> problems() const {
    std::vector<std::string> out;
    for (const auto& p : report.problems) out.push_back(p.to_string());
    return out;
  }
};

Loaded load(const std::string& name, jv::ReadOptions options = {}) {
  Loaded l;
  const std::vector<std::uint8_t> bytes = fixture(name);
  const std::string base = name.substr(name.find_last_of('/') + 1);
  l.ok = jv::read_own_data(base, bytes, options, data2025(), l.data, l.report);
  return l;
}

const jv::OwnValue* find(const jv::OwnData& d, const std::string& gemeente, const std::string& indicator,
                         const std::string& period, const std::string& breakdown = "") {
  for (const auto& v : d.values) {
    if (v.gemeente == gemeente && v.indicator == indicator && v.period.label() == period && v.breakdown == breakdown)
      return &v;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("own data: the Hilversum example reads 10 values, Hilversum and Nederland") {
  const jv::EmbeddedExample& ex = jv::embedded_examples()[0];
  jv::OwnData d;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), d, r));
  CHECK(r.values == 10);
  CHECK(r.rows_read == 10);
  CHECK(r.rows_skipped == 0);
  CHECK(r.gemeenten == std::vector<std::string>{"GM0402", "NL"});
  CHECK(r.format == "lang sjabloon");
  const jv::OwnValue* v = find(d, "GM0402", "jeugdhulp_pct", "2022");
  REQUIRE(v != nullptr);
  CHECK(v->value == doctest::Approx(12.8));
  CHECK(v->source == "Hilversum, Beleidsagenda Jeugd 2024-2030, figuur 4 (bron: CBS)");
  CHECK(find(d, "NL", "jeugdhulp_pct", "2020")->value == doctest::Approx(11.9));
}

TEST_CASE("own data: the Teylingen example has age bands, school years, euros and a small count") {
  const jv::EmbeddedExample& ex = jv::embedded_examples()[1];
  jv::OwnData d;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), d, r));
  CHECK(r.values == 25);  // 5 x 4 specialised care, 3 thuiszitters, 2 costs
  const jv::OwnValue* young = find(d, "GM1525", "specialistische_jeugdhulp", "Q1-3 2025", "0-3 jaar");
  REQUIRE(young != nullptr);
  CHECK(young->value == 46);
  const jv::OwnValue* adults = find(d, "GM1525", "specialistische_jeugdhulp", "Q1-3 2025", "18 jaar en ouder");
  REQUIRE(adults != nullptr);
  CHECK(adults->value == 7);
  CHECK(jv::format_own_value(d.indicator("specialistische_jeugdhulp")->meta, adults->value) == "< 10");
  CHECK(find(d, "GM1525", "thuiszitters", "2023/2024")->value == doctest::Approx(1.1));
  CHECK(find(d, "GM1525", "kosten_jeugdhulp", "2024")->value == doctest::Approx(10011527.0));
}

TEST_CASE("own data: Windows-1252 from Dutch Excel, with a euro sign and an accented gemeente") {
  const Loaded l = load("owndata/windows1252.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.encoding == "Windows-1252");
  CHECK(find(l.data, "GM1900", "kosten_jeugdhulp", "2024")->value == doctest::Approx(1234567.0));
  CHECK(find(l.data, "GM0402", "jeugdhulp_pct", "2024")->value == doctest::Approx(12.8));
}

TEST_CASE("own data: UTF-8 with BOM, quoted fields, CRLF, teller and noemer give the rate") {
  const Loaded l = load("owndata/utf8_bom_quoted.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  const jv::OwnValue* v = find(l.data, "GM0402", "jeugdhulp_pct", "2024-Q3");
  REQUIRE(v != nullptr);
  CHECK(v->numerator == 2000);
  CHECK(v->denominator == 15625);
  CHECK(v->value == doctest::Approx(12.8));  // 100 x 2000 / 15625
  CHECK(find(l.data, "GM1942", "thuiszitters", "2023/2024")->value == doctest::Approx(1.1));
}

TEST_CASE("own data: a range pasted from Excel is tab-separated text") {
  const Loaded l = load("owndata/pasted_from_excel.tsv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.delimiter == '\t');
  CHECK(find(l.data, "GM0402", "jeugdhulp_met_verblijf", "2024-H2")->value == 128);
}

TEST_CASE("own data: the wide template needs the chosen gemeente when it has no gemeente column") {
  const Loaded refused = load("owndata/wide.csv");
  CHECK_FALSE(refused.ok);
  CHECK(refused.first_problem() ==
        "wide.csv: Het bestand heeft geen kolom gemeente en er is nog geen gemeente gekozen. Kies eerst uw "
        "gemeente, of voeg een kolom \"gemeente\" toe met de naam of code (GM0402).");
  jv::ReadOptions options;
  options.default_gemeente = "GM1525";
  const Loaded l = load("owndata/wide.csv", options);
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "breed sjabloon");
  CHECK(l.report.values == 5);  // 3 thuiszitters + 2 verzuim (one cell empty)
  CHECK(find(l.data, "GM1525", "verzuim_per_1000", "2023/2024")->value == 29);
}

TEST_CASE("own data: a CBS StatLine export keeps '.' as secret and '*' as provisional") {
  const Loaded l = load("owndata/statline_85098.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "CBS StatLine");
  const jv::OwnValue* v = find(l.data, "GM0402", "jeugdzorg_tot23", "2023");
  REQUIRE(v != nullptr);
  CHECK(v->value == doctest::Approx(12.8));
  CHECK(v->status == jv::Status::Provisional);
  CHECK(find(l.data, "GM0402", "jeugdzorg_tot23", "2022")->status == jv::Status::Definitive);
  const jv::OwnValue* secret = find(l.data, "GM0417", "jeugdzorg_tot23", "2023");
  REQUIRE(secret != nullptr);
  CHECK(secret->status == jv::Status::Suppressed);
  CHECK(std::isnan(secret->value));
  CHECK(find(l.data, "NL", "jeugdzorg_tot23", "2023")->value == doctest::Approx(12.9));
  // Provinces in the export are skipped, not reported as unknown gemeenten.
  CHECK(l.report.problems.empty());
}

TEST_CASE("own data: unknown indicators are kept as custom ones, not rejected") {
  const Loaded l = load("owndata/custom_indicator.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  const jv::OwnIndicator* custom = l.data.indicator("eigen:inloopmomenten op scholen");
  REQUIRE(custom != nullptr);
  CHECK(custom->custom);
  CHECK(custom->meta.name == "Inloopmomenten op scholen");
  const jv::Comparability c = jv::check_comparability(*custom, l.data.values[0].period, data2025());
  CHECK_FALSE(c.comparable);
}

TEST_CASE("own data: refused files say what is wrong and leave earlier figures untouched") {
  jv::OwnData before;
  jv::ReadReport report;
  const jv::EmbeddedExample& ex = jv::embedded_examples()[0];
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), before, report));
  const std::size_t values_before = before.values.size();

  struct Case {
    const char* file;
    const char* message;
  };
  const Case cases[] = {
      {"owndata/empty.csv",
       "empty.csv: Het bestand is leeg. Kies het bestand met uw cijfers, of download het sjabloon en vul dat in."},
      {"owndata/only_header.csv",
       "only_header.csv: Het bestand bevat alleen een kopregel, geen cijfers. Vul onder de kop per gemeente, "
       "indicator en periode een rij in."},
      {"owndata/wrong_delimiter.csv",
       "wrong_delimiter.csv: Geen scheidingsteken gevonden: elke regel is één kolom. Is het bestand gescheiden door "
       "een puntkomma (;), een komma (,) of een tab? Sla het in Excel op als \"CSV (gescheiden door "
       "lijstscheidingsteken)\" of gebruik het sjabloon."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    jv::OwnData data = before;
    const std::vector<std::uint8_t> bytes = fixture(c.file);
    const std::string base = std::string(c.file).substr(std::string(c.file).find('/') + 1);
    CHECK_FALSE(jv::read_own_data(base, bytes, {}, data2025(), data, report));
    REQUIRE_FALSE(report.problems.empty());
    CHECK(report.problems.front().to_string() == c.message);
    CHECK(report.problems.front().fatal);
    CHECK(data.values.size() == values_before);
    CHECK(data.files == before.files);
  }
}

TEST_CASE("own data: binary files (PDF, image) are refused with what they are") {
  for (const char* file : {"owndata/report.pdf", "owndata/image.png"}) {
    CAPTURE(file);
    const Loaded l = load(file);
    CHECK_FALSE(l.ok);
    REQUIRE_FALSE(l.report.problems.empty());
    CHECK(l.report.problems.front().fatal);
    CHECK(l.first_problem().find(std::string(file).find("pdf") != std::string::npos ? "PDF" : "afbeelding") !=
          std::string::npos);
  }
}

TEST_CASE("own data: a file over the size limit says the limit") {
  jv::ReadOptions options;
  options.max_bytes = 100;
  const Loaded l = load("owndata/statline_85098.csv", options);
  CHECK_FALSE(l.ok);
  // The sizes are written readably: not "0,0 MB" for 324 bytes.
  CHECK(l.first_problem().rfind("statline_85098.csv: Het bestand is 324 bytes; de grens is 100 bytes. ", 0) == 0);
}

TEST_CASE("own data: rows that cannot be used are skipped with file, row and column") {
  struct Case {
    const char* file;
    std::size_t values;
    const char* message;
  };
  const Case cases[] = {
      {"owndata/unknown_gemeente.csv", 1,
       "unknown_gemeente.csv, rij 3, kolom 1: Onbekende gemeente \xE2\x80\x9EHilversun\xE2\x80\x9D. Bedoelt u Hilversum (GM0402)?"},
      {"owndata/text_in_number.csv", 1,
       "text_in_number.csv, rij 2, kolom 4: \xE2\x80\x9Eveel\xE2\x80\x9D is geen getal (waarde). Vul een getal in zoals "
       "12,8 of 1.234, of laat de cel leeg."},
      {"owndata/negative_count.csv", 1,
       "negative_count.csv, rij 2, kolom 4: Een aantal kan niet negatief zijn (\xE2\x88\x92"
       "3). Controleer de waarde."},
      {"owndata/numerator_gt_denominator.csv", 1,
       "numerator_gt_denominator.csv, rij 2, kolom 5: De teller (2.400) is groter dan de noemer (2.000): een deel kan "
       "niet groter zijn dan het geheel. Controleer of de kolommen niet zijn verwisseld."},
      {"owndata/percentage_above_100.csv", 1,
       "percentage_above_100.csv, rij 2, kolom 4: Een percentage van 128,0 kan niet: het ligt tussen 0 en 100. "
       "Staat hier misschien een aantal in plaats van een percentage?"},
      {"owndata/duplicate_rows.csv", 1,
       "duplicate_rows.csv, rij 4, kolom 4: Dubbele rij: rij 2 en rij 4 geven voor GM0402, Jeugdigen met jeugdhulp, "
       "2022 verschillende waarden (12,80 en 13,10). Houd één rij over; geen van beide is geladen."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const Loaded l = load(c.file);
    CHECK(l.ok);
    CHECK(l.report.values == c.values);
    CHECK(l.report.rows_skipped >= 1);
    REQUIRE_FALSE(l.report.problems.empty());
    CHECK(l.first_problem() == c.message);
    CHECK_FALSE(l.report.problems.front().fatal);
  }
  // The unknown code gets no suggestion, but says what to use.
  const Loaded l = load("owndata/unknown_gemeente.csv");
  REQUIRE(l.report.problems.size() == 2);
  CHECK(
      l.report.problems[1].to_string() ==
      "unknown_gemeente.csv, rij 4, kolom 1: Onbekende gemeente \xE2\x80\x9EGM9999\xE2\x80\x9D. Gebruik de naam of de "
      "CBS-code (GM0402) van een gemeente in 2025.");
}

TEST_CASE("own data: part of a name is a gemeente only when it fits one: otherwise the fits are named") {
  const Loaded l = load("owndata/partial_gemeente.csv");
  CHECK(l.ok);
  CHECK(l.report.values == 2);
  CHECK(find(l.data, "GM1900", "thuiszitters", "2024") != nullptr);  // "sudwest": Súdwest-Fryslân only
  CHECK(find(l.data, "GM0796", "thuiszitters", "2024") != nullptr);  // "Den Bosch"
  CHECK(
      l.problems() ==
      std::vector<std::string>{
          "partial_gemeente.csv, rij 4, kolom 1: \xE2\x80\x9E"
          "Bergen\xE2\x80\x9D past bij meer dan \xC3\xA9\xC3\xA9n "
          "gemeente: Bergen (L.) (GM0893), Bergen (NH.) (GM0373) of Bergen op Zoom (GM0748). Gebruik de volledige naam "
          "of de CBS-code.",
          // Only inside a name: suggested, never taken.
          "partial_gemeente.csv, rij 5, kolom 1: Onbekende gemeente \xE2\x80\x9E"
          "versum\xE2\x80\x9D. Bedoelt u Hilversum (GM0402)?",
          "partial_gemeente.csv, rij 6, kolom 1: \xE2\x80\x9E"
          "hilv\xE2\x80\x9D past bij meer dan \xC3\xA9\xC3\xA9n gemeente: "
          "Hilvarenbeek (GM0798) of Hilversum (GM0402). Gebruik de volledige naam of de CBS-code."});
}

TEST_CASE("own data: an unknown period format lists what is accepted") {
  const Loaded l = load("owndata/unknown_period.csv");
  CHECK(l.ok);
  CHECK(l.report.values == 1);
  REQUIRE_FALSE(l.report.problems.empty());
  CHECK(l.first_problem().rfind("unknown_period.csv, rij 2, kolom 3: ", 0) == 0);
  CHECK(l.first_problem().find("2024-Q3") != std::string::npos);  // an example of an accepted form
}

TEST_CASE("own data: personal records are refused, whatever else the file holds") {
  for (const char* file : {"owndata/bsn_records.csv", "owndata/birthdates.csv", "owndata/addresses.csv"}) {
    CAPTURE(file);
    const Loaded l = load(file);
    CHECK_FALSE(l.ok);
    REQUIRE_FALSE(l.report.problems.empty());
    CHECK(l.report.problems.front().fatal);
    CHECK(l.first_problem().find("gegevens over personen") != std::string::npos);
    CHECK(l.first_problem().find("alleen met totalen") != std::string::npos);
  }
}

TEST_CASE("own data: small numbers never leave, exports are rounded to 5") {
  jv::IndicatorMeta count;
  count.unit = jv::Unit::Count;
  CHECK(jv::format_own_value(count, 7) == "< 10");
  CHECK(jv::format_own_value(count, 0) == "0");
  CHECK(jv::format_own_value(count, 12) == "12");
  CHECK(std::isnan(jv::round_for_export(count, 9)));
  CHECK(jv::round_for_export(count, 12) == 10);
  CHECK(jv::round_for_export(count, 13) == 15);
  CHECK(jv::round_for_export(count, 785) == 785);
  CHECK(jv::round_for_export(count, 792) == 790);
  jv::OwnValue v;
  v.numerator = 8;
  CHECK(jv::rate_unreliable(v));
  v.numerator = 10;
  CHECK_FALSE(jv::rate_unreliable(v));

  const jv::EmbeddedExample& ex = jv::embedded_examples()[1];
  jv::OwnData d;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), d, r));
  const std::string csv = jv::export_own_csv(d, data2025());
  CHECK(
      csv.find(
          "Teylingen;GM1525;Jeugdigen met gespecialiseerde jeugdhulp;18 jaar en ouder;Q1-3 2025;;aantal;< 10, niet gedeeld\r\n") !=
      std::string::npos);
  CHECK(csv.find("Teylingen;GM1525;Jeugdigen met gespecialiseerde jeugdhulp;;Q1-3 2023;790;aantal;definitief\r\n") !=
        std::string::npos);
}

TEST_CASE("own data: what the app remembers reads back to the same values") {
  const jv::EmbeddedExample& ex = jv::embedded_examples()[1];
  jv::OwnData d;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), d, r));
  const std::string stored = jv::serialize_own_data(d);
  jv::OwnData back;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(stored.data());
  REQUIRE(jv::read_own_data("bewaard", {bytes, stored.size()}, {}, data2025(), back, r));
  REQUIRE(back.values.size() == d.values.size());
  for (const jv::OwnValue& v : d.values) {
    const jv::OwnValue* w = find(back, v.gemeente, v.indicator, v.period.label(), v.breakdown);
    REQUIRE(w != nullptr);
    CHECK(w->value == doctest::Approx(v.value));
  }
}

TEST_CASE("own data: only like is compared with like") {
  jv::OwnData d;
  jv::ReadReport r;
  const jv::EmbeddedExample& ex = jv::embedded_examples()[0];
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), d, r));
  jv::Period y2020;
  y2020.kind = jv::PeriodKind::Year;
  y2020.year = 2020;
  const jv::Comparability c = jv::check_comparability(*d.indicator("jeugdhulp_pct"), y2020, data2025());
  CHECK_FALSE(c.comparable);
  CHECK(c.reason ==
        "Uw cijfer telt 0 tot 18 jaar met jeugdhulp; de benchmark (Jongeren met jeugdzorg (tot 23 jaar), 2020) telt "
        "0 tot 23 jaar met jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering). Andere "
        "leeftijdsgrens of andere zorgvorm: daarom niet naast elkaar.");

  // The same definition as the benchmark: comparable for 2020, not for 2023.
  const Loaded l = load("owndata/statline_85098.csv");
  const jv::OwnIndicator* jz = l.data.indicator("jeugdzorg_tot23");
  REQUIRE(jz != nullptr);
  CHECK(jv::check_comparability(*jz, y2020, data2025()).comparable);
  const jv::Comparability later =
      jv::check_comparability(*jz, find(l.data, "GM0402", "jeugdzorg_tot23", "2023")->period, data2025());
  CHECK_FALSE(later.comparable);
  CHECK(later.reason.find("andere periode") != std::string::npos);
}

TEST_CASE("own data: Excel files read through the same checks, percent cells as percentages") {
  const Loaded l = load("xlsx/long.xlsx");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.encoding == "Excel (.xlsx), werkblad Blad1");
  CHECK(l.report.format == "Excel, lang sjabloon");
  const jv::OwnValue* v2022 = find(l.data, "GM0402", "jeugdhulp_pct", "2022");
  REQUIRE(v2022 != nullptr);
  CHECK(v2022->value == doctest::Approx(12.8));  // stored as 0.128 in a 0.0% cell
  CHECK(v2022->numerator == 2944);
  CHECK(find(l.data, "GM0402", "jeugdhulp_pct", "2018")->value == doctest::Approx(9.4));
  CHECK(find(l.data, "GM0402", "jeugdhulp_pct", "2021")->value == doctest::Approx(12.3));  // a formula's cached value

  const Loaded office = load("xlsx/office.xlsx");
  REQUIRE_MESSAGE(office.ok, office.first_problem());
  CHECK(find(office.data, "GM0402", "jeugdhulp_pct", "2022")->value == doctest::Approx(12.8));
}

TEST_CASE("own data: a missing sheet and damaged Excel files are refused, earlier figures kept") {
  jv::OwnData before;
  jv::ReadReport report;
  const jv::EmbeddedExample& ex = jv::embedded_examples()[0];
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), before, report));

  jv::ReadOptions blad3;
  blad3.sheet = "Blad3";
  struct Case {
    const char* file;
    jv::ReadOptions options;
    const char* message;
  };
  const std::string advice_start = "Het bestand is onvolledig: het einde ontbreekt.";
  const Case cases[] = {
      {"xlsx/two_sheets.xlsx", blad3,
       "two_sheets.xlsx: Het werkblad \"Blad3\" bestaat niet in dit bestand. Wel: Blad1, Toelichting."},
      {"xlsx/truncated.xlsx", {}, "truncated.xlsx: Het bestand is onvolledig: het einde ontbreekt."},
      {"xlsx/corrupt.xlsx",
       {},
       "corrupt.xlsx: Onderdeel \"xl/worksheets/sheet1.xml\" is niet uit te pakken. De gecomprimeerde gegevens "
       "zijn beschadigd"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    jv::OwnData data = before;
    const std::vector<std::uint8_t> bytes = fixture(c.file);
    const std::string base = std::string(c.file).substr(std::string(c.file).find('/') + 1);
    CHECK_FALSE(jv::read_own_data(base, bytes, c.options, data2025(), data, report));
    REQUIRE_FALSE(report.problems.empty());
    CHECK(report.problems.front().to_string().rfind(c.message, 0) == 0);
    CHECK(report.problems.front().fatal);
    CHECK(data.values.size() == before.values.size());
  }
}

TEST_CASE("own data: '1 op N' reads as a rate, and a secret value in a provisional year stays secret") {
  const std::string text =
      "gemeente;indicator;periode;waarde\n"
      "Hilversum;Jeugdigen met jeugdhulp;2023;1 op 8,5\n"
      "Hilversum;Jeugdigen met jeugdhulp;2024*;.\n";
  jv::OwnData d;
  jv::ReadReport r;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  REQUIRE(jv::read_own_data("plak", {bytes, text.size()}, {}, data2025(), d, r));
  CHECK(find(d, "GM0402", "jeugdhulp_pct", "2023")->value == doctest::Approx(100.0 / 8.5));
  const jv::OwnValue* secret = find(d, "GM0402", "jeugdhulp_pct", "2024");
  REQUIRE(secret != nullptr);
  CHECK(secret->status == jv::Status::Suppressed);
}

// ---------------------------------------------------------------------------------------------
// Values as staff type them, and a column per indicator
// ---------------------------------------------------------------------------------------------

namespace {

Loaded load_text(const std::string& name, const std::string& text, jv::ReadOptions options = {}) {
  Loaded l;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  l.ok = jv::read_own_data(name, {bytes, text.size()}, options, data2025(), l.data, l.report);
  return l;
}

// A fixture's bytes under another file name: the name is where a period may come from.
Loaded load_as(const std::string& fixture_name, const std::string& name, jv::ReadOptions options = {}) {
  Loaded l;
  const std::vector<std::uint8_t> bytes = fixture(fixture_name);
  l.ok = jv::read_own_data(name, bytes, options, data2025(), l.data, l.report);
  return l;
}

const std::string kMonthNote =
    "Wachttijd jeugdhulp: 1 waarde in maanden omgerekend naar dagen (1 maand = 30,4375 dagen), bijvoorbeeld 8 "
    "maanden = 243,5 dagen.";

}  // namespace

TEST_CASE("own data: the long template reads € 9,5 mln, 1 op N and 8 maanden, and refuses words that do not fit") {
  const Loaded l = load_text("plak",
                             "gemeente;indicator;periode;waarde\n"
                             "Arnhem;Kosten jeugdhulp;2024;\xE2\x82\xAC 61,2 mln\n"
                             "Arnhem;Jeugdigen met jeugdhulp;2024;1 op 8\n"
                             "Arnhem;Wachttijd;2024;8 maanden\n"
                             "Arnhem;Thuiszitters;2024;8 maanden\n"
                             "Arnhem;Relatief verzuim;2023/2024;1 op 40\n"
                             "Arnhem;Uithuisplaatsingen;2024;1,2 duizend\n");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(find(l.data, "GM0202", "kosten_jeugdhulp", "2024")->value == doctest::Approx(61200000.0));
  CHECK(find(l.data, "GM0202", "jeugdhulp_pct", "2024")->value == 12.5);
  CHECK(find(l.data, "GM0202", "wachttijd", "2024")->value == 243.5);
  // 1 op 40 for a rate per 1.000 is 25 per 1.000, not a custom percentage.
  REQUIRE(find(l.data, "GM0202", "verzuim_per_1000", "2023/2024") != nullptr);
  CHECK(find(l.data, "GM0202", "verzuim_per_1000", "2023/2024")->value == 25.0);
  CHECK(find(l.data, "GM0202", "uithuisplaatsingen", "2024")->value == 1200.0);
  CHECK(l.report.values == 5);
  CHECK(l.problems() == std::vector<std::string>{"plak, rij 5, kolom 4: \xE2\x80\x9E"
                                                 "8 maanden\xE2\x80\x9D is geen percentage. Een percentage "
                                                 "schrijft u als 10,5 of 10,5 % of 1 op 15."});
  CHECK(l.report.notes == std::vector<std::string>{kMonthNote});
}

TEST_CASE("own data: an eenheid column in weeks converts plain numbers to days") {
  const Loaded l = load_text("plak",
                             "gemeente;indicator;periode;waarde;eenheid\n"
                             "Renkum;Wachttijd;2024;12;weken\n"
                             "Renkum;Trajectduur;2024;14;maanden\n"
                             "Renkum;Thuiszitters;2024;1,1;%\n");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(find(l.data, "GM0274", "wachttijd", "2024")->value == 84.0);
  CHECK(find(l.data, "GM0274", "trajectduur", "2024")->value == 426.125);  // 14 x 30,4375
  CHECK(find(l.data, "GM0274", "thuiszitters", "2024")->value == doctest::Approx(1.1));
  CHECK(l.report.notes ==
        std::vector<std::string>{
            "Trajectduur jeugdhulp: 1 waarde in maanden (volgens de kolom eenheid) omgerekend naar dagen (1 maand = "
            "30,4375 dagen), bijvoorbeeld 14 maanden = 426,125 dagen.",
            "Wachttijd jeugdhulp: 1 waarde in weken (volgens de kolom eenheid) omgerekend naar dagen (1 week = 7 "
            "dagen), bijvoorbeeld 12 weken = 84 dagen."});
}

TEST_CASE("own data: a column per indicator takes its period from the file name") {
  const Loaded l = load_as("owndata/wachttijden.csv", "wachttijden-2024.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "kolom per indicator");
  CHECK(l.report.values == 5);
  CHECK(l.report.rows_read == 5);
  CHECK(l.report.problems.empty());
  CHECK(l.report.periods == std::vector<std::string>{"2024"});
  CHECK(l.report.gemeenten == std::vector<std::string>{"GM0202", "GM0226", "GM0274", "GM0275", "GM0289"});
  CHECK(find(l.data, "GM0202", "wachttijd", "2024")->value == 84.0);   // Arnhem
  CHECK(find(l.data, "GM0226", "wachttijd", "2024")->value == 112.0);  // Duiven
  CHECK(find(l.data, "GM0274", "wachttijd", "2024")->value == 243.5);  // Renkum, 8 maanden
  CHECK(find(l.data, "GM0275", "wachttijd", "2024")->value == 84.0);   // Rheden, 12 weken
  CHECK(find(l.data, "GM0289", "wachttijd", "2024")->value == 30.0);   // Wageningen, 30 dagen
  CHECK(l.report.notes ==
        std::vector<std::string>{
            "De periode 2024 komt uit de bestandsnaam \xE2\x80\x9Ewachttijden-2024.csv\xE2\x80\x9D.",
            "Wachttijd jeugdhulp: 1 waarde in weken omgerekend naar dagen (1 week = 7 dagen), bijvoorbeeld 12 weken = "
            "84 dagen.",
            kMonthNote});
  // Other names, other periods.
  CHECK(load_as("owndata/wachttijden.csv", "thuiszitters_2023-2024.csv").report.periods ==
        std::vector<std::string>{"2023/2024"});
  CHECK(load_as("owndata/wachttijden.csv", "Q1-3 2025 jeugdhulp.csv").report.periods ==
        std::vector<std::string>{"Q1-3 2025"});
}

TEST_CASE("own data: a column per indicator without any period is refused and asks for one") {
  jv::OwnData before;
  jv::ReadReport report;
  const jv::EmbeddedExample& ex = jv::embedded_examples()[0];
  REQUIRE(jv::read_own_data(ex.file_name, ex.bytes, {}, data2025(), before, report));
  jv::OwnData data = before;
  const std::vector<std::uint8_t> bytes = fixture("owndata/wachttijden.csv");
  CHECK_FALSE(jv::read_own_data("wachttijden.csv", bytes, {}, data2025(), data, report));
  CHECK(report.needs_period);
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems.front().fatal);
  CHECK(report.problems.front().to_string() ==
        "wachttijden.csv: Dit bestand noemt geen periode voor \xE2\x80\x9EWachttijd (dagen)\xE2\x80\x9D: er is geen "
        "kolom periode, en de kolomkop en de bestandsnaam noemen er geen. Zet de periode in de kolomkop (bijvoorbeeld "
        "\xE2\x80\x9EWachttijd 2024 (dagen)\xE2\x80\x9D) of in de bestandsnaam (bijvoorbeeld "
        "\xE2\x80\x9Ewachttijden-2024.csv\xE2\x80\x9D), of geef de periode op bij het laden.");
  CHECK(report.notes.empty());
  CHECK(data.values.size() == before.values.size());  // nothing loaded before is lost
  CHECK(data.files == before.files);

  // Two columns, and a file name that names two periods: still no guess.
  const Loaded two = load_text("jeugd 2023 2024.csv", "Gemeente;Wachttijd (dagen);Thuiszitters (%)\nArnhem;84;1,2\n");
  CHECK_FALSE(two.ok);
  CHECK(two.report.needs_period);
  CHECK(two.first_problem() ==
        "jeugd 2023 2024.csv: Dit bestand noemt geen periode voor \xE2\x80\x9EWachttijd (dagen)\xE2\x80\x9D en "
        "\xE2\x80\x9EThuiszitters (%)\xE2\x80\x9D: er is geen kolom periode, de kolomkoppen noemen er geen en de "
        "bestandsnaam noemt er meer dan \xC3\xA9\xC3\xA9n. Zet de periode in de kolomkop (bijvoorbeeld "
        "\xE2\x80\x9EWachttijd 2024 (dagen)\xE2\x80\x9D) of in de bestandsnaam (bijvoorbeeld "
        "\xE2\x80\x9E"
        "cijfers-2024.csv\xE2\x80\x9D), of geef de periode op bij het laden.");
  // A refusal for another reason is not a question about the period.
  CHECK_FALSE(load("owndata/empty.csv").report.needs_period);
}

TEST_CASE("own data: a column per indicator takes the period given when loading") {
  jv::ReadOptions options;
  options.period = "Q1-3 2025";
  const Loaded l = load("owndata/wachttijden.csv", options);
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK_FALSE(l.report.needs_period);
  CHECK(l.report.periods == std::vector<std::string>{"Q1-3 2025"});
  CHECK(find(l.data, "GM0274", "wachttijd", "Q1-3 2025")->value == 243.5);
  REQUIRE_FALSE(l.report.notes.empty());
  CHECK(l.report.notes.front() == "De periode Q1-3 2025 is bij het laden opgegeven.");

  // The file name comes before the option; the option unused is said.
  options.period = "2023";
  const Loaded named = load_as("owndata/wachttijden.csv", "wachttijden-2024.csv", options);
  CHECK(named.report.periods == std::vector<std::string>{"2024"});
  CHECK(named.report.notes.back() ==
        "De opgegeven periode \xE2\x80\x9E"
        "2023\xE2\x80\x9D is niet gebruikt: het bestand noemt zelf zijn perioden.");

  // A period that cannot be read is refused, and asked again.
  options.period = "2024-Q5";
  const Loaded bad = load("owndata/wachttijden.csv", options);
  CHECK_FALSE(bad.ok);
  CHECK(bad.report.needs_period);
  CHECK(bad.first_problem().rfind("wachttijden.csv: De opgegeven periode is niet te lezen: ", 0) == 0);
}

TEST_CASE("own data: several indicator columns with their period and unit in the header") {
  const Loaded l = load("owndata/centraal_gelderland.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "kolom per indicator");
  CHECK(l.report.problems.empty());
  CHECK(l.report.values == 14);  // 5 waiting times, 4 thuiszitters (one empty), 5 costs
  // "(weken)" in the header: plain numbers are weeks; a cell's own word wins.
  CHECK(find(l.data, "GM0202", "wachttijd", "2024")->value == 84.0);   // Arnhem, 12
  CHECK(find(l.data, "GM0221", "wachttijd", "2024")->value == 70.0);   // Doesburg, 10
  CHECK(find(l.data, "GM0299", "wachttijd", "2024")->value == 112.0);  // Zevenaar, 16 weken
  CHECK(find(l.data, "GM1734", "wachttijd", "2024")->value == 243.5);  // Overbetuwe, 8 maanden
  CHECK(find(l.data, "GM0293", "wachttijd", "2024")->value == 21.0);   // Westervoort, 3 weken
  CHECK(find(l.data, "GM0202", "thuiszitters", "2023/2024")->value == doctest::Approx(1.4));
  CHECK(find(l.data, "GM0299", "thuiszitters", "2023/2024")->value == doctest::Approx(1.1));
  CHECK(find(l.data, "GM0293", "thuiszitters", "2023/2024")->value == doctest::Approx(100.0 / 90.0));
  CHECK(find(l.data, "GM1734", "thuiszitters", "2023/2024") == nullptr);
  CHECK(find(l.data, "GM0202", "kosten_jeugdhulp", "2024")->value == doctest::Approx(61200000.0));
  CHECK(find(l.data, "GM0221", "kosten_jeugdhulp", "2024")->value == 4150000.0);
  CHECK(find(l.data, "GM0299", "kosten_jeugdhulp", "2024")->value == 12500000.0);
  CHECK(l.report.indicators == std::vector<std::string>{"Kosten jeugdhulp", "Thuiszitters", "Wachttijd jeugdhulp"});
  CHECK(l.report.notes ==
        std::vector<std::string>{
            "Wachttijd jeugdhulp: 2 waarden in weken omgerekend naar dagen (1 week = 7 dagen), bijvoorbeeld 16 weken = "
            "112 dagen.",
            "Wachttijd jeugdhulp: 2 waarden in weken (volgens \xE2\x80\x9EWachttijd (weken)\xE2\x80\x9D) omgerekend "
            "naar dagen (1 week = 7 dagen), bijvoorbeeld 12 weken = 84 dagen.",
            kMonthNote});
}

TEST_CASE("own data: a column per indicator with a period column: bad rows get today's messages") {
  const Loaded l = load("owndata/wachttijden_per_jaar.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "kolom per indicator");
  CHECK(l.report.values == 7);
  CHECK(l.report.rows_read == 6);
  CHECK(l.report.rows_skipped == 2);
  CHECK(find(l.data, "GM0202", "wachttijd", "2023")->value == 91.0);
  CHECK(find(l.data, "GM0202", "wachttijd", "2024")->value == 84.0);
  CHECK(find(l.data, "GM0202", "jeugdhulp_aantal", "2023")->value == 3920.0);
  CHECK(find(l.data, "GM0202", "jeugdhulp_aantal", "2024")->value == 4105.0);
  CHECK(find(l.data, "GM1705", "wachttijd", "2024")->value == 42.0);  // Lingewaard, 6 weken
  CHECK(find(l.data, "GM1705", "jeugdhulp_aantal", "2024")->value == 1240.0);
  CHECK(find(l.data, "GM0277", "wachttijd", "2024")->value == 45.0);  // Rozendaal
  REQUIRE(l.report.problems.size() == 2);
  CHECK(l.report.problems[0].to_string() ==
        "wachttijden_per_jaar.csv, rij 5, kolom 1: Onbekende gemeente \xE2\x80\x9E"
        "Arnhemm\xE2\x80\x9D. Bedoelt u "
        "Arnhem (GM0202)?");
  // The row's period is checked once, not once per indicator column.
  CHECK(l.report.problems[1].to_string().rfind("wachttijden_per_jaar.csv, rij 6, kolom 2: ", 0) == 0);
  CHECK(l.report.notes ==
        std::vector<std::string>{
            "Wachttijd jeugdhulp: 1 waarde in weken omgerekend naar dagen (1 week = 7 dagen), bijvoorbeeld 6 weken = "
            "42 dagen."});
}

TEST_CASE("own data: a gemeente column found by its codes, under a title and without a name") {
  const Loaded l = load_text("regio.csv",
                             "Wachttijden jeugdhulp regio Centraal Gelderland\n"
                             "\n"
                             ";Wachttijd Q1-3 2025 (dagen)\n"
                             "GM0202;60\n"
                             "GM1734;75\n"
                             "Nederland;52\n");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "kolom per indicator");
  CHECK(find(l.data, "GM0202", "wachttijd", "Q1-3 2025")->value == 60.0);
  CHECK(find(l.data, "GM1734", "wachttijd", "Q1-3 2025")->value == 75.0);
  CHECK(find(l.data, "NL", "wachttijd", "Q1-3 2025")->value == 52.0);
  // An unknown indicator is kept as the municipality's own, with the unit its header gives.
  const Loaded custom = load_text("wachtlijst-2025.csv", "Gemeente;Wachtlijst specialistische GGZ (weken)\nArnhem;9\n");
  REQUIRE_MESSAGE(custom.ok, custom.first_problem());
  const jv::OwnIndicator* ind = custom.data.indicator("eigen:wachtlijst specialistische ggz");
  REQUIRE(ind != nullptr);
  CHECK(ind->custom);
  CHECK(ind->meta.unit == jv::Unit::Days);
  CHECK(find(custom.data, "GM0202", "eigen:wachtlijst specialistische ggz", "2025")->value == 63.0);
}

TEST_CASE("own data: what is not a column per indicator is refused as before") {
  // No gemeente column: nothing to tell the rows apart by.
  const Loaded none = load_text("x.csv", "Wachttijd (dagen);Thuiszitters (%)\n84;1,2\n");
  CHECK_FALSE(none.ok);
  CHECK_FALSE(none.report.needs_period);
  CHECK(none.first_problem().rfind("x.csv: De kolommen zijn niet herkend", 0) == 0);
  // A value column without an indicator column is a long template missing one.
  const Loaded value = load_text("y.csv", "gemeente;periode;waarde\nArnhem;2024;84\n");
  CHECK_FALSE(value.ok);
  CHECK(value.first_problem().rfind("y.csv: De kolommen zijn niet herkend (kopregel: ", 0) == 0);
}

TEST_CASE("own data: an Excel sheet with a column per indicator, its period in the file name") {
  const Loaded l = load("xlsx/thuiszitters_2023-2024.xlsx");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.format == "Excel, kolom per indicator");
  CHECK(l.report.problems.empty());
  CHECK(l.report.periods == std::vector<std::string>{"2023/2024"});
  CHECK(find(l.data, "GM0202", "thuiszitters", "2023/2024")->value == doctest::Approx(1.4));  // a 0.0% cell
  CHECK(find(l.data, "GM0274", "thuiszitters", "2023/2024")->value == doctest::Approx(0.9));
  CHECK(find(l.data, "GM0299", "thuiszitters", "2023/2024")->value == doctest::Approx(1.2));  // plain, under (%)
  CHECK(find(l.data, "GM0202", "wachttijd", "2023/2024")->value == 84.0);
  CHECK(find(l.data, "GM0274", "wachttijd", "2023/2024")->value == 243.5);
  CHECK(find(l.data, "GM0299", "wachttijd", "2023/2024")->value == 73.5);  // 10,5 weeks
  REQUIRE_FALSE(l.report.notes.empty());
  CHECK(l.report.notes.front() ==
        "De periode 2023/2024 komt uit de bestandsnaam \xE2\x80\x9Ethuiszitters_2023-2024.xlsx\xE2\x80\x9D.");
}

TEST_CASE("own data: a header in thousands or millions of euros multiplies its plain numbers") {
  const Loaded l = load_text("kosten-2024.csv",
                             "Gemeente;Kosten jeugdhulp (x \xE2\x82\xAC 1.000);Kosten jeugdhulp met verblijf "
                             "(\xE2\x82\xAC mln);Kosten jeugdbescherming (\xC3\x97 \xE2\x82\xAC 1.000)\n"
                             "Wageningen;9.500;2,5;\xE2\x82\xAC 1,1 mln\n");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(find(l.data, "GM0289", "kosten_jeugdhulp", "2024")->value == 9500000.0);
  CHECK(find(l.data, "GM0289", "kosten_met_verblijf", "2024")->value == 2500000.0);
  // A cell with its own multiplier is read as written.
  CHECK(find(l.data, "GM0289", "kosten_jeugdbescherming", "2024")->value == doctest::Approx(1100000.0));
}

TEST_CASE("own data: the same indicator in two columns for two periods") {
  const Loaded l = load_text("thuiszitters.csv",
                             "Gemeente;Thuiszitters 2022/2023 (%);Thuiszitters 2023/2024 (%)\n"
                             "Rheden;1,3;1,1\n"
                             "Rozendaal;;0,8\n");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.values == 3);
  CHECK(find(l.data, "GM0275", "thuiszitters", "2022/2023")->value == doctest::Approx(1.3));
  CHECK(find(l.data, "GM0275", "thuiszitters", "2023/2024")->value == doctest::Approx(1.1));
  CHECK(find(l.data, "GM0277", "thuiszitters", "2023/2024")->value == doctest::Approx(0.8));
  CHECK(l.report.notes.empty());  // the periods are in the headers: nothing to point out
}

// Issue 19 item 10: an age band at the end of an indicator's name is a breakdown of one
// indicator, listed by age, not three indicators sorted as text. "Jongeren tot 23 jaar" names a
// population, not a band of one.
TEST_CASE("owndata: an age band in the indicator's name becomes a breakdown by age") {
  const Loaded l = load("owndata/age_bands_in_name.csv");
  REQUIRE_MESSAGE(l.ok, l.first_problem());
  CHECK(l.report.problems.empty());
  CAPTURE(l.report.indicators);
  REQUIRE(l.report.indicators.size() == 2);
  CHECK(l.data.indicator(l.data.values.front().indicator)->meta.unit == jv::Unit::Count);
  std::vector<std::string> bands;
  std::string indicator;
  for (const jv::OwnValue& v : l.data.values) {
    if (v.indicator == l.data.values.front().indicator) bands.push_back(v.breakdown);
  }
  std::sort(bands.begin(), bands.end(),
            [](const std::string& a, const std::string& b) { return jv::breakdown_less(a, b); });
  CHECK(bands == std::vector<std::string>{"0 t/m 3 jaar", "4 t/m 11 jaar", "12 t/m 17 jaar", ""});
  CHECK(jv::split_age_band("Jeugdigen met jeugdhulp 0 t/m 3 jaar").first == "Jeugdigen met jeugdhulp");
  CHECK(jv::split_age_band("Jeugdigen met jeugdhulp 0 t/m 3 jaar").second == "0 t/m 3 jaar");
  CHECK(jv::split_age_band("Jeugdhulp 18+").second == "18+");
  CHECK(jv::split_age_band("Jongeren tot 23 jaar").second.empty());
  CHECK(jv::split_age_band("Thuiszitters 12 jaar").second.empty());
  CHECK(jv::split_age_band("0-3 jaar").second.empty());  // nothing left to name the indicator
}
