// Coreference of object pronouns and definite roles: which actor "him",
// "her" or "the general" stands for. Used by FindMentions (mention_passes.h),
// which owns the mentions and the article's CoreferenceMemory.
#ifndef KHALDUN_SRC_CODER_COREFERENCE_H_
#define KHALDUN_SRC_CODER_COREFERENCE_H_

#include <cstddef>
#include <span>
#include <string_view>

#include "coder/mentions.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether `m` is named by a role that one person holds ("his Turkish
// counterpart", "the opposition leader"), not by a body's ("the ministry",
// "the party"). (A plural role is a group all the same: see IsPluralGroup.)
bool IsOnePersonRole(const Mention& m);

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

// "Troops stopped the plane carrying the deposed leader, and soldiers fired
// on his supporters", "the coastguard boarded two fishing boats and held
// their crews": a role without a country owned by "his", "her" or "their"
// (`role`, just made the owner's own with the owner's code by FindMentions)
// is a party of its own when the owner is not the subject but the nearest
// party of the same kind before the pronoun at `pronoun_at` (a person for
// "his"/"her", a plural group for "their") standing in an object's place,
// and the role too stands in one (after a verb or a preposition, not
// before a verb of its own). Gives `role` the owner's country with
// `role_sector`, makes it no longer owned, and returns true; false and
// `role` unchanged otherwise.
bool RoleOfObjectOwner(std::span<const Token> tokens, std::span<const Mention> mentions,
                       size_t pronoun_at, std::string_view role_sector, Mention* role);

// "Police rounded up forty striking miners and drove them to a stadium":
// "them", the object of a verb after "and" with the same subject, is the
// plural group that was the object of the verb before "and". Fills `out`
// with that group's codes on the pronoun's token and returns true; false
// when the group is not plainly that object ("troops mistook police
// officers for militants and shot them" stays open).
bool ThemAsEarlierObject(std::span<const Token> tokens, std::span<const Mention> mentions,
                         size_t at, Mention* out);

// "Troops rounded up the strikers and drove them to a stadium, where
// officers questioned them for hours": a later "them" is the group an
// earlier "them" of the sentence stood for, when no other plural group
// stands in an object's place between the two. Fills `out` and returns
// true; false otherwise.
bool ThemAgain(std::span<const Token> tokens, std::span<const Mention> mentions, size_t at,
               Mention* out);

// "The junta arrested the opposition leader on Monday and freed him a week
// later": "him" or "her", the object of a verb after "and", is the one
// person named before "and" when the sentence opens with a subject that is
// no person (a state, a court, a group). Returns that mention of
// `mentions` (those before `at`), or nullptr when none or several people
// were named, or a plural group stands among them.
const Mention* PersonObjectBeforeAnd(std::span<const Token> tokens,
                                     std::span<const Mention> mentions, size_t at);

// "The deposed president fled to Minsk, where Lukashenko gave him shelter",
// "Ugandan peacekeepers landed in Mogadishu, where insurgents greeted them
// with mortar fire": an object pronoun at `at` in a ", where" clause that
// has a subject of its own, about a place named right before the comma
// after a preposition ("to", "in", "into"), stands for the subject of the
// clause before, the one who went there: a person for "him" and "her"
// (`person` true), a plural group for "them". Returns that mention of
// `mentions`, or nullptr when the clause is not of that shape, or the
// subject is of the other kind or the same party as the clause's own. Pure.
const Mention* ArrivalSubjectBeforeWhere(std::span<const Token> tokens,
                                         std::span<const Mention> mentions, size_t at,
                                         bool person);

// The subject of the clause of the pronoun at `at`: the last party before
// it, joined to it by verbs, adverbs and prepositions only (at most four
// tokens), with a verb among them ("He thanked him", "She later spoke with
// him"); null if none. Pure.
const Mention* ClauseSubjectBefore(std::span<const Token> tokens,
                                   std::span<const Mention> mentions, size_t at);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_COREFERENCE_H_
