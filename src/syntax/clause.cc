// Clause analysis over chunks.
//
// The sentence is cut at its verb groups. The stretch of units between two
// verb groups (a "region") holds the objects and attachments of the group on
// its left, possibly a clause marker ("that", "who", "after", "and", a
// quotation mark), and the subject of the group on its right:
//
//   [Rebels] seized | [the airport] [on Sunday] , [officials] | said .
//                     ^ objects of "seized"       ^ subject of "said"
//
// Each region is split at its marker (or, lacking one, at its last comma, or
// before its last bare noun phrase), and the marker decides the kind of the
// clause on the right. Post-passes link subordinate clauses to their main
// clause, turn clauses followed by "X said" into reported speech, and add the
// nominalised events.
#include <algorithm>

#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"
#include "syntax/clause_lexicon.h"
#include "syntax/clause_links.h"
#include "syntax/clause_nominal.h"
#include "syntax/clause_units.h"

namespace khaldun {
namespace {

using internal::EqualsIgnoreCase;
using internal::NounPhrase;
using internal::SentenceUnits;
using internal::VerbGroup;

enum class Marker { kNone, kRelative, kSubordinate, kThat, kCoordinator, kQuote, kColon };

// Always subordinators, whatever the chunker made of them; "after", "before",
// "since", "as" also head prepositional phrases, so they count only when the
// chunker put them in an SBAR chunk.
bool IsStrictSubordinator(const Token& t) {
  for (auto w : {"because", "although", "though", "whereas", "unless", "if", "while", "when",
                 "whether"}) {
    if (EqualsIgnoreCase(t.text, w)) return true;
  }
  return false;
}

class Analyzer {
 public:
  explicit Analyzer(std::span<const Token> tokens)
      : t_(tokens), su_(tokens), groups_(su_.FindVerbGroups()), clauses_(groups_.size()) {
    for (size_t k = 0; k < groups_.size(); ++k) {
      const VerbGroup& g = groups_[k];
      Clause& c = clauses_[k];
      c.verb = g.span;
      c.head = g.head;
      c.tense = g.tense;
      c.negated = g.negated;
      c.passive = g.passive;
    }
  }

  std::vector<Clause> Run() {
    uint32_t n = static_cast<uint32_t>(groups_.size());
    for (uint32_t k = 0; k <= n; ++k) Region(k);
    internal::LinkParents(&clauses_);
    internal::MarkPostposedSpeech(t_, &clauses_);
    internal::MarkAccordingTo(su_, &clauses_);
    internal::FillSpeakers(&clauses_);
    internal::MarkQuotations(t_, &clauses_);
    internal::AddNominalEvents(su_, &clauses_);
    return std::move(clauses_);
  }

 private:
  bool IsSpeech(int k) const { return k >= 0 && internal::IsSpeechVerb(t_[groups_[k].head]); }

  // Is unit u (in the region left of group k, starting at `left`) a marker?
  Marker MarkerAt(uint32_t u, uint32_t left, uint32_t right, uint32_t k) const {
    const Token& w = su_.first(u);
    bool single = su_.IsSingle(u);
    bool after_np = u > left && (su_.IsNP(u - 1) || (su_.first(u - 1).text == "," && u - 1 > left &&
                                                     su_.IsNP(u - 2)));
    if (single && internal::IsQuote(w)) return Marker::kQuote;
    if (single && (w.text == ":" || w.text == ";")) return Marker::kColon;
    if (EqualsIgnoreCase(w.text, "that") && single) {
      // "said that ...": a complementizer; "the militia that attacked": a relative.
      if (u == left && k > 0) return Marker::kThat;
      if (IsSpeech(static_cast<int>(k) - 1)) return Marker::kThat;
      return after_np ? Marker::kRelative : Marker::kThat;
    }
    if (single && internal::IsRelativePronoun(w)) {
      return after_np ? Marker::kRelative : Marker::kThat;  // "asked what ..."
    }
    if (single && w.pos == kPosWRB) return Marker::kSubordinate;  // "when", "where"
    if (single && internal::IsSubordinator(w) &&
        (su_.unit(u).type == ChunkType::kSBAR || IsStrictSubordinator(w))) {
      return Marker::kSubordinate;
    }
    // "retaliated [PP after] [NP the US] killed ...": the chunker took a
    // subordinator for a preposition, but a finite verb follows its phrase.
    if (single && internal::IsSubordinator(w) && su_.IsNP(u + 1) && k < groups_.size() &&
        !groups_[k].non_finite && su_.PhraseAt(u + 1, right).next == right) {
      return Marker::kSubordinate;
    }
    if (single && internal::IsCoordinator(w) && k > 0) {
      // "attacked the base and destroyed it"; ", and Syria condemned it";
      // not "Tehran and Damascus", which is a coordinated noun phrase.
      if (u + 1 == right) return Marker::kCoordinator;
      if (u > left && su_.first(u - 1).text == ",") return Marker::kCoordinator;
      if (su_.IsNP(u + 1) && su_.PhraseAt(u + 1, right).next == right &&
          k < groups_.size() && !groups_[k].non_finite) {
        return Marker::kCoordinator;
      }
    }
    return Marker::kNone;
  }

  // Objects and attachments of clause k from units [from, to).
  void FillObjects(uint32_t k, uint32_t from, uint32_t to) {
    Clause& c = clauses_[k];
    uint32_t u = from;
    while (u < to && su_.unit(u).type == ChunkType::kADVP) ++u;
    if (su_.IsNP(u) && !internal::IsRelativePronoun(su_.first(u))) {
      NounPhrase np = su_.PhraseAt(u, to);
      c.objects = np.conjuncts;
      u = np.next;
    }
    while (u < to) {
      if (su_.IsPP(u) && u + 1 < to && su_.IsNP(u + 1)) {
        NounPhrase np = su_.PhraseAt(u + 1, to);
        uint32_t prep = su_.unit(u).end - 1;
        // "was assassinated by [X]": the agent of a passive.
        if (c.passive && c.agent.empty() && EqualsIgnoreCase(t_[prep].text, "by")) {
          c.agent = np.Whole();
        } else {
          c.preps.push_back({prep, np.Whole()});
          // "was assassinated in a [US] attack": the attack's actor did it.
          if (c.passive && c.agent.empty()) c.agent = internal::EventModifierActor(t_, np.Whole());
        }
        u = np.next;
        continue;
      }
      ++u;
    }
  }

  // The noun phrase that a relative marker at unit m refers back to.
  NounPhrase Antecedent(uint32_t left, uint32_t m) const {
    uint32_t a = m;
    while (a > left && !su_.IsNP(a - 1)) --a;
    if (a == left) return {};
    uint32_t start = a - 1;
    // Back over "of" phrases and possessives: "the commander of the Quds Force , who".
    while (start >= left + 2 && su_.IsPP(start - 1) &&
           EqualsIgnoreCase(su_.first(start - 1).text, "of") && su_.IsNP(start - 2)) {
      start -= 2;
    }
    while (start >= left + 1 && su_.IsNP(start - 1) &&
           t_[su_.unit(start - 1).end - 1].pos == kPosPOS) {
      --start;
    }
    return su_.PhraseAt(start, m);
  }

  // Region k: between group k-1 and group k.
  void Region(uint32_t k) {
    uint32_t n = static_cast<uint32_t>(groups_.size());
    uint32_t left = k > 0 ? groups_[k - 1].unit_end : 0;
    uint32_t right = k < n ? groups_[k].unit_begin : su_.size();
    int m = -1;
    Marker marker = Marker::kNone;
    for (uint32_t u = left; u < right; ++u) {
      Marker mk = MarkerAt(u, left, right, k);
      if (mk != Marker::kNone) {
        m = static_cast<int>(u);
        marker = mk;
        if (k == n) break;  // after the last verb, the first boundary ends its objects
      }
    }
    uint32_t obj_end = right, subj_begin = right;
    bool zero_that = false;
    if (m >= 0) {
      obj_end = static_cast<uint32_t>(m);
      subj_begin = static_cast<uint32_t>(m) + 1;
    } else if (k == 0) {
      subj_begin = left;
    } else if (k < n && !groups_[k].non_finite) {
      uint32_t comma = right;
      for (uint32_t u = left; u < right; ++u) {
        if (su_.first(u).text == "," && su_.IsNP(u + 1) && u + 1 < right) comma = u;
      }
      std::vector<uint32_t> bare;  // starts of bare noun phrases
      for (uint32_t u = left; u < right;) {
        if (su_.IsPP(u) && su_.IsNP(u + 1)) {
          u = su_.PhraseAt(u + 1, right).next;
        } else if (su_.IsNP(u)) {
          bare.push_back(u);
          u = su_.PhraseAt(u, right).next;
        } else {
          ++u;
        }
      }
      if (comma < right) {
        obj_end = comma;
        subj_begin = comma + 1;
      } else if (bare.size() >= 2) {
        // "told reporters [Iran] attacked": the last bare phrase is a subject.
        obj_end = subj_begin = bare.back();
      } else if (bare.size() == 1 && IsSpeech(static_cast<int>(k) - 1)) {
        // "X said [Iran] attacked": the complementizer "that" left out.
        obj_end = subj_begin = left;
        zero_that = true;
      }
    }
    if (k > 0) FillObjects(k - 1, left, obj_end);
    if (k == n) return;

    Clause& c = clauses_[k];
    NounPhrase subject = su_.FirstBarePhrase(subj_begin, right);
    if (m >= 0) c.marker = {su_.unit(m).begin, su_.unit(m).end};
    Clause* prev = k > 0 ? &clauses_[k - 1] : nullptr;
    switch (marker) {
      case Marker::kRelative: {
        c.kind = ClauseKind::kRelative;
        NounPhrase antecedent = Antecedent(left, static_cast<uint32_t>(m));
        if (!subject.empty()) {  // "the base that Iran attacked"
          c.subjects = subject.conjuncts;
          c.objects = antecedent.conjuncts;
        } else {  // "the militia that attacked the base"
          c.subjects = antecedent.conjuncts;
        }
        c.parent = static_cast<int>(k) - 1;
        // "The militia that attacked the base was disbanded": the antecedent
        // also waits to be the subject of the main verb.
        if (!have_main_) pending_ = antecedent.conjuncts;
        break;
      }
      case Marker::kSubordinate:
        // "would pay a heavy price if it attacked": the clause before governs;
        // a sentence-initial one waits for LinkParents.
        c.kind = ClauseKind::kSubordinate;
        c.subjects = subject.conjuncts;
        c.parent = static_cast<int>(k) - 1;
        break;
      case Marker::kThat:
        c.kind = IsSpeech(static_cast<int>(k) - 1) ? ClauseKind::kReported : ClauseKind::kComplement;
        c.parent = static_cast<int>(k) - 1;
        c.subjects = subject.conjuncts;
        break;
      case Marker::kCoordinator:
        // "Iran attacked the base and destroyed it": shared subject.
        c.kind = prev ? prev->kind : ClauseKind::kMain;
        c.parent = prev ? prev->parent : -1;
        c.subjects = subject.empty() && prev ? prev->subjects : subject.conjuncts;
        break;
      default:
        if (zero_that) {
          c.kind = ClauseKind::kReported;
          c.parent = static_cast<int>(k) - 1;
          c.subjects = subject.conjuncts;
        } else if (groups_[k].non_finite && prev) {
          // "urged Iran to stop": the object of a control verb is the subject.
          c.kind = ClauseKind::kComplement;
          c.parent = static_cast<int>(k) - 1;
          if (internal::IsControlVerb(t_[groups_[k - 1].head])) c.subjects = prev->objects;
        } else {
          c.subjects = subject.conjuncts;
          if (c.subjects.empty() && !pending_.empty()) c.subjects = pending_;
          pending_.clear();
        }
        break;
    }
    if (c.kind == ClauseKind::kMain && c.parent < 0) have_main_ = true;
  }

  std::span<const Token> t_;
  SentenceUnits su_;
  std::vector<VerbGroup> groups_;
  std::vector<Clause> clauses_;
  std::vector<TokenSpan> pending_;  // a main subject interrupted by a relative clause
  bool have_main_ = false;
};

}  // namespace

std::vector<Clause> AnalyzeClauses(std::span<const Token> sentence) {
  if (sentence.empty()) return {};
  return Analyzer(sentence).Run();
}

}  // namespace khaldun
