#include "coder/killing_subjects.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace khaldun::coder_internal {

namespace {

bool ActOfForce(const Event& e) {
  return e.root_code == "18" || e.root_code == "19" || e.root_code == "20";
}

// The tokens whose bytes begin and end the event's evidence words; -1 if
// not found.
std::pair<int, int> EvidenceTokens(std::span<const Token> tokens, const Event& e) {
  int first = -1, last = -1;
  for (uint32_t j = 0; j < tokens.size(); ++j) {
    if (tokens[j].bytes.begin == e.evidence.verb_bytes.begin) first = static_cast<int>(j);
    if (tokens[j].bytes.end == e.evidence.verb_bytes.end) last = static_cast<int>(j);
  }
  return {first, last};
}

}  // namespace

void DropPlaceOfAKillingsSubject(SentenceContext& s, uint32_t sentence_index,
                                 std::vector<Event>* events) {
  std::vector<size_t> drop;
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& place_act = (*events)[i];
    if (place_act.sentence_index != sentence_index || !ActOfForce(place_act) ||
        place_act.target.code.size() != 3)
      continue;
    const auto [noun_first, noun_last] = EvidenceTokens(s.tokens, place_act);
    if (noun_first < 0 || noun_last < 0 || !IsNounTag(s.tokens[noun_last].pos)) continue;
    for (const Event& killing : *events) {
      if (&killing == &place_act || killing.sentence_index != sentence_index ||
          !ActOfForce(killing) || killing.negated || killing.source.code != place_act.source.code ||
          killing.target.code.size() < 3 || killing.target.code == place_act.target.code ||
          !IsVerbOfKilling(killing.evidence.verb_text))
        continue;
      const int verb = EvidenceTokens(s.tokens, killing).first;
      if (verb <= noun_last || verb > noun_last + 13 ||
          !OnlyAgentPhraseBetween(s.tokens, static_cast<uint32_t>(noun_last + 1),
                                  static_cast<uint32_t>(verb)))
        continue;
      s.Note(fmt::format("{} {} {} ('{}'): the subject of '{}' ({} {} {}), told by the killing; "
                         "dropped",
                         place_act.source.code, place_act.cameo_code, place_act.target.code,
                         place_act.evidence.verb_text, killing.evidence.verb_text,
                         killing.source.code, killing.cameo_code, killing.target.code));
      drop.push_back(i);
      break;
    }
  }
  for (size_t n = drop.size(); n-- > 0;)
    events->erase(events->begin() + static_cast<std::ptrdiff_t>(drop[n]));
}

}  // namespace khaldun::coder_internal
