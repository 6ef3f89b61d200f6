// The public website's terms and figures (core/terms.h): every term explained once, in B1, and
// the public figures compared by the same engine as every other view.
#include "core/terms.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <sstream>
#include <string>

#include "core/format.h"
#include "data/embedded_data.h"

namespace {

const jv::FiguresStore& store() {
  static const jv::FiguresStore s = [] {
    jv::FiguresStore out;
    jv::LoadError e;
    REQUIRE_MESSAGE(jv::load_store(jv::embedded_data_files(), out, e), e.to_string());
    return out;
  }();
  return s;
}

std::size_t words(const std::string& text) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

const jv::PublicComparison* find(const std::vector<jv::PublicComparison>& rows, const char* series) {
  for (const jv::PublicComparison& p : rows) {
    if (std::string(p.figure->series) == series) return &p;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("terms: each of the seven terms is explained once, in at most 40 words of short sentences") {
  const std::set<jv::Term> all = {jv::Term::Jeugdhulp,        jv::Term::ZonderVerblijf,    jv::Term::MetVerblijf,
                                  jv::Term::Jeugdbescherming, jv::Term::Jeugdreclassering, jv::Term::EenOpN,
                                  jv::Term::KostenPerInwoner};
  std::set<jv::Term> seen;
  std::set<std::string> ids;
  for (const jv::TermText& t : jv::terms()) {
    CAPTURE(t.id);
    CHECK(seen.insert(t.term).second);
    CHECK(ids.insert(t.id).second);
    const std::string text = t.explanation;
    CHECK(words(text) <= 40);
    CHECK(words(text) >= 15);
    // B1: no sentence longer than 20 words.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || ((text[i] == '.' || text[i] == '?') && (i + 1 == text.size() || text[i + 1] == ' '))) {
        const std::string sentence = text.substr(start, i - start);
        CHECK_MESSAGE(words(sentence) <= 20, sentence);
        start = i + 1;
      }
    }
    CHECK(std::string(jv::term_text(t.term).id) == t.id);
  }
  CHECK(seen == all);
}

TEST_CASE("terms: every term is explained under some public figure, and every public figure's series is compiled in") {
  std::set<jv::Term> used;
  for (const jv::PublicFigure& f : jv::public_figures()) {
    CAPTURE(f.series);
    CHECK(jv::find_series(store(), f.series) >= 0);
    CHECK_FALSE(f.terms.empty());
    used.insert(f.terms.begin(), f.terms.end());
  }
  CHECK(used.size() == jv::terms().size());
}

TEST_CASE("public figures: Hilversum's Iv3 spending per inhabitant, 2023, as the Iv3 file gives it") {
  const int g = store().data.find_code("GM0402");
  REQUIRE(g >= 0);
  jv::Group region, nl;
  const std::vector<jv::PublicComparison> rows = jv::public_comparisons(store(), g, region, nl);
  REQUIRE(rows.size() == jv::public_figures().size());
  CHECK(region.kind == jv::GroupKind::Jeugdregio);
  CHECK(region.name == "Jeugdregio Gooi en Vechtstreek");
  CHECK(nl.kind == jv::GroupKind::Nederland);
  CHECK(nl.members.size() == 342);
  // data/iv3_jeugd.csv, jaarrekening 2023, GM0402: 93.345 inhabitants; taakvelden × € 1.000:
  // 6.72a-d 4.987 + 10.812 + 2.292 = 18.091; 6.73a-c 1.000 + 1.221 + 3.694 = 5.915;
  // 6.74a-c 97 + 2.148 + 423 = 2.668; 6.82a/b 2.089 + 267 = 2.356; together 29.030.
  const struct {
    const char* series;
    double thousands;
  } kExpected[] = {
      {"iv3-jeugd-lasten-per-inwoner-jaarrekening", 29030},
      {"iv3-jeugdhulp-zonder-verblijf-per-inwoner-jaarrekening", 18091},
      {"iv3-jeugdhulp-met-verblijf-per-inwoner-jaarrekening", 5915},
      {"iv3-jeugdbescherming-jeugdreclassering-per-inwoner-jaarrekening", 2356},
  };
  for (const auto& e : kExpected) {
    CAPTURE(e.series);
    const jv::PublicComparison* p = find(rows, e.series);
    REQUIRE(p != nullptr);
    CHECK(store().data.variables[static_cast<std::size_t>(p->variable)].period == "jaarrekening 2023");
    CHECK(store().series[static_cast<std::size_t>(p->series)].periods.back().label() == "2023");
    CHECK(p->region.value == doctest::Approx(e.thousands * 1000.0 / 93345.0).epsilon(1e-9));
    CHECK(p->nederland.value == p->region.value);
  }
  CHECK(jv::format_euro(find(rows, kExpected[0].series)->region.value) == "\xE2\x82\xAC 311");
  // Youth with jeugdzorg comes first: the figure the documents write as "1 op N".
  CHECK(std::string(rows.front().figure->series) == "jeugdzorg-tot-23");
}

TEST_CASE(
    "public figures: equal the engine's own comparison with the jeugdregio and Nederland, for other gemeenten too") {
  for (const char* code : {"GM0402", "GM0361", "GM1525", "GM0363", "GM0088"}) {
    CAPTURE(code);
    const int g = store().data.find_code(code);
    REQUIRE(g >= 0);
    jv::Group region, nl;
    const std::vector<jv::PublicComparison> rows = jv::public_comparisons(store(), g, region, nl);
    const jv::Group want_region = jv::make_group(store().bench, g, jv::GroupKind::Jeugdregio);
    CHECK(region.members == want_region.members);
    REQUIRE(rows.size() == jv::public_figures().size());
    for (const jv::PublicComparison& p : rows) {
      CAPTURE(p.figure->series);
      const int series = jv::find_series(store(), p.figure->series);
      CHECK(p.series == series);
      CHECK(p.variable == jv::latest_variable(store(), series));
      const jv::Comparison r = jv::compare(store().bench, g, p.variable, want_region);
      const jv::Comparison n = jv::compare(store().bench, g, p.variable, nl);
      CHECK(p.region.verdict == r.verdict);
      // Both NaN where there is no verdict (Teylingen's negative jeugdbescherming, a correction).
      auto same = [](double a, double b) { return std::isnan(a) ? std::isnan(b) : a == doctest::Approx(b); };
      CHECK(same(p.region.reference_value, r.reference_value));
      CHECK(p.nederland.verdict == n.verdict);
      CHECK(same(p.nederland.reference_value, n.reference_value));
    }
  }
  jv::Group region, nl;
  CHECK(jv::public_comparisons(store(), -1, region, nl).empty());
  CHECK(jv::public_comparisons(store(), 100000, region, nl).empty());
  CHECK(region.members.empty());
}

TEST_CASE("public figures: the difference in words follows the verdict, never better or worse") {
  jv::Comparison c;
  c.value = 12.0;
  c.reference_value = 10.0;
  c.verdict = jv::Verdict::Worse;  // a rate above the funnel: more youth care, not "worse"
  CHECK(jv::difference_of(c) == jv::Difference::More);
  c.verdict = jv::Verdict::Better;  // the same side of the reference, whatever the direction says
  CHECK(jv::difference_of(c) == jv::Difference::More);
  c.value = 8.0;
  CHECK(jv::difference_of(c) == jv::Difference::Less);
  c.verdict = jv::Verdict::Lower;
  CHECK(jv::difference_of(c) == jv::Difference::Less);
  c.verdict = jv::Verdict::Higher;
  c.value = 15.0;
  CHECK(jv::difference_of(c) == jv::Difference::More);
  c.verdict = jv::Verdict::Comparable;
  CHECK(jv::difference_of(c) == jv::Difference::Similar);
  c.verdict = jv::Verdict::Similar;
  CHECK(jv::difference_of(c) == jv::Difference::Similar);
  c.verdict = jv::Verdict::Unknown;
  CHECK(jv::difference_of(c) == jv::Difference::None);
  c.verdict = jv::Verdict::Worse;
  c.reference_value = jv::kNaN;
  CHECK(jv::difference_of(c) == jv::Difference::None);
}
