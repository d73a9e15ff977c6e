// Relative clauses set off by commas between a subject and its verb:
// "Peru's foreign minister, who flew to Lima on Sunday, recalled the envoy".
// The verb after the closing comma is the main clause's; the clause between
// the commas neither gives it a verb of its own nor lends it an object.
#ifndef KHALDUN_SRC_CODER_RELATIVE_CLAUSES_H_
#define KHALDUN_SRC_CODER_RELATIVE_CLAUSES_H_

#include <cstdint>
#include <span>

#include "coder/mentions.h"
#include "coder/patterns.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether a finite verb (VBD, VBZ, VBP, MD) of the clause stands before
// tokens[comma], back to the last ";" or ":". The verb of a relative clause
// opened by ", who", ", which" or ", whose" and closed by this comma does
// not count, and before such a clause only a verb of the antecedent's own
// clause does (up to the comma before it): in "Iran's envoy, who flew in on
// Monday, agreed to talks" there is none; in "Chile expelled the envoy, who
// had arrived in May, accused of spying" "expelled" is one. Pure; false
// when `comma` is 0 or out of range.
bool FiniteVerbBeforeComma(std::span<const Token> tokens, uint32_t comma);

// The verb of an object relative clause set off by a comma, whose pronoun
// tokens[pronoun] ("whom", "which" or "who" right after a comma) is
// followed by the clause's own subject, a short noun phrase of nouns,
// names, adjectives and determiners, and then its verb (past auxiliaries and
// adverbs): "Hamas, which the EU lists as a terrorist group, ..." gives
// "lists"; "Assad, whom Moscow has backed since 2015, ..." gives "backed".
// The antecedent before the comma is that verb's object. Returns 0 when
// there is none: a subject relative ("which lists ..."), a time phrase
// ("which last week accused ..."), a speaker named in passing ("which
// officials say is arming ...": the antecedent is the subject of the verb
// after it). Pure.
uint32_t ObjectRelativeVerb(std::span<const Token> tokens, uint32_t pronoun);

// The mention the verb at `verb` acts on when it is the verb of an object
// relative clause (ObjectRelativeVerb) whose pronoun opens the verb's clause
// window at `window_begin`: the antecedent, ending right before the comma,
// when it is no object of a preposition ("the murder of Ana Ruiz, which
// ..." is about the murder).
// "Chad's president, whom the Sudanese junta accused of arming rebels,
// ..." gives "Chad's president" for "accused". -1 otherwise. Pure.
int ObjectRelativeAntecedent(std::span<const Token> tokens, std::span<const Mention> mentions,
                             uint32_t window_begin, uint32_t verb);

// The comma that closes the relative clause whose pronoun is tokens[pronoun]
// ("who", "which", "whose" right after a comma or a dash; "whom" and the
// other pronouns of an object relative clause, ObjectRelativeVerb; "that"
// after the head of an appositive opened by a comma and an article or a
// possessive: "Hamas, the Islamist group that runs Gaza, accused ..."): the
// first comma before `limit` that follows the clause's own finite verb and
// is followed (past adverbs and auxiliaries) by a verb other than a gerund,
// the main clause's verb: "Iran's navy, which has seized three tankers this
// year, detained a British ship" closes before "detained". A clause a dash
// opened closes at a dash ("Lula -- who took office in 2023 -- urged").
// Returns 0 when there is none (no comma before the pronoun, a list "who
// met Li, Wang and Zhao", the end of the sentence). Pure.
uint32_t RelativeClauseClose(std::span<const Token> tokens, uint32_t pronoun, uint32_t limit);

// The comma that closes a participle phrase set off after a noun, whose
// participle (VBN, a VBD in -ed, or VBG, right after the comma) is tokens[participle]: the
// first comma before `limit` followed (past adverbs and auxiliaries) by a
// finite verb or a past form, the main clause's verb, with no finite verb
// between ("Oman's envoy, asked about the talks, praised Iran" closes before
// "praised"). Returns 0 when there is none. Pure.
uint32_t ParticiplePhraseClose(std::span<const Token> tokens, uint32_t participle,
                               uint32_t limit);

// When the verb at `verb` comes after the relative clause whose pronoun is
// tokens[pronoun] has closed, the comma that opens that clause (or the
// appositive it belongs to), right after the head that is the verb's
// subject: "Hamas, the group that runs Gaza, accused ..." gives the comma
// after "Hamas". Otherwise 0. Pure.
uint32_t ClosedRelativeOpening(std::span<const Token> tokens, uint32_t pronoun, uint32_t verb);

// The comma that opens a relative clause or a participle phrase set off by
// commas that closes right before the verb at `verb` (past auxiliaries and
// adverbs), the comma after the verb's subject; or 0. `window_begin` is the
// start of the verb's clause window (a relative clause's window opens after
// its pronoun): "Oman, which hosts the talks, urged ..." and "Oman's envoy,
// speaking in Doha, urged ..." give the comma after "Oman", "envoy". Pure.
uint32_t InterruptionBefore(std::span<const Token> tokens, uint32_t window_begin, uint32_t verb);

// The part of `window` whose words a pattern may read before the verb at
// `verb`: when the window opens right after the pronoun of a relative clause
// that closes (RelativeClauseClose) before the verb, it opens after the
// closing comma instead, so that "The Houthis, who hold much of Yemen,
// attacked ..." does not read "of" as the verb's ("- OF *"). Otherwise
// `window` unchanged. Pure.
ClauseWindow PastClosedRelative(std::span<const Token> tokens, ClauseWindow window, uint32_t verb);

// Where a pattern starts reading the words before the verb at `verb`: when
// a phrase set off by a pair of commas or dashes closes right before the verb
// (past auxiliaries and adverbs) -- an appositive, a prepositional or
// participle phrase, a parenthesis -- the mark that opens it, so that the
// pattern reads the subject before the phrase and no word inside it: "Iran's
// troops, a force of 5,000, poured into ..." holds "- &TROOPS * (INTO +)",
// and "Li, a veteran of regional politics, attacked ..." no "- OF *". The
// phrase (at most 15 words, no finite verb: a relative clause is
// PastClosedRelative's) opens inside `window` after at least one word.
// Otherwise `verb`. Pure.
uint32_t SetOffPhraseOpening(std::span<const Token> tokens, ClauseWindow window, uint32_t verb);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_RELATIVE_CLAUSES_H_
