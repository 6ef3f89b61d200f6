// Shared by the app suites: a headless app for one test, and the rectangles of hooked widgets.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/layout.h"
#include "core/io/csv.h"
#include "imgui.h"
#include "platform/headless/headless.h"

namespace jv::test {

// The app in the headless shell for the length of one test.
struct Session {
  jv::platform::Headless shell;
  // `storage`: the browser's local storage as a page loaded again on the same device finds it.
  Session(float w, float h, float dpr = 1.0f, const std::map<std::string, std::string>& storage = {}) {
    jv::platform::headless_start(shell, w, h, dpr, storage);
  }
  ~Session() { jv::platform::headless_stop(shell); }
};

struct Rect {
  ImVec2 min, max;
};

// The rectangle of a hooked widget the last frame drew; fails the test when it was not drawn.
inline Rect widget(const jv::platform::Headless& shell, const char* id) {
  Rect r{};
  const bool found = jv::platform::headless_widget(shell, id, &r.min, &r.max);
  REQUIRE_MESSAGE(found, "widget not drawn: " << id);
  return r;
}

// The text the next frame draws, one drawn piece a line.
inline std::string text_drawn(jv::platform::Headless& shell) {
  jv::app::record_text(true);
  jv::platform::headless_frame(shell);
  std::string out;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) out += d.text + "\n";
  jv::app::record_text(false);
  return out;
}

// An exported CSV as Excel reads it: the records after the byte-order mark.
inline std::vector<std::vector<std::string>> csv_records(const std::string& csv) {
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  jv::CsvTable table;
  jv::CsvError error;
  REQUIRE(jv::parse_csv(std::string_view(csv).substr(3), ';', table, error));
  std::vector<std::vector<std::string>> out;
  for (const jv::CsvRecord& r : table.records) out.push_back(r.fields);
  return out;
}

// The records of an exported CSV after the line whose first field is `first_column`, up to the
// block "Niet getoond": the rows of one of its tables.
inline std::vector<std::vector<std::string>> csv_rows_after(const std::string& csv, const char* first_column) {
  std::vector<std::vector<std::string>> out;
  bool in = false;
  for (const std::vector<std::string>& r : csv_records(csv)) {
    if (!r.empty() && r[0] == "Niet getoond") break;
    if (in) out.push_back(r);
    if (!r.empty() && r[0] == first_column) in = true;
  }
  return out;
}

}  // namespace jv::test
