// Decrees that fall on a state's own population (curfews, emergency rule,
// bans: CAMEO 172x).
#ifndef KHALDUN_SRC_CODER_DECREES_H_
#define KHALDUN_SRC_CODER_DECREES_H_

#include <cstdint>
#include <span>

#include "khaldun/document.h"

namespace khaldun::internal {

// Whether a participle clause opens between tokens[from] and tokens[to]: a
// comma followed by a present participle ("imposed emergency rule on Friday,
// accusing opposition parties of plotting subversion"). A party named past it
// is the participle's, not the object of the decree before the comma.
// Requires from <= to <= tokens.size().
bool ParticipleClauseBetween(std::span<const Token> tokens, uint32_t from, uint32_t to);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_DECREES_H_
