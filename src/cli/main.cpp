// jeugdvergelijker: the benchmark core on the command line. The subcommands that compare
// gemeenten and check own files arrive with the core that computes them; this is the frame.
#include <cstdio>
#include <cstring>

namespace {

constexpr const char* kUsage =
    "Gebruik: jeugdvergelijker <opdracht> [opties]\n"
    "\n"
    "Opdrachten:\n"
    "  --help, help       deze uitleg\n"
    "  --version          versie\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "help") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("jeugdvergelijker %s\n", JV_VERSION);
    return 0;
  }
  std::fprintf(stderr, "Onbekende opdracht \xE2\x80\x9E%s\xE2\x80\x9D.\n\n%s", argv[1], kUsage);
  return 2;
}
