// Withdrawals from international organisations: "Caracas announced its
// withdrawal from the Organization of American States", "Burundi pulled
// out of the court". A state leaving a body reduces its relations with it
// (CAMEO 160), whatever the withdrawal word codes when it is said of troops
// (0356, 0874, 166). Internal to src/coder.
#ifndef KHALDUN_SRC_CODER_WITHDRAWALS_H_
#define KHALDUN_SRC_CODER_WITHDRAWALS_H_

#include <span>
#include <string_view>

#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

// Whether the act coded `code` by the trigger at `trigger`, from
// mentions[source] to mentions[target], is a withdrawal from an
// international organisation: the code is one of withdrawing forces or
// de-escalating, the target an IGO that the source is not, named after
// "from" or "out of", and a word of withdrawing ("withdrawal", "pull out",
// "exit", "quit") stands between the trigger's start and the target.
// Pure; false on any index out of range.
bool WithdrawsFromOrganisation(std::span<const Token> tokens, std::span<const Mention> mentions,
                               TokenSpan trigger, int source, int target, std::string_view code);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_WITHDRAWALS_H_
