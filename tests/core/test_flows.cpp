// Flow indicators from record-level trajectories, against figures worked out by hand from
// tests/fixtures/stromen/hand.csv (the computation is written out next to each check).
//
// Hilversum (GM0402):
//   A (born 2012): T1 2023-11-15..2024-01-31 (78 days, huisarts, € 7.800 = € 100 a day)
//                  T2 2024-01-20..2024-03-10 (51 days, gemeente; overlaps T1 on 20-31 Jan: stapeling)
//                  T3 2024-06-01..open (gemeente, € 3.000 over 1-30 June up to the peildatum)
//   B (born 2006): T1 2023-12-01..2024-02-29 (91 days, jeugdbescherming, rechter, € 9.100); 17 in
//                  2023 and 18 in 2024: another age band across the year boundary
//   C (born 2020): T1 2024-04-01..2024-04-01 (1 day) and T2 2024-04-02..2024-06-30 (90 days),
//                  adjacent, so one continuous stay in care and no stapeling; jeugdarts
// Alkmaar (GM0361):
//   D (born 2005): 2020-01-01..2024-05-31 (1.613 days, longer than the histogram's 3 years)
//   E (born 2010): 2023-03-01..2024-02-29 (366 days: longer than a year)
// Peildatum: 2024-06-30, the latest date in the file.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/flows.h"
#include "data/embedded_data.h"
#include "data2025.h"

namespace {

using jv::test::data2025;

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

std::string fixture(const std::string& name) {
  const std::string path = std::string(JV_SOURCE_DIR) + "/tests/fixtures/stromen/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(static_cast<bool>(in), "fixture missing: " << path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

jv::FlowOptions hilversum_population() {
  jv::FlowOptions o;
  o.population = {{"GM0402", 2024, 20000.0}};
  return o;
}

// The one figure of this gemeente, indicator, breakdown and period; fails when there is not exactly one.
const jv::FlowFigure& find(const std::vector<jv::FlowFigure>& figures, const std::string& gemeente,
                           const std::string& indicator, const std::string& breakdown, const std::string& period) {
  const jv::FlowFigure* found = nullptr;
  int n = 0;
  for (const jv::FlowFigure& f : figures) {
    if (f.gemeente == gemeente && f.indicator == indicator && f.breakdown == breakdown && f.period.label() == period) {
      found = &f;
      ++n;
    }
  }
  INFO(gemeente << " " << indicator << " [" << breakdown << "] " << period);
  REQUIRE(n == 1);
  return *found;
}

double value(const std::vector<jv::FlowFigure>& figures, const std::string& gemeente, const std::string& indicator,
             const std::string& period, const std::string& breakdown = "") {
  return find(figures, gemeente, indicator, breakdown, period).value;
}

jv::FlowReader read_hand(const jv::FlowOptions& options = hilversum_population()) {
  jv::FlowReader reader("hand.csv", data2025(), options);
  const std::string text = fixture("hand.csv");
  REQUIRE(jv::read_flows("hand.csv", bytes_of(text), data2025(), options, reader));
  return reader;
}

// A file of the format with one header and the given rows (';', ISO dates).
std::string file_with(const std::string& rows) {
  return "client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer\n" + rows;
}

std::string first_problem(const std::string& text, const std::string& name = "trajecten.csv") {
  jv::FlowReader reader(name, data2025());
  const auto bytes = bytes_of(text);
  reader.feed(bytes);
  reader.finish();
  REQUIRE(!reader.report().problems.empty());
  return reader.report().problems.front().to_string();
}

}  // namespace

TEST_CASE("flows: the report of the hand-made file") {
  const jv::FlowReader reader = read_hand();
  const jv::FlowReport& r = reader.report();
  CHECK(r.ok);
  CHECK(r.rows_read == 8);
  CHECK(r.rows_skipped == 0);
  CHECK(r.trajectories == 8);
  CHECK(r.clients == 5);
  CHECK(r.delimiter == ';');
  CHECK(r.first_day == jv::days_from_civil(2020, 1, 1));
  CHECK(r.peildatum == jv::days_from_civil(2024, 6, 30));
  CHECK(r.gemeenten == std::vector<std::string>{"GM0402", "GM0361"});
  CHECK(r.problems.empty());
}

TEST_CASE("flows: in zorg, instroom, uitstroom and stapeling per month") {
  const auto f = read_hand().figures(jv::FlowGranularity::Month);
  // In zorg: A in Nov-Mar and Jun, B in Dec-Feb, C in Apr-Jun.
  const double in_zorg[] = {1, 2, 2, 2, 1, 1, 1, 2};
  const char* months[] = {"2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"};
  for (int i = 0; i < 8; ++i) CHECK(value(f, "GM0402", "stroom_in_zorg", months[i]) == in_zorg[i]);
  // Instroom: A in Nov and again in June (nothing ran on 31 May), B in Dec, C in April (its
  // second trajectory starts the day after the first ends: no new instroom).
  const double in[] = {1, 1, 0, 0, 0, 1, 0, 1};
  for (int i = 0; i < 8; ++i) CHECK(value(f, "GM0402", "stroom_instroom", months[i]) == in[i]);
  // Uitstroom: B in Feb, A in March (T2 ends 10 March, T3 starts 1 June), C in June.
  const double out[] = {0, 0, 0, 1, 1, 0, 0, 1};
  for (int i = 0; i < 8; ++i) CHECK(value(f, "GM0402", "stroom_uitstroom", months[i]) == out[i]);
  // Stapeling: A's T1 and T2 both ran on 20-31 January; C's two touch but never overlap.
  const double stack[] = {0, 0, 1, 0, 0, 0, 0, 0};
  for (int i = 0; i < 8; ++i) CHECK(value(f, "GM0402", "stroom_stapeling", months[i]) == stack[i]);
  // Each gemeente's periods start at its own first trajectory, though the file starts in 2020.
  for (const jv::FlowFigure& fig : f) CHECK(!(fig.gemeente == "GM0402" && fig.period.label() == "2023-10"));
  CHECK(value(f, "GM0361", "stroom_in_zorg", "2020-01") == 1);
}

TEST_CASE("flows: the day before and the day after a quarter and a year decide instroom and uitstroom") {
  const jv::FlowReader reader = read_hand();
  const auto q = reader.figures(jv::FlowGranularity::Quarter);
  CHECK(value(q, "GM0402", "stroom_in_zorg", "2023-Q4") == 2);
  CHECK(value(q, "GM0402", "stroom_in_zorg", "2024-Q1") == 2);
  CHECK(value(q, "GM0402", "stroom_in_zorg", "2024-Q2") == 2);
  CHECK(value(q, "GM0402", "stroom_instroom", "2023-Q4") == 2);   // A and B
  CHECK(value(q, "GM0402", "stroom_instroom", "2024-Q1") == 0);   // A's T2 starts while T1 runs
  CHECK(value(q, "GM0402", "stroom_instroom", "2024-Q2") == 2);   // A (nothing ran on 31 March) and C
  CHECK(value(q, "GM0402", "stroom_uitstroom", "2024-Q1") == 2);  // A (T3 starts in June) and B
  CHECK(value(q, "GM0402", "stroom_uitstroom", "2024-Q2") == 1);  // C
  CHECK(value(q, "GM0402", "stroom_stapeling", "2024-Q1") == 1);

  const auto y = reader.figures(jv::FlowGranularity::Year);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2023") == 2);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2024") == 3);
  CHECK(value(y, "GM0402", "stroom_instroom", "2023") == 2);
  // A's T3 begins in 2024, but A was in care on 31 December 2023: only C flows in.
  CHECK(value(y, "GM0402", "stroom_instroom", "2024") == 1);
  // A's T2 ends in 2024, but T3 still runs on 1 January 2025: only B and C flow out.
  CHECK(value(y, "GM0402", "stroom_uitstroom", "2024") == 2);
  CHECK(value(y, "GM0402", "stroom_uitstroom", "2023") == 0);
  CHECK(value(y, "GM0402", "stroom_stapeling", "2024") == 1);
  // Alkmaar: D runs 2020-2024, E 2023-2024.
  CHECK(value(y, "GM0361", "stroom_in_zorg", "2020") == 1);
  CHECK(value(y, "GM0361", "stroom_in_zorg", "2023") == 2);
  CHECK(value(y, "GM0361", "stroom_instroom", "2020") == 1);
  CHECK(value(y, "GM0361", "stroom_instroom", "2023") == 1);
  CHECK(value(y, "GM0361", "stroom_uitstroom", "2024") == 2);
}

TEST_CASE("flows: age bands by the year of the period, and they add up to the total") {
  const auto y = read_hand().figures(jv::FlowGranularity::Year);
  // 2023: A is 11 (4-11), B 17 (12-17). 2024: A 12 (12-17), B 18 (18-22), C 4 (4-11).
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2023", "4-11 jaar") == 1);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2023", "12-17 jaar") == 1);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2023", "18-22 jaar") == 0);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2024", "4-11 jaar") == 1);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2024", "12-17 jaar") == 1);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2024", "18-22 jaar") == 1);
  // Nobody in Hilversum is 0-3 or 23 and older: those bands are not written.
  for (const jv::FlowFigure& fig : y) {
    if (fig.gemeente == "GM0402") {
      CHECK(fig.breakdown != "0-3 jaar");
      CHECK(fig.breakdown != "23 jaar en ouder");
    }
  }
  // B's trajectory ends in 2024, at 18: its duur counts in 18-22.
  CHECK(value(y, "GM0402", "stroom_duur_gemiddeld", "2024", "18-22 jaar") == 91);
  // Per 1.000 (0-17): 2024 counts A and C (B is 18) of 20.000; 2023 counts A and B, against the
  // nearest year given (2024).
  const jv::FlowFigure& rate = find(y, "GM0402", "stroom_in_zorg_per_1000", "", "2024");
  CHECK(rate.value == doctest::Approx(0.1));
  CHECK(rate.numerator == 2);
  CHECK(rate.denominator == 20000);
  CHECK(value(y, "GM0402", "stroom_in_zorg_per_1000", "2023") == doctest::Approx(0.1));
  // No population for Alkmaar: no rate, rather than a wrong one.
  for (const jv::FlowFigure& fig : y) CHECK(!(fig.gemeente == "GM0361" && fig.indicator == "stroom_in_zorg_per_1000"));
}

TEST_CASE("flows: duur, median and the share longer than a year") {
  const jv::FlowReader reader = read_hand();
  const auto y = reader.figures(jv::FlowGranularity::Year);
  // Hilversum 2024 ends: 78, 51, 91, 1 and 90 days: mean 311 / 5, median 78, none longer than 365.
  CHECK(value(y, "GM0402", "stroom_duur_gemiddeld", "2024") == doctest::Approx(62.2));
  CHECK(find(y, "GM0402", "stroom_duur_gemiddeld", "", "2024").denominator == 5);
  CHECK(value(y, "GM0402", "stroom_duur_mediaan", "2024") == 78);
  CHECK(value(y, "GM0402", "stroom_duur_langer_dan_jaar", "2024") == 0);
  // Nothing ended in 2023: no mean rather than 0 days.
  CHECK(std::isnan(value(y, "GM0402", "stroom_duur_gemiddeld", "2023")));
  // Alkmaar 2024: 366 and 1.613 days; the median of two is their mean, one from the histogram and
  // one from the list of long durations.
  CHECK(value(y, "GM0361", "stroom_duur_mediaan", "2024") == 989.5);
  CHECK(value(y, "GM0361", "stroom_duur_gemiddeld", "2024") == 989.5);
  CHECK(value(y, "GM0361", "stroom_duur_langer_dan_jaar", "2024") == 100);
  const auto q = reader.figures(jv::FlowGranularity::Quarter);
  CHECK(value(q, "GM0402", "stroom_duur_mediaan", "2024-Q1") == 78);  // 51, 78, 91
  CHECK(value(q, "GM0402", "stroom_duur_gemiddeld", "2024-Q1") == doctest::Approx(220.0 / 3));
  CHECK(value(q, "GM0402", "stroom_duur_mediaan", "2024-Q2") == 45.5);  // 1 and 90
}

TEST_CASE("flows: verwijzers and kosten") {
  const auto y = read_hand().figures(jv::FlowGranularity::Year);
  // 2024 begins: A's T2 and T3 (gemeente), C's two (jeugdarts).
  CHECK(value(y, "GM0402", "stroom_verwijzingen", "2024") == 4);
  CHECK(value(y, "GM0402", "stroom_verwijzingen", "2024", "gemeente of wijkteam") == 2);
  CHECK(value(y, "GM0402", "stroom_verwijzingen", "2024", "jeugdarts") == 2);
  CHECK(value(y, "GM0402", "stroom_verwijzingen", "2024", "huisarts") == 0);
  CHECK(value(y, "GM0402", "stroom_verwijzer_aandeel", "2024", "jeugdarts") == 50);
  CHECK(value(y, "GM0402", "stroom_verwijzer_aandeel", "2023", "huisarts") == 50);
  CHECK(value(y, "GM0402", "stroom_verwijzer_aandeel", "2023", "rechter of officier van justitie") == 50);
  CHECK(value(y, "GM0361", "stroom_verwijzingen", "2020", "gecertificeerde instelling") == 1);
  // Kosten at € 100 a day: 2023 = A 1.600 + 3.100 and B 3.100; 2024 = A 3.100 (Jan) + 3.000
  // (June, open up to the peildatum) and B 3.100 + 2.900.
  CHECK(value(y, "GM0402", "stroom_kosten", "2023") == doctest::Approx(7800));
  CHECK(value(y, "GM0402", "stroom_kosten", "2024") == doctest::Approx(12100));
  CHECK(value(y, "GM0402", "stroom_kosten", "2024", "zonder verblijf") == doctest::Approx(6100));
  CHECK(value(y, "GM0402", "stroom_kosten", "2024", "jeugdbescherming") == doctest::Approx(6000));
  CHECK(value(y, "GM0402", "stroom_kosten", "2024", "met verblijf") == 0);
  CHECK(value(y, "GM0402", "stroom_kosten_per_client", "2024") == doctest::Approx(12100.0 / 3));
  CHECK(value(y, "GM0402", "stroom_kosten_per_client", "2023") == doctest::Approx(3900));
  // Alkmaar: D's € 16.130 over 1.613 days, 152 of them in 2024.
  CHECK(value(y, "GM0361", "stroom_kosten", "2024") == doctest::Approx(1520));
}

TEST_CASE("flows: the period holding the peildatum is marked incomplete") {
  const jv::FlowReader reader = read_hand();
  const auto y = reader.figures(jv::FlowGranularity::Year);
  CHECK(!find(y, "GM0402", "stroom_in_zorg", "", "2024").complete);
  CHECK(find(y, "GM0402", "stroom_in_zorg", "", "2023").complete);
  const auto m = reader.figures(jv::FlowGranularity::Month);
  CHECK(find(m, "GM0402", "stroom_in_zorg", "", "2024-06").complete);  // ends on the peildatum
  bool after = false;
  for (const jv::FlowFigure& fig : m) after = after || fig.period.label() == "2024-07";
  CHECK(!after);
}

TEST_CASE("flows: chunks cut anywhere give the same figures") {
  const std::string text = fixture("hand.csv");
  const auto whole = read_hand().figures(jv::FlowGranularity::Month);
  for (std::size_t size : {1u, 2u, 3u, 7u, 64u}) {
    jv::FlowReader reader("hand.csv", data2025(), hilversum_population());
    const auto bytes = bytes_of(text);
    for (std::size_t at = 0; at < bytes.size(); at += size) {
      REQUIRE(reader.feed(std::span<const std::uint8_t>(bytes).subspan(at, std::min(size, bytes.size() - at))));
    }
    REQUIRE(reader.finish());
    const auto chunked = reader.figures(jv::FlowGranularity::Month);
    REQUIRE(chunked.size() == whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
      INFO("chunk " << size << " figure " << i);
      CHECK(chunked[i].indicator == whole[i].indicator);
      CHECK(chunked[i].breakdown == whole[i].breakdown);
      CHECK((chunked[i].value == whole[i].value || (std::isnan(chunked[i].value) && std::isnan(whole[i].value))));
    }
  }
}

TEST_CASE("flows: dialects - tab, comma, quotes with a line break, Windows-1252 and no final line break") {
  const std::string tab =
      "Client\tGeboortejaar\tGemeente\tBegindatum\tEinddatum\tProduct\tVerwijzer\n"
      "x1\t2015\tS\xFA"
      "dwest-Frysl\xE2n\t2024-01-01\t2024-01-31\tzonder verblijf\thuisarts";
  jv::FlowReader reader("tab.txt", data2025());
  REQUIRE(jv::read_flows("tab.txt", bytes_of(tab), data2025(), {}, reader));
  CHECK(reader.report().delimiter == '\t');
  CHECK(reader.report().encoding == "Windows-1252");
  CHECK(reader.report().gemeenten == std::vector<std::string>{"GM1900"});

  const std::string comma =
      "client,geboortejaar,gemeente,begindatum,einddatum,product,verwijzer,opmerking\r\n"
      "x1,2015,GM0402,2024-01-01,2024-01-31,zonder verblijf,huisarts,\"eerste regel\ntweede, regel\"\r\n"
      "x2,2015,GM0402,2024-01-05,,met verblijf,,\r\n";
  REQUIRE(jv::read_flows("komma.csv", bytes_of(comma), data2025(), {}, reader));
  CHECK(reader.report().delimiter == ',');
  CHECK(reader.report().trajectories == 2);
  CHECK(reader.report().notes ==
        std::vector<std::string>{"De kolom \xE2\x80\x9Eopmerking\xE2\x80\x9D is niet gebruikt."});
  const auto f = reader.figures(jv::FlowGranularity::Year);
  CHECK(value(f, "GM0402", "stroom_verwijzingen", "2024", "onbekend") == 1);
}

TEST_CASE("flows: product and verwijzer codes") {
  jv::FlowProduct p{};
  CHECK((jv::flow_product_from_text("45", p) && p == jv::FlowProduct::ZonderVerblijf));
  CHECK((jv::flow_product_from_text("48", p) && p == jv::FlowProduct::MetVerblijf));
  CHECK((jv::flow_product_from_text("82", p) && p == jv::FlowProduct::Jeugdbescherming));
  CHECK((jv::flow_product_from_text("83", p) && p == jv::FlowProduct::Jeugdreclassering));
  CHECK((jv::flow_product_from_text("Pleegzorg", p) && p == jv::FlowProduct::MetVerblijf));
  CHECK(!jv::flow_product_from_text("99", p));
  CHECK(!jv::flow_product_from_text("dagbesteding volwassenen", p));
  jv::FlowReferrer r{};
  CHECK((jv::flow_referrer_from_text("06", r) && r == jv::FlowReferrer::Rechter));
  CHECK((jv::flow_referrer_from_text("Sociaal Wijkteam", r) && r == jv::FlowReferrer::Gemeente));
  CHECK((jv::flow_referrer_from_text("", r) && r == jv::FlowReferrer::Onbekend));
  CHECK(!jv::flow_referrer_from_text("08", r));
}

TEST_CASE("flows: rows that cannot be used are skipped with file, row and column") {
  jv::FlowReader reader("fouten.csv", data2025());
  const std::string text = file_with(
      "a;2012;GM0402;2024-01-01;2024-02-01;zonder verblijf;huisarts\n"
      "b;2012;GM0402;2024-02-30;2024-03-01;zonder verblijf;huisarts\n"
      "c;2012;GM0402;2024-03-01;2024-02-01;zonder verblijf;huisarts\n"
      "d;2012;Atlantis;2024-03-01;;zonder verblijf;huisarts\n"
      "e;twaalf;GM0402;2024-03-01;;zonder verblijf;huisarts\n"
      "f;2012;GM0402;2024-03-01;;dagbesteding;huisarts\n"
      ";2012;GM0402;2024-03-01;;zonder verblijf;huisarts\n"
      "g;2012;GM0402;2024-03-01\n");
  REQUIRE(jv::read_flows("fouten.csv", bytes_of(text), data2025(), {}, reader));
  const jv::FlowReport& r = reader.report();
  CHECK(r.trajectories == 1);
  CHECK(r.rows_skipped == 7);
  REQUIRE(r.problems.size() == 7);
  CHECK(r.problems[0].to_string() ==
        "fouten.csv, rij 3, kolom 4: \xE2\x80\x9E"
        "2024-02-30\xE2\x80\x9D is geen begindatum. Schrijf de datum als "
        "2024-03-01 of 01-03-2024 (jaar 1990 tot en met 2100); deze rij is overgeslagen.");
  CHECK(r.problems[1].to_string() ==
        "fouten.csv, rij 4, kolom 5: De einddatum \xE2\x80\x9E"
        "2024-02-01\xE2\x80\x9D ligt voor de begindatum "
        "\xE2\x80\x9E"
        "2024-03-01\xE2\x80\x9D. Controleer de data; deze rij is overgeslagen.");
  CHECK(r.problems[2].to_string() ==
        "fouten.csv, rij 5, kolom 3: Onbekende gemeente \xE2\x80\x9E"
        "Atlantis\xE2\x80\x9D. Gebruik de CBS-code "
        "(bijvoorbeeld GM0402) of de volledige naam van een gemeente van 2025; deze rij is overgeslagen.");
  CHECK(r.problems[3].to_string() ==
        "fouten.csv, rij 6, kolom 2: \xE2\x80\x9Etwaalf\xE2\x80\x9D is geen geboortejaar. Schrijf het jaar in vier "
        "cijfers (bijvoorbeeld 2012); deze rij is overgeslagen.");
  CHECK(r.problems[4].to_string() ==
        "fouten.csv, rij 7, kolom 6: Onbekend product \xE2\x80\x9E"
        "dagbesteding\xE2\x80\x9D. Gebruik zonder "
        "verblijf, met verblijf, jeugdbescherming of jeugdreclassering, of een iJW-productcategorie (bijvoorbeeld "
        "45); deze rij is overgeslagen.");
  CHECK(r.problems[5].to_string() ==
        "fouten.csv, rij 8, kolom 1: De client is leeg. Vul het pseudoniem van de jeugdige in; deze rij is "
        "overgeslagen.");
  CHECK(r.problems[6].to_string() ==
        "fouten.csv, rij 9: Deze rij heeft 4 kolommen en de kopregel 7: de kolom \xE2\x80\x9E"
        "product\xE2\x80\x9D "
        "ontbreekt. Controleer het scheidingsteken en de aanhalingstekens; deze rij is overgeslagen.");
}

TEST_CASE("flows: files that are refused whole") {
  // A BSN as key: not pseudonymised.
  CHECK(first_problem(file_with("111222333;2012;GM0402;2024-01-01;;zonder verblijf;huisarts\n")) ==
        "trajecten.csv, rij 2, kolom 1: \xE2\x80\x9E"
        "111222333\xE2\x80\x9D is een burgerservicenummer (het voldoet "
        "aan de elfproef). Dit bestand is niet geladen: vervang de BSN's door pseudoniemen en laad het opnieuw. "
        "Jeugdvergelijker leest geen BSN's, ook niet even.");
  // A date of birth.
  CHECK(first_problem(file_with("a;12-03-2011;GM0402;2024-01-01;;zonder verblijf;huisarts\n")) ==
        "trajecten.csv, rij 2, kolom 2: De kolom \xE2\x80\x9Egeboortejaar\xE2\x80\x9D bevat een volledige "
        "geboortedatum (\xE2\x80\x9E"
        "12-03-2011\xE2\x80\x9D). Dit bestand is niet geladen: een geboortedatum maakt "
        "een jeugdige herkenbaar. Zet alleen het geboortejaar in het bestand (bijvoorbeeld 2011) en laad het "
        "opnieuw.");
  // A column with names.
  const std::string named = first_problem(
      "client;naam kind;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer\n"
      "a;Jan;2012;GM0402;2024-01-01;;zonder verblijf;huisarts\n");
  CHECK(named.rfind("trajecten.csv: Dit bestand bevat gegevens die een jeugdige herkenbaar maken en is daarom niet "
                    "geladen. ",
                    0) == 0);
  CHECK(named.find("Verwijder de kolom en laad het bestand opnieuw.") != std::string::npos);
  // Not a trajectory file.
  CHECK(first_problem("gemeente;indicator;periode;waarde\nGM0402;wachttijd;2024;40\n") ==
        "trajecten.csv: Dit is geen trajectbestand: de kolommen \xE2\x80\x9E"
        "client\xE2\x80\x9D, "
        "\xE2\x80\x9Egeboortejaar\xE2\x80\x9D, \xE2\x80\x9E"
        "begindatum\xE2\x80\x9D, \xE2\x80\x9E"
        "einddatum\xE2\x80\x9D, \xE2\x80\x9Eproduct\xE2\x80\x9D en \xE2\x80\x9Everwijzer\xE2\x80\x9D ontbreken. Een "
        "trajectbestand heeft een kopregel met client, geboortejaar, gemeente, begindatum, einddatum, product en "
        "verwijzer (kosten mag); zie het sjabloon in de uitleg.");
  // Only a header; every row wrong; an empty file.
  CHECK(first_problem(file_with("")) ==
        "trajecten.csv: Dit bestand bevat geen trajecten: onder de kopregel staan geen rijen.");
  jv::FlowReader reader("x.csv", data2025());
  const auto bad = bytes_of(file_with("a;2012;GM0402;gisteren;;zonder verblijf;huisarts\n"));
  reader.feed(bad);
  CHECK(!reader.finish());
  CHECK(reader.report().problems.back().to_string() ==
        "x.csv: Dit bestand bevat geen bruikbare trajecten: alle 1 rijen zijn overgeslagen. Zie de meldingen per rij.");
  CHECK(reader.figures(jv::FlowGranularity::Year).empty());
  CHECK(first_problem("") ==
        "trajecten.csv: Dit bestand is leeg. Een trajectbestand heeft een kopregel en een rij per traject; zie het "
        "sjabloon.");
}

TEST_CASE("flows: a file over the limit is refused once the limit is passed, and nothing more is read") {
  jv::FlowOptions options;
  options.max_bytes = 100;
  jv::FlowReader reader("groot.csv", data2025(), options);
  const auto bytes = bytes_of(file_with("a;2012;GM0402;2024-01-01;;zonder verblijf;huisarts\n"));
  CHECK(reader.feed(std::span<const std::uint8_t>(bytes).first(60)));
  CHECK(!reader.feed(std::span<const std::uint8_t>(bytes).subspan(60)));
  CHECK(!reader.feed(std::span<const std::uint8_t>(bytes).subspan(60)));
  CHECK(!reader.finish());
  CHECK(reader.report().problems.back().to_string() ==
        "groot.csv: Dit bestand is groter dan 100 bytes en is daarom niet gelezen. Splits het in delen per jaar of "
        "per gemeente.");
}

TEST_CASE("flows: the template reads without problems and is marked synthetic") {
  jv::FlowReader reader("sjabloon.csv", data2025());
  const std::string text = jv::flow_template_csv();
  REQUIRE(jv::read_flows("sjabloon.csv", bytes_of(text), data2025(), {}, reader));
  CHECK(reader.report().problems.empty());
  CHECK(reader.report().trajectories == 5);
  // Every key starts with SYN-: the figures are said to be invented wherever they are shown.
  CHECK(reader.report().synthetic);
  CHECK(reader.report().notes.back() ==
        "Alle cli\xC3\xABnten in dit bestand beginnen met \xE2\x80\x9ESYN-\xE2\x80\x9D: het is een synthetisch "
        "(verzonnen) bestand. De cijfers eruit zijn geen echte cijfers.");
  jv::OwnData own;
  jv::add_flow_figures(reader.figures(jv::FlowGranularity::Year), "sjabloon.csv", own, jv::kSyntheticFlowSource);
  REQUIRE(!own.values.empty());
  CHECK(own.values.front().source == "Synthetisch trajectbestand: geen echte cijfers");
  // One real-looking key among them and the file is not synthetic.
  CHECK(!read_hand().report().synthetic);
}

TEST_CASE("flows: as own figures, with small counts hidden like every own figure") {
  const auto y = read_hand().figures(jv::FlowGranularity::Year);
  jv::OwnData own;
  jv::add_flow_figures(y, "hand.csv", own);
  REQUIRE(own.indicator("stroom_instroom"));
  CHECK(own.indicator("stroom_instroom")->meta.name == "Instroom");
  CHECK(own.files == std::vector<std::string>{"hand.csv"});
  const auto hidden = jv::own_disclosure(own);
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const jv::OwnValue& v = own.values[i];
    if (v.indicator == "stroom_in_zorg" && v.gemeente == "GM0402" && v.period.label() == "2024" &&
        v.breakdown.empty()) {
      CHECK(v.value == 3);
      CHECK(hidden[i] == jv::Hidden::Small);
      CHECK(v.status == jv::Status::Provisional);  // 2024 holds the peildatum
    }
  }
  // What would give a small count away goes with it: the shares per verwijzer (2024: 4 gestarte
  // trajecten, so every share, the 0 % ones too: beside them the others add up to the whole),
  // kosten per jeugdige (kosten / jeugdigen), the rate per 1.000 with 2 jeugdigen, the duur of
  // fewer than ten trajectories (one is one jeugdige's dates) and the kosten of fewer than ten.
  int gone = 0;
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const jv::OwnValue& v = own.values[i];
    if (v.gemeente != "GM0402" || v.period.label() != "2024") continue;
    if (v.indicator == "stroom_verwijzer_aandeel" || v.indicator.starts_with("stroom_kosten") ||
        v.indicator == "stroom_in_zorg_per_1000" || v.indicator.starts_with("stroom_duur_")) {
      INFO(v.indicator << " " << v.breakdown);
      if (v.indicator == "stroom_kosten" && v.value == 0) {
        CHECK(hidden[i] == jv::Hidden::No);  // € 0 of no one gives nothing away
        continue;
      }
      CHECK(hidden[i] == jv::Hidden::Few);
      CHECK(jv::format_own_cell(own.indicator(v.indicator)->meta, v.value, hidden[i]) == "< 10 erachter");
      ++gone;
    }
  }
  CHECK(gone > 10);
  // Loading again replaces, never doubles.
  const std::size_t n = own.values.size();
  jv::add_flow_figures(y, "hand.csv", own);
  CHECK(own.values.size() == n);
}

TEST_CASE("flows: an unclosed quote is refused once a row passes 64 kB, not held to the end of the file") {
  jv::FlowReader reader("quote.csv", data2025());
  const auto head = bytes_of(file_with("a;2012;GM0402;2024-01-01;;\"zonder verblijf;huisarts\n"));
  CHECK(reader.feed(head));
  const auto more = bytes_of(std::string(70 * 1024, 'x') + "\n");
  CHECK(!reader.feed(more));
  CHECK(!reader.finish());
  CHECK(reader.report().problems.back().to_string() ==
        "quote.csv, rij 2: Deze rij is langer dan 64 kB: waarschijnlijk mist er een aanhalingsteken (\") en loopt een "
        "cel door tot het einde van het bestand. Dit bestand is niet geladen; controleer de aanhalingstekens in deze "
        "rij.");
}

TEST_CASE("flows: a file whose size is known to be over the limit is refused before a byte is read") {
  jv::FlowOptions options;
  options.max_bytes = 1024 * 1024;
  options.expected_bytes = 1024 * 1024 * 1024;  // 1 GB
  jv::FlowReader reader("groot.csv", data2025(), options);
  const auto bytes = bytes_of(file_with("a;2012;GM0402;2024-01-01;;zonder verblijf;huisarts\n"));
  CHECK(!reader.feed(bytes));
  CHECK(reader.report().bytes == 0);
  CHECK(reader.report().problems.back().to_string() ==
        "groot.csv: Dit bestand is 1,0 GB; de grens is 1,0 MB. Het is daarom niet gelezen: splits het in delen per "
        "jaar of per gemeente.");
}

TEST_CASE("flows: where a chunk ends never changes what the first bytes are taken for") {
  // A NUL byte in the first 4 kB is binary data, whether the first chunk holds it or not.
  std::string text = file_with("a;2012;GM0402;2024-01-01;;zonder verblijf;huisarts\n");
  text += std::string("b;2012;GM0402;2024-01-01;;zonder") + '\0' + " verblijf;huisarts\n";
  const auto bytes = bytes_of(text);
  jv::FlowReader whole("nul.csv", data2025());
  whole.feed(bytes);
  CHECK(!whole.finish());
  jv::FlowReader pieces("nul.csv", data2025());
  for (std::size_t at = 0; at < bytes.size(); at += 15) {
    pieces.feed(std::span<const std::uint8_t>(bytes).subspan(at, std::min<std::size_t>(15, bytes.size() - at)));
  }
  CHECK(!pieces.finish());
  CHECK(whole.report().problems.back().to_string() == pieces.report().problems.back().to_string());
}

TEST_CASE("flows: a gemeente named only in skipped rows is not in the report and has no figures") {
  // Found by fuzz_flows: Amsterdam was registered when its name was read, the row was then skipped
  // for its date, and figures() counted periods from Amsterdam's "no first day yet" (INT_MAX),
  // which overflowed into periods before the file's first.
  const auto bytes =
      bytes_of(file_with("a;2012;GM0402;2024-01-01;2024-02-01;zonder verblijf;huisarts\n"
                         "b;2012;Amsterdam;2024-02-30;;zonder verblijf;huisarts\n"));
  jv::FlowReader reader("trajecten.csv", data2025());
  CHECK(reader.feed(bytes));
  REQUIRE(reader.finish());
  CHECK(reader.report().gemeenten == std::vector<std::string>{"GM0402"});
  CHECK(reader.report().rows_skipped == 1);
  for (const jv::FlowGranularity per :
       {jv::FlowGranularity::Year, jv::FlowGranularity::Quarter, jv::FlowGranularity::Month}) {
    const std::vector<jv::FlowFigure> figures = reader.figures(per);
    CHECK(!figures.empty());
    for (const jv::FlowFigure& f : figures) {
      CHECK(f.gemeente == "GM0402");
      CHECK(f.period.start_day() >= jv::days_from_civil(2024, 1, 1));  // nothing before the file's first day
    }
  }
}

// A file of mid-2025 with one begindatum typed as 2027 and one planned einddatum in 2026, read on a
// fixed day (never the machine's clock): 2025-08-15, or with the export date 2025-07-01.
//   a 2025-01-10..2025-06-30 (172 days), d 2025-02-01..2025-05-15 (104 days): both end in Q2;
//   b 2025-03-01..2026-03-31 planned, € 3.960 over its 396 planned days = € 10 a day;
//   c begins 2027-01-26: not begun, skipped.
// The peildatum is 2025-06-30, the last real date.
std::string future_dates_file() {
  return "client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer;kosten\n"
         "a;2012;GM0402;2025-01-10;2025-06-30;zonder verblijf;huisarts;\n"
         "b;2010;GM0402;2025-03-01;2026-03-31;met verblijf;gemeente;3960\n"
         "c;2014;GM0402;2027-01-26;;zonder verblijf;huisarts;\n"
         "d;2011;GM0402;2025-02-01;2025-05-15;zonder verblijf;huisarts;\n";
}

TEST_CASE("flows: a date after today never moves the peildatum, and a planned einddatum means still running") {
  jv::FlowOptions options;
  options.today = jv::days_from_civil(2025, 8, 15);
  jv::FlowReader reader("toekomst.csv", data2025(), options);
  REQUIRE(jv::read_flows("toekomst.csv", bytes_of(future_dates_file()), data2025(), options, reader));
  const jv::FlowReport& r = reader.report();
  CHECK(r.peildatum == jv::days_from_civil(2025, 6, 30));
  CHECK(r.trajectories == 3);
  CHECK(r.rows_skipped == 1);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() ==
        "toekomst.csv, rij 4, kolom 4: De begindatum \xE2\x80\x9E"
        "2027-01-26\xE2\x80\x9D ligt na vandaag (2025-08-15): een traject dat nog niet begonnen is, telt niet mee. "
        "Controleer het jaar; deze rij is overgeslagen.");
  REQUIRE(!r.notes.empty());
  CHECK(r.notes[0] ==
        "Rij 3, kolom 5: de einddatum \xE2\x80\x9E"
        "2026-03-31\xE2\x80\x9D ligt na vandaag (2025-08-15). Dit traject telt als lopend op de peildatum, niet "
        "als uitstroom; de einddatum verschuift de peildatum niet. Is de datum een tikfout, verbeter hem dan en laad "
        "het bestand opnieuw.");
  // No year, quarter or month after the peildatum.
  for (const jv::FlowFigure& f : reader.figures(jv::FlowGranularity::Month)) {
    CHECK(f.period.end_day() <= jv::days_from_civil(2025, 6, 30));
  }
  const auto y = reader.figures(jv::FlowGranularity::Year);
  for (const jv::FlowFigure& f : y) CHECK(f.period.label() == "2025");
  const auto q = reader.figures(jv::FlowGranularity::Quarter);
  CHECK(value(q, "GM0402", "stroom_in_zorg", "2025-Q2") == 3);
  // a and d end in Q2; b runs on.
  CHECK(value(q, "GM0402", "stroom_uitstroom", "2025-Q2") == 2);
  CHECK(value(q, "GM0402", "stroom_duur_gemiddeld", "2025-Q2") == doctest::Approx(138.0));
  CHECK(find(q, "GM0402", "stroom_duur_gemiddeld", "", "2025-Q2").denominator == 2);
  // b's kosten by its planned days: 31 in March, 91 in Q2, at € 10.
  CHECK(value(q, "GM0402", "stroom_kosten", "2025-Q1", "met verblijf") == doctest::Approx(310.0));
  CHECK(value(q, "GM0402", "stroom_kosten", "2025-Q2", "met verblijf") == doctest::Approx(910.0));
  CHECK(find(q, "GM0402", "stroom_in_zorg", "", "2025-Q2").complete);
}

TEST_CASE("flows: the export date the user gives is the last real day, and the messages name it") {
  jv::FlowOptions options;
  options.today = jv::days_from_civil(2026, 12, 7);
  options.export_date = jv::days_from_civil(2025, 7, 1);
  jv::FlowReader reader("toekomst.csv", data2025(), options);
  REQUIRE(jv::read_flows("toekomst.csv", bytes_of(future_dates_file()), data2025(), options, reader));
  const jv::FlowReport& r = reader.report();
  CHECK(r.peildatum == jv::days_from_civil(2025, 6, 30));
  REQUIRE(r.problems.size() == 1);
  CHECK(
      r.problems[0].message.starts_with("De begindatum \xE2\x80\x9E"
                                        "2027-01-26\xE2\x80\x9D ligt na de exportdatum 2025-07-01: "));
  REQUIRE(!r.notes.empty());
  CHECK(
      r.notes[0].starts_with("Rij 3, kolom 5: de einddatum \xE2\x80\x9E"
                             "2026-03-31\xE2\x80\x9D ligt na de exportdatum 2025-07-01. "));
  // Several planned ends: counted, the first named.
  jv::FlowReader two("twee.csv", data2025(), options);
  REQUIRE(jv::read_flows(
      "twee.csv", bytes_of(future_dates_file() + "e;2013;GM0402;2025-04-01;2025-12-31;zonder verblijf;huisarts;\n"),
      data2025(), options, two));
  REQUIRE(!two.report().notes.empty());
  CHECK(
      two.report().notes[0].starts_with("2 einddatums liggen na de exportdatum 2025-07-01, de eerste in rij 3, kolom "
                                        "5 (\xE2\x80\x9E"
                                        "2026-03-31\xE2\x80\x9D). Deze trajecten tellen als lopend op de peildatum"));
}

// The two leaks users found, through the one rule (core/disclosure.h). Hilversum, 2024:
//   c01..c09 zonder verblijf 2023-05-01..2024-12-31 (gemeente), € 1.000 each;
//   c10..c13 zonder verblijf 2024-03-01..2024-12-31 (huisarts), € 500 each: the only trajecten
//            begun in 2024, so 4 gestarte trajecten, all by the huisarts;
//   c01..c03 also met verblijf 2023-07-01..2024-06-30 (gemeente), € 2.000 each: kosten in 2024
//            behind 3 jeugdigen while 13 are in zorg.
std::string leak_file() {
  std::string text = "client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer;kosten\n";
  for (int c = 1; c <= 13; ++c) {
    char row[160];
    std::snprintf(row, sizeof row, "c%02d;2012;GM0402;%s;2024-12-31;zonder verblijf;%s;%s\n", c,
                  c <= 9 ? "2023-05-01" : "2024-03-01", c <= 9 ? "gemeente" : "huisarts", c <= 9 ? "1000" : "500");
    text += row;
  }
  for (int c = 1; c <= 3; ++c) {
    text += "c0" + std::to_string(c) + ";2012;GM0402;2023-07-01;2024-06-30;met verblijf;gemeente;2000\n";
  }
  return text;
}

TEST_CASE("flows: every share of a hidden whole is hidden, and kosten behind fewer than 10 jeugdigen") {
  jv::FlowReader reader("lek.csv", data2025());
  REQUIRE(jv::read_flows("lek.csv", bytes_of(leak_file()), data2025(), {}, reader));
  const auto y = reader.figures(jv::FlowGranularity::Year);
  CHECK(value(y, "GM0402", "stroom_in_zorg", "2024") == 13);
  CHECK(value(y, "GM0402", "stroom_verwijzingen", "2024") == 4);
  CHECK(value(y, "GM0402", "stroom_verwijzer_aandeel", "2024", "huisarts") == 100);
  CHECK(find(y, "GM0402", "stroom_kosten", "met verblijf", "2024").behind == 3);
  CHECK(find(y, "GM0402", "stroom_kosten", "zonder verblijf", "2024").behind == 13);
  CHECK(find(y, "GM0402", "stroom_kosten", "", "2024").behind == 13);
  jv::OwnData own;
  jv::add_flow_figures(y, "lek.csv", own);
  const auto hidden = jv::own_disclosure(own);
  auto verdict = [&](const std::string& indicator, const std::string& breakdown) {
    for (std::size_t i = 0; i < own.values.size(); ++i) {
      const jv::OwnValue& v = own.values[i];
      if (v.indicator == indicator && v.breakdown == breakdown && v.period.label() == "2024") return hidden[i];
    }
    FAIL("no figure " << indicator << " [" << breakdown << "]");
    return jv::Hidden::No;
  };
  // 4 gestarte trajecten ("< 10"), all by the huisarts: no share may stand, not even the 0 % ones.
  CHECK(verdict("stroom_verwijzingen", "") == jv::Hidden::Small);
  for (int r = 0; r < jv::kFlowReferrers; ++r) {
    const std::string label = jv::flow_referrer_label(static_cast<jv::FlowReferrer>(r));
    CAPTURE(label);
    CHECK(verdict("stroom_verwijzer_aandeel", label) == jv::Hidden::Few);
  }
  // Met verblijf behind 3 jeugdigen: hidden; then the total, else it gives met verblijf back, and
  // kosten per jeugdige with it (x 13 jeugdigen in zorg = the total).
  CHECK(verdict("stroom_kosten", "met verblijf") == jv::Hidden::Few);
  CHECK(verdict("stroom_kosten", "") == jv::Hidden::Secondary);
  CHECK(verdict("stroom_kosten_per_client", "") == jv::Hidden::Secondary);
  CHECK(verdict("stroom_kosten", "zonder verblijf") == jv::Hidden::No);
  CHECK(verdict("stroom_in_zorg", "") == jv::Hidden::No);
  // The export for the council paper: no amount to the cent behind three jeugdigen, the reason beside it.
  const std::string csv = jv::export_own_csv(own, data2025());
  CHECK(csv.find("Hilversum;GM0402;Kosten trajecten;met verblijf;2024;;\xE2\x82\xAC;minder dan 10 jeugdigen of "
                 "trajecten erachter, niet gedeeld\r\n") != std::string::npos);
  CHECK(csv.find("Hilversum;GM0402;Aandeel per verwijzer;huisarts;2024;;%;minder dan 10 jeugdigen of trajecten "
                 "erachter, niet gedeeld\r\n") != std::string::npos);
  CHECK(csv.find(";Aandeel per verwijzer;rechter;2024;0,00;") == std::string::npos);
}
