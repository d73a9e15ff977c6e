// A rule of FindMentions (mention_passes.h): a role without a country that
// opens a "where" clause after a place is of that place's country.
#include <span>
#include <vector>

#include "coder/mention_passes.h"
#include "coder/mentions.h"

namespace khaldun::internal {

// "The airliner was diverted to Vilnius, where police detained a
// blogger", "the vote drew anger in Nairobi, where the government
// recalled its envoy", "thousands rallied in Quito, where troops fired
// tear gas": the subject of a "where" clause acts in the place the
// clause is about, and a government, police or troops named there
// without a country are that country's (not the country of another
// party in the clause: "recalled its ambassador from Kampala").
void PlaceRolesInWhereClause(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  for (size_t m = 1; m < mentions.size(); ++m) {
    Mention& role = mentions[m];
    if (!role.unplaced) continue;
    uint32_t b = role.span.begin;
    if (b > 0 && IsWord(tokens[b - 1], "the")) --b;
    if (b < 3 || !IsWord(tokens[b - 1], "where") || tokens[b - 2].text != ",") continue;
    const Mention& place = mentions[m - 1];
    if (place.span.end != b - 2 || place.code.size() != 3 || place.possessive) continue;
    TakeCountryFrom(place, &role, "the place a 'where' clause is about");
  }
}

}  // namespace khaldun::internal
