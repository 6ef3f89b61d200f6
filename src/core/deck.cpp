#include "core/deck.h"

#include <utility>

#include "core/detail.h"
#include "core/io/encoding.h"

namespace jv {

bool Deck::remove(int i) {
  if (i < 0 || i >= static_cast<int>(slides.size())) return false;
  slides.erase(slides.begin() + i);
  return true;
}

bool Deck::move_up(int i) {
  if (i <= 0 || i >= static_cast<int>(slides.size())) return false;
  std::swap(slides[static_cast<std::size_t>(i)], slides[static_cast<std::size_t>(i - 1)]);
  return true;
}

bool Deck::move_down(int i) { return move_up(i + 1); }

bool Deck::set_sentence(int i, std::string sentence) {
  if (i < 0 || i >= static_cast<int>(slides.size())) return false;
  slides[static_cast<std::size_t>(i)].sentence = std::move(sentence);
  return true;
}

bool is_deck_file(std::span<const std::uint8_t> bytes) {
  std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.substr(0, kDeckFileMagic.size()) != kDeckFileMagic) return false;
  text.remove_prefix(kDeckFileMagic.size());
  return text.empty() || text.front() == '\n' || text.front() == '\r';
}

namespace {

// A sentence on one line: the separator, line breaks and the escape character itself escaped.
void append_escaped(std::string& out, std::string_view s) {
  for (const char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == ';') {
      out += "\\;";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {  // a lone CR would end the line for some editors
      out += c;
    }
  }
}

bool view_chars_ok(std::string_view v) {
  if (v.empty() || v.find('=') == std::string_view::npos) return false;
  for (const char c : v) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '_' ||
                    c == '.' || c == '%' || c == '=' || c == '&' || c == ',' || c == '+';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string save_deck(const Deck& deck) {
  std::string out = std::string(kDeckFileMagic) + "\n";
  for (const Slide& s : deck.slides) {
    out += s.view;
    out += ';';
    append_escaped(out, s.sentence);
    if (!s.own_series.empty()) {
      out += ';';
      out += s.own_series;
      out += ';';
      out += s.own_period;
    }
    out += '\n';
  }
  return out;
}

bool read_deck(std::span<const std::uint8_t> bytes, Deck& out, std::string& error) {
  std::string text;
  TextEncoding encoding;
  if (!decode_text(bytes, text, encoding, error)) return false;
  const std::string not_a_deck =
      "Dit is geen presentatiebestand van Jeugdvergelijker: de eerste regel moet \xE2\x80\x9E" +
      std::string(kDeckFileMagic) + "\xE2\x80\x9D zijn.";
  Deck deck;
  std::size_t at = 0;
  int line_no = 0;
  while (at <= text.size()) {
    const std::size_t end = text.find('\n', at);
    std::string_view line = std::string_view(text).substr(at, end == std::string::npos ? std::string::npos : end - at);
    at = end == std::string::npos ? text.size() + 1 : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    const std::string where = "Regel " + std::to_string(line_no) + ": ";
    if (line_no == 1) {
      constexpr std::string_view kStem = "Jeugdvergelijker presentatie;";
      if (line == kDeckFileMagic) continue;
      if (line.substr(0, kStem.size()) == kStem) {
        error = where + "dit is versie " + std::string(line.substr(kStem.size())) +
                " van het presentatiebestand; deze Jeugdvergelijker leest alleen versie 1.";
      } else {
        error = not_a_deck;
      }
      return false;
    }
    if (trim(line).empty()) continue;
    // Fields at unescaped ';', unescaping the sentence on the way.
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (c == ';') {
        fields.emplace_back();
      } else if (c == '\\' && fields.size() == 2) {
        const char next = i + 1 < line.size() ? line[i + 1] : '\0';
        if (next == ';' || next == '\\') {
          fields.back() += next;
        } else if (next == 'n') {
          fields.back() += '\n';
        } else {
          error = where + "\xE2\x80\x9E\\" + (next ? std::string(1, next) : std::string()) +
                  "\xE2\x80\x9D in de zin is geen bekend teken: schrijf \\; voor een puntkomma, \\n voor een "
                  "nieuwe regel en \\\\ voor een backslash.";
          return false;
        }
        ++i;
      } else if (c == '\r') {
        // A CR inside a line (an old Mac line end, or a paste) is a space: save_deck never writes
        // one, so keeping it would make a deck that does not read back as itself (fuzz_deck).
        fields.back() += ' ';
      } else {
        fields.back() += c;
      }
    }
    if (fields.size() < 2) {
      error = where +
              "geen \xE2\x80\x9E;\xE2\x80\x9D tussen de weergave en de zin. Elke dia is \xC3\xA9\xC3\xA9n regel: de "
              "weergave, een \xE2\x80\x9E;\xE2\x80\x9D en de zin.";
      return false;
    }
    Slide slide;
    slide.view = std::string(trim(fields[0]));
    if (!view_chars_ok(slide.view)) {
      error = where + "\xE2\x80\x9E" + fields[0] +
              "\xE2\x80\x9D is geen weergave van Jeugdvergelijker (zoals tab=overzicht&gemeente=GM0402).";
      return false;
    }
    slide.sentence = fields[1];
    if (fields.size() > 4) {
      error = where + "te veel velden; na de zin komen alleen een eigen reeks en haar periode.";
      return false;
    }
    if (fields.size() >= 3) {
      slide.own_series = std::string(trim(fields[2]));
      if (slide.own_series.rfind("eigen-", 0) != 0) {
        error = where + "\xE2\x80\x9E" + fields[2] +
                "\xE2\x80\x9D is geen eigen reeks: het derde veld noemt een reeks die begint met "
                "\xE2\x80\x9E"
                "eigen-\xE2\x80\x9D.";
        return false;
      }
      if (fields.size() == 4) slide.own_period = std::string(trim(fields[3]));
    }
    deck.slides.push_back(std::move(slide));
  }
  if (deck.slides.empty()) {
    error = "Deze presentatie heeft geen dia's.";
    return false;
  }
  out = std::move(deck);
  return true;
}

}  // namespace jv
