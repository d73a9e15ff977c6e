// Comma runs that a pattern's gap passes over (gap_runs.h).
#include "coder/gap_runs.h"

#include <algorithm>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "coder/verb_dates.h"

namespace khaldun::internal {
namespace {

bool IsLetterWord(const Token& t) {
  return !t.text.empty() &&
         ((t.text[0] >= 'a' && t.text[0] <= 'z') || (t.text[0] >= 'A' && t.text[0] <= 'Z'));
}

bool IsMemberWord(const Token& t) {
  return IsLetterWord(t) &&
         (IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosJJR || t.pos == kPosJJS);
}

// One list member at tokens[k]: an optional determiner or possessive, then
// one or two nouns or adjectives ("bank accounts"). One past it, or k.
uint32_t MemberEnd(std::span<const Token> tokens, uint32_t k, uint32_t end) {
  uint32_t at = k;
  if (at < end && (tokens[at].pos == kPosDT || tokens[at].pos == kPosPRPS)) ++at;
  const uint32_t first = at;
  while (at < end && at < first + 2 && IsMemberWord(tokens[at])) ++at;
  return at > first ? at : k;
}

uint32_t ListTailEnd(std::span<const Token> tokens, uint32_t at, uint32_t end) {
  if (at == 0 || !IsMemberWord(tokens[at - 1])) return at;
  uint32_t k = at + 1;
  while (k < end) {
    const uint32_t after = MemberEnd(tokens, k, end);
    if (after == k) return at;
    k = after;
    if (k < end && tokens[k].text == ",") ++k;  // "A, B, and C" too
    if (k < end && (IsWord(tokens[k], "and") || IsWord(tokens[k], "or"))) {
      // ("seized the capital, Bangui, and President Ali Musa fled": the
      // words after "and" open a clause of their own, whose subject goes on
      // as a name or is followed by its verb.)
      const uint32_t last = MemberEnd(tokens, k + 1, end);
      if (last == k + 1) return at;
      if (last < tokens.size()) {
        const uint8_t next = tokens[last].pos;
        if (next == kPosNNP || next == kPosNNPS || IsFiniteVerbTag(next)) return at;
      }
      return last;
    }
    if (tokens[k - 1].text != ",") return at;
  }
  return at;
}

uint32_t AsideEnd(std::span<const Token> tokens, uint32_t at, uint32_t end) {
  uint32_t k = at + 1;
  if (k + 1 < end && IsWord(tokens[k], "among") &&
      (IsWord(tokens[k + 1], "them") || IsWord(tokens[k + 1], "whom")))
    k += 2;
  else if (k + 1 < end && IsWord(tokens[k], "such") && IsWord(tokens[k + 1], "as"))
    k += 2;
  else if (k < end && (IsWord(tokens[k], "including") || IsWord(tokens[k], "notably")))
    k += 1;
  else
    return at;
  const uint32_t first = k;
  for (; k < end; ++k) {
    const Token& t = tokens[k];
    if (t.text == ",") return k > first ? k + 1 : at;
    if (t.text == ";" || t.text == ":" || t.text == "." || IsFiniteVerbTag(t.pos))
      return at;
  }
  return at;
}

}  // namespace

uint32_t ParentheticalEnd(std::span<const Token> tokens, uint32_t at, uint32_t end) {
  end = std::min<uint32_t>({end, static_cast<uint32_t>(tokens.size()), at + kMaxCommaRun});
  if (at == 0 || at + 1 >= end || tokens[at].text != ",") return at;
  // It describes a name or a noun: "Lagos, which", not "said, which".
  if (!IsNounTag(tokens[at - 1].pos)) return at;
  const Token& first = tokens[at + 1];
  const bool relative = first.pos == kPosWDT || first.pos == kPosWP || first.pos == kPosWPS;
  // An appositive opens as a noun phrase or an adverb of it ("long seen
  // as"), not as a clause, a list's next member after "and", or a
  // participle ("saying", "killing").
  // (Or a participle phrase, "extradited Alex Saab, accused of laundering
  // money, to the United States", or companions, ", along with ...,".)
  const bool appositive = first.pos == kPosDT || first.pos == kPosPRPS || first.pos == kPosCD ||
                          first.pos == kPosJJ || first.pos == kPosJJS || first.pos == kPosRB ||
                          first.pos == kPosVBN || IsNounTag(first.pos) ||
                          (IsWord(first, "along") && at + 2 < end && IsWord(tokens[at + 2], "with"));
  if (!relative && !appositive) return at;
  // "fought with tanks, mortars and rocket launchers along the border, with
  // ...": the tail of a list is no parenthetical.
  if (!relative && ListTailEnd(tokens, at, end) > at) return at;
  for (uint32_t k = at + 2; k < end; ++k) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ":" || t.text == "." || t.text == "?" || t.text == "!")
      return at;
    if (!relative && IsFiniteVerbTag(t.pos)) return at;
    if (t.text == ",") {
      if (k + 1 >= tokens.size()) return at;
      // (A subordinating word opens a clause of its own: "told Ankara, its
      // ally, that the truce must hold".)
      static constexpr std::string_view kSubordinators[] = {
          "that", "because", "while", "if", "whether", "although", "though", "since", "unless"};
      // Nor one a date follows ("began a joint exercise, known as Golden
      // Dragon, on Thursday, with ..."): the date is no complement.
      const Token& next = tokens[k + 1];
      return (next.pos == kPosIN || next.pos == kPosTO) && !InWords(kSubordinators, next) &&
                     !OpensADate(tokens, k + 1)
                 ? k + 1
                 : at;
    }
  }
  return at;
}

uint32_t NamingPhraseEnd(std::span<const Token> tokens, uint32_t at, uint32_t end) {
  static constexpr std::string_view kNaming[] = {"called",   "described", "termed",  "dubbed",
                                                 "labelled", "labeled",   "branded", "calls",
                                                 "describes"};
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  if (at + 2 >= end || !IsWord(tokens[at], "what")) return at;
  for (uint32_t k = at + 2; k < end && k <= at + 5; ++k) {
    const Token& t = tokens[k];
    if (InWords(kNaming, t)) {
      const uint32_t after = k + 1 < end && IsWord(tokens[k + 1], "as") ? k + 2 : k + 1;
      return after < end ? after : at;
    }
    if (t.text == "," || IsFiniteVerbTag(t.pos) || t.pos == kPosVB) return at;
  }
  return at;
}

uint32_t CommaRunEnd(std::span<const Token> tokens, uint32_t at, uint32_t end) {
  end = std::min<uint32_t>({end, static_cast<uint32_t>(tokens.size()), at + kMaxCommaRun + 1});
  if (at >= end || tokens[at].text != ",") return at;
  const uint32_t aside = AsideEnd(tokens, at, end);
  if (aside > at) return aside;
  return ListTailEnd(tokens, at, end);
}

uint32_t CarrierRunEnd(std::span<const Token> tokens, uint32_t at, uint32_t end) {
  static constexpr std::string_view kCarriers[] = {
      "plane",      "planes",     "aircraft",  "airplanes",  "truck",      "trucks",
      "lorry",      "lorries",    "convoy",    "convoys",    "ship",       "ships",
      "vessel",     "vessels",    "helicopters", "flights",  "planeloads", "truckloads",
      "shiploads",  "boatloads",  "plane-loads", "truck-loads", "cargo",   "airlift"};
  // Words of carrying, and whether "with" must follow ("loaded with").
  static constexpr std::string_view kCarrying[] = {"carrying", "bringing", "bearing", "ferrying",
                                                   "of"};
  static constexpr std::string_view kFilled[] = {"loaded", "laden", "packed", "filled", "stuffed"};
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  if (at + 1 >= end || !InWords(kCarriers, tokens[at])) return at;
  if (InWords(kCarrying, tokens[at + 1])) return at + 2;
  if (at + 2 < end && InWords(kFilled, tokens[at + 1]) && IsWord(tokens[at + 2], "with"))
    return at + 3;
  return at;
}

}  // namespace khaldun::internal
