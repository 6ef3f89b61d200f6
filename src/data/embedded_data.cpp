#include "data/embedded_data.h"

#include <string_view>

extern const unsigned char jv_data_indicatoren[];
extern const unsigned long jv_data_indicatoren_size;
extern const unsigned char jv_data_gemeenten_2021[];
extern const unsigned long jv_data_gemeenten_2021_size;
extern const unsigned char jv_data_gemeenten_2025[];
extern const unsigned long jv_data_gemeenten_2025_size;
extern const unsigned char jv_data_herindeling[];
extern const unsigned long jv_data_herindeling_size;
extern const unsigned char jv_data_regios[];
extern const unsigned long jv_data_regios_size;
extern const unsigned char jv_data_bronnen[];
extern const unsigned long jv_data_bronnen_size;
extern const unsigned char jv_data_iv3[];
extern const unsigned long jv_data_iv3_size;
extern const unsigned char jv_data_kaart_2025[];
extern const unsigned long jv_data_kaart_2025_size;
extern const unsigned char jv_data_taal_en[];
extern const unsigned long jv_data_taal_en_size;
extern const unsigned char jv_data_example_hilversum[];
extern const unsigned long jv_data_example_hilversum_size;
extern const unsigned char jv_data_example_teylingen[];
extern const unsigned long jv_data_example_teylingen_size;

namespace jv {

namespace {

std::string_view text(const unsigned char* data, unsigned long size) {
  return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

}  // namespace

DataFiles embedded_data_files() {
  DataFiles files;
  files.indicatoren = text(jv_data_indicatoren, jv_data_indicatoren_size);
  files.gemeenten_2021 = text(jv_data_gemeenten_2021, jv_data_gemeenten_2021_size);
  files.gemeenten_2025 = text(jv_data_gemeenten_2025, jv_data_gemeenten_2025_size);
  files.herindeling = text(jv_data_herindeling, jv_data_herindeling_size);
  files.regios = text(jv_data_regios, jv_data_regios_size);
  files.bronnen = text(jv_data_bronnen, jv_data_bronnen_size);
  files.iv3 = text(jv_data_iv3, jv_data_iv3_size);
  return files;
}

std::span<const std::uint8_t> embedded_map(int year) {
  if (year == 2025) return {jv_data_kaart_2025, static_cast<std::size_t>(jv_data_kaart_2025_size)};
  return {};
}

std::string_view embedded_translations(Lang lang) {
  if (lang == Lang::En) return text(jv_data_taal_en, jv_data_taal_en_size);
  return {};
}

std::span<const EmbeddedExample> embedded_examples() {
  static const EmbeddedExample kExamples[] = {
      // Title and source are shown translated (app/i18n.h); translatable() lists them for en.tsv.
      {"hilversum_jeugdhulp_2018_2022.csv",
       translatable("Hilversum: jeugdigen met jeugdhulp 2018\xE2\x80\x93"
                    "2022"),
       translatable("Hilversum, Beleidsagenda Jeugd 2024\xE2\x80\x93"
                    "2030, figuur 4 (bron: CBS)"),
       {jv_data_example_hilversum, static_cast<std::size_t>(jv_data_example_hilversum_size)}},
      {"teylingen_jeugdhulp_thuiszitters.csv",
       translatable("Teylingen: gespecialiseerde jeugdhulp en thuiszitters"),
       translatable("Programmaplan Jeugd Teylingen (concept, 17 maart 2026), bijlage 4"),
       {jv_data_example_teylingen, static_cast<std::size_t>(jv_data_example_teylingen_size)}},
  };
  return kExamples;
}

}  // namespace jv
