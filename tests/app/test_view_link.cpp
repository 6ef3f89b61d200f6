// The share link and the view state as one pure mapping: no ImGui.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/app.h"
#include "app/view_link.h"
#include "data/embedded_data.h"

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
  CHECK(link.detail == DetailView::Funnel);  // absent: left as it was
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

// The app's view state and the link: every field of ViewState goes out as codes and comes back as
// the same indices, over the real store.
namespace {
const jv::FiguresStore& real_store() {
  static const jv::FiguresStore store = [] {
    jv::FiguresStore s;
    jv::LoadError error;
    REQUIRE(jv::load_store(jv::embedded_data_files(), s, error));
    return s;
  }();
  return store;
}
}  // namespace

TEST_CASE("view link: every field of the view state survives the link over the real store") {
  const jv::FiguresStore& store = real_store();
  jv::app::ViewState view;
  view.tab = Tab::Indicator;
  view.gemeente = store.data.find_code("GM0402");  // Hilversum
  REQUIRE(view.gemeente >= 0);
  view.group = jv::GroupKind::Custom;
  view.custom = {store.data.find_code("GM0363"), store.data.find_code("GM0402")};
  std::sort(view.custom.begin(), view.custom.end());
  // The peers as edited: the nearest one removed, Amsterdam added (the views keep them ascending).
  jv::app::ensure_peers(view, store);
  REQUIRE(view.peers.size() == 10);
  view.peers.erase(view.peers.begin());
  view.peers.push_back(store.data.find_code("GM0363"));
  std::sort(view.peers.begin(), view.peers.end());
  // A series in a period that is not its latest: the link must carry the period.
  const int series = find_series(store, "iv3-jeugd-lasten-per-inwoner-begroting");
  REQUIRE(series >= 0);
  jv::Period p2024;
  std::string error;
  REQUIRE(jv::parse_period("2024", p2024, error));
  view.indicator = jv::variable_at(store, series, p2024);
  REQUIRE(view.indicator >= 0);
  REQUIRE(view.indicator != jv::latest_variable(store, series));
  view.detail = DetailView::TimeSeries;
  view.lang = jv::Lang::En;
  view.mode = jv::app::Mode::Public;
  REQUIRE(view != jv::app::ViewState{});
  // Every field, by name: a field added to ViewState stops this from compiling until it is set
  // above and carried by the link. (peers_default, peers_for and k follow from the gemeente.)
  [[maybe_unused]] const auto& [tab, gemeente, group, custom, peers, peers_default, peers_for, k, indicator, detail,
                                lang, mode] = view;

  const std::string text = encode_view_link(jv::app::view_to_link(view, store));
  CHECK(text.find("periode=2024") != std::string::npos);
  ViewLink link;
  jv::app::ViewLinkGiven given;
  REQUIRE(decode_view_link(text, link, &given));
  jv::app::ViewState back;
  CHECK(jv::app::link_to_view(link, given, store, back));
  CHECK(back.tab == view.tab);
  CHECK(back.gemeente == view.gemeente);
  CHECK(back.group == view.group);
  CHECK(back.custom == view.custom);
  CHECK(back.peers == view.peers);
  CHECK(back.indicator == view.indicator);
  CHECK(back.detail == view.detail);
  CHECK(back == view);  // and every field added later

  // Peers as the core made them stay out of the link and are made again from the gemeente.
  jv::app::ViewState plain;
  plain.gemeente = view.gemeente;
  jv::app::ensure_peers(plain, store);
  const std::string plain_text = encode_view_link(jv::app::view_to_link(plain, store));
  CHECK(plain_text.find("buren=") == std::string::npos);
  ViewLink plain_link;
  REQUIRE(decode_view_link(plain_text, plain_link, &given));
  jv::app::ViewState plain_back;
  CHECK(jv::app::link_to_view(plain_link, given, store, plain_back));
  jv::app::ensure_peers(plain_back, store);
  CHECK(plain_back == plain);
}

// A partner opens a link to a series this page lacks (the sender's own StatLine benchmark) or to a
// period not here: the view keeps what it can and says what it could not show, never silently
// another figure.
TEST_CASE("view link: a series or period this page lacks is said, not silently replaced") {
  const jv::FiguresStore& store = real_store();
  std::string not_here;
  jv::app::ViewState view;
  const int before = view.indicator;
  ViewLink link;
  jv::app::ViewLinkGiven given;
  REQUIRE(
      decode_view_link("tab=indicator&gemeente=GM0402&indicator=statline-85098ned-jongeren-met-jeugdzorg-in-natura-pct"
                       "&periode=2023",
                       link, &given));
  CHECK(jv::app::link_to_view(link, given, store, view, &not_here));  // the gemeente and tab were usable
  CHECK(view.gemeente == store.data.find_code("GM0402"));
  CHECK(view.indicator == before);
  CHECK(not_here ==
        "De link toont de indicator \xE2\x80\x9Estatline-85098ned-jongeren-met-jeugdzorg-in-natura-pct\xE2\x80\x9D, "
        "maar die is hier niet geladen. Misschien heeft de afzender een eigen benchmark toegevoegd (een StatLine-tabel "
        "of een benchmarkbestand): vraag om dat bestand en laad het bij Eigen cijfers. U ziet nu Jongeren met "
        "jeugdzorg (tot 23 jaar) (2020).");

  // A period the series does not have: its latest, and the note says which.
  REQUIRE(decode_view_link("indicator=iv3-jeugd-lasten-per-inwoner-begroting&periode=2019", link, &given));
  CHECK(jv::app::link_to_view(link, given, store, view, &not_here));
  const int series = find_series(store, "iv3-jeugd-lasten-per-inwoner-begroting");
  CHECK(view.indicator == jv::latest_variable(store, series));
  CHECK(not_here ==
        "De link toont Lasten jeugdzorg per inwoner (begroting) over 2019, maar die periode is hier niet. U ziet de "
        "nieuwste periode: begroting 2025.");

  // A link that is all here leaves no note.
  REQUIRE(decode_view_link("indicator=iv3-jeugd-lasten-per-inwoner-begroting&periode=2024", link, &given));
  CHECK(jv::app::link_to_view(link, given, store, view, &not_here));
  CHECK(not_here.empty());
}

TEST_CASE("view link: language and mode are in the link only when not the default") {
  ViewLink link;
  link.tab = Tab::Dashboard;
  link.gemeente = "GM0402";
  CHECK(encode_view_link(link).find("taal") == std::string::npos);
  CHECK(encode_view_link(link).find("modus") == std::string::npos);
  link.lang = jv::Lang::En;
  link.mode = jv::app::Mode::Public;
  const std::string text = encode_view_link(link);
  CHECK(text == "tab=overzicht&gemeente=GM0402&groep=jeugdregio&weergave=verdeling&taal=en&modus=publiek");
  ViewLink back;
  jv::app::ViewLinkGiven given;
  CHECK(decode_view_link(text, back, &given));
  CHECK(back == link);
  CHECK(given.lang);
  CHECK(given.mode);
  // Only a language or a mode is a usable link; unknown values leave the field as it was.
  ViewLink only;
  CHECK(decode_view_link("taal=en", only));
  CHECK(only.lang == jv::Lang::En);
  CHECK_FALSE(decode_view_link("taal=fr&modus=kiosk", only, &given));
  CHECK(only.lang == jv::Lang::En);
  CHECK(only.mode == jv::app::Mode::Full);
}
