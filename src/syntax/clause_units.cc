#include "syntax/clause_units.h"

#include "syntax/clause_lexicon.h"

namespace khaldun::internal {

SentenceUnits::SentenceUnits(std::span<const Token> tokens) : tokens_(tokens) {
  ChunkType open = ChunkType::kNone;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    uint8_t c = tokens[i].chunk;
    ChunkType type = ChunkTypeOf(c);
    if (type != ChunkType::kNone && !ChunkIsBegin(c) && type == open) {
      units_.back().end = i + 1;
      continue;
    }
    units_.push_back({type, i, i + 1});
    open = type;
  }
}

std::vector<VerbGroup> SentenceUnits::FindVerbGroups() const {
  std::vector<VerbGroup> groups;
  for (uint32_t u = 0; u < size(); ++u) {
    if (units_[u].type != ChunkType::kVP) continue;
    uint32_t end = u + 1;
    while (end < size()) {
      const Unit& v = units_[end];
      // "[VP did] [ADVP not] [VP attack]": negation chunked apart.
      if (IsSingle(end) && IsNegation(first(end)) && end + 1 < size() &&
          units_[end + 1].type == ChunkType::kVP) {
        end += 2;
        continue;
      }
      // "[VP is] about [VP to restore]": an adverb before a to-infinitive.
      if (IsSingle(end) && (first(end).pos == kPosRB || EqualsIgnoreCase(first(end).text, "about")) &&
          !IsNegation(first(end)) && end + 1 < size() && units_[end + 1].type == ChunkType::kVP &&
          first(end + 1).pos == kPosTO) {
        end += 2;
        continue;
      }
      // "[VP denied] [VP attacking]", "[VP vowed] [VP to retaliate]": one catenative group.
      uint8_t p = first(end).pos;
      if (v.type == ChunkType::kVP && (p == kPosTO || p == kPosVBG || p == kPosVB)) {
        ++end;
        continue;
      }
      if (v.type == ChunkType::kPRT) {  // "called off", "stepped up"
        ++end;
        continue;
      }
      break;
    }
    VerbGroup g;
    g.unit_begin = u;
    g.span = {units_[u].begin, units_[end - 1].end};
    g.head = g.span.end - 1;
    for (uint32_t t = g.span.end; t-- > g.span.begin;) {
      uint8_t p = tokens_[t].pos;
      if (IsVerbTag(p) && p != kPosMD) {
        g.head = t;
        break;
      }
    }
    // "called for constant efforts": the preposition belongs to the verb.
    if (end < size() && IsPP(end) && IsSingle(end) &&
        IsPrepositionalVerb(tokens_[g.head], first(end))) {
      g.span.end = units_[end].end;
      ++end;
    }
    g.unit_end = end;

    // Tense from the first verb: "did not attack" past, "will attack" future.
    uint32_t first_verb = g.span.end;
    for (uint32_t t = g.span.begin; t < g.span.end; ++t) {
      if (IsVerbTag(tokens_[t].pos) || tokens_[t].pos == kPosTO) {
        first_verb = t;
        break;
      }
    }
    if (first_verb == g.span.end) first_verb = g.head;
    const Token& fv = tokens_[first_verb];
    bool perfect = false;
    for (uint32_t t = first_verb + 1; t <= g.head && IsHaveForm(fv); ++t) {
      perfect |= tokens_[t].pos == kPosVBN;
    }
    bool going_to = IsBeForm(fv) && first_verb + 2 < g.span.end &&
                    EqualsIgnoreCase(tokens_[first_verb + 1].text, "going") &&
                    tokens_[first_verb + 2].pos == kPosTO;
    if (fv.pos == kPosTO || fv.pos == kPosVBG) {
      g.tense = Tense::kNonFinite;
      g.non_finite = true;
    } else if (fv.pos == kPosMD) {
      g.tense = IsFutureModal(fv) ? Tense::kFuture : Tense::kModal;
    } else if (going_to) {
      g.tense = Tense::kFuture;
    } else if (fv.pos == kPosVBD || perfect) {
      g.tense = Tense::kPast;
    } else if (fv.pos == kPosVBZ || fv.pos == kPosVBP) {
      g.tense = Tense::kPresent;
    } else if (fv.pos == kPosVBN && u > 0 && units_[u - 1].type == ChunkType::kNP) {
      // "Iran attacked/VBN the base": a tagger slip right after a subject.
      g.tense = Tense::kPast;
    } else {
      g.tense = Tense::kNonFinite;
      g.non_finite = true;
    }

    // Negation: "did not attack", "never attacked"; a denial verb before the
    // head negates the event it governs: "denied attacking", "refused to pay".
    for (uint32_t t = g.span.begin; t < g.span.end; ++t) {
      if (IsNegation(tokens_[t])) g.negated = true;
      if (t < g.head && IsDenialVerb(tokens_[t])) g.negated = true;
    }
    // Passive: be/get + past participle, adverbs allowed between:
    // "was assassinated", "has been killed", "got arrested", "were not
    // immediately released".
    uint8_t hp = tokens_[g.head].pos;
    if (hp == kPosVBN || hp == kPosVBD) {
      for (uint32_t t = g.head; t-- > g.span.begin;) {
        uint8_t p = tokens_[t].pos;
        if (p == kPosRB || IsNegation(tokens_[t])) continue;
        g.passive = IsBeForm(tokens_[t]) || IsGetForm(tokens_[t]);
        break;
      }
    }
    groups.push_back(g);
    u = end - 1;
  }
  return groups;
}

TokenSpan SentenceUnits::SimplePhrase(uint32_t u, uint32_t limit, uint32_t* next) const {
  TokenSpan span{units_[u].begin, units_[u].end};
  uint32_t j = u + 1;
  for (;;) {
    // "[NP Iran 's] [NP missile attack]": a possessor is part of the phrase.
    // Also "[NP Iran] [NP 's missile attack]", the clitic chunked rightwards.
    if (j < limit && IsNP(j) &&
        (tokens_[span.end - 1].pos == kPosPOS || tokens_[units_[j].begin].pos == kPosPOS)) {
      span.end = units_[j].end;
      ++j;
      continue;
    }
    // "[NP the commander] [PP of] [NP the Quds Force]".
    if (j + 1 < limit && IsPP(j) && IsSingle(j) && EqualsIgnoreCase(first(j).text, "of") &&
        IsNP(j + 1)) {
      span.end = units_[j + 1].end;
      j += 2;
      continue;
    }
    break;
  }
  *next = j;
  return span;
}

NounPhrase SentenceUnits::PhraseAt(uint32_t u, uint32_t limit) const {
  NounPhrase np;
  if (u >= limit || !IsNP(u)) return np;
  uint32_t j = 0;
  std::vector<TokenSpan> spans = {SimplePhrase(u, limit, &j)};
  for (;;) {
    // "Tehran and Damascus" chunked as two NPs.
    if (j + 1 < limit && IsSingle(j) && IsCoordinator(first(j)) && IsNP(j + 1)) {
      spans.push_back(SimplePhrase(j + 1, limit, &j));
      continue;
    }
    // "Iran , Syria and Iraq" (also with a serial comma); without the final
    // coordinator the commas mark an apposition: "Rouhani , the president ,".
    if (j < limit && first(j).text == ",") {
      std::vector<TokenSpan> more;
      uint32_t k = j;
      while (k + 1 < limit && first(k).text == "," && IsNP(k + 1)) {
        more.push_back(SimplePhrase(k + 1, limit, &k));
      }
      if (k < limit && first(k).text == "," && k + 1 < limit && IsCoordinator(first(k + 1))) ++k;
      if (!more.empty() && k + 1 < limit && IsSingle(k) && IsCoordinator(first(k)) &&
          IsNP(k + 1)) {
        spans.insert(spans.end(), more.begin(), more.end());
        spans.push_back(SimplePhrase(k + 1, limit, &j));
        continue;
      }
    }
    break;
  }
  // "[NP Tehran and Damascus]", "[NP Iran , Syria and Iraq]" chunked as one
  // NP: split at the coordinator, and at commas when there is one.
  for (const TokenSpan& s : spans) {
    bool coordinated = false;
    for (uint32_t t = s.begin; t < s.end; ++t) coordinated |= tokens_[t].pos == kPosCC;
    uint32_t start = s.begin;
    for (uint32_t t = s.begin; t < s.end; ++t) {
      bool split = tokens_[t].pos == kPosCC || (coordinated && tokens_[t].text == ",");
      if (split && t == start && t > s.begin) {  // ", and": the comma already split
        start = t + 1;
        continue;
      }
      if (split && t > start && t + 1 < s.end) {
        np.conjuncts.push_back({start, t});
        start = t + 1;
      }
    }
    np.conjuncts.push_back({start, s.end});
  }
  np.next = j;
  return np;
}

NounPhrase SentenceUnits::FirstBarePhrase(uint32_t from, uint32_t limit) const {
  uint32_t u = from;
  while (u < limit) {
    if (IsNP(u) && !IsRelativePronoun(first(u))) return PhraseAt(u, limit);
    if (IsPP(u) && IsNP(u + 1)) {
      u = PhraseAt(u + 1, limit).next;
      continue;
    }
    ++u;
  }
  return {};
}

}  // namespace khaldun::internal
