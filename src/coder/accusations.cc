#include "coder/accusations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace khaldun::internal {
namespace {

constexpr std::array<std::string_view, 11> kReportingLemmas = {
    "SAY",  "STATE",    "ADD",  "FIND",  "CONCLUDE", "CALL",
    "DESCRIBE", "TERM", "BRAND", "LABEL", "WARN"};

// "accusations of genocide", "the Genocide Convention", "a genocide case":
// words that make the name a topic, not a judgement the speaker passes.
// "investigating war crimes", "an inquiry into genocide": an inquiry, not a
// finding.
constexpr std::array<std::string_view, 18> kTopicWords = {
    "accusations", "accusation",    "allegations", "allegation", "claims",      "claim",
    "charges",     "charge",        "evidence",    "denied",     "denies",      "deny",
    "investigate", "investigating", "inquiry",     "into",       "investigation", "probe"};
constexpr std::array<std::string_view, 6> kTopicAfter = {"convention", "case",     "trial",
                                                         "tribunal",   "memorial", "museum"};

// The length of the atrocity's name at k, or 0.
uint32_t AtrocityNameAt(std::span<const Token> tokens, uint32_t k) {
  auto word = [&](uint32_t i, std::string_view w) {
    return i < tokens.size() && IsWord(tokens[i], w);
  };
  if (word(k, "genocide") || word(k, "genocidal")) return 1;
  if (word(k, "ethnic") && word(k + 1, "cleansing")) return 2;
  if (word(k, "war") && (word(k + 1, "crimes") || word(k + 1, "crime") ||
                         word(k + 1, "criminal") || word(k + 1, "criminals")))
    return 2;
  if ((word(k, "crimes") || word(k, "crime")) && word(k + 1, "against") && word(k + 2, "humanity"))
    return 3;
  return 0;
}

// Whether the name at k (of length n) is negated or a topic.
bool NotAsserted(std::span<const Token> tokens, uint32_t k, uint32_t n) {
  for (uint32_t i = k >= 4 ? k - 4 : 0; i < k; ++i)
    if (IsNegation(tokens[i]) || IsWord(tokens[i], "no") || InWords(kTopicWords, tokens[i]))
      return true;
  // "... and the ethnic cleansing being stopped": a name after a definite
  // determiner refers to a deed the text takes as known, it is no finding.
  // ("calling the killings a war crime" is one.)
  static constexpr std::array<std::string_view, 6> kKnown = {"the",   "this",  "that",
                                                             "these", "those", "such"};
  if (k > 0 && InWords(kKnown, tokens[k - 1])) return true;
  return k + n < tokens.size() && InWords(kTopicAfter, tokens[k + n]);
}

// ", Amnesty International said", "in what UN rights chief Zeid called":
// the verb's subject, just before it, is set off from what comes before.
bool SubjectSetOffBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                         TokenSpan verb) {
  for (const Mention& m : mentions) {
    if (m.span.empty() || m.span.end > verb.begin || m.span.end + 4 < verb.begin) continue;
    if (m.span.begin == 0) continue;
    const Token& before = tokens[m.span.begin - 1];
    uint32_t b = m.span.begin - 1;
    // past a determiner: ", the UN human rights chief said"
    if (IsDeterminer(before) && b > 0) --b;
    if (tokens[b].text == "," || IsWord(tokens[b], "what")) return true;
  }
  return false;
}

}  // namespace

AtrocityReport AtrocityInReport(std::string_view lemma, std::span<const Token> tokens,
                                std::span<const Mention> mentions, TokenSpan verb) {
  AtrocityReport report;
  bool reporting = false;
  for (std::string_view l : kReportingLemmas) reporting |= lemma == l;
  if (!reporting) return report;
  // After the verb, to the sentence's end.
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), verb.end + 45);
  for (uint32_t k = verb.end; k < end && report.term < 0; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") break;
    // "..., and the ICC said it was investigating war crimes": another
    // speaker's report is not this verb's.
    if (k > verb.end && (IsWord(tokens[k], "said") || IsWord(tokens[k], "says"))) break;
    if (const uint32_t n = AtrocityNameAt(tokens, k); n > 0) {
      if (NotAsserted(tokens, k, n)) return report;
      report.term = static_cast<int>(k);
    }
  }
  if (report.term >= 0) {
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& m = mentions[x];
      if (m.span.empty() || m.locative || m.code.empty() || m.span.begin < verb.end ||
          m.span.begin >= static_cast<uint32_t>(report.term))
        continue;
      report.perpetrator = static_cast<int>(x);
      break;
    }
    report.refers_back = report.perpetrator < 0;
    return report;
  }
  // Before the verb, when the verb's report comes first. Only a verb that
  // names the deed ("..., in what the envoy called genocide") accuses: a
  // plain attribution set off after the report ("the militia carried out
  // ethnic cleansing in the town, the rights group said") names the source
  // of the news, and the deed is coded as what it is.
  if (lemma == "SAY" || lemma == "STATE" || lemma == "ADD" || lemma == "FIND" ||
      lemma == "CONCLUDE" || lemma == "WARN")
    return report;
  if (!SubjectSetOffBefore(tokens, mentions, verb)) return report;
  for (uint32_t k = verb.begin; k-- > 0;) {
    if (tokens[k].text == "." || tokens[k].text == ";") break;
    if (const uint32_t n = AtrocityNameAt(tokens, k); n > 0) {
      if (NotAsserted(tokens, k, n)) return report;
      report.term = static_cast<int>(k);
      report.refers_back = true;
      break;
    }
  }
  return report;
}

}  // namespace khaldun::internal
