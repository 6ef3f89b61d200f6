// Shared by the "text that fits" suites: every view of the app with a name, and what the text
// helpers, ImGui's windows and tables report after a frame.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/layout.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/headless/headless.h"

namespace jv::test {

// Gemeenten with short, long, accented and apostrophe names, big and small, in different regions.
inline constexpr const char* kGemeenten[] = {"GM0402", "GM0361", "GM1900", "GM0363",
                                             "GM0981", "GM0088", "GM0796", "GM0523"};

struct View {
  const char* name;
  jv::app::Tab tab;
  jv::app::DetailView detail = jv::app::DetailView::Distribution;
  bool about = false;
  bool table = false;  // "Tabel": the chart's figures as a table (app/chart_access.h)
};

inline constexpr View kViews[] = {
    {"start", jv::app::Tab::Start},
    {"overzicht", jv::app::Tab::Dashboard},
    {"verdeling", jv::app::Tab::Indicator, jv::app::DetailView::Distribution},
    {"trechter", jv::app::Tab::Indicator, jv::app::DetailView::Funnel},
    {"ranglijst", jv::app::Tab::Indicator, jv::app::DetailView::Ranking},
    {"tijdreeks", jv::app::Tab::Indicator, jv::app::DetailView::TimeSeries},
    {"kaart", jv::app::Tab::Map},
    {"buren", jv::app::Tab::Peers},
    {"eigen", jv::app::Tab::OwnData},
    {"bronnen", jv::app::Tab::Sources},
    {"over", jv::app::Tab::Start, jv::app::DetailView::Distribution, true},
    {"verdeling-tabel", jv::app::Tab::Indicator, jv::app::DetailView::Distribution, false, true},
    {"trechter-tabel", jv::app::Tab::Indicator, jv::app::DetailView::Funnel, false, true},
    {"tijdreeks-tabel", jv::app::Tab::Indicator, jv::app::DetailView::TimeSeries, false, true},
    {"kaart-tabel", jv::app::Tab::Map, jv::app::DetailView::Distribution, false, true},
};

inline float height_for(float width) { return width < 560.0f ? 740.0f : width < 1600.0f ? 800.0f : 1080.0f; }

inline void choose(jv::platform::Headless& shell, const char* code) {
  const int g = shell.app.model.store.data.find_code(code);
  REQUIRE_MESSAGE(g >= 0, "no gemeente " << code);
  jv::app::app_select_gemeente(shell.app, g);
  jv::platform::headless_frame(shell);
}

inline void show(jv::platform::Headless& shell, const View& v) {
  shell.app.view.tab = v.tab;
  shell.app.view.detail = v.detail;
  shell.app.ui.about_open = v.about;
  shell.app.ui.chart_table = v.table;
  for (int i = 0; i < 3; ++i) jv::platform::headless_frame(shell);
}

// Both examples from policy documents: Hilversum over five years, Teylingen by age band.
void load_examples(jv::platform::Headless& shell);

// A Dutch value's pieces that must stay on one line: returns why the break between
// text[..end) and text[begin..) splits one, or "" when it does not.
std::string bad_break(std::string_view text, std::size_t end, std::size_t begin);

// The text of a drawn line, with no-break spaces read as spaces.
std::string line_text(const jv::app::DrawnText& d, const jv::app::DrawnLine& l);

// Whether some drawn line holds `s` whole.
bool drawn_whole(const std::vector<jv::app::DrawnText>& drawn, std::string_view s);

// Every tooltip or popup window ImGui shows now.
std::vector<ImGuiWindow*> shown_overlays();

// Scrolls the view under (x, y) down by about one screen; false when it cannot go further.
bool scroll_down(jv::platform::Headless& shell, float x, float y);

}  // namespace jv::test
