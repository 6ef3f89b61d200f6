// jeugdvergelijker: the benchmark core on the command line, for analysts and automated checks.
// Same data (compiled in), same code and same messages as the app.
#include <chrono>
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
    "  compare --gemeente G [--indicator I] [--periode P] [--groep S] [--jaar J] [--k K] [--json]\n"
    "      waar gemeente G staat op elke reeks (in haar laatste periode), tegenover elke vergelijkingsgroep\n"
    "      (of alleen groep S: jeugdregio, provincie, grootteklasse, buren, nederland); met --indicator\n"
    "      alleen reeks I, in periode P (standaard de laatste)\n"
    "  reeks --gemeente G --indicator I [--groep S] [--json]\n"
    "      reeks I per periode: de waarde van G en van de groep n, mediaan, p25 en p75, met breuken\n"
    "  indicatoren [--json]\n"
    "      elke reeks met id, naam, bron, eenheid, perioden en breuken\n"
    "  buren --gemeente G [--k K] [--jaar J] [--json]\n"
    "      de K statistisch meest vergelijkbare gemeenten, met afstand en kenmerken\n"
    "  regios [--indicator I] [--periode P] [--jaar J] [--json]\n"
    "      het cijfer van Nederland, elke provincie en elke jeugdregio, berekend uit de gemeenten\n"
    "  model [--jaar J] [--json]\n"
    "      het verwachtingsmodel: coefficienten en verklaarde variantie\n"
    "  controleer BESTAND [--blad B] [--gemeente G] [--periode P] [--json]\n"
    "      controleert een bestand met eigen cijfers (CSV, tab, .xlsx, CBS StatLine): wat is gelezen,\n"
    "      of elke fout met bestand, rij en kolom. Exit 0: bruikbaar; 1: geweigerd.\n"
    "  stromen BESTAND [--periode jaar|kwartaal|maand] [--exportdatum JJJJ-MM-DD] [--json]\n"
    "      rekent een trajectbestand (een rij per traject, gepseudonimiseerd) om naar stroomcijfers per\n"
    "      gemeente en periode: in zorg, instroom, uitstroom, stapeling, duur, verwijzers en kosten, in\n"
    "      totaal en per leeftijd (aantallen onder 10 als \"< 10\"). Het bestand wordt in delen gelezen.\n"
    "      Een datum na --exportdatum (standaard: vandaag) is nog niet gebeurd: een begindatum erna wordt\n"
    "      gemeld en overgeslagen, een einddatum erna telt als nog lopend; geen van beide verschuift de\n"
    "      peildatum.\n"
    "  compare --gemeente G --eigen BESTAND [--periode P] [...]\n"
    "      de vergelijking met uw eigen cijfers erbij (aantallen onder 10 als \"< 10\")\n"
    "  --version, --help\n"
    "\n"
    "Bij elke opdracht laadt --bron BESTAND (ook vaker) een CBS StatLine-export met cijfers per gemeente,\n"
    "of een bewaard benchmarkbestand, als extra bron: elk onderwerp wordt een reeks.\n"
    "G is een code (GM0402), een naam (Hilversum, sudwest-fryslan, Den Haag) of het begin van een\n"
    "naam (sudwest), als dat bij \xC3\xA9\xC3\xA9n gemeente past; past het bij meer, dan noemt het programma ze.\n"
    "I is de id van een reeks (jeugdzorg-tot-23, iv3-jeugd-lasten-per-inwoner-jaarrekening; zie\n"
    "indicatoren) of haar naam.\n"
    "J is het jaar van de gemeentegrenzen: 2025 (standaard, zoals de app; gemeenten na herindeling,\n"
    "met de cijfers van 2021 van hun voorgangers samengevoegd) of 2021 (alleen de Kerncijfers wijken en\n"
    "buurten 2021). K is standaard 10.\n"
    "P is een periode (2024, 2024-Q3, Q1-3 2025, 2023/2024): bij --indicator de periode van de reeks, en\n"
    "de periode van een bestand met eigen cijfers dat zelf geen periode noemt.\n";

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
  // The last real day of a trajectory file when no --exportdatum is given (the core never reads a clock).
  options.today = static_cast<int>(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()).time_since_epoch().count());
  if (command == "compare") return jv::cli::run_compare(options);
  if (command == "reeks") return jv::cli::run_reeks(options);
  if (command == "buren") return jv::cli::run_buren(options);
  if (command == "regios") return jv::cli::run_regios(options);
  if (command == "indicatoren") return jv::cli::run_indicatoren(options);
  if (command == "model") return jv::cli::run_model(options);
  if (command == "controleer") return jv::cli::run_controleer(options);
  if (command == "stromen") return jv::cli::run_stromen(options);
  std::fprintf(stderr, "Onbekende opdracht \xE2\x80\x9E%s\xE2\x80\x9D.\n\n%s", argv[1], kUsage);
  return 2;
}
