// Jeugdvergelijker works with aggregates only: one figure per gemeente, indicator and period. A
// file with records about persons (a client list, an export from the case system) must never be
// loaded, not even into the page's memory for a moment longer than it takes to refuse it. These
// checks recognise such files by their columns: the names people give them and the values in them.
// They are deliberately conservative about values (an aggregate file must not be refused because
// an amount happens to pass the elfproef) and strict about column names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jv {

// A burgerservicenummer: 9 digits passing the elfproef (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible
// by 11, not all zeros), or 8 digits (Excel dropped the leading zero of a number column). The
// nine digits may be grouped in threes by dots or spaces ("123.456.782", "123 456 782"). Nothing
// else may be in the text, apart from surrounding spaces.
bool is_bsn(std::string_view text);

// A full calendar date: "12-03-2011", "2011-03-12", "12/3/2011", "12.3.2011", "12 maart 2011",
// "12-mrt-2011", "2011-03-12 00:00:00", any year 1900..2100. Not a month ("2024-03", "maart 2024"),
// a year or a school year ("2023/2024").
bool looks_like_date(std::string_view text);

// A Dutch six-character postcode (four digits, the first not 0, two letters, with or without a
// space), alone or at the start of an address part: "1234 AB", "1234AB", "1234 AB 12",
// "1234AB12", "1234 AB, 12a", "1234 AB Hilversum". A four-digit area code alone ("1234") is not:
// figures per postcode area are aggregates. CBS period codes ("2022KW03", "2022JJ00") are not.
bool looks_like_postcode(std::string_view text);

// A street and house number: a name that is or ends in a street word (straat, weg, laan, plein,
// gracht, kade, dijk, singel, ...) or starts with one ("Laan van Meerdervoort"), then a house
// number with an optional addition ("12", "12a", "1001-A", "3 bis", "12-2", "12 hs"), optionally
// followed by ", ..." or a postcode and place: "Kerkstraat 12", "Laan van Meerdervoort 1001-A",
// "Dorpsweg 3 bis", "Kerkstraat 12, 1211 AB Hilversum". Indicator names with a number
// ("Jeugdhulp 2024", "Groep 8") are not.
bool looks_like_street_address(std::string_view text);

// An e-mail address: "naam@domein.nl" (one '@', a dot in the domain, no spaces).
bool looks_like_email(std::string_view text);

// A Dutch phone number: 10 digits starting with 0 ("0612345678", "06-12345678", "020 123 4567"),
// or +31 / 0031 followed by 9 digits ("+31 6 12345678", "+31 (0)6 12345678").
bool looks_like_phone(std::string_view text);

// ClientNumber (added): a column named as a per-person identifier other than the BSN
// (cliëntnummer, dossiernummer, leerlingnummer, onderwijsnummer, A-nummer): records about persons.
enum class PersonalDataKind { None, Bsn, BirthDate, Name, Address, Postcode, Email, Phone, ClientNumber };

struct PersonalDataFinding {
  PersonalDataKind kind = PersonalDataKind::None;
  std::size_t matches = 0;  // non-empty values that match `kind` (always 0 for Name and ClientNumber)
  std::string explanation;  // Dutch, one sentence or two; the caller adds the file and what to do
};

// The verdict over one column, from its header and its values (empty values are ignored).
//   By name (decisive, whatever the values): bsn, burgerservicenummer, sofinummer; geboortedatum,
//   geb. datum, geboren, date of birth, dob; voornaam, achternaam, roepnaam, voorletters,
//   tussenvoegsel, geslachtsnaam, familienaam, "naam" with a person word (naam kind, naam ouder,
//   naam cliënt, naam jeugdige, naam leerling ...); adres, woonadres, straat, straatnaam,
//   huisnummer; postcode, pc6 (unless every value is a four-digit area code: figures per postcode
//   area are aggregates); e-mail, email, e-mailadres; telefoon, telefoonnummer, tel, mobiel;
//   cliëntnummer, clientnr, dossiernummer, leerlingnummer, onderwijsnummer, A-nummer. "naam" alone
//   is not personal: it is as often the name of the gemeente or the indicator.
//   By values: at least 3 values, at least 3 of them distinct, and at least half of the non-empty
//   values are BSNs (is_bsn), e-mail addresses, phone numbers, postcodes, street addresses, or
//   birth dates, checked in that order. Dates count as birth dates only when they do not look like
//   the dates of a period: at least half of them fall on neither the first nor the last day of a
//   month (a peildatum or period end does), they are not all on the same weekday (a weekly
//   series), and they are not dense (more than one distinct date per two days of their span: a
//   daily series). A column named as a period (peildatum, periode, peilmoment, maand, kwartaal, jaar,
//   week) is never read as birth dates by its values.
//   A column name that says it holds a count or a share (aantal, totaal, gemiddeld(e), percentage,
//   procent, som, telling, or a '%') is an aggregate: "Aantal unieke cliëntnummers" is not a list
//   of cliëntnummers. Its values are still checked.
//   Names are never recognised from values alone: too many gemeente and indicator names would be.
// Returns kind None for the gemeente, indicator, periode, waarde, teller and noemer columns of
// an aggregate file. `column_number` (1-based) is used in the explanation when given:
// "Kolom 2 (\"bsn\") bevat burgerservicenummers (7 van 7 waarden voldoen aan de elfproef)."; without
// it the sentence starts "De kolom \"bsn\" bevat ...".
PersonalDataFinding inspect_column(std::string_view header, const std::vector<std::string_view>& values,
                                   std::size_t column_number = 0);

}  // namespace jv
