// Eigen cijfers file by file: every loaded file listed with what it holds, "Verwijder" taking out
// exactly that file, a corrected file of the same name replacing the first, and a sentence after
// each load saying for which gemeenten it brought figures.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/layout.h"
#include "imgui.h"
#include "platform/headless/headless.h"
#include "session.h"

using namespace jv::platform;
using jv::test::Session;
using jv::test::text_drawn;

namespace {

bool has(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

bool drawn(const Headless& shell, const char* id) {
  ImVec2 a, b;
  return headless_widget(shell, id, &a, &b);
}

// A file chosen with "Bestand kiezen…", handed over as the browser does, until it is read.
void open_file(Headless& shell, const std::string& name, const std::string& bytes) {
  REQUIRE(headless_open_file(shell, name, bytes));
  for (int i = 0; i < 5; ++i) headless_frame(shell);
  REQUIRE(shell.app.own.last_report.ok);
}

std::size_t from_file(const jv::app::AppState& app, std::string_view file) {
  std::size_t n = 0;
  for (const jv::OwnValue& v : app.own.data.values) n += v.file == file;
  return n;
}

const std::string kLisse =
    "gemeente;indicator;periode;waarde\n"
    "Lisse;Jeugdigen met jeugdhulp;2023;11,5%\n"
    "Lisse;Thuiszitters;2023/2024;0,9%\n"
    "Lisse;Jeugdhulp met verblijf;2024;48\n"
    "Hilversum;Jeugdigen met jeugdhulp;2023;12,4%\n"
    "Hilversum;Jeugdhulp met verblijf;2024;130\n";

const std::string kTeylingen =
    "gemeente;indicator;periode;waarde\n"
    "Teylingen;Jeugdigen met jeugdhulp;2023;10,1%\n"
    "Teylingen;Wachttijd jeugdhulp (dagen);2024;61\n";

}  // namespace

TEST_CASE("own files: two files are listed with what they hold, and Verwijder takes out exactly one") {
  Session s(1280, 3000);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  open_file(s.shell, "lisse.csv", kLisse);
  open_file(s.shell, "teylingen.csv", kTeylingen);
  REQUIRE(app.own.data.values.size() == 7);
  CHECK(drawn(s.shell, "own.file.0"));
  CHECK(drawn(s.shell, "own.file.1"));
  const std::string text = text_drawn(s.shell);
  CAPTURE(text);
  // Name, size, rows, gemeenten, indicators and when: for each file.
  CHECK(has(text, "lisse.csv: " + std::to_string(kLisse.size()) + " bytes, 5 waarden"));
  CHECK(has(text, "teylingen.csv: " + std::to_string(kTeylingen.size()) + " bytes, 2 waarden"));
  CHECK(has(text, "Gemeenten: Hilversum, Lisse."));
  CHECK(has(text, "Gemeenten: Teylingen."));
  CHECK(has(text, "Indicatoren: Jeugdhulp met verblijf, Jeugdigen met jeugdhulp, Thuiszitters."));
  CHECK(has(text, "Geladen om "));
  // Lisse's file out: Teylingen's two figures stay, exactly as they were.
  headless_click_widget(s.shell, "own.file_remove.0");
  headless_frame(s.shell);
  CHECK(app.own.data.values.size() == 2);
  CHECK(from_file(app, "teylingen.csv") == 2);
  CHECK(from_file(app, "lisse.csv") == 0);
  CHECK(drawn(s.shell, "own.file.0"));
  CHECK_FALSE(drawn(s.shell, "own.file.1"));
  const std::string after = text_drawn(s.shell);
  CHECK(has(after, "\xE2\x80\x9Elisse.csv\xE2\x80\x9D is verwijderd; de andere bestanden blijven geladen."));
  CHECK_FALSE(has(after, "lisse.csv: "));
  // The series a region's figures formed follow the figures: none left of Lisse's file.
  for (const jv::Source& src : app.model.store.sources) CHECK(src.file_name != "lisse.csv");
}

TEST_CASE("own files: a corrected file with the same name replaces the first instead of adding to it") {
  Session s(1280, 3000);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  open_file(s.shell, "lisse.csv", kLisse);
  open_file(s.shell, "teylingen.csv", kTeylingen);
  const std::string corrected =
      "gemeente;indicator;periode;waarde\n"
      "Lisse;Jeugdigen met jeugdhulp;2023;10,9%\n"
      "Lisse;Jeugdhulp met verblijf;2024;48\n";
  open_file(s.shell, "lisse.csv", corrected);
  CHECK(from_file(app, "lisse.csv") == 2);
  CHECK(app.own.data.values.size() == 4);
  CHECK(app.own.data.files == std::vector<std::string>{"teylingen.csv", "lisse.csv"});
  const std::string text = text_drawn(s.shell);
  CAPTURE(text);
  CHECK(has(text, "Dit bestand vervangt het eerder geladen bestand \xE2\x80\x9Elisse.csv\xE2\x80\x9D."));
  CHECK(drawn(s.shell, "own.file.1"));
  CHECK_FALSE(drawn(s.shell, "own.file.2"));
  for (const jv::OwnValue& v : app.own.data.values) CHECK(v.gemeente != "GM0402");  // Hilversum's rows are gone
}

TEST_CASE("own files: after a load a sentence says for which gemeenten, also one not on screen") {
  Session s(1280, 3000);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  const int lisse = app.model.store.data.find_code("GM0553");
  REQUIRE(lisse >= 0);
  jv::app::app_select_gemeente(app, lisse);
  headless_frame(s.shell);
  open_file(s.shell, "teylingen.csv", kTeylingen);
  CHECK(app.view.gemeente == lisse);  // the figures went elsewhere: the sentence says where
  std::string text = text_drawn(s.shell);
  CHECK(has(text,
            "\xE2\x80\x9Eteylingen.csv\xE2\x80\x9D: 2 indicatoren voor Teylingen; u bekijkt nu Lisse. Kies "
            "Teylingen hierboven om ze te zien."));
  open_file(s.shell, "lisse.csv", kLisse);
  text = text_drawn(s.shell);
  CHECK(has(text,
            "\xE2\x80\x9Elisse.csv\xE2\x80\x9D: 3 indicatoren voor Lisse en 2 voor Hilversum; u bekijkt nu Lisse."));
}

TEST_CASE("own files: two pastes are two files, not a correction of each other") {
  Session s(1280, 3000);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  jv::app::app_paste_table(app, "gemeente\tindicator\tperiode\twaarde\nLisse\tThuiszitters\t2023/2024\t0,9%\n");
  jv::app::app_paste_table(app, "gemeente\tindicator\tperiode\twaarde\nHillegom\tThuiszitters\t2023/2024\t1,0%\n");
  headless_frame(s.shell);
  CHECK(app.own.data.values.size() == 2);
  CHECK(app.own.data.files.size() == 2);
  CHECK(drawn(s.shell, "own.file.1"));
}

TEST_CASE("own files: files remembered on this device come back by name, each removable on its own") {
  std::map<std::string, std::string> storage;
  {
    Session s(1280, 3000);
    headless_click_widget(s.shell, "tabs.own");
    jv::app::app_set_remember(s.shell.app, true);
    open_file(s.shell, "lisse.csv", kLisse);
    open_file(s.shell, "teylingen.csv", kTeylingen);
    storage = s.shell.storage;
  }
  Session s(1280, 3000, 1.0f, storage);  // the page loaded again on the same device
  jv::app::AppState& app = s.shell.app;
  CHECK(app.own.data.values.size() == 7);
  CHECK(app.own.data.files == std::vector<std::string>{"lisse.csv", "teylingen.csv"});
  headless_click_widget(s.shell, "tabs.own");
  CHECK(drawn(s.shell, "own.file.1"));
  headless_click_widget(s.shell, "own.file_remove.1");
  CHECK(app.own.data.values.size() == 5);
  CHECK(from_file(app, "lisse.csv") == 5);
  // And what is kept on the device follows: Teylingen's file is gone there too.
  CHECK(s.shell.storage[jv::app::kOwnDataStorageKey].find("GM1525") == std::string::npos);
  CHECK(s.shell.storage[jv::app::kOwnDataStorageKey].find("GM0553") != std::string::npos);
}
