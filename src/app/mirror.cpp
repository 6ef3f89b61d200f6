#include "app/mirror.h"

#include "app/i18n.h"
#include "app/view_shared.h"
#include "core/explain.h"
#include "core/io/json.h"

namespace jv::app {

namespace {

const IndicatorMeta& meta_of(const AppState& app, int variable) {
  return app.model.store.data.variables[static_cast<std::size_t>(variable)];
}

MirrorRow row_of(const AppState& app, const Comparison& c, const Group& group) {
  const IndicatorMeta& m = meta_of(app, c.variable);
  MirrorRow r;
  r.id = m.id;
  r.indicator = tr(m.name);
  r.value = figure(m, c.value);
  r.group = group.name;
  if (c.members > 0) {
    r.median = figure(m, c.median);
    r.range = figure(m, c.min) + " \xE2\x80\x93 " + figure(m, c.max);
  }
  r.verdict = verdict_word(c, m);
  r.reference = reference_caption(c, m, translations());
  r.source = tr(m.source);
  r.period = tr(m.period);
  r.value_number = c.value;
  r.median_number = c.members > 0 ? c.median : kNaN;
  return r;
}

// What a view without a table of figures shows, in a sentence or two.
std::string note_of(const AppState& app, const std::string& gemeente) {
  const FiguresStore& store = app.model.store;
  switch (app.view.tab) {
    case Tab::Start:
      return gemeente.empty()
                 ? tr("Kies een gemeente: typ een deel van de naam in het veld \xE2\x80\x9EGemeente zoeken\xE2\x80\x9D.")
                 : trf("Kies Overzicht voor alle cijfers van {1}.", {gemeente});
    case Tab::Dashboard:
    case Tab::Indicator:
      return gemeente.empty() ? tr("Kies eerst een gemeente.") : tr("Kies eerst gemeenten voor uw eigen lijst.");
    case Tab::Map:
      return tr(
          "De kaart kleurt elke gemeente naar de gekozen indicator. De tekstversie heeft geen kaart: de "
          "cijfers van de gekozen gemeente en haar groep staan onder Overzicht en Indicator.");
    case Tab::Peers: {
      if (gemeente.empty()) return tr("Kies eerst een gemeente.");
      if (app.view.peers_for != app.view.gemeente || app.view.peers.empty()) {
        return trf("De vergelijkbare gemeenten van {1} staan in de grafische weergave.", {gemeente});
      }
      std::string names;
      for (const int p : app.view.peers) {
        if (!names.empty()) names += ", ";
        names += store.data.gemeenten[static_cast<std::size_t>(p)].name;
      }
      return trf("De vergelijkbare gemeenten van {1}: {2}.", {gemeente, names});
    }
    case Tab::OwnData:
      return tr("Eigen cijfers laden (een bestand kiezen, slepen of plakken) kan nog alleen in de grafische weergave.");
    case Tab::Sources: {
      std::string out = tr("Bronnen:");
      for (const Source& s : store.sources) {
        out += std::string(" ") + tr(s.attribution.empty() ? s.title : s.attribution);
        if (!s.licence.empty()) out += " (" + s.licence + ")";
        out += ".";
      }
      return out;
    }
  }
  return {};
}

void options_json(JsonWriter& w, const char* key, const std::vector<MirrorOption>& options) {
  w.key(key).begin_array();
  for (const MirrorOption& o : options) w.begin_object().key("id").value(o.id).key("label").value(o.label).end_object();
  w.end_array();
}

void set_page_texts(const AppState& app, MirrorContent& out) {
  out.lang = lang_id(app.view.lang);
  out.langs = {{"nl", "Nederlands"}, {"en", "English"}};
  out.texts = {
      {"document-title", tr("Jeugdvergelijker \xE2\x80\x93 jeugdhulp in uw gemeente vergeleken")},
      {"mirror-intro", tr("Tekstversie van wat het scherm toont: dezelfde cijfers, te lezen met een schermlezer en "
                          "te bedienen met het toetsenbord.")},
      {"mirror-choices-title", tr("Keuzes")},
      {"mirror-search-label", tr("Gemeente zoeken (naam of code)")},
      {"mirror-hits@aria-label", tr("Gevonden gemeenten")},
      {"mirror-groups-legend", tr("Vergelijken met")},
      {"mirror-indicator-label", tr("Indicator (voor Indicator en Kaart)")},
      {"mirror-lang-label", tr("Taal")},
      {"mirror-tabs-nav@aria-label", tr("Weergaven")},
      {"mirror-figures-title", tr("Cijfers")},
      {"mirror-head-indicator", tr("Indicator")},
      {"mirror-head-group", tr("Groep")},
      {"mirror-head-median", tr("Mediaan van de groep")},
      {"mirror-head-range", tr("Laagste \xE2\x80\x93 hoogste in de groep")},
      {"mirror-head-verdict", tr("Oordeel")},
      {"mirror-head-source", tr("Bron")},
      {"mirror-head-period", tr("Periode")},
      {"gemeente", tr("Gemeente")},
      // The public page's part (modus=publiek).
      {"mirror-public-title", tr("Cijfers")},
      {"mirror-public-head-figure", tr("Cijfer")},
      {"mirror-public-head-region", tr("Jeugdregio")},
      {"mirror-public-head-nl", tr("Nederland")},
      {"mirror-public-head-comparison", tr("Vergelijking")},
      {"mirror-public-head-source", tr("Bron")},
      {"mirror-public-head-period", tr("Periode")},
      {"mirror-public-terms-title", tr("Wat betekent dit?")},
      {"mirror-public-definitions-title", tr("Hoe is het gemeten?")},
      {"mirror-public-meaning-title", tr("Wat zegt deze vergelijking?")},
      {"mirror-public-sources-title", tr("Waar komen de cijfers vandaan?")},
      {"hits-none", tr("Geen gemeente gevonden voor \xE2\x80\x9E{1}\xE2\x80\x9D.")},
      {"hits-one", tr("1 gemeente gevonden. Enter kiest haar.")},
      {"hits-many", tr("{1} gemeenten gevonden: ga met Tab naar de lijst hieronder.")},
  };
}

}  // namespace

MirrorContent mirror_of(const AppState& app, const Group& group) {
  const FiguresStore& store = app.model.store;
  MirrorContent out;
  out.tab = tab_id(app.view.tab);
  out.mode = mode_id(app.view.mode);
  const bool chosen =
      app.view.gemeente >= 0 && static_cast<std::size_t>(app.view.gemeente) < store.data.gemeenten.size();
  if (chosen) {
    const Gemeente& g = store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)];
    out.gemeente = g.name;
    out.code = g.code;
  }
  set_page_texts(app, out);
  if (app.view.mode == Mode::Public) {
    // The page the canvas shows, card by card, in the same words (view_public.h).
    out.title = chosen ? trf("Jeugdzorg in {1}", {out.gemeente}) : tr("Jeugdzorg in uw gemeente");
    out.cards = public_cards(app);
    if (!chosen) out.note = tr("Typ de naam van uw gemeente, bijvoorbeeld Hilversum, en kies haar uit de lijst.");
    else if (!out.cards.empty()) out.caption = trf("Cijfers van {1}", {out.gemeente});
    out.meaning = public_meaning();
    out.sources = public_sources(app);
    out.announcement = out.title + ".";
    return out;
  }
  out.title = tr(tab_label(app.view.tab));
  if (chosen) out.title += ": " + out.gemeente;
  out.group = group_kind_id(app.view.group);
  out.group_name = group.name;
  const int series = series_of_variable(store, app.view.indicator);
  if (series >= 0) out.indicator = store.series[static_cast<std::size_t>(series)].id;

  // The figures the last frame drew, when it drew this tab's comparison.
  const ShownComparison& shown = app.frame.shown;
  if (chosen && shown.view == std::string_view(out.tab) && !shown.rows.empty()) {
    for (const Comparison& c : shown.rows) {
      if (c.variable >= 0) out.rows.push_back(row_of(app, c, shown.group));
    }
    // The headline as the canvas writes it over the first figure; the time series has none.
    const Comparison& head = shown.rows.front();
    if (head.variable >= 0 && !(app.view.tab == Tab::Indicator && app.view.detail == DetailView::TimeSeries)) {
      out.headline = headline_sentence(head, meta_of(app, head.variable), out.gemeente, shown.group, translations());
    }
    out.caption = trf("Cijfers van {1} vergeleken met {2}", {out.gemeente, shown.group.name});
  } else {
    out.note = note_of(app, out.gemeente);
  }

  out.announcement = out.title;
  if (chosen && !group.name.empty()) out.announcement += trf(", vergeleken met {1}", {group.name});
  out.announcement += ".";
  // A gemeente the keyboard highlights in a chart or on the map: its readout, as the tooltip says it.
  if (!app.ui.explore.readout.empty()) out.announcement = app.ui.explore.readout;

  for (const Tab t : {Tab::Start, Tab::Dashboard, Tab::Indicator, Tab::Map, Tab::Peers, Tab::OwnData, Tab::Sources}) {
    out.tabs.push_back({tab_id(t), tr(tab_label(t))});
  }
  for (const GroupKind k : {GroupKind::Jeugdregio, GroupKind::Provincie, GroupKind::SizeClass, GroupKind::Peers,
                            GroupKind::Nederland, GroupKind::Custom}) {
    out.groups.push_back({group_kind_id(k), tr(group_kind_label(k))});
  }
  for (const Series& s : store.series) {
    if (s.meta.role == Role::Characteristic || s.variables.empty()) continue;
    if (s.source >= 0 && store.sources[static_cast<std::size_t>(s.source)].kind == SourceKind::Own) continue;
    const std::string& latest = store.data.variables[static_cast<std::size_t>(s.variables.back())].period;
    out.indicators.push_back({s.id, std::string(tr(s.meta.name)) + " (" + tr(latest) + ")"});
  }
  return out;
}

std::string mirror_json(const MirrorContent& mirror) {
  JsonWriter w;
  w.begin_object();
  w.key("tab").value(mirror.tab).key("title").value(mirror.title);
  w.key("gemeente").value(mirror.gemeente).key("code").value(mirror.code);
  w.key("group").value(mirror.group).key("groupName").value(mirror.group_name);
  w.key("indicator").value(mirror.indicator);
  w.key("headline").value(mirror.headline).key("caption").value(mirror.caption).key("note").value(mirror.note);
  w.key("announcement").value(mirror.announcement);
  w.key("rows").begin_array();
  for (const MirrorRow& r : mirror.rows) {
    w.begin_object();
    w.key("id").value(r.id).key("indicator").value(r.indicator).key("value").value(r.value);
    w.key("group").value(r.group).key("median").value(r.median).key("range").value(r.range);
    w.key("verdict").value(r.verdict).key("reference").value(r.reference);
    w.key("source").value(r.source).key("period").value(r.period);
    w.key("valueNumber").value(r.value_number).key("medianNumber").value(r.median_number);
    w.end_object();
  }
  w.end_array();
  options_json(w, "tabs", mirror.tabs);
  options_json(w, "groups", mirror.groups);
  options_json(w, "indicators", mirror.indicators);
  w.key("mode").value(mirror.mode).key("meaning").value(mirror.meaning);
  w.key("sources").begin_array();
  for (const std::string& line : mirror.sources) w.value(line);
  w.end_array();
  w.key("cards").begin_array();
  for (const PublicCard& c : mirror.cards) {
    w.begin_object();
    w.key("id").value(c.id).key("title").value(c.title).key("value").value(c.value).key("detail").value(c.detail);
    w.key("region").value(c.region).key("nederland").value(c.nederland);
    w.key("words").value(c.words).key("similar").value(c.similar);
    w.key("source").value(c.source).key("period").value(c.period);
    w.key("definition").value(c.definition).key("denominator").value(c.denominator);
    w.key("dividedBy").value(c.divided_by);
    w.key("valueNumber").value(c.value_number);
    w.key("terms").begin_array();
    for (const PublicTerm& t : c.terms) {
      w.begin_object().key("id").value(t.id).key("name").value(t.name).key("text").value(t.text).end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  options_json(w, "texts", mirror.texts);
  w.key("lang").value(mirror.lang);
  options_json(w, "langs", mirror.langs);
  w.end_object();
  return w.str();
}

std::string mirror_search_json(const Dataset& data, std::string_view query, std::size_t limit) {
  JsonWriter w;
  w.begin_array();
  for (const int i : search_gemeenten(data, query, limit)) {
    const Gemeente& g = data.gemeenten[static_cast<std::size_t>(i)];
    w.begin_object().key("code").value(g.code).key("name").value(g.name).end_object();
  }
  w.end_array();
  return w.str();
}

}  // namespace jv::app
