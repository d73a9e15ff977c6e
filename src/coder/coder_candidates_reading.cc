// FindTriggerCandidates' first stages (coder/coder_candidates.h): which
// reading of the trigger applies, its pattern, and the codes the construction
// around it gives.

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/accusations.h"
#include "coder/clause.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/reactions.h"
#include "coder/render.h"

namespace khaldun::coder_internal {

namespace {

// The block's pattern "- * +" (the verb and its direct object, nothing
// else) with a code, or nullptr.
const VerbPattern* PlainObjectPattern(const VerbBlock& block) {
  using Type = PatternElement::Type;
  for (const VerbPattern& p : block.patterns)
    if (p.elements.size() == 2 && p.elements[0].type == Type::kVerb &&
        p.elements[1].type == Type::kTarget && !p.code.empty() && !p.code.is_null())
      return &p;
  return nullptr;
}

// "Lima asked Santiago to hand over the banker, but Chile declined.",
// "..., but Warsaw politely declined, citing its own shortage of troops":
// whether a bare "declined" says no to something asked. Nothing may
// follow it in its clause but a comma, a full stop or a semicolon, and a
// named party must stand right before it (or before "politely" /
// "flatly" before it), its subject beyond doubt: a verb joined by "and"
// to another ("hesitated and declined") may take the subject of an
// earlier clause. A noun of amount ("exports declined") is no party.
bool BareDeclineOfARequest(std::span<const Token> tokens, std::span<const Mention> mentions,
                           TokenSpan verb) {
  if (verb.size() != 1 || verb.begin == 0 || verb.end >= tokens.size()) return false;
  const Token& next = tokens[verb.end];
  if (next.text != "," && next.text != "." && next.text != ";") return false;
  uint32_t subject_end = verb.begin;
  if (internal::IsWord(tokens[subject_end - 1], "politely") ||
      internal::IsWord(tokens[subject_end - 1], "flatly"))
    --subject_end;
  for (const Mention& x : mentions)
    if (x.span.end == subject_end && !x.code.empty() && !x.locative && !x.possessive) return true;
  return false;
}

// "Boko Haram overran the town of Baga", "the insurgents overran an army
// base": a word the dictionaries know only as a verb, which the tagger read
// as a noun or adjective (a form it rarely saw), is the verb when it stands
// between a noun that ends the subject and the start of an object (a
// determiner, number, possessive or plural noun). Only for words with no
// event-noun reading ("the Hamas attack" keeps its noun) and only for a
// past form, which no noun shares ("the air force jets": "force" is a noun).
bool VerbBetweenSubjectAndObject(std::span<const Token> tokens, TokenSpan span,
                                 const VerbForm& form) {
  if (span.begin == 0 || span.end >= tokens.size()) return false;
  if (form.text == form.lemma || form.text.ends_with("ING") || form.text.ends_with("S"))
    return false;
  const Token& word = tokens[span.begin];
  const Token& prev = tokens[span.begin - 1];
  const Token& next = tokens[span.end];
  if (word.Has(kTokenCapitalized) || word.pos == kPosNone) return false;
  const bool noun_before = prev.pos == kPosNN || prev.pos == kPosNNS || prev.pos == kPosNNP ||
                           prev.pos == kPosNNPS;
  const bool object_after = next.pos == kPosDT || next.pos == kPosCD || next.pos == kPosPRPS ||
                            next.pos == kPosNNS;
  return noun_before && object_after;
}

// Whether tokens[at] comes right after a modal or "to", past adverbs and
// a negation: "would strike", "will not hit", "to strike".
bool AfterModalOrTo(std::span<const Token> tokens, uint32_t at) {
  uint32_t b = at;
  while (b > 0 && at - b < 3 && (internal::IsNegation(tokens[b - 1]) || tokens[b - 1].pos == kPosRB))
    --b;
  return b > 0 && (tokens[b - 1].pos == kPosMD || internal::IsWord(tokens[b - 1], "to"));
}

// The base form of a verb at m, after "and" or "or" that follows a noun, and
// right before the first word of an event noun: "a gun and bomb assault".
bool IsNounModifierBeforeEventNoun(const Dictionary& dict, std::span<const PhraseMatch> matches,
                                   std::span<const Token> tokens, const PhraseMatch& m) {
  const VerbForm& form = dict.verb_form(m.id);
  if (form.text != form.lemma) return false;
  const Token& conj = tokens[m.span.begin - 1];
  const Token& before = tokens[m.span.begin - 2];
  if (!internal::IsWord(conj, "and") && !internal::IsWord(conj, "or")) return false;
  if (before.pos != kPosNN && before.pos != kPosNNS) return false;
  for (const PhraseMatch& o : matches)
    if (o.kind == PhraseMatch::Kind::kNominal && o.span.begin == m.span.end) return true;
  return false;
}

}  // namespace

bool TriggerCoding::ReadTrigger() {
  const internal::PatternIndex* const pattern_index = in.pattern_index;
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  uint32_t& last_any_verb_begin = state.last_any_verb_begin;
  uint32_t& last_any_verb_end = state.last_any_verb_end;
  if (m.kind != PhraseMatch::Kind::kVerb && m.kind != PhraseMatch::Kind::kNominal) return false;
  // The verb before this trigger (the bookkeeping, RecordForLaterTriggers,
  // moves on to this one before its event is built).
  prev_verb_begin = last_any_verb_begin;
  prev_verb_end = last_any_verb_end;
  // "missile attack" is one event, not also an "attack".
  if (InsideLongerTrigger(matches, m)) {
    if (s.trace) s.Note(fmt::format("'{}': part of a longer trigger, coded there", s.Text(m.span)));
    return false;
  }
  // "She insisted that the chemical weapons attack on Douma cannot go
  // unchallenged": a verb reading of the last word of an event noun
  // after a determiner or possessive is that noun, whatever the tagger
  // says.
  if (m.kind == PhraseMatch::Kind::kVerb) {
    bool in_noun = false;
    for (const PhraseMatch& o : matches)
      in_noun |= o.kind == PhraseMatch::Kind::kNominal && o.span.begin < m.span.begin &&
                 m.span.end <= o.span.end && o.span.begin > 0 &&
                 (internal::IsDeterminer(tokens[o.span.begin - 1]) ||
                  internal::IsPossessivePronoun(tokens[o.span.begin - 1]) ||
                  tokens[o.span.begin - 1].Has(kTokenPossessive));
    if (in_noun) {
      if (s.trace)
        s.Note(fmt::format("'{}': the last word of an event noun, coded as that noun",
                           s.Text(m.span)));
      return false;
    }
  }
  // "a gun and bomb assault", "knife and bomb attacks on hotels": a verb's
  // base form joined by "and" or "or" to a noun before it and followed by an
  // event noun modifies that noun, as the noun before it does; the event
  // noun is coded, not the verb.
  if (m.kind == PhraseMatch::Kind::kVerb && m.span.size() == 1 && m.span.begin >= 2 &&
      m.span.end < tokens.size() && IsNounModifierBeforeEventNoun(dict, matches, tokens, m)) {
    if (s.trace)
      s.Note(fmt::format("'{}': a noun modifying the event noun after it, not a verb",
                         s.Text(m.span)));
    return false;
  }
  // The same words may be listed as a verb and as an event noun ("attack");
  // word order decides which reading applies.
  group = internal::ReadVerbGroup(tokens, m.span);
  nominal_reading = m.kind == PhraseMatch::Kind::kNominal;
  if (nominal_reading != group.looks_nominal) {
    bool has_twin = false;
    for (const PhraseMatch& o : matches)
      has_twin |= o.span == m.span && o.kind != m.kind &&
                  (o.kind == PhraseMatch::Kind::kVerb || o.kind == PhraseMatch::Kind::kNominal);
    // "Seoul vowed it would strike back at Pyongyang", "the rebels vowed to
    // hit back at the army": a noun right after a modal or "to" that opens a
    // longer verb phrase is that phrase's first word; the phrase is coded.
    // (Elsewhere the noun stays: "a tape ... calls for attacks", whose verb
    // finds no subject.)
    if (nominal_reading && AfterModalOrTo(tokens, m.span.begin))
      for (const PhraseMatch& o : matches)
        has_twin |= o.kind == PhraseMatch::Kind::kVerb && o.span.begin == m.span.begin &&
                    o.span.end > m.span.end;
    if (has_twin) {  // the twin reading is the one to code
      if (s.trace)
        s.Note(fmt::format("'{}': read as {} here, by word order", s.Text(m.span),
                           nominal_reading ? "a verb" : "an event noun"));
      return false;
    }
    if (!nominal_reading && VerbBetweenSubjectAndObject(tokens, m.span, dict.verb_form(m.id))) {
      group.looks_nominal = false;
      if (s.trace)
        s.Note(fmt::format("'{}': read as a verb here (between its subject and its object)",
                           s.Text(m.span)));
    } else if (!nominal_reading) {
      s.Note(fmt::format(
          "'{}': reads as a noun here (after a determiner or possessive); not coded as a verb",
          s.Text(m.span)));
      return false;
    }
  }
  window = internal::ClauseAround(tokens, m.span.begin);
  choice = internal::ChoosePattern(dict, m, tokens, mentions, window, pattern_index);
  label = internal::RenderTrigger(dict, m, choice, tokens);
  // "police fired tear gas at striking teachers", "was heckled by striking
  // miners": "striking" right before a word for working people says they
  // are on strike; it is no attack (18-20) on them.
  if (m.kind == PhraseMatch::Kind::kVerb && m.span.size() == 1 && m.span.end < tokens.size() &&
      internal::IsWord(tokens[m.span.begin], "striking")) {
    static constexpr std::string_view kWorking[] = {
        "workers", "miners",  "teachers", "doctors",   "nurses",  "dockers", "drivers",
        "employees", "staff", "pilots",   "truckers",  "farmers", "lecturers", "workers'",
        "railway", "bus",     "transport", "civil",    "public",  "union",   "unions"};
    const auto root = CameoRoot(choice.code.primary);
    if (internal::InWords(kWorking, tokens[m.span.end]) && root >= "18" && root <= "20") {
      s.Note(fmt::format("'{}': on strike, not an attack; no event", s.Text(m.span)));
      return false;
    }
  }
  return true;
}

void TriggerCoding::RecodeByConstruction() {
  const Dictionary& dict = in.dict;
  const Sentence& sentence = in.sentence;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  const std::vector<Event>& events = in.events;
  std::vector<Candidate>& candidates = state.candidates;
  auto& clause_verb = state.clause_verb;
  // "Lima asked Santiago to hand over the fugitive banker, but Santiago
  // declined": DECLINE codes nothing alone ("declined sharply", "declined
  // to comment" by its patterns), but a bare "declined" closing its clause
  // after a party refuses (124) what was asked; the party that asked is
  // found as for "refused" (FindTargetAnsweredOrThreatened), and with no
  // one who asked there is no event.
  if (!nominal_reading && (choice.code.empty() || choice.code.is_null()) &&
      dict.verb_form(m.id).lemma == "DECLINE" && BareDeclineOfARequest(tokens, mentions, m.span)) {
    choice.code.primary = "124";
    choice.code.reverse.clear();
    s.Note(fmt::format("{}: a bare 'declined' after a party refuses what was asked (124)", label));
  }
  // A consultation in a phrase of circumstance of the clause's verb (see
  // ConsultationAdjunct): its source is that verb's subject. The verb
  // says something to someone or deals with them (roots 01-13), not
  // force used at the meeting ("killed the minister during a meeting"),
  // and is no gerund ("condemning the coup, after a meeting"). A bare
  // "call" there is a telephone call unless it asks for something ("in a
  // call for calm"); a visit needs the place it goes "to" ("on the first
  // such visit" names none).
  if (nominal_reading && choice.source < 0 && clause_verb.end > 0 && clause_verb.source >= 0 &&
      window.begin < clause_verb.end && CameoRoot(clause_verb.code) < "14") {
    const EventCode block_code = dict.verb_form(m.id).EffectiveCode(dict.verb_blocks());
    auto next_is = [&](std::string_view w) {
      return m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], w);
    };
    const bool bare_call = m.span.size() == 1 &&
                           (internal::IsWord(tokens[m.span.begin], "call") ||
                            internal::IsWord(tokens[m.span.begin], "calls")) &&
                           choice.code.is_null() && !next_is("for") && !next_is("to") &&
                           !next_is("on");
    const std::string_view code =
        choice.code.empty() || choice.code.is_null() ? block_code.primary : choice.code.primary;
    adjunct_visit = code.starts_with("042");
    adjunct_call = code.starts_with("041") || bare_call;
    const bool consultation =
        (CameoRoot(code) == "04" && !code.starts_with("045")) || bare_call;
    // ("praised Sisi during his visit to Cairo": a visit owned by "his"
    // is the subject's trip the story already knows, its setting.)
    const bool owned_visit = adjunct_visit && m.span.begin > 0 &&
                             (internal::IsPossessivePronoun(tokens[m.span.begin - 1]) ||
                              (m.span.begin > 1 && tokens[m.span.begin - 1].pos == kPosJJ &&
                               internal::IsPossessivePronoun(tokens[m.span.begin - 2])));
    if (consultation && !owned_visit && (!adjunct_visit || next_is("to")) &&
        !next_is("between")) {
      const int prep =
          ConsultationAdjunct(tokens, mentions, m.span, adjunct_visit || adjunct_call);
      adjunct = prep >= 0 && clause_verb.end <= static_cast<uint32_t>(prep) &&
                static_cast<uint32_t>(prep) <= clause_verb.end + 30;
    }
    if (adjunct && bare_call) {
      choice.code = EventCode{};
      choice.code.primary = "041";
      label += " -> 041 (a call in a phrase of circumstance: a telephone call)";
    }
    if (adjunct) label += " (a consultation in a phrase of circumstance of the verb before it)";
  }
  // "abuses committed by Russian troops": in a passive followed by its
  // agent, a pattern that read its object words in the agent ("- *
  // &TROOPS", committing troops) read the wrong phrase; the block's own
  // code stands. ("killed by Israeli air strikes" reads "by" itself.)
  bool words_in_agent = false;
  if (group.passive && choice.pattern != nullptr && m.span.end < tokens.size() &&
      internal::IsWord(tokens[m.span.end], "by") && !choice.word_span.empty() &&
      choice.word_span.begin > m.span.end) {
    for (const Mention& x : mentions)
      words_in_agent |= x.span.begin > m.span.end && x.span.begin <= m.span.end + 3 &&
                        choice.word_span.begin >= x.span.begin &&
                        choice.word_span.end <= x.span.end;
  }
  if (words_in_agent) {
    label += " (its words are in the passive's agent: the block's code instead)";
    choice.pattern = nullptr;
    choice.code = dict.verb_form(m.id).EffectiveCode(dict.verb_blocks());
    choice.target = choice.source = -1;
    choice.word_span = {};
    // "The aid convoy's driver was captured by tribal militiamen": a
    // block with no code of its own ("capture" takes people and towns)
    // codes the passive as its active twin, "militiamen captured the
    // driver", the plain object pattern ("- * +"), whose object is the
    // passive's subject.
    if (choice.code.is_null())
      if (const VerbPattern* plain = PlainObjectPattern(dict.block_of(m)); plain != nullptr) {
        choice.code = plain->code;
        label += fmt::format(" -> {} (the block's plain object pattern, '- * +')",
                             choice.code.primary);
      }
  }
  // "the air raids that Egypt and the Emirates
  // carried out against militia positions": a verb of carrying out, with no code
  // of its own, in a relative clause on an event noun does that event.
  if (choice.code.is_null() && !nominal_reading) {
    if (const PhraseMatch* done = EventNounCarriedOut(dict, tokens, matches, m);
        done != nullptr) {
      choice.code = dict.verb_form(done->id).EffectiveCode(dict.verb_blocks());
      label +=
          fmt::format(" -> {} (carries out '{}', the event noun its relative clause is on)",
                      choice.code.primary, s.Text(done->span));
    }
  }
  // "Britain said China's national security law was a clear breach of
  // the joint declaration", "Merkel told Obama that spying on friends was
  // unacceptable": a verb of saying whose clause condemns a party's act
  // in so many words criticises that party (111).
  if (choice.code.is_null() && !nominal_reading) {
    if (const int judged = PartyJudgedInReportedClause(dict, tokens, mentions, m, window);
        judged >= 0) {
      choice.code.primary = "111";
      choice.target = judged;
      label += fmt::format(" -> 111 (the clause it reports condemns '{}')",
                           s.Text(mentions[judged].span));
    }
  }
  // "Ankara said the militia was behind the bombing": a reported clause
  // that puts an act on a party accuses it (112).
  if (choice.code.is_null() && !nominal_reading) {
    if (const int blamed = PartyBlamedInReportedClause(dict, tokens, mentions, matches, m);
        blamed >= 0) {
      choice.code = EventCode{};
      choice.code.primary = "112";
      choice.target = blamed;
      choice.pattern = nullptr;
      label += fmt::format(" -> 112 (the clause it reports blames '{}')",
                           s.Text(mentions[blamed].span));
    }
  }
  // "UN experts said that the junta was carrying out genocide
  // against the Rohingya", "..., Amnesty International said in a report,
  // describing the massacre as a crime against humanity": a verb of
  // saying or naming that reports an atrocity accuses its doer of war
  // crimes (1124; coder/accusations.h). The doer is named after the verb,
  // or did the violent act told before it in this sentence.
  if ((choice.code.is_null() || choice.code.empty()) && !nominal_reading) {
    const internal::AtrocityReport report = internal::AtrocityInReport(
        dict.verb_form(m.id).lemma, tokens, mentions, m.span);
    int doer = report.perpetrator;
    if (report.term >= 0 && report.refers_back) {
      const ReferredAct before =
          LastActBefore(candidates, events, mentions, sentence.index, m.span.begin);
      const auto root = CameoRoot(before.code);
      if (before.found && before.source >= 0 && (root == "17" || root >= "18"))
        doer = before.source;
    }
    if (report.term >= 0 && doer >= 0) {
      choice.code = EventCode{};
      choice.code.primary = "1124";
      choice.target = doer;
      choice.pattern = nullptr;
      label += fmt::format(" -> 1124 (reports '{}' by {})", tokens[report.term].text,
                           s.Text(mentions[doer].span));
    }
  }
  // "Washington blamed Pyongyang for the hack. Obama said Washington would
  // respond proportionally.", "Madrid said it would retaliate": a verb of
  // saying whose clause announces the speaker's own side's answer
  // threatens (130) whoever it answers (the retaliation rule of the target
  // search). Another party's answer ("Obama said Iran would retaliate")
  // is a forecast.
  if ((choice.code.is_null() || choice.code.empty()) && !nominal_reading &&
      dict.verb_form(m.id).lemma == "SAY") {
    const TokenSpan subject = internal::AnnouncedAnswerSubject(tokens, m.span);
    const Mention* speaker = nullptr;
    for (const Mention& x : mentions)
      if (!x.span.empty() && x.span.end <= m.span.begin && !x.locative && x.code.size() >= 3)
        speaker = &x;
    bool own = false;
    if (!subject.empty() && speaker != nullptr) {
      static constexpr std::string_view kOwn[] = {"it", "we", "they"};
      own = subject.size() == 1 && internal::InWords(kOwn, tokens[subject.begin]);
      for (const Mention& x : mentions)
        own |= x.span.begin >= subject.begin && x.span.end == subject.end &&
               x.code.size() >= 3 && x.code.compare(0, 3, speaker->code, 0, 3) == 0;
    }
    if (own) {
      choice.code = EventCode{};
      choice.code.primary = "130";
      choice.target = -1;
      choice.pattern = nullptr;
      label += " -> 130 (the speaker's side announces its answer)";
    }
  }
  // ("it" in "called it a 'stab in the back'" is the act, whatever the
  // object search makes of the pronoun.)
  // ("Dhaka called the strikes an act of war": a strike named in
  // condemning words right after it is an attack judged, not a labour
  // strike or a protest called, which CALL's patterns read; "called the
  // strike to protest against unfair wages" still calls one.)
  const bool called_strike = !choice.code.is_null() && CameoRoot(choice.code.primary) == "14" &&
                             dict.verb_form(m.id).lemma == "CALL";
  if ((choice.code.is_null() || called_strike) && !nominal_reading) {
    int act = ActNamedAsCondemnable(dict, tokens, matches, mentions, m);
    if (called_strike && act >= 0) {
      const uint32_t next = static_cast<uint32_t>(act) + 1;
      const bool complement_next =
          next < tokens.size() && (internal::IsWord(tokens[next], "a") ||
                                   internal::IsWord(tokens[next], "an") ||
                                   tokens[next].pos == kPosJJ || tokens[next].pos == kPosRB);
      if (!complement_next) act = -1;
    }
    if (act >= 0) {
      names_an_act = true;
      if (called_strike) {
        choice.code = EventCode{};
        choice.target = -1;
        choice.pattern = nullptr;
      }
      choice.code.primary = "111";
      label += fmt::format(" -> 111 (names '{}', an act, in condemning words)",
                           tokens[act].text);
    }
  }
  if (choice.code.is_null() && !nominal_reading) {
    if (const int named = PersonNamedAsCondemnable(dict, tokens, mentions, m); named >= 0) {
      choice.code = EventCode{};
      choice.code.primary = "111";
      choice.target = named;
      choice.pattern = nullptr;
      label += fmt::format(" -> 111 (names '{}', for whom the pronoun stands, in condemning words)",
                           s.Text(mentions[named].span));
    }
  }
  // "the mayor was shot in the arm by an assailant": a passive "shot" with a
  // "by" agent is force used on its subject (190), whatever else "shoot"
  // may mean ("shot a film" is active).
  if (choice.code.is_null() && !nominal_reading && group.passive &&
      dict.verb_form(m.id).lemma == "SHOOT") {
    bool by_agent = false;
    for (uint32_t k = m.span.end; k < tokens.size() && k <= m.span.end + 5 && !by_agent; ++k)
      by_agent = internal::IsWord(tokens[k], "by");
    if (by_agent) {
      choice.code.primary = "190";
      label += " -> 190 (shot, by an agent)";
    }
  }
}

}  // namespace khaldun::coder_internal
