// A CBS StatLine export as a benchmark source ("Gebruik als benchmark"): a table the user downloaded
// for all gemeenten (jeugdzorg in natura, jeugdhulp per gemeente, several years) becomes public
// series of the figures store, one per topic, one column per period, for every gemeente of 2025.
// No table is built in: the file's header and unit line say what it holds, and a small list of
// known definitions gives the common jeugdzorg topics their identity (population, kind of care,
// unit), so like is only ever set beside like. It can be saved as one compact file and loaded
// again, exactly, on another machine.
//
// Reading (read_own_data with ReadOptions::earlier = &store.d2021, owndata.h): the title line is
// the source's title, "Bron: CBS" or "Centraal Bureau voor de Statistiek" in the title or footer
// makes CBS the publisher, Nederland and regions are not gemeenten.
//
// Gemeenten of earlier years: a row of a gemeente of 2021 that merged since (Weesp, Beemster,
// Heerhugowaard ...) is placed in its gemeente of 2025 through the herindeling (predecessors in
// store.data). When the file gives a gemeente of 2025's predecessors apart for a period:
//   - counts (and amounts in thousands of euros, and euro totals that are not "per" something) are
//     summed over all predecessors;
//   - a rate (%, per 1.000) is recomputed as factor x sum(numerators) / sum(denominators) when the
//     file holds its numerator (the count of the same known topic and age) and its denominator (the
//     population of that age: "Jongeren tot 23 jaar", "Jeugdigen tot 18 jaar") for every predecessor;
//   - otherwise (a rate without them, an average, an unknown rate, or a predecessor without a
//     figure) the 2025 gemeente gets NaN and a note in store.notes that starts with
//     "Cijfer niet beschikbaar na samenvoeging: het bestand geeft voor 2021 de gemeenten Amsterdam
//      en Weesp apart, en ..." (why: "een percentage is alleen opnieuw te berekenen uit teller en
//      noemer, en die staan niet allebei in het bestand." / "voor Langedijk ontbreekt het cijfer."
//      / "voor Beemster ontbreekt de noemer (Jongeren tot 23 jaar)." / "voor Beemster ontbreekt de
//      teller (...)." / "dit cijfer is niet op te tellen.");
//   - a merged value gets a note too: "Samengevoegd: het bestand geeft voor 2021 de gemeenten
//     Amsterdam en Weesp apart; de aantallen zijn opgeteld." / "...; het percentage is herberekend
//     uit teller en noemer (24.710 / 226.000)."
// A row of the gemeente of 2025 itself in the same period (a table already in new boundaries)
// wins over its predecessors. A secret value (".") is NaN with the note "Geheim of onbekend bij het
// CBS („.” in de tabel)." A name that is neither a gemeente of 2025 nor one of 2021 is reported by
// the reader (file, row) and skipped. Each merge is listed once in report.notes:
//   "Amsterdam (2025): voor 2020 en 2021 samengevoegd uit Amsterdam en Weesp."
// and a gemeente whose predecessors are apart with no figure made of them in any topic:
//   "Voorne aan Zee (2025): voor 2020 en 2021 staan Brielle, Hellevoetsluis en Westvoorne apart in
//    het bestand, en daaruit is geen cijfer voor Voorne aan Zee te maken; de reden staat bij elk cijfer."
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/figures.h"
#include "core/owndata.h"

namespace jv {

// What a topic of a table is, from its name and unit: the known-definitions list.
//   Kind::Rate        a known topic as a percentage or per 1.000 ("Jongeren met jeugdhulp" in %)
//   Kind::Count       a known topic as a count ("Jongeren met jeugdzorg in natura" in aantal): a
//                     numerator, summed over merged gemeenten
//   Kind::Population  the young people of an age band ("Jongeren tot 23 jaar", "Jeugdigen 0 tot 18
//                     jaar" in aantal): a denominator
//   Kind::Other       anything else: kept with its name and unit as given, population and kind of
//                     care "zie de tabel", never the same definition as another series
// The known topics, by the words of the folded name (all other words must be filler: jongeren,
// jeugdigen, kinderen, met, in, natura, totaal, aantal, relatief, percentage, unieke, tot, jaar,
// ages; "per 1 000" only for a rate per 1.000; "jeugdhulptrajecten", "kosten" or "nieuwe" make it
// another topic):
//   "jeugdhulp" + "met verblijf"      0 tot 18 jaar, jeugdhulp met verblijf, lager is beter, CBS 2021
//   "jeugdhulp" + "zonder verblijf"   0 tot 18 jaar, jeugdhulp zonder verblijf, lager is beter, CBS 2021
//   "jeugdzorg" (or jeugdhulp, jeugdbescherming and jeugdreclassering together)
//                                     0 tot 23 jaar, jeugdzorg in natura (jeugdhulp, jeugdbescherming,
//                                     jeugdreclassering), lager is beter, CBS 2021
//   "jeugdbescherming"                0 tot 18 jaar, jeugdbescherming, context
//   "jeugdreclassering"               12 tot 23 jaar, jeugdreclassering, context
//   "jeugdhulp"                       0 tot 18 jaar, jeugdhulp, lager is beter, CBS 2021
// An age in the name ("tot 18 jaar", "0 tot 23 jaar", "jonger dan 18") overrides the band: "0 tot N
// jaar". The population and kind of care are exactly the own-data catalogue's (owndata.h), so own
// figures and KWB's jeugdzorg_tot23 meet a StatLine series of the same definition, and a "jeugdhulp"
// (< 18) series never meets a "jeugdzorg" (< 23) one. "CBS 2021": a series with periods before and
// from 2021 gets a SeriesBreak at its first period from 2021 (CBS, Jeugdhulp 2021, § 0.1
// Methodewijzigingen).
struct TopicDefinition {
  enum class Kind { Rate, Count, Population, Other };
  Kind kind = Kind::Other;
  int age = 0;             // Rate, Count, Population: 18 or 23 (12 tot 23 for jeugdreclassering: 23)
  std::string key;         // "jeugdzorg", "jeugdhulp", ...; "" for Population and Other
  std::string population;  // "0 tot 23 jaar"; "zie de tabel" for Other
  std::string care_type;   // as the catalogue writes it; "zie de tabel" for Other, "" for Population
  Direction direction = Direction::Context;
  bool cbs_2021 = false;  // the CBS 2021 method change applies
  std::string subject;    // "jongeren tot 23 jaar met jeugdzorg in natura", for the definition text
};
TopicDefinition classify_topic(std::string_view name, Unit unit);

// A topic name with CBS's abbreviations written out, as StatLine cuts long names to fit its
// column ("Jongeren met jeugdh. met verbl. in nat." -> "Jongeren met jeugdhulp met verblijf in
// natura"). Only the abbreviations of the youth tables, each a word ending in "." or the cut-off
// last word; every other word as written.
std::string expand_cbs_abbreviations(std::string_view name);

// A topic key of CBS's OData service (the column names cbsodata in Python or R and Excel's Power
// Query give: "JongerenMetJeugdhulpInNatura_1"), for the youth tables the app knows: the topic as
// StatLine names it, written out, and its unit as StatLine's unit line writes it. The numbers
// after "_" are the column's position in its table and differ between tables; a key is matched
// without them. Sources (see the test fixtures): 85098NED and its predecessor 82972NED
// "Indicatoren jeugdzorg in natura; gemeenten" (keys _1 to _5, all percentages: Groningen 2022
// has 15,4 with jeugdhulp, 9,5 with verblijf, 1,4 with jeugdbescherming, 46,1 for jeugdbescherming
// with verblijf, 0,4 with jeugdreclassering), and the Kerncijfers wijken en buurten
// (JongerenMetJeugdzorgInNatura_NN a count, PercentageJongerenMetJeugdzorg_NN a percentage).
// A percentage of 85098NED that is not of all young people of an age (with verblijf: of the
// young people with jeugdhulp; jeugdbescherming with verblijf: of those with jeugdbescherming)
// is own_definition: classify_topic keeps it apart as Kind::Other.
struct CbsTopicKey {
  const char* key;   // without "_N": "JongerenMetJeugdhulpInNatura"
  const char* name;  // "Jongeren met jeugdhulp in natura"
  const char* unit;  // "%", "aantal"
  bool own_definition;
};
std::span<const CbsTopicKey> cbs_topic_keys();
// The known key a column header is ("JongerenMetJeugdhulpInNatura_1"), or null.
const CbsTopicKey* find_cbs_topic_key(std::string_view header);
// Whether a header has the shape of an OData topic key: letters and digits without spaces,
// starting with a capital, with a lower-case letter and a capital inside, ending in "_<number>"
// ("WmoClienten_93"); a key the app does not know is asked about, never guessed.
bool looks_like_cbs_topic_key(std::string_view header);

// The "CBS 2021" break's reason, as a SeriesBreak says it.
extern const char* const kCbs2021Break;

// A StatLine table code in a text ("85098NED" in "85098NED_jeugdzorg.csv"): five digits and NED or
// ENG, upper case; "" when none.
std::string statline_table(std::string_view text);

// The first line of a saved benchmark file (save_benchmark_source), by which it is recognised.
inline constexpr std::string_view kBenchmarkFileMagic = "Jeugdvergelijker benchmarkbron;1";
// Whether `bytes` are a saved benchmark file (after an optional UTF-8 byte-order mark).
bool is_benchmark_file(std::span<const std::uint8_t> bytes);

// Adds the file as one Source (kind UserBenchmark, id "statline:<file name>") and one Series per
// topic with one column per period (add_period), then extend_benchmark(). The file is either a
// saved benchmark file (is_benchmark_file: restored exactly, whatever the reader would make of it)
// or a CBS StatLine export. A source with the same id is replaced (remove_source first).
//   Source: publisher "CBS" and licence "CC BY 4.0" when the file says "Bron: CBS" or "Centraal
//     Bureau voor de Statistiek" (else empty), title the file's title line (else the file name),
//     table statline_table() of title or file name, attribution "Bron: CBS, <title> (<table>)"
//     (without the table when there is none; without "Bron: CBS, " when the file does not say so),
//     reached "uw bestand <file name>", file_name, a caveat on merged gemeenten and provisional
//     figures.
//   Series: id "statline-<table in lower case, else series_id(file name without extension)>-
//     <series_id(topic)>-<unit word: aantal, pct, per-1000, euro, x-1000-euro, dagen, index>",
//     "-2", "-3" ... when taken; meta.name "<topic> (<unit as written>)"; meta from
//     classify_topic(); meta.source "CBS, <title>"; a known rate's denominators per gemeente from
//     the population column of its age band when the file has one (NaN where it has none), else
//     the estimated young people of that age (estimate_youth_0_17 / 0_22, rounded to whole
//     young people), and meta.denominator
//     says which ("Alle jongeren tot 23 jaar, volgens de kolom „Jongeren tot 23 jaar” in het
//     bestand", "Alle jeugdigen tot 18 jaar, geschat uit de leeftijdsopbouw (Kerncijfers wijken en
//     buurten 2021)"); other series none.
//   Periods: each period a value of the topic has; Status::Provisional when a value of it was
//     marked "*" or "**"; period text the period's label ("2022-H1").
// Returns the new source's index, or -1 with report.problems[...].fatal saying why:
//   the reader's refusals (empty, binary, personal data ...), exactly as read_own_data says them;
//   a file of another shape: "Dit is geen CBS StatLine-export: er is geen kolom Regio's naast een
//     kolom Perioden. Download de tabel in StatLine als CSV met de regio's en perioden in de rijen,
//     of laad dit bestand als eigen cijfers."
//   no gemeente in it: "In dit bestand staan geen gemeenten, alleen Nederland of andere regio's
//     (provincies, landsdelen). Kies in StatLine bij Regio's de gemeenten."
//   a saved file that is damaged: "Dit benchmarkbestand is beschadigd: regel <n>: <what>. Bewaar
//     het opnieuw vanuit Jeugdvergelijker." (what: "onbekend soort regel „x”", "de reeks „id” staat
//     er niet in", "„x” is geen getal", "de periode „x” is niet te lezen", "de periode „x” staat er
//     twee keer in", "er staan N waarden, de regel gemeenten heeft er M", "de eenheid „x” is
//     onbekend", "geen regel bron", "er staan N velden, verwacht M", "de bron „kwb-2021” is geen
//     geladen benchmark": a built-in source or own figures are never replaced).
// The store is unchanged when -1 is returned.
int add_benchmark_source(FiguresStore& store, std::string_view file_name, std::span<const std::uint8_t> bytes,
                         ReadReport& report);

// The source and its series as one UTF-8 CSV (';', decimal comma, no thousands points), small
// enough for e-mail: the first line kBenchmarkFileMagic, then lines
//   bron;<id>;<uitgever>;<titel>;<tabel>;<licentie>;<bronvermelding>;<bereikt>;<bestand>;<let op>
//   gemeenten;GM0014;GM0034;...                 the gemeenten with at least one figure, in order
//   reeks;<id>;<naam>;<eenheid>;<richting>;<rol>;<doelgroep>;<zorgvorm>;<definitie>;<teller>;
//         <noemer>;<bron>;<weging>;<groeit mee 0/1>;<beschrijvend 0/1>;<let op>;<naam in het Engels>
//   periode;<reeks>;<label>;<periodetekst>;<status>;<waarde per gemeente in regel gemeenten>
//   noemers;<reeks>;<label>;<noemer per gemeente>   only when the column has denominators
//   breuk;<reeks>;<label>;<waarom>
//   opmerking;<reeks>;<label>;<GM-code>;<tekst>
// Values are written with format_plain_decimal (shortest text that reads back as the same double)
// with ',' for '.'; an empty field is NaN. add_benchmark_source reads it back to the same source,
// series, periods, statuses, breaks, values, denominators and notes. "" for an unknown source.
std::string save_benchmark_source(const FiguresStore& store, int source);

}  // namespace jv
