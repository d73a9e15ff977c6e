// Courts, judges and prosecutors named without a country.
#ifndef KHALDUN_SRC_CODER_JUSTICE_ROLES_H_
#define KHALDUN_SRC_CODER_JUSTICE_ROLES_H_

#include <cstddef>
#include <span>
#include <string_view>

#include "khaldun/document.h"

namespace khaldun::internal {

// Whether a court's, judge's or prosecutor's role with no country and no
// place, whose mention is tokens[begin, end), is a party of its own whose
// country the event may supply ("Prosecutors charged the former president",
// "a judge ordered him jailed"). Not a definite or owned reference, which
// points back to a court named before ("the tribunal's ruling", "its
// prosecutors"); not a role right after a verb or a preposition, which is
// what another act is about ("authorised prosecutors to investigate", "a
// request from prosecutors", "appointed him as special counsel"); not a role
// of what follows it ("judges at the ICC") nor one modifying a noun ("a
// court order"); and not a lawyer or bar association (`role`, the agent's
// dictionary name), who speak for private clients, not for the state.
// Requires begin < end <= tokens.size().
bool MayBeDomesticJustice(std::span<const Token> tokens, size_t begin, size_t end,
                          std::string_view role);

// Whether a court or prosecutor with no country (`code` ends in JUD), acting
// on `other`, is of `other`'s country: a state's courts try its own
// officials, former leaders and opposition ("prosecutors detained the
// impeached president"), so `other` must be a government, legislature,
// court, party, opposition or armed group (GOV, LEG, JUD, PTY, OPP, REB, SEP,
// INS) or a former leader (ELI). The event's place is no guide: courts try
// crimes committed abroad.
bool JusticeOfOtherParty(std::string_view code, std::string_view other);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_JUSTICE_ROLES_H_
