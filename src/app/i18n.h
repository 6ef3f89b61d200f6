// The interface's texts in the chosen language. Every user-facing text is written in Dutch in the
// source and passed through tr(); the language's table (data/taal/<id>.tsv, core/lang.h) gives its
// translation. Like ImGui's own state, the language belongs to the ImGui context: app_frame sets
// it from the view (`taal=en`) before any view draws.
//
//   text(tr("Vergelijk met"));
//   text(trf("{1} van {2} gemeenten", {format_count(n, language()), format_count(total, language())}).c_str());
//
// Numbers follow the language too: the views pass language() to the core's format_* (core/format.h)
// and translations() to the core's sentences (core/explain.h).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "core/lang.h"

namespace jv::app {

// The language of this frame; `table` must outlive the frame (the model's).
void set_language(Lang lang, const Translations& table);
Lang language();

// The translation of a Dutch text, or the text itself in Dutch (or when the table lacks it).
// format_arg: text_wrapped(tr(<"%s van %s">), a, b) is checked against the Dutch literal, as gettext's
// _() is; a translation keeps the same places in the same order (tests/core/test_translations.cpp).
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format_arg(1)))
#endif
const char*
tr(const char* nl);
std::string tr(std::string_view nl);
// A text the model holds (an indicator's name, a source's title): the pointer stays valid as long
// as that string does, so a temporary is refused.
const char* tr(const std::string& nl);
const char* tr(std::string&& nl) = delete;
// The table of this frame's language, for the core's functions that write text (explain.h,
// make_group): an empty Dutch table when the frame is Dutch.
const Translations& translations();
// A text with numbered places: the pattern is translated first, then filled (core fill_places).
std::string trf(const char* nl_pattern, std::initializer_list<std::string> values);

}  // namespace jv::app
