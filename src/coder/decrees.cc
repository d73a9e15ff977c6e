// Decrees that fall on a state's own population (coder/decrees.h).

#include "coder/decrees.h"

#include "khaldun/syntax.h"

namespace khaldun::internal {

bool ParticipleClauseBetween(std::span<const Token> tokens, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k + 1 < to; ++k)
    if (tokens[k].text == "," && tokens[k + 1].pos == kPosVBG) return true;
  return false;
}

}  // namespace khaldun::internal
