#include "app/file_stream.h"

#include <algorithm>
#include <cstring>

#include "app/app.h"
#include "app/i18n.h"
#include "core/format.h"
#include "core/io/encoding.h"
#include "core/text.h"
#include "data/embedded_data.h"

namespace jv::app {

namespace {

// A header longer than this is no trajectory file's (eight short column names): decide with it.
constexpr std::size_t kHeaderBytes = 64 * 1024;

void refuse_own(AppState& app, const std::string& file, std::string message) {
  ReadReport report;
  report.file = file;
  Problem p;
  p.file = file;
  p.fatal = true;
  p.message = std::move(message);
  report.problems.push_back(std::move(p));
  app.own.last_report = std::move(report);
  app.own.has_report = true;
  app.view.tab = Tab::OwnData;
}

bool is_flow_indicator(std::string_view id) {
  for (const OwnIndicatorSpec& spec : flow_indicator_catalogue()) {
    if (id == spec.id) return true;
  }
  return false;
}

// The last trajectory file's figures at the chosen granularity, in place of the ones it gave before.
void aggregate(AppState& app) {
  FlowsState& f = app.flows;
  if (!f.reader) return;
  const std::vector<FlowFigure> figures = f.reader->figures(f.granularity);
  const std::string& file = f.report.file;
  std::erase_if(app.own.data.values,
                [&](const OwnValue& v) { return v.file == file && is_flow_indicator(v.indicator); });
  add_flow_figures(figures, file, app.own.data, f.report.synthetic ? kSyntheticFlowSource : "");
  f.figures = figures.size();
  app.own.hidden = own_disclosure(app.own.data);
  app_refresh_store(app);
  // Stored (when the user asked for it) as every own figure: the aggregates, never the reader.
  app_set_remember(app, app.own.remember);
}

// The file's first line is in (or as much of it as there will be): a trajectory file goes to a
// FlowReader from here on, anything else is collected for the own-data reader.
bool decide(AppState& app) {
  FileStream& s = app.flows.stream;
  const auto nl = std::find(s.bytes.begin(), s.bytes.end(), std::uint8_t('\n'));
  if (!is_flow_header({s.bytes.data(), static_cast<std::size_t>(nl - s.bytes.begin())})) {
    s.kind = FileStream::Kind::Own;
    const std::size_t limit = ReadOptions{}.max_bytes;
    if (s.size > limit) {
      refuse_own(app, s.file, own_file_too_large_message(s.size, limit));
      app.flows.stream = FileStream{};
      return false;
    }
    s.bytes.reserve(s.size);
    return true;
  }
  s.kind = FileStream::Kind::Flows;
  FlowOptions options;
  // "In zorg per 1.000" over the Gemeentefonds' estimate of young people 0-17 the Iv3 file carries.
  options.population = youth_population_from_iv3(embedded_data_files().iv3);
  options.population_source = kIv3YouthSource;
  options.expected_bytes = s.size;
  // A date after today has not happened: it is reported and never moves the peildatum.
  options.today = app.model.today;
  if (app.view.gemeente >= 0)
    options.default_gemeente = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code;
  s.reader = std::make_unique<FlowReader>(s.file, app.model.public_store.data, std::move(options));
  std::vector<std::uint8_t> head;
  head.swap(s.bytes);  // from here on no byte of the file is kept
  if (!s.reader->feed(head)) {
    app.flows.report = s.reader->report();
    app.flows.has_report = true;
    app.flows.stream = FileStream{};
    app.view.tab = Tab::OwnData;
    return false;
  }
  return true;
}

}  // namespace

bool app_file_begin(AppState& app, std::string_view file_name, std::size_t size) {
  app_file_cancel(app);  // a new file replaces one still being read
  app.flows.message.clear();
  // The public page reads no files: a citizen's drop changes nothing on a municipality's site.
  if (app.view.mode == Mode::Public) return false;
  FileStream& s = app.flows.stream;
  s.active = true;
  s.file = std::string(file_name);
  s.size = size;
  app.view.tab = Tab::OwnData;  // where its progress and its cancel button are
  return true;
}

bool app_file_chunk(AppState& app, std::span<const std::uint8_t> bytes) {
  FileStream& s = app.flows.stream;
  if (!s.active) return false;
  s.received += bytes.size();
  if (s.kind == FileStream::Kind::Flows) {
    if (s.reader->feed(bytes)) return true;
    app.flows.report = s.reader->report();
    app.flows.has_report = true;
    app.flows.stream = FileStream{};
    app.view.tab = Tab::OwnData;
    return false;
  }
  if (s.kind == FileStream::Kind::Undecided) {
    const std::size_t had = s.bytes.size();
    s.bytes.insert(s.bytes.end(), bytes.begin(), bytes.end());
    const bool line_done = std::find(s.bytes.begin() + static_cast<std::ptrdiff_t>(had), s.bytes.end(),
                                     std::uint8_t('\n')) != s.bytes.end();
    if (line_done || s.bytes.size() >= kHeaderBytes) return decide(app);
    return true;
  }
  s.bytes.insert(s.bytes.end(), bytes.begin(), bytes.end());
  return true;
}

void app_file_end(AppState& app) {
  FileStream& s = app.flows.stream;
  if (!s.active) return;
  if (s.kind == FileStream::Kind::Undecided && !decide(app)) return;
  if (s.kind == FileStream::Kind::Own) {
    FileStream done = std::move(s);
    app.flows.stream = FileStream{};
    app_load_file(app, done.file, done.bytes);
    return;
  }
  std::unique_ptr<FlowReader> reader = std::move(s.reader);
  app.flows.stream = FileStream{};
  const bool ok = reader->finish();
  app.flows.report = reader->report();
  app.flows.has_report = true;
  app.view.tab = Tab::OwnData;
  if (!ok) return;  // refused: the trajectory file read before, and its figures, stay
  app.flows.reader = std::move(reader);
  aggregate(app);
  // With no gemeente chosen yet, the first one in the file becomes the one shown.
  if (app.view.gemeente < 0 && !app.flows.report.gemeenten.empty())
    app.view.gemeente = app.model.store.data.find_code(app.flows.report.gemeenten.front());
}

void app_file_cancel(AppState& app) {
  if (!app.flows.stream.active) return;
  app.flows.message =
      trf("Het lezen van {1} is afgebroken. Wat u eerder laadde, is bewaard gebleven.", {app.flows.stream.file});
  app.flows.stream = FileStream{};
}

double app_file_progress(const AppState& app) {
  const FileStream& s = app.flows.stream;
  if (!s.active) return -1.0;
  if (s.size == 0) return 0.0;
  return std::min(1.0, static_cast<double>(s.received) / static_cast<double>(s.size));
}

bool app_set_flow_granularity(AppState& app, FlowGranularity granularity) {
  if (!app.flows.reader) return false;
  app.flows.granularity = granularity;
  aggregate(app);
  return true;
}

void app_forget_flows(AppState& app) { app.flows = FlowsState{}; }

}  // namespace jv::app
