// The comparison engine: where one gemeente stands on one indicator against a comparison group.
//
//   Benchmark bench = make_benchmark(dataset);        // once per dataset: models, peers' scale
//   Group region = make_group(bench, g, GroupKind::Jeugdregio);
//   Comparison c = compare(bench, g, variable, region);
//
// Groups: the gemeente's jeugdregio, provincie, size class (inwoners) and the whole country
// include the gemeente itself (they are "its" region, province, class); the vergelijkbare
// gemeenten (peers) are its k nearest neighbours by standardised distance over the structural
// characteristics marked `buren` in data/indicatoren.csv, without the gemeente itself; a custom
// list is taken as given. Rank and percentile are always among the group's members plus the
// gemeente, so a gemeente outside its own list still gets a place.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/lang.h"
#include "core/stats.h"

namespace jv {

enum class GroupKind { Jeugdregio, Provincie, SizeClass, Peers, Nederland, Custom };
inline constexpr GroupKind kAllGroupKinds[] = {GroupKind::Jeugdregio, GroupKind::Provincie, GroupKind::SizeClass,
                                               GroupKind::Peers, GroupKind::Nederland};

const char* group_kind_id(GroupKind kind);     // "jeugdregio", "provincie", "grootteklasse", ...
const char* group_kind_label(GroupKind kind);  // "Jeugdregio", "Provincie", "Grootteklasse", ...
bool parse_group_kind(std::string_view id, GroupKind& out);

// Size classes by inhabitants, as CBS reports gemeenten: < 20.000, 20.000-50.000,
// 50.000-100.000, 100.000-250.000, >= 250.000 (lower bound inclusive).
inline constexpr int kSizeClassCount = 5;
int size_class(double inwoners);
const char* size_class_label(int size_class);  // "20.000 tot 50.000 inwoners"

// The expected-value model of one indicator: OLS of its value on the characteristics marked
// `model` in data/indicatoren.csv, fitted on every gemeente of the dataset. "What would we
// expect here, given who lives here" (the question Dutch budget models ask).
struct Model {
  int variable = -1;
  std::vector<int> predictors;  // variable indices, in the order of regression.coef[1..]
  stats::Regression regression;
};

struct Benchmark {
  const Dataset* data = nullptr;
  std::vector<int> peer_variables;                // characteristics of the peer distance
  stats::Standardizer peer_scale;                 // their mean and sd over all gemeenten
  std::vector<std::vector<double>> peer_rows;     // per gemeente, the peer characteristics
  std::vector<Model> models;                      // one per indicator (role Indicator)
  std::vector<std::vector<double>> denominators;  // [variable][gemeente], see denominator()
};

Benchmark make_benchmark(const Dataset& data);

// Brings a benchmark made over `data` up to date after columns were appended to it: every column
// from `first_new` on is new. Columns that are neither peer characteristics nor model predictors
// (a source's indicators) leave the peers' scale and the other columns' models as they were, so
// only the new columns are fitted; otherwise, or when `bench` is not over `data`, it is made
// again. Either way the result equals make_benchmark(data).
void extend_benchmark(Benchmark& bench, const Dataset& data, std::size_t first_new);
// The same after columns were taken out: `moved[v]` is the new index of old column v, or -1 when
// it was taken out. Taking out a peer characteristic or a predictor makes the benchmark again.
void shrink_benchmark(Benchmark& bench, const Dataset& data, const std::vector<int>& moved);

// A negative amount (euros: Iv3's lasten, in total or per inhabitant or young person) is a
// correction: the gemeente booked back more than it spent on those taakvelden that year (a refund,
// a settlement with an earlier year; Teylingen's jeugdbescherming 2023, -827 x EUR 1.000). It is
// shown as booked, with what it means (explain.h, negative_amount_text()), but it is not a level of
// spending, so
//   - it gets no verdict (compare(): Verdict::Unknown, Reference::None): "minder dan de jeugdregio"
//     would read a booking correction as low spending;
//   - it does not count in any group's figures (range, median, quartiles, rate), the map's classes
//     or the expected-value model: a group's "EUR -21 - EUR 657" would stretch the spread of what
//     gemeenten spend with a figure that is not spending, as a 0 for "nothing booked" did (iv3.h).
// A negative rate or count is no correction (it cannot occur in CBS's figures): false for those.
bool is_correction(const IndicatorMeta& meta, double value);

// The population a variable's value is a share of, for weighting and funnel limits: estimated
// youth 0-22 (jeugdzorg), inhabitants or households, per its merge weight. NaN when unknown.
double denominator(const Benchmark& bench, int gemeente, int variable);

struct Group {
  GroupKind kind = GroupKind::Nederland;
  std::string name;          // "Jeugdregio Gooi en Vechtstreek", "10 vergelijkbare gemeenten"
  std::vector<int> members;  // gemeente indices, ascending
};

// The gemeente's group of `kind`; `k` neighbours for Peers; `custom` for Custom.
// The group's name is written in the table's language (default Dutch): "Jeugdregio Gooi en
// Vechtstreek", "Youth care region Gooi en Vechtstreek".
Group make_group(const Benchmark& bench, int gemeente, GroupKind kind, int k = 10, const std::vector<int>& custom = {},
                 const Translations& t = {});

// A neighbour in the peer group, with what makes it alike or not: per peer characteristic the
// two values and its share of the squared distance.
struct Neighbour {
  int gemeente = -1;
  double distance = 0.0;
  std::vector<double> own_values, neighbour_values, contributions;  // per bench.peer_variables
};
std::vector<Neighbour> neighbours(const Benchmark& bench, int gemeente, int k);

// better / comparable / worse depend on the indicator's direction and on significance; context
// figures get no verdict, only "higher" or "lower".
enum class Verdict { Better, Comparable, Worse, Higher, Lower, Similar, Unknown };
const char* verdict_label(Verdict v);  // "gunstiger", "vergelijkbaar", "ongunstiger", ...

// What a verdict is judged against. Every screen, export and the CLI show this figure beside the
// verdict, so the verdict never refers to a number the reader cannot see:
//   GroupRate    a youth-care rate with a known denominator: the group's rate as a whole (its
//                weighted mean, all numerators over all denominators); significance from the
//                funnel limits around it. "Vergelijkbaar met de groep als geheel (10,5 %)".
//   GroupMean    an indicator without denominators: the plain mean; significance when |z| >= 1,96.
//   GroupMedian  a context figure (a characteristic of the population, no better or worse), or a
//                figure marked descriptive (a region's own file without numerators): the
//                median gemeente of the group; "hoger" above the group's middle half (value > Q3),
//                "lager" below it (value < Q1), else "vergelijkbaar". A funnel test would call
//                nearly every difference in a census figure significant, and against the weighted
//                mean a gemeente far above the median could read "lager" (Hilversum's single-person
//                households, 41,5 %, in Noord-Holland, where Amsterdam weighs in).
//   None         no verdict (no value, or no member of the group with one).
enum class Reference { None, GroupRate, GroupMean, GroupMedian };
const char* reference_label(Reference r);  // "groep als geheel", "gemiddelde van de groep", "mediaan van de groep"

struct Comparison {
  int gemeente = -1, variable = -1;
  GroupKind kind = GroupKind::Nederland;
  double value = kNaN;          // the gemeente's own value
  double denominator = kNaN;    // its noemer (an estimate for youth)
  std::size_t members = 0;      // group members with a value
  double mean = kNaN;           // plain mean of the members
  double weighted_mean = kNaN;  // weighted by the denominators: the group's rate
  double median = kNaN, q1 = kNaN, q3 = kNaN, min = kNaN, max = kNaN, sd = kNaN;
  double rank = kNaN;                   // 1 = lowest value, ties averaged, among members + gemeente
  std::size_t ranked = 0;               // how many were ranked
  double percentile = kNaN;             // 0..100, mid-rank
  double diff_points = kNaN;            // value - weighted_mean, in the unit (points for %)
  double diff_percent = kNaN;           // 100 x (value - weighted_mean) / weighted_mean
  double z = kNaN;                      // (value - mean) / sd
  stats::Interval funnel95, funnel998;  // around the group's rate at this denominator (%-units)
  stats::FunnelVerdict funnel = stats::FunnelVerdict::Unknown;
  double expected = kNaN;  // from the model (indicators only)
  double residual = kNaN;  // value - expected
  Verdict verdict = Verdict::Unknown;
  Reference reference = Reference::None;  // what the verdict is judged against
  double reference_value = kNaN;          // that figure (weighted_mean, mean or median)
};

Comparison compare(const Benchmark& bench, int gemeente, int variable, const Group& group);

// Every gemeente with a value for `variable`, in gemeente order, each compared with `group`
// exactly as compare() does (field for field; the group's figures are summarised once, so 342
// gemeenten against Nederland cost one summary, not 342). This is what a chart of one indicator
// draws, what its "Tabel" lists and what keyboard exploration steps through, so those three
// cannot disagree. A gemeente without a value (unknown, or an own count hidden as a small number:
// NaN in the store) is left out, as the chart draws no dot for it.
std::vector<Comparison> compare_each(const Benchmark& bench, int variable, const Group& group);

// The order in which the keyboard steps through a chart's gemeenten (indices into `rows`):
//   Value        lowest value first, as the x axis of a distribution (ties by name)
//   Denominator  smallest noemer first, as the funnel's x axis; unknown noemers last (ties by name)
//   Name         alphabetically, accents and capitals ignored (fold_for_search), then by code
enum class ExploreOrder { Value, Denominator, Name };
std::vector<std::size_t> explore_order(const Dataset& data, const std::vector<Comparison>& rows, ExploreOrder order);

// One step along `order` (indices into `rows`) from the gemeente `current` (index in the dataset;
// -1 or one not in `rows`: none yet). `step` +1 goes to the next, -1 to the previous; from none, +1
// starts at the first and -1 at the last. At either end it stays (no wrap: a screen reader user
// hears the same gemeente again instead of jumping across the scale). Returns a gemeente index,
// or -1 when `rows` is empty.
int explore_step(const std::vector<Comparison>& rows, const std::vector<std::size_t>& order, int current, int step);

}  // namespace jv
