// The sides a mediator stands between (coder/mediation_parties.h).

#include "coder/mediation_parties.h"

#include <algorithm>

#include "coder/clause.h"

namespace khaldun::internal {

std::vector<int> MentionsAfterBetween(std::span<const Token> tokens,
                                      std::span<const Mention> mentions, uint32_t k) {
  for (size_t x = 0; x < mentions.size(); ++x) {
    if (mentions[x].span.begin <= k || mentions[x].span.begin > k + 3 || mentions[x].locative ||
        mentions[x].code.empty())
      continue;
    std::vector<int> members;
    for (int y = static_cast<int>(x); y >= 0; y = mentions[y].coordinated_with) {
      members.push_back(y);
      if (mentions[y].coordinated_with <= y) break;
    }
    if (members.size() >= 2) return members;
    // "between Chad's army and the rebel Front for Change",
    // "between police and several thousand strikers": the party after
    // "and", right after it or past a quantity phrase.
    const uint32_t after = mentions[x].span.end;
    if (after >= tokens.size() || !IsWord(tokens[after], "and")) continue;
    uint32_t counted = after + 1;
    while (counted < tokens.size() && counted < after + 7 &&
           (IsQuantityWord(tokens[counted]) || tokens[counted].Has(kTokenNumber) ||
            IsWord(tokens[counted], "of")))
      ++counted;
    for (size_t y = x + 1; y < mentions.size(); ++y)
      if (mentions[y].span.begin > after &&
          (mentions[y].span.begin <= after + 3 || mentions[y].span.begin == counted) &&
          !mentions[y].locative && !mentions[y].code.empty())
        return {static_cast<int>(x), static_cast<int>(y)};
  }
  return {};
}

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
    std::vector<int> members;
    for (const int y : MentionsAfterBetween(tokens, mentions, k)) {
      const Mention& m = mentions[y];
      if (!m.code.empty() && !m.locative && !m.unplaced && !m.code.starts_with("---"))
        members.push_back(y);
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
