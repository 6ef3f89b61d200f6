// The interface's texts in the chosen language. Every user-facing text is written in Dutch in the
// source and passed through tr(); the language's table (data/taal/<id>.tsv, core/lang.h) gives its
// translation. Like ImGui's own state, the language belongs to the ImGui context: app_frame sets
// it from the view (`taal=en`) before any view draws.
//
//   text(tr("Vergelijk met"));
//   text(trf("{1} van {2} gemeenten", {format_count(n), format_count(total)}).c_str());
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
const char* tr(const char* nl);
std::string tr(std::string_view nl);
// A text with numbered places: the pattern is translated first, then filled (core fill_places).
std::string trf(const char* nl_pattern, std::initializer_list<std::string> values);

}  // namespace jv::app
