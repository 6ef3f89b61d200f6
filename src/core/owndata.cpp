#include "core/owndata.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/breakdown.h"
#include "core/detail.h"
#include "core/export.h"
#include "core/format.h"
#include "core/io/csv.h"
#include "core/io/encoding.h"
#include "core/io/xlsx.h"
#include "core/numbers.h"
#include "core/ownset.h"
#include "core/privacy.h"
#include "core/statline.h"
#include "core/text.h"

namespace jv {

namespace {

// The flow indicators' population and kind of care: what a trajectory file holds, whatever its ages.
constexpr const char* kFlowPopulation = "jeugdigen in het trajectbestand";
constexpr const char* kFlowCare = "jeugdzorg (trajecten)";

constexpr OwnIndicatorSpec kCatalogue[] = {
    {"jeugdhulp_pct", "Jeugdigen met jeugdhulp",
     "jeugdigen met jeugdhulp|percentage jeugdigen met jeugdhulp|jongeren met jeugdhulp|jeugdhulp|"
     "jeugdigen met jeugdhulp tot 18 jaar|aandeel jeugdigen met jeugdhulp",
     Unit::Percent, Direction::LowerIsBetter,
     "Percentage jeugdigen tot 18 jaar dat in de periode jeugdhulp kreeg (het landelijke kerncijfer van het CBS).",
     "Jeugdigen tot 18 jaar met jeugdhulp", "Alle jeugdigen tot 18 jaar", "0 tot 18 jaar", "jeugdhulp"},
    {"jeugdzorg_tot23", "Jongeren met jeugdzorg (tot 23 jaar)",
     "jongeren met jeugdzorg|jeugdzorg|jongeren met jeugdzorg in natura|percentage jongeren met jeugdzorg|"
     "jongeren met jeugdzorg tot 23 jaar",
     Unit::Percent, Direction::LowerIsBetter,
     "Percentage jongeren tot 23 jaar met jeugdzorg in natura: jeugdhulp, jeugdbescherming of jeugdreclassering.",
     "Jongeren tot 23 jaar met jeugdzorg in natura", "Alle jongeren tot 23 jaar", "0 tot 23 jaar",
     "jeugdzorg in natura (jeugdhulp, jeugdbescherming, jeugdreclassering)"},
    {"jeugdhulp_aantal", "Jeugdigen met jeugdhulp (aantal)",
     "aantal jeugdigen met jeugdhulp|unieke jeugdigen met jeugdhulp|jeugdigen in zorg|aantal jeugdigen in zorg",
     Unit::Count, Direction::LowerIsBetter, "Aantal unieke jeugdigen tot 18 jaar met jeugdhulp in de periode.",
     "Jeugdigen tot 18 jaar met jeugdhulp", "", "0 tot 18 jaar", "jeugdhulp"},
    {"specialistische_jeugdhulp", "Jeugdigen met gespecialiseerde jeugdhulp",
     "gespecialiseerde jeugdhulp|specialistische jeugdhulp|geindiceerde jeugdhulp|"
     "jeugdigen met gespecialiseerde jeugdhulp|jeugdigen met geindiceerde jeugdhulp",
     Unit::Count, Direction::LowerIsBetter,
     "Aantal jeugdigen met geïndiceerde (gespecialiseerde) jeugdhulp, via de toegang, huisarts of andere verwijzer.",
     "Jeugdigen met gespecialiseerde jeugdhulp", "", "alle leeftijden", "gespecialiseerde jeugdhulp"},
    {"jeugdhulp_zonder_verblijf", "Jeugdhulp zonder verblijf", "jeugdhulp zonder verblijf|zonder verblijf", Unit::Count,
     Direction::LowerIsBetter, "Aantal jeugdigen met jeugdhulp zonder verblijf.",
     "Jeugdigen met jeugdhulp zonder verblijf", "", "0 tot 18 jaar", "jeugdhulp zonder verblijf"},
    {"jeugdhulp_met_verblijf", "Jeugdhulp met verblijf", "jeugdhulp met verblijf|met verblijf|verblijf", Unit::Count,
     Direction::LowerIsBetter, "Aantal jeugdigen met jeugdhulp met verblijf (pleegzorg, gezinshuis, residentieel).",
     "Jeugdigen met jeugdhulp met verblijf", "", "0 tot 18 jaar", "jeugdhulp met verblijf"},
    {"jeugdbescherming", "Jeugdbescherming", "jeugdbescherming|jeugdbeschermingsmaatregelen|ots|ondertoezichtstelling",
     Unit::Count, Direction::Context,
     "Aantal jeugdigen met een jeugdbeschermingsmaatregel (ondertoezichtstelling, voogdij).",
     "Jeugdigen met een jeugdbeschermingsmaatregel", "", "0 tot 18 jaar", "jeugdbescherming"},
    {"jeugdreclassering", "Jeugdreclassering", "jeugdreclassering", Unit::Count, Direction::Context,
     "Aantal jongeren met jeugdreclassering.", "Jongeren met jeugdreclassering", "", "12 tot 23 jaar",
     "jeugdreclassering"},
    {"uithuisplaatsingen", "Uithuisplaatsingen", "uithuisplaatsingen|uithuisplaatsing|aantal uithuisplaatsingen",
     Unit::Count, Direction::LowerIsBetter, "Aantal jeugdigen dat in de periode uit huis werd geplaatst.",
     "Uithuisplaatsingen", "", "0 tot 18 jaar", "uithuisplaatsing"},
    {"kosten_jeugdhulp", "Kosten jeugdhulp",
     "kosten jeugdhulp|kosten|uitgaven jeugdhulp|lasten jeugdhulp|kosten gespecialiseerde jeugdhulp|"
     "kostenontwikkeling jeugdhulp|kosten jeugd",
     Unit::Euro, Direction::LowerIsBetter, "Uitgaven aan jeugdhulp in de periode, in euro's.", "Uitgaven jeugdhulp", "",
     "gemeente", "jeugdhulp (kosten)"},
    {"kosten_zonder_verblijf", "Kosten jeugdhulp zonder verblijf",
     "kosten zonder verblijf|kosten jeugdhulp zonder verblijf", Unit::Euro, Direction::LowerIsBetter,
     "Uitgaven aan jeugdhulp zonder verblijf, in euro's.", "Uitgaven", "", "gemeente",
     "jeugdhulp zonder verblijf (kosten)"},
    {"kosten_met_verblijf", "Kosten jeugdhulp met verblijf", "kosten met verblijf|kosten jeugdhulp met verblijf",
     Unit::Euro, Direction::LowerIsBetter, "Uitgaven aan jeugdhulp met verblijf, in euro's.", "Uitgaven", "",
     "gemeente", "jeugdhulp met verblijf (kosten)"},
    {"kosten_jeugdbescherming", "Kosten jeugdbescherming", "kosten jeugdbescherming", Unit::Euro, Direction::Context,
     "Uitgaven aan jeugdbescherming en jeugdreclassering, in euro's.", "Uitgaven", "", "gemeente",
     "jeugdbescherming (kosten)"},
    {"kosten_per_jeugdige", "Kosten jeugdhulp per jeugdige",
     "kosten per jeugdige|kosten per jeugdige 0 17|uitgaven per jeugdige", Unit::Euro, Direction::LowerIsBetter,
     "Uitgaven aan jeugdhulp gedeeld door het aantal jeugdigen tot 18 jaar.", "Uitgaven jeugdhulp",
     "Jeugdigen tot 18 jaar", "0 tot 18 jaar", "jeugdhulp (kosten)"},
    {"thuiszitters", "Thuiszitters", "thuiszitters|percentage thuiszitters|aandeel thuiszitters", Unit::Percent,
     Direction::LowerIsBetter,
     "Leerplichtige jeugdigen die zonder geldige reden niet naar school gaan, als percentage van de leerplichtigen.",
     "Thuiszitters", "Leerplichtige jeugdigen", "leerplichtigen", "onderwijs (thuiszitters)"},
    {"verzuim_per_1000", "Relatief verzuim",
     "relatief verzuim|verzuim|ongeoorloofd verzuim|verzuim per 1000 leerlingen", Unit::PerThousand,
     Direction::LowerIsBetter, "Meldingen van ongeoorloofd (relatief) verzuim per 1.000 leerlingen.",
     "Verzuimmeldingen", "Leerlingen (per 1.000)", "leerlingen", "onderwijs (verzuim)"},
    {"wachttijd", "Wachttijd jeugdhulp", "wachttijd|wachttijden|gemiddelde wachttijd|wachttijd jeugdhulp", Unit::Days,
     Direction::LowerIsBetter, "Gemiddelde tijd tussen aanmelding en start van de jeugdhulp, in dagen.", "", "",
     "0 tot 18 jaar", "jeugdhulp (wachttijd)"},
    {"trajectduur", "Trajectduur jeugdhulp", "trajectduur|gemiddelde trajectduur|duur jeugdhulptraject", Unit::Days,
     Direction::LowerIsBetter, "Gemiddelde duur van een jeugdhulptraject, in dagen.", "", "", "0 tot 18 jaar",
     "jeugdhulp (duur)"},
    // Flow indicators (core/flows.h): computed from a record-level trajectory file, or read from a
    // region's file that holds them under these names. Every product in the file counts (jeugdhulp,
    // jeugdbescherming and jeugdreclassering), at every age in it.
    {"stroom_in_zorg", "Jeugdigen in zorg", "in zorg|jeugdigen in zorg|clienten in zorg|aantal clienten", Unit::Count,
     Direction::Context,
     "Aantal verschillende jeugdigen met een traject dat op een dag van de periode liep (begindatum uiterlijk "
     "de laatste dag, einddatum leeg of op of na de eerste dag).",
     "Jeugdigen met een lopend traject", "", kFlowPopulation, kFlowCare},
    {"stroom_in_zorg_per_1000", "Jeugdigen 0-17 jaar in zorg per 1.000", "in zorg per 1000|jeugdigen in zorg per 1000",
     Unit::PerThousand, Direction::Context,
     "Jeugdigen van 0 tot 18 jaar met een lopend traject in de periode, per 1.000 inwoners van 0 tot 18 jaar.",
     "Jeugdigen 0-17 jaar met een lopend traject", "Inwoners 0-17 jaar (per 1.000)", "0 tot 18 jaar", kFlowCare},
    {"stroom_instroom", "Instroom", "instroom|nieuwe clienten|instroom jeugdhulp", Unit::Count, Direction::Context,
     "Aantal verschillende jeugdigen met een traject dat in de periode begon, terwijl op de dag voor de periode "
     "geen traject van hen liep.",
     "Jeugdigen die instroomden", "", kFlowPopulation, kFlowCare},
    {"stroom_uitstroom", "Uitstroom", "uitstroom|uitstroom jeugdhulp", Unit::Count, Direction::Context,
     "Aantal verschillende jeugdigen met een traject dat in de periode eindigde, terwijl op de dag na de periode "
     "geen traject van hen liep.",
     "Jeugdigen die uitstroomden", "", kFlowPopulation, kFlowCare},
    {"stroom_stapeling", "Stapeling", "stapeling|gestapelde trajecten|jeugdigen met meerdere trajecten", Unit::Count,
     Direction::Context,
     "Aantal verschillende jeugdigen met twee of meer trajecten die op eenzelfde dag in de periode liepen.",
     "Jeugdigen met gestapelde trajecten", "", kFlowPopulation, kFlowCare},
    {"stroom_duur_gemiddeld", "Gemiddelde duur afgesloten trajecten",
     "gemiddelde duur afgesloten trajecten|duur afgesloten trajecten", Unit::Days, Direction::Context,
     "Gemiddelde duur in dagen (einddatum - begindatum + 1) van de trajecten die in de periode eindigden.",
     "Som van de duur in dagen", "Trajecten die in de periode eindigden", kFlowPopulation, kFlowCare},
    {"stroom_duur_mediaan", "Mediane duur afgesloten trajecten", "mediane duur|mediane duur afgesloten trajecten",
     Unit::Days, Direction::Context,
     "Mediaan van de duur in dagen (einddatum - begindatum + 1) van de trajecten die in de periode eindigden.", "",
     "Trajecten die in de periode eindigden", kFlowPopulation, kFlowCare},
    {"stroom_duur_langer_dan_jaar", "Afgesloten trajecten langer dan een jaar",
     "trajecten langer dan een jaar|langer dan een jaar", Unit::Percent, Direction::Context,
     "Aandeel van de trajecten die in de periode eindigden dat langer dan 365 dagen duurde.",
     "Trajecten langer dan 365 dagen", "Trajecten die in de periode eindigden", kFlowPopulation, kFlowCare},
    {"stroom_verwijzingen", "Gestarte trajecten", "gestarte trajecten|verwijzingen|nieuwe trajecten", Unit::Count,
     Direction::Context, "Aantal trajecten dat in de periode begon, in totaal en per verwijzer.", "Gestarte trajecten",
     "", kFlowPopulation, kFlowCare},
    {"stroom_verwijzer_aandeel", "Aandeel per verwijzer", "aandeel per verwijzer|verwijzers", Unit::Percent,
     Direction::Context, "Aandeel van de in de periode gestarte trajecten per verwijzer.",
     "Gestarte trajecten van deze verwijzer", "Alle gestarte trajecten", kFlowPopulation, kFlowCare},
    {"stroom_kosten", "Kosten trajecten", "kosten trajecten|kosten per product", Unit::Euro, Direction::Context,
     "Kosten van de trajecten, per traject gelijk verdeeld over zijn dagen, opgeteld over de dagen in de periode "
     "(een lopend traject tot de peildatum).",
     "Kosten in de periode", "", kFlowPopulation, kFlowCare},
    {"stroom_kosten_per_client", "Kosten per jeugdige in zorg", "kosten per client|kosten per jeugdige in zorg",
     Unit::Euro, Direction::Context, "Kosten van de trajecten in de periode gedeeld door de jeugdigen in zorg.",
     "Kosten in de periode", "Jeugdigen in zorg", kFlowPopulation, kFlowCare},
};

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

}  // namespace

std::string own_file_too_large_message(std::size_t size, std::size_t limit) {
  // The limit as people set it: "20 MB", and a limit under 1 MB (tests, the CLI) as "100 bytes".
  const std::string limit_text =
      limit < 1048576u ? format_file_size(static_cast<double>(limit))
                       : format_number(static_cast<double>(limit) / 1048576.0, limit < 10u * 1048576u ? 1 : 0) + " MB";
  return "Het bestand is " + format_file_size(static_cast<double>(size)) + "; de grens is " + limit_text +
         ". Laad alleen de tabel met cijfers per gemeente en periode, zonder andere werkbladen of afbeeldingen.";
}

IndicatorMeta own_indicator_meta(const OwnIndicatorSpec& s) {
  IndicatorMeta m;
  m.id = s.id;
  m.role = Role::Indicator;
  m.name = s.name;
  m.unit = s.unit;
  m.direction = s.direction;
  m.definition = s.definition;
  m.numerator = s.numerator;
  m.denominator = s.denominator;
  m.population = s.population;
  m.care_type = s.care_type;
  m.source = "Eigen cijfers";
  m.status = Status::Definitive;
  return m;
}

namespace {

IndicatorMeta meta_from_spec(const OwnIndicatorSpec& s) { return own_indicator_meta(s); }

const OwnIndicatorSpec* match_catalogue(const std::string& folded) {
  for (const OwnIndicatorSpec& s : kCatalogue) {
    if (folded == fold_for_search(s.id) || folded == fold_for_search(s.name)) return &s;
  }
  for (const OwnIndicatorSpec& s : kCatalogue) {
    std::string_view aliases = s.aliases;
    while (!aliases.empty()) {
      const std::size_t bar = aliases.find('|');
      if (aliases.substr(0, bar) == folded) return &s;
      if (bar == std::string_view::npos) break;
      aliases.remove_prefix(bar + 1);
    }
  }
  return nullptr;
}

// A grid of text cells, from CSV or from a sheet, with where each cell came from.
struct Grid {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> row_numbers;    // 1-based line (CSV) or sheet row
  std::vector<std::vector<bool>> percent;  // xlsx percent-formatted cells; may be empty
  bool from_sheet = false;
};

std::string cell_text(const Grid& g, std::size_t r, std::size_t c) {
  return c < g.rows[r].size() ? g.rows[r][c] : std::string();
}

std::string quote(std::string_view text) { return "\xE2\x80\x9E" + std::string(text) + "\xE2\x80\x9D"; }

// Column roles by folded header names.
enum class Col {
  Gemeente,
  Indicator,
  Periode,
  Waarde,
  Teller,
  Noemer,
  Uitsplitsing,
  Eenheid,
  Status,
  Bron,
  Regio,
  Other
};

Col column_role(const std::string& folded) {
  if (folded == "gemeente" || folded == "gemeentecode" || folded == "gemeentenaam" || folded == "code" ||
      folded == "regio" || folded == "gebied")
    return Col::Gemeente;
  if (folded == "indicator" || folded == "onderwerp" || folded == "kengetal" || folded == "maat") return Col::Indicator;
  if (folded == "periode" || folded == "jaar" || folded == "peildatum" || folded == "perioden" ||
      folded == "schooljaar" || folded == "periods")
    return Col::Periode;
  if (folded == "waarde" || folded == "cijfer" || folded == "aantal" || folded == "percentage") return Col::Waarde;
  if (folded == "teller") return Col::Teller;
  if (folded == "noemer") return Col::Noemer;
  if (folded == "uitsplitsing" || folded == "leeftijd" || folded == "groep" || folded == "leeftijdsgroep" ||
      folded == "segment")
    return Col::Uitsplitsing;
  if (folded == "eenheid") return Col::Eenheid;
  if (folded == "bron" || folded == "toelichting") return Col::Bron;
  if (folded == "status") return Col::Status;
  if (folded == "regio s" || folded == "regios" || folded == "regioaanduiding" || folded == "gemeenten" ||
      folded == "regio s code" || folded == "wijken en buurten" || folded == "wijkenenbuurten" || folded == "regions")
    return Col::Regio;
  return Col::Other;
}

struct Reader {
  std::string file;
  const ReadOptions& options;
  const Dataset& data;
  ReadReport& report;
  Grid grid;

  void problem(std::size_t r, std::size_t c, std::string message, bool fatal = false) {
    Problem p;
    p.file = file;
    p.row = r < grid.row_numbers.size() ? grid.row_numbers[r] : 0;
    p.column = c;
    if (grid.from_sheet && c > 0 && p.row > 0) p.cell = xlsx_cell_ref(p.row - 1, c - 1);
    p.message = std::move(message);
    p.fatal = fatal;
    report.problems.push_back(std::move(p));
  }
  void refuse(std::string message) {
    Problem p;
    p.file = file;
    p.message = std::move(message);
    p.fatal = true;
    report.problems.push_back(std::move(p));
  }
};

// The gemeente a cell names: a GM code or a name (the dataset's), "Nederland" as reference.
// Empty string when unknown; then `suggestion` holds the whole message (unknown with the closest
// names, or several gemeenten that fit), or nothing when no name comes close.
std::string resolve_gemeente(const Dataset& data, const std::string& text, std::string& suggestion) {
  const std::string folded = fold_for_search(text);
  if (folded == "nederland" || folded == "nl" || folded == "nl01" || folded == "nl00" || folded == "totaal nederland")
    return "NL";
  // "Amsterdam (GM0363)" as StatLine writes it: use the code.
  std::string query = text;
  if (const auto open = text.rfind('('); open != std::string::npos && text.back() == ')') {
    query = text.substr(open + 1, text.size() - open - 2);
  }
  GemeenteMatch match = find_gemeente(data, query);
  if (match.index < 0 && query != text) match = find_gemeente(data, text);
  if (match.index >= 0) return data.gemeenten[idx(match.index)].code;
  // "Bergen (L.) (GM0893), Bergen (NH.) (GM0373) of Bergen op Zoom (GM0748)"
  std::string names;
  const std::size_t shown = std::min<std::size_t>(match.suggestions.size(), match.ambiguous ? 5 : 3);
  for (std::size_t i = 0; i < shown; ++i) {
    const Gemeente& g = data.gemeenten[idx(match.suggestions[i])];
    if (i > 0) names += i + 1 == shown ? " of " : ", ";
    names += g.name + " (" + g.code + ")";
  }
  if (match.ambiguous) {
    suggestion = quote(text) + " past bij meer dan \xC3\xA9\xC3\xA9n gemeente: " + names +
                 ". Gebruik de volledige naam of de CBS-code.";
  } else if (!names.empty()) {
    suggestion = "Onbekende gemeente " + quote(text) + ". Bedoelt u " + names + "?";
  }
  return {};
}

// CBS StatLine marks: "." secret or unknown, "x" secret, "-" nil, "*" / "**" (on the period or
// the value) provisional.
bool strip_provisional(std::string& text) {
  bool provisional = false;
  while (!text.empty() && text.back() == '*') {
    text.pop_back();
    provisional = true;
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return provisional;
}

// StatLine periods: codes (2022JJ00, 2022KW03, 2022HJ01, 2022MM03), and the year first as StatLine
// writes halves, quarters and months ("2022 1e halfjaar", "2022 3e kwartaal", "2022 januari"),
// turned into what parse_period reads. Call after strip_provisional: "2022 1e kwartaal*".
std::string statline_period(const std::string& text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (text.size() == 8 && std::all_of(text.begin(), text.begin() + 4, digit)) {
    const std::string year = text.substr(0, 4), kind = text.substr(4, 2), n = text.substr(6, 2);
    if (kind == "JJ") return year;
    if (kind == "KW") return year + "-Q" + n.substr(1);
    if (kind == "HJ") return year + "-H" + n.substr(1);
    if (kind == "MM") return year + "-" + n;
  }
  if (text.size() > 6 && std::all_of(text.begin(), text.begin() + 4, digit) && text[4] == ' ') {
    const std::string rest = text.substr(5);
    const bool ordinal = rest.size() > 2 && digit(rest[0]) && rest[1] == 'e' && rest[2] == ' ';
    if (ordinal || !digit(rest[0])) return rest + " " + text.substr(0, 4);
  }
  return text;
}

// A unit as the brackets after an indicator name or the eenheid column write it: the unit word
// parse_unit knows ("%", "€", "dagen", ...), and what the plain numbers it heads are in: weeks or
// months ("Wachttijd (weken)"), or thousands or millions ("Kosten (x € 1.000)", "Kosten (€ mln)").
struct UnitText {
  std::string unit;  // a parse_unit word; empty when the text gives only a multiplier
  TimeUnit time = TimeUnit::None;
  double multiplier = 1;
};

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool read_unit_text(std::string_view raw, UnitText& out) {
  out = UnitText{};
  const std::string text(trim(raw));
  // A unit with a remark in brackets, as StatLine's unit line writes it: "% (zie toelichting)".
  if (const auto open = text.find(" ("); open != std::string::npos && open > 0 && text.back() == ')') {
    const std::string remark = text.substr(open + 2, text.size() - open - 3);
    if (!has_digit(remark) && remark.find('(') == std::string::npos && !read_unit_text(remark, out) &&
        read_unit_text(text.substr(0, open), out))
      return true;
    out = UnitText{};
  }
  const std::string folded = fold_for_search(text);
  Unit u;
  if (parse_unit(text, u) || parse_unit(folded, u)) {
    out.unit = parse_unit(text, u) ? text : folded;
    return true;
  }
  if (folded.empty() && text.find('%') != std::string::npos) out.unit = "%";
  else if (folded == "aantal" || folded == "aantallen" || folded == "absoluut") out.unit = "aantal";
  else if (folded.rfind("per 1 000", 0) == 0 || folded.rfind("per 1000", 0) == 0) out.unit = "per 1.000";
  else if (folded == "indexcijfer") out.unit = "index";
  if (!out.unit.empty()) return true;

  // The words a value would carry, without the value: "weken", "in maanden", "€ mln", "x € 1.000".
  std::string_view rest = text;
  bool times = false;
  for (const std::string_view prefix :
       {std::string_view("x "), std::string_view("X "), std::string_view("\xC3\x97 "), std::string_view("in ")}) {
    if (rest.substr(0, prefix.size()) == prefix) {
      times = prefix != "in ";
      rest.remove_prefix(prefix.size());
      break;
    }
  }
  const bool digits = has_digit(rest);
  TypedNumber n;
  if (digits) {
    n = read_typed_number(rest, DecimalStyle::Unknown);
  } else {
    n = read_typed_number("1 " + std::string(rest), DecimalStyle::Unknown);
    // "€ mln": the euro sign goes before the number.
    if (!n.ok && rest.substr(0, 3) == "\xE2\x82\xAC")
      n = read_typed_number("\xE2\x82\xAC 1 " + std::string(rest.substr(3)), DecimalStyle::Unknown);
  }
  if (!n.ok) return false;
  const bool multiplier = n.number == 1e3 || n.number == 1e6 || n.number == 1e9;
  if (digits && !multiplier) return false;  // "(2024)", "(0-17 jaar)": not a unit
  switch (n.form) {
    case ValueForm::Duration:
      // "(jaar)" is as often an age as a duration: only days, weeks and months.
      if (digits || n.time == TimeUnit::Year) return false;
      out.unit = "dagen";
      out.time = n.time;
      return true;
    case ValueForm::Percent:
      if (digits) return false;
      out.unit = "%";
      return true;
    case ValueForm::Amount:
      if (n.euro) out.unit = "\xE2\x82\xAC";
      out.multiplier = n.number;
      return true;
    case ValueForm::Plain:
      if (!times) return false;
      out.multiplier = n.number;
      return true;
    case ValueForm::PerThousand:
    case ValueForm::OneIn: return false;
  }
  return false;
}

// "Wachttijd (weken)" -> "Wachttijd" and its unit; a name without a unit in brackets as it is.
struct NameUnit {
  std::string name;
  bool has_unit = false;
  UnitText unit;
};

NameUnit split_unit(const std::string& written) {
  NameUnit out;
  out.name = written;
  const auto open = written.rfind('(');
  if (open == std::string::npos || open == 0 || written.back() != ')') return out;
  if (!read_unit_text(written.substr(open + 1, written.size() - open - 2), out.unit)) return out;
  out.has_unit = true;
  out.name = std::string(trim(std::string_view(written).substr(0, open)));
  Unit u;
  if (parse_unit(out.unit.unit, u) && u == Unit::EuroThousands) {
    // A catalogue amount is in euros: "(× € 1.000)" multiplies, as "(x € 1.000)" does.
    out.unit.unit = "\xE2\x82\xAC";
    out.unit.multiplier = 1000;
  }
  return out;
}

// A header with the period cut out: "Wachttijd 2024 (dagen)" -> "Wachttijd (dagen)".
std::string cut_period(const std::string& header, std::size_t begin, std::size_t end) {
  std::string s = header.substr(0, begin) + " " + header.substr(end);
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& [from, to] : {std::pair<const char*, const char*>{"  ", " "},
                                   {"( ", "("},
                                   {" )", ")"},
                                   {"(,", "("},
                                   {",)", ")"},
                                   {"()", ""}}) {
      if (const auto at = s.find(from); at != std::string::npos) {
        s.replace(at, std::string_view(from).size(), to);
        changed = true;
      }
    }
  }
  auto edge = [](char c) { return c == ' ' || c == '-' || c == '_' || c == ','; };
  while (!s.empty() && edge(s.front())) s.erase(0, 1);
  while (!s.empty() && edge(s.back())) s.pop_back();
  return s;
}

// Gemeenten by their exact names and codes (folded), and Nederland: to find a gemeente column by
// its values. No spelling distance: a column must hold gemeenten, not look like it.
struct GemeenteNames {
  std::set<std::string> folded;
  explicit GemeenteNames(const Dataset& data) {
    for (const Gemeente& g : data.gemeenten) {
      folded.insert(fold_for_search(g.name));
      folded.insert(fold_for_search(g.code));
    }
    folded.insert("nederland");
  }
  bool names(const std::string& text) const { return folded.count(fold_for_search(text)) > 0; }
};

// Dutch decimals without trailing zeros, for notes: 30.4375 -> "30,4375", 243.5 -> "243,5", 84 -> "84".
std::string short_number(double x) {
  std::string t = format_number(x, 4);
  if (t.find(',') != std::string::npos) {
    while (t.back() == '0') t.pop_back();
    if (t.back() == ',') t.pop_back();
  }
  return t;
}

}  // namespace

std::span<const OwnIndicatorSpec> own_indicator_catalogue() { return kCatalogue; }

const OwnIndicator* OwnData::indicator(std::string_view id) const {
  for (const OwnIndicator& i : indicators) {
    if (i.meta.id == id) return &i;
  }
  return nullptr;
}

std::string Problem::where() const {
  std::string out = file;
  if (!cell.empty()) return out + ", cel " + cell;
  if (row > 0) out += ", rij " + std::to_string(row);
  if (column > 0) out += ", kolom " + std::to_string(column);
  return out;
}

std::string Problem::to_string() const { return where() + ": " + message; }

namespace {

// Turns the bytes into a grid of text cells (CSV, tab-separated text or .xlsx), or refuses.
bool load_grid(Reader& rd, std::span<const std::uint8_t> bytes) {
  if (bytes.size() > rd.options.max_bytes) {
    rd.refuse(own_file_too_large_message(bytes.size(), rd.options.max_bytes));
    return false;
  }
  if (bytes.empty()) {
    rd.refuse("Het bestand is leeg. Kies het bestand met uw cijfers, of download het sjabloon en vul dat in.");
    return false;
  }
  if (is_benchmark_file(bytes)) {
    rd.refuse(
        "Dit is een benchmarkbestand van Jeugdvergelijker (een bewaarde bron), geen bestand met eigen cijfers. "
        "Laad het met \"Gebruik als benchmark\" of op de opdrachtregel met --bron.");
    return false;
  }
  const bool zip = bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  if (zip) {
    XlsxSheet sheet;
    std::string error;
    if (!read_xlsx_sheet(bytes, rd.options.sheet, sheet, error)) {
      rd.refuse(error);
      return false;
    }
    rd.report.encoding = "Excel (.xlsx), werkblad " + sheet.name;
    rd.report.format = "Excel";
    rd.grid.from_sheet = true;
    rd.grid.rows = std::move(sheet.rows);
    rd.grid.percent = std::move(sheet.percent);
    for (std::size_t r = 0; r < rd.grid.rows.size(); ++r) rd.grid.row_numbers.push_back(r + 1);
    return true;
  }
  std::string text, error;
  TextEncoding encoding = TextEncoding::Utf8;
  if (!decode_text(bytes, text, encoding, error)) {
    rd.refuse(error);
    return false;
  }
  rd.report.encoding = encoding_label(encoding);
  const Dialect dialect = detect_dialect(text);
  rd.report.delimiter = dialect.delimiter;
  CsvTable table;
  CsvError csv_error;
  if (!parse_csv(text, dialect.delimiter, table, csv_error)) {
    Problem p;
    p.file = rd.file;
    p.row = csv_error.line;
    p.column = csv_error.column;
    p.message = csv_error.message;
    p.fatal = true;
    rd.report.problems.push_back(std::move(p));
    return false;
  }
  if (table.records.empty()) {
    rd.refuse("Het bestand bevat alleen lege regels. Kies het bestand met uw cijfers.");
    return false;
  }
  if (dialect.confidence == 0 && table.records.size() > 1) {
    rd.refuse(
        "Geen scheidingsteken gevonden: elke regel is één kolom. Is het bestand gescheiden door een "
        "puntkomma (;), een komma (,) of een tab? Sla het in Excel op als \"CSV (gescheiden door "
        "lijstscheidingsteken)\" of gebruik het sjabloon.");
    return false;
  }
  for (CsvRecord& record : table.records) {
    rd.grid.rows.push_back(std::move(record.fields));
    rd.grid.row_numbers.push_back(record.line);
  }
  return true;
}

// The first row (of the first ten) that reads as a header we know; -1 when none.
int find_header(const Grid& g) {
  for (std::size_t r = 0; r < g.rows.size() && r < 10; ++r) {
    int known = 0;
    bool periods = false;
    for (const std::string& cell : g.rows[r]) {
      const Col role = column_role(fold_for_search(cell));
      if (role == Col::Indicator || role == Col::Waarde || role == Col::Periode || role == Col::Regio) ++known;
      Period p;
      std::string e;
      if (parse_period(cell, p, e)) periods = true;
    }
    if (known >= 2 || (known >= 1 && periods)) return static_cast<int>(r);
  }
  return -1;
}

// Whether every non-empty row of the column reads as personal data; refuses the file if so.
bool check_privacy(Reader& rd, std::size_t header_row) {
  const auto& header = rd.grid.rows[header_row];
  std::size_t columns = header.size();
  for (const auto& row : rd.grid.rows) columns = std::max(columns, row.size());
  for (std::size_t c = 0; c < columns; ++c) {
    std::vector<std::string_view> values;
    for (std::size_t r = header_row + 1; r < rd.grid.rows.size(); ++r) {
      if (c < rd.grid.rows[r].size() && !rd.grid.rows[r][c].empty()) values.emplace_back(rd.grid.rows[r][c]);
    }
    const std::string_view name = c < header.size() ? std::string_view(header[c]) : std::string_view();
    const PersonalDataFinding finding = inspect_column(name, values, c + 1);
    if (finding.kind != PersonalDataKind::None) {
      rd.refuse("Dit bestand lijkt gegevens over personen te bevatten en is daarom niet geladen. " +
                finding.explanation +
                " Jeugdvergelijker werkt alleen met totalen: per gemeente, indicator en periode één cijfer "
                "(een aantal of percentage). Maak eerst een draaitabel of telling, zonder "
                "burgerservicenummers, namen, geboortedata of adressen, en laad die.");
      return false;
    }
  }
  return true;
}

// A value cell: a typed number (read_typed_number: "12,8", "1 op 8", "€ 9,5 mln", "8 maanden") or
// a CBS mark. Its value in the indicator's unit is known only once the indicator is. Returns false
// with parse_number's message.
struct ValueCell {
  double value = kNaN;  // 0 for CBS's nil, NaN when secret; else set from `typed` later
  bool has_number = false;
  TypedNumber typed;
  bool percent_sign = false;  // a percentage or "1 op N": a rate
  Status status = Status::Definitive;
};

bool read_value(const std::string& raw, DecimalStyle style, bool sheet_percent, ValueCell& out, std::string& error) {
  std::string text = raw;
  if (strip_provisional(text)) out.status = Status::Provisional;
  const std::string folded = fold_for_search(text);
  if (text == "." || folded == "x" || folded == "geheim") {
    out.status = Status::Suppressed;
    return true;
  }
  if (text == "-" && raw == "-") {
    out.value = 0.0;  // CBS: nihil
    return true;
  }
  out.typed = read_typed_number(text, style);
  if (!out.typed.ok) {
    error = out.typed.error;
    return false;
  }
  if (sheet_percent && out.typed.form == ValueForm::Plain) {  // Excel stores 12,8 % as 0.128
    out.typed.number *= 100.0;
    out.typed.form = ValueForm::Percent;
  }
  out.has_number = true;
  out.value = out.typed.number;
  out.percent_sign = out.typed.form == ValueForm::Percent || out.typed.form == ValueForm::OneIn;
  return true;
}

// The header of a table with a column per indicator ("Gemeente;Wachttijd (dagen)"), for files
// find_header does not recognise: the first row (of the first ten) with a gemeente column and at
// least one other cell that can name an indicator (text that is not a number, a period or a column
// name the reader knows). A gemeente column is named as the reader knows (gemeente, regio, code ...);
// failing that in every row, a column whose values below hold gemeenten (at least half of the
// next twenty non-empty cells) under a header cell that is not a gemeente itself.
struct ColumnHeader {
  int row = -1;
  std::size_t gemeente_col = SIZE_MAX;
  bool by_values = false;
};

ColumnHeader find_column_header(const Grid& g, const GemeenteNames& names) {
  auto names_indicator = [&](std::size_t r, std::size_t skip) {
    for (std::size_t c = 0; c < g.rows[r].size(); ++c) {
      const std::string& cell = g.rows[r][c];
      Period p;
      std::string e;
      if (c == skip || cell.empty() || column_role(fold_for_search(cell)) != Col::Other) continue;
      if (parse_number(cell, DecimalStyle::Unknown).ok || parse_period(cell, p, e)) continue;
      return true;
    }
    return false;
  };
  const std::size_t rows = std::min<std::size_t>(g.rows.size(), 10);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < g.rows[r].size(); ++c) {
      const Col role = column_role(fold_for_search(g.rows[r][c]));
      if ((role == Col::Gemeente || role == Col::Regio) && names_indicator(r, c))
        return {static_cast<int>(r), c, false};
    }
  }
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < g.rows[r].size(); ++c) {
      if (names.names(g.rows[r][c])) continue;  // a data row, not a header
      std::size_t filled = 0, gemeenten = 0;
      for (std::size_t below = r + 1; below < g.rows.size() && filled < 20; ++below) {
        const std::string cell = cell_text(g, below, c);
        if (cell.empty()) continue;
        ++filled;
        if (names.names(cell)) ++gemeenten;
      }
      if (gemeenten > 0 && 2 * gemeenten >= filled && names_indicator(r, c)) return {static_cast<int>(r), c, true};
    }
  }
  return {};
}

// A column per indicator: each indicator column's name without its period, and its period from
// the header, else (without a period column) the file name, else options.period (owndata.h). False
// after refusing the file with needs_period when a column has none. `option_used` says whether
// options.period was.
struct IndicatorColumn {
  std::size_t c;
  std::string name;  // the header without its period
  Period period;     // unset when each row's period comes from the period column
};

bool column_periods(Reader& rd, const std::vector<std::string>& header, const std::vector<std::size_t>& named_columns,
                    bool period_column, std::vector<IndicatorColumn>& out, std::vector<std::string>& notes,
                    bool& option_used) {
  const std::string& name_text = rd.file;
  const std::size_t dot = name_text.rfind('.');
  const std::string stem = dot == std::string::npos || dot == 0 ? name_text : name_text.substr(0, dot);
  Period from_file, from_option;
  std::size_t b = 0, e = 0;
  bool file_ambiguous = false, ambiguous = false;
  const bool file_has = find_period_in_text(stem, from_file, b, e, file_ambiguous);
  std::string option_error;
  const bool option_has = !rd.options.period.empty() && parse_period(rd.options.period, from_option, option_error);
  bool file_used = false;
  std::vector<std::string> missing;
  for (const std::size_t c : named_columns) {
    IndicatorColumn ic{c, header[c], {}};
    Period p;
    if (find_period_in_text(header[c], p, b, e, ambiguous)) {
      ic.name = cut_period(header[c], b, e);
      ic.period = p;
    } else if (period_column) {
      // Each row's period from its period column.
    } else if (file_has) {
      ic.period = from_file;
      file_used = true;
    } else if (option_has) {
      ic.period = from_option;
      option_used = true;
    } else {
      missing.push_back(header[c]);
    }
    out.push_back(std::move(ic));
  }
  if (!missing.empty()) {
    rd.report.needs_period = true;
    if (!rd.options.period.empty()) {
      rd.refuse("De opgegeven periode is niet te lezen: " + option_error);
      return false;
    }
    // "„A”", "„A” en „B”", "„A”, „B” en 3 andere".
    const std::size_t listed = missing.size() <= 3 ? missing.size() : 2;
    std::string list;
    for (std::size_t i = 0; i < listed; ++i) {
      list += (i == 0 ? "" : i + 1 == listed && listed == missing.size() ? " en " : ", ") + quote(missing[i]);
    }
    if (listed < missing.size()) list += " en " + std::to_string(missing.size() - listed) + " andere";
    std::string example = missing.front();
    const auto open = example.rfind(" (");
    example = open != std::string::npos && example.back() == ')'
                  ? example.substr(0, open) + " 2024" + example.substr(open)
                  : example + " 2024";
    // A name that already names two periods gets a plain example.
    const std::string example_file = (file_ambiguous ? std::string("cijfers") : stem) + "-2024" +
                                     (dot == std::string::npos || dot == 0 ? std::string() : name_text.substr(dot));
    const std::string headers = missing.size() == 1 ? "de kolomkop" : "de kolomkoppen";
    rd.refuse("Dit bestand noemt geen periode voor " + list + ": er is geen kolom periode, " +
              (file_ambiguous ? headers + (missing.size() == 1 ? " noemt" : " noemen") +
                                    " er geen en de bestandsnaam noemt er meer dan één"
                              : "en " + headers + " en de bestandsnaam noemen er geen") +
              ". Zet de periode in de kolomkop (bijvoorbeeld " + quote(example) + ") of in de bestandsnaam " +
              "(bijvoorbeeld " + quote(example_file) + "), of geef de periode op bij het laden.");
    return false;
  }
  if (file_used) {
    notes.push_back("De periode " + from_file.label() + " komt uit de bestandsnaam " + quote(name_text) + ".");
  }
  if (option_used) { notes.push_back("De periode " + from_option.label() + " is bij het laden opgegeven."); }
  return true;
}

// The parts of a CBS StatLine export around its table (owndata.h): a unit line under or above the
// header, a row of topic groups above it, and notes and the footer below the figures.
struct StatLineColumn {
  std::size_t c;
  std::string header;  // the topic as written, with its group when the header alone is generic
  std::string unit;    // from the unit line, or the header's brackets; empty when none
  std::string name;    // header and unit as the reader reads an indicator: "Jeugdhulp (aantal)"
};
struct StatLineLayout {
  std::vector<StatLineColumn> columns;
  std::set<std::size_t> not_data;         // grid rows below the header that hold no figures
  std::size_t title_limit = 0;            // title lines are above this grid row
  std::vector<std::string> footer;        // the text of the notes and footer lines, in order
  std::vector<std::size_t> unknown_keys;  // columns headed by an OData topic key the app does not know
};

// The OData form's columns that name a row, not a topic: its number, the region's code and name
// (cbsodataR's statcode and statnaam, the Kerncijfers' Gemeentenaam_1, SoortRegio_2, Codering_3).
bool odata_label_column(const std::string& header) {
  std::string stem = header;
  const auto us = header.rfind('_');
  if (us != std::string::npos && us + 1 < header.size() &&
      std::all_of(header.begin() + static_cast<std::ptrdiff_t>(us + 1), header.end(),
                  [](char c) { return c >= '0' && c <= '9'; }))
    stem.resize(us);
  const std::string f = fold_for_search(stem);
  return f == "id" || f == "statcode" || f == "statnaam" || f == "gemeentenaam" || f == "soortregio" || f == "codering";
}

bool unit_cell(const std::string& text) {
  UnitText u;
  return read_unit_text(text, u);
}

// Whether grid row `r` is a unit line: its region and period cells empty, and every other cell
// that is filled a unit ("aantal", "%", "x 1 000", "per 1 000 jongeren", "euro").
bool statline_unit_row(const Grid& g, std::size_t r, std::size_t region_col, std::size_t period_col) {
  if (!cell_text(g, r, region_col).empty() || !cell_text(g, r, period_col).empty()) return false;
  std::size_t units = 0;
  for (std::size_t c = 0; c < g.rows[r].size(); ++c) {
    if (c == region_col || c == period_col || g.rows[r][c].empty()) continue;
    if (!unit_cell(g.rows[r][c])) return false;
    ++units;
  }
  return units > 0;
}

// A header that says only how a topic is counted: the topic is the group above it.
bool generic_header(const std::string& text) {
  const std::string f = fold_for_search(text);
  return f.empty() || f == "totaal" || f == "relatief" || f == "absoluut" || f == "aantal" || f == "percentage";
}

StatLineLayout statline_layout(const Grid& g, std::size_t header_row, std::size_t region_col, std::size_t period_col,
                               const std::vector<std::size_t>& skip_cols) {
  StatLineLayout out;
  out.title_limit = header_row;
  const auto& header = g.rows[header_row];
  int units_row = -1;
  if (header_row + 1 < g.rows.size() && statline_unit_row(g, header_row + 1, region_col, period_col)) {
    units_row = static_cast<int>(header_row + 1);
    out.not_data.insert(header_row + 1);
  } else if (header_row > 0 && statline_unit_row(g, header_row - 1, region_col, period_col)) {
    units_row = static_cast<int>(header_row - 1);
    out.title_limit = header_row - 1;
  }
  // A row of topics above the header (and above a unit line there): region and period cells empty.
  int group_row = static_cast<int>(out.title_limit) - 1;
  if (group_row >= 0) {
    const std::size_t gr = static_cast<std::size_t>(group_row);
    std::size_t filled = 0;
    for (std::size_t c = 0; c < g.rows[gr].size(); ++c) filled += !g.rows[gr][c].empty();
    const bool topics = filled >= 1 && cell_text(g, gr, region_col).empty() && cell_text(g, gr, period_col).empty() &&
                        !(filled == 1 && !g.rows[gr].empty() && !g.rows[gr][0].empty());
    if (topics) out.title_limit = gr;
    else group_row = -1;
  }
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (c == region_col || c == period_col || std::find(skip_cols.begin(), skip_cols.end(), c) != skip_cols.end())
      continue;
    std::string topic = c < header.size() ? header[c] : std::string();
    const std::string group = group_row >= 0 ? cell_text(g, static_cast<std::size_t>(group_row), c) : std::string();
    if (generic_header(topic) && !group.empty()) topic = group;
    if (topic.empty() || odata_label_column(topic)) continue;
    std::string unit = units_row >= 0 ? cell_text(g, static_cast<std::size_t>(units_row), c) : "";
    // The OData form names a topic by its key: the known ones by their name and unit, the others
    // asked about (find_table), never read as counts.
    if (const CbsTopicKey* key = find_cbs_topic_key(topic)) {
      topic = key->name;
      if (unit.empty()) unit = key->unit;
    } else if (looks_like_cbs_topic_key(topic)) {
      out.unknown_keys.push_back(c);
      continue;
    }
    topic = expand_cbs_abbreviations(topic);
    StatLineColumn col{c, topic, unit, topic};
    const NameUnit named = split_unit(topic);
    if (named.has_unit) {
      col.header = named.name;
      col.unit = topic.substr(topic.rfind('(') + 1, topic.size() - topic.rfind('(') - 2);
    } else if (!col.unit.empty()) {
      // The unit without its remark ("% (zie toelichting)"): the name carries one bracket.
      std::string u = col.unit;
      if (const auto open = u.find(" ("); open != std::string::npos && unit_cell(u.substr(0, open))) u.resize(open);
      col.name = topic + " (" + u + ")";
    }
    out.columns.push_back(std::move(col));
  }
  // Notes and the footer ("Bron: CBS", "Centraal Bureau voor de Statistiek, Den Haag/Heerlen"): rows
  // with one filled cell and no period.
  for (std::size_t r = header_row + 1; r < g.rows.size(); ++r) {
    if (static_cast<int>(r) == units_row || !cell_text(g, r, period_col).empty()) continue;
    std::size_t filled = 0;
    std::string text;
    for (const std::string& cell : g.rows[r]) {
      if (cell.empty()) continue;
      ++filled;
      text = cell;
    }
    if (filled > 1) continue;
    out.not_data.insert(r);
    if (filled == 1) out.footer.push_back(std::string(trim(text)));
  }
  return out;
}

// What a StatLine region cell names. Provinces, landsdelen, COROP and other regions carry a code
// in brackets ("Noord-Holland (PV)", "Groot-Amsterdam (CR)"), or are a region code themselves in a
// code column ("PV27"); a gemeente is named exactly (its code, its name, or its name with
// "(gemeente)" as StatLine writes Utrecht, Groningen and 's-Gravenhage), never by the start of a
// name: "Grave" is not 's-Gravenhage.
enum class Area { Gemeente, Earlier, Nederland, Region, Unknown };

Area statline_area(const Dataset& data, const Dataset* earlier, const std::string& raw, std::string& code) {
  std::string text(trim(raw));
  const std::string folded = fold_for_search(text);
  if (folded == "nederland" || folded == "nl" || folded == "nl01" || folded == "nl00" || folded == "totaal nederland") {
    code = "NL";
    return Area::Nederland;
  }
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // "PV27", "CR17", "LD01": a region code, not a gemeente's GM code.
  if (text.size() >= 3 && upper(text[0]) && upper(text[1]) && text.substr(0, 2) != "GM" &&
      std::all_of(text.begin() + 2, text.end(), digit)) {
    return Area::Region;
  }
  std::string query = text;
  if (const auto open = text.rfind('('); open != std::string::npos && text.back() == ')') {
    const std::string inside = text.substr(open + 1, text.size() - open - 2);
    if (inside.size() >= 2 && inside.size() <= 4 && std::all_of(inside.begin(), inside.end(), upper))
      return Area::Region;
    if (fold_for_search(inside) == "gemeente") query = std::string(trim(std::string_view(text).substr(0, open)));
    else if (inside.size() == 6 && inside.substr(0, 2) == "GM") query = inside;  // "Amsterdam (GM0363)"
  }
  const GemeenteMatch now = find_gemeente(data, query);
  if (now.index >= 0 && now.exact) {
    code = data.gemeenten[idx(now.index)].code;
    return Area::Gemeente;
  }
  // "Hengelo" for Hengelo (O.), "Laren" for Laren (NH.): the name without its province, when only
  // one gemeente has it ("Bergen" is two).
  const std::string folded_query = fold_for_search(query);
  int plain = -1, plains = 0;
  for (std::size_t i = 0; i < data.gemeenten.size(); ++i) {
    const std::string& name = data.gemeenten[i].name;
    const auto open = name.rfind(" (");
    if (open == std::string::npos || name.back() != ')' || fold_for_search(name.substr(0, open)) != folded_query)
      continue;
    plain = static_cast<int>(i);
    ++plains;
  }
  if (plains == 1) {
    code = data.gemeenten[idx(plain)].code;
    return Area::Gemeente;
  }
  if (earlier) {
    const GemeenteMatch then = find_gemeente(*earlier, query);
    if (then.index >= 0 && then.exact) {
      code = earlier->gemeenten[idx(then.index)].code;
      return data.find_code(code) >= 0 ? Area::Gemeente : Area::Earlier;
    }
  }
  return Area::Unknown;
}

// One value before the checks across rows: a (row, value column) of the table.
struct Candidate {
  OwnValue v;
  std::size_t grid_row, column;
  std::string indicator_name;  // as written
  bool percent_sign = false;
  bool has_number = false;  // `typed` holds the cell's number; its value waits for the indicator
  TypedNumber typed;
};

// Durations written in weeks or months and converted to days, per indicator, unit and header.
struct Conversion {
  std::size_t values = 0;
  double written = 0, days = 0;  // the first, as an example
};
using ConversionKey = std::tuple<std::string, TimeUnit, std::string>;  // indicator, from unit, header

// What one reading of a file has found so far, handed from phase to phase of read_own_data.
struct Reading {
  explicit Reading(Reader& reader) : rd(reader) {}

  Reader& rd;
  // The table (find_table).
  std::size_t header_row = 0;
  std::map<Col, std::size_t> col;
  std::vector<std::pair<std::size_t, Period>> period_columns;
  std::vector<std::size_t> named_columns;  // other columns under a name no role has: maybe indicators
  bool statline = false, longform = false, wide = false, per_indicator = false;
  StatLineLayout layout;
  std::vector<IndicatorColumn> indicator_columns;
  std::vector<std::string> notes;
  bool option_used = false;
  // The values (read_rows, check_values, find_duplicates).
  std::vector<Candidate> candidates;
  std::map<std::string, OwnIndicator> indicators;  // by id, new in this file
  std::map<std::string, std::size_t> claimed;      // StatLine: indicator id -> its column
  std::set<std::size_t> skipped_rows;
  std::vector<Candidate> accepted;
  std::vector<std::pair<ConversionKey, double>> converted;  // per accepted candidate, with the number written
  std::set<std::size_t> conflicted, repeats;                // indices into accepted
};

// Finds the header row and gives each column its role, which decides the table's shape (StatLine,
// long, wide, a column per indicator); then a StatLine export's unit line and footer, the title
// above the table, and the period of each indicator column. False after refusing the file.
bool find_table(Reading& s) {
  Reader& rd = s.rd;
  Grid& g = rd.grid;
  ReadReport& report = rd.report;
  std::map<Col, std::size_t>& col = s.col;

  int header_index = find_header(g);
  std::size_t gemeente_by_values = SIZE_MAX;  // a gemeente column found by its values, not its name
  if (header_index < 0) {
    // Only now a column per indicator: the shapes find_header knows are read as they always were.
    const ColumnHeader found = find_column_header(g, GemeenteNames(rd.data));
    header_index = found.row;
    if (found.by_values) gemeente_by_values = found.gemeente_col;
  }
  if (header_index < 0) {
    std::string found;
    for (std::size_t c = 0; c < g.rows[0].size() && c < 6; ++c) found += (c ? ", " : "") + quote(g.rows[0][c]);
    rd.refuse("De kolommen zijn niet herkend (gevonden: " + found +
              "). Gebruik het lange sjabloon (gemeente; indicator; periode; waarde) of het brede (indicator; "
              "2023; 2024; ...), een kolom per indicator (gemeente; Wachttijd 2024 (dagen); ...), of een "
              "CSV-export van CBS StatLine.");
    return false;
  }
  const auto header_row = static_cast<std::size_t>(header_index);
  s.header_row = header_row;
  if (header_row + 1 >= g.rows.size()) {
    rd.refuse(
        "Het bestand bevat alleen een kopregel, geen cijfers. Vul onder de kop per gemeente, indicator en "
        "periode een rij in.");
    return false;
  }
  if (!check_privacy(rd, header_row)) return false;

  // Column roles, and period columns for the wide shape.
  const std::vector<std::string>& header = g.rows[header_row];
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (c == gemeente_by_values) continue;
    const Col role = column_role(fold_for_search(header[c]));
    if (role != Col::Other && !col.count(role)) {
      col[role] = c;
      continue;
    }
    Period p;
    std::string e;
    std::string h = header[c];
    strip_provisional(h);
    if (parse_period(h, p, e)) {
      s.period_columns.emplace_back(c, p);
    } else if (!header[c].empty()) {
      if (role == Col::Other) s.named_columns.push_back(c);
    }
  }
  if (gemeente_by_values != SIZE_MAX && !col.count(Col::Gemeente)) col[Col::Gemeente] = gemeente_by_values;
  const bool statline = col.count(Col::Regio) && col.count(Col::Periode) && !col.count(Col::Indicator);
  const bool longform = !statline && col.count(Col::Indicator) && col.count(Col::Periode) &&
                        (col.count(Col::Waarde) || (col.count(Col::Teller) && col.count(Col::Noemer)));
  const bool wide = !statline && !longform && col.count(Col::Indicator) && !s.period_columns.empty();
  // A value column ("waarde", "teller") without an indicator column is a long template missing a
  // column, not a column per indicator.
  const bool per_indicator = !statline && !longform && !wide && (col.count(Col::Gemeente) || col.count(Col::Regio)) &&
                             !col.count(Col::Indicator) && !col.count(Col::Waarde) && !col.count(Col::Teller) &&
                             !col.count(Col::Noemer) && !s.named_columns.empty();
  if (!statline && !longform && !wide && !per_indicator) {
    std::string found;
    for (std::size_t c = 0; c < header.size() && c < 8; ++c) found += (c ? ", " : "") + quote(header[c]);
    rd.refuse("De kolommen zijn niet herkend (kopregel: " + found +
              "). Het lange sjabloon heeft de kolommen gemeente, indicator, periode en waarde (en eventueel "
              "teller en noemer); het brede een kolom indicator en een kolom per periode (2023, 2024-Q1, "
              "2023/2024 ...).");
    return false;
  }
  s.statline = statline;
  report.statline = statline;
  s.longform = longform;
  s.wide = wide;
  s.per_indicator = per_indicator;
  report.format = std::string(report.format.empty() ? "" : report.format + ", ") + (statline   ? "CBS StatLine"
                                                                                    : longform ? "lang sjabloon"
                                                                                    : wide     ? "breed sjabloon"
                                                                                               : "kolom per indicator");

  if (statline) {
    std::vector<std::size_t> skip;
    for (const auto& [role, c] : col) {
      if (role == Col::Gemeente || role == Col::Bron || role == Col::Status || role == Col::Eenheid) skip.push_back(c);
    }
    s.layout = statline_layout(g, header_row, col.count(Col::Gemeente) ? col[Col::Gemeente] : col[Col::Regio],
                               col[Col::Periode], skip);
    report.footer = s.layout.footer;
    for (const std::size_t c : s.layout.unknown_keys) {
      rd.problem(header_row, c + 1,
                 "De kolom " + quote(header[c]) +
                     " is een CBS-onderwerp dat Jeugdvergelijker niet kent: de eenheid en de definitie zijn onbekend, "
                     "dus de kolom is overgeslagen. Download de tabel in StatLine als CSV (dan staan de namen en "
                     "eenheden erbij), of zet de eenheid in de kolomkop, zoals " +
                     quote(header[c] + " (aantal)") + ".");
    }
  }
  // The title: the first line above the table with one filled cell ("Jeugdzorg in natura; gemeente").
  for (std::size_t r = 0; r < (statline ? s.layout.title_limit : header_row); ++r) {
    std::size_t filled = 0;
    std::string text;
    for (const std::string& cell : g.rows[r]) {
      if (cell.empty()) continue;
      ++filled;
      text = cell;
    }
    if (filled == 1) {
      report.title = std::string(trim(text));
      break;
    }
  }

  if (per_indicator && !column_periods(rd, header, s.named_columns, col.count(Col::Periode) > 0, s.indicator_columns,
                                       s.notes, s.option_used)) {
    return false;
  }

  const bool has_gemeente = col.count(Col::Gemeente) || col.count(Col::Regio);
  if (!has_gemeente && rd.options.default_gemeente.empty()) {
    rd.refuse(
        "Het bestand heeft geen kolom gemeente en er is nog geen gemeente gekozen. Kies eerst uw gemeente, "
        "of voeg een kolom \"gemeente\" toe met de naam of code (GM0402).");
    return false;
  }
  return true;
}

// Decimal style of a value column, from all its cells below the header.
DecimalStyle style_of(const Grid& g, std::size_t header_row, std::size_t c) {
  std::vector<std::string_view> cells;
  for (std::size_t r = header_row + 1; r < g.rows.size(); ++r) {
    if (c < g.rows[r].size()) cells.emplace_back(g.rows[r][c]);
  }
  // Sheet cells hold numbers in machine form (0.128, 1234.5): a point is always a decimal point.
  if (g.from_sheet) return DecimalStyle::Point;
  return detect_decimal_style(cells);
}

// Each distinct gemeente text once: a long file names the same gemeente on every row, and an
// unknown name costs an edit distance against every gemeente.
struct GemeenteCache {
  std::map<std::string, std::pair<std::string, std::string>> resolved;  // text -> (code, suggestion)
  std::map<std::string, std::pair<Area, std::string>> areas;            // StatLine: text -> (area, code)
};

// The gemeente of grid row r: its gemeente (or regio) column, else the default gemeente. False
// when the row is skipped: a StatLine region row that is no gemeente (no message), or a gemeente
// that is empty or unknown (a message).
bool row_gemeente(Reading& s, std::size_t r, GemeenteCache& cache, std::string& code, bool& earlier) {
  Reader& rd = s.rd;
  const ReadOptions& options = rd.options;
  std::map<Col, std::size_t>& col = s.col;
  code = options.default_gemeente;
  earlier = false;
  const std::size_t gcol = col.count(Col::Gemeente) ? col[Col::Gemeente]
                           : col.count(Col::Regio)  ? col[Col::Regio]
                                                    : SIZE_MAX;
  if (s.statline) {
    const std::string text(trim(cell_text(rd.grid, r, gcol)));  // OData pads codes: "GM0014    "
    auto cached = cache.areas.find(text);
    if (cached == cache.areas.end()) {
      std::string found;
      const Area area = statline_area(rd.data, options.earlier, text, found);
      cached = cache.areas.emplace(text, std::make_pair(area, std::move(found))).first;
    }
    const auto& [area, found] = cached->second;
    if (area == Area::Region) {  // provinces, landsdelen, COROP, jeugdregio's: not gemeenten
      s.skipped_rows.insert(r);
      return false;
    }
    if (area == Area::Unknown) {
      rd.problem(r, gcol + 1,
                 text.empty() ? "Geen gemeente ingevuld. Vul de naam of code (GM0402) in."
                 : options.earlier
                     ? quote(text) + " is geen gemeente van 2025 en ook geen gemeente van " +
                           std::to_string(options.earlier->year) +
                           " die sindsdien in een gemeente van 2025 is opgegaan; deze rij is overgeslagen. Gebruik een "
                           "tabel met de gemeenten van " +
                           std::to_string(options.earlier->year) + " of later."
                     // The file has the figures of the gemeente as it was, not of the one it went into:
                     // only the benchmark places them there (statline.h).
                     : quote(text) + " is geen gemeente van 2025; deze rij is overgeslagen. Is " + quote(text) +
                           " sindsdien samengevoegd, laad het bestand dan als benchmark (\xE2\x80\x9EGebruik als "
                           "benchmark\xE2\x80\x9D, op de opdrachtregel --bron): dan gaan de cijfers van "
                           "samengevoegde gemeenten naar hun gemeente van 2025 (aantallen opgeteld, een percentage "
                           "alleen als teller en noemer in het bestand staan).");
      s.skipped_rows.insert(r);
      return false;
    }
    code = found;
    earlier = area == Area::Earlier;
  } else if (gcol != SIZE_MAX) {
    const std::string text = cell_text(rd.grid, r, gcol);
    auto cached = cache.resolved.find(text);
    if (cached == cache.resolved.end()) {
      std::string suggestion;
      std::string found = resolve_gemeente(rd.data, text, suggestion);
      cached = cache.resolved.emplace(text, std::make_pair(std::move(found), std::move(suggestion))).first;
    }
    code = cached->second.first;
    const std::string& suggestion = cached->second.second;
    if (code.empty()) {
      rd.problem(r, gcol + 1,
                 text.empty()         ? "Geen gemeente ingevuld. Vul de naam of code (GM0402) in."
                 : suggestion.empty() ? "Onbekende gemeente " + quote(text) +
                                            ". Gebruik de naam of de CBS-code (GM0402) van een gemeente in 2025."
                                      : suggestion);
      s.skipped_rows.insert(r);
      return false;
    }
  }
  return true;
}

// One value cell of grid row r into a candidate: its period, its number or status, and teller and
// noemer when the table has them. False, with a message, when the period or a number cannot be
// read or teller and noemer cannot be; false without one for an empty cell (no figure there).
bool read_cell(Reading& s, std::size_t r, const std::string& code, bool earlier, std::size_t value_col,
               const std::string& indicator_name, const std::string& period_text, std::size_t period_col,
               DecimalStyle style) {
  Reader& rd = s.rd;
  const Grid& g = rd.grid;
  std::map<Col, std::size_t>& col = s.col;
  const std::vector<std::string>& header = g.rows[s.header_row];
  Candidate cand;
  cand.grid_row = r;
  cand.column = value_col;
  cand.indicator_name = indicator_name;
  cand.v.gemeente = code;
  cand.v.earlier = earlier;
  cand.v.file = rd.file;
  cand.v.row = g.row_numbers[r];
  if (col.count(Col::Uitsplitsing)) cand.v.breakdown = cell_text(g, r, col[Col::Uitsplitsing]);
  // "Jeugdigen met jeugdhulp 0 t/m 3 jaar": one indicator broken down by age, not one per band. A
  // StatLine column is its own topic ("Jongeren 12 tot 23 jaar").
  if (!s.statline && cand.v.breakdown.empty()) {
    const NameUnit named = split_unit(indicator_name);
    auto [name, band] = split_age_band(named.name);
    if (!band.empty()) {
      cand.v.breakdown = std::move(band);
      cand.indicator_name = name + indicator_name.substr(std::min(named.name.size(), indicator_name.size()));
    }
  }
  if (col.count(Col::Bron)) cand.v.source = cell_text(g, r, col[Col::Bron]);
  std::string ptext = period_text;
  const bool provisional_period = strip_provisional(ptext);
  ptext = statline_period(ptext);
  std::string error;
  if (!parse_period(ptext, cand.v.period, error)) {
    rd.problem(r, period_col + 1, error);
    return false;
  }
  std::string raw = cell_text(g, r, value_col);
  // CBS's OData service has no figure as an empty cell, or as R's NA and JSON's null when saved.
  if (s.statline && (raw == "NA" || raw == "null" || raw == "NaN")) raw.clear();
  if (raw.empty() && !(col.count(Col::Teller) && col.count(Col::Noemer))) {
    return false;  // an empty cell in a wide table: no figure for that period
  }
  ValueCell vc;
  const bool sheet_percent =
      !g.percent.empty() && r < g.percent.size() && value_col < g.percent[r].size() && g.percent[r][value_col];
  if (!raw.empty() && !read_value(raw, style, sheet_percent, vc, error)) {
    rd.problem(r, value_col + 1,
               quote(raw) + " is geen getal (" + header[value_col] + "). " +
                   "Vul een getal in zoals 12,8 of 1.234, of laat de cel leeg.");
    return false;
  }
  cand.v.value = vc.value;
  cand.has_number = vc.has_number;
  cand.typed = vc.typed;
  // A provisional period does not lift a secret value: "." in a provisional year stays secret.
  cand.v.status = provisional_period && vc.status != Status::Suppressed ? Status::Provisional : vc.status;
  cand.percent_sign = vc.percent_sign;
  for (const Col which : {Col::Teller, Col::Noemer}) {
    if (!col.count(which)) continue;
    const std::size_t c = col[which];
    const std::string t = cell_text(g, r, c);
    if (t.empty()) continue;
    const NumberParse n = parse_number(t, style_of(g, s.header_row, c));
    if (!n.ok) {
      rd.problem(r, c + 1, quote(t) + " is geen getal (" + header[c] + "). Vul een aantal in of laat de cel leeg.");
      return false;
    }
    if (n.value < 0) {
      rd.problem(r, c + 1,
                 std::string("Een ") + (which == Col::Teller ? "teller" : "noemer") + " kan niet negatief zijn (" + t +
                     "). Controleer het aantal.");
      return false;
    }
    (which == Col::Teller ? cand.v.numerator : cand.v.denominator) = n.value;
  }
  if (!std::isnan(cand.v.numerator) && !std::isnan(cand.v.denominator) && cand.v.numerator > cand.v.denominator) {
    rd.problem(r, col[Col::Teller] + 1,
               "De teller (" + format_number(cand.v.numerator, 0) + ") is groter dan de noemer (" +
                   format_number(cand.v.denominator, 0) +
                   "): een deel kan niet groter zijn dan het geheel. Controleer of de kolommen niet zijn verwisseld.");
    return false;
  }
  s.candidates.push_back(std::move(cand));
  return true;
}

// Every data row: its gemeente, then each of its value cells as the table's shape places them
// (StatLine and a column per indicator: a cell per indicator column; long: the value column;
// wide: a cell per period column). Rows with a problem are counted as skipped.
void read_rows(Reading& s) {
  Reader& rd = s.rd;
  const Grid& g = rd.grid;
  ReadReport& report = rd.report;
  std::map<Col, std::size_t>& col = s.col;
  const std::vector<std::string>& header = g.rows[s.header_row];

  const std::size_t value_col_long = col.count(Col::Waarde) ? col[Col::Waarde] : SIZE_MAX;
  const DecimalStyle long_style =
      value_col_long != SIZE_MAX ? style_of(g, s.header_row, value_col_long) : DecimalStyle::Unknown;
  std::map<std::size_t, DecimalStyle> column_styles;
  auto column_style = [&](std::size_t c) {
    if (!column_styles.count(c)) column_styles[c] = style_of(g, s.header_row, c);
    return column_styles[c];
  };

  GemeenteCache cache;
  for (std::size_t r = s.header_row + 1; r < g.rows.size(); ++r) {
    const auto& row = g.rows[r];
    if (std::all_of(row.begin(), row.end(), [](const std::string& cell) { return cell.empty(); })) continue;
    if (s.layout.not_data.count(r)) continue;  // a unit line, a note or the footer
    ++report.rows_read;

    std::string code;
    bool earlier = false;
    if (!row_gemeente(s, r, cache, code, earlier)) continue;

    if (s.statline) {
      const std::size_t pcol = col[Col::Periode];
      for (const StatLineColumn& sc : s.layout.columns) {
        read_cell(s, r, code, earlier, sc.c, sc.name, cell_text(g, r, pcol), pcol, column_style(sc.c));
      }
    } else if (s.longform) {
      const std::string name = cell_text(g, r, col[Col::Indicator]);
      if (name.empty()) {
        rd.problem(r, col[Col::Indicator] + 1,
                   "Geen indicator ingevuld. Vul de naam in, bijvoorbeeld \"Jeugdigen met jeugdhulp\".");
        s.skipped_rows.insert(r);
        continue;
      }
      const std::size_t vcol = value_col_long != SIZE_MAX ? value_col_long : col[Col::Teller];
      if (!read_cell(s, r, code, earlier, vcol, name, cell_text(g, r, col[Col::Periode]), col[Col::Periode],
                     long_style)) {
        s.skipped_rows.insert(r);
      }
    } else if (s.per_indicator) {
      std::size_t pcol = SIZE_MAX;
      if (col.count(Col::Periode)) {
        // The row's period once, not once per indicator column.
        pcol = col[Col::Periode];
        std::string ptext = cell_text(g, r, pcol);
        strip_provisional(ptext);
        ptext = statline_period(ptext);
        Period p;
        std::string error;
        if (!parse_period(ptext, p, error)) {
          rd.problem(r, pcol + 1, error);
          s.skipped_rows.insert(r);
          continue;
        }
      }
      const std::size_t problems_before = report.problems.size();
      for (const IndicatorColumn& ic : s.indicator_columns) {
        if (pcol != SIZE_MAX)
          read_cell(s, r, code, earlier, ic.c, ic.name, cell_text(g, r, pcol), pcol, column_style(ic.c));
        else read_cell(s, r, code, earlier, ic.c, ic.name, ic.period.label(), ic.c, column_style(ic.c));
      }
      if (report.problems.size() > problems_before) s.skipped_rows.insert(r);
    } else {  // wide
      const std::string name = cell_text(g, r, col[Col::Indicator]);
      if (name.empty()) {
        rd.problem(r, col[Col::Indicator] + 1,
                   "Geen indicator ingevuld. Vul de naam in, bijvoorbeeld \"Thuiszitters\".");
        s.skipped_rows.insert(r);
        continue;
      }
      for (const auto& [c, p] : s.period_columns)
        read_cell(s, r, code, earlier, c, name, header[c], c, column_style(c));
    }
  }
}

// StatLine: each column is its own indicator, so two columns never fall together as one
// ("Jeugdigen met jeugdhulp" and "Jongeren met jeugdhulp" are both the catalogue's jeugdhulp).
// Whether indicator `id` may be the one of `column`, claiming it when free.
bool free_for(Reading& s, const std::string& id, std::size_t column) {
  if (!s.statline) return true;
  const auto [it, fresh] = s.claimed.emplace(id, column);
  return fresh || it->second == column;
}

// The indicator of a value: its name as written ("Wachttijd (weken)" split into name and unit),
// a unit from the eenheid column, and failing both, what the value looks like (a % sign). A new
// indicator is added to s.indicators.
std::string indicator_for(Reading& s, const std::string& written, const NameUnit& named, const std::string& eenheid,
                          const Candidate& cand) {
  std::map<std::string, OwnIndicator>& indicators = s.indicators;
  const ValueForm form = cand.has_number ? cand.typed.form : ValueForm::Plain;
  std::string name = named.name, unit_text = named.has_unit ? named.unit.unit : eenheid;
  const bool rate = cand.percent_sign;
  if (!named.has_unit && (!unit_text.empty() || rate)) {
    // A bracket that is no unit is dropped when the unit is known otherwise, as it always was.
    if (const auto open = written.rfind('('); open != std::string::npos && written.back() == ')' && open > 0) {
      name = std::string(trim(std::string_view(written).substr(0, open)));
    }
  }
  const std::string folded = fold_for_search(name);
  const OwnIndicatorSpec* spec = match_catalogue(folded);
  // "1 op 16" is a rate per 1.000 too: only a percentage when the indicator is not one.
  if (unit_text.empty() && rate && !(form == ValueForm::OneIn && spec && spec->unit == Unit::PerThousand)) {
    unit_text = "%";
  }
  Unit hinted;
  if (spec && !unit_text.empty() && parse_unit(unit_text, hinted) && hinted != spec->unit) {
    // The same thing counted another way ("jeugdhulp" as a count, not a percentage).
    const OwnIndicatorSpec* same = nullptr;
    for (const OwnIndicatorSpec& other : kCatalogue) {
      if (other.unit == hinted && std::string_view(other.population) == spec->population &&
          std::string_view(other.care_type) == spec->care_type) {
        same = &other;
      }
    }
    spec = same;
  }
  if (spec && free_for(s, spec->id, cand.column)) {
    if (!indicators.count(spec->id)) indicators[spec->id] = {meta_from_spec(*spec), false, {}};
    return spec->id;
  }
  std::string id = "eigen:" + folded;
  if (!free_for(s, id, cand.column)) {
    id += " (kolom " + std::to_string(cand.column + 1) + ")";
    name += " (kolom " + std::to_string(cand.column + 1) + ")";
    free_for(s, id, cand.column);
  }
  if (!indicators.count(id)) {
    OwnIndicator custom;
    custom.custom = true;
    custom.meta.id = id;
    custom.meta.name = name;
    custom.meta.role = Role::Indicator;
    custom.meta.direction = Direction::Context;
    custom.meta.unit = Unit::Count;
    Unit unit;
    if (!unit_text.empty() && parse_unit(unit_text, unit)) custom.meta.unit = unit;
    else if (form == ValueForm::Duration) custom.meta.unit = Unit::Days;
    else if (form == ValueForm::Amount && cand.typed.euro) custom.meta.unit = Unit::Euro;
    else if (form == ValueForm::PerThousand) custom.meta.unit = Unit::PerThousand;
    custom.meta.source = "Eigen cijfers";
    custom.meta.definition = "Eigen indicator uit " + s.rd.file + "; de definitie staat niet in het sjabloon.";
    indicators[id] = custom;
  }
  return id;
}

// Each candidate's indicator and unit, now that every value of the file is known; the value in the
// indicator's unit (weeks to days, "x € 1.000"), and whether it is plausible for it (a percentage
// within 0..100, no negative count). Candidates that pass go to s.accepted.
void check_values(Reading& s) {
  Reader& rd = s.rd;
  std::map<Col, std::size_t>& col = s.col;
  for (Candidate& cand : s.candidates) {
    const NameUnit named = split_unit(cand.indicator_name);
    UnitText unit = named.unit;
    std::string eenheid, unit_source = named.has_unit ? quote(cand.indicator_name) : std::string();
    if (!named.has_unit && col.count(Col::Eenheid)) {
      eenheid = cell_text(rd.grid, cand.grid_row, col[Col::Eenheid]);
      // Exactly parse_unit's words first: what serialize_own_data wrote reads back unchanged.
      Unit exact;
      if (!parse_unit(eenheid, exact) && read_unit_text(eenheid, unit)) {
        eenheid = unit.unit;
        unit_source = "de kolom eenheid";
      } else {
        unit = UnitText{};
      }
    }
    cand.v.indicator = indicator_for(s, cand.indicator_name, named, eenheid, cand);
    OwnIndicator& ind = s.indicators[cand.v.indicator];
    const std::size_t c = cand.column + 1;
    if (cand.has_number && ind.meta.unit == Unit::Count && cand.percent_sign) {
      rd.problem(cand.grid_row, c,
                 "Bij " + ind.meta.name +
                     " hoort een aantal, maar hier staat een percentage. Gebruik de indicator "
                     "voor het percentage of vul het aantal in.");
      s.skipped_rows.insert(cand.grid_row);
      continue;
    }
    std::pair<ConversionKey, double> conversion{{ind.meta.name, TimeUnit::None, ""}, 0.0};
    if (cand.has_number) {
      // A plain number is in the unit its header or eenheid gives: "(weken)", "(x € 1.000)".
      TypedNumber typed = cand.typed;
      bool by_header = false;
      if (typed.form == ValueForm::Plain && unit.time != TimeUnit::None) {
        typed.form = ValueForm::Duration;
        typed.time = unit.time;
        by_header = true;
      } else if (typed.form == ValueForm::Plain && unit.multiplier != 1) {
        typed.form = ValueForm::Amount;
        typed.number *= unit.multiplier;
        typed.euro = unit.unit == "\xE2\x82\xAC";
      }
      std::string error;
      if (!typed_value_in(typed, ind.meta.unit, cand.v.value, error)) {
        rd.problem(cand.grid_row, c, error);
        s.skipped_rows.insert(cand.grid_row);
        continue;
      }
      if (typed.form == ValueForm::Duration && typed.time != TimeUnit::Day && ind.meta.unit == Unit::Days) {
        conversion = {{ind.meta.name, typed.time, by_header ? unit_source : std::string()}, typed.number};
      }
    }
    if (ind.meta.unit == Unit::Percent && std::isnan(cand.v.value) && cand.v.denominator > 0) {
      cand.v.value = 100.0 * cand.v.numerator / cand.v.denominator;  // from teller and noemer
    }
    const double x = cand.v.value;
    if (!std::isnan(x) && ind.meta.unit == Unit::Percent && (x > 100.0 || x < 0.0)) {
      rd.problem(cand.grid_row, c,
                 "Een percentage van " + format_number(x, 1) +
                     " kan niet: het ligt tussen 0 en 100. "
                     "Staat hier misschien een aantal in plaats van een percentage?");
      s.skipped_rows.insert(cand.grid_row);
      continue;
    }
    if (!std::isnan(x) && x < 0.0 && (ind.meta.unit == Unit::Count || ind.meta.unit == Unit::Days)) {
      rd.problem(cand.grid_row, c,
                 "Een aantal kan niet negatief zijn (" + format_number(x, 0) + "). Controleer de waarde.");
      s.skipped_rows.insert(cand.grid_row);
      continue;
    }
    s.accepted.push_back(std::move(cand));
    s.converted.push_back(conversion);
  }
}

// Duplicates: the same gemeente, indicator, breakdown and period twice. Equal values are one
// value (s.repeats: drop the later one only); different values are a conflict the user must
// resolve, so neither is kept (s.conflicted, with a message).
void find_duplicates(Reading& s) {
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < s.accepted.size(); ++i) {
    const OwnValue& v = s.accepted[i].v;
    const std::string key = v.gemeente + "|" + v.indicator + "|" + v.breakdown + "|" + v.period.label();
    const auto [it, fresh] = first_seen.emplace(key, i);
    if (fresh) continue;
    const OwnValue& first = s.accepted[it->second].v;
    const bool same = (std::isnan(first.value) && std::isnan(v.value)) || first.value == v.value;
    if (same) {
      s.repeats.insert(i);
      continue;
    }
    s.rd.problem(s.accepted[i].grid_row, s.accepted[i].column + 1,
                 "Dubbele rij: rij " + std::to_string(first.row) + " en rij " + std::to_string(v.row) + " geven voor " +
                     v.gemeente + ", " + s.indicators[v.indicator].meta.name + ", " + v.period.label() +
                     " verschillende waarden (" + format_number(first.value, 2) + " en " + format_number(v.value, 2) +
                     "). Houd één rij over; geen van beide is geladen.");
    s.conflicted.insert(i);
    s.conflicted.insert(it->second);
    s.skipped_rows.insert(s.accepted[i].grid_row);
    s.skipped_rows.insert(s.accepted[it->second].grid_row);
  }
}

// The accepted values into `out` (a value loaded before for the same key is replaced: the newer
// file wins), and the report's counts, lists and notes. False, leaving `out` as it was, when no
// value is left.
bool finish_report(Reading& s, OwnData& out) {
  Reader& rd = s.rd;
  ReadReport& report = rd.report;
  OwnData result = out;
  std::set<std::string> gemeenten, indicator_names, periods;
  std::map<ConversionKey, Conversion> conversions;
  std::size_t added = 0;
  for (std::size_t i = 0; i < s.accepted.size(); ++i) {
    if (s.conflicted.count(i) || s.repeats.count(i)) continue;
    OwnValue& v = s.accepted[i].v;
    if (std::get<1>(s.converted[i].first) != TimeUnit::None) {
      Conversion& conv = conversions[s.converted[i].first];
      if (conv.values++ == 0) {
        conv.written = s.converted[i].second;
        conv.days = v.value;
      }
    }
    const OwnIndicator& ind = s.indicators[v.indicator];
    if (!result.indicator(v.indicator)) result.indicators.push_back(ind);
    gemeenten.insert(v.gemeente);
    indicator_names.insert(ind.meta.name);
    periods.insert(v.period.label());
    auto same_key = [&](const OwnValue& o) {
      return o.gemeente == v.gemeente && o.indicator == v.indicator && o.breakdown == v.breakdown &&
             o.period.label() == v.period.label();
    };
    result.values.erase(std::remove_if(result.values.begin(), result.values.end(), same_key), result.values.end());
    result.values.push_back(std::move(v));
    ++added;
  }
  report.rows_skipped = s.skipped_rows.size();
  report.values = added;
  for (const StatLineColumn& sc : s.layout.columns) {
    for (const auto& [id, c] : s.claimed) {
      if (c == sc.c) report.columns.push_back({c + 1, sc.header, sc.unit, id});
    }
  }
  report.gemeenten.assign(gemeenten.begin(), gemeenten.end());
  report.indicators.assign(indicator_names.begin(), indicator_names.end());
  report.periods.assign(periods.begin(), periods.end());
  if (added == 0) {
    if (report.problems.empty()) rd.refuse("Er staan geen cijfers in dit bestand: elke waarde is leeg.");
    else rd.refuse("Geen enkele rij kon worden gelezen; zie de meldingen hierboven.");
    return false;
  }
  result.files.push_back(rd.file);
  out = std::move(result);
  report.ok = true;
  std::vector<std::string>& notes = s.notes;
  for (const auto& [key, conv] : conversions) {
    const auto& [name, unit, source] = key;
    notes.push_back(name + ": " + std::to_string(conv.values) + (conv.values == 1 ? " waarde in " : " waarden in ") +
                    time_unit_word(unit, true) + (source.empty() ? "" : " (volgens " + source + ")") +
                    " omgerekend naar dagen (1 " + time_unit_word(unit, false) + " = " + short_number(days_in(unit)) +
                    " dagen), bijvoorbeeld " + short_number(conv.written) + " " +
                    time_unit_word(unit, conv.written != 1.0) + " = " + short_number(conv.days) + " dagen.");
  }
  if (!rd.options.period.empty() && !s.option_used) {
    notes.push_back("De opgegeven periode " + quote(rd.options.period) +
                    " is niet gebruikt: het bestand noemt zelf zijn "
                    "perioden.");
  }
  report.notes = std::move(notes);
  return true;
}

}  // namespace

bool read_own_data(std::string_view file_name, std::span<const std::uint8_t> bytes, const ReadOptions& options,
                   const Dataset& data, OwnData& out, ReadReport& report) {
  report = ReadReport{};
  report.file = std::string(file_name);
  Reader rd{std::string(file_name), options, data, report, {}};
  // Bytes to a grid of text cells: a text file's encoding and separator, or a workbook's sheet.
  if (!load_grid(rd, bytes)) return false;
  Reading s(rd);
  // The header row, each column's role and so the table's shape, its title, the indicator columns' periods.
  if (!find_table(s)) return false;
  // Per row its gemeente, and each value cell with its period as a candidate; a message per cell that fails.
  read_rows(s);
  // Each candidate's indicator and unit, and whether its value is plausible for it.
  check_values(s);
  // The same value twice is kept once; different values for the same key are a conflict.
  find_duplicates(s);
  // The values into `out`, and the report.
  return finish_report(s, out);
}

std::string format_own_value(const IndicatorMeta& meta, double value, Lang lang) {
  if (std::isnan(value)) return "\xE2\x80\x93";
  if (meta.unit == Unit::Count && small_count(value)) return hidden_cell(Hidden::Small);
  return format_value(meta, value, lang);
}

bool rate_unreliable(const OwnValue& v) { return !std::isnan(v.numerator) && v.numerator < kSmallCount; }

double round_for_export(const IndicatorMeta& meta, double value) {
  if (std::isnan(value)) return kNaN;
  if (meta.unit != Unit::Count) return value;
  if (small_count(value)) return kNaN;
  return 5.0 * std::round(value / 5.0);
}

namespace {

// The figures that are not counts (own_disclosure, after the counts): each by hide_figure() with
// the verdicts on the counts its indicator's link names; then amounts that add up by protect_sums().
void derived_disclosure(const OwnData& own, std::vector<Hidden>& hidden) {
  const std::size_t n = own.values.size();
  // Where each figure is: gemeente, indicator, breakdown and period.
  auto key = [](const std::string& gemeente, const std::string& indicator, const std::string& breakdown,
                const Period& period) { return gemeente + '|' + indicator + '|' + breakdown + '|' + period.label(); };
  std::unordered_map<std::string, std::size_t> at;
  at.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const OwnValue& v = own.values[i];
    at.emplace(key(v.gemeente, v.indicator, v.breakdown, v.period), i);
  }
  auto verdict = [&](const OwnValue& v, const std::string& indicator, const std::string& breakdown) {
    const auto it = at.find(key(v.gemeente, indicator, breakdown, v.period));
    return it == at.end() ? Hidden::No : hidden[it->second];
  };
  auto worst = [](Hidden a, Hidden b) {
    auto rank = [](Hidden h) { return h == Hidden::No ? 0 : h == Hidden::Secondary ? 1 : 2; };
    return rank(b) > rank(a) ? b : a;
  };
  std::vector<bool> derived(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const OwnValue& v = own.values[i];
    const OwnIndicator* ind = own.indicator(v.indicator);
    if (!ind || ind->meta.unit == Unit::Count) continue;
    const FigureLink& link = ind->link;
    FigureBasis b;
    b.behind = v.behind;
    if (link.kind == FigureKind::Count) {
      // A file's own percentage or figure per 1.000: as disclosive as its numerator.
      if (ind->meta.unit != Unit::Percent && ind->meta.unit != Unit::PerThousand) continue;
      b.kind = FigureKind::Rate;
      b.behind = v.numerator;
    } else {
      b.kind = link.kind;
      derived[i] = true;
      if (!link.counts.empty()) {
        if (link.parts.empty()) {
          b.count = verdict(v, link.counts, v.breakdown);
        } else {
          for (const std::string& part : link.parts) b.count = worst(b.count, verdict(v, link.counts, part));
        }
        if (link.share_of_total) b.whole = verdict(v, link.counts, "");
      }
      if (!link.divides.empty()) b.whole = worst(b.whole, verdict(v, link.divides, v.breakdown));
      if (b.kind == FigureKind::Share && link.counts.empty()) {
        // A share of a whole that is no shown count: its whole and part are its denominator and numerator.
        b.behind = v.denominator;
        b.part = v.numerator;
      }
      if (b.kind == FigureKind::Share && !link.counts.empty() && std::isnan(b.behind)) b.behind = v.denominator;
      if (b.kind == FigureKind::Rate && std::isnan(b.behind)) b.behind = v.numerator;
      if (b.kind == FigureKind::Mean && std::isnan(b.behind)) b.behind = v.denominator;
      if (b.kind == FigureKind::Amount && std::isnan(b.behind)) b.behind = v.denominator;
    }
    hidden[i] = hide_figure(b);
  }
  // Amounts that add up: a total with one hidden part gives it back.
  std::vector<double> values(n, kNaN);
  std::map<std::string, std::pair<bool, CountRelation>> sums;  // has a total, the relation
  for (std::size_t i = 0; i < n; ++i) {
    const OwnValue& v = own.values[i];
    const OwnIndicator* ind = own.indicator(v.indicator);
    if (!derived[i] || !ind->link.sums) continue;
    values[i] = v.value;
    auto& [has_total, r] = sums[v.gemeente + '|' + v.indicator + '|' + v.period.label()];
    if (v.breakdown.empty()) {
      has_total = true;
      r.total = i;
    } else {
      r.parts.push_back(i);
    }
  }
  std::vector<CountRelation> relations;
  for (auto& [k, r] : sums) {
    if (r.first && !r.second.parts.empty()) relations.push_back(std::move(r.second));
  }
  const std::vector<Hidden> before = hidden;
  protect_sums(values, relations, hidden);
  // An amount hidden by protect_sums hides what divides it (kosten per jeugdige).
  for (std::size_t i = 0; i < n; ++i) {
    if (hidden[i] == before[i]) continue;
    const OwnValue& v = own.values[i];
    for (const OwnIndicator& ind : own.indicators) {
      if (ind.link.divides != v.indicator) continue;
      const auto it = at.find(key(v.gemeente, ind.meta.id, v.breakdown, v.period));
      if (it != at.end() && hidden[it->second] == Hidden::No) hidden[it->second] = Hidden::Secondary;
    }
  }
}

}  // namespace

std::vector<Hidden> own_disclosure(const OwnData& own) {
  const std::size_t n = own.values.size();
  std::vector<double> values(n, kNaN);
  std::vector<bool> count(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const OwnIndicator* ind = own.indicator(own.values[i].indicator);
    if (!ind || ind->meta.unit != Unit::Count) continue;
    count[i] = true;
    values[i] = own.values[i].value;
  }
  std::vector<CountRelation> relations;
  // A total with its parts, per gemeente, indicator and period.
  std::map<std::string, std::vector<std::size_t>> by_period;
  for (std::size_t i = 0; i < n; ++i) {
    if (!count[i]) continue;
    const OwnValue& v = own.values[i];
    by_period[v.gemeente + "|" + v.indicator + "|" + v.period.label()].push_back(i);
  }
  for (const auto& [key, cells] : by_period) {
    for (const std::size_t t : cells) {
      if (!is_total_breakdown(own.values[t].breakdown)) continue;
      CountRelation ages{t, {}}, others{t, {}};
      for (const std::size_t c : cells) {
        if (c == t || is_total_breakdown(own.values[c].breakdown)) continue;
        // Age bands add up to the total among themselves; other breakdowns ("met verblijf",
        // "jongens") are a second set of parts.
        (parse_age_band(own.values[c].breakdown) ? ages : others).parts.push_back(c);
      }
      if (!ages.parts.empty()) relations.push_back(std::move(ages));
      if (!others.parts.empty()) relations.push_back(std::move(others));
    }
  }
  // A period with shorter periods of one kind that exactly make it up, per gemeente, indicator
  // and breakdown.
  std::map<std::string, std::vector<std::size_t>> by_series;
  for (std::size_t i = 0; i < n; ++i) {
    if (!count[i]) continue;
    const OwnValue& v = own.values[i];
    by_series[v.gemeente + "|" + v.indicator + "|" + v.breakdown].push_back(i);
  }
  // Each count's first and last day once, and per series its cells by first day: the parts of a
  // period are found among those that start inside it, not by a pass over the whole series for
  // each period. A trajectory file by month over decades gives thousands of periods per series
  // (fuzz_flows: 16 s for one such file with a pass per period).
  std::vector<int> first(n, 0), last(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (!count[i]) continue;
    first[i] = own.values[i].period.start_day();
    last[i] = own.values[i].period.end_day();
  }
  for (const auto& [key, cells] : by_series) {
    std::vector<std::size_t> by_start = cells;
    std::sort(by_start.begin(), by_start.end(),
              [&](std::size_t a, std::size_t b) { return first[a] != first[b] ? first[a] < first[b] : a < b; });
    for (const std::size_t t : cells) {
      std::map<int, std::vector<std::size_t>> inside;  // by period kind, in order of first day
      auto c = std::lower_bound(by_start.begin(), by_start.end(), first[t],
                                [&](std::size_t cell, int day) { return first[cell] < day; });
      for (; c != by_start.end() && first[*c] <= last[t]; ++c) {
        if (*c == t || last[*c] > last[t]) continue;
        if (first[*c] == first[t] && last[*c] == last[t]) continue;
        inside[static_cast<int>(own.values[*c].period.kind)].push_back(*c);
      }
      for (auto& [kind, parts] : inside) {
        bool tiles = parts.size() >= 2 && first[parts.front()] == first[t] && last[parts.back()] == last[t];
        for (std::size_t k = 1; tiles && k < parts.size(); ++k) tiles = first[parts[k]] == last[parts[k - 1]] + 1;
        if (tiles) relations.push_back({t, parts});
      }
    }
  }
  std::vector<Hidden> hidden = protect_counts(values, relations);
  for (std::size_t i = 0; i < n; ++i) {
    if (!count[i]) hidden[i] = Hidden::No;
  }
  derived_disclosure(own, hidden);
  return hidden;
}

std::string format_own_cell(const IndicatorMeta& meta, double value, Hidden hidden, Lang lang) {
  if (hidden != Hidden::No) return hidden_cell(hidden, lang == Lang::En);
  return format_own_value(meta, value, lang);
}

const char* hidden_explanation(Hidden hidden) { return hidden_sentence(hidden); }

namespace {

std::string gemeente_name(const Dataset& data, const std::string& code) {
  if (code == "NL") return "Nederland";
  const int g = data.find_code(code);
  return g >= 0 ? data.gemeenten[idx(g)].name : code;
}

const char* status_word(Status s) { return status_label(s); }

}  // namespace

std::string export_own_csv(const OwnData& own, const Dataset& data, std::string_view gemeente) {
  ExportTable table;
  const std::string code(gemeente);
  table.title = code.empty()
                    ? "Jeugdvergelijker: eigen cijfers voor het raadsstuk"
                    : "Jeugdvergelijker: eigen cijfers van " + gemeente_name(data, code) + " voor het raadsstuk";
  if (!code.empty()) table.about.emplace_back("Gemeente", gemeente_name(data, code) + " (" + code + ")");
  table.about.emplace_back("Kleine aantallen",
                           "cijfers over minder dan 10 jeugdigen, en cijfers waaruit die terug te rekenen zijn, staan "
                           "er niet in (de reden staat erbij); de andere aantallen zijn afgerond op 5");
  table.columns = {"gemeente", "code", "indicator", "uitsplitsing", "periode", "waarde", "eenheid", "status"};
  const std::vector<Hidden> hidden = own_disclosure(own);
  // With a gemeente: its figures, and Nederland's where they stand beside one of them (the same
  // indicator, breakdown and period), not every national figure some other file brought.
  std::set<std::string> beside;
  auto key = [](const OwnValue& v) { return v.indicator + '\x1f' + v.breakdown + '\x1f' + v.period.label(); };
  for (const OwnValue& v : own.values) {
    if (v.gemeente == code) beside.insert(key(v));
  }
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < own.values.size(); ++i) {
    const OwnValue& v = own.values[i];
    const OwnIndicator* ind = own.indicator(v.indicator);
    if (!ind) continue;
    if (!code.empty() && v.gemeente != code && !(v.gemeente == "NL" && beside.count(key(v)))) continue;
    rows.push_back(i);
    const ExportedValue x = export_value(ind->meta, v.value, hidden[i]);
    table.rows.push_back({gemeente_name(data, v.gemeente), v.gemeente, ind->meta.name, v.breakdown, v.period.label(),
                          x.text, unit_label(ind->meta.unit), x.reason.empty() ? status_word(v.status) : x.reason});
  }
  table.indicators = own_provenance(own, rows);
  return excel_csv(table);
}

std::string serialize_own_data(const OwnData& own) {
  // ';' between fields and a decimal comma without thousands points: unambiguous for the reader,
  // which must not take "1.234" for a thousand and more.
  std::string out = "gemeente;indicator;uitsplitsing;periode;waarde;teller;noemer;eenheid;bron\n";
  auto num = [](double x) {
    if (std::isnan(x)) return std::string();
    std::string t = format_plain_decimal(x);
    std::replace(t.begin(), t.end(), '.', ',');
    return t;
  };
  for (const OwnValue& v : own.values) {
    const OwnIndicator* ind = own.indicator(v.indicator);
    if (!ind || std::isnan(v.value)) continue;
    const std::string name = ind->custom ? ind->meta.name : ind->meta.id;
    const std::vector<std::string> fields = {v.gemeente,
                                             name,
                                             v.breakdown,
                                             v.period.label(),
                                             num(v.value),
                                             num(v.numerator),
                                             num(v.denominator),
                                             unit_label(ind->meta.unit),
                                             v.source.empty() ? v.file : v.source};
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ';';
      csv_append_field(out, fields[i], ';');
    }
    out += '\n';
  }
  return out;
}

std::string template_long_csv() {
  return "gemeente;indicator;uitsplitsing;periode;waarde;teller;noemer\r\n"
         "Hilversum;Jeugdigen met jeugdhulp;;2022;12,8;;\r\n"
         "Hilversum;Jeugdhulp met verblijf;;2024-Q3;134;;\r\n"
         "Hilversum;Thuiszitters;;2023/2024;1,1%;;\r\n"
         "Hilversum;Jeugdigen met gespecialiseerde jeugdhulp;0-3 jaar;Q1-3 2025;46;;\r\n"
         "Hilversum;Kosten jeugdhulp;;2024;24.953.837;;\r\n";
}

std::string template_wide_csv() {
  return "gemeente;indicator;2022;2023;2024;2025\r\n"
         "Teylingen;Thuiszitters;1,2%;1,1%;1,3%;\r\n"
         "Teylingen;Kosten jeugdhulp;;9.679.799;10.011.527;\r\n";
}

Comparability check_comparability(const OwnIndicator& own, const Period& period, const Dataset& benchmark) {
  Comparability c;
  if (own.custom) {
    c.reason = "Eigen indicator zonder landelijke definitie: er is niets om hem eerlijk naast te zetten.";
    return c;
  }
  const IndicatorMeta* nearest = nullptr;
  // The benchmark holds a definition in several periods (and sources): the one of the same period
  // first, else say which periods it has.
  std::vector<std::string> other_periods;
  for (std::size_t v = 0; v < benchmark.variables.size(); ++v) {
    const IndicatorMeta& m = benchmark.variables[v];
    if (m.role != Role::Indicator) continue;
    if (!nearest) nearest = &m;
    if (!same_definition(m, own.meta)) continue;
    Period bp;
    std::string e;
    if (parse_period(m.period, bp, e) && bp.start_day() == period.start_day() && bp.end_day() == period.end_day()) {
      c.variable = static_cast<int>(v);
      c.comparable = true;
      c.reason = "Zelfde definitie en periode als de benchmark (" + m.source + ").";
      return c;
    }
    if (c.variable < 0) c.variable = static_cast<int>(v);
    if (std::find(other_periods.begin(), other_periods.end(), m.period) == other_periods.end()) {
      other_periods.push_back(m.period);
    }
  }
  if (c.variable >= 0) {
    std::string periods;
    for (std::size_t i = 0; i < other_periods.size(); ++i) {
      periods += (i == 0 ? "" : i + 1 == other_periods.size() ? " en " : ", ") + other_periods[i];
    }
    c.reason = "Zelfde definitie als de benchmark, maar een andere periode: uw cijfer gaat over " + period.label() +
               ", de benchmark over " + periods +
               ". Cijfers van verschillende perioden staan niet als één "
               "indicator naast elkaar.";
    return c;
  }
  if (nearest && (own.meta.unit == Unit::Count || own.meta.unit == Unit::Euro)) {
    // A count or an amount grows with the gemeente; the benchmark compares rates.
    if (own.meta.unit == Unit::Euro) {
      c.reason =
          "De benchmark heeft geen kosten per gemeente, en een bedrag hangt af van de grootte van de "
          "gemeente. Kosten per jeugdige zijn te vergelijken met andere gemeenten die ze zelf publiceren.";
    } else {
      c.reason = "Een aantal hangt af van de grootte van de gemeente; de benchmark vergelijkt percentages (" +
                 nearest->name + ", " + nearest->period +
                 "). Reken het om naar een percentage van de jeugdigen om het te vergelijken.";
    }
  } else if (nearest && !nearest->care_type.empty() && own.meta.unit == nearest->unit &&
             (own.meta.care_type.find("jeugd") != std::string::npos)) {
    c.reason = "Uw cijfer telt " + own.meta.population + " met " + own.meta.care_type + "; de benchmark (" +
               nearest->name + ", " + nearest->period + ") telt " + nearest->population + " met " + nearest->care_type +
               ". Andere leeftijdsgrens of andere zorgvorm: daarom niet naast elkaar.";
  } else {
    c.reason = "De benchmark heeft (nog) geen cijfer met deze definitie voor alle gemeenten.";
  }
  return c;
}

}  // namespace jv
