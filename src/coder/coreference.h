// Coreference of object pronouns and definite roles: which actor "him",
// "her" or "the general" stands for. Used by FindMentions (mention_passes.h),
// which owns the mentions and the article's CoreferenceMemory.
#ifndef KHALDUN_SRC_CODER_COREFERENCE_H_
#define KHALDUN_SRC_CODER_COREFERENCE_H_

#include <cstddef>
#include <span>

#include "coder/mentions.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether tokens[i] is a personal pronoun in an object's place: "him", or
// "her" not before a noun it would own ("recalled her for consultations",
// "urged her to resign"; not "her government", "her own party").
bool IsObjectPronoun(std::span<const Token> tokens, size_t i);

// "Opposition leader Ana Ruiz declared victory, and within hours the
// Brazilian president congratulated him": an object pronoun at `at`, in a
// later clause whose subject is another party, stands for the person the
// sentence opens with. Returns that mention of `mentions` (those before
// `at`), or nullptr when the sentence opens with no person, or the clause
// has no subject of its own, or its subject is the same party (or the
// person's own state: "Pakistan handed him over" after "Imran Khan said").
const Mention* OpeningPersonBeyondClause(std::span<const Token> tokens,
                                         std::span<const Mention> mentions, size_t at);

// "General Ana Ruiz seized power ... Washington condemned the general",
// "President Ali Musa arrived in Rome. The president met ...": `mention`, a
// singular role after "the" with no name and no country of its own, is the
// last person named with a name and the same role word, in this sentence (`before`)
// or the ones before (`memory`). Gives `mention` that actor's code and
// name and returns true; returns false and leaves it alone otherwise.
bool ResolveDefiniteRole(std::span<const Token> tokens, std::span<const Mention> before,
                         const CoreferenceMemory& memory, Mention* mention);

// Remembers, for ResolveDefiniteRole in later sentences, the people of the
// sentence named with a role and a country ("President Ali Musa"). ("The
// company", "the government" are left alone: an article names many.)
void RememberRoleHolders(std::span<const Mention> mentions, CoreferenceMemory* memory);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_COREFERENCE_H_
