#include "coder/mention_antecedents.h"

#include <utility>
#include <vector>

#include "khaldun/syntax.h"

namespace khaldun::internal {

Mention PronounReferringTo(const Mention& antecedent, size_t at, std::string how) {
  Mention pronoun = antecedent;
  pronoun.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)};
  pronoun.how = std::move(how);
  pronoun.coordinated_with = -1;
  return pronoun;
}

bool IsPluralGroup(const Mention& m, std::span<const Token> tokens) {
  if (m.code.empty() || m.possessive || m.locative || m.span.empty() ||
      m.span.end > tokens.size())
    return false;
  // A group the actor dictionaries name whole, with a plural common noun
  // for its head ("Pro-Iranian militiamen shelled the base, and Washington
  // accused them of ..."), is a group as a role word is.
  if (m.role == nullptr && m.agent == nullptr && tokens[m.span.end - 1].pos != kPosNNS)
    return false;
  // The role word ends the phrase; a capitalised last word is a name
  // ("President Mahmoud Abbas"), unless it opens the sentence ("Police").
  const Token& head = tokens[m.span.end - 1];
  if (head.Has(kTokenCapitalized) && m.span.end > 1) return false;
  if (IsWord(head, "police") || IsWord(head, "people")) return true;
  // "They" standing for such a group keeps it salient for the next sentence.
  if (IsWord(head, "they") || IsWord(head, "them")) return true;
  const std::string_view w = head.text;
  return w.size() > 3 && (w.back() == 's' || w.back() == 'S') && w[w.size() - 2] != 's' &&
         w[w.size() - 2] != '\'';
}

std::string DefiniteAntecedent(std::span<const Mention> mentions, uint32_t before,
                               const CoreferenceMemory& memory, bool (*fits)(std::string_view)) {
  for (size_t m = mentions.size(); m-- > 0;)
    if (mentions[m].span.end <= before && !mentions[m].locative && !mentions[m].unplaced &&
        fits(mentions[m].code))
      return mentions[m].code;
  const std::vector<std::string>& recent = memory.recent_parties();
  for (size_t k = recent.size(); k-- > 0;)
    if (fits(recent[k])) return recent[k];
  return {};
}

}  // namespace khaldun::internal
