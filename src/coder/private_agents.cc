// A passive's agent named as a private person; see coder/private_agents.h.

#include "coder/private_agents.h"

#include <string_view>

#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// Nouns for a person acting on their own account. (Roles with a party,
// "gunman", "soldier", "policeman", are agents in agents.txt instead.)
constexpr std::string_view kPrivatePersons[] = {"man",   "woman",     "teenager",
                                                "youth", "pensioner", "boy"};

// The person noun of "a 71-year-old local man" starting at `k`, or 0.
uint32_t PersonNounFrom(std::span<const Token> tokens, uint32_t k, uint32_t end) {
  if (k >= end || !(IsWord(tokens[k], "a") || IsWord(tokens[k], "an"))) return 0;
  ++k;
  // ("a 41-year-old unemployed local man": ages and plain modifiers, never a
  // capitalised word, which would be a nationality or a name.)
  for (int skipped = 0; skipped < 4 && k < end; ++skipped, ++k) {
    const Token& t = tokens[k];
    if (InWords(kPrivatePersons, t)) return k;
    if (t.Has(kTokenCapitalized) || !t.Has(kTokenWord)) return 0;
    const bool modifier = t.pos == kPosJJ || t.pos == kPosVBN || t.pos == kPosCD ||
                          t.text.find('-') != std::string_view::npos;
    if (!modifier) return 0;
  }
  return k < end && InWords(kPrivatePersons, tokens[k]) ? k : 0;
}

}  // namespace

TokenSpan PrivatePersonAgent(std::span<const Token> tokens, uint32_t after, uint32_t end) {
  if (end > tokens.size()) end = static_cast<uint32_t>(tokens.size());
  uint32_t by = after;
  while (by < end && by < after + 12 && !IsWord(tokens[by], "by")) ++by;
  if (by >= end || by >= after + 12) return {};
  const uint32_t first = by + 1;
  if (const uint32_t noun = PersonNounFrom(tokens, first, end); noun > 0)
    return {first, noun + 1};
  // "by Kenji Mori, a local man": a name, then the appositive that says who.
  uint32_t k = first;
  while (k < end && k < first + 4 && tokens[k].Has(kTokenCapitalized) &&
         tokens[k].pos == kPosNNP)
    ++k;
  if (k == first || k >= end || tokens[k].text != ",") return {};
  if (const uint32_t noun = PersonNounFrom(tokens, k + 1, end); noun > 0)
    return {first, noun + 1};
  return {};
}

bool MayNamePrivatePerson(std::span<const Token> tokens) {
  for (size_t by = 0; by < tokens.size(); ++by) {
    if (!IsWord(tokens[by], "by")) continue;
    for (size_t k = by + 1; k < tokens.size() && k <= by + 8; ++k)
      if (InWords(kPrivatePersons, tokens[k])) return true;
  }
  return false;
}

bool NamesAManOrWoman(std::span<const Token> tokens, uint32_t after) {
  static constexpr std::string_view kPersons[] = {"man", "men", "woman", "women"};
  static constexpr std::string_view kStops[] = {"of", "in", "on", "for", "over", "after",
                                                "to", "by", "with", "and", "who", "that"};
  for (uint32_t k = after; k < tokens.size() && k <= after + 4; ++k) {
    const Token& t = tokens[k];
    if (InWords(kPersons, t)) return true;
    if (!t.Has(kTokenWord) && !t.Has(kTokenNumber) && !t.Has(kTokenHyphenated)) return false;
    if (t.Has(kTokenCapitalized) || InWords(kStops, t)) return false;
  }
  return false;
}

}  // namespace khaldun::internal
