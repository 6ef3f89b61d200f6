#include "app/layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include "app/theme.h"

#include "app/ui_context.h"
#include "imgui_internal.h"

namespace jv::app {

namespace {

std::unordered_map<ImGuiContext*, std::unique_ptr<UiContext>>& contexts() {
  static std::unordered_map<ImGuiContext*, std::unique_ptr<UiContext>> all;
  return all;
}

// The recording of the frame being drawn, or null when not recording.
DrawnText* begin_recording(std::string_view text) {
  UiContext& ui = ui_context();
  if (!ui.record) return nullptr;
  if (ui.recorded_frame != ImGui::GetFrameCount()) {
    ui.recorded.clear();
    ui.recorded_frame = ImGui::GetFrameCount();
  }
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  DrawnText& d = ui.recorded.emplace_back();
  d.text = std::string(text);
  d.clip_min = window->ClipRect.Min;
  d.clip_max = window->ClipRect.Max;
  d.imgui_wrap_pos = window->DC.TextWrapPos;
  d.scrolls_x = window->ScrollMax.x > 0.0f || (window->ParentWindow && window->ParentWindow->ScrollMax.x > 0.0f);
  d.window = window->Name;
  return &d;
}

bool starts_with(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.size() >= at + prefix.size() && s.substr(at, prefix.size()) == prefix;
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Whether the space at `at` holds its neighbours together: a value with its unit or sign
// ("12,8 %", "€ 1,2 mln", "22,2 per 1.000", "14 dagen", "< 10") as format_value() writes them, and
// a range before its dash ("8,1 % – 9,6 %" may break after the dash, never before it).
bool binds(std::string_view text, std::size_t at) {
  const std::size_t next = at + 1;
  if (starts_with(text, next, "%")) return true;
  if (starts_with(text, next, "\xE2\x80\x93")) return true;
  if (at >= 3 && text.substr(at - 3, 3) == "\xE2\x82\xAC") return true;
  if (at >= 1 && text[at - 1] == '<' && next < text.size() && is_digit(text[next])) return true;
  if (at >= 1 && is_digit(text[at - 1])) {
    // Dutch and English units (core/format.h).
    for (const std::string_view unit : {"per 1.000", "mln", "mld", "dagen", "per 1,000", "m", "bn", "days"}) {
      if (!starts_with(text, next, unit)) continue;
      const std::size_t after = next + unit.size();
      if (after >= text.size() || !std::isalpha(static_cast<unsigned char>(text[after]))) return true;
    }
  }
  return false;
}

// The end of the piece starting at `i`: the next space that does not bind, a line break, or the end.
std::size_t piece_end(std::string_view text, std::size_t i) {
  std::size_t j = i;
  for (;;) {
    while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
    if (j < text.size() && text[j] == ' ' && binds(text, j)) {
      ++j;
      continue;
    }
    return j;
  }
}

float width_of(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

// Draws already broken lines at `pos` with the draw list (no ImGui items), and records them.
void draw_lines(ImVec2 pos, std::string_view text, const std::vector<TextSpan>& lines, ImU32 colour) {
  DrawnText* rec = begin_recording(text);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const ImVec2 at(pos.x, pos.y + line * static_cast<float>(k));
    draw->AddText(at, colour, text.data() + lines[k].begin, text.data() + lines[k].end);
    if (rec) rec->lines.push_back({lines[k].begin, lines[k].end, at, ImVec2(at.x + lines[k].width, at.y + line)});
  }
}

// Wrapped text at an explicit width from the cursor, as one item (a group).
void draw_wrapped(std::string_view text, float width) {
  DrawnText* rec = begin_recording(text);
  const std::vector<TextSpan> lines = break_lines(text, width);
  ImGui::BeginGroup();
  // ImGui's own wrap position stays off: the lines below are already broken.
  ImGui::PushTextWrapPos(-1.0f);
  // Lines of one paragraph sit as close as ImGui's own wrapped lines; spacing only after the block.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
  for (const TextSpan& l : lines) {
    ImGui::TextUnformatted(text.data() + l.begin, text.data() + l.end);
    if (rec) rec->lines.push_back({l.begin, l.end, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
  }
  ImGui::PopStyleVar();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace

std::string vformat(const char* fmt, va_list args) {
  char stack[1024];
  va_list copy;
  va_copy(copy, args);
  const int n = std::vsnprintf(stack, sizeof stack, fmt, args);
  if (n < 0) {
    va_end(copy);
    return {};
  }
  if (static_cast<std::size_t>(n) < sizeof stack) {
    va_end(copy);
    return std::string(stack, static_cast<std::size_t>(n));
  }
  std::string big(static_cast<std::size_t>(n) + 1, '\0');
  std::vsnprintf(big.data(), big.size(), fmt, copy);
  va_end(copy);
  big.pop_back();
  return big;
}

UiContext& ui_context() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  auto& all = contexts();
  auto it = all.find(context);
  if (it == all.end()) {
    it = all.emplace(context, std::make_unique<UiContext>()).first;
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_Shutdown;
    hook.Callback = [](ImGuiContext* c, ImGuiContextHook*) { contexts().erase(c); };
    ImGui::AddContextHook(context, &hook);
  }
  return *it->second;
}

void record_text(bool on) {
  UiContext& ui = ui_context();
  ui.record = on;
  ui.recorded.clear();
  ui.recorded_frame = -1;
}

const std::vector<DrawnText>& recorded_text() { return ui_context().recorded; }

// --- The page column and where text wraps ---

float begin_view(const char* id, float max_width, float top) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float column = std::min(avail.x - 32.0f, max_width);
  const float margin = std::max(16.0f, (avail.x - column) * 0.5f);
  ImGui::SetCursorPosX(0);
  ImGui::BeginChild(id, ImVec2(avail.x, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  ImGui::SetCursorPos(ImVec2(margin, top));
  ImGui::BeginGroup();
  push_wrap(ImGui::GetCursorPosX() + column);
  return column;
}

void end_view() {
  pop_wrap();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 24));
  ImGui::EndChild();
}

void push_wrap(float local_x) {
  UiContext& ui = ui_context();
  if (ui.wraps_frame != ImGui::GetFrameCount()) {
    ui.wraps.clear();  // an unbalanced push in an earlier frame must not leak into this one
    ui.wraps_frame = ImGui::GetFrameCount();
  }
  ui.wraps.push_back({ImGui::GetCurrentWindow()->ID, local_x});
}

void pop_wrap() {
  UiContext& ui = ui_context();
  if (!ui.wraps.empty()) ui.wraps.pop_back();
}

float wrap_width() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  // The content region's edge: a table cell's, inside a table. (In a window that sizes itself to
  // its content, such as a tooltip, that edge follows the text, so a pushed position wins there.)
  const ImGuiTable* table = ImGui::GetCurrentTable();
  const bool in_cell = table && table->InnerWindow == window;
  float right = window->WorkRect.Max.x;
  const UiContext& ui = ui_context();
  if (ui.wraps_frame == ImGui::GetFrameCount()) {
    for (auto it = ui.wraps.rbegin(); it != ui.wraps.rend(); ++it) {
      if (it->window != window->ID) continue;
      if (it->local_x < 0.0f) return 1e9f;
      const float pushed = it->local_x + window->Pos.x - window->Scroll.x;
      if (it->local_x > 0.0f) right = in_cell ? std::min(right, pushed) : pushed;
      break;
    }
  }
  return std::max(right - window->DC.CursorPos.x, 1.0f);
}

// --- Text ---

std::vector<TextSpan> break_lines(std::string_view text, float width) {
  std::vector<TextSpan> lines;
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t begin = kNone, end = 0;
  auto flush = [&] {
    lines.push_back({begin, end, width_of(text.substr(begin, end - begin))});
    begin = kNone;
  };
  std::size_t i = 0;
  while (i <= text.size()) {
    const std::size_t j = piece_end(text, i);
    if (begin != kNone && width_of(text.substr(begin, j - begin)) > width) flush();
    if (begin == kNone) begin = i;
    end = j;
    if (j < text.size() && text[j] == '\n') flush();
    i = j + 1;
  }
  if (begin != kNone) flush();
  return lines;
}

ImVec2 wrapped_size(std::string_view text, float width) {
  const std::vector<TextSpan> lines = break_lines(text, width);
  float w = 0.0f;
  for (const TextSpan& l : lines) w = std::max(w, l.width);
  return ImVec2(w, ImGui::GetTextLineHeight() * static_cast<float>(lines.size()));
}

float widest_word(std::string_view text) {
  float widest = 0.0f;
  for (std::size_t i = 0; i <= text.size();) {
    const std::size_t j = piece_end(text, i);
    widest = std::max(widest, width_of(text.substr(i, j - i)));
    i = j + 1;
  }
  return widest;
}

std::string keep_together(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    if (ch == ' ') out += "\xC2\xA0";
    else out += ch;
  }
  return out;
}

void text_wrapped_view(std::string_view text) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  draw_wrapped(text, wrap_width());
}

void text_wrapped(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string text = vformat(fmt, args);
  va_end(args);
  text_wrapped_view(text);
}

void text_disabled(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string text = vformat(fmt, args);
  va_end(args);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  text_wrapped_view(text);
  ImGui::PopStyleColor();
}

// --- Widgets with wrapping labels ---

bool button_wrapped(const char* id, std::string_view label, float max_width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float inner = std::max(max_width - 2.0f * style.FramePadding.x, 1.0f);
  const std::vector<TextSpan> lines = break_lines(label, inner);
  float w = 0.0f;
  for (const TextSpan& l : lines) w = std::max(w, l.width);
  const ImVec2 size(w + 2.0f * style.FramePadding.x,
                    ImGui::GetTextLineHeight() * static_cast<float>(lines.size()) + 2.0f * style.FramePadding.y);
  const bool pressed = ImGui::Button(id, size);  // an id after "##" only: the frame, no label
  draw_lines(ImVec2(ImGui::GetItemRectMin().x + style.FramePadding.x, ImGui::GetItemRectMin().y + style.FramePadding.y),
             label, lines, ImGui::GetColorU32(ImGuiCol_Text));
  return pressed;
}

bool disclosure(const char* id, std::string_view label) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float font = ImGui::GetFontSize();
  // As ImGui's framed tree node: the arrow at the frame padding, the label after it.
  const float text_x = font + style.FramePadding.x * 3.0f;
  const float width = std::min(wrap_width(), ImGui::GetContentRegionAvail().x);  // the page's column
  const std::vector<TextSpan> lines = break_lines(label, std::max(width - text_x - style.FramePadding.x, 1.0f));
  const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines.size()) + 2.0f * style.FramePadding.y;
  const ImGuiID key = window->GetID(id);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  bool open = storage->GetBool(key, false);
  if (ImGui::InvisibleButton(id, ImVec2(width, height))) {
    open = !open;
    storage->SetBool(key, open);
  }
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const ImU32 bg = ImGui::GetColorU32(ImGui::IsItemActive()    ? ImGuiCol_HeaderActive
                                      : ImGui::IsItemHovered() ? ImGuiCol_HeaderHovered
                                                               : ImGuiCol_Header);
  ImGui::RenderFrame(min, max, bg, true, style.FrameRounding);
  ImGui::RenderArrow(window->DrawList, ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                     ImGui::GetColorU32(ImGuiCol_Text), open ? ImGuiDir_Down : ImGuiDir_Right, 1.0f);
  draw_lines(ImVec2(min.x + text_x, min.y + style.FramePadding.y), label, lines, ImGui::GetColorU32(ImGuiCol_Text));
  return open;
}

// --- Combo ---

bool combo_begin(const char* id, std::string_view preview, float width) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float arrow = ImGui::GetFrameHeight();
  const float inner = std::max(width - arrow - 2.0f * style.FramePadding.x, 1.0f);
  const std::vector<TextSpan> lines = break_lines(preview, inner);
  const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines.size()) + 2.0f * style.FramePadding.y;
  const ImGuiID popup = ImHashStr("##combo_list", 0, window->GetID(id));
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
  const bool open = ImGui::IsPopupOpen(popup, ImGuiPopupFlags_None);
  if (pressed && !open) ImGui::OpenPopupEx(popup, ImGuiPopupFlags_None);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const bool hot = ImGui::IsItemHovered() || open;
  ImDrawList* draw = window->DrawList;
  draw->AddRectFilled(min, ImVec2(max.x - arrow, max.y),
                      ImGui::GetColorU32(hot ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), style.FrameRounding,
                      ImDrawFlags_RoundCornersLeft);
  draw->AddRectFilled(ImVec2(max.x - arrow, min.y), max,
                      ImGui::GetColorU32(hot ? ImGuiCol_ButtonHovered : ImGuiCol_Button), style.FrameRounding,
                      ImDrawFlags_RoundCornersRight);
  if (style.FrameBorderSize > 0.0f) {
    draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
  }
  ImGui::RenderArrow(draw, ImVec2(max.x - arrow + style.FramePadding.y, min.y + (height - ImGui::GetFontSize()) * 0.5f),
                     ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down, 1.0f);
  draw_lines(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y), preview, lines,
             ImGui::GetColorU32(ImGuiCol_Text));
  if (!ImGui::IsPopupOpen(popup, ImGuiPopupFlags_None)) return false;

  // The list: under the box (above it when there is more room there), as wide as the box or
  // 28 em, never wider than the screen less margins; long items wrap.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  constexpr float kMargin = 8.0f;
  const float list_w = std::min(std::max(width, ImGui::GetFontSize() * 28.0f), vp->Size.x - 2.0f * kMargin);
  const float x = std::clamp(min.x, vp->Pos.x + kMargin, vp->Pos.x + vp->Size.x - kMargin - list_w);
  const float below = vp->Pos.y + vp->Size.y - kMargin - (max.y + 2.0f);
  const float above = min.y - 2.0f - (vp->Pos.y + kMargin);
  const bool up = below < 200.0f && above > below;
  ImGui::SetNextWindowPos(ImVec2(x, up ? min.y - 2.0f : max.y + 2.0f), ImGuiCond_Always,
                          ImVec2(0.0f, up ? 1.0f : 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(list_w, 0.0f), ImVec2(list_w, std::max(up ? above : below, 80.0f)));
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar |
                                      ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings;
  return ImGui::BeginPopupEx(popup, kFlags);
}

bool combo_item(std::string_view label, bool selected) {
  const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const std::vector<TextSpan> lines = break_lines(label, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(label.data(), label.data() + label.size());
  const bool pressed = ImGui::Selectable("##item", selected, ImGuiSelectableFlags_None,
                                         ImVec2(width, ImGui::GetTextLineHeight() * static_cast<float>(lines.size())));
  ImGui::PopID();
  if (selected && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
  draw_lines(pos, label, lines, ImGui::GetColorU32(ImGuiCol_Text));
  return pressed;
}

void combo_end() { ImGui::EndPopup(); }

// --- Tables ---

namespace {

float sort_arrow_width() { return ImTrunc(ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x); }

// What a table spends besides its columns' content: padding and borders, as ImGui lays it out.
float table_overhead(int shown, ImGuiTableFlags flags) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool inner_v = (flags & ImGuiTableFlags_BordersInnerV) != 0;
  const bool pad_outer = (flags & ImGuiTableFlags_NoPadOuterX) ? false
                         : (flags & ImGuiTableFlags_PadOuterX) ? true
                                                               : (flags & ImGuiTableFlags_BordersOuterV) != 0;
  const bool pad_inner = (flags & ImGuiTableFlags_NoPadInnerX) == 0;
  const float spacing1 = (pad_inner && !inner_v ? style.CellPadding.x : 0.0f) + (inner_v ? 1.0f : 0.0f);
  const float spacing2 = pad_inner && !inner_v ? style.CellPadding.x : 0.0f;
  const float padding = pad_inner && inner_v ? style.CellPadding.x : 0.0f;
  const float outer =
      ((flags & ImGuiTableFlags_BordersOuterV) ? 1.0f : 0.0f) + (pad_outer ? style.CellPadding.x : 0.0f) - padding;
  float total = 2.0f * outer + (spacing1 + spacing2) * static_cast<float>(std::max(shown - 1, 0)) +
                2.0f * padding * static_cast<float>(shown);
  if (flags & ImGuiTableFlags_ScrollY) total += style.ScrollbarSize;
  return total;
}

}  // namespace

void measure_cell(TableColumn& column, std::string_view text, bool may_wrap) {
  const float whole = width_of(text);
  column.need = std::max(column.need, may_wrap ? widest_word(text) : whole);
  column.want = std::max(column.want, whole);
}

void fit_columns(std::span<TableColumn> columns, float width, ImGuiTableFlags table_flags) {
  const float arrow = sort_arrow_width();
  for (TableColumn& c : columns) {
    const float extra = c.sortable ? arrow : 0.0f;
    // ImGui truncates widths to whole pixels: round up so nothing loses its last pixel.
    c.need = std::ceil(std::max(c.need, widest_word(c.header) + extra));
    c.want = std::ceil(std::max({c.want, width_of(c.header) + extra, c.need}));
    // Room to breathe between a fixed column and the next, when there is room at all.
    if (!c.stretch) c.want += std::ceil(ImGui::GetFontSize() * 0.75f);
    c.shown = !c.omit;
  }
  auto shown = [&] { return shown_columns(columns); };
  for (;;) {
    float needs = 0.0f;
    for (const TableColumn& c : columns) {
      if (c.shown) needs += c.need + (c.stretch ? 1.0f : 0.0f);
    }
    if (needs + table_overhead(shown(), table_flags) <= width) break;
    TableColumn* drop = nullptr;
    for (TableColumn& c : columns) {
      if (c.shown && c.drop > 0 && (!drop || c.drop > drop->drop)) drop = &c;
    }
    if (!drop) break;  // nothing may go: the table overflows rather than lose its key column
    drop->shown = false;
  }
  float room = width - table_overhead(shown(), table_flags);
  for (TableColumn& c : columns) {
    if (c.shown) {
      c.width = c.need;
      room -= c.need + (c.stretch ? 1.0f : 0.0f);
    }
  }
  // What is left grows the fixed columns toward one line each, left to right, then the stretch one.
  for (TableColumn& c : columns) {
    if (!c.shown || c.stretch || room <= 0.0f) continue;
    const float grow = std::min(room, c.want - c.need);
    c.width += grow;
    room -= grow;
  }
  for (TableColumn& c : columns) {
    if (c.shown && c.stretch) c.width += std::max(room, 0.0f);
  }
}

int shown_columns(std::span<const TableColumn> columns) {
  int n = 0;
  for (const TableColumn& c : columns) n += c.shown ? 1 : 0;
  return n;
}

void setup_columns(std::span<const TableColumn> columns) {
  for (const TableColumn& c : columns) {
    if (!c.shown) continue;
    // A non-resizable fixed column keeps the width given here every frame (ImGui re-reads it).
    const ImGuiTableColumnFlags sizing =
        c.stretch ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn(c.header.c_str(), sizing | c.flags | (c.sortable ? 0 : ImGuiTableColumnFlags_NoSort),
                            c.stretch ? 1.0f : c.width, c.user_id);
  }
}

void table_headers(std::span<const TableColumn> columns) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  const float arrow = sort_arrow_width();
  int n = 0;
  for (const TableColumn& c : columns) {
    if (!c.shown) continue;
    if (!ImGui::TableSetColumnIndex(n)) {
      ++n;
      continue;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float room = ImGui::GetContentRegionAvail().x;
    // ImGui's header without a label: it still sorts on a click and draws the arrow on the right.
    ImGui::PushID(n);
    ImGui::TableHeader("##header");
    ImGui::PopID();
    ImGui::SetCursorScreenPos(at);
    draw_wrapped(c.header, std::max(room - (c.sortable ? arrow : 0.0f), 1.0f));
    ++n;
  }
}

void heading(ImFont* bold, std::string_view text) {
  ImGui::Spacing();
  ImGui::PushFont(bold);
  text_wrapped_view(text);
  ImGui::PopFont();
}

void muted(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  text_wrapped_view(text);
  ImGui::PopStyleColor();
}

bool toggle_button(const char* label, bool active) {
  if (active) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  }
  const bool clicked = ImGui::Button(label);
  if (active) ImGui::PopStyleColor(4);
  return clicked;
}

}  // namespace jv::app
