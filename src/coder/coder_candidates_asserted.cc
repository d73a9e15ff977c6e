// FindTriggerCandidates' filters (coder/coder_candidates.h): a trigger is
// coded only for an act the text asserts as done (not negated, supposed,
// attempted, possible, asked...), and only when it is no part of an event
// told before it (an agreement's content, a demand's or a protest's
// purpose, what a denial denies or an accusation alleges...).

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/gap_runs.h"
#include "coder/verb_lists.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/protest_crowds.h"
#include "coder/reactions.h"

namespace khaldun::coder_internal {

namespace {

// "rioters ignored the curfew and set fire to a police station": a verb
// joined by "and" to a past-tense verb before it is past too, whatever
// the tagger made of "set", "put" or "cut".
// (Only when no other verb comes between: "arguing that the programme
// would lead to recession and threaten growth" joins "threaten" to
// "lead".)
// (`verb` is the trigger's words, `last_verb_end` the end of the verb
// with a code before it, `window` the trigger's clause.)
bool JoinedToPastVerb(std::span<const Token> tokens, TokenSpan verb, uint32_t last_verb_end,
                      ClauseWindow window) {
  if (verb.begin < 2 || last_verb_end <= window.begin ||
      !internal::IsWord(tokens[verb.begin - 1], "and") ||
      tokens[last_verb_end - 1].pos != kPosVBD)
    return false;
  for (uint32_t k = last_verb_end; k + 1 < verb.begin; ++k)
    if (internal::IsFiniteVerbTag(tokens[k].pos) || tokens[k].pos == kPosVB ||
        tokens[k].pos == kPosVBG)
      return false;
  return true;
}

// ("summoned the ambassador after the deployment of British troops in
// Estonia", "in response to the dispatch of warships": a noun after a
// preposition of time or cause is no object; it tells what happened.)
// (`noun` is the event noun.)
// ("expelled two diplomats over Minsk's detention of a journalist",
// "sanctioned the junta over its crackdown on students": the act an owner
// did, given as the cause with "over", happened; an act with no owner may
// be one feared, "threatened sanctions over any invasion".)
bool AfterTimeOrCause(std::span<const Token> tokens, TokenSpan noun) {
  const bool owned = noun.begin > 0 && (tokens[noun.begin - 1].Has(kTokenPossessive) ||
                                        internal::IsPossessivePronoun(tokens[noun.begin - 1]) ||
                                        internal::IsWord(tokens[noun.begin - 1], "'s"));
  for (uint32_t k = noun.begin; k > 0 && k + 6 > noun.begin; --k) {
    const Token& t = tokens[k - 1];
    if (internal::IsWord(t, "after") || internal::IsWord(t, "following") ||
        internal::IsWord(t, "amid") || (owned && internal::IsWord(t, "over")))
      return true;
    if (internal::IsWord(t, "to") && k >= 2 && internal::IsWord(tokens[k - 2], "response"))
      return true;
    // "expelled ten diplomats in retaliation for Warsaw's expulsion of
    // Russian envoys", "fired rockets in revenge for Israel's killing of a
    // commander", "hitting back at NATO's expulsion of its envoys": what is
    // avenged happened.
    if (internal::IsWord(t, "for") && k >= 2 &&
        (internal::IsWord(tokens[k - 2], "retaliation") ||
         internal::IsWord(tokens[k - 2], "revenge") ||
         internal::IsWord(tokens[k - 2], "reprisal") ||
         internal::IsWord(tokens[k - 2], "reprisals")))
      return true;
    if (internal::IsWord(t, "at") && k >= 2 && internal::IsWord(tokens[k - 2], "back"))
      return true;
    if (IsVerbTag(t.pos) || t.text == "," || t.pos == kPosIN || t.pos == kPosTO) return false;
  }
  return false;
}

// Whether no object of a participle opens at token `k`.
// Not before an object ("U.S. planes bombed targets") nor after a time
// word ("The Kremlin last year seized and sold ...").
bool NoObjectAfter(std::span<const Token> tokens, uint32_t k) {
  if (k >= tokens.size()) return true;
  const Token& t = tokens[k];
  if (internal::IsWord(t, "last") || internal::IsWord(t, "earlier")) return true;
  // ("Gunmen on motorcycles abducted more than 280 pupils": a count
  // opens an object too.)
  return !(IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosCD || t.pos == kPosPRP ||
           internal::IsDeterminer(t) || internal::IsWord(t, "by") ||
           internal::IsWord(t, "more") || internal::IsQuantityWord(t));
}

// "vessels fired on and seized three boats", "police overpowered and
// detained the gunman": a participle followed (past a preposition that
// waits for its object) by "and" and another past verb is the first of
// two verbs sharing a subject and an object, not a participle describing
// the noun before it.
bool FirstOfCoordinatedVerbs(std::span<const Token> tokens, uint32_t k) {
  if (k < tokens.size() && (internal::IsWord(tokens[k], "on") ||
                            internal::IsWord(tokens[k], "at") ||
                            internal::IsWord(tokens[k], "upon")))
    ++k;
  if (k + 1 >= tokens.size() || !internal::IsWord(tokens[k], "and")) return false;
  const Token& next = tokens[k + 1];
  return next.pos == kPosVBD || next.pos == kPosVBN;
}

// "threatened on Friday to open the borders, a day after the parliament
// voted to freeze talks with Ankara": an infinitive after a clause of time
// or cause whose own finite verb is one of deciding ("after ... voted",
// "since ... decided") is that decision's, not part of the threat or demand
// before it. (Not a plan or a leave: "before he was due to meet",
// "after he had allowed them to open talks".)
// (`last_verb_end` is the end of the coded verb before the infinitive,
// `infinitive` its first token.)
bool InLaterTimeClause(std::span<const Token> tokens, uint32_t last_verb_end,
                       uint32_t infinitive) {
  bool opened = false;
  for (uint32_t k = last_verb_end; k < infinitive && k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (internal::IsWord(t, "after") || internal::IsWord(t, "before") ||
        internal::IsWord(t, "since") || internal::IsWord(t, "because") ||
        internal::IsWord(t, "when") || internal::IsWord(t, "until"))
      opened = true;
    else if (opened && internal::IsFiniteVerbTag(t.pos)) {
      static constexpr std::string_view kDecided[] = {"voted", "decided", "resolved", "moved",
                                                      "agreed", "chose", "opted"};
      return internal::InWords(kDecided, t);
    }
  }
  return false;
}

// "urged Angola, which has rejected the findings, to investigate ...": the
// code of the act whose object a parenthetical (gap_runs.h
// ParentheticalEnd) describes, when the infinitive at `verb` comes right
// after that parenthetical's closing comma ("to" and adverbs before the
// verb); the infinitive answers to that act, not to the verb inside the
// parenthetical. Empty when there is no such parenthetical or no candidate
// of a trigger before it.
std::string_view CodeBeforeParenthetical(std::span<const Token> tokens,
                                         std::span<const Candidate> candidates, uint32_t verb) {
  uint32_t to = verb;
  while (to > 0 && tokens[to - 1].pos == kPosRB) --to;
  if (to < 3 || !internal::IsWord(tokens[to - 1], "to") || tokens[to - 2].text != ",") return {};
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t p = to - 2; p-- > 0 && p + internal::kMaxCommaRun >= to;) {
    if (tokens[p].text != "," || internal::ParentheticalEnd(tokens, p, n) != to - 1) continue;
    const Candidate* before = nullptr;
    for (const Candidate& c : candidates)
      if (c.trigger.end <= p && (before == nullptr || c.trigger.end > before->trigger.end))
        before = &c;
    return before ? std::string_view(before->code) : std::string_view();
  }
  return {};
}

// Whether the event noun at `noun` is the direct object of an infinitive
// whose act is not told as done: "proposed a club of neutral countries to
// broker talks between Moscow and Kyiv", "were ready to hold talks with
// the government", "the decision to open membership talks with Ukraine".
// (Not after a verb of beginning, going on or managing -- "began to hold
// talks" -- nor after a trip, whose business it is: "flew to Beijing to
// hold talks", VerbGroup::purpose.) Only determiners, possessives,
// adjectives, numbers and noun modifiers stand between.
bool ObjectOfAnInfinitiveNotDone(std::span<const Token> tokens, TokenSpan noun) {
  uint32_t k = noun.begin;
  while (k > 0 && noun.begin < k + 5 &&
         (internal::IsDeterminer(tokens[k - 1]) || internal::IsPossessivePronoun(tokens[k - 1]) ||
          tokens[k - 1].pos == kPosJJ || tokens[k - 1].pos == kPosJJS ||
          tokens[k - 1].pos == kPosCD || tokens[k - 1].pos == kPosNN) &&
         !tokens[k - 1].Has(kTokenCapitalized))
    --k;
  if (k < 3 || tokens[k - 1].pos != kPosVB || !internal::IsWord(tokens[k - 2], "to")) return false;
  static constexpr std::array<std::string_view, 16> kDone = {
      "began",   "begun",   "begin",   "begins", "started", "start",   "starts", "continued",
      "continue", "continues", "resumed", "managed", "went",  "used",    "moved",  "proceeded"};
  if (internal::InWords(kDone, tokens[k - 3])) return false;
  // ("forced him to cut short his visit to Moscow", "urged them to halt
  // their attacks", "agreed to expand its contribution": an act cut short,
  // stopped, prolonged or stepped up was under way.)
  static constexpr std::array<std::string_view, 16> kUnderWay = {
      "cut",    "curtail", "interrupt", "shorten", "extend",   "prolong", "halt",     "stop",
      "end",    "cease",   "suspend",   "expand",  "increase", "boost",   "intensify", "step"};
  if (internal::InWords(kUnderWay, tokens[k - 1])) return false;
  // ("ready to resume negotiations", "willing to hold talks": readiness
  // is an intent, 036, which the coder reads from the noun after these
  // words; the noun is not dropped here. A verb of intent, "agreed to hold
  // summits", codes the intent itself.)
  static constexpr std::array<std::string_view, 5> kReady = {"ready", "willing", "prepared",
                                                             "eager", "open"};
  if (internal::InWords(kReady, tokens[k - 3])) return false;
  const internal::VerbGroup group = internal::ReadVerbGroup(tokens, {k - 1, k});
  return !group.purpose;
}

// The code of a verb that frames its object (FramesItsObject: judging,
// demanding, rejecting) but whose own act is not done -- negated, failed
// or refused, or counterfactual ("did not condemn", "refused to
// criticise", "would have condemned") -- when the event noun `noun` is
// its object: within eight words after it in the clause `window`, with no
// comma, finite verb or other event noun between. Empty if none.
std::string UndoneFramingVerbBefore(const Dictionary& dict, std::span<const Token> tokens,
                                    std::span<const PhraseMatch> matches, TokenSpan noun,
                                    ClauseWindow window) {
  for (const PhraseMatch& v : matches) {
    if (v.kind != PhraseMatch::Kind::kVerb || v.span.end > noun.begin ||
        v.span.end + 8 < noun.begin || v.span.begin < window.begin)
      continue;
    const std::string& code = dict.verb_form(v.id).EffectiveCode(dict.verb_blocks()).primary;
    if (code.empty() || !FramesItsObject(code)) continue;
    const internal::VerbGroup group = internal::ReadVerbGroup(tokens, v.span);
    if (!(group.negated || group.failed || group.plotted)) continue;
    bool direct = true;
    for (uint32_t k = v.span.end; k < noun.begin && direct; ++k)
      direct = tokens[k].text != "," && tokens[k].text != ";" &&
               !internal::IsFiniteVerbTag(tokens[k].pos);
    for (const PhraseMatch& n : matches)
      direct &= !(n.kind == PhraseMatch::Kind::kNominal && n.span.begin >= v.span.end &&
                  n.span.end <= noun.begin);
    if (direct) return code;
  }
  return {};
}

}  // namespace

// Whether the event noun at `noun` is the subject of a passive of
// cancelling ("was called off", "were cancelled", "has been postponed",
// "was put off"): the verb group follows the noun's phrase (its "between"
// or "in" phrases) within the clause, before any other finite verb.
bool MeetingCalledOff(std::span<const Token> tokens, TokenSpan noun, ClauseWindow window) {
  static constexpr std::array<std::string_view, 7> kBe = {"was", "were", "been", "is",
                                                          "are", "be",   "being"};
  static constexpr std::array<std::string_view, 9> kCancelled = {
      "cancelled", "canceled", "postponed", "scrapped", "shelved",
      "delayed",   "aborted",  "suspended", "deferred"};
  const uint32_t end = std::min<uint32_t>(window.end, noun.end + 16);
  for (uint32_t k = noun.end; k + 1 < end; ++k) {
    if (tokens[k].text == ";") return false;
    if (!internal::InWords(kBe, tokens[k])) {
      // (Another finite verb first: the noun is not its subject.)
      if (internal::IsFiniteVerbTag(tokens[k].pos)) return false;
      continue;
    }
    const Token& next = tokens[k + 1];
    if (internal::InWords(kCancelled, next)) return true;
    if (k + 2 < tokens.size() &&
        ((internal::IsWord(next, "called") && internal::IsWord(tokens[k + 2], "off")) ||
         (internal::IsWord(next, "put") && internal::IsWord(tokens[k + 2], "off"))))
      return true;
    return false;
  }
  return false;
}

// Whether the verb that ends at `verb_end` (its words up to three tokens
// before) is one of leaving something under way -- "walked out (of)",
// "walked away (from)", "stormed out (of)", "cut short" -- and the noun at
// `noun_begin` follows it closely.
bool LeftWhileUnderWay(std::span<const Token> tokens, uint32_t verb_end, uint32_t noun_begin) {
  if (verb_end == 0 || noun_begin < verb_end || noun_begin > verb_end + 4) return false;
  static constexpr std::array<std::string_view, 8> kLeave = {
      "walked", "walk", "walks", "walking", "stormed", "storm", "storms", "storming"};
  static constexpr std::array<std::string_view, 4> kCut = {"cut", "cuts", "cutting", "curtailed"};
  const uint32_t from = verb_end > 4 ? verb_end - 4 : 0;
  for (uint32_t k = from; k + 1 < noun_begin && k + 1 <= verb_end + 2; ++k) {
    const Token& next = tokens[k + 1];
    // (Background in the past perfect is not news: "said he had walked out
    // of the summit because ...".)
    if (k > 0 && internal::IsWord(tokens[k - 1], "had")) continue;
    if (internal::InWords(kLeave, tokens[k]) &&
        (internal::IsWord(next, "out") || internal::IsWord(next, "away")))
      return true;
    if (internal::InWords(kCut, tokens[k]) && internal::IsWord(next, "short")) return true;
  }
  return false;
}

bool TriggerCoding::KeepAssertedAct() {
  const CoderOptions& options = in.options;
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  auto& clause_verb = state.clause_verb;
  TokenSpan& undone_words = state.undone_words;
  uint32_t& last_any_verb_begin = state.last_any_verb_begin;
  uint32_t& last_any_verb_end = state.last_any_verb_end;
  int& last_any_verb_source = state.last_any_verb_source;
  std::optional<ClauseWindow>& last_null_verb_window = state.last_null_verb_window;
  if (choice.code.is_null() || choice.code.empty() || choice.code.is_discard()) {
    // (Not a gerund or a bare form: "sealed off Gaza by shutting down
    // the crossing and prevented Palestinians from leaving" joins
    // "prevented" to "sealed off". A past form the tagger took for a
    // participle, "Sudan's military seized power", counts.)
    if (!nominal_reading && !group.infinitive && tokens[m.span.begin].pos != kPosVBG &&
        tokens[m.span.begin].pos != kPosVB) {
      // "Soldiers seized President X, dissolved the government and imposed
      // a curfew": a verb listed after the last one keeps its subject.
      const bool keeps_subject =
          last_any_verb_source >= 0 && !group.passive &&
          (group.coordinated ||
           internal::ContinuesVerbList(tokens, m.span.begin, last_any_verb_end));
      last_any_verb_begin = m.span.begin;
      last_any_verb_end = m.span.end;
      if (!keeps_subject) last_any_verb_source = -1;
      if (!keeps_subject) last_null_verb_window = window;
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
    return false;
  }
  if (!nominal_reading && group.attributive) {
    s.Note(fmt::format("{}: a participle describing a noun ('the besieged town'), not an event",
                       label));
    return false;
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
        return false;
      }
    }
  }
  if (!nominal_reading && group.negated && !options.emit_negated) {
    s.Note(fmt::format("{}: negated ('not', 'never'), no event (see docs/CODING.md)", label));
    undone_words = choice.word_span;
    return false;
  }
  // "Russia may expel the ambassador": an act that might happen is not
  // done. With a condition ("the EC may halt mediation if cooperation
  // founders") it is announced, a threat (FutureCode, below).
  // "their first conversation since Russia invaded Ukraine": a clause
  // of "since" with a past verb dates the main event by an earlier one;
  // it is background, not news.
  if (!nominal_reading && SinceClauseVerb(tokens, mentions, m.span)) {
    s.Note(fmt::format("{}: in a 'since' clause, background; no event", label));
    undone_words = choice.word_span;
    return false;
  }
  // "Erdogan said Damascus would face consequences if it struck a deal
  // with the YPG", "Moscow warned it would respond if NATO deployed
  // troops to Ukraine": an act in a clause of condition ("if", "unless",
  // "whether") is supposed, not reported.
  if (InConditionClause(tokens, m.span.begin)) {
    s.Note(fmt::format("{}: in a clause of condition ('if', 'unless'), supposed; no event",
                       label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return false;
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
    undone_words = choice.word_span;
    return false;
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
    undone_words = choice.word_span;
    return false;
  }
  // (A gerund is such a noun too: "could lead to renewed fighting", "risks
  // escalating the conflict".)
  // "Police deployed ahead of protests called by the opposition": a
  // protest looked ahead to is not yet held.
  if (nominal_reading && CameoRoot(choice.code.primary) == "14" &&
      ProtestLookedAheadTo(tokens, m.span)) {
    s.Note(fmt::format("{}: a protest looked ahead to ('ahead of'), not yet held; no event",
                       label));
    return false;
  }
  if (nominal_reading || tokens[m.span.begin].pos == kPosVBG) {
    if (const char* why = internal::EventNounNotDone(tokens, m.span, window)) {
      s.Note(fmt::format("{}: the object of a verb that does not do it ({}); no event", label,
                         why));
      undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
      return false;
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
      return false;
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
      return false;
    }
  }
  if (!nominal_reading && group.lasting) {
    s.Note(fmt::format("{}: after 'has long', a lasting state, not an act; no event", label));
    undone_words = choice.word_span;
    return false;
  }
  if (group.question) {
    s.Note(fmt::format("{}: in a question ('?'), asked, not reported; no event", label));
    undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
    return false;
  }
  if (!nominal_reading && group.possible) {
    bool condition = false;
    for (uint32_t k = m.span.end; k < window.end && !condition; ++k)
      condition = internal::IsWord(tokens[k], "if") || internal::IsWord(tokens[k], "unless");
    // "Officials said Ankara might consider lifting the ban if talks
    // resumed": a consideration that may happen, on a condition or not, is
    // a guess at what a party might weigh, not one it says it weighs (a
    // conditional threat or promise stays: the speaker binds itself).
    if (choice.code.primary.starts_with("014")) condition = false;
    if (!condition) {
      s.Note(fmt::format(
          "{}: after 'may', 'might', 'could' or 'can', possible, not done; no event", label));
      undone_words = choice.word_span;
      return false;
    }
    group.future = true;
  }
  return true;
}

bool TriggerCoding::KeepOwnEvent() {
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  std::vector<Candidate>& candidates = state.candidates;
  std::string& last_code = state.last_code;
  uint32_t& last_verb_end = state.last_verb_end;
  std::string& last_verb_code = state.last_verb_code;
  // "rejected what Pristina described as a compromise": the verb of a "what
  // X called" phrase that is a verb's object names that object; it is no
  // statement of its own. (After a preposition it is the speaker's
  // judgement of the act: "flew over the fleet, in what Manila called a
  // provocation" criticises.)
  if (!nominal_reading)
    for (uint32_t what = m.span.begin; what-- > 1 && what + 5 >= m.span.begin;)
      if (tokens[what - 1].pos != kPosIN && tokens[what - 1].pos != kPosTO &&
          internal::NamingPhraseEnd(tokens, what, static_cast<uint32_t>(tokens.size())) >
              m.span.begin) {
        s.Note(fmt::format("{}: names the object in a 'what X called' phrase; no event", label));
        return false;
      }
  // A verb joined by "and" to a past-tense verb before it is past too
  // (JoinedToPastVerb).
  const bool joined_to_past = JoinedToPastVerb(tokens, m.span, last_verb_end, window);
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
      for (const Candidate& c : candidates)
        if (agreed(c) && s.trace) {
          s.Note(fmt::format("'{}': the agreement is the decision '{}' codes; no event of its own",
                             s.Text(c.trigger), s.Text(m.span)));
          break;
        }
      std::erase_if(candidates, agreed);
      label += " (agreed to: the decision itself)";
      last_code.clear();
    }
  }
  // "Qatar and Bahrain signed a deal in Riyadh to restore
  // diplomatic relations", "the two states signed a communique on Sunday
  // establishing diplomatic ties": what a signed agreement does is its
  // content, coded as the agreement (057), not an act of its own (an
  // infinitive or participle within a dozen words of the signing verb).
  // A partner the content names is the agreement's ("Oman and Qatar
  // signed accords establishing relations with Chile": 057 with Chile).
  // Access granted under it is a concession of its own ("signed a deal
  // with the UN granting aid workers access": 0863), and so is the taking
  // of territory: "the president signed a treaty annexing the peninsula"
  // occupies it (192), and the signing is no cooperation with anyone.
  const bool signed_content =
      !nominal_reading && (group.infinitive || tokens[m.span.begin].pos == kPosVBG) &&
      last_verb_code.starts_with("057") && last_verb_end > 0 && last_verb_end <= m.span.begin &&
      m.span.begin <= last_verb_end + 12;
  if (signed_content && choice.code.primary.starts_with("192"))
    std::erase_if(candidates, [&](const Candidate& c) {
      return c.trigger.end == last_verb_end && c.code.starts_with("057");
    });
  if (signed_content && !choice.code.primary.starts_with("086") &&
      !choice.code.primary.starts_with("192")) {
    if (choice.target < 0) {
      s.Note(fmt::format("{}: the content of the agreement signed before it (057), not an "
                         "event of its own",
                         label));
      return false;
    }
    label += " -> 057 (the partner of the agreement signed before it)";
    choice.code.primary = "057";
    choice.code.reverse.clear();
  }
  // An event noun used as a verb counts too: "offered troops to help him
  // oust the general" ("help" is listed as an event noun, tagged VB here).
  std::string_view governing = last_code;
  if (group.infinitive)
    if (const std::string_view before = CodeBeforeParenthetical(tokens, candidates, m.span.begin);
        !before.empty())
      governing = before;
  // ("Crowds marched through the capital, demanding that the minister
  // resign": a subjunctive after a protest is its demand, the protest's
  // purpose.)
  bool demanded_by_protest = false;
  if (subjunctive && CameoRoot(last_code) == "14")
    for (uint32_t k = m.span.begin; k > 1 && k + 8 > m.span.begin; --k) {
      if (tokens[k - 1].text == "," || tokens[k - 1].text == ";") break;
      if (internal::IsWord(tokens[k - 1], "that")) {
        const std::string_view before = tokens[k - 2].text;
        demanded_by_protest = before.starts_with("demand") || before.starts_with("insist") ||
                              before.starts_with("urg");
        break;
      }
    }
  if ((group.infinitive || subjunctive) && (!nominal_reading || !group.looks_nominal) &&
      (IsDemandOrAppeal(governing) || IsIntent(governing) || demanded_by_protest) &&
      !(group.infinitive && InLaterTimeClause(tokens, last_verb_end, m.span.begin))) {
    s.Note(fmt::format("{}: infinitive inside a demand or appeal ({}), not an event of its own",
                       label, governing));
    // "urged Tehran and London on Friday to free the seized tanker", "asked
    // Moscow to send troops": an appeal, demand or intent that no pattern
    // of its own gave a subcode asks for the act the infinitive names
    // (AskedActCode).
    const std::string asking_code(governing);  // (may view a candidate's code)
    for (size_t c = candidates.size(); c-- > 0 && !demanded_by_protest;) {
      const Candidate& asking = candidates[c];
      if (asking.trigger.begin >= m.span.begin || asking.code != asking_code) continue;
      // Only the infinitive the asking verb governs, with no other verb
      // between: "called on the court to overturn its decision to provide
      // protection" asks for no protection. Participles inside the
      // addressee ("the rebels led by Machar") and verbs of help or
      // sending that lead to the act ("to send troops to guard the port",
      // "to help restore order") may stand between.
      // So may an infinitive coordinated with the first one ("to compensate
      // the workers and protect their rights").
      static constexpr std::string_view kLeading[] = {"help", "send", "deploy", "come"};
      bool direct = asking.trigger.end <= m.span.begin && m.span.begin <= asking.trigger.end + 14;
      const bool coordinated =
          m.span.begin >= 1 &&
          (internal::IsWord(tokens[m.span.begin - 1], "and") ||
           (m.span.begin >= 2 && internal::IsWord(tokens[m.span.begin - 1], "to") &&
            internal::IsWord(tokens[m.span.begin - 2], "and")));
      for (uint32_t k = asking.trigger.end; direct && !coordinated && k < m.span.begin; ++k)
        direct = !IsVerbTag(tokens[k].pos) || tokens[k].pos == kPosVBN ||
                 internal::InWords(kLeading, tokens[k]);
      if (const std::string asked =
              direct ? AskedActCode(asking_code, choice.code.primary) : std::string();
          !asked.empty()) {
        const TokenSpan trigger = asking.trigger;
        for (Candidate& same : candidates)
          if (same.trigger == trigger && same.code == asking_code) {
            same.code = asked;
            same.rule += fmt::format(" -> {} (what it asks for: {})", asked, label);
          }
      }
      break;
    }
    return false;
  }
  // "students staged demonstrations to demand political reforms",
  // "farmers blocked highways in Lahore and demanded the resignation of
  // the minister", "rioted ... calling for the removal of Mubarak": a
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
      return false;
    }
  }
  // "The Kremlin denied that Russia had sabotaged the pipelines": the
  // that-clause of a denial (016) is what is denied, not an event.
  if (!nominal_reading && last_verb_code.starts_with("016") && last_verb_end > 0 &&
      last_verb_end <= m.span.begin && WithinWordsAfterVerb(8)) {
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
      return false;
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
    return false;
  }
  if (RoleInAnAct(tokens, m.span.begin)) {
    s.Note(fmt::format("{}: what someone had a role in, background, not an event", label));
    return false;
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
      return false;
    }
    // "there was no meeting between Putin and Erdogan", "a possible
    // meeting", "a planned summit": an event noun denied or only
    // envisaged reports no event.
    if (const std::string_view word = UnassertingModifier(tokens, m.span.begin);
        !word.empty()) {
      s.Note(fmt::format("{}: '{}' before it, not an event the text asserts", label, word));
      return false;
    }
    // "A summit in Luanda between the two presidents was called off",
    // "talks between Belgrade and Pristina were postponed": a meeting the
    // sentence says was cancelled was not held.
    if (CameoRoot(choice.code.primary) == "04" && MeetingCalledOff(tokens, m.span, window)) {
      s.Note(fmt::format("{}: called off, cancelled or postponed; not held", label));
      return false;
    }
    // "A hasty French withdrawal would leave Mali exposed": an event noun
    // that is the subject of a modal is supposed, not reported.
    if (internal::SubjectOfAModal(tokens, m.span)) {
      s.Note(fmt::format("{}: the subject of 'would', 'could', 'might' or 'may', supposed; "
                         "no event",
                         label));
      return false;
    }
  }
  // "pledged cooperation with Pakistan", "offered aid to Haiti": the
  // noun right after an intent (03) is what is intended, not done.
  const bool intended = IsIntent(last_verb_code) && m.span.begin <= last_verb_end + 3;
  // ("expelled seven UN officials, drawing condemnation from the EU": a
  // reaction drawn from a party is asserted, whatever the verb before.)
  // (A noun after a preposition of time or cause tells what happened:
  // AfterTimeOrCause.)
  // ("NATO rejected Kyiv's appeal for fighter jets", "the parliament
  // rebuffed Washington's request for bases": an appeal a named party made
  // and another turned down was made; the rejection does not frame it as
  // the speaker's claim. Not a demand, nor an appeal with no owner
  // before it: "rejected calls for his resignation".)
  // So is an owned offer of talks turned down: "the students rejected the
  // prime minister's offer of talks" (036 from the prime minister), also
  // with its maker after it: "rejected an offer of talks from the prime
  // minister" (MakerNamedWithNoun).
  const bool owned_appeal_rejected =
      nominal_reading && CameoRoot(last_verb_code) == "12" &&
      (CameoRoot(choice.code.primary) == "02" || choice.code.primary.starts_with("036")) &&
      MakerNamedWithNoun();
  // ("walked out of the talks with Iran", "cut short his summit with Kim in
  // Hanoi": a party that leaves a meeting early was at it, so the meeting
  // took place; a suspension or a refusal of talks says no such thing.)
  const bool left_the_meeting = nominal_reading && CameoRoot(last_verb_code) == "16" &&
                                CameoRoot(choice.code.primary) == "04" &&
                                LeftWhileUnderWay(tokens, last_verb_end, m.span.begin);
  if (nominal_reading && !adjunct && (FramesItsObject(last_verb_code) || intended) &&
      !owned_appeal_rejected && !left_the_meeting &&
      !AfterTimeOrCause(tokens, m.span) && internal::ReactionDrawnFrom(tokens, m.span) == 0 &&
      last_verb_end > 0 && m.span.begin >= last_verb_end && WithinWordsAfterVerb(8) &&
      window.begin < last_verb_end) {
    s.Note(fmt::format("{}: the object of a {} verb, not an event the text asserts", label,
                       last_verb_code));
    return false;
  }
  // "India did not condemn Moscow's annexation of Crimea", "a resolution
  // that would have condemned the coup", "Ankara refused to criticise
  // Baku's offensive": a verb of judging or demanding frames its object
  // whether or not its own act is done (negated, refused, counterfactual).
  if (nominal_reading && !adjunct && !AfterTimeOrCause(tokens, m.span) &&
      internal::ReactionDrawnFrom(tokens, m.span) == 0)
    if (const std::string framing = UndoneFramingVerbBefore(dict, tokens, in.matches, m.span, window);
        !framing.empty()) {
      s.Note(fmt::format("{}: the object of a {} verb not done, not an event the text asserts",
                         label, framing));
      return false;
    }
  if (nominal_reading && !adjunct && ObjectOfAnInfinitiveNotDone(tokens, m.span)) {
    s.Note(fmt::format("{}: the object of an infinitive not told as done; no event", label));
    // ("to organise a summit to discuss Idlib": the noun's own purpose
    // after it is still its purpose, not an act of its own; see
    // KeepOwnEvent.)
    state.last_code = choice.code.primary.empty() ? choice.code.reverse : choice.code.primary;
    return false;
  }
  // "will return weapons and military equipment seized last year from UN
  // peacekeepers": a past participle right after a common noun (no
  // auxiliary, no "by" agent) describes that noun; the act is background,
  // not news.
  // (Not before an object nor after a time word: NoObjectAfter.)
  static constexpr std::array<std::string_view, 6> kTimeNouns = {"year",  "week",  "month",
                                                                 "day",   "night", "weekend"};
  // A one-word participle of an act on persons, not read as passive: the
  // verb both rules below look at.
  // ("Two truck bombs exploded outside the court": a bomb that explodes is
  // the subject the pattern names before the verb, not a noun the
  // participle describes.)
  act_participle = !nominal_reading && !group.passive && m.span.size() == 1 &&
                   IsActOnPersons(choice.code.primary) &&
                   !(SubjectWordBeforeVerb(choice.pattern) &&
                     dict.verb_form(m.id).lemma == "EXPLODE") &&
                   (tokens[m.span.begin].pos == kPosVBN ||
                    (tokens[m.span.begin].pos == kPosVBD &&
                     IsTransitiveActParticiple(tokens[m.span.begin])));
  if (act_participle && m.span.begin > 0 && IsNounTag(tokens[m.span.begin - 1].pos) &&
      !tokens[m.span.begin - 1].Has(kTokenCapitalized) &&
      !internal::InWords(kTimeNouns, tokens[m.span.begin - 1]) &&
      !internal::IsWeekday(tokens[m.span.begin - 1]) &&
      NoObjectAfter(tokens, m.span.end) && !FirstOfCoordinatedVerbs(tokens, m.span.end)) {
    bool in_mention = false;
    for (const Mention& x : mentions)
      in_mention |=
          x.span.begin < m.span.begin && m.span.begin <= x.span.end && !x.code.empty();
    if (!in_mention) {
      s.Note(
          fmt::format("{}: a participle describing the noun before it, not an event", label));
      return false;
    }
  }
  // "Nigerian jets bombed Boko Haram fighters advancing on the town of
  // Damboa", "sent troops to stop rebels marching on the capital": a
  // present participle of forces moving on a place, right after the noun
  // for those forces, describes them; their advance is the setting of the
  // act on them, and the main clause's subject does not advance.
  static constexpr std::array<std::string_view, 3> kAdvancing = {"advancing", "marching",
                                                                 "closing"};
  if (!nominal_reading && m.span.begin > 0 && internal::InWords(kAdvancing, tokens[m.span.begin]) &&
      (tokens[m.span.begin - 1].pos == kPosNNS || tokens[m.span.begin - 1].pos == kPosNNPS) &&
      CameoRoot(choice.code.primary) == "19" &&
      // (A main verb before them: in a headline, "Rebels advancing on the
      // capital", the participle is the news.)
      std::any_of(tokens.begin(), tokens.begin() + m.span.begin, [](const Token& t) {
        return t.pos == kPosVBD || t.pos == kPosVBZ || t.pos == kPosVBP;
      })) {
    s.Note(fmt::format("{}: forces advancing, told of the noun before it; no event", label));
    return false;
  }
  // "warned Brussels that withholding aid would push Lebanon into chaos",
  // "said that arming the rebels was a mistake": a gerund right after the
  // "that" of a reported clause is that clause's subject, an act talked
  // about with no one named to do it; no event.
  if (!nominal_reading && m.span.begin > 0 && tokens[m.span.begin].pos == kPosVBG &&
      internal::IsWord(tokens[m.span.begin - 1], "that")) {
    s.Note(fmt::format("{}: a gerund that is the subject of a reported clause; no event", label));
    return false;
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
    // ("a bombing Kabul blamed on Islamabad", "the strike Moscow blamed on
    // Kyiv": a relative clause with no "which", its subject a party named
    // right before the verb and right after the act noun it is on.)
    for (const Mention& y : mentions)
      if (!y.span.empty() && y.span.end == m.span.begin && y.span.begin >= 2 &&
          !y.code.empty() && !y.locative && !y.possessive &&
          (tokens[y.span.begin - 1].pos == kPosNN || tokens[y.span.begin - 1].pos == kPosNNS) &&
          internal::IsDeterminer(tokens[y.span.begin - 2]))
        relative_subject = true;
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
      return false;
    }
  }
  return true;
}

}  // namespace khaldun::coder_internal
