#include "iv3.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "core/io/csv.h"
#include "core/numbers.h"
#include "core/text.h"

namespace jv::datagen {

namespace {

bool read_text(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

// The youth-care taakvelden of both Iv3 structures, in the order of the output columns.
// 2023/2024: 6.72 and 6.72a-d jeugdhulp zonder verblijf, 6.73a-c met verblijf, 6.74a-c GGZ zonder verblijf,
// crisis/LTA/GGZ-verblijf, gesloten plaatsing, 6.82 and 6.82a/b jeugdbescherming, jeugdreclassering.
// 2025: 6.22 toegang jeugd, 6.751-753 ambulant, 6.761-763 met verblijf, 6.792 PGB jeugd,
// 6.821/6.822 jeugdbescherming, jeugdreclassering, 6.92 coordinatie en beleid jeugd.
// The parent rows 6.72 and 6.82 are mostly 0, but some gemeenten book on them (46 in the
// jaarrekening 2023, EUR 13,4 mln in all): they are youth care too.
constexpr const char* kTaakvelden[] = {"6.72",  "6.72a", "6.72b", "6.72c", "6.72d", "6.73a", "6.73b", "6.73c", "6.74a",
                                       "6.74b", "6.74c", "6.82",  "6.82a", "6.82b", "6.22",  "6.751", "6.752", "6.753",
                                       "6.761", "6.762", "6.763", "6.792", "6.821", "6.822", "6.92"};

struct Document {
  const char* file;  // under cbs-iv3/
  const char* kind;  // "jaarrekening" or "begroting"
  int year;
  const char* gf_file;   // the Gemeentefonds measures used for young people 0-17
  const char* gf_label;  // which May circular that is (the core's series definitions say so too)
};

// Young people 0-17 per figure year: the May circular of that year where there is one (its
// measure for the next payment year), else the latest.
constexpr Document kDocuments[] = {
    {"iv3_2023_jaarrekening_taakveld6.csv", "jaarrekening", 2023, "GF_M2023_2024_Volumina.csv", "meicirculaire 2023"},
    {"iv3_2023_begroting_taakveld6.csv", "begroting", 2023, "GF_M2023_2024_Volumina.csv", "meicirculaire 2023"},
    {"iv3_2024_begroting_taakveld6.csv", "begroting", 2024, "GF_M2024_2025_Volumina.csv", "meicirculaire 2024"},
    {"iv3_2025_begroting_taakveld6.csv", "begroting", 2025, "GF_M2024_2025_Volumina.csv", "meicirculaire 2024"},
};

struct GfRow {
  std::string code;   // GM0402
  std::string young;  // as a plain decimal
};

// name -> code and young people 0-17 from a Gemeentefonds volumina file (tab-separated, decimal
// comma, numeric CBS code).
bool read_gf(const std::string& path, std::map<std::string, GfRow>& out, std::string& error) {
  std::string text;
  if (!read_text(path, text)) {
    error = "kan " + path + " niet lezen";
    return false;
  }
  CsvTable table;
  CsvError csv_error;
  if (!parse_csv(text, '\t', table, csv_error)) {
    error = path + ": " + csv_error.message;
    return false;
  }
  if (table.records.empty()) {
    error = path + " is leeg";
    return false;
  }
  const auto& header = table.records.front().fields;
  int code_col = -1, name_col = -1, young_col = -1;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "CBS") code_col = static_cast<int>(i);
    if (header[i] == "Naam") name_col = static_cast<int>(i);
    if (header[i] == "jong") young_col = static_cast<int>(i);
  }
  if (code_col < 0 || name_col < 0 || young_col < 0) {
    error = path + ": kolom CBS, Naam of jong ontbreekt";
    return false;
  }
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const auto& f = table.records[r].fields;
    if (f.size() != header.size()) continue;
    const std::string& numeric = f[static_cast<std::size_t>(code_col)];
    if (numeric.empty() || numeric.size() > 4) {
      error = path + ", regel " + std::to_string(table.records[r].line) + ": geen CBS-code";
      return false;
    }
    const NumberParse young = parse_number(f[static_cast<std::size_t>(young_col)], DecimalStyle::Comma);
    if (!young.ok) {
      error = path + ", regel " + std::to_string(table.records[r].line) + ": jong is geen getal";
      return false;
    }
    // A tenth of a young person is precision enough for a denominator in the thousands.
    out[f[static_cast<std::size_t>(name_col)]] = {"GM" + std::string(4 - numeric.size(), '0') + numeric,
                                                  format_plain_decimal(std::round(young.value * 10.0) / 10.0)};
  }
  return true;
}

}  // namespace

bool write_iv3(const std::string& shared, const std::string& out_dir, std::string& error) {
  const std::string dir = shared + "/cbs-iv3/";
  std::string out = "document,jaar,code,inwoners,jeugdigen_0_17";
  for (const char* t : kTaakvelden) out += std::string(",") + t;
  out += '\n';
  std::size_t rows = 0;
  for (const Document& doc : kDocuments) {
    std::map<std::string, GfRow> gf;
    if (!read_gf(dir + doc.gf_file, gf, error)) return false;
    std::string text;
    const std::string path = dir + doc.file;
    if (!read_text(path, text)) {
      error = "kan " + path + " niet lezen";
      return false;
    }
    CsvTable table;
    CsvError csv_error;
    if (!parse_csv(text, ';', table, csv_error)) {
      error = path + ": " + csv_error.message;
      return false;
    }
    // gemeente -> taakveld code -> lasten, and inhabitants, in the file's order of names.
    struct Gemeente {
      std::string inhabitants;
      std::map<std::string, std::string> lasten;
    };
    std::map<std::string, Gemeente> by_name;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
      const auto& f = table.records[r].fields;
      if (f.size() < 9) {
        error = path + ", regel " + std::to_string(table.records[r].line) + ": te weinig velden";
        return false;
      }
      const std::string& name = f[0];
      if (name == "Nederland") continue;  // a sum the repository made; the app sums itself
      const std::string taakveld = f[1].substr(0, f[1].find(' '));
      Gemeente& g = by_name[name];
      g.inhabitants = f[8];
      for (const char* t : kTaakvelden) {
        if (taakveld == t) g.lasten[t] = f[4];
      }
    }
    std::map<std::string, std::vector<std::string>> by_code;  // rows in code order
    for (const auto& [name, g] : by_name) {
      const auto it = gf.find(name);
      if (it == gf.end()) {
        error = path + ": " + name + " staat niet in " + doc.gf_file;
        return false;
      }
      double inhabitants = 0.0;
      if (!parse_plain_decimal(g.inhabitants, inhabitants)) {
        error = path + ": inwonertal van " + name + " is geen getal";
        return false;
      }
      std::vector<std::string> fields = {doc.kind, std::to_string(doc.year), it->second.code,
                                         format_plain_decimal(inhabitants), it->second.young};
      for (const char* t : kTaakvelden) {
        const auto l = g.lasten.find(t);
        std::string value;
        if (l != g.lasten.end() && !l->second.empty()) {
          double x = 0.0;
          if (!parse_plain_decimal(l->second, x)) {
            error = path + ": lasten " + t + " van " + name + " zijn geen getal";
            return false;
          }
          value = format_plain_decimal(x);
        }
        fields.push_back(value);
      }
      by_code[it->second.code] = std::move(fields);
    }
    for (const auto& [code, fields] : by_code) {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        csv_append_field(out, fields[i], ',');
      }
      out += '\n';
      ++rows;
    }
  }
  std::ofstream file(out_dir + "/iv3_jeugd.csv", std::ios::binary);
  file << out;
  if (!file) {
    error = "kan " + out_dir + "/iv3_jeugd.csv niet schrijven";
    return false;
  }
  std::printf("jv-datagen: %zu rijen Iv3 (jeugd)\n", rows);
  return true;
}

}  // namespace jv::datagen
