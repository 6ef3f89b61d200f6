// "Eigen cijfers": the municipality's own figures, loaded in this page and set beside the
// benchmark where the definitions allow it.
#include <algorithm>
#include <cmath>
#include <map>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/own_figures.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/views.h"
#include "core/breakdown.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/ownset.h"
#include "core/statline.h"
#include "core/stats.h"
#include "core/text.h"
#include "data/embedded_data.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace jv::app {

namespace {

constexpr ImU32 kAskBg = IM_COL32(253, 246, 227, 255);
constexpr ImU32 kAskBorder = IM_COL32(214, 184, 112, 255);

std::string gemeente_name(const Model& model, const std::string& code) {
  if (code == "NL") return tr("Nederland");
  const int g = model.store.data.find_code(code);
  return g >= 0 ? model.store.data.gemeenten[static_cast<std::size_t>(g)].name : code;
}

// The gemeente search: type part of a name (accents optional), pick from the list.
void gemeente_picker(AppState& app, float width) {
  ImGui::SetNextItemWidth(std::min(width, 360.0f));
  ImGui::InputTextWithHint("##gemeente", tr("Zoek uw gemeente, bijvoorbeeld Hilversum"), &app.ui.gemeente_query);
  note_text_field(app.frame.text_fields, TextKind::Search);
  test_hook_item(app.frame.test_hook, "own.gemeente_search");
  const float right = ImGui::GetItemRectMin().x + width;
  if (app.view.gemeente >= 0) {
    const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)];
    const std::string chosen = trf("Gekozen: {1} ({2})", {g.name, g.code});
    same_line_if_fits(ImGui::CalcTextSize(chosen.c_str()).x, right);
    text_wrapped_view(chosen);
    test_hook_item(app.frame.test_hook, "own.gemeente_chosen");
  }
  if (app.ui.gemeente_query.empty()) return;
  const std::vector<int> hits = search_gemeenten(app.model.store.data, app.ui.gemeente_query, 8);
  if (hits.empty()) {
    text_disabled(tr("Geen gemeente gevonden die zo heet (gemeenten van 2025)."));
    return;
  }
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(hits[i])];
    const std::string label = g.name + "  (" + g.code + ")";
    if (ImGui::Selectable(label.c_str(), hits[i] == app.view.gemeente, 0, ImVec2(std::min(width, 360.0f), 0))) {
      app.view.gemeente = hits[i];
      app.ui.gemeente_query.clear();
    }
    if (i == 0) test_hook_item(app.frame.test_hook, "own.gemeente_first_hit");
  }
}

// A file that names no period: one question in the report area, with the reader's explanation.
void period_question(AppState& app, float width) {
  PendingPeriod& q = app.own.pending;
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped(tr("Over welke periode gaan deze cijfers?"));
  ImGui::PopFont();
  for (const Problem& p : app.own.last_report.problems) text_wrapped("%s", p.to_string().c_str());
  const float right = ImGui::GetCursorScreenPos().x + width;
  ImGui::SetNextItemWidth(std::min(220.0f, width));
  if (!q.shown) ImGui::SetKeyboardFocusHere();  // the answer can be typed at once
  q.shown = true;
  const bool enter =
      ImGui::InputTextWithHint("##periode", tr("bijvoorbeeld 2024"), &q.answer, ImGuiInputTextFlags_EnterReturnsTrue);
  note_text_field(app.frame.text_fields, TextKind::Code);
  test_hook_item(app.frame.test_hook, "own.period");
  if (ImGui::IsItemEdited()) q.error.clear();  // an old message does not stand under a new answer
  text_disabled(tr("Bijvoorbeeld 2024, 2024-Q3, Q1-3 2025 of 2023/2024."));
  if (!q.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorText);
    text_wrapped("%s", q.error.c_str());
    ImGui::PopStyleColor();
    test_hook_item(app.frame.test_hook, "own.period_error");
  }
  bool load = ImGui::Button(tr("Laden"));
  test_hook_item(app.frame.test_hook, "own.period_load");
  same_line_if_fits(button_width(tr("Annuleren")), right);
  if (ImGui::Button(tr("Annuleren"))) {
    app_cancel_period(app);
    return;
  }
  test_hook_item(app.frame.test_hook, "own.period_cancel");
  if (load || enter) {
    const std::string answer = q.answer;  // the question and its text go once the file is read
    app_answer_period(app, answer);
  }
}

void report_box(AppState& app, float width) {
  const ReadReport& r = app.own.last_report;
  const bool asking = app.own.pending.active;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, asking ? kAskBg : r.ok ? theme::kOkBg : theme::kErrorBg);
  ImGui::PushStyleColor(ImGuiCol_Border, asking ? kAskBorder : r.ok ? theme::kOkBorder : theme::kErrorBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  ImGui::BeginChild("##report", ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  if (asking) {
    period_question(app, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
    test_hook_item(app.frame.test_hook, "own.report");
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    return;
  }
  ImGui::PushFont(app.platform.fonts.bold);
  if (r.ok) {
    text_wrapped(tr("%s: %zu %s gelezen"), r.file.c_str(), r.values, r.values == 1 ? "waarde" : "waarden");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorText);
    text_wrapped(tr("%s is niet geladen. Wat u eerder laadde, is bewaard gebleven."), r.file.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
  if (r.ok) {
    std::string names;
    for (std::size_t i = 0; i < r.gemeenten.size() && i < 6; ++i)
      names += (i ? ", " : "") + gemeente_name(app.model, r.gemeenten[i]);
    if (r.gemeenten.size() > 6) names += trf(" en {1} meer", {std::to_string(r.gemeenten.size() - 6)});
    text_wrapped(tr("%zu %s gelezen, %zu overgeslagen. %zu %s (%s), %zu %s, %zu %s. Vorm: %s; %s%s."), r.rows_read,
                 r.rows_read == 1 ? tr("rij") : tr("rijen"), r.rows_skipped, r.gemeenten.size(),
                 r.gemeenten.size() == 1 ? "gemeente" : "gemeenten", names.c_str(), r.indicators.size(),
                 r.indicators.size() == 1 ? "indicator" : "indicatoren", r.periods.size(),
                 r.periods.size() == 1 ? "periode" : "perioden", r.format.c_str(), r.encoding.c_str(),
                 r.delimiter == ';'    ? tr(", gescheiden door ;")
                 : r.delimiter == ','  ? tr(", gescheiden door ,")
                 : r.delimiter == '\t' ? tr(", gescheiden door tabs")
                                       : "");
  }
  const std::size_t shown = std::min<std::size_t>(r.problems.size(), 30);
  for (std::size_t i = 0; i < shown; ++i) {
    const Problem& p = r.problems[i];
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, p.fatal ? theme::kErrorText : theme::kText);
    text_wrapped("%s", p.to_string().c_str());
    ImGui::PopStyleColor();
  }
  if (r.problems.size() > shown) text_disabled(tr("… en nog %zu meldingen."), r.problems.size() - shown);
  // What the reader did that the user should know: units converted, a period from the file name.
  if (!r.notes.empty()) {
    ImGui::BeginGroup();
    for (const std::string& note : r.notes) {
      ImGui::Bullet();
      ImGui::SameLine();
      text_wrapped(tr("Let op: %s"), note.c_str());
    }
    ImGui::EndGroup();
    test_hook_item(app.frame.test_hook, "own.notes");
  }
  ImGui::EndChild();
  test_hook_item(app.frame.test_hook, "own.report");
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

// Every file loaded, with what it holds now and "Verwijder"; above them what the last load added
// for which gemeenten (or what "Verwijder" took out), so no figure goes somewhere unseen.
void loaded_files(AppState& app, float column) {
  const std::vector<OwnFile> files = own_files(app.own.data);
  if (files.empty() && app.own.files_message.empty()) return;
  heading(app.platform.fonts.bold, tr("Geladen bestanden"));
  if (!app.own.files_message.empty()) {
    text_wrapped("%s", app.own.files_message.c_str());
    test_hook_item(app.frame.test_hook, "own.files_message");
  }
  const float right = ImGui::GetCursorScreenPos().x + column;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const OwnFile& f = files[i];
    const auto info = std::find_if(app.own.loaded.begin(), app.own.loaded.end(),
                                   [&](const OwnDataState::LoadedFile& l) { return l.name == f.name; });
    ImGui::PushID(static_cast<int>(i));
    ImGui::BeginGroup();
    std::string names;
    for (std::size_t g = 0; g < f.gemeenten.size(); ++g) {
      if (g == 6) {
        names += trf(" en {1} meer", {std::to_string(f.gemeenten.size() - 6)});
        break;
      }
      names += (g ? ", " : "") + gemeente_name(app.model, f.gemeenten[g]);
    }
    std::string indicators;
    for (std::size_t k = 0; k < f.indicators.size(); ++k)
      indicators += (k ? ", " : "") + std::string(tr(f.indicators[k]));
    const std::string size =
        info != app.own.loaded.end() ? format_file_size(static_cast<double>(info->bytes)) + ", " : "";
    const std::string values = f.values == 1 ? tr("1 waarde") : trf("{1} waarden", {std::to_string(f.values)});
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped_view(f.name + ": " + size + values);
    ImGui::PopFont();
    std::string about = trf("Gemeenten: {1}.", {names}) + " " + trf("Indicatoren: {1}.", {indicators});
    if (!f.periods.empty())
      about += " " + trf("Perioden: {1}.",
                         {f.periods.front() + (f.periods.size() > 1 ? " \xE2\x80\x93 " + f.periods.back() : "")});
    if (info != app.own.loaded.end() && !info->at.empty()) about += " " + trf("Geladen om {1}.", {info->at});
    muted(about);
    ImGui::EndGroup();
    const std::string hook = "own.file." + std::to_string(i);
    test_hook_item(app.frame.test_hook, hook.c_str());
    same_line_if_fits(button_width(tr("Verwijder")), right);
    if (ImGui::Button(tr("Verwijder"))) {
      ImGui::PopID();
      app_remove_own_file(app, f.name);
      return;  // the list changed under us: draw it again next frame
    }
    const std::string remove_hook = "own.file_remove." + std::to_string(i);
    test_hook_item(app.frame.test_hook, remove_hook.c_str());
    tooltip(
        tr("Haalt alleen de cijfers van dit bestand weg; de andere bestanden blijven geladen. Een verbeterd "
           "bestand met dezelfde naam laden vervangt dit bestand."));
    ImGui::PopID();
  }
}

// One line of the comparison: an own figure, Nederland from the same file, and the benchmark
// where the definitions match.
struct FigureRow {
  std::string name, period, value, national, benchmark, tooltip, benchmark_tooltip;
  bool comparable = false;
  Hidden hidden = Hidden::No;
};

std::vector<FigureRow> figure_rows(const AppState& app, std::map<std::string, std::string>& reasons,
                                   bool& trimmed_flows) {
  // The rows, Nederland's figures and the benchmark are what the export writes too (own_figures.h).
  const OwnShown shown = own_shown(app);
  trimmed_flows = shown.trimmed_flows;
  auto hidden_of = [&](const OwnValue* v) {
    return own_hidden(app, static_cast<std::size_t>(v - app.own.data.values.data()));
  };
  std::vector<FigureRow> out;
  for (const OwnShownRow& shown_row : shown.rows) {
    const OwnValue* v = &app.own.data.values[shown_row.value];
    const OwnIndicator* ind = app.own.data.indicator(v->indicator);
    if (!ind) continue;
    FigureRow row;
    row.name = v->breakdown.empty() ? tr(ind->meta.name)
                                    : std::string(tr(ind->meta.name)) + ", " + keep_together(v->breakdown);
    row.tooltip =
        std::string(tr(ind->meta.definition)) + "\n" +
        trf("Bron: {1}", {v->source.empty() ? trf("{1}, rij {2}", {v->file, std::to_string(v->row)}) : v->source});
    row.period = v->period.label();
    row.hidden = hidden_of(v);
    row.value = format_own_cell(ind->meta, v->value, row.hidden, language());
    if (row.hidden == Hidden::No && v->status == Status::Provisional) row.value += tr(" (voorlopig)");
    if (v->status == Status::Suppressed) row.value = "geheim";
    if (row.hidden == Hidden::No && rate_unreliable(*v)) row.value += tr(" (onbetrouwbaar: teller < 10)");
    if (row.hidden != Hidden::No) row.tooltip = std::string(hidden_explanation(row.hidden)) + "\n" + row.tooltip;
    // Nederland from the same file: the same definition by construction.
    row.national = "\xE2\x80\x93";
    if (shown_row.national >= 0) {
      const OwnValue* nl = &app.own.data.values[static_cast<std::size_t>(shown_row.national)];
      row.national = format_own_cell(ind->meta, nl->value, hidden_of(nl), language());
    }
    const Comparability& cmp = shown_row.cmp;
    row.comparable = cmp.comparable;
    if (cmp.comparable) {
      // The benchmark's own figure for this gemeente beside its group's, so a user can see whether
      // their file and the benchmark agree; named for its source and group (core/explain.h).
      const BenchmarkLine line = benchmark_line(app.model.store, app.view.gemeente, cmp.variable, translations());
      row.benchmark = line.text;
      row.benchmark_tooltip = cmp.reason + "\n" + line.tooltip;
    } else {
      row.benchmark = tr("niet vergelijkbaar");
      row.benchmark_tooltip = cmp.reason;
    }
    reasons[ind->meta.name] = cmp.reason;
    out.push_back(std::move(row));
  }
  return out;
}

void tooltip_on_hover(const std::string& text) {
  if (text.empty()) return;
  if (Tooltip* t = item_tooltip()) t->text(text);
}

// Own figures of the chosen gemeente: a table on a wide screen, one card per figure on a phone
// (five columns do not fit 375 px).
void figures_table(AppState& app, float width) {
  if (app.view.gemeente < 0) {
    text_wrapped(tr("Kies hierboven uw gemeente om uw cijfers naast de vergelijking te zien."));
    return;
  }
  const std::string code = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code;
  std::map<std::string, std::string> reasons;  // per indicator
  bool trimmed_flows = false;
  const std::vector<FigureRow> rows = figure_rows(app, reasons, trimmed_flows);
  if (rows.empty()) {
    text_wrapped(tr("Voor %s zijn nog geen eigen cijfers geladen."), gemeente_name(app.model, code).c_str());
    return;
  }
  const std::string own_name = gemeente_name(app.model, code);
  ImGui::BeginGroup();
  if (!is_phone(width)) {
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    // Columns as wide as their content; the indicator takes what is left. When it cannot all
    // fit, Nederland goes first (the notes below the table say the rest).
    enum { kName, kPeriod, kValue, kNational, kBenchmark };
    std::vector<TableColumn> cols(5);
    cols[kName].header = tr("Indicator");
    cols[kName].stretch = true;
    cols[kPeriod].header = tr("Periode");
    cols[kValue].header = own_name;
    cols[kNational].header = tr("Nederland (zelfde bron)");
    cols[kNational].drop = 2;
    cols[kBenchmark].header = tr("Benchmark");
    cols[kBenchmark].drop = 1;
    for (const FigureRow& row : rows) {
      measure_cell(cols[kName], row.name);
      measure_cell(cols[kPeriod], row.period, false);
      measure_cell(cols[kValue], row.value);
      measure_cell(cols[kNational], row.national, false);
      measure_cell(cols[kBenchmark], row.benchmark);
    }
    fit_columns(cols, width, kFlags);
    if (ImGui::BeginTable("##own", shown_columns(cols), kFlags, ImVec2(width, 0))) {
      setup_columns(cols);
      table_headers(cols);
      for (const FigureRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_wrapped("%s", row.name.c_str());
        tooltip_on_hover(row.tooltip);
        ImGui::TableNextColumn();
        text_wrapped_view(row.period);
        ImGui::TableNextColumn();
        text_wrapped("%s", row.value.c_str());
        if (cols[kNational].shown) {
          ImGui::TableNextColumn();
          text_wrapped_view(row.national);
        }
        if (cols[kBenchmark].shown) {
          ImGui::TableNextColumn();
          if (row.comparable) text_wrapped("%s", row.benchmark.c_str());
          else text_disabled("%s", row.benchmark.c_str());
          tooltip_on_hover(row.benchmark_tooltip);
        }
      }
      ImGui::EndTable();
    }
  } else {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const FigureRow& row = rows[i];
      ImGui::PushID(static_cast<int>(i));
      if (i > 0) ImGui::Separator();
      ImGui::PushFont(app.platform.fonts.bold);
      text_wrapped("%s, %s", row.name.c_str(), row.period.c_str());
      ImGui::PopFont();
      tooltip_on_hover(row.tooltip);
      text_wrapped(tr("%s: %s   Nederland: %s"), own_name.c_str(), row.value.c_str(), row.national.c_str());
      if (row.comparable) text_wrapped("%s", row.benchmark.c_str());
      else text_disabled(tr("Benchmark: %s"), row.benchmark.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndGroup();
  test_hook_item(app.frame.test_hook, "own.table");
  ImGui::Spacing();
  if (trimmed_flows) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    text_wrapped(
        tr("Van de stroomcijfers staat hier alleen de laatste volledige periode. Alle perioden staan bij "
           "Indicator (Tijdreeks) en in de export voor het raadsstuk."));
    ImGui::PopStyleColor();
    test_hook_item(app.frame.test_hook, "own.note_flows");
  }
  // Why figures are hidden, once under the table.
  for (const Hidden kind : {Hidden::Small, Hidden::Secondary, Hidden::Few}) {
    if (std::none_of(rows.begin(), rows.end(), [&](const FigureRow& r) { return r.hidden == kind; })) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    text_wrapped("%s", hidden_explanation(kind));
    ImGui::PopStyleColor();
    test_hook_item(app.frame.test_hook, kind == Hidden::Small       ? "own.note_small"
                                        : kind == Hidden::Secondary ? "own.note_hidden"
                                                                    : "own.note_few");
  }
  for (const auto& [name, reason] : reasons) {
    ImGui::Bullet();
    ImGui::SameLine();
    text_wrapped("%s: %s", name.c_str(), reason.c_str());
  }
}

// A StatLine export just read can become a public benchmark; benchmarks added before can be saved
// as a file for colleagues, or removed.
void benchmark_section(AppState& app, float column) {
  if (!app.own.statline_bytes.empty()) {
    ImGui::Spacing();
    text_wrapped(tr("Dit is een export van CBS StatLine met cijfers voor %s. Gebruik hem als benchmark: dan zijn de "
                    "cijfers openbare vergelijkingscijfers voor elke gemeente en periode in het bestand, naast de "
                    "ingebouwde cijfers, zoals ze in de tabel staan (voorlopige cijfers blijven voorlopig)."),
                 app.own.last_report.gemeenten.size() > 1
                     ? trf("{1} gemeenten", {std::to_string(app.own.last_report.gemeenten.size())}).c_str()
                     : tr("gemeenten"));
    if (ImGui::Button(tr("Gebruik als benchmark"))) app_use_as_benchmark(app);
    test_hook_item(app.frame.test_hook, "own.use_benchmark");
  }
  if (!app.own.benchmark_message.empty()) {
    text_wrapped("%s", app.own.benchmark_message.c_str());
    test_hook_item(app.frame.test_hook, "own.benchmark_message");
  }
  bool heading_done = false;
  const float right = ImGui::GetCursorScreenPos().x + column;
  for (std::size_t i = 0; i < app.model.public_store.sources.size(); ++i) {
    const Source& src = app.model.public_store.sources[i];
    if (src.kind != SourceKind::UserBenchmark) continue;
    if (!heading_done) {
      heading(app.platform.fonts.bold, tr("Benchmarks die u toevoegde"));
      heading_done = true;
    }
    std::size_t series = 0;
    for (const Series& s : app.model.public_store.series) series += s.source == static_cast<int>(i) ? 1 : 0;
    ImGui::PushID(static_cast<int>(i));
    text_wrapped(tr("%s (%s): %zu %s"), tr(src.title), src.file_name.c_str(), series,
                 series == 1 ? "reeks" : "reeksen");
    if (app.platform.hooks.download && ImGui::Button(tr("Bewaar als bestand"))) {
      app.platform.hooks.download(app.platform.hooks.user, "jeugdvergelijker-benchmark.csv", "text/csv;charset=utf-8",
                                  save_benchmark_source(app.model.public_store, static_cast<int>(i)));
    }
    const std::string save_hook = "own.benchmark_save." + std::to_string(i);
    test_hook_item(app.frame.test_hook, save_hook.c_str());
    tooltip(tr("Een klein bestand met deze benchmark, om aan collega's te geven. Zij laden het zoals eigen cijfers."));
    same_line_if_fits(button_width(tr("Verwijder")), right);
    if (ImGui::Button(tr("Verwijder"))) {
      ImGui::PopID();
      app_remove_benchmark(app, static_cast<int>(i));
      return;  // the list changed under us: draw it again next frame
    }
    const std::string remove_hook = "own.benchmark_remove." + std::to_string(i);
    test_hook_item(app.frame.test_hook, remove_hook.c_str());
    ImGui::PopID();
  }
}

}  // namespace

void view_owndata_figure(AppState& app, float width) {
  heading(app.platform.fonts.bold, tr("Uw cijfers naast de vergelijking"));
  figures_table(app, width);
}

void view_owndata(AppState& app) {
  const float column = begin_view("##own_scroll", 980.0f, 20.0f);

  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped(tr("Eigen cijfers"));
  ImGui::PopFont();
  text_wrapped(
      tr("Laad de actuele cijfers van uw gemeente (CSV, Excel of geplakt uit Excel) en zie ze naast de "
         "vergelijking. Het bestand wordt in deze pagina gelezen en nergens heen gestuurd. Alleen totalen: "
         "bestanden met gegevens over personen worden geweigerd."));

  heading(app.platform.fonts.bold, tr("Uw gemeente"));
  gemeente_picker(app, column);

  heading(app.platform.fonts.bold, tr("Cijfers laden"));
  const float right = ImGui::GetCursorScreenPos().x + column;
  bool first_button = true;
  if (app.platform.hooks.open_file_picker) {
    if (ImGui::Button(tr("Bestand kiezen\xE2\x80\xA6"))) app.platform.hooks.open_file_picker(app.platform.hooks.user);
    test_hook_item(app.frame.test_hook, "own.choose_file");
    first_button = false;
  }
  if (app.platform.hooks.download) {
    if (!first_button) same_line_if_fits(button_width(tr("Sjabloon (lang)")), right);
    if (ImGui::Button(tr("Sjabloon (lang)"))) {
      app.platform.hooks.download(app.platform.hooks.user, "jeugdvergelijker-sjabloon-lang.csv",
                                  "text/csv;charset=utf-8", template_long_csv());
    }
    test_hook_item(app.frame.test_hook, "own.template_long");
    same_line_if_fits(button_width(tr("Sjabloon (breed)")), right);
    if (ImGui::Button(tr("Sjabloon (breed)"))) {
      app.platform.hooks.download(app.platform.hooks.user, "jeugdvergelijker-sjabloon-breed.csv",
                                  "text/csv;charset=utf-8", template_wide_csv());
    }
    test_hook_item(app.frame.test_hook, "own.template_wide");
    same_line_if_fits(button_width(tr("Sjabloon (trajecten)")), right);
    if (ImGui::Button(tr("Sjabloon (trajecten)"))) {
      app.platform.hooks.download(app.platform.hooks.user, "jeugdvergelijker-sjabloon-trajecten.csv",
                                  "text/csv;charset=utf-8", flow_template_csv());
    }
    test_hook_item(app.frame.test_hook, "own.template_flows");
  }
  text_disabled(tr("Of sleep een bestand op deze pagina, of kopieer een tabel in Excel en druk hier op Ctrl+V."));
  ImGui::SetNextItemWidth(std::min(220.0f, column - ImGui::CalcTextSize(tr("Excel-werkblad")).x - 12.0f));
  ImGui::InputTextWithHint(tr("Excel-werkblad"), tr("eerste werkblad"), &app.own.sheet);
  note_text_field(app.frame.text_fields, TextKind::Code);
  tooltip(tr("Bij een Excel-bestand met meer werkbladen: de naam van het blad met uw cijfers."));

  text_wrapped_view(tr("Voorbeelden uit beleidsstukken (echte, gepubliceerde cijfers):"));
  const auto examples = embedded_examples();
  for (std::size_t i = 0; i < examples.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    // Titles are long: on a phone the label wraps inside the button rather than being clipped.
    if (button_wrapped("##example", tr(examples[i].title), column))
      app_load_file(app, examples[i].file_name, examples[i].bytes);
    const std::string hook = "own.example." + std::to_string(i);
    test_hook_item(app.frame.test_hook, hook.c_str());
    tooltip(tr("Bron: %s"), tr(examples[i].source));
    ImGui::PopID();
  }

  view_file_progress(app, column);

  bool remember = app.own.remember;
  if (app.platform.hooks.storage_set && ImGui::Checkbox(tr("Onthoud op dit apparaat"), &remember))
    app_set_remember(app, remember);
  test_hook_item(app.frame.test_hook, "own.remember");
  tooltip(tr("Bewaart uw cijfers in deze browser, alleen voor deze website. Niemand anders ziet ze."));
  same_line_if_fits(button_width(tr("Wis mijn gegevens")), right);
  if (ImGui::Button(tr("Wis mijn gegevens"))) app_forget_own_data(app);
  test_hook_item(app.frame.test_hook, "own.forget");

  if (app.own.has_report) {
    ImGui::Spacing();
    // The question waits for an answer: bring it into view, also below the fold on a phone.
    if (app.own.pending.active && !app.own.pending.shown) ImGui::SetScrollHereY(0.2f);
    report_box(app, column);
  }
  loaded_files(app, column);
  view_flows_summary(app, column);
  benchmark_section(app, column);

  if (!app.own.data.values.empty()) {
    view_owndata_figure(app, column);
    ImGui::Spacing();
    if (app.platform.hooks.download && ImGui::Button(tr("Exporteer voor het raadsstuk (CSV)"))) {
      // The gemeente on screen and Nederland, every period: not the other gemeenten of a region's file.
      const std::string code = app.view.gemeente >= 0
                                   ? app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code
                                   : std::string();
      app.platform.hooks.download(app.platform.hooks.user, "jeugdvergelijker-eigen-cijfers.csv",
                                  "text/csv;charset=utf-8", export_own_csv(app.own.data, app.model.store.data, code));
    }
    test_hook_item(app.frame.test_hook, "own.export");
    text_disabled(
        tr("Aantallen onder de 10 en verborgen aantallen worden niet geëxporteerd; de rest is afgerond op 5."));
    export_view_buttons(app, ImGui::GetCursorScreenPos().x + column);
  }

  end_view();
}

}  // namespace jv::app
