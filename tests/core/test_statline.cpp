// A CBS StatLine export as a benchmark source. The fixtures in tests/fixtures/statline/ are in
// StatLine's export shape (title line, quoted ';' columns, a unit line, a row of topic groups,
// region rows of every kind, provisional periods, '.' cells, a footer); their figures are made up
// for the test and worked out by hand below, with the gemeenten, codes and herindeling of data/.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/figures.h"
#include "core/owndata.h"
#include "core/statline.h"
#include "data/embedded_data.h"
#include "same_benchmark.h"

namespace {

const jv::FiguresStore& base_store() {
  static const jv::FiguresStore s = [] {
    jv::FiguresStore out;
    jv::LoadError e;
    REQUIRE_MESSAGE(jv::load_store(jv::embedded_data_files(), out, e), e.to_string());
    return out;
  }();
  return s;
}

std::vector<std::uint8_t> fixture(const std::string& name) {
  const std::string path = std::string(JV_SOURCE_DIR) + "/tests/fixtures/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(static_cast<bool>(in), "fixture missing: " << path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  return {text.begin(), text.end()};
}

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

constexpr const char* kJeugdzorg = "jeugdzorg_in_natura_gemeente_85098NED.csv";
constexpr const char* kJeugdhulp = "Jeugdhulp__gemeente_11112024_101530.csv";

struct Loaded {
  jv::FiguresStore store = base_store();
  jv::ReadReport report;
  int source = -1;
  std::string first_problem() const { return report.problems.empty() ? "" : report.problems.front().to_string(); }
};

Loaded load(const std::string& file) {
  Loaded l;
  l.source = jv::add_benchmark_source(l.store, file, fixture("statline/" + file), l.report);
  return l;
}

jv::Period period(const std::string& text) {
  jv::Period p;
  std::string e;
  REQUIRE_MESSAGE(jv::parse_period(text, p, e), e);
  return p;
}

// The value of series `id` in `period` for the gemeente with `code`.
double value(const jv::FiguresStore& s, const std::string& id, const std::string& when, const char* code) {
  const int series = jv::find_series(s, id);
  REQUIRE_MESSAGE(series >= 0, id);
  const int v = jv::variable_at(s, series, period(when));
  REQUIRE_MESSAGE(v >= 0, id << " " << when);
  const int g = s.data.find_code(code);
  REQUIRE(g >= 0);
  return s.data.value(g, v);
}

std::string note(const jv::FiguresStore& s, const std::string& id, const std::string& when, const char* code) {
  const int series = jv::find_series(s, id);
  REQUIRE(series >= 0);
  const int v = jv::variable_at(s, series, period(when));
  REQUIRE(v >= 0);
  const auto it = s.notes.find({v, s.data.find_code(code)});
  return it == s.notes.end() ? "" : it->second;
}

const jv::Series& series(const jv::FiguresStore& s, const std::string& id) {
  const int i = jv::find_series(s, id);
  REQUIRE_MESSAGE(i >= 0, id);
  return s.series[static_cast<std::size_t>(i)];
}

const std::string kPct = "statline-85098ned-jongeren-met-jeugdzorg-in-natura-pct";
const std::string kCount = "statline-85098ned-jongeren-met-jeugdzorg-in-natura-aantal";
const std::string kYoung = "statline-85098ned-jongeren-tot-23-jaar-aantal";
const std::string kHulp = "statline-85098ned-jongeren-met-jeugdhulp-pct";
const std::string kVerblijf = "statline-85098ned-jongeren-met-jeugdhulp-met-verblijf-aantal";

}  // namespace

TEST_CASE("statline: the export's title, unit line, regions and footer, read as own figures") {
  jv::OwnData own;
  jv::ReadReport r;
  const std::vector<std::uint8_t> bytes = fixture(std::string("statline/") + kJeugdzorg);
  REQUIRE(jv::read_own_data(kJeugdzorg, bytes, {}, base_store().data, own, r));
  CHECK(r.format == "CBS StatLine");
  CHECK(r.encoding == "UTF-8 met BOM");
  CHECK(r.title == "Jeugdzorg in natura; gemeente, 2020-2023");
  CHECK(r.footer == std::vector<std::string>{"Bron: CBS"});
  // 36 rows of figures (title, header, unit line and footer are none); the five regions and the
  // eight rows of gemeenten that no longer exist are skipped.
  CHECK(r.rows_read == 36);
  CHECK(r.rows_skipped == 13);
  REQUIRE(r.columns.size() == 5);
  CHECK(r.columns[0].column == 3);
  CHECK(r.columns[0].header == "Jongeren met jeugdzorg in natura");
  CHECK(r.columns[0].unit == "aantal");
  CHECK(r.columns[1].unit == "%");
  CHECK(r.columns[1].indicator == "jeugdzorg_tot23");  // the catalogue's, by its unit
  CHECK(r.columns[3].indicator == "jeugdhulp_pct");
  CHECK(r.columns[2].header == "Jongeren tot 23 jaar");
  // The unit line decides: the count column is a count, not a percentage of 24.310.
  const jv::OwnIndicator* count = own.indicator(r.columns[0].indicator);
  REQUIRE(count != nullptr);
  CHECK(count->meta.unit == jv::Unit::Count);
  for (const jv::OwnValue& v : own.values) {
    if (v.gemeente == "GM0402" && v.indicator == "jeugdzorg_tot23" && v.period.label() == "2022-H1") {
      CHECK(v.value == doctest::Approx(9.3));
      CHECK(v.status == jv::Status::Provisional);  // "1e halfjaar 2022**"
    }
    if (v.gemeente == "GM0417" && v.indicator == "jeugdzorg_tot23" && v.period.label() == "2021") {
      CHECK(v.status == jv::Status::Suppressed);
      CHECK(std::isnan(v.value));
    }
    CHECK_FALSE(v.earlier);
  }
  // Regions are skipped quietly; a gemeente that no longer exists is said, row by row.
  REQUIRE(r.problems.size() == 8);
  CHECK(
      r.problems[0].to_string() ==
      "jeugdzorg_in_natura_gemeente_85098NED.csv, rij 17, kolom 1: \xE2\x80\x9EWeesp\xE2\x80\x9D is geen gemeente van "
      "2025; deze rij is overgeslagen. Is \xE2\x80\x9EWeesp\xE2\x80\x9D sindsdien samengevoegd, laad het bestand "
      "dan als benchmark (\xE2\x80\x9EGebruik als benchmark\xE2\x80\x9D, op de opdrachtregel --bron): dan gaan de "
      "cijfers van samengevoegde gemeenten naar hun gemeente van 2025 (aantallen opgeteld, een percentage alleen als "
      "teller en noemer in het bestand staan).");
}

TEST_CASE("statline: topics over generic headers, a unit per 1.000 and a CBS footer without 'Bron:'") {
  jv::OwnData own;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(kJeugdhulp, fixture(std::string("statline/") + kJeugdhulp), {}, base_store().data, own, r));
  CHECK(r.title == "Jeugdhulp; gemeente, 2021-2023");
  CHECK(r.footer == std::vector<std::string>{"Centraal Bureau voor de Statistiek, Den Haag/Heerlen 11-11-2024"});
  REQUIRE(r.columns.size() == 5);
  CHECK(r.columns[0].header == "Jeugdigen met jeugdhulp");  // "Totaal" under its group
  CHECK(r.columns[1].header == "Jeugdigen met jeugdhulp");  // "Relatief" under its group
  CHECK(r.columns[1].unit == "per 1 000 jongeren");
  CHECK(own.indicator(r.columns[1].indicator)->meta.unit == jv::Unit::PerThousand);
  CHECK(r.columns[0].indicator == "jeugdhulp_aantal");
  CHECK(r.columns[4].header == "Jeugdhulptrajecten");
}

TEST_CASE("statline: a region cell names a gemeente exactly, never by the start of a name") {
  // "Grave" starts a word of 's-Gravenhage and "Cuijk" one of Land van Cuijk: both 2021 gemeenten.
  const std::string text =
      "\"Tabel\"\n\"Regio's\";\"Perioden\";\"Jongeren met jeugdzorg in natura\"\n\"\";\"\";\"%\"\n"
      "\"Grave\";\"2021\";\"12,5\"\n\"Cuijk\";\"2021\";\"12,2\"\n\"'s-Gravenhage (gemeente)\";\"2021\";\"10,5\"\n"
      "\"Utrecht (PV)\";\"2021\";\"9,9\"\n\"Utrecht (gemeente)\";\"2021\";\"9,8\"\n";
  jv::OwnData own;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data("t.csv", bytes_of(text), {}, base_store().data, own, r));
  REQUIRE(own.values.size() == 2);
  CHECK(own.values[0].gemeente == "GM0518");
  CHECK(own.values[0].value == doctest::Approx(10.5));
  CHECK(own.values[1].gemeente == "GM0344");
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problems[0].row == 4);
  CHECK(r.problems[1].row == 5);
  // find_gemeente says how it found a name.
  CHECK(jv::find_gemeente(base_store().data, "Grave").index == base_store().data.find_code("GM0518"));
  CHECK_FALSE(jv::find_gemeente(base_store().data, "Grave").exact);
  CHECK(jv::find_gemeente(base_store().data, "'s-Gravenhage").exact);
  CHECK(jv::find_gemeente(base_store().data, "Den Haag").exact);
  // With the gemeenten of 2021 they are read as what they were.
  jv::ReadOptions options;
  options.earlier = &base_store().d2021;
  jv::OwnData then;
  REQUIRE(jv::read_own_data("t.csv", bytes_of(text), options, base_store().data, then, r));
  REQUIRE(then.values.size() == 4);
  CHECK(then.values[0].gemeente == "GM0786");  // Grave
  CHECK(then.values[0].earlier);
  CHECK(then.values[1].gemeente == "GM1684");  // Cuijk
  CHECK(r.problems.empty());
}

TEST_CASE("statline: periods with the year first, as StatLine writes quarters, halves and months") {
  const std::string text =
      "\"Jeugdhulp; gemeente, kwartalen\"\n\"Regio's\";\"Perioden\";\"Jongeren met jeugdhulp\"\n\"\";\"\";\"%\"\n"
      "\"Hilversum\";\"2022 1e halfjaar\";\"10,1\"\n\"Hilversum\";\"2022 3e kwartaal*\";\"7,4\"\n"
      "\"Hilversum\";\"2022 januari\";\"3,2\"\n\"Hilversum\";\"2022JJ00\";\"12,8\"\n"
      "\"Hengelo\";\"2022\";\"11,0\"\n\"Bergen\";\"2022\";\"9,9\"\n";
  jv::OwnData own;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data("t.csv", bytes_of(text), {}, base_store().data, own, r));
  REQUIRE(own.values.size() == 5);
  CHECK(own.values[0].period.label() == "2022-H1");
  CHECK(own.values[1].period.label() == "2022-Q3");
  CHECK(own.values[1].status == jv::Status::Provisional);
  CHECK(own.values[2].period.label() == "2022-01");
  CHECK(own.values[3].period.label() == "2022");
  // "Hengelo" is Hengelo (O.), the one gemeente of that name; "Bergen" is two, so none.
  CHECK(own.values[4].gemeente == "GM0164");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].row == 9);
}

TEST_CASE("statline: an export becomes a benchmark source with a series per topic and a column per period") {
  const Loaded l = load(kJeugdzorg);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const jv::FiguresStore& s = l.store;
  const jv::Source& src = s.sources[static_cast<std::size_t>(l.source)];
  CHECK(src.id == "statline:jeugdzorg_in_natura_gemeente_85098NED.csv");
  CHECK(src.kind == jv::SourceKind::UserBenchmark);
  CHECK(src.publisher == "CBS");
  CHECK(src.title == "Jeugdzorg in natura; gemeente, 2020-2023");
  CHECK(src.table == "85098NED");
  CHECK(src.licence == "CC BY 4.0");
  CHECK(src.attribution == "Bron: CBS, Jeugdzorg in natura; gemeente, 2020-2023 (85098NED)");
  CHECK(src.reached == "uw bestand jeugdzorg_in_natura_gemeente_85098NED.csv");
  CHECK(src.file_name == "jeugdzorg_in_natura_gemeente_85098NED.csv");
  CHECK(s.series.size() == base_store().series.size() + 5);
  for (const std::string& id : {kPct, kCount, kYoung, kHulp, kVerblijf}) {
    CAPTURE(id);
    const jv::Series& x = series(s, id);
    CHECK(x.source == l.source);
    REQUIRE(x.periods.size() == 4);
    CHECK(x.periods[0].label() == "2020");
    CHECK(x.periods[1].label() == "2021");
    CHECK(x.periods[2].label() == "2022-H1");
    CHECK(x.periods[3].label() == "2023");
    CHECK(s.data.variables[static_cast<std::size_t>(x.variables[0])].status == jv::Status::Definitive);
    CHECK(s.data.variables[static_cast<std::size_t>(x.variables[1])].status == jv::Status::Definitive);
    CHECK(s.data.variables[static_cast<std::size_t>(x.variables[2])].status == jv::Status::Provisional);  // **
    CHECK(s.data.variables[static_cast<std::size_t>(x.variables[3])].status == jv::Status::Provisional);  // *
  }
  const jv::Series& pct = series(s, kPct);
  CHECK(pct.meta.name == "Jongeren met jeugdzorg in natura (%)");
  CHECK(jv::find_series(s, "Jongeren met jeugdzorg in natura (%)") == jv::find_series(s, kPct));
  CHECK(pct.meta.unit == jv::Unit::Percent);
  CHECK(pct.meta.population == "0 tot 23 jaar");
  CHECK(pct.meta.care_type == "jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering)");
  CHECK(pct.meta.direction == jv::Direction::LowerIsBetter);
  CHECK(pct.meta.source == "CBS, Jeugdzorg in natura; gemeente, 2020-2023");
  // CBS's 2021 method change lies between 2020 and 2021; the population has no such break.
  REQUIRE(pct.breaks.size() == 1);
  CHECK(pct.breaks[0].period.label() == "2021");
  CHECK(pct.breaks[0].why == jv::kCbs2021Break);
  CHECK(series(s, kYoung).breaks.empty());
  CHECK(series(s, kHulp).meta.population == "0 tot 18 jaar");
  CHECK(series(s, kHulp).meta.care_type == "jeugdhulp");
  CHECK(series(s, kCount).meta.size_dependent);

  // Gemeenten that kept their boundaries, as the file gives them.
  CHECK(value(s, kPct, "2021", "GM0402") == doctest::Approx(11.2));
  CHECK(value(s, kPct, "2023", "GM0402") == doctest::Approx(11.5));
  CHECK(value(s, kPct, "1e halfjaar 2022", "GM0402") == doctest::Approx(9.3));
  CHECK(value(s, kHulp, "2021", "GM0402") == doctest::Approx(12.3));
  CHECK(value(s, kCount, "2020", "GM0402") == doctest::Approx(2280.0));
  CHECK(value(s, kPct, "2021", "GM0344") == doctest::Approx(9.8));   // "Utrecht (gemeente)"
  CHECK(value(s, kPct, "2021", "GM0518") == doctest::Approx(10.5));  // "'s-Gravenhage (gemeente)"
  // Laren's '.' in 2021 is no figure, with the reason.
  CHECK(std::isnan(value(s, kPct, "2021", "GM0417")));
  CHECK(note(s, kPct, "2021", "GM0417") == "Geheim of onbekend bij het CBS (\xE2\x80\x9E.\xE2\x80\x9D in de tabel).");
  CHECK(value(s, kPct, "2023", "GM0417") == doctest::Approx(9.9));
  // Nederland and the regions are not gemeenten; no gemeente has them.
  CHECK(std::isnan(value(s, kPct, "2021", "GM0014")));
  // The rate's denominator is the file's young people (for the funnel and the group's rate).
  const int v2021 = jv::variable_at(s, jv::find_series(s, kPct), period("2021"));
  CHECK(jv::denominator(s.bench, s.data.find_code("GM0402"), v2021) == doctest::Approx(21600.0));
  // Appingedam merged into Eemsdelta in 2021: there is no gemeente of 2021 to place it in.
  REQUIRE(l.report.problems.size() == 1);
  CHECK(l.report.problems[0].to_string() ==
        "jeugdzorg_in_natura_gemeente_85098NED.csv, rij 39, kolom 1: \xE2\x80\x9E"
        "Appingedam\xE2\x80\x9D is geen gemeente "
        "van 2025 en ook geen gemeente van 2021 die sindsdien in een gemeente van 2025 is opgegaan; deze rij is "
        "overgeslagen. Gebruik een tabel met de gemeenten van 2021 of later.");
  CHECK_FALSE(l.report.problems[0].fatal);
}

TEST_CASE(
    "statline: merged gemeenten, counts summed and a rate from numerator and denominator, or none with the reason") {
  const Loaded l = load(kJeugdzorg);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const jv::FiguresStore& s = l.store;
  // Amsterdam 2021 = Amsterdam and Weesp: 24.310 + 400 = 24.710 of 221.000 + 5.000 = 226.000.
  CHECK(value(s, kCount, "2021", "GM0363") == doctest::Approx(24710.0));
  CHECK(value(s, kYoung, "2021", "GM0363") == doctest::Approx(226000.0));
  CHECK(value(s, kPct, "2021", "GM0363") == doctest::Approx(100.0 * 24710.0 / 226000.0));
  CHECK(note(s, kPct, "2021", "GM0363") ==
        "Samengevoegd: het bestand geeft voor 2021 de gemeenten Amsterdam en Weesp apart; het percentage is "
        "herberekend uit teller en noemer (24.710 / 226.000).");
  CHECK(note(s, kCount, "2021", "GM0363") ==
        "Samengevoegd: het bestand geeft voor 2021 de gemeenten Amsterdam en Weesp apart; de aantallen zijn opgeteld.");
  // 2020: (23.320 + 368) / (220.000 + 4.900).
  CHECK(value(s, kPct, "2020", "GM0363") == doctest::Approx(100.0 * 23688.0 / 224900.0));
  // From 2022 the file has Amsterdam with Weesp in it: as given.
  CHECK(value(s, kPct, "1e halfjaar 2022", "GM0363") == doctest::Approx(9.0));
  // The jeugdhulp percentage has no numerator and denominator in the file: none.
  CHECK(std::isnan(value(s, kHulp, "2021", "GM0363")));
  CHECK(note(s, kHulp, "2021", "GM0363") ==
        "Cijfer niet beschikbaar na samenvoeging: het bestand geeft voor 2021 de gemeenten Amsterdam en Weesp apart, "
        "en een percentage is alleen opnieuw te berekenen uit teller en noemer, en die staan niet allebei in het "
        "bestand.");
  CHECK(value(s, kVerblijf, "2021", "GM0363") == doctest::Approx(1940.0));

  // Dijk en Waard (GM1980, 2022) = Heerhugowaard and Langedijk: (2.013 + 640) / (16.100 + 7.350).
  CHECK(value(s, kPct, "2021", "GM1980") == doctest::Approx(100.0 * 2653.0 / 23450.0));
  CHECK(value(s, kPct, "2020", "GM1980") == doctest::Approx(100.0 * 2619.0 / 23300.0));
  CHECK(value(s, kPct, "2023", "GM1980") == doctest::Approx(12.0));
  CHECK(value(s, kVerblijf, "2020", "GM1980") == doctest::Approx(140.0));
  // Langedijk's verblijf 2021 is secret: no sum.
  CHECK(std::isnan(value(s, kVerblijf, "2021", "GM1980")));
  CHECK(note(s, kVerblijf, "2021", "GM1980") ==
        "Cijfer niet beschikbaar na samenvoeging: het bestand geeft voor 2021 de gemeenten Heerhugowaard en "
        "Langedijk apart, en voor Langedijk ontbreekt het cijfer.");

  // Purmerend 2021 = Beemster and Purmerend; Beemster's young people are secret: the count adds up,
  // the percentage cannot be recomputed.
  CHECK(value(s, kCount, "2021", "GM0439") == doctest::Approx(2295.0));
  CHECK(std::isnan(value(s, kPct, "2021", "GM0439")));
  CHECK(note(s, kPct, "2021", "GM0439").find("niet beschikbaar na samenvoeging") != std::string::npos);
  CHECK(note(s, kPct, "2021", "GM0439") ==
        "Cijfer niet beschikbaar na samenvoeging: het bestand geeft voor 2021 de gemeenten Beemster en Purmerend "
        "apart, en voor Beemster ontbreekt de noemer (Jongeren tot 23 jaar).");
  CHECK(value(s, kPct, "2023", "GM0439") == doctest::Approx(10.1));

  // Each merge once, with its periods, in the order of the gemeenten's codes.
  CHECK(l.report.notes == std::vector<std::string>{
                              "Amsterdam (2025): voor 2020 en 2021 samengevoegd uit Amsterdam en Weesp.",
                              "Purmerend (2025): voor 2021 samengevoegd uit Beemster en Purmerend.",
                              "Dijk en Waard (2025): voor 2020 en 2021 samengevoegd uit Heerhugowaard en Langedijk.",
                          });
}

TEST_CASE("statline: a rate per 1.000 recomputed over five gemeenten, Grave among them") {
  const Loaded l = load(kJeugdhulp);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const jv::FiguresStore& s = l.store;
  const jv::Source& src = s.sources[static_cast<std::size_t>(l.source)];
  CHECK(src.publisher == "CBS");  // "Centraal Bureau voor de Statistiek, Den Haag/Heerlen ..."
  CHECK(src.table.empty());
  CHECK(src.attribution == "Bron: CBS, Jeugdhulp; gemeente, 2021-2023");
  const std::string prefix = "statline-jeugdhulp-gemeente-11112024-101530-";
  const std::string rate = prefix + "jeugdigen-met-jeugdhulp-per-1000";
  CHECK(series(s, rate).meta.unit == jv::Unit::PerThousand);
  CHECK(series(s, rate).meta.population == "0 tot 18 jaar");
  CHECK(series(s, rate).meta.care_type == "jeugdhulp");
  // Land van Cuijk 2021 = Boxmeer, Cuijk, Grave, Mill en Sint Hubert and Sint Anthonis:
  // 1.000 x (690 + 610 + 300 + 260 + 280) / (5.900 + 5.000 + 2.400 + 2.150 + 2.500) = 1.000 x 2.140 / 17.950.
  CHECK(value(s, rate, "2021", "GM1982") == doctest::Approx(1000.0 * 2140.0 / 17950.0));
  CHECK(note(s, rate, "2021", "GM1982") ==
        "Samengevoegd: het bestand geeft voor 2021 de gemeenten Boxmeer, Grave, Mill en Sint Hubert, Cuijk en Sint "
        "Anthonis apart; het cijfer per 1.000 is herberekend uit teller en noemer (2.140 / 17.950).");
  CHECK(value(s, rate, "2022", "GM1982") == doctest::Approx(122.2));
  // Maashorst 2021 = Uden and Landerd: 1.000 x 1.450 / 12.300.
  CHECK(value(s, rate, "2021", "GM1991") == doctest::Approx(1000.0 * 1450.0 / 12300.0));
  // Jeugdbescherming is a count, but Landerd's is secret.
  CHECK(value(s, prefix + "jeugdbescherming-aantal", "2021", "GM1982") == doctest::Approx(88.0));
  CHECK(std::isnan(value(s, prefix + "jeugdbescherming-aantal", "2021", "GM1991")));
  CHECK(series(s, prefix + "jeugdbescherming-aantal").meta.care_type == "jeugdbescherming");
  CHECK(series(s, prefix + "jeugdbescherming-aantal").breaks.empty());
  // A topic the app does not know keeps its name and unit, and still adds up as a count.
  const jv::Series& trajects = series(s, prefix + "jeugdhulptrajecten-aantal");
  CHECK(trajects.meta.name == "Jeugdhulptrajecten (aantal)");
  CHECK(trajects.meta.population == "zie de tabel");
  CHECK(trajects.meta.care_type == "zie de tabel");
  CHECK(value(s, prefix + "jeugdhulptrajecten-aantal", "2021", "GM1982") == doctest::Approx(2830.0));
  // 2021 is this table's first year: no break inside it.
  CHECK(series(s, rate).breaks.empty());
  CHECK(l.report.problems.empty());
}

TEST_CASE("statline: the known definitions keep like with like") {
  using Kind = jv::TopicDefinition::Kind;
  struct Case {
    const char* name;
    jv::Unit unit;
    Kind kind;
    int age;
    const char* care;
  };
  const Case cases[] = {
      {"Jongeren met jeugdzorg in natura", jv::Unit::Percent, Kind::Rate, 23,
       "jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering)"},
      {"Jongeren met jeugdzorg in natura", jv::Unit::Count, Kind::Count, 23,
       "jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering)"},
      {"Jongeren met jeugdhulp, jeugdbescherming of jeugdreclassering", jv::Unit::Percent, Kind::Rate, 23,
       "jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering)"},
      {"Jongeren met jeugdhulp", jv::Unit::Percent, Kind::Rate, 18, "jeugdhulp"},
      {"Percentage jeugdigen met jeugdhulp", jv::Unit::Percent, Kind::Rate, 18, "jeugdhulp"},
      {"Jongeren met jeugdhulp tot 23 jaar", jv::Unit::Percent, Kind::Rate, 23, "jeugdhulp"},
      {"Jeugdhulp met verblijf", jv::Unit::Count, Kind::Count, 18, "jeugdhulp met verblijf"},
      {"Jongeren met jeugdhulp zonder verblijf", jv::Unit::Percent, Kind::Rate, 18, "jeugdhulp zonder verblijf"},
      {"Jeugdbescherming", jv::Unit::Count, Kind::Count, 18, "jeugdbescherming"},
      {"Jongeren met jeugdreclassering", jv::Unit::PerThousand, Kind::Rate, 23, "jeugdreclassering"},
      {"Jeugdigen met jeugdhulp per 1 000 jongeren", jv::Unit::PerThousand, Kind::Rate, 18, "jeugdhulp"},
      {"Jongeren tot 23 jaar", jv::Unit::Count, Kind::Population, 23, ""},
      {"Jeugdigen 0 tot 18 jaar", jv::Unit::Count, Kind::Population, 18, ""},
      {"Jeugdhulptrajecten", jv::Unit::Count, Kind::Other, 0, "zie de tabel"},
      {"Kosten jeugdhulp", jv::Unit::Euro, Kind::Other, 0, "zie de tabel"},
      {"Nieuwe jongeren met jeugdhulp", jv::Unit::Count, Kind::Other, 0, "zie de tabel"},
      {"Jongeren met jeugdhulp", jv::Unit::Days, Kind::Other, 0, "zie de tabel"},
      {"Jongeren", jv::Unit::Count, Kind::Other, 0, "zie de tabel"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const jv::TopicDefinition d = jv::classify_topic(c.name, c.unit);
    CHECK(d.kind == c.kind);
    CHECK(d.age == c.age);
    CHECK(d.care_type == c.care);
  }
  CHECK(jv::classify_topic("Jongeren met jeugdreclassering", jv::Unit::Count).population == "12 tot 23 jaar");
  CHECK(jv::classify_topic("Jongeren met jeugdhulp", jv::Unit::Percent).cbs_2021);
  CHECK_FALSE(jv::classify_topic("Jeugdbescherming", jv::Unit::Count).cbs_2021);

  const Loaded l = load(kJeugdzorg);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const jv::FiguresStore& s = l.store;
  const jv::IndicatorMeta& kwb = series(s, "jeugdzorg-tot-23").meta;
  // KWB's jeugdzorg < 23 is the StatLine jeugdzorg in natura percentage, never the jeugdhulp (< 18) one.
  CHECK(jv::same_definition(kwb, series(s, kPct).meta));
  CHECK_FALSE(jv::same_definition(kwb, series(s, kHulp).meta));
  CHECK_FALSE(jv::same_definition(series(s, kCount).meta, series(s, kPct).meta));  // a count is not a rate
  // Two topics only their tables define are never one indicator, even with the same words.
  jv::IndicatorMeta unknown = series(s, kHulp).meta;
  unknown.population = jv::kSeeTheTable;
  unknown.care_type = jv::kSeeTheTable;
  CHECK_FALSE(jv::same_definition(unknown, unknown));

  // Own figures meet the benchmark of their own definition and period.
  jv::OwnData own;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(
      "eigen.csv",
      bytes_of("gemeente;indicator;periode;waarde\nHilversum;Jeugdigen met jeugdhulp;2021;12,3\n"
               "Hilversum;Jongeren met jeugdzorg;2021;11,2\nHilversum;Jongeren met jeugdzorg;2019;10,1\n"),
      {}, s.data, own, r));
  const jv::Comparability hulp = jv::check_comparability(*own.indicator("jeugdhulp_pct"), period("2021"), s.data);
  CHECK(hulp.comparable);
  CHECK(hulp.variable == jv::variable_at(s, jv::find_series(s, kHulp), period("2021")));
  // jeugdzorg < 23 in 2021: the StatLine column of 2021, not KWB's of 2020 that comes first.
  const jv::Comparability zorg = jv::check_comparability(*own.indicator("jeugdzorg_tot23"), period("2021"), s.data);
  CHECK(zorg.comparable);
  CHECK(zorg.variable == jv::variable_at(s, jv::find_series(s, kPct), period("2021")));
  const jv::Comparability early = jv::check_comparability(*own.indicator("jeugdzorg_tot23"), period("2019"), s.data);
  CHECK_FALSE(early.comparable);
  CHECK(early.reason ==
        "Zelfde definitie als de benchmark, maar een andere periode: uw cijfer gaat over 2019, de benchmark over "
        "2020, 2021, 2022-H1 en 2023. Cijfers van verschillende perioden staan niet als \xC3\xA9\xC3\xA9n indicator "
        "naast elkaar.");
}

TEST_CASE("statline: a saved benchmark file restores the same source and series") {
  for (const char* file : {kJeugdzorg, kJeugdhulp}) {
    CAPTURE(file);
    const Loaded l = load(file);
    REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
    const std::string saved = jv::save_benchmark_source(l.store, l.source);
    REQUIRE(saved.rfind("Jeugdvergelijker benchmarkbron;1\n", 0) == 0);
    CHECK(jv::is_benchmark_file(bytes_of(saved)));
    CHECK(saved.size() < 40000u);  // small enough for an e-mail
    jv::FiguresStore fresh = base_store();
    jv::ReadReport report;
    const int restored = jv::add_benchmark_source(fresh, "bewaard.csv", bytes_of(saved), report);
    REQUIRE_MESSAGE(restored >= 0, (report.problems.empty() ? "" : report.problems[0].to_string()));
    CHECK(report.format == "benchmarkbestand van Jeugdvergelijker");
    const jv::Source& a = l.store.sources[static_cast<std::size_t>(l.source)];
    const jv::Source& b = fresh.sources[static_cast<std::size_t>(restored)];
    CHECK(a.id == b.id);
    CHECK(a.publisher == b.publisher);
    CHECK(a.title == b.title);
    CHECK(a.table == b.table);
    CHECK(a.licence == b.licence);
    CHECK(a.attribution == b.attribution);
    CHECK(a.reached == b.reached);
    CHECK(a.file_name == b.file_name);
    CHECK(a.caveat == b.caveat);
    CHECK(b.kind == jv::SourceKind::UserBenchmark);
    std::size_t compared = 0, notes = 0;
    for (const jv::Series& x : l.store.series) {
      if (x.source != l.source) continue;
      CAPTURE(x.id);
      const jv::Series& y = series(fresh, x.id);
      CHECK(y.source == restored);
      CHECK(y.meta.name == x.meta.name);
      CHECK(y.meta.unit == x.meta.unit);
      CHECK(y.meta.direction == x.meta.direction);
      CHECK(y.meta.role == x.meta.role);
      CHECK(y.meta.population == x.meta.population);
      CHECK(y.meta.care_type == x.meta.care_type);
      CHECK(y.meta.definition == x.meta.definition);
      CHECK(y.meta.numerator == x.meta.numerator);
      CHECK(y.meta.denominator == x.meta.denominator);
      CHECK(y.meta.source == x.meta.source);
      CHECK(y.meta.merge_weight == x.meta.merge_weight);
      CHECK(y.meta.size_dependent == x.meta.size_dependent);
      CHECK(y.meta.caveat == x.meta.caveat);
      CHECK(y.meta.period == x.meta.period);
      REQUIRE(y.periods == x.periods);
      REQUIRE(y.breaks.size() == x.breaks.size());
      for (std::size_t i = 0; i < x.breaks.size(); ++i) {
        CHECK(y.breaks[i].period == x.breaks[i].period);
        CHECK(y.breaks[i].why == x.breaks[i].why);
      }
      for (std::size_t i = 0; i < x.periods.size(); ++i) {
        const int vx = x.variables[i], vy = y.variables[i];
        const jv::IndicatorMeta& mx = l.store.data.variables[static_cast<std::size_t>(vx)];
        const jv::IndicatorMeta& my = fresh.data.variables[static_cast<std::size_t>(vy)];
        CHECK(mx.status == my.status);
        CHECK(mx.period == my.period);
        CHECK(mx.id == my.id);
        const std::vector<double>& dx = l.store.data.denominators[static_cast<std::size_t>(vx)];
        const std::vector<double>& dy = fresh.data.denominators[static_cast<std::size_t>(vy)];
        CHECK(dx.empty() == dy.empty());
        for (std::size_t g = 0; g < l.store.data.gemeenten.size(); ++g) {
          const double p = l.store.data.value(static_cast<int>(g), vx), q = fresh.data.value(static_cast<int>(g), vy);
          CHECK(((std::isnan(p) && std::isnan(q)) || p == q));
          if (!dx.empty()) CHECK(((std::isnan(dx[g]) && std::isnan(dy[g])) || dx[g] == dy[g]));
          const auto nx = l.store.notes.find({vx, static_cast<int>(g)});
          const auto ny = fresh.notes.find({vy, static_cast<int>(g)});
          CHECK((nx == l.store.notes.end()) == (ny == fresh.notes.end()));
          if (nx != l.store.notes.end() && ny != fresh.notes.end()) {
            CHECK(nx->second == ny->second);
            ++notes;
          }
          ++compared;
        }
      }
    }
    CHECK(compared > 0);
    CHECK(notes > 0);
    // Saved again, it is the same file.
    CHECK(jv::save_benchmark_source(fresh, restored) == saved);
    // The own-data reader knows it is not own figures.
    jv::OwnData own;
    CHECK_FALSE(jv::read_own_data("bewaard.csv", bytes_of(saved), {}, fresh.data, own, report));
    CHECK(report.problems.back().to_string() ==
          "bewaard.csv: Dit is een benchmarkbestand van Jeugdvergelijker (een bewaarde bron), geen bestand met eigen "
          "cijfers. Laad het met \"Gebruik als benchmark\" of op de opdrachtregel met --bron.");
  }
}

TEST_CASE("statline: bad files are refused with the reason, and the store stays as it was") {
  auto refused = [](const std::string& file, const std::vector<std::uint8_t>& bytes) {
    jv::FiguresStore s = base_store();
    jv::ReadReport report;
    CHECK(jv::add_benchmark_source(s, file, bytes, report) == -1);
    CHECK(s.series.size() == base_store().series.size());
    CHECK(s.sources.size() == base_store().sources.size());
    CHECK(s.data.variables.size() == base_store().data.variables.size());
    REQUIRE_FALSE(report.problems.empty());
    CHECK(report.problems.back().fatal);
    return report.problems.back().to_string();
  };
  CHECK(refused("leeg.csv", {}) ==
        "leeg.csv: Het bestand is leeg. Kies het bestand met uw cijfers, of download het sjabloon en vul dat in.");
  CHECK(refused("eigen.csv", bytes_of("gemeente;indicator;periode;waarde\nHilversum;Thuiszitters;2023;1,1\n")) ==
        "eigen.csv: Dit is geen CBS StatLine-export: er is geen kolom Regio's naast een kolom Perioden. "
        "Download de tabel in StatLine als CSV met de regio's en perioden in de rijen, of laad dit bestand als eigen "
        "cijfers.");
  CHECK(refused("alleen_regios.csv", fixture("statline/alleen_regios.csv")) ==
        "alleen_regios.csv: In dit bestand staan geen gemeenten, alleen Nederland of andere regio's (provincies, "
        "landsdelen). Kies in StatLine bij Regio's de gemeenten.");

  const Loaded l = load(kJeugdzorg);
  REQUIRE(l.source >= 0);
  const std::string saved = jv::save_benchmark_source(l.store, l.source);
  const std::string magic = "Jeugdvergelijker benchmarkbron;1\n";
  const std::string after_magic = saved.substr(magic.size());
  CHECK(
      refused("b.csv", bytes_of(magic + "onzin;1\n")) ==
      "b.csv: Dit benchmarkbestand is beschadigd: regel 2: onbekend soort regel \xE2\x80\x9Eonzin\xE2\x80\x9D. Bewaar "
      "het opnieuw vanuit Jeugdvergelijker.");
  CHECK(refused("b.csv", bytes_of(magic + "gemeenten;GM0402\n")) ==
        "b.csv: Dit benchmarkbestand is beschadigd: regel 2: geen regel bron. Bewaar het opnieuw vanuit "
        "Jeugdvergelijker.");
  CHECK(refused("b.csv", bytes_of(magic + "gemeenten;GM0402\nperiode;x;2021;2021;definitief;1\n")) ==
        "b.csv: Dit benchmarkbestand is beschadigd: regel 3: de reeks \xE2\x80\x9Ex\xE2\x80\x9D staat er niet in. "
        "Bewaar het opnieuw vanuit Jeugdvergelijker.");
  // A saved file never takes the place of a source that is built in.
  std::string builtin = saved;
  builtin.replace(builtin.find("bron;statline:"),
                  std::string("bron;statline:jeugdzorg_in_natura_gemeente_85098NED.csv").size(), "bron;kwb-2021");
  CHECK(refused("b.csv", bytes_of(builtin)) ==
        "b.csv: Dit benchmarkbestand is beschadigd: regel 2: de bron \xE2\x80\x9Ekwb-2021\xE2\x80\x9D is geen geladen "
        "benchmark. Bewaar het opnieuw vanuit Jeugdvergelijker.");
  const std::size_t first_period = saved.find("\nperiode;") + 1;
  const std::string twice = saved.substr(0, first_period) +
                            saved.substr(first_period, saved.find('\n', first_period) - first_period + 1) +
                            saved.substr(first_period);
  CHECK(refused("b.csv", bytes_of(twice)) ==
        "b.csv: Dit benchmarkbestand is beschadigd: regel 6: de periode \xE2\x80\x9E"
        "2020\xE2\x80\x9D staat er twee keer "
        "in. Bewaar het opnieuw vanuit Jeugdvergelijker.");
  // A value cut off in an e-mail: one field short.
  std::string cut = saved;
  const std::size_t line = cut.find("\nperiode;");
  REQUIRE(line != std::string::npos);
  const std::size_t end = cut.find('\n', line + 1);
  cut.erase(cut.rfind(';', end), end - cut.rfind(';', end));
  // Seven gemeenten have figures: Amsterdam, Hilversum, Laren, Purmerend, Utrecht, 's-Gravenhage, Dijk en Waard.
  CHECK(refused("b.csv", bytes_of(cut)) ==
        "b.csv: Dit benchmarkbestand is beschadigd: regel 5: er staan 6 waarden, de regel gemeenten heeft er 7. "
        "Bewaar het opnieuw vanuit Jeugdvergelijker.");
  std::string word = saved;
  const std::size_t eleven = word.find(";11;");
  REQUIRE(eleven != std::string::npos);
  word.replace(eleven, 4, ";elf;");
  CHECK(refused("b.csv", bytes_of(word))
            .find("\xE2\x80\x9E"
                  "elf\xE2\x80\x9D is geen getal") != std::string::npos);
}

TEST_CASE("statline: loading a file again replaces its source, and a source can be taken out") {
  Loaded l = load(kJeugdzorg);
  REQUIRE(l.source >= 0);
  const std::size_t series_count = l.store.series.size(), columns = l.store.data.variables.size();
  jv::ReadReport report;
  const int again =
      jv::add_benchmark_source(l.store, kJeugdzorg, fixture(std::string("statline/") + kJeugdzorg), report);
  CHECK(again == l.source);
  CHECK(l.store.series.size() == series_count);
  CHECK(l.store.data.variables.size() == columns);
  CHECK(jv::find_series(l.store, kPct) >= 0);
  // A second table beside it, then the first out: the second keeps its figures and notes.
  const int other =
      jv::add_benchmark_source(l.store, kJeugdhulp, fixture(std::string("statline/") + kJeugdhulp), report);
  REQUIRE(other == l.source + 1);
  const std::string rate = "statline-jeugdhulp-gemeente-11112024-101530-jeugdigen-met-jeugdhulp-per-1000";
  const double lvc = value(l.store, rate, "2021", "GM1982");
  const std::string lvc_note = note(l.store, rate, "2021", "GM1982");
  REQUIRE(jv::remove_source(l.store, l.source));
  CHECK(l.store.sources.size() == base_store().sources.size() + 1);
  CHECK(jv::find_series(l.store, kPct) == -1);
  CHECK(value(l.store, rate, "2021", "GM1982") == lvc);
  CHECK(note(l.store, rate, "2021", "GM1982") == lvc_note);
  CHECK(series(l.store, rate).source == l.source);
  // Every column still belongs to its series and the KWB and Iv3 figures are where they were.
  CHECK(value(l.store, "iv3-jeugd-lasten-jaarrekening", "2023", "GM0402") == doctest::Approx(29030.0));
  CHECK(l.store.bench.data == &l.store.data);
  CHECK_FALSE(jv::remove_source(l.store, 99));
}

TEST_CASE("statline: sources added, replaced and taken out leave the benchmark made from scratch") {
  jv::FiguresStore store = base_store();
  const std::size_t models = store.bench.models.size();
  jv::ReadReport report;
  const int first = jv::add_benchmark_source(store, kJeugdzorg, fixture(std::string("statline/") + kJeugdzorg), report);
  REQUIRE(first >= 0);
  CHECK(store.bench.models.size() > models);
  jv_test::check_same_benchmark(store.bench, jv::make_benchmark(store.data));
  const int second =
      jv::add_benchmark_source(store, kJeugdhulp, fixture(std::string("statline/") + kJeugdhulp), report);
  REQUIRE(second == first + 1);
  jv_test::check_same_benchmark(store.bench, jv::make_benchmark(store.data));
  // The first again replaces it: taken out from before the second, then added after it.
  CHECK(jv::add_benchmark_source(store, kJeugdzorg, fixture(std::string("statline/") + kJeugdzorg), report) == second);
  jv_test::check_same_benchmark(store.bench, jv::make_benchmark(store.data));
  // A region's own file as a group, then every source out again.
  const std::string text = "Gemeente;Wachttijd 2025 (weken)\nArnhem;14\nDuiven;11\nRenkum;8\nRheden;12\n";
  jv::OwnData own;
  REQUIRE(jv::read_own_data("regio.csv", bytes_of(text), {}, store.data, own, report));
  REQUIRE(jv::add_own_series(store, own, jv::own_disclosure(own)) == 1);
  jv_test::check_same_benchmark(store.bench, jv::make_benchmark(store.data));
  while (store.sources.size() > base_store().sources.size()) {
    REQUIRE(jv::remove_source(store, static_cast<int>(base_store().sources.size())));
    jv_test::check_same_benchmark(store.bench, jv::make_benchmark(store.data));
  }
  CHECK(store.bench.models.size() == models);
}

// A partial download of 85098NED "Indicatoren jeugdzorg in natura; gemeenten" as StatLine writes
// it: a unit line "% (zie toelichting)", CBS's abbreviated topic names, seven gemeenten and
// Hilversum beside Nederland, landsdelen and provincies, one half year marked "**".
constexpr const char* kPartial = "indicatoren_jeugdzorg_85098NED_deel.csv";

TEST_CASE("statline: a partial 85098NED download is read with its units, statuses and regions") {
  jv::OwnData own;
  jv::ReadReport r;
  REQUIRE(jv::read_own_data(kPartial, fixture(std::string("statline/") + kPartial), {}, base_store().data, own, r));
  CHECK(r.format == "CBS StatLine");
  CHECK(r.title == "Indicatoren jeugdzorg in natura; gemeenten");
  // The unit line is no row of figures, and the five region rows are skipped without a word.
  CHECK(r.problems.empty());
  CHECK(r.rows_read == 12);
  CHECK(r.rows_skipped == 4);
  REQUIRE(r.columns.size() == 5);
  // CBS's abbreviations read as what they abbreviate; every column a percentage.
  CHECK(r.columns[0].header == "Jongeren met jeugdhulp in natura");
  CHECK(r.columns[1].header == "Jongeren met jeugdhulp met verblijf in natura");
  CHECK(r.columns[3].header == "Jeugdbescherming en jeugdhulp met verblijf in natura");
  for (const jv::ReadColumn& c : r.columns) {
    CAPTURE(c.header);
    CHECK(c.unit == "% (zie toelichting)");
    const jv::OwnIndicator* ind = own.indicator(c.indicator);
    REQUIRE(ind != nullptr);
    CHECK(ind->meta.unit == jv::Unit::Percent);
  }
  CHECK(r.columns[1].indicator != r.columns[3].indicator);
  int seen = 0;
  for (const jv::OwnValue& v : own.values) {
    if (v.gemeente == "GM0358" && v.indicator == r.columns[0].indicator) {
      ++seen;
      CHECK(v.value == doctest::Approx(9.2));
      CHECK(v.period.label() == "2022-H1");
      CHECK(v.status == jv::Status::Provisional);
      // Aalsmeer's 9,2 % is shown, not hidden as a small count.
      CHECK(jv::format_own_cell(own.indicator(v.indicator)->meta, v.value, jv::Hidden::No) == "9,2 %");
    }
    if (v.gemeente == "GM0437" && v.indicator == r.columns[3].indicator) {  // Ouder-Amstel: "x"
      ++seen;
      CHECK(std::isnan(v.value));
      CHECK(v.status == jv::Status::Suppressed);
    }
  }
  CHECK(seen == 2);
}

TEST_CASE("statline: the partial 85098NED download as a benchmark: known topics, and the rest its own") {
  const Loaded l = load(kPartial);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const jv::FiguresStore& s = l.store;
  const std::string prefix = "statline-85098ned-";
  const jv::Series& hulp = series(s, prefix + "jongeren-met-jeugdhulp-in-natura-pct");
  CHECK(hulp.meta.unit == jv::Unit::Percent);
  CHECK(hulp.meta.care_type == "jeugdhulp");
  CHECK(hulp.meta.population == "0 tot 18 jaar");
  CHECK(value(s, prefix + "jongeren-met-jeugdhulp-in-natura-pct", "2022-H1", "GM0358") == doctest::Approx(9.2));
  // The share with verblijf is a share of the young people with jeugdhulp (CBS's "zie toelichting"),
  // not of all young people: not the known "jeugdhulp met verblijf", but its own topic.
  const jv::Series& verblijf = series(s, prefix + "jongeren-met-jeugdhulp-met-verblijf-in-natura-pct");
  CHECK(verblijf.meta.unit == jv::Unit::Percent);
  CHECK(verblijf.meta.care_type == "zie de tabel");
  CHECK(verblijf.meta.role == jv::Role::Context);
  const jv::Series& both = series(s, prefix + "jeugdbescherming-en-jeugdhulp-met-verblijf-in-natura-pct");
  CHECK(both.meta.care_type == "zie de tabel");
  CHECK_FALSE(jv::same_definition(both.meta, verblijf.meta));
  CHECK(std::isnan(value(s, prefix + "jeugdbescherming-en-jeugdhulp-met-verblijf-in-natura-pct", "2022-H1", "GM0437")));
  const jv::Series& jb = series(s, prefix + "jongeren-met-jeugdbescherming-pct");
  CHECK(jb.meta.care_type == "jeugdbescherming");
  const jv::Series& jr = series(s, prefix + "jongeren-met-jeugdreclassering-pct");
  CHECK(jr.meta.population == "12 tot 23 jaar");
  REQUIRE(hulp.variables.size() == 1);
  CHECK(s.data.variables[static_cast<std::size_t>(hulp.variables[0])].status == jv::Status::Provisional);
}

TEST_CASE("statline: CBS's abbreviated topic names are the topics they abbreviate, or their own") {
  using Kind = jv::TopicDefinition::Kind;
  CHECK(jv::expand_cbs_abbreviations("Jongeren met jeugdh. met verbl. in nat.") ==
        "Jongeren met jeugdhulp met verblijf in natura");
  CHECK(jv::expand_cbs_abbreviations("Jeugdbesch. en jeugdh. met verbl. in nat") ==
        "Jeugdbescherming en jeugdhulp met verblijf in natura");
  CHECK(jv::expand_cbs_abbreviations("Jongeren met jeugdrecl.") == "Jongeren met jeugdreclassering");
  CHECK(jv::expand_cbs_abbreviations("Nationaliteit") == "Nationaliteit");  // no word cut off
  // Counted, the abbreviated topic is the known jeugdhulp met verblijf.
  const jv::TopicDefinition count = jv::classify_topic("Jongeren met jeugdh. met verbl. in nat.", jv::Unit::Count);
  CHECK(count.kind == Kind::Count);
  CHECK(count.care_type == "jeugdhulp met verblijf");
  // Jeugdbescherming and jeugdhulp with verblijf together is not jeugdhulp met verblijf.
  for (const jv::Unit unit : {jv::Unit::Count, jv::Unit::Percent}) {
    const jv::TopicDefinition d = jv::classify_topic("Jeugdbesch. en jeugdh. met verbl. in nat", unit);
    CHECK(d.kind == Kind::Other);
    CHECK(d.care_type == "zie de tabel");
  }
  // 85098NED's percentage with verblijf is of the young people with jeugdhulp (Groningen 2022: 9,5
  // beside 15,4 % with jeugdhulp): its own topic, never the population rate.
  CHECK(jv::classify_topic("Jongeren met jeugdh. met verbl. in nat.", jv::Unit::Percent).kind == Kind::Other);
  CHECK(jv::classify_topic("Jongeren met jeugdhulp in natura", jv::Unit::Percent).kind == Kind::Rate);
}

// The same table as CBS's OData service gives it (cbsodataR's cbs_get_data with statcode and
// statnaam added; Groningen, Almere, Veendam, Ameland and Heerenveen 2022 as in cbsodataR's maps
// vignette): region and period codes, topic keys.
TEST_CASE("statline: the OData form with region codes, period codes and topic keys") {
  jv::OwnData own;
  jv::ReadReport r;
  const char* file = "odata_85098NED_cbsodataR.csv";
  REQUIRE(jv::read_own_data(file, fixture(std::string("statline/") + file), {}, base_store().data, own, r));
  CHECK(r.format == "CBS StatLine");
  CHECK(r.problems.empty());
  REQUIRE(r.columns.size() == 5);
  CHECK(r.columns[0].header == "Jongeren met jeugdhulp in natura");
  CHECK(r.columns[0].unit == "%");
  CHECK(r.columns[3].header == "Jeugdbescherming en jeugdhulp met verblijf in natura");
  CHECK(r.gemeenten == std::vector<std::string>{"GM0014", "GM0034", "GM0047", "GM0060", "GM0074", "NL"});
  CHECK(r.periods == std::vector<std::string>{"2022", "2022-H1"});

  const Loaded l = load(file);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const std::string hulp = "statline-85098ned-jongeren-met-jeugdhulp-in-natura-pct";
  CHECK(value(l.store, hulp, "2022", "GM0014") == doctest::Approx(15.4));
  CHECK(value(l.store, hulp, "2022-H1", "GM0014") == doctest::Approx(11.8));
  CHECK(value(l.store, hulp, "2022", "GM0060") == doctest::Approx(7.9));
  // Ameland has no figure with verblijf: empty is missing, never 0.
  CHECK(std::isnan(
      value(l.store, "statline-85098ned-jongeren-met-jeugdhulp-met-verblijf-in-natura-pct", "2022", "GM0060")));
  CHECK(value(l.store, "statline-85098ned-jongeren-met-jeugdreclassering-pct", "2022", "GM0034") ==
        doctest::Approx(0.5));
}

TEST_CASE("statline: the OData form of the Kerncijfers: a count, a percentage and a key it does not know") {
  const char* file = "odata_kwb_jeugdzorg.csv";
  const Loaded l = load(file);
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  // The key it does not know is asked about once, for its column, not guessed as a count.
  REQUIRE(l.report.problems.size() == 1);
  CHECK(l.report.problems[0].to_string() ==
        "odata_kwb_jeugdzorg.csv, rij 1, kolom 7: De kolom \xE2\x80\x9EWmoClienten_93\xE2\x80\x9D is een "
        "CBS-onderwerp dat Jeugdvergelijker niet kent: de eenheid en de definitie zijn onbekend, dus de kolom is "
        "overgeslagen. Download de tabel in StatLine als CSV (dan staan de namen en eenheden erbij), of zet de "
        "eenheid in de kolomkop, zoals \xE2\x80\x9EWmoClienten_93 (aantal)\xE2\x80\x9D.");
  const jv::FiguresStore& s = l.store;
  const jv::Series& count = series(s, "statline-odata-kwb-jeugdzorg-jongeren-met-jeugdzorg-in-natura-aantal");
  CHECK(count.meta.unit == jv::Unit::Count);
  CHECK(count.meta.population == "0 tot 23 jaar");
  const jv::Series& pct = series(s, "statline-odata-kwb-jeugdzorg-percentage-jongeren-met-jeugdzorg-pct");
  CHECK(pct.meta.unit == jv::Unit::Percent);
  CHECK(jv::same_definition(pct.meta, series(s, "jeugdzorg-tot-23").meta));
  // Amsterdam 2021 is Amsterdam and Weesp (GM0457, a code of 2021): 24.310 + 400.
  CHECK(value(s, "statline-odata-kwb-jeugdzorg-jongeren-met-jeugdzorg-in-natura-aantal", "2021", "GM0363") ==
        doctest::Approx(24710));
  CHECK(value(s, "statline-odata-kwb-jeugdzorg-jongeren-met-jeugdzorg-in-natura-aantal", "2021", "GM0402") ==
        doctest::Approx(2420));
  // "NA" (R's missing) is missing, never 0.
  CHECK(std::isnan(value(s, "statline-odata-kwb-jeugdzorg-percentage-jongeren-met-jeugdzorg-pct", "2021", "GM0358")));
}

// Item 11 of issue 19: Heerhugowaard and Langedijk, Brielle, Hellevoetsluis and Westvoorne apart in
// percentages only: Dijk en Waard and Voorne aan Zee get no figure, each with the reason, and the
// report does not say they were merged.
TEST_CASE("statline: predecessors apart in percentages only: no figure, the reason, and no word of a merge") {
  const Loaded l = load("jeugdhulp_samengevoegd_2020_2021.csv");
  REQUIRE_MESSAGE(l.source >= 0, l.first_problem());
  const std::string id = "statline-jeugdhulp-samengevoegd-2020-2021-jongeren-met-jeugdhulp-pct";
  CHECK(std::isnan(value(l.store, id, "2020", "GM1992")));
  CHECK(note(l.store, id, "2020", "GM1992") ==
        "Cijfer niet beschikbaar na samenvoeging: het bestand geeft voor 2020 de gemeenten Brielle, Hellevoetsluis "
        "en Westvoorne apart, en een percentage is alleen opnieuw te berekenen uit teller en noemer, en die staan "
        "niet allebei in het bestand.");
  CHECK(value(l.store, id, "2021", "GM0402") == doctest::Approx(12.3));
  CHECK(
      l.report.notes ==
      std::vector<std::string>{
          "Dijk en Waard (2025): voor 2020 en 2021 staan Heerhugowaard en Langedijk apart in het bestand, en daaruit "
          "is geen cijfer voor Dijk en Waard te maken; de reden staat bij elk cijfer.",
          "Voorne aan Zee (2025): voor 2020 en 2021 staan Brielle, Hellevoetsluis en Westvoorne apart in het bestand, "
          "en daaruit is geen cijfer voor Voorne aan Zee te maken; de reden staat bij elk cijfer.",
      });
}
