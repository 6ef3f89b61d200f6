// A verdict and the figure it is judged against: the same figure in the verdict, the sentence and
// the explanation, for every gemeente, figure and group of the real data.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/explain.h"
#include "core/figures.h"
#include "core/format.h"
#include "core/owndata.h"
#include "core/statline.h"
#include "data/embedded_data.h"

namespace {

// The whole store: KWB's figures and Iv3's spending series, every period.
const jv::FiguresStore& store() {
  static const jv::FiguresStore s = [] {
    jv::FiguresStore out;
    jv::LoadError e;
    REQUIRE(jv::load_store(jv::embedded_data_files(), out, e));
    return out;
  }();
  return s;
}

const jv::Dataset& data2025() { return store().data; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Hilversum in Noord-Holland: context figures are judged against the median on screen") {
  // Users saw "Eenpersoonshuishoudens 41,5 % | mediaan 33,7 % | lager": the verdict then came from
  // the province's weighted mean (Amsterdam weighs in), a figure not on screen.
  const jv::Dataset& d = data2025();
  const jv::Benchmark bench = jv::make_benchmark(d);
  const int g = d.find_code("GM0402");
  const jv::Group province = jv::make_group(bench, g, jv::GroupKind::Provincie);
  struct Case {
    const char* id;
    const char* value;
    const char* median;
  };
  for (const Case& k : {Case{"eenpersoonshuishoudens", "41,5 %", "33,7 %"}, Case{"laag_inkomen", "6,6 %", "4,2 %"},
                        Case{"bijstand_per_1000", "23,7 per 1.000", "12,6 per 1.000"}}) {
    CAPTURE(k.id);
    const int v = d.variable(k.id);
    const jv::IndicatorMeta& m = d.variables[static_cast<std::size_t>(v)];
    const jv::Comparison c = jv::compare(bench, g, v, province);
    CHECK(jv::format_value(m, c.value) == k.value);
    CHECK(c.reference == jv::Reference::GroupMedian);
    CHECK(jv::format_value(m, c.reference_value) == k.median);
    CHECK(c.verdict == jv::Verdict::Higher);  // above the province's middle half
    CHECK(jv::reference_caption(c, m) == std::string("t.o.v. mediaan ") + k.median);
    const std::string sentence = jv::headline_sentence(c, m, "Hilversum", province);
    CHECK(contains(sentence,
                   std::string("Hoger dan de middelste helft van Provincie Noord-Holland (mediaan ") + k.median));
  }
}

TEST_CASE("a context figure: higher above Q3, lower below Q1, comparable in the middle half (by hand)") {
  jv::Dataset d;
  d.year = 2025;
  jv::IndicatorMeta m;
  m.id = "ctx";
  m.name = "Context";
  m.role = jv::Role::Context;
  m.unit = jv::Unit::Percent;
  m.direction = jv::Direction::Context;
  m.period = "2021";
  d.variables = {m};
  d.jeugdregios = {{"R", "Regio"}};
  d.provincies = {{"P", "Provincie"}};
  // Values 10, 20, 30, 40, 50: median 30, Q1 20, Q3 40 (linear interpolation). The big gemeente
  // at 50 pulls the weighted mean to 45,5, far above the median: the old verdict's reference.
  const double values[] = {10, 20, 30, 40, 50};
  const double people[] = {1000, 1000, 1000, 1000, 50000};
  for (int i = 0; i < 5; ++i) {
    jv::Gemeente g;
    g.code = "GM000" + std::to_string(i + 1);
    g.name = g.code;
    g.jeugdregio = 0;
    g.provincie = 0;
    g.inwoners = people[i];
    g.values = {values[i]};
    d.gemeenten.push_back(g);
  }
  const jv::Benchmark bench = jv::make_benchmark(d);
  const jv::Group region = jv::make_group(bench, 0, jv::GroupKind::Jeugdregio);
  const jv::Verdict expected[] = {jv::Verdict::Lower, jv::Verdict::Similar, jv::Verdict::Similar, jv::Verdict::Similar,
                                  jv::Verdict::Higher};
  for (int i = 0; i < 5; ++i) {
    CAPTURE(i);
    const jv::Comparison c = jv::compare(bench, i, 0, region);
    CHECK(c.weighted_mean == doctest::Approx((10 + 20 + 30 + 40) * 1000.0 / 54000 + 50 * 50000.0 / 54000));
    CHECK(c.median == doctest::Approx(30.0));
    CHECK(c.q1 == doctest::Approx(20.0));
    CHECK(c.q3 == doctest::Approx(40.0));
    CHECK(c.reference_value == doctest::Approx(30.0));
    CHECK(c.verdict == expected[i]);  // 40 (= Q3) is in the middle half; 20 (= Q1) too
  }
  const jv::Comparison top = jv::compare(bench, 4, 0, region);
  CHECK(jv::headline_sentence(top, m, "GM0005", region) ==
        "Context in GM0005 (2021). Hoger dan de middelste helft van Jeugdregio Regio (mediaan 30,0 %, middelste helft "
        "20,0 % \xE2\x80\x93 40,0 %).");
  CHECK(jv::verdict_explanation(top, m, region) ==
        "hoger: 50,0 % tegen een mediaan van 30,0 % in Jeugdregio Regio. De middelste helft van de groep ligt tussen "
        "20,0 % \xE2\x80\x93 40,0 %; daarboven heet hoger, daaronder lager. Dit is context: hoger is niet beter of "
        "slechter.");
}

TEST_CASE("every verdict agrees with the figure shown beside it: all gemeenten, figures, periods and groups of 2025") {
  const jv::Dataset& d = data2025();
  const jv::Benchmark& bench = store().bench;
  std::size_t checked = 0, higher = 0, lower = 0;
  for (std::size_t gi = 0; gi < d.gemeenten.size(); ++gi) {
    const int g = static_cast<int>(gi);
    for (const jv::GroupKind kind : jv::kAllGroupKinds) {
      const jv::Group group = jv::make_group(bench, g, kind);
      for (std::size_t vi = 0; vi < d.variables.size(); ++vi) {
        const jv::IndicatorMeta& m = d.variables[vi];
        if (m.role == jv::Role::Characteristic) continue;
        const jv::Comparison c = jv::compare(bench, g, static_cast<int>(vi), group);
        CAPTURE(d.gemeenten[gi].code);
        CAPTURE(m.id);
        CAPTURE(jv::group_kind_id(kind));
        if (c.verdict == jv::Verdict::Unknown) {
          CHECK(c.reference == jv::Reference::None);
          // (A total without a figure, nothing booked on the Iv3 taakvelden, says there is none.)
          if (m.size_dependent && !std::isnan(c.value))
            CHECK(jv::headline_sentence(c, m, d.gemeenten[gi].name, group).find("totaal hangt af") !=
                  std::string::npos);
          continue;
        }
        ++checked;
        // The reference is the figure of its kind, and it is what the screen shows.
        if (m.direction == jv::Direction::Context) {
          REQUIRE(c.reference == jv::Reference::GroupMedian);
          CHECK(c.reference_value == c.median);
        } else if (c.reference == jv::Reference::GroupRate) {
          CHECK(c.reference_value == c.weighted_mean);
        } else {
          REQUIRE(c.reference == jv::Reference::GroupMean);
          CHECK(c.reference_value == c.mean);
        }
        // "Higher" means higher than the reference; "better" for lower-is-better means lower.
        const bool above = c.value > c.reference_value, below = c.value < c.reference_value;
        switch (c.verdict) {
          case jv::Verdict::Higher:
            CHECK(above);
            ++higher;
            break;
          case jv::Verdict::Lower:
            CHECK(below);
            ++lower;
            break;
          case jv::Verdict::Better: CHECK((m.direction == jv::Direction::LowerIsBetter ? below : above)); break;
          case jv::Verdict::Worse: CHECK((m.direction == jv::Direction::LowerIsBetter ? above : below)); break;
          default: break;
        }
        // Badge caption, sentence and explanation name the same figure.
        const std::string shown = jv::format_value(m, c.reference_value);
        CHECK(jv::reference_caption(c, m) == "t.o.v. " + jv::reference_text(c, m));
        CHECK(contains(jv::reference_text(c, m), shown));
        CHECK(contains(jv::headline_sentence(c, m, d.gemeenten[gi].name, group), shown));
        CHECK(contains(jv::verdict_explanation(c, m, group), shown));
        CHECK(jv::verdict_explanation(c, m, group).rfind(jv::verdict_label(c.verdict), 0) == 0);
      }
    }
  }
  CHECK(checked > 50000);  // 342 gemeenten x 5 groups x (6 KWB figures + some 35 Iv3 columns)
  CHECK(higher > 1000);
  CHECK(lower > 1000);
}

TEST_CASE("an empty own list has no verdict and says how to fill it") {
  const jv::Dataset& d = data2025();
  const jv::Benchmark bench = jv::make_benchmark(d);
  const int arnhem = d.find_code("GM0202");
  const jv::Group empty = jv::make_group(bench, arnhem, jv::GroupKind::Custom, 10, {});
  const int v = d.variable("jeugdzorg_tot23");
  const jv::IndicatorMeta& m = d.variables[static_cast<std::size_t>(v)];
  const jv::Comparison c = jv::compare(bench, arnhem, v, empty);
  CHECK(c.verdict == jv::Verdict::Unknown);
  CHECK(c.reference == jv::Reference::None);
  CHECK(jv::reference_caption(c, m).empty());
  const std::string sentence = jv::headline_sentence(c, m, "Arnhem", empty);
  CHECK(sentence ==
        "Jongeren met jeugdzorg (tot 23 jaar) in Arnhem (2020). Uw eigen lijst is nog leeg: kies gemeenten bij "
        "Vergelijkbare gemeenten om mee te vergelijken.");
  CHECK_FALSE(contains(sentence, "onbekend"));
  CHECK_FALSE(contains(sentence, "\xE2\x80\x93"));
}

TEST_CASE("a negative amount is a correction: no verdict, the words say what it means, and no group counts it") {
  // Teylingen, jaarrekening 2023, jeugdbescherming/-reclassering: -892 + 65 = -827 x EUR 1.000 over
  // 38.510 inhabitants = EUR -21,47 per inhabitant. Users read "minder dan in de jeugdregio".
  const jv::FiguresStore& s = store();
  const int teylingen = s.data.find_code("GM1525");
  const int series = jv::find_series(s, "iv3-jeugdbescherming-jeugdreclassering-per-inwoner-jaarrekening");
  const int v = jv::latest_variable(s, series);
  const jv::IndicatorMeta& m = s.data.variables[static_cast<std::size_t>(v)];
  CHECK(s.data.value(teylingen, v) == doctest::Approx(-827000.0 / 38510.0));  // shown as booked
  CHECK(jv::is_correction(m, s.data.value(teylingen, v)));
  CHECK_FALSE(jv::is_correction(m, 0.0));
  CHECK_FALSE(jv::is_correction(s.data.variables[static_cast<std::size_t>(s.data.variable("jeugdzorg_tot23"))],
                                -1.0));  // only an amount can be a correction
  const std::string meaning =
      "Een negatief bedrag is een correctie: de gemeente boekte dat jaar meer terug (bijvoorbeeld een terugbetaling "
      "of een verrekening met een vorig jaar) dan ze uitgaf op deze taakvelden. Het is geen uitgave, dus geen "
      "oordeel.";
  CHECK(jv::negative_amount_text() == meaning);
  for (const jv::GroupKind kind : jv::kAllGroupKinds) {
    CAPTURE(jv::group_kind_id(kind));
    const jv::Group group = jv::make_group(s.bench, teylingen, kind);
    const jv::Comparison c = jv::compare(s.bench, teylingen, v, group);
    CHECK(c.verdict == jv::Verdict::Unknown);
    CHECK(c.reference == jv::Reference::None);
    CHECK(jv::verdict_explanation(c, m, group) == meaning);
    CHECK(contains(jv::headline_sentence(c, m, "Teylingen", group), meaning));
    CHECK(c.min >= 0.0);  // Teylingen's correction is not the low end of any group's range
  }
  // Holland Rijnland, by hand (data/iv3_jeugd.csv): 13 gemeenten; Teylingen's correction and
  // Nieuwkoop's nothing-booked leave 11, from Noordwijk's 445 / 45.179 = EUR 9,85 up; the median is
  // Katwijk's 1.150 / 66.606 = EUR 17,27.
  const jv::Group region = jv::make_group(s.bench, teylingen, jv::GroupKind::Jeugdregio);
  REQUIRE(region.members.size() == 13);
  const jv::Comparison c = jv::compare(s.bench, teylingen, v, region);
  CHECK(c.members == 11);
  CHECK(c.min == doctest::Approx(9.84970893556741));
  CHECK(c.median == doctest::Approx(17.265452580059154));
  // Every negative Iv3 amount in the store, in every group: never a verdict.
  std::size_t negatives = 0;
  for (const jv::Series& series_i : s.series) {
    if (series_i.id.rfind("iv3-", 0) != 0) continue;
    for (const int var : series_i.variables) {
      for (std::size_t g = 0; g < s.data.gemeenten.size(); ++g) {
        if (!(s.data.value(static_cast<int>(g), var) < 0.0)) continue;
        ++negatives;
        const jv::Group nl = jv::make_group(s.bench, static_cast<int>(g), jv::GroupKind::Nederland);
        CHECK(jv::compare(s.bench, static_cast<int>(g), var, nl).verdict == jv::Verdict::Unknown);
      }
    }
  }
  CHECK(negatives > 8);
}

namespace {

std::vector<std::uint8_t> fixture_bytes(const std::string& name) {
  std::ifstream in(std::string(JV_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  REQUIRE_FALSE(text.empty());
  return {text.begin(), text.end()};
}

// No "CBS" unless the source is CBS's; no "NL" or "Nederland" unless the group is the country.
void check_honest(const jv::BenchmarkLine& line, bool cbs, bool country) {
  CAPTURE(line.text);
  CAPTURE(line.tooltip);
  if (!cbs) CHECK(line.text.find("CBS") == std::string::npos);
  if (!country) {
    CHECK(line.text.find("NL") == std::string::npos);
    CHECK(line.text.find("Nederland") == std::string::npos);
    CHECK(line.tooltip.find("Nederland als geheel") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("label honesty: a benchmark is called CBS or Nederland only when it is, for every kind of source") {
  jv::FiguresStore s = store();
  const int hilversum = s.data.find_code("GM0402");
  // CBS, compiled in, the whole country: KWB's rate and Iv3's amount.
  const jv::BenchmarkLine kwb =
      jv::benchmark_line(s, hilversum, jv::latest_variable(s, jv::find_series(s, "jeugdzorg-tot-23")));
  CHECK(kwb.text == "CBS 2020: 10,6 % (NL 10,5 %)");
  CHECK(contains(kwb.tooltip, "Nederland als geheel: alle tellers gedeeld door alle noemers, over 342 gemeenten."));
  const jv::BenchmarkLine iv3 = jv::benchmark_line(
      s, hilversum, jv::latest_variable(s, jv::find_series(s, "iv3-jeugd-lasten-per-inwoner-jaarrekening")));
  CHECK(iv3.text.rfind("CBS jaarrekening 2023: \xE2\x82\xAC 311 (mediaan Nederland: ", 0) == 0);
  CHECK_FALSE(contains(iv3.tooltip, "tellers"));  // a median, not numerators over denominators

  // A StatLine export (CBS, partial: a few gemeenten): CBS, but not Nederland.
  jv::ReadReport report;
  const std::vector<std::uint8_t> statline = fixture_bytes("statline/jeugdhulp_gemeenten_2018_2023.csv");
  const int source = jv::add_benchmark_source(s, "jeugdhulp_gemeenten_2018_2023.csv", statline, report);
  REQUIRE(source >= 0);
  std::size_t checked = 0;
  for (std::size_t si = 0; si < s.series.size(); ++si) {
    if (s.series[si].source != source) continue;
    const int v = s.series[si].variables.back();
    const jv::BenchmarkLine line = jv::benchmark_line(s, hilversum, v);
    check_honest(line, s.sources[static_cast<std::size_t>(source)].publisher == "CBS", false);
    CHECK(contains(line.text, "gemeenten"));  // it names its group
    ++checked;
  }
  CHECK(checked > 0);

  // A region's own file of five gemeenten, waiting times in days: neither CBS nor Nederland, the
  // median of the five (84, 112, 243,5, 84 and 30 days: 84).
  const std::string text =
      "Gemeente;Wachttijd 2024 (dagen)\nArnhem;84\nDuiven;112\nRenkum;8 maanden\nRheden;12 weken\nWageningen;30 "
      "dagen\n";
  jv::OwnData own;
  jv::ReadReport own_report;
  REQUIRE(jv::read_own_data("wachttijden.csv", {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, {},
                            s.data, own, own_report));
  REQUIRE(jv::add_own_series(s, own, jv::own_disclosure(own)) == 1);
  const int arnhem = s.data.find_code("GM0202");
  const int wait = s.series.back().variables.back();
  const jv::BenchmarkLine region = jv::benchmark_line(s, arnhem, wait);
  check_honest(region, false, false);
  CHECK(region.text == "Uw bestand wachttijden.csv 2024: 84 dagen (mediaan van 5 gemeenten in uw bestand: 84 dagen)");
  CHECK_FALSE(contains(region.tooltip, "tellers"));
}

TEST_CASE("label honesty: \"Nederland\" in the words only when the figures cover the country") {
  // A StatLine export with 7 gemeenten compared with Nederland read "Vergelijkbaar met Nederland
  // als geheel (13,3 %)": 13,3 % is those 7 as a whole.
  jv::FiguresStore s = store();
  jv::ReadReport report;
  const int source = jv::add_benchmark_source(s, "jeugdhulp_gemeenten_2018_2023.csv",
                                              fixture_bytes("statline/jeugdhulp_gemeenten_2018_2023.csv"), report);
  REQUIRE(source >= 0);
  const int hilversum = s.data.find_code("GM0402");
  const int series = jv::find_series(s, "statline-jeugdhulp-gemeenten-2018-2023-jongeren-met-jeugdhulp-pct");
  REQUIRE(series >= 0);
  const int v = jv::latest_variable(s, series);
  const jv::IndicatorMeta& m = s.data.variables[static_cast<std::size_t>(v)];
  const jv::Group nl = jv::make_group(s.bench, hilversum, jv::GroupKind::Nederland);
  const jv::Comparison c = jv::compare(s.bench, hilversum, v, nl);
  REQUIRE(c.members == 7);
  const std::string headline = jv::headline_sentence(c, m, "Hilversum", nl);
  CHECK_FALSE(contains(headline, "Nederland"));
  CHECK(contains(headline, "de 7 gemeenten met een cijfer als geheel (13,3 %)"));
  CHECK_FALSE(contains(jv::verdict_explanation(c, m, nl), "Nederland"));
  // The compiled-in KWB figure covers the country: Nederland it is.
  const int kwb = jv::latest_variable(s, jv::find_series(s, "jeugdzorg-tot-23"));
  const jv::Comparison k = jv::compare(s.bench, hilversum, kwb, nl);
  CHECK(contains(jv::headline_sentence(k, s.data.variables[static_cast<std::size_t>(kwb)], "Hilversum", nl),
                 "Nederland als geheel"));
}
