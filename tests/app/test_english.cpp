// The interface in English (`taal=en`): every tab, for several gemeenten, draws none of the Dutch
// words the English table replaces, and its numbers are written the English way.
#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/i18n.h"
#include "app/layout.h"
#include "app/mirror.h"
#include "platform/headless/headless.h"
#include "session.h"
#include "text_fits.h"

using jv::test::Session;
using jv::test::View;

namespace {

// Words an English screen must not show: the interface's own words, not names (gemeenten keep
// theirs, and so do sources' titles).
constexpr const char* kDutchWords[] = {"gemeenten", "gemeente", "Vergelijk", "hoger",   "lager",   "jeugdhulp",
                                       "Bron",      "inwoners", "mediaan",   "periode", "Kaart",   "Overzicht",
                                       "Oordeel",   "groep",    "gunstiger", "noemer",  "Bronnen", "Kies"};

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

// `word` as a whole word in `text`, ignoring case.
bool has_word(std::string_view text, std::string_view word) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const std::string t = lower(text), w = lower(word);
  for (std::size_t at = t.find(w); at != std::string::npos; at = t.find(w, at + 1)) {
    const bool start = at == 0 || !is_word_char(t[at - 1]);
    const bool end = at + w.size() == t.size() || !is_word_char(t[at + w.size()]);
    if (start && end) return true;
  }
  return false;
}

std::string dutch_words_in(std::string_view text) {
  std::string found;
  for (const char* w : kDutchWords) {
    if (has_word(text, w)) found += std::string(found.empty() ? "" : ", ") + w;
  }
  return found;
}

}  // namespace

TEST_CASE("English: every tab at 1280 px draws none of the Dutch words, for Hilversum, Alkmaar and Súdwest-Fryslân") {
  Session s(1280.0f, 800.0f);
  s.shell.app.view.lang = jv::Lang::En;
  jv::app::record_text(true);
  for (const char* code : {"GM0402", "GM0361", "GM1900"}) {
    jv::test::choose(s.shell, code);
    for (const View& v : jv::test::kViews) {
      jv::test::show(s.shell, v);
      const std::vector<jv::app::DrawnText>& drawn = jv::app::recorded_text();
      REQUIRE_FALSE(drawn.empty());
      for (const jv::app::DrawnText& d : drawn) {
        CAPTURE(code);
        CAPTURE(v.name);
        CAPTURE(d.text);
        CHECK_MESSAGE(dutch_words_in(d.text).empty(), "Dutch: " << dutch_words_in(d.text));
      }
      // The page's text version of the same view.
      const jv::app::MirrorContent m = jv::app::mirror_of(s.shell.app, jv::app::app_current_group(s.shell.app));
      CAPTURE(v.name);
      std::string mirror = m.title + "\n" + m.headline + "\n" + m.caption + "\n" + m.note + "\n" + m.announcement;
      for (const jv::app::MirrorRow& r : m.rows)
        mirror += "\n" + r.indicator + " " + r.group + " " + r.verdict + " " + r.reference;
      for (const auto* options : {&m.tabs, &m.groups, &m.texts}) {
        for (const jv::app::MirrorOption& o : *options) mirror += "\n" + o.label;
      }
      CHECK_MESSAGE(dutch_words_in(mirror).empty(), "Dutch in the mirror: " << dutch_words_in(mirror) << "\n"
                                                                            << mirror);
    }
  }
  jv::app::record_text(false);
}

TEST_CASE("English: the overview writes Hilversum's figures the English way") {
  Session s(1280.0f, 800.0f);
  s.shell.app.view.lang = jv::Lang::En;
  jv::test::choose(s.shell, "GM0402");
  s.shell.app.view.group = jv::GroupKind::Provincie;
  jv::app::record_text(true);
  jv::test::show(s.shell, jv::test::kViews[1]);
  // Eenpersoonshuishoudens 41,5 % against a median of 33,7 % in Noord-Holland (test_explain.cpp).
  CHECK(jv::test::drawn_whole(jv::app::recorded_text(), "41.5%"));
  CHECK(jv::test::drawn_whole(jv::app::recorded_text(), "median 33.7%"));
  CHECK_FALSE(jv::test::drawn_whole(jv::app::recorded_text(), "41,5 %"));
  jv::app::record_text(false);
  // Back to Dutch: the same figure the Dutch way.
  s.shell.app.view.lang = jv::Lang::Nl;
  jv::app::record_text(true);
  jv::test::show(s.shell, jv::test::kViews[1]);
  CHECK(jv::test::drawn_whole(jv::app::recorded_text(), "41,5 %"));
  jv::app::record_text(false);
}

TEST_CASE("English: the title bar's NL | EN switch sets the language and the link says taal=en") {
  Session s(1280.0f, 800.0f);
  jv::platform::headless_frame(s.shell);
  const jv::test::Rect en = jv::test::widget(s.shell, "titlebar.lang.en");
  ImGui::GetIO().AddMousePosEvent((en.min.x + en.max.x) * 0.5f, (en.min.y + en.max.y) * 0.5f);
  jv::platform::headless_frame(s.shell);
  jv::platform::headless_frame(s.shell);
  ImGui::GetIO().AddMouseButtonEvent(0, true);
  jv::platform::headless_frame(s.shell);
  ImGui::GetIO().AddMouseButtonEvent(0, false);
  jv::platform::headless_frame(s.shell);
  CHECK(s.shell.app.view.lang == jv::Lang::En);
  CHECK(jv::app::app_view_link(s.shell.app).find("taal=en") != std::string::npos);
  const jv::test::Rect nl = jv::test::widget(s.shell, "titlebar.lang.nl");
  ImGui::GetIO().AddMousePosEvent((nl.min.x + nl.max.x) * 0.5f, (nl.min.y + nl.max.y) * 0.5f);
  jv::platform::headless_frame(s.shell);
  jv::platform::headless_frame(s.shell);
  ImGui::GetIO().AddMouseButtonEvent(0, true);
  jv::platform::headless_frame(s.shell);
  ImGui::GetIO().AddMouseButtonEvent(0, false);
  jv::platform::headless_frame(s.shell);
  CHECK(s.shell.app.view.lang == jv::Lang::Nl);
  CHECK(jv::app::app_view_link(s.shell.app).find("taal=") == std::string::npos);
}

TEST_CASE("English: the mirror's JSON names the language, its choice and the page's own words") {
  Session s(1280.0f, 800.0f);
  jv::test::choose(s.shell, "GM0402");
  s.shell.app.view.lang = jv::Lang::En;
  jv::test::show(s.shell, jv::test::kViews[1]);
  const std::string json =
      jv::app::mirror_json(jv::app::mirror_of(s.shell.app, jv::app::app_current_group(s.shell.app)));
  CHECK(json.rfind("{\"tab\":\"overzicht\",\"title\":\"Overview: Hilversum\"", 0) == 0);
  CHECK(json.find("\"lang\":\"en\"") != std::string::npos);
  CHECK(json.find("\"langs\":[{\"id\":\"nl\",\"label\":\"Nederlands\"},{\"id\":\"en\",\"label\":\"English\"}]") !=
        std::string::npos);
  CHECK(json.find("{\"id\":\"mirror-choices-title\",\"label\":\"Choices\"}") != std::string::npos);
  CHECK(
      json.find("{\"id\":\"hits-many\",\"label\":\"{1} municipalities found: press Tab to go to the list below.\"}") !=
      std::string::npos);
  CHECK(json.find("\"announcement\":\"Overview: Hilversum, compared with Youth care region Gooi en Vechtstreek.\"") !=
        std::string::npos);
  // Dutch again: the same keys in Dutch.
  s.shell.app.view.lang = jv::Lang::Nl;
  jv::test::show(s.shell, jv::test::kViews[1]);
  const std::string nl = jv::app::mirror_json(jv::app::mirror_of(s.shell.app, jv::app::app_current_group(s.shell.app)));
  CHECK(nl.find("\"lang\":\"nl\"") != std::string::npos);
  CHECK(nl.find("{\"id\":\"mirror-choices-title\",\"label\":\"Keuzes\"}") != std::string::npos);
}
