// A phone's on-screen keyboard for ImGui's text fields. A phone raises its keyboard only for a
// focused editable element of the page, and ImGui draws its fields on a canvas. So while a field is
// edited on a touch screen, the page holds a real <input> (a <textarea> for several lines) over
// it, focused, of the field's kind (app/text_field.h), and the two are kept in step:
//   - the input is the truth for what the user types: after each `input` or selection change its
//     value and selection go to the field as an edit ImGui itself performs (select the changed
//     range, then type the new characters or erase), so ImGui's filters, limits and undo apply;
//   - the field is the truth for everything else: a tap that moves the caret on the canvas, a
//     character the field refused, the app emptying the field after a choice; these go back to
//     the input;
//   - the keyboard closes (the input loses focus) when the field does: a tap elsewhere, Enter,
//     Escape.
// Plain C++ (no emscripten, no ImGui internals) so the rules are tested natively in tests/platform;
// the web shell reads the field from ImGui and runs the commands in the page (library_jv.js).
#pragma once

#include <string>
#include <string_view>

#include "app/text_field.h"

namespace jv::web {

// The text field ImGui is editing, as a frame left it.
struct EditedField {
  unsigned id = 0;  // ImGui's id; 0 when no text field is being edited
  app::TextKind kind = app::TextKind::Code;
  bool read_only = false;
  std::string text;                  // UTF-8
  int select_start = 0;              // the selection in characters (code points), start <= end;
  int select_end = 0;                // equal: the caret
  float x = 0, y = 0, w = 0, h = 0;  // where it is drawn, CSS pixels
};

// How the page's input must be made for a kind of field: the HTML attributes a phone's keyboard
// reads.
struct ProxyAttributes {
  bool multiline = false;          // a <textarea> instead of an <input>
  const char* type = "text";       // <input type>
  const char* inputmode = "text";  // the keyboard's layout
  const char* enterkeyhint = "done";
  const char* autocapitalize = "off";
  const char* autocorrect = "off";  // Safari's
  bool spellcheck = false;
};

ProxyAttributes proxy_attributes(app::TextKind kind);

// What the page's input must do after a frame.
struct ProxyCommand {
  enum class Kind {
    None,
    Focus,   // make the input for `attributes`, fill it, put it over the field and focus it
    Update,  // the field changed (text, caret or place): the input follows
    Blur,    // editing ended: the input lets go of the focus, the keyboard closes
  };
  Kind kind = Kind::None;
  ProxyAttributes attributes;
  std::string value;
  int select_start = 0, select_end = 0;  // in UTF-16 code units, as the DOM counts
  float x = 0, y = 0, w = 0, h = 0;
};

// What to hand ImGui before a frame so the field holds what the input holds. First the field's
// selection is set to [select_start, select_end) (characters); then `insert` is typed over it, or
// with `erase` the selection is deleted (Backspace). With neither, only the selection moves.
struct FieldEdit {
  bool any = false;
  int select_start = 0, select_end = 0;
  std::string insert;  // UTF-8
  bool erase = false;
};

class TextProxy {
 public:
  // The page's input took (true) or lost (false) the browser's focus. Taken other than by a Focus
  // command (the shell focuses it inside the tap itself, see main_web.cpp), the next frame fills it.
  void focused(bool on);
  bool has_focus() const { return focused_; }
  // The input changed and the field does not hold it yet: the shell keeps drawing frames.
  bool busy() const { return pending_; }
  // The input's value or selection changed (the user typed, the keyboard corrected a word, the
  // caret moved in the input). Selection in UTF-16 code units.
  void input(std::string value, int select_start16, int select_end16);

  // Before a frame, with the field as the last frame left it: the edit that brings the input's
  // text and caret into the field, one step per frame (the text first, the caret once it is in).
  FieldEdit before_frame(const EditedField& field);
  // After a frame: what the page's input must do. `touch`: the user works with a finger (the last
  // pointer was a touch); a mouse and keyboard user never gets the input. `tapped`: a tap ended
  // since the last frame.
  ProxyCommand after_frame(const EditedField& field, bool touch, bool tapped);

 private:
  struct Known {
    std::string text;
    int select_start = 0, select_end = 0;  // characters
    float x = 0, y = 0, w = 0, h = 0;
  };
  ProxyCommand command(ProxyCommand::Kind kind, const EditedField& field) const;

  bool focused_ = false;
  unsigned shown_for_ = 0;    // the field the input was made for; 0: none
  Known known_;               // what the input holds, as far as we know
  bool pending_ = false;      // the input changed and the field does not hold it yet
  bool tried_ = false;        // the pending text was handed to ImGui once already
  bool focus_asked_ = false;  // a Focus command went out since the last frame
  bool refill_ = false;       // focused without a Focus command: its content is not known
};

// Positions within UTF-8 text: characters (code points, ImGui's positions) and UTF-16 code units
// (the DOM's). Out-of-range positions are clamped to the text.
int utf16_to_chars(std::string_view utf8, int units);
int chars_to_utf16(std::string_view utf8, int chars);

}  // namespace jv::web
