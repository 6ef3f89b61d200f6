#include "core/io/xml.h"

#include <cstdint>

#include "core/detail.h"

namespace jv {

namespace {

constexpr std::size_t kMaxAttributes = 64;  // per element; Excel writes fewer than 20

}  // namespace

std::string_view xml_local_name(std::string_view name) {
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

void append_xml_text(std::string& out, std::string_view raw) {
  if (raw.find_first_of("&\r") == std::string_view::npos) {
    out.append(raw);
    return;
  }
  std::size_t i = 0;
  while (i < raw.size()) {
    const char c = raw[i];
    if (c == '\r') {
      out += '\n';
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2u : 1u;
      continue;
    }
    if (c != '&') {
      out += c;
      ++i;
      continue;
    }
    // Entities are short; looking only a few characters ahead keeps "&&&&..." linear.
    const std::size_t semi = raw.substr(i, 12).find(';');
    if (semi == std::string_view::npos) {
      out += c;
      ++i;
      continue;
    }
    const std::string_view ent = raw.substr(i + 1, semi - 1);
    bool done = true;
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "apos") out += '\'';
    else if (ent.size() >= 2 && ent[0] == '#') {
      const bool hex = ent[1] == 'x' || ent[1] == 'X';
      const std::string_view digits = ent.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      done = !digits.empty();
      for (char d : digits) {
        const int v = hex ? hex_digit(d) : (d >= '0' && d <= '9' ? d - '0' : -1);
        if (v < 0) {
          done = false;
          break;
        }
        cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(v);  // at most 8 digits: no overflow
      }
      if (done) append_utf8(out, cp);
    } else {
      done = false;
    }
    if (done) {
      i += semi + 1;
    } else {
      out += c;
      ++i;
    }
  }
}

XmlReader::XmlReader(std::string_view doc) : doc_(doc) {
  if (doc_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
}

XmlReader::Token XmlReader::next() {
  if (failed_) return Token::Error;
  if (pending_end_) {  // the End of <x/>, with name() still x
    pending_end_ = false;
    attributes_.clear();
    return Token::End;
  }
  attributes_.clear();
  for (;;) {
    if (pos_ >= doc_.size()) return Token::Eof;
    if (doc_[pos_] != '<') {
      std::size_t lt = doc_.find('<', pos_);
      if (lt == std::string_view::npos) lt = doc_.size();
      text_ = doc_.substr(pos_, lt - pos_);
      cdata_ = false;
      pos_ = lt;
      return Token::Text;
    }
    const std::string_view rest = doc_.substr(pos_);
    if (rest.starts_with("<?")) {
      if (!skip_past("?>")) return fail();
      continue;
    }
    if (rest.starts_with("<!--")) {
      if (!skip_past("-->")) return fail();
      continue;
    }
    if (rest.starts_with("<![CDATA[")) {
      const std::size_t end = doc_.find("]]>", pos_ + 9);
      if (end == std::string_view::npos) return fail();
      text_ = doc_.substr(pos_ + 9, end - pos_ - 9);
      cdata_ = true;
      pos_ = end + 3;
      return Token::Text;
    }
    if (rest.starts_with("<!")) {  // <!DOCTYPE ...>, perhaps with an internal subset in [ ]
      std::size_t i = pos_ + 2;
      int brackets = 0;
      for (; i < doc_.size(); ++i) {
        if (doc_[i] == '[') ++brackets;
        else if (doc_[i] == ']') --brackets;
        else if (doc_[i] == '>' && brackets <= 0) break;
      }
      if (i >= doc_.size()) return fail();
      pos_ = i + 1;
      continue;
    }
    if (rest.starts_with("</")) {
      const std::size_t gt = doc_.find('>', pos_ + 2);
      if (gt == std::string_view::npos) return fail();
      std::string_view n = doc_.substr(pos_ + 2, gt - pos_ - 2);
      while (!n.empty() && is_xml_space(n.back())) n.remove_suffix(1);
      name_ = xml_local_name(n);
      pos_ = gt + 1;
      return Token::End;
    }
    return start_tag();
  }
}

bool XmlReader::skip_past(std::string_view end) {
  const std::size_t at = doc_.find(end, pos_ + 2);
  if (at == std::string_view::npos) return false;
  pos_ = at + end.size();
  return true;
}

XmlReader::Token XmlReader::start_tag() {
  const std::size_t size = doc_.size();
  std::size_t i = pos_ + 1;
  const std::size_t name_at = i;
  while (i < size && !is_xml_space(doc_[i]) && doc_[i] != '>' && doc_[i] != '/') ++i;
  if (i == name_at) return fail();
  name_ = xml_local_name(doc_.substr(name_at, i - name_at));
  for (;;) {
    while (i < size && is_xml_space(doc_[i])) ++i;
    if (i >= size) return fail();
    if (doc_[i] == '>') {
      pos_ = i + 1;
      return Token::Start;
    }
    if (doc_[i] == '/') {
      if (i + 1 >= size || doc_[i + 1] != '>') return fail();
      pos_ = i + 2;
      pending_end_ = true;
      return Token::Start;
    }
    const std::size_t attr_at = i;
    while (i < size && !is_xml_space(doc_[i]) && doc_[i] != '=' && doc_[i] != '>' && doc_[i] != '/') ++i;
    if (i == attr_at) return fail();
    const std::string_view attr_name = doc_.substr(attr_at, i - attr_at);
    while (i < size && is_xml_space(doc_[i])) ++i;
    if (i >= size || doc_[i] != '=') return fail();
    ++i;
    while (i < size && is_xml_space(doc_[i])) ++i;
    if (i >= size || (doc_[i] != '"' && doc_[i] != '\'')) return fail();
    const char quote = doc_[i];
    const std::size_t value_at = i + 1;
    const std::size_t value_end = doc_.find(quote, value_at);
    if (value_end == std::string_view::npos) return fail();
    if (attributes_.size() < kMaxAttributes)
      attributes_.push_back({xml_local_name(attr_name), doc_.substr(value_at, value_end - value_at)});
    i = value_end + 1;
  }
}

}  // namespace jv
