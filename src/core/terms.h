// The public website's words and figures (modus=publiek): the terms a citizen meets, each
// explained once in plain Dutch (taalniveau B1: short sentences, no jargon, at most about 40
// words), and the few figures the public page shows, each compared with the gemeente's jeugdregio
// and with Nederland by the same engine as every other view (compare.h).
//
// The explanations paraphrase the policy documents' own (../shared/policy-documents): the source
// file names the document each one follows. They are Dutch; the app translates them through its
// table (data/taal/en.tsv) like any other text.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/compare.h"
#include "core/figures.h"

namespace jv {

enum class Term {
  Jeugdhulp,
  ZonderVerblijf,
  MetVerblijf,
  Jeugdbescherming,
  Jeugdreclassering,
  EenOpN,
  KostenPerInwoner
};

struct TermText {
  Term term;
  const char* id;           // "jeugdhulp", "met-verblijf", "1-op-n": stable, for tests and the page
  const char* name;         // "Jeugdhulp met verblijf"
  const char* explanation;  // B1, at most about 40 words
};

// Every term, in the order the page explains them; each term once.
std::span<const TermText> terms();
// The text of one term.
const TermText& term_text(Term term);

// One figure of the public page: a series of the store (by id), the plain title it gets there and
// the terms a reader needs to understand it.
struct PublicFigure {
  const char* series;  // "jeugdzorg-tot-23", "iv3-jeugd-lasten-per-inwoner-jaarrekening"
  const char* title;   // "Jongeren met jeugdzorg"
  std::vector<Term> terms;
};

// The public page's figures, in the order shown: young people with jeugdzorg (as "1 op N"), the
// youth-care spending per inhabitant, and that spending split into zonder verblijf, met verblijf
// and jeugdbescherming/-reclassering (Iv3 jaarrekening: what was spent, not what was planned).
std::span<const PublicFigure> public_figures();

// Which way a gemeente differs from a group, in words a citizen can read without a value
// judgement: more youth care is not by itself worse. From the comparison's verdict: a difference
// the engine calls significant (a rate outside the funnel's 95 % limits, a context figure outside
// the group's middle half) is More or Less, by the side of the figure it is judged against;
// "vergelijkbaar" is Similar; no verdict is None.
enum class Difference { More, Less, Similar, None };
Difference difference_of(const Comparison& c);

// One public figure for one gemeente: the series' latest period, compared with the gemeente's
// jeugdregio and with Nederland (both include the gemeente itself, as everywhere in compare.h).
struct PublicComparison {
  const PublicFigure* figure = nullptr;
  int series = -1, variable = -1;
  Comparison region, nederland;
};

// The public figures the store holds, for `gemeente` (index in store.data), with their groups in
// `region` and `nederland`. A figure whose series the store lacks is left out; an out-of-range
// gemeente gives none (and empty groups).
std::vector<PublicComparison> public_comparisons(const FiguresStore& store, int gemeente, Group& region,
                                                 Group& nederland);

}  // namespace jv
