// The own figures file by file: listing, taking one out, a corrected file replacing the one of the
// same name, and the sentence that says which gemeenten a load brought figures for.
#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ownset.h"
#include "data/embedded_data.h"
#include "data2025.h"

namespace {

using jv::test::data2025;

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

bool load(jv::OwnData& data, std::string_view name, std::string_view text, bool* replaced = nullptr) {
  jv::ReadReport report;
  bool r = false;
  const bool ok = jv::load_own_file(name, bytes_of(text), {}, data2025(), data, report, r);
  if (replaced) *replaced = r;
  return ok;
}

std::size_t count_of(const jv::OwnData& data, std::string_view file) {
  std::size_t n = 0;
  for (const jv::OwnValue& v : data.values) n += v.file == file;
  return n;
}

const jv::OwnValue* find(const jv::OwnData& data, std::string_view gemeente, std::string_view indicator_name,
                         std::string_view period) {
  for (const jv::OwnValue& v : data.values) {
    const jv::OwnIndicator* ind = data.indicator(v.indicator);
    if (v.gemeente == gemeente && ind && ind->meta.name == indicator_name && v.period.label() == period) return &v;
  }
  return nullptr;
}

constexpr std::string_view kLisse =
    "gemeente;indicator;periode;waarde\n"
    "Lisse;Jeugdigen met jeugdhulp;2023;11,5%\n"
    "Lisse;Thuiszitters;2023/2024;0,9%\n"
    "Lisse;Jeugdhulp met verblijf;2024;48\n"
    "Hilversum;Jeugdigen met jeugdhulp;2023;12,4%\n"
    "Hilversum;Jeugdhulp met verblijf;2024;130\n";

constexpr std::string_view kTeylingen =
    "gemeente;indicator;periode;waarde\n"
    "Teylingen;Jeugdigen met jeugdhulp;2023;10,1%\n"
    "Teylingen;Wachttijd jeugdhulp (dagen);2024;61\n";

}  // namespace

TEST_CASE("own files: two files listed with what each holds, in load order") {
  jv::OwnData data;
  REQUIRE(load(data, "lisse.csv", kLisse));
  REQUIRE(load(data, "teylingen.csv", kTeylingen));
  const std::vector<jv::OwnFile> files = jv::own_files(data);
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "lisse.csv");
  CHECK(files[0].values == 5);
  CHECK(files[0].gemeenten == std::vector<std::string>{"GM0402", "GM0553"});
  CHECK(files[0].indicators.size() == 3);
  CHECK(files[1].name == "teylingen.csv");
  CHECK(files[1].values == 2);
  CHECK(files[1].gemeenten == std::vector<std::string>{"GM1525"});
  CHECK(files[1].periods == std::vector<std::string>{"2023", "2024"});
}

TEST_CASE("own files: removing one takes out exactly its figures, the other file's stay") {
  jv::OwnData data;
  REQUIRE(load(data, "lisse.csv", kLisse));
  REQUIRE(load(data, "teylingen.csv", kTeylingen));
  const jv::OwnValue teylingen = *find(data, "GM1525", "Jeugdigen met jeugdhulp", "2023");
  CHECK(jv::remove_own_file(data, "lisse.csv"));
  CHECK(count_of(data, "lisse.csv") == 0);
  CHECK(data.values.size() == 2);
  CHECK(data.files == std::vector<std::string>{"teylingen.csv"});
  const jv::OwnValue* left = find(data, "GM1525", "Jeugdigen met jeugdhulp", "2023");
  REQUIRE(left);
  CHECK(left->value == doctest::Approx(teylingen.value));
  CHECK(find(data, "GM1525", "Wachttijd jeugdhulp", "2024") != nullptr);
  // Indicators only Lisse's file had are gone with it; the shared one stays.
  for (const jv::OwnIndicator& ind : data.indicators) CHECK(ind.meta.name != "Thuiszitters");
  CHECK(data.indicators.size() == 2);
  // A file that is not loaded changes nothing.
  CHECK_FALSE(jv::remove_own_file(data, "lisse.csv"));
  CHECK(data.values.size() == 2);
}

TEST_CASE("own files: a corrected file with the same name replaces the first, it is not added twice") {
  jv::OwnData data;
  bool replaced = true;
  REQUIRE(load(data, "lisse.csv", kLisse, &replaced));
  CHECK_FALSE(replaced);
  REQUIRE(load(data, "teylingen.csv", kTeylingen));
  // The correction: Lisse's percentage was wrong, Hilversum's rows were a mistake.
  constexpr std::string_view corrected =
      "gemeente;indicator;periode;waarde\n"
      "Lisse;Jeugdigen met jeugdhulp;2023;10,9%\n"
      "Lisse;Jeugdhulp met verblijf;2024;48\n";
  REQUIRE(load(data, "lisse.csv", corrected, &replaced));
  CHECK(replaced);
  CHECK(count_of(data, "lisse.csv") == 2);
  CHECK(data.values.size() == 4);
  CHECK(find(data, "GM0553", "Jeugdigen met jeugdhulp", "2023")->value == doctest::Approx(10.9));
  CHECK(find(data, "GM0553", "Thuiszitters", "2023/2024") == nullptr);
  CHECK(find(data, "GM0402", "Jeugdigen met jeugdhulp", "2023") == nullptr);
  CHECK(find(data, "GM1525", "Jeugdigen met jeugdhulp", "2023") != nullptr);
  CHECK(data.files == std::vector<std::string>{"teylingen.csv", "lisse.csv"});
  // A correction that cannot be read leaves the file it would replace.
  jv::ReadReport report;
  const jv::OwnData before = data;
  CHECK_FALSE(jv::load_own_file("lisse.csv", bytes_of("gemeente;indicator;periode;waarde\n"), {}, data2025(), data,
                                report, replaced));
  CHECK(data.values.size() == before.values.size());
  CHECK(count_of(data, "lisse.csv") == 2);
}

TEST_CASE("own files: the sentence after a load names every gemeente it brought figures for") {
  jv::OwnData data;
  REQUIRE(load(data, "lisse.csv", kLisse));
  CHECK(jv::own_load_summary(data, "lisse.csv", data2025(), "GM0553", false) ==
        "\xE2\x80\x9Elisse.csv\xE2\x80\x9D: 3 indicatoren voor Lisse en 2 voor Hilversum; u bekijkt nu Lisse.");
  // On screen a gemeente the file does not have: where the figures went, and how to see them.
  REQUIRE(load(data, "teylingen.csv", kTeylingen));
  CHECK(jv::own_load_summary(data, "teylingen.csv", data2025(), "GM0553", false) ==
        "\xE2\x80\x9Eteylingen.csv\xE2\x80\x9D: 2 indicatoren voor Teylingen; u bekijkt nu Lisse. Kies Teylingen "
        "hierboven om ze te zien.");
  CHECK(jv::own_load_summary(data, "teylingen.csv", data2025(), "", false) ==
        "\xE2\x80\x9Eteylingen.csv\xE2\x80\x9D: 2 indicatoren voor Teylingen. Kies Teylingen hierboven om ze te zien.");
  bool replaced = false;
  REQUIRE(load(data, "lisse.csv", "gemeente;indicator;periode;waarde\nLisse;Thuiszitters;2023/2024;0,8%\n", &replaced));
  CHECK(jv::own_load_summary(data, "lisse.csv", data2025(), "GM0553", replaced) ==
        "Dit bestand vervangt het eerder geladen bestand \xE2\x80\x9Elisse.csv\xE2\x80\x9D. "
        "\xE2\x80\x9Elisse.csv\xE2\x80\x9D: 1 indicator voor Lisse; u bekijkt nu Lisse.");
}

TEST_CASE("own files: a region's file of seven gemeenten names four and counts the rest, Nederland as reference") {
  jv::OwnData data;
  const std::string region =
      "gemeente;indicator;periode;waarde\n"
      "Hillegom;Jeugdhulp met verblijf;2024;31\n"
      "Lisse;Jeugdhulp met verblijf;2024;48\n"
      "Lisse;Jeugdigen met jeugdhulp;2024;11,2%\n"
      "Teylingen;Jeugdhulp met verblijf;2024;52\n"
      "Noordwijk;Jeugdhulp met verblijf;2024;44\n"
      "Katwijk;Jeugdhulp met verblijf;2024;90\n"
      "Leiden;Jeugdhulp met verblijf;2024;300\n"
      "Oegstgeest;Jeugdhulp met verblijf;2024;25\n"
      "Nederland;Jeugdigen met jeugdhulp;2024;12,0%\n";
  REQUIRE(load(data, "holland-rijnland.csv", region));
  CHECK(jv::own_load_summary(data, "holland-rijnland.csv", data2025(), "GM0553", false) ==
        "\xE2\x80\x9Eholland-rijnland.csv\xE2\x80\x9D: 2 indicatoren voor Lisse, 1 voor Hillegom, 1 voor Katwijk, 1 "
        "voor Leiden en 1 voor nog 3 gemeenten, en 1 voor Nederland (ter vergelijking); u bekijkt nu Lisse.");
}

TEST_CASE("own rows: the figures of one gemeente, sorted, with Nederland's beside them") {
  jv::OwnData data;
  REQUIRE(load(data, "lisse.csv", kLisse));
  REQUIRE(load(data, "nl.csv", "gemeente;indicator;periode;waarde\nNederland;Jeugdigen met jeugdhulp;2023;12,1%\n"));
  bool trimmed = true;
  const std::vector<std::size_t> rows = jv::own_rows_of(data, "GM0553", trimmed);
  CHECK_FALSE(trimmed);
  REQUIRE(rows.size() == 3);
  for (const std::size_t i : rows) CHECK(data.values[i].gemeente == "GM0553");
  const std::vector<std::ptrdiff_t> nl = jv::own_national(data, rows);
  REQUIRE(nl.size() == 3);
  std::size_t with_nl = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (nl[r] < 0) continue;
    ++with_nl;
    CHECK(data.values[static_cast<std::size_t>(nl[r])].value == doctest::Approx(12.1));
  }
  CHECK(with_nl == 1);
  // Provenance: the file names no source, so the file is the source; the periods as listed.
  const std::vector<jv::IndicatorMeta> meta = jv::own_provenance(data, rows);
  REQUIRE(meta.size() == 3);
  for (const jv::IndicatorMeta& m : meta) {
    CAPTURE(m.name);
    CHECK(m.source == "lisse.csv");
    CHECK_FALSE(m.period.empty());
  }
}

TEST_CASE("own export for the council paper: one gemeente, Nederland only beside its figures, provenance first") {
  jv::OwnData data;
  REQUIRE(load(data, "lisse.csv",
               "gemeente;indicator;periode;waarde;bron\n"
               "Lisse;Jeugdigen met jeugdhulp;2023;11,5%;Monitor Lisse\n"
               "Lisse;Jeugdhulp met verblijf;2024;48;Monitor Lisse\n"
               "Nederland;Jeugdigen met jeugdhulp;2023;12,1%;Monitor Lisse\n"));
  REQUIRE(load(data, "hilversum.csv",
               "gemeente;indicator;periode;waarde\n"
               "Hilversum;Jeugdigen met jeugdhulp;2022;13,0%\n"
               "Nederland;Jeugdigen met jeugdhulp;2022;12,2%\n"));
  const std::string csv = jv::export_own_csv(data, data2025(), "GM0553");
  CHECK(csv.rfind(
            "\xEF\xBB\xBFJeugdvergelijker: eigen cijfers van Lisse voor het raadsstuk\r\nGemeente;Lisse (GM0553)\r\n",
            0) == 0);
  CHECK(csv.find("\r\nIndicator;Bron;Periode;Definitie;Teller;Noemer;Eenheid\r\nJeugdigen met jeugdhulp;Monitor Lisse "
                 "(lisse.csv);2023;") != std::string::npos);
  CHECK(csv.find("Lisse;GM0553;Jeugdigen met jeugdhulp;;2023;11,50;%;definitief\r\n") != std::string::npos);
  CHECK(csv.find("Lisse;GM0553;Jeugdhulp met verblijf;;2024;50;aantal;definitief\r\n") != std::string::npos);
  CHECK(csv.find("Nederland;NL;Jeugdigen met jeugdhulp;;2023;12,10;") != std::string::npos);
  // Hilversum's figures and the national one of 2022 beside them are not Lisse's paper.
  CHECK(csv.find("Hilversum") == std::string::npos);
  CHECK(csv.find(";2022;") == std::string::npos);
  CHECK(csv.find("hilversum.csv") == std::string::npos);
}

TEST_CASE("own files kept on the device: each file back under its name, an earlier single text as one file") {
  jv::OwnData data;
  REQUIRE(load(data, "lisse.csv", kLisse));
  REQUIRE(load(data, "teylingen.csv", kTeylingen));
  const std::string kept = jv::serialize_own_files(data);
  CHECK(kept.rfind("#bestand;lisse.csv\n", 0) == 0);
  jv::OwnData back;
  REQUIRE(jv::read_own_files(kept, data2025(), "op dit apparaat bewaard", back));
  CHECK(back.files == data.files);
  CHECK(count_of(back, "lisse.csv") == 5);
  CHECK(count_of(back, "teylingen.csv") == 2);
  CHECK(find(back, "GM1525", "Wachttijd jeugdhulp", "2024")->value == doctest::Approx(61));
  // What an earlier version kept (serialize_own_data, no file lines): one file.
  jv::OwnData old;
  REQUIRE(jv::read_own_files(jv::serialize_own_data(data), data2025(), "op dit apparaat bewaard", old));
  CHECK(old.files == std::vector<std::string>{"op dit apparaat bewaard"});
  CHECK(old.values.size() == 7);
}
