// What a shared link holds: the view state as plain data, and its address fragment. No ImGui and
// no store here, so the link and the state are one pure mapping, tested on its own
// (tests/app/test_view_link.cpp); view_to_link and link_to_view (app.h) turn it into the app's
// ViewState and back, resolving codes and series ids over the store.
//
//   tab=indicator&gemeente=GM0402&groep=jeugdregio&indicator=iv3-jeugd-lasten-per-inwoner-begroting
//   &periode=2024&weergave=tijdreeks
//
// Public codes only: gemeente codes, group kinds, series ids of public sources and period labels.
// Never an own figure, never the id of an own series (the app leaves those out).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/compare.h"
#include "core/lang.h"

namespace jv::app {

enum class Tab { Start, Dashboard, Indicator, Map, Peers, OwnData, Sources };
const char* tab_id(Tab tab);  // "start", "overzicht", "indicator", "kaart", "buren", "eigen", "bronnen"
// The tab's name on screen: "Start", "Overzicht", ..., "Vergelijkbare gemeenten", "Eigen cijfers", "Bronnen".
const char* tab_label(Tab tab);

// What the indicator view shows.
enum class DetailView { Distribution, Funnel, Ranking, TimeSeries };
const char* detail_id(DetailView view);  // "verdeling", "trechter", "ranglijst", "tijdreeks"

// Who the page is for. The public mode is for a municipality's website: citizens pick a gemeente
// and read the few figures that matter, with every term explained; nothing is imported or edited.
enum class Mode { Full, Public };
const char* mode_id(Mode mode);  // "volledig", "publiek"

struct ViewLink {
  Tab tab = Tab::Start;
  std::string gemeente;  // "GM0402"; empty: none chosen
  GroupKind group = GroupKind::Jeugdregio;
  std::vector<std::string> custom;  // the own list, GM codes
  bool edited_peers = false;        // peers as the user edited them, in `peers`
  std::vector<std::string> peers;   // GM codes
  std::string indicator;            // a series id ("jeugdzorg-tot-23"); empty: the first
  std::string period;               // a period label ("2024", "Q1-3 2025"); empty: the latest
  DetailView detail = DetailView::Distribution;
  Lang lang = Lang::Nl;    // "taal=en"; Dutch is left out of the link
  Mode mode = Mode::Full;  // "modus=publiek"; the full app is left out of the link
  bool operator==(const ViewLink&) const = default;
};

// The fragment, without '#'. Values are percent-encoded where they hold anything but letters,
// digits, '-', '_' and '.' ("Q1-3 2025" -> "Q1-3%202025"); lists are comma-separated.
std::string encode_view_link(const ViewLink& link);

// Which fields a fragment gave (with a usable value).
struct ViewLinkGiven {
  bool tab = false, gemeente = false, group = false, custom = false, peers = false, indicator = false, period = false,
       detail = false, lang = false, mode = false;
};

// Reads a fragment (with or without '#') into `out`, starting from what `out` holds: keys that
// are absent or unknown, and values that mean nothing (an unknown tab, group or view), leave the
// field as it was, so an old or hand-edited link opens what it can. Codes and ids are taken as
// text; the app checks them against its data. Returns false when no key was usable; `given`
// (optional) says which were.
bool decode_view_link(std::string_view fragment, ViewLink& out, ViewLinkGiven* given = nullptr);

}  // namespace jv::app
