#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/period.h"

using jv::Period;
using jv::PeriodKind;

namespace {

// The label of what `text` reads as, or "FOUT: <message>".
std::string read(std::string_view text) {
  Period p;
  std::string error;
  if (!jv::parse_period(text, p, error)) return "FOUT: " + error;
  return p.label();
}

Period parsed(std::string_view text) {
  Period p;
  std::string error;
  const bool ok = jv::parse_period(text, p, error);
  CHECK_MESSAGE(ok, error);
  return p;
}

std::string error_of(std::string_view text) {
  Period p;
  std::string error;
  if (jv::parse_period(text, p, error)) return "(ok) " + p.label();
  return error;
}

constexpr const char* kForms =
    " Gebruik een van deze vormen: 2024 (jaar), 2024-H1 (halfjaar), 2024-Q3 (kwartaal), Q1-3 2025 "
    "(kwartalen), 2024-03 of maart 2024 (maand), 2023/2024 (schooljaar), 2022-2025 (jaren), 2024-03-01 of "
    "01-03-2024 (datum).";

// 2024-01-01 is day 19723 since 1970-01-01: 2000-01-01 is 10957, plus 24 years of 365 days and
// the 6 leap days of 2000-2020.
constexpr int k2024 = 19723;

}  // namespace

TEST_CASE("period: years") {
  const Period y = parsed("2024");
  CHECK(y.kind == PeriodKind::Year);
  CHECK(y.year == 2024);
  CHECK(y.first == 0);
  CHECK(y.last == 0);
  CHECK(y.end_year == 0);
  CHECK(y.label() == "2024");
  CHECK(read(" 2024 ") == "2024");
  CHECK(read("jaar 2024") == "2024");
  CHECK(read("Kalenderjaar 2024") == "2024");
  CHECK(read("1990") == "1990");
  CHECK(read("2100") == "2100");
}

TEST_CASE("period: half years") {
  const Period h = parsed("2024-H1");
  CHECK(h.kind == PeriodKind::HalfYear);
  CHECK(h.year == 2024);
  CHECK(h.first == 1);
  CHECK(h.last == 1);
  for (const char* text : {"2024-H2", "2024 H2", "2024h2", "H2 2024", "h2-2024", "HJ2 2024", "2024 HJ2",
                           "2e halfjaar 2024", "2de halfjaar 2024", "tweede halfjaar 2024", "halfjaar 2 2024"}) {
    CAPTURE(text);
    CHECK(read(text) == "2024-H2");
  }
  CHECK(read("1e halfjaar 2024") == "2024-H1");
  CHECK(read("1ste halfjaar 2024") == "2024-H1");
  CHECK(read("Eerste halfjaar 2024") == "2024-H1");
}

TEST_CASE("period: quarters and runs of quarters") {
  const Period q = parsed("2024-Q3");
  CHECK(q.kind == PeriodKind::Quarter);
  CHECK(q.year == 2024);
  CHECK(q.first == 3);
  CHECK(q.last == 3);
  for (const char* text : {"2024-Q3", "Q3 2024", "2024 Q3", "2024Q3", "q3-2024", "K3 2024", "KW3 2024", "2024-K3",
                           "3e kwartaal 2024", "derde kwartaal 2024", "kwartaal 3 2024"}) {
    CAPTURE(text);
    CHECK(read(text) == "2024-Q3");
  }
  const Period r = parsed("Q1-3 2025");
  CHECK(r.kind == PeriodKind::QuarterRange);
  CHECK(r.year == 2025);
  CHECK(r.first == 1);
  CHECK(r.last == 3);
  CHECK(r.label() == "Q1-3 2025");
  for (const char* text : {"Q1-3 2025", "Q1-Q3 2025", "Q 1-3 2025", "Q1 - Q3 2025",
                           "Q1\xE2\x80\x93"
                           "3 2025",
                           "Q1 t/m Q3 2025", "Q1 tot en met Q3 2025", "2025 Q1-Q3", "2025-Q1-3", "Q1-3-2025"}) {
    CAPTURE(text);
    CHECK(read(text) == "Q1-3 2025");
  }
  CHECK(read("Q2-2 2025") == "2025-Q2");  // a run of one quarter is that quarter
  CHECK(read("Q1-4 2024") == "Q1-4 2024");
}

TEST_CASE("period: months") {
  const Period m = parsed("2024-03");
  CHECK(m.kind == PeriodKind::Month);
  CHECK(m.year == 2024);
  CHECK(m.first == 3);
  CHECK(m.last == 3);
  for (const char* text : {"2024-03", "2024-3", "2024/03", "03-2024", "3/2024", "maart 2024", "Maart 2024", "mrt 2024",
                           "mrt. 2024", "mrt-2024", "mrt-24", "March 2024", "mar 2024"}) {
    CAPTURE(text);
    CHECK(read(text) == "2024-03");
  }
  CHECK(read("mei 2025") == "2025-05");
  CHECK(read("okt 2023") == "2023-10");
  CHECK(read("december 2024") == "2024-12");
  CHECK(read("2011-12") == "2011-12");  // year-dash-1..12 is a month, even when 12 follows 11
}

TEST_CASE("period: school years, and the rule for a dash between consecutive years") {
  const Period s = parsed("2023/2024");
  CHECK(s.kind == PeriodKind::SchoolYear);
  CHECK(s.year == 2023);
  CHECK(s.end_year == 2024);
  CHECK(s.label() == "2023/2024");
  for (const char* text : {"2023/2024", "2023 / 2024", "2023/24", "schooljaar 2023-2024", "Schooljaar 2023/2024",
                           "schooljaar 2023/24", "sj 2023-2024", "2023-24",
                           "2023\xE2\x80\x93"
                           "2024"}) {
    CAPTURE(text);
    CHECK(read(text) == "2023/2024");
  }
  // HLT L711-714 write school-year figures as "2022-2023: 1,2%".
  CHECK(parsed("2022-2023").kind == PeriodKind::SchoolYear);
  CHECK(read("2022-2023") == "2022/2023");
  CHECK(read("2011/12") == "2011/2012");  // with a slash, the next year's two digits are a school year
}

TEST_CASE("period: runs of years") {
  const Period r = parsed("2022-2025");
  CHECK(r.kind == PeriodKind::YearRange);
  CHECK(r.year == 2022);
  CHECK(r.end_year == 2025);
  CHECK(r.label() == "2022-2025");
  CHECK(read("2022 - 2025") == "2022-2025");
  CHECK(read("2022 t/m 2025") == "2022-2025");
  CHECK(read("2022 tot en met 2025") == "2022-2025");
  CHECK(read("2024-2030") == "2024-2030");
  // Two consecutive calendar years must be said so; the label says it too, to read back the same.
  const Period two = parsed("2022 t/m 2023");
  CHECK(two.kind == PeriodKind::YearRange);
  CHECK(two.label() == "2022 t/m 2023");
  CHECK(read("jaren 2022-2023") == "2022 t/m 2023");
  CHECK(read("2024 t/m 2024") == "2024");
}

TEST_CASE("period: dates, including Excel's ISO dates") {
  const Period d = parsed("2024-03-01");
  CHECK(d.kind == PeriodKind::Date);
  CHECK(d.year == 2024);
  CHECK(d.first == 3);
  CHECK(d.last == 3);
  CHECK(d.day == 1);
  CHECK(d.label() == "2024-03-01");
  for (const char* text :
       {"2024-03-01", "01-03-2024", "1-3-2024", "01/03/2024", "1.3.2024", "1 maart 2024", "1 mrt. 2024", "1-mrt-2024",
        "2024-03-01T00:00:00", "2024-03-01 00:00:00", "2024-03-01T00:00:00.000Z", "1-3-2024 0:00", "2024/03/01"}) {
    CAPTURE(text);
    CHECK(read(text) == "2024-03-01");
  }
  CHECK(read("29-02-2024") == "2024-02-29");  // leap year
  CHECK(read("04-09-2023") == "2023-09-04");  // HV's peildatum, day first
}

TEST_CASE("period: every label reads back as the same period") {
  for (const char* text : {"2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q4", "Q1-3 2025", "Q2-4 2023", "2024-03",
                           "2024-12", "2023/2024", "2022-2025", "2022 t/m 2023", "2024-03-01", "1990", "2100-12-31"}) {
    CAPTURE(text);
    const Period p = parsed(text);
    CHECK(p.label() == text);
    CHECK(parsed(p.label()) == p);
  }
}

TEST_CASE("period: what is refused, with the accepted forms") {
  CHECK(error_of("vorig jaar") == std::string("\"vorig jaar\" is geen periode die Jeugdvergelijker kent.") + kForms);
  CHECK(error_of("") == std::string("Er is geen periode ingevuld.") + kForms);
  CHECK(error_of("  ") == std::string("Er is geen periode ingevuld.") + kForms);
  CHECK(error_of("1985") == std::string("\"1985\" valt buiten de jaren 1990 tot en met 2100.") + kForms);
  CHECK(error_of("2101-Q1") == std::string("\"2101\" valt buiten de jaren 1990 tot en met 2100.") + kForms);
  CHECK(error_of("01-03-1985") == std::string("\"1985\" valt buiten de jaren 1990 tot en met 2100.") + kForms);
  CHECK(error_of("2024-Q5") == std::string("Een kwartaal is Q1, Q2, Q3 of Q4; \"2024-Q5\" bestaat niet.") + kForms);
  CHECK(error_of("Q0 2024") == std::string("Een kwartaal is Q1, Q2, Q3 of Q4; \"Q0 2024\" bestaat niet.") + kForms);
  CHECK(error_of("Q3-1 2025") == std::string("In \"Q3-1 2025\" komt het laatste kwartaal voor het eerste.") + kForms);
  CHECK(error_of("2024-H3") == std::string("Een halfjaar is H1 of H2; \"2024-H3\" bestaat niet.") + kForms);
  CHECK(error_of("2024-13") == std::string("Een maand is 1 tot en met 12; \"2024-13\" bestaat niet.") + kForms);
  CHECK(error_of("2024-00") == std::string("Een maand is 1 tot en met 12; \"2024-00\" bestaat niet.") + kForms);
  CHECK(error_of("31-02-2024") == std::string("\"31-02-2024\" is geen bestaande datum.") + kForms);
  CHECK(error_of("29-02-2023") == std::string("\"29-02-2023\" is geen bestaande datum.") + kForms);
  CHECK(error_of("2023/2025") ==
        std::string("Een schooljaar loopt over twee opeenvolgende jaren, zoals 2023/2024; \"2023/2025\" is dat niet. "
                    "Bedoelt u een reeks jaren, schrijf dan 2023-2025.") +
            kForms);
  CHECK(error_of("schooljaar 2022-2025").rfind("Een schooljaar loopt over twee opeenvolgende jaren", 0) == 0);
  CHECK(error_of("2025-2022") == std::string("In \"2025-2022\" komt het laatste jaar voor het eerste.") + kForms);
  // Not periods at all: the header cells and values of an ordinary file.
  for (const char* text : {"gemeente", "waarde", "12,8%", "1", "24", "123456", "2024*", "Q3", "H1", "maart",
                           "schooljaar 2024", "2024-03-01-02", "Q1-3", "2024 en 2025", "01-03-24", "jaar"}) {
    CAPTURE(text);
    Period p;
    std::string e;
    CHECK_FALSE(jv::parse_period(text, p, e));
    CHECK(e.find("2024-Q3") != std::string::npos);  // the list of forms
  }
  // A long text is cut in the message.
  CHECK(error_of("dit is een hele lange zin die geen periode is en nog langer doorgaat tot ver voorbij de grens") ==
        std::string("\"dit is een hele lange zin die geen perio\xE2\x80\xA6\" is geen periode die Jeugdvergelijker "
                    "kent.") +
            kForms);
}

TEST_CASE("period: first and last days") {
  CHECK(jv::days_from_civil(1970, 1, 1) == 0);
  CHECK(jv::days_from_civil(1969, 12, 31) == -1);
  CHECK(jv::days_from_civil(2000, 1, 1) == 10957);
  CHECK(jv::days_from_civil(2024, 1, 1) == k2024);
  CHECK(jv::days_from_civil(2024, 3, 1) == k2024 + 31 + 29);

  const Period y = parsed("2024");
  CHECK(y.start_day() == k2024);
  CHECK(y.end_day() == k2024 + 365);  // 2024 has 366 days
  const Period h2 = parsed("2024-H2");
  CHECK(h2.start_day() == k2024 + 182);  // 1 July: 31+29+31+30+31+30 days in
  CHECK(h2.end_day() == k2024 + 365);
  const Period q1 = parsed("2024-Q1");
  CHECK(q1.start_day() == k2024);
  CHECK(q1.end_day() == k2024 + 90);  // 31 March
  const Period q13 = parsed("Q1-3 2024");
  CHECK(q13.start_day() == k2024);
  CHECK(q13.end_day() == k2024 + 273);  // 30 September: 274 days
  const Period feb = parsed("2024-02");
  CHECK(feb.start_day() == k2024 + 31);
  CHECK(feb.end_day() == k2024 + 59);
  const Period school = parsed("2023/2024");
  CHECK(school.start_day() == k2024 - 365 + 212);  // 1 August 2023
  CHECK(school.end_day() == k2024 + 212);          // 31 July 2024
  const Period run = parsed("2022-2025");
  CHECK(run.start_day() == jv::days_from_civil(2022, 1, 1));
  CHECK(run.end_day() == jv::days_from_civil(2025, 12, 31));
  const Period day = parsed("2024-03-01");
  CHECK(day.start_day() == k2024 + 60);
  CHECK(day.end_day() == k2024 + 60);
  // Four quarters cover the year exactly.
  CHECK(parsed("Q1-4 2024").start_day() == y.start_day());
  CHECK(parsed("Q1-4 2024").end_day() == y.end_day());
}

TEST_CASE("period: ordering for lists and charts") {
  std::vector<Period> periods;
  for (const char* text : {"2025", "2024-Q3", "2023/2024", "2024", "2024-H1", "2024-03-01", "2024-03", "Q1-3 2024",
                           "2022-2025", "2024-Q1"}) {
    periods.push_back(parsed(text));
  }
  std::sort(periods.begin(), periods.end(),
            [](const Period& a, const Period& b) { return jv::compare_periods(a, b) < 0; });
  std::vector<std::string> labels;
  for (const Period& p : periods) labels.push_back(p.label());
  // By first day, then the shorter first.
  CHECK(labels == std::vector<std::string>{"2022-2025", "2023/2024", "2024-Q1", "2024-H1", "Q1-3 2024", "2024",
                                           "2024-03-01", "2024-03", "2024-Q3", "2025"});
  CHECK(jv::compare_periods(parsed("2024"), parsed("2024")) == 0);
  CHECK(jv::compare_periods(parsed("2023"), parsed("2024")) < 0);
  CHECK(jv::compare_periods(parsed("2024"), parsed("2023")) > 0);
  // Same days, different kinds: Year before QuarterRange (the enum's order).
  CHECK(jv::compare_periods(parsed("2024"), parsed("Q1-4 2024")) < 0);
}

TEST_CASE("period: overlap") {
  CHECK(jv::periods_overlap(parsed("2024"), parsed("2024-Q3")));
  CHECK(jv::periods_overlap(parsed("2023/2024"), parsed("2023")));
  CHECK(jv::periods_overlap(parsed("2023/2024"), parsed("2024")));
  CHECK(jv::periods_overlap(parsed("2023/2024"), parsed("2024-07")));
  CHECK_FALSE(jv::periods_overlap(parsed("2023/2024"), parsed("2024-08")));
  CHECK_FALSE(jv::periods_overlap(parsed("2023/2024"), parsed("2023-Q2")));
  CHECK(jv::periods_overlap(parsed("Q1-3 2025"), parsed("2025-09-30")));
  CHECK_FALSE(jv::periods_overlap(parsed("Q1-3 2025"), parsed("2025-10-01")));
  CHECK(jv::periods_overlap(parsed("2022-2025"), parsed("2023/2024")));
  CHECK_FALSE(jv::periods_overlap(parsed("2024-H1"), parsed("2024-H2")));
  CHECK(jv::periods_overlap(parsed("2024-03-01"), parsed("2024-03-01")));
}

TEST_CASE("period: calendar dates for the privacy check") {
  int y = 0, m = 0, d = 0;
  CHECK(jv::parse_calendar_date("12-03-2011", y, m, d));
  CHECK(y == 2011);
  CHECK(m == 3);
  CHECK(d == 12);
  CHECK(jv::parse_calendar_date("12 maart 1950", y, m, d));
  CHECK(y == 1950);
  CHECK(jv::parse_calendar_date("1900-02-28", y, m, d));
  CHECK_FALSE(jv::parse_calendar_date("1900-02-29", y, m, d));  // 1900 was no leap year
  CHECK(jv::parse_calendar_date("2000-02-29", y, m, d));        // 2000 was
  CHECK_FALSE(jv::parse_calendar_date("2024-03", y, m, d));
  CHECK_FALSE(jv::parse_calendar_date("12-03-11", y, m, d));
  CHECK_FALSE(jv::parse_calendar_date("2024-03-01T25:00", y, m, d));
  CHECK_FALSE(jv::parse_calendar_date("32-01-2024", y, m, d));
}

namespace {

// What find_period_in_text takes from `text`: "<label> @<words>", "geen", or "meer dan één".
std::string found_in(std::string_view text) {
  Period p;
  std::size_t b = 0, e = 0;
  bool ambiguous = false;
  if (!jv::find_period_in_text(text, p, b, e, ambiguous)) return ambiguous ? "meer dan \xC3\xA9\xC3\xA9n" : "geen";
  CHECK_FALSE(ambiguous);
  return p.label() + " @" + std::string(text.substr(b, e - b));
}

}  // namespace

TEST_CASE("period in a text: file names as municipalities name them") {
  CHECK(found_in("wachttijden-2024") == "2024 @2024");
  CHECK(found_in("thuiszitters_2023-2024") == "2023/2024 @2023-2024");
  CHECK(found_in("Q1-3 2025 jeugdhulp") == "Q1-3 2025 @Q1-3 2025");
  CHECK(found_in("wachttijd_q3_2024") == "2024-Q3 @q3_2024");
  CHECK(found_in("jeugdhulp-2024-Q3") == "2024-Q3 @2024-Q3");
  CHECK(found_in("cijfers 1e halfjaar 2024") == "2024-H1 @1e halfjaar 2024");
  CHECK(found_in("verzuim maart 2024 definitief") == "2024-03 @maart 2024");
  CHECK(found_in("peildatum 01-03-2024") == "2024-03-01 @01-03-2024");
  CHECK(found_in("Jeugdmonitor (2023)") == "2023 @2023");
  CHECK(found_in("overzicht 2024 versie 2024") == "2024 @2024");  // the same period twice is one
  // None, or more than one: never guessed.
  CHECK(found_in("wachttijden") == "geen");
  CHECK(found_in("download (3)") == "geen");
  CHECK(found_in("export 20240301") == "geen");
  CHECK(found_in("") == "geen");
  CHECK(found_in("vergelijking 2023 2024") == "meer dan \xC3\xA9\xC3\xA9n");
  CHECK(found_in("jeugd_2022_en_2024") == "meer dan \xC3\xA9\xC3\xA9n");
}

TEST_CASE("period in a text: column headers, and where the period is") {
  CHECK(found_in("Wachttijd 2024 (dagen)") == "2024 @2024");
  CHECK(found_in("Thuiszitters 2023/2024 (%)") == "2023/2024 @2023/2024");
  CHECK(found_in("Wachttijd (dagen) Q1-3 2025") == "Q1-3 2025 @Q1-3 2025");
  CHECK(found_in("Wachttijd (2024, weken)") == "2024 @2024");
  CHECK(found_in("Wachttijd (dagen)") == "geen");
  CHECK(found_in("Jeugdigen 0-17 jaar") == "geen");
  CHECK(found_in("Verzuim per 1000 leerlingen") == "geen");
  CHECK(found_in("Groep 8") == "geen");
  Period p;
  std::size_t b = 0, e = 0;
  bool ambiguous = false;
  REQUIRE(jv::find_period_in_text("Wachttijd 2024 (dagen)", p, b, e, ambiguous));
  CHECK(b == 10);
  CHECK(e == 14);
}
