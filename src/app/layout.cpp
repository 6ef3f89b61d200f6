#include "app/layout.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>

#include "imgui_internal.h"

namespace jv::app {

float begin_view(const char* id, float max_width, float top) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float column = std::min(avail.x - 32.0f, max_width);
  const float margin = std::max(16.0f, (avail.x - column) * 0.5f);
  ImGui::SetCursorPosX(0);
  ImGui::BeginChild(id, ImVec2(avail.x, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  ImGui::SetCursorPos(ImVec2(margin, top));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  return column;
}

void end_view() {
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 24));
  ImGui::EndChild();
}

void text_wrapped_view(std::string_view text) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  // Where ImGui::TextWrapped would wrap: the pushed wrap position, or the content region's edge.
  const float wrap_pos = window->DC.TextWrapPos < 0.0f ? 0.0f : window->DC.TextWrapPos;
  const float width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos);
  const float space = ImGui::CalcTextSize(" ").x;

  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(-1.0f);  // the lines below are already broken: draw them as they are
  // Lines of one paragraph sit as close as ImGui's own wrapped lines; spacing only after the block.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
  std::string line;
  float line_width = 0.0f;
  auto flush = [&] {
    ImGui::TextUnformatted(line.data(), line.data() + line.size());
    line.clear();
    line_width = 0.0f;
  };
  std::size_t i = 0;
  bool any = false;
  while (i <= text.size()) {
    // The next word: up to an ASCII space or a line break. No-break spaces (U+00A0) stay inside.
    // A space before '%' or after '€' binds like a no-break space: "12,8 %" and "€ 1,2 mln" as
    // format_value() writes them stay on one line; so does the space before a range's dash.
    std::size_t j = i;
    for (;;) {
      while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
      const bool before_percent = j + 1 < text.size() && text[j] == ' ' && text[j + 1] == '%';
      const bool after_euro = j >= 3 && text[j] == ' ' && text.substr(j - 3, 3) == "\xE2\x82\xAC";
      // "8,1 % – 9,6 %": a range may break after its dash, never before it.
      const bool before_dash = j + 3 < text.size() && text[j] == ' ' && text.substr(j + 1, 3) == "\xE2\x80\x93";
      if (!(before_percent || after_euro || before_dash)) break;
      ++j;
    }
    const std::string_view word = text.substr(i, j - i);
    const float w = ImGui::CalcTextSize(word.data(), word.data() + word.size()).x;
    if (!line.empty() && line_width + space + w > width) flush();
    if (!line.empty()) {
      line += ' ';
      line_width += space;
    }
    line.append(word);
    line_width += w;
    any = true;
    if (j < text.size() && text[j] == '\n') flush();
    i = j + 1;
  }
  if (!line.empty() || !any) flush();
  ImGui::PopStyleVar();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

void text_wrapped(const char* fmt, ...) {
  char stack[1024];
  va_list args;
  va_start(args, fmt);
  va_list copy;
  va_copy(copy, args);
  const int n = std::vsnprintf(stack, sizeof stack, fmt, args);
  va_end(args);
  if (n < 0) {
    va_end(copy);
    return;
  }
  if (static_cast<std::size_t>(n) < sizeof stack) {
    va_end(copy);
    text_wrapped_view(std::string_view(stack, static_cast<std::size_t>(n)));
    return;
  }
  std::string big(static_cast<std::size_t>(n) + 1, '\0');
  std::vsnprintf(big.data(), big.size(), fmt, copy);
  va_end(copy);
  big.pop_back();
  text_wrapped_view(big);
}

}  // namespace jv::app
