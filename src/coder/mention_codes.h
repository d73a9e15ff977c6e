// Actor codes as the passes of FindMentions (mentions.h) compose and test
// them. Internal to src/coder.
#ifndef KHALDUN_SRC_CODER_MENTION_CODES_H_
#define KHALDUN_SRC_CODER_MENTION_CODES_H_

#include <string>
#include <string_view>

#include "khaldun/dictionary.h"

namespace khaldun::internal {

// The sectors of armed groups that are no state's forces: rebels (REB),
// insurgents (INS), militants and militias (UAF), separatists (SEP).
bool IsArmedGroupCode(std::string_view code);

// Joins an actor code and an agent code the way CAMEO composes them:
// "Syrian" IRN... SYR + "government" ~GOV -> SYRGOV; an agent already in the
// code is not repeated ("US military forces" -> USAMIL, not USAMILMIL).
std::string Compose(const std::string& actor, const AgentEntry* agent);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MENTION_CODES_H_
