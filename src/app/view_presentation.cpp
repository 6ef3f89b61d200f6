// The council presentation on screen: one slide full screen (a chart, one sentence, the gemeente,
// source and period, a thin progress bar, no controls), the keys a presenter's clicker sends, and
// the "Presentatie" panel where slides are ordered, removed and given their sentence.
#include <algorithm>
#include <string>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/presentation.h"
#include "app/theme.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/format.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace jv::app {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// High contrast for a projector in a lit room: near-black on white.
constexpr ImU32 kSlideText = IM_COL32(17, 17, 17, 255);
constexpr ImU32 kSlideMuted = IM_COL32(51, 51, 51, 255);  // 12,6 : 1 on white
constexpr ImU32 kProgressTrack = IM_COL32(220, 220, 220, 255);

bool pressed_any(std::initializer_list<ImGuiKey> keys) {
  for (const ImGuiKey k : keys) {
    if (ImGui::IsKeyPressed(k, false)) return true;
  }
  return false;
}

// Right/Down/PageDown/Space/Enter: next; Left/Up/PageUp/Backspace: back; Home, End; Escape leaves;
// P exports the slide as PNG.
void presenter_keys(AppState& app) {
  const int n = static_cast<int>(app.present.deck.slides.size());
  if (pressed_any({ImGuiKey_Escape})) {
    app_stop_presenting(app);
    return;
  }
  if (pressed_any({ImGuiKey_RightArrow, ImGuiKey_DownArrow, ImGuiKey_PageDown, ImGuiKey_Space, ImGuiKey_Enter,
                   ImGuiKey_KeypadEnter})) {
    app_show_slide(app, app.present.current + 1);
  } else if (pressed_any({ImGuiKey_LeftArrow, ImGuiKey_UpArrow, ImGuiKey_PageUp, ImGuiKey_Backspace})) {
    app_show_slide(app, app.present.current - 1);
  } else if (pressed_any({ImGuiKey_Home})) {
    app_show_slide(app, 0);
  } else if (pressed_any({ImGuiKey_End})) {
    app_show_slide(app, n - 1);
  } else if (pressed_any({ImGuiKey_P})) {
    app_request_png(app, app.present.current);
  }
}

// Wrapped text in `font` and `colour` at the cursor, `width` wide.
void slide_text(ImFont* font, ImU32 colour, std::string_view text, float width) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  push_wrap(ImGui::GetCursorPosX() + width);
  text_wrapped_view(text);
  pop_wrap();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// What a slide is, in the panel's list: "Indicator: Hilversum, jongeren met jeugdzorg (2020)".
std::string slide_title(const AppState& app, const Slide& slide) {
  std::string note;
  const ViewState v = slide_view(app, app.view, slide, &note);
  const Dataset& d = app.model.store.data;
  static constexpr const char* kDetail[] = {translatable("verdeling"), translatable("trechter"),
                                            translatable("ranglijst"), translatable("tijdreeks")};
  std::string out = v.tab == Tab::Dashboard ? tr("Overzicht")
                    : v.tab == Tab::Map     ? tr("Kaart")
                                            : trf("Indicator ({1})", {tr(kDetail[static_cast<int>(v.detail)])});
  if (v.gemeente >= 0) out += ": " + d.gemeenten[idx(v.gemeente)].name;
  if (v.tab != Tab::Dashboard && note != kOwnFiguresMissing && v.indicator >= 0) {
    const IndicatorMeta& m = d.variables[idx(v.indicator)];
    out += std::string(", ") + tr(m.name) + " (" + tr(m.period) + ")";
  }
  return out;
}

}  // namespace

void view_presentation(AppState& app) {
  presenter_keys(app);
  if (!app.present.presenting) return;  // Escape: the normal view from the next frame on

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 origin = viewport->Pos;
  const ImVec2 size = viewport->Size;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(255, 255, 255, 255));
  test_hook_rect(app.frame.test_hook, "present.slide", origin, ImVec2(origin.x + size.x, origin.y + size.y));

  const float margin = std::max(24.0f, size.x * 0.04f);
  const float width = size.x - 2.0f * margin;
  const Dataset& d = app.model.store.data;
  const int n = static_cast<int>(app.present.deck.slides.size());
  const int i = app.present.current;

  ImGui::SetCursorScreenPos(ImVec2(origin.x + margin, origin.y + margin * 0.6f));
  ImGui::BeginGroup();
  const bool own_missing = app.present.slide_note == kOwnFiguresMissing;
  if (app.view.gemeente < 0 || own_missing) {
    slide_text(app.platform.fonts.slide_bold, kSlideText, tr("Jeugdvergelijker"), width);
    ImGui::Spacing();
    slide_text(app.platform.fonts.slide, kSlideText,
               own_missing ? std::string(kOwnFiguresMissing) + "."
                           : std::string(tr("Deze dia noemt geen gemeente die hier bekend is.")),
               width);
  } else {
    const Gemeente& g = d.gemeenten[idx(app.view.gemeente)];
    const int v = slide_indicator(app);
    const IndicatorMeta& m = d.variables[idx(v)];
    const Group group = app_group_for(app, v);
    const Comparison c = compare(app.model.store.bench, app.view.gemeente, v, group);
    slide_text(app.platform.fonts.slide_bold, kSlideText, g.name, width);
    slide_text(app.platform.fonts.slide, kSlideMuted, tr(m.name), width);
    ImGui::Spacing();
    test_hook_item(app.frame.test_hook, "present.title");

    // The sentence and the source line stand at the bottom, above the progress bar; the chart
    // takes what is left between them and the title, and is cut off rather than push them away.
    const std::string sentence = slide_sentence(app, i);
    const std::string source = trf("Bron: {1}, {2}. Vergeleken met {3}.", {tr(m.source), tr(m.period), group.name});
    const float source_width = width - 120.0f;  // room for "3 / 5" at its right
    ImGui::PushFont(app.platform.fonts.slide);
    const float sentence_h = ImGui::CalcTextSize(sentence.c_str(), nullptr, false, width).y;
    ImGui::PopFont();
    ImGui::PushFont(app.platform.fonts.title);
    const float source_h = ImGui::CalcTextSize(source.c_str(), nullptr, false, source_width).y;
    ImGui::PopFont();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float footer_top = origin.y + size.y - 24.0f - source_h - 2.0f * spacing - sentence_h;
    const ImVec2 chart_at = ImGui::GetCursorScreenPos();
    const ImVec2 region(width, std::max(120.0f, footer_top - 16.0f - chart_at.y));
    // Below the plot come its legend and notes (about six lines); the rest is the plot's.
    const float chart_h = std::max(120.0f, region.y - 6.5f * kSlideChartSize);
    // The chart is for looking, not for clicking: what a click or hover would change is undone.
    const ViewState shown = app.view;
    ImGui::BeginChild("##slide_chart", region, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(app.platform.fonts.slide_chart);
    if (app.view.tab == Tab::Dashboard) {
      // The Overzicht's message: the figure and its verdict, then where the gemeente stands.
      ImGui::PushFont(app.platform.fonts.huge);
      ImGui::PushStyleColor(ImGuiCol_Text, kSlideText);
      text_wrapped_view(format_value(m, c.value, language()));
      ImGui::PopStyleColor();
      ImGui::PopFont();
      ImGui::SameLine(0.0f, 24.0f);
      verdict_badge(app, c, m);
      app.view.indicator = v;
      app.view.detail = DetailView::Distribution;
      indicator_chart(app, group, c, width, std::max(120.0f, chart_h - kHugeSize - 20.0f));
    } else if (app.view.tab == Tab::Map) {
      // The map large, its legend (with source and period) beside it.
      map_slide(app, width, region.y);
    } else {
      indicator_chart(app, group, c, width, chart_h);
    }
    ImGui::PopFont();
    ImGui::EndChild();
    test_hook_rect(app.frame.test_hook, "present.chart", chart_at,
                   ImVec2(chart_at.x + region.x, chart_at.y + region.y));
    app.view = shown;

    ImGui::SetCursorScreenPos(ImVec2(origin.x + margin, footer_top));
    slide_text(app.platform.fonts.slide, kSlideText, sentence, width);
    test_hook_item(app.frame.test_hook, "present.sentence");
    slide_text(app.platform.fonts.title, kSlideMuted, source, source_width);
    test_hook_item(app.frame.test_hook, "present.source");
  }
  ImGui::EndGroup();

  // Where the presenter is: a thin bar along the bottom, and "3 / 5" at its right end.
  const float bar_h = 8.0f;
  const ImVec2 bar_min(origin.x, origin.y + size.y - bar_h);
  const float done = size.x * static_cast<float>(i + 1) / static_cast<float>(std::max(n, 1));
  draw->AddRectFilled(bar_min, ImVec2(origin.x + size.x, origin.y + size.y), kProgressTrack);
  draw->AddRectFilled(bar_min, ImVec2(origin.x + done, origin.y + size.y), theme::kAccent);
  test_hook_rect(app.frame.test_hook, "present.progress", bar_min, ImVec2(origin.x + done, origin.y + size.y));
  const std::string count = std::to_string(i + 1) + " / " + std::to_string(n);
  ImGui::PushFont(app.platform.fonts.title);
  const ImVec2 count_size = ImGui::CalcTextSize(count.c_str());
  draw->AddText(ImVec2(origin.x + size.x - margin - count_size.x, bar_min.y - count_size.y - 12.0f), kSlideMuted,
                count.c_str());
  ImGui::PopFont();
}

void add_slide_button(AppState& app) {
  if (ImGui::Button(tr("Voeg toe aan presentatie"))) app_add_slide(app);
  test_hook_item(app.frame.test_hook, "present.add");
  if (!app.present.deck.slides.empty()) {
    ImGui::SameLine();
    const std::string label = trf("Presentatie ({1})", {std::to_string(app.present.deck.slides.size())});
    if (ImGui::Button(label.c_str())) app.present.panel_open = true;
    test_hook_item(app.frame.test_hook, "present.open_panel");
  }
}

void view_deck_panel(AppState& app) {
  if (!app.present.panel_open) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->Size.x - 24.0f, 560.0f);
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - 12.0f, viewport->Pos.y + 64.0f), ImGuiCond_Always,
                          ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->Size.y - 80.0f));
  if (!ImGui::Begin("Presentatie##deck", &app.present.panel_open,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                        ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  test_hook_item(app.frame.test_hook, "present.panel");
  Deck& deck = app.present.deck;
  if (!app.present.message.empty()) text_wrapped_view(app.present.message);
  if (deck.slides.empty()) {
    muted(
        tr("Nog geen dia's. Kies een weergave (Overzicht, Indicator of Kaart) en klik op \xE2\x80\x9EVoeg toe aan "
           "presentatie\xE2\x80\x9D."));
  }
  int move_up = -1, move_down = -1, remove = -1;
  for (int i = 0; i < static_cast<int>(deck.slides.size()); ++i) {
    ImGui::PushID(i);
    ImGui::Separator();
    const Slide& slide = deck.slides[idx(i)];
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped("%d. %s", i + 1, slide_title(app, slide).c_str());
    ImGui::PopFont();
    if (app.present.editing == i) {
      ImGui::InputTextMultiline("##zin", &app.present.edit_text, ImVec2(-1.0f, 90.0f));
      note_text_field(app.frame.text_fields, TextKind::Prose);
      test_hook_item(app.frame.test_hook, ("present.edit_text." + std::to_string(i + 1)).c_str());
      if (ImGui::Button(tr("Bewaar zin"))) {
        deck.set_sentence(i, app.present.edit_text);
        app.present.editing = -1;
      }
      test_hook_item(app.frame.test_hook, ("present.save_sentence." + std::to_string(i + 1)).c_str());
      ImGui::SameLine();
      if (ImGui::Button(tr("Zin van de app"))) {
        deck.set_sentence(i, {});
        app.present.editing = -1;
      }
      ImGui::SameLine();
      if (ImGui::Button(tr("Annuleer"))) app.present.editing = -1;
    } else {
      const std::string sentence = slide_sentence(app, i);
      muted(slide.sentence.empty() ? trf("{1} (zin van de app)", {sentence}) : sentence);
      if (ImGui::Button(tr("Bewerk zin"))) {
        app.present.editing = i;
        app.present.edit_text = sentence;
      }
      test_hook_item(app.frame.test_hook, ("present.edit." + std::to_string(i + 1)).c_str());
      ImGui::SameLine();
      ImGui::BeginDisabled(i == 0);
      if (ImGui::Button(tr("Omhoog"))) move_up = i;
      ImGui::EndDisabled();
      test_hook_item(app.frame.test_hook, ("present.up." + std::to_string(i + 1)).c_str());
      ImGui::SameLine();
      ImGui::BeginDisabled(i + 1 == static_cast<int>(deck.slides.size()));
      if (ImGui::Button(tr("Omlaag"))) move_down = i;
      ImGui::EndDisabled();
      test_hook_item(app.frame.test_hook, ("present.down." + std::to_string(i + 1)).c_str());
      ImGui::SameLine();
      if (ImGui::Button(tr("Verwijder"))) remove = i;
      test_hook_item(app.frame.test_hook, ("present.remove." + std::to_string(i + 1)).c_str());
      if (app.platform.hooks.download) {
        ImGui::SameLine();
        if (ImGui::Button(tr("Exporteer als PNG"))) app_request_png(app, i);
        test_hook_item(app.frame.test_hook, ("present.png." + std::to_string(i + 1)).c_str());
      }
    }
    ImGui::PopID();
  }
  // Changed after the list is drawn, so the loop never sees a list that moved under it.
  if (move_up >= 0) deck.move_up(move_up);
  if (move_down >= 0) deck.move_down(move_down);
  if (remove >= 0) {
    deck.remove(remove);
    app.present.editing = -1;
  }
  ImGui::Separator();
  ImGui::BeginDisabled(deck.slides.empty());
  if (ImGui::Button(tr("Presenteer"))) {
    app.present.panel_open = false;
    app_present(app, 0);
  }
  test_hook_item(app.frame.test_hook, "present.start");
  ImGui::SameLine();
  if (ImGui::Button(tr("Bewaar presentatie"))) app_save_deck(app);
  test_hook_item(app.frame.test_hook, "present.save");
  ImGui::EndDisabled();
  if (app.platform.hooks.open_file_picker) {
    ImGui::SameLine();
    if (ImGui::Button(tr("Open presentatie"))) app.platform.hooks.open_file_picker(app.platform.hooks.user);
    test_hook_item(app.frame.test_hook, "present.load");
  }
  muted(tr("Het bestand bewaart de weergaven en zinnen, nooit eigen cijfers."));
  ImGui::End();
}

}  // namespace jv::app
