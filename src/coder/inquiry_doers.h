// Whose abuses an inquiry looks into: "the president ordered an inquiry into
// the killing of miners by soldiers", "the council set up a commission into
// the junta's crackdown on students". An inquiry into killings, torture or
// other abuses is aimed at whoever committed them (CAMEO 092; 094 for war
// crimes), not at their victims or at the place (tests/gold/README.md:
// "ordering an inquiry into security-force killings is 092 to MIL").
// Internal to src/coder.
#ifndef KHALDUN_SRC_CODER_INQUIRY_DOERS_H_
#define KHALDUN_SRC_CODER_INQUIRY_DOERS_H_

#include <span>
#include <string_view>

#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

struct InquiryDoer {
  int mention = -1;       // index in the mentions; -1: none found
  std::string_view code;  // "092" (abuses) or "094" (war crimes); empty when none
};

// For an inquiry coded by the trigger at `trigger` (its own words, or an
// "investigation", "inquiry", "probe" or "mission" within a few words after
// it), the party whose abuses it looks into: the first mention, within the
// phrase after "into" (or after the verb "investigate"/"probe" itself) up to
// a subordinate clause, a comma that continues no list, or the sentence's
// end, that is the agent of a passive ("committed BY Burundian agents",
// "shot BY security forces") or the owner of an abuse ("the junta's
// crackdown"), when that phrase names an abuse (killings, deaths, torture,
// crackdown, abuses, executions, massacre, war crimes, ...). `not_this`
// (the inquiry's own source) is never returned. Pure; returns {-1, ""} when
// there is no such party.
InquiryDoer DoerUnderInquiry(std::span<const Token> tokens, std::span<const Mention> mentions,
                             TokenSpan trigger, int not_this);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_INQUIRY_DOERS_H_
