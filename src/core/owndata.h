// Own figures: what a municipality loads itself (this quarter's youth in care, costs per segment,
// thuiszitters, waiting times ...), read from CSV, tab-separated paste, Excel (.xlsx) or a CBS
// StatLine export, checked, and set beside the public benchmark. Nothing here knows where the
// bytes came from: the app hands over what the browser read, the CLI what it read from disk.
//
// Reading never touches what was loaded before unless the new file is usable: a file that is
// refused leaves `OwnData` exactly as it was. Rows that cannot be used are skipped and reported,
// each with file, row and column, what is wrong and what to do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/disclosure.h"
#include "core/indicator.h"
#include "core/period.h"

namespace jv {

// An indicator the template knows (SUMMARY.md §2 of the policy documents: what a municipality
// can count). Names in files are matched on `id`, `name` and `aliases` (folded: no accents, no
// case, no punctuation). Unknown names are kept as custom indicators.
struct OwnIndicatorSpec {
  const char* id;
  const char* name;
  const char* aliases;  // '|'-separated, folded
  Unit unit;
  Direction direction;
  const char* definition;
  const char* numerator;
  const char* denominator;
  const char* population;  // "0 tot 18 jaar" ...
  const char* care_type;   // "jeugdhulp" ...
};
std::span<const OwnIndicatorSpec> own_indicator_catalogue();
// A catalogue entry as an indicator's metadata (source "Eigen cijfers").
IndicatorMeta own_indicator_meta(const OwnIndicatorSpec& spec);

struct OwnValue {
  std::string gemeente;   // GM code, or "NL" for Nederland as a reference
  std::string indicator;  // an OwnIndicator id
  std::string breakdown;  // uitsplitsing, e.g. "0-3 jaar"; empty for the total
  Period period;
  double value = kNaN;  // in the indicator's unit (12.8 for 12,8 %); NaN when suppressed
  double numerator = kNaN, denominator = kNaN;
  Status status = Status::Definitive;
  std::string file;
  std::size_t row = 0;  // 1-based row in the file (or sheet)
  std::string source;   // the file's own "bron" column, if it has one
  // `gemeente` is a code of ReadOptions::earlier, a gemeente merged since (CBS StatLine only).
  bool earlier = false;
  // How many jeugdigen or trajecten are behind a figure that is not a count, when its maker knows
  // (the trajectory reader: the jeugdigen whose kosten an amount sums); NaN otherwise. For
  // disclosure only (FigureBasis::behind).
  double behind = kNaN;
};

// How a figure of an indicator that is not a count is made from counts, for disclosure
// (core/disclosure.h). Indicators a file brings leave it empty: their kind follows from the unit
// and their numerator (a percentage or a figure per 1.000 is as disclosive as its numerator).
struct FigureLink {
  FigureKind kind = FigureKind::Count;
  std::string counts;              // the count indicator of its part / numerator ("stroom_verwijzingen")
  std::vector<std::string> parts;  // breakdowns of `counts` its numerator sums; empty: its own breakdown
  bool share_of_total = false;     // Share: its whole is the total ("") of `counts`
  std::string divides;             // Amount per jeugdige: the amount indicator it divides ("stroom_kosten")
  bool sums = false;               // Amount: the total ("") is the sum of the other breakdowns
};

struct OwnIndicator {
  IndicatorMeta meta;
  bool custom = false;  // not in the catalogue: shown as given, never compared
  FigureLink link;      // how its figures are made from counts, when known
};

struct OwnData {
  std::vector<OwnIndicator> indicators;
  std::vector<OwnValue> values;
  std::vector<std::string> files;  // loaded, in order
  const OwnIndicator* indicator(std::string_view id) const;
};

struct Problem {
  std::string file;
  std::size_t row = 0;        // 0: the file as a whole
  std::size_t column = 0;     // 0: the row as a whole
  std::string cell;           // Excel reference ("B7") when read from a sheet
  std::string message;        // Dutch: what is wrong and what to do
  bool fatal = false;         // the file was refused
  std::string where() const;  // "eigen.csv, rij 7, kolom 4" / "cijfers.xlsx, cel D7"
  std::string to_string() const;
};

struct ReadOptions {
  std::string sheet;             // .xlsx: the sheet to read; empty = the first
  std::string default_gemeente;  // used when the file has no gemeente column (GM code)
  // The period of a "kolom per indicator" file whose header and file name name none (the app
  // asks the user, the CLI takes --periode), in any form parse_period reads. Used for nothing else.
  std::string period;
  std::size_t max_bytes = 20u * 1024u * 1024u;
  // CBS StatLine only: the gemeenten of an earlier year (the figures store's 2021 ones). A row
  // naming exactly a gemeente of these boundaries that is not one of `gemeenten` (Weesp, Beemster)
  // is read with its code there and OwnValue::earlier set, instead of being skipped; the benchmark
  // (statline.h) places it in its gemeente of 2025. Own figures leave it null.
  const Dataset* earlier = nullptr;
};

// What a value column of a CBS StatLine export was read as.
struct ReadColumn {
  std::size_t column = 0;  // 1-based
  std::string header;      // the topic as written ("Jongeren met jeugdzorg in natura"), its group
                           // when the header only says "Totaal" or "Relatief"
  std::string unit;        // from the unit line or the header's brackets ("aantal", "%"); may be empty
  std::string indicator;   // the OwnIndicator id its values have
};

struct ReadReport {
  std::string file;
  std::string format;    // "lang sjabloon", "breed sjabloon", "kolom per indicator", "CBS StatLine"
  std::string encoding;  // "UTF-8", "Windows-1252", "Excel (.xlsx)"
  char delimiter = 0;
  bool ok = false;            // usable: values read and no file-level problem
  bool needs_period = false;  // refused only because no period is known: read again with options.period
  // Read as a CBS StatLine export (a region column beside a period column, in StatLine's CSV or
  // OData form): the one decision the app ("Gebruik als benchmark"), the CLI and
  // add_benchmark_source all take from here.
  bool statline = false;
  std::size_t rows_read = 0, rows_skipped = 0, values = 0;
  std::vector<std::string> gemeenten, indicators, periods;  // as read, distinct
  std::vector<Problem> problems;
  // What the reader did that the user should know, though nothing is wrong: values converted to
  // another unit, a period taken from the file name. Dutch sentences; only in a usable report.
  std::vector<std::string> notes;
  // The title line above the table (the first line there with one filled cell: "Jeugdzorg in
  // natura; gemeente, 2019-2023"), empty when none; for a StatLine export also its notes and
  // footer below the figures ("Bron: CBS"), and what each value column was read as.
  std::string title;
  std::vector<std::string> footer;
  std::vector<ReadColumn> columns;
};

// Reads one file into `out` (appending), or reports why it cannot. `gemeenten` is the dataset
// whose codes and names the file's gemeenten must match (the current, 2025 boundaries).
//
// Shapes (report.format):
//   lang sjabloon        gemeente; indicator; [uitsplitsing;] periode; waarde [; teller; noemer; eenheid; bron]
//   breed sjabloon       [gemeente;] indicator; <periode>; <periode>; ...
//   CBS StatLine         a StatLine CSV export: Regio's; Perioden; <indicator>; ..., as StatLine writes
//       it: title lines above the header (the first is report.title); a unit line right under
//       (or above) the header, its region and period cells empty and the others units ("aantal",
//       "%", "x 1 000", "per 1 000 jongeren", "euro"), which head the plain numbers below as a
//       unit in brackets would ("Jeugdhulp" over "aantal" reads as "Jeugdhulp (aantal)"); a row of
//       topics above the header, used where the header only says "Totaal", "Relatief", "Absoluut",
//       "Aantal" or "Percentage" (or nothing); below the figures, notes and a footer ("Bron: CBS",
//       "Centraal Bureau voor de Statistiek, Den Haag/Heerlen"), rows with one filled cell and no
//       period, kept in report.footer and not counted as rows. Periods as StatLine writes them
//       ("2022", "1e halfjaar 2022", "2022 1e halfjaar", "2022 3e kwartaal", "2022 januari",
//       "2022JJ00") with "*" or "**" for provisional figures; values
//       "." (secret or unknown: NaN, Status::Suppressed), "x" (secret), "-" (nil: 0). The region
//       column ("Regio's", "Gemeenten", "Regions") names gemeenten exactly (code, name, the name
//       without the province of one gemeente: "Hengelo" for Hengelo (O.), or "Utrecht (gemeente)"),
//       never by the start of a name ("Grave" is not 's-Gravenhage, "Bergen" is two gemeenten);
//       Nederland is kept as "NL"; regions with a code in
//       brackets ("Noord-Holland (PV)", "Noord-Nederland (LD)", "Groot-Amsterdam (CR)",
//       a landbouwgebied "(LG)", "Gooi en Vechtstreek (JZ)") or a region code ("PV27") are skipped
//       quietly; any other name is skipped with (no options.earlier):
//         „Weesp” is geen gemeente van 2025; deze rij is overgeslagen. Is „Weesp” sindsdien
//         samengevoegd, laad het bestand dan als benchmark („Gebruik als benchmark”, op de
//         opdrachtregel --bron): dan gaan de cijfers van samengevoegde gemeenten naar hun gemeente
//         van 2025 (aantallen opgeteld, een percentage alleen als teller en noemer in het bestand staan).
//       or (options.earlier of 2021, for a name that is not a gemeente of 2021 either):
//         „Appingedam” is geen gemeente van 2025 en ook geen gemeente van 2021 die sindsdien in een
//         gemeente van 2025 is opgegaan; deze rij is overgeslagen. Gebruik een tabel met de
//         gemeenten van 2021 of later.
//       Each value column is one indicator (report.columns): two columns the catalogue knows as
//       one ("Jeugdigen met jeugdhulp", "Jongeren met jeugdhulp") are two indicators, the second
//       custom with " (kolom N)" after its name.
//   kolom per indicator  gemeente; [periode;] <indicator>; <indicator>; ... one row per gemeente. The
//       gemeente column is found by its name (gemeente, regio, code ...) or, when no header
//       the reader knows is in the first ten rows, by its values (gemeente names or GM codes
//       below a header cell that is not one). Each other column names an indicator, optionally
//       with a period and a unit: "Wachttijd (dagen)", "Wachttijd 2024 (weken)", "Thuiszitters
//       2023/2024 (%)", "Kosten jeugdhulp (€)". Without a period column each indicator column's
//       period comes, in this order, from its header (find_period_in_text), from the file name
//       without extension ("wachttijden-2024.csv"), or from options.period; when none gives one
//       the file is refused with needs_period and (exactly, for one column "Wachttijd (dagen)" of
//       "wachttijden.csv"):
//         Dit bestand noemt geen periode voor „Wachttijd (dagen)”: er is geen kolom periode, en de
//         kolomkop en de bestandsnaam noemen er geen. Zet de periode in de kolomkop (bijvoorbeeld
//         „Wachttijd 2024 (dagen)”) of in de bestandsnaam (bijvoorbeeld „wachttijden-2024.csv”), of
//         geef de periode op bij het laden.
//       (several columns: "voor „A” en „B”" or "voor „A”, „B” en 3 andere", and "de kolomkoppen";
//       a file name that names more than one period: "er is geen kolom periode, de kolomkop noemt
//       er geen en de bestandsnaam noemt er meer dan één", with the example file name
//       "cijfers-2024.csv"). An options.period that parse_period
//       refuses, when it is needed, refuses the file with needs_period and
//       "De opgegeven periode is niet te lezen: <parse_period's message>".
//       A period taken from the file name or the option is reported in `notes` ("De periode 2024
//       komt uit de bestandsnaam „wachttijden-2024.csv”."); an option no column needed too ("De
//       opgegeven periode „2023” is niet gebruikt: het bestand noemt zelf zijn perioden.").
// A saved benchmark file (statline.h, is_benchmark_file) is refused with: Dit is een benchmarkbestand
// van Jeugdvergelijker (een bewaarde bron), geen bestand met eigen cijfers. Laad het met "Gebruik als
// benchmark" of op de opdrachtregel met --bron.
// Values in every shape are read by read_typed_number ("12,8 %", "1 op 15", "€ 9,5 mln",
// "8 maanden") and converted by typed_value_in to the indicator's unit; a value whose words do not
// fit the unit is skipped with typed_value_in's message. A unit in brackets after an indicator
// name, or in the eenheid column, applies to the plain numbers it heads: "(weken)" and "(maanden)"
// read them as durations (converted to days), "(x € 1.000)" and "(€ mln)" multiply them. Every
// conversion to days is reported in `notes`, per indicator and unit: "Wachttijd jeugdhulp: 3
// waarden in maanden omgerekend naar dagen (1 maand = 30,4375 dagen), bijvoorbeeld 8 maanden =
// 243,5 dagen." (from a header: "... in weken (volgens „Wachttijd (weken)”) omgerekend ...").
// Why a file over ReadOptions::max_bytes is refused ("Het bestand is 21,0 MB; de grens is 20 MB. ..."):
// read_own_data says it, and the app says it as soon as it knows the size, before reading the rest.
std::string own_file_too_large_message(std::size_t size, std::size_t limit);

bool read_own_data(std::string_view file_name, std::span<const std::uint8_t> bytes, const ReadOptions& options,
                   const Dataset& gemeenten, OwnData& out, ReadReport& report);

// Small numbers: a count below 10 is shown as "< 10" and never exported; exported counts are
// rounded to a multiple of 5 (the CBS convention for jeugdzorg tables); a rate whose numerator is
// below 10 is unreliable.
std::string format_own_value(const IndicatorMeta& meta, double value, Lang lang = Lang::Nl);
bool rate_unreliable(const OwnValue& v);
double round_for_export(const IndicatorMeta& meta, double value);  // NaN when it must not leave

// Which own figures must not be shown (one entry per data.values): every count from 1 to 9, and
// (secondary suppression, core/disclosure.h) the counts that would let someone work one out by
// subtraction; then every other figure by hide_figure() (core/disclosure.h), with the verdicts on
// the counts its OwnIndicator::link names, its OwnValue::behind, and for a percentage or a figure
// per 1.000 without a link its numerator; amounts that add up (link.sums) by protect_sums().
// Per gemeente and indicator, two kinds of sums are checked:
//   - a total with its parts in one period: the breakdown "" (or "Totaal", "totaal", "alle
//     leeftijden", "alle") is the total of the other breakdowns; age bands ("0-3 jaar", "18+")
//     and other breakdowns ("met verblijf") are two separate sets of parts;
//   - a period with shorter periods of one kind that exactly make it up (2024 and its four
//     quarters or twelve months, Q1-3 2025 and its three quarters, a quarter and its months).
std::vector<Hidden> own_disclosure(const OwnData& data);

// A figure as shown, exported or printed: hidden_cell() ("< 10", "verborgen", "< 10 erachter") or
// format_own_value().
std::string format_own_cell(const IndicatorMeta& meta, double value, Hidden hidden, Lang lang = Lang::Nl);
// Why a figure is hidden, in a sentence for the screen ("" for Hidden::No).
const char* hidden_explanation(Hidden hidden);

// The own figures for the council paper, as every export is written (core/export.h): first what it
// is ("Jeugdvergelijker: eigen cijfers van Lisse voor het raadsstuk", the gemeente, how small
// numbers are left out), then per indicator its source (the file's own source and the file),
// periods, definition, teller and noemer (own_provenance), then the figures in the long template's
// columns: hidden ones (own_disclosure) left out with the reason in the status column, counts
// rounded to 5. With `gemeente` (a GM code) only that gemeente's figures, every period, and Nederland's
// of the same indicator, breakdown and period beside them; without, every figure.
std::string export_own_csv(const OwnData& data, const Dataset& gemeenten, std::string_view gemeente = {});
// The exact values in the long template (';', decimal comma), for the browser's local storage when
// the user asks the app to remember them (this device only; small numbers included: they are the
// user's own figures on the user's own machine).
std::string serialize_own_data(const OwnData& data);

// The two template shapes, with an explanation row per column, to download and fill in.
std::string template_long_csv();
std::string template_wide_csv();

// Side by side with the benchmark, only when the definitions match: same population, same kind
// of care, same period. Otherwise `reason` says why they differ.
struct Comparability {
  bool comparable = false;
  int variable = -1;   // the benchmark variable it was checked against, or -1
  std::string reason;  // Dutch
};
Comparability check_comparability(const OwnIndicator& own, const Period& period, const Dataset& benchmark);

}  // namespace jv
