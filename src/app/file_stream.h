// A file the user chose or dropped, read by the shell in chunks (the browser: Blob.slice, 4 MiB a
// frame) so the page keeps drawing, shows how far it is and can stop. The first line decides what
// it is: a record-level trajectory file (core/flows.h) is folded into state per client as it
// arrives and becomes flow indicators among the own figures; anything else is collected and read
// at the end by app_load_file, exactly as a file handed over whole.
//
// Only aggregates are kept: the FlowReader of the last trajectory file stays in this page's
// memory (to count again per year, quarter or month) and is never stored, not even with
// "Onthoud op dit apparaat"; the stored own figures hold the flow figures only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/flows.h"

namespace jv::app {

struct AppState;

// The file being read, between app_file_begin and app_file_end or a cancel.
struct FileStream {
  enum class Kind : std::uint8_t { Undecided, Flows, Own };
  bool active = false;
  std::string file;
  std::size_t size = 0;      // as the shell announced it
  std::size_t received = 0;  // bytes handed over so far
  Kind kind = Kind::Undecided;
  std::vector<std::uint8_t> bytes;  // an own-data file (or the start of a file until its first line is in)
  std::unique_ptr<FlowReader> reader;
};

// Trajectory files: the one being read and the last one read.
struct FlowsState {
  FileStream stream;
  // The last trajectory file that was read to its end, memory only: its state per client, to
  // make the figures again for another granularity. Null when none (or it was refused).
  std::unique_ptr<FlowReader> reader;
  FlowReport report;  // what that file's reading said (also for a refused one)
  bool has_report = false;
  FlowGranularity granularity = FlowGranularity::Year;
  std::size_t figures = 0;  // own values the last aggregation added
  std::string message;      // why the last trajectory file was not read to its end (cancelled), Dutch
};

// The shell's side. begin: a new file of `size` bytes (any file being read is dropped first);
// false when it is refused at once (the public page, or larger than any file the app reads:
// the reason is in the report). chunk: the next bytes; false when the shell must stop reading
// (refused, or cancelled by the user). end: the whole file was handed over. cancel: drop the
// file being read; what was loaded before stays as it was.
bool app_file_begin(AppState& app, std::string_view file_name, std::size_t size);
bool app_file_chunk(AppState& app, std::span<const std::uint8_t> bytes);
void app_file_end(AppState& app);
void app_file_cancel(AppState& app);
// 0..1 while a file is being read; negative when none is.
double app_file_progress(const AppState& app);

// Jaar / Kwartaal / Maand: the last trajectory file's figures again, for another granularity; they
// replace its figures of the granularity shown before. False when no trajectory file is loaded.
bool app_set_flow_granularity(AppState& app, FlowGranularity granularity);
// "Wis mijn gegevens": the trajectory state and the file being read go.
void app_forget_flows(AppState& app);

// The view's parts (view_flows.cpp): the progress bar with "Annuleren" while a file is read, and
// the last trajectory file's summary with the choice of granularity.
void view_file_progress(AppState& app, float width);
void view_flows_summary(AppState& app, float width);

}  // namespace jv::app
