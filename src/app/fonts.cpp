#include "app/fonts.h"

#include "app/fonts_data.h"
#include "imgui.h"

namespace jv::app {

namespace {

ImFont* add_font(const unsigned char* data, int size, float pixels, float dpr) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static arrays: ImGui must not free them
  config.OversampleH = 2;               // sharper at fractional positions, cheap at our sizes
  config.OversampleV = 1;
  config.PixelSnapH = false;
  // ImGui's API takes a non-const pointer even when it does not own or modify the data.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), size, pixels * dpr, &config,
                                                    jv_font_glyph_ranges);
}

}  // namespace

Fonts fonts_build(float dpr) {
  if (dpr < 0.5f) dpr = 0.5f;
  if (dpr > 4.0f) dpr = 4.0f;

  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.body = add_font(jv_font_inter_regular, jv_font_inter_regular_size, kBodySize, dpr);
  fonts.bold = add_font(jv_font_inter_semibold, jv_font_inter_semibold_size, kBodySize, dpr);
  fonts.title = add_font(jv_font_inter_semibold, jv_font_inter_semibold_size, kTitleSize, dpr);
  fonts.huge = add_font(jv_font_inter_semibold, jv_font_inter_semibold_size, kHugeSize, dpr);
  fonts.slide = add_font(jv_font_inter_regular, jv_font_inter_regular_size, kSlideSize, dpr);
  fonts.slide_bold = add_font(jv_font_inter_semibold, jv_font_inter_semibold_size, kSlideTitleSize, dpr);
  fonts.slide_chart = add_font(jv_font_inter_regular, jv_font_inter_regular_size, kSlideChartSize, dpr);
  io.Fonts->Build();
  io.FontDefault = fonts.body;
  io.FontGlobalScale = 1.0f / dpr;
  fonts.dpr = dpr;
  return fonts;
}

}  // namespace jv::app
