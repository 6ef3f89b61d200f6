// "Text that fits", over every view, several gemeenten and phone to wide screens: no number split
// over two lines, no word or header cut, tooltips inside the screen, chart labels that never
// overprint, and on a phone a tap shows what hover shows on a desktop.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/chart.h"
#include "app/layout.h"
#include "core/format.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/headless/headless.h"
#include "session.h"
#include "text_fits.h"

using namespace jv::platform;
using jv::test::Session;
using jv::test::View;

namespace {

std::string where(const char* view, const char* code, float width) {
  return std::string(view) + " " + code + " " + std::to_string(static_cast<int>(width)) + " px";
}

// What the text helpers drew: each line break where a number stays whole, each line inside the
// rectangle it is clipped to, and ImGui's own wrapping off.
void check_drawn_text(const std::string& context) {
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
    CAPTURE(context);
    CAPTURE(d.text);
    CHECK_MESSAGE(d.imgui_wrap_pos < 0.0f, "ImGui's own wrapping is on in " << d.window);
    for (std::size_t i = 0; i + 1 < d.lines.size(); ++i) {
      const std::string why = jv::test::bad_break(d.text, d.lines[i].end, d.lines[i + 1].begin);
      CHECK_MESSAGE(why.empty(), why << ": \"" << jv::test::line_text(d, d.lines[i]) << "\" / \""
                                     << jv::test::line_text(d, d.lines[i + 1]) << "\"");
    }
    if (d.scrolls_x) continue;
    for (const jv::app::DrawnLine& l : d.lines) {
      if (l.max.x <= l.min.x) continue;  // empty line
      CHECK_MESSAGE(l.max.x <= d.clip_max.x + 0.5f, "cut at the right (" << l.max.x << " > " << d.clip_max.x << "): \""
                                                                         << jv::test::line_text(d, l) << "\"");
      CHECK_MESSAGE(l.min.x >= d.clip_min.x - 0.5f, "cut at the left: \"" << jv::test::line_text(d, l) << "\"");
    }
  }
}

// Removes comments and the contents of string and character literals, keeping line breaks.
std::string code_only(const std::string& src) {
  std::string out;
  enum { Code, Line, Block, Str, Chr } state = Code;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const char c = src[i], n = i + 1 < src.size() ? src[i + 1] : '\0';
    switch (state) {
      case Code:
        if (c == '/' && n == '/') state = Line, ++i;
        else if (c == '/' && n == '*') state = Block, ++i;
        else if (c == '"') state = Str, out += c;
        else if (c == '\'') state = Chr, out += c;
        else out += c;
        break;
      case Line:
        if (c == '\n') state = Code, out += c;
        break;
      case Block:
        if (c == '*' && n == '/') state = Code, ++i;
        else if (c == '\n') out += c;
        break;
      case Str:
        if (c == '\\') ++i;
        else if (c == '"') state = Code, out += c;
        break;
      case Chr:
        if (c == '\\') ++i;
        else if (c == '\'') state = Code, out += c;
        break;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("text rules: no view calls ImGui's own text, wrapping, tooltip or combo functions") {
  // ImGui wraps after ',' and '.' ("36,\n8 %"), cuts words that do not fit, and its tooltips and
  // combos ignore the screen's width. The project's helpers in layout.cpp and tooltip.cpp are the
  // only callers.
  static constexpr const char* kBanned[] = {"Text",
                                            "TextV",
                                            "TextUnformatted",
                                            "TextWrapped",
                                            "TextWrappedV",
                                            "TextColored",
                                            "TextColoredV",
                                            "TextDisabled",
                                            "TextDisabledV",
                                            "BulletText",
                                            "BulletTextV",
                                            "LabelText",
                                            "LabelTextV",
                                            "PushTextWrapPos",
                                            "SetTooltip",
                                            "SetTooltipV",
                                            "BeginTooltip",
                                            "SetItemTooltip",
                                            "BeginItemTooltip",
                                            "BeginCombo",
                                            "Combo",
                                            "CollapsingHeader",
                                            "TableHeadersRow"};
  static constexpr const char* kHelpers[] = {"layout.cpp", "tooltip.cpp"};
  const std::filesystem::path dir = std::filesystem::path(JV_SOURCE_DIR) / "src" / "app";
  std::vector<std::string> found;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    if (std::find(std::begin(kHelpers), std::end(kHelpers), name) != std::end(kHelpers)) continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string code = code_only(ss.str());
    for (const char* fn : kBanned) {
      const std::string call = std::string("ImGui::") + fn + "(";
      for (std::size_t at = code.find(call); at != std::string::npos; at = code.find(call, at + 1)) {
        const int line = 1 + static_cast<int>(std::count(code.begin(), code.begin() + static_cast<long>(at), '\n'));
        found.push_back(name + ":" + std::to_string(line) + " " + call);
      }
    }
  }
  CHECK(files >= 15);
  std::string list;
  for (const std::string& f : found) list += "\n  " + f;
  CHECK_MESSAGE(found.empty(), found.size() << " direct calls:" << list);
}

TEST_CASE("text: in every view, at 375, 1280 and 1920 px, no line ends inside a number and none is cut") {
  for (const float width : {375.0f, 1280.0f, 1920.0f}) {
    Session s(width, jv::test::height_for(width), width < 560.0f ? 2.0f : 1.0f);
    jv::test::load_examples(s.shell);
    jv::app::record_text(true);
    for (const char* code : jv::test::kGemeenten) {
      jv::test::choose(s.shell, code);
      for (const View& v : jv::test::kViews) {
        jv::test::show(s.shell, v);
        REQUIRE_FALSE(jv::app::recorded_text().empty());
        check_drawn_text(where(v.name, code, width));
      }
    }
    jv::app::record_text(false);
  }
}

TEST_CASE("text: in English too (longer words), at 375 and 1280 px, no line ends inside a number and none is cut") {
  for (const float width : {375.0f, 1280.0f}) {
    Session s(width, jv::test::height_for(width), width < 560.0f ? 2.0f : 1.0f);
    s.shell.app.view.lang = jv::Lang::En;
    jv::test::load_examples(s.shell);
    jv::app::record_text(true);
    for (const char* code : jv::test::kGemeenten) {
      jv::test::choose(s.shell, code);
      for (const View& v : jv::test::kViews) {
        jv::test::show(s.shell, v);
        REQUIRE_FALSE(jv::app::recorded_text().empty());
        check_drawn_text(where(v.name, code, width) + " EN");
      }
    }
    jv::app::record_text(false);
  }
}

TEST_CASE("tooltips: hovering every hooked item of every view keeps each tooltip inside the display") {
  for (const float width : {375.0f, 1280.0f}) {
    const float height = jv::test::height_for(width);
    Session s(width, height, width < 560.0f ? 2.0f : 1.0f);
    jv::test::load_examples(s.shell);
    for (const char* code : {"GM0402", "GM0523"}) {
      jv::test::choose(s.shell, code);
      for (const View& v : jv::test::kViews) {
        jv::test::show(s.shell, v);
        for (int page = 0; page < 14; ++page) {
          const std::vector<jv::app::TestWidget> widgets = s.shell.app.frame.test_hook.widgets;
          for (const jv::app::TestWidget& w : widgets) {
            const ImVec2 c((w.min.x + w.max.x) * 0.5f, (w.min.y + w.max.y) * 0.5f);
            if (c.x < 0 || c.y < 0 || c.x >= width || c.y >= height) continue;
            ImGui::GetIO().AddMousePosEvent(c.x, c.y);
            headless_frame(s.shell);
            headless_frame(s.shell);
            for (ImGuiWindow* o : jv::test::shown_overlays()) {
              CAPTURE(where(v.name, code, width));
              CAPTURE(w.id);
              const std::string window = o->Name;
              CAPTURE(window);
              CHECK(o->Pos.x >= -0.5f);
              CHECK(o->Pos.y >= -0.5f);
              CHECK(o->Pos.x + o->Size.x <= width + 0.5f);
              CHECK(o->Pos.y + o->Size.y <= height + 0.5f);
            }
          }
          if (!jv::test::scroll_down(s.shell, 6.0f, height * 0.6f)) break;
        }
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        s.shell.app.ui.about_open = false;
        headless_frame(s.shell);
      }
    }
  }
}

TEST_CASE("charts: no two labels overprint in any gemeente's funnel or distribution") {
  for (const float width : {1280.0f, 375.0f}) {
    Session s(width, jv::test::height_for(width), 1.0f);
    jv::app::AppState& app = s.shell.app;
    app.view.tab = jv::app::Tab::Indicator;
    const std::size_t n = app.model.store.data.gemeenten.size();
    std::size_t plots = 0, shown = 0, hidden = 0;
    for (const jv::GroupKind group : {jv::GroupKind::Jeugdregio, jv::GroupKind::Provincie, jv::GroupKind::Peers}) {
      app.view.group = group;
      for (std::size_t g = 0; g < n; g += width < 560.0f ? 7 : 1) {
        app.view.gemeente = static_cast<int>(g);
        for (const jv::app::DetailView detail : {jv::app::DetailView::Funnel, jv::app::DetailView::Distribution}) {
          app.view.detail = detail;
          headless_frame(s.shell);
          const std::vector<jv::app::TestLabel>& labels = app.frame.test_hook.labels;
          ++plots;
          for (std::size_t a = 0; a < labels.size(); ++a) {
            if (!labels[a].shown) {
              ++hidden;
              continue;
            }
            ++shown;
            for (std::size_t b = a + 1; b < labels.size(); ++b) {
              if (!labels[b].shown) continue;
              const bool overlap = labels[a].min.x < labels[b].max.x && labels[b].min.x < labels[a].max.x &&
                                   labels[a].min.y < labels[b].max.y && labels[b].min.y < labels[a].max.y;
              CHECK_MESSAGE(!overlap,
                            app.model.store.data.gemeenten[g].name
                                << " (" << static_cast<int>(width) << " px, "
                                << std::string(detail == jv::app::DetailView::Funnel ? "trechter" : "verdeling")
                                << "): \"" << labels[a].text << "\" over \"" << labels[b].text << "\"");
            }
          }
        }
      }
    }
    MESSAGE(plots << " plots, " << shown << " labels shown, " << hidden << " left out at " << width << " px");
    CHECK(shown >= plots);  // at least the chosen gemeente's label, nearly always
  }
}

TEST_CASE("charts: a label goes to the first free place inside the plot area, or nowhere") {
  const jv::chart::Box area{ImVec2(0, 0), ImVec2(100, 50)};
  const ImVec2 size(30, 10);
  const ImVec2 places[] = {{80, 0}, {60, 0}, {0, 40}};  // off the right edge, free?, bottom left
  // Nothing taken: (80, 0) would reach x = 110, outside; (60, 0) fits.
  CHECK(jv::chart::place_label(area, places, size, {}) == 1);
  // A label at (55..70, 5..12) covers (60, 0); (0, 40) is free.
  const jv::chart::Box taken[] = {{ImVec2(55, 5), ImVec2(70, 12)}};
  CHECK(jv::chart::place_label(area, places, size, taken) == 2);
  // The 2-px gap counts: a box ending at x = 59 is too close to one starting at 60 ...
  const jv::chart::Box near[] = {{ImVec2(20, 0), ImVec2(59, 10)}, {ImVec2(0, 30), ImVec2(10, 39)}};
  CHECK(jv::chart::place_label(area, places, size, near) == -1);
  // ... one ending at x = 57 is not.
  const jv::chart::Box clear[] = {{ImVec2(20, 0), ImVec2(57, 10)}};
  CHECK(jv::chart::place_label(area, places, size, clear) == 1);
}

TEST_CASE("tables: every header and cell fits its column, at every width, in every view with a table") {
  for (const float width : {375.0f, 560.0f, 700.0f, 820.0f, 1000.0f, 1280.0f, 1920.0f}) {
    Session s(width, jv::test::height_for(width), 1.0f);
    jv::test::load_examples(s.shell);
    for (const char* code : {"GM0402", "GM0523", "GM1525", "GM0796"}) {
      jv::test::choose(s.shell, code);
      for (const jv::GroupKind group : {jv::GroupKind::Jeugdregio, jv::GroupKind::Provincie}) {
        s.shell.app.view.group = group;
        for (const View& v : jv::test::kViews) {
          jv::test::show(s.shell, v);
          ImGuiContext& g = *ImGui::GetCurrentContext();
          for (int i = 0; i < g.Tables.GetMapSize(); ++i) {
            ImGuiTable* t = g.Tables.TryGetMapData(i);
            if (!t || t->LastFrameActive != g.FrameCount) continue;
            for (int c = 0; c < t->ColumnsCount; ++c) {
              const ImGuiTableColumn& col = t->Columns[c];
              if (!col.IsEnabled) continue;
              CAPTURE(where(v.name, code, width));
              const std::string column = ImGui::TableGetColumnName(t, c);
              CAPTURE(column);
              CHECK_MESSAGE(
                  col.ContentMaxXHeadersIdeal <= col.MaxX + 0.5f,
                  "header needs " << col.ContentMaxXHeadersIdeal - col.MinX << " px, has " << col.MaxX - col.MinX);
              const float content = std::max(col.ContentMaxXFrozen, col.ContentMaxXUnfrozen);
              CHECK_MESSAGE(content <= col.MaxX + 0.5f,
                            "cells need " << content - col.MinX << " px, has " << col.MaxX - col.MinX);
              if (!(t->Flags & ImGuiTableFlags_ScrollX)) CHECK(col.MaxX <= t->OuterRect.Max.x + 0.5f);
            }
          }
        }
      }
    }
  }
}

TEST_CASE("touch: a tap on a value shows what hover shows, as a popup inside the screen, until the next tap") {
  // The same item on a desktop: hover shows source, period, definition and denominator.
  std::string hover_text;
  {
    Session desk(1280, 800);
    jv::test::choose(desk.shell, "GM0402");
    desk.shell.app.view.tab = jv::app::Tab::Dashboard;
    headless_frame(desk.shell);
    jv::app::record_text(true);
    const jv::test::Rect r = jv::test::widget(desk.shell, "dash.value.jeugdzorg_tot23");
    ImGui::GetIO().AddMousePosEvent((r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f);
    headless_frame(desk.shell);
    headless_frame(desk.shell);
    const std::vector<ImGuiWindow*> tips = jv::test::shown_overlays();
    REQUIRE(tips.size() == 1);
    // A long text uses the tooltip's width (28 em) instead of folding into a narrow column.
    CHECK(tips.front()->Size.x >= ImGui::GetFontSize() * 28.0f * 0.8f);
    for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
      if (d.window.find("Tooltip") != std::string::npos) hover_text += d.text + "\n";
    }
    jv::app::record_text(false);
  }
  CHECK(hover_text.find("Bron: CBS") != std::string::npos);
  CHECK(hover_text.find("Periode: 2020") != std::string::npos);
  CHECK(hover_text.find("Noemer") != std::string::npos);

  Session phone(375, 740, 2.0f);
  jv::test::choose(phone.shell, "GM0402");
  phone.shell.app.view.tab = jv::app::Tab::Dashboard;
  headless_frame(phone.shell);
  jv::app::record_text(true);
  headless_tap_widget(phone.shell, "dash.value.jeugdzorg_tot23");
  std::vector<ImGuiWindow*> popups = jv::test::shown_overlays();
  REQUIRE(popups.size() == 1);
  ImGuiWindow* p = popups.front();
  CHECK(p->Size.x >= 375.0f * 0.8f);  // as wide as the phone allows, less margins
  CHECK(p->Pos.x >= 0.0f);
  CHECK(p->Pos.x + p->Size.x <= 375.0f);
  CHECK(p->Pos.y + p->Size.y <= 740.0f);
  std::string popup_text;
  for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
    if (d.window == p->Name) popup_text += d.text + "\n";
  }
  CHECK(popup_text == hover_text);
  // It stays while nothing happens, and the next tap elsewhere closes it.
  for (int i = 0; i < 5; ++i) headless_frame(phone.shell);
  CHECK(jv::test::shown_overlays().size() == 1);
  headless_tap(phone.shell, 150.0f, 28.0f);  // the title bar
  CHECK(jv::test::shown_overlays().empty());
  jv::app::record_text(false);
}

TEST_CASE("age bands: own figures and the time series list them by age, each label whole") {
  for (const float width : {1280.0f, 375.0f}) {
    CAPTURE(width);
    Session s(width, jv::test::height_for(width), width < 560.0f ? 2.0f : 1.0f);
    jv::test::load_examples(s.shell);
    jv::test::choose(s.shell, "GM1525");  // Teylingen: specialised youth care by age band
    jv::app::record_text(true);
    jv::test::show(s.shell, {"eigen", jv::app::Tab::OwnData});
    const char* kBands[] = {"0-3 jaar", "4-11 jaar", "12-17 jaar", "18 jaar en ouder"};
    // The first line naming each band, in the order drawn.
    auto first_line = [](std::string_view band) {
      const std::vector<jv::app::DrawnText>& drawn = jv::app::recorded_text();
      for (std::size_t i = 0; i < drawn.size(); ++i) {
        if (drawn[i].text.find("gespecialiseerde jeugdhulp") == std::string::npos) continue;
        for (const jv::app::DrawnLine& l : drawn[i].lines) {
          if (jv::test::line_text(drawn[i], l).find(band) != std::string::npos) return static_cast<int>(i);
        }
      }
      return -1;
    };
    int last = -1;
    for (const std::string band : kBands) {
      CAPTURE(band);
      const int at = first_line(band);
      CHECK(at > last);  // found whole on one line, after the band before it
      last = at;
    }
    // The time series: the series list of the chooser, by age.
    s.shell.app.view.tab = jv::app::Tab::Indicator;
    s.shell.app.view.detail = jv::app::DetailView::TimeSeries;
    s.shell.app.ui.series.clear();
    headless_frame(s.shell);
    headless_frame(s.shell);
    headless_click_widget(s.shell, "series.choose");
    headless_frame(s.shell);
    last = -1;
    for (const std::string band : kBands) {
      CAPTURE(band);
      const int at = first_line(band);
      CHECK(at > last);
      last = at;
    }
    jv::app::record_text(false);
  }
}

TEST_CASE("combos: on a phone the chosen item shows whole, and the list fits the screen with every item whole") {
  Session s(375, 740, 2.0f);
  jv::test::load_examples(s.shell);
  jv::test::choose(s.shell, "GM0402");
  jv::app::AppState& app = s.shell.app;
  const int longest =
      app.model.store.data.variable("sociaal_minimum");  // "Huishoudens onder of rond het sociaal minimum"
  REQUIRE(longest >= 0);
  struct Combo {
    const char* hook;
    jv::app::Tab tab;
    jv::app::DetailView detail;
  };
  for (const Combo& c : {Combo{"indicator.choose", jv::app::Tab::Indicator, jv::app::DetailView::Distribution},
                         Combo{"map.indicator.choose", jv::app::Tab::Map, jv::app::DetailView::Distribution},
                         Combo{"group.choose", jv::app::Tab::Dashboard, jv::app::DetailView::Distribution},
                         Combo{"series.choose", jv::app::Tab::Indicator, jv::app::DetailView::TimeSeries}}) {
    const std::string hook = c.hook;
    CAPTURE(hook);
    app.view.indicator = longest;
    app.view.tab = c.tab;
    app.view.detail = c.detail;
    jv::app::record_text(true);
    for (int i = 0; i < 3; ++i) headless_frame(s.shell);
    const jv::test::Rect box = jv::test::widget(s.shell, c.hook);
    CHECK(box.max.x <= 375.0f);
    // The preview: every line drawn inside the box, together the whole preview.
    std::string preview;
    for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
      if (d.lines.empty() || d.lines.front().min.y < box.min.y || d.lines.back().max.y > box.max.y + 0.5f) continue;
      if (d.lines.front().min.x < box.min.x || d.lines.front().min.x > box.min.x + 20.0f) continue;
      for (const jv::app::DrawnLine& l : d.lines) CHECK(l.max.x <= box.max.x);
      preview = d.text;
    }
    CHECK_FALSE(preview.empty());
    if (std::string(c.hook) != "group.choose" && std::string(c.hook) != "series.choose") {
      CHECK(preview == app.model.store.data.variables[static_cast<std::size_t>(longest)].name);
    }
    // The list.
    headless_tap_widget(s.shell, c.hook);
    headless_frame(s.shell);
    const std::vector<ImGuiWindow*> lists = jv::test::shown_overlays();
    REQUIRE(lists.size() == 1);
    ImGuiWindow* list = lists.front();
    CHECK(list->Pos.x >= 0.0f);
    CHECK(list->Pos.x + list->Size.x <= 375.0f);
    CHECK(list->Pos.y >= 0.0f);
    CHECK(list->Pos.y + list->Size.y <= 740.0f);
    int items = 0;
    for (const jv::app::DrawnText& d : jv::app::recorded_text()) {
      if (d.window != list->Name) continue;
      ++items;
      for (const jv::app::DrawnLine& l : d.lines) CHECK(l.max.x <= list->Pos.x + list->Size.x);
    }
    CHECK(items >= 1);
    // A tap elsewhere closes it.
    headless_tap(s.shell, 150.0f, 28.0f);
    CHECK(jv::test::shown_overlays().empty());
    jv::app::record_text(false);
  }
}
