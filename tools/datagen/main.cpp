// jv-datagen SHARED_DATA_DIR DATA_DIR
//
// Turns the public sources in SHARED_DATA_DIR (../shared/data) into the project's own files in
// DATA_DIR (data/). Which source field feeds which variable is written in
// DATA_DIR/indicatoren.csv (by hand, with each variable's definition); this tool only reads it.
// Output is deterministic: the same sources give the same bytes (tests/data checks this).
//
// Writes: gemeenten_2021.csv, gemeenten_2025.csv, herindeling_2021_2025.csv, regios.csv,
//         kaart_2021.jvk, kaart_2025.jvk, iv3_jeugd.csv.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/io/csv.h"
#include "core/text.h"
#include "iv3.h"
#include "maps.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "jv-datagen: %s\n", message.c_str());
  std::exit(1);
}

struct Membership {
  std::string name, jeugdregio, jeugdregio_name, provincie, provincie_name;
};

// gemeente_<year>_membership_derived.csv: gemeente -> jeugdregio and provincie.
std::map<std::string, Membership> read_membership(const std::string& path) {
  std::string text;
  if (!read_file(path, text)) fail("kan " + path + " niet lezen");
  jv::CsvTable table;
  jv::CsvError error;
  if (!jv::parse_csv(text, ',', table, error)) fail(path + ": " + error.message);
  std::map<std::string, Membership> out;
  for (std::size_t i = 1; i < table.records.size(); ++i) {
    const auto& f = table.records[i].fields;
    if (f.size() < 6) fail(path + ": te weinig kolommen op regel " + std::to_string(table.records[i].line));
    out[f[0]] = {f[1], f[2], f[3], f[4], f[5]};
  }
  return out;
}

// "Section/Field" in one gemeente's JSON object; NaN when absent or null.
double source_value(const nlohmann::json& gemeente, const std::string& path) {
  const auto slash = path.find('/');
  const nlohmann::json* node = &gemeente;
  if (slash != std::string::npos) {
    const auto section = node->find(path.substr(0, slash));
    if (section == node->end()) return jv::kNaN;
    node = &*section;
  }
  const auto it = node->find(slash == std::string::npos ? path : path.substr(slash + 1));
  if (it == node->end() || !it->is_number()) return jv::kNaN;
  return it->get<double>();
}

// KWB writes "Friesland", the outlines "Fryslân": the same province.
bool same_province(const std::string& a, const std::string& b) {
  auto canonical = [](const std::string& name) {
    const std::string folded = jv::fold_for_search(name);
    return folded == "friesland" ? std::string("fryslan") : folded;
  };
  return canonical(a) == canonical(b);
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    jv::csv_append_field(out, fields[i], ',');
  }
  out += '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "Gebruik: jv-datagen SHARED_DATA_DIR DATA_DIR\n");
    return 2;
  }
  const std::string shared = argv[1];
  const std::string out_dir = argv[2];

  std::string indicatoren_text;
  if (!read_file(out_dir + "/indicatoren.csv", indicatoren_text))
    fail("kan " + out_dir + "/indicatoren.csv niet lezen");
  std::vector<jv::IndicatorMeta> variables;
  jv::LoadError load_error;
  if (!jv::load_variables(indicatoren_text, variables, load_error)) fail(load_error.to_string());

  // --- gemeenten 2021 from CBS Kerncijfers wijken en buurten 2021 ---------------------------------
  std::string kwb_text;
  const std::string kwb_path = shared + "/cbs-kwb-2021/kwb2021_gemeenten.json";
  if (!read_file(kwb_path, kwb_text)) fail("kan " + kwb_path + " niet lezen");
  const nlohmann::json kwb = nlohmann::json::parse(kwb_text, nullptr, false);
  if (kwb.is_discarded() || !kwb.contains("Gemeente")) fail(kwb_path + " is geen geldige KWB-export");
  const nlohmann::json& rows = kwb["Gemeente"];

  const auto member_2021 = read_membership(shared + "/geo/2021/gemeente_2021_membership_derived.csv");
  const auto member_2025 = read_membership(shared + "/geo/2025/gemeente_2025_membership_derived.csv");

  std::string csv_2021;
  std::vector<std::string> header = {"code", "naam", "provincie", "jeugdregio", "inwoners"};
  for (const auto& v : variables) header.push_back(v.id);
  append_row(csv_2021, header);
  std::set<std::string> codes;  // sorted
  for (auto it = rows.begin(); it != rows.end(); ++it) codes.insert(it.key());
  int name_from_outlines = 0;
  for (const std::string& code : codes) {
    const nlohmann::json& g = rows[code];
    const auto member = member_2021.find(code);
    if (member == member_2021.end()) fail(code + " ontbreekt in gemeente_2021_membership_derived.csv");
    // The 10 gemeenten that disappeared on 1 January 2022 have no name in this export: take it
    // from the outlines (statnaam).
    std::string name = g.value("Naam", std::string());
    if (name.empty()) {
      name = member->second.name;
      ++name_from_outlines;
    }
    const std::string kwb_province = g.value("Provincie", std::string());
    if (!kwb_province.empty() && !same_province(kwb_province, member->second.provincie_name)) {
      fail(code + ": provincie " + kwb_province + " in KWB, " + member->second.provincie_name + " volgens de kaart");
    }
    std::vector<std::string> fields = {code, name, member->second.provincie, member->second.jeugdregio,
                                       jv::format_plain_decimal(g.value("Population", 0.0))};
    for (const auto& v : variables) {
      const double x = source_value(g, v.source_field);
      fields.push_back(std::isnan(x) ? std::string() : jv::format_plain_decimal(x));
    }
    append_row(csv_2021, fields);
  }

  // --- gemeenten 2025, herindeling, regions --------------------------------------------------------
  std::string csv_2025;
  append_row(csv_2025, {"code", "naam", "provincie", "jeugdregio"});
  for (const auto& [code, m] : member_2025) append_row(csv_2025, {code, m.name, m.provincie, m.jeugdregio});

  std::string herindeling_text;
  const std::string herindeling_path = shared + "/geo/2021/herindeling_2021_2025.csv";
  if (!read_file(herindeling_path, herindeling_text)) fail("kan " + herindeling_path + " niet lezen");
  jv::CsvTable herindeling;
  jv::CsvError csv_error;
  if (!jv::parse_csv(herindeling_text, ',', herindeling, csv_error)) fail(herindeling_path + ": " + csv_error.message);
  std::string csv_herindeling;
  append_row(csv_herindeling, {"code_2021", "code_2025"});
  std::map<std::string, std::string> mapping;
  for (std::size_t i = 1; i < herindeling.records.size(); ++i) {
    const auto& f = herindeling.records[i].fields;
    mapping[f[0]] = f[2];
  }
  for (const auto& [from, to] : mapping) append_row(csv_herindeling, {from, to});

  std::string csv_regios;
  append_row(csv_regios, {"jaar", "soort", "code", "naam"});
  for (const auto& [year, members] : {std::pair{"2021", &member_2021}, std::pair{"2025", &member_2025}}) {
    std::map<std::string, std::string> jeugdregios, provincies;
    for (const auto& [code, m] : *members) {
      jeugdregios[m.jeugdregio] = m.jeugdregio_name;
      provincies[m.provincie] = m.provincie_name;
    }
    for (const auto& [code, name] : jeugdregios) append_row(csv_regios, {year, "jeugdregio", code, name});
    for (const auto& [code, name] : provincies) append_row(csv_regios, {year, "provincie", code, name});
  }

  for (const auto& [file, text] :
       {std::pair{"gemeenten_2021.csv", &csv_2021}, std::pair{"gemeenten_2025.csv", &csv_2025},
        std::pair{"herindeling_2021_2025.csv", &csv_herindeling}, std::pair{"regios.csv", &csv_regios}}) {
    if (!write_file(out_dir + "/" + file, *text)) fail("kan " + out_dir + "/" + file + " niet schrijven");
  }

  // --- maps ---------------------------------------------------------------------------------------
  for (const int year : {2021, 2025}) {
    std::string error;
    if (!jv::datagen::write_map(shared, year, out_dir, error)) fail("kaart " + std::to_string(year) + ": " + error);
  }

  // --- youth-care spending (CBS Iv3) ---------------------------------------------------------------
  {
    std::string error;
    if (!jv::datagen::write_iv3(shared, out_dir, error)) fail("Iv3: " + error);
  }

  std::printf("jv-datagen: %zu gemeenten (2021, %d namen uit de kaart), %zu gemeenten (2025), %zu variabelen\n",
              codes.size(), name_from_outlines, member_2025.size(), variables.size());
  return 0;
}
