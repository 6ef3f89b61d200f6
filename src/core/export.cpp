#include "core/export.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "core/io/csv.h"
#include "core/owndata.h"

namespace jv {

namespace {

void append_line(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ';';
    csv_append_field(out, fields[i], ';');
  }
  out += "\r\n";
}

}  // namespace

std::string excel_number(double value, int decimals) {
  if (std::isnan(value)) return {};
  std::string text = format_number(value, decimals);
  text.erase(std::remove(text.begin(), text.end(), '.'), text.end());
  // format_number writes the typographic minus (U+2212); Excel reads only '-' as a number's sign.
  if (text.rfind("\xE2\x88\x92", 0) == 0) text.replace(0, 3, "-");
  return text;
}

ExportedValue export_value(const IndicatorMeta& meta, double value, Hidden hidden) {
  if (hidden != Hidden::No) return {{}, hidden_reason(hidden)};
  const double x = round_for_export(meta, value);
  if (std::isnan(x)) return {{}, std::isnan(value) ? std::string() : std::string(hidden_reason(Hidden::Small))};
  return {excel_number(x, meta.unit == Unit::Count ? 0 : 2), {}};
}

std::string excel_csv(const ExportTable& table) {
  std::string out = "\xEF\xBB\xBF";
  bool block = false;  // something stands above: the next block starts after an empty line
  if (!table.title.empty()) {
    append_line(out, {table.title});
    block = true;
  }
  for (const auto& [key, value] : table.about) {
    append_line(out, {key, value});
    block = true;
  }
  if (!table.indicators.empty()) {
    if (block) out += "\r\n";
    append_line(out, {"Indicator", "Bron", "Periode", "Definitie", "Teller", "Noemer", "Eenheid"});
    for (const IndicatorMeta& m : table.indicators) {
      append_line(out, {m.name, m.source, m.period, m.definition, m.numerator, m.denominator, unit_label(m.unit)});
    }
    block = true;
  }
  if (block) out += "\r\n";
  append_line(out, table.columns);
  for (const std::vector<std::string>& row : table.rows) append_line(out, row);
  if (!table.suppressed.empty()) {
    out += "\r\n";
    append_line(out, {"Niet getoond", "Waarom"});
    for (const auto& [what, why] : table.suppressed) append_line(out, {what, why});
  }
  return out;
}

}  // namespace jv
