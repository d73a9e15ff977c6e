// "Washington and Brussels": the EU's seat named as a party beside a state
// (mention_passes.h).
#include <string>
#include <utility>
#include <vector>

#include "coder/mention_passes.h"

namespace khaldun::internal {

// "Washington and Brussels lifted sanctions on Tehran", "Brussels and Beijing
// traded tariffs": the dictionaries do not code Brussels (alone it is as often
// Belgium's capital or a venue, "a summit in Brussels", "Brussels airport"),
// but joined by "and" to a state acting beside it, it is the European Union's
// seat acting as the Union (IGOEUREEC), as Washington is the United States'.
void AddBrusselsBesideAState(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  auto is_state = [](const Mention& m) {
    return !m.locative && !m.span.empty() &&
           (m.code.size() == 3 || (m.code.size() == 6 && m.code.ends_with("GOV")));
  };
  auto brussels_at = [&](uint32_t k) {
    if (k >= tokens.size() || !IsWord(tokens[k], "brussels")) return false;
    for (const Mention& m : mentions)
      if (m.span.begin <= k && k < m.span.end) return false;  // already someone's
    return true;
  };
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (!is_state(mentions[m])) continue;
    const TokenSpan s = mentions[m].span;
    uint32_t at = 0;
    size_t insert_at = 0;
    if (s.end + 1 < tokens.size() && IsWord(tokens[s.end], "and") && brussels_at(s.end + 1)) {
      at = s.end + 1;  // "Washington and Brussels"
      insert_at = m + 1;
    } else if (s.begin >= 2 && IsWord(tokens[s.begin - 1], "and") && brussels_at(s.begin - 2) &&
               (s.begin == 2 || !IsWord(tokens[s.begin - 3], "in"))) {
      at = s.begin - 2;  // "Brussels and Beijing" (not "in Brussels and Paris")
      insert_at = m;
    } else {
      continue;
    }
    Mention eu;
    eu.span = {at, at + 1};
    eu.code = "IGOEUREEC";
    eu.how = "Brussels beside a state: the European Union";
    eu.display_name = "European Union";
    mentions.insert(mentions.begin() + static_cast<std::ptrdiff_t>(insert_at), std::move(eu));
    ++m;
  }
}

}  // namespace khaldun::internal
