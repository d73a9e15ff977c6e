// Attacks claimed by a group: "a suicide bomber blew himself up at the
// station, killing 20 people, in an attack claimed by the Baloch Liberation
// Army", "two bombings claimed by the Islamic State tore through the crowd".
// The group that claims an attack is who carried it out; the bomber or the
// gunmen the sentence names are its hands, not a party of their own. These
// helpers read the words; the coder (coder_assemble.cc) gives the act to the
// group.
#ifndef KHALDUN_SRC_CODER_CLAIMS_H_
#define KHALDUN_SRC_CODER_CLAIMS_H_

#include <cstdint>
#include <span>

#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

// Where a word naming an attack ("attack", "bombing", "blast", "ambush",
// ...) is followed, right after it or one word later ("later", "was"), by
// "claimed by" (or "claimed later by"): the token after "by", where the
// claiming party is named; 0 if the sentence has no such phrase. Claims of
// places ("waters claimed by Athens", no attack word) are not read.
uint32_t AttackClaimedBy(std::span<const Token> tokens);

// Where a party claims an attack as the subject of the claim: "the Taliban
// claimed responsibility", "a splinter group of the Shabaab claimed the
// bombing", "the group later claimed the assault", "the guerrillas admitted
// carrying out the bombing". The token of the verb ("claimed", "claims",
// "admitted", ...), or 0 if the sentence has none. Not a negated claim ("no
// group has claimed responsibility", "did not claim"), nor a passive ("was
// claimed by", which AttackClaimedBy reads), nor a claim of anything else
// ("claimed victory", "claimed the seat").
uint32_t AttackClaimVerb(std::span<const Token> tokens);

// The party that claims an attack in the sentence: the mention after
// AttackClaimedBy's "by", else the subject of AttackClaimVerb (the last
// mention ending at the verb or at most two words before it, with no
// punctuation between: "the rebels later claimed"); -1 if none. Places and
// mentions with no code are not claimers.
int AttackClaimer(std::span<const Token> tokens, std::span<const Mention> mentions);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_CLAIMS_H_
