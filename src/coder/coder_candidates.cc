// Coder::Code's trigger loop: the candidate events of each trigger of a
// sentence (coder/coder_internal.h), by the stages of coder/coder_candidates.h.

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/verb_dates.h"

namespace khaldun::coder_internal {

namespace {

// Runs the stages after ReadTrigger. Returns null when the trigger got to
// EmitCandidates, else what the stage that dropped it checks, for the
// explain note FindTriggerCandidates adds when that stage gave none.
const char* RunStages(TriggerCoding& t) {
  t.RecodeByConstruction();
  if (!t.KeepAssertedAct()) return "the text does not assert the act as done";
  if (!t.KeepOwnEvent()) return "part of an event told before it, not an event of its own";
  if (!t.TakePatternRoles()) return "a word of the pattern of a verb before it";
  if (!t.SettleRoles()) return "no party for it: the object of the verb before it, or held with no one";
  if (!t.RepairRolesByAct()) return "a trip that makes no state visit";
  if (!t.RepairByOutcome()) return "announced, not done";
  t.RecordForLaterTriggers();
  if (!t.ReviseTarget()) return "its target is no other party";
  t.SettleCompoundSource();
  t.FindTargetByAct();
  if (!t.FindTargetAnsweredOrThreatened()) return "an act owed ('must', 'should'), not done";
  if (!t.FindTargetOfJudgment()) return "whoever it judges is the source's own party";
  if (!t.LastRepairs()) return "a purpose not done, or a source or target missing";
  t.EmitCandidates();
  return nullptr;
}

}  // namespace

// The candidates of the sentence's trigger matches[mi]: who did what to whom
// by each reading of it, with the bookkeeping the triggers after it read.
// With a trace (khaldun explain), a trigger read but left with no candidate
// always gets a line saying why: the note of the stage that dropped it, or
// one naming what that stage checks.
void FindTriggerCandidates(const TriggerInputs& in, TriggerState& state, size_t mi) {
  TriggerCoding t{in, state, mi, in.matches[mi]};
  if (!t.ReadTrigger()) return;
  if (!in.s.trace) {
    RunStages(t);
    return;
  }
  auto own = [&] {
    return std::count_if(state.candidates.begin(), state.candidates.end(),
                         [&](const Candidate& c) { return c.trigger == t.m.span; });
  };
  const auto candidates = own();
  const size_t notes = in.s.trace->lines.size();
  const char* dropped = RunStages(t);
  // (A stage's own note says why already: it names the trigger, or says
  // "no event".)
  for (size_t k = notes; k < in.s.trace->lines.size(); ++k) {
    const std::string& line = in.s.trace->lines[k];
    if (line.starts_with(t.label) || line.find("no event") != std::string::npos) return;
  }
  if (dropped != nullptr)
    in.s.Note(fmt::format("{}: {}; no event", t.label, dropped));
  else if (own() == candidates)
    in.s.Note(fmt::format("{}: no pair of source and target to code; no event", t.label));
}

// The reading decides whose the roles are: an event noun's, a passive
// verb's or an active verb's.
bool TriggerCoding::SettleRoles() {
  if (nominal_reading) return SettleNominalRoles();
  if (group.passive) {
    SettlePassiveRoles();
  } else {
    SettleActiveSource();
    SettleActiveTarget();
  }
  return true;
}

bool TriggerCoding::WithinWordsAfterVerb(uint32_t words) const {
  return m.span.begin <= state.last_verb_end + words +
                             internal::DateTokensBetween(in.tokens, state.last_verb_end,
                                                         m.span.begin);
}

bool TriggerCoding::MakerNamedWithNoun() const {
  const std::span<const Token> tokens = in.tokens;
  if (m.span.begin > 0 && (tokens[m.span.begin - 1].Has(kTokenPossessive) ||
                           internal::IsPossessivePronoun(tokens[m.span.begin - 1]) ||
                           internal::IsWord(tokens[m.span.begin - 1], "'s")))
    return true;
  // ("The rebels spurned an offer of dialogue from the governor": the
  // pattern's $ after the noun, not a party before it, which may be the
  // one answering.)
  return choice.code.primary.starts_with("036") && choice.source >= 0 &&
         static_cast<size_t>(choice.source) < in.mentions.size() &&
         in.mentions[choice.source].span.begin >= m.span.end;
}

std::string_view TriggerCoding::EventNounRoot(uint32_t k) const {
  for (const PhraseMatch& n : in.matches)
    if (n.kind == PhraseMatch::Kind::kNominal && n.span.begin == k) {
      const std::string_view root =
          CameoRoot(in.dict.verb_form(n.id).EffectiveCode(in.dict.verb_blocks()).primary);
      if (root >= "10") return root;
    }
  return {};
}

void TriggerCoding::RecordForLaterTriggers() {
  const std::span<const Token> tokens = in.tokens;
  std::string& last_code = state.last_code;
  uint32_t& last_verb_end = state.last_verb_end;
  std::string& last_verb_code = state.last_verb_code;
  int& last_verb_source = state.last_verb_source;
  int& last_verb_target = state.last_verb_target;
  auto& clause_verb = state.clause_verb;
  TokenSpan& last_verb_words = state.last_verb_words;
  uint32_t& last_any_verb_begin = state.last_any_verb_begin;
  uint32_t& last_any_verb_end = state.last_any_verb_end;
  int& last_any_verb_source = state.last_any_verb_source;
  std::optional<ClauseWindow>& last_null_verb_window = state.last_null_verb_window;
  last_code = choice.code.primary.empty() ? choice.code.reverse : choice.code.primary;
  if (!nominal_reading) {
    last_verb_end = last_any_verb_end = m.span.end;
    last_any_verb_begin = m.span.begin;
    const Token& first = tokens[m.span.begin];
    if (first.pos != kPosVBG &&
        !(first.pos == kPosVBN && m.span.begin > 0 && IsNounTag(tokens[m.span.begin - 1].pos)))
      clause_verb = {m.span.end, source, target, last_code};
    last_verb_code = last_code;
    last_verb_source = last_any_verb_source = source;
    last_null_verb_window.reset();
    last_verb_target = target;
    // Only a verb with both parties does what its words name.
    last_verb_words = source >= 0 && target >= 0 ? choice.word_span : TokenSpan{};
  }
}

}  // namespace khaldun::coder_internal
