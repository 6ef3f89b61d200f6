#include "app/presentation.h"
#include "app/i18n.h"

#include <algorithm>

#include "core/explain.h"
#include "core/period.h"

namespace jv::app {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

bool is_own_series(const FiguresStore& store, int series) {
  if (series < 0) return false;
  const int source = store.series[idx(series)].source;
  return source >= 0 && store.sources[idx(source)].kind == SourceKind::Own;
}

int count_own_missing(const AppState& app, std::string& which) {
  int missing = 0;
  for (std::size_t i = 0; i < app.present.deck.slides.size(); ++i) {
    const Slide& s = app.present.deck.slides[i];
    if (s.own_series.empty() || find_series(app.model.store, s.own_series) >= 0) continue;
    which += (missing ? ", " : "") + std::to_string(i + 1);
    ++missing;
  }
  return missing;
}

}  // namespace

Slide slide_of_view(const AppState& app) {
  Slide slide;
  slide.view = app_view_link(app);
  const int si = series_of_variable(app.model.store, app.view.indicator);
  // Only views that show the chosen indicator show an own series; the Overzicht shows every one.
  if ((app.view.tab == Tab::Indicator || app.view.tab == Tab::Map) && is_own_series(app.model.store, si)) {
    const Series& s = app.model.store.series[idx(si)];
    slide.own_series = s.id;
    for (std::size_t i = 0; i < s.variables.size(); ++i) {
      if (s.variables[i] == app.view.indicator) slide.own_period = s.periods[i].label();
    }
  }
  return slide;
}

void app_add_slide(AppState& app) {
  app.present.deck.add(slide_of_view(app));
  const std::size_t n = app.present.deck.slides.size();
  app.present.message = trf("Toegevoegd als dia {1} van de presentatie.", {std::to_string(n)});
}

ViewState slide_view(const AppState& app, const ViewState& base, const Slide& slide, std::string* note) {
  ViewState view = base;
  ViewLink link;
  ViewLinkGiven given;
  if (note) note->clear();
  if (decode_view_link(slide.view, link, &given)) link_to_view(link, given, app.model.store, view, note);
  if (!slide.own_series.empty()) {
    const int si = find_series(app.model.store, slide.own_series);
    if (si < 0) {
      if (note) *note = kOwnFiguresMissing;
    } else {
      view.indicator = latest_variable(app.model.store, si);
      Period p;
      std::string error;
      if (!slide.own_period.empty() && parse_period(slide.own_period, p, error)) {
        if (const int v = variable_at(app.model.store, si, p); v >= 0) view.indicator = v;
      }
    }
  }
  ensure_peers(view, app.model.store);
  return view;
}

int slide_indicator(const AppState& app) {
  if (app.view.tab != Tab::Dashboard) return app.view.indicator;
  for (std::size_t si = 0; si < app.model.store.series.size(); ++si) {
    if (app.model.store.series[si].meta.role == Role::Characteristic) continue;
    const int v = latest_variable(app.model.store, static_cast<int>(si));
    if (v >= 0) return v;
  }
  return app.view.indicator;
}

std::string slide_sentence(AppState& app, int i) {
  if (i < 0 || idx(i) >= app.present.deck.slides.size()) return {};
  const Slide& slide = app.present.deck.slides[idx(i)];
  if (!slide.sentence.empty()) return slide.sentence;
  // The headline of the slide's own view, whatever is on screen now.
  const ViewState saved = app.view;
  std::string note;
  app.view = slide_view(app, saved, slide, &note);
  std::string sentence;
  if (note == kOwnFiguresMissing) {
    sentence = note;
  } else if (app.view.gemeente >= 0) {
    const int v = slide_indicator(app);
    const Group group = app_group_for(app, v);
    const Comparison c = compare(app.model.store.bench, app.view.gemeente, v, group);
    sentence = headline_sentence(c, app.model.store.data.variables[idx(v)],
                                 app.model.store.data.gemeenten[idx(app.view.gemeente)].name, group, translations());
  }
  app.view = saved;
  return sentence;
}

void app_show_slide(AppState& app, int slide) {
  const int n = static_cast<int>(app.present.deck.slides.size());
  if (!app.present.presenting || n == 0) return;
  app.present.current = std::clamp(slide, 0, n - 1);
  app.view =
      slide_view(app, app.present.before, app.present.deck.slides[idx(app.present.current)], &app.present.slide_note);
}

bool app_present(AppState& app, int slide) {
  if (app.present.deck.slides.empty()) return false;
  if (!app.present.presenting) {
    app.present.before = app.view;
    app.present.presenting = true;
    if (app.platform.hooks.request_fullscreen) app.platform.hooks.request_fullscreen(app.platform.hooks.user);
  }
  app.present.editing = -1;
  app_show_slide(app, slide);
  return true;
}

void app_stop_presenting(AppState& app) {
  if (!app.present.presenting) return;
  app.present.presenting = false;
  app.present.slide_note.clear();
  app.view = app.present.before;
  if (app.platform.hooks.exit_fullscreen) app.platform.hooks.exit_fullscreen(app.platform.hooks.user);
}

void app_fullscreen_changed(AppState& app, bool on) {
  if (!on) app_stop_presenting(app);
}

void app_save_deck(AppState& app) {
  if (!app.platform.hooks.download) return;
  app.platform.hooks.download(app.platform.hooks.user, "presentatie.jvdeck.txt", "text/plain;charset=utf-8",
                              save_deck(app.present.deck));
  app.present.message = tr("Presentatie bewaard als presentatie.jvdeck.txt (zonder eigen cijfers).");
}

bool app_load_deck(AppState& app, std::string_view file_name, std::span<const std::uint8_t> bytes) {
  Deck deck;
  std::string error;
  app.present.panel_open = true;
  if (!read_deck(bytes, deck, error)) {
    app.present.message = trf("Presentatie niet geladen ({1}): {2}", {std::string(file_name), error});
    return false;
  }
  app_stop_presenting(app);
  app.present.deck = std::move(deck);
  app.present.editing = -1;
  const std::size_t n = app.present.deck.slides.size();
  app.present.message =
      n == 1 ? tr("Presentatie geladen: 1 dia.") : trf("Presentatie geladen: {1} dia's.", {std::to_string(n)});
  std::string which;
  const int missing = count_own_missing(app, which);
  if (missing > 0) {
    app.present.message += (missing == 1 ? tr(" Dia ") : tr(" Dia's ")) + which + ": " + kOwnFiguresMissing + ".";
  }
  return true;
}

}  // namespace jv::app
