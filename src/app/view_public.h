// The public website (modus=publiek): for citizens, on a phone or framed in a municipality's site.
// Choose a gemeente by typing its name; see the few figures that matter against the jeugdregio and
// Nederland, each with its source and period, the comparison in words and an explanation of every
// term (core/terms.h). No import, no editing, no presentation.
//
// The canvas (view_public) and the page's text version (mirror.h) show the same cards, made here
// once per frame from the core's comparisons, in the frame's language.
#pragma once

#include <string>
#include <vector>

#include "app/app.h"

namespace jv::app {

struct PublicTerm {
  std::string id;    // TermText::id, "met-verblijf"
  std::string name;  // "Jeugdhulp met verblijf"
  std::string text;  // its B1 explanation
  bool operator==(const PublicTerm&) const = default;
};

// One figure as the public page shows it.
struct PublicCard {
  std::string id;         // the series id, "jeugdzorg-tot-23"
  std::string title;      // "Jongeren met jeugdzorg"
  std::string value;      // large: "1 op 9", "€ 311 per inwoner"; "geen cijfer" without one
  std::string detail;     // under it for a rate: "10,6 % (106 per 1.000) van de jongeren van 0 tot 23 jaar"
  std::string region;     // "Jeugdregio Gooi en Vechtstreek als geheel: 1 op 10 (10,5 %)"
  std::string nederland;  // "Nederland als geheel: 1 op 10 (10,4 %)"
  std::string words;      // "Hilversum: ongeveer even veel als in de jeugdregio, meer dan in Nederland."
  std::string similar;    // what "ongeveer even veel" means here; empty when neither group is Similar
  std::string source;     // "CBS, Kerncijfers wijken en buurten 2021 (85039NED)"
  std::string period;     // "2020"
  std::string definition, denominator;
  std::string divided_by;  // "Gedeeld door: Inwoners op 1 januari (CBS)."; empty without a denominator
  std::vector<PublicTerm> terms;
  // The numbers behind value, region and nederland (the core's comparisons), NaN for none.
  double value_number = kNaN, region_number = kNaN, nederland_number = kNaN;
  bool operator==(const PublicCard&) const = default;
};

// The chosen gemeente's cards (none without a gemeente), from the public store only: own figures
// never reach the public page.
std::vector<PublicCard> public_cards(const AppState& app);

// The paragraph on what the comparison does and does not mean.
std::string public_meaning();
// Where the figures come from: one line per source the cards use ("Bron: CBS, ... (CC BY 4.0)").
std::vector<std::string> public_sources(const AppState& app);

// The public page (app_frame draws it instead of the tabs when app.view.mode is Mode::Public).
void view_public(AppState& app);

// "Publieksversie" in the full app's header: opens the public page on the same gemeente.
void public_mode_button(AppState& app, float width);

}  // namespace jv::app
