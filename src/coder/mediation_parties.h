// The sides a mediator stands between, named with "between": "a truce
// between Ethiopia and Eritrea brokered by Algeria", "talks mediated by
// Oman between Iran and the United States". MediatorEvents
// (coder_helpers.cc) gives the mediator 045 towards each side; without this
// it saw only the parties of the sentence's coded events, and a truce noun
// codes none.
#ifndef KHALDUN_SRC_CODER_MEDIATION_PARTIES_H_
#define KHALDUN_SRC_CODER_MEDIATION_PARTIES_H_

#include <cstdint>
#include <span>
#include <vector>

#include "coder/mentions.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// The parties named right after "between" at tokens[k]: the first mention
// (with a code, no place) that begins within three tokens after it, then
// the members coordinated with it ("between Iran, Iraq and Syria"); a first
// mention coordinated with none takes as its partner the party named right
// after the "and" that follows it, or past a quantity phrase there
// ("between police and several thousand strikers"). Indexes into
// `mentions`, first to last; empty when there are no two. The one reading
// of "between" that fighting ("clashes between Indian and Chinese troops",
// FightingBetween) and mediation (PartiesBetween) share. Pure.
std::vector<int> MentionsAfterBetween(std::span<const Token> tokens,
                                      std::span<const Mention> mentions, uint32_t k);

// The mentions (indexes into `mentions`) of "between A and B" nearest the
// mediator's cue `cue` ("brokered by"), at most 12 tokens from it on either
// side with no sentence-level stop (';', ':') between: its
// MentionsAfterBetween. Only members with a code that are no places and no
// roles without a country count; fewer than two members gives none ("talks
// between rounds"). Pure.
std::vector<int> PartiesBetween(std::span<const Token> tokens, std::span<const Mention> mentions,
                                TokenSpan cue);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MEDIATION_PARTIES_H_
