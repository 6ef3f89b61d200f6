// The text fields a frame drew and the kind of text each takes. ImGui draws its fields on the
// canvas, where a phone raises no keyboard; the web shell puts a real input of the matching kind
// over the field being edited (platform/web/text_proxy.h): a search key for a gemeente, digits for
// a year, no autocorrect where it would turn "Teylingen" into another word.
#pragma once

#include <vector>

#include "imgui.h"

namespace jv::app {

enum class TextKind {
  Search,  // a gemeente's name or code: the list under the field shows what fits
  Code,    // short text where autocorrect and capitals harm: periods, targets, sheet names
  Number,  // digits only (a year)
  Prose,   // sentences and notes, several lines: autocorrect and capitals help
};

struct TextFieldInfo {
  ImGuiID id = 0;
  TextKind kind = TextKind::Code;
  ImVec2 min, max;  // CSS pixels, relative to the canvas
};

// Records the last ImGui item (a text field) as a field of this kind. Call right after the field.
inline void note_text_field(std::vector<TextFieldInfo>& fields, TextKind kind) {
  fields.push_back({ImGui::GetItemID(), kind, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

}  // namespace jv::app
