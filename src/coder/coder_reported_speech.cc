// Reported speech and judgements: the subject of a reported clause, and the
// act or party a speaker condemns or judges.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/accusations.h"
#include "coder/reactions.h"
#include "coder/scare_quotes.h"
#include "coder/sports.h"
#include "coder/render.h"
#include "coder/tabari_engine.h"

namespace khaldun::coder_internal {

// Whether the speaker mention `speaker` says ("said", "says", "told X")
// the clause of the verb at `verb`, whose subject right before it (past
// auxiliaries and adverbs) is a common noun no mention covers: "Blair said
// migration helped the UK".
bool ReportedClauseHasOtherSubject(const Dictionary& dict, std::span<const Token> tokens,
                                   std::span<const Mention> mentions,
                                   std::span<const PhraseMatch> matches, int speaker,
                                   TokenSpan verb) {
  static constexpr std::string_view kSaid[] = {"said", "says", "say", "told", "added", "stated"};
  uint32_t say = UINT32_MAX;
  for (uint32_t k = mentions[speaker].span.end;
       k < verb.begin && k <= mentions[speaker].span.end + 1; ++k)
    for (std::string_view w : kSaid)
      if (internal::IsWord(tokens[k], w)) say = k;
  if (say == UINT32_MAX) return false;
  uint32_t k = verb.begin;
  while (k > say + 1 && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  if (k <= say + 1) return false;
  const Token& head = tokens[k - 1];
  if (!IsNounTag(head.pos) || head.Has(kTokenCapitalized)) return false;
  for (const Mention& x : mentions)
    if (x.span.begin < k && k <= x.span.end) return false;
  // A role word is someone, perhaps the speaker's own side ("we believe
  // that all nations and governments must stand against ..."):
  // UncodedRoleBefore decides for particular roles.
  // ("Tokayev said terrorist gangs had attacked Almaty": a past act of
  // people named by a role that is no part of a state, gangs or criminals,
  // is theirs, never the speaker's.)
  const bool past_act = tokens[verb.begin].pos == kPosVBD || tokens[verb.begin].pos == kPosVBN;
  for (const PhraseMatch& pm : matches) {
    if (pm.kind != PhraseMatch::Kind::kAgent || pm.span.begin >= k || k > pm.span.end) continue;
    const std::string& sector = dict.agent(pm.id).code;
    if (!past_act || !(sector == "CRM" || sector == "UAF" || sector == "REB" || sector == "INS"))
      return false;
  }
  return true;
}

// "called the raids a gross breach of international law", "called
// it a 'stab in the back'", "calling the move a serious blow": a verb of
// naming (CALL, DESCRIBE, TERM, BRAND, LABEL) that puts a condemning word on
// an act referred to (coder/reactions.h) criticises it (111); the referring
// word is returned, or -1.
// The act may stand before the verb and its subject, in a relative clause
// on it or after "what": "the blockade of the port, which Ankara called an
// act of aggression", "they shelled the town in what the army called a
// provocation"; the condemning word then follows the verb.
int ActNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                          std::span<const PhraseMatch> matches, std::span<const Mention> mentions,
                          const PhraseMatch& verb) {
  static constexpr std::string_view kNaming[] = {"CALL", "DESCRIBE", "TERM", "BRAND", "LABEL"};
  // Labels that condemn an act only as what it is called (a clause that
  // reports "was a terrorist" or "escalation" judges no one): "Ankara
  // called the arrests a dangerous escalation", "Seoul described the
  // hacking as interference in its elections", "Manila called the
  // bombing a terrorist attack", "the general branded the revolt
  // treason", "Paris called the verdict wrong", "Hanoi called the
  // offer a ploy".
  static constexpr std::string_view kCondemningLabels[] = {
      "escalation", "interference", "meddling", "terrorist", "treason", "treachery", "wrong",
      "ploy",       "stunt",
      // Words of moral outrage that CALL's own patterns already read as a
      // judgement of a party ("called the minister a coup plotter"), here
      // on an act: "Oslo called the evictions cruel and unforgivable",
      // "the union called the lockout a sin", "the mayor called it a coup
      // against the voters", "Minsk called the sanctions selfish", "the
      // rebels called the massacre genocide", "called the smear campaign
      // dirty and hateful", "called the blockade madness".
      "cruel",      "unforgivable", "sin", "coup", "selfish", "genocide", "hateful", "dirty",
      "madness",    "craziness"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool naming = false;
  for (std::string_view l : kNaming) naming |= lemma == l;
  if (!naming) return -1;
  auto is_event_noun = [&](uint32_t k) { return EventNounAt(matches, k); };
  int act = internal::ReferredActOf(tokens, verb.span, TokenSpan{}, true, is_event_noun);
  uint32_t from = act >= 0 ? static_cast<uint32_t>(act) + 1 : 0;
  if (act < 0) {
    const TokenSpan subject = internal::SubjectSpanBefore(tokens, mentions, verb.span.begin);
    if (subject.empty()) return -1;
    act = internal::ReferredActOf(tokens, verb.span, subject, true, is_event_noun);
    if (act < 0 || static_cast<uint32_t>(act) >= verb.span.begin) return -1;
    from = verb.span.end;
  }
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), from + 8);
  for (uint32_t k = from; k < end; ++k) {
    // ("calling the attack cowardly, inhumane and barbaric": a comma in a
    // list of adjectives goes on.)
    const bool list_goes_on = tokens[k].text == "," && k + 1 < tokens.size() &&
                              tokens[k + 1].pos == kPosJJ && k > 0 && tokens[k - 1].pos == kPosJJ;
    if ((tokens[k].text == "," && !list_goes_on) || tokens[k].text == "." ||
        internal::IsNegation(tokens[k]))
      return -1;
    for (std::string_view w : kCondemning)
      if (internal::IsWord(tokens[k], w)) return act;
    for (std::string_view w : kCondemningLabels)
      if (internal::IsWord(tokens[k], w)) return act;
    // ("Hanoi called the shelling of its outpost an act of war": war is
    // condemned only as what the act is called, "an act of war" or "a
    // declaration of war"; "called the talks a way to end the war" is no
    // judgement.)
    if (k >= 2 && internal::IsWord(tokens[k], "war") && internal::IsWord(tokens[k - 1], "of") &&
        (internal::IsWord(tokens[k - 2], "act") || internal::IsWord(tokens[k - 2], "declaration")))
      return act;
  }
  return -1;
}

// "Ankara expelled the Dutch ambassador on Monday, calling him a liar",
// "described her as a traitor": a verb of naming whose object is "him" or
// "her", no party of its own, and whose complement condemns: the party the
// pronoun stands for is the last one named before the verb that is a person
// or a role (the caller drops it if it is the speaker's own side).
// Returns its mention, or -1.
int PersonNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                             std::span<const Mention> mentions, const PhraseMatch& verb) {
  static constexpr std::string_view kNaming[] = {"CALL", "DESCRIBE", "TERM", "BRAND", "LABEL"};
  static constexpr std::string_view kInsults[] = {
      "liar",     "liars",   "dictator", "tyrant",   "traitor",  "thief",   "murderer",
      "butcher",  "puppet",  "enemy",    "fascist",  "racist",   "hypocrite", "clown",
      "killer",   "warmonger", "terrorist", "criminal", "gangster", "thug",   "coward"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool naming = false;
  for (std::string_view l : kNaming) naming |= lemma == l;
  const uint32_t k = verb.span.end;
  if (!naming || k + 1 >= tokens.size() ||
      !(internal::IsWord(tokens[k], "him") || internal::IsWord(tokens[k], "her")))
    return -1;
  for (const Mention& x : mentions)
    if (x.span.begin <= k && k < x.span.end) return -1;  // a party of its own: the patterns read it
  bool condemns = false;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), k + 9);
  for (uint32_t j = k + 1; j < end && !condemns; ++j) {
    if (tokens[j].text == "," || tokens[j].text == "." || internal::IsNegation(tokens[j]))
      return -1;
    for (std::string_view w : kCondemning) condemns |= internal::IsWord(tokens[j], w);
    for (std::string_view w : kInsults) condemns |= internal::IsWord(tokens[j], w);
  }
  if (!condemns) return -1;
  int referent = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (m.span.empty() || m.span.end > verb.span.begin || m.locative || m.code.empty()) continue;
    if (m.person || m.agent != nullptr) referent = static_cast<int>(x);
  }
  return referent;
}

// For a verb of saying ("said", "told X that"), the party its reported
// clause condemns in so many words ("... China's national security law was a
// clear and serious breach of ...", "... spying on friends was
// unacceptable"): the party in the clause's subject, else the one told; -1
// when the clause condemns nothing (or says what is not).
int PartyJudgedInReportedClause(const Dictionary& dict, std::span<const Token> tokens,
                                std::span<const Mention> mentions, const PhraseMatch& verb,
                                ClauseWindow window) {
  static constexpr std::string_view kSaying[] = {"SAY", "TELL", "ADD", "STATE", "INSIST"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool saying = false;
  for (std::string_view l : kSaying) saying |= lemma == l;
  if (!saying) return -1;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), verb.span.end + 16);
  uint32_t be = 0;
  for (uint32_t k = verb.span.end; k < end && be == 0; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") return -1;
    if (internal::IsWord(tokens[k], "is") || internal::IsWord(tokens[k], "was") ||
        internal::IsWord(tokens[k], "are") || internal::IsWord(tokens[k], "were"))
      be = k;
  }
  if (be == 0) return -1;
  bool condemns = false;
  for (uint32_t k = be + 1; k < end && k <= be + 5 && !condemns; ++k) {
    if (internal::IsNegation(tokens[k])) return -1;  // "was not illegal"
    for (std::string_view w : kCondemning) condemns |= internal::IsWord(tokens[k], w);
    if (tokens[k].text == "," || internal::IsWord(tokens[k], "but")) break;
  }
  if (!condemns) return -1;
  // The party whose act is judged: in the clause's subject, between the verb
  // (and "that") and "is".
  int addressee = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (m.span.empty() || m.locative || m.code.empty() || m.span.begin < verb.span.end ||
        m.span.end > be)
      continue;
    const bool after_that =
        m.span.begin > verb.span.end && internal::IsWord(tokens[m.span.begin - 1], "that");
    if (lemma == "TELL" && m.span.begin == verb.span.end && addressee < 0) {
      addressee = static_cast<int>(x);
      continue;
    }
    if (after_that || m.possessive || m.span.begin >= verb.span.end) return static_cast<int>(x);
  }
  (void)window;
  return addressee;
}

// "Washington said Tehran was behind the attack on the tanker", "the
// inquiry concluded that the militia was responsible for the massacre",
// "the minister told parliament it was highly likely that Moscow was
// responsible for the hacking": a clause reported by a verb of saying or
// concluding that puts an act on a party accuses it (112). The party is
// the clause's subject, right before "was" (past auxiliaries and adverbs:
// "may have been behind"); "behind" must be followed by what is blamed
// ("was behind the bombing", not "was behind schedule").
int PartyBlamedInReportedClause(const Dictionary& dict, std::span<const Token> tokens,
                                std::span<const Mention> mentions,
                                std::span<const PhraseMatch> matches, const PhraseMatch& verb) {
  // What a party is to blame for is an act: an event noun, a verb ("for
  // poisoning the defector"), a word referring to an act, or a death or a
  // blast ("responsible for his death"); "responsible for border security"
  // blames no one.
  static constexpr std::string_view kHarm[] = {"death", "deaths",    "blast",  "blasts",
                                               "explosion", "explosions", "hack", "hacking",
                                               "disappearance", "downing", "fire", "sinking", "crash",
                                               "collision"};
  auto names_an_act = [&](uint32_t from) {
    for (uint32_t j = from; j < tokens.size() && j < from + 5; ++j) {
      if (EventNounAt(matches, j) || internal::IsActReferenceWord(tokens[j]) ||
          tokens[j].pos == kPosVBG)
        return true;
      for (std::string_view w : kHarm)
        if (internal::IsWord(tokens[j], w)) return true;
      // a participle before the act modifies it: "the attempted murder"
      if (!internal::IsDeterminer(tokens[j]) && tokens[j].pos != kPosJJ &&
          tokens[j].pos != kPosVBN &&
          tokens[j].pos != kPosPRPS && tokens[j].pos != kPosPOS && !IsNounTag(tokens[j].pos))
        return false;
    }
    return false;
  };
  static constexpr std::string_view kSaying[] = {"SAY",    "TELL",   "ADD",      "STATE",
                                                 "INSIST", "ASSERT", "CONCLUDE", "CONFIRM"};
  static constexpr std::string_view kBe[] = {"was", "were", "is", "are", "been", "be", "being"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool saying = false;
  for (std::string_view l : kSaying) saying |= lemma == l;
  if (!saying) return -1;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), verb.span.end + 18);
  for (uint32_t k = verb.span.end + 1; k + 1 < end; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") return -1;
    // "was culpable for the poisoning" says the same as "responsible for";
    // so does "was to blame for the collision" (read from its "to").
    const bool to_blame = k + 2 < end && internal::IsWord(tokens[k], "to") &&
                          internal::IsWord(tokens[k + 1], "blame") &&
                          internal::IsWord(tokens[k + 2], "for");
    const bool responsible =
        to_blame ||
        ((internal::IsWord(tokens[k], "responsible") || internal::IsWord(tokens[k], "culpable")) &&
         internal::IsWord(tokens[k + 1], "for"));
    const bool behind = internal::IsWord(tokens[k], "behind") &&
                        (internal::IsDeterminer(tokens[k + 1]) ||
                         tokens[k + 1].pos == kPosPRPS);
    if ((!responsible && !behind) || !names_an_act(to_blame ? k + 3 : responsible ? k + 2 : k + 1))
      continue;
    // Back past adverbs ("directly", "ultimately") to a form of "be", then
    // past the rest of the verb group ("may have been") to its subject.
    uint32_t b = k;
    while (b > verb.span.end && tokens[b - 1].pos == kPosRB) {
      if (internal::IsNegation(tokens[b - 1])) return -1;
      --b;
    }
    bool be = false;
    for (std::string_view w : kBe) be |= b > verb.span.end && internal::IsWord(tokens[b - 1], w);
    if (!be) return -1;
    while (b > verb.span.end && internal::IsAuxiliaryOrAdverb(tokens[b - 1])) {
      if (internal::IsNegation(tokens[b - 1])) return -1;
      --b;
    }
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& m = mentions[x];
      if (m.span.empty() || m.locative || m.code.empty() || m.possessive) continue;
      if (m.span.begin >= verb.span.end && m.span.end == b) return static_cast<int>(x);
    }
    return -1;
  }
  return -1;
}

}  // namespace khaldun::coder_internal
