// The bad-input catalogue (tests/fixtures/bad/): every file a user might load by mistake, each
// with the exact Dutch message it must give (tests/fixtures/bad/meldingen.tsv: file, TAB, the
// message as the report writes it, with file, row and column where they apply). Each file goes
// through the app as the browser hands it over (app/file_stream.h, 4 kB chunks here), after an
// example was loaded; afterwards every figure of that example must still be there, unchanged.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/file_stream.h"
#include "session.h"

using jv::platform::headless_frame;
using jv::platform::headless_open_file;
using jv::test::Session;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(static_cast<bool>(in), "missing: " << path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct Entry {
  std::string file, message;
};

std::vector<Entry> catalogue() {
  std::vector<Entry> out;
  std::istringstream lines(read_file(std::string(JV_SOURCE_DIR) + "/tests/fixtures/bad/meldingen.tsv"));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

// What the last load said first, as the report shows it: the first skipped row (with its file,
// row and column), or the refusal of the file as a whole.
std::string first_message(const jv::app::AppState& app, bool flows) {
  const std::vector<jv::Problem>& problems = flows ? app.flows.report.problems : app.own.last_report.problems;
  return problems.empty() ? std::string() : problems.front().to_string();
}

void load(Session& s, const std::string& name, const std::string& bytes) {
  headless_open_file(s.shell, name, bytes, 4096);
  for (int i = 0; i < 400 && s.shell.app.flows.stream.active; ++i) headless_frame(s.shell);
  headless_frame(s.shell);
}

}  // namespace

TEST_CASE("bad inputs: each file of the catalogue gives its message, and what was loaded before stays") {
  const std::vector<Entry> entries = catalogue();
  CHECK(entries.size() >= 30);
  Session s(1280, 800);
  jv::app::AppState& app = s.shell.app;
  const std::string example = "hilversum_jeugdhulp_2018_2022.csv";
  load(s, example, read_file(std::string(JV_SOURCE_DIR) + "/data/examples/" + example));
  REQUIRE(app.own.data.values.size() == 10);
  const std::vector<jv::OwnValue> before = app.own.data.values;
  for (const Entry& e : entries) {
    INFO(e.file);
    const std::string bytes = read_file(std::string(JV_SOURCE_DIR) + "/tests/fixtures/bad/" + e.file);
    const bool flows = jv::is_flow_header(
        {reinterpret_cast<const std::uint8_t*>(bytes.data()), std::min<std::size_t>(bytes.find('\n'), bytes.size())});
    load(s, e.file, bytes);
    CHECK(first_message(app, flows) == e.message);
    // Every figure of the example is still there, as it was.
    for (const jv::OwnValue& v : before) {
      const bool kept = std::any_of(app.own.data.values.begin(), app.own.data.values.end(), [&](const jv::OwnValue& w) {
        return w.gemeente == v.gemeente && w.indicator == v.indicator && w.period == v.period && w.value == v.value &&
               w.file == v.file;
      });
      CHECK_MESSAGE(kept, v.gemeente << " " << v.indicator << " " << v.period.label());
    }
  }
}
