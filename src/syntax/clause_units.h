// Internals of the clause analysis: the sentence as a sequence of units
// (chunks, and single tokens outside chunks), verb groups and noun phrases.
#ifndef KHALDUN_SYNTAX_CLAUSE_UNITS_H_
#define KHALDUN_SYNTAX_CLAUSE_UNITS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"

namespace khaldun::internal {

struct Unit {
  ChunkType type = ChunkType::kNone;  // kNone: a token outside any chunk
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A verb group: one VP chunk, merged with what completes it (see
// FindVerbGroups). unit_begin/unit_end index the units it covers.
struct VerbGroup {
  uint32_t unit_begin = 0;
  uint32_t unit_end = 0;
  TokenSpan span;
  uint32_t head = 0;
  Tense tense = Tense::kNone;
  bool negated = false;
  bool passive = false;
  bool non_finite = false;  // starts with "to" or a participle: "to end", "attacking"
};

// A noun phrase with its conjuncts; `next` is the first unit after it.
struct NounPhrase {
  std::vector<TokenSpan> conjuncts;
  uint32_t next = 0;
  bool empty() const { return conjuncts.empty(); }
  TokenSpan Whole() const {
    return conjuncts.empty() ? TokenSpan{} : TokenSpan{conjuncts.front().begin, conjuncts.back().end};
  }
};

class SentenceUnits {
 public:
  explicit SentenceUnits(std::span<const Token> tokens);

  std::span<const Token> tokens() const { return tokens_; }
  const std::vector<Unit>& units() const { return units_; }
  const Unit& unit(uint32_t i) const { return units_[i]; }
  uint32_t size() const { return static_cast<uint32_t>(units_.size()); }
  const Token& first(uint32_t u) const { return tokens_[units_[u].begin]; }
  bool IsNP(uint32_t u) const { return u < size() && units_[u].type == ChunkType::kNP; }
  bool IsPP(uint32_t u) const { return u < size() && units_[u].type == ChunkType::kPP; }
  bool IsSingle(uint32_t u) const { return u < size() && units_[u].end - units_[u].begin == 1; }

  // Verb groups, in order.
  std::vector<VerbGroup> FindVerbGroups() const;

  // The noun phrase starting at unit u (which must be an NP, else empty), not
  // going past unit `limit`: possessives and "of" phrases are folded in
  // ("the commander of the Quds Force"), coordination splits conjuncts
  // ("Tehran and Damascus", "Iran, Syria and Iraq").
  NounPhrase PhraseAt(uint32_t u, uint32_t limit) const;

  // The first noun phrase in [from, limit) that is not the object of a
  // preposition: the subject in "On Sunday , rebels seized ...".
  NounPhrase FirstBarePhrase(uint32_t from, uint32_t limit) const;

 private:
  TokenSpan SimplePhrase(uint32_t u, uint32_t limit, uint32_t* next) const;

  std::span<const Token> tokens_;
  std::vector<Unit> units_;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_CLAUSE_UNITS_H_
