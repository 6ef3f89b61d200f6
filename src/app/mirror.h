// The page's text version of what the canvas shows, for screen readers and keyboard users: the
// web shell renders it as real HTML next to the canvas (web/mirror.js). Plain data made from what
// the last frame drew (app.frame.shown) and the view state, without ImGui, so the same words and
// figures as on screen (the headline sentence and verdict captions of core/explain.h) and a test
// can check them natively.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/view_public.h"

namespace jv::app {

// One figure on screen: the cells of one row of the mirror's table, as the canvas writes them.
struct MirrorRow {
  std::string id;         // the figure's variable id ("jeugdzorg_tot23"), as the CLI's --json names it
  std::string indicator;  // "Jongeren met jeugdzorg (tot 23 jaar)"
  std::string value;      // the gemeente's value, "10,6 %"; "geen cijfer" when it has none
  std::string group;      // "Jeugdregio Gooi en Vechtstreek"
  std::string median;     // the group's median, "10,2 %"; empty without members with a value
  std::string range;      // lowest to highest in the group, as the Overzicht shows: "8,1 % – 12,9 %"
  std::string verdict;    // the badge's word: "vergelijkbaar", "hoger", "geen oordeel"
  std::string reference;  // reference_caption(): "t.o.v. groep als geheel 10,5 %"; empty without verdict
  std::string source;     // "CBS, Kerncijfers wijken en buurten 2021"
  std::string period;     // "2020"
  // The same figures as numbers (NaN when absent), for checks against the command line.
  double value_number = kNaN, median_number = kNaN;
  bool operator==(const MirrorRow&) const = default;
};

// A choice in one of the mirror's controls: what the view link calls it, and its label in the
// interface's language.
struct MirrorOption {
  std::string id, label;
  bool operator==(const MirrorOption&) const = default;
};

struct MirrorContent {
  std::string tab;       // tab_id() of the view on screen
  std::string title;     // "Overzicht: Hilversum"; the tab's label alone without a gemeente
  std::string gemeente;  // the chosen gemeente's name, empty for none
  std::string code;      // its code, "GM0402"
  std::string group;     // group_kind_id() of the chosen group
  std::string group_name;
  std::string indicator;  // the chosen series' id (the detail views' indicator)
  std::string headline;   // the canvas's headline sentence; empty when the view shows none
  std::string caption;    // the table's caption; empty without rows
  // What the view shows that the mirror cannot (a map, a form): said instead of a table.
  std::string note;
  std::vector<MirrorRow> rows;
  // For the aria-live region: where the user is now, "Overzicht: Hilversum, vergeleken met
  // Jeugdregio Gooi en Vechtstreek".
  std::string announcement;
  std::vector<MirrorOption> tabs, groups, indicators;
  // The public website (modus=publiek): its cards and paragraphs instead of the rows and the
  // controls above (tabs, groups and indicators stay empty; only the gemeente search remains).
  std::string mode;  // mode_id(): "volledig" or "publiek"
  std::vector<PublicCard> cards;
  std::string meaning;               // what the comparison does and does not mean
  std::vector<std::string> sources;  // where the figures come from
  // The page's own words in the interface's language: `id` an element of index.html whose text
  // this is ("mirror-intro"), or "<id>@<attribute>" for an attribute ("mirror-hits@aria-label"),
  // or a word mirror.js writes itself ("hits-many", with {1} for the count).
  std::vector<MirrorOption> texts;
  std::string lang;                 // lang_id() of the interface: "nl", "en"
  std::vector<MirrorOption> langs;  // the language choice, each named in its own language
  bool operator==(const MirrorContent&) const = default;
};

// The mirror of the view on screen. Rows come from app.frame.shown when the last frame drew the
// current tab's comparison (Overzicht: every indicator; Indicator: the chosen one), so they are
// exactly the figures on the canvas; other tabs have no rows and a `note`. `group` is the group
// the views compare with now (app_current_group), named in the title and announcement.
// `indicators` lists the public series only: a link (and so the mirror's chooser) never names an
// own series. In public mode it holds the public page instead: title, cards, meaning, sources.
MirrorContent mirror_of(const AppState& app, const Group& group);

// As JSON for the page: {"tab", "title", "gemeente", "code", "group", "groupName", "indicator",
// "headline", "caption", "note", "announcement", "rows": [{"id", "indicator", "value", "group",
// "median", "range", "verdict", "reference", "source", "period", "valueNumber", "medianNumber"}],
// "tabs" / "groups" / "indicators" / "texts" / "langs": [{"id", "label"}], "lang", "mode", "meaning",
// "sources": [text], "cards": [{"id", "title", "value", "detail", "region", "nederland", "words", "similar",
// "source", "period", "definition", "denominator", "valueNumber", "terms": [{"id", "name", "text"}]}]}.
std::string mirror_json(const MirrorContent& mirror);

// The mirror's gemeente search: up to `limit` matches of search_gemeenten (core/dataset.h, the rule
// of the canvas's search box) as JSON [{"code", "name"}]; [] for a blank query.
std::string mirror_search_json(const Dataset& data, std::string_view query, std::size_t limit);

}  // namespace jv::app
