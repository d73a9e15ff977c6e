// Closed word classes used by the clause analysis. Lists hold inflected
// forms, compared case-insensitively, because the tagger gives no lemmas.
#ifndef KHALDUN_SYNTAX_CLAUSE_LEXICON_H_
#define KHALDUN_SYNTAX_CLAUSE_LEXICON_H_

#include <string_view>

#include "khaldun/document.h"

namespace khaldun::internal {

bool EqualsIgnoreCase(std::string_view a, std::string_view b);

bool IsBeForm(const Token& t);        // is, was, were, been, 's (as a verb) ...
bool IsGetForm(const Token& t);       // got, gets ... ("got killed")
bool IsHaveForm(const Token& t);      // has, have, had, 've
bool IsFutureModal(const Token& t);   // will, 'll, shall, wo (as in "wo n't")
bool IsNegation(const Token& t);      // not, n't, never
bool IsDenialVerb(const Token& t);    // denied, refused, failed: "denied attacking"
bool IsSpeechVerb(const Token& t);    // said, told, announced, warned ...
bool IsControlVerb(const Token& t);   // urged, asked, forced: "urged Iran to stop" (object control)
bool IsSubordinator(const Token& t);  // after, because, although, while, if ...
bool IsRelativePronoun(const Token& t);  // who, whom, whose, which (and "that" by position)
bool IsCoordinator(const Token& t);   // and, or, but, nor, &
bool IsQuote(const Token& t);         // " `` '' “ ” and tokens flagged kTokenQuote
// A verb + preposition pair that acts as one verb: "called for", "met with".
bool IsPrepositionalVerb(const Token& verb, const Token& prep);
// Nouns that name events: attack, assassination, strike, visit, talks ...
bool IsEventNoun(const Token& t);
// Prepositions that take the target of a nominal event: "attack on", "assassination of".
bool IsNominalObjectPrep(const Token& t);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_CLAUSE_LEXICON_H_
