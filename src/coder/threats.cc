#include "coder/threats.h"

#include <algorithm>
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

// Penalties another party would undergo at someone's hands, read after
// "be": "would be targeted", "could be sanctioned". ("would be hit hard",
// "would take years to recover" tell a forecast.)
constexpr std::array<std::string_view, 6> kPenalties = {
    "targeted", "punished", "sanctioned", "attacked", "struck", "bombed"};

// The token of "if"/"unless" within `reach` tokens after `from`, in the same
// sentence part, once `consequence(k)` has held for a token k before it.
template <typename Consequence>
int ConditionAfter(std::span<const Token> tokens, uint32_t from, uint32_t reach,
                   Consequence consequence) {
  bool found = false;
  for (uint32_t k = from; k < tokens.size() && k < from + reach; ++k) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ":" || t.text == ".") return -1;
    if (IsWord(t, "if") || IsWord(t, "unless")) return found ? static_cast<int>(k) : -1;
    found |= consequence(k);
  }
  return -1;
}

constexpr std::array<std::string_view, 4> kModals = {"would", "will", "could", "might"};

}  // namespace

bool IsWarningVerb(std::string_view lemma) { return lemma == "WARN" || lemma == "CAUTION"; }

int ConditionAfterConsequence(std::span<const Token> tokens, uint32_t from, uint32_t reach) {
  return ConditionAfter(tokens, from, reach, [&](uint32_t k) {
    // "would act", "would certainly respond", "had the right to use": the
    // act within three words of the modal or of "the right to".
    const Token& t = tokens[k];
    const bool modal = InWords(kModals, t) ||
                       (IsWord(t, "right") && k + 1 < tokens.size() && IsWord(tokens[k + 1], "to"));
    for (uint32_t q = k + 1; modal && q < tokens.size() && q <= k + 3; ++q)
      if (InWords(kActs, tokens[q])) return true;
    return false;
  });
}

int ConditionAfterPenalty(std::span<const Token> tokens, uint32_t from, uint32_t reach) {
  return ConditionAfter(tokens, from, reach, [&](uint32_t k) {
    // "would be targeted", "could well be sanctioned".
    if (!InWords(kModals, tokens[k])) return false;
    for (uint32_t q = k + 1; q + 1 < tokens.size() && q <= k + 2; ++q)
      if (IsWord(tokens[q], "be") && InWords(kPenalties, tokens[q + 1])) return true;
    return false;
  });
}

bool ActCountsAsWarAfter(std::span<const Token> tokens, uint32_t from, uint32_t reach) {
  static constexpr std::array<std::string_view, 13> kEquating = {
      "as",         "be",    "is",    "are",  "constitute", "constitutes", "mean",
      "means",      "to",    "being", "been", "considered", "deemed"};
  static constexpr std::array<std::string_view, 3> kArticles = {"a", "an", "the"};
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), from + reach);
  for (uint32_t k = from; k < end; ++k) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ":" || t.text == ".") return false;
    // "declaration of war", "act of war", "acts of war"; or a bare "war"
    // right after "mean" ("would mean war").
    uint32_t head = k;
    const bool of_war = (IsWord(t, "declaration") || IsWord(t, "act") || IsWord(t, "acts")) &&
                        k + 2 < tokens.size() && IsWord(tokens[k + 1], "of") &&
                        IsWord(tokens[k + 2], "war");
    const bool mean_war = IsWord(t, "war") && k > from &&
                          (IsWord(tokens[k - 1], "mean") || IsWord(tokens[k - 1], "means"));
    if (!of_war && !mean_war) continue;
    if (mean_war) return true;
    if (head > from && InWords(kArticles, tokens[head - 1])) --head;
    if (head > from && InWords(kEquating, tokens[head - 1])) return true;
  }
  return false;
}

}  // namespace khaldun::internal
