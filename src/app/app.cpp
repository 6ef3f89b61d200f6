#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "app/export_view.h"
#include "app/i18n.h"
#include "app/presentation.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_public.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/io/json.h"
#include "core/ownset.h"
#include "core/statline.h"
#include "data/embedded_data.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace jv::app {

namespace {
void restore_benchmarks(AppState& app, std::string_view text);
}  // namespace

void app_init(AppState& app) {
  ImGuiIO& io = ImGui::GetIO();
  // No imgui.ini: nothing is written to the user's machine that the user did not ask for.
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // A blinking cursor would need a frame twice a second; the app draws only on change.
  io.ConfigInputTextCursorBlink = false;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  theme::apply_style();
  app.frame.stats = {};

  LoadError error;
  const DataFiles files = embedded_data_files();
  const auto load_start = std::chrono::steady_clock::now();
  if (!load_store(files, app.model.public_store, error)) app.model.data_error = error.to_string();
  app.frame.stats.data_load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start).count();
  app.model.store = app.model.public_store;
  {
    std::string table_error;
    if (!read_translations(embedded_translations(Lang::En), app.model.english, table_error) &&
        app.model.data_error.empty()) {
      app.model.data_error = "data/taal/en.tsv: " + table_error;
    }
  }
  if (app.model.today == 0) app.model.today = static_cast<int>(std::time(nullptr) / 86400);

  // Benchmarks and own figures remembered on this device, only if the user ticked "onthoud op dit
  // apparaat".
  if (app.platform.hooks.storage_get) {
    const std::string benchmarks = app.platform.hooks.storage_get(app.platform.hooks.user, kBenchmarkStorageKey);
    if (!benchmarks.empty()) {
      restore_benchmarks(app, benchmarks);
      app.model.store = app.model.public_store;
      app.own.remember = true;
    }
  }
  if (app.platform.hooks.storage_get) {
    const std::string stored = app.platform.hooks.storage_get(app.platform.hooks.user, kOwnDataStorageKey);
    if (!stored.empty()) {
      if (read_own_files(stored, app.model.store.data, "op dit apparaat bewaard", app.own.data)) {
        app.own.remember = true;
        app.own.hidden = own_disclosure(app.own.data);
        app_refresh_store(app);
      }
    }
  }
}

namespace {

// The benchmarks the user added, as their saved files one after another (each starts with its
// own first line, so they split again at it).
std::string saved_benchmarks(const AppState& app) {
  std::string out;
  for (std::size_t i = 0; i < app.model.public_store.sources.size(); ++i) {
    if (app.model.public_store.sources[i].kind == SourceKind::UserBenchmark) {
      out += save_benchmark_source(app.model.public_store, static_cast<int>(i));
    }
  }
  return out;
}

void remember_if_asked(AppState& app) {
  if (!app.own.remember || !app.platform.hooks.storage_set) return;
  app.platform.hooks.storage_set(app.platform.hooks.user, kOwnDataStorageKey, serialize_own_files(app.own.data));
  const std::string benchmarks = saved_benchmarks(app);
  if (benchmarks.empty()) {
    if (app.platform.hooks.storage_remove)
      app.platform.hooks.storage_remove(app.platform.hooks.user, kBenchmarkStorageKey);
  } else {
    app.platform.hooks.storage_set(app.platform.hooks.user, kBenchmarkStorageKey, benchmarks);
  }
}

// Benchmarks kept on this device: each saved file in the text, from its first line to the next.
void restore_benchmarks(AppState& app, std::string_view text) {
  const std::string_view magic = kBenchmarkFileMagic;
  std::size_t at = text.find(magic);
  while (at != std::string_view::npos) {
    const std::size_t next = text.find(magic, at + magic.size());
    const std::string_view one = text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
    ReadReport report;
    add_benchmark_source(app.model.public_store, "op dit apparaat bewaard",
                         {reinterpret_cast<const std::uint8_t*>(one.data()), one.size()}, report);
    at = next;
  }
}

// A file just read: its size and the time, for the list of loaded files (one entry per name).
void remember_file(AppState& app, std::string_view name, std::size_t bytes) {
  std::erase_if(app.own.loaded, [&](const OwnDataState::LoadedFile& f) { return f.name == name; });
  const std::time_t now = std::time(nullptr);
  char at[16] = "";
  if (const std::tm* local = std::localtime(&now)) std::strftime(at, sizeof at, "%H:%M", local);
  app.own.loaded.push_back({std::string(name), bytes, at});
}

// Reads a file as own figures; a refusal that only lacks a period keeps the file for the question.
void load_with(AppState& app, std::string_view file_name, std::span<const std::uint8_t> bytes, ReadOptions options) {
  // A new file replaces a question about the last one.
  app.own.pending = PendingPeriod{};
  if (app.view.gemeente >= 0)
    options.default_gemeente = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code;
  OwnData before = app.own.data;
  bool replaced = false;
  app.own.files_message.clear();
  if (load_own_file(file_name, bytes, options, app.model.store.data, app.own.data, app.own.last_report, replaced)) {
    remember_file(app, file_name, bytes.size());
    app.own.hidden = own_disclosure(app.own.data);
    app_refresh_store(app);
    // A StatLine export: keep it (in memory) for "Gebruik als benchmark".
    if (app.own.last_report.statline) {
      app.own.statline_file = std::string(file_name);
      app.own.statline_bytes.assign(bytes.begin(), bytes.end());
      app.own.before_statline = std::move(before);
    }
  }
  if (app.own.last_report.needs_period && options.period.empty()) {
    app.own.pending.active = true;
    app.own.pending.file = std::string(file_name);
    app.own.pending.bytes.assign(bytes.begin(), bytes.end());
    app.own.pending.sheet = options.sheet;
  }
  app.own.has_report = true;
  app.view.tab = Tab::OwnData;
  // With no gemeente chosen yet, the first one in the file becomes the one shown.
  if (app.view.gemeente < 0 && app.own.last_report.ok) {
    for (const std::string& code : app.own.last_report.gemeenten) {
      if (code != "NL") {
        app.view.gemeente = app.model.store.data.find_code(code);
        break;
      }
    }
  }
  if (app.own.last_report.ok) {
    // Where the figures went, also when that is not the gemeente on screen.
    const std::string shown = app.view.gemeente >= 0
                                  ? app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code
                                  : std::string();
    app.own.files_message = own_load_summary(app.own.data, file_name, app.model.store.data, shown, replaced);
    remember_if_asked(app);
  }
}

}  // namespace

void app_load_file(AppState& app, std::string_view file_name, std::span<const std::uint8_t> bytes) {
  // The public page reads no files: a citizen's drop or paste changes nothing on a municipality's site.
  if (app.view.mode == Mode::Public) return;
  app.own.statline_file.clear();
  app.own.statline_bytes.clear();
  app.own.before_statline = OwnData{};
  app.own.benchmark_message.clear();
  // A presentation saved here or by a colleague: slides, not figures.
  if (is_deck_file(bytes)) {
    app_load_deck(app, file_name, bytes);
    return;
  }
  // A benchmark file a colleague saved: a public source at once, not own figures.
  if (is_benchmark_file(bytes)) {
    ReadReport report;
    const int source = add_benchmark_source(app.model.public_store, file_name, bytes, report);
    app.own.last_report = report;
    app.own.has_report = true;
    app.view.tab = Tab::OwnData;
    if (source >= 0) {
      app.own.last_report.ok = true;
      app.own.benchmark_message =
          trf("Benchmark geladen: {1}.", {app.model.public_store.sources[static_cast<std::size_t>(source)].title});
      app_refresh_store(app);
      remember_if_asked(app);
    }
    return;
  }
  ReadOptions options;
  options.sheet = app.own.sheet;
  load_with(app, file_name, bytes, options);
}

bool app_answer_period(AppState& app, std::string_view period) {
  if (!app.own.pending.active) return false;
  Period p;
  std::string error;
  if (!parse_period(period, p, error)) {
    app.own.pending.error = error;
    return false;
  }
  // Moved out first: load_with clears the question it answers.
  const PendingPeriod pending = std::move(app.own.pending);
  ReadOptions options;
  options.sheet = pending.sheet;
  options.period = p.label();
  load_with(app, pending.file, pending.bytes, options);
  return true;
}

void app_cancel_period(AppState& app) { app.own.pending = PendingPeriod{}; }

void app_paste_table(AppState& app, std::string_view text) {
  // Each paste is a table of its own, not a correction of the one before: a name not used yet.
  std::string name = "geplakt uit het klembord";
  const std::vector<std::string>& files = app.own.data.files;
  for (int n = 2; std::find(files.begin(), files.end(), name) != files.end(); ++n)
    name = "geplakt uit het klembord (" + std::to_string(n) + ")";
  app_load_file(app, name, {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
}

bool app_remove_own_file(AppState& app, std::string_view name) {
  if (!remove_own_file(app.own.data, name)) return false;
  std::erase_if(app.own.loaded, [&](const OwnDataState::LoadedFile& f) { return f.name == name; });
  if (app.own.statline_file == name) {
    app.own.statline_file.clear();
    app.own.statline_bytes.clear();
    app.own.before_statline = OwnData{};
  }
  // The report of that file no longer describes anything loaded.
  if (app.own.last_report.file == name) {
    app.own.last_report = ReadReport{};
    app.own.has_report = false;
  }
  app.own.hidden = own_disclosure(app.own.data);
  app_refresh_store(app);
  app.own.files_message = trf("{1} is verwijderd; de andere bestanden blijven geladen.",
                              {"\xE2\x80\x9E" + std::string(name) + "\xE2\x80\x9D"});
  remember_if_asked(app);
  return true;
}

Hidden own_hidden(const AppState& app, std::size_t i) {
  return i < app.own.hidden.size() ? app.own.hidden[i] : Hidden::No;
}

void app_refresh_store(AppState& app) {
  // The chosen column by what it is (series and period), not by its index, which may move.
  std::string chosen_series;
  Period chosen_period;
  const int si = series_of_variable(app.model.store, app.view.indicator);
  if (si >= 0) {
    const Series& s = app.model.store.series[static_cast<std::size_t>(si)];
    chosen_series = s.id;
    for (std::size_t i = 0; i < s.variables.size(); ++i) {
      if (s.variables[i] == app.view.indicator) chosen_period = s.periods[i];
    }
  }
  app.model.store = app.model.public_store;
  add_own_series(app.model.store, app.own.data, app.own.hidden);
  const int again = find_series(app.model.store, chosen_series);
  const int v = again >= 0 ? variable_at(app.model.store, again, chosen_period) : -1;
  app.view.indicator =
      v >= 0 ? v : (again >= 0 ? latest_variable(app.model.store, again) : latest_variable(app.model.store, 0));
}

bool app_use_as_benchmark(AppState& app) {
  if (app.own.statline_bytes.empty()) return false;
  ReadReport report;
  const int source =
      add_benchmark_source(app.model.public_store, app.own.statline_file, app.own.statline_bytes, report);
  if (source < 0) {
    app.own.benchmark_message = report.problems.empty() ? std::string(tr("Dit bestand kan geen benchmark worden."))
                                                        : report.problems.front().message;
    return false;
  }
  // Its figures are the benchmark now, not own figures as well: the own figures are again what they
  // were before the file (which may have replaced some of the same gemeente and period).
  app.own.data = std::move(app.own.before_statline);
  app.own.before_statline = OwnData{};
  app.own.hidden = own_disclosure(app.own.data);
  std::size_t added = 0;
  int first = -1;
  for (std::size_t i = 0; i < app.model.public_store.series.size(); ++i) {
    if (app.model.public_store.series[i].source != source) continue;
    ++added;
    if (first < 0) first = static_cast<int>(i);
  }
  const Source& src = app.model.public_store.sources[static_cast<std::size_t>(source)];
  app.own.benchmark_message =
      added == 1
          ? trf("Gebruikt als benchmark: 1 reeks uit {1} ({2}). U vindt ze bij Indicator, Overzicht en Kaart.",
                {src.title, src.file_name})
          : trf("Gebruikt als benchmark: {1} reeksen uit {2} ({3}). U vindt ze bij Indicator, Overzicht en Kaart.",
                {std::to_string(added), src.title, src.file_name});
  app.own.statline_file.clear();
  app.own.statline_bytes.clear();
  app_refresh_store(app);
  if (first >= 0)
    app.view.indicator = latest_variable(
        app.model.store,
        find_series(app.model.store, app.model.public_store.series[static_cast<std::size_t>(first)].id));
  remember_if_asked(app);
  return true;
}

void app_remove_benchmark(AppState& app, int source) {
  if (source < 0 || static_cast<std::size_t>(source) >= app.model.public_store.sources.size() ||
      app.model.public_store.sources[static_cast<std::size_t>(source)].kind != SourceKind::UserBenchmark) {
    return;
  }
  remove_source(app.model.public_store, source);
  app_refresh_store(app);
  remember_if_asked(app);
}

Group app_group_for(AppState& app, int variable) {
  const int si = series_of_variable(app.model.store, variable);
  if (si >= 0) {
    const int source = app.model.store.series[static_cast<std::size_t>(si)].source;
    if (source >= 0 && app.model.store.sources[static_cast<std::size_t>(source)].kind == SourceKind::Own) {
      return group_in_file(app.model.store, variable);
    }
  }
  return app_current_group(app);
}

void app_forget_own_data(AppState& app) {
  app.own.data = OwnData{};
  app.own.hidden.clear();
  app.own.statline_file.clear();
  app.own.statline_bytes.clear();
  app.own.before_statline = OwnData{};
  app.own.benchmark_message.clear();
  app.own.loaded.clear();
  app.own.files_message.clear();
  // Benchmarks the user added go too: every trace of what the user loaded.
  for (int i = static_cast<int>(app.model.public_store.sources.size()) - 1; i >= 0; --i) {
    if (app.model.public_store.sources[static_cast<std::size_t>(i)].kind == SourceKind::UserBenchmark)
      remove_source(app.model.public_store, i);
  }
  if (app.platform.hooks.storage_remove)
    app.platform.hooks.storage_remove(app.platform.hooks.user, kBenchmarkStorageKey);
  app_refresh_store(app);
  app.own.pending = PendingPeriod{};
  app.own.last_report = ReadReport{};
  app.own.has_report = false;
  app.own.remember = false;
  app_forget_flows(app);
  if (app.platform.hooks.storage_remove) app.platform.hooks.storage_remove(app.platform.hooks.user, kOwnDataStorageKey);
}

void app_set_remember(AppState& app, bool remember) {
  app.own.remember = remember;
  if (remember) {
    remember_if_asked(app);
  } else if (app.platform.hooks.storage_remove) {
    app.platform.hooks.storage_remove(app.platform.hooks.user, kOwnDataStorageKey);
  }
}

void app_select_gemeente(AppState& app, int gemeente) {
  if (gemeente < -1 || gemeente >= static_cast<int>(app.model.store.data.gemeenten.size())) return;
  app.view.gemeente = gemeente;
}

void ensure_peers(ViewState& c, const FiguresStore& store) {
  if (c.gemeente < 0 || store.data.gemeenten.empty()) return;
  // The peers as the user edited them; made afresh from the core for a new gemeente.
  if (c.peers_for != c.gemeente) {
    c.peers_default = make_group(store.bench, c.gemeente, GroupKind::Peers, c.k).members;
    c.peers = c.peers_default;
    c.peers_for = c.gemeente;
  }
}

void app_ensure_peers(AppState& app) { ensure_peers(app.view, app.model.store); }

Group app_current_group(AppState& app) {
  Group group;
  if (app.view.gemeente < 0 || app.model.store.data.gemeenten.empty()) return group;
  ViewState& c = app.view;
  if (c.group == GroupKind::Peers) {
    app_ensure_peers(app);
    group = make_group(app.model.store.bench, app.view.gemeente, GroupKind::Custom, c.k, c.peers, translations());
    group.kind = GroupKind::Peers;
    group.name = trf("{1} vergelijkbare gemeenten", {std::to_string(c.peers.size())});
    return group;
  }
  if (c.group == GroupKind::Custom) {
    group = make_group(app.model.store.bench, app.view.gemeente, GroupKind::Custom, c.k, c.custom, translations());
    group.name = trf("Eigen lijst ({1} gemeenten)", {std::to_string(c.custom.size())});
    return group;
  }
  return make_group(app.model.store.bench, app.view.gemeente, c.group, c.k, {}, translations());
}

ViewLink view_to_link(const ViewState& view, const FiguresStore& store) {
  const Dataset& d = store.data;
  ViewLink link;
  link.tab = view.tab;
  if (view.gemeente >= 0) link.gemeente = d.gemeenten[static_cast<std::size_t>(view.gemeente)].code;
  link.group = view.group;
  for (const int g : view.custom) link.custom.push_back(d.gemeenten[static_cast<std::size_t>(g)].code);
  // Edited peers only: the default ten follow from the gemeente. (Written every frame by the web
  // shell, so it compares with the k nearest kept by ensure_peers instead of recomputing them.)
  if (view.gemeente >= 0 && view.peers_for == view.gemeente && view.peers != view.peers_default) {
    link.edited_peers = true;
    for (const int g : view.peers) link.peers.push_back(d.gemeenten[static_cast<std::size_t>(g)].code);
  }
  // The series and its period; never an own series: own figures do not go into a link.
  const int si = series_of_variable(store, view.indicator);
  if (si >= 0) {
    const Series& s = store.series[static_cast<std::size_t>(si)];
    const bool own = s.source >= 0 && store.sources[static_cast<std::size_t>(s.source)].kind == SourceKind::Own;
    if (!own) {
      link.indicator = s.id;
      for (std::size_t i = 0; i + 1 < s.variables.size(); ++i) {  // the latest needs no period
        if (s.variables[i] == view.indicator) link.period = s.periods[i].label();
      }
    }
  }
  link.detail = view.detail;
  link.lang = view.lang;
  link.mode = view.mode;
  return link;
}

bool link_to_view(const ViewLink& link, const ViewLinkGiven& given, const FiguresStore& store, ViewState& view,
                  std::string* not_here) {
  const Dataset& d = store.data;
  if (not_here) not_here->clear();
  // What the link gave and this app's data knows: a code of no gemeente is not a usable link.
  bool used = given.tab || given.group || given.detail || given.custom || given.lang || given.mode;
  if (given.tab) view.tab = link.tab;
  if (given.group) view.group = link.group;
  if (given.detail) view.detail = link.detail;
  if (given.lang) view.lang = link.lang;
  if (given.mode) view.mode = link.mode;
  if (const int g = d.find_code(link.gemeente); g >= 0) view.gemeente = g, used = true;
  auto indices = [&](const std::vector<std::string>& codes) {
    std::vector<int> out;
    for (const std::string& c : codes) {
      const int g = d.find_code(c);
      if (g >= 0 && std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  if (!link.custom.empty()) view.custom = indices(link.custom);
  // Edited peers belong to the gemeente of the same link, whatever the order of the keys.
  if (link.edited_peers && view.gemeente >= 0) {
    ensure_peers(view, store);  // the k nearest of this gemeente, to compare the edited list with
    view.peers = indices(link.peers);
    view.peers.erase(std::remove(view.peers.begin(), view.peers.end(), view.gemeente), view.peers.end());
    used = true;
  }
  // The series by id (or by an old link's variable id, "jeugdzorg_tot23"), then its period.
  if (!link.indicator.empty()) {
    const int si = find_series(store, link.indicator);
    const IndicatorMeta& shown = d.variables[static_cast<std::size_t>(view.indicator)];
    if (si < 0) {
      if (not_here) {
        *not_here = trf(
            "De link toont de indicator \xE2\x80\x9E{1}\xE2\x80\x9D, maar die is hier niet geladen. Misschien heeft "
            "de afzender een eigen benchmark toegevoegd (een StatLine-tabel of een benchmarkbestand): vraag om dat "
            "bestand en laad het bij Eigen cijfers. U ziet nu {2} ({3}).",
            {link.indicator, tr(shown.name), tr(shown.period)});
      }
    } else {
      used = true;
      view.indicator = latest_variable(store, si);
      Period p;
      std::string error;
      if (!link.period.empty() && parse_period(link.period, p, error)) {
        const int v = variable_at(store, si, p);
        if (v >= 0) {
          view.indicator = v;
        } else if (not_here) {
          const IndicatorMeta& latest = d.variables[static_cast<std::size_t>(view.indicator)];
          *not_here = trf("De link toont {1} over {2}, maar die periode is hier niet. U ziet de nieuwste periode: {3}.",
                          {tr(latest.name), link.period, tr(latest.period)});
        }
      }
    }
  }
  return used;
}

std::string app_view_link(const AppState& app) {
  std::string link = encode_view_link(view_to_link(app.view, app.model.store));
  // The slide on screen, only while presenting: with the deck loaded such a link resumes there.
  if (app.present.presenting) link += "&dia=" + std::to_string(app.present.current + 1);
  return link;
}

bool app_apply_view_link(AppState& app, std::string_view fragment) {
  ViewLink link;
  ViewLinkGiven given;
  if (!decode_view_link(fragment, link, &given)) return false;
  // "dia=3": the third slide of the deck in this page, if there is one; otherwise just the view.
  const std::size_t at = fragment.find("dia=");
  if (at != std::string_view::npos && (at == 0 || fragment[at - 1] == '&' || fragment[at - 1] == '#')) {
    const int slide = std::atoi(std::string(fragment.substr(at + 4, 4)).c_str());
    if (slide >= 1 && static_cast<std::size_t>(slide) <= app.present.deck.slides.size()) {
      if (app.present.presenting && app.present.current == slide - 1) return true;
      return app_present(app, slide - 1);
    }
  }
  return link_to_view(link, given, app.model.store, app.view, &app.ui.link_note);
}

void app_clipboard_result(AppState& app, bool ok) {
  app.ui.share.status = ok ? ShareState::Status::Copied : ShareState::Status::Failed;
  app.ui.share.at = ImGui::GetTime();
  app.ui.share.focus_field = !ok;
}

std::string app_text_selection() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiInputTextState* state = ImGui::GetInputTextState(g.ActiveId);
  if (!state || !state->HasSelection()) return {};
  const int a = std::min(state->Stb.select_start, state->Stb.select_end);
  const int b = std::max(state->Stb.select_start, state->Stb.select_end);
  if (a < 0 || b > state->CurLenW) return {};
  std::string out(static_cast<std::size_t>(b - a) * 4 + 1, '\0');
  const int n = ImTextStrToUtf8(out.data(), static_cast<int>(out.size()), state->TextW.Data + a, state->TextW.Data + b);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

ActiveTextField app_active_text_field(const AppState& app) {
  ActiveTextField out;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiInputTextState* state = g.ActiveId != 0 ? ImGui::GetInputTextState(g.ActiveId) : nullptr;
  if (!state) return out;
  out.id = g.ActiveId;
  const int length = std::clamp(state->CurLenW, 0, state->TextW.Size);
  out.text.assign(static_cast<std::size_t>(length) * 4 + 1, '\0');
  out.text.resize(static_cast<std::size_t>(ImTextStrToUtf8(out.text.data(), static_cast<int>(out.text.size()),
                                                           state->TextW.Data, state->TextW.Data + length)));
  // Without a selection stb keeps its ends where the last one was: the caret is `cursor`.
  const int a = state->HasSelection() ? std::min(state->Stb.select_start, state->Stb.select_end) : state->Stb.cursor;
  const int b = state->HasSelection() ? std::max(state->Stb.select_start, state->Stb.select_end) : state->Stb.cursor;
  out.select_start = std::clamp(a, 0, length);
  out.select_end = std::clamp(b, 0, length);
  out.read_only = (state->Flags & ImGuiInputTextFlags_ReadOnly) != 0;
  // A field no view recorded: its kind from ImGui's own flags.
  if (!state->Stb.single_line) out.kind = TextKind::Prose;
  else if ((state->Flags & (ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_CharsScientific)) != 0)
    out.kind = TextKind::Number;
  for (const TextFieldInfo& f : app.frame.text_fields) {
    if (f.id != g.ActiveId) continue;
    out.kind = f.kind;
    out.min = f.min;
    out.max = f.max;
  }
  return out;
}

void app_select_in_active_field(int select_start, int select_end) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiInputTextState* state = g.ActiveId != 0 ? ImGui::GetInputTextState(g.ActiveId) : nullptr;
  if (!state) return;
  state->Stb.select_start = std::clamp(select_start, 0, state->CurLenW);
  state->Stb.select_end = std::clamp(select_end, 0, state->CurLenW);
  state->Stb.cursor = state->Stb.select_end;
  state->Stb.has_preferred_x = 0;
  state->CursorFollow = true;
  state->CursorAnimReset();
}

void app_frame(AppState& app) {
  set_language(app.view.lang, app.model.english);
  app.frame.test_hook.widgets.clear();
  app.frame.test_hook.labels.clear();
  app.frame.tables.clear();
  app.frame.text_fields.clear();
  app.frame.explored = false;
  app.frame.wants_animation = false;

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                          ImGuiWindowFlags_NoScrollbar;
  ImGui::Begin("##root", nullptr, kRootFlags);
  ImGui::PopStyleVar(2);
  ImGuiIO& io = ImGui::GetIO();
  if (app.view.mode == Mode::Public) {
    // The public website: title bar, one page, "Over"; no tabs, no presentation, no own figures.
    view_titlebar(app);
    view_public(app);
    view_about(app);
    tooltips_frame_end();
    ImGui::End();
    return;
  }
  if (app.present.presenting) {
    // One slide, full screen, no controls: the presenter's keys step the slides and must not move
    // ImGui's keyboard focus or type into a field; keyboard navigation comes back afterwards.
    if (io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) {
      io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
      app.present.restore_nav = true;
    }
    if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
    view_presentation(app);
    tooltips_frame_end();
    ImGui::End();
    return;
  }

  if (app.present.restore_nav) {
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    app.present.restore_nav = false;
  }
  view_titlebar(app);
  view_tabs(app);
  app_forget_export_message(app);
  switch (app.view.tab) {
    case Tab::Start: view_home(app); break;
    case Tab::Dashboard: view_dashboard(app); break;
    case Tab::Indicator: view_indicator(app); break;
    case Tab::Map: view_map(app); break;
    case Tab::Peers: view_peers(app); break;
    case Tab::OwnData: view_owndata(app); break;
    case Tab::Sources: view_sources(app); break;
  }
  view_about(app);
  view_deck_panel(app);
  // A chart that was explored and is no longer drawn (another tab, another view, the table) gives
  // up its highlight, so the mirror does not go on announcing it.
  if (!app.frame.explored) app.ui.explore = UiState::Explore{};
  tooltips_frame_end();
  // Reduced motion: no view may keep the shell drawing for something that moves by itself.
  if (app.platform.reduced_motion) app.frame.wants_animation = false;

  ImGui::End();
}

std::string app_test_state_json(const AppState& app) {
  const ImGuiIO& io = ImGui::GetIO();
  const Dataset& d = app.model.store.data;
  JsonWriter w;
  w.begin_object();
  w.key("ready").value(app.frame.stats.frames_drawn > 0);
  w.key("frames").value(static_cast<double>(app.frame.stats.frames_drawn));
  w.key("frame_ms").value(app.frame.stats.last_frame_ms).key("max_frame_ms").value(app.frame.stats.max_frame_ms);
  w.key("data_load_ms").value(app.frame.stats.data_load_ms);
  w.key("dpr").value(static_cast<double>(app.platform.fonts.dpr));
  w.key("display")
      .begin_array()
      .value(static_cast<double>(io.DisplaySize.x))
      .value(static_cast<double>(io.DisplaySize.y))
      .end_array();
  // Each hooked widget as [x, y, width, height] in CSS pixels.
  w.key("widgets").begin_object();
  for (const TestWidget& t : app.frame.test_hook.widgets) {
    w.key(t.id).begin_array();
    for (const float f : {t.min.x, t.min.y, t.max.x - t.min.x, t.max.y - t.min.y}) w.value(static_cast<double>(f));
    w.end_array();
  }
  w.end_object();
  w.key("view").begin_object();
  w.key("about_open").value(app.ui.about_open);
  w.key("tab").value(tab_id(app.view.tab));
  w.key("mode").value(mode_id(app.view.mode));
  w.key("gemeente")
      .value(app.view.gemeente >= 0 ? d.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code : std::string());
  w.key("own_values").value(app.own.data.values.size()).key("own_files").value(app.own.data.files.size());
  w.key("remember").value(app.own.remember);
  w.key("report").begin_object();
  w.key("ok").value(app.own.last_report.ok).key("file").value(app.own.last_report.file);
  w.key("values").value(app.own.last_report.values).key("needs_period").value(app.own.pending.active);
  w.key("notes").begin_array();
  for (const std::string& n : app.own.last_report.notes) w.value(n);
  w.end_array();
  w.key("problems").begin_array();
  for (const Problem& p : app.own.last_report.problems) w.value(p.to_string());
  w.end_array();
  w.end_object();
  // A file being read in chunks, and what the last trajectory file gave (app/file_stream.h).
  w.key("stromen").begin_object();
  w.key("lezen").value(app.flows.stream.active).key("bestand").value(app.flows.stream.file);
  w.key("voortgang").value(app_file_progress(app)).key("gelezen").value(app.flows.stream.received);
  w.key("trajecten_lezen").value(app.flows.stream.kind == FileStream::Kind::Flows);
  w.key("melding").value(app.flows.message);
  w.key("ok").value(app.flows.report.ok).key("file").value(app.flows.report.file);
  w.key("rijen").value(app.flows.report.rows_read).key("overgeslagen").value(app.flows.report.rows_skipped);
  w.key("clienten").value(app.flows.report.clients).key("trajecten").value(app.flows.report.trajectories);
  w.key("per").value(app.flows.granularity == FlowGranularity::Year      ? "jaar"
                     : app.flows.granularity == FlowGranularity::Quarter ? "kwartaal"
                                                                         : "maand");
  w.key("cijfers").value(app.flows.figures);
  w.key("problems").begin_array();
  for (const Problem& p : app.flows.report.problems) w.value(p.to_string());
  w.end_array();
  w.end_object();
  // What the comparison view on screen computed, to check against the CLI over the same core.
  w.key("vergelijking").begin_object();
  w.key("view").value(app.frame.shown.view);
  w.key("groep").value(group_kind_id(app.frame.shown.group.kind));
  w.key("groepnaam").value(app.frame.shown.group.name);
  w.key("leden").begin_array();
  for (const int m : app.frame.shown.group.members) w.value(d.gemeenten[static_cast<std::size_t>(m)].code);
  w.end_array();
  w.key("indicatoren").begin_array();
  for (const Comparison& c : app.frame.shown.rows) {
    w.begin_object();
    w.key("id").value(c.variable >= 0 ? d.variables[static_cast<std::size_t>(c.variable)].id : std::string());
    // The series and period, as the CLI names them.
    const int si = series_of_variable(app.model.store, c.variable);
    if (si >= 0) {
      const Series& s = app.model.store.series[static_cast<std::size_t>(si)];
      w.key("reeks").value(s.id);
      for (std::size_t i = 0; i < s.variables.size(); ++i) {
        if (s.variables[i] == c.variable) w.key("periode").value(s.periods[i].label());
      }
    }
    w.key("waarde").value(c.value).key("mediaan").value(c.median).key("gewogen_gemiddelde").value(c.weighted_mean);
    w.key("leden").value(c.members).key("rang").value(c.rank).key("oordeel").value(verdict_label(c.verdict));
    w.key("referentie").value(reference_label(c.reference)).key("referentiewaarde").value(c.reference_value);
    if (c.variable >= 0 && app.view.gemeente >= 0) {
      const IndicatorMeta& m = d.variables[static_cast<std::size_t>(c.variable)];
      w.key("zin").value(headline_sentence(c, m, d.gemeenten[static_cast<std::size_t>(app.view.gemeente)].name,
                                           app.frame.shown.group, translations()));
    }
    w.end_object();
  }
  w.end_array();
  w.key("indicator")
      .value(app.view.indicator >= 0 && static_cast<std::size_t>(app.view.indicator) < d.variables.size()
                 ? d.variables[static_cast<std::size_t>(app.view.indicator)].id
                 : std::string());
  w.key("detail").value(detail_id(app.view.detail));
  w.end_object();
  w.key("link").value(app_view_link(app));
  // The view state a shared link carries, field by field, to compare two pages opened on one link.
  w.key("deel").begin_object();
  w.key("groep").value(group_kind_id(app.view.group));
  auto codes = [&](const char* key, const std::vector<int>& list) {
    w.key(key).begin_array();
    for (const int g : list) w.value(d.gemeenten[static_cast<std::size_t>(g)].code);
    w.end_array();
  };
  codes("eigen_lijst", app.view.custom);
  codes("buren", app.view.peers);
  w.key("k").value(static_cast<double>(app.view.k));
  w.key("taal").value(lang_id(app.view.lang)).key("modus").value(mode_id(app.view.mode));
  const int series = series_of_variable(app.model.store, app.view.indicator);
  if (series >= 0) {
    const Series& s = app.model.store.series[static_cast<std::size_t>(series)];
    w.key("reeks").value(s.id);
    for (std::size_t i = 0; i < s.variables.size(); ++i) {
      if (s.variables[i] == app.view.indicator) w.key("periode").value(s.periods[i].label());
    }
  }
  w.end_object();
  w.key("reduced_motion").value(app.platform.reduced_motion);
  w.key("wants_animation").value(app.frame.wants_animation);
  w.key("export_message").value(app.ui.export_message);
  // The tooltip or tap popup on screen, so a browser test can see what a tap showed.
  const ShownTooltip& t = shown_tooltip();
  w.key("tooltip").begin_object();
  w.key("open").value(t.open).key("popup").value(t.popup);
  w.key("rect").begin_array();
  for (const float f : {t.min.x, t.min.y, t.max.x - t.min.x, t.max.y - t.min.y}) w.value(static_cast<double>(f));
  w.end_array();
  w.key("text").value(t.text);
  w.end_object();
  // The text field being edited: what a phone's keyboard typed into it, and where its caret is.
  const ActiveTextField field = app_active_text_field(app);
  w.key("tekstveld").begin_object();
  w.key("actief").value(field.id != 0).key("tekst").value(field.text);
  w.key("selectie").begin_array().value(field.select_start).value(field.select_end).end_array();
  w.end_object();
  // Keyboard exploration of a chart or the map (app/chart_access.h): the highlighted gemeente and
  // the readout the mirror announces.
  w.key("verkenning").begin_object();
  w.key("grafiek").value(app.ui.explore.chart);
  w.key("gemeente")
      .value(app.ui.explore.gemeente >= 0 ? d.gemeenten[static_cast<std::size_t>(app.ui.explore.gemeente)].code
                                          : std::string());
  w.key("tekst").value(app.ui.explore.readout);
  w.end_object();
  w.key("tabel").value(app.ui.chart_table);
  w.key("eigen_reeks").value(app.ui.series);  // the own series of the time series: "indicator|uitsplitsing"
  w.key("notes").value(app.ui.notes);
  w.key("presentatie").begin_object();
  w.key("dias").value(app.present.deck.slides.size()).key("presenteert").value(app.present.presenting);
  w.key("dia").value(app.present.presenting ? app.present.current + 1 : 0);
  w.key("melding").value(app.present.message).key("dia_melding").value(app.present.slide_note);
  w.end_object();
  w.end_object();
  w.end_object();
  return w.str();
}

}  // namespace jv::app
