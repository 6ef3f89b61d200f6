// What a figure means: every value the benchmark shows carries the metadata of its variable
// (name, definition, unit, direction of "good", numerator and denominator, source, period,
// status). The list lives in data/indicatoren.csv, written by hand, read by the generator and
// the app alike.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.h"

namespace jv {

enum class Unit { Percent, PerThousand, Euro, EuroThousands, Count, Days, Index };
enum class Direction { LowerIsBetter, HigherIsBetter, Context };
enum class Status { Definitive, Provisional, Estimate, Suppressed };

// How a variable is used: a youth-care indicator shown with a verdict, a context figure shown
// without one, or a structural characteristic (peer groups and the expected-value model only).
enum class Role { Indicator, Context, Characteristic };

// How predecessors' values combine into a merged gemeente (herindeling): weighted by estimated
// youth (0-22), by inhabitants or by households.
enum class MergeWeight { Youth, Inhabitants, Households };

struct IndicatorMeta {
  std::string id;  // stable machine name, e.g. "jeugdzorg_tot23"
  Role role = Role::Context;
  std::string name;  // Dutch, as shown
  std::string name_en;
  Unit unit = Unit::Percent;
  Direction direction = Direction::Context;
  std::string definition;
  std::string numerator;    // teller
  std::string denominator;  // noemer
  std::string population;   // doelgroep, e.g. "0 tot 23 jaar": part of the definition's identity
  std::string care_type;    // zorgvorm, e.g. "jeugdzorg in natura": likewise
  std::string source;
  std::string period;
  Status status = Status::Definitive;
  std::string source_field;       // where the generator finds it in the source ("Section/Field")
  bool in_peer_distance = false;  // one of the characteristics that define "vergelijkbaar"
  bool in_model = false;          // a predictor in the expected-value model
  MergeWeight merge_weight = MergeWeight::Inhabitants;
  std::string caveat;  // "let op": what must not be compared with it, and why
  // A total that grows with the gemeente (lasten in euros, a count): shown and ranked, never given
  // a verdict against other gemeenten; compare per inhabitant or per young person instead.
  bool size_dependent = false;
  // Figures without numerator and denominator from a few gemeenten (a region's own file): compared
  // descriptively only, with the group's middle half around its median, never with a test of
  // significance, whatever the direction.
  bool descriptive = false;
};

// Whether two figures measure the same thing, so they may stand side by side: the same unit,
// population (doelgroep) and kind of care (zorgvorm). A figure whose population or kind of care is
// "zie de tabel" (a topic only its own table defines) or empty is the same as no other.
inline constexpr const char* kSeeTheTable = "zie de tabel";
bool same_definition(const IndicatorMeta& a, const IndicatorMeta& b);

// Parsing the words data/indicatoren.csv uses. Return false for an unknown word.
bool parse_unit(std::string_view word, Unit& out);                 // "%", "per 1.000", "€", ...
bool parse_direction(std::string_view word, Direction& out);       // "lager", "hoger", "context"
bool parse_status(std::string_view word, Status& out);             // "definitief", ...
bool parse_role(std::string_view word, Role& out);                 // "indicator", "context", "kenmerk"
bool parse_merge_weight(std::string_view word, MergeWeight& out);  // "jeugd", "inwoners", ...

const char* unit_label(Unit unit);         // "%", "per 1.000", "€", ...
const char* direction_label(Direction d);  // "lager is beter", "hoger is beter", "context"
const char* status_label(Status s);        // "definitief", "voorlopig", "schatting", "geheim"

// A value in its unit, Dutch: "10,6 %", "62,3 per 1.000", "€ 1,2 mln", "4.812", "406 dagen";
// English: "10.6%", "62.3 per 1,000", "€1.2 m", "4,812", "406 days".
std::string format_value(const IndicatorMeta& meta, double value, Lang lang = Lang::Nl);

// One rate, three ways (the policy documents use all three):
//   percent 12.5 -> "12,5 %", "125 per 1.000", "1 op 8".
std::string format_rate_percent(double percent, int decimals = 1, Lang lang = Lang::Nl);
std::string format_rate_per_thousand(double percent, Lang lang = Lang::Nl);
// "1 op N" with N = 100 / percent: one decimal below 10 ("1 op 7,5"), whole numbers above.
// English: "1 in 7.5", "1 in 15".
std::string format_rate_one_in(double percent, Lang lang = Lang::Nl);

}  // namespace jv
