// The translation table a translator edits (data/taal/en.tsv) and the numbered places in texts.
#include <doctest/doctest.h>

#include "core/lang.h"
#include "data/embedded_data.h"

using jv::Lang;
using jv::Translations;

TEST_CASE("translations: a table maps Dutch texts and leaves unknown ones Dutch") {
  Translations t;
  std::string error;
  REQUIRE(jv::read_translations("nl\ten\r\n# opmerking\n\nKaart\tMap\nRegel\\ntwee\tLine\\ntwo\n", t, error));
  CHECK(t.lang == Lang::En);
  CHECK(std::string(t.get("Kaart")) == "Map");
  CHECK(std::string(t.get("Regel\ntwee")) == "Line\ntwo");
  CHECK(std::string(t.get("Onbekend")) == "Onbekend");
  CHECK(t.get(std::string_view("Kaart")) == "Map");
}

TEST_CASE("translations: a broken table is refused with the line") {
  Translations t;
  t.text["Kaart"] = "Map";
  std::string error;
  CHECK_FALSE(jv::read_translations("", t, error));
  CHECK(error == "Het bestand is leeg: de eerste regel moet \"nl<tab>taal\" zijn.");
  CHECK_FALSE(jv::read_translations("nl\tfr\n", t, error));
  CHECK(error == "Regel 1: de eerste regel moet \"nl<tab>taal\" zijn, bijvoorbeeld \"nl<tab>en\".");
  CHECK_FALSE(jv::read_translations("nl\ten\nKaart Map\n", t, error));
  CHECK(error == "Regel 2: verwacht twee kolommen gescheiden door één tab.");
  CHECK_FALSE(jv::read_translations("nl\ten\nKaart\tMap\nKaart\tChart\n", t, error));
  CHECK(error == "Regel 3: deze Nederlandse tekst staat er al eerder in.");
  CHECK_FALSE(jv::read_translations("nl\ten\nKaart\tMa\\p\n", t, error));
  CHECK(error == "Regel 2: een \\ moet gevolgd worden door t, n of \\.");
  // What was there before a refusal stays.
  CHECK(std::string(t.get("Kaart")) == "Map");
}

TEST_CASE("translations: the compiled-in English table reads") {
  Translations t;
  std::string error;
  REQUIRE_MESSAGE(jv::read_translations(jv::embedded_translations(Lang::En), t, error), error);
  CHECK(t.lang == Lang::En);
  CHECK(std::string(t.get("Kaart")) == "Map");
  CHECK(jv::embedded_translations(Lang::Nl).empty());
}

TEST_CASE("fill places: numbered places take values in any order") {
  CHECK(jv::fill_places("{1} van {2} gemeenten", {"3", "12"}) == "3 van 12 gemeenten");
  CHECK(jv::fill_places("{2} is rank {1}", {"3", "Hilversum"}) == "Hilversum is rank 3");
  CHECK(jv::fill_places("{3} {} {x} {1", {"a"}) == "{3} {} {x} {1");
}
