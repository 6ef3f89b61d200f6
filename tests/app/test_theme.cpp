// The theme's contrast (WCAG 2.1 AA): text at least 4,5 : 1 on what it stands on, chart marks at
// least 3 : 1 against the plot. The table of ratios is printed for the accessibility note.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "app/theme.h"

using namespace jv::app::theme;

namespace {

struct Pair {
  const char* what;
  ImU32 fg, bg;
  double need;
};

std::string row(const Pair& p, double ratio) {
  char line[160];
  std::snprintf(line, sizeof line, "%-44s %5.2f : 1  (nodig %.1f)\n", p.what, ratio, p.need);
  return line;
}

}  // namespace

TEST_CASE("theme: contrast ratios as WCAG 2.1 computes them") {
  // Hand-checked: black on white is (1 + 0.05) / (0 + 0.05) = 21; #777777 is linear 0.1845,
  // (1.05) / (0.1845 + 0.05) = 4.48, just too light for text.
  CHECK(contrast_ratio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)) == doctest::Approx(21.0));
  CHECK(contrast_ratio(IM_COL32(119, 119, 119, 255), IM_COL32(255, 255, 255, 255)) ==
        doctest::Approx(4.48).epsilon(0.001));
  // Order and alpha do not matter; equal colours give 1.
  CHECK(contrast_ratio(IM_COL32(255, 255, 255, 255), IM_COL32(119, 119, 119, 0)) ==
        doctest::Approx(contrast_ratio(IM_COL32(119, 119, 119, 255), IM_COL32(255, 255, 255, 255))));
  CHECK(contrast_ratio(kAccent, kAccent) == doctest::Approx(1.0));
}

TEST_CASE("theme: text is 4,5 : 1 and chart marks 3 : 1 on their backgrounds") {
  constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
  const Pair pairs[] = {
      {"tekst op achtergrond", kText, kBackground, 4.5},
      {"tekst op vlak", kText, kSurface, 4.5},
      {"gedempte tekst op achtergrond", kTextMuted, kBackground, 4.5},
      {"gedempte tekst op vlak", kTextMuted, kSurface, 4.5},
      {"titel op titelbalk", kTitleText, kTitleBar, 4.5},
      {"gedempte titel op titelbalk", kTitleMuted, kTitleBar, 4.5},
      {"accent (actieve tab) op achtergrond", kAccent, kBackground, 4.5},
      // Verdict words in their colour (the ranking), on the page and on a white plot or popup.
      {"oordeel gunstiger op achtergrond", kBetter, kBackground, 4.5},
      {"oordeel gunstiger op vlak", kBetter, kSurface, 4.5},
      {"oordeel ongunstiger op achtergrond", kWorse, kBackground, 4.5},
      {"oordeel ongunstiger op vlak", kWorse, kSurface, 4.5},
      {"oordeel vergelijkbaar op achtergrond", kComparable, kBackground, 4.5},
      {"oordeel vergelijkbaar op vlak", kComparable, kSurface, 4.5},
      {"oordeel context op achtergrond", kContext, kBackground, 4.5},
      {"oordeel context op vlak", kContext, kSurface, 4.5},
      // Filled badges: white words on the verdict's colour.
      {"wit op badge gunstiger", kWhite, kBetter, 4.5},
      {"wit op badge ongunstiger", kWhite, kWorse, 4.5},
      // Chart labels in a mark's colour on the white plot.
      {"label gekozen gemeente op grafiek", kChosen, kSurface, 4.5},
      {"label doel op grafiek", kBetter, kSurface, 4.5},
      {"label breuk / methodewijziging op grafiek", kContext, kSurface, 4.5},
      // Marks: dots, lines and strips on the plot (white) and on the page (the Overzicht's strip).
      {"markering gekozen gemeente op grafiek", kChosen, kSurface, 3.0},
      {"markering groep op grafiek", kGroup, kSurface, 3.0},
      {"markering groep op achtergrond", kGroup, kBackground, 3.0},
      {"markering Nederland op grafiek", kNational, kSurface, 3.0},
      {"markering overige gemeenten op grafiek", kOthers, kSurface, 3.0},
      {"markering gunstiger op achtergrond", kBetter, kBackground, 3.0},
      {"markering ongunstiger op achtergrond", kWorse, kBackground, 3.0},
      {"markering vergelijkbaar op achtergrond", kComparable, kBackground, 3.0},
      {"markering context op achtergrond", kContext, kBackground, 3.0},
  };
  std::string table = "Contrast van het thema (WCAG 2.1):\n";
  for (const Pair& p : pairs) {
    const double ratio = contrast_ratio(p.fg, p.bg);
    table += row(p, ratio);
    CHECK_MESSAGE(ratio >= p.need, std::string(p.what) << ": " << ratio << " : 1");
  }
  MESSAGE(table);
}
