// The app's fonts, baked for one device pixel ratio.
//
// ImGui coordinates are CSS pixels everywhere in the app; the font atlas is rasterised at
// size × dpr and drawn at 1/dpr scale (io.FontGlobalScale), so text is crisp on high-DPI screens
// while every layout number stays in CSS pixels. When the ratio changes (browser zoom, another
// monitor) the platform rebuilds the atlas with fonts_build() and re-uploads the texture.
#pragma once

struct ImFont;

namespace jv::app {

struct Fonts {
  ImFont* body = nullptr;   // running text, tables, buttons
  ImFont* bold = nullptr;   // headings inside views, emphasised figures
  ImFont* title = nullptr;  // the product name and a view's one big message
  ImFont* huge = nullptr;   // a single key figure on the projector
  // A presentation slide's sentence and title, baked at that size: glyphs, not a scaled bitmap.
  ImFont* slide = nullptr;
  ImFont* slide_bold = nullptr;
  ImFont* slide_chart = nullptr;  // a slide's chart: axes, labels and legend readable from the back
  float dpr = 0.0f;               // the ratio the atlas was baked for
};

// Sizes in CSS pixels. 17 px body text stays readable on a projector and a phone alike.
inline constexpr float kBodySize = 17.0f;
inline constexpr float kTitleSize = 26.0f;
inline constexpr float kHugeSize = 44.0f;
inline constexpr float kSlideSize = 34.0f;
inline constexpr float kSlideTitleSize = 52.0f;
inline constexpr float kSlideChartSize = 24.0f;

// Clears ImGui's font atlas and bakes our fonts for `dpr`. Needs a current ImGui context.
// The caller uploads the texture (the web shell) or just leaves it built (headless).
Fonts fonts_build(float dpr);

}  // namespace jv::app
