// The web shell: WebGL2 context, browser input, and a main loop that draws only when something
// changed. Everything the user sees is drawn by src/app; this file only connects it to the page.
//
// Why not emscripten's GLFW: it cannot follow a full-window canvas at the device pixel ratio
// without misfiring into fullscreen requests, it knows no touch, and its main loop redraws
// sixty times a second even when nothing moves. The html5.h API gives us each event as it
// happens, so an idle page costs nothing.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/i18n.h"
#include "app/mirror.h"
#include "app/presentation.h"
#include "core/io/json.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // ImGuiContext::InputEventsQueue: are input events still pending?
#include "platform/web/keys.h"
#include "platform/web/text_proxy.h"
#include "platform/web/touch.h"

extern "C" {
// Implemented in library_jv.js.
void jv_js_install_listeners();
void jv_js_clipboard_write(const char* text);
void jv_js_copy_text(const char* text);  // answers through jv_copy_done()
void jv_js_ready();
void jv_js_fatal(const char* message);
int jv_js_is_apple();
void jv_js_open_file_picker();
void jv_js_install_drop();
void jv_js_download(const char* name, const char* mime, const char* data, std::size_t size);
void jv_js_storage_set(const char* key, const char* data, std::size_t size);
char* jv_js_storage_get(const char* key);  // malloc'd, or null
void jv_js_storage_remove(const char* key);
char* jv_js_location_hash();  // malloc'd, without '#'
char* jv_js_page_address();   // malloc'd: origin + path, no fragment
void jv_js_replace_hash(const char* fragment);
void jv_js_mirror(const char* json);  // the page's text version (web/mirror.js renders it)
void jv_js_set_lang(const char* id);  // <html lang>: "nl", "en"
void jv_js_request_fullscreen();      // answers through jv_fullscreen_changed()
void jv_js_exit_fullscreen();
void jv_js_text_proxy(const char* json);  // the phone keyboard's input: focus, update or blur
}

namespace {

// After the last input the shell keeps drawing this long, and at least this many frames, so
// hover highlights, tooltips' delays and ImGui's own settling frames finish; then it stops until
// the next event. Both: a slow machine (or software WebGL) may take longer than the time for
// the frames ImGui needs to lay out a window.
constexpr double kLingerMs = 600.0;
constexpr int kLingerFrames = 3;

struct WebShell {
  jv::app::AppState app;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  bool frame_pending = false;
  bool ready_reported = false;
  double last_event_ms = 0.0;
  int frames_since_event = 0;
  double last_frame_ms = 0.0;
  double css_width = 0.0, css_height = 0.0;
  int fb_width = 0, fb_height = 0;
  float dpr = 0.0f;
  std::string clipboard;    // last text copied by the app or pasted by the user
  std::string view_link;    // the fragment last written to the address bar
  std::string mirror;       // the text version last handed to the page (mirror.h), as JSON
  std::string lang = "nl";  // <html lang> as last set (index.html starts Dutch)
  bool ctrl_down = false, meta_down = false;
  bool apple = false;
  jv::web::TouchGesture touch;
  long touch_id = -1;  // the finger being followed, -1 for none
  // A phone's keyboard for the canvas's text fields (text_proxy.h): the page's input that raises it.
  jv::web::TextProxy text_proxy;
  bool touch_input = false;             // the last pointer was a finger (a mouse sets it back)
  bool tapped = false;                  // a tap ended since the last frame
  bool proxy_multiline = false;         // the input for the field being edited is a <textarea>
  jv::app::TextFieldInfo under_finger;  // the text field under a resting finger (id 0: none)
};

// The one shell of this page. The exported functions below are called from JS and have no
// user-data pointer, so they reach the shell through this.
WebShell* g_shell = nullptr;

EM_BOOL on_animation_frame(double, void* user_data);

void request_frame(WebShell& shell) {
  if (shell.frame_pending) return;
  shell.frame_pending = true;
  emscripten_request_animation_frame(on_animation_frame, &shell);
}

void note_event(WebShell& shell) {
  shell.last_event_ms = emscripten_get_now();
  shell.frames_since_event = 0;
  request_frame(shell);
}

// Follows the canvas's CSS size and the device pixel ratio. Returns true when the ratio changed,
// so the fonts must be baked again.
bool sync_canvas_size(WebShell& shell) {
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  const auto dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int fb_w = static_cast<int>(std::lround(w * static_cast<double>(dpr)));
  const int fb_h = static_cast<int>(std::lround(h * static_cast<double>(dpr)));
  if (fb_w != shell.fb_width || fb_h != shell.fb_height) {
    emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
    shell.fb_width = fb_w;
    shell.fb_height = fb_h;
  }
  shell.css_width = w;
  shell.css_height = h;
  const bool dpr_changed = dpr != shell.dpr;
  shell.dpr = dpr;
  return dpr_changed;
}

// --- The phone keyboard's input (text_proxy.h) -------------------------------------------------

jv::web::EditedField edited_field(const WebShell& shell) {
  const jv::app::ActiveTextField active = jv::app::app_active_text_field(shell.app);
  jv::web::EditedField f;
  f.id = active.id;
  f.kind = active.kind;
  f.read_only = active.read_only;
  f.text = active.text;
  f.select_start = active.select_start;
  f.select_end = active.select_end;
  f.x = active.min.x;
  f.y = active.min.y;
  f.w = active.max.x - active.min.x;
  f.h = active.max.y - active.min.y;
  return f;
}

void rect_json(jv::JsonWriter& w, float x, float y, float width, float height) {
  w.key("rect").begin_array();
  for (const float v : {x, y, width, height}) w.value(static_cast<double>(v));
  w.end_array();
}

void attributes_json(jv::JsonWriter& w, const jv::web::ProxyAttributes& a) {
  w.key("multiline").value(a.multiline).key("type").value(a.type).key("inputmode").value(a.inputmode);
  w.key("enterkeyhint").value(a.enterkeyhint).key("autocapitalize").value(a.autocapitalize);
  w.key("autocorrect").value(a.autocorrect).key("spellcheck").value(a.spellcheck);
  w.key("label").value(jv::app::tr("Tekst voor het veld op het scherm"));
}

void run_proxy_command(WebShell& shell, const jv::web::ProxyCommand& c) {
  using Kind = jv::web::ProxyCommand::Kind;
  if (c.kind == Kind::None) return;
  jv::JsonWriter w;
  w.begin_object();
  w.key("do").value(c.kind == Kind::Focus ? "focus" : c.kind == Kind::Update ? "update" : "blur");
  if (c.kind != Kind::Blur) {
    attributes_json(w, c.attributes);
    w.key("value").value(c.value).key("start").value(c.select_start).key("end").value(c.select_end);
    rect_json(w, c.x, c.y, c.w, c.h);
    shell.proxy_multiline = c.attributes.multiline;
  }
  w.end_object();
  jv_js_text_proxy(w.str().c_str());
}

// After a frame: the text field under a resting finger, if any (see focus_under_finger).
void note_field_under_finger(WebShell& shell) {
  shell.under_finger = {};
  if (shell.touch_id < 0 || ImGui::GetMouseCursor() != ImGuiMouseCursor_TextInput) return;
  for (const jv::app::TextFieldInfo& f : shell.app.frame.text_fields) {
    if (f.id == GImGui->HoveredId) shell.under_finger = f;
  }
}

// A phone raises its keyboard only for a focus given while the user acts (Safari is strict: inside
// the touch's own event). The field begins a frame after the tap, too late for that; so a tap on
// the field a resting finger was on focuses the input at once, inside the touchend. The frame
// after it finds the field begun and fills the input (or closes it, when the tap began nothing).
void focus_under_finger(WebShell& shell) {
  const jv::app::TextFieldInfo& f = shell.under_finger;
  if (f.id == 0 || shell.text_proxy.has_focus()) return;
  jv::JsonWriter w;
  w.begin_object().key("do").value("focus");
  attributes_json(w, jv::web::proxy_attributes(f.kind));  // no value: the frame after fills it
  rect_json(w, f.min.x, f.min.y, f.max.x - f.min.x, f.max.y - f.min.y);
  w.end_object();
  shell.proxy_multiline = jv::web::proxy_attributes(f.kind).multiline;
  jv_js_text_proxy(w.str().c_str());
}

// Before a frame: what the input holds goes into the field, as edits ImGui performs itself (the
// selection set, then characters typed over it or Backspace), so its filters and undo apply. Only
// when ImGui has no older input waiting, which would land after the edit.
void proxy_into_field(WebShell& shell) {
  if (GImGui->InputEventsQueue.Size > 0) return;
  const jv::web::FieldEdit edit = shell.text_proxy.before_frame(edited_field(shell));
  if (!edit.any) return;
  jv::app::app_select_in_active_field(edit.select_start, edit.select_end);
  ImGuiIO& io = ImGui::GetIO();
  if (!edit.insert.empty()) {
    io.AddInputCharactersUTF8(edit.insert.c_str());
  } else if (edit.erase) {
    io.AddKeyEvent(ImGuiKey_Backspace, true);
    io.AddKeyEvent(ImGuiKey_Backspace, false);
  }
}

void draw_frame(WebShell& shell) {
  ImGuiIO& io = ImGui::GetIO();
  const double start = emscripten_get_now();

  if (sync_canvas_size(shell)) {
    // Browser zoom or a move to another screen: bake the fonts for the new ratio.
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    shell.app.platform.fonts = jv::app::fonts_build(shell.dpr);
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  io.DisplaySize = ImVec2(static_cast<float>(shell.css_width), static_cast<float>(shell.css_height));
  io.DisplayFramebufferScale = ImVec2(shell.dpr, shell.dpr);
  // After an idle minute the first frame's delta would be a minute; ImGui only needs it positive.
  double dt = (start - shell.last_frame_ms) / 1000.0;
  if (dt <= 0.0 || dt > 0.25) dt = 1.0 / 60.0;
  io.DeltaTime = static_cast<float>(dt);
  shell.last_frame_ms = start;

  proxy_into_field(shell);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  jv::app::app_frame(shell.app);
  ImGui::Render();
  // The phone keyboard's input follows the field: opened, moved, filled or closed.
  run_proxy_command(shell, shell.text_proxy.after_frame(edited_field(shell), shell.touch_input, shell.tapped));
  shell.tapped = false;
  note_field_under_finger(shell);
  // The address bar follows the view (replaceState: no navigation, no history entry, no request),
  // so the address is always a link to what is on screen.
  if (std::string link = jv::app::app_view_link(shell.app); link != shell.view_link) {
    shell.view_link = std::move(link);
    jv_js_replace_hash(shell.view_link.c_str());
  }
  // Screen readers pick their voice from <html lang>: it follows the interface's language.
  if (const char* lang = jv::lang_id(shell.app.view.lang); shell.lang != lang) {
    shell.lang = lang;
    jv_js_set_lang(lang);
  }
  // The page's text version follows what this frame drew; the page hears of it only on a change,
  // so a screen reader is not interrupted by frames that changed nothing.
  if (std::string mirror = jv::app::mirror_json(jv::app::mirror_of(shell.app, jv::app::app_current_group(shell.app)));
      mirror != shell.mirror) {
    shell.mirror = std::move(mirror);
    jv_js_mirror(shell.mirror.c_str());
  }
  const double ui_done = emscripten_get_now();

  glViewport(0, 0, shell.fb_width, shell.fb_height);
  glClearColor(0.969f, 0.969f, 0.957f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // "Exporteer als PNG": the slide drawn into memory once this frame is on screen (the canvas
  // itself cannot be read back: WebGL clears it after presenting).
  if (jv::app::app_png_requested(shell.app)) {
    jv::app::app_export_png(shell.app);
    // The export baked the fonts twice (for the image, then for the screen): upload them again,
    // as after a change of pixel ratio.
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    request_frame(shell);
  }

  jv::app::FrameStats& stats = shell.app.frame.stats;
  stats.last_frame_ms = ui_done - start;
  if (stats.frames_drawn > 0 && stats.last_frame_ms > stats.max_frame_ms) { stats.max_frame_ms = stats.last_frame_ms; }
  ++stats.frames_drawn;
}

EM_BOOL on_animation_frame(double, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  shell.frame_pending = false;
  draw_frame(shell);
  ++shell.frames_since_event;

  if (!shell.ready_reported && shell.app.frame.stats.frames_drawn >= 2) {
    shell.ready_reported = true;  // two frames: auto-sized windows have their layout
    jv_js_ready();
  }

  const bool input_pending = GImGui->InputEventsQueue.Size > 0;
  const bool lingering =
      emscripten_get_now() - shell.last_event_ms < kLingerMs || shell.frames_since_event < kLingerFrames;
  if (input_pending || lingering || shell.app.frame.wants_animation || shell.text_proxy.busy()) request_frame(shell);
  return EM_FALSE;
}

// --- Input -------------------------------------------------------------------------------------

void update_modifiers(WebShell& shell, bool ctrl, bool shift, bool alt, bool meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
  shell.ctrl_down = ctrl;
  shell.meta_down = meta;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  // Enter right after the last letter: what the input holds goes into the field first, so Enter
  // takes the whole word.
  if (shell.text_proxy.has_focus()) proxy_into_field(shell);
  update_modifiers(shell, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);

  // In the phone keyboard's input the characters are the input's own; they reach the field as edits.
  const jv::web::KeyDecision decision =
      shell.text_proxy.has_focus()
          ? jv::web::decide_proxy_key(e->key, shell.proxy_multiline)
          : jv::web::decide_key(e->key, e->code, e->ctrlKey, e->altKey, e->metaKey, shell.apple);
  if (decision.imgui_key != ImGuiKey_None) io.AddKeyEvent(decision.imgui_key, down);
  if (down && decision.text) io.AddInputCharactersUTF8(e->key);
  note_event(shell);
  return decision.let_browser_act ? EM_FALSE : EM_TRUE;  // EM_TRUE: preventDefault
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  shell.touch_input = false;
  io.AddMousePosEvent(static_cast<float>(e->clientX), static_cast<float>(e->clientY));
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
    // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
    static constexpr int kToImGui[3] = {0, 2, 1};
    if (e->button >= 0 && e->button < 3) {
      io.AddMouseButtonEvent(kToImGui[e->button], type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
  }
  note_event(shell);
  // Let the browser act on mouse-down only so the canvas takes keyboard focus.
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  note_event(shell);
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  // ImGui counts wheel "lines"; a browser notch is about 100 pixels, 3 lines or a page.
  double scale = 1.0 / 100.0;
  if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
  if (e->deltaMode == DOM_DELTA_PAGE) scale = 1.0;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
  note_event(shell);
  return EM_TRUE;
}

// Touch: the first finger only, through the tap / swipe / hold-and-drag rules of touch.h. The
// browser's own gestures (panning, pinch zoom) stay off the canvas.
EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  ImGuiIO& io = ImGui::GetIO();
  std::vector<jv::web::TouchAction> actions;
  const double now = emscripten_get_now();
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (!t.isChanged) continue;
    const auto x = static_cast<float>(t.clientX);
    const auto y = static_cast<float>(t.clientY);
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
      if (shell.touch_id >= 0) continue;  // a second finger: not ours
      shell.touch_id = t.identifier;
      shell.touch.start(x, y, now, actions);
    } else if (t.identifier == shell.touch_id) {
      if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) shell.touch.move(x, y, now, actions);
      if (type == EMSCRIPTEN_EVENT_TOUCHEND) shell.touch.end(actions);
      if (type == EMSCRIPTEN_EVENT_TOUCHCANCEL) shell.touch.cancel(actions);
      if (type != EMSCRIPTEN_EVENT_TOUCHMOVE) shell.touch_id = -1;
    }
  }
  jv::web::apply_touch_actions(actions, io);
  shell.touch_input = true;
  // A tap: pressed and released without moving away (touch.h); what may open the keyboard again.
  bool pressed = false;
  for (const jv::web::TouchAction& a : actions) {
    if (a.kind == jv::web::TouchAction::Kind::Press) pressed = true;
    if (a.kind == jv::web::TouchAction::Kind::Release && pressed) shell.tapped = true;
  }
  if (shell.tapped) focus_under_finger(shell);
  note_event(shell);
  return EM_TRUE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void* user_data) {
  WebShell& shell = *static_cast<WebShell*>(user_data);
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  note_event(shell);
  return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void* user_data) {
  note_event(*static_cast<WebShell*>(user_data));
  return EM_FALSE;
}

EM_BOOL on_context_lost(int, const void*, void*) {
  jv_js_fatal(
      "De grafische weergave is weggevallen (WebGL-context verloren). Herlaad de pagina; "
      "cijfers die u zelf had geladen, moet u daarna opnieuw openen.");
  return EM_TRUE;
}

// --- Clipboard ---------------------------------------------------------------------------------

const char* get_clipboard(void* user_data) { return static_cast<WebShell*>(user_data)->clipboard.c_str(); }

void set_clipboard(void* user_data, const char* text) {
  static_cast<WebShell*>(user_data)->clipboard = text;
  jv_js_clipboard_write(text);
}

// --- Platform hooks for the app ---------------------------------------------------------------

void hook_open_file_picker(void*) { jv_js_open_file_picker(); }

void hook_download(void*, const char* name, const char* mime, std::string_view data) {
  jv_js_download(name, mime, data.data(), data.size());
}

void hook_storage_set(void*, const char* key, std::string_view value) {
  jv_js_storage_set(key, value.data(), value.size());
}

std::string hook_storage_get(void*, const char* key) {
  char* value = jv_js_storage_get(key);
  if (!value) return {};
  std::string out(value);
  std::free(value);
  return out;
}

void hook_storage_remove(void*, const char* key) { jv_js_storage_remove(key); }

void hook_copy_text(void*, std::string_view text) { jv_js_copy_text(std::string(text).c_str()); }

std::string hook_page_address(void*) {
  char* address = jv_js_page_address();
  if (!address) return {};
  std::string out = address;
  std::free(address);
  return out;
}

void hook_request_fullscreen(void*) { jv_js_request_fullscreen(); }
void hook_exit_fullscreen(void*) { jv_js_exit_fullscreen(); }

void install_input(WebShell& shell) {
  const char* canvas = "#canvas";
  const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
  const char* document = EMSCRIPTEN_EVENT_TARGET_DOCUMENT;
  emscripten_set_keydown_callback(window, &shell, EM_TRUE, on_key);
  emscripten_set_keyup_callback(window, &shell, EM_TRUE, on_key);
  emscripten_set_mousedown_callback(canvas, &shell, EM_TRUE, on_mouse);
  // Moves and releases on the document, so a drag that leaves the canvas still ends.
  emscripten_set_mousemove_callback(document, &shell, EM_TRUE, on_mouse);
  emscripten_set_mouseup_callback(document, &shell, EM_TRUE, on_mouse);
  emscripten_set_mouseleave_callback(canvas, &shell, EM_TRUE, on_mouse_leave);
  emscripten_set_wheel_callback(canvas, &shell, EM_FALSE, on_wheel);
  emscripten_set_touchstart_callback(canvas, &shell, EM_TRUE, on_touch);
  emscripten_set_touchmove_callback(canvas, &shell, EM_TRUE, on_touch);
  emscripten_set_touchend_callback(canvas, &shell, EM_TRUE, on_touch);
  emscripten_set_touchcancel_callback(canvas, &shell, EM_TRUE, on_touch);
  emscripten_set_focus_callback(window, &shell, EM_TRUE, on_focus);
  emscripten_set_blur_callback(window, &shell, EM_TRUE, on_focus);
  emscripten_set_resize_callback(window, &shell, EM_FALSE, on_resize);
  emscripten_set_webglcontextlost_callback(canvas, &shell, EM_FALSE, on_context_lost);
  jv_js_install_listeners();
  jv_js_install_drop();
}

}  // namespace

// --- Called from JS ----------------------------------------------------------------------------

extern "C" {

// The app's state for tests: readiness, frames drawn, frame time, widget rectangles.
EMSCRIPTEN_KEEPALIVE const char* jv_test_state() {
  static std::string json;  // returned to JS, which copies it at once
  json = g_shell ? jv::app::app_test_state_json(g_shell->app) : std::string("{\"ready\":false}");
  return json.c_str();
}

// A paste event's text. Into the focused text field as Ctrl+V (the keydown of V was left to the
// browser so this event could happen); outside a text field it is a table copied from Excel.
EMSCRIPTEN_KEEPALIVE void jv_paste(const char* text) {
  if (!g_shell) return;
  WebShell& shell = *g_shell;
  if (!ImGui::GetIO().WantTextInput) {
    jv::app::app_paste_table(shell.app, text);
    note_event(shell);
    return;
  }
  shell.clipboard = text;
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiKey mod = shell.apple ? ImGuiMod_Super : ImGuiMod_Ctrl;
  const bool was_down = shell.apple ? shell.meta_down : shell.ctrl_down;
  io.AddKeyEvent(mod, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  io.AddKeyEvent(mod, was_down);
  note_event(shell);
}

// The phone keyboard's input took (1) or lost (0) the browser's focus.
EMSCRIPTEN_KEEPALIVE void jv_text_proxy_focus(int on) {
  if (!g_shell) return;
  g_shell->text_proxy.focused(on != 0);
  note_event(*g_shell);
}

// The phone keyboard's input changed: its whole value, and its selection in UTF-16 code units.
EMSCRIPTEN_KEEPALIVE void jv_text_proxy_input(const char* value, int select_start, int select_end) {
  if (!g_shell) return;
  g_shell->text_proxy.input(value, select_start, select_end);
  note_event(*g_shell);
}

// The browser's answer to jv_js_copy_text: 1 when the text is on the clipboard.
EMSCRIPTEN_KEEPALIVE void jv_copy_done(int ok) {
  if (!g_shell) return;
  jv::app::app_clipboard_result(g_shell->app, ok != 0);
  note_event(*g_shell);
}

// A copy or cut event: the text selected in the active field, for the event's clipboardData
// (which needs no permission). Null when nothing is selected; the browser then does its own.
EMSCRIPTEN_KEEPALIVE const char* jv_copy_selection() {
  static std::string text;  // returned to JS, which copies it at once
  text = g_shell ? jv::app::app_text_selection() : std::string();
  return text.empty() ? nullptr : text.c_str();
}

// The user edited the address bar's fragment or followed a link to this page with another one.
EMSCRIPTEN_KEEPALIVE void jv_hash_changed(const char* fragment) {
  if (!g_shell || g_shell->view_link == fragment) return;
  jv::app::app_apply_view_link(g_shell->app, fragment);
  note_event(*g_shell);
}

// A choice in the page's text version (gemeente, group, indicator, tab), as a view-link fragment:
// it goes where a shared link goes, so the canvas and the text version show the same view.
EMSCRIPTEN_KEEPALIVE void jv_mirror_apply(const char* fragment) {
  if (!g_shell) return;
  jv::app::app_apply_view_link(g_shell->app, fragment);
  note_event(*g_shell);
}

// The text version's gemeente search: the matches as JSON, by the canvas's own search rule.
EMSCRIPTEN_KEEPALIVE const char* jv_mirror_search(const char* query) {
  static std::string json;  // returned to JS, which copies it at once
  json = g_shell ? jv::app::mirror_search_json(g_shell->app.model.store.data, query, 10) : std::string("[]");
  return json.c_str();
}

// A file the user chose or dropped, handed over by the browser in slices (library_jv.js
// jvReadFile, app/file_stream.h). begin and chunk answer 1 to go on, 0 to stop reading.
EMSCRIPTEN_KEEPALIVE int jv_file_begin(const char* name, double size) {
  if (!g_shell) return 0;
  // JS numbers go beyond a 32-bit size_t; such a file is larger than anything the app reads anyway.
  const double most = static_cast<double>(std::numeric_limits<std::size_t>::max());
  const bool go_on = jv::app::app_file_begin(
      g_shell->app, name, size >= most ? std::numeric_limits<std::size_t>::max() : static_cast<std::size_t>(size));
  note_event(*g_shell);
  return go_on ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int jv_file_chunk(const std::uint8_t* data, std::size_t size) {
  if (!g_shell) return 0;
  const bool go_on = jv::app::app_file_chunk(g_shell->app, {data, size});
  note_event(*g_shell);
  return go_on ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void jv_file_end() {
  if (!g_shell) return;
  jv::app::app_file_end(g_shell->app);
  note_event(*g_shell);
}

// The browser could not read (the rest of) the file: what was read of it goes.
EMSCRIPTEN_KEEPALIVE void jv_file_failed(const char* name) {
  if (!g_shell) return;
  jv::app::app_file_cancel(g_shell->app);
  g_shell->app.flows.message.clear();
  jv::app::OwnDataState& own = g_shell->app.own;
  own.last_report = {};
  own.last_report.file = name;
  jv::Problem p;
  p.file = name;
  p.fatal = true;
  p.message = "De browser kon dit bestand niet lezen. Staat het nog op deze plek, en mag de browser het openen?";
  own.last_report.problems.push_back(p);
  own.has_report = true;
  note_event(*g_shell);
}

// The page entered (1) or left (0) full screen: leaving it, by Escape or the browser's own
// controls, ends a presentation.
EMSCRIPTEN_KEEPALIVE void jv_fullscreen_changed(int on) {
  if (!g_shell) return;
  jv::app::app_fullscreen_changed(g_shell->app, on != 0);
  note_event(*g_shell);
}

// The page's prefers-reduced-motion (1: reduce), at start and whenever the user changes it.
EMSCRIPTEN_KEEPALIVE void jv_reduced_motion(int on) {
  if (!g_shell) return;
  g_shell->app.platform.reduced_motion = on != 0;
  note_event(*g_shell);
}

// Something outside our events changed what the page should show (the device pixel ratio, the
// page becoming visible): draw again.
EMSCRIPTEN_KEEPALIVE void jv_wake() {
  if (g_shell) note_event(*g_shell);
}

}  // extern "C"

int main() {
  static WebShell shell;
  g_shell = &shell;
  shell.apple = jv_js_is_apple() != 0;

  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  shell.gl = emscripten_webgl_create_context("#canvas", &attrs);
  if (shell.gl <= 0) {
    jv_js_fatal(
        "Deze browser kan geen WebGL2 gebruiken, en Jeugdvergelijker tekent daarmee zijn "
        "grafieken. Gebruik een recente versie van Firefox, Chrome, Edge of Safari, of zet "
        "hardwareversnelling aan in de instellingen van uw browser.");
    return 0;
  }
  emscripten_webgl_make_context_current(shell.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "jeugdvergelijker_web";
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  io.ClipboardUserData = &shell;
  io.ConfigMacOSXBehaviors = shell.apple;
  shell.app.platform.hooks.user = &shell;
  shell.app.platform.hooks.open_file_picker = hook_open_file_picker;
  shell.app.platform.hooks.download = hook_download;
  shell.app.platform.hooks.storage_set = hook_storage_set;
  shell.app.platform.hooks.storage_get = hook_storage_get;
  shell.app.platform.hooks.storage_remove = hook_storage_remove;
  shell.app.platform.hooks.page_address = hook_page_address;
  shell.app.platform.hooks.copy_text = hook_copy_text;
  shell.app.platform.hooks.request_fullscreen = hook_request_fullscreen;
  shell.app.platform.hooks.exit_fullscreen = hook_exit_fullscreen;
  jv::app::app_init(shell.app);
  // A shared link opens the view it names.
  if (char* hash = jv_js_location_hash()) {
    jv::app::app_apply_view_link(shell.app, hash);
    std::free(hash);
  }
  ImGui_ImplOpenGL3_Init("#version 300 es");

  sync_canvas_size(shell);
  shell.app.platform.fonts = jv::app::fonts_build(shell.dpr);
  install_input(shell);
  note_event(shell);  // the first frames
  return 0;
}
