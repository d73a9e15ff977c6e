// What a protest is against, when the words after it name a policy: "unions
// staged a general strike against the government's pension overhaul",
// "farmers blocked roads over the end of fuel subsidies". CAMEO's 14x
// subcodes say what a protest is for; one against a law, a plan, a decree
// or a tax is for a change of policy (1412, 1422, 1432, 1442, 1452).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "khaldun/syntax.h"

namespace khaldun::coder_internal {

// Whether, in tokens [from, end) and within a few words of `from`, a word
// of opposition ("against", "over", "oppose", "opposing", "in protest at")
// is followed, within its noun phrase, by a head noun of policy (law, bill,
// plan, reform, overhaul, decree, tax, subsidy, cuts, austerity, measures,
// policy, mandate, ...). The noun phrase ends at punctuation, a finite verb
// or a conjunction; "of" and "'s" are read past ("against the removal of
// fuel subsidies", "against Macron's plan"). Sets *owned (if given) when a
// possessive stands before the policy noun in that phrase. Reads words
// only; thread-safe.
bool OpposesAPolicyAfter(std::span<const Token> tokens, uint32_t from, uint32_t end,
                         bool* owned = nullptr);

// `code` with the policy subcode when it is a bare protest code (141 to
// 145) and OpposesAPolicyAfter holds after the trigger ending at
// `trigger_end`: "143" -> "1432"; or a protest against a leader (14x1)
// whose phrase names the leader's policy ("against President Macron's
// plan"): "1431" -> "1432". Other codes are returned unchanged.
std::string WithPolicyPurpose(const std::string& code, std::span<const Token> tokens,
                              uint32_t trigger_end, uint32_t end);

}  // namespace khaldun::coder_internal
