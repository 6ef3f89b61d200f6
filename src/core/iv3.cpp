#include "core/iv3.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/format.h"
#include "core/io/csv.h"
#include "core/text.h"

namespace jv {

namespace {

enum class Per { Total, Inhabitant, YoungPerson };

// One measure: which taakvelden, per what. See iv3.h.
struct Measure {
  const char* stem;  // id without the document: "iv3-jeugd-lasten-per-inwoner"
  const char* name;  // without the document
  Per per;
  std::initializer_list<const char*> until_2024;  // taakvelden in 2023 and 2024
  std::initializer_list<const char*> from_2025;   // taakvelden from 2025 on; empty: not in 2025
  const char* care;                               // zorgvorm, part of the definition's identity
  const char* definition;                         // what is summed, in words
  bool break_2025;                                // 2025 is another measure (other taakvelden)
};

constexpr std::initializer_list<const char*> kAll2024 = {"6.72",  "6.72a", "6.72b", "6.72c", "6.72d", "6.73a", "6.73b",
                                                         "6.73c", "6.74a", "6.74b", "6.74c", "6.82",  "6.82a", "6.82b"};
constexpr std::initializer_list<const char*> kAll2025 = {"6.22",  "6.751", "6.752", "6.753", "6.761", "6.762",
                                                         "6.763", "6.792", "6.821", "6.822", "6.92"};

const Measure kMeasures[] = {
    {"iv3-jeugd-lasten", "Lasten jeugdzorg", Per::Total, kAll2024, kAll2025, "jeugdzorg (lasten, Iv3)",
     "Lasten op de taakvelden voor jeugd: jeugdhulp zonder en met verblijf, GGZ, crisis en gesloten plaatsing, "
     "jeugdbescherming en jeugdreclassering (vanaf 2025 ook toegang, PGB en beleid).",
     true},
    {"iv3-jeugd-lasten-per-inwoner", "Lasten jeugdzorg per inwoner", Per::Inhabitant, kAll2024, kAll2025,
     "jeugdzorg (lasten, Iv3)",
     "Lasten op de taakvelden voor jeugd (zie Lasten jeugdzorg) gedeeld door het aantal inwoners op 1 januari.", true},
    {"iv3-jeugd-lasten-per-jeugdige", "Lasten jeugdzorg per jeugdige", Per::YoungPerson, kAll2024, kAll2025,
     "jeugdzorg (lasten, Iv3)",
     "Lasten op de taakvelden voor jeugd gedeeld door het aantal jeugdigen van 0 tot 18 jaar volgens het "
     "Gemeentefonds (een schatting).",
     true},
    {"iv3-jeugdhulp-zonder-verblijf-per-inwoner",
     "Lasten jeugdhulp zonder verblijf per inwoner",
     Per::Inhabitant,
     {"6.72", "6.72a", "6.72b", "6.72c", "6.72d"},
     {"6.751", "6.752", "6.753"},
     "jeugdhulp zonder verblijf (lasten, Iv3)",
     "Taakvelden 6.72 en 6.72a-d (begeleiding, behandeling, dagbesteding, overig); vanaf 2025 jeugdhulp ambulant "
     "6.751-753 (lokaal, regionaal, landelijk). Per inwoner.",
     true},
    {"iv3-jeugdhulp-met-verblijf-per-inwoner",
     "Lasten jeugdhulp met verblijf per inwoner",
     Per::Inhabitant,
     {"6.73a", "6.73b", "6.73c"},
     {"6.761", "6.762", "6.763"},
     "jeugdhulp met verblijf (lasten, Iv3)",
     "Taakvelden 6.73a-c (pleegzorg, gezinsgericht, overig); vanaf 2025 6.761-763 (lokaal, regionaal, "
     "landelijk). Per inwoner.",
     true},
    {"iv3-jeugd-ggz-crisis-gesloten-per-inwoner",
     "Lasten jeugd-GGZ, crisis en gesloten plaatsing per inwoner",
     Per::Inhabitant,
     {"6.74a", "6.74b", "6.74c"},
     {},
     "jeugd-GGZ, crisis en gesloten plaatsing (lasten, Iv3)",
     "Taakvelden 6.74a-c (GGZ zonder verblijf, crisis/LTA/GGZ-verblijf, gesloten plaatsing). Bestaan niet meer "
     "vanaf 2025. Per inwoner.",
     false},
    {"iv3-jeugdbescherming-jeugdreclassering-per-inwoner",
     "Lasten jeugdbescherming en jeugdreclassering per inwoner",
     Per::Inhabitant,
     {"6.82", "6.82a", "6.82b"},
     {"6.821", "6.822"},
     "jeugdbescherming en jeugdreclassering (lasten, Iv3)",
     "Taakvelden 6.82 en 6.82a/b; vanaf 2025 6.821/6.822. Per inwoner.",
     false},
    {"iv3-jeugd-toegang-per-inwoner",
     "Lasten toegang en eerstelijnsvoorzieningen jeugd per inwoner",
     Per::Inhabitant,
     {},
     {"6.22"},
     "toegang jeugd (lasten, Iv3)",
     "Taakveld 6.22, nieuw vanaf 2025. Per inwoner.",
     false},
    {"iv3-jeugd-pgb-per-inwoner",
     "Lasten PGB jeugd per inwoner",
     Per::Inhabitant,
     {},
     {"6.792"},
     "PGB jeugd (lasten, Iv3)",
     "Taakveld 6.792, nieuw vanaf 2025. Per inwoner.",
     false},
    {"iv3-jeugd-beleid-per-inwoner",
     "Lasten coördinatie en beleid jeugd per inwoner",
     Per::Inhabitant,
     {},
     {"6.92"},
     "beleid jeugd (lasten, Iv3)",
     "Taakveld 6.92, nieuw vanaf 2025. Per inwoner.",
     false},
};

struct Row {
  std::string document;
  int year = 0;
  int gemeente = -1;
  double inhabitants = kNaN, young = kNaN;
  std::vector<double> lasten;  // x EUR 1.000 per taakveld column of the file (NaN: not that year)
  bool youth_booked = false;   // anything other than 0 on a youth taakveld of the year's structure
};

// The file's taakveld columns, to look a taakveld up once per measure instead of once per row.
struct Columns {
  std::vector<std::string> taakvelden;  // header names from column 5 on
  int of(std::string_view t) const {
    for (std::size_t i = 0; i < taakvelden.size(); ++i) {
      if (taakvelden[i] == t) return static_cast<int>(i);
    }
    return -1;
  }
};

bool read_rows(const FiguresStore& store, std::string_view text, std::vector<Row>& rows, Columns& columns,
               LoadError& error) {
  static const char* kFile = "data/iv3_jeugd.csv";
  CsvTable table;
  CsvError csv_error;
  if (!parse_csv(text, ',', table, csv_error)) {
    error = {kFile, csv_error.line, csv_error.column, csv_error.message};
    return false;
  }
  if (table.records.empty()) {
    error = {kFile, 0, 0, "Het bestand is leeg."};
    return false;
  }
  const std::vector<std::string>& header = table.records.front().fields;
  if (header.size() < 5 || header[0] != "document" || header[1] != "jaar" || header[2] != "code" ||
      header[3] != "inwoners" || header[4] != "jeugdigen_0_17") {
    error = {kFile, 1, 0, "De kop moet beginnen met document, jaar, code, inwoners, jeugdigen_0_17."};
    return false;
  }
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const CsvRecord& rec = table.records[r];
    if (rec.fields.size() != header.size()) {
      error = {kFile, rec.line, 0,
               "Deze regel heeft " + std::to_string(rec.fields.size()) + " velden, de kop " +
                   std::to_string(header.size()) + "."};
      return false;
    }
    Row row;
    row.document = rec.fields[0];
    double year = 0;
    if (!parse_plain_decimal(rec.fields[1], year) || (row.document != "jaarrekening" && row.document != "begroting")) {
      error = {kFile, rec.line, 1, "Onbekend document of jaar: " + rec.fields[0] + " " + rec.fields[1] + "."};
      return false;
    }
    row.year = static_cast<int>(year);
    row.gemeente = store.data.find_code(rec.fields[2]);
    if (row.gemeente < 0) {
      error = {kFile, rec.line, 3, "De gemeente " + rec.fields[2] + " bestaat niet in 2025."};
      return false;
    }
    if (!parse_plain_decimal(rec.fields[3], row.inhabitants) || !parse_plain_decimal(rec.fields[4], row.young)) {
      error = {kFile, rec.line, 4, "Inwoners of jeugdigen is geen getal."};
      return false;
    }
    row.lasten.assign(header.size() - 5, kNaN);
    for (std::size_t c = 5; c < header.size(); ++c) {
      if (rec.fields[c].empty()) continue;  // not a taakveld in this year's structure
      if (!parse_plain_decimal(rec.fields[c], row.lasten[c - 5])) {
        error = {kFile, rec.line, c + 1, "\"" + rec.fields[c] + "\" is geen bedrag."};
        return false;
      }
    }
    rows.push_back(std::move(row));
  }
  columns.taakvelden.assign(header.begin() + 5, header.end());
  for (Row& row : rows) {
    for (const char* t : row.year >= 2025 ? kAll2025 : kAll2024) {
      const int c = columns.of(t);
      const double x = c < 0 ? kNaN : row.lasten[static_cast<std::size_t>(c)];
      row.youth_booked = row.youth_booked || (!std::isnan(x) && x != 0.0);
    }
  }
  return true;
}

// "6.73a, 6.73b en 6.73c"
std::string taakveld_list(std::initializer_list<const char*> taakvelden) {
  std::string out;
  std::size_t i = 0;
  for (const char* t : taakvelden) {
    if (i > 0) out += i + 1 == taakvelden.size() ? " en " : ", ";
    out += t;
    ++i;
  }
  return out;
}

// Why a gemeente has no figure in any Iv3 series of a document and year (iv3.h). Every variant
// has an English line in data/taal/en.tsv.
std::string nothing_booked_note(const std::string& in_document, int year) {
  return "Geen jeugdlasten geboekt op de taakvelden voor jeugd (" +
         std::string(year >= 2025 ? "6.22, 6.751 tot en met 6.822 en 6.92" : "6.72 tot en met 6.82b") + ") in " +
         in_document +
         ". De gemeente boekt jeugdhulp mogelijk elders, bijvoorbeeld via een gemeenschappelijke regeling; daarom "
         "geen cijfer, geen \xE2\x82\xAC 0.";
}

// Why a gemeente has no figure for one kind of care while it booked on other youth taakvelden.
std::string kind_not_booked_note(std::initializer_list<const char*> taakvelden, const std::string& in_document) {
  return std::string(taakvelden.size() == 1 ? "Niets geboekt op taakveld " : "Niets geboekt op de taakvelden ") +
         taakveld_list(taakvelden) + " in " + in_document +
         ", wel op andere taakvelden voor jeugd. De gemeente boekt deze zorg mogelijk op een ander taakveld of via "
         "een gemeenschappelijke regeling; 0 zou betekenen dat er niets aan is uitgegeven, en dat weten we niet.";
}

}  // namespace

bool add_iv3_series(FiguresStore& store, std::string_view iv3_csv, int source, LoadError& error) {
  std::vector<Row> rows;
  Columns columns;
  if (!read_rows(store, iv3_csv, rows, columns, error)) return false;
  const std::size_t n = store.data.gemeenten.size();
  for (const char* document : {"jaarrekening", "begroting"}) {
    const std::string doc = document;
    // The years of this document, ascending.
    std::vector<int> years;
    for (const Row& r : rows) {
      if (r.document == doc && std::find(years.begin(), years.end(), r.year) == years.end()) years.push_back(r.year);
    }
    std::sort(years.begin(), years.end());
    for (const Measure& m : kMeasures) {
      // Only the years in which the measure's taakvelden exist.
      std::vector<int> measured;
      for (const int y : years) {
        if (!(y >= 2025 ? m.from_2025 : m.until_2024).size()) continue;
        measured.push_back(y);
      }
      if (measured.empty()) continue;
      Series s;
      s.id = std::string(m.stem) + "-" + doc;
      s.source = source;
      IndicatorMeta& meta = s.meta;
      meta.id = s.id;
      meta.role = Role::Indicator;
      meta.name = std::string(m.name) + " (" + doc + ")";
      meta.unit = m.per == Per::Total ? Unit::EuroThousands : Unit::Euro;
      // Spending is context: more or less is not by itself better or worse for youth.
      meta.direction = Direction::Context;
      meta.definition = m.definition;
      meta.numerator = "Lasten op de taakvelden (\xC3\x97 \xE2\x82\xAC 1.000)";
      meta.denominator = m.per == Per::Inhabitant ? "Inwoners op 1 januari (CBS)"
                         : m.per == Per::YoungPerson
                             ? "Jeugdigen 0 tot 18 jaar (schatting Gemeentefonds, meicirculaire)"
                             : "";
      meta.population = m.per == Per::YoungPerson ? "0 tot 18 jaar (schatting)" : "alle inwoners";
      meta.care_type = m.care;
      meta.source = "CBS, Iv3 (" + doc + ")";
      meta.merge_weight = MergeWeight::Inhabitants;
      meta.size_dependent = m.per == Per::Total;
      meta.caveat = doc == "begroting"
                        ? "Een begroting is wat de gemeente van plan was uit te geven, geen uitgave. Centrumgemeenten "
                          "die voor de regio inkopen, kunnen regionale inkoop op hun eigen taakvelden boeken."
                        : "Een jaarrekening is wat de gemeente uitgaf. Centrumgemeenten die voor de regio inkopen, "
                          "kunnen regionale inkoop op hun eigen taakvelden boeken.";
      store.series.push_back(std::move(s));
      const int series = static_cast<int>(store.series.size()) - 1;
      for (const int y : measured) {
        std::vector<int> cols;  // the measure's taakvelden as columns of the file
        for (const char* t : y >= 2025 ? m.from_2025 : m.until_2024) {
          const int c = columns.of(t);
          if (c < 0) {
            error = {"data/iv3_jeugd.csv", 1, 0, std::string("De kolom ") + t + " ontbreekt."};
            return false;
          }
          cols.push_back(c);
        }
        std::vector<double> values(n, kNaN), denominators(n, kNaN);
        std::vector<std::pair<int, double>> negative;
        std::vector<std::pair<int, std::string>> missing;  // gemeente, why it has no figure (see iv3.h)
        // "in deze jaarrekening": the period stands beside every figure, and a note without it is
        // one fixed text the language table (data/taal) can translate.
        const std::string in_document = "deze " + doc;
        for (const Row& r : rows) {
          if (r.year != y || r.document != doc) continue;
          double sum = 0.0;
          bool booked = false;  // anything other than 0 on the measure's taakvelden
          for (const int c : cols) {
            const double x = r.lasten[static_cast<std::size_t>(c)];
            if (!std::isnan(x)) sum += x;
            booked = booked || (!std::isnan(x) && x != 0.0);
          }
          if (!r.youth_booked) {
            missing.emplace_back(r.gemeente, nothing_booked_note(in_document, y));
            continue;
          }
          if (!booked) {
            missing.emplace_back(r.gemeente, kind_not_booked_note(y >= 2025 ? m.from_2025 : m.until_2024, in_document));
            continue;
          }
          const std::size_t g = static_cast<std::size_t>(r.gemeente);
          const double per = m.per == Per::Inhabitant ? r.inhabitants : m.per == Per::YoungPerson ? r.young : kNaN;
          values[g] = m.per == Per::Total ? sum : (per > 0.0 ? sum * 1000.0 / per : kNaN);
          denominators[g] = m.per == Per::YoungPerson ? r.young : r.inhabitants;
          if (sum < 0.0) negative.emplace_back(r.gemeente, sum);
        }
        Period p;
        p.year = y;
        const int v = add_period(store, series, p, doc + " " + std::to_string(y), Status::Definitive, std::move(values),
                                 std::move(denominators));
        for (auto& [g, why] : missing) store.notes[{v, g}] = std::move(why);
        for (const auto& [g, sum] : negative) {
          store.notes[{v, g}] = "Negatief bedrag (" + format_number(sum, 0) +
                                " \xC3\x97 \xE2\x82\xAC 1.000), zoals de gemeente het opgaf: een correctie, "
                                "bijvoorbeeld een terugbetaling of vrijval over eerdere jaren.";
        }
      }
      if (m.break_2025) {
        Series& added = store.series[static_cast<std::size_t>(series)];
        const auto has_2025 =
            std::find_if(added.periods.begin(), added.periods.end(), [](const Period& p) { return p.year == 2025; });
        if (has_2025 != added.periods.end() && has_2025 != added.periods.begin()) {
          added.breaks.push_back({*has_2025,
                                  "Iv3 2025: andere taakvelden voor jeugd (toegang, ambulant, PGB en "
                                  "beleid apart); 2025 is niet dezelfde maat als de jaren ervoor."});
        }
      }
    }
  }
  return true;
}

}  // namespace jv
