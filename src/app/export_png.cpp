// A slide as a PNG: one extra frame of the slide drawn into memory (app/raster.h), encoded by
// core/png.h and handed to the download hook.
#include <string>

#include "app/export_view.h"
#include "app/i18n.h"
#include "app/presentation.h"
#include "app/raster.h"
#include "app/views.h"
#include "core/png.h"
#include "imgui.h"

namespace jv::app {

void app_request_png(AppState& app, int slide) {
  if (slide >= 0 && static_cast<std::size_t>(slide) < app.present.deck.slides.size()) app.present.export_slide = slide;
}

std::string app_render_slide_png(AppState& app, int slide, float scale) {
  if (slide < 0 || static_cast<std::size_t>(slide) >= app.present.deck.slides.size()) return {};
  // Everything the frame may change comes back afterwards; the full-screen hooks are not called.
  const PresentState present = app.present;
  const ViewState view = app.view;
  const Fonts fonts = app.platform.fonts;
  if (!app.present.presenting) {
    app.present.before = app.view;
    app.present.presenting = true;
  }
  app.present.export_slide = -1;
  app_show_slide(app, slide);
  app.platform.fonts = fonts_build(scale);
  ImGui::NewFrame();
  app_frame(app);
  ImGui::Render();
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  const RgbaImage image = rasterize(*ImGui::GetDrawData(), pixels, w, h, scale, IM_COL32(255, 255, 255, 255));
  // Baked again for the screen; the web shell uploads this atlas to its texture again.
  app.platform.fonts = fonts_build(fonts.dpr);
  app.present = present;
  app.present.export_slide = -1;
  app.view = view;
  return encode_png(image.width, image.height, image.rgba);
}

bool app_png_requested(const AppState& app) { return app.present.export_slide >= 0 || app.ui.export_view_png; }

void app_export_png(AppState& app, float scale) {
  if (app.ui.export_view_png) {
    app.ui.export_view_png = false;
    if (!app.platform.hooks.download) return;
    const std::string png = app_render_view_png(app, scale);
    const std::string name = view_export_name(app, "png");
    app.platform.hooks.download(app.platform.hooks.user, name.c_str(), "image/png", png);
    app.ui.export_message = trf("Bewaard als {1}.", {name});
    app.ui.export_view = app.view;
    return;
  }
  const int slide = app.present.export_slide;
  app.present.export_slide = -1;
  if (slide < 0 || !app.platform.hooks.download) return;
  const std::string png = app_render_slide_png(app, slide, scale);
  if (png.empty()) return;
  const std::string name = "presentatie-dia-" + std::to_string(slide + 1) + ".png";
  app.platform.hooks.download(app.platform.hooks.user, name.c_str(), "image/png", png);
  app.present.message = trf("Dia {1} bewaard als {2}.", {std::to_string(slide + 1), name});
}

}  // namespace jv::app
