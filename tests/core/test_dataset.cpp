// The real data, as compiled into the app: counts and codes checked against the CBS sources.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "core/dataset.h"
#include "core/text.h"
#include "data/embedded_data.h"

namespace {

const jv::Dataset& data2021() {
  static const jv::Dataset d = [] {
    jv::Dataset out;
    jv::LoadError e;
    REQUIRE_MESSAGE(jv::load_dataset_2021(jv::embedded_data_files(), out, e), e.to_string());
    return out;
  }();
  return d;
}

const jv::Dataset& data2025() {
  static const jv::Dataset d = [] {
    jv::Dataset out;
    jv::LoadError e;
    REQUIRE_MESSAGE(jv::derive_dataset_2025(data2021(), jv::embedded_data_files(), out, e), e.to_string());
    return out;
  }();
  return d;
}

double value(const jv::Dataset& d, const char* code, const char* variable) {
  return d.value(d.find_code(code), d.variable(variable));
}

}  // namespace

TEST_CASE("352 gemeenten in 2021 and 342 in 2025, each in one of 42 jeugdregio's and 12 provincies") {
  for (const jv::Dataset* d : {&data2021(), &data2025()}) {
    CAPTURE(d->year);
    CHECK(d->gemeenten.size() == (d->year == 2021 ? 352u : 342u));
    CHECK(d->jeugdregios.size() == 42);
    CHECK(d->provincies.size() == 12);
    std::set<std::string> codes;
    std::vector<int> per_region(d->jeugdregios.size()), per_province(d->provincies.size());
    for (const jv::Gemeente& g : d->gemeenten) {
      codes.insert(g.code);
      REQUIRE(g.jeugdregio >= 0);
      REQUIRE(g.provincie >= 0);
      ++per_region[static_cast<std::size_t>(g.jeugdregio)];
      ++per_province[static_cast<std::size_t>(g.provincie)];
    }
    CHECK(codes.size() == d->gemeenten.size());
    int total = 0;
    for (const int n : per_region) {
      CHECK(n > 0);  // no empty jeugdregio
      total += n;
    }
    CHECK(total == static_cast<int>(d->gemeenten.size()));
    for (const int n : per_province) CHECK(n > 0);
  }
  // JZ40 does not exist; JZ01..JZ43 otherwise.
  CHECK(data2021().jeugdregios.front().code == "JZ01");
  CHECK(data2021().jeugdregios.back().code == "JZ43");
}

TEST_CASE("values are the CBS figures, names are filled in where the export had none") {
  const jv::Dataset& d = data2021();
  CHECK(value(d, "GM0402", "jeugdzorg_tot23") == 10.6);  // Hilversum, as ../shared/data/README.md says
  CHECK(d.gemeenten[static_cast<std::size_t>(d.find_code("GM0398"))].name == "Heerhugowaard");
  CHECK(d.gemeenten[static_cast<std::size_t>(d.find_code("GM0518"))].inwoners == 548320);
  // Eemsdelta (GM1979) has no province in the export; it is in Groningen.
  CHECK(d.provincies[static_cast<std::size_t>(d.gemeenten[static_cast<std::size_t>(d.find_code("GM1979"))].provincie)]
            .name == "Groningen");
  // Missing in the source stays missing: 18 gemeenten have no Wmo figure, 1 no bijstand figure.
  int no_wmo = 0, no_bijstand = 0;
  for (std::size_t g = 0; g < d.gemeenten.size(); ++g) {
    no_wmo += std::isnan(d.value(static_cast<int>(g), d.variable("wmo_per_1000")));
    no_bijstand += std::isnan(d.value(static_cast<int>(g), d.variable("bijstand_per_1000")));
  }
  CHECK(no_wmo == 18);
  CHECK(no_bijstand == 1);
}

TEST_CASE("estimated youth: 0-22 and 0-17 from the age shares") {
  const jv::Dataset& d = data2021();
  const int hilversum = d.find_code("GM0402");
  // 91235 x (16.85 + 0.8 x 10.76) / 100 = 91235 x 25.458 / 100 = 23226.6063
  CHECK(jv::estimate_youth_0_22(d, hilversum) == doctest::Approx(23226.6063));
  // 91235 x (16.85 + 0.3 x 10.76) / 100 = 91235 x 20.078 / 100 = 18318.1633
  CHECK(jv::estimate_youth_0_17(d, hilversum) == doctest::Approx(18318.1633));
  // 91235 / 2.1 = 43445.238...
  CHECK(jv::estimate_households(d, hilversum) == doctest::Approx(43445.2381));
}

TEST_CASE("merged gemeenten combine their predecessors, weighted as each variable says") {
  const jv::Dataset& d = data2025();
  const int dw = d.find_code("GM1980");  // Dijk en Waard = Heerhugowaard + Langedijk
  REQUIRE(dw >= 0);
  const jv::Gemeente& g = d.gemeenten[static_cast<std::size_t>(dw)];
  CHECK(g.name == "Dijk en Waard");
  CHECK(g.predecessors == std::vector<std::string>{"GM0398", "GM0416"});
  CHECK(g.inwoners == 58387 + 28335);
  // Youth-weighted: youth HH = 58387 x 27.44 / 100 = 16021.3928, LD = 28335 x 25.836 / 100 =
  // 7320.6306; (16021.3928 x 12.4 + 7320.6306 x 8.7) / 23342.0234 = 11.23959
  CHECK(value(d, "GM1980", "jeugdzorg_tot23") == doctest::Approx(11.23959).epsilon(1e-6));
  // Household-weighted: households 58387/2.4 = 24327.92, 28335/2.4 = 11806.25;
  // (24327.92 x 30.32 + 11806.25 x 27.91) / 36134.17 = 29.53257
  CHECK(value(d, "GM1980", "eenpersoonshuishoudens") == doctest::Approx(29.53257).epsilon(1e-6));
  // ... and the household size of the merger is inhabitants / households: 86722 / 36134.17 = 2.4
  CHECK(value(d, "GM1980", "huishoudgrootte") == doctest::Approx(2.4));

  // Amsterdam took in Weesp; Land van Cuijk has five predecessors.
  CHECK(d.gemeenten[static_cast<std::size_t>(d.find_code("GM0363"))].inwoners == 873338 + 20445);
  CHECK(d.gemeenten[static_cast<std::size_t>(d.find_code("GM1982"))].predecessors.size() == 5);
  CHECK(d.find_code("GM0457") == -1);  // Weesp is gone in 2025
  // An unchanged gemeente keeps its values.
  CHECK(value(d, "GM0402", "jeugdzorg_tot23") == 10.6);
}

TEST_CASE("a gemeente is found by code, by name without accents, and by the name people use") {
  const jv::Dataset& d = data2021();
  auto code = [&](const char* query) {
    const jv::GemeenteMatch m = jv::find_gemeente(d, query);
    return m.index >= 0 ? d.gemeenten[static_cast<std::size_t>(m.index)].code : std::string("-");
  };
  CHECK(code("GM0402") == "GM0402");
  CHECK(code("gm402") == "GM0402");
  CHECK(code("hilversum") == "GM0402");
  CHECK(code("sudwest fryslan") == "GM1900");
  CHECK(code("S\xC3\xBA"
             "dwest-Frysl\xC3\xA2n") == "GM1900");
  CHECK(code("Den Haag") == "GM0518");
  CHECK(code("den bosch") == "GM0796");
  CHECK(code("GM9999") == "-");

  const jv::GemeenteMatch typo = jv::find_gemeente(d, "Alkmar");
  CHECK(typo.index == -1);
  REQUIRE_FALSE(typo.suggestions.empty());
  CHECK(d.gemeenten[static_cast<std::size_t>(typo.suggestions.front())].name == "Alkmaar");

  const std::vector<int> hits = jv::search_gemeenten(d, "berg", 10);
  REQUIRE(hits.size() >= 3);
  CHECK(d.gemeenten[static_cast<std::size_t>(hits[0])].name.rfind("Berg", 0) == 0);  // prefix first
}

TEST_CASE("the start of a name or of a word in it finds a gemeente only when one gemeente fits") {
  const jv::Dataset& d = data2025();
  auto code = [&](int i) { return i >= 0 ? d.gemeenten[static_cast<std::size_t>(i)].code : std::string("-"); };
  auto find = [&](const char* query) { return code(jv::find_gemeente(d, query).index); };
  CHECK(find("sudwest") == "GM1900");        // start of the name
  CHECK(find("hertogenbosch") == "GM0796");  // a word of 's-Hertogenbosch
  CHECK(find("den bos") == "GM0796");        // start of a common name
  CHECK(find("hilvers") == "GM0402");
  CHECK(find("hilv") == "-");     // Hilvarenbeek too
  CHECK(find("fryslan") == "-");  // Noardeast-Fryslân and Súdwest-Fryslân
  CHECK(jv::find_gemeente(d, "fryslan").suggestions.size() == 2);

  // Bergen (L.), Bergen (NH.) and Bergen op Zoom all start with "Bergen": none is picked.
  const jv::GemeenteMatch bergen = jv::find_gemeente(d, "Bergen");
  CHECK(bergen.index == -1);
  CHECK(bergen.ambiguous);
  REQUIRE(bergen.suggestions.size() == 3);
  CHECK(code(bergen.suggestions[0]) == "GM0893");
  CHECK(code(bergen.suggestions[1]) == "GM0373");
  CHECK(code(bergen.suggestions[2]) == "GM0748");
  // "den" starts Den Helder, both common names and words in Alphen aan den Rijn and more: five,
  // the search box's order.
  const jv::GemeenteMatch den = jv::find_gemeente(d, "den");
  CHECK(den.ambiguous);
  CHECK(den.suggestions.size() == 5);
  CHECK(code(den.suggestions[0]) == "GM0518");  // 's-Gravenhage, by "Den Haag"

  // Only inside a name ("versum"): a suggestion, never a match.
  const jv::GemeenteMatch inside = jv::find_gemeente(d, "versum");
  CHECK(inside.index == -1);
  CHECK_FALSE(inside.ambiguous);
  REQUIRE_FALSE(inside.suggestions.empty());
  CHECK(code(inside.suggestions.front()) == "GM0402");
  // A typo is no part of a name either.
  CHECK_FALSE(jv::find_gemeente(d, "Alkmar").ambiguous);
  CHECK(jv::find_gemeente(d, "  ").suggestions.empty());
}

TEST_CASE("the search box and find_gemeente agree: what is found is the first hit, for every start of every name") {
  for (const jv::Dataset* d : {&data2021(), &data2025()}) {
    CAPTURE(d->year);
    for (std::size_t i = 0; i < d->gemeenten.size(); ++i) {
      const jv::Gemeente& g = d->gemeenten[i];
      CAPTURE(g.name);
      CHECK(jv::find_gemeente(*d, g.name).index == static_cast<int>(i));
      CHECK(jv::find_gemeente(*d, g.code).index == static_cast<int>(i));
      const std::string folded = jv::fold_for_search(g.name);
      for (std::size_t n = 1; n <= folded.size(); ++n) {
        const std::string typed = folded.substr(0, n);
        const jv::GemeenteMatch m = jv::find_gemeente(*d, typed);
        const std::vector<int> hits = jv::search_gemeenten(*d, typed, 8);
        REQUIRE_FALSE(hits.empty());
        if (m.index >= 0) {
          // Typing the start of a name lands on another gemeente only when that is its whole name
          // ("Beek" on the way to "Beekdaelen").
          if (m.index != static_cast<int>(i)) {
            CHECK(jv::fold_for_search(d->gemeenten[static_cast<std::size_t>(m.index)].name) == typed);
          }
          CHECK(hits.front() == m.index);
        } else {
          REQUIRE(m.ambiguous);
          REQUIRE(m.suggestions.size() >= 2);
          for (std::size_t k = 0; k < m.suggestions.size(); ++k) CHECK(m.suggestions[k] == hits[k]);
        }
      }
    }
  }
}

TEST_CASE("a broken data file is reported with file, line and column") {
  jv::DataFiles files = jv::embedded_data_files();
  const std::string broken = "code,naam,provincie,jeugdregio,inwoners\nGM0001,Test,PV99,JZ01,10\n";
  files.gemeenten_2021 = broken;
  jv::Dataset out;
  jv::LoadError e;
  CHECK_FALSE(jv::load_dataset_2021(files, out, e));
  CHECK(e.to_string() ==
        "data/gemeenten_2021.csv, regel 1: De kolom \"jeugdzorg_tot23\" (uit data/indicatoren.csv) ontbreekt.");
}
