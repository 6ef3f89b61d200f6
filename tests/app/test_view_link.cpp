// The share link and the view state as one pure mapping: no ImGui, no data.
#include <doctest/doctest.h>

#include "app/view_link.h"

using jv::app::decode_view_link;
using jv::app::DetailView;
using jv::app::encode_view_link;
using jv::app::Tab;
using jv::app::ViewLink;

TEST_CASE("view link: every field survives the way out and back") {
  ViewLink link;
  link.tab = Tab::Indicator;
  link.gemeente = "GM0402";
  link.group = jv::GroupKind::Custom;
  link.custom = {"GM0363", "GM0402"};
  link.edited_peers = true;
  link.peers = {"GM0376", "GM0417"};
  link.indicator = "iv3-jeugd-lasten-per-inwoner-begroting";
  link.period = "Q1-3 2025";
  link.detail = DetailView::TimeSeries;
  const std::string text = encode_view_link(link);
  CHECK(text ==
        "tab=indicator&gemeente=GM0402&groep=eigen&lijst=GM0363,GM0402&buren=GM0376,GM0417"
        "&indicator=iv3-jeugd-lasten-per-inwoner-begroting&periode=Q1-3%202025&weergave=tijdreeks");
  ViewLink back;
  CHECK(decode_view_link("#" + text, back));
  CHECK(back == link);
  // School years and runs of years keep their slash and words.
  link.period = "2023/2024";
  ViewLink again;
  CHECK(decode_view_link(encode_view_link(link), again));
  CHECK(again.period == "2023/2024");
}

TEST_CASE("view link: an old or hand-edited link opens what it can and keeps the rest") {
  ViewLink link;
  link.tab = Tab::Map;
  link.detail = DetailView::Funnel;
  // A link from before the figures store: the indicator as a variable id, no period.
  CHECK(decode_view_link("tab=overzicht&gemeente=GM0361&groep=onzin&indicator=jeugdzorg_tot23&x=1", link));
  CHECK(link.tab == Tab::Dashboard);
  CHECK(link.gemeente == "GM0361");
  CHECK(link.group == jv::GroupKind::Jeugdregio);  // "onzin" is no group: left as it was
  CHECK(link.indicator == "jeugdzorg_tot23");      // the app finds the series by it
  CHECK(link.period.empty());
  CHECK(link.detail == DetailView::Funnel);        // absent: left as it was
  ViewLink nothing;
  CHECK_FALSE(decode_view_link("", nothing));
  CHECK_FALSE(decode_view_link("#foo=bar&tab=geen", nothing));
  CHECK(nothing == ViewLink{});
  // '+' and broken escapes: a space, and the text as written.
  ViewLink odd;
  CHECK(decode_view_link("periode=Q1-3+2025&indicator=a%2", odd));
  CHECK(odd.period == "Q1-3 2025");
  CHECK(odd.indicator == "a%2");
}
