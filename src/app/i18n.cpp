#include "app/i18n.h"

#include <vector>

#include "app/ui_context.h"

namespace jv::app {

void set_language(Lang lang, const Translations& table) {
  UiContext& ui = ui_context();
  ui.lang = lang;
  ui.translations = lang == Lang::Nl ? nullptr : &table;
}

Lang language() { return ui_context().lang; }

const char* tr(const char* nl) {
  const Translations* t = ui_context().translations;
  return t ? t->get(nl) : nl;
}

std::string tr(std::string_view nl) {
  const Translations* t = ui_context().translations;
  return std::string(t ? t->get(nl) : nl);
}

std::string trf(const char* nl_pattern, std::initializer_list<std::string> values) {
  return fill_places(tr(nl_pattern), std::vector<std::string>(values));
}

}  // namespace jv::app
