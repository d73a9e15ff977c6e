#include "coder/claims.h"

#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

// Nouns of an attack a group may claim.
constexpr std::string_view kAttackWords[] = {
    "attack",  "attacks", "bombing", "bombings", "blast",    "blasts",   "explosion",
    "assault", "ambush",  "raid",    "raids",    "massacre", "shooting", "bombardment",
    "bomb",    "bombs",   "strike",  "strikes",  "killing",  "killings", "kidnapping",
    "assaults", "ambushes", "shootings", "explosions", "abduction"};

bool IsAttackWord(const Token& t) {
  for (std::string_view w : kAttackWords)
    if (IsWord(t, w)) return true;
  return false;
}

// "did not claim", "no group has claimed", "never claimed", "denied": a
// word in the three before the verb that takes the claim back.
bool ClaimNegated(std::span<const Token> tokens, uint32_t k) {
  static constexpr std::string_view kNegators[] = {"not",    "n't",    "never",  "no",
                                                   "denied", "denies", "nobody", "none"};
  for (uint32_t j = k >= 3 ? k - 3 : 0; j < k; ++j)
    for (std::string_view w : kNegators)
      if (IsWord(tokens[j], w)) return true;
  return false;
}

}  // namespace

uint32_t AttackClaimVerb(std::span<const Token> tokens) {
  static constexpr std::string_view kClaim[] = {"claimed", "claims", "claim"};
  static constexpr std::string_view kAdmit[] = {"admitted", "admits", "acknowledged",
                                                "acknowledges", "confessed"};
  for (uint32_t k = 1; k + 1 < tokens.size(); ++k) {
    bool claim = false, admit = false;
    for (std::string_view w : kClaim) claim |= IsWord(tokens[k], w);
    for (std::string_view w : kAdmit) admit |= IsWord(tokens[k], w);
    if (!claim && !admit) continue;
    // "was claimed by", "were claimed": a passive, read by AttackClaimedBy.
    if (IsWord(tokens[k - 1], "was") || IsWord(tokens[k - 1], "were") ||
        IsWord(tokens[k - 1], "been") || IsWord(tokens[k - 1], "be") ||
        IsWord(tokens[k + 1], "by") || ClaimNegated(tokens, k))
      continue;
    // The claimed thing within the next five words, before any punctuation:
    // "responsibility" or "credit" ("claimed responsibility for", "claimed
    // credit on Sunday for"), an attack word ("claimed the blast", "claimed
    // Tuesday's bombings"), or, after a verb of admission, "carrying out" or
    // "staging" ("admitted carrying out the attack").
    for (uint32_t j = k + 1; j < tokens.size() && j <= k + 5; ++j) {
      const Token& t = tokens[j];
      if (t.Has(kTokenPunct) && !t.Has(kTokenPossessive)) break;
      if (IsWord(t, "responsibility") || IsWord(t, "credit") || (claim && IsAttackWord(t)) ||
          (admit && j == k + 1 &&
           (IsWord(t, "carrying") || IsWord(t, "staging") || IsWord(t, "responsibility"))))
        return k;
      // "claimed that ...", "claimed victory", "claimed the seat": the
      // claim is of something else when a verb or "that" comes first.
      if (IsWord(t, "that") || IsWord(t, "victory") || IsVerbTag(t.pos)) break;
    }
  }
  return 0;
}

int AttackClaimer(std::span<const Token> tokens, std::span<const Mention> mentions) {
  auto party = [](const Mention& m) {
    return !m.locative && m.code.size() >= 3 && !m.code.starts_with("---");
  };
  if (const uint32_t at = AttackClaimedBy(tokens); at > 0)
    for (size_t x = 0; x < mentions.size(); ++x)
      if (mentions[x].span.begin >= at && mentions[x].span.begin <= at + 4 && party(mentions[x]))
        return static_cast<int>(x);
  const uint32_t k = AttackClaimVerb(tokens);
  if (k == 0) return -1;
  int best = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (!party(m) || m.span.empty() || m.span.end > k || m.span.end + 2 < k) continue;
    bool words_only = true;  // "the rebels later claimed": no punctuation between
    for (uint32_t j = m.span.end; j < k; ++j) words_only &= !tokens[j].Has(kTokenPunct);
    if (words_only && (best < 0 || m.span.end > mentions[best].span.end))
      best = static_cast<int>(x);
  }
  return best;
}

uint32_t AttackClaimedBy(std::span<const Token> tokens) {
  for (uint32_t k = 1; k + 2 < tokens.size(); ++k) {
    if (!IsWord(tokens[k], "claimed")) continue;
    uint32_t by = k + 1;
    if (tokens[by].pos == kPosRB && by + 1 < tokens.size()) ++by;  // "claimed later by"
    if (!IsWord(tokens[by], "by") || by + 1 >= tokens.size()) continue;
    // The attack word right before "claimed", or one word before it ("an
    // attack swiftly claimed by", "the attack was claimed by").
    if (IsNegation(tokens[k - 1])) continue;  // "an attack not claimed by any group"
    if (IsAttackWord(tokens[k - 1]) || (k >= 2 && IsAttackWord(tokens[k - 2]))) return by + 1;
  }
  return 0;
}

}  // namespace khaldun::internal
