// Colours and spacing. Calm and high-contrast: the app is read on projectors in lit council
// rooms as often as on phones. Chart colours come from Paul Tol's colour-blind-safe schemes.
#pragma once

#include "imgui.h"

namespace jv::app::theme {

inline constexpr ImU32 kBackground = IM_COL32(247, 247, 244, 255);
inline constexpr ImU32 kSurface = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kTitleBar = IM_COL32(22, 57, 94, 255);  // deep blue, white text 11:1
inline constexpr ImU32 kTitleText = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kTitleMuted = IM_COL32(205, 220, 236, 255);
inline constexpr ImU32 kText = IM_COL32(29, 29, 27, 255);
inline constexpr ImU32 kTextMuted = IM_COL32(84, 84, 80, 255);  // 7:1 on the background
inline constexpr ImU32 kBorder = IM_COL32(214, 214, 208, 255);
inline constexpr ImU32 kAccent = IM_COL32(31, 95, 168, 255);
// A load report's box (Eigen cijfers: own figures and trajectories): read, or refused.
inline constexpr ImU32 kOkBg = IM_COL32(232, 245, 236, 255);
inline constexpr ImU32 kOkBorder = IM_COL32(150, 200, 165, 255);
inline constexpr ImU32 kErrorBg = IM_COL32(252, 236, 234, 255);
inline constexpr ImU32 kErrorBorder = IM_COL32(214, 150, 140, 255);
inline constexpr ImU32 kErrorText = IM_COL32(138, 28, 28, 255);

// Verdicts (Paul Tol's "bright" scheme, colour-blind safe; every verdict also has a word, so
// colour is never the only carrier): better, comparable, worse, context. The ranking writes the
// words in these colours, so each is at least 4,5 : 1 on the background (tests/app/test_theme.cpp):
// Tol's #3377AA, #888888 and #997700 darkened just enough.
inline constexpr ImU32 kBetter = IM_COL32(50, 118, 168, 255);       // #3276A8 blue
inline constexpr ImU32 kComparable = IM_COL32(112, 112, 112, 255);  // #707070 grey
inline constexpr ImU32 kWorse = IM_COL32(204, 51, 17, 255);         // #CC3311 vermilion
inline constexpr ImU32 kContext = IM_COL32(139, 108, 0, 255);       // #8B6C00 ochre, for context figures
// Highlights in charts: the chosen gemeente, its group, everyone else.
inline constexpr ImU32 kChosen = IM_COL32(204, 51, 17, 255);    // vermilion, as in the map outline
inline constexpr ImU32 kGroup = IM_COL32(0, 119, 187, 255);     // #0077BB blue
inline constexpr ImU32 kOthers = IM_COL32(142, 142, 142, 255);  // grey, 3 : 1 on the plot as a mark must be
inline constexpr ImU32 kNational = IM_COL32(51, 51, 51, 255);   // reference lines
// Map classes: Tol's sequential YlOrBr (5 classes) and diverging BuRd (around the median).
inline constexpr ImU32 kSequential[5] = {IM_COL32(255, 247, 188, 255), IM_COL32(254, 196, 79, 255),
                                         IM_COL32(251, 154, 41, 255), IM_COL32(204, 76, 2, 255),
                                         IM_COL32(102, 37, 6, 255)};
inline constexpr ImU32 kDiverging[7] = {IM_COL32(33, 102, 172, 255),  IM_COL32(103, 169, 207, 255),
                                        IM_COL32(209, 229, 240, 255), IM_COL32(247, 247, 247, 255),
                                        IM_COL32(253, 219, 199, 255), IM_COL32(239, 138, 98, 255),
                                        IM_COL32(178, 24, 43, 255)};
inline constexpr ImU32 kNoData = IM_COL32(225, 225, 220, 255);

// WCAG 2.1's contrast ratio of two opaque colours (alpha ignored): (L1 + 0.05) / (L2 + 0.05) of their
// relative luminances in sRGB, lighter over darker; 1 for equal colours, 21 for black on white.
// Text needs 4,5 : 1, chart marks and other graphics 3 : 1.
double contrast_ratio(ImU32 a, ImU32 b);

// Sets ImGui's style: sizes in CSS pixels, colours above.
void apply_style();

}  // namespace jv::app::theme
