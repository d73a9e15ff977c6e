// Coder::Code's trigger loop: the candidate events of each trigger of a
// sentence (coder/coder_internal.h).

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/accusations.h"
#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/protest_seats.h"
#include "coder/reactions.h"
#include "coder/render.h"
#include "coder/requests.h"
#include "coder/threats.h"
#include "coder/verb_dates.h"

namespace khaldun::coder_internal {

// The candidates of the sentence's trigger matches[mi]: who did what to whom
// by each reading of it, with the bookkeeping the triggers after it read.
void FindTriggerCandidates(const TriggerInputs& in, TriggerState& state, size_t mi) {
  const CoderOptions& options = in.options;
  const CoderResources& resources = in.resources;
  const internal::PatternIndex* const pattern_index = in.pattern_index;
  const Dictionary& dict = in.dict;
  const Sentence& sentence = in.sentence;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  const std::vector<Event>& events = in.events;
  std::vector<Candidate>& candidates = state.candidates;
  std::string& last_code = state.last_code;
  uint32_t& last_verb_end = state.last_verb_end;
  std::string& last_verb_code = state.last_verb_code;
  int& last_verb_source = state.last_verb_source;
  int& last_verb_target = state.last_verb_target;
  auto& clause_verb = state.clause_verb;
  TokenSpan& last_verb_words = state.last_verb_words;
  TokenSpan& undone_words = state.undone_words;
  uint32_t& last_any_verb_begin = state.last_any_verb_begin;
  uint32_t& last_any_verb_end = state.last_any_verb_end;
  int& last_any_verb_source = state.last_any_verb_source;
  std::optional<ClauseWindow>& last_null_verb_window = state.last_null_verb_window;
  const PhraseMatch& m = matches[mi];
  if (m.kind != PhraseMatch::Kind::kVerb && m.kind != PhraseMatch::Kind::kNominal) return;
  // The verb before this trigger (the bookkeeping below moves on to
  // this one before its event is built).
  const uint32_t prev_verb_begin = last_any_verb_begin, prev_verb_end = last_any_verb_end;
  // "missile attack" is one event, not also an "attack".
  if (InsideLongerTrigger(matches, m)) return;
  // Whether this trigger stands within `words` words after the verb before
  // it, leaving out dates: "asked the council on Saturday to impose a
  // no-fly zone" reads as "asked the council to impose a no-fly zone".
  auto within_words_after_verb = [&](uint32_t words) {
    return m.span.begin <=
           last_verb_end + words + internal::DateTokensBetween(tokens, last_verb_end, m.span.begin);
  };
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
    if (in_noun) return;
  }
  // The same words may be listed as a verb and as an event noun ("attack");
  // word order decides which reading applies.
  internal::VerbGroup group = internal::ReadVerbGroup(tokens, m.span);
  bool nominal_reading = m.kind == PhraseMatch::Kind::kNominal;
  if (nominal_reading != group.looks_nominal) {
    bool has_twin = false;
    for (const PhraseMatch& o : matches)
      has_twin |= o.span == m.span && o.kind != m.kind &&
                  (o.kind == PhraseMatch::Kind::kVerb || o.kind == PhraseMatch::Kind::kNominal);
    if (has_twin) return;  // the twin reading is the one to code
    if (!nominal_reading) {
      s.Note(fmt::format(
          "'{}': reads as a noun here (after a determiner or possessive); not coded as a verb",
          s.Text(m.span)));
      return;
    }
  }
  ClauseWindow window = internal::ClauseAround(tokens, m.span.begin);
  internal::PatternChoice choice =
      internal::ChoosePattern(dict, m, tokens, mentions, window, pattern_index);
  std::string label = internal::RenderTrigger(dict, m, choice, tokens);
  // A consultation in a phrase of circumstance of the clause's verb (see
  // ConsultationAdjunct): its source is that verb's subject. The verb
  // says something to someone or deals with them (roots 01-13), not
  // force used at the meeting ("killed the minister during a meeting"),
  // and is no gerund ("condemning the coup, after a meeting"). A bare
  // "call" there is a telephone call unless it asks for something ("in a
  // call for calm"); a visit needs the place it goes "to" ("on the first
  // such visit" names none).
  bool adjunct = false, adjunct_visit = false, adjunct_call = false;
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
  }
  // "the missile strikes that the United States, Britain and France
  // launched against Syrian sites": a verb of carrying out, with no code
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
  // "UN investigators said that Islamic State was committing genocide
  // against the Yazidis", "..., Amnesty International said in a report,
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
  // ("it" in "called it a 'stab in the back'" is the act, whatever the
  // object search makes of the pronoun.)
  bool names_an_act = false;
  if (choice.code.is_null() && !nominal_reading) {
    if (const int act = ActNamedAsCondemnable(dict, tokens, matches, mentions, m); act >= 0) {
      names_an_act = true;
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
  // "Imran Khan was shot in the leg by a gunman": a passive "shot" with a
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
  if (choice.code.is_null() || choice.code.empty() || choice.code.is_discard()) {
    // (Not a gerund or a bare form: "sealed off Gaza by shutting down
    // the crossing and prevented Palestinians from leaving" joins
    // "prevented" to "sealed off". A past form the tagger took for a
    // participle, "Sudan's military seized power", counts.)
    if (!nominal_reading && !group.infinitive && tokens[m.span.begin].pos != kPosVBG &&
        tokens[m.span.begin].pos != kPosVB) {
      last_any_verb_begin = m.span.begin;
      last_any_verb_end = m.span.end;
      last_any_verb_source = -1;
      last_null_verb_window = window;
      // "Vieira told Milei during a visit to Buenos Aires that ...": a
      // verb that codes nothing still has the phrase of circumstance of
      // its subject and of the party named right after it.
      if (!group.passive && !group.negated) {
        std::string unused;
        const int subject =
            internal::FindSubject(tokens, mentions, m.span.begin, window, &unused);
        int object = -1;
        for (size_t k = 0; k < mentions.size() && object < 0; ++k)
          if (mentions[k].span.begin >= m.span.end &&
              mentions[k].span.begin <= m.span.end + 1 && !mentions[k].locative &&
              !mentions[k].code.empty())
            object = static_cast<int>(k);
        if (subject >= 0) clause_verb = {m.span.end, subject, object, "---"};
      }
    }
    s.Note(fmt::format("{}: null code, no event", label));
    return;
  }
  if (!nominal_reading && group.attributive) {
    s.Note(fmt::format("{}: a participle describing a noun ('the besieged town'), not an event",
                       label));
    return;
  }
  // "The ILO reiterated its demand that Israel ease the restrictions",
  // "China repeated its call for talks": a statement verb (010 from its
  // block, no pattern) whose object is an event noun with a code of its
  // own makes that event again; the noun's event is coded, not a
  // statement besides.
  if (!nominal_reading && choice.pattern == nullptr && choice.code.primary == "010") {
    if (const PhraseMatch* object = EventNounObject(tokens, mentions, matches, m);
        object != nullptr) {
      const EventCode& said = dict.verb_form(object->id).EffectiveCode(dict.verb_blocks());
      if (!said.empty() && !said.is_null() && !said.is_discard()) {
        s.Note(fmt::format(
            "{}: its object, the event noun '{}', is the event; no statement besides", label,
            s.Text(object->span)));
        return;
      }
    }
  }
  if (!nominal_reading && group.negated && !options.emit_negated) {
    s.Note(fmt::format("{}: negated ('not', 'never'), no event (see docs/CODING.md)", label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  // "Russia may expel the ambassador": an act that might happen is not
  // done. With a condition ("the EC may halt mediation if cooperation
  // founders") it is announced, a threat (FutureCode, below).
  // "their first conversation since Russia invaded Ukraine": a clause
  // of "since" with a past verb dates the main event by an earlier one;
  // it is background, not news.
  if (!nominal_reading && SinceClauseVerb(tokens, mentions, m.span)) {
    s.Note(fmt::format("{}: in a 'since' clause, background; no event", label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  // "Erdogan said Damascus would face consequences if it struck a deal
  // with the YPG", "Moscow warned it would respond if NATO deployed
  // troops to Ukraine": an act in a clause of condition ("if", "unless",
  // "whether") is supposed, not reported.
  if (InConditionClause(tokens, m.span.begin)) {
    s.Note(fmt::format("{}: in a clause of condition ('if', 'unless'), supposed; no event",
                       label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  // ("travelled to Syria to fight Isis": a trip's purpose, if a material
  // act, is not done; "flew to Moscow to hold talks", "went on television
  // to denounce the report" are the trip's business.)
  if (!nominal_reading && group.purpose) {
    const std::string_view root = CameoRoot(choice.code.primary);
    if (root >= "06" && !(root >= "10" && root <= "13")) group.plotted = true;
  }
  if (!nominal_reading && group.plotted) {
    s.Note(fmt::format(
        "{}: plotted, warned against, weighed, a purpose or counterfactual ('plotting to', "
        "'against', 'considering', 'in a bid to', 'would have'), not done; no event",
        label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  // "Turkmenistan is trying to strike a deal with Russia", "Israel failed
  // to release the prisoners": an act attempted, failed or refused is not
  // done, unless the verb's pattern reads the words before the verb and
  // codes the failure itself ("- FAILED TO * AGREEMENT" 120). An attempt
  // to persuade, press or strike is itself the appeal, the demand or the
  // force, whatever came of it ("Netanyahu tried to convince Moscow" 020,
  // "Isis fighters attempted to storm a US base" 190); taking a place
  // (192) is the aim, not done until it is taken.
  const std::string_view tried_root = CameoRoot(choice.code.primary);
  const bool attempt_is_the_act =
      tried_root == "02" || tried_root == "10" || tried_root == "18" ||
      (tried_root == "19" && !choice.code.primary.starts_with("192")) || tried_root == "20";
  if (!nominal_reading && (group.failed || (group.attempted && !attempt_is_the_act)) &&
      !(choice.pattern != nullptr && !choice.pattern->elements.empty() &&
        choice.pattern->elements.front().type != PatternElement::Type::kVerb)) {
    s.Note(fmt::format("{}: {}, not done; no event", label,
                       group.failed ? "failed or refused ('failed to', 'declined to')"
                                    : "attempted ('tried to', 'sought to')"));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  // (A gerund is such a noun too: "could lead to renewed fighting", "risks
  // escalating the conflict".)
  if (nominal_reading || tokens[m.span.begin].pos == kPosVBG) {
    if (const char* why = internal::EventNounNotDone(tokens, m.span, window)) {
      s.Note(fmt::format("{}: the object of a verb that does not do it ({}); no event", label,
                         why));
      undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
      return;
    }
  }
  // "Turkey, which occupies northern Cyprus, ...", "Washington, which
  // works closely with the YPG": the simple present after a relative
  // pronoun describes the antecedent. A speech act keeps its event (the
  // ICC, "which accuses him of crimes against humanity", accuses), and
  // a plural present must be the bare form ("militants who overran the
  // town" is a past the tagger took for a present).
  if (!nominal_reading && group.relative_present) {
    const std::string_view root = CameoRoot(choice.code.primary);
    const bool speech = root == "01" || root == "02" || root == "10" || root == "11" ||
                        root == "12" || root == "13";
    std::string word(tokens[m.span.begin].text);
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const bool present = tokens[m.span.begin].pos == kPosVBZ ||
                         dict.verb_form(m.id).lemma.starts_with(word);
    if (!speech && present) {
      s.Note(fmt::format("{}: a simple present after 'which' or 'who', a description of its "
                         "antecedent; no event",
                         label));
      undone_words = choice.word_span;
      return;
    }
  }
  // "Russia, which has backed Assad since 2015", "the PKK, which has
  // fought an insurgency against Ankara for decades": support, aid and
  // fighting told in a relative clause's perfect describe its
  // antecedent; they are no news ("militants who have killed ten
  // soldiers" are).
  // (Active only: "the town, which has been closed by the government",
  // is news of the closure.)
  if (!nominal_reading && group.relative_perfect && !group.passive) {
    const std::string_view root = CameoRoot(choice.code.primary);
    if (root == "05" || root == "06" || root == "07" ||
        (root == "19" && !IsKillingVerb(dict.verb_form(m.id)))) {
      s.Note(fmt::format("{}: a perfect after 'which' or 'who', what its antecedent has "
                         "been doing; no event",
                         label));
      undone_words = choice.word_span;
      return;
    }
  }
  if (!nominal_reading && group.lasting) {
    s.Note(fmt::format("{}: after 'has long', a lasting state, not an act; no event", label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  if (group.question) {
    s.Note(fmt::format("{}: in a question ('?'), asked, not reported; no event", label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return;
  }
  if (!nominal_reading && group.possible) {
    bool condition = false;
    for (uint32_t k = m.span.end; k < window.end && !condition; ++k)
      condition = internal::IsWord(tokens[k], "if") || internal::IsWord(tokens[k], "unless");
    if (!condition) {
      s.Note(fmt::format("{}: after 'may', 'might' or 'could', possible, not done; no event",
                         label));
      undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
      return;
    }
    group.future = true;
  }
  // "protesters defied a curfew and set fire to the parliament": a verb
  // joined by "and" to a past-tense verb before it is past too, whatever
  // the tagger made of "set", "put" or "cut".
  // (Only when no other verb comes between: "arguing that the programme
  // would lead to recession and threaten growth" joins "threaten" to
  // "lead".)
  const bool joined_to_past = [&] {
    if (m.span.begin < 2 || last_verb_end <= window.begin ||
        !internal::IsWord(tokens[m.span.begin - 1], "and") ||
        tokens[last_verb_end - 1].pos != kPosVBD)
      return false;
    for (uint32_t k = last_verb_end; k + 1 < m.span.begin; ++k)
      if (internal::IsFiniteVerbTag(tokens[k].pos) || tokens[k].pos == kPosVB ||
          tokens[k].pos == kPosVBG)
        return false;
    return true;
  }();
  const bool subjunctive =
      !nominal_reading && !group.infinitive && !joined_to_past &&
      LooksSubjunctive(tokens, mentions, m.span.begin, last_verb_end > window.begin);
  // "The European Union agreed to cut off Russian banks from SWIFT",
  // "EU ministers agreed to impose new sanctions on Iran": sanctions and
  // cuts (16) a party agrees to are its decision, the event; the
  // agreement is among the sanctioners, not with the target.
  // (Not an agreement between the parties themselves: "both sides agreed
  // to suspend their requests for WTO arbitration" stays their 030.)
  // (A time may stand between: "agreed on Monday to impose sanctions".)
  if (group.infinitive && !nominal_reading && IsIntent(last_code) &&
      CameoRoot(choice.code.primary) == "16" && last_verb_end > 0 &&
      last_verb_end + 5 >= m.span.begin) {
    auto agreed = [&](const Candidate& c) {
      return c.trigger.end == last_verb_end && CameoRoot(c.code) == "03";
    };
    // Members of one compound agreeing with each other: the source and
    // the target head the same coordination.
    // (Not when the act names a party of its own outside the coordination:
    // "the United States, the EU and Britain agreed to cut Russian banks off
    // from SWIFT" sanctions the banks; the allies' accord is not the news.)
    bool mutual = false;
    for (const Candidate& c : candidates)
      mutual |= agreed(c) && c.source >= 0 && c.target >= 0 &&
                CoordinationHead(mentions, c.source) == CoordinationHead(mentions, c.target) &&
                (choice.target < 0 || CoordinationHead(mentions, choice.target) ==
                                          CoordinationHead(mentions, c.source));
    if (!mutual) {
      std::erase_if(candidates, agreed);
      label += " (agreed to: the decision itself)";
      last_code.clear();
    }
  }
  // "Saudi Arabia and Iran signed an agreement in Beijing to restore
  // diplomatic relations", "the two states signed a communique on Sunday
  // establishing diplomatic ties": what a signed agreement does is its
  // content, coded as the agreement (057), not an act of its own (an
  // infinitive or participle within a dozen words of the signing verb).
  // A partner the content names is the agreement's ("Oman and Qatar
  // signed accords establishing relations with Chile": 057 with Chile).
  // Access granted under it is a concession of its own ("signed a deal
  // with the UN granting aid workers access": 0863).
  if (!nominal_reading && (group.infinitive || tokens[m.span.begin].pos == kPosVBG) &&
      last_verb_code.starts_with("057") && last_verb_end > 0 && last_verb_end <= m.span.begin &&
      m.span.begin <= last_verb_end + 12 && !choice.code.primary.starts_with("086")) {
    if (choice.target < 0) {
      s.Note(fmt::format("{}: the content of the agreement signed before it (057), not an "
                         "event of its own",
                         label));
      return;
    }
    label += " -> 057 (the partner of the agreement signed before it)";
    choice.code.primary = "057";
    choice.code.reverse.clear();
  }
  // An event noun used as a verb counts too: "offered troops to help him
  // oust the general" ("help" is listed as an event noun, tagged VB here).
  if ((group.infinitive || subjunctive) && (!nominal_reading || !group.looks_nominal) &&
      (IsDemandOrAppeal(last_code) || IsIntent(last_code))) {
    s.Note(fmt::format("{}: infinitive inside a demand or appeal ({}), not an event of its own",
                       label, last_code));
    return;
  }
  // "students staged demonstrations to demand political reforms",
  // "protesters blocked roads in Beirut and demanded the fall of the
  // government", "rioted ... calling for the removal of Mubarak": a
  // demand or appeal that gives a protest's purpose is part of the
  // protest, not an event of its own. CAMEO's 14x subcodes say what the
  // protest is for (1411 a change of leadership, 1412 of policy, 1413
  // rights, 1414 of institutions), as 104x say it of a demand.
  // So is disapproval it sets out to voice ("took to the streets to
  // denounce the government"; "set fire to the consulate, accusing
  // Tehran of meddling" is an accusation made).
  // ("began a hunger strike to protest against detention without trial":
  // a protest whose purpose is another protest is one protest, 1423.)
  if (!nominal_reading &&
      (CameoRoot(choice.code.primary) == "10" || CameoRoot(choice.code.primary) == "02" ||
       ((CameoRoot(choice.code.primary) == "11" || CameoRoot(choice.code.primary) == "14") &&
        group.infinitive)) &&
      CameoRoot(last_code) == "14" && m.span.begin > 0 &&
      (group.infinitive || group.coordinated ||
       (tokens[m.span.begin].text.ends_with("ing") &&
        !internal::IsAuxiliaryOrAdverb(tokens[m.span.begin - 1])))) {
    std::string_view demand = choice.code.primary;
    Candidate* protest = nullptr;
    for (size_t c = candidates.size(); c-- > 0 && protest == nullptr;)
      if (CameoRoot(candidates[c].code) == "14") protest = &candidates[c];
    // Only a protest coded as an event takes the demand in: "Italians
    // marched ... to demand the release of two aid workers" with no
    // protest event keeps the demand.
    if (protest != nullptr) {
      if (protest->code.size() == 3 && protest->code >= "141" && protest->code <= "145" &&
          demand.size() == 4 &&
          (demand.starts_with("104") || demand.starts_with("024") ||
           (demand.starts_with("14") && demand.back() >= '1' && demand.back() <= '4'))) {
        protest->code += demand.back();
        protest->rule += fmt::format(" -> {} (its purpose: {})", protest->code, label);
      }
      s.Note(
          fmt::format("{}: the purpose of the protest before it ({}), not an event of its own",
                      label, last_code));
      return;
    }
  }
  // "The Kremlin denied that Russia had sabotaged the pipelines": the
  // that-clause of a denial (016) is what is denied, not an event.
  if (!nominal_reading && last_verb_code.starts_with("016") && last_verb_end > 0 &&
      last_verb_end <= m.span.begin && within_words_after_verb(8)) {
    bool that_clause = false;
    for (uint32_t k = last_verb_end; k < m.span.begin; ++k)
      that_clause |= internal::IsWord(tokens[k], "that");
    // "Ankara denies its jets bombed the convoy", "the minister denied
    // rebels had seized the town": with "that" left out, a clause whose
    // subject (a noun phrase) and auxiliaries are all that stand between
    // the denial and this verb is what is denied too. ("denied the charge
    // and attacked his critics": "and" ends the denial's object.)
    bool bare_clause = m.span.begin > last_verb_end;
    bool subject_seen = false;
    uint32_t clause_begin = last_verb_end;
    // ("denied on Tuesday Russian forces had shelled ...": past a day.)
    if (clause_begin + 2 < m.span.begin && internal::IsWord(tokens[clause_begin], "on") &&
        tokens[clause_begin + 1].pos == kPosNNP)
      clause_begin += 2;
    for (uint32_t k = clause_begin; k < m.span.begin && bare_clause; ++k) {
      const Token& t = tokens[k];
      const bool noun_phrase = IsNounTag(t.pos) || t.pos == kPosDT || t.pos == kPosJJ ||
                               t.pos == kPosPRPS || t.pos == kPosPRP || t.pos == kPosCD ||
                               t.pos == kPosPOS || t.Has(kTokenPossessive) || t.text == "'";
      if (noun_phrase && !internal::IsWord(t, "that")) {
        subject_seen = true;
        continue;
      }
      bare_clause = subject_seen && internal::IsAuxiliaryOrAdverb(t);
    }
    if (that_clause || (bare_clause && subject_seen)) {
      s.Note(fmt::format("{}: what the denial before it denies, not an event", label));
      return;
    }
  }
  // "accused Russia of sending troops", "blamed Israel for killing": the
  // gerund after "of" or "for" is what is alleged.
  // ("accusing him of unlawfully deporting children": an adverb may
  // come between.)
  const uint32_t before_gerund =
      m.span.begin > 1 && tokens[m.span.begin - 1].pos == kPosRB ? m.span.begin - 2
                                                                  : m.span.begin - 1;
  if (!nominal_reading && FramesItsObject(last_verb_code) && m.span.begin > 0 &&
      tokens[m.span.begin].text.ends_with("ing") &&
      (internal::IsWord(tokens[before_gerund], "of") ||
       internal::IsWord(tokens[before_gerund], "for"))) {
    s.Note(fmt::format("{}: what the {} verb before it alleges, not an event of its own", label,
                       last_verb_code));
    return;
  }
  if (RoleInAnAct(tokens, m.span.begin)) {
    s.Note(fmt::format("{}: what someone had a role in, background, not an event", label));
    return;
  }
  // "during the Gaza war", "during a crackdown": an event noun in a
  // "during" phrase is the setting of the main event, not news of its
  // own. A visit, call or meeting is news all the same: "Macron,
  // speaking in Kigali during a visit to Rwanda" visited Rwanda (042);
  // "Xi warned Biden during a telephone call" called him (041).
  if (nominal_reading) {
    const bool consultation =
        CameoRoot(dict.verb_form(m.id).EffectiveCode(dict.verb_blocks()).primary) == "04";
    bool setting = false;
    for (uint32_t k = m.span.begin; k-- > 0 && k + 6 > m.span.begin;) {
      if (tokens[k].text == "," || internal::IsWord(tokens[k], "and")) break;
      if (internal::IsWord(tokens[k], "during")) setting = true;
    }
    if (setting && !consultation) {
      s.Note(fmt::format("{}: in a 'during' phrase, the setting of another event", label));
      return;
    }
    // "there was no meeting between Putin and Erdogan", "a possible
    // meeting", "a planned summit": an event noun denied or only
    // envisaged reports no event.
    if (const std::string_view word = UnassertingModifier(tokens, m.span.begin);
        !word.empty()) {
      s.Note(fmt::format("{}: '{}' before it, not an event the text asserts", label, word));
      return;
    }
    // "A hasty French withdrawal would leave Mali exposed": an event noun
    // that is the subject of a modal is supposed, not reported.
    if (internal::SubjectOfAModal(tokens, m.span)) {
      s.Note(fmt::format("{}: the subject of 'would', 'could', 'might' or 'may', supposed; "
                         "no event",
                         label));
      return;
    }
  }
  // "pledged cooperation with Pakistan", "offered aid to Haiti": the
  // noun right after an intent (03) is what is intended, not done.
  const bool intended = IsIntent(last_verb_code) && m.span.begin <= last_verb_end + 3;
  // ("expelled seven UN officials, drawing condemnation from the EU": a
  // reaction drawn from a party is asserted, whatever the verb before.)
  // ("summoned the ambassador after the deployment of British troops in
  // Estonia", "in response to the dispatch of warships": a noun after a
  // preposition of time or cause is no object; it tells what happened.)
  auto after_time_or_cause = [&] {
    for (uint32_t k = m.span.begin; k > 0 && k + 6 > m.span.begin; --k) {
      const Token& t = tokens[k - 1];
      if (internal::IsWord(t, "after") || internal::IsWord(t, "following") ||
          internal::IsWord(t, "amid"))
        return true;
      if (internal::IsWord(t, "to") && k >= 2 && internal::IsWord(tokens[k - 2], "response"))
        return true;
      if (IsVerbTag(t.pos) || t.text == "," || t.pos == kPosIN || t.pos == kPosTO) return false;
    }
    return false;
  };
  if (nominal_reading && !adjunct && (FramesItsObject(last_verb_code) || intended) &&
      !after_time_or_cause() && internal::ReactionDrawnFrom(tokens, m.span) == 0 &&
      last_verb_end > 0 && m.span.begin >= last_verb_end && within_words_after_verb(8) &&
      window.begin < last_verb_end) {
    s.Note(fmt::format("{}: the object of a {} verb, not an event the text asserts", label,
                       last_verb_code));
    return;
  }
  // "will return weapons and military equipment seized last year from UN
  // peacekeepers": a past participle right after a common noun (no
  // auxiliary, no "by" agent) describes that noun; the act is background,
  // not news.
  // Not before an object ("U.S. planes bombed targets") nor after a time
  // word ("The Kremlin last year seized and sold ...").
  auto no_object_after = [&](uint32_t k) {
    if (k >= tokens.size()) return true;
    const Token& t = tokens[k];
    if (internal::IsWord(t, "last") || internal::IsWord(t, "earlier")) return true;
    // ("Gunmen on motorcycles abducted more than 280 pupils": a count
    // opens an object too.)
    return !(IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosCD || t.pos == kPosPRP ||
             internal::IsDeterminer(t) || internal::IsWord(t, "by") ||
             internal::IsWord(t, "more") || internal::IsQuantityWord(t));
  };
  static constexpr std::array<std::string_view, 12> kTimeNouns = {
      "year",   "week",    "month",     "day",      "night",  "weekend",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  // A one-word participle of an act on persons, not read as passive: the
  // verb both rules below look at.
  const bool act_participle = !nominal_reading && !group.passive && m.span.size() == 1 &&
                              IsActOnPersons(choice.code.primary) &&
                              (tokens[m.span.begin].pos == kPosVBN ||
                               (tokens[m.span.begin].pos == kPosVBD &&
                                IsTransitiveActParticiple(tokens[m.span.begin])));
  if (act_participle && m.span.begin > 0 && IsNounTag(tokens[m.span.begin - 1].pos) &&
      !tokens[m.span.begin - 1].Has(kTokenCapitalized) &&
      !internal::InWords(kTimeNouns, tokens[m.span.begin - 1]) && no_object_after(m.span.end)) {
    bool in_mention = false;
    for (const Mention& x : mentions)
      in_mention |=
          x.span.begin < m.span.begin && m.span.begin <= x.span.end && !x.code.empty();
    if (!in_mention) {
      s.Note(
          fmt::format("{}: a participle describing the noun before it, not an event", label));
      return;
    }
  }
  // "warned Brussels that withholding aid would push Lebanon into chaos",
  // "said that arming the rebels was a mistake": a gerund right after the
  // "that" of a reported clause is that clause's subject, an act talked
  // about with no one named to do it; no event.
  if (!nominal_reading && m.span.begin > 0 && tokens[m.span.begin].pos == kPosVBG &&
      internal::IsWord(tokens[m.span.begin - 1], "that")) {
    s.Note(fmt::format("{}: a gerund that is the subject of a reported clause; no event", label));
    return;
  }
  // "a militia leader accused of ordering the massacre", "bombings blamed on
  // separatists", "two aid workers charged with spying": "accuse", "blame",
  // "charge" and "suspect" take an object, so one followed at once by its
  // preposition is a participle describing the noun before it (no
  // auxiliary: a passive has its own rules). Who accuses is not said, and
  // the sentence's subject is not it; with no "by" agent there is no event.
  if (!nominal_reading && !group.passive && m.span.size() == 1 && m.span.begin > 0 &&
      m.span.end < tokens.size() && choice.code.primary.starts_with("112")) {
    static constexpr std::array<std::string_view, 8> kAccusations = {
        "accused", "blamed", "charged", "suspected", "indicted", "convicted", "alleged", "implicated"};
    static constexpr std::array<std::string_view, 6> kTheirPrepositions = {"of", "on", "for",
                                                                           "with", "over", "in"};
    const Token& before = tokens[m.span.begin - 1];
    // ("the blast, which Moscow blamed on Kyiv": a relative clause's
    // subject before the verb, whose object is "which"; an active verb.)
    bool relative_subject = false;
    for (uint32_t k = m.span.begin; k-- > 0 && k + 7 > m.span.begin;) {
      const Token& t = tokens[k];
      if (internal::IsWord(t, "which") || internal::IsWord(t, "that") ||
          internal::IsWord(t, "whom") || internal::IsWord(t, "who")) {
        relative_subject = k + 1 < m.span.begin;
        break;
      }
      if (!(IsNounTag(t.pos) || t.pos == kPosDT || t.pos == kPosJJ || t.pos == kPosPOS ||
            t.pos == kPosPRPS || t.Has(kTokenPossessive)))
        break;
    }
    bool by_agent = false;
    for (uint32_t k = m.span.end; k < tokens.size() && k < m.span.end + 10; ++k) {
      if (tokens[k].text == "," || tokens[k].text == ";") break;
      by_agent |= internal::IsWord(tokens[k], "by");
    }
    if (internal::InWords(kAccusations, tokens[m.span.begin]) &&
        internal::InWords(kTheirPrepositions, tokens[m.span.end]) &&
        (IsNounTag(before.pos) || before.text == ",") && !internal::IsAuxiliaryOrAdverb(before) &&
        !by_agent && !relative_subject) {
      s.Note(fmt::format("{}: a participle describing the noun before it; no accuser is named",
                         label));
      return;
    }
  }
  // "Chinese engineers kidnapped in Pakistan", "Kidnapped Italian freed in
  // southern Philippines": in a headline the participle of a violent act
  // or a release follows its victim with no auxiliary and no object; the
  // victim is the target, and only a "by" agent is the source.
  if (act_participle && HeadlinePassive(tokens, mentions, m.span.begin)) {
    group.passive = true;
    group.reduced_relative = true;
  }
  std::string why_source, why_target;
  int source = choice.source, target = choice.target;
  int purpose_target = -1;  // see "the purpose of a consultation" below
  bool started_by_subject = false;  // an event noun ordered or launched by its source
  if (source >= 0) why_source = "source: bound by the pattern's $";
  if (target >= 0) why_target = "target: bound by the pattern's +";
  // "Saudi warplanes began striking Houthi positions in Yemen", "bombed a
  // Jaish-e-Mohammad training camp near Balakot in Pakistan": where a
  // pattern binds a place ("(IN +)", "(NEAR +)"), a party named as the
  // verb's object before it is the target; the place only says where.
  if (target >= 0 && mentions[target].locative && !nominal_reading) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (x.span.begin < m.span.end || x.span.end > mentions[target].span.begin || x.locative ||
          x.code.empty() || x.possessive || x.unplaced || static_cast<int>(k) == source)
        continue;
      target = static_cast<int>(k);
      why_target = "target: the party named as the object, before the place the pattern binds";
      break;
    }
  }
  // "Ukraine introduced martial law", "Washington lifted the decades-old
  // US arms embargo on Vietnam": an event noun the verb's pattern read as
  // its own words is what the verb did or undid, not a second event.
  // (An inquiry speaks of an act too, unless the noun is the inquiry
  // itself: "will investigate the army's crackdown on protesters" also
  // codes the crackdown; "opened an investigation into" codes once.)
  const bool inquires_into_act = CameoRoot(last_verb_code) == "09" &&
                                 CameoRoot(choice.code.primary) != "09";
  if (nominal_reading && !last_verb_words.empty() && m.span.begin >= last_verb_words.begin &&
      m.span.end <= last_verb_words.end && !SpeaksOfAnAct(last_verb_code) &&
      !inquires_into_act) {
    s.Note(fmt::format(
        "{}: a word of the pattern of the verb before it, not an event of its own", label));
    return;
  }
  // "Mitsotakis called Turkish President Erdogan to offer his
  // condolences" ('- * + (TO {OFFER CONDOLENCES})'): a verb the pattern
  // of the verb before it read as its own words is part of that event.
  if (!undone_words.empty() && m.span.begin >= undone_words.begin &&
      m.span.end <= undone_words.end) {
    s.Note(fmt::format(
        "{}: a word of the pattern of a verb before it that is not done; no event", label));
    return;
  }
  if (!nominal_reading && !last_verb_words.empty() && m.span.begin >= last_verb_words.begin &&
      m.span.end <= last_verb_words.end) {
    s.Note(fmt::format(
        "{}: a word of the pattern of the verb before it, not an event of its own", label));
    return;
  }
  if (nominal_reading) {
    // An event noun borrows its clause's participant as source only
    // through a pattern that names no source ("In a meeting with Khamis,
    // Rouhani ..."); otherwise "Iran condemned the assassination of X"
    // would make Iran the assassin.
    bool may_borrow = choice.pattern != nullptr && !HasSourceSlot(*choice.pattern);
    // "Gallant ordered a complete siege of the Gaza Strip", "China's
    // military began large-scale drills around Taiwan": the object of a
    // verb of ordering or starting is done by the verb's subject.
    const int orderer = SubjectOfAnOrderOrStart(dict, tokens, mentions, matches, m.span);
    const bool ordered = orderer >= 0;
    started_by_subject = ordered;
    if (source < 0 && ordered) {
      source = orderer;
      why_source = "source: the subject of the order or start whose object the event noun is";
    }
    // "Fighting erupted in Khartoum between Sudan's army and the RSF": an
    // event noun of fighting is between the parties named after
    // "between"; "Twenty Indian soldiers were killed in a clash with
    // Chinese troops": one followed by "with" is between its clause's
    // subject and that party. Each fights the other.
    // (Only a clash of the moment: not "the war with Isis", "a coming war
    // with Iran"; "between" before any other event noun, "with" after a
    // passive's "in": "were killed in clashes with militants".)
    static constexpr std::string_view kClashes[] = {
        "clash", "clashes", "fighting", "gunfight", "gunbattle", "firefight", "skirmish",
        "skirmishes", "battle", "battles", "exchange"};
    // ("setting the scene for a direct clash between the two allies",
    // "the risk of a clash": a clash spoken of, not one that happened.)
    const bool a_clash = [&] {
      if (!internal::InWords(kClashes, tokens[m.span.end - 1])) return false;
      const uint32_t k = NounPhraseStart(tokens, m.span.begin);
      // ("after two nights of clashes between police and protesters": a
      // stretch of time of clashes is clashes that happened.)
      static constexpr std::array<std::string_view, 8> kStretches = {
          "days", "nights", "weeks", "hours", "months", "day", "night", "week"};
      if (k >= 2 && internal::IsWord(tokens[k - 1], "of") &&
          internal::InWords(kStretches, tokens[k - 2]))
        return true;
      return k == 0 || !(internal::IsWord(tokens[k - 1], "for") ||
                         internal::IsWord(tokens[k - 1], "of") ||
                         internal::IsWord(tokens[k - 1], "to"));
    }();
    uint32_t between_end = m.span.end;
    while (between_end < window.end && between_end < m.span.end + 10 &&
           tokens[between_end].text != "," && !EventNounAt(matches, between_end))
      ++between_end;
    if (source < 0 && a_clash && CameoRoot(choice.code.primary) == "19") {
      int partner = -1;
      if (const int first =
              FightingBetween(tokens, mentions, m.span.end, between_end, &partner);
          first >= 0) {
        source = first;
        target = partner;
        choice.code.reverse = choice.code.primary;
        why_source = "source: the first of the parties the fighting is between";
        why_target = "target: the other";
      } else if (m.span.end < window.end && internal::IsWord(tokens[m.span.end], "with") &&
                 AfterAPassiveIn(tokens, m.span.begin)) {
        const int subject =
            internal::FindSubject(tokens, mentions, m.span.begin, window, &why_source);
        int with = -1;
        for (size_t x = 0; x < mentions.size() && with < 0; ++x)
          if (mentions[x].span.begin > m.span.end && mentions[x].span.begin <= m.span.end + 2 &&
              !mentions[x].locative && !mentions[x].code.empty())
            with = static_cast<int>(x);
        if (subject >= 0 && with >= 0 && !mentions[subject].possessive) {
          source = subject;
          target = with;
          choice.code.reverse = choice.code.primary;
          why_source += " (its clause's subject fought the party after 'with')";
          why_target = "target: the party after 'with'";
        }
      }
    }
    // "Israel responded with air strikes and artillery fire on southern
    // Lebanon": the response is its subject's (coder/reactions.h).
    const uint32_t responder_end =
        source < 0 ? internal::ResponseVerbBefore(tokens, m.span) : 0;
    const bool responded = responder_end > 0;
    for (size_t k = 0; k < mentions.size() && responded && source < 0; ++k)
      if (mentions[k].span.end == responder_end && !mentions[k].span.empty() &&
          !mentions[k].locative && !mentions[k].code.empty() && !mentions[k].possessive) {
        source = static_cast<int>(k);
        why_source = "source: the subject of the verb of responding whose means it is";
      }
    // "Kyiv suspended peace talks with Moscow": the verb already says
    // what happened to the talks; they are not a second event.
    if (may_borrow && !adjunct && last_verb_end > 0 && m.span.begin >= last_verb_end &&
        m.span.begin <= last_verb_end + 4 &&
        internal::FindNounModifier(tokens, mentions, m.span) < 0) {
      s.Note(fmt::format("{}: object of the verb before it, not an event of its own", label));
      return;
    }
    // A consultation in a phrase of circumstance (ConsultationAdjunct) is
    // the verb's subject's, with the party after "with" (the pattern's
    // +), else the verb's object named right after it ("Trudeau thanked
    // Lopez Obrador in a telephone call": Trudeau's call with him), else the
    // other member of a compound subject ("Ghana and Togo signed ...
    // after talks in Abuja"). Talks and meetings without "with" count
    // only where the phrase names the place they were held in, as a call
    // needs none ("signed ... after talks mediated by Kenya": who talked
    // to whom is not said). Calls, talks and meetings are held by both;
    // talks in a third country are 044. A visit goes where its pattern's
    // "to" says. With none of these, no event.
    // "hosted the Israeli leader in defiance of the court's warrant":
    // defiance (128) in a phrase of circumstance is the defiance of the
    // subject of the clause's verb.
    if (!adjunct && nominal_reading && source < 0 && choice.code.primary.starts_with("128") &&
        m.span.begin > 0 && internal::IsWord(tokens[m.span.begin - 1], "in") &&
        clause_verb.end > 0 && clause_verb.source >= 0 && window.begin < clause_verb.end &&
        clause_verb.end <= m.span.begin) {
      source = clause_verb.source;
      why_source = "source: the subject of the verb the defiance is a circumstance of";
      // ("in defiance of an International Criminal Court warrant": the
      // party named first in the "of" phrase issued the order defied; "in
      // defiance of the Minsk ceasefire" names an accord, no issuer.)
      static constexpr std::string_view kOrders[] = {
          "warrant", "warrants", "order",  "orders",  "ruling", "rulings", "resolution",
          "resolutions", "ban", "sanctions", "decision", "verdict", "summons", "'s"};
      auto issues_order = [&](const Mention& x) {
        for (uint32_t k = x.span.end; k < tokens.size() && k < x.span.end + 2; ++k)
          if (internal::InWords(kOrders, tokens[k])) return true;
        return false;
      };
      if (target < 0 && m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], "of"))
        for (size_t x = 0; x < mentions.size() && target < 0; ++x)
          if (mentions[x].span.begin > m.span.end && mentions[x].span.begin <= m.span.end + 3 &&
              !mentions[x].locative && !mentions[x].code.empty() &&
              static_cast<int>(x) != source && issues_order(mentions[x])) {
            target = static_cast<int>(x);
            why_target = "target: the party named in the 'of' phrase of the defiance";
          }
    }
    if (adjunct && source < 0) {
      source = clause_verb.source;
      why_source = "source: the subject of the verb the consultation is a circumstance of";
      // (The place may be one no dictionary knows: "in Putrajaya".)
      int place = -1;
      bool placed = false;
      if (m.span.end + 1 < tokens.size() && internal::IsWord(tokens[m.span.end], "in")) {
        // ("in the North Macedonian town of Ohrid": past a determiner.)
        const uint32_t at =
            internal::IsDeterminer(tokens[m.span.end + 1]) && m.span.end + 2 < tokens.size()
                ? m.span.end + 2
                : m.span.end + 1;
        const Token& next = tokens[at];
        static constexpr std::array<std::string_view, 12> kMonths = {
            "january", "february", "march",     "april",   "may",      "june",
            "july",    "august",   "september", "october", "november", "december"};
        placed = next.Has(kTokenCapitalized) && !internal::InWords(kMonths, next);
        for (size_t k = 0; k < mentions.size() && place < 0; ++k)
          if (mentions[k].locative && mentions[k].span.begin > m.span.end &&
              mentions[k].span.begin <= m.span.end + 6)
            place = static_cast<int>(k);
        placed |= place >= 0;
      }
      const bool by_before_target =
          target >= 0 && mentions[target].span.begin > 0 &&
          internal::IsWord(tokens[mentions[target].span.begin - 1], "by");
      if (!adjunct_visit && (by_before_target || (target >= 0 && mentions[target].locative)))
        target = -1;
      if (!adjunct_visit && target < 0 && (adjunct_call || placed)) {
        if (clause_verb.target >= 0 && clause_verb.target != source &&
            !mentions[clause_verb.target].locative &&
            !mentions[clause_verb.target].code.empty() &&
            mentions[clause_verb.target].span.begin <= clause_verb.end + 3) {
          target = clause_verb.target;
          why_target = "target: the object of the verb the consultation is a circumstance of";
        } else if (const int head = CoordinationHead(mentions, source);
                   head != source || mentions[source].coordinated_with >= 0) {
          target = head != source ? head : mentions[source].coordinated_with;
          why_target = "target: the other member of the compound subject";
        }
      }
      if (target < 0) {
        s.Note(fmt::format("{}: no party it was held with; no event", label));
        return;
      }
      if (!adjunct_visit) {
        if (choice.code.primary == "040" && place >= 0 && mentions[place].code.size() >= 3 &&
            mentions[source].code.size() >= 3 && mentions[target].code.size() >= 3 &&
            mentions[place].code.compare(0, 3, mentions[source].code, 0, 3) != 0 &&
            mentions[place].code.compare(0, 3, mentions[target].code, 0, 3) != 0) {
          choice.code.primary = "044";
          label += " -> 044 (held in a third country)";
        }
        if (choice.code.reverse.empty()) choice.code.reverse = choice.code.primary;
      }
    }
    if (source < 0)
      source = internal::FindNominalSource(tokens, mentions, m.span, window, may_borrow,
                                           &why_source);
    if (target < 0 && choice.pattern == nullptr &&
        (dict.block_of(m).patterns.empty() || ordered || responded)) {
      // An event noun without patterns takes "of", "on", "against" or
      // "with" objects: "the assassination of the commander". ("air
      // strikes and artillery fire on southern Lebanon": past an event
      // noun joined to it by "and".)
      uint32_t noun_end = m.span.end;
      if (noun_end + 1 < tokens.size() && internal::IsWord(tokens[noun_end], "and"))
        for (const PhraseMatch& n : matches)
          if (n.kind == PhraseMatch::Kind::kNominal && n.span.begin >= noun_end + 1 &&
              n.span.begin <= noun_end + 2 && n.span.end > noun_end)
            noun_end = std::max(noun_end, n.span.end);
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Mention& x = mentions[k];
        // ("on southern Lebanon": a compass word may come between.)
        const uint32_t b = x.span.begin;
        const bool after_preposition =
            b > 0 && (internal::IsPreposition(tokens[b - 1]) ||
                      (b > 1 && internal::IsCompassWord(tokens[b - 1]) &&
                       internal::IsPreposition(tokens[b - 2])));
        if (b > noun_end && b <= noun_end + 4 && !x.locative && !x.code.empty() &&
            after_preposition) {
          target = static_cast<int>(k);
          why_target = "target: the event noun's prepositional object";
          break;
        }
      }
    }
  } else if (group.passive) {
    // "the commander was assassinated in a US attack": the grammatical
    // subject suffered the act; the agent did it.
    // "Griner was released by Russia": a pattern written for the active
    // voice ("- * + [0841]") binds the "by" agent as its object; in the
    // passive that actor is the source.
    if (target >= 0 && mentions[target].span.begin > 0 &&
        internal::IsWord(tokens[mentions[target].span.begin - 1], "by")) {
      if (source < 0) source = target;
      target = -1;
      why_source = "source: the passive's agent (by ...), bound by the pattern's +";
    }
    // "A Panamanian tanker was seized off Malta by Libyan coast guards":
    // a pattern's direct object ("- * +") has none to bind in the
    // passive; a party after a preposition it took for one is where the
    // act happened, and the passive's subject suffered it.
    // (A country or place word only, after a preposition of place: "has
    // been invited to take part in the G7 meeting" keeps the G7.)
    static constexpr std::string_view kWhere[] = {"in",     "off",     "near", "at",
                                                  "inside", "outside", "on"};
    uint32_t where = mentions[target >= 0 ? target : 0].span.begin;
    if (where > 0 && target >= 0 && internal::IsDeterminer(tokens[where - 1])) --where;
    if (target >= 0 && target == choice.target && choice.pattern != nullptr &&
        TargetIsDirectObject(*choice.pattern) && mentions[target].code.size() == 3 &&
        mentions[target].span.begin > m.span.end && where > m.span.end &&
        internal::InWords(kWhere, tokens[where - 1])) {
      std::string why;
      const int subject = internal::FindSubject(tokens, mentions, m.span.begin, window, &why);
      if (subject >= 0 && !mentions[subject].locative && subject != source &&
          mentions[subject].span.begin >= window.begin)
        target = -1;
    }
    // "Jovenel Moise was shot dead at his home in Port-au-Prince by a
    // commando": a place a pattern binds ("(AT +)") is where the passive
    // act happened; its subject suffered it.
    if (target >= 0 && mentions[target].locative) {
      std::string why;
      const int subject = internal::FindSubject(tokens, mentions, m.span.begin, window, &why);
      if (subject >= 0 && !mentions[subject].locative && subject != source) target = -1;
    }
    if (target < 0 && group.reduced_relative) {
      // Only the noun right before the participle is what it acts on.
      for (size_t k = 0; k < mentions.size(); ++k)
        if (mentions[k].span.end == m.span.begin && !mentions[k].code.empty() &&
            !mentions[k].locative)
          target = static_cast<int>(k);
      // "a truce between Armenia and Azerbaijan brokered by Russia": the
      // participle modifies the noun whose parties follow "between"; each
      // is acted on. (Elsewhere it modifies the last member: "the army and
      // rebels backed by Ankara".)
      if (const int head = target >= 0 ? CoordinationHead(mentions, target) : -1;
          head >= 0 && mentions[head].span.begin > 0 &&
          internal::IsWord(tokens[mentions[head].span.begin - 1], "between"))
        target = head;
      if (target >= 0) why_target = "target: the noun the passive participle modifies";
    } else if (target < 0) {
      target = internal::FindSubject(tokens, mentions, m.span.begin, window, &why_target);
      if (target >= 0) why_target = "target: the passive verb's subject";
      // "Kosovo's declaration of independence was rejected by Serbia":
      // what was rejected is Kosovo's; its possessor is the target.
      if (target < 0 || mentions[target].span.begin < window.begin) {
        for (size_t k = 0; k < mentions.size(); ++k) {
          const Mention& x = mentions[k];
          if (x.span.begin >= window.begin && x.span.end <= m.span.begin && x.possessive &&
              !x.locative && !x.code.empty()) {
            target = static_cast<int>(k);
            why_target = "target: the possessor of the passive verb's subject";
            break;
          }
        }
      }
      if (target < 0) {
        target = ActorEndingPassiveSubject(tokens, mentions, m.span.begin, window);
        if (target >= 0)
          why_target = "target: the actor the passive verb's subject is for or of";
      }
    }
    if (source < 0 || source == target) {
      // "was shot dead while giving a speech in Nara by a gunman": a clause
      // of time on an active gerund shares the passive's subject, and the
      // "by" phrase after it is still the passive's (see
      // ByBelongsToAnotherVerb); the agent is looked for past it.
      internal::ClauseWindow agent_window = window;
      for (uint32_t k = window.end > 0 ? window.end - 1 : 0;
           k <= window.end && k + 1 < tokens.size(); ++k)
        if ((internal::IsWord(tokens[k], "while") || internal::IsWord(tokens[k], "after") ||
             internal::IsWord(tokens[k], "before") || internal::IsWord(tokens[k], "when")) &&
            tokens[k + 1].pos == kPosVBG && !internal::IsWord(tokens[k + 1], "being") &&
            !internal::IsWord(tokens[k + 1], "having")) {
          agent_window.end = std::max(window.end, internal::ClauseAround(tokens, k + 1).end);
          break;
        }
      source = internal::FindPassiveAgent(tokens, mentions, matches, m.span.end, agent_window,
                                          &why_source);
    }
    // "More than a hundred Palestinians were killed ... when Israeli
    // troops opened fire", "two soldiers were wounded when Kurdish
    // militants attacked a border post": with no "by", the actor of the
    // "when" clause that follows is who killed or wounded them.
    if (source < 0 && target >= 0 && IsKillingOrWounding(dict.verb_form(m.id))) {
      for (uint32_t k = m.span.end; k + 1 < tokens.size() && source < 0; ++k) {
        if (tokens[k].text == "." || tokens[k].text == ";") break;
        if (!internal::IsWord(tokens[k], "when")) continue;
        uint32_t b = k + 1;
        if (internal::IsDeterminer(tokens[b])) ++b;
        for (size_t x = 0; x < mentions.size(); ++x)
          if (mentions[x].span.begin >= k + 1 && mentions[x].span.begin <= b + 2 &&
              !mentions[x].locative && !mentions[x].code.empty() && !mentions[x].span.empty()) {
            source = static_cast<int>(x);
            why_source = "source: the actor of the 'when' clause after the passive";
            // A pattern's '+' read it as the object; the passive's
            // subject is whom they hit.
            if (source == target) {
              target =
                  internal::FindSubject(tokens, mentions, m.span.begin, window, &why_target);
              if (target >= 0) why_target = "target: the passive verb's subject";
            }
            break;
          }
        break;
      }
    }
    // "Russian troops were deployed across Crimea", "US Marines were
    // dispatched to Libya": forces moved, with no one named to move them,
    // are the actor of their own deployment (15); where they go is the
    // target.
    // "Armenian troops were put on full combat alert on the orders of
    // Prime Minister Pashinyan", "the reporters were detained on the
    // interior minister's orders":
    // whoever gave the order is the agent of a passive with no "by". The
    // forces a passive of force posture (15) moves are its instrument,
    // not its target; the target is found after the order.
    const int orderer = source < 0 ? OrdererAfter(tokens, mentions, m.span.end, window) : -1;
    if (orderer >= 0 && orderer != target) {
      source = orderer;
      why_source = "source: who gave the order the passive act followed";
      if (CameoRoot(choice.code.primary) == "15" && !group.reduced_relative) {
        target = internal::FindObject(tokens, mentions, mentions[orderer].span.end, window,
                                      &why_target);
        if (target >= 0 && mentions[target].code.size() >= 3 &&
            mentions[source].code.starts_with(mentions[target].code.substr(0, 3)))
          target = -1;
      }
    }
    if (source < 0 && target >= 0 && CameoRoot(choice.code.primary) == "15" &&
        !group.reduced_relative) {
      source = target;
      why_source = "source: the forces the passive verb moves (no agent named)";
      target = internal::FindObject(tokens, mentions, m.span.end, window, &why_target);
    }
  } else {
    if (source < 0) {
      source = internal::FindSubject(tokens, mentions, m.span.begin, window, &why_source);
      // "Tony Blair said migration helped the UK", "Blair said the talks
      // helped Iran": in a clause reported after "said", a noun phrase
      // that is no party stands as the subject; the speaker is not it.
      if (source >= 0 &&
          ReportedClauseHasOtherSubject(dict, tokens, mentions, matches, source, m.span)) {
        s.Note(fmt::format("{}: its subject in the reported clause is no party", label));
        source = -1;
      }
      // "Chinese warships sailed near Taiwan after the island's president
      // visited the United States": a role right before the verb, with
      // no country the coder can tell, is the verb's subject; the actor
      // named before it is not.
      if (source >= 0 && UncodedRoleBefore(tokens, mentions, matches, mentions[source].span.end,
                                           m.span.begin)) {
        s.Note(fmt::format("{}: its subject is a role with no known country", label));
        source = -1;
      }
      // "Fighting broke out in Khartoum between the Sudanese army and
      // the Rapid Support Forces", "Clashes erupted between Indian and
      // Chinese troops": fighting with no subject of its own is between
      // the parties named after "between", each against the other.
      if (source < 0 && CameoRoot(choice.code.primary) == "19") {
        int partner = -1;
        if (const int first =
                FightingBetween(tokens, mentions, m.span.end, window.end, &partner);
            first >= 0) {
          source = first;
          why_source = "source: the first of the parties the fighting is between";
          // The parties fight each other; a place the pattern bound is
          // where (the partner, in a prepositional phrase, makes the act
          // mutual below).
          target = partner;
          choice.target = -1;
        }
      }
      // "Thousands rallied in Belgrade against the government": a crowd
      // named by its size that protests is the opposition (OPP) of the
      // place where it protests.
      if (source < 0 && CameoRoot(choice.code.primary) == "14") {
        if (const TokenSpan crowd = internal::CrowdSubject(tokens, window, m.span.begin);
            !crowd.empty()) {
          Mention who;
          who.span = crowd;
          who.code = std::string(internal::kUnplacedCountry) + "OPP";
          who.unplaced = true;
          who.how = "a crowd that protests: the opposition (OPP) of the protest's place";
          who.display_name = s.Text(crowd);
          mentions.push_back(std::move(who));
          s.mentions = mentions;
          source = static_cast<int>(mentions.size() - 1);
          why_source = "source: the crowd, named by its size, that protests";
        }
      }
      // "Trump called off the talks after an attack in Kabul killed an
      // American soldier": when an event noun stands as the killing
      // verb's subject, its actor (if any) is the source, never an actor
      // before it.
      if (source >= 0 && IsKillingVerb(dict.verb_form(m.id))) {
        for (const PhraseMatch& n : matches) {
          if (n.kind != PhraseMatch::Kind::kNominal || n.span.end > m.span.begin ||
              n.span.end + 6 < m.span.begin || n.span.begin < mentions[source].span.end)
            continue;
          bool finite_between = false;
          for (uint32_t k = n.span.end; k < m.span.begin; ++k)
            finite_between |= internal::IsFiniteVerbTag(tokens[k].pos) || tokens[k].text == ",";
          if (finite_between) continue;
          source =
              internal::FindNominalSource(tokens, mentions, n.span, window, false, &why_source);
          if (source >= 0) why_source += " (the event noun is the subject)";
          break;
        }
      }
      // "Taliban militants set off a roadside bomb that killed five
      // American soldiers": a killing verb whose subject is "that" or
      // "which" after an event noun of force is done by whoever did
      // that event, and the noun says how (1833).
      if (source < 0 && IsKillingVerb(dict.verb_form(m.id)) && m.span.begin >= 2 &&
          (internal::IsWord(tokens[m.span.begin - 1], "that") ||
           internal::IsWord(tokens[m.span.begin - 1], "which"))) {
        for (const PhraseMatch& n : matches) {
          if (n.kind != PhraseMatch::Kind::kNominal || n.span.end + 1 != m.span.begin ||
              InsideLongerTrigger(matches, n))
            continue;
          const std::string& how =
              dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary;
          const auto root = CameoRoot(how);
          if (root != "18" && root != "19" && root != "20") break;
          const ClauseWindow noun_window = internal::ClauseAround(tokens, n.span.begin);
          source = internal::FindNominalSource(tokens, mentions, n.span, noun_window, true,
                                               &why_source);
          if (source >= 0) {
            why_source += " (of the event noun the relative clause is on)";
            if (how.size() > 2 && how != choice.code.primary) {
              label += fmt::format(" -> {} ('{}' says how)", how, s.Text(n.span));
              choice.code.primary = how;
            }
          }
          break;
        }
      }
      // "Guterres urged Israel to reconsider its order and called on
      // Hamas to ...": after "and", an actor in the previous verb's object
      // is not the subject; the previous verb's subject is.
      if (group.coordinated && last_null_verb_window && last_any_verb_source < 0) {
        std::string unused;
        last_any_verb_source = internal::FindSubject(tokens, mentions, last_any_verb_begin,
                                                     *last_null_verb_window, &unused);
      }
      if (group.coordinated && last_any_verb_source >= 0 && source >= 0 &&
          last_any_verb_end > 0 && mentions[source].span.begin >= last_any_verb_end) {
        source = last_any_verb_source;
        why_source = "subject: the subject of the verb coordinated before it";
      }
      if (group.coordinated && source >= 0) {
        int subject = -1;
        auto has_subject = [&](uint32_t at) {
          std::string why;
          subject = internal::FindSubject(tokens, mentions, at,
                                          internal::ClauseAround(tokens, at), &why);
          return subject >= 0 && mentions[subject].span.end <= at &&
                 SubjectRightBefore(tokens, mentions[subject], at);
        };
        if (const int head = ParallelFiniteVerb(tokens, m.span.begin, has_subject);
            head >= 0 && mentions[source].span.begin > static_cast<uint32_t>(head) &&
            subject != source) {
          source = subject;
          why_source = fmt::format(
              "subject: the subject of '{}', the verb of its form the 'and' joins it to",
              tokens[head].text);
        }
      }
      // "Greek Prime Minister Mitsotakis telephoned Turkish President
      // Erdogan on Monday to offer his condolences": the purpose of a
      // consultation (a call, a meeting, a visit: 04) is its subject's,
      // towards whom it consulted; not the object's, as after verbs that
      // put the object to an act ("urged Israel to ...").
      if (group.infinitive && CameoRoot(last_verb_code) == "04" && last_verb_source >= 0 &&
          last_verb_target >= 0 && source == last_verb_target && last_verb_end > 0 &&
          last_verb_end <= m.span.begin && within_words_after_verb(8)) {
        source = last_verb_source;
        purpose_target = last_verb_target;
        why_source = "subject: the subject of the consultation whose purpose it is";
      }
      // "Israel's air force bombed Beirut's airport and the navy imposed a
      // blockade": a state force named without its country in a clause
      // joined by "and" to one whose subject is a state's is that
      // state's.
      if (source >= 0 && source != last_verb_source && last_verb_source >= 0 &&
          mentions[source].span.begin >= last_verb_end && mentions[source].span.begin > 0 &&
          (internal::IsWord(tokens[mentions[source].span.begin - 1], "and") ||
           (mentions[source].span.begin > 1 &&
            internal::IsDeterminer(tokens[mentions[source].span.begin - 1]) &&
            internal::IsWord(tokens[mentions[source].span.begin - 2], "and"))))
        internal::TakeCountryFrom(mentions[last_verb_source], &mentions[source],
                                  "the country of the clause joined before it");
    }
    // "Russia condemned the air strike on Iraq by the US": when the
    // object is an event noun, the target is whoever did that event.
    if (target < 0) {
      if (const PhraseMatch* object = EventNounObject(tokens, mentions, matches, m);
          object != nullptr) {
        std::string why;
        int actor =
            internal::FindNominalSource(tokens, mentions, object->span, window, false, &why);
        if (actor >= 0 && actor != source) {
          target = actor;
          why_target = "target: the actor of the event noun that is the verb's object";
        }
      }
    }
    if (target < 0)
      target = internal::FindObject(tokens, mentions, m.span.end, window, &why_target);
    if (purpose_target >= 0 && (target < 0 || target == source)) {
      target = purpose_target;
      why_target = "target: whom the consultation whose purpose it is was with";
    }
    // "Kenyan protesters stormed parliament in Nairobi": a party named
    // inside a multiword verb ("stormed parliament") is its object.
    if (target < 0 && m.span.size() >= 2) {
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Mention& x = mentions[k];
        // (Not a people word: "held hostage" names no party.)
        if (static_cast<int>(k) != source && x.span.begin > m.span.begin &&
            x.span.end <= m.span.end && !x.locative && !x.code.empty() &&
            !x.code.ends_with("CVL") && !x.code.ends_with("REF")) {
          target = static_cast<int>(k);
          why_target = "target: the party named inside the verb phrase";
          break;
        }
      }
    }
    // "North Korea's army warned that it would launch strikes if South
    // Korea ...": a pronoun for the subject itself opens the reported
    // clause; it is not the object. The party after it is. (Not for a
    // bare statement, 01: "Pyongyang announced that it would conduct a
    // test, citing the policy of the United States" is addressed to no
    // one.)
    if (target >= 0 && target != choice.target && source >= 0 &&
        CameoRoot(choice.code.primary) != "01" && mentions[target].span.size() == 1 &&
        mentions[target].code == mentions[source].code &&
        IsSubjectPronoun(tokens[mentions[target].span.begin])) {
      std::string why;
      const int past =
          internal::FindObject(tokens, mentions, mentions[target].span.end, window, &why);
      if (past >= 0) {
        target = past;
        why_target = why + " (past the pronoun for the subject)";
      }
    }
    // "India sent additional troops to the Ladakh border after the clash
    // with Chinese soldiers", "Azerbaijan mobilised reservists": forces
    // named without a country right after a verb of force posture (15)
    // are what is moved, not a party; the target is found past them.
    // So are a state's own forces it sends, rushes or pulls out ("Russia
    // sent tanks and thousands of troops into South Ossetia": aid and
    // protection 07, yielding 08, and promises of them 033).
    const auto moved_root = CameoRoot(choice.code.primary);
    // Forces moved are the verb's direct object: no preposition before
    // them ("bowing to pressure from the army" names who is yielded to).
    bool direct_object = target >= 0;
    for (uint32_t k = m.span.end; direct_object && k < mentions[target].span.begin; ++k)
      direct_object = !internal::IsPreposition(tokens[k]);
    const bool moves_forces =
        moved_root == "15" ||
        ((moved_root == "07" || moved_root == "08" || choice.code.primary.starts_with("033")) &&
         source >= 0 && IsStateActor(mentions[source]) && direct_object &&
         mentions[target].unplaced_needs_place);
    if (target >= 0 && (target != choice.target || mentions[target].unplaced_needs_place) &&
        moves_forces && mentions[target].unplaced &&
        mentions[target].span.begin <= m.span.end + 3) {
      // Past every force of a list ("tanks and thousands of troops").
      int last = target;
      while (mentions[last].coordinated_with > last) last = mentions[last].coordinated_with;
      std::string why;
      int past = internal::FindObject(tokens, mentions, mentions[last].span.end, window, &why);
      while (past >= 0 && mentions[past].unplaced_needs_place &&
             mentions[past].span.begin <= mentions[last].span.end + 4) {
        last = past;
        past = internal::FindObject(tokens, mentions, mentions[last].span.end, window, &why);
      }
      target = past;
      why_target = past >= 0 ? why + " (past the forces moved)" : std::string();
    }
    // "Pakistan put its armed forces on high alert after Indian warplanes
    // struck a camp", "Israel placed its military on alert as it braced
    // for an Iranian strike": a show of force with no object answers the
    // party named after "after", "as", "amid" or "following".
    // "China's military fired ballistic missiles into waters around
    // Taiwan in live-fire drills after Nancy Pelosi's visit": first, the
    // place a show of force is staged around, near or off, in its clause.
    if (target < 0 && source >= 0 && CameoRoot(choice.code.primary) == "15") {
      for (uint32_t k = m.span.end; k + 1 < window.end && target < 0; ++k) {
        if (!internal::InWords(kAroundWords, tokens[k])) continue;
        uint32_t p = k + 1;
        if (p < window.end && internal::IsDeterminer(tokens[p])) ++p;
        for (size_t x = 0; x < mentions.size(); ++x) {
          const Mention& y = mentions[x];
          if (y.span.begin != p || y.code.size() != 3 || y.possessive ||
              y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
            continue;
          target = static_cast<int>(x);
          why_target = fmt::format("target: the place the show of force is staged {}",
                                   tokens[k].text);
          break;
        }
      }
    }
    if (target < 0 && source >= 0 && CameoRoot(choice.code.primary) == "15") {
      for (uint32_t k = m.span.end; k < tokens.size() && target < 0; ++k) {
        if (tokens[k].text == "." || tokens[k].text == ";") break;
        // ("put its nuclear deterrent forces on special alert, blaming
        // aggressive statements by leading NATO countries")
        if (!internal::IsWord(tokens[k], "after") && !internal::IsWord(tokens[k], "as") &&
            !internal::IsWord(tokens[k], "amid") && !internal::IsWord(tokens[k], "following") &&
            !internal::IsWord(tokens[k], "blaming") && !internal::IsWord(tokens[k], "citing"))
          continue;
        for (size_t x = 0; x < mentions.size(); ++x) {
          const Mention& y = mentions[x];
          if (y.span.empty() || y.span.begin <= k || y.span.begin > k + 8 || y.locative ||
              y.code.size() < 3 || y.unplaced || y.code.starts_with("IGO") ||
              y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
            continue;
          target = static_cast<int>(x);
          why_target = "target: the party whose act the show of force answers";
          break;
        }
        break;
      }
    }
    // "Tokyo promised that Japanese aid would reach the people of Turkey",
    // "Beijing sent Chinese troops to the border": in a cooperative act (03-08),
    // a show of force (15) or a cut in relations (16), a demonym of the
    // subject's own country that a pattern binds right before the common
    // noun it modifies says whose the aid, the troops or the money are,
    // the subject's; the party after it is the target, if any. (People
    // of one's own country may be hurt or arrested: "killed dozens of
    // Kurdish villagers" keeps them.)
    const auto own_root = CameoRoot(choice.code.primary);
    if (((own_root >= "03" && own_root <= "08") || own_root == "15" || own_root == "16") &&
        target >= 0 && target == choice.target && source >= 0 &&
        mentions[target].span.size() == 1 && mentions[target].code.size() == 3 &&
        mentions[source].code.starts_with(mentions[target].code) &&
        mentions[target].span.end < window.end) {
      const Token& next = tokens[mentions[target].span.end];
      if ((next.pos == kPosNN || next.pos == kPosNNS) && !next.Has(kTokenCapitalized)) {
        s.Note(fmt::format("{}: '{}' names the subject's own, not the target", label,
                           s.Text(mentions[target].span)));
        const uint32_t own_end = mentions[target].span.end;
        target = internal::FindObject(tokens, mentions, own_end, window, &why_target);
        // (Only a party close after it: "discussed with allies whether a
        // French force could replace the departing US troops" has none.)
        if (target >= 0 && mentions[target].span.begin > own_end + 6) target = -1;
        if (target == source) target = -1;
      }
    }
    // "The Dutch king apologised for abuses by Dutch troops during
    // Indonesia's war of independence", "accepted the apology on behalf of
    // the Korean people": an apology or its acceptance (055, 056) is
    // addressed to another party; one of the subject's own country is who
    // did the deed or whom the subject speaks for. The next party after
    // it is the target, if any.
    if ((choice.code.primary.starts_with("055") || choice.code.primary.starts_with("056")) &&
        target >= 0 && source >= 0 && mentions[target].code.size() >= 3 &&
        mentions[source].code.compare(0, 3, mentions[target].code, 0, 3) == 0) {
      s.Note(fmt::format("{}: {} is of the subject's own country, not whom it addresses",
                         label, mentions[target].code));
      const uint32_t own_end = mentions[target].span.end;
      target = internal::FindObject(tokens, mentions, own_end, window, &why_target);
      if (target >= 0 && mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        target = -1;
    }
    // "Zelensky, addressing the Japanese parliament on Wednesday, appealed
    // for more air defence systems": forces or weapons named without a
    // country after the "for" of an appeal (02) are what is asked for,
    // not a party; the one the subject is addressing is the target, if
    // the sentence names one.
    if (target >= 0 && own_root == "02" && mentions[target].unplaced &&
        mentions[target].span.begin >= m.span.end) {
      uint32_t k = mentions[target].span.begin;
      while (k > m.span.end &&
             (internal::IsDeterminer(tokens[k - 1]) || tokens[k - 1].pos == kPosJJ ||
              tokens[k - 1].pos == kPosJJR || tokens[k - 1].pos == kPosCD))
        --k;
      // ("appealed for" may hold the "for" in its own words.)
      if (k >= m.span.end && k > 0 && internal::IsWord(tokens[k - 1], "for")) {
        s.Note(fmt::format("{}: '{}' is what is asked for, not a party", label,
                           s.Text(mentions[target].span)));
        target = -1;
        for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
          const Mention& y = mentions[x];
          uint32_t b = y.span.begin;
          if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
          if (y.span.end <= m.span.begin && b >= window.begin && b > 0 && !y.locative &&
              !y.code.empty() && static_cast<int>(x) != source &&
              internal::IsWord(tokens[b - 1], "addressing")) {
            target = static_cast<int>(x);
            why_target = "target: whom the subject was addressing";
          }
        }
      }
    }
    // "Mexico extradited Ovidio Guzman, the son of the jailed Sinaloa
    // cartel boss, to the United States": a party inside an
    // appositive on the object describes the object; the one after "to"
    // past it is the target.
    if (target >= 0 && (target != choice.target ||
                        (choice.pattern != nullptr && TargetIsDirectObject(*choice.pattern)))) {
      if (const int recipient = internal::RecipientPastAppositive(
              tokens, mentions, m.span.end, mentions[target], window);
          recipient >= 0 && recipient != source) {
        target = recipient;
        why_target = "target: the party after 'to' past the appositive on the object";
      }
    }
    // "Berlin held talks on the Iranian nuclear programme with Paris",
    // "Seoul held talks on Chinese fishing fleets with Tokyo": a party the
    // object search found in an "on", "about" or "over" phrase is the
    // topic of a consultation or cooperation (03-06); the party named
    // after "with" later in the clause is the partner.
    if (target >= 0 && target != choice.target && own_root >= "03" && own_root <= "06") {
      uint32_t last_preposition = 0;
      for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
        if (internal::IsPreposition(tokens[k])) last_preposition = k;
      static constexpr std::string_view kTopics[] = {"on", "about", "over", "regarding"};
      if (last_preposition > 0 && internal::InWords(kTopics, tokens[last_preposition])) {
        for (size_t x = 0; x < mentions.size(); ++x) {
          const Mention& y = mentions[x];
          if (y.span.begin <= mentions[target].span.end || y.span.end > window.end ||
              y.locative || y.code.empty() || static_cast<int>(x) == source)
            continue;
          uint32_t b = y.span.begin;
          if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
          if (b > 0 && internal::IsWord(tokens[b - 1], "with")) {
            target = static_cast<int>(x);
            why_target = "target: the partner after 'with' (the party before is the topic)";
          }
          break;
        }
      }
    }
    // "North Korea has trained 500 hackers capable of launching cyber
    // warfare against the United States": the party named after
    // "against" is the adversary, never the partner of a cooperative act
    // (roots 03-07) found by the object search. (A concession (08) is
    // made to it: "eased its tough stance against the United States".)
    if (target >= 0 && target != choice.target && mentions[target].span.begin > 0 &&
        internal::IsWord(tokens[mentions[target].span.begin - 1], "against")) {
      const auto root = CameoRoot(choice.code.primary);
      if (root >= "03" && root <= "07") {
        target = -1;
        why_target.clear();
      }
    }
    // "Ankara condemned the Israeli raid and recalled its ambassador":
    // a coordinated verb with no object of its own acts on the first
    // verb's target.
    // ("accused Baku of provocations and announced that it was closing
    // the border": a statement (01) whose "that" or "it" clause follows says
    // something; it is not said to the first verb's target. A demand keeps
    // it: "... and demanded that he leave".)
    const uint32_t after = m.span.end;
    const bool reports_a_clause =
        after < tokens.size() && CameoRoot(choice.code.primary) == "01" &&
        (internal::IsWord(tokens[after], "that") ||
         (internal::IsWord(tokens[after], "it") && after + 1 < tokens.size() &&
          IsVerbTag(tokens[after + 1].pos)));
    // (Not a curfew or emergency rule, which falls on the population
    // whoever the first verb hit: "the army detained the president and
    // declared a state of emergency" MIL 1724 the country.)
    const bool on_population = choice.code.primary.starts_with("1723") ||
                               choice.code.primary.starts_with("1724");
    if (target < 0 && group.coordinated && last_verb_target >= 0 &&
        last_verb_target != source && !reports_a_clause && !on_population) {
      target = last_verb_target;
      why_target = "target: the target of the verb coordinated before it";
    }
    // "Putin arrived in Pyongyang": the place a visitor arrives in is
    // what is visited.
    // So it is when the visit is for an organisation's meeting ("arrived
    // in Johannesburg for the BRICS summit" visits South Africa).
    const bool for_a_meeting = target >= 0 && mentions[target].code.starts_with("IGO");
    if (for_a_meeting && choice.code.primary.starts_with("042") && source >= 0) {
      std::string why;
      const int place = PlaceTarget(
          tokens, resources.gazetteer.get(), mentions[source].code, choice.code.primary,
          m.span.end, std::min<uint32_t>(window.end, m.span.end + 3), &mentions, &why);
      if (place >= 0) {
        target = place;
        why_target = "target: the place visited (for the organisation's meeting)";
        s.mentions = mentions;
      }
    }
    if (target < 0 && choice.code.primary.starts_with("042")) {
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Mention& x = mentions[k];
        if (x.locative && !x.code.empty() && x.span.begin >= m.span.end &&
            x.span.begin <= m.span.end + 2 && x.span.begin < window.end) {
          target = static_cast<int>(k);
          why_target = "target: the place visited";
          break;
        }
      }
    }
  }
  // "opened an investigation into war crimes in Ukraine", "Israeli jets
  // struck targets in Gaza", "delivered food to people in Yemen": an act
  // whose target is a place or population, with no party named as its
  // object, acts on the place where it happens.
  const bool compound_source =
      source >= 0 && (mentions[source].coordinated_with >= 0 ||
                      (source > 0 && mentions[source - 1].coordinated_with == source));
  if (target < 0 && source >= 0 && !choice.code.primary.empty() &&
      TargetIsAPlace(choice.code.primary) &&
      !(compound_source && IsMutualAct(choice.code.primary))) {
    // Where the place is named: after the verb ("struck targets in
    // Gaza"), and in a passive first in its subject ("a hospital in
    // Aleppo was destroyed by Russian missiles"), which names what was
    // struck.
    struct Range {
      uint32_t from, to;
    };
    const Range after{m.span.end, std::min<uint32_t>(window.end, m.span.end + 13)};
    const Range subject{window.begin, m.span.begin};
    const Range ranges[2] = {group.passive ? subject : after, after};
    const int range_count = group.passive ? 2 : 1;
    for (int r = 0; r < range_count && target < 0; ++r)
      target = PlaceTarget(tokens, resources.gazetteer.get(), mentions[source].code,
                           choice.code.primary, ranges[r].from, ranges[r].to, &mentions,
                           &why_target);
    // "killed 12 civilians during a raid in Iraq": the people a killing
    // hits, named by a role, are of the place (IRQCVL), not the place.
    // So are people tortured, raped or abducted ("soldiers tortured
    // civilians in villages around Kyiv" UKRCVL).
    const bool hits_people = IsKillingOrWounding(dict.verb_form(m.id)) ||
                             choice.code.primary.starts_with("1821") ||
                             choice.code.primary.starts_with("1822") ||
                             choice.code.primary.starts_with("181");
    if (target >= 0 && !nominal_reading && !group.passive && hits_people &&
        mentions[target].code.size() == 3) {
      if (const AgentEntry* hit = HeldRole(dict, tokens, matches, m.span, false, window);
          hit != nullptr && IsPeopleHit(*hit)) {
        const std::string country = mentions[target].code;
        target = ImplicitMention(PeopleHitCode(*hit, country), false, hit->name,
                                 "people hit, of the place where it happens", &mentions);
        why_target = "target: the people hit, of the place where it happens";
      }
    }
    if (target >= 0) s.mentions = mentions;
  }
  // "A truck bomb ... killed more than 500 people", "an air strike killed
  // twenty civilians": when the subject of a killing verb is an event noun
  // of force, the noun says how (1832 car bombing, 195 air strike); its
  // code is the event's.
  if (!nominal_reading && IsKillingVerb(dict.verb_form(m.id))) {
    for (size_t k = mi; k-- > 0;) {
      const PhraseMatch& n = matches[k];
      if (n.span.end > m.span.begin || n.span.begin < window.begin) continue;
      if (InsideLongerTrigger(matches, n)) continue;  // "attack" of "missile attack"
      if (n.kind == PhraseMatch::Kind::kVerb && n.span.end + 6 > m.span.begin) {
        // a verb between the noun and the killing verb: "bomb" is also a
        // verb form; only a verb that is the noun's twin is skipped.
        bool twin = false;
        for (const PhraseMatch& o : matches)
          twin |= o.kind == PhraseMatch::Kind::kNominal && o.span.end == n.span.end;
        if (!twin) continue;
      }
      if (n.kind != PhraseMatch::Kind::kNominal || n.span.begin + 8 < m.span.begin) continue;
      const std::string& how = dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary;
      auto root = CameoRoot(how);
      if ((root == "18" || root == "19" || root == "20") && how.size() > 2 &&
          how != choice.code.primary) {
        label += fmt::format(" -> {} (its subject, '{}', says how)", how, s.Text(n.span));
        choice.code.primary = how;
      }
      break;
    }
  }
  // "A suicide bomber from the Islamic State's Afghan branch killed 13
  // American service members": a suicide bomber who kills or attacks
  // carries out a suicide bombing (1831).
  if (!nominal_reading && source >= 0 && mentions[source].role != nullptr &&
      mentions[source].role->name.starts_with("SUICIDE")) {
    auto root = CameoRoot(choice.code.primary);
    if ((root == "18" || root == "19") && choice.code.primary != "1831") {
      label += " -> 1831 (its subject is a suicide bomber)";
      choice.code.primary = "1831";
    }
  }
  // "Hamas gunmen killed about 1200 people in southern Israel", "Islamic
  // State militants executed some 1700 Iraqi air force cadets": a finite
  // killing verb whose object counts a hundred people or more is a mass
  // killing (202). Not a participle of another act ("attacked hotels in
  // Mumbai, killing 166 people": the attack is the event).
  if (!nominal_reading && !group.passive && IsKillingVerb(dict.verb_form(m.id)) &&
      !tokens[m.span.begin].text.ends_with("ing")) {
    // Only the plain codes of killing: a means named elsewhere ("air
    // strikes that killed more than 400 Palestinians", 195; a suicide
    // bombing, 1831) says more.
    // Fifty or more named as civilians ("militiamen killed some 60
    // villagers in an overnight raid") are a massacre too.
    const long victims = VictimsCounted(tokens, m.span.end);
    if ((choice.code.primary == "190" || choice.code.primary == "1823") &&
        (victims >= 100 || (victims >= 50 && CiviliansCounted(tokens, m.span.end)))) {
      label += victims >= 100 ? " -> 202 (a hundred people or more killed)"
                              : " -> 202 (fifty civilians or more killed)";
      choice.code.primary = "202";
    }
  }
  // "Colombia extradited Dairo Usuga, the cartel boss known as Otoniel, to
  // the United States": an extradition is judicial cooperation with the
  // state that receives the person (063 USA), not with the person; the
  // "to" phrase may stand past the person's apposition.
  // (A person the tagger or the quotes hid is passed over: "extradited the
  // cartel boss Dairo 'Otoniel' Usuga to Washington".)
  if (!nominal_reading && source >= 0 && choice.code.primary.starts_with("063") &&
      (target < 0 || !IsStateActor(mentions[target]))) {
    const uint32_t after = target >= 0 ? mentions[target].span.end : m.span.end;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      const uint32_t b = x.span.begin;
      if (b <= after || b >= window.end || b > after + 12 ||
          !IsStateActor(x) || x.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      uint32_t p = b;
      if (p > 0 && internal::IsWord(tokens[p - 1], "the")) --p;
      if (p > 0 && internal::IsWord(tokens[p - 1], "to")) {
        target = static_cast<int>(k);
        why_target = "target: the state the person is handed to";
      }
      break;
    }
  }
  // "Rajapaksa asked visiting Chinese Foreign Minister Wang Yi to ease the
  // debt", "Modi met the visiting Japanese prime minister": "visiting"
  // right after a verb, "with" or a determiner describes the party after
  // it, the visitor; the clause's subject is the host it visits. (A place
  // is visited: "after visiting the Kremlin" keeps its order, as does
  // "Xi, visiting Moscow".)
  if (!nominal_reading && source >= 0 && target >= 0 && choice.code.primary.starts_with("042") &&
      m.span.size() == 1 && internal::IsWord(tokens[m.span.begin], "visiting") &&
      m.span.begin > 0 && mentions[target].span.begin == m.span.end &&
      !mentions[target].locative && mentions[target].code.size() >= 6 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) != 0) {
    const Token& before = tokens[m.span.begin - 1];
    if (IsVerbTag(before.pos) || internal::IsDeterminer(before) ||
        internal::IsWord(before, "with")) {
      std::swap(source, target);
      label += " (the party 'visiting' describes is the visitor)";
    }
  }
  // "The first 400 Kenyan police officers arrived in Port-au-Prince to
  // lead a UN-backed multinational mission", "British troops arrived in
  // Kabul to lead an international force": armed forces or police that
  // arrive somewhere are deployed there to protect it (074), not on a
  // visit (042).
  // (Not a named person with a rank: "President General Pervez Musharraf
  // arrived in Britain" is on a visit; nor one commander: "the army chief
  // flew to Washington".)
  if (source >= 0 && choice.code.primary.starts_with("042") &&
      mentions[source].code.size() >= 6 && mentions[source].person_name.empty() &&
      !mentions[source].person &&
      (mentions[source].code.ends_with("MIL") || mentions[source].code.ends_with("COP") ||
       mentions[source].code.ends_with("PKO"))) {
    label += " -> 074 (armed forces or police arriving: a deployment, not a visit)";
    choice.code.primary = "074";
    choice.code.reverse.clear();
  }
  // "Begum travelled to Syria in 2014", "4,000 Russian citizens traveled
  // to Syria and Iraq", "French and Algerian fighters travelled to
  // Afghanistan": private people, fighters, students or firms going
  // somewhere make no state visit (042 is a visit by a state's, a
  // party's or an organisation's people). A rebel movement's leaders may
  // visit ("a Taliban delegation visited Moscow"), but rebels who travel
  // or arrive are fighters on the move.
  if (source >= 0 && choice.code.primary.starts_with("042") && !nominal_reading) {
    const std::string& who = mentions[source].code;
    const std::string_view sector =
        who.size() >= 6 && !who.starts_with("IGO") && !who.starts_with("NGO")
            ? std::string_view(who).substr(3, 3)
            : std::string_view();
    static constexpr std::string_view kPrivate[] = {"CVL", "REF", "UAF", "RAD", "EDU", "BUS",
                                                    "MED", "LAB", "AGR", "CRM", "SEP"};
    bool private_people = who.size() == 3 && !IsStateActor(mentions[source]);
    for (std::string_view p : kPrivate) private_people |= sector == p;
    const bool fighters_moving =
        sector == "REB" && dict.verb_form(m.id).lemma != "VISIT";
    if (private_people || fighters_moving) {
      s.Note(fmt::format("{}: {} going somewhere make no state visit; no event", label,
                         who));
      return;
    }
  }
  // A town or country seized is territory occupied (192), toward its
  // country: the mention `at` that names it, else an implicit one.
  auto occupied = [&](int at, const Place& town, std::string_view what) {
    if (at < 0) {
      at = ImplicitMention(town.country, false, town.name, "the territory seized", &mentions);
      s.mentions = mentions;
    }
    target = at;
    why_target = fmt::format("target: the territory seized, {}", town.name);
    label += fmt::format(" -> 192 ({}: territory occupied)", what);
    choice.code.primary = "192";
    choice.code.reverse.clear();
  };
  const bool seizes = choice.code.primary.starts_with("171") ||
                      choice.code.primary.starts_with("173") ||
                      choice.code.primary.starts_with("181");
  // "Syrian rebels led by Hayat Tahrir al-Sham seized Damascus",
  // "Islamic State fighters seized Mosul", "The Rapid Support Forces
  // captured El Fasher": a town or country seized or captured is territory
  // occupied (192), not property taken (171) nor people held (173).
  if (!nominal_reading && !group.passive && resources.gazetteer != nullptr && seizes) {
    uint32_t k = m.span.end;
    if (k < tokens.size() && internal::IsDeterminer(tokens[k])) ++k;
    size_t length = 0;
    const Place* seized =
        k < tokens.size() && tokens[k].Has(kTokenCapitalized)
            ? resources.gazetteer->MatchAt(tokens, k, &length)
            : nullptr;
    // ("detained Istanbul Mayor Ekrem Imamoglu": the place names whose
    // mayor; the phrase is a person.)
    const uint32_t place_end = k + static_cast<uint32_t>(length);
    if (seized != nullptr && place_end < tokens.size() &&
        tokens[place_end].Has(kTokenCapitalized))
      seized = nullptr;
    // ("placed a Kosovo leader under house arrest": a place before a
    // noun names whose the noun is; the noun is what is held. "seized
    // the Kosovo town of Mitrovica" is a town.)
    if (seized != nullptr && place_end < tokens.size() && IsNounTag(tokens[place_end].pos) &&
        !(place_end + 1 < tokens.size() && internal::IsWord(tokens[place_end + 1], "of")) &&
        !internal::InWords(kPlaceHeads, tokens[place_end]))
      seized = nullptr;
    for (const Mention& x : mentions)
      if (seized != nullptr && x.span.begin == k && x.span.end != place_end) seized = nullptr;
    if (seized != nullptr && !seized->country.empty()) {
      int at = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin == k && !mentions[x].code.empty()) at = static_cast<int>(x);
      occupied(at, *seized, "a town or country seized");
    }
  }
  // "The southern Ukrainian port city of Kherson was captured by Russian
  // forces", "Mosul fell ... was seized by Islamic State fighters": the
  // same in the passive, when the town heads the subject (it opens the
  // clause, follows a determiner, or "city of"/"town of") and stands right
  // before the auxiliary; "a journalist from Kyiv was captured" holds a
  // person, not Kyiv.
  if (!nominal_reading && group.passive && target < 0 && source >= 0 &&
      resources.gazetteer != nullptr && seizes) {
    uint32_t aux = m.span.begin;
    while (aux > window.begin && internal::IsAuxiliaryOrAdverb(tokens[aux - 1])) --aux;
    for (uint32_t k = window.begin; k < aux; ++k) {
      size_t length = 0;
      const Place* seized = GazetteerCityAt(tokens, resources.gazetteer.get(), k, &length);
      if (seized == nullptr || seized->country.empty() || k + length != aux) continue;
      const bool heads = k == window.begin || internal::IsDeterminer(tokens[k - 1]) ||
                         (k >= 2 && internal::IsWord(tokens[k - 1], "of") &&
                          (internal::IsWord(tokens[k - 2], "city") ||
                           internal::IsWord(tokens[k - 2], "town") ||
                           internal::IsWord(tokens[k - 2], "village")));
      if (!heads) break;
      occupied(-1, *seized, "a town seized");
      break;
    }
  }
  // "Israel's bombing of Gaza", "the Russian military bombed the town": a
  // state or its forces bomb with aerial weapons (195); 183 is the
  // bombing of armed groups and irregulars.
  if (source >= 0 && choice.code.primary.starts_with("183") && IsStateActor(mentions[source]) &&
      mentions[source].code.size() <= 6 && !IsNonStateArmed(mentions[source].code)) {
    label += " -> 195 (a state bombs from the air)";
    choice.code.primary = "195";
  }
  // "will provide 25,000 tons of food aid", "is ready to contribute
  // troops", "would impose a curfew": an announced act is an intent or a
  // threat, not the act.
  // "He then announced that Colombia would break diplomatic relations
  // with the Israeli government", "France announced that it would
  // withdraw its troops from Mali": a cut in relations a state announces
  // it "will" or "would" make is the decision itself (16), not a threat;
  // one it "might" or "could" make stays a threat (1313).
  const bool announced_decision = [&] {
    if (nominal_reading || !group.future || CameoRoot(choice.code.primary) != "16")
      return false;
    bool firm = false;
    for (uint32_t k = m.span.begin; k-- > 0 && k + 4 >= m.span.begin;)
      firm |= internal::IsWord(tokens[k], "will") || internal::IsWord(tokens[k], "would");
    if (!firm) return false;
    for (uint32_t k = m.span.begin; k-- > 0 && k + 10 >= m.span.begin;) {
      if (tokens[k].text == ";" || tokens[k].text == ".") return false;
      if (internal::IsWord(tokens[k], "announced") || internal::IsWord(tokens[k], "announces") ||
          internal::IsWord(tokens[k], "decided"))
        return true;
    }
    return false;
  }();
  if ((nominal_reading ? ObjectOfAnAnnouncedVerb(tokens, m.span.begin, window)
                       : group.future) &&
      !announced_decision && !choice.code.primary.empty()) {
    std::string announced = FutureCode(choice.code.primary);
    // "Russian and Turkish troops would patrol the zone jointly", "Japan
    // will hold naval drills next month": force posture (15) announced
    // has no counterpart among intents and threats; nothing is done yet.
    if (CameoRoot(choice.code.primary) == "15") {
      s.Note(fmt::format("{}: force posture announced, not shown yet; no event", label));
      undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
      return;
    }
    if (announced != choice.code.primary) {
      label += fmt::format(" -> {} (announced, not done)", announced);
      choice.code.primary = std::move(announced);
      choice.code.reverse.clear();
    }
  }
  // "Soleimani was killed by an American drone strike", "shot dead
  // former prime minister Shinzo Abe": killing a person named in the
  // text who holds a rank or an office is an assassination (186), however
  // it was done.
  // Only the verb's own object ("killed X", "X was killed"), not an
  // actor in a later phrase ("killed civilians in the assault on the
  // Tamil Tigers").
  const bool direct_object = target >= 0 && (mentions[target].span.end <= m.span.begin ||
                                             mentions[target].span.begin <= m.span.end + 3);
  // ("shot him dead": a shooting whose object is left dead kills too.)
  const bool left_dead = target >= 0 && mentions[target].span.end < tokens.size() &&
                         internal::IsWord(tokens[mentions[target].span.end], "dead");
  if (target >= 0 && direct_object && !nominal_reading &&
      (IsKillingVerb(dict.verb_form(m.id)) || left_dead) &&
      IsNamedOfficeHolder(mentions[target], tokens)) {
    auto root = CameoRoot(choice.code.primary);
    if (root == "18" || root == "19" || root == "20") {
      choice.code.primary = "186";
      label += " -> 186 (a named office-holder killed)";
    }
  }
  // "Slovak Prime Minister Robert Fico was shot and seriously wounded by
  // a gunman": a named office-holder wounded, not killed, survived an
  // attempt on their life (185).
  const std::string_view lemma = dict.verb_form(m.id).lemma;
  // So is one shot ("Imran Khan was shot in the leg by a gunman"), not
  // shot dead (a killing, 186 above).
  const bool shot_not_dead =
      lemma == "SHOOT" && group.passive && !left_dead &&
      !(m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], "dead"));
  if (target >= 0 && direct_object && !nominal_reading &&
      (lemma == "WOUND" || lemma == "INJURE" || shot_not_dead) &&
      IsNamedOfficeHolder(mentions[target], tokens)) {
    auto root = CameoRoot(choice.code.primary);
    if (root == "18" || root == "19") {
      choice.code.primary = "185";
      label += " -> 185 (a named office-holder wounded: an attempted assassination)";
    }
  }
  // "expressed his deep sorrow over the earthquake that struck Turkey and
  // Syria": sympathy (018) names whom it is for in a relative clause
  // about the disaster; its object is looked for past "that"/"which".
  if (target < 0 && source >= 0 && choice.code.primary.starts_with("018")) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (x.code.empty() || x.span.begin < m.span.end || x.span.begin > m.span.end + 12 ||
          x.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      bool relative = false, stop = false;
      for (uint32_t q = m.span.end; q < x.span.begin && !stop; ++q) {
        relative |= internal::IsWord(tokens[q], "that") || internal::IsWord(tokens[q], "which");
        stop = tokens[q].text == ";" || tokens[q].text == ":" || tokens[q].Has(kTokenQuote);
      }
      if (!relative || stop) continue;
      target = static_cast<int>(k);
      why_target = "target: whom the sympathy is for, named in the relative clause";
      break;
    }
  }
  bool left_office = false;  // the subject left the state office named after "as"
  // "Serzh Sargsyan resigned as Armenia's prime minister": an actor right
  // after "as" names the office the subject holds, not a target; the
  // office is the subject's role in this act.
  if (source >= 0 && target >= 0 && target != source && !nominal_reading &&
      mentions[target].span.begin == m.span.end + 1 &&
      internal::IsWord(tokens[m.span.end], "as")) {
    Mention& office = mentions[target];
    Mention& holder = mentions[source];
    if (holder.person && office.code.size() > 3 && holder.code.size() >= 3 &&
        office.code.compare(0, 3, holder.code, 0, 3) == 0) {
      holder.code = office.code;
      holder.how += "; in the office named after 'as'";
      s.mentions = mentions;
      left_office = true;
    }
    target = -1;
    why_target.clear();
  }
  // "Sri Lankan President Gotabaya Rajapaksa fled the country and
  // resigned": a subject named with its state office leaves that office.
  if (!left_office && source >= 0 && !nominal_reading &&
      choice.code.primary.starts_with("0831") && mentions[source].person &&
      mentions[source].role != nullptr && mentions[source].code.size() == 6 &&
      mentions[source].code.ends_with("GOV"))
    left_office = true;
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
  // "Thousands of Iraqi Kurds demonstrated ... calling for independence
  // from Iraq": a country's own people protesting against the country
  // named as a whole protest against its state.
  if (source >= 0 && target >= 0 && target != source &&
      internal::AddressesOwnGovernment(choice.code.primary) &&
      mentions[target].code.size() == 3 && !mentions[target].locative &&
      mentions[target].code == mentions[source].code &&
      ProtestsItsOwnGovernment(mentions[source], tokens)) {
    mentions[target].code += "GOV";
    mentions[target].how += "; the state a protest of its own people is aimed at";
    s.mentions = mentions;
  }
  // "Kyrgyz and Tajik forces fought ..., with each side accusing the other
  // of starting the fighting", "each accused the other of violating it":
  // "each ... the other" makes the act mutual between the members of the
  // compound named last before it.
  bool each_the_other = false;
  if (!nominal_reading && m.span.end + 1 < tokens.size() &&
      internal::IsWord(tokens[m.span.end], "the") &&
      internal::IsWord(tokens[m.span.end + 1], "other")) {
    uint32_t b = m.span.begin;
    while (b > 0 && internal::IsAuxiliaryOrAdverb(tokens[b - 1])) --b;
    // "each government accused the other", "with each army accusing the
    // other": any singular noun may name the members ("side", "country").
    int role = -1;
    if (b > 1 && internal::IsWord(tokens[b - 2], "each") && tokens[b - 1].Has(kTokenWord) &&
        !tokens[b - 1].Has(kTokenCapitalized) && tokens[b - 1].pos == kPosNN) {
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin == b - 1 && mentions[x].span.end == b && mentions[x].unplaced)
          role = static_cast<int>(x);
      --b;
    }
    if (b > 0 && internal::IsWord(tokens[b - 1], "each")) {
      int pair = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].coordinated_with >= 0 && !mentions[x].span.empty() &&
            mentions[mentions[x].coordinated_with].span.end <= b - 1)
          pair = static_cast<int>(x);
      if (pair >= 0) {
        source = CoordinationHead(mentions, pair);
        const uint32_t role_at = b;
        // "Kyrgyz and Tajik troops clashed ... and each government accused
        // the other": the role after "each" is each member's (KGZGOV and
        // TJKGOV), not the troops' the compound was named with.
        // The role's mention becomes the first member, and one mention of
        // the same words is added for each other member, coordinated.
        if (role >= 0 && mentions[role].code.size() == 6) {
          const std::string sector = mentions[role].code.substr(3);
          std::vector<std::string> codes;
          for (int y = source; y >= 0; y = mentions[y].coordinated_with) {
            if (mentions[y].code.size() < 3 || mentions[y].code.starts_with("IGO") ||
                mentions[y].code.starts_with("NGO"))
              break;
            codes.push_back(mentions[y].code.substr(0, 3) + sector);
            if (mentions[y].coordinated_with <= y) break;
          }
          if (codes.size() >= 2 && codes.size() <= 4) {
            Mention member = mentions[role];
            member.unplaced = member.unplaced_needs_place = false;
            member.how = fmt::format("each {} of the compound", tokens[role_at].text);
            mentions[role] = member;
            mentions[role].code = codes[0];
            int last = role;
            for (size_t k = 1; k < codes.size(); ++k) {
              member.code = codes[k];
              mentions[last].coordinated_with = static_cast<int>(mentions.size());
              last = static_cast<int>(mentions.size());
              mentions.push_back(member);
            }
            s.mentions = mentions;
            source = role;
          }
        }
        target = -1;
        choice.target = -1;
        each_the_other = true;
        why_source = "source: the compound 'each' stands for";
      }
    }
  }
  // "Madrid warned it would respond firmly": a pronoun a threat's
  // pattern read as its object is the speaker, the subject of the clause
  // it opens; the threat names no one (the rules below may find whom).
  if (source >= 0 && target >= 0 && CameoRoot(choice.code.primary) == "13" &&
      mentions[target].span.size() == 1 &&
      internal::IsWord(tokens[mentions[target].span.begin], "it") &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors))
    target = -1;
  // An event noun that may refer back ("condemned the strikes",
  // "rejected the demand"): one of an act done by one party to another
  // (roots 10 and over); rejecting "the original accord" (05) rejects no
  // signatory.
  auto event_noun_root = [&](uint32_t k) -> std::string_view {
    for (const PhraseMatch& n : matches)
      if (n.kind == PhraseMatch::Kind::kNominal && n.span.begin == k) {
        const std::string_view root =
            CameoRoot(dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary);
        if (root >= "10") return root;
      }
    return {};
  };
  auto is_event_noun = [&](uint32_t k) { return !event_noun_root(k).empty(); };
  // "Qatar denounced the attack as state terrorism, saying it hit the
  // group's offices": a party found past the referring object is no
  // owner of the act judged; whoever did it is looked for below (and the
  // party found stays if no one did). ("Baghdad denounced the raid as a
  // violation of Iraqi sovereignty": not even when it is the judge.)
  int cleared_target = -1;
  if (target >= 0 && source >= 0 && JudgesAnAct(choice.code.primary) && !nominal_reading) {
    const int object = internal::ReferredActOf(tokens, m.span, TokenSpan{}, names_an_act,
                                               is_event_noun);
    if (object >= static_cast<int>(m.span.end) &&
        mentions[target].span.begin > static_cast<uint32_t>(object) &&
        internal::BeyondReferringObject(tokens, object, mentions[target].span.begin)) {
      cleared_target = target;
      target = -1;
    }
  }
  // "Kazakhstan declared a state of emergency in Almaty", "the army
  // detained the president and declared martial law": emergency rule
  // (1724) falls on the whole population of the state that declares it;
  // a party of its own country found after the verb or the object of the
  // verb before is no target (the population rule below gives the
  // country). (A city of its own stays: it is the country, and where.)
  if (source >= 0 && target >= 0 && choice.code.primary.starts_with("1724") &&
      target != choice.target && IsStateActor(mentions[source]) &&
      mentions[target].code.size() >= 3 && mentions[source].code.size() >= 3 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0 &&
      (!mentions[target].locative ||
       OneParty(mentions[source].code, mentions[target].code, options.state_actors)))
    target = -1;
  // "Minsk rejected the allegation, saying its border guards had acted
  // lawfully": a denial's only party found after it is the speaker's own
  // side; the denial answers whoever made the allegation (found below).
  if (source >= 0 && target >= 0 && choice.code.primary.starts_with("016") &&
      mentions[target].span.begin >= m.span.end &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors))
    target = -1;
  // "the Kremlin took over the Russian arm of Finland's Fortum
  // utility": property confiscated from a firm's subsidiary is taken from the
  // firm that owns it, named after "of".
  if (source >= 0 && target >= 0 && choice.code.primary.starts_with("1711") &&
      mentions[target].role != nullptr && mentions[target].role->name == "SUBSIDIARY") {
    const uint32_t e = mentions[target].span.end;
    for (size_t k = 0; e + 1 < tokens.size() && internal::IsWord(tokens[e], "of") &&
                       k < mentions.size();
         ++k) {
      const Mention& owner = mentions[k];
      if (owner.locative || owner.code.empty() ||
          !(owner.span.begin == e + 1 ||
            (owner.span.begin == e + 2 && internal::IsDeterminer(tokens[e + 1]))))
        continue;
      target = static_cast<int>(k);
      why_target = "target: the firm that owns the subsidiary";
      break;
    }
  }
  // "Norway and Iceland signed a treaty giving Icelanders fishing rights":
  // a party of a compound subject's cooperative mutual act (roots 03-06)
  // found again after the verb (not bound by the pattern, not after "with",
  // "against" or "between") names one of the members, not a third party; the members
  // act on each other. (Not force: "US and Iraqi troops fought Iraqi
  // insurgents" fight a third party.)
  // (A pronoun read as a member is left alone: "Britain and Denmark
  // oppose the tax after the Commission proposed making it temporary".)
  if (source >= 0 && target >= 0 && choice.target < 0 && !nominal_reading &&
      mentions[target].span.begin >= m.span.end &&
      !mentions[target].how.starts_with("coreference") &&
      IsMutualAct(choice.code.primary.empty() ? choice.code.reverse : choice.code.primary) &&
      CameoRoot(choice.code.primary.empty() ? choice.code.reverse : choice.code.primary) < "07" &&
      !internal::IsWord(tokens[mentions[target].span.begin - 1], "with") &&
      !internal::IsWord(tokens[mentions[target].span.begin - 1], "against")) {
    const int head = CoordinationHead(mentions, source);
    bool member_again = false, two_countries = false;
    for (int y = head; y >= 0 && mentions[head].coordinated_with >= 0;
         y = mentions[y].coordinated_with) {
      const std::string& c = mentions[y].code;
      member_again |= c.size() >= 3 && mentions[target].code.size() >= 3 &&
                      c.compare(0, 3, mentions[target].code, 0, 3) == 0;
      two_countries |= c.size() >= 3 && mentions[head].code.size() >= 3 &&
                       c.compare(0, 3, mentions[head].code, 0, 3) != 0;
      if (mentions[y].coordinated_with <= y) break;
    }
    // ("signed a memorandum between the EU and Tunisia" names its parties.)
    for (uint32_t k = m.span.end; k < mentions[target].span.begin && member_again; ++k)
      member_again = !internal::IsWord(tokens[k], "between");
    if (member_again && two_countries) {
      s.Note(fmt::format("{}: {} after the verb is a member of the compound subject again; "
                         "the members act on each other",
                         label, mentions[target].code));
      target = -1;
      why_target.clear();
    }
  }
  if (source >= 0 && target >= 0 &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors)) {
    s.Note(fmt::format("{}: source and target are the same actor ({}), no event", label,
                       mentions[source].code));
    return;
  }
  // "Bogota accused Caracas of sheltering the guerrillas, a charge
  // Venezuela's foreign minister rejected", "Ankara dismissed the
  // allegations": rejecting an accusation referred to, not named, denies
  // it (016); the accuser is found below.
  if (target < 0 && source >= 0 && !nominal_reading && CameoRoot(choice.code.primary) == "12") {
    const int object = internal::ReferredActOf(
        tokens, m.span, mentions[source].span, names_an_act,
        [&](uint32_t k) { return is_event_noun(k) || internal::IsAllegationWord(tokens[k]); });
    if (object >= 0 && internal::IsAllegationWord(tokens[object])) {
      choice.code.primary = "016";
      label += fmt::format(" -> 016 (rejects '{}', an accusation)", tokens[object].text);
    }
  }
  // "Russia and China met": the subject search finds the nearest member
  // of a coordination; the compound starts at its first member.
  source = CoordinationHead(mentions, source);
  // "Donald Trump and Vladimir Putin met in Helsinki": with no target, a
  // compound source acts on itself, one event per ordered pair.
  bool reciprocal = false;
  const std::string& act =
      choice.code.primary.empty() ? choice.code.reverse : choice.code.primary;
  // An event noun only with its actors before it ("the navies of Iran and
  // Russia staged joint drills"): "the war between Armenia and
  // Azerbaijan", "war crimes by the army and Hamas" name a background
  // state of affairs, not a new act of each towards the other.
  bool mutual_source =
      source >= 0 && (!nominal_reading || mentions[source].span.end <= m.span.begin);
  // "Israel and the UAE agreed to establish relations in a deal brokered
  // by Washington": for a mutual act of a compound subject, an actor
  // found in a later prepositional phrase (not bound by the pattern, not
  // "with" or "against" it) is no party; the members act on each other.
  if (target >= 0 && choice.target < 0 && mutual_source && IsMutualAct(act) &&
      mentions[source].coordinated_with >= 0 && !nominal_reading) {
    uint32_t b = mentions[target].span.begin;
    bool in_pp = false;
    for (uint32_t k = m.span.end; k < b; ++k)
      if (internal::IsPreposition(tokens[k]) && !internal::IsWord(tokens[k], "with") &&
          !internal::IsWord(tokens[k], "against") && !internal::IsWord(tokens[k], "to"))
        in_pp = true;
    if (in_pp) target = -1;
  }
  // "American and Philippine troops began joint exercises, with 17,000
  // soldiers taking part", "Russia and China signed the deal, with Iran
  // looking on": "with" after a comma opens a phrase of circumstance; a
  // party named in it, even one a pattern reads as the object, takes no
  // part in a compound subject's mutual act, whose members act on each
  // other.
  if (target >= 0 && mutual_source && IsMutualAct(act) && mentions[source].coordinated_with >= 0 &&
      !nominal_reading && mentions[target].span.begin > m.span.end) {
    for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
      if (internal::IsWord(tokens[k], "with") && tokens[k - 1].text == ",") {
        target = -1;
        break;
      }
  }
  // "Israel and Hezbollah agreed to a ceasefire in a deal brokered by the
  // United States and France", "agreed to a ceasefire after talks
  // mediated by China": the party named after "brokered by" or
  // "mediated by" is the mediator (045, MediatorEvents), never the other
  // party of the act, even where a pattern binds it ("(IN +)"): a
  // compound subject's members act on each other. (A single subject's
  // act is left alone: it is the model MediatorEvents needs.)
  if (target >= 0 && !nominal_reading && IsMutualAct(act) && mutual_source &&
      mentions[source].coordinated_with >= 0 && MediatorAgent(tokens, mentions, target)) {
    s.Note(fmt::format("{}: {} is the mediator ('brokered by', 'mediated by'), not its other "
                       "party",
                       label, mentions[target].code));
    target = -1;
    why_target.clear();
  }
  // "Sudan's army and the Rapid Support Forces fought heavy battles in
  // Khartoum": a mutual act of a compound subject whose pattern binds
  // only the place it happens in is between the members; the place is
  // its location.
  if (target >= 0 && target == choice.target && mutual_source && IsMutualAct(act) &&
      mentions[source].coordinated_with >= 0 && mentions[target].locative && !nominal_reading)
    target = -1;
  // "Iran fired ballistic missiles at two bases in Iraq housing American
  // troops": force used on a place that houses a party is used on that
  // party (USAMIL), not on the country the place is in.
  if (!nominal_reading && (CameoRoot(act) == "18" || CameoRoot(act) == "19" ||
                           CameoRoot(act) == "20")) {
    for (uint32_t k = m.span.end; k + 1 < window.end; ++k) {
      if (!internal::IsWord(tokens[k], "housing") && !internal::IsWord(tokens[k], "hosting"))
        continue;
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.begin < k + 1 || y.span.begin > k + 3 || y.code.size() < 3 || y.locative ||
            (source >= 0 && y.code.compare(0, 3, mentions[source].code, 0, 3) == 0))
          continue;
        target = static_cast<int>(x);
        why_target = "target: the party the place attacked houses";
        break;
      }
      break;
    }
  }
  // "Armenia and Azerbaijan accused each other of breaking the truce
  // brokered by Moscow": "each other" or "one another" right after the
  // verb makes any act mutual between the members of a compound subject.
  const bool each_other = each_the_other ||
                          (!nominal_reading && m.span.end + 1 < tokens.size() &&
                          ((internal::IsWord(tokens[m.span.end], "each") &&
                            internal::IsWord(tokens[m.span.end + 1], "other")) ||
                           (internal::IsWord(tokens[m.span.end], "one") &&
                            internal::IsWord(tokens[m.span.end + 1], "another"))));
  if (each_other && source >= 0 && mentions[source].coordinated_with >= 0 && choice.target < 0)
    target = -1;
  // "US and Iraqi forces launched a major offensive": allies who launch,
  // mount, stage or carry out an attack do it together, not on each
  // other ("clashed", "fought" are mutual).
  bool joint_attack = false;
  if (!each_other) {
    const std::string_view lemma = dict.verb_form(m.id).lemma;
    const auto root = CameoRoot(act);
    joint_attack = (root == "18" || root == "19" || root == "20") &&
                   (nominal_reading ? started_by_subject
                                    : (lemma == "LAUNCH" || lemma == "MOUNT" ||
                                       lemma == "STAGE" || lemma == "CARRY OUT" ||
                                       lemma == "CONDUCT"));
  }
  // "American and Filipino soldiers began military exercises": a show of
  // force (150) that a compound of two or more countries stages together,
  // aimed at no one, is an exercise held together: military cooperation
  // (062), each member with the others.
  if (source >= 0 && target < 0 && mentions[source].coordinated_with >= 0 && mutual_source &&
      choice.code.primary == "150" && !each_other) {
    bool two_countries = false;
    for (int y = mentions[source].coordinated_with; y >= 0 && !two_countries;
         y = mentions[y].coordinated_with) {
      two_countries = mentions[y].code.size() >= 3 && mentions[source].code.size() >= 3 &&
                      mentions[y].code.compare(0, 3, mentions[source].code, 0, 3) != 0;
      if (mentions[y].coordinated_with <= y) break;
    }
    if (two_countries) {
      choice.code.primary = "062";
      s.Note(fmt::format("{}: a show of force a compound of countries stages together, no one "
                         "aimed at: 062 between them",
                         label));
    }
  }
  if (target >= 0 && choice.target < 0 && mutual_source && !nominal_reading &&
      mentions[source].coordinated_with >= 0 && TradedInMutualAct(mentions[target], act))
    target = -1;
  if (source >= 0 && target < 0 && mentions[source].coordinated_with >= 0 &&
      ((IsMutualAct(act) && !TruceBrokenByAllies(mentions, source, act)) || each_other) &&
      mutual_source && !joint_attack) {
    target = source;
    reciprocal = true;
    why_target = "target: each other member of the compound source";
  }
  // "Greece and Turkey shook hands in the Czech capital Prague and signed
  // a joint declaration": a verb joined by "and" to a mutual act of a
  // compound subject shares no target the rules above dropped (the place
  // of the handshake); the members act on each other again.
  if (!nominal_reading && reciprocal) last_verb_target = -1;
  // "Thousands of Kurds demonstrated in Kirkuk", "students began a
  // hunger strike": a protest that names no target is directed at the
  // government of the protesters' own country, as CAMEO codes domestic
  // protest.
  // "Up to 100 ethnic Albanians demonstrated in Serbia": an ethnic group
  // protesting in another country is that country's people (CAMEO codes
  // a people by residence), protesting against its government.
  if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      mentions[source].ethnic && mentions[source].code.size() == 3) {
    for (const Mention& x : mentions) {
      if (!x.locative || x.code.size() < 3 || x.span.begin < m.span.end ||
          x.span.begin >= window.end || x.code.compare(0, 3, mentions[source].code) == 0)
        continue;
      internal::SettleAsResidents(&mentions[source], x.code,
                                  "protesting in " + x.code.substr(0, 3));
      s.mentions = mentions;
      break;
    }
  }
  // "ethnic Turks began a hunger strike to protest against Sweden's
  // decision to send them back", "ethnic Albanians have sworn to fight
  // until they gain control of villages near Macedonia's border":
  // protesting against, or threatening or fighting another country, an
  // ethnic group is that country's people too (its minority).
  const auto act_root = CameoRoot(act);
  const bool hostile = internal::AddressesOwnGovernment(act) ||
                       (act_root >= "11" && act_root <= "20" && act_root != "16");
  if (target >= 0 && source >= 0 && hostile && mentions[source].ethnic &&
      mentions[source].code.size() == 3 && mentions[target].code.size() >= 3 &&
      !mentions[target].code.starts_with("IGO") && !mentions[target].code.starts_with("NGO") &&
      mentions[target].code.compare(0, 3, mentions[source].code) != 0) {
    const std::string home = mentions[target].code.substr(0, 3);
    internal::SettleAsResidents(&mentions[source], home, "protesting against " + home);
    s.mentions = mentions;
  }
  // "threw stones during demonstrations against the human rights
  // violations by the Israeli military": a protest with no object of its
  // own is aimed at the party named after "against" later in its clause
  // (past the wrong it protests).
  if (target < 0 && source >= 0 && CameoRoot(act) == "14" && !nominal_reading) {
    for (uint32_t k = m.span.end; k < window.end && target < 0; ++k) {
      if (!internal::IsWord(tokens[k], "against")) continue;
      // Within the phrase after "against": up to a comma, a finite verb
      // or a word opening a new clause ("... against a new law rioted
      // for hours before Trump's visit" names no party of it).
      uint32_t phrase_end = k + 1;
      while (phrase_end < window.end && phrase_end <= k + 10 &&
             tokens[phrase_end].text != "," &&
             !internal::IsFiniteVerbTag(tokens[phrase_end].pos) &&
             !internal::IsWord(tokens[phrase_end], "before") &&
             !internal::IsWord(tokens[phrase_end], "after") &&
             !internal::IsWord(tokens[phrase_end], "as"))
        ++phrase_end;
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.begin <= k || y.span.end > phrase_end || y.locative || y.code.empty() ||
            static_cast<int>(x) == source)
          continue;
        target = static_cast<int>(x);
        why_target = "target: the party the protest is against";
        break;
      }
      break;
    }
  }
  // "Iranian protesters marched in Tehran to demand the release of
  // political prisoners": a party of the protesters' own side (the
  // prisoners they march for) is not whom they protest against.
  if (target >= 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      ProtestsItsOwnGovernment(mentions[source], tokens) && mentions[target].code.size() == 6 &&
      mentions[source].code.size() == 6 &&
      mentions[target].code.compare(3, 3, mentions[source].code, 3, 3) == 0 &&
      (mentions[target].unplaced ||
       mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)) {
    s.Note(fmt::format("{}: '{}' is on the protesters' side, not whom they protest against",
                       label, s.Text(mentions[target].span)));
    target = -1;
  }
  // "About 1,200 Palestinian prisoners in Israeli jails began a hunger
  // strike": prisoners held in another state's jails protest against
  // the state that holds them.
  if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      !mentions[source].span.empty()) {
    static constexpr std::string_view kJails[] = {"jail", "jails", "prison", "prisons",
                                                  "custody", "detention"};
    const uint32_t after = mentions[source].span.end;
    for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
      const Mention& jailer = mentions[x];
      if (after >= tokens.size() || !internal::IsWord(tokens[after], "in") ||
          jailer.span.begin != after + 1 || jailer.code.size() < 3 ||
          jailer.span.end >= tokens.size() ||
          jailer.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      if (!internal::InWords(kJails, tokens[jailer.span.end])) continue;
      target = ImplicitMention(jailer.code.substr(0, 3) + "GOV", false, "government",
                               "the state whose jails hold the protesters", &mentions);
      s.mentions = mentions;
      why_target = "target: implicit, the state whose jails hold the protesters";
    }
  }
  if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      ProtestsItsOwnGovernment(mentions[source], tokens)) {
    // "Rioters set fire to the parliament building", "demonstrators broke
    // into the legislature": a protest whose object is the seat of the
    // legislature, named with no country, is aimed at the protesters' own
    // legislature, not at the government at large.
    // (The chamber or its building, not its members: "attacked lawmakers"
    // hits persons.)
    static constexpr std::string_view kSeats[] = {
        "PARLIAMENT",     "PARLIAMENT BUILDING",  "PARLIAMENT COMPLEX", "LEGISLATURE",
        "CONGRESS",       "SENATE",               "NATIONAL ASSEMBLY",  "CAPITOL",
        "LEGISLATIVE COUNCIL", "LEGISLATIVE ASSEMBLY"};
    auto is_seat = [](const AgentEntry& agent) {
      return std::find(std::begin(kSeats), std::end(kSeats), agent.name) != std::end(kSeats);
    };
    bool at_legislature = false;
    if (!nominal_reading)
      for (const PhraseMatch& a : matches)
        if (a.kind == PhraseMatch::Kind::kAgent && a.span.begin >= m.span.end &&
            a.span.begin <= m.span.end + 2 && a.span.end <= window.end &&
            dict.agent(a.id).code == "LEG" && is_seat(dict.agent(a.id)))
          at_legislature = true;
    const std::string sector = at_legislature ? "LEG" : "GOV";
    target = ImplicitMention(
        mentions[source].code.substr(0, 3) + sector, mentions[source].unplaced,
        at_legislature ? "legislature" : "government",
        at_legislature ? "the legislature of the protesters' country"
                       : "the government of the protesters' country",
        &mentions);
    s.mentions = mentions;
    why_target = at_legislature ? "target: implicit, the legislature of the protesters' country"
                                : "target: implicit, the government of the protesters' country";
  }
  // "Iran restricted access to Instagram": administrative restrictions a
  // state imposes with no one named fall on its own population.
  if (target < 0 && source >= 0 && internal::FallsOnOwnPopulation(act) &&
      IsStateActor(mentions[source]) && !nominal_reading &&
      !BareParticiple(tokens, m.span.begin)) {
    target = ImplicitMention(mentions[source].code.substr(0, 3), mentions[source].unplaced,
                             "population", "the state's own population", &mentions);
    s.mentions = mentions;
    why_target = "target: implicit, the state's own population";
  }
  // "Israeli police arrested dozens of Arab citizens", "More than 5,000
  // people were detained by Russian police", "a Chinese court jailed the
  // human rights lawyer Wang Quanzhang": people a state's government,
  // police or courts arrest, detain or charge, named by a role with no
  // country of its own (citizens, journalists, judges, editors), are
  // within its jurisdiction: its own (a population is the country).
  // So are the people and firms their police, prosecutors or courts
  // investigate (09): "Brazilian prosecutors began investigating the
  // mining company Vale" (BRAJUD 091 BRABUS).
  const bool investigates =
      source >= 0 && CameoRoot(act) == "09" && mentions[source].code.size() == 6 &&
      (mentions[source].code.ends_with("COP") || mentions[source].code.ends_with("JUD"));
  if (target < 0 && source >= 0 && (act.starts_with("173") || investigates) &&
      !nominal_reading && !BareParticiple(tokens, m.span.begin) &&
      IsStateActor(mentions[source]) && mentions[source].code.size() == 6 &&
      !mentions[source].code.ends_with("MIL")) {
    if (const AgentEntry* held = HeldRole(dict, tokens, matches, m.span, group.passive, window,
                                          mentions);
        held != nullptr) {
      std::string code = mentions[source].code.substr(0, 3);
      if (held->code != "CVL" && held->code != "REF") code += held->code;
      target = ImplicitMention(code, mentions[source].unplaced, held->name,
                               "people the state holds, of its own jurisdiction", &mentions);
      s.mentions = mentions;
      why_target = "target: the role held, within the state's own jurisdiction";
    }
  }
  // "Jihadist gunmen killed at least 132 civilians in an overnight raid on
  // the village of Solhan in northern Burkina Faso": violence on people
  // named by a role with no country (civilians, villagers, worshippers)
  // falls on the people of the place where it happens; with no place
  // named, there is no event.
  // So are people taken hostage or abducted ("gunmen took dozens of
  // villagers hostage in Borno" NGACVL).
  if (target < 0 && source >= 0 && !nominal_reading &&
      (IsKillingOrWounding(dict.verb_form(m.id)) || act.starts_with("181")) &&
      !tokens[m.span.begin].text.ends_with("ing")) {
    const auto root = CameoRoot(act);
    if (root == "18" || root == "19" || root == "20") {
      // The place must be named in the verb's own clause ("killed 23
      // people ... when they blew themselves up in Tel Aviv" names none).
      std::optional<Location> place;
      if (resources.gazetteer != nullptr)
        place = FirstPlaceBetween(s, *resources.gazetteer, m.span.end, window.end);
      if (place && place->country.empty()) place.reset();
      // "Boko Haram fighters seized the town of Baga in northeastern
      // Nigeria. They went on to massacre hundreds of civilians": with
      // none, where the last event of the sentence before happened, when
      // it is in the source's own country, is where it hit that
      // country's people. (A place named earlier in the sentence is too
      // often another clause's: "A gas explosion in a coal mine in China
      // killed 56 people, the government said".)
      if (!place && !events.empty() && events.back().sentence_index + 1 == sentence.index &&
          events.back().location && mentions[source].code.size() >= 3 &&
          events.back().location->country == mentions[source].code.substr(0, 3))
        place = events.back().location;
      // "Government troops killed more than 300 civilians over three days
      // of fighting": with no place anywhere in the sentence, a party of
      // one country in a sentence that names no other country kills that
      // country's people. (A sentence naming another country, "Russian
      // troops who occupied Bucha near Kyiv killed hundreds of civilians",
      // or a story last placed abroad, leaves the event out.)
      bool own_country = false;
      if (!place && resources.gazetteer != nullptr) {
        place = OwnCountryOfViolence(s, *resources.gazetteer, mentions, source, events);
        own_country = place.has_value();
        // "Syrian government forces and allied fighters killed ...": a role
        // with no country joined by "and" (and an adjective or two) to a
        // party named right before it fights on that party's side, which
        // leads the compound and is the source.
        const Mention& role = mentions[source];
        for (size_t k = 0; own_country && role.unplaced && k < mentions.size(); ++k) {
          const Mention& y = mentions[k];
          if (y.unplaced || y.locative || y.code.size() < 6 || y.span.end + 1 > role.span.begin ||
              y.span.end + 4 < role.span.begin || !internal::IsWord(tokens[y.span.end], "and"))
            continue;
          bool adjectives = true;
          for (uint32_t q = y.span.end + 1; q < role.span.begin; ++q)
            adjectives &= !tokens[q].Has(kTokenCapitalized) &&
                          (tokens[q].pos == kPosJJ || tokens[q].pos == kPosVBN);
          if (adjectives) {
            source = static_cast<int>(k);
            break;
          }
        }
      }
      if (const AgentEntry* hit =
              place ? HeldRole(dict, tokens, matches, m.span, group.passive, window) : nullptr;
          hit != nullptr && IsPeopleHit(*hit)) {
        target = ImplicitMention(PeopleHitCode(*hit, place->country), false, hit->name,
                                 "people hit, of the place where it happens", &mentions);
        s.mentions = mentions;
        why_target = own_country
                         ? "target: the people hit, of the one country the sentence names"
                         : "target: the people hit, of the place where it happens";
      }
    }
  }
  // An act that answers an earlier one (a resignation, a concession, a
  // denial, a threat of retaliation) targets the party that did the earlier
  // act, `doer` (a code, found by DoerOfLastActOn and its kin), when there
  // is one and it is another party than the source.
  auto target_the_answered = [&](const std::string& doer, const char* who, const char* why) {
    if (doer.empty() || OneParty(doer, mentions[source].code, options.state_actors)) return;
    target = MentionOfParty(doer, who, &mentions);
    s.mentions = mentions;
    why_target = why;
  };
  auto last_act_on_source = [&](std::span<const std::string_view> kinds) {
    return DoerOfLastActOn(candidates, events, mentions, sentence.index, m.span.begin,
                           mentions[source].code, kinds);
  };
  // "Bouteflika resigned as Algeria's president after weeks of
  // protests", "Pashinyan refused to resign": a leader stepping down from
  // the office named, or refusing to step down, answers the demand of
  // the country's opposition when no one else is named. ("he should
  // resign", "his intention to stand down" name no office and code
  // nothing.)
  // "Bolivia's army chief urged the president to resign. Hours later he
  // announced his resignation": stepping down answers the call for it
  // (0241, 1041) made of the same leader just before; whoever made it is
  // the target.
  if (target < 0 && source >= 0 && act.starts_with("0831")) {
    static constexpr std::string_view kCalls[] = {"0241", "1041"};
    target_the_answered(last_act_on_source(kCalls), "who called for the resignation",
                        "target: who called for the resignation");
  }
  // "Protesters set fire to part of the parliament. The next day the
  // president withdrew the tax bill": a state that gives way on a policy
  // (0832) with no one named yields to those who last protested against
  // it (14), in its sentence or the one before.
  if (target < 0 && source >= 0 && act.starts_with("0832") && IsStateActor(mentions[source])) {
    static constexpr std::string_view kProtest[] = {"14"};
    target_the_answered(last_act_on_source(kProtest), "who protested against the policy",
                        "target: who last protested against the state that gives way");
  }
  if (target < 0 && source >= 0 &&
      ((act.starts_with("0831") && left_office) || act.starts_with("1231")) &&
      IsStateActor(mentions[source])) {
    target =
        ImplicitMention(mentions[source].code.substr(0, 3) + "OPP", mentions[source].unplaced,
                        "opposition", "the opposition that demands the change", &mentions);
    s.mentions = mentions;
    why_target = "target: implicit, the opposition demanding the change of leadership";
  }
  // "Kosovo's prime minister accused Belgrade of backing the attack,
  // which Serbia denied": a denial (016) that names no party answers the
  // accusation made of its speaker just before; the accuser is its
  // target.
  if (target < 0 && source >= 0 && act.starts_with("016")) {
    target_the_answered(AccuserOf(candidates, events, mentions, sentence.index, m.span.begin,
                                  mentions[source].code),
                        "who made the accusation denied",
                        "target: who made the accusation it denies");
  }
  // "Ottawa expelled an Indian diplomat over the killing; New Delhi
  // rejected the allegations": with no accusation coded, a denial answers
  // the party that last took a hostile step against the speaker (11-17).
  if (target < 0 && source >= 0 && act.starts_with("016")) {
    static constexpr std::string_view kHostile[] = {"11", "12", "13", "14", "15", "16", "17"};
    target_the_answered(last_act_on_source(kHostile), "who acted against the speaker",
                        "target: who last acted against the party that denies");
  }
  // "Netanyahu warned that Israel would act if Iran reached the red line":
  // a warning that tells what the speaker's side would do if another party
  // acts threatens that party (130 for a bare "warned that"), not the
  // speaker's own state named in the report (coder/threats.h).
  if (source >= 0 && !nominal_reading && (act == "012" || CameoRoot(act) == "13") &&
      internal::IsWarningVerb(dict.verb_form(m.id).lemma) &&
      (target < 0 || mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)) {
    if (const int cond = internal::ConditionAfterConsequence(tokens, m.span.end, 24); cond >= 0) {
      if (const int bearer = ConditionSubject(tokens, mentions, static_cast<uint32_t>(cond),
                                              mentions[source].code, 1);
          bearer >= 0) {
        if (act == "012") choice.code.primary = "130";
        target = bearer;
        why_target = "target: the subject of the warning's condition ('if', 'unless')";
      }
    }
  }
  // "threatened to hold a general strike unless Israel rescinded the
  // annexation", "warned of sanctions if Belgrade did not withdraw": a
  // threat with no object of its own is aimed at whoever must meet its
  // condition, the subject of the "unless" or "if" clause after it.
  if (target < 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading) {
    target = ConditionSubject(tokens, mentions, m.span.end, mentions[source].code);
    if (target >= 0)
      why_target = "target: the subject of the threat's condition ('unless', 'if')";
  }
  // "Indian jets bombed a camp in Pakistan, and Islamabad vowed to
  // respond", "the army vowed to hunt down those responsible": a threat
  // of retaliation with no party of its own answers whoever acted on its
  // speaker just before (see AnsweredBy).
  if (target < 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading) {
    if (const auto kind = internal::RetaliationAfter(tokens, m.span, window.end);
        kind != internal::Retaliation::kNone) {
      target_the_answered(AnsweredBy(candidates, events, mentions, sentence.index, m.span.begin,
                                     mentions[source].code, kind),
                          "whom the retaliation answers",
                          "target: who acted on the speaker just before (a threat of retaliation)");
    }
  }
  // "Ankara threatened to halt the transit of Syrian refugees to Europe if
  // the European Union withheld the funds": a country word the object
  // search found before a common noun of the threatened act says whose
  // the refugees or the gas are; whoever must meet the condition is
  // threatened.
  if (target >= 0 && target != choice.target && source >= 0 && CameoRoot(act) == "13" &&
      !nominal_reading && mentions[target].span.size() == 1 &&
      mentions[target].code.size() == 3 && mentions[target].span.end < tokens.size() &&
      (tokens[mentions[target].span.end].pos == kPosNN ||
       tokens[mentions[target].span.end].pos == kPosNNS) &&
      !tokens[mentions[target].span.end].Has(kTokenCapitalized)) {
    if (const int bearer =
            ConditionSubject(tokens, mentions, mentions[target].span.end,
                             mentions[source].code, 16);
        bearer >= 0 && bearer != target) {
      target = bearer;
      why_target = "target: the subject of the threat's condition ('unless', 'if'), not "
                   "the country word of its object";
    }
  }
  // "Mubarak said that the US must be ready to mediate": what a party
  // named in its clause must or should do is demanded of it (coded from
  // the speaker's verb), not done. With no party of its own ("we believe
  // that all nations must stand against their presence") the verb falls
  // to the speaker, whose call it is.
  if (!nominal_reading && group.obligation && source >= 0 &&
      mentions[source].span.begin >= window.begin && !mentions[source].span.empty()) {
    s.Note(fmt::format("{}: after 'must' or 'should', owed by {}, not done; no event", label,
                       mentions[source].code));
    return;
  }
  // "Iran withdrew the accreditation of IAEA inspectors, a step the
  // agency's director general condemned as disproportionate", "The
  // Kremlin dismissed the move as legally void", "were deported by the
  // Thai authorities, drawing condemnation from the UN refugee agency":
  // a judgement of an act referred to, not named, is aimed at whoever did
  // the act reported last before it (see coder/reactions.h).
  if (names_an_act) target = -1;
  // "Biden authorised military aid for Taiwan, drawing an angry protest
  // from Beijing": a state's protest drawn by an act is an official
  // complaint (114), not a demonstration.
  if (nominal_reading && source < 0 && CameoRoot(act) == "14" &&
      internal::ReactionDrawnFrom(tokens, m.span) > 0) {
    choice.code.primary = "114";
    label += " -> 114 (a protest drawn from a party)";
  }
  // "Iran withdrew the accreditation of IAEA inspectors, a step the
  // agency's director general condemned as disproportionate", "The
  // Kremlin dismissed the move as legally void", "were deported by the
  // Thai authorities, drawing condemnation from the UN refugee agency":
  // a judgement of an act referred to, not named, is aimed at whoever did
  // the act reported last before it (see coder/reactions.h).
  int also_source = -1;  // "drawing condemnation from the UN and from Cambodia"
  if (target < 0 && JudgesAnAct(act)) {
    const uint32_t drawn_from =
        nominal_reading && source < 0 ? internal::ReactionDrawnFrom(tokens, m.span) : 0;
    auto party_at = [&](uint32_t from) {
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin >= from && mentions[x].span.begin <= from + 1 &&
            !mentions[x].code.empty() && !mentions[x].locative)
          return static_cast<int>(x);
      return -1;
    };
    if (drawn_from > 0) {
      source = party_at(drawn_from);
      if (source >= 0) {
        why_source = "source: who the reaction is drawn from";
        source = CoordinationHead(mentions, source);
        int last = source;
        while (mentions[last].coordinated_with >= 0) last = mentions[last].coordinated_with;
        if (const uint32_t also = internal::AlsoDrawnFrom(tokens, mentions[last].span.end))
          also_source = party_at(also);
      }
    }
    int referring_word = -1;
    std::function<bool(std::string_view)> may_name;
    if (drawn_from == 0 && source >= 0 && !nominal_reading) {
      referring_word = internal::ReferredActOf(tokens, m.span, mentions[source].span,
                                               names_an_act, is_event_noun);
      if (referring_word >= 0 && !internal::IsActReferenceWord(tokens[referring_word])) {
        const std::string_view noun_root = event_noun_root(static_cast<uint32_t>(referring_word));
        if (!noun_root.empty())
          may_name = [noun_root](std::string_view root) {
            return internal::RootsReferToOneAct(noun_root, root);
          };
      } else if (referring_word >= 0) {
        const Token& word = tokens[referring_word];
        may_name = [&word](std::string_view root) { return internal::ActWordMayName(word, root); };
      }
    }
    // "called Canberra's decision to scrap the deal a betrayal": a
    // possessor says whose act it is.
    int possessor = -1;
    if (referring_word >= 0) {
      if (const int pos = internal::PossessorOfReferredAct(tokens, referring_word); pos >= 0)
        for (size_t x = 0; x < mentions.size() && possessor < 0; ++x)
          if ((mentions[x].span.end == static_cast<uint32_t>(pos) ||
               mentions[x].span.end == static_cast<uint32_t>(pos) + 1) &&
              !mentions[x].code.empty() && !mentions[x].locative &&
              !OneParty(mentions[x].code, mentions[source].code, options.state_actors))
            possessor = static_cast<int>(x);
    }
    const ReferredAct act_before =
        source >= 0 && possessor < 0
            ? ActReactedTo(candidates, events, mentions, sentence.index, m.span.begin,
                           mentions[source].code, options.state_actors, may_name)
            : ReferredAct{};
    // Who did the act: its source; for a deed judged by the act
    // before, that judgement's target (NamesADeed).
    const auto before_root = CameoRoot(act_before.code);
    // (Not a deed of the reacting party itself: "The ICC ... accusing
    // the Russian president of war crimes, and the Kremlin dismissed the
    // decision" rejects the court's act.)
    const bool deed_judged =
        referring_word >= 0 && NamesADeed(tokens[referring_word]) && before_root >= "10" &&
        before_root <= "12" &&
        !OneParty(act_before.target_code, mentions[source].code, options.state_actors);
    // ("Britain, Canada, Australia and Portugal recognised a Palestinian
    // state, a move Netanyahu denounced": all four did it.)
    const int last_doer = deed_judged ? act_before.target : act_before.source;
    const int doer = last_doer >= 0 ? CoordinationHead(mentions, last_doer) : -1;
    const std::string& doer_code = deed_judged ? act_before.target_code : act_before.source_code;
    if (possessor >= 0) {
      target = possessor;
      why_target = fmt::format("target: whose act it judges ('{}')",
                               s.Text(mentions[possessor].span));
    } else if (source >= 0 &&
               (drawn_from > 0 || names_an_act ||
                (referring_word >= 2 && tokens[referring_word - 2].text == "," &&
                 internal::IsDeterminer(tokens[referring_word - 1]))) &&
               !act_before.found) {
      // "The Taliban government suspended university education for
      // women, drawing condemnation from the UN", "Moscow recognised the
      // two regions, a decision condemned by Tbilisi": with no act coded
      // before it, the reaction is drawn by the subject of the clause the
      // participle or the apposition hangs on.
      // So is an act named in condemning words: "Border guards fired
      // across the line in what Kabul called a provocation", "Hanoi
      // seized the tanker, and Manila called the move illegal".
      const uint32_t verb = internal::FirstFiniteVerbBefore(tokens, m.span.begin);
      int subject = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (!mentions[x].span.empty() && mentions[x].span.end <= verb &&
            !mentions[x].code.empty() && !mentions[x].locative)
          subject = static_cast<int>(x);
      if (verb < m.span.begin && subject >= 0 &&
          !OneParty(mentions[subject].code, mentions[source].code, options.state_actors)) {
        target = subject;
        why_target = "target: the subject of the clause whose act draws the reaction";
      }
    } else if ((drawn_from > 0 || referring_word >= 0) && act_before.found &&
               !OneParty(doer_code, mentions[source].code, options.state_actors)) {
      const std::string judged =
          StateJudgedFor(doer_code, deed_judged ? std::string() : act_before.target_code,
                         mentions[source].code);
      target = doer >= 0 && judged == doer_code ? doer
               : judged != doer_code
                   ? MentionOfParty(judged, "the state whose forces did the act", &mentions)
                   : ImplicitMention(doer_code, false, doer_code,
                                     "who did the act a reaction refers to", &mentions);
      s.mentions = mentions;
      why_target = fmt::format("target: who did the act it refers to ({} {} {})",
                               act_before.source_code, act_before.code,
                               act_before.target_code);
    }
  }
  // "Oslo recalled its envoy from Minsk, calling the move a provocation":
  // an act named in condemning words by a participle on the speaker's own
  // act, with no other act to refer to, is the one that act answers: the
  // speaker's act's target did it.
  // (Only the participle's own clause, no finite verb between: in "Tehran
  // expelled the inspectors, the agency's chief said, calling the move a
  // blow" the one calling is the agency's chief.)
  if (target < 0 && names_an_act && source >= 0 && tokens[m.span.begin].pos == kPosVBG) {
    auto verb_between = [&](const Candidate& c) {
      for (uint32_t k = c.trigger.end; k < m.span.begin; ++k)
        if (internal::IsFiniteVerbTag(tokens[k].pos)) return true;
      return false;
    };
    for (const Candidate& c : candidates)
      if (c.trigger.end <= m.span.begin && c.source >= 0 && c.target >= 0 && !verb_between(c) &&
          OneParty(mentions[c.source].code, mentions[source].code, options.state_actors) &&
          !OneParty(mentions[c.target].code, mentions[source].code, options.state_actors)) {
        target = c.target;
        why_target = fmt::format("target: whom the speaker's act ({}) is aimed at", c.code);
      }
  }
  if (target < 0 && cleared_target >= 0 && source >= 0 && !names_an_act) {
    if (OneParty(mentions[source].code, mentions[cleared_target].code, options.state_actors)) {
      s.Note(fmt::format("{}: source and target are the same actor ({}), no event", label,
                         mentions[source].code));
      return;
    }
    target = cleared_target;
  }
  // "Fethullah Gulen, the cleric whom he blamed for the failed coup",
  // "al-Shabaab militants, whom Nairobi blames for the kidnappings": a
  // verb whose subject follows "whom" has the relative clause's
  // antecedent for its object.
  // (Not for a subject with no country of its own, which would take the
  // antecedent's: "refugees, whom authorities blame for the conflict".)
  if (target < 0 && source >= 0 && !nominal_reading && !mentions[source].unplaced) {
    const int antecedent = RelativeAntecedent(tokens, mentions, mentions[source].span);
    if (antecedent >= 0 && !OneParty(mentions[antecedent].code, mentions[source].code,
                                     options.state_actors)) {
      target = antecedent;
      why_target = "target: the antecedent of 'whom' before the subject";
    }
  }
  // "Russia sent troops to fight Islamic State in Syria", "tasked with
  // training local forces to fight ISIS": an infinitive whose subject is
  // the object of the verb before it says what that act was for; the
  // object has not done it yet.
  // (The object may be the verb phrase's own last word: "sent troops".)
  // (Not the owner of a decision or move in that object: "opposed
  // Trump's decision to withdraw US troops" is Trump's withdrawal.)
  // ("..., prompting Mexico to break off relations with Ecuador", "forced
  // the president to cut short his visit": a verb of bringing about says
  // its object did the act.)
  static constexpr std::string_view kBringingAbout[] = {
      "prompting", "prompted", "forcing", "forced", "compelling", "compelled", "spurring", "spurred"};
  bool brought_about = false;
  if (source >= 0 && !mentions[source].span.empty())
    for (uint32_t k = mentions[source].span.begin; k > 0 && k + 4 > mentions[source].span.begin;
         --k) {
      const Token& t = tokens[k - 1];
      if (internal::InWords(kBringingAbout, t)) brought_about = true;
      if (brought_about || t.text == "," || (IsVerbTag(t.pos) && t.pos != kPosVBG)) break;
    }
  if (!nominal_reading && group.infinitive && source >= 0 && prev_verb_end > 0 && !brought_about &&
      !mentions[source].span.empty() && !mentions[source].possessive &&
      mentions[source].span.begin > prev_verb_begin &&
      mentions[source].span.end <= m.span.begin &&
      ObjectMeantFor(tokens, prev_verb_begin, mentions[source].span, m.span.begin)) {
    s.Note(fmt::format("{}: the purpose its subject, the object of the verb before, was "
                       "meant for; not done",
                       label));
    return;
  }
  // "sent 500 police officers to the island to help fight the gangs",
  // "flew bombers to the base to help strike the rebels": a bare
  // infinitive after "to help" is what the help is for, an
  // act of force not yet done. (A finite "helped" reports a deed: "the
  // strikes helped drive the militants out of the town"; forces that
  // arrive "to help train" an army are already cooperating, 06.)
  if (!nominal_reading && group.infinitive && CameoRoot(choice.code.primary) >= "18" &&
      AfterToHelp(tokens, m.span.begin)) {
    s.Note(fmt::format("{}: the purpose of 'to help'; not done", label));
    return;
  }
  // "The US announced that Australian Mamdouh Habib will be released",
  // "Moscow announced that control over Douma had been transferred to
  // Syrian forces", "he pointed out that Britain approved export
  // licences": a plain statement (010, no pattern of its own) whose only
  // party is inside the "that" clause it reports is no statement to that
  // party; the clause's own verb codes what it says. (A pattern that
  // binds the party, "said that Pyongyang's promise was sincere", keeps
  // it.)
  if (choice.code.primary == "010" && choice.pattern == nullptr && target >= 0 &&
      ThatClauseBetween(tokens, m.span.end, mentions[target].span.begin)) {
    s.Note(fmt::format(
        "{}: a statement whose only party is in the clause it reports; no event", label));
    return;
  }
  // "Rebels overran the town as government troops abandoned their posts":
  // ground given up with no one named to give it to goes to the party of
  // the clause it is joined to, the one advancing. (Not to the same party:
  // "Russian troops shelled the city before Russian units left their
  // positions".)
  if (choice.code.primary == "0874" && source >= 0 && target < 0 && !nominal_reading &&
      !group.passive) {
    // (Between armed parties only: "until the US pulled out", "when US
    // troops leave the area" name no force they gave ground to; and not a
    // pronoun, which may stand for anyone: "it is unclear what happens
    // when the troops leave".)
    auto armed = [](const std::string& code) {
      static constexpr std::string_view kArmed[] = {"MIL", "REB", "INS", "UAF", "COP"};
      if (code.size() < 6) return false;
      for (std::string_view r : kArmed)
        if (std::string_view(code).substr(3, 3) == r) return true;
      return false;
    };
    const int other = internal::OpposingPartyAcrossClause(tokens, mentions, m.span);
    if (other >= 0 && other != source && armed(mentions[source].code) &&
        !mentions[other].span.empty() && !IsSubjectPronoun(tokens[mentions[other].span.begin]) &&
        armed(mentions[other].code) &&
        !OneParty(mentions[other].code, mentions[source].code, options.state_actors)) {
      target = other;
      why_target = "target: the party of the clause the withdrawal is joined to";
    }
  }
  if (options.require_dyad && (source < 0 || target < 0)) {
    s.Note(fmt::format("{}: {} ; no event (an event needs a source and a target)", label,
                       source < 0 ? "no source found" : "no target found"));
    return;
  }
  // "Tehran and Damascus": one event per pair of coordinated actors.
  std::vector<int> sources{source}, targets{target};
  while (sources.back() >= 0 && mentions[sources.back()].coordinated_with >= 0)
    sources.push_back(mentions[sources.back()].coordinated_with);
  if (also_source >= 0 && std::find(sources.begin(), sources.end(), also_source) == sources.end())
    sources.push_back(also_source);
  while (targets.back() >= 0 && mentions[targets.back()].coordinated_with >= 0)
    targets.push_back(mentions[targets.back()].coordinated_with);
  // "Rioters stormed Peru's Congress, the supreme court and the presidential
  // palace": a crowd's protest aimed at seats of state named as places
  // (not parties) is aimed at each institution of the protesters' country
  // that they house: LEG, JUD, GOV. (The seat may be a word of the verb
  // phrase: "stormed parliament".) The country is the seat named as a
  // party's ("Peru's Congress"), else the protesters' own.
  if (source >= 0 && internal::AddressesOwnGovernment(act) && !nominal_reading &&
      ProtestsItsOwnGovernment(mentions[source], tokens)) {
    std::string country = mentions[source].code.substr(0, 3);
    bool unplaced = mentions[source].unplaced;
    if (target >= 0 && IsStateActor(mentions[target]) && !mentions[target].span.empty()) {
      country = mentions[target].code.substr(0, 3);
      unplaced = mentions[target].unplaced;
    }
    const std::vector<std::string> seats =
        SeatsOfStateInObject(tokens, mentions, m.span.begin + 1, window);
    // The seats named replace the default target, the protesters' own
    // government, that stood for an object naming no party.
    if (!seats.empty() && targets.size() == 1 && targets[0] >= 0 &&
        mentions[targets[0]].span.empty() && why_target.starts_with("target: implicit, the "))
      targets[0] = -1;
    for (const std::string& seat : seats) {
      const std::string code = country + seat;
      if (std::any_of(targets.begin(), targets.end(),
                      [&](int t) { return t >= 0 && mentions[t].code == code; }))
        continue;
      const int implicit =
          ImplicitMention(code, unplaced, "seat of state", "the institution the seat houses",
                          &mentions);
      s.mentions = mentions;
      if (targets.size() == 1 && targets[0] < 0)
        targets[0] = implicit;
      else
        targets.push_back(implicit);
    }
  }
  // "China and Russia agreed to build a pipeline from Siberia to China":
  // a mutual act whose target is one of its compound source acts on each
  // member.
  if (!reciprocal && sources.size() > 1 && targets.size() == 1 && target >= 0 &&
      IsMutualAct(act)) {
    for (int a : sources) reciprocal |= mentions[a].code == mentions[target].code;
    // "Sudan's army and the Rapid Support Forces clashed in Khartoum": a
    // place bound as the target of a mutual act of a compound source,
    // with no object of the verb before it, is where they act on each
    // other. ("US and Afghan forces raid houses in Kabul" have an object:
    // they act together.)
    reciprocal |= mentions[target].locative && m.span.end < tokens.size() &&
                  internal::IsPreposition(tokens[m.span.end]);
  }
  if (reciprocal) targets = sources;
  // "Yoon held talks with Kishida in Tokyo", "Iran negotiated with the
  // EU": talks with someone are held by both (tests/gold/README.md:
  // "held talks" is symmetric), so the partner named after "with" holds
  // them too. ("Trump met Kim" names who met whom: one way.) So is an
  // agreement signed with someone: "Pashinyan signed a Russian-brokered
  // agreement with Azerbaijan" (057 both ways), and a call ("Modi spoke
  // with Putin by telephone": 041 both ways).
  if (!nominal_reading && !reciprocal && target >= 0 && source >= 0 &&
      choice.code.reverse.empty() &&
      (choice.code.primary == "040" || choice.code.primary == "041" ||
       choice.code.primary == "046" || choice.code.primary == "057") &&
      mentions[target].span.begin > 0 &&
      internal::IsWord(tokens[mentions[target].span.begin - 1], "with"))
    choice.code.reverse = choice.code.primary;
  // A list of many parties on both sides ("delegates from ten countries
  // exchanged fire with ..."): no reading of who did what to whom is
  // safe; code nothing rather than every pair.
  // "Armenia and Azerbaijan said in a joint statement that they would
  // exchange prisoners": a statement's "they" is its own speakers, not
  // whom it is addressed to.
  if (!reciprocal && CameoRoot(choice.code.primary) == "01" && source >= 0 && target >= 0 &&
      mentions[source].coordinated_with >= 0 && mentions[target].span.size() == 1 &&
      (internal::IsWord(tokens[mentions[target].span.begin], "they") ||
       internal::IsWord(tokens[mentions[target].span.begin], "them"))) {
    s.Note(fmt::format("{}: its 'they' is its own speakers; no event", label));
    return;
  }
  constexpr size_t kMaxPairs = 16;
  if (sources.size() * targets.size() > kMaxPairs) {
    s.Note(fmt::format("{}: {} sources and {} targets, too many pairs to code; no event", label,
                       sources.size(), targets.size()));
    return;
  }
  std::string rule = fmt::format("{}; {}; {}", label, why_source, why_target);
  // "Rwanda began deploying troops to Mozambique at the request of
  // President Nyusi's government": aid given at a party's request answers
  // that party's appeal for it (023x) to the state or organisation that
  // gives it (coder/requests.h).
  if (!nominal_reading && source >= 0 && mentions[source].code.size() >= 3) {
    const std::string appeal = internal::AppealAnsweredBy(choice.code.primary);
    const int at = appeal.empty() ? -1 : internal::RequesterAfter(tokens, m.span.end, 30);
    for (size_t x = 0; at >= 0 && x < mentions.size(); ++x) {
      const Mention& r = mentions[x];
      // (The mention may start at the determiner RequesterAfter skipped:
      // "the government in Maputo".)
      if (r.span.empty() || r.span.end <= static_cast<uint32_t>(at) ||
          r.span.begin + 1 < static_cast<uint32_t>(at) || r.span.begin > static_cast<uint32_t>(at) ||
          r.locative ||
          r.code.size() < 3 || r.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      // The troops or police of a state give what their government
      // decided to give: "Australian-led troops" answer for AUSGOV.
      std::string giver = mentions[source].code;
      if (giver.size() == 6 && (giver.ends_with("MIL") || giver.ends_with("COP")))
        giver = giver.substr(0, 3) + "GOV";
      const int g = MentionOfParty(giver, "the party asked for the aid", &mentions);
      s.mentions = mentions;
      candidates.push_back({static_cast<int>(x), g, appeal, m.span,
                            rule + "; the request the aid answers ('at the request of')"});
      break;
    }
  }
  for (int a : sources) {
    for (int b : targets) {
      // Without require_dyad one side may be missing (-1).
      // An implicit target (span empty) is the source's own country by
      // design; only a party named twice is no dyad.
      if (a == b || (a >= 0 && b >= 0 && !mentions[b].span.empty() &&
                     OneParty(mentions[a].code, mentions[b].code, options.state_actors)))
        continue;
      // [A:B]: A for source->target and B for target->source; [:B] only B.
      if (!choice.code.primary.empty())
        candidates.push_back({a, b, choice.code.primary, m.span, rule});
      if (!choice.code.reverse.empty())
        candidates.push_back({b, a, choice.code.reverse, m.span, rule + " (reverse code)"});
    }
  }
}

}  // namespace khaldun::coder_internal
