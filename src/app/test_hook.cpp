#include "app/test_hook.h"

#include <cstdio>

namespace jv::app {

void test_hook_item(TestHook& hook, const char* id) {
  hook.widgets.push_back({id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

void json_append_string(std::string& out, const std::string& text) {
  out += '"';
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += ch;  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
}

void test_hook_rect(TestHook& hook, const char* id, ImVec2 min, ImVec2 max) { hook.widgets.push_back({id, min, max}); }

}  // namespace jv::app
