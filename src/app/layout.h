// Small layout helpers shared by the views: ImGui lays out left to right only when told to, and
// on a 375-px phone a row of buttons must wrap instead of running off the screen.
//
// All text in the app goes through the text helpers below. ImGui's own wrapping (TextWrapped, or
// any Text* under PushTextWrapPos) breaks after ',' and '.', splitting Dutch numbers ("36,\n8 %",
// "1.\n000"), and cuts a word that fits nowhere ("vergelijkba\nar"); its combos and collapsing
// headers clip their labels. The helpers break lines at spaces only, keep a value with its unit
// ("12,8 %", "€ 1,2 mln", "22,2 per 1.000", "< 10") and a range with its dash together, and never
// cut a word. ImGui's own wrap position is never set in this app (a source test checks).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace jv::app {

// Below this column width a view lays out for a phone: cards instead of tables, a combo instead of
// a row of buttons, smaller charts. One name for the one breakpoint.
inline constexpr float kPhoneWidth = 560.0f;
inline bool is_phone(float width) { return width < kPhoneWidth; }

// The width a button with this label takes.
inline float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// Keeps the next item on the line of the previous one when it fits before `right_x` (screen
// coordinates), else starts a new line. Wrapped text after SameLine has only the rest of the
// line: a label placed far right would be drawn one word per line, so always ask first.
inline void same_line_if_fits(float next_width, float right_x) {
  const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
  if (x + next_width <= right_x) ImGui::SameLine();
}

// A view's page: a scrolling child over the available space with a centred column of at most
// `max_width` (full width less margins on a phone), text wrapping at the column. Returns the
// column's width. Every view begins with it and ends with end_view().
float begin_view(const char* id, float max_width, float top = 16.0f);
void end_view();

// Where the text helpers wrap: at the position pushed last in this window (window-local x, as
// ImGui's PushTextWrapPos; 0 for the content region's edge; negative for no wrapping), or at the
// edge of the content region (a table cell's edge) when that comes first.
void push_wrap(float local_x);
void pop_wrap();
// The width the next wrapped text has from the cursor.
float wrap_width();

// Wrapped text, breaking only at spaces (see above). The block is one item (a group), so
// IsItemHovered() covers all its lines. '\n' starts a new line.
void text_wrapped(const char* fmt, ...) IM_FMTARGS(1);
void text_wrapped_view(std::string_view text);
// The same in the style's disabled (muted) colour.
void text_disabled(const char* fmt, ...) IM_FMTARGS(1);

// The lines text_wrapped makes of `text` at `width` in the current font: byte ranges [begin, end)
// of `text` and their widths. A piece wider than `width` that cannot break gets a line of its own.
struct TextSpan {
  std::size_t begin = 0, end = 0;
  float width = 0.0f;
};
std::vector<TextSpan> break_lines(std::string_view text, float width);
// The size of `text` wrapped at `width` (lines at the text line height, as text_wrapped draws).
ImVec2 wrapped_size(std::string_view text, float width);
// The widest piece break_lines never splits: the narrowest width `text` fits without a cut.
float widest_word(std::string_view text);
// `text` with its spaces made no-break, for a label that must stay on one line ("0-3 jaar").
std::string keep_together(std::string_view text);

// A heading in the bold font, with a little space above it.
void heading(ImFont* bold, std::string_view text);
// Wrapped text in the muted colour, for explanations under a figure or a table.
void muted(std::string_view text);
// A button drawn as chosen (filled in the accent colour) when `active`: one of a row of options
// (the comparison group, the detail view, the period). Returns true when clicked.
bool toggle_button(const char* label, bool active);

// A button whose label wraps over more lines when it is wider than `max_width`, never clipped.
bool button_wrapped(const char* id, std::string_view label, float max_width);

// A heading that opens and closes what is under it, like ImGui's CollapsingHeader but with a
// label that wraps instead of being clipped. Returns true while open.
bool disclosure(const char* id, std::string_view label);

// A combo box whose preview and items wrap instead of being clipped, with a list that fits the
// screen's width. Use as ImGui's BeginCombo:
//   if (combo_begin("##id", preview, width)) { for (...) if (combo_item(name, chosen)) ...; combo_end(); }
// After it, the last item is the box (for test hooks and tooltips).
bool combo_begin(const char* id, std::string_view preview, float width);
bool combo_item(std::string_view label, bool selected);
void combo_end();

// Table columns sized from their content. Each column says what it needs: `need` is the
// narrowest it can be without cutting a word (its widest word, or its widest cell that cannot
// wrap), `want` its widest cell on one line. The header is measured here (with room for the sort
// arrow when `sortable`). Fixed columns get between need and want; the one stretch column gets
// the rest. When even the needs do not fit, the column with the highest `drop` is left out, and
// so on (0: never).
struct TableColumn {
  std::string header;
  float need = 0.0f, want = 0.0f;
  bool stretch = false;
  bool sortable = false;
  int drop = 0;
  ImGuiTableColumnFlags flags = 0;
  ImGuiID user_id = 0;
  bool omit = false;  // left out by the caller (a column that does not apply): never shown
  // Set by fit_columns().
  bool shown = true;
  float width = 0.0f;
};
// Widths for a table of `width` with these ImGui flags (padding and borders are counted).
void fit_columns(std::span<TableColumn> columns, float width, ImGuiTableFlags table_flags);
// Sets up the shown columns (call after BeginTable, with as many columns as are shown).
void setup_columns(std::span<const TableColumn> columns);
int shown_columns(std::span<const TableColumn> columns);
// The header row: each shown column's header, wrapped at spaces, sortable where set up so.
void table_headers(std::span<const TableColumn> columns);
// Grows `need` and `want` of a column for one cell: text that may wrap, or must stay whole.
void measure_cell(TableColumn& column, std::string_view text, bool may_wrap = true);

// For tests: what the text helpers drew since the current frame began, block by block, with
// each line's byte range in the block and its rectangle, the clip rectangle it was drawn under,
// and ImGui's own wrap position at the time (which must stay off: negative).
struct DrawnLine {
  std::size_t begin = 0, end = 0;
  ImVec2 min, max;
};
struct DrawnText {
  std::string text;
  std::vector<DrawnLine> lines;
  ImVec2 clip_min, clip_max;
  float imgui_wrap_pos = -1.0f;
  bool scrolls_x = false;  // drawn in a window that scrolls sideways: clipping there is scrolling
  std::string window;
};
void record_text(bool on);
const std::vector<DrawnText>& recorded_text();

}  // namespace jv::app
