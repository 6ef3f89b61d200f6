#include "platform/web/keys.h"

#include <cstring>

namespace jv::web {

namespace {

struct Named {
  const char* name;
  ImGuiKey key;
};

// DOM `key` values of the keys ImGui knows by name.
constexpr Named kNamedKeys[] = {
    {"Enter", ImGuiKey_Enter},
    {"Tab", ImGuiKey_Tab},
    {"Backspace", ImGuiKey_Backspace},
    {"Delete", ImGuiKey_Delete},
    {"Escape", ImGuiKey_Escape},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Insert", ImGuiKey_Insert},
    {" ", ImGuiKey_Space},
    {"-", ImGuiKey_Minus},
    {"=", ImGuiKey_Equal},
    {"[", ImGuiKey_LeftBracket},
    {"]", ImGuiKey_RightBracket},
    {"\\", ImGuiKey_Backslash},
    {";", ImGuiKey_Semicolon},
    {"'", ImGuiKey_Apostrophe},
    {",", ImGuiKey_Comma},
    {".", ImGuiKey_Period},
    {"/", ImGuiKey_Slash},
    {"`", ImGuiKey_GraveAccent},
    {"F1", ImGuiKey_F1},
    {"F2", ImGuiKey_F2},
    {"F3", ImGuiKey_F3},
    {"F4", ImGuiKey_F4},
    {"F5", ImGuiKey_F5},
    {"F6", ImGuiKey_F6},
    {"F7", ImGuiKey_F7},
    {"F8", ImGuiKey_F8},
    {"F9", ImGuiKey_F9},
    {"F10", ImGuiKey_F10},
    {"F11", ImGuiKey_F11},
    {"F12", ImGuiKey_F12},
};

bool starts_with(const char* s, const char* prefix) { return std::strncmp(s, prefix, std::strlen(prefix)) == 0; }

// Left or right variant of a modifier, from the DOM `code` ("ShiftRight", "ControlLeft", ...).
ImGuiKey modifier_key(const char* key, const char* code) {
  const bool right = std::strstr(code, "Right") != nullptr;
  if (std::strcmp(key, "Shift") == 0) return right ? ImGuiKey_RightShift : ImGuiKey_LeftShift;
  if (std::strcmp(key, "Control") == 0) return right ? ImGuiKey_RightCtrl : ImGuiKey_LeftCtrl;
  if (std::strcmp(key, "Alt") == 0 || std::strcmp(key, "AltGraph") == 0)
    return right ? ImGuiKey_RightAlt : ImGuiKey_LeftAlt;
  if (std::strcmp(key, "Meta") == 0) return right ? ImGuiKey_RightSuper : ImGuiKey_LeftSuper;
  return ImGuiKey_None;
}

ImGuiKey key_from_dom(const char* key, const char* code) {
  if (key[0] != '\0' && key[1] == '\0') {
    const char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  if (std::strcmp(key, "Enter") == 0 && std::strcmp(code, "NumpadEnter") == 0) return ImGuiKey_KeypadEnter;
  for (const Named& n : kNamedKeys) {
    if (std::strcmp(key, n.name) == 0) return n.key;
  }
  if (const ImGuiKey m = modifier_key(key, code); m != ImGuiKey_None) return m;
  // Option+letter on a Mac, or a non-Latin layout: the `key` is another character, but the
  // shortcut is meant for the physical letter or digit.
  if (starts_with(code, "Key") && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0')
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (starts_with(code, "Digit") && code[5] >= '0' && code[5] <= '9' && code[6] == '\0')
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  return ImGuiKey_None;
}

// True when `s` is exactly one Unicode code point in UTF-8 and not a control character.
bool is_single_character(const char* s) {
  const auto lead = static_cast<unsigned char>(s[0]);
  if (lead < 0x20 || lead == 0x7F) return false;
  int length = 1;
  if (lead >= 0xF0) length = 4;
  else if (lead >= 0xE0) length = 3;
  else if (lead >= 0xC0) length = 2;
  else if (lead >= 0x80) return false;  // a continuation byte cannot start a character
  for (int i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return false;
  }
  return s[length] == '\0';
}

}  // namespace

KeyDecision decide_key(const char* key, const char* code, bool ctrl, bool alt, bool meta, bool apple) {
  KeyDecision d;
  d.imgui_key = key_from_dom(key, code);

  // AltGr arrives as Ctrl+Alt on Windows and types characters such as € on many layouts.
  const bool altgr = ctrl && alt && !meta;
  const bool shortcut_mod = apple ? meta : (ctrl && !altgr);
  d.text = is_single_character(key) && (!(ctrl || meta) || altgr);

  if (shortcut_mod) {
    const ImGuiKey k = d.imgui_key;
    if (k == ImGuiKey_C || k == ImGuiKey_X) {
      d.let_browser_act = true;
    } else if (k == ImGuiKey_V) {
      d.let_browser_act = true;
      d.imgui_key = ImGuiKey_None;  // the paste event delivers Ctrl+V with the text
    } else if (k == ImGuiKey_Equal || k == ImGuiKey_Minus || k == ImGuiKey_0 || std::strcmp(key, "+") == 0 ||
               k == ImGuiKey_R || k == ImGuiKey_Tab || k == ImGuiKey_W || k == ImGuiKey_T || k == ImGuiKey_N ||
               k == ImGuiKey_Q) {
      d.let_browser_act = true;  // zoom, reload, tabs and windows belong to the browser
    }
  }
  if (!ctrl && !meta && (d.imgui_key == ImGuiKey_F5 || d.imgui_key == ImGuiKey_F11 || d.imgui_key == ImGuiKey_F12)) {
    d.let_browser_act = true;  // reload, full screen, developer tools
  }
  if ((ctrl || meta) && (std::strcmp(key, "I") == 0 || std::strcmp(key, "J") == 0)) {
    d.let_browser_act = true;  // Ctrl+Shift+I / J: developer tools (upper case: Shift is held)
  }
  return d;
}

KeyDecision decide_proxy_key(const char* key, bool multiline) {
  KeyDecision d;
  const bool enter = std::strcmp(key, "Enter") == 0;
  if ((enter && !multiline) || std::strcmp(key, "Escape") == 0 || std::strcmp(key, "Tab") == 0) {
    d.imgui_key = enter ? ImGuiKey_Enter : key_from_dom(key, "");
    return d;  // ImGui's; the input must not act on it (Tab would move the focus off it)
  }
  d.let_browser_act = true;
  return d;
}

}  // namespace jv::web
