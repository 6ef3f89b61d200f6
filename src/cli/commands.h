// The command-line tool's subcommands, each over the core.
#pragma once

#include <string>

namespace jv::cli {

struct Options {
  std::string gemeente;   // --gemeente
  std::string groep;      // --groep (empty: all groups)
  std::string indicator;  // --indicator
  std::string eigen;      // --eigen FILE (own figures)
  std::string blad;       // --blad SHEET (.xlsx)
  std::string periode;    // --periode P: the period of own figures whose file names none
  std::string file;       // positional FILE (controleer)
  int jaar = 2021;        // --jaar
  int k = 10;             // --k
  bool json = false;      // --json
};

// Reads "--name value" pairs and flags. Returns false with a Dutch message on a bad option.
bool parse_options(int argc, char** argv, Options& out, std::string& error);

int run_compare(const Options& options);
int run_buren(const Options& options);
int run_regios(const Options& options);
int run_indicatoren(const Options& options);
int run_model(const Options& options);
int run_controleer(const Options& options);

}  // namespace jv::cli
