// Source and target from a dependency parse, for a trigger whose parties the
// clause analysis could not find.
//
// The clause analysis (coder/clause.h) reads subjects and objects from POS
// tags and word order; long appositives, relative clauses and coordinated
// verbs defeat it ("The minister, who had flown in from Doha on Sunday, met
// the rebels' envoy"). A dependency parse links the verb to its arguments
// across such material. It is a fallback only: the coder asks for it when a
// trigger has no source or no target, and the sentence is parsed then, once.
#ifndef KHALDUN_CODER_DEP_ROLES_H_
#define KHALDUN_CODER_DEP_ROLES_H_

#include <span>
#include <string>
#include <vector>

#include "coder/mentions.h"
#include "khaldun/dep_parser.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// A sentence's parse, computed on first use and kept for its other triggers.
// Reused across sentences (Reset), so parsing allocates nothing once grown.
class LazyParse {
 public:
  void Reset(const DepModel* model, std::span<const Token> tokens) {
    model_ = model;
    tokens_ = tokens;
    done_ = false;
  }
  bool available() const { return model_ != nullptr && !tokens_.empty(); }
  // The arcs, or null without a model. Not thread-safe (one per coder call).
  const std::vector<DepArc>* Get();
  const DepModel* model() const { return model_; }

 private:
  const DepModel* model_ = nullptr;
  std::span<const Token> tokens_;
  bool done_ = false;
  std::vector<DepArc> arcs_;
};

struct DepRoles {
  int source = -1;  // mention indices, -1 when the parse names none
  int target = -1;
  std::string why_source, why_target;
};

// The parties the parse gives the trigger at `trigger` (a verb, or an event
// noun when `nominal`):
//   verb:  nsubj -> source, obj (iobj first: "gave Kabul aid") -> target;
//          passive: obl:agent ("by X") -> source, nsubj:pass -> target;
//          a verb coordinated with an earlier one shares its subject;
//          "who"/"which" as subject stand for the noun the clause modifies.
//   noun:  the subject of the verb whose object it is ("X launched an
//          offensive") -> source; nmod:poss ("X's offensive") -> source.
// A party is a mention whose span holds the argument's head word; locative
// mentions and mentions without a code are not parties.
DepRoles RolesFromParse(std::span<const Token> tokens, std::span<const DepArc> arcs,
                        const DepModel& model, std::span<const Mention> mentions,
                        TokenSpan trigger, bool nominal);

}  // namespace khaldun::internal

#endif  // KHALDUN_CODER_DEP_ROLES_H_
