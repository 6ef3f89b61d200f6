#include "core/indicator.h"

#include <cmath>

#include "core/format.h"

namespace jv {

bool same_definition(const IndicatorMeta& a, const IndicatorMeta& b) {
  auto defined = [](const IndicatorMeta& m) {
    return !m.population.empty() && m.population != kSeeTheTable && m.care_type != kSeeTheTable;
  };
  return defined(a) && defined(b) && a.unit == b.unit && a.population == b.population && a.care_type == b.care_type;
}

bool parse_unit(std::string_view w, Unit& out) {
  if (w == "%") out = Unit::Percent;
  else if (w == "per 1.000") out = Unit::PerThousand;
  else if (w == "€" || w == "\xE2\x82\xAC") out = Unit::Euro;
  else if (w == "x € 1.000" || w == "\xC3\x97 \xE2\x82\xAC 1.000") out = Unit::EuroThousands;
  else if (w == "aantal") out = Unit::Count;
  else if (w == "dagen") out = Unit::Days;
  else if (w == "index") out = Unit::Index;
  else return false;
  return true;
}

bool parse_direction(std::string_view w, Direction& out) {
  if (w == "lager") out = Direction::LowerIsBetter;
  else if (w == "hoger") out = Direction::HigherIsBetter;
  else if (w == "context") out = Direction::Context;
  else return false;
  return true;
}

bool parse_status(std::string_view w, Status& out) {
  if (w == "definitief") out = Status::Definitive;
  else if (w == "voorlopig") out = Status::Provisional;
  else if (w == "schatting") out = Status::Estimate;
  else if (w == "geheim") out = Status::Suppressed;
  else return false;
  return true;
}

bool parse_role(std::string_view w, Role& out) {
  if (w == "indicator") out = Role::Indicator;
  else if (w == "context") out = Role::Context;
  else if (w == "kenmerk") out = Role::Characteristic;
  else return false;
  return true;
}

bool parse_merge_weight(std::string_view w, MergeWeight& out) {
  if (w == "jeugd") out = MergeWeight::Youth;
  else if (w == "inwoners") out = MergeWeight::Inhabitants;
  else if (w == "huishoudens") out = MergeWeight::Households;
  else return false;
  return true;
}

const char* unit_label(Unit unit) {
  switch (unit) {
    case Unit::Percent: return "%";
    case Unit::PerThousand: return translatable("per 1.000");
    case Unit::Euro: return "\xE2\x82\xAC";
    case Unit::EuroThousands: return translatable("\xC3\x97 \xE2\x82\xAC 1.000");
    case Unit::Count: return translatable("aantal");
    case Unit::Days: return translatable("dagen");
    case Unit::Index: return translatable("index");
  }
  return "";
}

const char* direction_label(Direction d) {
  switch (d) {
    case Direction::LowerIsBetter: return translatable("lager is beter");
    case Direction::HigherIsBetter: return translatable("hoger is beter");
    case Direction::Context: return translatable("context");
  }
  return "";
}

const char* status_label(Status s) {
  switch (s) {
    case Status::Definitive: return translatable("definitief");
    case Status::Provisional: return translatable("voorlopig");
    case Status::Estimate: return translatable("schatting");
    case Status::Suppressed: return translatable("geheim");
  }
  return "";
}

std::string format_value(const IndicatorMeta& meta, double value, Lang lang) {
  const bool en = lang == Lang::En;
  switch (meta.unit) {
    case Unit::Percent: return format_percent(value, 1, lang);
    case Unit::PerThousand: return format_number(value, 1, lang) + (en ? " per 1,000" : " per 1.000");
    case Unit::Euro: return format_euro(value, lang);
    case Unit::EuroThousands: return format_euro(value * 1000.0, lang);
    case Unit::Count: return format_count(value, lang);
    case Unit::Days: return format_number(value, 0, lang) + (en ? " days" : " dagen");
    case Unit::Index: return format_number(value, 1, lang);
  }
  return format_number(value, 1, lang);
}

std::string format_rate_percent(double percent, int decimals, Lang lang) {
  return format_percent(percent, decimals, lang);
}

std::string format_rate_per_thousand(double percent, Lang lang) {
  return format_number(percent * 10.0, 0, lang) + (lang == Lang::En ? " per 1,000" : " per 1.000");
}

std::string format_rate_one_in(double percent, Lang lang) {
  if (!std::isfinite(percent) || percent <= 0.0) return "\xE2\x80\x93";
  const double n = 100.0 / percent;
  std::string text = format_number(n, n < 10.0 ? 1 : 0, lang);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, lang == Lang::En ? ".0" : ",0") == 0) {
    text.resize(text.size() - 2);
  }
  return (lang == Lang::En ? "1 in " : "1 op ") + text;
}

}  // namespace jv
