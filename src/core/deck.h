// A presentation for the council: a list of slides, each a whole view (the fragment a shared link
// holds, "tab=indicator&gemeente=GM0402&...") and the sentence shown under its chart. Pure data and
// text: the app turns a slide's view into its ViewState and draws it (app/presentation.h).
//
// The deck file, UTF-8, one slide a line after the first:
//
//   Jeugdvergelijker presentatie;1
//   tab=overzicht&gemeente=GM0402&groep=jeugdregio;
//   tab=indicator&gemeente=GM0402&indicator=jeugdzorg-tot-23&weergave=trechter;Hilversum zit boven de regio\; dat vraagt om uitleg.
//   tab=indicator&gemeente=GM0402&weergave=tijdreeks;;eigen-wachttijd;2024
//
// Fields are separated by ';': the view, the sentence (empty: the app's own headline sentence) and,
// for a slide that shows an own series, that series' id ("eigen-...") and period. Own figures are
// never written: the mark says only which series the slide needs. In the sentence '\;' is a ';',
// '\n' a line break and '\\' a backslash.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jv {

inline constexpr std::string_view kDeckFileMagic = "Jeugdvergelijker presentatie;1";

struct Slide {
  std::string view;      // a view-link fragment without '#'
  std::string sentence;  // shown under the chart; empty: the app's headline sentence
  // An own series the slide shows ("eigen-..."), and its period label; both empty for public series.
  std::string own_series, own_period;
  bool operator==(const Slide&) const = default;
};

// Editing. Indices out of range do nothing (and return false).
struct Deck {
  std::vector<Slide> slides;
  void add(Slide slide) { slides.push_back(std::move(slide)); }
  bool remove(int i);
  bool move_up(int i);    // swaps slide i with i - 1
  bool move_down(int i);  // swaps slide i with i + 1
  bool set_sentence(int i, std::string sentence);
  bool operator==(const Deck&) const = default;
};

// True when the bytes start with the deck's first line (after an optional UTF-8 BOM), followed by
// a line end or nothing: the app's file chooser hands such a file to read_deck, not to the own-data
// reader.
bool is_deck_file(std::span<const std::uint8_t> bytes);

// The deck file as above, lines ending in "\n". An empty deck is the first line alone.
std::string save_deck(const Deck& deck);

// Reads a deck file. Line ends may be "\n" or "\r\n"; a UTF-8 BOM, Windows-1252 and UTF-16 are read
// as core/io/encoding.h decode_text reads them; empty lines are skipped. On success `out` is the
// deck and true is returned. On any problem the whole file is refused (false, `out` untouched) with
// one Dutch message in `error`, the first problem found:
//   - not text (decode_text's message);
//   - "Dit is geen presentatiebestand van Jeugdvergelijker: de eerste regel moet
//     „Jeugdvergelijker presentatie;1” zijn." (empty file, or another first line);
//   - "Regel 1: dit is versie 2 van het presentatiebestand; deze Jeugdvergelijker leest alleen
//     versie 1." ("Jeugdvergelijker presentatie;<n>" for another n);
//   - "Regel N: geen „;” tussen de weergave en de zin. Elke dia is één regel: de weergave, een „;”
//     en de zin.";
//   - "Regel N: „<view>” is geen weergave van Jeugdvergelijker (zoals tab=overzicht&gemeente=GM0402)."
//     (empty, no '=', or a character outside letters, digits and -_.%=&,+);
//   - "Regel N: „\x” in de zin is geen bekend teken: schrijf \; voor een puntkomma, \n voor een
//     nieuwe regel en \\ voor een backslash." (also for a '\' at the end of the sentence);
//   - "Regel N: „<id>” is geen eigen reeks: het derde veld noemt een reeks die begint met „eigen-”."
//   - "Regel N: te veel velden; na de zin komen alleen een eigen reeks en haar periode.";
//   - "Deze presentatie heeft geen dia's." (the first line alone).
// Line numbers count every line of the file, the first line being 1.
bool read_deck(std::span<const std::uint8_t> bytes, Deck& out, std::string& error);

}  // namespace jv
