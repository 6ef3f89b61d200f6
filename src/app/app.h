// The application: one state, passed down explicitly to every view, and one function that draws
// a frame. The platform shells (web, headless) own the ImGui context, the fonts' texture and the
// main loop; they call app_frame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/file_stream.h"
#include "app/fonts.h"
#include "app/test_hook.h"
#include "app/text_field.h"
#include "app/view_link.h"
#include "core/compare.h"
#include "core/dataset.h"
#include "core/deck.h"
#include "core/figures.h"
#include "core/geometry.h"
#include "core/owndata.h"

namespace jv::app {

struct FrameStats {
  uint64_t frames_drawn = 0;   // frames rendered since start; idle must add none
  double last_frame_ms = 0.0;  // CPU time of the last frame's UI (NewFrame..Render)
  double max_frame_ms = 0.0;   // worst since start, excluding the first frame (font upload)
  double data_load_ms = 0.0;   // reading the compiled-in figures store at start (load_store)
};

// What the app may ask of its shell. The web shell opens the browser's file picker, downloads
// through a blob and uses localStorage; the headless shell records the calls for tests. Every
// hook may be null (then the feature is not offered).
struct PlatformHooks {
  void* user = nullptr;
  void (*open_file_picker)(void* user) = nullptr;
  void (*download)(void* user, const char* file_name, const char* mime, std::string_view data) = nullptr;
  void (*storage_set)(void* user, const char* key, std::string_view value) = nullptr;
  std::string (*storage_get)(void* user, const char* key) = nullptr;
  void (*storage_remove)(void* user, const char* key) = nullptr;
  // The page's address without its fragment ("https://host/path"), for "Deel deze weergave".
  std::string (*page_address)(void* user) = nullptr;
  // Puts text on the system clipboard for a button ("Deel deze weergave"). The browser may refuse
  // (no permission, page not focused) and answers later: the shell then calls
  // app_clipboard_result(), and only a success makes the app say "gekopieerd".
  void (*copy_text)(void* user, std::string_view text) = nullptr;
  // Presenting fills the screen (the browser's Fullscreen API). The browser may refuse; when it
  // leaves full screen by itself (Escape, F11) the shell calls app_fullscreen_changed(false).
  void (*request_fullscreen)(void* user) = nullptr;
  void (*exit_fullscreen)(void* user) = nullptr;
};

// The view: exactly what a shared link ("Deel deze weergave") encodes and opens again, so a link
// and this state map onto each other (app_view_link, app_apply_view_link; view_link.h). Indices
// point into the model's store; the link names them by code and series id. What is compared with
// what: the chosen gemeente against one group, on one indicator in the detail views. Groups are
// made by the core; this keeps only the user's choices (which kind, the own list, the peers as
// edited). Anything a link does not carry belongs in UiState.
struct ViewState {
  Tab tab = Tab::Start;
  int gemeente = -1;  // selected gemeente in store.data, -1 for none
  GroupKind group = GroupKind::Jeugdregio;
  std::vector<int> custom;  // "eigen lijst": gemeente indices in store.data, ascending
  // The vergelijkbare gemeenten as the user edited them (removed or added), for `peers_for`.
  // Rebuilt from the core's k nearest when the gemeente changes.
  std::vector<int> peers;
  std::vector<int> peers_default;  // the core's k nearest for `peers_for`, to tell an edited group
  int peers_for = -1;
  int k = 10;
  int indicator = 0;  // variable index in store.data for the detail views (a series in one period)
  DetailView detail = DetailView::Distribution;
  Lang lang = Lang::Nl;    // the interface's language ("taal=en")
  Mode mode = Mode::Full;  // the public website's mode ("modus=publiek")
  bool operator==(const ViewState&) const = default;
};

// "Deel deze weergave": the link and what became of copying it. When the browser refuses, the
// link is shown in a field, selected, to copy by hand.
struct ShareState {
  enum class Status { Idle, Pending, Copied, Failed };
  Status status = Status::Idle;
  std::string link;
  double at = -100.0;        // ImGui time of the outcome
  bool focus_field = false;  // put the keyboard focus (and the selection) on the link once
};

// The council presentation (app/presentation.h): the slides, the panel that edits them, and the
// slide on screen while presenting. Presenting shows the slide's view in app.view and puts the
// view the user left back when it ends.
struct PresentState {
  Deck deck;
  bool panel_open = false;  // the "Presentatie" panel
  bool presenting = false;
  int current = 0;         // the slide on screen (0-based) while presenting
  ViewState before;        // the view to return to
  std::string slide_note;  // why the slide on screen cannot show what it holds (own figures missing)
  std::string message;     // what the last add, load or save did, in Dutch
  int editing = -1;        // the slide whose sentence is being edited in the panel
  std::string edit_text;
  int export_slide = -1;     // a slide to export as PNG after this frame (app_export_png), or -1
  bool restore_nav = false;  // keyboard navigation was switched off for presenting
};

// What the interface keeps between frames that a shared link does not carry: text being typed,
// what is open, how a table is sorted, the targets typed for this page only.
struct UiState {
  std::string gemeente_query;  // the search box
  bool search_open = false;    // on a phone the search hides behind "Andere gemeente" once one is chosen
  bool about_open = false;
  ShareState share;
  int ranking_column = 1;  // ranking table sort: 0 name, 1 value, 2 denominator
  bool ranking_ascending = true;
  // The time series: which own series, and per series the target the user typed (this page
  // only): a target belongs to its series, in that series' unit.
  std::string series;
  struct Target {
    std::string text;     // as typed: "1 op 15", "10,5 %", "€ 9,5 mln"
    double value = kNaN;  // in the series' unit (6,67 for "1 op 15" on a percentage)
    std::string error;    // Dutch, when the text is not a value of that unit
    int year = 2028;
  };
  std::map<std::string, Target> targets;  // by series key
  // What is being typed in the peers view's "add" searches (transient, never stored).
  std::string peer_query, custom_query;
  std::string notes;  // "Aantekeningen": kept in this page's memory only, never stored or sent
  // What the last opened link asked for that this page does not have (link_to_view's `not_here`):
  // shown above the figures until the user closes it or chooses another indicator.
  std::string link_note;
  // "Grafiek | Tabel": every chart shows its figures as a table instead (app/chart_access.h). One
  // choice for all charts: who needs the table for one chart needs it for the next.
  bool chart_table = false;
  // Keyboard exploration of a chart or the map: which chart has the highlight, on which gemeente
  // (index in store.data, -1 for none), and its readout (what the hover tooltip says), which the
  // accessible mirror announces. Cleared when that chart loses the keyboard focus.
  struct Explore {
    std::string chart;
    int gemeente = -1;
    std::string readout;
  };
  Explore explore;
  // "Exporteer wat u ziet": what the last export did (Dutch), and a PNG of the view asked for
  // (the shell calls app_export_png after the frame, as for a slide).
  std::string export_message;
  ViewState export_view;  // the view it was saved from: another view clears the message
  bool export_view_png = false;
};

// The map view: the 2025 map read once from the compiled-in file, its triangles, and the view.
// Apart from the model: read only when the map is first shown, and its zoom and pan are not in a
// link.
struct MapState {
  bool loaded = false;
  std::string error;  // why the map could not be read
  geo::Map map;
  geo::Mesh mesh;                   // gemeenten triangulated
  std::vector<int> shape_gemeente;  // per gemeente shape: index in store.data, or -1
  float zoom = 1.0f;                // 1 = the whole country fits
  geo::Point centre{};              // RD metres at the middle of the view
  bool centre_set = false;
  int hovered = -1;        // gemeente index under the mouse, or -1
  bool diverging = false;  // legend: quantile classes (false) or diverging around the group median
};

// The user's own figures and what the last load said about them.
// A file refused only because it names no period (ReadReport::needs_period), waiting for the
// answer to "Over welke periode gaan deze cijfers?". Its bytes live in this page's memory only and
// are never stored on the device; the next file, "Annuleren" or "Wis mijn gegevens" drops them.
struct PendingPeriod {
  bool active = false;
  std::string file;
  std::vector<std::uint8_t> bytes;
  std::string sheet;   // the sheet asked for when it was loaded
  std::string answer;  // what the user types
  std::string error;   // parse_period's message for the last answer that could not be read
  bool shown = false;  // drawn once: scrolled into view and the field focused, then left to the user
};

// Apart from the model: what the user loaded and what the last load said, kept (on request) on
// this device; the model holds only the series these figures form.
struct OwnDataState {
  OwnData data;
  // Per data.values: hidden as a small number or to protect one (own_disclosure). Made again
  // whenever `data` changes; every view, the export and the test hook show figures through it.
  std::vector<Hidden> hidden;
  ReadReport last_report;
  bool has_report = false;
  bool remember = false;  // "onthoud op dit apparaat"
  std::string sheet;      // .xlsx sheet to read (empty: first)
  PendingPeriod pending;
  // The last file read as a CBS StatLine export, kept in memory only so that "Gebruik als
  // benchmark" can read it as a public source; gone when another file is read or all is wiped.
  std::string statline_file;
  std::vector<std::uint8_t> statline_bytes;
  OwnData before_statline;        // the own figures as they were before that file: it may have replaced some
  std::string benchmark_message;  // what "Gebruik als benchmark" did, in Dutch
  // Per file loaded in this page (by name, OwnData::files): its size and when, for the list of
  // loaded files; what the files hold comes from the figures themselves (core/ownset.h own_files).
  struct LoadedFile {
    std::string name;
    std::size_t bytes = 0;
    std::string at;  // "19:42", the local time it was loaded
  };
  std::vector<LoadedFile> loaded;
  // After a load, what it added for which gemeenten (own_load_summary); after "Verwijder", what
  // went. Dutch; empty when there is nothing to say.
  std::string files_message;
};

// What a comparison view showed in its last frame, for the test hook: the group and the core's
// comparisons (one per indicator on the dashboard, one in the indicator view).
struct ShownComparison {
  const char* view = "";  // tab_id() of the view that filled it
  Group group;
  std::vector<Comparison> rows;
};

// A chart's figures as its "Tabel" shows them (app/chart_access.h): cells as written on screen,
// one row per gemeente (or per period of a time series).
struct ChartTable {
  std::string id;  // "verdeling", "trechter", "reeks", "eigen-reeks", "kaart"
  std::vector<std::string> headers;
  struct Row {
    int gemeente = -1;  // index in store.data; -1 for a row that is not a gemeente
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
  std::string note;  // under the table: what is left out and why
};

// What the shell gives the app and keeps for its whole life: the hooks into the browser (or the
// test's recorder) and the fonts baked for the screen's pixel ratio.
struct Platform {
  PlatformHooks hooks;
  Fonts fonts;
  // The user asked the system for less motion (prefers-reduced-motion: reduce; the web shell
  // passes it on): nothing then moves or disappears by itself. Notes stay until the next action
  // instead of going after a few seconds, a progress bar becomes a percentage, and the shell
  // draws no frame for an animation (frame.wants_animation stays false).
  bool reduced_motion = false;
};

// The figures every view compares: loaded once at start and made again only when the user adds or
// removes figures (own figures, a benchmark), never by drawing a frame.
struct Model {
  // Every figure from every source, in 2025 boundaries (core/figures.h); read-only to the views:
  // the public sources (compiled in, and benchmarks the user added) plus the own figures that
  // form a group (a region's file). Made again from `public_store` whenever own figures change.
  FiguresStore store;
  FiguresStore public_store;
  int today = 0;           // days since 1970-01-01, for "5 jaar oud"; 0: unknown (then nothing is said)
  std::string data_error;  // non-empty when the compiled-in data could not be read
  Translations english;    // data/taal/en.tsv, for view.lang == Lang::En (app/i18n.h)
};

// What drawing frames reports to the shell and the tests: remade (or counted) by every frame,
// never read back to decide what the next frame shows.
struct FrameOutput {
  TestHook test_hook;
  FrameStats stats;
  // Set by a view that animates during this frame; the shell keeps drawing while it is true.
  bool wants_animation = false;
  ShownComparison shown;
  std::vector<ChartTable> tables;          // the chart tables drawn in this frame, for tests
  bool explored = false;                   // a chart with the keyboard focus was drawn (app/chart_access.h)
  std::vector<TextFieldInfo> text_fields;  // the text fields drawn, for a phone's keyboard (app/text_field.h)
};

// The application's state, by lifetime: the shell's (platform), the loaded figures (model), what a
// link reopens (view), the interface's own (ui), the user's figures (own), a file being read and
// the last trajectory file (flows), the map read once (map) and what the last frame reported (frame).
struct AppState {
  Platform platform;
  Model model;
  ViewState view;
  UiState ui;
  OwnDataState own;
  FlowsState flows;  // a file being read in chunks, and the last trajectory file (app/file_stream.h)
  MapState map;
  FrameOutput frame;
  PresentState present;
};

// Once, after the ImGui context exists and `app.platform.hooks` is set: style, settings, data, and the own
// figures remembered on this device (if the user asked for that).
void app_init(AppState& app);

// A file the user chose, dropped or pasted: read it as own figures. Whatever was loaded before
// stays when the file is refused. A file named as one loaded before replaces it (a corrected
// version, core/ownset.h load_own_file); app.own.files_message then says so, and always what the
// file added for which gemeenten. Each paste is a file of its own ("geplakt uit het klembord (2)").
void app_load_file(AppState& app, std::string_view file_name, std::span<const std::uint8_t> bytes);
// The answer to "Over welke periode gaan deze cijfers?": reads the pending file again with this
// period. When parse_period refuses it, returns false with its message in own.pending.error and
// nothing else changes; otherwise the file is read as by app_load_file and the question is gone.
bool app_answer_period(AppState& app, std::string_view period);
// "Annuleren": the pending file is dropped; the refusal stays in the report, what was loaded stays.
void app_cancel_period(AppState& app);
// Text pasted outside a text field: a table copied from Excel.
void app_paste_table(AppState& app, std::string_view text);
// Whether own value `i` (index in app.own.data.values) may be shown, and as what: "< 10",
// "verborgen" or the figure.
Hidden own_hidden(const AppState& app, std::size_t i);
// Removes every trace of the own figures: memory and this device's storage.
void app_forget_own_data(AppState& app);
// "Verwijder" beside a loaded file: takes out exactly that file's figures (core/ownset.h
// remove_own_file), the other files' stay; says so in app.own.files_message. False when no file
// of that name is loaded.
bool app_remove_own_file(AppState& app, std::string_view name);
// "Onthoud op dit apparaat": on stores the own figures in this browser (this origin only), off
// removes them from it.
void app_set_remember(AppState& app, bool remember);

// The key under which the own figures are kept in the browser's local storage.
inline constexpr const char* kOwnDataStorageKey = "jeugdvergelijker.eigen-cijfers.v1";

// "Gebruik als benchmark": the StatLine export just read becomes a public source of the store (its
// figures leave the own figures: they are the benchmark now). False, with the reason in
// app.own.benchmark_message, when it cannot. A saved benchmark file that is loaded becomes one at
// once (app_load_file).
bool app_use_as_benchmark(AppState& app);
// Removes a benchmark the user added (a source of kind UserBenchmark).
void app_remove_benchmark(AppState& app, int source);
// The key under which benchmarks the user added are kept in local storage (with "Onthoud op dit
// apparaat" only, like the own figures).
inline constexpr const char* kBenchmarkStorageKey = "jeugdvergelijker.benchmarks.v1";

// Makes app.model.store again: the public store plus the series the own figures form (a region's shared
// file, core/figures.h add_own_series), keeping the chosen series and period where they still exist.
void app_refresh_store(AppState& app);
// The group the views compare a column with: the gemeenten in the user's file for an own series,
// otherwise app_current_group().
Group app_group_for(AppState& app, int variable);

// Selects a gemeente (index in store.data, -1 for none) in every view.
void app_select_gemeente(AppState& app, int gemeente);
// The group the views compare with now: the kind chosen, the own list, or the peers as edited.
// Empty members when no gemeente is chosen.
Group app_current_group(AppState& app);
// Makes `app.view.peers` the k nearest of the chosen gemeente when it was made for another one,
// whatever group is being compared with (the peers view shows and edits them regardless).
void app_ensure_peers(AppState& app);

// The view state as a link and back, without ImGui: indices in `store` become gemeente codes and a
// series id with its period (none for the latest), and back again. Own series never go into a
// link. link_to_view applies only what `given` says the decoded link holds and this store knows
// (a code of no gemeente, an unknown series are left out); it returns false when nothing was
// usable. For every view state of public series, link_to_view(view_to_link(v)) gives v again.
// A series or period the link names but this store lacks (a colleague's own StatLine benchmark,
// a period not yet published here) is not silently replaced: `not_here` says in Dutch what the
// link asked for and what is shown instead; it is empty when everything was found.
ViewLink view_to_link(const ViewState& view, const FiguresStore& store);
bool link_to_view(const ViewLink& link, const ViewLinkGiven& given, const FiguresStore& store, ViewState& view,
                  std::string* not_here = nullptr);
// Makes `view.peers` the k nearest of the chosen gemeente when they were made for another one.
void ensure_peers(ViewState& view, const FiguresStore& store);

// The view as a link fragment, for sharing at a stakeholder session: tab, gemeente, group, own list,
// edited peers, indicator and detail view, e.g. "tab=overzicht&gemeente=GM0402&groep=jeugdregio".
// Public codes only: never any own figure. The web shell keeps it in the address bar's "#...".
std::string app_view_link(const AppState& app);
// Applies a fragment (with or without '#'). Unknown keys and values are ignored, so an old or
// hand-edited link opens what it can. Returns false when nothing in it was usable.
bool app_apply_view_link(AppState& app, std::string_view fragment);

// The outcome of PlatformHooks::copy_text: true when the text is on the clipboard.
void app_clipboard_result(AppState& app, bool ok);
// The text selected in the active text field (UTF-8), or empty. The web shell gives it to the
// browser's copy and cut events, which may write the clipboard without any permission: so Ctrl+C in
// a field works even where the clipboard API is refused.
std::string app_text_selection();
// The text field being edited (ImGui's active one), for the web shell's phone keyboard
// (platform/web/text_proxy.h) and the tests: its text and selection in characters, start <= end
// (equal: the caret), and the kind of field recorded as it was drawn (app/text_field.h).
struct ActiveTextField {
  unsigned id = 0;  // 0: no text field is being edited
  std::string text;
  int select_start = 0, select_end = 0;
  bool read_only = false;
  TextKind kind = TextKind::Code;
  ImVec2 min, max;  // where it was drawn; zero when the view did not record it
};
ActiveTextField app_active_text_field(const AppState& app);
// Sets the selection (characters; equal: the caret) of the field being edited, before a frame, so
// that characters typed next replace it. Nothing happens without such a field.
void app_select_in_active_field(int select_start, int select_end);

// One frame of interface. Needs a current ImGui frame (after NewFrame, before Render).
void app_frame(AppState& app);

// The state a test reads: readiness, frame counts and times, widget rectangles, view state.
std::string app_test_state_json(const AppState& app);

}  // namespace jv::app
