#include "core/explain.h"

#include <cmath>
#include <vector>

#include "core/figures.h"
#include "core/format.h"

namespace jv {

namespace {

// The group as the words name it: "Nederland" only when it covers the country, nine in ten of its
// gemeenten with a figure; a table of 7 gemeenten compared "with Nederland" is those 7 (the same rule
// as benchmark_line()).
std::string group_words(const Comparison& c, const Group& group, const Translations& t) {
  if (group.kind == GroupKind::Nederland && c.members * 10 < group.members.size() * 9)
    return t.trf("de {1} gemeenten met een cijfer", {std::to_string(c.members)});
  return group.name;
}

// "Jeugdregio Gooi en Vechtstreek als geheel (10,5 %)" / "het gemiddelde van ... (4,2)".
std::string judged_against(const Comparison& c, const IndicatorMeta& m, const Group& group, const Translations& t) {
  const std::string value = format_value(m, c.reference_value, t.lang);
  switch (c.reference) {
    case Reference::GroupRate: return t.trf("{1} als geheel ({2})", {group_words(c, group, t), value});
    case Reference::GroupMean: return t.trf("het gemiddelde van {1} ({2})", {group_words(c, group, t), value});
    case Reference::GroupMedian: return t.trf("de mediaan van {1} ({2})", {group_words(c, group, t), value});
    case Reference::None: break;
  }
  return group.name;
}

std::string middle_half(const Comparison& c, const IndicatorMeta& m, Lang lang) {
  return format_value(m, c.q1, lang) + " \xE2\x80\x93 " + format_value(m, c.q3, lang);
}

// Why there is no verdict.
std::string no_verdict_reason(const Comparison& c, const IndicatorMeta& m, std::string_view gemeente,
                              const Group& group, const Translations& t) {
  if (group.kind == GroupKind::Custom && group.members.empty()) {
    return t.tr("Uw eigen lijst is nog leeg: kies gemeenten bij Vergelijkbare gemeenten om mee te vergelijken.");
  }
  if (std::isnan(c.value)) return t.trf("Geen oordeel: er is geen cijfer voor {1}.", {std::string(gemeente)});
  if (m.size_dependent) {
    return t.tr(
        "Geen oordeel: een totaal hangt af van de grootte van de gemeente. Vergelijk per inwoner of per jeugdige.");
  }
  if (is_correction(m, c.value)) return negative_amount_text(t);
  return t.trf("Geen oordeel: geen enkele gemeente in {1} heeft een cijfer.", {group.name});
}

}  // namespace

std::string negative_amount_text(const Translations& t) {
  return t.tr(
      "Een negatief bedrag is een correctie: de gemeente boekte dat jaar meer terug (bijvoorbeeld een terugbetaling "
      "of een verrekening met een vorig jaar) dan ze uitgaf op deze taakvelden. Het is geen uitgave, dus geen "
      "oordeel.");
}

BenchmarkLine benchmark_line(const FiguresStore& store, int gemeente, int variable, const Translations& t) {
  BenchmarkLine out;
  const IndicatorMeta& m = store.data.variables[static_cast<std::size_t>(variable)];
  const int si = series_of_variable(store, variable);
  const Source* src = si >= 0 && store.series[static_cast<std::size_t>(si)].source >= 0
                          ? &store.sources[static_cast<std::size_t>(store.series[static_cast<std::size_t>(si)].source)]
                          : nullptr;
  const bool own = src && src->kind == SourceKind::Own;
  const Group group =
      own ? group_in_file(store, variable) : make_group(store.bench, gemeente, GroupKind::Nederland, 10, {}, t);
  const Comparison c = compare(store.bench, gemeente, variable, group);
  const std::string n = std::to_string(c.members);
  const bool country = !own && c.members * 10 >= store.data.gemeenten.size() * 9;
  const bool rate = !m.descriptive && (m.unit == Unit::Percent || m.unit == Unit::PerThousand);
  const std::string who = own    ? t.trf("Uw bestand {1}", {src->file_name})
                          : !src ? std::string()
                                 : (src->publisher.empty() ? src->title : src->publisher);
  const std::string period(t.get(std::string_view(m.period)));
  const std::string value = format_value(m, c.value, t.lang);
  const std::string source = src ? (src->attribution.empty() ? src->title : src->attribution) : std::string();
  if (rate) {
    const std::string whole = format_value(m, c.weighted_mean, t.lang);
    out.text = country ? t.trf("{1} {2}: {3} (NL {4})", {who, period, value, whole})
                       : t.trf("{1} {2}: {3} ({4} gemeenten als geheel: {5})", {who, period, value, n, whole});
    out.tooltip = country ? t.trf(
                                "{1}, {2}. Nederland als geheel: alle tellers gedeeld door alle noemers, over {3} "
                                "gemeenten.",
                                {source, period, n})
                          : t.trf(
                                "{1}, {2}. De {3} gemeenten in het bestand als geheel: alle tellers gedeeld door "
                                "alle noemers. Geen cijfer voor heel Nederland.",
                                {source, period, n});
  } else {
    const std::string median = format_value(m, c.median, t.lang);
    const std::string group_name = own       ? t.trf("mediaan van {1} gemeenten in uw bestand", {n})
                                   : country ? std::string(t.tr("mediaan Nederland"))
                                             : t.trf("mediaan van {1} gemeenten in het bestand", {n});
    out.text = t.trf("{1} {2}: {3} ({4}: {5})", {who, period, value, group_name, median});
    out.tooltip = own ? t.trf(
                            "{1}, {2}. De middelste waarde van de {3} gemeenten in uw bestand; geen cijfer van het "
                            "CBS en niet voor heel Nederland.",
                            {source, period, n})
                      : t.trf("{1}, {2}. De middelste waarde van {3} gemeenten.", {source, period, n});
  }
  return out;
}

std::string reference_text(const Comparison& c, const IndicatorMeta& m, const Translations& t) {
  const std::string value = format_value(m, c.reference_value, t.lang);
  switch (c.reference) {
    case Reference::GroupRate: return t.trf("groep als geheel {1}", {value});
    case Reference::GroupMean: return t.trf("gemiddelde {1}", {value});
    case Reference::GroupMedian: return t.trf("mediaan {1}", {value});
    case Reference::None: break;
  }
  return {};
}

std::string reference_caption(const Comparison& c, const IndicatorMeta& m, const Translations& t) {
  if (c.reference == Reference::None) return {};
  return t.trf("t.o.v. {1}", {reference_text(c, m, t)});
}

std::string headline_sentence(const Comparison& c, const IndicatorMeta& m, std::string_view gemeente,
                              const Group& group, const Translations& t) {
  const Lang lang = t.lang;
  const std::string name(t.get(std::string_view(m.name)));
  const std::string period(t.get(std::string_view(m.period)));
  // "(2020)", but ", KWB 2021 (inkomensjaar ...)." where the period has brackets of its own.
  std::string out = period.find('(') == std::string::npos
                        ? t.trf("{1} in {2} ({3}). ", {name, std::string(gemeente), period})
                        : t.trf("{1} in {2}, {3}. ", {name, std::string(gemeente), period});
  const std::string against = judged_against(c, m, group, t);
  const std::vector<std::string> spread = {group_words(c, group, t), format_value(m, c.median, lang),
                                           middle_half(c, m, lang)};
  switch (c.verdict) {
    case Verdict::Better: out += t.trf("Gunstiger dan {1}, en dat verschil is geen toeval.", {against}); break;
    case Verdict::Worse: out += t.trf("Ongunstiger dan {1}, en dat verschil is geen toeval.", {against}); break;
    case Verdict::Comparable: out += t.trf("Vergelijkbaar met {1}: het verschil kan toeval zijn.", {against}); break;
    case Verdict::Higher:
      return out + t.trf("Hoger dan de middelste helft van {1} (mediaan {2}, middelste helft {3}).", spread);
    case Verdict::Lower:
      return out + t.trf("Lager dan de middelste helft van {1} (mediaan {2}, middelste helft {3}).", spread);
    case Verdict::Similar:
      return out + t.trf("In de middelste helft van {1} (mediaan {2}, middelste helft {3}).", spread);
    case Verdict::Unknown: return out + no_verdict_reason(c, m, gemeente, group, t);
  }
  // A rate or mean as reference: the median is the other figure people ask for.
  out += t.trf(" Mediaan van de groep: {1}.", {format_value(m, c.median, lang)});
  return out;
}

std::string verdict_explanation(const Comparison& c, const IndicatorMeta& m, const Group& group,
                                const Translations& t) {
  if (c.verdict == Verdict::Unknown) return no_verdict_reason(c, m, t.tr("deze gemeente"), group, t);
  const Lang lang = t.lang;
  const std::string value = format_value(m, c.value, lang);
  const std::string verdict = t.get(verdict_label(c.verdict));
  const std::string reference = format_value(m, c.reference_value, lang);
  using FV = stats::FunnelVerdict;
  std::string out;
  switch (c.reference) {
    case Reference::GroupRate: {
      const std::string test =
          c.funnel == FV::Within ? t.tr("binnen de 95 %-grenzen van de trechter: het verschil kan toeval zijn")
          : (c.funnel == FV::Above998 || c.funnel == FV::Below998)
              ? t.tr("buiten de 99,8 %-grenzen van de trechter: vrijwel zeker geen toeval")
              : t.tr("buiten de 95 %-grenzen van de trechter (maar binnen 99,8 %): waarschijnlijk geen toeval");
      out = t.trf("{1}: {2} tegen {3} voor {4} als geheel (alle tellers gedeeld door alle noemers); {5}.",
                  {verdict, value, reference, group_words(c, group, t), test});
      break;
    }
    case Reference::GroupMean:
      out = t.trf("{1}: {2} tegen gemiddeld {3} in {4}; z-score {5} (een verschil telt vanaf 2 standaardafwijkingen).",
                  {verdict, value, reference, group_words(c, group, t), format_number(c.z, 1, lang)});
      break;
    case Reference::GroupMedian:
      out = t.trf(
          "{1}: {2} tegen een mediaan van {3} in {4}. De middelste helft van de groep ligt tussen {5}; daarboven heet "
          "hoger, daaronder lager.",
          {verdict, value, reference, group_words(c, group, t), middle_half(c, m, lang)});
      break;
    case Reference::None: break;
  }
  const std::string direction = t.get(direction_label(m.direction));
  if (m.direction == Direction::Context) {
    out += t.tr(" Dit is context: hoger is niet beter of slechter.");
  } else if (m.descriptive) {
    out += t.trf(
        " Zonder teller en noemer is er geen toets of het verschil toeval is: dit zegt alleen waar de gemeente in de "
        "groep staat. Richting: {1}.",
        {direction});
  } else {
    out += t.trf(" Richting: {1}.", {direction});
  }
  return out;
}

}  // namespace jv
