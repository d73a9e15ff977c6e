#include "coder/threats.h"

#include <array>

#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

// Acts of the speaker's side that make a consequence a threat: "would act",
// "will respond", "could strike", "had the right to use nuclear weapons".
// ("would suffer", "would be hurt", "could collapse" say what the speaker
// fears, not what it would do.)
constexpr std::array<std::string_view, 16> kActs = {
    "act",     "respond",   "retaliate", "strike", "hit",    "attack",  "use",     "take",
    "react",   "intervene", "defend",    "punish", "destroy", "answer", "impose", "fire"};

}  // namespace

bool IsWarningVerb(std::string_view lemma) { return lemma == "WARN" || lemma == "CAUTION"; }

int ConditionAfterConsequence(std::span<const Token> tokens, uint32_t from, uint32_t reach) {
  static constexpr std::array<std::string_view, 4> kModals = {"would", "will", "could", "might"};
  bool consequence = false;
  for (uint32_t k = from; k < tokens.size() && k < from + reach; ++k) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ":" || t.text == ".") return -1;
    if (IsWord(t, "if") || IsWord(t, "unless")) return consequence ? static_cast<int>(k) : -1;
    // "would act", "would certainly respond", "had the right to use": the
    // act within three words of the modal or of "the right to".
    const bool modal = InWords(kModals, t) ||
                       (IsWord(t, "right") && k + 1 < tokens.size() && IsWord(tokens[k + 1], "to"));
    for (uint32_t q = k + 1; modal && q < tokens.size() && q <= k + 3; ++q)
      if (InWords(kActs, tokens[q])) consequence = true;
  }
  return -1;
}

}  // namespace khaldun::internal
