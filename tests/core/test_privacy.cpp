#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/privacy.h"

using jv::inspect_column;
using jv::PersonalDataKind;
using V = std::vector<std::string_view>;

TEST_CASE("privacy: BSN and the elfproef") {
  // 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6 x 11.  123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14 x 11.
  CHECK(jv::is_bsn("111222333"));
  CHECK(jv::is_bsn("123456782"));
  CHECK(jv::is_bsn("123.456.782"));
  CHECK(jv::is_bsn("123 456 782"));
  CHECK(jv::is_bsn(" 111222333 "));
  CHECK(jv::is_bsn("111222333\xC2\xA0"));
  CHECK(jv::is_bsn("010000008"));  // 8 x 1 - 8 = 0
  CHECK(jv::is_bsn("10000008"));   // the same, as Excel shows it without the leading zero
  // 123456789: 154 - 2 + ... = 147 = 13 x 11 + 4.  012345678: 104 = 9 x 11 + 5.
  CHECK_FALSE(jv::is_bsn("123456789"));
  CHECK_FALSE(jv::is_bsn("111222334"));
  CHECK_FALSE(jv::is_bsn("12345678"));
  CHECK_FALSE(jv::is_bsn("000000000"));  // passes the sum, but is no number
  CHECK_FALSE(jv::is_bsn("00000000"));
  CHECK_FALSE(jv::is_bsn("1234567820"));
  CHECK_FALSE(jv::is_bsn("1234567"));
  CHECK_FALSE(jv::is_bsn("12345678a"));
  CHECK_FALSE(jv::is_bsn("123.456 782"));
  CHECK_FALSE(jv::is_bsn("123-456-782"));
  CHECK_FALSE(jv::is_bsn("12.345.678"));  // an amount, not a BSN with dots
  CHECK_FALSE(jv::is_bsn("\xE2\x82\xAC 123.456.782"));
  CHECK_FALSE(jv::is_bsn(""));
}

TEST_CASE("privacy: dates of birth and what is not one") {
  for (const char* text : {"12-03-2011", "2011-03-12", "12/3/2011", "12 maart 2011", "12-mrt-2011", "12.03.2011",
                           "2011-03-12 00:00:00", "1-7-2009", "23-11-2015", "01-01-1900"}) {
    CAPTURE(text);
    CHECK(jv::looks_like_date(text));
  }
  for (const char* text : {"2024-03", "maart 2024", "2023/2024", "2022-2023", "2024", "Q1-3 2025", "31-02-2011",
                           "12-03-11", "1-3-1850", "12,8", "", "0-3 jaar"}) {
    CAPTURE(text);
    CHECK_FALSE(jv::looks_like_date(text));
  }
}

TEST_CASE("privacy: postcodes with and without house numbers") {
  for (const char* text : {"1234 AB", "1234AB", "1234ab", "1234 AB 12", "1234AB12", "1234 AB, 12a", "1234 AB Hilversum",
                           "1211 AB", " 9999 ZZ "}) {
    CAPTURE(text);
    CHECK(jv::looks_like_postcode(text));
  }
  for (const char* text : {"1234", "0123 AB", "1234 ABC", "1234 A", "2022KW03", "2022JJ00", "2023HJ01", "2024MM03",
                           "2024 en 2025", "2024-Q3", "2024 Q3", "12,8%", "Hilversum", "1234-AB", ""}) {
    CAPTURE(text);
    CHECK_FALSE(jv::looks_like_postcode(text));
  }
}

TEST_CASE("privacy: street addresses") {
  for (const char* text :
       {"Kerkstraat 12", "Laan van Meerdervoort 1001-A", "Dorpsweg 3 bis", "Larenseweg 3a", "Dorpsstraat 88",
        "Kerkstraat 12, 1211 AB Hilversum", "Kerkstraat 12 1211 AB Hilversum", "Van Hallstraat 5 hs", "Oude Gracht 12",
        "Burg. de Withstraat 7-II", "Plein 1813 1", "Stationsplein 1", "kerkstraat 12a"}) {
    CAPTURE(text);
    CHECK(jv::looks_like_street_address(text));
  }
  for (const char* text : {"Jeugdhulp 2024", "Groep 8", "Hilversum", "Jeugdigen met jeugdhulp", "0-3 jaar", "Q1-3 2025",
                           "Kerkstraat", "Kerkstraat 0", "Barneveld 2024", "Kerkstraat 12 en verder",
                           "Kerkstraat 123456", "12 Kerkstraat", "Edam-Volendam 3", ""}) {
    CAPTURE(text);
    CHECK_FALSE(jv::looks_like_street_address(text));
  }
}

TEST_CASE("privacy: e-mail addresses and phone numbers") {
  CHECK(jv::looks_like_email("j.jansen@hilversum.nl"));
  CHECK(jv::looks_like_email("ouder+school@example.com"));
  CHECK_FALSE(jv::looks_like_email("@hilversum.nl"));
  CHECK_FALSE(jv::looks_like_email("jansen@hilversum"));
  CHECK_FALSE(jv::looks_like_email("a@b@c.nl"));
  CHECK_FALSE(jv::looks_like_email("jan jansen@x.nl"));
  CHECK_FALSE(jv::looks_like_email("12,8"));

  CHECK(jv::looks_like_phone("0612345678"));
  CHECK(jv::looks_like_phone("06-12345678"));
  CHECK(jv::looks_like_phone("020 123 4567"));
  CHECK(jv::looks_like_phone("+31 6 12345678"));
  CHECK(jv::looks_like_phone("+31 (0)6 1234 5678"));
  CHECK(jv::looks_like_phone("0031 35 123 4567"));
  CHECK_FALSE(jv::looks_like_phone("612345678"));
  CHECK_FALSE(jv::looks_like_phone("0012345678"));
  CHECK_FALSE(jv::looks_like_phone("0.123456789"));
  CHECK_FALSE(jv::looks_like_phone("123456782"));
  CHECK_FALSE(jv::looks_like_phone("+44 20 1234 5678"));
  CHECK_FALSE(jv::looks_like_phone("2024"));
}

TEST_CASE("privacy: a BSN column, named or not") {
  const V bsns{"111222333", "123456782", "010000008", "123.456.782", "10000008", "111222333", "123 456 782"};
  const jv::PersonalDataFinding f = inspect_column("bsn", bsns, 2);
  CHECK(f.kind == PersonalDataKind::Bsn);
  CHECK(f.matches == 7);
  CHECK(f.explanation == "Kolom 2 (\"bsn\") bevat burgerservicenummers (7 van 7 waarden voldoen aan de elfproef).");
  CHECK(inspect_column("bsn", bsns).explanation ==
        "De kolom \"bsn\" bevat burgerservicenummers (7 van 7 waarden voldoen aan de elfproef).");
  // Without a telling name, by the values.
  const jv::PersonalDataFinding unnamed = inspect_column("id", V{"111222333", "123456782", "010000008", "x"}, 1);
  CHECK(unnamed.kind == PersonalDataKind::Bsn);
  CHECK(unnamed.matches == 3);
  CHECK(unnamed.explanation ==
        "Kolom 1 (\"id\") bevat burgerservicenummers (3 van 4 waarden voldoen aan de elfproef).");
  CHECK(inspect_column("", V{"111222333", "123456782", "010000008"}, 4).explanation ==
        "Kolom 4 bevat burgerservicenummers (3 van 3 waarden voldoen aan de elfproef).");
  CHECK(inspect_column("", V{"111222333", "123456782", "010000008"}).explanation ==
        "Een kolom zonder naam bevat burgerservicenummers (3 van 3 waarden voldoen aan de elfproef).");
  // The name alone is enough, whatever the values.
  const jv::PersonalDataFinding named = inspect_column("Burgerservicenummer", V{}, 3);
  CHECK(named.kind == PersonalDataKind::Bsn);
  CHECK(named.matches == 0);
  CHECK(named.explanation == "Kolom 3 heet \"Burgerservicenummer\"; dat wijst op burgerservicenummers.");
  CHECK(inspect_column("BSN kind", V{"onbekend"}).explanation ==
        "De kolom heet \"BSN kind\"; dat wijst op burgerservicenummers.");
  CHECK(inspect_column("sofinummer", V{}).kind == PersonalDataKind::Bsn);
}

TEST_CASE("privacy: too few, repeated or mixed BSN-like values are no verdict") {
  CHECK(inspect_column("nummer", V{"111222333", "123456782"}).kind == PersonalDataKind::None);  // fewer than 3
  CHECK(inspect_column("noemer", V{"111222333", "111222333", "111222333", "111222333"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("x", V{"111222333", "123456782", "010000008", "a", "b", "c", "d"}).kind ==
        PersonalDataKind::None);  // 3 of 7: under half
}

TEST_CASE("privacy: birth dates by name, or by values that do not look like period dates") {
  // The birthdates.csv fixture.
  const V fixture{"12-03-2011", "01-07-2009", "23-11-2015"};
  const jv::PersonalDataFinding f = inspect_column("geboortedatum", fixture, 1);
  CHECK(f.kind == PersonalDataKind::BirthDate);
  CHECK(f.matches == 3);
  CHECK(f.explanation == "Kolom 1 (\"geboortedatum\") bevat geboortedata (3 van 3 waarden zijn een volledige datum).");
  CHECK(inspect_column("Geb. datum", V{}).kind == PersonalDataKind::BirthDate);
  CHECK(inspect_column("Date of birth", V{}).kind == PersonalDataKind::BirthDate);
  CHECK(inspect_column("geboren", V{}).kind == PersonalDataKind::BirthDate);
  CHECK(inspect_column("Geboortedatum", V{"onbekend"}, 2).explanation ==
        "Kolom 2 heet \"Geboortedatum\"; dat wijst op geboortedata.");

  // By values: scattered days over years.
  const jv::PersonalDataFinding values = inspect_column("datum", fixture, 5);
  CHECK(values.kind == PersonalDataKind::BirthDate);
  CHECK(values.explanation == "Kolom 5 (\"datum\") bevat geboortedata (3 van 3 waarden zijn een volledige datum).");
  CHECK(inspect_column("", V{"2011-03-12", "2009-07-01", "2015-11-23", "2012-05-17"}).kind ==
        PersonalDataKind::BirthDate);
}

TEST_CASE("privacy: period columns are not birth dates") {
  // Periods that are not full dates.
  CHECK(inspect_column("periode", V{"2023/2024", "2022/2023", "2024/2025"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("periode", V{"2024-03", "2024-04", "2024-05"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("", V{"2022-2023", "2023-2024", "2024-2025"}).kind == PersonalDataKind::None);
  // Peildata on the first of a month, or the last day of a month, quarter or year.
  CHECK(inspect_column("", V{"2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("", V{"31-03-2024", "30-06-2024", "30-09-2024", "31-12-2024"}).kind == PersonalDataKind::None);
  // A daily series (dense) and a weekly one (same weekday).
  CHECK(inspect_column("", V{"12-03-2024", "13-03-2024", "14-03-2024", "15-03-2024"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("", V{"04-03-2024", "11-03-2024", "18-03-2024", "25-03-2024", "15-04-2024"}).kind ==
        PersonalDataKind::None);
  // A column named as a period is never read as birth dates by its values.
  CHECK(inspect_column("peildatum", V{"12-03-2011", "01-07-2009", "23-11-2015"}).kind == PersonalDataKind::None);
  // The same date everywhere.
  CHECK(inspect_column("", V{"04-09-2023", "04-09-2023", "04-09-2023"}).kind == PersonalDataKind::None);
}

TEST_CASE("privacy: postcodes and addresses") {
  // The addresses.csv fixture.
  const jv::PersonalDataFinding adres =
      inspect_column("adres", V{"Kerkstraat 12", "Larenseweg 3a", "Dorpsstraat 88"}, 1);
  CHECK(adres.kind == PersonalDataKind::Address);
  CHECK(adres.matches == 3);
  CHECK(adres.explanation == "Kolom 1 (\"adres\") bevat adressen (3 van 3 waarden zijn een straat met huisnummer).");
  const jv::PersonalDataFinding pc = inspect_column("postcode", V{"1211 AB", "1221 CA", "1213 HK"}, 2);
  CHECK(pc.kind == PersonalDataKind::Postcode);
  CHECK(pc.explanation ==
        "Kolom 2 (\"postcode\") bevat postcodes van adressen (3 van 3 waarden zijn een postcode met letters, zoals "
        "1234 AB).");
  // By values alone.
  CHECK(inspect_column("", V{"Kerkstraat 12", "Larenseweg 3a", "Dorpsstraat 88"}).kind == PersonalDataKind::Address);
  CHECK(inspect_column("", V{"1211AB12", "1221 CA 3", "1213 HK"}).kind == PersonalDataKind::Postcode);
  // By name.
  CHECK(inspect_column("Straatnaam", V{}).kind == PersonalDataKind::Address);
  CHECK(inspect_column("Huisnummer", V{"12", "3"}).kind == PersonalDataKind::Address);
  CHECK(inspect_column("woonadres", V{}).kind == PersonalDataKind::Address);
  CHECK(inspect_column("Postcode", V{}).kind == PersonalDataKind::Postcode);
  // Figures per four-digit postcode area are aggregates.
  CHECK(inspect_column("postcode", V{"1211", "1212", "1213"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("postcode", V{"1211", "1212", "1213 AB"}).kind == PersonalDataKind::Postcode);
}

TEST_CASE("privacy: names only by column name") {
  for (const char* header : {"voornaam", "Achternaam", "Roepnaam", "tussenvoegsel", "Naam kind", "naam ouder",
                             "Naam cli\xC3\xABnt", "naam_jeugdige", "Kindnaam", "Volledige naam", "Last name"}) {
    CAPTURE(header);
    CHECK(inspect_column(header, V{}).kind == PersonalDataKind::Name);
  }
  CHECK(inspect_column("Voornaam", V{"Jan"}, 1).explanation ==
        "Kolom 1 heet \"Voornaam\"; dat wijst op namen van personen.");
  // Names of gemeenten and indicators, and names in the values, are not personal.
  for (const char* header : {"naam", "Naam", "gemeentenaam", "Naam gemeente", "naam indicator", "Naam jongerenwerk"}) {
    CAPTURE(header);
    CHECK(inspect_column(header, V{"Jan Jansen", "Piet de Vries", "Klaas Bakker"}).kind == PersonalDataKind::None);
  }
}

TEST_CASE("privacy: e-mail, phone and client numbers") {
  CHECK(inspect_column("e-mail", V{}).kind == PersonalDataKind::Email);
  CHECK(inspect_column("E-mailadres ouder", V{}).kind == PersonalDataKind::Email);
  const jv::PersonalDataFinding mail = inspect_column("contact", V{"a@b.nl", "c@d.nl", "e@f.com"}, 3);
  CHECK(mail.kind == PersonalDataKind::Email);
  CHECK(mail.explanation == "Kolom 3 (\"contact\") bevat e-mailadressen (3 van 3 waarden zijn een e-mailadres).");
  CHECK(inspect_column("Telefoonnummer", V{}).kind == PersonalDataKind::Phone);
  CHECK(inspect_column("tel", V{}).kind == PersonalDataKind::Phone);
  CHECK(inspect_column("", V{"0612345678", "06-23456789", "+31 35 123 4567"}).kind == PersonalDataKind::Phone);
  const jv::PersonalDataFinding client = inspect_column("Cli\xC3\xABntnummer", V{"A123", "A124"}, 1);
  CHECK(client.kind == PersonalDataKind::ClientNumber);
  CHECK(client.explanation ==
        "Kolom 1 heet \"Cli\xC3\xABntnummer\"; dat wijst op nummers van cli\xC3\xABnten of leerlingen, dus gegevens "
        "per persoon.");
  CHECK(inspect_column("dossiernummer", V{}).kind == PersonalDataKind::ClientNumber);
  CHECK(inspect_column("Onderwijsnummer", V{}).kind == PersonalDataKind::ClientNumber);
  CHECK(inspect_column("A-nummer", V{}).kind == PersonalDataKind::ClientNumber);
  // A count of them is an aggregate.
  CHECK(inspect_column("Aantal unieke cli\xC3\xABntnummers", V{"2000", "1800"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("aantal adressen", V{"12"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("% postcode bekend", V{"12,8%"}).kind == PersonalDataKind::None);
}

TEST_CASE("privacy: the columns of an ordinary aggregate file are not personal") {
  CHECK(inspect_column("gemeente", V{"Hilversum", "Huizen", "Gooise Meren", "GM0402"}).kind == PersonalDataKind::None);
  const V indicators{"Jeugdigen met jeugdhulp", "Thuiszitters", "Relatief verzuim", "Kosten jeugdhulp"};
  CHECK(inspect_column("indicator", indicators).kind == PersonalDataKind::None);
  CHECK(inspect_column("uitsplitsing", V{"0-3 jaar", "4-11 jaar", "12-17 jaar", "18 jaar en ouder"}).kind ==
        PersonalDataKind::None);
  CHECK(inspect_column("periode", V{"2024", "2024-Q3", "Q1-3 2025", "2023/2024", "2024-03", "2024-03-01", "2024-H1"})
            .kind == PersonalDataKind::None);
  CHECK(inspect_column("Perioden", V{"2022KW03", "2022KW04", "2023KW01", "2023JJ00"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("waarde", V{"12,8%", "1.234", "\xE2\x82\xAC 1.234.567", "9,4%"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("teller", V{"2000", "2400", "785", "44"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("noemer", V{"15625", "16000", "17942942", "92000"}).kind == PersonalDataKind::None);
  CHECK(inspect_column("bron", V{"Hilversum, Beleidsagenda Jeugd 2024-2030, figuur 4 (bron: CBS)", "CBS"}).kind ==
        PersonalDataKind::None);
  // Teylingen's costs and budgets (HLT L392-398, L698-703), as plain numbers and with dots.
  CHECK(inspect_column("kosten", V{"9679799", "10011527", "10223571", "9931147", "9132239", "9132239"}).kind ==
        PersonalDataKind::None);
  CHECK(inspect_column("kosten", V{"9.679.799", "10.011.527", "10.223.571", "9.931.147", "9.132.239"}).kind ==
        PersonalDataKind::None);
  CHECK(inspect_column("", V{}).kind == PersonalDataKind::None);
  CHECK(inspect_column("", V{"", " ", ""}).kind == PersonalDataKind::None);
  CHECK(inspect_column("", V{}).explanation.empty());
}
