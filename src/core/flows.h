// Stromen: record-level youth-care trajectories (one row per toewijzing / traject, as a
// municipality's registration or invoicing system exports them, pseudonymised) turned into the flow
// indicators the policy documents steer on: in zorg, instroom, uitstroom, duur, stapeling,
// verwijzers and kosten, per gemeente and period, in total and per age band.
//
// The file is read in chunks of any size (the browser hands over slices, the CLI reads from disk)
// and never kept: a row is parsed, folded into state per client and forgotten. Memory grows with
// the number of clients and of months with data, never with the number of rows. Only aggregates
// leave (flow_figures); nothing here can give the rows back.
//
// Record format (README "Stromen"): a header row, then one row per trajectory. Columns are found by
// name (case, accents, spaces and order free), separated by ';', ',' or tab (detected on the header
// as the own-data reader does), UTF-8 (with or without BOM) or Windows-1252, values optionally in
// "quotes":
//   client        pseudonymous key, any text up to 64 bytes (also: clientnummer, pseudoniem,
//                 pseudo_id, client_id, cliënt). A key that is a BSN (is_bsn: the elfproef) refuses
//                 the whole file: it is not pseudonymised.
//   geboortejaar  1900..2100 (also: geboorte_jaar, geb_jaar). A full date of birth is refused.
//   gemeente      GM code or name, matched as the own-data reader does (also: gemeentecode).
//   begindatum    2024-03-01, 01-03-2024, 1-3-2024 or 01/03/2024 (also: begin, startdatum, start).
//   einddatum     same forms; empty = still running (also: eind, einde).
//   product       zonder verblijf, met verblijf, jeugdbescherming, jeugdreclassering, or an iJW
//                 productcategorie code (flow_product_from_text) (also: productcategorie, soort).
//   verwijzer     gemeente/wijkteam, huisarts, jeugdarts, gecertificeerde instelling, medisch
//                 specialist, rechter, geen, or iJW verwijzertype 01..07 (flow_referrer_from_text);
//                 empty is "onbekend".
//   kosten        optional, euro ("1234,50", "1.234,50", "€ 1234.50").
// A column named as personal data (privacy.h inspect_column by header: naam, adres, postcode,
// geboortedatum, bsn ...) refuses the file. Other unknown columns are ignored and named in a note.
//
// Definitions, per period P (calendar year, quarter or month) and gemeente; a client is a
// (gemeente, client) pair; "running on day d" means begindatum <= d and (einddatum empty or >= d):
//   in zorg       distinct clients with a trajectory running on some day of P;
//   in zorg per 1.000 (0-17)  clients aged 0-17 in P per 1.000 inhabitants aged 0-17 (the
//                 population the caller gives, FlowOptions::population, of P's year or the nearest);
//   instroom      distinct clients with a trajectory beginning in P and none running on the day before P;
//   uitstroom     distinct clients with a trajectory ending in P and none running on the day after P;
//   duur          of the trajectories ending in P: mean and median of (einddatum - begindatum + 1)
//                 days, and the share longer than 365 days;
//   stapeling     distinct clients with two or more trajectories running on one same day of P;
//   verwijzers    trajectories beginning in P, per verwijzer, and each verwijzer's share of them;
//   kosten        a trajectory's kosten spread evenly over its days, summed over its days in P
//                 (an open trajectory's days run to the peildatum), per product; kosten per client
//                 = all kosten in P / in zorg in P.
// Age: only the birth year is known, so a client's age in P is (the year of P) - geboortejaar: the
// age reached in that calendar year. Age bands "0-3 jaar", "4-11 jaar", "12-17 jaar", "18-22 jaar"
// and "23 jaar en ouder" partition the clients (a negative age counts as 0-3), so the bands add up to
// the total. A client is in one band per period; a trajectory's duur counts in the band of the year
// it ends, its verwijzer in the band of the year it begins.
// The peildatum is the latest begindatum or einddatum in the file that is not after the last real
// day (FlowOptions::export_date, else FlowOptions::today). Periods after it are not reported; the
// period holding it is reported and marked incomplete (FlowFigure::complete). A date after the last
// real day has not happened yet, so it never moves the peildatum (one begindatum typed as 2027 once
// made a file of 2025 report 2025-2027):
//   - a begindatum after it: the row is skipped and reported with its row and column ("De begindatum
//     „2027-01-26” ligt na vandaag (2026-12-07): een traject dat nog niet begonnen is, telt niet
//     mee. Controleer het jaar; deze rij is overgeslagen."; with an export date "ligt na de
//     exportdatum 2025-07-01"). A trajectory that has not started is no flow: counting it would put
//     a jeugdige in zorg before any care began.
//   - an einddatum after it is a planned end: the trajectory is still running on the peildatum (in
//     zorg, no uitstroom, no duur), its kosten spread over its planned days and counted up to the
//     peildatum. One note names the first with its row and column and how many there are.
// With neither date given (0) every date counts, as before there was a clock to compare with.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/owndata.h"
#include "core/period.h"

namespace jv {

enum class FlowProduct : std::uint8_t { ZonderVerblijf, MetVerblijf, Jeugdbescherming, Jeugdreclassering };
inline constexpr int kFlowProducts = 4;
enum class FlowReferrer : std::uint8_t {
  Gemeente,
  Huisarts,
  Jeugdarts,
  GecertificeerdeInstelling,
  MedischSpecialist,
  Rechter,
  Geen,
  Onbekend
};
inline constexpr int kFlowReferrers = 8;
enum class FlowGranularity : std::uint8_t { Year, Quarter, Month };
inline constexpr int kFlowAgeBands = 5;

// "zonder verblijf" ...; "gemeente of wijkteam", "huisarts", ...; "0-3 jaar" ...: the breakdown
// labels flow_figures writes.
const char* flow_product_label(FlowProduct product);
const char* flow_referrer_label(FlowReferrer referrer);
const char* flow_age_band_label(int band);
// The band of an age (see above): 0..4.
int flow_age_band(int age);

// Product and verwijzer as written in a file, folded (case, accents, punctuation). Products: the
// four names, "ambulant" and "jeugdhulp zonder verblijf" (zonder), "verblijf", "pleegzorg",
// "jeugdhulp met verblijf", "gesloten" (met), "jb", "ots", "voogdij" (jeugdbescherming), "jr"
// (jeugdreclassering), and the iJW productcategorieën: 40, 41, 42, 48 and 49 are met verblijf,
// 82 jeugdbescherming, 83 jeugdreclassering, other codes 43..58 zonder verblijf. Verwijzers: the
// names, "wijkteam", "sociaal wijkteam", "gi", "jeugdbeschermer", "specialist", "kinderrechter",
// "officier van justitie", "geen verwijzer", and iJW verwijzertype 01 gemeente, 02 huisarts,
// 03 jeugdarts, 04 GI, 05 medisch specialist, 06 rechter/OvJ, 07 geen; "" is Onbekend.
// False when the text is none of these.
bool flow_product_from_text(std::string_view text, FlowProduct& out);
bool flow_referrer_from_text(std::string_view text, FlowReferrer& out);

// The gemeente's population aged 0-17 in a year: the denominator of "in zorg per 1.000".
struct FlowPopulation {
  std::string gemeente;  // GM code
  int year = 0;
  double youth_0_17 = 0;
};

// The Gemeentefonds' estimate of young people 0-17 per gemeente and year, as the Iv3 file
// (data/iv3_jeugd.csv: columns jaar, code, jeugdigen_0_17) carries it, one per gemeente and year.
// The source to name with it is kIv3YouthSource.
std::vector<FlowPopulation> youth_population_from_iv3(std::string_view iv3_csv);
inline constexpr const char* kIv3YouthSource =
    "Gemeentefonds, meicirculaire: geschat aantal jeugdigen van 0 tot 18 jaar (via CBS Iv3)";

struct FlowOptions {
  // Largest file feed() accepts in total; more is refused with a message before anything else is read.
  std::size_t max_bytes = std::size_t(2) * 1024 * 1024 * 1024;
  std::vector<FlowPopulation> population;
  std::string population_source;  // named in the per-1.000 denominator: "Gemeentefonds, meicirculaire"
  std::string default_gemeente;   // GM code for a file without a gemeente column
  // The file's size when known (the browser knows it before reading): room for its clients is set
  // aside at once instead of growing, which copies and touches memory twice. 0: unknown.
  std::size_t expected_bytes = 0;
  // The last real day, as days since 1970-01-01 (days_from_civil): the day the file was exported
  // when the user gives it (the CLI's --exportdatum), else today as the app and the CLI read it from
  // the clock. The core never reads the clock itself. 0: not given.
  int export_date = 0;
  int today = 0;
};

struct FlowReport {
  std::string file;
  std::string encoding;  // "UTF-8", "UTF-8 met BOM", "Windows-1252"
  char delimiter = 0;
  bool ok = false;  // finished and usable
  std::size_t bytes = 0, rows_read = 0, rows_skipped = 0;
  std::size_t clients = 0, trajectories = 0;
  int first_day = 0, peildatum = 0;    // days since 1970-01-01 of the earliest and latest date read
  std::vector<std::string> gemeenten;  // GM codes, in order of first appearance
  // Row problems (skipped rows) and at most one fatal one. Only the first 200 are kept; the count
  // of all is rows_skipped.
  std::vector<Problem> problems;
  std::vector<std::string> notes;  // Dutch: ignored columns, clients aged 23+, the incomplete last period
  // Every trajectory's client key starts with "SYN-", the mark scripts/generate-trajectories and the
  // template put on invented records: the figures are then said to be synthetic wherever shown.
  bool synthetic = false;
};

// What a synthetic file's figures carry as their source (OwnValue::source).
inline constexpr const char* kSyntheticFlowSource = "Synthetisch trajectbestand: geen echte cijfers";

// One flow indicator value. Indicator ids are those of flow_indicator_catalogue().
struct FlowFigure {
  std::string gemeente;   // GM code
  std::string indicator;  // "stroom_in_zorg" ...
  std::string breakdown;  // "" (total), an age band, a product or a verwijzer label
  Period period;
  double value = kNaN;  // NaN when there is nothing to compute (a mean of no trajectories)
  double numerator = kNaN, denominator = kNaN;
  bool complete = true;  // false for the period holding the peildatum
  // Kosten: the jeugdigen with kosten in the period (of the product), whose number decides whether
  // the amount may be shown (core/disclosure.h); NaN for other figures.
  double behind = kNaN;
};

// The flow indicators as own indicators (owndata.h), with definition, numerator and denominator:
// stroom_in_zorg, stroom_in_zorg_per_1000, stroom_instroom, stroom_uitstroom, stroom_stapeling,
// stroom_duur_gemiddeld, stroom_duur_mediaan, stroom_duur_langer_dan_jaar, stroom_verwijzingen,
// stroom_verwijzer_aandeel, stroom_kosten, stroom_kosten_per_client.
std::span<const OwnIndicatorSpec> flow_indicator_catalogue();

class FlowReader {
 public:
  FlowReader(std::string file_name, const Dataset& gemeenten, FlowOptions options = {});
  ~FlowReader();
  FlowReader(FlowReader&&) noexcept;
  FlowReader& operator=(FlowReader&&) noexcept;

  // The next bytes of the file; a chunk may end anywhere (inside a row, a quoted value or a UTF-8
  // character). Returns false once the file is refused (report().problems ends with the fatal
  // problem); later calls do nothing and return false.
  bool feed(std::span<const std::uint8_t> chunk);
  // The end of the file: reads the last row and closes the state. Returns report().ok: false when
  // refused, or when no row could be used ("Dit bestand bevat geen bruikbare trajecten ...").
  bool finish();
  const FlowReport& report() const;

  // After a successful finish(): every indicator per gemeente and period of the granularity, in
  // total and per breakdown, ordered by gemeente (as in the report), period, indicator (catalogue
  // order) and breakdown (total first). Counts are exact: small-number suppression is the
  // caller's (add_flow_figures + own_disclosure), as for every own figure.
  std::vector<FlowFigure> figures(FlowGranularity granularity) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Whether a file's first line (its bytes, any encoding the reader reads) is a trajectory file's
// header: it names a client, a begindatum and a product column, by the names the reader knows,
// separated by ';', tab or ','. The app decides with it where a file goes before reading the rest.
bool is_flow_header(std::span<const std::uint8_t> first_line);

// Convenience for tests and the CLI: the whole file at once (feed + finish).
bool read_flows(std::string file_name, std::span<const std::uint8_t> bytes, const Dataset& gemeenten,
                const FlowOptions& options, FlowReader& out);

// The figures as own figures, replacing the flow indicators of the same gemeente, indicator and
// granularity's periods that `out` held: they become own indicators like any loaded file's
// (values carry `file`, row 0, and `source`: kSyntheticFlowSource for a synthetic file). The
// catalogue's indicators are added to out.indicators when missing.
void add_flow_figures(const std::vector<FlowFigure>& figures, std::string_view file, OwnData& out,
                      std::string_view source = {});

// Example record file (the README's template): a header and a few rows, marked synthetic.
std::string flow_template_csv();

}  // namespace jv
