// The comparison views driven headless: what they show is what the core computes, they fit a
// phone, and a frame stays well under 16 ms.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/layout.h"
#include "core/compare.h"
#include "imgui.h"
#include "platform/headless/headless.h"
#include "session.h"

using namespace jv::platform;
using jv::test::Rect;
using jv::test::Session;
using jv::test::widget;

namespace {

bool drawn(const Headless& shell, const char* id, ImVec2* min = nullptr, ImVec2* max = nullptr) {
  ImVec2 a, b;
  const bool ok = headless_widget(shell, id, &a, &b);
  if (min) *min = a;
  if (max) *max = b;
  return ok;
}

void choose(Headless& shell, const char* code) {
  const int g = shell.app.data2025.find_code(code);
  REQUIRE(g >= 0);
  jv::app::app_select_gemeente(shell.app, g);
  headless_frame(shell);
}

}  // namespace

TEST_CASE("views: the dashboard shows Hilversum against its jeugdregio as the core computes it") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.overzicht");
  CHECK(drawn(s.shell, "overzicht.search"));
  choose(s.shell, "GM0402");
  jv::app::AppState& app = s.shell.app;
  REQUIRE(app.shown.rows.size() == 7);  // 1 youth-care indicator + 6 context figures
  CHECK(std::string(app.shown.view) == "overzicht");
  CHECK(app.shown.group.kind == jv::GroupKind::Jeugdregio);
  CHECK(app.shown.group.name == "Jeugdregio Gooi en Vechtstreek");
  CHECK(app.shown.group.members.size() == 6);  // 2025: Weesp went to Amsterdam
  const jv::Comparison head = app.shown.rows.front();  // a copy: the next frame refills shown
  CHECK(app.data2025.variables[static_cast<std::size_t>(head.variable)].id == "jeugdzorg_tot23");
  CHECK(head.value == doctest::Approx(10.6));
  // Independently from the core.
  const int g = app.data2025.find_code("GM0402");
  const jv::Comparison direct =
      jv::compare(app.bench2025, g, head.variable, jv::make_group(app.bench2025, g, jv::GroupKind::Jeugdregio));
  CHECK(head.median == doctest::Approx(direct.median));
  CHECK(head.weighted_mean == doctest::Approx(direct.weighted_mean));
  CHECK(head.verdict == direct.verdict);
  CHECK(drawn(s.shell, "headline"));
  CHECK(drawn(s.shell, "dash.value.jeugdzorg_tot23"));
  CHECK(drawn(s.shell, "dash.verdict.jeugdzorg_tot23"));

  // Another group is one click.
  headless_click_widget(s.shell, "group.nederland");
  CHECK(app.shown.group.kind == jv::GroupKind::Nederland);
  CHECK(app.shown.group.members.size() == 342);
  CHECK(app.shown.rows.front().weighted_mean ==
        doctest::Approx(jv::compare(app.bench2025, g, head.variable, jv::make_group(app.bench2025, g, jv::GroupKind::Nederland))
                            .weighted_mean));
}

TEST_CASE("views: the search finds a gemeente by part of its name, accents optional") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.overzicht");
  headless_click_widget(s.shell, "overzicht.search");
  headless_type(s.shell, "sudwest");
  REQUIRE(drawn(s.shell, "overzicht.first_hit"));
  headless_click_widget(s.shell, "overzicht.first_hit");
  REQUIRE(s.shell.app.gemeente >= 0);
  CHECK(s.shell.app.data2025.gemeenten[static_cast<std::size_t>(s.shell.app.gemeente)].name == "S\xC3\xBA" "dwest-Frysl\xC3\xA2n");
}

TEST_CASE("views: every detail view draws for Alkmaar, and a frame stays under 16 ms") {
  Session s(1280, 800);
  choose(s.shell, "GM0361");
  jv::app::AppState& app = s.shell.app;
  app.tab = jv::app::Tab::Indicator;
  headless_frame(s.shell);
  for (const char* view : {"detail.verdeling", "detail.trechter", "detail.ranglijst", "detail.tijdreeks"}) {
    CAPTURE(view);
    headless_click_widget(s.shell, view);
    headless_frame(s.shell);
    CHECK(std::string(app.shown.view) == "indicator");
    REQUIRE(app.shown.rows.size() == 1);
    CHECK(app.shown.rows.front().gemeente == app.data2025.find_code("GM0361"));
    CHECK(app.stats.last_frame_ms < 16.0);
    MESSAGE(std::string(view) << ": " << app.stats.last_frame_ms << " ms per frame");
  }
  // The ranking marks Alkmaar; the distribution and funnel draw a plot.
  headless_click_widget(s.shell, "detail.ranglijst");
  CHECK(drawn(s.shell, "ranking.chosen"));
  headless_click_widget(s.shell, "detail.trechter");
  CHECK(drawn(s.shell, "detail.plot"));
  // Without own figures the time series says how to get one.
  headless_click_widget(s.shell, "detail.tijdreeks");
  CHECK(drawn(s.shell, "series.to_own"));
}

TEST_CASE("views: the time series follows the Hilversum example over five years") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "tabs.own");
  headless_click_widget(s.shell, "own.example.0");
  jv::app::AppState& app = s.shell.app;
  app.tab = jv::app::Tab::Indicator;
  app.cmp.detail = jv::app::DetailView::TimeSeries;
  headless_frame(s.shell);
  CHECK(drawn(s.shell, "series.choose"));
  CHECK(drawn(s.shell, "detail.plot"));
}

TEST_CASE("views: on a 375-px phone the tabs wrap and every view stays inside the screen") {
  Session s(375, 740, 2.0f);
  choose(s.shell, "GM0402");
  for (const char* tab : {"tabs.overzicht", "tabs.indicator", "tabs.bronnen", "tabs.start", "tabs.own"}) {
    CAPTURE(tab);
    ImVec2 a, b;
    REQUIRE(drawn(s.shell, tab, &a, &b));
    CHECK(b.x <= 375.0f);
    CHECK(b.y <= 56.0f + 2 * 38.0f + 1.0f);  // two rows of tabs under the title bar
    headless_click_widget(s.shell, tab);
  }
  headless_click_widget(s.shell, "tabs.overzicht");
  for (const char* id : {"headline", "dash.value.jeugdzorg_tot23", "group.choose", "tabs.bronnen"}) {
    CAPTURE(id);
    ImVec2 a, b;
    REQUIRE(drawn(s.shell, id, &a, &b));
    CHECK(a.x >= 0.0f);
    CHECK(b.x <= 375.0f);
  }
}

TEST_CASE("views: wrapped text never splits a Dutch number at its comma or point") {
  Session s(375, 740, 1.0f);
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(375, 740));
  ImGui::Begin("wrap-test");
  jv::app::push_wrap(ImGui::GetCursorPosX() + 120.0f);
  const float line = ImGui::GetTextLineHeight();
  // "eenpersoonshuishoudens: 36,8 %" is wider than 120 px: it must break at the space only.
  const ImVec2 before = ImGui::GetCursorScreenPos();
  jv::app::text_wrapped("%s", "huishoudens: 36,8\xC2\xA0%");
  const ImVec2 size = ImGui::GetItemRectSize();
  jv::app::pop_wrap();
  ImGui::End();
  ImGui::EndFrame();
  CHECK(size.y == doctest::Approx(2.0f * line));  // two lines: "huishoudens:" and "36,8 %"
  // ImGui::TextWrapped would put "huishoudens: 36," on the first line (it fits in 120 px).
  REQUIRE(ImGui::CalcTextSize("huishoudens: 36,").x < 120.0f);
  CHECK(size.x < ImGui::CalcTextSize("huishoudens: 36,").x - 1.0f);
  CHECK(before.y >= 0.0f);
}

TEST_CASE("views: wrapped text keeps '12,8 %' and 'â¬ 1,2 mln' whole") {
  Session s(375, 740, 1.0f);
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(375, 740));
  ImGui::Begin("wrap-test-2");
  // Wide enough for "mediaan 11,3" but not for "mediaan 11,3 %": the '%' must take "11,3" along.
  const float width = ImGui::CalcTextSize("mediaan 11,3").x + 2.0f;
  jv::app::push_wrap(ImGui::GetCursorPosX() + width);
  jv::app::text_wrapped("%s", "mediaan 11,3 %");
  const ImVec2 size = ImGui::GetItemRectSize();
  jv::app::text_wrapped("%s", "kosten â¬ 9,7 mln");
  const ImVec2 euro = ImGui::GetItemRectSize();
  jv::app::pop_wrap();
  ImGui::End();
  ImGui::EndFrame();
  const float line = ImGui::GetTextLineHeight();
  CHECK(size.y == doctest::Approx(2.0f * line));
  // Lines "mediaan" and "11,3 %", not "mediaan 11,3" and "%".
  CHECK(size.x < ImGui::CalcTextSize("mediaan 11,3").x - 1.0f);
  CHECK(euro.x >= ImGui::CalcTextSize("â¬ 9,7").x - 0.5f);
}

TEST_CASE("views: choosing a gemeente on the start page opens its overview") {
  Session s(1280, 800);
  headless_click_widget(s.shell, "home.search");
  headless_type(s.shell, "hilversum");
  REQUIRE(drawn(s.shell, "home.first_hit"));
  headless_click_widget(s.shell, "home.first_hit");
  CHECK(s.shell.app.tab == jv::app::Tab::Dashboard);
  CHECK(s.shell.app.data2025.gemeenten[static_cast<std::size_t>(s.shell.app.gemeente)].code == "GM0402");
  CHECK(drawn(s.shell, "headline"));
}

TEST_CASE("views: a neighbour's name in the peers list opens its overview") {
  Session s(1280, 800);
  choose(s.shell, "GM0361");
  s.shell.app.tab = jv::app::Tab::Peers;
  headless_frame(s.shell);
  REQUIRE(drawn(s.shell, "peers.open.GM0405"));  // Hoorn, Alkmaar's nearest
  headless_click_widget(s.shell, "peers.open.GM0405");
  CHECK(s.shell.app.tab == jv::app::Tab::Dashboard);
  CHECK(s.shell.app.data2025.gemeenten[static_cast<std::size_t>(s.shell.app.gemeente)].code == "GM0405");
}

TEST_CASE("views: a shared link reopens the same gemeente, group, edited peers and view") {
  Session a(1280, 800);
  jv::app::AppState& app = a.shell.app;
  choose(a.shell, "GM0361");
  app.tab = jv::app::Tab::Indicator;
  app.cmp.group = jv::GroupKind::Peers;
  app.cmp.detail = jv::app::DetailView::Funnel;
  headless_frame(a.shell);
  // Remove Hoorn from the ten, add Haarlem to the own list.
  app.cmp.peers.erase(std::find(app.cmp.peers.begin(), app.cmp.peers.end(), app.data2025.find_code("GM0405")));
  app.cmp.custom = {app.data2025.find_code("GM0392")};
  const std::string link = jv::app::app_view_link(app);
  CHECK(link.rfind("tab=indicator&gemeente=GM0361&groep=buren&lijst=GM0392&buren=", 0) == 0);
  CHECK(link.find("GM0405") == std::string::npos);
  CHECK(link.find("&indicator=jeugdzorg_tot23&weergave=trechter") != std::string::npos);

  Session b(1280, 800);
  jv::app::AppState& other = b.shell.app;
  REQUIRE(jv::app::app_apply_view_link(other, "#" + link));
  headless_frame(b.shell);
  CHECK(other.tab == jv::app::Tab::Indicator);
  CHECK(other.gemeente == app.gemeente);
  CHECK(other.cmp.group == jv::GroupKind::Peers);
  CHECK(other.cmp.detail == jv::app::DetailView::Funnel);
  CHECK(other.cmp.peers == app.cmp.peers);
  CHECK(other.cmp.custom == app.cmp.custom);
  CHECK(other.shown.group.members.size() == 9);
  CHECK(jv::app::app_view_link(other) == link);

  // A hand-edited or old link opens what it can and ignores the rest.
  Session c(1280, 800);
  CHECK(jv::app::app_apply_view_link(c.shell.app, "gemeente=GM0402&onbekend=1&groep=xyz&tab=kaart"));
  CHECK(c.shell.app.tab == jv::app::Tab::Map);
  CHECK(c.shell.app.cmp.group == jv::GroupKind::Jeugdregio);
  CHECK_FALSE(jv::app::app_apply_view_link(c.shell.app, "gemeente=GM9999&foo=bar"));
}
