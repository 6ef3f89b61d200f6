#include "platform/web/text_proxy.h"

#include <algorithm>
#include <utility>

namespace jv::web {

namespace {

// One code point from UTF-8 at `i`, advancing `i`; a malformed byte counts as one character
// (U+FFFD), as ImGui reads it.
char32_t next_char(std::string_view s, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  int length = 1;
  char32_t c = lead;
  if (lead >= 0xF0 && lead < 0xF8) {
    length = 4;
    c = lead & 0x07u;
  } else if (lead >= 0xE0) {
    length = 3;
    c = lead & 0x0Fu;
  } else if (lead >= 0xC0) {
    length = 2;
    c = lead & 0x1Fu;
  } else if (lead >= 0x80) {
    ++i;
    return U'\uFFFD';
  }
  if (i + static_cast<std::size_t>(length) > s.size()) {
    ++i;
    return U'\uFFFD';
  }
  for (int k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0u) != 0x80u) {
      ++i;
      return U'\uFFFD';
    }
    c = (c << 6) | (b & 0x3Fu);
  }
  i += static_cast<std::size_t>(length);
  return c;
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(next_char(s, i));
  return out;
}

std::string encode(std::u32string_view chars) {
  std::string out;
  for (const char32_t c : chars) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

int units_of(char32_t c) { return c >= 0x10000 ? 2 : 1; }

}  // namespace

int utf16_to_chars(std::string_view utf8, int units) {
  int chars = 0;
  int seen = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const int u = units_of(next_char(utf8, i));
    if (seen + u > units) break;  // inside a surrogate pair: the character before it
    seen += u;
    ++chars;
  }
  return chars;
}

int chars_to_utf16(std::string_view utf8, int chars) {
  int units = 0;
  std::size_t i = 0;
  for (int n = 0; n < chars && i < utf8.size(); ++n) units += units_of(next_char(utf8, i));
  return units;
}

ProxyAttributes proxy_attributes(app::TextKind kind) {
  ProxyAttributes a;
  switch (kind) {
    case app::TextKind::Search:
      // A gemeente's name: autocorrect would make "Teylingen" another word, and a search key
      // takes the one gemeente that fits, as Enter does on a desktop.
      a.type = "search";
      a.inputmode = "search";
      a.enterkeyhint = "search";
      break;
    case app::TextKind::Code: break;
    case app::TextKind::Number: a.inputmode = "numeric"; break;
    case app::TextKind::Prose:
      a.multiline = true;
      a.enterkeyhint = "enter";  // Enter starts a new line
      a.autocapitalize = "sentences";
      a.autocorrect = "on";
      a.spellcheck = true;
      break;
  }
  return a;
}

void TextProxy::focused(bool on) {
  if (on && !focused_ && !focus_asked_) refill_ = true;
  if (on) focus_asked_ = false;
  focused_ = on;
}

void TextProxy::input(std::string value, int select_start16, int select_end16) {
  const int a = utf16_to_chars(value, std::min(select_start16, select_end16));
  const int b = utf16_to_chars(value, std::max(select_start16, select_end16));
  known_.text = std::move(value);
  known_.select_start = a;
  known_.select_end = b;
  pending_ = true;
  tried_ = false;
}

FieldEdit TextProxy::before_frame(const EditedField& field) {
  FieldEdit edit;
  if (!pending_ || !focused_ || field.id == 0 || field.id != shown_for_ || field.read_only) return edit;
  const std::u32string have = decode(field.text);
  const std::u32string want = decode(known_.text);
  if (have != want) {
    // Once handed over and still different: ImGui refused part of it (a digit-only field, a full
    // buffer). The field stays as it is, and after_frame gives the input the field's text.
    if (tried_) {
      pending_ = false;
      return edit;
    }
    tried_ = true;
    // The changed range: what lies between the common start and the common end.
    std::size_t prefix = 0;
    while (prefix < have.size() && prefix < want.size() && have[prefix] == want[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < have.size() - prefix && suffix < want.size() - prefix &&
           have[have.size() - 1 - suffix] == want[want.size() - 1 - suffix]) {
      ++suffix;
    }
    edit.any = true;
    edit.select_start = static_cast<int>(prefix);
    edit.select_end = static_cast<int>(have.size() - suffix);
    edit.insert = encode(std::u32string_view(want).substr(prefix, want.size() - suffix - prefix));
    edit.erase = edit.insert.empty();
    return edit;
  }
  // The text is in; now the caret or selection, if the field put it elsewhere.
  pending_ = false;
  if (field.select_start != known_.select_start || field.select_end != known_.select_end) {
    edit.any = true;
    edit.select_start = known_.select_start;
    edit.select_end = known_.select_end;
  }
  return edit;
}

ProxyCommand TextProxy::command(ProxyCommand::Kind kind, const EditedField& field) const {
  ProxyCommand c;
  c.kind = kind;
  c.attributes = proxy_attributes(field.kind);
  c.value = field.text;
  c.select_start = chars_to_utf16(field.text, field.select_start);
  c.select_end = chars_to_utf16(field.text, field.select_end);
  c.x = field.x;
  c.y = field.y;
  c.w = field.w;
  c.h = field.h;
  return c;
}

ProxyCommand TextProxy::after_frame(const EditedField& field, bool touch, bool tapped) {
  using Kind = ProxyCommand::Kind;
  focus_asked_ = false;  // the page answers a Focus command at once, before the next frame
  const bool editing = field.id != 0 && !field.read_only;
  const bool was_shown = shown_for_ != 0 || focused_;
  if (!editing || (!touch && field.id != shown_for_)) {
    // Editing ended (a tap elsewhere, Enter, Escape), or a mouse took another field: the
    // keyboard closes. A read-only field (a link to copy) raises no keyboard.
    shown_for_ = 0;
    pending_ = false;
    refill_ = false;
    ProxyCommand c;
    c.kind = was_shown ? Kind::Blur : Kind::None;
    return c;
  }
  if (field.id != shown_for_ || (!focused_ && tapped) || refill_) {
    // A field began (or a tap on it after the user closed the keyboard): open the keyboard.
    shown_for_ = field.id;
    known_ = {field.text, field.select_start, field.select_end, field.x, field.y, field.w, field.h};
    pending_ = false;
    tried_ = false;
    refill_ = false;
    focus_asked_ = true;
    return command(Kind::Focus, field);
  }
  // While the input's last change is on its way into the field, the field is not yet the truth.
  if (!focused_ || pending_) return {};
  const Known now{field.text, field.select_start, field.select_end, field.x, field.y, field.w, field.h};
  if (now.text == known_.text && now.select_start == known_.select_start && now.select_end == known_.select_end &&
      now.x == known_.x && now.y == known_.y && now.w == known_.w && now.h == known_.h) {
    return {};
  }
  known_ = now;
  return command(Kind::Update, field);
}

}  // namespace jv::web
