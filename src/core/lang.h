// The languages of the interface and the translation table a translator works on. Dutch is the
// language the app is written in: every user-facing text is written in Dutch in the source, and
// a language's table (data/taal/<id>.tsv, compiled in) maps each Dutch text to its translation.
// A text missing from the table stays Dutch, so a missing line shows as Dutch, never as blank.
//
//   nl<TAB>en
//   Vergelijk met<TAB>Compare with
//   {1} van {2} gemeenten<TAB>{1} of {2} municipalities
//
// Texts with values hold numbered places ({1}, {2}) so a translation can put them in its own
// order; fill_places() fills them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jv {

enum class Lang { Nl, En };
const char* lang_id(Lang lang);  // "nl", "en": the link's `taal=` and the table's file name
bool parse_lang(std::string_view id, Lang& out);

// One language's table: Dutch text -> translation.
struct Translations {
  Lang lang = Lang::Nl;
  std::unordered_map<std::string, std::string> text;
  // The translation of `nl`, or `nl` itself when the table has none. The pointer stays valid as
  // long as the table and `nl` do.
  const char* get(const char* nl) const;
  std::string_view get(std::string_view nl) const;
  // The same under the names the source scan looks for (tests/core/test_translations.cpp: every
  // literal passed to tr() or trf() has a line in en.tsv), for core functions that write text.
  const char* tr(const char* nl) const { return get(nl); }
  std::string trf(const char* nl_pattern, const std::vector<std::string>& values) const;
};

// Marks a Dutch text that the core returns as it is and the app translates where it shows it
// (a verdict word, a unit): the source scan counts it as a text en.tsv must hold.
constexpr const char* translatable(const char* nl) { return nl; }

// Reads a table: a header line "nl<TAB><id>", then one line per text. In a cell "\t", "\n" and
// "\\" stand for a tab, a line break and a backslash. Empty lines and lines starting with '#'
// are skipped. A broken line refuses the table with a Dutch message naming the line.
bool read_translations(std::string_view tsv, Translations& out, std::string& error);

// "{1} van {2}" with {"3", "12"} -> "3 van 12". A place with no value stays as written.
std::string fill_places(std::string_view pattern, const std::vector<std::string>& values);

}  // namespace jv
