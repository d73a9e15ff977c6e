// Clause analysis: who did what to whom, from POS tags and chunks.
//
// AnalyzeClauses reads a tagged and chunked sentence (SyntaxModel::Tag, or a
// Penn Treebank tree) and returns one Clause per verb group, plus one per
// nominalised event ("the US assassination of the commander"). Each clause
// names its verb group, subject and object (with coordinated actors split
// into conjuncts), prepositional attachments, passive agent, tense and
// negation, and how it hangs off the other clauses (relative, subordinate,
// complement, reported speech with its speaker).
//
//   "Iranian President Hassan Rouhani called for constant efforts"
//   -> S=[Iranian President Hassan Rouhani] V=[called for] O=[constant efforts] neg=0 pass=0
//
// The analysis is rule-based over chunks, in the spirit of TABARI's shallow
// parser: fast (no allocation beyond the result), total (any token sequence
// gives a result, possibly with empty slots), and explainable. It is not a
// full parser: long-distance attachments are guessed by proximity.
//
// Thread-safety: pure functions of their arguments.
#ifndef KHALDUN_SYNTAX_CLAUSE_H_
#define KHALDUN_SYNTAX_CLAUSE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"

namespace khaldun {

enum class ClauseKind : uint8_t {
  kMain,         // "Iran attacked the base"; also a coordinated main clause
  kRelative,     // "the militia [that attacked the base]"
  kSubordinate,  // "[after the US killed the commander], Iran ..."
  kComplement,   // non-finite or "that" complement of a non-speech verb: "efforts [to end the war]"
  kReported,     // the content of reported speech: "X said [(that) Iran attacked]"
  kNominal,      // a nominalised event: "the US [assassination] of the commander"
};
std::string_view ClauseKindName(ClauseKind kind);  // "main", "rel", "sub", "comp", "rep", "nom"

enum class Tense : uint8_t {
  kNone,       // nominal events
  kPresent,    // "attacks", "is attacking"
  kPast,       // "attacked", "has attacked", "was attacked", "did not attack"
  kFuture,     // "will attack", "'ll attack", "is going to attack"
  kModal,      // "would/could/may/should/must attack"
  kNonFinite,  // "to attack", "attacking", "attacked" without an auxiliary
};
std::string_view TenseName(Tense tense);  // "none", "present", "past", "future", "modal", "nonfinite"

// A prepositional attachment of a verb: "in" + "Syria".
struct PrepAttachment {
  uint32_t prep = 0;  // token index of the preposition
  TokenSpan object;   // its noun phrase
};

struct Clause {
  ClauseKind kind = ClauseKind::kMain;
  int parent = -1;  // index of the governing clause in the result, or -1

  // The verb group with auxiliaries, negation, particles and a governed
  // preposition: "did not attack", "has been killed", "called off", "called
  // for", "denied attacking". For a nominal event, the event noun with its
  // noun modifiers: "missile attack".
  TokenSpan verb;
  uint32_t head = 0;  // the lexical verb (or event noun) that names the event: "attack"

  std::vector<TokenSpan> subjects;  // conjuncts: "Tehran and Damascus" -> [Tehran] [Damascus]
  std::vector<TokenSpan> objects;
  std::vector<PrepAttachment> preps;  // in sentence order, excluding the passive agent
  // The doer of a passive verb ("was assassinated by [X]") or of a nominal
  // event's modifier ("was assassinated in a [US] attack"); empty if none.
  TokenSpan agent;

  Tense tense = Tense::kNone;
  bool negated = false;  // "not", "n't", "never", or a denial: "denied attacking"
  bool passive = false;  // a form of "be"/"get" + past participle

  TokenSpan marker;   // the word that introduces the clause: "that", "who", "after"
  TokenSpan speaker;  // for reported speech: who said it ("Rouhani said ...")
  bool in_quotation = false;  // the verb lies between quotation marks
};

// Analyses one sentence whose tokens carry POS tags and chunk tags. Tokens
// with no tags give clauses with empty slots. Clauses are ordered: verb
// clauses by position of their verb group, then nominal events by position.
std::vector<Clause> AnalyzeClauses(std::span<const Token> sentence);

// "S=[Tehran]+[Damascus] V=[condemned] O=[the strike] neg=0 pass=0", followed,
// only when present, by " A=[agent]", " P=[in Syria]" per attachment,
// " kind=rel", " speaker=[X]" and " quote=1".
std::string RenderClause(const Clause& clause, std::span<const Token> sentence);

// The tokens of a span joined by spaces: "the US base".
std::string SpanText(std::span<const Token> sentence, TokenSpan span);

}  // namespace khaldun

#endif  // KHALDUN_SYNTAX_CLAUSE_H_
