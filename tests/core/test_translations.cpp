// The English table against the source: every Dutch text the code passes to tr(), trf() or
// translatable() has a line in data/taal/en.tsv, every line there is still used, and each
// translation keeps the places of its Dutch text ({1}, and printf's %s in the same order).
#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/explain.h"
#include "core/figures.h"
#include "core/format.h"
#include "core/lang.h"
#include "data/embedded_data.h"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// One C++ string literal's body (between the quotes) with its escapes read.
std::string unescape(std::string_view body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 == body.size()) {
      out += body[i];
      continue;
    }
    const char e = body[++i];
    if (e == 'x') {
      int value = 0;
      while (i + 1 < body.size() && std::isxdigit(static_cast<unsigned char>(body[i + 1]))) {
        const char h = body[++i];
        value = value * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : std::tolower(h) - 'a' + 10);
      }
      out += static_cast<char>(value);
    } else if (e == 'n') {
      out += '\n';
    } else if (e == 't') {
      out += '\t';
    } else {
      out += e;  // \\ \" \'
    }
  }
  return out;
}

// The Dutch texts of every tr("..."), trf("...") and translatable("...") in `code`, adjacent
// literals joined as the compiler joins them.
void collect(const std::string& code, std::set<std::string>& out) {
  for (const std::string_view name : {"tr(", "trf(", "translatable("}) {
    for (std::size_t at = code.find(name); at != std::string::npos; at = code.find(name, at + 1)) {
      if (at > 0 && (std::isalnum(static_cast<unsigned char>(code[at - 1])) || code[at - 1] == '_')) continue;
      std::size_t i = at + name.size();
      std::string text;
      bool any = false;
      while (true) {
        while (i < code.size() && std::isspace(static_cast<unsigned char>(code[i]))) ++i;
        if (i >= code.size() || code[i] != '"') break;
        std::size_t j = i + 1;
        while (j < code.size() && code[j] != '"') j += code[j] == '\\' ? 2 : 1;
        text += unescape(std::string_view(code).substr(i + 1, j - i - 1));
        any = true;
        i = j + 1;
      }
      if (any) out.insert(text);
    }
  }
}

// The code without its comments (an example in a comment is not a use), literals kept whole.
std::string without_comments(const std::string& src) {
  std::string out;
  enum { Code, Line, Block, Str, Chr } state = Code;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const char c = src[i], n = i + 1 < src.size() ? src[i + 1] : '\0';
    switch (state) {
      case Code:
        if (c == '/' && n == '/') state = Line;
        else if (c == '/' && n == '*') state = Block, ++i;
        else out += c, state = c == '"' ? Str : c == '\'' ? Chr : Code;
        break;
      case Line:
        if (c == '\n') out += c, state = Code;
        break;
      case Block:
        if (c == '*' && n == '/') state = Code, ++i;
        break;
      case Str:
      case Chr:
        out += c;
        if (c == '\\' && i + 1 < src.size()) out += src[++i];
        else if ((state == Str && c == '"') || (state == Chr && c == '\'')) state = Code;
        break;
    }
  }
  return out;
}

std::set<std::string> texts_in_source() {
  std::set<std::string> out;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::filesystem::path(JV_SOURCE_DIR) / "src")) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".cpp" || ext == ".h") collect(without_comments(read_file(entry.path())), out);
  }
  return out;
}

// printf's conversions in order ("%s", "%zu", "%d"), "%%" left out.
std::vector<std::string> conversions(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    if (i + 1 < s.size() && s[i + 1] == '%') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < s.size() && std::string_view("0123456789.-+lz").find(s[j]) != std::string_view::npos) ++j;
    if (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) out.push_back(s.substr(i, j - i + 1));
    i = j;
  }
  return out;
}

std::multiset<std::string> places(const std::string& s) {
  std::multiset<std::string> out;
  for (std::size_t at = s.find('{'); at != std::string::npos; at = s.find('{', at + 1)) {
    const std::size_t close = s.find('}', at);
    if (close != std::string::npos && close - at <= 3) out.insert(s.substr(at, close - at + 1));
  }
  return out;
}

const jv::Translations& english() {
  static const jv::Translations t = [] {
    jv::Translations out;
    std::string error;
    REQUIRE_MESSAGE(jv::read_translations(jv::embedded_translations(jv::Lang::En), out, error), error);
    return out;
  }();
  return t;
}

// The words the data brings to the screens: every indicator's name, definition, numerator,
// denominator, population, source, period and caveat, and every source's title, attribution,
// route and caveat (Iv3's are made in core/iv3.cpp, the others come from data/*.csv).
std::set<std::string> texts_in_data() {
  jv::FiguresStore store;
  jv::LoadError e;
  REQUIRE(jv::load_store(jv::embedded_data_files(), store, e));
  std::set<std::string> out;
  auto add = [&](const std::string& s) {
    // A bare year or code needs no translation.
    if (s.find_first_not_of("0123456789/-. ") != std::string::npos) out.insert(s);
  };
  auto add_meta = [&](const jv::IndicatorMeta& m) {
    for (const std::string* s :
         {&m.name, &m.definition, &m.numerator, &m.denominator, &m.population, &m.source, &m.period, &m.caveat}) {
      if (!s->empty()) add(*s);
    }
  };
  for (const jv::IndicatorMeta& m : store.data.variables) add_meta(m);
  // Why a figure is missing (an Iv3 taakveld with nothing booked): shown where the figure would be.
  for (const auto& [key, note] : store.notes) {
    if (std::isnan(store.data.value(key.second, key.first))) add(note);
  }
  for (const jv::Series& s : store.series) {
    add_meta(s.meta);
    for (const jv::SeriesBreak& b : s.breaks) add(b.why);
  }
  for (const jv::Source& s : store.sources) {
    for (const std::string* t : {&s.title, &s.attribution, &s.reached, &s.caveat}) {
      if (!t->empty()) add(*t);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("en.tsv: every name, definition, period and source the data brings has an English line") {
  std::string missing;
  for (const std::string& nl : texts_in_data()) {
    if (!english().text.contains(nl)) missing += "\n" + nl;
  }
  CHECK_MESSAGE(missing.empty(), "no English for:" << missing);
}

TEST_CASE("en.tsv: every text passed to tr(), trf() or translatable() in src/ has an English line") {
  const std::set<std::string> used = texts_in_source();
  REQUIRE(used.size() > 300);  // the scan found the code's texts
  std::string missing;
  for (const std::string& nl : used) {
    if (!english().text.contains(nl)) missing += "\n  " + nl;
  }
  CHECK_MESSAGE(missing.empty(), "no English for:" << missing);
}

TEST_CASE("en.tsv: every line is still used by the code or by the data's names and definitions") {
  const std::set<std::string> used = texts_in_source();
  const std::set<std::string> data = texts_in_data();
  std::string stale;
  for (const auto& entry : english().text) {
    if (!used.contains(entry.first) && !data.contains(entry.first)) stale += "\n  " + entry.first;
  }
  CHECK_MESSAGE(stale.empty(), "lines no code or data uses:" << stale);
}

TEST_CASE("en.tsv: each translation keeps its text's places and printf conversions in order") {
  const std::set<std::string> code = texts_in_source();
  for (const auto& entry : english().text) {
    // Named, not a structured binding: clang 14 (emscripten) cannot capture one in CAPTURE's lambda.
    const std::string& nl = entry.first;
    const std::string& en = entry.second;
    if (!code.contains(nl)) continue;  // the data's texts are shown as they are, never formatted
    CAPTURE(nl);
    CAPTURE(en);
    // A printf format (tr("... %s ...") under a printf-like helper) keeps its conversions in order;
    // a plain text may hold "95 %-grenzen", which is no conversion.
    const bool printf_format = nl.find("%s") != std::string::npos || nl.find("%d") != std::string::npos ||
                               nl.find("%zu") != std::string::npos || nl.find("%%") != std::string::npos;
    if (printf_format) CHECK(conversions(nl) == conversions(en));
    CHECK(places(nl) == places(en));
  }
}

TEST_CASE("English sentences: Hilversum against Noord-Holland's median, with English numbers") {
  jv::FiguresStore store;
  jv::LoadError e;
  REQUIRE(jv::load_store(jv::embedded_data_files(), store, e));
  const jv::Dataset& d = store.data;
  const jv::Benchmark bench = jv::make_benchmark(d);
  const int g = d.find_code("GM0402");
  const jv::Group province = jv::make_group(bench, g, jv::GroupKind::Provincie, 10, {}, english());
  CHECK(province.name == "Province of Noord-Holland");
  const int v = d.variable("eenpersoonshuishoudens");
  const jv::IndicatorMeta& m = d.variables[static_cast<std::size_t>(v)];
  const jv::Comparison c = jv::compare(bench, g, v, province);
  // 41,5 % against a median of 33,7 % in Dutch (test_explain.cpp), the same figures in English.
  CHECK(jv::reference_caption(c, m, english()) == "against median 33.7%");
  const std::string sentence = jv::headline_sentence(c, m, "Hilversum", province, english());
  CHECK(sentence.find("Above the middle half of Province of Noord-Holland (median 33.7%, middle half ") !=
        std::string::npos);
  CHECK(sentence.find("Hoger") == std::string::npos);
  const std::string why = jv::verdict_explanation(c, m, province, english());
  CHECK(why.find("higher: 41.5% against a median of 33.7% in Province of Noord-Holland.") == 0);
  // The jeugdregio by its English name; the region's own name stays as it is.
  CHECK(jv::make_group(bench, g, jv::GroupKind::Jeugdregio, 10, {}, english()).name ==
        "Youth care region Gooi en Vechtstreek");
  CHECK(jv::format_rate_one_in(100.0 / 15.0, jv::Lang::En) == "1 in 15");
  CHECK(jv::format_rate_one_in(100.0 / 7.5, jv::Lang::En) == "1 in 7.5");
}
