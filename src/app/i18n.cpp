#include "app/i18n.h"

#include <vector>

#include "app/ui_context.h"
#include "imgui.h"

namespace jv::app {

namespace {

// The frame's table; none (Dutch) outside a frame's ImGui context, so code that also runs without
// one (link_to_view in a test) stays Dutch instead of creating a context.
const Translations* current() { return ImGui::GetCurrentContext() ? ui_context().translations : nullptr; }

}  // namespace

void set_language(Lang lang, const Translations& table) {
  UiContext& ui = ui_context();
  ui.lang = lang;
  ui.translations = lang == Lang::Nl ? nullptr : &table;
}

Lang language() { return ImGui::GetCurrentContext() ? ui_context().lang : Lang::Nl; }

const Translations& translations() {
  static const Translations dutch;  // empty: every text stays as written
  const Translations* t = current();
  return t ? *t : dutch;
}

const char* tr(const char* nl) {
  const Translations* t = current();
  return t ? t->get(nl) : nl;
}

const char* tr(const std::string& nl) {
  const Translations* t = current();
  if (!t) return nl.c_str();
  const auto it = t->text.find(nl);
  return it == t->text.end() ? nl.c_str() : it->second.c_str();
}

std::string tr(std::string_view nl) {
  const Translations* t = current();
  return std::string(t ? t->get(nl) : nl);
}

std::string trf(const char* nl_pattern, std::initializer_list<std::string> values) {
  return fill_places(tr(nl_pattern), std::vector<std::string>(values));
}

}  // namespace jv::app
