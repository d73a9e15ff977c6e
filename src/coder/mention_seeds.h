// Seeds: what the dictionary's matches say about each token of a sentence,
// the starts that FindMentions (mentions.h) grows mentions from. Internal to
// src/coder.
#ifndef KHALDUN_SRC_CODER_MENTION_SEEDS_H_
#define KHALDUN_SRC_CODER_MENTION_SEEDS_H_

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "coder/mentions.h"
#include "khaldun/dictionary.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// What the dictionary says about one token position.
struct Seeds {
  std::vector<int> actor_at;  // index into matches of the actor phrase starting here, or -1
  std::vector<int> agent_at;
  std::vector<uint8_t> verb_at;  // 1 where a verb phrase starts
};

// "Bush Urges Putin to Uphold Russian Democracy": most words capitalised, as
// in a headline.
bool TitleCase(std::span<const Token> tokens);

// "Mr German said ...", "Dr Jordan": a name right after a courtesy title is
// a person's surname, not the country it spells.
// (Inline: it is asked for every actor phrase that a run of capitalised
// words overlaps, see unknown_people.cc.)
inline bool AfterCourtesyTitle(std::span<const Token> tokens, const PhraseMatch& pm) {
  if (pm.span.begin == 0) return false;
  static constexpr std::array<std::string_view, 10> kTitles = {
      "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lady"};
  return InWords(kTitles, tokens[pm.span.begin - 1]);
}

// Where the actor, role and verb phrases of `matches` start. An actor
// phrase is left out when it is a short lower-case match ("us"), follows a
// courtesy title ("Mr German") or begins another person's longer name; a
// role phrase when an event noun starts on it and goes on past it
// ("military aid"). The first match at a position wins.
Seeds IndexSeeds(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                 const Dictionary& dict, bool title_case);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MENTION_SEEDS_H_
