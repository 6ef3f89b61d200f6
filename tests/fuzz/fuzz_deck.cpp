// libFuzzer target: a presentation file (core/deck.h) as someone mails it around, on arbitrary
// bytes. Reading must never crash or hang; a refused file leaves the deck as it was with a
// message; an accepted deck saves and reads back to the same deck and the same file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/deck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jv::Deck deck;
  deck.add({"tab=overzicht&gemeente=GM0402", "al geladen", "", ""});
  const jv::Deck before = deck;
  std::string error;
  if (!jv::read_deck({data, size}, deck, error)) {
    if (!(deck == before) || error.empty()) std::abort();
    return 0;
  }
  if (!error.empty() || deck.slides.empty()) std::abort();
  const std::string saved = jv::save_deck(deck);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(saved.data());
  if (!jv::is_deck_file({bytes, saved.size()})) std::abort();
  jv::Deck again;
  if (!jv::read_deck({bytes, saved.size()}, again, error) || !(again == deck)) std::abort();
  return 0;
}
