// Post-passes of the clause analysis (see clause.cc), each a pure function
// of the clauses found so far.
#ifndef KHALDUN_SYNTAX_CLAUSE_LINKS_H_
#define KHALDUN_SYNTAX_CLAUSE_LINKS_H_

#include <span>
#include <vector>

#include "khaldun/syntax_clause.h"
#include "syntax/clause_units.h"

namespace khaldun::internal {

// Sentence-initial subordinate and relative clauses get the next main clause
// as parent (else the previous one).
void LinkParents(std::vector<Clause>* clauses);
// A speech verb with no object or content of its own after top-level clauses
// makes them its reported content: "Rebels seized the airport , officials said".
void MarkPostposedSpeech(std::span<const Token> tokens, std::vector<Clause>* clauses);
// "according to X": top-level main clauses become reported, with X as speaker.
void MarkAccordingTo(const SentenceUnits& units, std::vector<Clause>* clauses);
// Reported clauses get their parent's subject as speaker; their own
// children inherit it.
void FillSpeakers(std::vector<Clause>* clauses);
// in_quotation for clauses whose head lies between quotation marks.
void MarkQuotations(std::span<const Token> tokens, std::vector<Clause>* clauses);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_CLAUSE_LINKS_H_
