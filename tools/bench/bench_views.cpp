// How long each view takes to build one frame natively (CPU, UI only: NewFrame to Render), the
// budget being 16 ms for 60 frames a second. The peer is the Start view, a page of text,
// measured in the same run: the ratio says what the charts and the map cost on top of text.
// Prints figures; asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "platform/headless/headless.h"

namespace {

struct Result {
  double mean_ms = 0, worst_ms = 0;
};

// Frames with the mouse moving over the view, so hover work (hit tests, tooltips) is included.
Result time_view(jv::platform::Headless& shell, int frames) {
  std::vector<double> ms;
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < frames; ++i) {
    io.AddMousePosEvent(100.0f + static_cast<float>((i * 37) % 1000), 200.0f + static_cast<float>((i * 53) % 500));
    jv::platform::headless_frame(shell);
    ms.push_back(shell.app.frame.stats.last_frame_ms);
  }
  Result r;
  for (const double x : ms) r.mean_ms += x;
  r.mean_ms /= static_cast<double>(ms.size());
  r.worst_ms = *std::max_element(ms.begin(), ms.end());
  return r;
}

}  // namespace

int main() {
  using jv::app::DetailView;
  using jv::app::Tab;
  jv::platform::Headless shell;
  jv::platform::headless_start(shell, 1280, 800);
  jv::app::app_select_gemeente(shell.app, shell.app.model.store.data.find_code("GM0402"));
  constexpr int kFrames = 200;

  struct Case {
    const char* name;
    Tab tab;
    DetailView detail;
    jv::GroupKind group;
  };
  const Case cases[] = {
      {"Start (tekst, referentie)", Tab::Start, DetailView::Distribution, jv::GroupKind::Jeugdregio},
      {"Overzicht, jeugdregio", Tab::Dashboard, DetailView::Distribution, jv::GroupKind::Jeugdregio},
      {"Overzicht, Nederland (342)", Tab::Dashboard, DetailView::Distribution, jv::GroupKind::Nederland},
      {"Verdeling (342 stippen)", Tab::Indicator, DetailView::Distribution, jv::GroupKind::Nederland},
      {"Trechter (342 + grenzen)", Tab::Indicator, DetailView::Funnel, jv::GroupKind::Nederland},
      {"Ranglijst, Nederland", Tab::Indicator, DetailView::Ranking, jv::GroupKind::Nederland},
      {"Kaart (342 gemeenten)", Tab::Map, DetailView::Distribution, jv::GroupKind::Jeugdregio},
      {"Vergelijkbare gemeenten", Tab::Peers, DetailView::Distribution, jv::GroupKind::Peers},
      {"Bronnen", Tab::Sources, DetailView::Distribution, jv::GroupKind::Jeugdregio},
  };
  std::printf("Frametijd per view, native, 1280x800, Hilversum, %d frames met bewegende muis\n", kFrames);
  std::printf("  %-30s %10s %10s %12s %14s\n", "view", "gem. ms", "max ms", "x Start", "% van 16 ms");
  double reference = 0.0;
  for (const Case& c : cases) {
    shell.app.view.tab = c.tab;
    shell.app.view.detail = c.detail;
    shell.app.view.group = c.group;
    jv::platform::headless_frame(shell);  // first frame: layout and one-time loads (the map)
    const Result r = time_view(shell, kFrames);
    if (reference == 0.0) reference = r.mean_ms;
    std::printf("  %-30s %10.3f %10.3f %12.1f %13.1f%%\n", c.name, r.mean_ms, r.worst_ms, r.mean_ms / reference,
                100.0 * r.mean_ms / 16.0);
  }
  jv::platform::headless_stop(shell);
  return 0;
}
