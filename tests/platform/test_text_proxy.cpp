// The phone keyboard's input for ImGui's text fields (platform/web/text_proxy.h): when the page's
// input takes and leaves the focus, and how what is typed in it becomes edits of the field.
#include <doctest/doctest.h>

#include <string>

#include "platform/web/keys.h"
#include "platform/web/text_proxy.h"

using jv::app::TextKind;
using jv::web::EditedField;
using jv::web::FieldEdit;
using jv::web::ProxyCommand;
using jv::web::TextProxy;
using Cmd = ProxyCommand::Kind;

namespace {

EditedField search_field(std::string text = "", int a = 0, int b = 0) {
  EditedField f;
  f.id = 42;
  f.kind = TextKind::Search;
  f.text = std::move(text);
  f.select_start = a;
  f.select_end = b;
  f.x = 12;
  f.y = 90;
  f.w = 320;
  f.h = 30;
  return f;
}

// What ImGui does with an edit: the selection set, then the text typed over it (or erased).
void apply(EditedField& f, const FieldEdit& e) {
  if (!e.any) return;
  std::u32string t;
  for (std::size_t i = 0; i < f.text.size();) {
    // ASCII and 2-byte characters are all these tests type.
    const auto c = static_cast<unsigned char>(f.text[i]);
    if (c < 0x80) {
      t.push_back(c);
      i += 1;
    } else {
      t.push_back(static_cast<char32_t>(((c & 0x1F) << 6) | (static_cast<unsigned char>(f.text[i + 1]) & 0x3F)));
      i += 2;
    }
  }
  std::u32string ins;
  for (std::size_t i = 0; i < e.insert.size();) {
    const auto c = static_cast<unsigned char>(e.insert[i]);
    if (c < 0x80) {
      ins.push_back(c);
      i += 1;
    } else {
      ins.push_back(static_cast<char32_t>(((c & 0x1F) << 6) | (static_cast<unsigned char>(e.insert[i + 1]) & 0x3F)));
      i += 2;
    }
  }
  if (!e.insert.empty() || e.erase) {
    t.replace(static_cast<std::size_t>(e.select_start), static_cast<std::size_t>(e.select_end - e.select_start), ins);
    f.select_start = f.select_end = e.select_start + static_cast<int>(ins.size());
  } else {
    f.select_start = e.select_start;
    f.select_end = e.select_end;
  }
  f.text.clear();
  for (const char32_t c : t) {
    if (c < 0x80) {
      f.text += static_cast<char>(c);
    } else {
      f.text += static_cast<char>(0xC0 | (c >> 6));
      f.text += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
}

}  // namespace

TEST_CASE("a tap that starts a field on a touch screen focuses an input of the field's kind, a mouse never does") {
  TextProxy proxy;
  CHECK(proxy.after_frame(EditedField{}, true, true).kind == Cmd::None);  // no field: nothing
  const EditedField f = search_field("Hil", 3, 3);
  CHECK(proxy.after_frame(f, false, false).kind == Cmd::None);  // desktop: the canvas takes the keys
  const ProxyCommand c = proxy.after_frame(f, true, true);
  REQUIRE(c.kind == Cmd::Focus);
  CHECK(c.value == "Hil");
  CHECK(c.select_start == 3);
  CHECK(c.select_end == 3);
  CHECK(c.x == 12);
  CHECK(c.y == 90);
  CHECK(c.w == 320);
  CHECK(c.h == 30);
  CHECK(std::string(c.attributes.type) == "search");
  CHECK(std::string(c.attributes.enterkeyhint) == "search");
  CHECK(std::string(c.attributes.autocorrect) == "off");
  CHECK(std::string(c.attributes.autocapitalize) == "off");
  CHECK_FALSE(c.attributes.spellcheck);
  CHECK_FALSE(c.attributes.multiline);
  proxy.focused(true);
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);  // nothing changed since
}

TEST_CASE("each kind of field gets the keyboard it needs") {
  const auto year = jv::web::proxy_attributes(TextKind::Number);
  CHECK(std::string(year.inputmode) == "numeric");
  CHECK(std::string(year.type) == "text");  // type=number has no selection to keep in step
  CHECK(std::string(year.autocorrect) == "off");
  const auto period = jv::web::proxy_attributes(TextKind::Code);
  CHECK(std::string(period.inputmode) == "text");
  CHECK(std::string(period.autocorrect) == "off");
  CHECK(std::string(period.enterkeyhint) == "done");
  const auto sentence = jv::web::proxy_attributes(TextKind::Prose);
  CHECK(sentence.multiline);
  CHECK(std::string(sentence.autocorrect) == "on");
  CHECK(std::string(sentence.autocapitalize) == "sentences");
  CHECK(std::string(sentence.enterkeyhint) == "enter");
  CHECK(sentence.spellcheck);
}

TEST_CASE("what is typed in the input reaches the field as ImGui's own edits, caret included") {
  TextProxy proxy;
  EditedField f = search_field();
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);
  // A keyboard types "Teyl" at once (a suggestion taken): typed over the empty selection.
  proxy.input("Teyl", 4, 4);
  CHECK(proxy.busy());
  FieldEdit e = proxy.before_frame(f);
  CHECK(e.any);
  CHECK(e.select_start == 0);
  CHECK(e.select_end == 0);
  CHECK(e.insert == "Teyl");
  CHECK_FALSE(e.erase);
  apply(f, e);
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);  // the input already holds it
  e = proxy.before_frame(f);                                   // text in, caret where the input has it: nothing more
  CHECK_FALSE(e.any);
  CHECK_FALSE(proxy.busy());
  CHECK(f.text == "Teyl");

  // Backspace in the input: the last character goes, as a deletion of that one character.
  proxy.input("Tey", 3, 3);
  e = proxy.before_frame(f);
  CHECK(e.select_start == 3);
  CHECK(e.select_end == 4);
  CHECK(e.insert.empty());
  CHECK(e.erase);
  apply(f, e);
  CHECK(f.text == "Tey");

  // The keyboard corrects a word in the middle ("Tey" -> "Thy"), caret left after the "T".
  proxy.input("Thy", 1, 1);
  e = proxy.before_frame(f);
  CHECK(e.select_start == 1);
  CHECK(e.select_end == 2);
  CHECK(e.insert == "h");
  apply(f, e);
  CHECK(f.text == "Thy");
  CHECK(f.select_start == 2);  // ImGui leaves the caret after what it typed ...
  e = proxy.before_frame(f);   // ... the next frame puts it where the input has it
  CHECK(e.any);
  CHECK(e.insert.empty());
  CHECK_FALSE(e.erase);
  CHECK(e.select_start == 1);
  CHECK(e.select_end == 1);
  apply(f, e);
  CHECK(f.select_start == 1);
  CHECK_FALSE(proxy.before_frame(f).any);
}

TEST_CASE("a selection made in the input becomes the field's selection") {
  TextProxy proxy;
  EditedField f = search_field("Hilversum", 9, 9);
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);
  proxy.input("Hilversum", 0, 4);
  const FieldEdit e = proxy.before_frame(f);
  CHECK(e.any);
  CHECK(e.insert.empty());
  CHECK_FALSE(e.erase);
  CHECK(e.select_start == 0);
  CHECK(e.select_end == 4);
}

TEST_CASE("characters beyond the basic plane count two DOM units, one ImGui character") {
  const std::string text =
      "a\xF0\x9F\x98\x80"
      "b";  // a, 😀, b
  CHECK(jv::web::utf16_to_chars(text, 0) == 0);
  CHECK(jv::web::utf16_to_chars(text, 1) == 1);
  CHECK(jv::web::utf16_to_chars(text, 2) == 1);  // inside the pair: before it
  CHECK(jv::web::utf16_to_chars(text, 3) == 2);
  CHECK(jv::web::utf16_to_chars(text, 4) == 3);
  CHECK(jv::web::utf16_to_chars(text, 99) == 3);
  CHECK(jv::web::chars_to_utf16(text, 2) == 3);
  CHECK(jv::web::chars_to_utf16("\xC3\xA9t\xC3\xA9", 3) == 3);  // été: one unit each
  // Typed after an accented character: the positions are characters, not bytes.
  TextProxy proxy;
  EditedField f = search_field("S\xC3\xBA", 2, 2);  // Sú
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);  // not focused yet, no new tap: wait
  proxy.focused(true);
  proxy.input(
      "S\xC3\xBA"
      "d",
      3, 3);
  const FieldEdit e = proxy.before_frame(f);
  CHECK(e.select_start == 2);
  CHECK(e.select_end == 2);
  CHECK(e.insert == "d");
}

TEST_CASE("what the field refused or changed by itself goes back to the input") {
  TextProxy proxy;
  EditedField f = search_field("20", 2, 2);
  f.kind = TextKind::Number;
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);
  proxy.input("20x", 3, 3);
  FieldEdit e = proxy.before_frame(f);
  CHECK(e.insert == "x");
  // ImGui's digit filter drops the x: the field stays "20". The edit is not handed over again;
  // the input gets the field's text back.
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);
  e = proxy.before_frame(f);
  CHECK_FALSE(e.any);
  ProxyCommand c = proxy.after_frame(f, true, false);
  CHECK(c.kind == Cmd::Update);
  CHECK(c.value == "20");
  CHECK(c.select_start == 2);

  // A tap on the canvas moved the caret in the field: the input's caret follows.
  f.select_start = f.select_end = 0;
  c = proxy.after_frame(f, true, true);
  CHECK(c.kind == Cmd::Update);
  CHECK(c.select_start == 0);
  CHECK(c.select_end == 0);
  // The view scrolled: the input moves with the field.
  f.y = 40;
  c = proxy.after_frame(f, true, false);
  CHECK(c.kind == Cmd::Update);
  CHECK(c.y == 40);
}

TEST_CASE("the keyboard closes when the field lets go, and opens again on the next tap") {
  TextProxy proxy;
  EditedField f = search_field("Teylingen", 9, 9);
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);
  // Enter chose the gemeente, or a tap went elsewhere: no field is edited any more.
  CHECK(proxy.after_frame(EditedField{}, true, false).kind == Cmd::Blur);
  proxy.focused(false);
  CHECK(proxy.after_frame(EditedField{}, true, false).kind == Cmd::None);
  // The user closed the keyboard while the field stays active: it opens on the next tap only.
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);
  proxy.focused(false);
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);
  CHECK(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);
  // Another field: the input is made again for it.
  EditedField other = search_field("", 0, 0);
  other.id = 7;
  other.kind = TextKind::Prose;
  const ProxyCommand c = proxy.after_frame(other, true, true);
  CHECK(c.kind == Cmd::Focus);
  CHECK(c.attributes.multiline);
  // A read-only field (a link to copy) raises no keyboard.
  EditedField link = search_field("https://example.org/#gemeente=GM0402");
  link.id = 9;
  link.read_only = true;
  CHECK(proxy.after_frame(link, true, true).kind == Cmd::Blur);
  proxy.focused(false);
  CHECK(proxy.after_frame(link, true, true).kind == Cmd::None);
}

TEST_CASE("an edit from the input waits for the field the input was made for") {
  TextProxy proxy;
  EditedField f = search_field();
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.input("abc", 3, 3);  // not focused (the browser refused): nothing goes to the field
  CHECK_FALSE(proxy.before_frame(f).any);
  proxy.focused(true);
  EditedField other = search_field();
  other.id = 8;
  CHECK_FALSE(proxy.before_frame(other).any);
  CHECK(proxy.before_frame(f).any);
}

TEST_CASE("keys in the phone's input: Enter, Escape and Tab end the editing in ImGui, the rest acts in the input") {
  using jv::web::decide_proxy_key;
  const auto enter = decide_proxy_key("Enter", false);
  CHECK(enter.imgui_key == ImGuiKey_Enter);
  CHECK_FALSE(enter.let_browser_act);
  CHECK_FALSE(enter.text);
  const auto newline = decide_proxy_key("Enter", true);  // a new line in a sentence
  CHECK(newline.imgui_key == ImGuiKey_None);
  CHECK(newline.let_browser_act);
  CHECK(decide_proxy_key("Escape", false).imgui_key == ImGuiKey_Escape);
  CHECK(decide_proxy_key("Tab", true).imgui_key == ImGuiKey_Tab);
  for (const char* k : {"a", "Backspace", "ArrowLeft", "Unidentified", "v"}) {
    CAPTURE(k);
    const auto d = decide_proxy_key(k, false);
    CHECK(d.imgui_key == ImGuiKey_None);
    CHECK_FALSE(d.text);  // the input's `input` event brings the text, once
    CHECK(d.let_browser_act);
  }
}

TEST_CASE("an input focused inside the tap itself is filled with the field's text the frame after") {
  TextProxy proxy;
  EditedField f = search_field("Teyl", 4, 4);
  REQUIRE(proxy.after_frame(f, true, true).kind == Cmd::Focus);
  proxy.focused(true);  // the answer to the Focus command: nothing more to fill
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);
  proxy.focused(false);  // the user closed the keyboard
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);
  proxy.focused(true);  // the shell focused it inside the next tap, not knowing the field's text
  const ProxyCommand c = proxy.after_frame(f, true, true);
  CHECK(c.kind == Cmd::Focus);
  CHECK(c.value == "Teyl");
  CHECK(c.select_start == 4);
  proxy.focused(true);
  CHECK(proxy.after_frame(f, true, false).kind == Cmd::None);
  // Focused inside a tap that then began no field: closed again.
  TextProxy early;
  early.focused(true);
  CHECK(early.after_frame(EditedField{}, true, true).kind == Cmd::Blur);
}
