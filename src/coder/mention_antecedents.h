// Antecedents: the mentions that a pronoun or a definite noun phrase
// refers back to, for the passes of FindMentions (mentions.h). Internal to
// src/coder.
#ifndef KHALDUN_SRC_CODER_MENTION_ANTECEDENTS_H_
#define KHALDUN_SRC_CODER_MENTION_ANTECEDENTS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::internal {

// The mention of a pronoun at token `at` that refers to `antecedent`: the
// antecedent's codes on the pronoun's own one-token span, coordinated with
// nothing ("Erdogan met Putin. He said ...": "He" = Erdogan).
Mention PronounReferringTo(const Mention& antecedent, size_t at, std::string how);

// A group named by a plural role, not a person or a state: "Boko Haram
// fighters", "protesters", "police", "Kyrgyz border guards". Such a group
// is what a later "they" or "them" most often stands for ("Boko Haram
// fighters seized Baga. They went on to massacre hundreds of civilians";
// "Thousands of protesters marched in Algiers. Police fired tear gas to
// disperse them").
bool IsPluralGroup(const Mention& m, std::span<const Token> tokens);

// What "the rebels" or "the alliance" refers back to: the last party before
// token `before` in this sentence that `fits`, else the last of the parties
// named in the sentences before that does; "" when there is none.
std::string DefiniteAntecedent(std::span<const Mention> mentions, uint32_t before,
                               const CoreferenceMemory& memory, bool (*fits)(std::string_view));

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MENTION_ANTECEDENTS_H_
