// jeugdvergelijker: the benchmark core on the command line, for analysts and automated checks.
// Same data (compiled in), same code and same messages as the app.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    "Gebruik: jeugdvergelijker <opdracht> [opties]\n"
    "\n"
    "Opdrachten:\n"
    "  compare --gemeente G [--groep S] [--jaar J] [--k K] [--json]\n"
    "      waar gemeente G staat op elke indicator, tegenover elke vergelijkingsgroep\n"
    "      (of alleen groep S: jeugdregio, provincie, grootteklasse, buren, nederland)\n"
    "  buren --gemeente G [--k K] [--jaar J] [--json]\n"
    "      de K statistisch meest vergelijkbare gemeenten, met afstand en kenmerken\n"
    "  regios [--indicator I] [--jaar J] [--json]\n"
    "      het cijfer van Nederland, elke provincie en elke jeugdregio, berekend uit de gemeenten\n"
    "  indicatoren [--json]\n"
    "      de indicatoren en kenmerken met definitie, eenheid, bron en periode\n"
    "  model [--jaar J] [--json]\n"
    "      het verwachtingsmodel: coefficienten en verklaarde variantie\n"
    "  controleer BESTAND [--blad B] [--gemeente G] [--periode P] [--json]\n"
    "      controleert een bestand met eigen cijfers (CSV, tab, .xlsx, CBS StatLine): wat is gelezen,\n"
    "      of elke fout met bestand, rij en kolom. Exit 0: bruikbaar; 1: geweigerd.\n"
    "  compare --gemeente G --eigen BESTAND [--periode P] [...]\n"
    "      de vergelijking met uw eigen cijfers erbij (aantallen onder 10 als \"< 10\")\n"
    "  --version, --help\n"
    "\n"
    "G is een code (GM0402), een naam (Hilversum, sudwest-fryslan, Den Haag) of het begin van een\n"
    "naam (sudwest), als dat bij \xC3\xA9\xC3\xA9n gemeente past; past het bij meer, dan noemt het programma ze.\n"
    "J is het jaar van de gemeentegrenzen: 2025 (standaard, zoals de app; gemeenten na herindeling,\n"
    "met de cijfers van 2021 van hun voorgangers samengevoegd) of 2021. K is standaard 10.\n"
    "P is de periode van een bestand met een kolom per indicator dat zelf geen periode noemt (niet in\n"
    "de kolomkop, niet in de bestandsnaam): 2024, 2024-Q3, Q1-3 2025, 2023/2024.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string_view command = argv[1];
  if (command == "--help" || command == "help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("jeugdvergelijker %s\n", JV_VERSION);
    return 0;
  }

  jv::cli::Options options;
  std::string error;
  if (!jv::cli::parse_options(argc - 2, argv + 2, options, error)) {
    std::fprintf(stderr, "%s\n\n%s", error.c_str(), kUsage);
    return 2;
  }
  if (command == "compare") return jv::cli::run_compare(options);
  if (command == "buren") return jv::cli::run_buren(options);
  if (command == "regios") return jv::cli::run_regios(options);
  if (command == "indicatoren") return jv::cli::run_indicatoren(options);
  if (command == "model") return jv::cli::run_model(options);
  if (command == "controleer") return jv::cli::run_controleer(options);
  std::fprintf(stderr, "Onbekende opdracht \xE2\x80\x9E%s\xE2\x80\x9D.\n\n%s", argv[1], kUsage);
  return 2;
}
