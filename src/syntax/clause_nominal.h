// Nominalised events: "the US assassination of the commander", "Iran 's
// missile attack on a US base". The event noun plays the verb, its possessor
// or actor modifier the subject, its "of"/"on"/"against" phrase the object.
#ifndef KHALDUN_SYNTAX_CLAUSE_NOMINAL_H_
#define KHALDUN_SYNTAX_CLAUSE_NOMINAL_H_

#include <span>
#include <vector>

#include "khaldun/syntax_clause.h"
#include "syntax/clause_units.h"

namespace khaldun::internal {

// Appends one kNominal clause per event noun that has a subject or an object.
void AddNominalEvents(const SentenceUnits& units, std::vector<Clause>* clauses);

// The actor modifying an event noun inside `np`: "a [US] drone strike",
// "an [Israeli] attack"; empty when there is none.
TokenSpan EventModifierActor(std::span<const Token> tokens, TokenSpan np);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_CLAUSE_NOMINAL_H_
