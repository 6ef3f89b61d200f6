// The Inter subsets compiled into the binary by cmake/EmbedFonts.cmake (generated .cpp).
#pragma once

#include "imgui.h"

extern const unsigned char jv_font_inter_regular[];
extern const int jv_font_inter_regular_size;
extern const unsigned char jv_font_inter_semibold[];
extern const int jv_font_inter_semibold_size;
// Zero-terminated pairs of code points: exactly the ranges the subsets hold.
extern const ImWchar jv_font_glyph_ranges[];
