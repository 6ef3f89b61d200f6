#include "app/view_public.h"

#include <algorithm>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/terms.h"
#include "imgui.h"

namespace jv::app {

namespace {

bool is_rate(const IndicatorMeta& m) { return m.unit == Unit::Percent && m.role == Role::Indicator; }

// A value as the public page writes it: a youth-care rate as "1 op N" (the policy documents'
// own way), an amount per inhabitant as "€ 311 per inwoner".
std::string public_value(const IndicatorMeta& m, double value) {
  if (!(value == value)) return tr("geen cijfer");
  if (is_rate(m)) return keep_together(format_rate_one_in(value, language()));
  if (m.unit == Unit::Euro) return trf("{1} per inwoner", {figure(m, value)});
  return figure(m, value);
}

// The number group_line() writes for a group.
double group_number(const Comparison& c) {
  return c.reference == Reference::None && c.members > 0 ? c.median : c.reference_value;
}

// The figure a group is set against, in words: the group as a whole for a rate, its middle
// gemeente for a context figure (core/compare.h, Reference).
std::string group_line(const IndicatorMeta& m, const Comparison& c, const Group& g) {
  const std::string name = tr(std::string_view(g.name));
  std::string v = public_value(m, c.reference_value);
  if (is_rate(m) && c.reference_value == c.reference_value) v += " (" + figure(m, c.reference_value) + ")";
  switch (c.reference) {
    case Reference::GroupRate: return trf("{1} als geheel: {2}", {name, v});
    case Reference::GroupMedian: return trf("{1}, de middelste gemeente: {2}", {name, v});
    case Reference::GroupMean: return trf("{1}, gemiddeld: {2}", {name, v});
    case Reference::None: break;
  }
  // No verdict for the gemeente (a negative amount, compare.h), but the group has its figures.
  if (c.members > 0) return trf("{1}, de middelste gemeente: {2}", {name, public_value(m, group_number(c))});
  return trf("{1}: geen cijfer", {name});
}

const char* words_for(Difference d, bool region) {
  switch (d) {
    case Difference::More: return region ? tr("meer dan in de jeugdregio") : tr("meer dan in Nederland");
    case Difference::Less: return region ? tr("minder dan in de jeugdregio") : tr("minder dan in Nederland");
    case Difference::Similar:
      return region ? tr("ongeveer even veel als in de jeugdregio") : tr("ongeveer even veel als in Nederland");
    case Difference::None: break;
  }
  return region ? tr("niet te vergelijken met de jeugdregio") : tr("niet te vergelijken met Nederland");
}

// What the page adds under "Kies uw gemeente" once one is chosen.
void gemeente_line(const AppState& app, const Gemeente& g) {
  const Dataset& d = app.model.public_store.data;
  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped_view(g.name);
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  // No count of inhabitants here: KWB's (2021) differs from the one the Iv3 figures divide by.
  if (g.jeugdregio >= 0 && static_cast<std::size_t>(g.jeugdregio) < d.jeugdregios.size()) {
    text_wrapped_view(trf("Jeugdregio {1}", {d.jeugdregios[static_cast<std::size_t>(g.jeugdregio)].name}));
  }
  ImGui::PopStyleColor();
}

void draw_card(AppState& app, const PublicCard& card, float width) {
  const Fonts& fonts = app.platform.fonts;
  ImGui::PushID(card.id.c_str());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kSurface);
  ImGui::PushStyleColor(ImGuiCol_Border, theme::kBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  ImGui::BeginChild("##card", ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(fonts.bold);
  text_wrapped_view(card.title);
  ImGui::PopFont();
  ImGui::PushFont(fonts.title);
  text_wrapped_view(card.value);
  ImGui::PopFont();
  const std::string hook = "public.value." + card.id;
  test_hook_item(app.frame.test_hook, hook.c_str());
  if (!card.detail.empty()) muted(card.detail);
  ImGui::Spacing();
  text_wrapped_view(card.region);
  text_wrapped_view(card.nederland);
  ImGui::PushFont(fonts.bold);
  text_wrapped_view(card.words);
  ImGui::PopFont();
  if (!card.similar.empty()) muted(card.similar);
  muted(trf("Bron: {1} \xC2\xB7 periode {2}", {card.source, card.period}));
  ImGui::Spacing();
  const bool open = disclosure("##uitleg", tr("Wat betekent dit?"));
  const std::string open_hook = "public.explain." + card.id;
  test_hook_item(app.frame.test_hook, open_hook.c_str());
  if (open) {
    for (const PublicTerm& t : card.terms) {
      ImGui::PushFont(fonts.bold);
      text_wrapped_view(t.name);
      ImGui::PopFont();
      text_wrapped_view(t.text);
      ImGui::Spacing();
    }
    ImGui::PushFont(fonts.bold);
    text_wrapped_view(tr("Hoe is dit gemeten?"));
    ImGui::PopFont();
    text_wrapped_view(card.definition);
    if (!card.divided_by.empty()) muted(card.divided_by);
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  ImGui::PopID();
}

}  // namespace

std::vector<PublicCard> public_cards(const AppState& app) {
  std::vector<PublicCard> out;
  const FiguresStore& store = app.model.public_store;
  const Dataset& d = store.data;
  if (app.view.gemeente < 0 || static_cast<std::size_t>(app.view.gemeente) >= d.gemeenten.size()) return out;
  Group region, nederland;
  const std::vector<PublicComparison> rows = public_comparisons(store, app.view.gemeente, region, nederland);
  const Gemeente& g = d.gemeenten[static_cast<std::size_t>(app.view.gemeente)];
  for (const PublicComparison& p : rows) {
    const IndicatorMeta& m = d.variables[static_cast<std::size_t>(p.variable)];
    PublicCard c;
    c.id = p.figure->series;
    c.title = tr(p.figure->title);
    c.value = public_value(m, p.region.value);
    if (is_rate(m) && p.region.value == p.region.value) {
      c.detail = trf("{1} ({2}) van de jongeren van {3}",
                     {figure(m, p.region.value), keep_together(format_rate_per_thousand(p.region.value, language())),
                      keep_together(tr(std::string_view(m.population)))});
    }
    // No figure: why, under where it would be (a 0 booked is not a figure, core/iv3.h).
    if (!(p.region.value == p.region.value))
      c.detail = tr(std::string_view(figure_note(store, p.variable, app.view.gemeente)));
    // A negative amount: what it means, where a rate has its detail (compare.h, is_correction).
    if (is_correction(m, p.region.value)) c.detail = negative_amount_text(translations());
    c.region = group_line(m, p.region, region);
    c.nederland = group_line(m, p.nederland, nederland);
    const Difference in_region = difference_of(p.region), in_nl = difference_of(p.nederland);
    c.words = trf("{1}: {2}, {3}.", {g.name, words_for(in_region, true), words_for(in_nl, false)});
    if (in_region == Difference::Similar || in_nl == Difference::Similar) {
      c.similar = is_rate(m)
                      ? tr("\xE2\x80\x9EOngeveer even veel\xE2\x80\x9D betekent: het verschil is zo klein dat het "
                           "toeval kan zijn.")
                      : tr("\xE2\x80\x9EOngeveer even veel\xE2\x80\x9D betekent: het bedrag ligt tussen dat van "
                           "de middelste helft van de gemeenten.");
    }
    c.source = tr(std::string_view(m.source));
    // The series' own label ("2023"): the column's text repeats the document ("jaarrekening 2023"),
    // which the source already names.
    const Series& series = store.series[static_cast<std::size_t>(p.series)];
    for (std::size_t i = 0; i < series.variables.size(); ++i) {
      if (series.variables[i] == p.variable) c.period = series.periods[i].label();
    }
    c.definition = tr(std::string_view(m.definition));
    c.denominator = tr(std::string_view(m.denominator));
    if (!c.denominator.empty()) c.divided_by = trf("Gedeeld door: {1}.", {c.denominator});
    for (const Term t : p.figure->terms) {
      const TermText& text = term_text(t);
      c.terms.push_back({text.id, tr(text.name), tr(text.explanation)});
    }
    c.value_number = p.region.value;
    c.region_number = group_number(p.region);
    c.nederland_number = group_number(p.nederland);
    out.push_back(std::move(c));
  }
  return out;
}

std::string public_meaning() {
  // Hilversum's Beleidsagenda ("Jeugdhulp is niet altijd de oplossing"), Teylingen's plan ("niet
  // door minder hulp te bieden") and the CBS figure's own caveat (no measure of unmet need).
  return tr(
      "Meer jeugdzorg is niet vanzelf slechter. Het kan betekenen dat kinderen de hulp krijgen die ze nodig "
      "hebben. Minder is niet vanzelf beter: misschien wachten kinderen nog op hulp. Gemeenten verschillen ook in "
      "wie er wonen. De cijfers laten zien waar uw gemeente staat, niet waarom.");
}

std::vector<std::string> public_sources(const AppState& app) {
  std::vector<std::string> out;
  const FiguresStore& store = app.model.public_store;
  for (const PublicFigure& f : public_figures()) {
    const int s = find_series(store, f.series);
    if (s < 0) continue;
    const int source = store.series[static_cast<std::size_t>(s)].source;
    if (source < 0) continue;
    const Source& src = store.sources[static_cast<std::size_t>(source)];
    std::string line = src.attribution.empty() ? src.title : src.attribution;
    if (!src.licence.empty()) line += " (" + src.licence + ")";
    if (std::find(out.begin(), out.end(), line) == out.end()) out.push_back(line);
  }
  return out;
}

void view_public(AppState& app) {
  const Fonts& fonts = app.platform.fonts;
  const float column = begin_view("##publiek", 720.0f, 20.0f);
  app.frame.shown = ShownComparison{};

  ImGui::PushFont(fonts.title);
  text_wrapped_view(tr("Jeugdzorg in uw gemeente"));
  ImGui::PopFont();
  text_wrapped_view(
      tr("Hoeveel jongeren krijgen jeugdzorg, en wat geeft de gemeente daaraan uit? Vergelijk uw gemeente met "
         "de jeugdregio en met heel Nederland."));
  ImGui::Spacing();
  heading(fonts.bold, tr("Kies uw gemeente"));
  gemeente_search(app, "public", column);
  ImGui::Spacing();

  if (app.view.gemeente < 0) {
    muted(tr("Typ de naam van uw gemeente, bijvoorbeeld Hilversum, en kies haar uit de lijst."));
  } else {
    gemeente_line(app, app.model.public_store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)]);
    ImGui::Spacing();
    for (const PublicCard& card : public_cards(app)) {
      draw_card(app, card, column);
      ImGui::Spacing();
    }
  }

  heading(fonts.bold, tr("Wat zegt deze vergelijking?"));
  text_wrapped_view(public_meaning());
  heading(fonts.bold, tr("Waar komen de cijfers vandaan?"));
  text_wrapped_view(
      tr("Alle cijfers op deze pagina zijn openbaar. Deze pagina stuurt niets door, ook niet wat u typt."));
  for (const std::string& line : public_sources(app)) muted(line);
  ImGui::Spacing();
  if (ImGui::SmallButton(tr("Naar de volledige versie"))) {
    app.view.mode = Mode::Full;
    if (app.view.gemeente >= 0 && app.view.tab == Tab::Start) app.view.tab = Tab::Dashboard;
  }
  test_hook_item(app.frame.test_hook, "public.full");
  tooltip("%s", tr("Alle cijfers en vergelijkingen, voor beleidsmedewerkers en raadsleden."));
  end_view();
}

void public_mode_button(AppState& app, float width) {
  const char* label = tr("Publieksversie");
  same_line_if_fits(button_width(label), ImGui::GetCursorScreenPos().x + width);
  if (ImGui::SmallButton(label)) app.view.mode = Mode::Public;
  test_hook_item(app.frame.test_hook, "view.public");
  tooltip("%s", tr("Dezelfde gemeente eenvoudig uitgelegd, voor inwoners. Geen eigen cijfers en niets te bewerken."));
}

}  // namespace jv::app
