#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/deck.h"

namespace {

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::string read_error(std::string_view text) {
  jv::Deck deck;
  deck.add({"tab=start", "was er al", "", ""});
  const jv::Deck before = deck;
  std::string error;
  CHECK_FALSE(jv::read_deck(bytes_of(text), deck, error));
  CHECK(deck == before);  // a refused file leaves the deck as it was
  return error;
}

}  // namespace

TEST_CASE("deck: add, remove, move and edit slides") {
  jv::Deck deck;
  deck.add({"tab=overzicht&gemeente=GM0402", "", "", ""});
  deck.add({"tab=indicator&gemeente=GM0402&weergave=trechter", "", "", ""});
  deck.add({"tab=kaart&gemeente=GM0363", "", "", ""});
  CHECK(deck.move_down(0));
  CHECK(deck.slides[0].view == "tab=indicator&gemeente=GM0402&weergave=trechter");
  CHECK(deck.slides[1].view == "tab=overzicht&gemeente=GM0402");
  CHECK_FALSE(deck.move_up(0));    // already first
  CHECK_FALSE(deck.move_down(2));  // already last
  CHECK(deck.move_up(2));
  CHECK(deck.slides[1].view == "tab=kaart&gemeente=GM0363");
  CHECK(deck.set_sentence(1, "Amsterdam op de kaart"));
  CHECK(deck.slides[1].sentence == "Amsterdam op de kaart");
  CHECK_FALSE(deck.set_sentence(3, "x"));
  CHECK(deck.remove(0));
  CHECK(deck.slides.size() == 2);
  CHECK(deck.slides[0].view == "tab=kaart&gemeente=GM0363");
  CHECK_FALSE(deck.remove(2));
  CHECK_FALSE(deck.remove(-1));
}

TEST_CASE("deck file: written as the header says and read back the same") {
  jv::Deck deck;
  deck.add({"tab=overzicht&gemeente=GM0402&groep=jeugdregio", "", "", ""});
  deck.add({"tab=indicator&gemeente=GM0402&indicator=jeugdzorg-tot-23&weergave=trechter",
            "Boven de regio; dat vraagt uitleg.\nTweede regel met \\ erin", "", ""});
  deck.add({"tab=indicator&gemeente=GM0402&weergave=tijdreeks", "", "eigen-wachttijd", "Q1-3 2025"});
  const std::string saved = jv::save_deck(deck);
  CHECK(saved ==
        "Jeugdvergelijker presentatie;1\n"
        "tab=overzicht&gemeente=GM0402&groep=jeugdregio;\n"
        "tab=indicator&gemeente=GM0402&indicator=jeugdzorg-tot-23&weergave=trechter;Boven de regio\\; dat vraagt "
        "uitleg.\\nTweede regel met \\\\ erin\n"
        "tab=indicator&gemeente=GM0402&weergave=tijdreeks;;eigen-wachttijd;Q1-3 2025\n");
  CHECK(jv::is_deck_file(bytes_of(saved)));
  jv::Deck back;
  std::string error;
  REQUIRE(jv::read_deck(bytes_of(saved), back, error));
  CHECK(error.empty());
  CHECK(back == deck);

  // Windows line ends, a BOM and empty lines as an editor may leave them.
  std::string windows = "\xEF\xBB\xBF";
  for (const char c : saved) {
    if (c == '\n') windows += "\r\n\r";
    windows += c;
  }
  jv::Deck again;
  REQUIRE(jv::read_deck(bytes_of(windows), again, error));
  CHECK(again == deck);
}

TEST_CASE("deck file: recognised by its first line only") {
  CHECK(jv::is_deck_file(bytes_of("Jeugdvergelijker presentatie;1")));
  CHECK(jv::is_deck_file(bytes_of("\xEF\xBB\xBFJeugdvergelijker presentatie;1\r\nx")));
  CHECK_FALSE(jv::is_deck_file(bytes_of("Jeugdvergelijker presentatie;12\n")));
  CHECK_FALSE(jv::is_deck_file(bytes_of("Jeugdvergelijker benchmarkbron;1\n")));
  CHECK_FALSE(jv::is_deck_file(bytes_of("gemeente;waarde\n")));
}

TEST_CASE("deck file: a broken file says which line and what is wrong") {
  CHECK(read_error("") ==
        "Dit is geen presentatiebestand van Jeugdvergelijker: de eerste regel moet \xE2\x80\x9EJeugdvergelijker "
        "presentatie;1\xE2\x80\x9D zijn.");
  CHECK(read_error("gemeente;waarde\nGM0402;3\n") ==
        "Dit is geen presentatiebestand van Jeugdvergelijker: de eerste regel moet \xE2\x80\x9EJeugdvergelijker "
        "presentatie;1\xE2\x80\x9D zijn.");
  CHECK(read_error("Jeugdvergelijker presentatie;2\ntab=start;\n") ==
        "Regel 1: dit is versie 2 van het presentatiebestand; deze Jeugdvergelijker leest alleen versie 1.");
  CHECK(read_error("Jeugdvergelijker presentatie;1\ntab=start;\n\ntab=overzicht\n") ==
        "Regel 4: geen \xE2\x80\x9E;\xE2\x80\x9D tussen de weergave en de zin. Elke dia is \xC3\xA9\xC3\xA9n regel: "
        "de weergave, een \xE2\x80\x9E;\xE2\x80\x9D en de zin.");
  CHECK(read_error("Jeugdvergelijker presentatie;1\nHilversum overzicht;zin\n") ==
        "Regel 2: \xE2\x80\x9EHilversum overzicht\xE2\x80\x9D is geen weergave van Jeugdvergelijker (zoals "
        "tab=overzicht&gemeente=GM0402).");
  CHECK(read_error("Jeugdvergelijker presentatie;1\ntab=start;een \\t tab\n") ==
        "Regel 2: \xE2\x80\x9E\\t\xE2\x80\x9D in de zin is geen bekend teken: schrijf \\; voor een puntkomma, \\n "
        "voor een nieuwe regel en \\\\ voor een backslash.");
  CHECK(read_error("Jeugdvergelijker presentatie;1\ntab=start;eindigt op \\\n") ==
        "Regel 2: \xE2\x80\x9E\\\xE2\x80\x9D in de zin is geen bekend teken: schrijf \\; voor een puntkomma, \\n "
        "voor een nieuwe regel en \\\\ voor een backslash.");
  CHECK(read_error("Jeugdvergelijker presentatie;1\ntab=indicator;;jeugdzorg-tot-23;2020\n") ==
        "Regel 2: \xE2\x80\x9Ejeugdzorg-tot-23\xE2\x80\x9D is geen eigen reeks: het derde veld noemt een reeks die "
        "begint met \xE2\x80\x9E"
        "eigen-\xE2\x80\x9D.");
  CHECK(read_error("Jeugdvergelijker presentatie;1\ntab=indicator;;eigen-x;2024;meer\n") ==
        "Regel 2: te veel velden; na de zin komen alleen een eigen reeks en haar periode.");
  CHECK(read_error("Jeugdvergelijker presentatie;1\n\n") == "Deze presentatie heeft geen dia's.");
}

TEST_CASE("deck file: a CR inside a line is a space, so the deck saves and reads back as itself") {
  // Found by fuzz_deck: "Welkom\r..." was kept with its CR, which save_deck leaves out.
  jv::Deck deck;
  std::string error;
  REQUIRE(jv::read_deck(bytes_of("Jeugdvergelijker presentatie;1\r\ntab=start;Welkom\rdaar\r\n"), deck, error));
  REQUIRE(deck.slides.size() == 1);
  CHECK(deck.slides[0].sentence == "Welkom daar");
  const std::string saved = jv::save_deck(deck);
  CHECK(saved == "Jeugdvergelijker presentatie;1\ntab=start;Welkom daar\n");
  jv::Deck again;
  REQUIRE(jv::read_deck(bytes_of(saved), again, error));
  CHECK(again == deck);
}
