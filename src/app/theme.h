// Colours and spacing. Calm and high-contrast: the app is read on projectors in lit council
// rooms as often as on phones. Chart colours come from Paul Tol's colour-blind-safe schemes.
#pragma once

#include "imgui.h"

namespace jv::app::theme {

inline constexpr ImU32 kBackground = IM_COL32(247, 247, 244, 255);
inline constexpr ImU32 kSurface = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kTitleBar = IM_COL32(22, 57, 94, 255);     // deep blue, white text 11:1
inline constexpr ImU32 kTitleText = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kTitleMuted = IM_COL32(205, 220, 236, 255);
inline constexpr ImU32 kText = IM_COL32(29, 29, 27, 255);
inline constexpr ImU32 kTextMuted = IM_COL32(84, 84, 80, 255);    // 7:1 on the background
inline constexpr ImU32 kBorder = IM_COL32(214, 214, 208, 255);
inline constexpr ImU32 kAccent = IM_COL32(31, 95, 168, 255);

// Sets ImGui's style: sizes in CSS pixels, colours above.
void apply_style();

}  // namespace jv::app::theme
