// ImGui's draw data drawn into memory on the CPU: the image a slide or chart is exported as. The
// browser's canvas cannot be read back (WebGL clears it after presenting, so toDataURL gives black),
// and the headless shell has no GPU at all, so both render the export here, into their own pixel
// buffer, exactly as the WebGL backend draws: triangles with per-vertex colour, the font atlas
// sampled bilinearly, clip rectangles, and alpha blending (src alpha, one minus src alpha).
#pragma once

#include <cstdint>
#include <vector>

#include "imgui.h"

namespace jv::app {

struct RgbaImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  // row by row from the top, 4 bytes a pixel
};

// Draws `data` (coordinates in CSS pixels from data.DisplayPos) into an image of
// DisplaySize × scale, rounded, first filled with `background` (IM_COL32). `atlas` is the font
// atlas as RGBA (ImFontAtlas::GetTexDataAsRGBA32), the only texture the app draws with.
RgbaImage rasterize(const ImDrawData& data, const std::uint8_t* atlas, int atlas_width, int atlas_height, float scale,
                    ImU32 background);

}  // namespace jv::app
