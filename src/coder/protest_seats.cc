// Seats of state named as the object of a protest (coder/protest_seats.h).

#include "coder/protest_seats.h"

#include <algorithm>

#include "coder/clause.h"

namespace khaldun::coder_internal {
namespace {

// The agent a seat word stands for, given the word before it, or "".
// "parliament", "congress", "legislature", "senate", "capitol", "national
// assembly", "legislative council": LEG;
// "supreme court", "constitutional court", "high court": JUD;
// "presidential palace", "government headquarters", "government
// buildings", "ministry": GOV. A bare "palace" or "court" is no seat of
// state ("a royal palace", "a tennis court").
std::string SeatAgent(const Token& before, const Token& word) {
  if (internal::IsWord(word, "parliament") || internal::IsWord(word, "congress") ||
      internal::IsWord(word, "legislature") || internal::IsWord(word, "senate") ||
      internal::IsWord(word, "capitol") ||
      ((internal::IsWord(word, "assembly") || internal::IsWord(word, "council")) &&
       (internal::IsWord(before, "national") || internal::IsWord(before, "legislative"))))
    return "LEG";
  if (internal::IsWord(word, "court") &&
      (internal::IsWord(before, "supreme") || internal::IsWord(before, "constitutional") ||
       internal::IsWord(before, "high")))
    return "JUD";
  if ((internal::IsWord(word, "palace") && internal::IsWord(before, "presidential")) ||
      ((internal::IsWord(word, "headquarters") || internal::IsWord(word, "buildings") ||
        internal::IsWord(word, "building") || internal::IsWord(word, "offices")) &&
       internal::IsWord(before, "government")) ||
      internal::IsWord(word, "ministry") || internal::IsWord(word, "ministries"))
    return "GOV";
  return {};
}

}  // namespace

std::vector<std::string> SeatsOfStateInObject(std::span<const Token> tokens,
                                              std::span<const internal::Mention> mentions,
                                              TokenSpan verb,
                                              const internal::ClauseWindow& window) {
  std::vector<std::string> seats;
  constexpr uint32_t kMaxObjectWords = 12;
  const uint32_t end = std::min<uint32_t>(window.end, static_cast<uint32_t>(tokens.size()));
  for (uint32_t k = verb.begin + 1; k < end && k < verb.end + kMaxObjectWords; ++k) {
    const Token& t = tokens[k];
    // The verb's own words ("set fire to") and a preposition of place
    // right after it ("rallied outside parliament") lead to the object.
    const bool in_verb = k < verb.end;
    const bool place_after_verb =
        k == verb.end && (internal::IsWord(t, "at") || internal::IsWord(t, "outside") ||
                          internal::IsWord(t, "to") || internal::IsWord(t, "into") ||
                          internal::IsWord(t, "near") || internal::IsWord(t, "inside"));
    if (!in_verb && !place_after_verb &&
        ((internal::IsPreposition(t) && !internal::IsWord(t, "of")) ||
         internal::IsFiniteVerbTag(t.pos) || t.text == ";" || t.text == ":"))
      break;
    const bool in_mention = std::any_of(mentions.begin(), mentions.end(), [&](const internal::Mention& m) {
      return !m.span.empty() && m.span.begin <= k && k < m.span.end;
    });
    if (in_mention || k == 0) continue;
    std::string seat = SeatAgent(tokens[k - 1], t);
    if (!seat.empty() && std::find(seats.begin(), seats.end(), seat) == seats.end())
      seats.push_back(std::move(seat));
  }
  return seats;
}

}  // namespace khaldun::coder_internal
