// Courts, judges and prosecutors named without a country
// (coder/justice_roles.h).

#include "coder/justice_roles.h"

#include <array>

#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

bool MayBeDomesticJustice(std::span<const Token> tokens, size_t begin, size_t end,
                          std::string_view role) {
  if (role == "LAWYER" || role == "ATTORNEY" || role == "BAR ASSOCIATION") return false;
  const Token& first = tokens[begin];
  if (IsWord(first, "the") || IsWord(first, "this") || IsWord(first, "that") ||
      IsPossessivePronoun(first))
    return false;
  if (end < tokens.size()) {
    const Token& after = tokens[end];
    if (IsWord(after, "at") || IsWord(after, "of") || IsWord(after, "from") ||
        IsWord(after, "in") || after.pos == kPosNN || after.pos == kPosNNS ||
        after.pos == kPosNNP || after.pos == kPosNNPS || after.pos == kPosPOS)
      return false;
  }
  // ("the supreme court": past one or two adjectives to the determiner.)
  size_t b = begin;
  for (int skipped = 0; skipped < 2 && b > 0; ++skipped, --b) {
    const Token& t = tokens[b - 1];
    if (!t.Has(kTokenWord) || t.Has(kTokenCapitalized) || IsDeterminer(t) ||
        IsPossessivePronoun(t) || !(t.pos == kPosJJ || t.pos == kPosNone))
      break;
  }
  if (b < begin && b > 0 && (IsWord(tokens[b - 1], "the") || IsPossessivePronoun(tokens[b - 1])))
    return false;
  if (begin == 0) return true;
  const Token& before = tokens[begin - 1];
  if (IsWord(before, "the") || IsWord(before, "as") || IsPossessivePronoun(before) ||
      IsPreposition(before))
    return false;
  switch (before.pos) {
    case kPosIN:  // "trial without jury"
    case kPosTO:
    case kPosVB:
    case kPosVBD:
    case kPosVBG:
    case kPosVBN:
    case kPosVBP:
    case kPosVBZ:
      return false;
    default:
      return true;
  }
}

bool JusticeOfOtherParty(std::string_view code, std::string_view other) {
  static constexpr std::array<std::string_view, 9> kSectors = {"GOV", "LEG", "JUD", "PTY", "OPP",
                                                               "REB", "SEP", "INS", "ELI"};
  if (!code.ends_with("JUD") || other.size() != 6) return false;
  for (std::string_view sector : kSectors)
    if (other.substr(3) == sector) return true;
  return false;
}

}  // namespace khaldun::internal
