#include "app/view_shared.h"
#include "app/i18n.h"
#include "app/layout.h"

#include <algorithm>
#include <cmath>

#include "app/theme.h"
#include "app/tooltip.h"
#include "app/view_public.h"
#include "app/views.h"
#include "core/explain.h"
#include "core/format.h"
#include "imgui_stdlib.h"

namespace jv::app {

std::string figure(const IndicatorMeta& meta, double value) {
  return keep_together(format_value(meta, value, language()));
}

std::string figure_note(const FiguresStore& store, int variable, int gemeente) {
  const auto it = store.notes.find({variable, gemeente});
  return it == store.notes.end() ? std::string() : it->second;
}

// "Deel deze weergave": the page's address with the view in its fragment, to the clipboard.
// Partners at a stakeholder session open the same figures; own figures are never in the link.
// "Link gekopieerd" only once the browser confirms; when it refuses, the link stands in a field,
// selected, to copy by hand.
void share_button(AppState& app, float width) {
  if (!app.platform.hooks.page_address) return;
  ShareState& share = app.ui.share;
  if (ImGui::SmallButton(tr("Deel deze weergave"))) {
    share.link = app.platform.hooks.page_address(app.platform.hooks.user) + "#" + app_view_link(app);
    share.status = ShareState::Status::Pending;
    if (app.platform.hooks.copy_text) app.platform.hooks.copy_text(app.platform.hooks.user, share.link);
    else app_clipboard_result(app, false);  // no clipboard at all: show the link
  }
  test_hook_item(app.frame.test_hook, "view.share");
  tooltip(tr("Kopieert een link naar deze gemeente, groep en weergave. Uw eigen cijfers gaan niet mee."));
  if (share.status == ShareState::Status::Copied) {
    // With reduced motion nothing goes by itself: the note stays while the link is what is on screen.
    const bool stays =
        app.platform.reduced_motion &&
        share.link == app.platform.hooks.page_address(app.platform.hooks.user) + "#" + app_view_link(app);
    if (stays || (!app.platform.reduced_motion && ImGui::GetTime() - share.at < 2.5)) {
      ImGui::SameLine();
      text_disabled(tr("Link gekopieerd"));
      test_hook_item(app.frame.test_hook, "view.share_copied");
      if (!stays) app.frame.wants_animation = true;  // redraw until the note has gone
    } else {
      share.status = ShareState::Status::Idle;
    }
  } else if (share.status == ShareState::Status::Failed) {
    text_wrapped(
        tr("Kopi\xC3\xABren lukte niet: de browser stond het niet toe. De link staat hieronder geselecteerd; "
           "kopieer hem met Ctrl+C (Cmd+C op een Mac) of houd hem ingedrukt op een telefoon."));
    if (share.focus_field) {
      ImGui::SetKeyboardFocusHere();
      share.focus_field = false;
    }
    const float close_w = button_width(tr("Sluiten")) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(std::max(120.0f, width - close_w));
    ImGui::InputText("##deellink", &share.link, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    test_hook_item(app.frame.test_hook, "view.share_link");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Sluiten"))) share.status = ShareState::Status::Idle;
    test_hook_item(app.frame.test_hook, "view.share_close");
  }
}

bool view_header(AppState& app, const char* hook_prefix, const char* title, float width) {
  ImGui::PushFont(app.platform.fonts.title);
  if (app.view.gemeente >= 0) {
    const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)];
    text_wrapped("%s: %s", title, g.name.c_str());
  } else {
    text_wrapped("%s", title);
  }
  ImGui::PopFont();
  // On a phone the first screen belongs to the figures: once a gemeente is chosen, its details and
  // the search fold behind one button.
  const bool compact =
      is_phone(width) && app.view.gemeente >= 0 && !app.ui.search_open && app.ui.gemeente_query.empty();
  if (compact) {
    if (ImGui::SmallButton(tr("Andere gemeente"))) app.ui.search_open = true;
    const std::string hook = std::string(hook_prefix) + ".change";
    test_hook_item(app.frame.test_hook, hook.c_str());
    if (app.platform.hooks.page_address) {
      same_line_if_fits(button_width(tr("Deel deze weergave")), ImGui::GetItemRectMin().x + width);
      share_button(app, width);
    }
    public_mode_button(app, width);
  } else if (app.view.gemeente >= 0) {
    const Gemeente& g = app.model.store.data.gemeenten[static_cast<std::size_t>(app.view.gemeente)];
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
    text_wrapped(
        tr("%s \xC2\xB7 %s inwoners \xC2\xB7 jeugdregio %s \xC2\xB7 provincie %s \xC2\xB7 gemeentegrenzen 2025"),
        g.code.c_str(), format_count(g.inwoners, language()).c_str(),
        app.model.store.data.jeugdregios[static_cast<std::size_t>(g.jeugdregio)].name.c_str(),
        app.model.store.data.provincies[static_cast<std::size_t>(g.provincie)].name.c_str());
    ImGui::PopStyleColor();
  }
  if (!compact && gemeente_search(app, hook_prefix, width)) app.ui.search_open = false;
  if (app.view.gemeente < 0) {
    ImGui::Spacing();
    text_wrapped(
        tr("Kies een gemeente: typ een deel van de naam (hoofdletters en accenten doen er niet toe), "
           "of klik op de kaart."));
    return false;
  }
  group_chooser(app, width);
  if (!compact) {
    share_button(app, width);
    public_mode_button(app, width);
  }
  if (app.view.group == GroupKind::Custom && app.view.custom.empty()) {
    // An empty own list compares with nothing: say how to fill it instead of showing a verdict,
    // a sentence and a table of blanks ("onbekend dan Eigen lijst (0 gemeenten)").
    ImGui::Spacing();
    text_wrapped(
        tr("Uw eigen lijst is nog leeg: er is nog niets om mee te vergelijken. Kies de gemeenten voor uw "
           "lijst bij Vergelijkbare gemeenten (zoek een naam en kies hem, of neem de vergelijkbare gemeenten "
           "over), of vergelijk met een andere groep hierboven."));
    if (ImGui::Button(tr("Naar Vergelijkbare gemeenten"))) app.view.tab = Tab::Peers;
    test_hook_item(app.frame.test_hook, "group.eigen_leeg");
    return false;
  }
  return true;
}

bool indicator_chooser(AppState& app, const char* hook, float width) {
  const FiguresStore& store = app.model.store;
  if (store.series.empty()) return false;
  int current = series_of_variable(store, app.view.indicator);
  if (current < 0 || store.series[static_cast<std::size_t>(current)].meta.role == Role::Characteristic) {
    current = 0;
    app.view.indicator = latest_variable(store, 0);
  }
  const Series& chosen = store.series[static_cast<std::size_t>(current)];
  // The list is grouped by source under the source's name, so each line need only say what the
  // figure is and how recent it is: "Lasten jeugdzorg per inwoner (begroting) · 2025".
  auto source_name = [&](int source) {
    if (source < 0) return std::string(tr("Eigen cijfers"));
    const Source& src = store.sources[static_cast<std::size_t>(source)];
    return src.publisher.empty() ? tr(src.title) : src.publisher + ": " + tr(src.title);
  };
  bool changed = false;
  if (combo_begin((std::string("##") + hook).c_str(), chosen.meta.name, std::min(width, 520.0f))) {
    int heading_source = -2;  // no source heads the list yet
    for (std::size_t i = 0; i < store.series.size(); ++i) {
      const Series& s = store.series[i];
      if (s.meta.role == Role::Characteristic || s.variables.empty()) continue;
      if (s.source != heading_source || i == 0) {
        heading_source = s.source;
        if (i > 0) ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
        text_wrapped("%s", source_name(s.source).c_str());
        ImGui::PopStyleColor();
      }
      ImGui::PushID(static_cast<int>(i));
      const std::string& latest = store.data.variables[static_cast<std::size_t>(s.variables.back())].period;
      if (combo_item(std::string(tr(s.meta.name)) + " \xC2\xB7 " + tr(latest), static_cast<int>(i) == current) &&
          static_cast<int>(i) != current) {
        app.view.indicator = s.variables.back();
        changed = true;
      }
      // Only an item the popup shows whole can be clicked: a test scrolls until it is there.
      const ImDrawList* list = ImGui::GetWindowDrawList();
      if (ImGui::GetItemRectMin().y >= list->GetClipRectMin().y &&
          ImGui::GetItemRectMax().y <= list->GetClipRectMax().y) {
        const std::string item_hook = std::string(hook) + ".series." + s.id;
        test_hook_item(app.frame.test_hook, item_hook.c_str());
      }
      ImGui::PopID();
    }
    combo_end();
  }
  const std::string choose_hook = std::string(hook) + ".choose";
  test_hook_item(app.frame.test_hook, choose_hook.c_str());
  if (changed) app.ui.link_note.clear();
  // A shared link asked for a series or period this page lacks: say so rather than let a partner
  // discuss another figure than the sender's.
  if (!app.ui.link_note.empty()) {
    ImGui::PushFont(app.platform.fonts.bold);
    text_wrapped(tr("Let op: %s"), app.ui.link_note.c_str());
    ImGui::PopFont();
    test_hook_item(app.frame.test_hook, "link.note");
    if (ImGui::SmallButton(tr("Begrepen"))) app.ui.link_note.clear();
    test_hook_item(app.frame.test_hook, "link.note_close");
  }
  // The period, when there is more than one: the latest first in mind, all of them one click away.
  const Series& s = store.series[static_cast<std::size_t>(series_of_variable(store, app.view.indicator))];
  if (s.periods.size() > 1) {
    const float right = ImGui::GetCursorScreenPos().x + width;
    ImGui::AlignTextToFramePadding();
    text_wrapped_view(tr("Periode:"));
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
      const char* text = tr(store.data.variables[static_cast<std::size_t>(s.variables[i])].period);
      same_line_if_fits(button_width(text), right);
      const bool active = s.variables[i] == app.view.indicator;
      ImGui::PushID(static_cast<int>(i));
      if (toggle_button(text, active) && !active) {
        app.view.indicator = s.variables[i];
        changed = true;
      }
      ImGui::PopID();
      const std::string period_hook = std::string(hook) + ".period." + s.periods[i].label();
      test_hook_item(app.frame.test_hook, period_hook.c_str());
      if (const SeriesBreak* b = break_at(s, s.periods[i])) tooltip(tr("Breuk: %s"), tr(b->why));
    }
  }
  return changed;
}

void national_range(const Model& model, int variable, double& lo, double& hi) {
  lo = 1e300;
  hi = -1e300;
  for (std::size_t g = 0; g < model.store.data.gemeenten.size(); ++g) {
    const double x = model.store.data.value(static_cast<int>(g), variable);
    if (std::isnan(x)) continue;
    lo = std::min(lo, x);
    hi = std::max(hi, x);
  }
  if (lo > hi) lo = 0, hi = 1;
}

ImU32 verdict_colour(Verdict v) {
  switch (v) {
    case Verdict::Better: return theme::kBetter;
    case Verdict::Worse: return theme::kWorse;
    case Verdict::Comparable: return theme::kComparable;
    case Verdict::Higher:
    case Verdict::Lower:
    case Verdict::Similar: return theme::kContext;
    case Verdict::Unknown: return theme::kNoData;
  }
  return theme::kComparable;
}

namespace {

constexpr const char* kNotJudged = translatable("geen oordeel");

ImVec2 badge_size(const AppState& app, const char* word) {
  ImGui::PushFont(app.platform.fonts.bold);
  const ImVec2 ts = ImGui::CalcTextSize(word);
  ImGui::PopFont();
  return ImVec2(ts.x + 16.0f, ts.y + 6.0f);
}

}  // namespace

ImVec2 verdict_badge_size(const AppState& app, Verdict v) {
  const ImVec2 a = badge_size(app, tr(verdict_label(v)));
  if (v != Verdict::Unknown) return a;
  const ImVec2 b = badge_size(app, tr(kNotJudged));  // the widest word an Unknown badge can show
  return ImVec2(std::max(a.x, b.x), a.y);
}

chart::Shape verdict_shape(Verdict v) {
  switch (v) {
    case Verdict::Better: return chart::Shape::Diamond;
    case Verdict::Worse: return chart::Shape::Square;
    case Verdict::Higher: return chart::Shape::TriangleUp;
    case Verdict::Lower: return chart::Shape::TriangleDown;
    case Verdict::Comparable:
    case Verdict::Similar:
    case Verdict::Unknown: break;
  }
  return chart::Shape::Circle;
}

const char* verdict_word(const Comparison& c, const IndicatorMeta& m) {
  return c.verdict == Verdict::Unknown && m.size_dependent && c.members > 0 ? tr(kNotJudged)
                                                                            : tr(verdict_label(c.verdict));
}

void verdict_badge(const AppState& app, const Comparison& c, const IndicatorMeta& m) {
  // A total is not unknown but not judged: say that.
  const char* word = verdict_word(c, m);
  ImGui::PushFont(app.platform.fonts.bold);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImU32 colour = verdict_colour(c.verdict);
  ImDrawList* d = ImGui::GetWindowDrawList();
  // A filled badge for a significant verdict, an outlined one otherwise: colour is never alone.
  const bool strong = c.verdict == Verdict::Better || c.verdict == Verdict::Worse;
  const ImVec2 size = badge_size(app, word);
  if (strong) d->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), colour, 4.0f);
  else d->AddRect(p, ImVec2(p.x + size.x, p.y + size.y), colour, 4.0f, 0, 1.5f);
  d->AddText(ImVec2(p.x + 8.0f, p.y + 3.0f), strong ? IM_COL32(255, 255, 255, 255) : theme::kText, word);
  ImGui::Dummy(size);
  ImGui::PopFont();
}

void headline(AppState& app, const Gemeente& g, const IndicatorMeta& m, const Comparison& c, const Group& group,
              float width) {
  ImGui::Spacing();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->ChannelsSplit(2);
  d->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(p.x + 14.0f, p.y + 10.0f));
  ImGui::BeginGroup();
  push_wrap(ImGui::GetCursorPosX() + width - 28.0f);
  ImGui::PushFont(app.platform.fonts.title);
  text_wrapped("%s", format_value(m, c.value, language()).c_str());
  ImGui::PopFont();
  const std::string sentence = headline_sentence(c, m, g.name, group, translations());
  ImGui::PushFont(app.platform.fonts.bold);
  text_wrapped("%s", sentence.c_str());
  ImGui::PopFont();
  pop_wrap();
  ImGui::EndGroup();
  test_hook_item(app.frame.test_hook, "headline");
  const ImVec2 end = ImGui::GetItemRectMax();
  d->ChannelsSetCurrent(0);
  d->AddRectFilled(p, ImVec2(p.x + width, end.y + 10.0f), IM_COL32(255, 255, 255, 255), 6.0f);
  d->AddRectFilled(p, ImVec2(p.x + 5.0f, end.y + 10.0f), verdict_colour(c.verdict), 2.0f);
  d->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(p.x, end.y + 14.0f));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace jv::app
