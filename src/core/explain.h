// Words for a comparison: the figure a verdict is judged against, the one sentence for the
// projector and the longer explanation behind a verdict. The app (badge, headline, tooltip) and the
// command-line tool print these same strings, so they can never say different things.
// Each takes the language's table (core/lang.h; the default is Dutch, as the CLI prints): the
// sentences, numbers, indicator names and periods come out in that language. The group's name is
// already in it (make_group takes the same table).
#pragma once

#include <string>
#include <string_view>

#include "core/compare.h"
#include "core/lang.h"

namespace jv {

struct FiguresStore;

// The figure the verdict is judged against, with what it is: "groep als geheel 10,5 %",
// "mediaan 33,7 %", "gemiddelde 4,2". Empty when there is no verdict (Reference::None).
std::string reference_text(const Comparison& c, const IndicatorMeta& m, const Translations& t = {});

// "t.o.v. groep als geheel 10,5 %": the caption under a verdict badge. Empty without a verdict.
std::string reference_caption(const Comparison& c, const IndicatorMeta& m, const Translations& t = {});

// The one sentence an alderman can read out, without the value itself (the screen shows that in
// large type above it):
//   "Jongeren met jeugdzorg (tot 23 jaar) in Hilversum (2020). Vergelijkbaar met Jeugdregio Gooi en
//    Vechtstreek als geheel (10,5 %): het verschil kan toeval zijn. Mediaan van de groep: 10,2 %."
//   "Eenpersoonshuishoudens in Hilversum (1 januari 2021). Hoger dan de middelste helft van
//    Provincie Noord-Holland (mediaan 33,7 %, middelste helft 30,0 % – 36,5 %)."
// Without a verdict it says why: no figure for the gemeente, or none in the group ("Kies eerst
// gemeenten voor uw eigen lijst" for an empty own list).
std::string headline_sentence(const Comparison& c, const IndicatorMeta& m, std::string_view gemeente,
                              const Group& group, const Translations& t = {});

// What a negative amount means (compare.h, is_correction()), in plain Dutch: the verdict's place
// says this instead of "minder dan", in the app, on the public page and in the CLI.
std::string negative_amount_text(const Translations& t = {});

// The benchmark beside an own figure (Eigen cijfers): who published it, the gemeente's figure
// there and the figure of the group it is set against, named for what it is. A reference is
// called CBS only when its source is CBS's, and Nederland ("NL") only when it covers the country
// (nine in ten gemeenten or more have a figure); a region's file is "Uw bestand ...", its group
// "mediaan van 5 gemeenten in uw bestand". The tooltip says how the group figure is computed: "alle
// tellers gedeeld door alle noemers" only for a rate with denominators, the median otherwise.
struct BenchmarkLine {
  std::string text;     // "CBS 2020: 10,6 % (NL 10,5 %)", "Uw bestand wachttijden.csv 2024: 84 dagen (mediaan ...)"
  std::string tooltip;  // source, period and how the group figure is computed
};
BenchmarkLine benchmark_line(const FiguresStore& store, int gemeente, int variable, const Translations& t = {});

// Why this verdict: the test used and its outcome, and the direction, in plain Dutch. Shown when
// hovering (or tapping) a verdict, and printed by the CLI.
std::string verdict_explanation(const Comparison& c, const IndicatorMeta& m, const Group& group,
                                const Translations& t = {});

}  // namespace jv
