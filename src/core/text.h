// Text helpers for finding gemeenten the way people type them: without accents, in any case,
// with or without hyphens ("sudwest fryslan" finds Súdwest-Fryslân), and suggestions for names
// that are almost right.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jv {

// Lower case, accents removed (Latin-1 and Latin Extended-A: é->e, â->a, ĳ->ij, ß->ss), every run
// of characters that are not letters or digits turned into one space, trimmed.
// "'s-Hertogenbosch" -> "s hertogenbosch"; "Súdwest-Fryslân" -> "sudwest fryslan".
std::string fold_for_search(std::string_view utf8);

// Levenshtein distance in bytes (use on folded, ASCII text).
std::size_t edit_distance(std::string_view a, std::string_view b);
// The same when it is at most `limit`, else limit + 1, found without filling the whole table: a
// length difference over the limit, or a row whose every cell is over it, ends the count. For
// "Bedoelt u ...?" over every gemeente, where only close names matter (fuzz_owndata spent most of
// its time here on files full of unknown names).
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit);

// Parses a decimal in the project's own files: optional '-', digits, optional '.' and digits.
// No thousands separators, no exponent, no spaces. Returns false for anything else.
bool parse_plain_decimal(std::string_view text, double& out);

// Shortest text that reads back as the same double ("10.6", "25399", "-0.25").
std::string format_plain_decimal(double value);

}  // namespace jv
