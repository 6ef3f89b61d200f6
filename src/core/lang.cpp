#include "core/lang.h"

namespace jv {

const char* lang_id(Lang lang) { return lang == Lang::En ? "en" : "nl"; }

bool parse_lang(std::string_view id, Lang& out) {
  if (id == "nl") return out = Lang::Nl, true;
  if (id == "en") return out = Lang::En, true;
  return false;
}

const char* Translations::get(const char* nl) const {
  if (text.empty() || !nl) return nl;
  const auto it = text.find(nl);
  return it == text.end() ? nl : it->second.c_str();
}

std::string_view Translations::get(std::string_view nl) const {
  if (text.empty()) return nl;
  const auto it = text.find(std::string(nl));
  return it == text.end() ? nl : std::string_view(it->second);
}

std::string Translations::trf(const char* nl_pattern, const std::vector<std::string>& values) const {
  return fill_places(get(nl_pattern), values);
}

namespace {

bool unescape(std::string_view cell, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '\\') {
      out += cell[i];
      continue;
    }
    if (++i == cell.size()) return false;
    switch (cell[i]) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case '\\': out += '\\'; break;
      default: return false;
    }
  }
  return true;
}

}  // namespace

bool read_translations(std::string_view tsv, Translations& out, std::string& error) {
  Translations table;
  int line_no = 0;
  bool header = false;
  while (!tsv.empty()) {
    const std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos) {
      error = "Regel " + std::to_string(line_no) + ": verwacht twee kolommen gescheiden door één tab.";
      return false;
    }
    const std::string_view left = line.substr(0, tab), right = line.substr(tab + 1);
    if (!header) {
      if (left != "nl" || !parse_lang(right, table.lang)) {
        error = "Regel " + std::to_string(line_no) +
                ": de eerste regel moet \"nl<tab>taal\" zijn, bijvoorbeeld \"nl<tab>en\".";
        return false;
      }
      header = true;
      continue;
    }
    std::string key, value;
    if (!unescape(left, key) || !unescape(right, value)) {
      error = "Regel " + std::to_string(line_no) + ": een \\ moet gevolgd worden door t, n of \\.";
      return false;
    }
    if (key.empty() || value.empty()) {
      error = "Regel " + std::to_string(line_no) + ": een lege tekst of vertaling.";
      return false;
    }
    if (!table.text.emplace(std::move(key), std::move(value)).second) {
      error = "Regel " + std::to_string(line_no) + ": deze Nederlandse tekst staat er al eerder in.";
      return false;
    }
  }
  if (!header) {
    error = "Het bestand is leeg: de eerste regel moet \"nl<tab>taal\" zijn.";
    return false;
  }
  out = std::move(table);
  return true;
}

std::string fill_places(std::string_view pattern, const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos && close > i + 1 && close - i <= 3) {
        int n = 0;
        bool digits = true;
        for (std::size_t j = i + 1; j < close; ++j) {
          if (pattern[j] < '0' || pattern[j] > '9') digits = false;
          else n = n * 10 + (pattern[j] - '0');
        }
        if (digits && n >= 1 && static_cast<std::size_t>(n) <= values.size()) {
          out += values[static_cast<std::size_t>(n) - 1];
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace jv
