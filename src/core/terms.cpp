#include "core/terms.h"

#include "core/lang.h"

#include <cstddef>

namespace jv {

namespace {

// B1: short sentences, everyday words, at most about 40 words (a test counts them). Each follows
// the policy documents' own explanation, named above it.
constexpr TermText kTerms[] = {
    // Alkmaar, Beleidsvisie Jeugd, begrippenlijst "Jeugdhulp"; Hilversum, Beleidsagenda Jeugd
    // 2024-2030, "Belangrijke definities".
    {Term::Jeugdhulp, "jeugdhulp", translatable("Jeugdhulp"),
     translatable(
         "Jeugdhulp is hulp voor kinderen en jongeren en hun ouders. Bijvoorbeeld bij psychische problemen, problemen "
         "met gedrag of met de opvoeding, of een verstandelijke beperking. De gemeente regelt en betaalt deze hulp.")},
    // Hilversum, "Soorten geïndiceerde jeugdhulp"; Alkmaar, "Ambulante jeugdhulp".
    {Term::ZonderVerblijf, "zonder-verblijf", translatable("Jeugdhulp zonder verblijf"),
     translatable(
         "Het kind krijgt hulp en blijft thuis wonen. Bijvoorbeeld begeleiding, behandeling, hulp bij psychische "
         "problemen of dagbesteding. Het kind slaapt gewoon thuis.")},
    // Hilversum, "Soorten geïndiceerde jeugdhulp"; Alkmaar, "Jeugdhulp met verblijf" (overnachten
    // elders dan thuis); Hillegom-Lisse-Teylingen on the cost of placements.
    {Term::MetVerblijf, "met-verblijf", translatable("Jeugdhulp met verblijf"),
     translatable("Het kind woont of slaapt een tijd ergens anders dan thuis. Bijvoorbeeld in een pleeggezin, in een "
                  "instelling voor jeugdzorg of in een gesloten instelling. Dit is de zwaarste hulp, en de duurste.")},
    // Alkmaar, begrippenlijst "Jeugdbescherming", "Gedwongen kader" and "Ondertoezichtstelling".
    {Term::Jeugdbescherming, "jeugdbescherming", translatable("Jeugdbescherming"),
     translatable("Soms is het thuis niet veilig voor een kind en helpt vrijwillige hulp niet genoeg. Dan kan de "
                  "kinderrechter hulp verplicht maken. Een gezinsvoogd helpt het gezin dan. Bijvoorbeeld bij een "
                  "ondertoezichtstelling of voogdij.")},
    // Alkmaar, begrippenlijst "Gedwongen kader".
    {Term::Jeugdreclassering, "jeugdreclassering", translatable("Jeugdreclassering"),
     translatable(
         "Jeugdreclassering is verplichte begeleiding van een jongere die een strafbaar feit heeft gepleegd of daarvan "
         "wordt verdacht. De rechter legt deze begeleiding op, niet de gemeente.")},
    // Hilversum, "1 op de 27 ... 1 op de 7,5"; Hillegom-Lisse-Teylingen, "1 op de 8 jeugdigen".
    {Term::EenOpN, "1-op-n", translatable("1 op N"),
     translatable("\xE2\x80\x9E"
                  "1 op de 9\xE2\x80\x9D betekent: van elke 9 jongeren krijgt er 1 hulp. Hoe groter het getal, "
                  "hoe minder jongeren hulp krijgen. Aan het begin van deze eeuw was het in Nederland 1 op de 27.")},
    // Hilversum, "3.1 Gemeentelijke taken" (de Jeugdwet als open einderegeling); Iv3 per inwoner.
    {Term::KostenPerInwoner, "kosten-per-inwoner", translatable("Kosten per inwoner"),
     translatable(
         "Wat de gemeente in een jaar uitgaf aan hulp voor jongeren, gedeeld door het aantal inwoners. Zo kunt u grote "
         "en kleine gemeenten vergelijken. De gemeente moet nodige hulp altijd betalen, ook als het geld op is.")},
};

}  // namespace

std::span<const TermText> terms() { return kTerms; }

const TermText& term_text(Term term) {
  for (const TermText& t : kTerms) {
    if (t.term == term) return t;
  }
  return kTerms[0];  // unreachable: every Term is in kTerms (a test checks)
}

std::span<const PublicFigure> public_figures() {
  static const std::vector<PublicFigure> kFigures = {
      {"jeugdzorg-tot-23",
       translatable("Jongeren met jeugdzorg"),
       {Term::EenOpN, Term::Jeugdhulp, Term::Jeugdbescherming, Term::Jeugdreclassering}},
      {"iv3-jeugd-lasten-per-inwoner-jaarrekening",
       translatable("Kosten van jeugdzorg per inwoner"),
       {Term::KostenPerInwoner}},
      {"iv3-jeugdhulp-zonder-verblijf-per-inwoner-jaarrekening",
       translatable("Kosten van jeugdhulp zonder verblijf per inwoner"),
       {Term::ZonderVerblijf, Term::KostenPerInwoner}},
      {"iv3-jeugdhulp-met-verblijf-per-inwoner-jaarrekening",
       translatable("Kosten van jeugdhulp met verblijf per inwoner"),
       {Term::MetVerblijf, Term::KostenPerInwoner}},
      {"iv3-jeugdbescherming-jeugdreclassering-per-inwoner-jaarrekening",
       translatable("Kosten van jeugdbescherming en jeugdreclassering per inwoner"),
       {Term::Jeugdbescherming, Term::Jeugdreclassering, Term::KostenPerInwoner}},
  };
  return kFigures;
}

Difference difference_of(const Comparison& c) {
  switch (c.verdict) {
    case Verdict::Comparable:
    case Verdict::Similar: return Difference::Similar;
    case Verdict::Unknown: return Difference::None;
    case Verdict::Better:
    case Verdict::Worse:
    case Verdict::Higher:
    case Verdict::Lower: break;
  }
  // Better or worse says which side only through the indicator's direction: read the side off
  // the figures themselves.
  if (!(c.value == c.value) || !(c.reference_value == c.reference_value)) return Difference::None;
  return c.value > c.reference_value ? Difference::More : Difference::Less;
}

std::vector<PublicComparison> public_comparisons(const FiguresStore& store, int gemeente, Group& region,
                                                 Group& nederland) {
  region = Group{};
  nederland = Group{};
  std::vector<PublicComparison> out;
  if (gemeente < 0 || static_cast<std::size_t>(gemeente) >= store.data.gemeenten.size()) return out;
  region = make_group(store.bench, gemeente, GroupKind::Jeugdregio);
  nederland = make_group(store.bench, gemeente, GroupKind::Nederland);
  for (const PublicFigure& f : public_figures()) {
    PublicComparison p;
    p.figure = &f;
    p.series = find_series(store, f.series);
    if (p.series < 0) continue;
    p.variable = latest_variable(store, p.series);
    if (p.variable < 0) continue;
    p.region = compare(store.bench, gemeente, p.variable, region);
    p.nederland = compare(store.bench, gemeente, p.variable, nederland);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace jv
