#include "text_fits.h"

#include <cctype>

#include "data/embedded_data.h"

namespace jv::test {

void load_examples(jv::platform::Headless& shell) {
  for (const jv::EmbeddedExample& ex : jv::embedded_examples()) {
    jv::app::app_load_file(shell.app, ex.file_name, ex.bytes);
    REQUIRE_MESSAGE(shell.app.own.last_report.ok, ex.file_name);
  }
  jv::platform::headless_frame(shell);
}

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string bad_break(std::string_view text, std::size_t end, std::size_t begin) {
  const std::string_view gap = text.substr(end, begin - end);
  if (gap.find('\n') != std::string_view::npos) return "";  // a line break the text asks for
  const std::string_view left = text.substr(0, end), right = text.substr(begin);
  if (gap.empty()) return "a word cut in two";
  const bool after_digit = !left.empty() && std::isdigit(static_cast<unsigned char>(left.back()));
  if (starts_with(right, "%")) return "'%' apart from its number";
  if (after_digit && (starts_with(right, "per 1.000") || starts_with(right, "mln") || starts_with(right, "mld") ||
                      starts_with(right, "dagen") || starts_with(right, "per 1,000") || starts_with(right, "bn") ||
                      starts_with(right, "days") || starts_with(right, "m ") || right == "m")) {
    return "a unit apart from its number";
  }
  if (ends_with(left, "\xE2\x82\xAC")) return "'\xE2\x82\xAC' apart from its amount";
  if (ends_with(left, "<")) return "'<' apart from its number";
  if (starts_with(right, "\xE2\x80\x93")) return "a range broken before its dash";
  return "";
}

std::string line_text(const jv::app::DrawnText& d, const jv::app::DrawnLine& l) {
  std::string out;
  const std::string_view s = std::string_view(d.text).substr(l.begin, l.end - l.begin);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 2) == "\xC2\xA0") {
      out += ' ';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool drawn_whole(const std::vector<jv::app::DrawnText>& drawn, std::string_view s) {
  for (const jv::app::DrawnText& d : drawn) {
    for (const jv::app::DrawnLine& l : d.lines) {
      if (line_text(d, l).find(s) != std::string::npos) return true;
    }
  }
  return false;
}

std::vector<ImGuiWindow*> shown_overlays() {
  std::vector<ImGuiWindow*> out;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* w : g.Windows) {
    if (!w->Active || w->Hidden) continue;
    if (w->Flags & (ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup)) out.push_back(w);
  }
  return out;
}

bool scroll_down(jv::platform::Headless& shell, float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(x, y);
  jv::platform::headless_frame(shell);
  ImGuiWindow* w = ImGui::GetCurrentContext()->HoveredWindow;
  while (w && w->ScrollMax.y <= 0.0f && w->ParentWindow) w = w->ParentWindow;
  if (!w) return false;
  const float before = w->Scroll.y;
  io.AddMouseWheelEvent(0.0f, -5.0f);
  for (int i = 0; i < 3; ++i) jv::platform::headless_frame(shell);
  return w->Scroll.y > before + 0.5f;
}

}  // namespace jv::test
