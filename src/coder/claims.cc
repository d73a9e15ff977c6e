#include "coder/claims.h"

#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

// Nouns of an attack a group may claim.
constexpr std::string_view kAttackWords[] = {
    "attack",  "attacks", "bombing", "bombings", "blast",    "blasts",   "explosion",
    "assault", "ambush",  "raid",    "raids",    "massacre", "shooting", "bombardment"};

bool IsAttackWord(const Token& t) {
  for (std::string_view w : kAttackWords)
    if (IsWord(t, w)) return true;
  return false;
}

}  // namespace

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
