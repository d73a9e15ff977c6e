#include "coder/withdrawals.h"

#include <string_view>

#include "coder/clause.h"

namespace khaldun::internal {
namespace {

// Codes a withdrawal word has when said of forces or territory.
constexpr std::string_view kWithdrawalCodes[] = {"0356", "087",  "0874", "166",
                                                 "1661", "1662", "1663"};

// Words of withdrawing; "out" stands for "pulled out of", "walked out of".
constexpr std::string_view kWithdrawalWords[] = {
    "withdrawal",  "withdraw", "withdraws", "withdrew", "withdrawn",
    "withdrawing", "pullout",  "pull-out",  "exit",     "out"};

}  // namespace

bool WithdrawsFromOrganisation(std::span<const Token> tokens, std::span<const Mention> mentions,
                               TokenSpan trigger, int source, int target, std::string_view code) {
  if (source < 0 || target < 0 || static_cast<size_t>(source) >= mentions.size() ||
      static_cast<size_t>(target) >= mentions.size())
    return false;
  bool withdrawal_code = false;
  for (std::string_view c : kWithdrawalCodes) withdrawal_code |= code == c;
  const Mention& from = mentions[source];
  const Mention& to = mentions[target];
  if (!withdrawal_code || !to.code.starts_with("IGO") || from.code.starts_with("IGO") ||
      to.span.empty() || to.span.end > tokens.size() || trigger.begin >= to.span.begin)
    return false;
  // "from ECOWAS", "from the African Union", "out of the court".
  uint32_t k = to.span.begin;
  if (k > 0 && IsWord(tokens[k - 1], "the")) --k;
  if (k == 0) return false;
  const bool from_word = IsWord(tokens[k - 1], "from") ||
                         (IsWord(tokens[k - 1], "of") && k >= 2 && IsWord(tokens[k - 2], "out"));
  if (!from_word) return false;
  // "Hungary withdrew its troops from the NATO mission": forces taken out
  // of a body's operation are still forces; only the state itself leaves.
  for (uint32_t j = trigger.begin; j + 1 < k; ++j) {
    if (IsWord(tokens[j], "troops") || IsWord(tokens[j], "forces") ||
        IsWord(tokens[j], "soldiers") || IsWord(tokens[j], "contingent"))
      return false;
  }
  for (uint32_t j = trigger.begin; j + 1 < k; ++j)
    for (std::string_view w : kWithdrawalWords)
      if (IsWord(tokens[j], w)) return true;
  return false;
}

}  // namespace khaldun::internal
