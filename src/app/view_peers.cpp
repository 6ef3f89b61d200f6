// "Vergelijkbare gemeenten": the chosen gemeente's statistically nearest gemeenten, why they are
// alike (and where they differ), and editing the peer group and the user's own list.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_shared.h"
#include "app/views.h"
#include "core/format.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace jv::app {

namespace {

constexpr ImU32 kDifferBg = IM_COL32(252, 226, 216, 255);  // pale vermilion: differs most
constexpr ImU32 kAlikeBg = IM_COL32(222, 236, 247, 255);   // pale blue: alike
constexpr ImU32 kOwnRowBg = IM_COL32(255, 244, 214, 255);  // the chosen gemeente's own row
// A characteristic counts as "alike" when the two values lie within a quarter of a standard
// deviation of each other: its contribution to the squared distance is below 0.25^2.
constexpr double kAlikeContribution = 0.0625;

// Column headers: the characteristics' names are long; the header shows a short one and the
// tooltip the full name.
const char* short_name(const IndicatorMeta& v) {
  struct Short {
    std::string_view id;
    const char* label;
  };
  static constexpr Short kShort[] = {
      {"gescheiden", translatable("Gescheiden")},
      {"eenpersoonshuishoudens", translatable("Alleen-\nwonend")},
      {"laag_inkomen", translatable("Laag\ninkomen")},
      {"sociaal_minimum", translatable("Sociaal\nminimum")},
      {"bijstand_per_1000", translatable("Bijstand\n(per 1.000)")},
      {"wmo_per_1000", translatable("Wmo\n(per 1.000)")},
      {"jeugd_0_14", translatable("0\xE2\x80\x93"
                                  "14\njaar")},
      {"jeugd_15_24", translatable("15\xE2\x80\x93"
                                   "24\njaar")},
      {"migratie_nw", translatable("Niet-\nwesters")},
      {"inkomen_per_inwoner", translatable("Inkomen\nper inwoner")},
      {"stedelijkheid", translatable("Stedelijk-\nheid")},
      {"sociale_huur", translatable("Sociale\nhuur")},
      {"huishoudgrootte", translatable("Huishoud-\ngrootte")},
  };
  for (const Short& s : kShort) {
    if (s.id == v.id) return tr(s.label);
  }
  return tr(v.name);
}

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// One neighbour as shown: its distance and rank, and which characteristics set it apart.
struct PeerRow {
  int gemeente = -1;
  int rank = 0;  // 1 = most alike of all gemeenten
  const Neighbour* n = nullptr;
  std::vector<int> differ;  // positions in bench.peer_variables, most different first (2)
  std::vector<int> alike;   // positions, most alike first (up to 3)
  std::string differ_text, alike_text;
};

// A neighbour's name opens its own overview: partners discuss a peer, not only the chosen one.
void open_on_click(AppState& app, int g) {
  const std::string hook = "peers.open." + app.model.store.data.gemeenten[static_cast<std::size_t>(g)].code;
  test_hook_item(app.frame.test_hook, hook.c_str());
  // Only on hover: on a phone the tap itself opens the overview.
  if (Tooltip* t = item_tooltip(TooltipFlags_HoverOnly)) {
    t->text(trf("Klik om het overzicht van {1} te openen.",
                {app.model.store.data.gemeenten[static_cast<std::size_t>(g)].name}));
  }
  if (!ImGui::IsItemHovered()) return;
  ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    app_select_gemeente(app, g);
    app.view.tab = Tab::Dashboard;
  }
}

void insert_sorted(std::vector<int>& list, int g) {
  const auto it = std::lower_bound(list.begin(), list.end(), g);
  if (it == list.end() || *it != g) list.insert(it, g);
}

void erase_value(std::vector<int>& list, int g) { list.erase(std::remove(list.begin(), list.end(), g), list.end()); }

const Gemeente& gem(const Model& model, int g) { return model.store.data.gemeenten[static_cast<std::size_t>(g)]; }

PeerRow make_row(const Model& model, const Neighbour& n, int rank) {
  PeerRow row;
  row.gemeente = n.gemeente;
  row.rank = rank;
  row.n = &n;
  std::vector<int> order;
  for (std::size_t j = 0; j < n.contributions.size(); ++j) {
    if (!std::isnan(n.contributions[j])) order.push_back(static_cast<int>(j));
  }
  const auto contribution = [&](int j) { return n.contributions[static_cast<std::size_t>(j)]; };
  std::sort(order.begin(), order.end(), [&](int a, int b) { return contribution(a) > contribution(b); });
  for (std::size_t i = 0; i < order.size() && i < 2; ++i) row.differ.push_back(order[i]);
  for (auto it = order.rbegin(); it != order.rend() && row.alike.size() < 3; ++it) {
    if (std::find(row.differ.begin(), row.differ.end(), *it) != row.differ.end()) break;
    if (contribution(*it) < kAlikeContribution || row.alike.empty()) row.alike.push_back(*it);
  }
  const std::vector<int>& vars = model.store.bench.peer_variables;
  auto name_of = [&](int j) {
    return lower_first(
        tr(model.store.data.variables[static_cast<std::size_t>(vars[static_cast<std::size_t>(j)])].name));
  };
  for (std::size_t i = 0; i < row.differ.size(); ++i) {
    const auto j = static_cast<std::size_t>(row.differ[i]);
    const char* how = tr(n.neighbour_values[j] > n.own_values[j] ? "hoger" : "lager");
    row.differ_text += (i ? "; " : "") + name_of(row.differ[i]) + " (" + how + ")";
  }
  for (std::size_t i = 0; i < row.alike.size(); ++i) row.alike_text += (i ? "; " : "") + name_of(row.alike[i]);
  return row;
}

// A search field that adds a gemeente to `list` (kept ascending). `exclude` is never offered.
void add_search(AppState& app, std::string& query, std::vector<int>& list, int exclude, const char* hook,
                const char* hint, float width) {
  ImGui::PushID(hook);
  const float field = std::min(width, 360.0f);
  ImGui::SetNextItemWidth(field);
  ImGui::InputTextWithHint("##add", hint, &query);
  note_text_field(app.frame.text_fields, TextKind::Search);
  test_hook_item(app.frame.test_hook, hook);
  const bool enter = ImGui::IsItemDeactivatedAfterEdit() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  if (!query.empty()) {
    std::vector<int> hits;
    for (const int h : search_gemeenten(app.model.store.data, query, 12)) {
      if (h != exclude && !std::binary_search(list.begin(), list.end(), h)) hits.push_back(h);
      if (hits.size() == 6) break;
    }
    if (hits.empty()) text_disabled(tr("Geen gemeente gevonden die nog niet in de lijst staat."));
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const Gemeente& g = gem(app.model, hits[i]);
      const std::string label = "+ " + g.name + "  (" + g.code + ")";
      ImGui::PushID(hits[i]);
      bool take = ImGui::Selectable(label.c_str(), false, 0, ImVec2(field, 0));
      if (i == 0) {
        const std::string first = std::string(hook) + ".first_hit";
        test_hook_item(app.frame.test_hook, first.c_str());
        take = take || enter;
      }
      ImGui::PopID();
      if (take) {
        insert_sorted(list, hits[i]);
        query.clear();
        break;
      }
    }
  }
  ImGui::PopID();
}

// The wide table: the chosen gemeente first, then each neighbour with its values.
// `controls`: with the column of "Verwijder" buttons; without: the picture of the table.
void peers_table(AppState& app, const std::vector<PeerRow>& rows, const std::vector<double>& own, float width,
                 int& remove, bool controls = true) {
  const std::vector<int>& vars = app.model.store.bench.peer_variables;
  const int values_end = 2 + static_cast<int>(vars.size());
  const int columns = values_end + (controls ? 1 : 0);
  const ImGuiStyle& style = ImGui::GetStyle();
  // What the columns need: the characteristics as wide as their two-line header or widest value.
  float values_w = 0.0f;
  std::vector<float> value_w;  // per characteristic, given to its column: right from the first frame
  for (std::size_t j = 0; j < vars.size(); ++j) {
    const IndicatorMeta& meta = app.model.store.data.variables[static_cast<std::size_t>(vars[j])];
    float w = ImGui::CalcTextSize(short_name(meta)).x;
    w = std::max(w, ImGui::CalcTextSize(figure(meta, own[j]).c_str()).x);
    for (const PeerRow& row : rows)
      w = std::max(w, ImGui::CalcTextSize(figure(meta, row.n->neighbour_values[j]).c_str()).x);
    values_w += w + 2.0f * style.CellPadding.x;
    value_w.push_back(w);
  }
  const float distance_w = ImGui::CalcTextSize(tr("Afstand")).x + 2.0f * style.CellPadding.x;
  const float action_w = controls ? button_width(tr("Verwijder")) + 2.0f * style.CellPadding.x : 0.0f;
  constexpr float kNameMin = 230.0f;
  // Too narrow for every column: scroll sideways with the names frozen on the left. A scrolling
  // table needs its height up front, so add up the rows' wrapped text.
  const bool scroll = width < kNameMin + distance_w + values_w + action_w + 4.0f;
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings;
  float height = 0.0f;
  if (scroll) {
    flags |= ImGuiTableFlags_ScrollX;
    const float wrap = kNameMin - 2.0f * style.CellPadding.x;
    const float line = ImGui::GetTextLineHeight();
    const float cell_pad = 2.0f * style.CellPadding.y;
    height = 2.0f * line + cell_pad + style.ItemSpacing.y;  // two-line headers
    height += line + cell_pad + 4.0f;                       // the chosen gemeente's row
    for (const PeerRow& row : rows) {
      const std::string name = std::to_string(row.rank) + ". " + gem(app.model, row.gemeente).name;
      ImGui::PushFont(app.platform.fonts.bold);
      float h = wrapped_size(name, wrap).y;
      ImGui::PopFont();
      if (!row.differ_text.empty())
        h += style.ItemSpacing.y + wrapped_size(trf("Verschilt vooral in: {1}", {row.differ_text}), wrap).y;
      if (!row.alike_text.empty())
        h += style.ItemSpacing.y + wrapped_size(trf("Lijkt vooral in: {1}", {row.alike_text}), wrap).y;
      height += std::max(h, ImGui::GetFrameHeight()) + cell_pad + 2.0f;
    }
    height += style.ScrollbarSize + 8.0f;
  }
  if (!ImGui::BeginTable("##peers", columns, flags, ImVec2(width, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  if (scroll) ImGui::TableSetupColumn(tr("Gemeente"), ImGuiTableColumnFlags_WidthFixed, kNameMin);
  else ImGui::TableSetupColumn(tr("Gemeente"), ImGuiTableColumnFlags_WidthStretch);
  // Widths given rather than fitted to what the last frame drew: a picture's table is drawn once.
  ImGui::TableSetupColumn(tr("Afstand"), ImGuiTableColumnFlags_WidthFixed, distance_w - 2.0f * style.CellPadding.x);
  for (std::size_t j = 0; j < vars.size(); ++j) {
    ImGui::TableSetupColumn(short_name(app.model.store.data.variables[static_cast<std::size_t>(vars[j])]),
                            ImGuiTableColumnFlags_WidthFixed, value_w[j]);
  }
  if (controls) ImGui::TableSetupColumn("##actie");
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < columns; ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    if (c >= 2 && c < values_end) {
      const IndicatorMeta& meta =
          app.model.store.data.variables[static_cast<std::size_t>(vars[static_cast<std::size_t>(c - 2)])];
      if (Tooltip* t = item_tooltip()) t->bold(tr(meta.name), app.platform.fonts.bold).text(tr(meta.definition));
    } else if (c == 1) {
      tooltip(tr("Gestandaardiseerde afstand: 0 is gelijk; hoe kleiner, hoe meer de gemeente lijkt."));
    }
  }
  // The chosen gemeente's own values.
  ImGui::TableNextRow();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, kOwnRowBg);
  ImGui::TableNextColumn();
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped(tr("%s (gekozen)"), gem(app.model, app.view.gemeente).name.c_str());
  ImGui::PopFont();
  ImGui::TableNextColumn();
  text_wrapped_view("\xE2\x80\x93");
  for (std::size_t j = 0; j < vars.size(); ++j) {
    ImGui::TableNextColumn();
    text_wrapped_view(figure(app.model.store.data.variables[static_cast<std::size_t>(vars[j])], own[j]));
  }
  if (controls) ImGui::TableNextColumn();

  for (const PeerRow& row : rows) {
    const Gemeente& g = gem(app.model, row.gemeente);
    ImGui::PushID(row.gemeente);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped("%d. %s", row.rank, g.name.c_str());
    ImGui::PopFont();
    if (controls) open_on_click(app, row.gemeente);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    if (!row.differ_text.empty()) text_wrapped(tr("Verschilt vooral in: %s"), row.differ_text.c_str());
    if (!row.alike_text.empty()) text_wrapped(tr("Lijkt vooral in: %s"), row.alike_text.c_str());
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    text_wrapped_view(format_number(row.n->distance, 2, language()));
    for (std::size_t j = 0; j < vars.size(); ++j) {
      ImGui::TableNextColumn();
      const int pos = static_cast<int>(j);
      if (std::find(row.differ.begin(), row.differ.end(), pos) != row.differ.end()) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kDifferBg);
      } else if (std::find(row.alike.begin(), row.alike.end(), pos) != row.alike.end()) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kAlikeBg);
      }
      text_wrapped_view(
          figure(app.model.store.data.variables[static_cast<std::size_t>(vars[j])], row.n->neighbour_values[j]));
    }
    if (controls) {
      ImGui::TableNextColumn();
      if (ImGui::Button(tr("Verwijder"))) remove = row.gemeente;
      const std::string hook = "peers.remove." + g.code;
      test_hook_item(app.frame.test_hook, hook.c_str());
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  test_hook_item(app.frame.test_hook, "peers.table");
}

// The phone: one card per neighbour, with only what sets it apart.
void peers_cards(AppState& app, const std::vector<PeerRow>& rows, float width, int& remove, bool controls = true) {
  const std::vector<int>& vars = app.model.store.bench.peer_variables;
  const std::string own_name = gem(app.model, app.view.gemeente).name;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const PeerRow& row = rows[i];
    const Gemeente& g = gem(app.model, row.gemeente);
    ImGui::PushID(row.gemeente);
    ImGui::Separator();
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped("%d. %s", row.rank, g.name.c_str());
    ImGui::PopFont();
    if (controls) open_on_click(app, row.gemeente);
    text_wrapped(tr("Afstand %s"), format_number(row.n->distance, 2, language()).c_str());
    for (std::size_t k = 0; k < row.differ.size(); ++k) {
      const auto j = static_cast<std::size_t>(row.differ[k]);
      const IndicatorMeta& meta = app.model.store.data.variables[static_cast<std::size_t>(vars[j])];
      text_wrapped("%s %s: %s (%s %s)", k == 0 ? tr("Verschilt vooral in") : tr("en in"),
                   lower_first(tr(meta.name)).c_str(), figure(meta, row.n->neighbour_values[j]).c_str(),
                   own_name.c_str(), figure(meta, row.n->own_values[j]).c_str());
    }
    if (!row.alike_text.empty()) muted(trf("Lijkt vooral in: {1}", {row.alike_text}));
    if (controls) {
      if (ImGui::Button(tr("Verwijder"), ImVec2(std::min(width, button_width(tr("Verwijder"))), 0)))
        remove = row.gemeente;
      const std::string hook = "peers.remove." + g.code;
      test_hook_item(app.frame.test_hook, hook.c_str());
    }
    ImGui::PopID();
  }
  ImGui::Separator();
}

void explanation(AppState& app) {
  const std::vector<int>& vars = app.model.store.bench.peer_variables;
  std::string names;
  for (std::size_t i = 0; i < vars.size(); ++i) {
    if (i) names += i + 1 == vars.size() ? tr(" en ") : ", ";
    names += lower_first(tr(app.model.store.data.variables[static_cast<std::size_t>(vars[i])].name));
  }
  const std::string& name = gem(app.model, app.view.gemeente).name;
  text_wrapped(
      tr("Vergelijkbaar betekent hier: gemeenten waar de inwoners en de omgeving het meest lijken op die van %s. "
         "We kijken naar %zu kenmerken van CBS: %s."),
      name.c_str(), vars.size(), names.c_str());
  text_wrapped(
      tr("Elk kenmerk wordt eerst omgerekend naar standaardafwijkingen van het landelijke gemiddelde, zodat een "
         "percentage en een inkomen even zwaar tellen. De afstand tussen twee gemeenten telt de kwadraten van die "
         "verschillen op en neemt daar de wortel uit: 0 is gelijk, en hoe kleiner de afstand, hoe meer de gemeente lijkt. "
         "De %d gemeenten met de kleinste afstand zijn de vergelijkbare gemeenten."),
      app.view.k);
  muted(
      tr("Alkmaar vergelijkt zich in zijn beleidsvisie jeugd ook met tien vergelijkbare gemeenten (Benchmark Jeugd "
         "van Van Dam Datapartners). Deze berekening is een eigen, openbare berekening op CBS-cijfers. Het zijn "
         "kenmerken van de inwoners, niet van de jeugdhulp: zo vergelijkt u met gemeenten die een vergelijkbare "
         "uitgangspositie hebben."));
}

void custom_section(AppState& app, const std::vector<Neighbour>& all, float column, float right) {
  heading(app.platform.fonts.bold, tr("Eigen lijst"));
  text_wrapped(
      tr("Stel zelf een groep samen, bijvoorbeeld de gemeenten waarmee u samenwerkt of inkoopt. Kies daarna bij "
         "\xE2\x80\x9EVergelijk met\xE2\x80\x9D de knop \xE2\x80\x9E"
         "Eigen lijst\xE2\x80\x9D."));
  std::vector<int>& custom = app.view.custom;
  int remove = -1;
  if (custom.empty()) muted(tr("De eigen lijst is nog leeg."));
  for (const int m : custom) {
    const Gemeente& g = gem(app.model, m);
    ImGui::PushID(m);
    std::string label = g.name + " (" + g.code + ")";
    for (const Neighbour& n : all) {
      if (n.gemeente == m) {
        label += trf(", afstand {1}", {format_number(n.distance, 2, language())});
        break;
      }
    }
    if (m == app.view.gemeente) label += tr(", de gekozen gemeente");
    ImGui::AlignTextToFramePadding();
    text_wrapped("%s", label.c_str());
    same_line_if_fits(button_width(tr("Verwijder")), right);
    if (ImGui::Button(tr("Verwijder"))) remove = m;
    const std::string hook = "custom.remove." + g.code;
    test_hook_item(app.frame.test_hook, hook.c_str());
    ImGui::PopID();
  }
  if (remove >= 0) erase_value(custom, remove);
  add_search(app, app.ui.custom_query, custom, -1, "custom.add", tr("Voeg een gemeente toe aan de eigen lijst"),
             column);
  if (!custom.empty()) {
    const bool in_use = app.view.group == GroupKind::Custom;
    const char* use_label = in_use ? tr("Eigen lijst is de vergelijkingsgroep") : tr("Vergelijk met de eigen lijst");
    ImGui::BeginDisabled(in_use);
    if (ImGui::Button(use_label)) app.view.group = GroupKind::Custom;
    ImGui::EndDisabled();
    test_hook_item(app.frame.test_hook, "custom.use");
    same_line_if_fits(button_width(tr("Maak de lijst leeg")), right);
    if (ImGui::Button(tr("Maak de lijst leeg"))) custom.clear();
    test_hook_item(app.frame.test_hook, "custom.clear");
  }
}

}  // namespace

namespace {

// The peers as edited, most alike first (`position`: each gemeente's place in `all`), and those
// without a distance (missing characteristics).
void peer_rows(const AppState& app, const std::vector<Neighbour>& all, const std::vector<int>& position,
               std::vector<PeerRow>& rows, std::vector<int>& unknown) {
  for (const int p : app.view.peers) {
    if (p == app.view.gemeente) continue;
    const int at = position[static_cast<std::size_t>(p)];
    if (at < 0) {
      unknown.push_back(p);
      continue;
    }
    rows.push_back(make_row(app.model, all[static_cast<std::size_t>(at)], at + 1));
  }
  std::sort(rows.begin(), rows.end(), [](const PeerRow& a, const PeerRow& b) { return a.rank < b.rank; });
}

// The chosen gemeente's characteristics, as the table's first row shows them.
std::vector<double> own_values(const AppState& app, const std::vector<Neighbour>& all) {
  std::vector<double> own = all.empty() ? std::vector<double>() : all.front().own_values;
  if (own.empty()) own = app.model.store.bench.peer_rows[static_cast<std::size_t>(app.view.gemeente)];
  return own;
}

}  // namespace

void view_peers_figure(AppState& app, float width) {
  if (app.view.gemeente < 0 || app.model.store.data.gemeenten.empty()) return;
  app_ensure_peers(app);
  const Gemeente& chosen = gem(app.model, app.view.gemeente);
  const std::vector<Neighbour> all =
      neighbours(app.model.store.bench, app.view.gemeente, static_cast<int>(app.model.store.data.gemeenten.size()));
  std::vector<int> position(app.model.store.data.gemeenten.size(), -1);
  for (std::size_t i = 0; i < all.size(); ++i)
    position[static_cast<std::size_t>(all[i].gemeente)] = static_cast<int>(i);
  std::vector<PeerRow> rows;
  std::vector<int> unknown;
  peer_rows(app, all, position, rows, unknown);
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped(tr("De %zu gemeenten die het meest op %s lijken"), app.view.peers.size(), chosen.name.c_str());
  ImGui::PopFont();
  if (rows.empty()) return;
  int remove = -1;
  if (is_phone(width)) {
    // A phone's screen: the cards the view shows there; a table would be cut at its side.
    peers_cards(app, rows, width, remove, false);
    test_hook_item(app.frame.test_hook, "peers.table");
  } else {
    muted(
        tr("Rood gemarkeerd: de twee kenmerken waarin een gemeente het meest verschilt. Blauw: waarin zij het "
           "meest lijkt."));
    peers_table(app, rows, own_values(app, all), width, remove, false);
  }
  for (const int u : unknown)
    text_wrapped(tr("%s (geen afstand: kenmerken ontbreken)"), gem(app.model, u).name.c_str());
}

void view_peers(AppState& app) {
  app_ensure_peers(app);  // the peers as edited, made from the core for a new gemeente

  const float column = begin_view("##peers_scroll", 1240.0f);
  const float right = ImGui::GetCursorScreenPos().x + column;

  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped(tr("Vergelijkbare gemeenten"));
  ImGui::PopFont();
  gemeente_search(app, "peers", std::min(column, 320.0f));

  std::vector<Neighbour> all;
  if (app.view.gemeente < 0 || app.model.store.data.gemeenten.empty()) {
    ImGui::Spacing();
    text_wrapped(tr("Kies hierboven een gemeente. U ziet dan de %d gemeenten die er statistisch het meest op lijken, "
                    "waarom ze lijken en waarin ze verschillen."),
                 app.view.k);
  } else {
    app_ensure_peers(app);
    const Gemeente& chosen = gem(app.model, app.view.gemeente);
    all = neighbours(app.model.store.bench, app.view.gemeente, static_cast<int>(app.model.store.data.gemeenten.size()));
    std::vector<int> position(app.model.store.data.gemeenten.size(), -1);
    for (std::size_t i = 0; i < all.size(); ++i)
      position[static_cast<std::size_t>(all[i].gemeente)] = static_cast<int>(i);

    ImGui::Spacing();
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped(tr("De %zu gemeenten die het meest op %s lijken"), app.view.peers.size(), chosen.name.c_str());
    ImGui::PopFont();
    text_wrapped(tr("Gemeenten waar de inwoners en de omgeving het meest lijken op die van %s, gemeten over %zu "
                    "kenmerken van CBS (uitleg onder de lijst). De kleinste afstand lijkt het meest."),
                 chosen.name.c_str(), app.model.store.bench.peer_variables.size());
    export_view_buttons(app, right);

    std::vector<PeerRow> rows;
    std::vector<int> unknown;  // in the list but without a distance (missing characteristics)
    peer_rows(app, all, position, rows, unknown);

    ImGui::Spacing();
    int remove = -1;
    if (rows.empty()) {
      muted(tr("De lijst is leeg. Voeg hieronder gemeenten toe of herstel de meest vergelijkbare."));
    } else if (!is_phone(column)) {
      muted(
          tr("Rood gemarkeerd: de twee kenmerken waarin een gemeente het meest verschilt. Blauw: waarin zij het "
             "meest lijkt."));
      muted(tr("Wijs een kolomkop aan voor de volledige omschrijving."));
      peers_table(app, rows, own_values(app, all), column, remove);
    } else {
      peers_cards(app, rows, column, remove);
    }
    for (const int u : unknown) {
      ImGui::PushID(u);
      ImGui::AlignTextToFramePadding();
      text_wrapped(tr("%s (geen afstand: kenmerken ontbreken)"), gem(app.model, u).name.c_str());
      same_line_if_fits(button_width(tr("Verwijder")), right);
      if (ImGui::Button(tr("Verwijder"))) remove = u;
      const std::string hook = "peers.remove." + gem(app.model, u).code;
      test_hook_item(app.frame.test_hook, hook.c_str());
      ImGui::PopID();
    }
    if (remove >= 0) erase_value(app.view.peers, remove);

    heading(app.platform.fonts.bold, tr("Wat betekent vergelijkbaar?"));
    explanation(app);

    heading(app.platform.fonts.bold, tr("De groep aanpassen"));
    text_wrapped(
        tr("Haal een gemeente weg die om een bekende reden niet past, of voeg er een toe. De vergelijking "
           "in de andere schermen gebruikt de groep zoals u die hier aanpast."));
    add_search(app, app.ui.peer_query, app.view.peers, app.view.gemeente, "peers.add",
               tr("Voeg een gemeente toe aan de groep"), column);
    const std::string reset = trf("Herstel de {1} meest vergelijkbare", {std::to_string(app.view.k)});
    if (ImGui::Button(reset.c_str())) {
      app.view.peers_for = -1;
      app_ensure_peers(app);
    }
    test_hook_item(app.frame.test_hook, "peers.reset");
    const bool in_use = app.view.group == GroupKind::Peers;
    const char* use_label = in_use ? tr("Dit is de vergelijkingsgroep") : tr("Vergelijk met deze gemeenten");
    same_line_if_fits(button_width(use_label), right);
    ImGui::BeginDisabled(in_use);
    if (ImGui::Button(use_label)) app.view.group = GroupKind::Peers;
    ImGui::EndDisabled();
    test_hook_item(app.frame.test_hook, "peers.use");
    same_line_if_fits(button_width(tr("Neem over in de eigen lijst")), right);
    if (ImGui::Button(tr("Neem over in de eigen lijst"))) app.view.custom = app.view.peers;
    test_hook_item(app.frame.test_hook, "peers.to_custom");
  }

  custom_section(app, all, column, right);

  end_view();
}

}  // namespace jv::app
