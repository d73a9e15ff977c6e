// The sides a mediator stands between (coder/mediation_parties.h).

#include "coder/mediation_parties.h"

#include <algorithm>

namespace khaldun::internal {

std::vector<int> PartiesBetween(std::span<const Token> tokens, std::span<const Mention> mentions,
                                TokenSpan cue) {
  constexpr uint32_t kReach = 12;
  const uint32_t from = cue.begin > kReach ? cue.begin - kReach : 0;
  const uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), cue.end + kReach);
  std::vector<int> best;
  uint32_t best_distance = kReach + 1;
  for (uint32_t k = from; k + 1 < to; ++k) {
    if (!IsWord(tokens[k], "between")) continue;
    // No ';' or ':' between the phrase and the cue.
    const uint32_t lo = std::min(k, cue.begin), hi = std::max(k, cue.end);
    bool stop = false;
    for (uint32_t j = lo; j < hi && !stop; ++j)
      stop = tokens[j].text == ";" || tokens[j].text == ":";
    if (stop) continue;
    uint32_t first = k + 1;
    if (IsDeterminer(tokens[first])) ++first;
    std::vector<int> members;
    for (size_t x = 0; x < mentions.size(); ++x) {
      if (mentions[x].span.begin != first) continue;
      for (int y = static_cast<int>(x); y >= 0; y = mentions[y].coordinated_with) {
        const Mention& m = mentions[y];
        if (!m.code.empty() && !m.locative && !m.unplaced && !m.code.starts_with("---"))
          members.push_back(y);
        if (m.coordinated_with <= y) break;
      }
      break;
    }
    if (members.size() < 2) continue;
    const uint32_t distance = k < cue.begin ? cue.begin - k : k - cue.end;
    if (distance < best_distance) {
      best = std::move(members);
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace khaldun::internal
