// How a role noun changes the code of the actor it is joined to.
//
// Former office-holders: "the former Canadian diplomat", "a former US marine",
// "former president Alan Garcia". A role noun says what a person is; "former"
// (or "ousted", "deposed", "exiled") says they no longer are. CAMEO's elite
// (ELI) is kept for former heads of state and government, former rulers and
// former cabinet ministers, as tests/gold/README.md states; a former holder
// of any other state office (a deputy minister, a diplomat, a soldier, a
// police officer) is coded as the people of their country, the bare country
// code, as a person with no role is.
#ifndef KHALDUN_SRC_CODER_ROLE_CODES_H_
#define KHALDUN_SRC_CODER_ROLE_CODES_H_

#include <string>
#include <string_view>

#include "khaldun/dictionary.h"

namespace khaldun::internal {

// Whether `code` (a six-letter actor code such as "CANGOV") names the holder
// of a state office that one can cease to hold: GOV, MIL, COP, SPY, JUD, LEG.
bool IsStateOfficeCode(std::string_view code);

// The code of a former holder of the office `code` names (see
// IsStateOfficeCode). `agent` is the role noun the code was built from, or
// null when the code came from elsewhere (a named person). Returns
// country + "ELI" for heads of state and government, rulers and governments
// ("former president", "ousted junta leader", "the former regime"), for
// members of a cabinet ("former justice minister" POLELI, "former attorney
// general") unless `junior` says the text made the role a deputy's ("former
// deputy justice minister" POL), and for a null `agent`; the three-letter
// country alone for every other office ("former diplomat" CAN, "former
// marine" USA). Pure; thread-safe.
std::string FormerHolderCode(std::string_view code, const AgentEntry* agent,
                             bool junior = false);

// Whether a role after the possessive of an actor with `code` belongs to the
// actor itself rather than being another person of its country: an armed
// group (REB, INS, SEP, UAF) speaks and fights through its own leaders and
// spokesmen ("the rebel group's leader" keeps the group's code), where
// "Trump's spokesman" is a member of his state's government. Pure.
bool RolesAreTheGroupsOwn(std::string_view code);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_ROLE_CODES_H_
