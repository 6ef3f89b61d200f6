// A file read in chunks (app/file_stream.h) in the headless shell, as the browser hands it over:
// progress between frames, "Annuleren", a record-level trajectory file becoming flow indicators
// in Eigen cijfers and its time series, and an own-data file read exactly as before.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/file_stream.h"
#include "imgui.h"
#include "session.h"

using jv::platform::headless_click_widget;
using jv::platform::headless_frame;
using jv::platform::headless_open_file;
using jv::test::Rect;
using jv::test::Session;
using jv::test::widget;

namespace {

// `n` clients of Hilversum, by hand: the odd ones ran from 15-01-2023 to 10-03-2023 (55 days), the
// even ones began on 2024-02-01 and still run, so the peildatum is 2024-02-01. Per year: in zorg
// 2023 n/2, 2024 n/2; instroom 2023 n/2, 2024 n/2; uitstroom 2023 n/2, 2024 0.
std::string trajectories(int n) {
  std::string out = "client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer\n";
  char row[128];
  for (int i = 1; i <= n; ++i) {
    if (i % 2 == 1) {
      std::snprintf(row, sizeof row, "P%04d;2012;Hilversum;15-01-2023;10-03-2023;zonder verblijf;huisarts\n", i);
    } else {
      std::snprintf(row, sizeof row, "P%04d;2012;GM0402;2024-02-01;;met verblijf;wijkteam\n", i);
    }
    out += row;
  }
  return out;
}

// The own value of Hilversum's total for an indicator and period label, or NaN.
double own_value(const jv::app::AppState& app, const char* indicator, const char* period) {
  for (const jv::OwnValue& v : app.own.data.values) {
    if (v.gemeente == "GM0402" && v.indicator == indicator && v.breakdown.empty() && v.period.label() == period)
      return v.value;
  }
  return jv::kNaN;
}

std::size_t flow_values(const jv::app::AppState& app) {
  std::size_t n = 0;
  for (const jv::OwnValue& v : app.own.data.values) n += v.indicator.rfind("stroom_", 0) == 0 ? 1 : 0;
  return n;
}

// Frames until the file is read (or `most` frames went by).
void read_to_end(Session& s, int most = 200) {
  for (int i = 0; i < most && s.shell.app.flows.stream.active; ++i) headless_frame(s.shell);
  headless_frame(s.shell);  // the report box grows to its content a frame later
}

const jv::app::ChartTable* table(const jv::app::AppState& app, const char* id) {
  for (const jv::app::ChartTable& t : app.frame.tables) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("trajectories: the header decides, under any of the column names, quoted, BOM or Windows-1252") {
  auto is = [](const std::string& line) {
    return jv::is_flow_header({reinterpret_cast<const std::uint8_t*>(line.data()), line.size()});
  };
  CHECK(is("client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer"));
  CHECK(is("\xEF\xBB\xBF\"Cli\xC3\xABnt_ID\",\"Startdatum\",\"Productcategorie\"\r\n"));
  CHECK(is("pseudoniem\tstart\tsoort\tkosten"));
  CHECK(is("Cli\xEBnt;Begin;Product"));            // Windows-1252
  CHECK_FALSE(is("client;begindatum;einddatum"));  // no product: not a trajectory file
  CHECK_FALSE(is("gemeente;indicator;periode;waarde"));
  CHECK_FALSE(is("client;begindatum product"));  // one column named "begindatum product"
  CHECK_FALSE(is(""));
}

TEST_CASE("trajectories: read in chunks with progress between frames, then flow indicators in Eigen cijfers") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  app.own.remember = true;  // even so, only the aggregates are stored
  const std::string file = trajectories(300);
  REQUIRE(headless_open_file(s.shell, "trajecten.csv", file, 1000));
  CHECK(app.view.tab == jv::app::Tab::OwnData);
  double last = -1.0;
  int frames_with_progress = 0;
  while (app.flows.stream.active) {
    headless_frame(s.shell);
    if (!app.flows.stream.active) break;
    // Each frame takes one chunk and draws how far it is, with its cancel button.
    const double progress = jv::app::app_file_progress(app);
    CHECK(progress > last);
    CHECK(progress <= 1.0);
    last = progress;
    CHECK(app.flows.stream.kind == jv::app::FileStream::Kind::Flows);
    CHECK(app.flows.stream.bytes.empty());  // no row of the file is kept
    headless_frame(s.shell);                // the bar shows what the frame before read
    if (!app.flows.stream.active) break;
    widget(s.shell, "own.progress");
    widget(s.shell, "own.progress_cancel");
    ++frames_with_progress;
  }
  CHECK(frames_with_progress >= 5);
  read_to_end(s);
  const jv::FlowReport& r = app.flows.report;
  INFO(jv::app::app_test_state_json(app));
  REQUIRE(r.ok);
  CHECK(r.rows_read == 300);
  CHECK(r.clients == 300);
  CHECK(r.trajectories == 300);
  CHECK(r.peildatum == jv::days_from_civil(2024, 2, 1));
  CHECK(r.first_day == jv::days_from_civil(2023, 1, 15));
  REQUIRE(app.view.gemeente >= 0);
  CHECK(app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code == "GM0402");
  CHECK(own_value(app, "stroom_in_zorg", "2023") == 150.0);
  CHECK(own_value(app, "stroom_in_zorg", "2024") == 150.0);
  CHECK(own_value(app, "stroom_instroom", "2023") == 150.0);
  CHECK(own_value(app, "stroom_instroom", "2024") == 150.0);
  CHECK(own_value(app, "stroom_uitstroom", "2023") == 150.0);
  CHECK(own_value(app, "stroom_uitstroom", "2024") == 0.0);
  CHECK(own_value(app, "stroom_duur_gemiddeld", "2023") == 55.0);
  // Per 1.000 young people 0-17 (the clients are 11 in 2023), over the Gemeentefonds' 18.901,6.
  CHECK(own_value(app, "stroom_in_zorg_per_1000", "2023") == doctest::Approx(150.0 / 18901.6 * 1000.0));
  CHECK(app.flows.figures == flow_values(app));
  // The summary and the figures' table are on screen.
  widget(s.shell, "flows.report");
  widget(s.shell, "flows.counts");
  widget(s.shell, "own.table");

  // Stored on this device as the own figures: the aggregates, never a client or a row.
  REQUIRE(s.shell.storage.count(jv::app::kOwnDataStorageKey) == 1);
  const std::string& stored = s.shell.storage[jv::app::kOwnDataStorageKey];
  CHECK(stored.find("stroom_in_zorg") != std::string::npos);
  CHECK(stored.find("P0001") == std::string::npos);
  CHECK(stored.find("P0300") == std::string::npos);
  CHECK(stored.find("15-01-2023") == std::string::npos);

  // Per quarter: the same file counted again, the yearly figures replaced.
  headless_click_widget(s.shell, "flows.quarter");
  CHECK(app.flows.granularity == jv::FlowGranularity::Quarter);
  CHECK(std::isnan(own_value(app, "stroom_in_zorg", "2023")));
  CHECK(own_value(app, "stroom_in_zorg", "2023-Q1") == 150.0);
  CHECK(own_value(app, "stroom_in_zorg", "2024-Q1") == 150.0);
  CHECK(own_value(app, "stroom_uitstroom", "2023-Q1") == 150.0);
  CHECK(app.flows.figures == flow_values(app));
  CHECK(s.shell.storage[jv::app::kOwnDataStorageKey].find("2023-Q1") != std::string::npos);
  // The table keeps to the latest complete quarter of the flow figures and says where the rest is.
  headless_frame(s.shell);
  widget(s.shell, "own.note_flows");

  // The time series of own figures: in zorg per quarter, as its table shows it.
  app.view.tab = jv::app::Tab::Indicator;
  app.view.detail = jv::app::DetailView::TimeSeries;
  app.ui.series = "stroom_in_zorg|";
  app.ui.chart_table = true;
  headless_frame(s.shell);
  headless_frame(s.shell);
  const jv::app::ChartTable* t = table(app, "eigen-reeks");
  REQUIRE(t != nullptr);
  REQUIRE(t->rows.size() >= 5);  // 2023-Q1 .. 2024-Q1
  CHECK(t->rows.front().cells == std::vector<std::string>{"2023-Q1", "150"});
  CHECK(t->rows.back().cells == std::vector<std::string>{"2024-Q1", "150"});

  // "Wis mijn gegevens": the figures, the summary and the reader go.
  app.view.tab = jv::app::Tab::OwnData;
  headless_frame(s.shell);
  headless_click_widget(s.shell, "own.forget");
  CHECK(app.own.data.values.empty());
  CHECK_FALSE(app.flows.has_report);
  CHECK(app.flows.reader == nullptr);
}

TEST_CASE("trajectories: Annuleren drops the file being read and keeps the own figures loaded before") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  headless_click_widget(s.shell, "tabs.own");
  headless_click_widget(s.shell, "own.example.0");
  REQUIRE(app.own.data.values.size() == 10);
  const std::string file = trajectories(400);
  REQUIRE(headless_open_file(s.shell, "trajecten.csv", file, 200));
  for (int i = 0; i < 4; ++i) headless_frame(s.shell);
  REQUIRE(app.flows.stream.active);
  const Rect cancel = widget(s.shell, "own.progress_cancel");
  ImGui::GetIO().AddMousePosEvent((cancel.min.x + cancel.max.x) * 0.5f, (cancel.min.y + cancel.max.y) * 0.5f);
  headless_frame(s.shell);
  headless_frame(s.shell);
  headless_click_widget(s.shell, "own.progress_cancel");
  CHECK_FALSE(app.flows.stream.active);
  CHECK_FALSE(s.shell.file.open);  // the shell was told to stop reading
  CHECK(app.flows.stream.reader == nullptr);
  CHECK(app.own.data.values.size() == 10);
  CHECK(flow_values(app) == 0);
  CHECK_FALSE(app.flows.has_report);
  CHECK(app.flows.message == "Het lezen van trajecten.csv is afgebroken. Wat u eerder laadde, is bewaard gebleven.");
  headless_frame(s.shell);
  widget(s.shell, "own.read_message");

  // Loaded again, to the end: the example's figures and the flow figures side by side.
  REQUIRE(headless_open_file(s.shell, "trajecten.csv", file, 4096));
  CHECK(app.flows.message.empty());
  read_to_end(s);
  REQUIRE(app.flows.report.ok);
  CHECK(app.flows.report.clients == 400);
  CHECK(own_value(app, "stroom_in_zorg", "2023") == 200.0);
  CHECK(app.own.data.values.size() == 10 + flow_values(app));
}

TEST_CASE("trajectories: a new file while one is read replaces it, and a refused one keeps the last") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  REQUIRE(headless_open_file(s.shell, "eerste.csv", trajectories(40), 64));
  headless_frame(s.shell);
  headless_frame(s.shell);
  REQUIRE(app.flows.stream.active);
  REQUIRE(headless_open_file(s.shell, "tweede.csv", trajectories(20), 64));
  read_to_end(s);
  REQUIRE(app.flows.report.ok);
  CHECK(app.flows.report.file == "tweede.csv");
  CHECK(app.flows.report.clients == 20);
  CHECK(own_value(app, "stroom_in_zorg", "2023") == 10.0);

  // A key that is a BSN: refused by the reader, and the figures of tweede.csv stay.
  const std::string bsn =
      "client;geboortejaar;gemeente;begindatum;einddatum;product\n"
      "111222333;2012;Hilversum;2023-01-15;;zonder verblijf\n";
  REQUIRE(headless_open_file(s.shell, "bsn.csv", bsn, 16));
  read_to_end(s);
  CHECK_FALSE(app.flows.report.ok);
  CHECK(app.flows.report.file == "bsn.csv");
  CHECK_FALSE(app.flows.report.problems.empty());
  CHECK(own_value(app, "stroom_in_zorg", "2023") == 10.0);
  widget(s.shell, "flows.report");
}

TEST_CASE("trajectories: an own-data file in chunks reads as before, and one over its limit is refused at once") {
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  const std::string own =
      "gemeente;indicator;periode;waarde\nHilversum;Thuiszitters;2024;1,3%\nHuizen;Thuiszitters;2024;0,9%\n";
  REQUIRE(headless_open_file(s.shell, "eigen.csv", own, 7));
  read_to_end(s);
  CHECK(app.own.last_report.ok);
  CHECK(app.own.last_report.file == "eigen.csv");
  CHECK(app.own.data.values.size() == 2);
  CHECK_FALSE(app.flows.has_report);

  // An empty file: the own-data reader's message, as for a file handed over whole.
  REQUIRE(headless_open_file(s.shell, "leeg.csv", ""));
  read_to_end(s);
  REQUIRE(app.own.last_report.problems.size() == 1);
  CHECK(app.own.last_report.problems[0].to_string() ==
        "leeg.csv: Het bestand is leeg. Kies het bestand met uw cijfers, of download het sjabloon en vul dat in.");

  // 21 MB of own figures: refused when its first line is in, the rest never read.
  std::string big = "gemeente;indicator;periode;waarde\n";
  big.resize(std::size_t(21) << 20, '\n');
  REQUIRE(headless_open_file(s.shell, "groot.csv", big, std::size_t(4) << 20));
  headless_frame(s.shell);
  CHECK_FALSE(app.flows.stream.active);
  CHECK_FALSE(s.shell.file.open);
  REQUIRE(app.own.last_report.problems.size() == 1);
  CHECK(app.own.last_report.problems[0].to_string() ==
        "groot.csv: Het bestand is 21,0 MB; de grens is 20 MB. Laad alleen de tabel met cijfers per gemeente en "
        "periode, zonder andere werkbladen of afbeeldingen.");
  CHECK(app.own.data.values.size() == 2);  // what was loaded stays
}

TEST_CASE("trajectories: small counts of a trajectory file stay hidden on screen and out of the export") {
  Session s(1280, 4000);  // tall enough for the export button under the figures
  jv::app::AppState& app = s.shell.app;
  // 16 clients: 8 in zorg in 2023 and 8 in 2024, each a count from 1 to 9.
  REQUIRE(headless_open_file(s.shell, "klein.csv", trajectories(16), 300));
  read_to_end(s);
  REQUIRE(app.flows.report.ok);
  std::size_t in_care = app.own.data.values.size();
  for (std::size_t i = 0; i < app.own.data.values.size(); ++i) {
    const jv::OwnValue& v = app.own.data.values[i];
    if (v.indicator == "stroom_in_zorg" && v.breakdown.empty() && v.period.label() == "2023") in_care = i;
  }
  REQUIRE(in_care < app.own.data.values.size());
  CHECK(app.own.data.values[in_care].value == 8.0);  // the user's own count, exact in memory
  CHECK(jv::app::own_hidden(app, in_care) == jv::Hidden::Small);
  widget(s.shell, "own.note_small");  // the table says why figures are hidden
  headless_click_widget(s.shell, "own.export");
  REQUIRE(s.shell.downloads.size() == 1);
  const std::string& csv = s.shell.downloads.back().data;
  // The export's in-zorg total of 2023 carries no number, only the reason.
  CHECK(csv.find("\r\nHilversum;GM0402;Jeugdigen in zorg;;2023;;aantal;< 10, niet gedeeld\r\n") != std::string::npos);
  CHECK(csv.find("Hilversum;GM0402;Jeugdigen in zorg;;2023;8;") == std::string::npos);
}
