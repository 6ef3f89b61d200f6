// What a browser key event means for the app, and whether the browser may act on it too.
// Plain C++ (no emscripten) so the policy is tested natively in tests/platform.
#pragma once

#include "imgui.h"

namespace jv::web {

struct KeyDecision {
  ImGuiKey imgui_key = ImGuiKey_None;  // the key ImGui sees; None for keys it must not see
  bool text = false;                   // the event's `key` is one character to type
  bool let_browser_act = false;        // false: preventDefault (the page must not act on it)
};

// `key` and `code` are the DOM KeyboardEvent's fields (UTF-8). Copy, cut and paste go to the
// browser so its clipboard events fire (V is withheld from ImGui: the paste event brings the
// text and the shortcut together); browser zoom, reload, full screen and developer tools stay
// the browser's. Every other shortcut is kept from the page: Ctrl+S must not save the page,
// Ctrl+P not print it, Tab not move focus off the canvas, Backspace not navigate back.
KeyDecision decide_key(const char* key, const char* code, bool ctrl, bool alt, bool meta, bool apple);

// A key typed while the page's input for a phone's keyboard has the focus (text_proxy.h). Letters,
// Backspace, arrows and shortcuts act in that input, and its changes reach the field as edits; ImGui
// gets only the keys that end or leave the editing: Enter (a new line in a field of several lines,
// so the input's own there), Escape and Tab.
KeyDecision decide_proxy_key(const char* key, bool multiline);

}  // namespace jv::web
