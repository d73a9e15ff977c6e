#include "coder/inquiry_doers.h"

#include <algorithm>
#include <string_view>

#include "coder/clause.h"
#include "coder/gap_runs.h"

namespace khaldun::internal {
namespace {

// Whether the token begins with `lower` (lower case), ignoring case.
bool StartsWithWord(const Token& t, std::string_view lower) {
  if (t.text.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = t.text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Nouns of an inquiry a verb may take as its object ("ordered an INQUIRY
// into", "set up a fact-finding MISSION into").
constexpr std::string_view kInquiryNouns[] = {
    "investigation", "investigations", "inquiry", "inquiries", "probe",  "probes",
    "mission",       "commission",     "enquiry", "enquiries", "inquest"};

// Verbs that are the inquiry themselves ("investigating abuses committed by
// the militia", "to probe killings by the police").
bool InquiryVerb(const Token& t) {
  return StartsWithWord(t, "investigat") || IsWord(t, "probe") || IsWord(t, "probed") ||
         IsWord(t, "probing") || IsWord(t, "probes");
}

// What an inquiry into abuses is about: people killed, hurt or made to
// disappear by those in power or in arms.
constexpr std::string_view kAbuses[] = {
    "killing",    "killings",       "death",     "deaths",     "abuse",       "abuses",
    "torture",    "crackdown",      "execution", "executions", "massacre",    "massacres",
    "atrocities", "atrocity",       "shooting",  "shootings",  "repression",  "rape",
    "rapes",      "disappearances", "brutality", "violations", "mistreatment"};

// A word that ends the inquiry's phrase: a subordinate clause ("..., two
// weeks after the court's ruling"), a clause joined after a comma (", and
// the army said"), a present or modal verb. (Not a past one: a reduced
// relative, "killings carried out by the police", is read as VBD as often
// as VBN.)
constexpr std::string_view kClauseOpeners[] = {"after", "before",  "while", "as",       "when",
                                               "since", "because", "but",   "although", "whereas"};

bool EndsPhrase(std::span<const Token> tokens, uint32_t k) {
  const Token& t = tokens[k];
  if (t.text == ";" || t.text == ":" || InWords(kClauseOpeners, t)) return true;
  // "to investigate war crimes HAVE been blocked by Russia": a present or
  // modal verb is the sentence's own.
  if (t.pos == kPosVBZ || t.pos == kPosVBP || t.pos == kPosMD) return true;
  return k > 0 && tokens[k - 1].text == "," && (IsWord(t, "and") || IsWord(t, "which"));
}

}  // namespace

InquiryDoer DoerUnderInquiry(std::span<const Token> tokens, std::span<const Mention> mentions,
                             TokenSpan trigger, int not_this) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (trigger.end > n || trigger.empty()) return {};
  // Where the phrase of what is looked into begins.
  uint32_t begin = 0;
  bool found = false;
  for (uint32_t k = trigger.begin; k < trigger.end; ++k)
    if (IsWord(tokens[k], "into") || InquiryVerb(tokens[k])) {
      begin = trigger.end;
      found = true;
    }
  // "ordered an investigation on Tuesday into", "authorised a full
  // investigation into", "set up a commission into": an inquiry noun, in
  // the trigger or a few words after it, then "into".
  for (uint32_t k = trigger.begin; !found && k < n && k < trigger.end + 6; ++k) {
    if (k >= trigger.end && EndsPhrase(tokens, k)) break;
    if (InWords(kInquiryNouns, tokens[k]) || InquiryVerb(tokens[k])) {
      for (uint32_t j = k + 1; j < n && j < k + 5; ++j) {
        if (IsWord(tokens[j], "into")) {
          begin = j + 1;
          found = true;
          break;
        }
        if (EndsPhrase(tokens, j)) break;
      }
      if (!found && InquiryVerb(tokens[k])) {
        begin = k + 1;
        found = true;
      }
    }
  }
  if (!found) return {};
  // The phrase ends at a comma, unless the comma continues a list
  // ("killings, torture and rapes committed by ..."): past it another
  // clause speaks ("..., the speaker said, marking a climbdown by the
  // authorities").
  uint32_t end = begin;
  while (end < n && end < begin + 30 && !EndsPhrase(tokens, end)) {
    if (tokens[end].text == ",") {
      const uint32_t run = CommaRunEnd(tokens, end, n);
      if (run == end) break;
      end = run;
      continue;
    }
    ++end;
  }
  bool abuse = false, war_crimes = false;
  for (uint32_t k = begin; k < end; ++k) {
    abuse |= InWords(kAbuses, tokens[k]);
    if (IsWord(tokens[k], "war") && k + 1 < end &&
        (IsWord(tokens[k + 1], "crimes") || IsWord(tokens[k + 1], "crime")))
      abuse = war_crimes = true;
  }
  if (!abuse) return {};
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (static_cast<int>(x) == not_this || m.code.empty() || m.locative || m.span.empty() ||
        m.span.begin < begin || m.span.begin >= end)
      continue;
    // "committed by Burundian state agents", "by the police".
    uint32_t b = m.span.begin;
    if (b > begin && IsDeterminer(tokens[b - 1])) --b;
    const bool agent = b > begin && IsWord(tokens[b - 1], "by");
    // "the junta's crackdown", "Duterte's deadly war on drugs".
    bool owner = false;
    if (m.possessive)
      for (uint32_t k = m.span.end; k < end && k < m.span.end + 3; ++k)
        owner |= InWords(kAbuses, tokens[k]) || IsWord(tokens[k], "war");
    if (agent || owner) return {static_cast<int>(x), war_crimes ? "094" : "092"};
  }
  return {};
}

}  // namespace khaldun::internal
