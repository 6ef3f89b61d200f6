// The command-line tool's commands, called directly: the gemeente lookup against the app's search
// box for every gemeente, the messages, and the default boundaries.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../core/data2025.h"
#include "cli/commands.h"
#include "core/dataset.h"
#include "core/figures.h"
#include "core/statline.h"
#include "data/embedded_data.h"

namespace {

using jv::test::data2025;

// What the CLI takes for `query` (code, or "-" with its message), and what the app's search box
// lists first, where Enter lands.
std::string cli(const std::string& query, std::string* message = nullptr) {
  std::string m;
  const int g = jv::cli::resolve_gemeente(data2025(), query, m);
  if (message) *message = m;
  return g >= 0 ? data2025().gemeenten[static_cast<std::size_t>(g)].code : "-";
}
std::string app_first_hit(const std::string& query) {
  const std::vector<int> hits = jv::search_gemeenten(data2025(), query, 8);
  return hits.empty() ? "-" : data2025().gemeenten[static_cast<std::size_t>(hits.front())].code;
}

}  // namespace

TEST_CASE("what people type finds the gemeente the app's search box lists first") {
  struct Case {
    const char* query;
    const char* code;
  };
  const Case cases[] = {
      {"sudwest", "GM1900"},
      {"sudwest-fryslan", "GM1900"},
      {"S\xC3\xBA"
       "dwest-Frysl\xC3\xA2n",
       "GM1900"},
      {"den bosch", "GM0796"},
      {"Den Haag", "GM0518"},
      {"GM0402", "GM0402"},
      {"0402", "GM0402"},
      {"hilversum", "GM0402"},
      {"hertogenbosch", "GM0796"},
      {"den bos", "GM0796"},
      {"gm402", "GM0402"},
      {"Dijk en Waard", "GM1980"},
  };
  for (const Case& c : cases) {
    const std::string query = c.query;
    CAPTURE(query);
    std::string message;
    CHECK(cli(c.query, &message) == c.code);
    CHECK(message.empty());
    CHECK(app_first_hit(c.query) == c.code);
  }
}

TEST_CASE("every gemeente of 2025 is found by its name and by its code, as in the app") {
  const jv::Dataset& d = data2025();
  REQUIRE(d.gemeenten.size() == 342);
  for (const jv::Gemeente& g : d.gemeenten) {
    CAPTURE(g.name);
    CHECK(cli(g.name) == g.code);
    CHECK(cli(g.code) == g.code);
    CHECK(cli(g.code.substr(2)) == g.code);  // "0402"
    CHECK(app_first_hit(g.name) == g.code);
    CHECK(app_first_hit(g.code) == g.code);
  }
}

TEST_CASE("a name that fits several gemeenten picks none and names them, best first") {
  std::string message;
  CHECK(cli("Bergen", &message) == "-");
  CHECK(message ==
        "\xE2\x80\x9E"
        "Bergen\xE2\x80\x9D past bij meer dan \xC3\xA9\xC3\xA9n gemeente (gemeentegrenzen 2025): "
        "Bergen (L.) (GM0893), Bergen (NH.) (GM0373), Bergen op Zoom (GM0748). Geef de volledige naam of de code.");
  // The same three lead the app's list.
  const std::vector<int> hits = jv::search_gemeenten(data2025(), "Bergen", 8);
  REQUIRE(hits.size() >= 3);
  CHECK(data2025().gemeenten[static_cast<std::size_t>(hits[0])].code == "GM0893");
  CHECK(data2025().gemeenten[static_cast<std::size_t>(hits[1])].code == "GM0373");
  CHECK(data2025().gemeenten[static_cast<std::size_t>(hits[2])].code == "GM0748");

  CHECK(cli("Alkmar", &message) == "-");
  CHECK(message ==
        "Onbekende gemeente \xE2\x80\x9E"
        "Alkmar\xE2\x80\x9D (gemeentegrenzen 2025). Bedoelt u: Alkmaar (GM0361)?");
  CHECK(cli("", &message) == "-");
  CHECK(message == "Geef een gemeente op met --gemeente, bijvoorbeeld --gemeente GM0402 of --gemeente Hilversum.");
}

TEST_CASE("the boundaries are 2025 unless --jaar 2021 is given") {
  std::vector<std::string> args = {"--gemeente", "Hilversum"};
  auto parse = [&] {
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    jv::cli::Options o;
    std::string error;
    REQUIRE(jv::cli::parse_options(static_cast<int>(argv.size()), argv.data(), o, error));
    return o.jaar;
  };
  CHECK(parse() == 2025);
  args.insert(args.end(), {"--jaar", "2021"});
  CHECK(parse() == 2021);
}

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

std::string series(const jv::FiguresStore& s, const std::string& query, std::string* message = nullptr) {
  std::string m;
  const int i = jv::cli::resolve_series(s, query, m);
  if (message) *message = m;
  return i >= 0 ? s.series[static_cast<std::size_t>(i)].id : "-";
}

}  // namespace

TEST_CASE("an indicator is found by its series id, KWB's variable id or its name, else close ids are named") {
  CHECK(series(store(), "jeugdzorg-tot-23") == "jeugdzorg-tot-23");
  CHECK(series(store(), "jeugdzorg_tot23") == "jeugdzorg-tot-23");
  CHECK(series(store(), "Jongeren met jeugdzorg (tot 23 jaar)") == "jeugdzorg-tot-23");
  CHECK(series(store(), "iv3-jeugd-lasten-per-inwoner-jaarrekening") == "iv3-jeugd-lasten-per-inwoner-jaarrekening");
  CHECK(series(store(), "Lasten jeugdzorg per inwoner (begroting)") == "iv3-jeugd-lasten-per-inwoner-begroting");
  std::string message;
  CHECK(series(store(), "jeugdzorg-tot-22", &message) == "-");
  CHECK(message ==
        "Onbekende indicator \xE2\x80\x9Ejeugdzorg-tot-22\xE2\x80\x9D. Bedoelt u: jeugdzorg-tot-23? Zie: "
        "jeugdvergelijker indicatoren");
  // The words typed start words of the id: every such series, at most five.
  CHECK(series(store(), "lasten per jeugdige", &message) == "-");
  CHECK(message ==
        "Onbekende indicator \xE2\x80\x9Elasten per jeugdige\xE2\x80\x9D. Bedoelt u: "
        "iv3-jeugd-lasten-per-jeugdige-begroting, iv3-jeugd-lasten-per-jeugdige-jaarrekening? Zie: "
        "jeugdvergelijker indicatoren");
  CHECK(series(store(), "wachtlijst", &message) == "-");
  CHECK(message == "Onbekende indicator \xE2\x80\x9Ewachtlijst\xE2\x80\x9D. Zie: jeugdvergelijker indicatoren");
  CHECK(series(store(), "", &message) == "-");
  CHECK(message ==
        "Geef een indicator op met --indicator, bijvoorbeeld --indicator jeugdzorg-tot-23. Zie: "
        "jeugdvergelijker indicatoren");
}

TEST_CASE("one name in two loaded tables is asked for by id, and --bron may be given more than once") {
  jv::FiguresStore s = store();
  const std::string text =
      "\"Jeugdhulp; gemeente\"\n\"Regio's\";\"Perioden\";\"Jongeren met jeugdhulp\"\n\"\";\"\";\"%\"\n"
      "\"Hilversum\";\"2022\";\"12,8\"\n\"Bron: CBS\"\n";
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  jv::ReadReport report;
  REQUIRE(jv::add_benchmark_source(s, "a.csv", bytes, report) >= 0);
  REQUIRE(jv::add_benchmark_source(s, "b.csv", bytes, report) >= 0);
  std::string message;
  CHECK(series(s, "Jongeren met jeugdhulp (%)", &message) == "-");
  CHECK(message ==
        "\xE2\x80\x9EJongeren met jeugdhulp (%)\xE2\x80\x9D past bij meer dan \xC3\xA9\xC3\xA9n reeks: "
        "statline-a-jongeren-met-jeugdhulp-pct (Jeugdhulp; gemeente), statline-b-jongeren-met-jeugdhulp-pct "
        "(Jeugdhulp; gemeente). Geef de id.");
  CHECK(series(s, "statline-b-jongeren-met-jeugdhulp-pct") == "statline-b-jongeren-met-jeugdhulp-pct");

  std::vector<std::string> args = {"--bron", "a.csv", "--gemeente", "Hilversum", "--bron", "b.csv"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  jv::cli::Options o;
  std::string error;
  REQUIRE(jv::cli::parse_options(static_cast<int>(argv.size()), argv.data(), o, error));
  CHECK(o.bron == std::vector<std::string>{"a.csv", "b.csv"});
}
