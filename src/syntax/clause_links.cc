// Post-passes of the clause analysis: links between clauses and reported
// speech, once every verb group has its clause.
#include <algorithm>

#include "khaldun/syntax.h"
#include "syntax/clause_lexicon.h"
#include "syntax/clause_links.h"

namespace khaldun::internal {

// "After the US killed him, Iran retaliated": a sentence-initial
// subordinate or relative clause hangs off the next main clause.
void LinkParents(std::vector<Clause>* clauses) {
  std::vector<Clause>& cs = *clauses;
  for (size_t k = 0; k < cs.size(); ++k) {
    Clause& c = cs[k];
    if (c.parent >= 0 || c.kind == ClauseKind::kMain) continue;
    for (size_t j = k + 1; j < cs.size(); ++j) {
      if (cs[j].kind == ClauseKind::kMain && cs[j].parent < 0) {
        c.parent = static_cast<int>(j);
        break;
      }
    }
    if (c.parent < 0) {
      for (size_t j = k; j-- > 0;) {
        if (cs[j].kind == ClauseKind::kMain) {
          c.parent = static_cast<int>(j);
          break;
        }
      }
    }
  }
}

// "Rebels seized the airport , officials said ." and "\"We will respond,\"
// Rouhani said .": a speech verb with no object of its own after a clause
// makes that clause its reported content.
void MarkPostposedSpeech(std::span<const Token> t, std::vector<Clause>* clauses) {
  std::vector<Clause>& cs = *clauses;
  auto IsSpeech = [&](size_t k) { return IsSpeechVerb(t[cs[k].head]); };
  for (size_t s = 1; s < cs.size(); ++s) {
    Clause& say = cs[s];
    if (!IsSpeech(s) || say.kind != ClauseKind::kMain || say.parent >= 0 ||
        !say.objects.empty() || say.subjects.empty()) {
      continue;
    }
    bool has_content = false;
    for (const Clause& c : cs) {
      has_content |= c.parent == static_cast<int>(s) &&
                     (c.kind == ClauseKind::kReported || c.kind == ClauseKind::kComplement);
    }
    if (has_content) continue;
    for (size_t j = 0; j < s; ++j) {
      if (cs[j].parent >= 0) continue;
      if (cs[j].kind == ClauseKind::kMain) cs[j].kind = ClauseKind::kReported;
      cs[j].parent = static_cast<int>(s);
    }
    for (size_t j = 0; j < s; ++j) {
      if (cs[j].parent >= 0 && cs[cs[j].parent].parent == static_cast<int>(s) &&
          cs[j].kind == ClauseKind::kMain) {
        cs[j].kind = ClauseKind::kReported;
      }
    }
  }
}

// "According to state media , the army shelled the town": the main
// clauses are reported, by the phrase after "according to".
void MarkAccordingTo(const SentenceUnits& su, std::vector<Clause>* clauses) {
  std::vector<Clause>& cs = *clauses;
  std::span<const Token> t = su.tokens();
  for (uint32_t i = 0; i + 2 < t.size(); ++i) {
    if (!EqualsIgnoreCase(t[i].text, "according") || !EqualsIgnoreCase(t[i + 1].text, "to")) {
      continue;
    }
    for (uint32_t u = 0; u < su.size(); ++u) {
      if (su.unit(u).begin != i + 2 || !su.IsNP(u)) continue;
      TokenSpan source = su.PhraseAt(u, su.size()).Whole();
      for (Clause& c : cs) {
        if (c.parent >= 0 || c.kind != ClauseKind::kMain) continue;
        c.kind = ClauseKind::kReported;
        c.speaker = source;
        std::erase_if(c.preps, [&](const PrepAttachment& p) { return p.prep == i + 1; });
      }
    }
  }
}

void FillSpeakers(std::vector<Clause>* clauses) {
  std::vector<Clause>& cs = *clauses;
  for (Clause& c : cs) {
    if (c.kind != ClauseKind::kReported || c.parent < 0) continue;
    const Clause& p = cs[c.parent];
    if (!p.subjects.empty()) c.speaker = {p.subjects.front().begin, p.subjects.back().end};
  }
  // A clause inside reported content ("X said Iran attacked the base that
  // ...") inherits the speaker.
  for (Clause& c : cs) {
    if (c.speaker.empty() && c.parent >= 0 && cs[c.parent].kind == ClauseKind::kReported) {
      c.speaker = cs[c.parent].speaker;
    }
  }
}

void MarkQuotations(std::span<const Token> t, std::vector<Clause>* clauses) {
  std::vector<Clause>& cs = *clauses;
  std::vector<bool> inside(t.size(), false);
  bool open = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsQuote(t[i])) {
      open = !open;
      continue;
    }
    inside[i] = open;
  }
  for (Clause& c : cs) c.in_quotation = c.head < t.size() && inside[c.head];
}

}  // namespace khaldun::internal
