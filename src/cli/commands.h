// The command-line tool's subcommands, each over the core.
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/figures.h"

namespace jv::cli {

struct Options {
  std::string gemeente;           // --gemeente
  std::string groep;              // --groep (empty: all groups)
  std::string indicator;          // --indicator
  std::string eigen;              // --eigen FILE (own figures)
  std::vector<std::string> bron;  // --bron FILE, repeatable: a StatLine export or saved benchmark file
  std::string blad;               // --blad SHEET (.xlsx)
  std::string periode;            // --periode P: the period of --indicator (default: its latest), and of own
                                  // figures whose file names none
  std::string file;               // positional FILE (controleer)
  int jaar = 2025;                // --jaar: the boundaries the app shows
  int k = 10;                     // --k
  bool json = false;              // --json
  std::string granularity;        // --periode jaar|kwartaal|maand (stromen): kept apart from a period
  // --exportdatum YYYY-MM-DD (stromen): the day the trajectory file was exported, as days since
  // 1970-01-01; 0 when not given. A date after it has not happened (FlowOptions::export_date).
  int exportdatum = 0;
  // Today, as days since 1970-01-01: main() reads the clock, the commands never do (tests give a day).
  int today = 0;
};

// The gemeente `query` names in `data`, found as the app's search box finds it (find_gemeente:
// code, name, common name, or the start of a name when only one gemeente fits). Otherwise -1 and
// `message` says why, in Dutch, with the gemeenten that fit, best first:
//   "Onbekende gemeente „Alkmar” (gemeentegrenzen 2025). Bedoelt u: Alkmaar (GM0361)?"
//   "„Bergen” past bij meer dan één gemeente (gemeentegrenzen 2025): Bergen (L.) (GM0893),
//    Bergen (NH.) (GM0373), Bergen op Zoom (GM0748). Geef de volledige naam of de code."
//   "Geef een gemeente op met --gemeente, bijvoorbeeld --gemeente GM0402 of --gemeente Hilversum."
int resolve_gemeente(const Dataset& data, const std::string& query, std::string& message);

// The series `query` names in `store`: its id ("jeugdzorg-tot-23"), KWB's variable id
// ("jeugdzorg_tot23") or its name, as find_series() finds them. Otherwise -1 and `message` says why:
//   "Onbekende indicator „jeugdzorg-tot-22”. Bedoelt u: jeugdzorg-tot-23? Zie: jeugdvergelijker indicatoren"
//   (up to five ids whose words start with the words typed, or spelled almost so; none: no "Bedoelt u")
//   "„Jongeren met jeugdhulp (%)” past bij meer dan één reeks: <id> (<bron>), <id> (<bron>). Geef de id."
//   "Geef een indicator op met --indicator, bijvoorbeeld --indicator jeugdzorg-tot-23. Zie: jeugdvergelijker indicatoren"
int resolve_series(const FiguresStore& store, const std::string& query, std::string& message);

// Reads "--name value" pairs and flags. Returns false with a Dutch message on a bad option.
bool parse_options(int argc, char** argv, Options& out, std::string& error);

int run_compare(const Options& options);
int run_reeks(const Options& options);
int run_buren(const Options& options);
int run_regios(const Options& options);
int run_indicatoren(const Options& options);
int run_model(const Options& options);
int run_controleer(const Options& options);
// stromen FILE [--periode jaar|kwartaal|maand] [--json]: the flow indicators of a record-level
// trajectory file (core/flows.h), read from disk in chunks, per gemeente and period; counts 1-9
// and the counts and shares that would give one away are not printed (own_disclosure).
int run_stromen(const Options& options);

}  // namespace jv::cli
