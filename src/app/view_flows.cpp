// "Eigen cijfers", the file being read and trajectory files: a progress bar with "Annuleren"
// while the shell hands a file over in chunks, and what the last trajectory file gave (rows,
// clients, period, peildatum, skipped rows, notes) with the choice of year, quarter or month.
#include <algorithm>
#include <cstdio>

#include "app/app.h"
#include "app/file_stream.h"
#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "core/format.h"
#include "core/lang.h"
#include "core/period.h"
#include "imgui.h"

namespace jv::app {

namespace {

// "12 kB", "31,9 MB", "1,2 GB" (format_file_size).
std::string file_size(std::size_t bytes) { return format_file_size(static_cast<double>(bytes), language()); }

// "01-03-2024": a day since 1970-01-01 as the file writes it (days_from_civil the other way).
std::string date_text(int day) {
  int year = 1970 + static_cast<int>(day / 365.2425);
  while (days_from_civil(year, 1, 1) > day) --year;
  while (days_from_civil(year + 1, 1, 1) <= day) ++year;
  int month = 12;
  while (days_from_civil(year, month, 1) > day) --month;
  const int d = day - days_from_civil(year, month, 1) + 1;
  char out[40];
  std::snprintf(out, sizeof out, "%02d-%02d-%04d", d, month, year);
  return out;
}

void granularity_choice(AppState& app, float right) {
  text_wrapped_view(tr("Tel per:"));
  const struct {
    FlowGranularity g;
    const char* label;
    const char* hook;
  } choices[] = {{FlowGranularity::Year, translatable("Jaar"), "flows.year"},
                 {FlowGranularity::Quarter, translatable("Kwartaal"), "flows.quarter"},
                 {FlowGranularity::Month, translatable("Maand"), "flows.month"}};
  for (const auto& c : choices) {
    same_line_if_fits(button_width(tr(c.label)) + 24.0f, right);
    if (ImGui::RadioButton(tr(c.label), app.flows.granularity == c.g) && app.flows.granularity != c.g)
      app_set_flow_granularity(app, c.g);
    test_hook_item(app.frame.test_hook, c.hook);
  }
}

}  // namespace

void view_file_progress(AppState& app, float width) {
  const FileStream& s = app.flows.stream;
  if (!s.active) {
    if (!app.flows.message.empty()) {
      text_wrapped("%s", app.flows.message.c_str());
      test_hook_item(app.frame.test_hook, "own.read_message");
    }
    return;
  }
  const double fraction = std::max(0.0, app_file_progress(app));
  const std::string percent = format_number(fraction * 100.0, 0, language());
  const std::string label =
      s.kind == FileStream::Kind::Flows ? trf("Trajecten lezen: {1} %", {percent}) : trf("Lezen: {1} %", {percent});
  ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(width, 0), label.c_str());
  test_hook_item(app.frame.test_hook, "own.progress");
  const float right = ImGui::GetItemRectMin().x + width;
  text_wrapped("%s", trf("{1}: {2} van {3}", {s.file, file_size(s.received), file_size(s.size)}).c_str());
  same_line_if_fits(button_width(tr("Annuleren")), right);
  if (ImGui::Button(tr("Annuleren"))) app_file_cancel(app);
  test_hook_item(app.frame.test_hook, "own.progress_cancel");
}

void view_flows_summary(AppState& app, float width) {
  if (!app.flows.has_report) return;
  const FlowReport& r = app.flows.report;
  heading(app.platform.fonts.bold, tr("Trajecten uit uw registratie"));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, r.ok ? theme::kOkBg : theme::kErrorBg);
  ImGui::PushStyleColor(ImGuiCol_Border, r.ok ? theme::kOkBorder : theme::kErrorBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  ImGui::BeginChild("##flows", ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  const float inner = ImGui::GetContentRegionAvail().x;
  const float right = ImGui::GetCursorScreenPos().x + inner;
  const Lang lang = language();
  ImGui::PushFont(app.platform.fonts.bold);
  if (r.ok) {
    // "1 traject van 1 cliënt": a file of one row is how people try the reader out.
    text_wrapped("%s", trf("{1}: {2} {3} van {4} {5}", {r.file, format_count(static_cast<double>(r.trajectories), lang),
                                                        r.trajectories == 1 ? tr("traject") : tr("trajecten"),
                                                        format_count(static_cast<double>(r.clients), lang),
                                                        r.clients == 1 ? tr("cliënt") : tr("cliënten")})
                           .c_str());
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorText);
    text_wrapped(tr("%s is niet geladen. Wat u eerder laadde, is bewaard gebleven."), r.file.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
  if (r.ok) {
    text_wrapped("%s", trf("{1} rijen gelezen, {2} overgeslagen ({3}, {4}). Trajecten van {5} tot de peildatum {6}.",
                           {format_count(static_cast<double>(r.rows_read), lang),
                            format_count(static_cast<double>(r.rows_skipped), lang), file_size(r.bytes), r.encoding,
                            date_text(r.first_day), date_text(r.peildatum)})
                           .c_str());
    test_hook_item(app.frame.test_hook, "flows.counts");
  }
  // Skipped rows and a refusal, as the own-data report shows them: file, row, column, what to do.
  const std::size_t shown = std::min<std::size_t>(r.problems.size(), 30);
  for (std::size_t i = 0; i < shown; ++i) {
    const Problem& p = r.problems[i];
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, p.fatal ? theme::kErrorText : theme::kText);
    text_wrapped("%s", p.to_string().c_str());
    ImGui::PopStyleColor();
  }
  // Only the first 200 problems are kept; rows_skipped counts them all.
  if (const std::size_t all = std::max(r.problems.size(), r.rows_skipped); all > shown)
    text_disabled("%s", trf("… en nog {1} meldingen.", {format_count(static_cast<double>(all - shown), lang)}).c_str());
  for (const std::string& note : r.notes) {
    ImGui::Bullet();
    ImGui::SameLine();
    text_wrapped(tr("Let op: %s"), note.c_str());
  }
  if (r.ok && app.flows.reader) {
    granularity_choice(app, right);
    text_wrapped("%s",
                 trf("{1} stroomcijfers staan nu bij uw cijfers hieronder en bij Indicator (Tijdreeks). Alleen deze "
                     "totalen worden bewaard; de trajecten zelf niet, ook niet met \xE2\x80\x9EOnthoud op dit "
                     "apparaat\xE2\x80\x9D.",
                     {format_count(static_cast<double>(app.flows.figures), lang)})
                     .c_str());
  }
  ImGui::EndChild();
  test_hook_item(app.frame.test_hook, "flows.report");
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

}  // namespace jv::app
