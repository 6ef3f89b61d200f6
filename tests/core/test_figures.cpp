// The figures store on the real data: KWB 2021 and CBS Iv3 youth-care spending, checked against the
// spot values in ../shared/data/cbs-iv3/README.md and sums worked out from the source files.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/figures.h"
#include "core/format.h"
#include "core/scale.h"
#include "data/embedded_data.h"

namespace {

const jv::FiguresStore& store() {
  static const jv::FiguresStore s = [] {
    jv::FiguresStore out;
    jv::LoadError e;
    REQUIRE_MESSAGE(jv::load_store(jv::embedded_data_files(), out, e), e.to_string());
    return out;
  }();
  return s;
}

double value(const jv::FiguresStore& s, const char* series, int year, const char* code) {
  const int i = jv::find_series(s, series);
  REQUIRE_MESSAGE(i >= 0, series);
  jv::Period p;
  p.year = year;
  const int v = jv::variable_at(s, i, p);
  REQUIRE_MESSAGE(v >= 0, series << " " << year);
  return s.data.value(s.data.find_code(code), v);
}

}  // namespace

TEST_CASE("figures: ids read as words and find their series by id, old id or name") {
  CHECK(jv::series_id("jeugdzorg_tot23") == "jeugdzorg-tot-23");
  CHECK(jv::series_id("bijstand_per_1000") == "bijstand-per-1000");
  CHECK(jv::series_id("jeugd_0_14") == "jeugd-0-14");
  const jv::FiguresStore& s = store();
  const int a = jv::find_series(s, "jeugdzorg-tot-23");
  REQUIRE(a >= 0);
  CHECK(jv::find_series(s, "jeugdzorg_tot23") == a);
  CHECK(jv::find_series(s, "Jongeren met jeugdzorg (tot 23 jaar)") == a);
  CHECK(jv::find_series(s, "bestaat niet") == -1);
  CHECK(s.sources[static_cast<std::size_t>(s.series[static_cast<std::size_t>(a)].source)].id == "kwb-2021");
}

TEST_CASE("figures: Hilversum's Iv3 youth-care lasten, jaarrekening 2023: 29.030 x EUR 1.000, EUR 311 per inhabitant") {
  const jv::FiguresStore& s = store();
  // 4.987 + 10.812 + 2.292 + 0 + 1.000 + 1.221 + 3.694 + 97 + 2.148 + 423 + 2.089 + 267 (6.72a-6.82b).
  CHECK(value(s, "iv3-jeugd-lasten-jaarrekening", 2023, "GM0402") == doctest::Approx(29030.0));
  const double per_inhabitant = value(s, "iv3-jeugd-lasten-per-inwoner-jaarrekening", 2023, "GM0402");
  CHECK(per_inhabitant == doctest::Approx(29030000.0 / 93345.0));
  const int series = jv::find_series(s, "iv3-jeugd-lasten-per-inwoner-jaarrekening");
  const jv::IndicatorMeta& m = s.series[static_cast<std::size_t>(series)].meta;
  CHECK(jv::format_value(m, per_inhabitant) == "\xE2\x82\xAC 311");
  // The budget for 2024 is another series, never one line with the realisation.
  CHECK(value(s, "iv3-jeugd-lasten-begroting", 2024, "GM0402") == doctest::Approx(26981.0));
  CHECK(jv::find_series(s, "iv3-jeugd-lasten-per-inwoner-jaarrekening") !=
        jv::find_series(s, "iv3-jeugd-lasten-per-inwoner-begroting"));

  // Nederland as a whole: all lasten over the inhabitants of the gemeenten that booked them,
  // 6.277.780 x EUR 1.000 / (17.811.291 - 60.052). The README's EUR 352 also divides by
  // Vijfheerenlanden's inhabitants, who have no figure (nothing booked on the youth taakvelden).
  const int hilversum = s.data.find_code("GM0402");
  const int v = jv::latest_variable(s, series);
  const jv::Comparison nl =
      jv::compare(s.bench, hilversum, v, jv::make_group(s.bench, hilversum, jv::GroupKind::Nederland));
  CHECK(nl.members == 341);
  CHECK(nl.weighted_mean == doctest::Approx(6277780000.0 / (17811291.0 - 60052.0)));
  CHECK(jv::format_value(m, nl.weighted_mean) == "\xE2\x82\xAC 354");
  // Spending has no better or worse: judged against the middle half, never "gunstiger".
  CHECK(nl.reference == jv::Reference::GroupMedian);
  // A total grows with the gemeente: no verdict.
  const int total = jv::latest_variable(s, jv::find_series(s, "iv3-jeugd-lasten-jaarrekening"));
  CHECK(jv::compare(s.bench, hilversum, total, jv::make_group(s.bench, hilversum, jv::GroupKind::Nederland)).verdict ==
        jv::Verdict::Unknown);
}

TEST_CASE("figures: the 2025 Iv3 structure is a break in the budget series, with its own taakvelden") {
  const jv::FiguresStore& s = store();
  const int series = jv::find_series(s, "iv3-jeugd-lasten-per-inwoner-begroting");
  REQUIRE(series >= 0);
  const jv::Series& b = s.series[static_cast<std::size_t>(series)];
  REQUIRE(b.periods.size() == 3);
  CHECK(b.periods[0].year == 2023);
  CHECK(b.periods[2].year == 2025);
  REQUIRE(b.breaks.size() == 1);
  CHECK(b.breaks[0].period.year == 2025);
  CHECK(jv::break_at(b, b.periods[2]) != nullptr);
  CHECK(jv::break_at(b, b.periods[1]) == nullptr);
  // Hilversum's 2025 budget: 6.22 + 6.751-753 + 6.761-763 + 6.792 + 6.821/822 + 6.92 =
  // 2.684 + 1.395 + 16.761 + 0 + 2.125 + 5.625 + 2.182 + 785 + 1.790 + 0 + 2.214 = 35.561.
  CHECK(value(s, "iv3-jeugd-lasten-begroting", 2025, "GM0402") == doctest::Approx(35561.0));
  // Taakvelden that exist in one structure only have only those years.
  const jv::Series& ggz =
      s.series[static_cast<std::size_t>(jv::find_series(s, "iv3-jeugd-ggz-crisis-gesloten-per-inwoner-begroting"))];
  CHECK(ggz.periods.size() == 2);
  const jv::Series& pgb = s.series[static_cast<std::size_t>(jv::find_series(s, "iv3-jeugd-pgb-per-inwoner-begroting"))];
  CHECK(pgb.periods.size() == 1);
  CHECK(jv::find_series(s, "iv3-jeugd-pgb-per-inwoner-jaarrekening") == -1);  // no 2025 jaarrekening yet
}

TEST_CASE("figures: Teylingen's negative jeugdbescherming/-reclassering 2023 is shown as it is, with a note") {
  const jv::FiguresStore& s = store();
  const int series = jv::find_series(s, "iv3-jeugdbescherming-jeugdreclassering-per-inwoner-jaarrekening");
  REQUIRE(series >= 0);
  const int v = jv::latest_variable(s, series);
  const int teylingen = s.data.find_code("GM1525");
  // -892 + 65 = -827 x EUR 1.000 over 38.510 inhabitants.
  CHECK(s.data.value(teylingen, v) == doctest::Approx(-827000.0 / 38510.0));
  const auto note = s.notes.find({v, teylingen});
  REQUIRE(note != s.notes.end());
  CHECK(note->second.find("Negatief bedrag (\xE2\x88\x92"
                          "827") == 0);
}

TEST_CASE(
    "figures: every 2025 gemeente has Iv3 figures, merged ones included, and per young person uses the estimate") {
  const jv::FiguresStore& s = store();
  const int series = jv::find_series(s, "iv3-jeugd-lasten-per-jeugdige-begroting");
  REQUIRE(series >= 0);
  // All 342, but those that booked nothing on the youth taakvelden that year (4, 1 and 4; see
  // "missing is never zero" below).
  const std::size_t expected[] = {342 - 4, 342 - 1, 342 - 4};
  REQUIRE(s.series[static_cast<std::size_t>(series)].periods.size() == 3);
  std::size_t i = 0;
  for (const jv::Period& p : s.series[static_cast<std::size_t>(series)].periods) {
    const int v = jv::variable_at(s, series, p);
    std::size_t with = 0;
    for (std::size_t g = 0; g < s.data.gemeenten.size(); ++g) with += !std::isnan(s.data.value(static_cast<int>(g), v));
    CHECK(with == expected[i++]);
  }
  // Dijk en Waard (2022, from Heerhugowaard and Langedijk) and Land van Cuijk are gemeenten of their own.
  CHECK(value(s, "iv3-jeugd-lasten-per-inwoner-begroting", 2024, "GM1980") > 0.0);
  CHECK(value(s, "iv3-jeugd-lasten-per-inwoner-begroting", 2024, "GM1982") > 0.0);
  const jv::IndicatorMeta& m = s.series[static_cast<std::size_t>(series)].meta;
  CHECK(m.population == "0 tot 18 jaar (schatting)");
  CHECK(m.denominator.find("schatting Gemeentefonds") != std::string::npos);
  // Hilversum 2024: 26.981 x EUR 1.000 over 19.079,0 young people (meicirculaire 2024).
  CHECK(value(s, "iv3-jeugd-lasten-per-jeugdige-begroting", 2024, "GM0402") == doctest::Approx(26981000.0 / 19079.0));
}

TEST_CASE("figures: a region's shared file becomes a group of the gemeenten in it, compared without a test") {
  jv::FiguresStore s = store();
  const std::size_t series_before = s.series.size();
  const std::string text =
      "Gemeente;Wachttijd Q1-3 2025 (weken);Jeugdigen met jeugdhulp (aantal)\n"
      "Arnhem;14;4210\nDoesburg;9;\nDuiven;11;610\nRenkum;8 maanden;820\nRheden;12;1190\nRozendaal;6;7\n"
      "Wageningen;10;1030\nWestervoort;13;480\nZevenaar;16;1540\nLingewaard;7;1330\nOverbetuwe;12;1690\n";
  jv::OwnData own;
  jv::ReadReport report;
  REQUIRE(jv::read_own_data("regio_wachttijden_2025.csv",
                            {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, {}, s.data, own,
                            report));
  const std::vector<jv::Hidden> hidden = jv::own_disclosure(own);
  CHECK(jv::add_own_series(s, own, hidden) == 2);
  REQUIRE(s.series.size() == series_before + 2);
  const int wait = jv::find_series(s, "eigen-regio-wachttijden-2025-csv-wachttijd");
  REQUIRE(wait >= 0);
  const jv::Series& w = s.series[static_cast<std::size_t>(wait)];
  CHECK(s.sources[static_cast<std::size_t>(w.source)].kind == jv::SourceKind::Own);
  REQUIRE(w.periods.size() == 1);
  CHECK(w.periods[0].label() == "Q1-3 2025");
  const int v = w.variables[0];
  CHECK(s.data.variables[static_cast<std::size_t>(v)].descriptive);  // no numerator, no denominator

  // Each gemeente against the other ten: Renkum's 8 months (243,5 days) is the longest wait.
  const int renkum = s.data.find_code("GM0274");
  const jv::Group file = jv::group_in_file(s, v);
  CHECK(file.members.size() == 11);
  CHECK(file.name == "Gemeenten in uw bestand (11)");
  const jv::Comparison c = jv::compare(s.bench, renkum, v, file);
  CHECK(c.value == doctest::Approx(243.5));
  CHECK(c.members == 11);
  CHECK(c.rank == doctest::Approx(11.0));
  // Days: 14, 9, 11, 12, 6, 10, 13, 16, 7, 12 weeks and 243,5 days; the median is 12 weeks = 84 days.
  CHECK(c.median == doctest::Approx(84.0));
  CHECK(c.reference == jv::Reference::GroupMedian);  // descriptive: no funnel, no z-test
  CHECK(c.verdict == jv::Verdict::Higher);

  // The counts: Rozendaal's 7 is hidden, so only ten gemeenten (and Doesburg has none).
  const int counts = jv::find_series(s, "eigen-regio-wachttijden-2025-csv-jeugdhulp-aantal");
  REQUIRE(counts >= 0);
  const int cv = s.series[static_cast<std::size_t>(counts)].variables[0];
  CHECK(std::isnan(s.data.value(s.data.find_code("GM0277"), cv)));
  CHECK(jv::group_in_file(s, cv).members.size() == 9);
}

namespace {

// data/iv3_jeugd.csv read here on its own, not through core/iv3.cpp: per document and year, the
// gemeenten whose youth taakvelden of that year's structure are all 0 (or empty).
std::map<std::string, std::set<std::string>> nothing_booked() {
  const std::string text(jv::embedded_data_files().iv3);
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  std::vector<std::string> header;
  {
    std::istringstream h(line);
    for (std::string f; std::getline(h, f, ',');) header.push_back(f);
  }
  std::map<std::string, std::set<std::string>> out;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream l(line);
    for (std::string x; std::getline(l, x, ',');) f.push_back(x);
    f.resize(header.size());
    // 2023/2024: columns 6.72 .. 6.82b; 2025: 6.22 .. 6.92 (the file's header says which is which).
    bool any = false;
    for (std::size_t c = 5; c < header.size(); ++c) any = any || (!f[c].empty() && std::stod(f[c]) != 0.0);
    out[f[0] + " " + f[1]];  // every document and year, also with none
    if (!any) out[f[0] + " " + f[1]].insert(f[2]);
  }
  return out;
}

}  // namespace

TEST_CASE("figures: missing is never zero: nothing booked on the Iv3 youth taakvelden is no figure, in no statistic") {
  const jv::FiguresStore& s = store();
  const auto none = nothing_booked();
  // Every Iv3 file and year (../shared/data/cbs-iv3), counted by hand from the source files.
  REQUIRE(none.size() == 4);
  CHECK(none.at("jaarrekening 2023") == std::set<std::string>{"GM1961"});  // Vijfheerenlanden
  // Sliedrecht, Lansingerland, Heeze-Leende, Voorne aan Zee.
  CHECK(none.at("begroting 2023") == std::set<std::string>{"GM0610", "GM1621", "GM1658", "GM1992"});
  CHECK(none.at("begroting 2024") == std::set<std::string>{"GM1961"});
  // De Bilt, Landsmeer, Midden-Drenthe, Vijfheerenlanden.
  CHECK(none.at("begroting 2025") == std::set<std::string>{"GM0310", "GM0415", "GM1731", "GM1961"});

  // Every Iv3 series in every period: no figure for those gemeenten, and the reason beside it.
  std::size_t checked = 0;
  for (const jv::Series& series : s.series) {
    if (series.id.rfind("iv3-", 0) != 0) continue;
    for (std::size_t i = 0; i < series.periods.size(); ++i) {
      const int v = series.variables[i];
      const std::string document = series.id.substr(series.id.rfind('-') + 1);
      for (const std::string& code : none.at(document + " " + std::to_string(series.periods[i].year))) {
        const int g = s.data.find_code(code);
        CHECK_MESSAGE(std::isnan(s.data.value(g, v)), series.id << " " << code);
        const auto note = s.notes.find({v, g});
        REQUIRE_MESSAGE(note != s.notes.end(), series.id << " " << code);
        CHECK(note->second.find("Geen jeugdlasten geboekt op de taakvelden voor jeugd") == 0);
        CHECK(note->second.find("gemeenschappelijke regeling") != std::string::npos);
        ++checked;
      }
    }
  }
  // 7 jaarrekening series x 1; begroting 7 x 4 (2023) + 7 x 1 (2024) + 9 x 4 (2025).
  CHECK(checked == 7 + 28 + 7 + 36);

  // Vijfheerenlanden's jeugdregio (Houten, Lopik, IJsselstein, Nieuwegein, Vijfheerenlanden),
  // jaarrekening 2023 per inhabitant. With the 0 the range was "€ 0 – € 347" and the median
  // Houten's € 267; without it Lopik (2.849 x EUR 1.000 / 14.704) is the lowest.
  const int vijfheerenlanden = s.data.find_code("GM1961");
  const int per_inhabitant = jv::latest_variable(s, jv::find_series(s, "iv3-jeugd-lasten-per-inwoner-jaarrekening"));
  const jv::Group region = jv::make_group(s.bench, vijfheerenlanden, jv::GroupKind::Jeugdregio);
  REQUIRE(region.members.size() == 5);
  const jv::Comparison c = jv::compare(s.bench, vijfheerenlanden, per_inhabitant, region);
  CHECK(std::isnan(c.value));
  CHECK(c.verdict == jv::Verdict::Unknown);
  CHECK(c.members == 4);
  CHECK(c.min == doctest::Approx(2849000.0 / 14704.0));
  CHECK(c.max == doctest::Approx(22726000.0 / 65426.0));
  CHECK(c.median == doctest::Approx((13513000.0 / 50581.0 + 9755000.0 / 33492.0) / 2.0));
  // The group as a whole: 13.513 + 2.849 + 9.755 + 22.726 over their own inhabitants only.
  CHECK(c.weighted_mean == doctest::Approx(48843000.0 / (50581.0 + 14704.0 + 33492.0 + 65426.0)));
  // Nederland: 341 gemeenten; Vijfheerenlanden's 60.052 inhabitants no longer divide the sum.
  const jv::Comparison nl = jv::compare(s.bench, vijfheerenlanden, per_inhabitant,
                                        jv::make_group(s.bench, vijfheerenlanden, jv::GroupKind::Nederland));
  CHECK(nl.members == 341);
  CHECK(nl.min == doctest::Approx(107.66847405112316));
  CHECK(nl.weighted_mean == doctest::Approx(6277780000.0 / (17811291.0 - 60052.0)));

  // The map's classes: the lowest starts at the lowest real figure, and 341 gemeenten are coloured.
  std::vector<double> column(s.data.gemeenten.size());
  std::size_t with = 0;
  for (std::size_t g = 0; g < column.size(); ++g) {
    column[g] = s.data.value(static_cast<int>(g), per_inhabitant);
    with += !std::isnan(column[g]);
  }
  CHECK(with == 341);
  const std::vector<double> breaks = jv::quantile_breaks(column, 5);
  REQUIRE(breaks.size() == 5);
  CHECK(breaks.front() > 200.0);
  // The expected-value model is fitted on the 341 figures, not on a 0 for Vijfheerenlanden.
  bool found = false;
  for (const jv::Model& m : s.bench.models) {
    if (m.variable != per_inhabitant) continue;
    found = true;
    // Vijfheerenlanden has every characteristic the model uses, so its 0 would have counted; the
    // 341 with a figure less those lacking a characteristic remain.
    std::size_t usable = 0;
    for (std::size_t g = 0; g < s.data.gemeenten.size(); ++g) {
      bool known = !std::isnan(column[g]);
      for (const int p : m.predictors) known = known && !std::isnan(s.data.value(static_cast<int>(g), p));
      usable += known;
    }
    for (const int p : m.predictors) CHECK_FALSE(std::isnan(s.data.value(vijfheerenlanden, p)));
    CHECK(usable == 340);
    CHECK(m.regression.n == usable);
  }
  CHECK(found);
}

TEST_CASE("figures: one kind of care with nothing booked, while the others are, has no figure either") {
  const jv::FiguresStore& s = store();
  // Heemstede, jaarrekening 2023: 257 + 5.340 on 6.72a/b, 0 on 6.73a-c (met verblijf). Iv3 cannot
  // tell "nothing spent" from "booked elsewhere" (a regional purchase, another taakveld).
  const int heemstede = s.data.find_code("GM0397");
  const int met = jv::latest_variable(s, jv::find_series(s, "iv3-jeugdhulp-met-verblijf-per-inwoner-jaarrekening"));
  CHECK(std::isnan(s.data.value(heemstede, met)));
  const auto note = s.notes.find({met, heemstede});
  REQUIRE(note != s.notes.end());
  CHECK(note->second ==
        "Niets geboekt op de taakvelden 6.73a, 6.73b en 6.73c in deze jaarrekening, wel op andere taakvelden "
        "voor jeugd. De gemeente boekt deze zorg mogelijk op een ander taakveld of via een gemeenschappelijke "
        "regeling; 0 zou betekenen dat er niets aan is uitgegeven, en dat weten we niet.");
  // Its total stands: 257 + 5.340, the only youth taakvelden it booked on.
  CHECK(value(s, "iv3-jeugd-lasten-jaarrekening", 2023, "GM0397") == doctest::Approx(5597.0));
  // 20 gemeenten booked nothing on met verblijf in the jaarrekening 2023, Vijfheerenlanden among them.
  std::size_t with = 0;
  for (std::size_t g = 0; g < s.data.gemeenten.size(); ++g) with += !std::isnan(s.data.value(static_cast<int>(g), met));
  CHECK(with == 342 - 21);
}
