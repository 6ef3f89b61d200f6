#include "app/test_hook.h"

namespace jv::app {

void test_hook_item(TestHook& hook, const char* id) {
  hook.widgets.push_back({id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

void test_hook_rect(TestHook& hook, const char* id, ImVec2 min, ImVec2 max) { hook.widgets.push_back({id, min, max}); }

}  // namespace jv::app
