// The object pronoun rule of FindMentions (mention_passes.h) for a clause
// whose subject is already the person "him" or "her" would otherwise
// stand for.
#include <fmt/format.h>

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

// "Japan's prime minister telephoned the Australian premier on Friday. He
// thanked him for his support": a "him" or "her" in an object's place is
// never the subject of its own clause (that would be "himself"). When
// that subject already stands for the salient person of the sentences
// before, the pronoun is the other person of those sentences ("Merkel met
// Macron. She praised him", "The king received the envoy. He handed him
// a letter"), not the salient person again.
bool ReadObjectPronounOfTheOtherPerson(const SentenceScan& scan, std::vector<Mention>* out,
                                       size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const CoreferenceMemory& memory = *scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (!IsObjectPronoun(tokens, i) || memory.other_person_code().empty() ||
      memory.last_person_code().empty() ||
      memory.other_person_code() == memory.last_person_code())
    return false;
  const Mention* subject = ClauseSubjectBefore(tokens, mentions, i);
  if (subject == nullptr || !subject->person || subject->code != memory.last_person_code())
    return false;
  // Only the subject is a party of this clause so far: another person
  // named in the sentence is for ReadObjectPronoun.
  for (const Mention& m : mentions)
    if (&m != subject && m.person && !m.code.empty() && m.code != subject->code) return false;
  Mention pronoun;
  pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
  pronoun.code = memory.other_person_code();
  pronoun.how = fmt::format("coreference: {} = {} (the subject is {})", tokens[i].text,
                            memory.other_person_label(), memory.last_person_label());
  pronoun.person = true;
  pronoun.person_name = memory.other_person_label();
  pronoun.display_name = memory.other_person_label();
  mentions.push_back(std::move(pronoun));
  *at = i + 1;
  return true;
}

}  // namespace khaldun::internal
