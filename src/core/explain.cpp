#include "core/explain.h"

#include <cmath>

#include "core/format.h"

namespace jv {

namespace {

// "Jeugdregio Gooi en Vechtstreek als geheel (10,5 %)" / "het gemiddelde van ... (4,2)".
std::string judged_against(const Comparison& c, const IndicatorMeta& m, const Group& group) {
  const std::string value = format_value(m, c.reference_value);
  switch (c.reference) {
    case Reference::GroupRate: return group.name + " als geheel (" + value + ")";
    case Reference::GroupMean: return "het gemiddelde van " + group.name + " (" + value + ")";
    case Reference::GroupMedian: return "de mediaan van " + group.name + " (" + value + ")";
    case Reference::None: break;
  }
  return group.name;
}

std::string middle_half(const Comparison& c, const IndicatorMeta& m) {
  return format_value(m, c.q1) + " \xE2\x80\x93 " + format_value(m, c.q3);
}

// Why there is no verdict.
std::string no_verdict_reason(const Comparison& c, const IndicatorMeta& m, std::string_view gemeente,
                              const Group& group) {
  if (group.kind == GroupKind::Custom && group.members.empty()) {
    return "Uw eigen lijst is nog leeg: kies gemeenten bij Vergelijkbare gemeenten om mee te vergelijken.";
  }
  if (std::isnan(c.value)) return "Geen oordeel: er is geen cijfer voor " + std::string(gemeente) + ".";
  if (m.size_dependent) {
    return "Geen oordeel: een totaal hangt af van de grootte van de gemeente. Vergelijk per inwoner of per jeugdige.";
  }
  return "Geen oordeel: geen enkele gemeente in " + group.name + " heeft een cijfer.";
}

}  // namespace

std::string reference_text(const Comparison& c, const IndicatorMeta& m) {
  const std::string value = format_value(m, c.reference_value);
  switch (c.reference) {
    case Reference::GroupRate: return "groep als geheel " + value;
    case Reference::GroupMean: return "gemiddelde " + value;
    case Reference::GroupMedian: return "mediaan " + value;
    case Reference::None: break;
  }
  return {};
}

std::string reference_caption(const Comparison& c, const IndicatorMeta& m) {
  if (c.reference == Reference::None) return {};
  return "t.o.v. " + reference_text(c, m);
}

std::string headline_sentence(const Comparison& c, const IndicatorMeta& m, std::string_view gemeente,
                              const Group& group) {
  // "(2020)", but ", KWB 2021 (inkomensjaar ...)." where the period has brackets of its own.
  std::string out = m.name + " in " + std::string(gemeente) +
                    (m.period.find('(') == std::string::npos ? " (" + m.period + "). " : ", " + m.period + ". ");
  const std::string against = judged_against(c, m, group);
  switch (c.verdict) {
    case Verdict::Better: out += "Gunstiger dan " + against + ", en dat verschil is geen toeval."; break;
    case Verdict::Worse: out += "Ongunstiger dan " + against + ", en dat verschil is geen toeval."; break;
    case Verdict::Comparable: out += "Vergelijkbaar met " + against + ": het verschil kan toeval zijn."; break;
    case Verdict::Higher:
      return out + "Hoger dan de middelste helft van " + group.name + " (mediaan " + format_value(m, c.median) +
             ", middelste helft " + middle_half(c, m) + ").";
    case Verdict::Lower:
      return out + "Lager dan de middelste helft van " + group.name + " (mediaan " + format_value(m, c.median) +
             ", middelste helft " + middle_half(c, m) + ").";
    case Verdict::Similar:
      return out + "In de middelste helft van " + group.name + " (mediaan " + format_value(m, c.median) +
             ", middelste helft " + middle_half(c, m) + ").";
    case Verdict::Unknown: return out + no_verdict_reason(c, m, gemeente, group);
  }
  // A rate or mean as reference: the median is the other figure people ask for.
  out += " Mediaan van de groep: " + format_value(m, c.median) + ".";
  return out;
}

std::string verdict_explanation(const Comparison& c, const IndicatorMeta& m, const Group& group) {
  if (c.verdict == Verdict::Unknown) return no_verdict_reason(c, m, "deze gemeente", group);
  const std::string value = format_value(m, c.value);
  using FV = stats::FunnelVerdict;
  std::string out;
  switch (c.reference) {
    case Reference::GroupRate: {
      const std::string test =
          c.funnel == FV::Within ? "binnen de 95 %-grenzen van de trechter: het verschil kan toeval zijn"
          : (c.funnel == FV::Above998 || c.funnel == FV::Below998)
              ? "buiten de 99,8 %-grenzen van de trechter: vrijwel zeker geen toeval"
              : "buiten de 95 %-grenzen van de trechter (maar binnen 99,8 %): waarschijnlijk geen toeval";
      out = std::string(verdict_label(c.verdict)) + ": " + value + " tegen " + format_value(m, c.reference_value) +
            " voor " + group.name + " als geheel (alle tellers gedeeld door alle noemers); " + test + ".";
      break;
    }
    case Reference::GroupMean:
      out = std::string(verdict_label(c.verdict)) + ": " + value + " tegen gemiddeld " +
            format_value(m, c.reference_value) + " in " + group.name + "; z-score " + format_number(c.z, 1) +
            " (een verschil telt vanaf 2 standaardafwijkingen).";
      break;
    case Reference::GroupMedian:
      out = std::string(verdict_label(c.verdict)) + ": " + value + " tegen een mediaan van " +
            format_value(m, c.reference_value) + " in " + group.name +
            ". De middelste helft van de groep ligt tussen " + middle_half(c, m) +
            "; daarboven heet hoger, daaronder lager.";
      break;
    case Reference::None: break;
  }
  if (m.direction == Direction::Context) {
    out += " Dit is context: hoger is niet beter of slechter.";
  } else if (m.descriptive) {
    out += std::string(
               " Zonder teller en noemer is er geen toets of het verschil toeval is: dit zegt alleen waar de "
               "gemeente in de groep staat. Richting: ") +
           direction_label(m.direction) + ".";
  } else {
    out += std::string(" Richting: ") + direction_label(m.direction) + ".";
  }
  return out;
}

}  // namespace jv
