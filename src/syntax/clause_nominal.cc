#include "syntax/clause_nominal.h"

#include "khaldun/syntax.h"
#include "syntax/clause_lexicon.h"

namespace khaldun::internal {
namespace {

bool IsCommonNoun(const Token& t) { return t.pos == kPosNN || t.pos == kPosNNS; }

// "US", "Israeli", "Saudi-led": a proper noun, or a capitalised adjective.
bool IsActorModifier(const Token& t) {
  return IsProperTag(t.pos) ||
         ((t.pos == kPosJJ || t.pos == kPosVBN) && !t.text.empty() && t.text[0] >= 'A' &&
          t.text[0] <= 'Z');
}

// The start of the noun modifiers before an event noun: "missile attack".
uint32_t ModifiersStart(std::span<const Token> t, uint32_t from, uint32_t head) {
  uint32_t b = head;
  while (b > from && IsCommonNoun(t[b - 1])) --b;
  return b;
}

// A run of actor modifiers ending right before `end`.
TokenSpan ActorRun(std::span<const Token> t, uint32_t from, uint32_t end) {
  uint32_t b = end;
  while (b > from && IsActorModifier(t[b - 1])) --b;
  return {b, b < end ? end : b};
}

}  // namespace

TokenSpan EventModifierActor(std::span<const Token> t, TokenSpan np) {
  for (uint32_t h = np.end; h-- > np.begin;) {
    if (!IsCommonNoun(t[h]) || !IsEventNoun(t[h])) continue;
    TokenSpan run = ActorRun(t, np.begin, ModifiersStart(t, np.begin, h));
    if (!run.empty()) return run;
  }
  return {};
}

void AddNominalEvents(const SentenceUnits& su, std::vector<Clause>* clauses) {
  std::span<const Token> t = su.tokens();
  size_t verbal = clauses->size();
  for (uint32_t u = 0; u < su.size(); ++u) {
    if (!su.IsNP(u)) continue;
    const Unit& unit = su.unit(u);
    for (uint32_t h = unit.begin; h < unit.end; ++h) {
      // The event noun heads its chunk: "attack" in "missile attack", not in
      // "attack helicopters".
      if (!IsCommonNoun(t[h]) || !IsEventNoun(t[h])) continue;
      if (h + 1 < unit.end && IsCommonNoun(t[h + 1])) continue;
      Clause c;
      c.kind = ClauseKind::kNominal;
      c.head = h;
      uint32_t vbegin = ModifiersStart(t, unit.begin, h);
      c.verb = {vbegin, h + 1};
      // "Iran 's missile attack": a possessor in the same chunk ...
      TokenSpan subject;
      for (uint32_t x = vbegin; x-- > unit.begin;) {
        if (t[x].pos == kPosPOS) {
          subject = {unit.begin, x};
          // "[NP Iran] [NP 's missile attack]": the possessor is the chunk before.
          if (x == unit.begin && u > 0 && su.IsNP(u - 1)) {
            subject = {su.unit(u - 1).begin, su.unit(u - 1).end};
          }
          break;
        }
      }
      // ... "its attack" ...
      if (subject.empty() && vbegin > unit.begin && t[vbegin - 1].pos == kPosPRPS) {
        subject = {vbegin - 1, vbegin};
      }
      // ... "the US assassination", "an Israeli attack" ...
      if (subject.empty()) subject = ActorRun(t, unit.begin, vbegin);
      // ... or "[NP Iran 's] [NP missile attack]" chunked apart.
      if (subject.empty() && vbegin == unit.begin && u > 0 && su.IsNP(u - 1)) {
        const Unit& prev = su.unit(u - 1);
        if (t[prev.end - 1].pos == kPosPOS && prev.end - 1 > prev.begin) {
          subject = {prev.begin, prev.end - 1};
        }
      }
      if (!subject.empty()) c.subjects.push_back(subject);
      // "assassination [of the commander]", "attack [on a US base]".
      uint32_t next = u + 1;
      if (h + 1 == unit.end && su.IsPP(next) && su.IsSingle(next) &&
          IsNominalObjectPrep(su.first(next)) && su.IsNP(next + 1)) {
        NounPhrase obj = su.PhraseAt(next + 1, su.size());
        c.objects = obj.conjuncts;
        next = obj.next;
      }
      if (h + 1 == unit.end && su.IsPP(next) && su.IsNP(next + 1)) {
        NounPhrase np = su.PhraseAt(next + 1, su.size());
        c.preps.push_back({su.unit(next).end - 1, np.Whole()});
      }
      if (c.subjects.empty() && c.objects.empty()) continue;
      // The verb clause the event is mentioned in: the nearest one before it.
      for (size_t k = 0; k < verbal; ++k) {
        if ((*clauses)[k].verb.begin <= h) c.parent = static_cast<int>(k);
      }
      if (c.parent < 0 && verbal > 0) c.parent = 0;
      clauses->push_back(std::move(c));
    }
  }
}

}  // namespace khaldun::internal
