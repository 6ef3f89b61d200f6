// Exports for Dutch Excel: "Exporteer wat u ziet" on every view and the own figures for the
// council paper write their tables through here, so every export follows the same rules:
//   - UTF-8 with a byte-order mark (else Excel shows "€" as "â‚¬"), ';' between fields, CRLF,
//     decimal comma, no thousands points;
//   - a count from 1 to 9 never leaves the page, nor a count hidden to protect one (secondary
//     suppression, core/disclosure.h); other counts are rounded to a multiple of 5
//     (round_for_export); the cell stays empty and the reason stands beside it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/disclosure.h"
#include "core/indicator.h"

namespace jv {

// A figure as it may leave the page: `text` the number for Excel ("12,80", "785"; empty when
// hidden or unknown), `reason` why it is absent (hidden_reason(): "< 10, niet gedeeld" for a count
// from 1 to 9, the reason for Hidden::Secondary and Hidden::Few), empty otherwise. `hidden` is
// own_disclosure's verdict (core/disclosure.h decides every kind of figure). Counts are written whole, every other unit with two decimals.
struct ExportedValue {
  std::string text;
  std::string reason;
};
ExportedValue export_value(const IndicatorMeta& meta, double value, Hidden hidden = Hidden::No);

// A number for Excel: format_number's decimals with a decimal comma, no thousands points and an
// ASCII minus ("1234,50", "-3": Excel reads "−3" with U+2212 as text); empty for NaN.
std::string excel_number(double value, int decimals);

// A table as an export writes it. Every part but `columns` and `rows` may be empty:
//   title        first line, e.g. "Jeugdvergelijker: Overzicht Hilversum"
//   about        "key;value" lines under it ("Vergeleken met;Jeugdregio Gooi en Vechtstreek")
//   indicators   the provenance block: per indicator its name, source, period, definition,
//                numerator (teller), denominator (noemer) and unit, under a header line
//   columns/rows the figures, one line each
//   suppressed   after the table, under "Niet getoond;Waarom": what was left out and why
// Blocks are separated by an empty line; with only columns and rows the file is just the table.
struct ExportTable {
  std::string title;
  std::vector<std::pair<std::string, std::string>> about;
  std::vector<IndicatorMeta> indicators;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::pair<std::string, std::string>> suppressed;
};
std::string excel_csv(const ExportTable& table);

}  // namespace jv
