// Event nouns: their mood, their modifier, owner and source, and the party across
// their clause; see coder/clause.h.
#include "coder/clause.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "coder/clause_words.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

using namespace clause_words;  // the word lists and tests of clause_words.h

bool SubjectOfAModal(std::span<const Token> tokens, TokenSpan noun) {
  uint32_t k = noun.end;
  // "a Turkish offensive against the Kurds could start within days": past
  // the noun's own complement (a preposition and a short noun phrase) to
  // the verb whose subject the whole phrase is.
  static constexpr std::array<std::string_view, 5> kComplement = {"of", "by", "against", "on",
                                                                  "into"};
  if (k + 1 < tokens.size() && InWords(kComplement, tokens[k])) {
    uint32_t e = k + 1;
    while (e < tokens.size() && e < k + 6 &&
           (IsNounTag(tokens[e].pos) || tokens[e].pos == kPosDT || tokens[e].pos == kPosJJ ||
            tokens[e].pos == kPosCD || tokens[e].pos == kPosPOS || tokens[e].pos == kPosPRPS))
      ++e;
    if (e > k + 1) k = e;
  }
  // (Past one time word: "talks tomorrow could fail".)
  if (k < tokens.size() && InWords(kTimeAdverbs, tokens[k]) && !tokens[k].Has(kTokenCapitalized))
    ++k;
  if (k >= tokens.size() || tokens[k].Has(kTokenCapitalized)) return false;
  const Token& t = tokens[k];
  if (IsWord(t, "would") || IsWord(t, "could") || IsWord(t, "might") || IsWord(t, "may"))
    return true;
  // "A Russian attack on the Baltic states remains unlikely", "a ceasefire
  // is possible within weeks": the subject of a form of "be" (or "remain",
  // "seem") and an adjective of likelihood is an act weighed, not done.
  static constexpr std::array<std::string_view, 11> kBe = {
      "is", "was", "are", "were", "remains", "remained", "seems", "seemed", "looks", "looked",
      "appears"};
  static constexpr std::array<std::string_view, 7> kLikelihood = {
      "unlikely", "likely", "possible", "impossible", "improbable", "imminent", "inevitable"};
  if (!InWords(kBe, t)) return false;
  uint32_t a = k + 1;
  // ("is still unlikely", "seemed increasingly likely", "is not imminent".)
  for (int skipped = 0; a < tokens.size() && skipped < 2 &&
                        (tokens[a].pos == kPosRB || IsWord(tokens[a], "not"));
       ++skipped)
    ++a;
  return a < tokens.size() && InWords(kLikelihood, tokens[a]);
}

const char* EventNounNotDone(std::span<const Token> tokens, TokenSpan noun, ClauseWindow window) {
  // "If the toll is confirmed, it would be the deadliest clash between the
  // two armies in decades", "this could be the first meeting of the two
  // leaders": an event noun that a modal "be" names is weighed, not told.
  {
    uint32_t b = noun.begin;
    for (int skipped = 0; b > window.begin && skipped < 5; ++skipped) {
      const uint8_t p = tokens[b - 1].pos;
      if (p != kPosDT && p != kPosJJ && p != kPosJJS && p != kPosJJR && p != kPosRBS &&
          p != kPosCD && p != kPosNN && p != kPosNNS && p != kPosRB)
        break;
      --b;
    }
    if (b > window.begin + 1 && IsWord(tokens[b - 1], "be")) {
      uint32_t m = b - 1;
      while (m > window.begin && IsAdverb(tokens[m - 1])) --m;
      if (m > window.begin && !tokens[m - 1].Has(kTokenCapitalized) &&
          (IsWord(tokens[m - 1], "would") || IsWord(tokens[m - 1], "could") ||
           IsWord(tokens[m - 1], "might") || IsWord(tokens[m - 1], "may")))
        return "named by a modal 'be' (would be, could be)";
    }
  }
  // Back from the noun over its modifiers ("a new Turkish offensive") to the
  // verb it is the object of.
  uint32_t k = noun.begin;
  // ("could lead to Erdogan reaching a deal with Putin": a gerund's own
  // subject, names joined by "and", stands between it and the verb.)
  const bool gerund = tokens[noun.begin].pos == kPosVBG;
  for (int skipped = 0; k > window.begin && skipped < 5; ++skipped) {
    const Token& t = tokens[k - 1];
    const uint8_t p = t.pos;
    const bool gerund_subject =
        gerund && (p == kPosNNP || p == kPosNNPS || IsWord(t, "and") || IsWord(t, "both"));
    if (p != kPosDT && p != kPosJJ && p != kPosNN && p != kPosNNS && p != kPosPRPS &&
        p != kPosCD && !t.Has(kTokenHyphenated) && !(p == kPosVBN && k == noun.begin) &&
        !gerund_subject)
      break;
    if (t.Has(kTokenPossessive)) return nullptr;  // "Iran's attack": an owner, not an object
    --k;
  }
  if (k <= window.begin) return nullptr;
  // "could lead to renewed fighting", "may result in clashes".
  static constexpr std::array<std::string_view, 8> kLeadTo = {
      "lead", "leads", "led", "leading", "result", "results", "resulted", "resulting"};
  if (k >= window.begin + 2 && (IsWord(tokens[k - 1], "to") || IsWord(tokens[k - 1], "in")) &&
      InWords(kLeadTo, tokens[k - 2]))
    --k;
  const uint32_t v = k - 1;
  if (!IsVerbTag(tokens[v].pos) || tokens[v].Has(kTokenCapitalized)) return nullptr;
  // "The Kurds fear attack by Turkey", "aid agencies expect an offensive",
  // "to avert a war", "risks a confrontation with Ankara": an act feared,
  // expected, averted or risked has not happened.
  static constexpr std::array<std::string_view, 36> kProspects = {
      "fear",       "fears",       "feared",     "fearing",    "dread",      "dreads",
      "dreaded",    "expect",      "expects",    "expected",   "expecting",  "anticipate",
      "anticipates", "anticipated", "predict",   "predicts",   "predicted",  "risk",
      "risks",      "risked",      "risking",    "avert",      "averts",     "averted",
      "averting",   "prevent",     "prevents",   "prevented",  "preventing", "forestall",
      "forestalled", "await",      "awaits",     "awaited",    "awaiting",   "warding"};
  if (InWords(kProspects, tokens[v])) return "feared, expected, averted or risked";
  // "It could also create an open alliance between ...", "did not launch an
  // offensive", "sought to strike a deal", "could lead to renewed
  // fighting": an event noun made, begun or caused by a verb that is
  // possible, negated or attempted is not done. (Not the object of a verb
  // of judging or saying: "did not condemn the attack" leaves the attack.)
  static constexpr std::array<std::string_view, 46> kMaking = {
      "create",   "creates",  "created",   "form",     "forms",     "formed",   "launch",
      "launches", "launched", "hold",      "holds",    "held",      "stage",    "stages",
      "staged",   "mount",    "mounts",    "mounted",  "wage",      "wages",    "waged",
      "begin",    "begins",   "began",     "start",    "starts",    "started",  "sign",
      "signs",    "signed",   "reach",     "reaches",  "reached",   "strike",   "strikes",
      "struck",   "impose",   "imposes",   "imposed",  "trigger",   "triggers", "triggered",
      "spark",    "sparks",   "sparked",   "lead"};
  if (!InWords(kMaking, tokens[v]) && !InWords(kLeadTo, tokens[v])) return nullptr;
  const VerbGroup g = ReadVerbGroup(tokens, TokenSpan{v, v + 1});
  if (g.negated || g.possible || g.attempted || g.failed || g.plotted || g.question)
    return "made by a verb negated, possible or attempted";
  return nullptr;
}

int FindNounModifier(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan noun) {
  // "Iran's retaliatory missile attack", "the US assassination", "Israeli air
  // strikes": an actor right before the noun, past at most two modifiers.
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    // "the Hanoi summit": a city before the noun is the event's place.
    if (x.span.end > noun.begin || !UsableMention(x) || (x.city && !x.possessive)) continue;
    uint32_t gap = noun.begin - x.span.end;
    bool modifiers_only = gap <= 2;
    for (uint32_t k = x.span.end; modifiers_only && k < noun.begin; ++k) {
      const Token& t = tokens[k];
      // "the ILO reiterated its demand": a finite verb or a possessive pronoun
      // between them ends the noun phrase.
      modifiers_only = t.Has(kTokenWord) && !t.Has(kTokenCapitalized) && !IsPreposition(t) &&
                       !IsDeterminer(t) && !IsPossessivePronoun(t);
    }
    if (modifiers_only) return static_cast<int>(m);
  }
  return -1;
}

int FindPronounOwner(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan noun, ClauseWindow window, std::string* why) {
  // "Abe carried messages ... on his visit to Iran", "the ILO reiterated its
  // demand": a possessive pronoun before the noun is the clause's subject.
  for (uint32_t k = noun.begin; k-- > 0 && k + 3 >= noun.begin;) {
    const Token& t = tokens[k];
    if (IsPossessivePronoun(t)) {
      int subject = FindSubject(tokens, mentions, k, window, why);
      if (subject >= 0)
        *why = "source: the owner (his, its, their) of the event noun, the clause's subject";
      return subject;
    }
    if (!t.Has(kTokenWord) || t.Has(kTokenCapitalized) || IsPreposition(t) || IsDeterminer(t))
      break;
  }
  return -1;
}

int FindNominalSource(std::span<const Token> tokens, std::span<const Mention> mentions,
                      TokenSpan noun, ClauseWindow window, bool may_borrow_subject,
                      std::string* why) {
  // ("Kenya and Uganda signed a Qatari-brokered accord": the broker
  // is not who made the agreement.)
  if (int m = FindNounModifier(tokens, mentions, noun);
      m >= 0 && !NamesABroker(tokens, mentions[m])) {
    *why = mentions[m].possessive ? "source: the event noun's possessor (X's attack)"
                                  : "source: the actor modifying the event noun (the X attack)";
    return m;
  }
  // "the attack by Hamas"; past the noun's "of" object: "the arrest of a
  // Turkish journalist by Iranian police".
  uint32_t agent_from = noun.end;
  if (agent_from < tokens.size() && IsWord(tokens[agent_from], "of")) {
    for (uint32_t k = agent_from + 1; k < tokens.size() && k < noun.end + 9; ++k) {
      if (tokens[k].text == "," || IsVerbTag(tokens[k].pos) ||
          (IsPreposition(tokens[k]) && !IsWord(tokens[k], "of") && !IsWord(tokens[k], "by")))
        break;
      if (IsWord(tokens[k], "by")) {
        agent_from = k;
        break;
      }
    }
  }
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.begin >= agent_from && x.span.begin <= agent_from + 3 && UsableMention(x) &&
        IsWord(tokens[x.span.begin - 1], "by")) {
      *why = "source: the event noun's agent (attack by X)";
      return static_cast<int>(m);
    }
  }
  if (int m = FindPronounOwner(tokens, mentions, noun, window, why); m >= 0) return m;
  if (!may_borrow_subject) return -1;
  // "In a Tuesday meeting with Khamis in Tehran, Rouhani thanked ...", "After
  // talks with his Australian counterpart in Beijing, Wang Yi said ...": an
  // event noun in a fronted phrase belongs to the main clause's subject.
  if (!tokens.empty() && (IsPreposition(tokens[0]) || IsWord(tokens[0], "after") ||
                          IsWord(tokens[0], "following") || IsWord(tokens[0], "before"))) {
    uint32_t comma = 0;
    for (uint32_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].text == ",") {
        comma = k;
        break;
      }
    }
    if (comma > noun.end) {
      for (size_t m = 0; m < mentions.size(); ++m) {
        const Mention& x = mentions[m];
        if (x.span.begin > comma && UsableMention(x) && !x.possessive &&
            !AfterPreposition(tokens, x)) {
          *why = "source: the subject of the main clause after a fronted phrase";
          return static_cast<int>(m);
        }
      }
    }
  }
  // "Rouhani held talks with Khamis": the subject of the governing verb, but
  // not a city right before the noun ("the Baghdad meeting").
  int subject = FindSubject(tokens, mentions, noun.begin, window, why);
  if (subject >= 0 && mentions[subject].city && mentions[subject].span.end + 2 >= noun.begin)
    subject = FindSubject(tokens, mentions, mentions[subject].span.begin, window, why);
  // "She insisted that the chemical weapons attack on Douma cannot go
  // unchallenged": an event noun in a that-clause is not the act of the
  // subject who says or thinks it.
  if (subject >= 0)
    for (uint32_t k = mentions[subject].span.end; k < noun.begin; ++k)
      if (IsWord(tokens[k], "that") || IsWord(tokens[k], "whether")) return -1;
  return subject;
}

int ObjectAfterFrontedAgent(std::span<const Token> tokens, std::span<const Mention> mentions,
                            TokenSpan noun, int agent) {
  // "The expulsion by Moscow of twenty British diplomats", "the killing by
  // soldiers of a teenager": the noun, "by", its agent (past an article),
  // then "of" and the party acted on.
  if (agent < 0 || noun.end + 1 >= tokens.size() || !IsWord(tokens[noun.end], "by")) return -1;
  const Mention& a = mentions[agent];
  if (a.span.begin < noun.end + 1 || a.span.begin > noun.end + 2 || a.possessive ||
      a.span.end + 1 >= tokens.size() || !IsWord(tokens[a.span.end], "of"))
    return -1;
  // ("the arrest by the government of Prime Minister Sanchez": an agent with
  // no country of its own is a role whose "of" names its owner, not the
  // party acted on.)
  if (a.code.starts_with(kUnplacedCountry)) return -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.begin <= a.span.end || x.span.begin > a.span.end + 4) continue;
    // Only articles, numbers and adjectives between "of" and the party.
    bool modifiers_only = true;
    for (uint32_t k = a.span.end + 1; k < x.span.begin; ++k)
      modifiers_only &= tokens[k].pos == kPosDT || tokens[k].pos == kPosCD ||
                        tokens[k].pos == kPosJJ || tokens[k].Has(kTokenHyphenated);
    if (modifiers_only && UsableMention(x) && static_cast<int>(m) != agent)
      return static_cast<int>(m);
  }
  return -1;
}

int AnsweredAppealVerb(std::span<const Token> tokens, TokenSpan noun, ClauseWindow window) {
  // Back from the noun over its article, adjectives and owner ("the
  // president's urgent plea") to the verb it is the object of.
  uint32_t k = noun.begin;
  for (int skipped = 0; k > window.begin && skipped < 6; ++skipped) {
    const uint8_t p = tokens[k - 1].pos;
    if (p != kPosDT && p != kPosJJ && !IsNounTag(p) && p != kPosPOS && p != kPosPRPS &&
        p != kPosCD && !tokens[k - 1].Has(kTokenHyphenated) &&
        !tokens[k - 1].Has(kTokenPossessive))
      break;
    --k;
  }
  if (k <= window.begin) return -1;
  // Only verbs that meet the appeal: one rejected, approved or ignored is
  // news of the refusal or approval (coded by its verb), not of the asking.
  static constexpr std::array<std::string_view, 12> kAnswer = {
      "answer", "answers", "answered", "answering", "grant", "grants",
      "granted", "granting", "heed", "heeds", "heeded", "heeding"};
  const Token& t = tokens[k - 1];
  if (InWords(kAnswer, t)) return static_cast<int>(k - 1);
  // "responding to a plea", "reacting to the call".
  static constexpr std::array<std::string_view, 8> kRespondTo = {
      "respond", "responds", "responded", "responding", "react", "reacts", "reacted", "reacting"};
  if (k >= 2 && IsWord(t, "to") && InWords(kRespondTo, tokens[k - 2]))
    return static_cast<int>(k - 2);
  return -1;
}

int OpposingPartyAcrossClause(std::span<const Token> tokens, std::span<const Mention> mentions,
                              TokenSpan verb) {
  static constexpr std::array<std::string_view, 5> kJoiners = {"as", "after", "when", "while",
                                                               "before"};
  auto subject_like = [&](const Mention& x) {
    return UsableMention(x) && !x.possessive && !AfterPreposition(tokens, x);
  };
  // The verb's clause is the subordinate one: the main clause's subject.
  for (uint32_t k = verb.begin; k-- > 0;) {
    if (tokens[k].text == "." || tokens[k].text == ";" || tokens[k].Has(kTokenQuote)) break;
    if (!InWords(kJoiners, tokens[k])) continue;
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& x = mentions[m];
      if (x.span.end > k) break;
      if (subject_like(x)) return static_cast<int>(m);
    }
    return -1;
  }
  // The clause joined after the verb's: its subject, right after the word
  // that opens it ("as the rebels advanced").
  for (uint32_t k = verb.end; k < tokens.size(); ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";" || tokens[k].Has(kTokenQuote)) break;
    if (!InWords(kJoiners, tokens[k])) continue;
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& x = mentions[m];
      // (Its subject: a finite verb follows, past an adverb; "after
      // seizing it" has none of its own.)
      if (x.span.begin <= k || x.span.begin > k + 3 || !UsableMention(x) || x.possessive)
        continue;
      uint32_t v = x.span.end;
      while (v < tokens.size() && IsAuxiliaryOrAdverb(tokens[v]) &&
             !IsFiniteVerbTag(tokens[v].pos))
        ++v;
      if (v < tokens.size() && IsFiniteVerbTag(tokens[v].pos)) return static_cast<int>(m);
    }
    return -1;
  }
  return -1;
}

}  // namespace khaldun::internal
