#include "app/raster.h"

#include <algorithm>
#include <cmath>

namespace jv::app {

namespace {

struct Texture {
  const std::uint8_t* rgba;
  int w, h;
  // Bilinear, clamped to the edge, in 0..1 per channel: what GL_LINEAR with CLAMP_TO_EDGE gives.
  void sample(float u, float v, float out[4]) const {
    const float x = u * static_cast<float>(w) - 0.5f, y = v * static_cast<float>(h) - 0.5f;
    const float fx = std::floor(x), fy = std::floor(y);
    const float ax = x - fx, ay = y - fy;
    const int x0 = static_cast<int>(fx), y0 = static_cast<int>(fy);
    auto at = [&](int px, int py, int c) {
      px = std::clamp(px, 0, w - 1);
      py = std::clamp(py, 0, h - 1);
      return static_cast<float>(
                 rgba[(static_cast<std::size_t>(py) * static_cast<std::size_t>(w) + static_cast<std::size_t>(px)) * 4 +
                      static_cast<std::size_t>(c)]) /
             255.0f;
    };
    for (int c = 0; c < 4; ++c) {
      const float top = at(x0, y0, c) * (1 - ax) + at(x0 + 1, y0, c) * ax;
      const float bottom = at(x0, y0 + 1, c) * (1 - ax) + at(x0 + 1, y0 + 1, c) * ax;
      out[c] = top * (1 - ay) + bottom * ay;
    }
  }
};

struct Vertex {
  float x, y, u, v;
  float c[4];
};

Vertex vertex(const ImDrawVert& d, ImVec2 origin, float scale) {
  Vertex out{(d.pos.x - origin.x) * scale, (d.pos.y - origin.y) * scale, d.uv.x, d.uv.y, {}};
  for (int i = 0; i < 4; ++i) out.c[i] = static_cast<float>((d.col >> (8 * i)) & 0xFF) / 255.0f;
  return out;
}

float edge(const Vertex& a, const Vertex& b, float px, float py) {
  return (b.x - a.x) * (py - a.y) - (b.y - a.y) * (px - a.x);
}

// A pixel centre exactly on an edge shared by two triangles belongs to one of them only (the
// top-left rule), so semi-transparent shapes made of several triangles show no seams.
bool top_left(const Vertex& a, const Vertex& b) { return (a.y == b.y && b.x < a.x) || b.y > a.y; }

void triangle(RgbaImage& img, const Texture& tex, Vertex a, Vertex b, Vertex c, int cx0, int cy0, int cx1, int cy1) {
  float area = edge(a, b, c.x, c.y);
  if (area == 0.0f) return;
  if (area < 0.0f) {
    std::swap(b, c);
    area = -area;
  }
  const int x0 = std::max(cx0, static_cast<int>(std::floor(std::min({a.x, b.x, c.x}))));
  const int x1 = std::min(cx1, static_cast<int>(std::ceil(std::max({a.x, b.x, c.x}))));
  const int y0 = std::max(cy0, static_cast<int>(std::floor(std::min({a.y, b.y, c.y}))));
  const int y1 = std::min(cy1, static_cast<int>(std::ceil(std::max({a.y, b.y, c.y}))));
  const bool tl0 = top_left(b, c), tl1 = top_left(c, a), tl2 = top_left(a, b);
  // Flat-coloured triangles on the atlas's white pixel (every rectangle, line and dot): no sampling.
  const bool flat_uv = a.u == b.u && a.u == c.u && a.v == b.v && a.v == c.v;
  float flat_tex[4];
  if (flat_uv) tex.sample(a.u, a.v, flat_tex);
  for (int y = y0; y < y1; ++y) {
    const float py = static_cast<float>(y) + 0.5f;
    for (int x = x0; x < x1; ++x) {
      const float px = static_cast<float>(x) + 0.5f;
      const float w0 = edge(b, c, px, py), w1 = edge(c, a, px, py), w2 = edge(a, b, px, py);
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      if ((w0 == 0 && !tl0) || (w1 == 0 && !tl1) || (w2 == 0 && !tl2)) continue;
      const float l0 = w0 / area, l1 = w1 / area, l2 = w2 / area;
      float t[4];
      if (flat_uv) {
        std::copy(flat_tex, flat_tex + 4, t);
      } else {
        tex.sample(l0 * a.u + l1 * b.u + l2 * c.u, l0 * a.v + l1 * b.v + l2 * c.v, t);
      }
      float src[4];
      for (int k = 0; k < 4; ++k) src[k] = (l0 * a.c[k] + l1 * b.c[k] + l2 * c.c[k]) * t[k];
      const float alpha = src[3];
      if (alpha <= 0.0f) continue;
      std::uint8_t* d =
          &img.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(img.width) + static_cast<std::size_t>(x)) *
                    4];
      for (int k = 0; k < 3; ++k) {
        const float v = src[k] * alpha + static_cast<float>(d[k]) / 255.0f * (1.0f - alpha);
        d[k] = static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f));
      }
      const float da = alpha + static_cast<float>(d[3]) / 255.0f * (1.0f - alpha);
      d[3] = static_cast<std::uint8_t>(std::lround(std::clamp(da, 0.0f, 1.0f) * 255.0f));
    }
  }
}

}  // namespace

RgbaImage rasterize(const ImDrawData& data, const std::uint8_t* atlas, int atlas_width, int atlas_height, float scale,
                    ImU32 background) {
  RgbaImage img;
  img.width = static_cast<int>(std::lround(data.DisplaySize.x * scale));
  img.height = static_cast<int>(std::lround(data.DisplaySize.y * scale));
  if (img.width <= 0 || img.height <= 0 || !atlas) return img;
  img.rgba.resize(static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height) * 4);
  for (std::size_t i = 0; i < img.rgba.size(); i += 4) {
    for (std::size_t k = 0; k < 4; ++k) img.rgba[i + k] = static_cast<std::uint8_t>((background >> (8 * k)) & 0xFF);
  }
  const Texture tex{atlas, atlas_width, atlas_height};
  const ImVec2 origin = data.DisplayPos;
  for (int l = 0; l < data.CmdListsCount; ++l) {
    const ImDrawList* list = data.CmdLists[l];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback || cmd.ElemCount == 0) continue;
      const int cx0 = std::max(0, static_cast<int>(std::floor((cmd.ClipRect.x - origin.x) * scale)));
      const int cy0 = std::max(0, static_cast<int>(std::floor((cmd.ClipRect.y - origin.y) * scale)));
      const int cx1 = std::min(img.width, static_cast<int>(std::ceil((cmd.ClipRect.z - origin.x) * scale)));
      const int cy1 = std::min(img.height, static_cast<int>(std::ceil((cmd.ClipRect.w - origin.y) * scale)));
      if (cx1 <= cx0 || cy1 <= cy0) continue;
      for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3) {
        const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset + i;
        const ImDrawVert* v = list->VtxBuffer.Data + cmd.VtxOffset;
        triangle(img, tex, vertex(v[idx[0]], origin, scale), vertex(v[idx[1]], origin, scale),
                 vertex(v[idx[2]], origin, scale), cx0, cy0, cx1, cy1);
      }
    }
  }
  return img;
}

}  // namespace jv::app
