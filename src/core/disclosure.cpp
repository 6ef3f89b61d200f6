#include "core/disclosure.h"

#include <cmath>
#include <limits>

namespace jv {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Bounds {
  double lo, hi;
};

// What someone reading the table knows of one cell.
Bounds known(const std::vector<double>& values, const std::vector<Hidden>& hidden, std::size_t i) {
  switch (hidden[i]) {
    case Hidden::Small: return {1.0, kSmallCount - 1.0};
    case Hidden::Secondary: return {kSmallCount, kInf};
    case Hidden::Few: return {0.0, kInf};  // never a count's verdict; read as nothing known
    case Hidden::No: break;
  }
  if (std::isnan(values[i])) return {0.0, kInf};
  return {values[i], values[i]};
}

bool is_small(double v) { return v > 0.0 && v < kSmallCount; }

}  // namespace

bool relation_protected(const std::vector<double>& values, const std::vector<Hidden>& hidden, const CountRelation& r) {
  const Bounds total = known(values, hidden, r.total);
  double parts_lo = 0.0, parts_hi = 0.0;
  for (const std::size_t p : r.parts) {
    const Bounds b = known(values, hidden, p);
    parts_lo += b.lo;
    parts_hi += b.hi;
  }
  auto protects = [](double lo, double hi) { return lo <= 1.0 && hi >= kSmallCount - 1.0; };
  // The total is the sum of its parts.
  if (hidden[r.total] == Hidden::Small && !protects(parts_lo, parts_hi)) return false;
  // A part is the total less the others.
  for (const std::size_t p : r.parts) {
    if (hidden[p] != Hidden::Small) continue;
    const Bounds self = known(values, hidden, p);
    const double others_lo = parts_lo - self.lo, others_hi = parts_hi - self.hi;
    if (!protects(total.lo - others_hi, total.hi - others_lo)) return false;
  }
  return true;
}

std::vector<Hidden> protect_counts(const std::vector<double>& values, const std::vector<CountRelation>& relations) {
  std::vector<Hidden> hidden(values.size(), Hidden::No);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (is_small(values[i])) hidden[i] = Hidden::Small;
  }
  // Each pass hides one more cell or ends; a cell is never unhidden, so this stops within
  // values.size() passes.
  std::vector<bool> settled(relations.size(), false);  // nothing more can be hidden there
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t k = 0; k < relations.size(); ++k) {
      const CountRelation& r = relations[k];
      if (settled[k] || relation_protected(values, hidden, r)) continue;
      // The smallest shown part of 10 or more: its label "verborgen" then truly means "10 or more".
      std::size_t pick = values.size();
      for (const std::size_t p : r.parts) {
        if (hidden[p] != Hidden::No || std::isnan(values[p]) || values[p] < kSmallCount) continue;
        if (pick == values.size() || values[p] < values[pick]) pick = p;
      }
      if (pick == values.size() && hidden[r.total] == Hidden::No && !std::isnan(values[r.total]) &&
          values[r.total] >= kSmallCount) {
        pick = r.total;
      }
      if (pick == values.size()) {
        settled[k] = true;  // everything that may be hidden is: the best this table allows
        continue;
      }
      hidden[pick] = Hidden::Secondary;
      changed = true;
    }
  }
  return hidden;
}

bool small_count(double value) { return is_small(value); }

Hidden hide_figure(const FigureBasis& b) {
  if (b.kind == FigureKind::Count) return b.count;
  // A zero behind the figure is no one; below 10 may be one family.
  if (is_small(b.behind) || is_small(b.part)) return Hidden::Few;
  for (const Hidden h : {b.count, b.whole}) {
    if (h == Hidden::Small || h == Hidden::Few) return Hidden::Few;
  }
  for (const Hidden h : {b.count, b.whole}) {
    if (h == Hidden::Secondary) return Hidden::Secondary;
  }
  return Hidden::No;
}

void protect_sums(const std::vector<double>& values, const std::vector<CountRelation>& relations,
                  std::vector<Hidden>& hidden) {
  // Each pass hides one more cell or ends.
  for (bool changed = true; changed;) {
    changed = false;
    for (const CountRelation& r : relations) {
      int hidden_cells = hidden[r.total] != Hidden::No ? 1 : 0;
      for (const std::size_t p : r.parts) hidden_cells += hidden[p] != Hidden::No ? 1 : 0;
      if (hidden_cells != 1) continue;
      std::size_t pick = values.size();
      if (hidden[r.total] == Hidden::No) {
        pick = r.total;
      } else {
        for (const std::size_t p : r.parts) {
          if (hidden[p] != Hidden::No || std::isnan(values[p]) || values[p] == 0.0) continue;
          if (pick == values.size() || values[p] < values[pick]) pick = p;
        }
      }
      if (pick == values.size()) continue;  // only zeros and unknowns beside it: nothing to give away
      hidden[pick] = Hidden::Secondary;
      changed = true;
    }
  }
}

const char* hidden_cell(Hidden hidden, bool english) {
  switch (hidden) {
    case Hidden::Small: return "< 10";
    case Hidden::Secondary: return english ? "hidden" : "verborgen";
    case Hidden::Few: return english ? "< 10 behind it" : "< 10 erachter";
    case Hidden::No: break;
  }
  return "";
}

const char* hidden_reason(Hidden hidden) {
  switch (hidden) {
    case Hidden::Small: return "< 10, niet gedeeld";
    case Hidden::Secondary: return "verborgen (anders is een aantal onder de 10 terug te rekenen)";
    case Hidden::Few: return "minder dan 10 jeugdigen of trajecten erachter, niet gedeeld";
    case Hidden::No: break;
  }
  return "";
}

const char* hidden_sentence(Hidden hidden) {
  switch (hidden) {
    case Hidden::Small:
      return "< 10: een aantal van 1 tot en met 9 tonen we niet; het kan over \xC3\xA9\xC3\xA9n gezin gaan.";
    case Hidden::Secondary:
      return "verborgen: dit cijfer is verborgen omdat anders een aantal onder de 10 terug te rekenen is (het "
             "totaal min de andere delen, of een aandeel maal het totaal).";
    case Hidden::Few:
      return "< 10 erachter: dit aandeel, bedrag, gemiddelde of cijfer per 1.000 rust op minder dan 10 jeugdigen "
             "of trajecten; het kan over \xC3\xA9\xC3\xA9n gezin gaan.";
    case Hidden::No: break;
  }
  return "";
}

}  // namespace jv
