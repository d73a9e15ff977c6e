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

#include "khaldun/syntax.h"

namespace khaldun::internal {

// Where a word naming an attack ("attack", "bombing", "blast", "ambush",
// ...) is followed, right after it or one word later ("later", "was"), by
// "claimed by" (or "claimed later by"): the token after "by", where the
// claiming party is named; 0 if the sentence has no such phrase. Claims of
// places ("waters claimed by Athens", no attack word) are not read.
uint32_t AttackClaimedBy(std::span<const Token> tokens);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_CLAIMS_H_
