#include "coder/clause.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "coder/relative_clauses.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// "Rouhani said the commander was assassinated in a US attack because he was
// a supporter of ..." -- "because" starts a clause of its own.
// "flew to Basra in southern Iraq, where British forces are stationed":
// "where" opens a relative clause too.
constexpr std::array<std::string_view, 13> kClauseOpeners = {
    "because", "although", "though", "whereas", "while",   "but",  "which",
    "who",     "whom",     "whose",  "unless",  "whereby", "where"};

// Participles whose agent is the actor behind the thing they qualify.
constexpr std::array<std::string_view, 10> kAgentParticiples = {
    "planted",  "blamed", "claimed", "detonated", "fired",
    "launched", "set",    "sent",    "carried",   "organised"};

constexpr std::array<std::string_view, 9> kBeForms = {"is",   "are",   "was", "were", "be",
                                                      "been", "being", "'s",  "'re"};

constexpr std::array<std::string_view, 20> kAuxiliaries = {
    "is",    "are", "was",   "were",   "be",  "been",  "has",  "have", "had",  "will",
    "would", "can", "could", "should", "may", "might", "must", "did",  "does", "do"};

constexpr std::array<std::string_view, 8> kSubjectPronouns = {"he", "she", "they", "it",
                                                              "we", "i",   "you",  "who"};

constexpr std::array<std::string_view, 6> kAdverbs = {"also",    "further", "then",
                                                      "already", "still",   "reportedly"};

bool IsAdverb(const Token& t) {
  return InWords(kAdverbs, t) ||
         (t.text.size() > 4 && t.text.ends_with("ly") && !t.Has(kTokenCapitalized));
}

// Quotation marks bound clauses too: in '"... and evicting those
// invaders," he underlined', the speaker is not the object of "evicting".
bool IsNounTag(uint8_t pos) {
  return pos == kPosNN || pos == kPosNNS || pos == kPosNNP || pos == kPosNNPS;
}

// "a resolution that threatened Syria": "that" after a noun opens a relative
// clause (with POS tags only; "said that ..." is a complement, which stays in
// the clause of "said" as it always did).
bool IsRelativeThat(std::span<const Token> tokens, uint32_t k) {
  // "guarantees that NATO would not expand", "told Biden in a call that
  // China was ready": before a noun phrase, "that" introduces what was said
  // or asked, and the clause stays one with its verb.
  if (k == 0 || k + 1 >= tokens.size() || !IsWord(tokens[k], "that") ||
      !IsNounTag(tokens[k - 1].pos))
    return false;
  // ("warned the EU that withholding funds would fail": a gerund is no
  // finite verb of a relative clause; "that" opens what was said.)
  if (IsVerbTag(tokens[k + 1].pos)) return tokens[k + 1].pos != kPosVBG;
  // "a bill that critics say mirrors a Russian law": a speaker named in
  // passing inside the relative clause.
  static constexpr std::array<std::string_view, 6> kSay = {"say",     "says",   "said",
                                                           "believe", "allege", "argue"};
  return k + 2 < tokens.size() && tokens[k - 1].pos != kPosNNP && tokens[k + 1].pos == kPosNNS &&
         !tokens[k + 1].Has(kTokenCapitalized) && InWords(kSay, tokens[k + 2]);
}

bool IsRelativePronoun(std::span<const Token> tokens, uint32_t k) {
  return IsWord(tokens[k], "which") || IsWord(tokens[k], "who") || IsRelativeThat(tokens, k);
}

// Words that open a phrase of time or circumstance around the event.
constexpr std::array<std::string_view, 6> kSettingWords = {"after",     "before", "since",
                                                           "following", "amid",   "despite"};

// Temporal and causal subordinators only: after "if", "unless" and "until"
// the clause's subject is what a threat or a refusal is aimed at ("vowed
// countermeasures if Washington raised tariffs").
constexpr std::array<std::string_view, 6> kSubordinators = {"after", "before", "when",
                                                            "since", "once",   "as"};

// Participles of speech or stance, which look back to the main clause's
// subject across another clause.
// "Netanyahu's office", "Erdogan's spokesman": who speaks for the party
// named before them.
constexpr std::array<std::string_view, 6> kSpeakersFor = {
    "office", "spokesman", "spokeswoman", "spokesperson", "aides", "camp"};

constexpr std::array<std::string_view, 24> kStanceParticiples = {
    "accusing",  "rejecting",   "saying",     "calling",   "urging",     "warning",
    "demanding", "blaming",     "denying",    "dismissing", "describing", "citing",
    "criticising", "criticizing", "condemning", "threatening", "insisting", "arguing",
    "praising",  "welcoming",   "vowing",     "pledging",  "snubbing",   "asking"};

bool IsBoundary(const Token& t) {
  return t.text == ";" || t.text == ":" || t.Has(kTokenQuote) || InWords(kClauseOpeners, t);
}

// "such a grave US crime": an actor right before a common noun modifies the
// noun; it is not the subject of a later verb. Needs POS tags.
bool ModifiesNextNoun(std::span<const Token> tokens, const Mention& m) {
  if (m.span.end >= tokens.size()) return false;
  const Token& next = tokens[m.span.end];
  // "NATO leaders meeting in Wales promised ...": a word in -ing after the
  // actor is a participle the tagger read as a noun. "The German government
  // today welcomed ...": a time adverb is no noun the actor modifies.
  static constexpr std::array<std::string_view, 6> kTimeWords = {
      "today", "yesterday", "tonight", "tomorrow", "now", "overnight"};
  return (next.pos == kPosNN || next.pos == kPosNNS) && !next.Has(kTokenCapitalized) &&
         !next.text.ends_with("ing") && !InWords(kTimeWords, next);
}

// "thwarted", "taken", "struck": forms that can be past participles.
bool LooksParticiple(const Token& t) {
  std::string_view w = t.text;
  static constexpr std::array<std::string_view, 14> kIrregular = {
      "shot", "hit",    "struck", "held", "caught", "put",   "set",
      "met",  "fought", "sought", "led",  "beaten", "slain", "cut"};
  return w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn") || InWords(kIrregular, t);
}

// An implicit party ("the government of the protesters' country") has no
// words: it is no subject or object of any verb.
bool UsableMention(const Mention& m) { return !m.locative && !m.code.empty() && !m.span.empty(); }

// "Thousands of Egyptian protesters marched": after a quantity, "of" does
// not make the actor a prepositional object; the actor is the subject.
// "A mob of Donald Trump's supporters stormed", "a crowd of students".
// "A member of the Syrian parliament started a hunger strike": one person of
// the actor is the actor. So is a body of troops: "the first deployment of
// NATO peacekeeping troops arrived in Bosnia", "a convoy of Turkish troops
// entered Idlib", "a unit of Russian soldiers crossed the border".
constexpr std::array<std::string_view, 29> kQuantities = {
    "thousands", "hundreds",   "dozens", "tens",       "millions",   "scores",     "some",   "many",
    "several",   "group",      "groups", "members",    "mob",        "crowd",      "crowds", "band",
    "gang",      "member",     "one",    "delegation", "contingent", "deployment", "batch",  "unit",
    "units",     "detachment", "convoy", "battalion",  "squad"};

// "backers of exiled former president Mohamed Nasheed marched": an
// adjective or participle before the name ("jailed", "ousted", "exiled")
// does not end the prepositional phrase.
bool AfterPreposition(std::span<const Token> tokens, const Mention& m) {
  uint32_t b = m.span.begin;
  if (b >= 2 && (tokens[b - 1].pos == kPosVBN || tokens[b - 1].pos == kPosJJ) &&
      !tokens[b - 1].Has(kTokenCapitalized) && IsPreposition(tokens[b - 2]))
    --b;
  if (b == 0 || !IsPreposition(tokens[b - 1])) return false;
  if (b >= 2 && IsWord(tokens[b - 1], "of") && InWords(kQuantities, tokens[b - 2]))
    return false;
  return true;
}

// A crowd or group of people outside the state (OPP, EDU, LAB, AGR, REL,
// CVL), country known or not: the parties that march, strike and rally.
bool CrowdOfPeople(const Mention& m) {
  if (!UsableMention(m) || m.possessive || m.code.size() != 6) return false;
  static constexpr std::string_view kCrowds[] = {"OPP", "EDU", "LAB", "AGR", "REL", "CVL"};
  const std::string_view sector = std::string_view(m.code).substr(3, 3);
  return std::find(std::begin(kCrowds), std::end(kCrowds), sector) != std::end(kCrowds);
}

// A present participle that can open a reduced relative clause ("students
// protesting"), not one that works as a preposition ("civilians including
// children", "protesters following the rally").
bool ReducedRelativeParticiple(const Token& t) {
  static constexpr std::string_view kPrepositional[] = {
      "including", "according", "following", "regarding", "concerning", "during", "excluding"};
  if (InWords(kPrepositional, t)) return false;
  return t.pos == kPosVBG;
}

}  // namespace

bool IsFiniteVerbTag(uint8_t pos) {
  return pos == kPosVBD || pos == kPosVBZ || pos == kPosVBP || pos == kPosMD;
}

bool IsNegation(const Token& t) {
  // A first-letter test before the word compares: pattern gaps call this for
  // every token they pass.
  if (t.text.size() < 3 || t.text.size() > 5 || (t.text[0] != 'n' && t.text[0] != 'N'))
    return false;
  return IsWord(t, "not") || IsWord(t, "n't") || IsWord(t, "never");
}

bool OwnedBySubject(std::span<const Token> tokens, const Mention& m) {
  if (m.owned) return true;
  if (!m.unplaced || m.span.begin == 0) return false;
  const Token& before = tokens[m.span.begin - 1];
  return IsPossessivePronoun(before);
}

// "..., the White House announced Tuesday.", "..., a Jordanian official
// confirmed.", "..., officials said.": a comma followed by a short reporting
// clause that ends the sentence names who reported it, not a party to the
// events before the comma.
bool StartsTrailingAttribution(std::span<const Token> tokens, uint32_t comma) {
  static constexpr std::array<std::string_view, 15> kReporting = {
      "said", "says",  "announced", "confirmed", "reported",  "added",    "stated",   "noted",
      "told", "found", "concluded", "wrote",     "estimated", "insisted", "according"};
  if (tokens[comma].text != ",") return false;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t q = comma + 1; q < n && q <= comma + 7; ++q) {
    if (tokens[q].text == "," || IsBoundary(tokens[q])) return false;
    if (!InWords(kReporting, tokens[q])) continue;
    // The reporting clause runs to the end: at most a time phrase after the
    // verb ("said on Thursday", "told reporters").
    uint32_t rest = 0;
    for (uint32_t r = q + 1; r < n && tokens[r].Has(kTokenWord); ++r) ++rest;
    if (IsWord(tokens[q], "according")) return q + 1 < n && IsWord(tokens[q + 1], "to");
    return q + 1 + rest >= n - 1 && rest <= 3;
  }
  return false;
}

ClauseWindow ClauseAround(std::span<const Token> tokens, uint32_t at) {
  ClauseWindow w{0, static_cast<uint32_t>(tokens.size())};
  for (uint32_t k = at; k-- > 0;) {
    if (IsBoundary(tokens[k]) || IsRelativeThat(tokens, k)) {
      w.begin = k + 1;
      break;
    }
  }
  for (uint32_t k = at + 1; k < tokens.size(); ++k) {
    if (IsBoundary(tokens[k]) || IsRelativeThat(tokens, k) ||
        StartsTrailingAttribution(tokens, k)) {
      w.end = k;
      break;
    }
  }
  // "Iran's navy, which has seized three tankers, detained a British ship":
  // a relative clause set off by commas ends where the main verb resumes.
  // So does a participle phrase: "Chile's envoy, asked about the vote,
  // criticised Peru" lends "asked" no object.
  if (w.begin > 0)
    if (const uint32_t close = RelativeClauseClose(tokens, w.begin - 1, w.end); close > at)
      w.end = close;
  if (const uint32_t close = ParticiplePhraseClose(tokens, at, w.end); close > at) w.end = close;
  return w;
}

bool IsAuxiliaryOrAdverb(const Token& t) {
  return InWords(kBeForms, t) || InWords(kAuxiliaries, t) || IsAdverb(t) || IsNegation(t);
}

// "is ready to contribute troops", "plans to deploy", "is set to sign",
// "is due to visit", "was scheduled to meet"; and a bare "be to": "Jack
// Straw is to visit Thailand", "the WTO is to hold talks with Iraq".
bool AnnouncesAnInfinitive(const Token& t) {
  // ("Iran wants to improve ties with Riyadh", "hopes to visit Kabul",
  // "Malaysia expects to resume exports", "intended to build", "is
  // preparing to send": a wish, hope or aim of one's own is announced too.)
  static constexpr std::array<std::string_view, 37> kReadiness = {
      "ready",   "prepared",  "willing",   "plans",     "plan",     "planning", "intends",
      "intend",  "intending", "set",       "going",     "poised",   "due",      "scheduled",
      "slated",  "expected",  "is",        "are",       "was",      "were",     "want",
      "wants",   "wanted",    "wanting",   "hope",      "hopes",    "hoped",    "hoping",
      "wish",    "wishes",    "expect",    "expects",   "aims",     "aiming",   "intended",
      "planned", "preparing"};
  return InWords(kReadiness, t);
}

namespace {

// The closing comma of a phrase set off after a noun is followed by the
// sentence's verb: "Habib, previously accused of terrorist offences, will be
// released" (an auxiliary or a finite verb, perhaps after "and").
bool CommaBeforeFiniteVerb(std::span<const Token> tokens, uint32_t comma) {
  uint32_t q = comma + 1;
  if (q < tokens.size() && IsWord(tokens[q], "and")) ++q;
  while (q < tokens.size() && IsAdverb(tokens[q])) ++q;
  return q < tokens.size() && IsFiniteVerbTag(tokens[q].pos);
}

// "Takuma, convicted for murdering eight children, has been executed",
// "three British men are in custody in Syria, accused of being members of
// Isis", "the agency, asked about the reports, said": a past participle right
// after a comma (past one adverb: "previously accused"), that follows a noun
// or a number ("James Matthews, 43, accused of") and takes a preposition
// rather than an object, describes what stands before the comma; it is a
// passive with no agent, not the act of anyone named before it. It must sit
// between commas before the sentence's verb, or follow a clause that has its
// verb already. Not "The Israeli prime minister, Ariel Sharon, apologized to
// Egypt" (no verb before, none after), nor a series of acts ("marched through
// the capital, gathered in the square and demanded ...").
bool DescribesNounBeforeComma(std::span<const Token> tokens, TokenSpan verb) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (verb.size() != 1 || verb.end >= n) return false;
  const Token& v = tokens[verb.begin];
  if ((v.pos != kPosVBN && v.pos != kPosVBD) || !LooksParticiple(v) ||
      v.Has(kTokenCapitalized))
    return false;
  if (!IsPreposition(tokens[verb.end]) || IsWord(tokens[verb.end], "by")) return false;
  uint32_t comma = verb.begin;
  if (comma > 0 && tokens[comma - 1].pos == kPosRB) --comma;
  if (comma < 2 || tokens[comma - 1].text != ",") return false;
  const uint8_t before = tokens[comma - 2].pos;
  if (!IsNounTag(before) && before != kPosCD) return false;
  // (Not the verb of a relative clause this comma closes: "Israel's envoy,
  // who flew in on Monday, agreed to talks" has no verb before "agreed".)
  const bool verb_before = FiniteVerbBeforeComma(tokens, comma - 1);
  for (uint32_t k = verb.end; k < n; ++k) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ":") break;
    // "Kim Yo Jong, the sister of Kim Jong Un, warned on Saturday that ...,
    // and threatened ...": a verb joined by "and" to the participle makes it
    // the subject's first verb, unless the clause has had its verb before.
    if (t.text == ",")
      return CommaBeforeFiniteVerb(tokens, k) && (verb_before || !IsWord(tokens[k + 1], "and"));
    if (IsWord(t, "and") && k + 1 < n && tokens[k + 1].pos == kPosVBD) return false;
  }
  // The phrase ends the sentence: the clause before the comma has its verb.
  return verb_before;
}

// The mood a verb takes from the verb it is coordinated with ("might
// expel the envoy and close the border", "would be tried and jailed").
void ShareMood(const VerbGroup& from, VerbGroup* g) {
  g->future |= from.future;
  g->possible |= from.possible;
  g->obligation |= from.obligation;
  g->negated |= from.negated;
  g->plotted |= from.plotted;
  g->attempted |= from.attempted;
  g->failed |= from.failed;
}

}  // namespace

constexpr std::array<std::string_view, 6> kTimeAdverbs = {"now",  "soon",  "even",
                                                          "ever", "again", "yet"};

namespace {
VerbGroup ReadVerbGroupAt(std::span<const Token> tokens, TokenSpan verb);
}  // namespace

// "China refused on Thursday to describe the attack as an invasion", "the
// rebels failed in March to take the city": a date between the governing
// word and "to" is read as if it were not there, so that the infinitive
// takes the mood of "refused", "failed", "plans" as it does without it.
VerbGroup ReadVerbGroup(std::span<const Token> tokens, TokenSpan verb) {
  const uint32_t to = verb.begin > 0 ? verb.begin - 1 : 0;
  if (to >= 3 && IsWord(tokens[to], "to")) {
    for (uint32_t p = to >= 4 ? to - 4 : 1; p + 1 < to; ++p) {
      // ("sent a bill on Monday to expropriate the company": after a noun,
      // the date is the verb's and "to" the noun's purpose; left as it is.)
      if (!OpensADate(tokens, p) || DateEnd(tokens, p) != to || IsNounTag(tokens[p - 1].pos))
        continue;
      std::vector<Token> undated(tokens.begin(), tokens.begin() + p);
      undated.insert(undated.end(), tokens.begin() + to, tokens.end());
      const uint32_t cut = to - p;
      return ReadVerbGroupAt(undated, TokenSpan{verb.begin - cut, verb.end - cut});
    }
  }
  return ReadVerbGroupAt(tokens, verb);
}

namespace {
VerbGroup ReadVerbGroupAt(std::span<const Token> tokens, TokenSpan verb) {
  VerbGroup g;
  // Walk back over adverbs and the auxiliary chain: "has not yet been".
  uint32_t k = verb.begin;
  bool saw_be = false;
  bool saw_have = false;
  bool perfect = false;
  while (k > 0) {
    const Token& t = tokens[k - 1];
    // "a draft resolution that would have condemned its annexation": a
    // modal before "have" and a participle is what did not happen.
    if (saw_have &&
        (IsWord(t, "would") || IsWord(t, "could") || IsWord(t, "might") || IsWord(t, "should")))
      g.plotted = true;
    saw_have = IsWord(t, "have");
    perfect |= (IsWord(t, "have") || IsWord(t, "has") || IsWord(t, "had")) && !t.Has(kTokenCapitalized);
    // ("The French growers could now charge that ...", "may soon expel":
    // adverbs of time between the modal and the verb.)
    if (IsNegation(t)) {
      g.negated = true;
    } else if (IsAdverb(t) || (InWords(kTimeAdverbs, t) && !t.Has(kTokenCapitalized))) {
    } else if (InWords(kBeForms, t) && !t.Has(kTokenPossessive)) {
      saw_be = true;
    } else if (InWords(kAuxiliaries, t)) {
      g.future |= IsWord(t, "will") || IsWord(t, "would") || IsWord(t, "shall");
      g.obligation |= IsWord(t, "must") || IsWord(t, "should");
      // "Theresa May expelled ...": the surname is no modal.
      g.possible |= !t.Has(kTokenCapitalized) &&
                    (IsWord(t, "may") || IsWord(t, "might") || IsWord(t, "could"));
    } else if (IsWord(t, "'ll")) {
      g.future = true;
    } else {
      break;
    }
    --k;
  }
  // "vowed not to attack Iraq", "urged Iran not to retaliate": a negated
  // infinitive reports no act.
  if (k >= 2 && IsWord(tokens[k - 1], "to") && IsNegation(tokens[k - 2])) g.negated = true;
  // "warned Iran against attacking Israel", "is considering sending troops",
  // "refrained from attacking": an act warned against, weighed or held back
  // is not done.
  static constexpr std::array<std::string_view, 9> kBeforeUndone = {
      "against", "considering", "consider",      "considers", "considered",
      "mulling", "weighing",    "contemplating", "refrain"};
  if (tokens[verb.begin].text.ends_with("ing") && k >= 1 &&
      (InWords(kBeforeUndone, tokens[k - 1]) ||
       (k >= 2 && IsWord(tokens[k - 1], "from") &&
        (IsWord(tokens[k - 2], "refrain") || IsWord(tokens[k - 2], "refrained") ||
         IsWord(tokens[k - 2], "refrains") || IsWord(tokens[k - 2], "desist")))))
    g.plotted = true;
  // "Turkish jets could not operate without Russia agreeing not to use its
  // missiles", "annexed Crimea without firing a shot", "chose talks instead
  // of attacking", "avoided meeting the envoy": a gerund after "without",
  // "instead of" or a verb of avoiding names an act not done.
  static constexpr std::array<std::string_view, 5> kAvoid = {"avoid", "avoids", "avoided",
                                                             "avoiding", "without"};
  if (tokens[verb.begin].text.ends_with("ing") && k >= 1 &&
      (InWords(kAvoid, tokens[k - 1]) ||
       (k >= 2 && IsWord(tokens[k - 1], "of") && IsWord(tokens[k - 2], "instead"))))
    g.negated = true;
  // "Turkish jets cannot fly there without both Moscow and Damascus
  // agreeing", "without the UN approving it": the gerund may have its own
  // subject after "without" (names, a determiner and nouns, "both", "and",
  // an object pronoun).
  if (tokens[verb.begin].pos == kPosVBG && k >= 2 && k == verb.begin) {
    static constexpr std::array<std::string_view, 6> kSubjectWords = {"both", "and", "the",
                                                                      "them", "him", "it"};
    for (uint32_t q = k; q-- > 0 && q + 7 > k;) {
      const Token& t = tokens[q];
      if (IsWord(t, "without")) {
        if (q + 1 < k) g.negated = true;
        break;
      }
      const bool subject_word = t.pos == kPosNNP || t.pos == kPosNNPS ||
                                (IsNounTag(t.pos) && q + 1 == k) || InWords(kSubjectWords, t) ||
                                t.Has(kTokenPossessive);
      if (!subject_word) break;
    }
  }
  // "there was no agreement yet on holding a summit", "a row over deploying
  // troops", "the talks focused on ending the blockade", "a campaign aimed
  // at toppling the junta", "with a view to opening talks", "the idea of
  // restoring ties": a gerund after "on", "about" or "over" that follows a
  // noun or a verb of agreeing, deciding or insisting names what is spoken
  // of, and one after "aimed at", "with a view to" or "the aim (goal, idea)
  // of" a purpose; neither is done ("went on fighting" is).
  if (tokens[verb.begin].text.ends_with("ing") && tokens[verb.begin].pos == kPosVBG && k >= 2) {
    const Token& prep = tokens[k - 1];
    const Token& head = tokens[k - 2];
    static constexpr std::array<std::string_view, 17> kTopicVerbs = {
        "agree",  "agreed",   "agrees",   "agreeing", "decide",  "decided",
        "decides", "insist",  "insisted", "insists",  "insisting", "focus",
        "focused", "focusing", "bent",    "intent",   "keen"};
    static constexpr std::array<std::string_view, 5> kAimAt = {"aimed", "aiming", "aim", "aims",
                                                               "targeted"};
    static constexpr std::array<std::string_view, 10> kAimOf = {
        "aim", "goal", "purpose", "intention", "prospect", "idea", "possibility", "hope",
        "hopes", "object"};
    const bool topic = (IsWord(prep, "on") || IsWord(prep, "about") || IsWord(prep, "over")) &&
                       ((IsNounTag(head.pos) && !head.Has(kTokenCapitalized) &&
                         !IsQuantityWord(head)) ||
                        InWords(kTopicVerbs, head));
    const bool aim = (IsWord(prep, "at") && InWords(kAimAt, head)) ||
                     (IsWord(prep, "to") && IsWord(head, "view")) ||
                     (IsWord(prep, "of") && InWords(kAimOf, head));
    if (topic || aim) g.plotted = true;
  }
  // "imposed sanctions in a bid to pressure Moscow", "in an effort to end
  // the war", "in order to stop": a purpose is not yet done.
  static constexpr std::array<std::string_view, 7> kPurposes = {
      "bid", "bids", "effort", "efforts", "attempt", "attempts", "order"};
  if (k >= 2 && IsWord(tokens[k - 1], "to") && InWords(kPurposes, tokens[k - 2])) g.plotted = true;
  // "Chile and Peru signed an accord to reopen their border", "the UN
  // approved a mission to monitor the truce", "a call to boycott the vote",
  // "talks to end the strike", "Britain has a duty to protect them": an
  // infinitive right after a noun of agreement, proposal, undertaking or
  // appeal says what that is for, and one after a noun of duty, right or
  // ability what may or must be done; the noun may be the event, the
  // infinitive's act is not done. (Not a party's decision
  // or move, which is its act, nor force used: "police used force to clear
  // the square".)
  static constexpr std::array<std::string_view, 54> kPurposeNouns = {
      "offensive", "assault",    "crackdown", "offensives",
      "responsibility", "duty",   "obligation", "right",    "power",
      "ability",   "capacity",   "willingness", "readiness", "determination", "intention",
      "desire",    "wish",
      "agreement", "agreements", "deal",      "deals",       "accord",      "accords",
      "pact",      "treaty",     "proposal",  "proposals",   "offer",       "campaign",
      "mission",   "missions",   "force",     "operation",   "operations",  "resolution",
      "initiative", "drive",     "push",      "scheme",      "strategy",    "bill",
      "legislation", "motion",   "talks",     "negotiations", "ultimatum",  "call",
      "calls",     "request",    "requests",  "appeal",      "appeals",     "plea",
      "summit"};
  // (A mission sent or set up to investigate starts its inquiry: "the
  // council set up a fact-finding mission to investigate the killings".)
  static constexpr std::array<std::string_view, 3> kInquiries = {"investigate", "probe",
                                                                 "examine"};
  const bool inquiring_mission = k >= 3 &&
                                 (IsWord(tokens[k - 2], "mission") ||
                                  IsWord(tokens[k - 2], "missions")) &&
                                 InWords(kInquiries, tokens[k]);
  if (k >= 3 && IsWord(tokens[k - 1], "to") && InWords(kPurposeNouns, tokens[k - 2]) &&
      !IsVerbTag(tokens[k - 2].pos) && !inquiring_mission &&
      !(IsWord(tokens[k - 2], "force") && tokens[k - 3].text.starts_with("us")))
    g.plotted = true;
  // "Two Britons travelled to Syria to fight Isis", "the minister flew to
  // Kabul to hand over the aid": an infinitive after a verb of going and its
  // destination is the trip's purpose (coder: a material act, 06-20, is not
  // done; talks and statements, the trip's business, are).
  if (k >= 3 && IsWord(tokens[k - 1], "to")) {
    static constexpr std::array<std::string_view, 26> kGoing = {
        "travel", "travelled", "traveled",  "travels", "travelling", "went",    "go",
        "goes",   "gone",      "came",      "come",    "comes",      "flew",    "fly",
        "flies",  "headed",    "heads",     "arrived", "arrive",     "arrives", "returned",
        "rushed", "crossed",   "journeyed", "sailed",  "left"};
    for (uint32_t q = k - 1; q-- > 0 && q + 9 > k;) {
      const Token& t = tokens[q];
      if (t.text == "," || t.text == ";" || IsWord(t, "and") || IsWord(t, "that")) break;
      // ("went to fight": a destination must come between; "went on to
      // massacre civilians" is what they did next.)
      // The destination follows the verb: "to", "into", "back", "home" or a
      // place's name ("left Britain to join the militia"), not "has come
      // under fire for his decision to revoke ...".
      if (InWords(kGoing, t) && !t.Has(kTokenCapitalized)) {
        static constexpr std::array<std::string_view, 8> kWhither = {
            "to", "into", "back", "home", "abroad", "there", "over", "across"};
        g.purpose = q + 2 < k && (InWords(kWhither, tokens[q + 1]) ||
                                  tokens[q + 1].pos == kPosNNP || tokens[q + 1].pos == kPosDT);
        break;
      }
      if (IsWord(t, "for") || IsWord(t, "of") || IsPossessivePronoun(t)) break;
      if (IsVerbTag(t.pos) || t.pos == kPosMD || IsWord(t, "to")) {
        if (!IsWord(t, "to")) break;
      }
    }
  }
  // "Aid groups want Britain to press Washington", "they expect Tokyo to
  // extend the ban", "officials hope Japanese banks will help Nigeria": an
  // act someone else wants, expects or hopes another party to do, told as
  // an infinitive after that party or as its clause with a modal, is not
  // done.
  {
    static constexpr std::array<std::string_view, 15> kWishing = {
        "want",   "wants",  "wanted", "wanting", "expect", "expects", "expected", "hope",
        "hopes",  "hoped",  "hoping", "wish",    "wishes", "wished",  "prefer"};
    const bool infinitive = k >= 2 && IsWord(tokens[k - 1], "to");
    const bool modal = k < verb.begin && (g.future || g.possible);
    if (infinitive || modal) {
      uint32_t q = infinitive ? k - 1 : k;
      int party_words = 0;
      while (q > 0 && party_words < 6) {
        const Token& t = tokens[q - 1];
        const bool np = IsNounTag(t.pos) || t.pos == kPosDT || t.pos == kPosJJ ||
                        t.pos == kPosPRP || t.pos == kPosPRPS || t.pos == kPosCD ||
                        t.Has(kTokenPossessive);
        if (!np || InWords(kWishing, t)) break;
        --q;
        ++party_words;
      }
      if (q > 0 && IsWord(tokens[q - 1], "that") && modal) --q;
      if (party_words > 0 && q > 0 && InWords(kWishing, tokens[q - 1])) g.plotted = true;
    }
  }
  // "rumours that Israel poisoned Arafat", "denied allegations that its
  // troops shelled the village", "speculation that he would stand against
  // the minister": a clause after a noun of rumour, claim, report or fear
  // tells what is said or feared, not an act the text reports.
  {
    static constexpr std::array<std::string_view, 26> kHearsay = {
        "rumour",     "rumours",    "rumor",      "rumors",     "allegation", "allegations",
        "claim",      "claims",     "speculation", "suggestion", "suggestions", "report",
        "reports",    "fears",      "fear",       "concerns",   "suspicion",  "suspicions",
        "possibility", "likelihood", "risk",      "danger",     "prospect",   "notion",
        "belief",     "theory"};
    uint32_t q = k;
    for (int party_words = 0; q > 0 && party_words < 6; ++party_words) {
      const Token& t = tokens[q - 1];
      const bool np = IsNounTag(t.pos) || t.pos == kPosDT || t.pos == kPosJJ ||
                      t.pos == kPosPRP || t.pos == kPosPRPS || t.pos == kPosCD ||
                      t.Has(kTokenPossessive);
      if (!np || IsWord(t, "that")) break;
      --q;
    }
    // ("a report that Beijing denounced as a farce": with the verb's object
    // missing, "that" is a relative pronoun and the verb an act.)
    const bool object_gap =
        verb.end >= tokens.size() || tokens[verb.end].text == "," ||
        tokens[verb.end].text == "." || tokens[verb.end].text == ";" ||
        IsWord(tokens[verb.end], "as") || IsWord(tokens[verb.end], "and") ||
        IsWord(tokens[verb.end], "but");
    if (q >= 2 && q < k && !object_gap && IsWord(tokens[q - 1], "that") &&
        InWords(kHearsay, tokens[q - 2]))
      g.plotted = true;
  }
  // "plotting to kidnap", "conspired to kill": a plot is no act.
  static constexpr std::array<std::string_view, 8> kPlots = {
      "plotting", "plotted", "plot", "plots", "conspiring", "conspired", "conspiracy", "scheming"};
  if (k >= 2 && IsWord(tokens[k - 1], "to") && InWords(kPlots, tokens[k - 2])) g.plotted = true;
  // "Turkey, which occupies northern Cyprus, ...", "Russia, which backs
  // Assad, ...": a verb in the simple present right after a relative
  // pronoun describes its antecedent (coder: unless it is a speech act).
  if (k == verb.begin || (k + 1 == verb.begin && IsAdverb(tokens[k]))) {
    const uint8_t own = tokens[verb.begin].pos;
    if (k >= 1 && (own == kPosVBZ || own == kPosVBP) &&
        (IsWord(tokens[k - 1], "which") || IsWord(tokens[k - 1], "who") ||
         (IsWord(tokens[k - 1], "that") && IsRelativeThat(tokens, k - 1))))
      g.relative_present = true;
  }
  // "the PKK, which has waged an insurgency against Ankara since 1984",
  // "Qatar, which had backed the rebels": a perfect right after a relative
  // pronoun tells what the antecedent has been doing (coder: support, aid
  // and fighting so told describe it, they are no news).
  if (perfect && k >= 1 &&
      (IsWord(tokens[k - 1], "which") || IsWord(tokens[k - 1], "who") ||
       (IsWord(tokens[k - 1], "that") && IsRelativeThat(tokens, k - 1))))
    g.relative_perfect = true;
  // "The US has long partnered with Syrian Kurdish forces", "Russia has long
  // presented itself as a counterweight", "American aid has long underpinned
  // Europe's security": a perfect with "long" tells a lasting state of
  // affairs, not news of an act.
  if (k >= 2 && IsWord(tokens[k - 1], "long") &&
      (IsWord(tokens[k - 2], "has") || IsWord(tokens[k - 2], "have") ||
       IsWord(tokens[k - 2], "had")) &&
      (tokens[verb.begin].pos == kPosVBN || tokens[verb.begin].pos == kPosVBD))
    g.lasting = true;
  // "Tillerson sought to strike a deal with Erdogan", "Turkmenistan is trying
  // to strike a deal with Russia", "gunmen tried to storm the embassy": an
  // attempt names an act not (yet) done.
  static constexpr std::array<std::string_view, 14> kAttempts = {
      "sought",    "seek",     "seeks",  "seeking",  "tried",     "try",      "tries",
      "trying",    "attempted", "attempting", "strove", "striving", "struggled", "struggling"};
  if (k >= 2 && IsWord(tokens[k - 1], "to") && InWords(kAttempts, tokens[k - 2]))
    g.attempted = true;
  // "Israel failed to release the prisoners", "Russia declined to attend the
  // talks", "the US was unable to broker a truce": an act failed, refused or
  // beyond reach is not done (a refusal with a pattern of its own, "refused
  // to release" 1243, has read the infinitive already).
  static constexpr std::array<std::string_view, 17> kNotDone = {
      "failed",   "fail",      "fails",     "failing", "refused",   "refuse",
      "refuses",  "refusing",  "declined",  "decline", "declines",  "declining",
      "unable",   "unwilling", "reluctant", "neglected", "omitted"};
  if (k >= 2 && IsWord(tokens[k - 1], "to") && InWords(kNotDone, tokens[k - 2])) g.failed = true;
  if (k >= 2 && IsWord(tokens[k - 1], "to") && AnnouncesAnInfinitive(tokens[k - 2]))
    g.future = true;
  // "Italy may need to call on the EU", "Iran could decide to expel the
  // envoy", "the UK would have to deport them": an infinitive under a verb
  // that is itself possible, announced or owed shares its mood; so does one
  // after "likely", "able" or "capable" ("Erdogan was likely to press the
  // UK", "Iran is able to strike Israel"); "has yet to sign", "is unlikely to
  // attend": not done.
  if (k >= 3 && IsWord(tokens[k - 1], "to")) {
    const Token& governor = tokens[k - 2];
    static constexpr std::array<std::string_view, 4> kAble = {"likely", "able", "capable",
                                                              "possible"};
    // ("The Syrian air force was able to bomb Douma": what one was able to
    // do, one did.)
    const bool achieved = IsWord(governor, "able") &&
                          (IsWord(tokens[k - 3], "was") || IsWord(tokens[k - 3], "were"));
    if (InWords(kAble, governor) && !achieved) g.possible = true;
    if (IsWord(governor, "yet") || IsWord(governor, "unlikely")) g.negated = true;
    if (governor.pos == kPosVB && !governor.Has(kTokenCapitalized)) {
      for (uint32_t q = k - 2; q-- > 0;) {
        const Token& a = tokens[q];
        if (a.Has(kTokenCapitalized)) break;
        if (IsWord(a, "may") || IsWord(a, "might") || IsWord(a, "could")) {
          g.possible = true;
          break;
        }
        if (IsWord(a, "will") || IsWord(a, "would") || IsWord(a, "'ll")) {
          g.future = true;
          break;
        }
        if (IsWord(a, "must") || IsWord(a, "should")) {
          g.obligation = true;
          break;
        }
        if (!IsAdverb(a) && !IsNegation(a) && !InWords(kTimeAdverbs, a)) break;
      }
    }
  }
  // "does not plan to deploy forces", "is not ready to send troops", "Turkey
  // would not dare to shell our cities", "did not try to stop them": a
  // negated verb or readiness word negates the act of its infinitive (not
  // a verb that is negative itself: "did not hesitate to strike", "did not
  // fail to condemn").
  static constexpr std::array<std::string_view, 8> kNegative = {
      "hesitate", "hesitated", "fail", "failed", "cease", "ceased", "refuse", "refused"};
  if (k >= 3 && IsWord(tokens[k - 1], "to") && !InWords(kNegative, tokens[k - 2]) &&
      (IsVerbTag(tokens[k - 2].pos) || AnnouncesAnInfinitive(tokens[k - 2]) ||
       InWords(kNotDone, tokens[k - 2]))) {
    for (uint32_t q = k - 2; q-- > 0;) {
      if (IsNegation(tokens[q])) {
        g.negated = true;
        break;
      }
      if (!IsAdverb(tokens[q]) && !InWords(kAuxiliaries, tokens[q]) &&
          !InWords(kBeForms, tokens[q]))
        break;
    }
  }
  // "France has provided no evidence to Syria", "Russia made no concessions
  // to Ukraine": an object with "no" names no act done ("killed no fewer
  // than 20 people" counts).
  {
    uint32_t a = verb.end;
    if (a < tokens.size() && tokens[a].pos == kPosRB && !IsWord(tokens[a], "no")) ++a;
    static constexpr std::array<std::string_view, 6> kComparatives = {"fewer",  "less",  "more",
                                                                      "later", "longer", "sooner"};
    if (a + 1 < tokens.size() && IsWord(tokens[a], "no") && !InWords(kComparatives, tokens[a + 1]))
      g.negated = true;
  }
  // "Did Russia attack Ukraine?", "Will Iran retaliate against Israel?": a
  // verb in the clause that ends with a question mark asks, it does not
  // report.
  for (uint32_t q = verb.end; q < tokens.size(); ++q) {
    const std::string_view w = tokens[q].text;
    if (w == "," || w == ";" || w == ":" || w == "." || w == "!" || w == "\"" ||
        tokens[q].Has(kTokenQuote))
      break;
    if (w == "?") {
      g.question = true;
      break;
    }
  }
  // "Iran might expel the Iraqi envoy and close the border", "the rebels
  // could wage a campaign and fight the government": a bare verb joined by
  // "and" or "or" to an earlier bare verb shares its mood.
  if (k == verb.begin && k >= 3 && tokens[verb.begin].pos == kPosVB &&
      (IsWord(tokens[k - 1], "and") || IsWord(tokens[k - 1], "or"))) {
    for (uint32_t q = k - 1; q-- > 0 && q + 20 > k;) {
      const Token& t = tokens[q];
      if (t.text == ";" || t.text == ":" || t.Has(kTokenQuote) || IsFiniteVerbTag(t.pos) ||
          IsWord(t, "that"))
        break;
      if (t.pos != kPosVB || t.Has(kTokenCapitalized)) continue;
      const VerbGroup first = ReadVerbGroup(tokens, TokenSpan{q, q + 1});
      ShareMood(first, &g);
      break;
    }
  }
  // "was shot and seriously wounded by a gunman": a participle coordinated
  // with an earlier passive participle is passive too.
  if (!saw_be && k >= 2 && (IsWord(tokens[k - 1], "and") || IsWord(tokens[k - 1], "or"))) {
    uint32_t q = k - 2;
    // ("was shot several times and critically wounded": past a count of
    // times.)
    static constexpr std::array<std::string_view, 6> kTimes = {"times", "several", "once",
                                                               "twice", "repeatedly", "two"};
    for (int skipped = 0;
         q > 0 && skipped < 3 && (InWords(kTimes, tokens[q]) || IsAdverb(tokens[q])); ++skipped)
      --q;
    // ("would be put on trial and imprisoned": past the first verb's own
    // preposition and noun.)
    if (q >= 3 && tokens[q].pos != kPosVBN && IsNounTag(tokens[q].pos) &&
        IsPreposition(tokens[q - 1]) && tokens[q - 2].pos == kPosVBN)
      q -= 2;
    const Token& first = tokens[q];
    // The tagger may read the first participle as a noun ("shot").
    if (first.pos == kPosVBN || LooksParticiple(first)) {
      const uint32_t first_at = q;
      while (q > 0 && (IsAdverb(tokens[q - 1]) || InWords(kAuxiliaries, tokens[q - 1]))) {
        if (InWords(kBeForms, tokens[q - 1])) saw_be = true;
        --q;
      }
      // ("hoped the two men would be tried and jailed": the second
      // participle shares the mood of the first.)
      if (saw_be && first_at + 1 < k) {
        const VerbGroup before = ReadVerbGroup(tokens, TokenSpan{first_at, first_at + 1});
        ShareMood(before, &g);
      }
    }
  }
  // "was assassinated": be + participle. "is attacking" is active. In a
  // phrasal verb the participle comes first: "was shot down".
  g.passive = saw_be && LooksParticiple(tokens[verb.begin]);
  if (k > 0 && IsWord(tokens[k - 1], "to")) g.infinitive = true;
  // "is willing to send material to help defend Saudi Arabia", "offered troops
  // to help him oust the general": "help" takes a bare infinitive, with or
  // without a pronoun between.
  {
    static constexpr std::array<std::string_view, 4> kHelp = {"help", "helps", "helped", "helping"};
    static constexpr std::array<std::string_view, 5> kObjectPronouns = {"him", "her", "them", "us",
                                                                        "it"};
    uint32_t h = k;
    if (h > 0 && InWords(kObjectPronouns, tokens[h - 1])) --h;
    if (h > 0 && InWords(kHelp, tokens[h - 1])) g.infinitive = true;
  }
  // "Guterres urged Israel to ... and called on Hamas": a second verb of the
  // same subject.
  if (k > 0 && IsWord(tokens[k - 1], "and")) g.coordinated = true;
  // "the attack", "Iran's attack", "a US attack": a determiner, a possessive
  // or an actor right before the word make it a noun. A verb follows its
  // subject, an auxiliary, "to" or a pronoun.
  if (k == verb.begin && verb.begin > 0) {
    const Token& prev = tokens[verb.begin - 1];
    if (IsDeterminer(prev) || prev.Has(kTokenPossessive) || IsPreposition(prev) ||
        IsPossessivePronoun(prev)) {
      g.looks_nominal = !IsWord(prev, "to");
    }
  }
  // With POS tags, the tagger's reading wins over the word-order guess:
  // "the attack" NN, "attacked" VBD, "was attacked" VBN.
  const Token& head = tokens[verb.end - 1];
  if (head.pos != kPosNone) {
    g.looks_nominal = !IsVerbTag(tokens[verb.begin].pos);
    g.passive = saw_be && tokens[verb.begin].pos == kPosVBN;
    // "a deal brokered by Washington", "police cars set on fire by
    // rioters": a participle with a "by" agent and no auxiliary is a passive
    // that modifies the noun before it.
    if (!saw_be && tokens[verb.begin].pos == kPosVBN && verb.end < tokens.size() &&
        IsWord(tokens[verb.end], "by")) {
      g.passive = true;
      g.reduced_relative = true;
    }
    // "evacuated the wounded from the besieged town of Gorazde", "refused to
    // meet Jordan's visiting king": a participle right after a determiner or
    // a possessive modifies a noun. A gerund there is a noun of its own unless
    // a noun follows ("the killing of civilians" stays an event noun's job).
    // (Or past one adverb, for "a tightly fought runoff".)
    const bool past_adverb =
        k + 1 == verb.begin && (IsAdverb(tokens[k]) || InWords(kTimeAdverbs, tokens[k])) &&
        k > 0 && IsDeterminer(tokens[k - 1]);
    if ((k == verb.begin || past_adverb) && verb.begin > 0 && verb.end == verb.begin + 1) {
      const Token& prev = tokens[verb.begin - 1];
      // "that" is left out: "said that wounded soldiers" is a clause.
      bool after_determiner = (IsDeterminer(prev) && !IsWord(prev, "that")) ||
                              prev.Has(kTokenPossessive) || IsPossessivePronoun(prev);
      // "a tightly fought presidential runoff", "the now liberated city of
      // Deir ez-Zor": an adverb may stand between.
      if (!after_determiner && verb.begin >= 2 && (IsAdverb(prev) || prev.pos == kPosRB) &&
          IsDeterminer(tokens[verb.begin - 2]) && !IsWord(tokens[verb.begin - 2], "that"))
        after_determiner = true;
      const uint8_t own = tokens[verb.begin].pos;
      const uint8_t next = verb.end < tokens.size() ? tokens[verb.end].pos : uint8_t{kPosNone};
      bool before_noun = next == kPosJJ || IsNounTag(next);
      // After a preposition or "if", a participle before a noun describes it
      // too: "sent aid to besieged Gaza", "if jailed activists are pardoned".
      const bool after_preposition = IsPreposition(prev) || IsWord(prev, "if") ||
                                     IsWord(prev, "unless") || IsWord(prev, "when");
      // After a number or a quantity, a participle before a noun describes
      // it, whatever the tagger reads: "exchanged 50 captured Russian
      // soldiers", "dozens of wounded civilians".
      static constexpr std::array<std::string_view, 9> kCounts = {
          "dozens", "hundreds", "thousands", "tens", "millions",
          "scores", "several",  "many",      "some"};
      // A number in words counts too: "pardoned nine jailed separatist
      // leaders", "freed five detained fishermen".
      const bool after_number =
          prev.Has(kTokenNumber) || InWords(kCounts, prev) || prev.pos == kPosCD;
      // "the Rapid Support Forces and allied Arab militias", "armed groups":
      // participles that work as adjectives before a noun, whatever comes
      // before them.
      static constexpr std::array<std::string_view, 6> kAdjectivalParticiples = {
          "allied", "armed", "affiliated", "aligned", "linked", "associated"};
      const bool adjectival = before_noun && InWords(kAdjectivalParticiples, tokens[verb.begin]);
      // "ready to release captured Saudi soldiers", "freed jailed
      // activists": right after a verb other than an auxiliary, a past
      // participle before a noun describes the verb's object.
      static constexpr std::array<std::string_view, 12> kAuxiliaries = {
          "have", "has", "had", "having", "be", "is", "was", "were", "been", "being", "are", "get"};
      // (Not after a present-tense form, which the tagger gives to plural
      // nouns too: "Hong Kong democrats accused China".)
      const bool after_verb = (prev.pos == kPosVB || prev.pos == kPosVBD) &&
                              !InWords(kAuxiliaries, prev) && !prev.Has(kTokenCapitalized);
      g.attributive = adjectival ||
                      (after_determiner && (own == kPosVBN || (own == kPosVBG && before_noun))) ||
                      (after_preposition && own == kPosVBN && before_noun) ||
                      (after_number && (own == kPosVBN || own == kPosVBD) && before_noun) ||
                      (after_verb && own == kPosVBN && before_noun);
    }
  }
  if (head.pos != kPosNone && !g.passive && DescribesNounBeforeComma(tokens, verb)) {
    g.passive = true;
    g.reduced_relative = true;
  }
  // "Serb forces were engaged in ethnic cleansing", "troops were involved in
  // the raid": "engaged in" and "involved in" describe what the subject
  // does; they are no passive.
  if (g.passive && verb.end < tokens.size() && IsWord(tokens[verb.end], "in") &&
      (IsWord(tokens[verb.end - 1], "engaged") || IsWord(tokens[verb.end - 1], "involved")))
    g.passive = false;
  return g;
}
}  // namespace

namespace {

// "Pakistan, a key U.S. ally, has refused": an actor inside an appositive (a
// noun phrase between commas, opened by an article, right after another
// actor) describes that actor; it is not the subject.
bool InsideAppositive(std::span<const Token> tokens, std::span<const Mention> mentions, size_t m,
                      uint32_t before) {
  const Mention& x = mentions[m];
  uint32_t open = x.span.begin;
  while (open > 0 && x.span.begin - open < 6 && tokens[open - 1].text != ",") --open;
  // The article comes before the actor, which only modifies the appositive's
  // head ("a NATO member"); "Iran, the United States and China" is a list.
  if (open == 0 || tokens[open - 1].text != "," || x.coordinated_with >= 0) return false;
  // "Kim Jong Un and South Korea's president, Moon Jae-in, met", "Kim and
  // Moon Jae-in, South Korea's president, met": a name or a title set off
  // by commas right after the last member of a compound, of the same
  // country, names that member again; the subject is the member (and so
  // the compound). (A single subject keeps the nearer of the two.)
  bool renames = false;
  if (open == x.span.begin && x.code.size() >= 3) {
    for (size_t e = 1; e < m && !renames; ++e)
      renames = mentions[e].span.end + 1 == open && UsableMention(mentions[e]) &&
                mentions[e - 1].coordinated_with == static_cast<int>(e) &&
                !mentions[e].possessive && !mentions[e].locative &&
                !AfterPreposition(tokens, mentions[e]) && mentions[e].code.size() >= 3 &&
                mentions[e].code.compare(0, 3, x.code, 0, 3) == 0;
  }
  if (!renames) {
    // (The article may open the actor itself: "Gustavo Petro, a former
    // guerrilla, accused ...", a role named by the appositive.)
    const Token& article = tokens[open];
    if (!IsWord(article, "a") && !IsWord(article, "an") && !IsWord(article, "the")) return false;
  }
  // "Pakistan, a key U.S. ally in the war against terrorism, has refused":
  // the appositive may go on past its head, but holds no finite verb.
  uint32_t close = x.span.end;
  while (close < before && close < x.span.end + 8 && tokens[close].text != "," &&
         !IsFiniteVerbTag(tokens[close].pos))
    ++close;
  if (close >= before || tokens[close].text != ",") return false;
  // (Not the last items of a list: "Oman, Qatar, the Saudi government and
  // the UAE, have all ...".)
  for (uint32_t k = x.span.end; k < close && open == x.span.begin && !renames; ++k)
    if (IsWord(tokens[k], "and")) return false;
  for (size_t e = 0; e < m; ++e)
    if (mentions[e].span.end + 1 == open && UsableMention(mentions[e])) return true;
  return false;
}

// "Malaysian Prime Minister Anwar Ibrahim, whose country chairs ASEAN this
// year, urged ...", "Vladimir Putin, standing beside his Polish counterpart
// Donald Tusk at the crash site, offered condolences", "Xi Jinping, on a
// state visit to Kazakhstan, proposed ...": an actor inside a phrase set off
// by commas between the subject and its verb -- a relative clause, a
// participle or a prepositional phrase -- is not the subject.
bool InsideParenthetical(std::span<const Token> tokens, std::span<const Mention> mentions,
                         size_t m, uint32_t before) {
  const Mention& x = mentions[m];
  uint32_t open = x.span.begin;
  while (open > 0 && x.span.begin - open < 12 && tokens[open - 1].text != ",") --open;
  if (open < 2 || tokens[open - 1].text != "," || open >= before) return false;
  const Token& opener = tokens[open];
  const bool relative =
      IsWord(opener, "whose") || IsWord(opener, "who") || IsWord(opener, "which");
  const bool phrase = opener.pos == kPosVBG || opener.pos == kPosVBN || IsPreposition(opener);
  if (!relative && !phrase) return false;
  // The closing comma stands right before the verb (past auxiliaries and
  // adverbs); a phrase holds no finite verb of its own, a relative clause
  // does.
  uint32_t close = before;
  while (close > x.span.end && IsAuxiliaryOrAdverb(tokens[close - 1])) --close;
  if (close == 0 || close <= x.span.end || tokens[close - 1].text != ",") return false;
  for (uint32_t k = open; k + 1 < close; ++k) {
    if (tokens[k].text == "," || tokens[k].text == ";") return false;
    if (!relative && IsFiniteVerbTag(tokens[k].pos)) return false;
  }
  // Opened right after the subject.
  for (size_t e = 0; e < m; ++e)
    if (mentions[e].span.end + 1 == open && UsableMention(mentions[e]) &&
        !mentions[e].possessive)
      return true;
  return false;
}

}  // namespace

namespace {

// "The Saudi leadership welcomed Trump's move to reimpose sanctions on Iran",
// "Iran's decision to expel the inspectors": an infinitive right after a noun
// of a decided act owned by a party ("X's move to", "X's surprise decision
// to") is that party's act, not the main clause subject's. Nouns of an act
// not done ("Mongolia's failure to arrest him", "Assad's ability to murder",
// "Trump's eagerness to disengage") are left out. Returns the owner or -1.
int OwnerOfNounBeforeInfinitive(std::span<const Token> tokens, std::span<const Mention> mentions,
                                uint32_t verb) {
  static constexpr std::array<std::string_view, 6> kDecidedActs = {
      "decision", "decisions", "move", "moves", "order", "orders"};
  if (verb < 3 || !IsWord(tokens[verb - 1], "to")) return -1;
  const uint32_t noun = verb - 2;
  if (!InWords(kDecidedActs, tokens[noun]) || !IsNounTag(tokens[noun].pos)) return -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (!x.possessive || !UsableMention(x) || x.span.end > noun || x.span.end + 1 < noun) continue;
    // One modifier may stand between: "Trump's surprise decision to".
    if (x.span.end + 1 == noun && (tokens[x.span.end].Has(kTokenCapitalized) ||
                                   !tokens[x.span.end].Has(kTokenWord)))
      continue;
    return static_cast<int>(m);
  }
  return -1;
}

}  // namespace

namespace {

// Whether the noun phrase that demonym `x` modifies, whose first verb is at
// `verb`, is the subject of a clause of its own that ends in the verb at
// `before`: the phrase follows a subordinator ("after Russian missiles
// struck") or an "and" after a finite verb ("..., and Japanese air force
// planes flew"), and only auxiliaries or adverbs stand between its first
// verb and `before`.
bool ModifiedSubjectOpensClause(std::span<const Token> tokens, const Mention& x, uint32_t verb,
                                uint32_t before, ClauseWindow window) {
  for (uint32_t k = verb; k < before; ++k)
    if (!IsAuxiliaryOrAdverb(tokens[k])) return false;
  if (!IsFiniteVerbTag(tokens[verb].pos)) return false;
  uint32_t b = x.span.begin;
  // (A determiner or a number may open the phrase: "after two Russian jets".)
  while (b > window.begin && (IsDeterminer(tokens[b - 1]) || tokens[b - 1].pos == kPosCD)) --b;
  if (b <= window.begin) return false;
  if (InWords(kSubordinators, tokens[b - 1])) return true;
  if (!IsWord(tokens[b - 1], "and")) return false;
  for (uint32_t k = window.begin; k + 1 < b; ++k)
    if (IsFiniteVerbTag(tokens[k].pos)) return true;
  return false;
}

}  // namespace

int FindSubject(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t before,
                ClauseWindow window, std::string* why) {
  if (int owner = OwnerOfNounBeforeInfinitive(tokens, mentions, before); owner >= 0) {
    *why = "subject: the owner of the noun the infinitive completes (X's move to ...)";
    return owner;
  }
  // "Hamas, the group that runs Gaza, accused ...", "The organisers, who
  // drew thousands of farmers, promised ...", "Her envoy, speaking in
  // Geneva, north of Italy, accused ...": the verb after a relative clause
  // or a participle phrase set off by commas takes the subject before it,
  // never an actor inside.
  if (const uint32_t open = InterruptionBefore(tokens, window.begin, before); open > 0) {
    const int head = FindSubject(tokens, mentions, open, ClauseAround(tokens, open), why);
    if (head >= 0) *why += " (before the clause or phrase set off before the verb)";
    return head;
  }
  int fallback = -1;
  int head_modifier = -1;
  bool head_modifier_opens_clause = false;
  // "China criticised Japan on Monday, accusing Tokyo of provocation": a
  // present participle right after a comma has the main clause's subject,
  // the first party of the sentence that a verb follows, not its object.
  // When another clause stands between ("an outbreak that caused 691
  // infections, killing four passengers"; "after hackers demanded ...,
  // forcing it to shut down"), only a participle of speech or stance
  // ("rejecting what it called baseless allegations") still looks back to
  // the main subject.
  // (The tagger may read the participle as a noun: "..., smashing windows".)
  // So has a participle after "after", "before", "while" or "upon" in the
  // main clause ("Lukashenko freed 13 prisoners on Saturday, hours after
  // receiving US envoy Keith Kellogg in Minsk").
  // ("..., in effect seizing them", "..., thereby forcing", "...,
  // effectively ending": an adverb may stand between the comma and the
  // participle.)
  uint32_t lead = before;
  if (lead >= 3 && IsWord(tokens[lead - 1], "effect") && IsWord(tokens[lead - 2], "in") &&
      tokens[lead - 3].text == ",")
    lead -= 2;
  else if (lead >= 2 && tokens[lead - 2].text == "," &&
           (IsWord(tokens[lead - 1], "thereby") || IsWord(tokens[lead - 1], "effectively") ||
            IsWord(tokens[lead - 1], "thus") || IsWord(tokens[lead - 1], "also")))
    lead -= 1;
  const bool after_comma_or_time =
      lead >= 2 && (tokens[lead - 1].text == "," || IsWord(tokens[lead - 1], "after") ||
                    IsWord(tokens[lead - 1], "before") || IsWord(tokens[lead - 1], "while") ||
                    IsWord(tokens[lead - 1], "upon"));
  if (after_comma_or_time &&
      (tokens[before].pos == kPosVBG ||
       (tokens[before].text.ends_with("ing") && !tokens[before].Has(kTokenCapitalized)))) {
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& x = mentions[m];
      if (x.span.end >= before) break;
      // ("Finland and Sweden applied to join NATO, but Turkey repeated its
      // objections, accusing both countries ...": the main clause is the
      // participle's own, after "but".)
      bool but_after = false;
      for (uint32_t k = x.span.end; k + 1 < before && !but_after; ++k)
        but_after = IsWord(tokens[k], "but") && k > 0 && tokens[k - 1].text == ",";
      if (but_after) continue;
      if (!UsableMention(x) || x.possessive || AfterPreposition(tokens, x) ||
          ModifiesNextNoun(tokens, x))
        continue;
      // Its verb follows within a few words ("Pakistan on Friday denied"),
      // past an "of" phrase that names whose they are ("supporters of
      // former president Jair Bolsonaro stormed").
      uint32_t head_end = x.span.end;
      size_t next = m + 1;
      while (next < mentions.size() && head_end + 1 < before && IsWord(tokens[head_end], "of") &&
             mentions[next].span.begin == head_end + 1) {
        head_end = mentions[next].span.end;
        ++next;
      }
      uint32_t verb = 0;
      for (uint32_t k = head_end; k < before && k < head_end + 4 && verb == 0; ++k) {
        if (tokens[k].text == "," || tokens[k].text == ":" ||
            (next < mentions.size() && mentions[next].span.begin == k))
          break;
        if (IsVerbTag(tokens[k].pos) && tokens[k].pos != kPosVBG) verb = k;
      }
      if (verb == 0) continue;  // a dateline or a name in passing ("TOKYO: Japan said")
      bool other_clause = false;
      // ("Putin suggested that CNPC could play a role ... after signing an
      // agreement with Gazprom": after "after", a that-clause between is
      // the participle's clause.)
      const bool after_comma = tokens[lead - 1].text == ",";
      for (uint32_t k = verb + 1; k + 1 < lead && !other_clause; ++k)
        other_clause = InWords(kSubordinators, tokens[k]) || IsRelativePronoun(tokens, k) ||
                       (!after_comma && IsWord(tokens[k], "that"));
      if (!other_clause || (after_comma && InWords(kStanceParticiples, tokens[before]))) {
        *why = "subject: the main clause's subject (a participle after a comma)";
        return static_cast<int>(m);
      }
      break;
    }
  }
  for (size_t m = mentions.size(); m-- > 0;) {
    const Mention& x = mentions[m];
    // "A bomb planted by rebels killed ...", "A truck bomb blamed on
    // al-Shabaab killed ...": the agent of a participle inside the subject
    // noun phrase is who did it, when the clause names no one else first.
    if (x.span.end <= before && UsableMention(x) && !x.possessive && x.span.begin >= 2 &&
        x.span.begin >= window.begin &&
        (IsWord(tokens[x.span.begin - 1], "by") || IsWord(tokens[x.span.begin - 1], "on")) &&
        InWords(kAgentParticiples, tokens[x.span.begin - 2])) {
      bool earlier_party = false;
      for (size_t e = 0; e < m; ++e)
        earlier_party |= UsableMention(mentions[e]) && mentions[e].span.begin >= window.begin &&
                         !mentions[e].possessive;
      if (!earlier_party) {
        *why = "subject: the agent of the participle in the subject (planted by, blamed on)";
        return static_cast<int>(m);
      }
    }
    // "Netanyahu's office denounced the decision", "Erdogan's spokesman
    // said": those who speak for a party, named by whose they are, are that
    // party.
    if (x.possessive && UsableMention(x) && x.span.begin >= window.begin &&
        x.span.end < before && InWords(kSpeakersFor, tokens[x.span.end]) &&
        (x.span.end + 1 == before ||
         (x.span.end + 2 == before && tokens[x.span.end + 1].pos == kPosRB))) {
      *why = "subject: whose office or spokesperson speaks";
      return static_cast<int>(m);
    }
    // "..., with army warplanes pounding rebel bases": the party between
    // ", with" and a participle is the participle's subject. (Not without
    // the comma: in "signed a deal with the UN granting access" the
    // participle describes the deal.)
    if (x.span.end == before && x.span.begin > window.begin + 1 && UsableMention(x) &&
        IsWord(tokens[x.span.begin - 1], "with") && tokens[x.span.begin - 2].text == "," &&
        (tokens[before].pos == kPosVBG ||
         (tokens[before].text.ends_with("ing") && !tokens[before].Has(kTokenCapitalized)))) {
      *why = "subject: the party after 'with' that the participle follows";
      return static_cast<int>(m);
    }
    // "Riot police fired water cannon at students marching against the new
    // fees": a present participle right after a crowd (protesters, students,
    // workers, farmers, monks, civilians) is a reduced relative clause whose
    // subject is that crowd, even when the crowd is itself the object of a
    // preposition or of the main verb.
    if (x.span.end == before && x.span.begin >= window.begin && CrowdOfPeople(x) &&
        ReducedRelativeParticiple(tokens[before])) {
      *why = "subject: the crowd the participle describes (students marching ...)";
      return static_cast<int>(m);
    }
    if (x.span.end > before || !UsableMention(x) || x.possessive || AfterPreposition(tokens, x))
      continue;
    if (InsideAppositive(tokens, mentions, m, before) ||
        InsideParenthetical(tokens, mentions, m, before))
      continue;
    if (ModifiesNextNoun(tokens, x)) {
      // "Israeli tanks fired on ...", "Palestinian youths resorted to throwing
      // stones": a demonym before the head noun of the subject names whose
      // they are. The noun phrase must run up to the first verb after it.
      if (head_modifier < 0 && x.span.begin >= window.begin) {
        uint32_t k = x.span.end;
        while (k < before && k < x.span.end + 3 && !IsVerbTag(tokens[k].pos) &&
               tokens[k].Has(kTokenWord) && !tokens[k].Has(kTokenCapitalized) &&
               !IsPreposition(tokens[k]))
          ++k;
        if (k <= before && IsVerbTag(tokens[k].pos)) {
          head_modifier = static_cast<int>(m);
          head_modifier_opens_clause = ModifiedSubjectOpensClause(tokens, x, k, before, window);
        }
      }
      continue;
    }
    // "Kyiv appealed for air defences after Russian missiles struck a power
    // plant", "Japan sent its condolences, and Japanese air force planes flew
    // in supplies":
    // the noun phrase the demonym modifies opens a clause of its own and
    // runs up to the verb; it is that verb's subject, the actor of the clause
    // before is not.
    if (head_modifier >= 0 && head_modifier_opens_clause) {
      *why = "subject: the country modifying the head noun of the verb's own clause";
      return head_modifier;
    }
    if (x.span.begin >= window.begin) {
      *why = "subject: nearest actor before the verb in its clause";
      return static_cast<int>(m);
    }
    if (fallback < 0) fallback = static_cast<int>(m);
  }
  if (head_modifier >= 0) {
    *why = "subject: the country modifying the subject's head noun";
    return head_modifier;
  }
  // "the United States, which is seeking her extradition", "a resolution
  // that threatened Syria": a relative clause's subject is its antecedent,
  // never the main clause's subject.
  if (window.begin > 0 && IsRelativePronoun(tokens, window.begin - 1)) {
    uint32_t end = window.begin - 1;
    if (end > 0 && tokens[end - 1].text == ",") --end;
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].span.end == end && UsableMention(mentions[m])) {
        *why = "subject: the antecedent of the relative clause";
        return static_cast<int>(m);
      }
    }
    // "the Liberian-flagged cargo ship Ocean Star, which was boarded by
    // pirates": in a passive relative clause, an actor word modifying the
    // antecedent's head noun (a country adjective, a flag) names whose the
    // antecedent is, when only nouns, adjectives and names stand between
    // it and the pronoun. (Not in the active: "a UN resolution that
    // condemned the coup" is the resolution's act, not the UN's.)
    uint32_t aux = window.begin;
    while (aux < before && (IsWord(tokens[aux], "has") || IsWord(tokens[aux], "have") ||
                            IsWord(tokens[aux], "had") || IsAdverb(tokens[aux])))
      ++aux;
    // (A passive participle after the be-form: "who were assisting" is
    // the antecedent's own act.)
    while (aux < before && (InWords(kBeForms, tokens[aux]) || IsAdverb(tokens[aux]))) ++aux;
    const bool passive = aux > window.begin && aux <= before && InWords(kBeForms, tokens[aux - 1]) &&
                         tokens[aux].pos == kPosVBN;
    for (size_t m = mentions.size(); passive && m-- > 0;) {
      const Mention& x = mentions[m];
      if (x.span.end >= end || x.span.end + 4 < end) continue;
      // (The antecedent may be the object of "of": "the return of the
      // Liberian-flagged ship, which was seized"; an actor in a phrase
      // that modifies it is not its owner: "a fighter with Somali roots,
      // who was killed".)
      if (!UsableMention(x)) break;
      if (AfterPreposition(tokens, x)) {
        uint32_t p = x.span.begin;
        while (p > 0 && (IsDeterminer(tokens[p - 1]) || tokens[p - 1].pos == kPosJJ)) --p;
        if (p == 0 || !IsWord(tokens[p - 1], "of")) break;
      }
      bool noun_phrase = true;
      for (uint32_t k = x.span.end; k < end && noun_phrase; ++k) {
        const uint8_t p = tokens[k].pos;
        noun_phrase = p == kPosNN || p == kPosNNS || p == kPosNNP || p == kPosNNPS || p == kPosJJ;
      }
      if (!noun_phrase) break;
      *why = "subject: the actor modifying the antecedent of the relative clause";
      return static_cast<int>(m);
    }
    return -1;
  }
  // "The BJP denies any bias ..., but objectors have been holding
  // protests": a common noun right before the verb (past auxiliaries and
  // adverbs) in its own clause is its subject, someone no dictionary knows;
  // the main clause's actor is not.
  // (Of kClauseOpeners, those that open a clause with a subject of its own;
  // a relative clause's subject was settled above, and "unless", "where"
  // and "whereby" clauses are left to the fallback.)
  static constexpr std::array<std::string_view, 6> kOwnSubjectOpeners = {
      "but", "while", "although", "though", "whereas", "because"};
  const bool opened =
      (window.begin > 0 && InWords(kOwnSubjectOpeners, tokens[window.begin - 1])) ||
      (window.begin < tokens.size() && InWords(kOwnSubjectOpeners, tokens[window.begin]));
  if (fallback >= 0 && opened && before > window.begin) {
    uint32_t k = before;
    while (k > window.begin && IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
    if (k > window.begin && (tokens[k - 1].pos == kPosNN || tokens[k - 1].pos == kPosNNS) &&
        !tokens[k - 1].Has(kTokenCapitalized))
      return -1;
  }
  if (fallback >= 0) *why = "subject: the main clause's actor (no actor in the verb's own clause)";
  return fallback;
}

bool IsQuantityWord(const Token& t) { return InWords(kQuantities, t); }

TokenSpan CrowdSubject(std::span<const Token> tokens, ClauseWindow window, uint32_t verb) {
  // The words a crowd's size is told in, besides numbers and the quantity
  // words: "more than 10,000 people", "tens of thousands of residents".
  static constexpr std::array<std::string_view, 15> kCrowdWords = {
      "of",   "people", "residents", "citizens",  "a",     "large", "huge",  "angry",
      "than", "over",   "an",        "estimated", "women", "men",   "youths"};
  uint32_t end = verb;
  while (end > window.begin && IsAuxiliaryOrAdverb(tokens[end - 1])) --end;
  if (end <= window.begin) return {};
  bool sized = false;
  for (uint32_t k = window.begin; k < end; ++k) {
    const Token& t = tokens[k];
    const bool size_word = InWords(kQuantities, t) || t.Has(kTokenNumber);
    if (!size_word && !InWords(kCrowdWords, t)) return {};
    sized |= size_word;
  }
  return sized ? TokenSpan{window.begin, end} : TokenSpan{};
}

// The verbs of "what X called a provocation", "what Kyiv described as".
constexpr std::array<std::string_view, 8> kNamingVerbs = {
    "called", "described", "termed", "calls", "describes", "labelled", "labeled", "dubbed"};

bool NamesTheObject(std::span<const Token> tokens, const Mention& m) {
  return m.span.begin > 0 && IsWord(tokens[m.span.begin - 1], "what") &&
         m.span.end < tokens.size() && InWords(kNamingVerbs, tokens[m.span.end]);
}

// The party after "to" or "into" past an appositive that holds mention `x`
// and is set off by commas after the verb's object (a common or proper noun
// before the first comma); -1 when the shape is not there.
int RecipientPastAppositive(std::span<const Token> tokens, std::span<const Mention> mentions,
                            uint32_t after, const Mention& x, ClauseWindow window) {
  if (x.span.begin <= after) return -1;
  uint32_t open = 0;
  for (uint32_t k = after; k < x.span.begin; ++k)
    if (tokens[k].text == ",") {
      open = k;
      break;
    }
  if (open <= after || !IsNounTag(tokens[open - 1].pos)) return -1;
  uint32_t close = 0;
  for (uint32_t k = x.span.end; k < window.end && k < x.span.end + 8; ++k) {
    if (IsFiniteVerbTag(tokens[k].pos)) return -1;
    if (tokens[k].text == ",") {
      close = k;
      break;
    }
  }
  if (close == 0 || close + 2 >= window.end ||
      !(IsWord(tokens[close + 1], "to") || IsWord(tokens[close + 1], "into")))
    return -1;
  const uint32_t b = close + 2;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const uint32_t begin = mentions[m].span.begin;
    if ((begin == b || (begin == b + 1 && IsDeterminer(tokens[b]))) && UsableMention(mentions[m]))
      return static_cast<int>(m);
  }
  return -1;
}

int FindObject(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t after,
               ClauseWindow window, std::string* why) {
  // "sent search and rescue teams and 85 million dollars in emergency aid to
  // Turkey": objects made of several noun phrases run long (10 lost such
  // targets; 18 picked up actors of later phrases).
  constexpr uint32_t kMaxDistance = 14;
  // ("denied on Friday that ...": a date right after the verb is no part of
  // that distance.)
  uint32_t reach = after + kMaxDistance;
  if (OpensADate(tokens, after)) reach += static_cast<uint32_t>(DateEnd(tokens, after) - after);
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    // "recalled its ambassador from the United States": the mention
    // "ambassador from the United States" starts inside the verb phrase and
    // runs past it; it is the object.
    if (x.span.end <= after || x.span.begin + 3 < after) continue;
    if (x.span.begin >= window.end || x.span.begin > reach) break;
    // "criticised India's new citizenship law", "dismissed Trump's idea of
    // buying Greenland": the owner of the object is the target.
    if (!UsableMention(x)) continue;
    if (OwnedBySubject(tokens, x)) continue;
    // "fired missiles into waters around Taiwan after Nancy Pelosi's visit":
    // an actor in a phrase of time or circumstance ("after", "before",
    // "since", "following", "amid", "despite") is the setting, not the
    // object; the search stops there.
    {
      uint32_t b = x.span.begin;
      if (b > 0 && IsDeterminer(tokens[b - 1])) --b;
      if (b > after && b > 0 && InWords(kSettingWords, tokens[b - 1])) return -1;
    }
    // "declared martial law after Azerbaijan launched an offensive": an
    // actor after a subordinating word and before its own verb is the
    // subject of another clause; the search stops there.
    if (x.span.end < tokens.size() && IsFiniteVerbTag(tokens[x.span.end].pos)) {
      uint32_t b = x.span.begin;
      if (b > 0 && IsDeterminer(tokens[b - 1])) --b;
      if (b > 0 && InWords(kSubordinators, tokens[b - 1])) return -1;
    }
    // "Iran condemned the decision and Russia attacked": a conjunction that
    // does not join two actors starts a new clause, whose subject is not
    // this verb's object.
    for (uint32_t k = after; k < x.span.begin; ++k) {
      // "signed gas deals during Xi Jinping's visit to Astana": a "during"
      // phrase is the setting of the act, not its object.
      if (IsWord(tokens[k], "during")) return -1;
      // "a drone strike killed ten civilians rather than an Islamic State
      // militant", "shelled the town instead of the rebel camp": the party
      // after "rather than" or "instead of" is the one the act did not hit.
      if (k + 1 < x.span.begin && ((IsWord(tokens[k], "rather") && IsWord(tokens[k + 1], "than")) ||
                                   (IsWord(tokens[k], "instead") && IsWord(tokens[k + 1], "of"))))
        return -1;
      if (!IsWord(tokens[k], "and") && !IsWord(tokens[k], "or") && !IsWord(tokens[k], "but"))
        continue;
      bool joins_actors = false;
      for (const Mention& y : mentions) joins_actors |= y.span.end == k && UsableMention(y);
      if (joins_actors) continue;
      // "sent medical teams and tonnes of masks to Italy": with POS tags, a
      // conjunction between two noun phrases of the object is no clause
      // break; one followed by a verb, or by a subject and its verb ("and
      // Russia attacked"), is.
      if (tokens[k].pos == kPosNone || k + 1 >= x.span.begin) return -1;
      bool new_clause = false;
      for (uint32_t q = k + 1; q < x.span.begin && q <= k + 3 && !new_clause; ++q)
        new_clause = IsVerbTag(tokens[q].pos) || tokens[q].pos == kPosMD || tokens[q].text == "," ||
                     (IsPreposition(tokens[q]) && q == k + 1);
      if (new_clause) return -1;
    }
    // "Indian warplanes bombed what New Delhi described as a militant
    // training camp near Balakot": the speaker of a "what X called" phrase
    // names the object, it is not the object; the search goes on past its
    // verb.
    if (NamesTheObject(tokens, x)) continue;
    // "Oslo denied it had been asked", "the ministry said it would respond":
    // an "it" right before a finite verb is the subject of what was said
    // (the speaker itself, or a thing), never whom it was said to; what
    // follows is the content, and the search stops. ("accused it of
    // spying": an object.)
    if (x.span.size() == 1 && IsWord(tokens[x.span.begin], "it") && x.span.end < tokens.size() &&
        (IsFiniteVerbTag(tokens[x.span.end].pos) ||
         (tokens[x.span.end].pos == kPosRB && x.span.end + 1 < tokens.size() &&
          IsFiniteVerbTag(tokens[x.span.end + 1].pos))))
      return -1;
    *why = "target: first actor after the verb in its clause";
    return static_cast<int>(m);
  }
  return -1;
}

namespace {

// Words that open a clause of time or cause, whose "by" phrase is its own
// verb's ("were killed ... after an assault backed by US airpower"). "as" is
// left out ("was described as a threat by Washington"), and so is "until"
// ("shielded - until now - by the US military").
constexpr std::array<std::string_view, 7> kClauseOfTimeOrCause = {
    "after", "before", "when", "since", "once", "while", "because"};

// Whether the "by" at `by` heads the agent of another verb than the passive
// ending at `after`: "were rounded up by Kurdish groups, armed by Washington"
// (the first "by" names the agent, here no party the dictionaries know),
// "the journalist taken hostage by Islamic State", "an event co-sponsored by
// Turkey" (a participle describing a noun after the verb has its own agent),
// "were killed ... after an assault on a base backed by US airpower", "since
// a visit by the prime minister" (a clause of time or cause).
bool ByBelongsToAnotherVerb(std::span<const Token> tokens, uint32_t after, uint32_t by) {
  // "were killed by sarin dropped by a Syrian air force jet": whoever
  // dropped, fired or planted the weapon did the act.
  if (by > after &&
      (InWords(kAgentParticiples, tokens[by - 1]) || IsWord(tokens[by - 1], "dropped")))
    return false;
  bool noun_between = false;
  for (uint32_t k = after; k < by; ++k) {
    // "was shot dead while giving a speech in Nara by a gunman": a clause
    // of time whose verb is an active gerund ("while giving", "after
    // leaving") has the passive's subject as its own and takes no agent, so
    // the "by" past it is still the passive's. ("after being attacked by"
    // and "while being escorted by" are passives of their own.)
    if (InWords(kClauseOfTimeOrCause, tokens[k]) && k + 1 < by && tokens[k + 1].pos == kPosVBG &&
        !IsWord(tokens[k + 1], "being") && !IsWord(tokens[k + 1], "having")) {
      bool own_passive = false;
      for (uint32_t q = k + 2; q < by; ++q) own_passive |= tokens[q].pos == kPosVBN;
      if (!own_passive) continue;
    }
    if (IsWord(tokens[k], "by") || InWords(kClauseOfTimeOrCause, tokens[k]) ||
        IsRelativePronoun(tokens, k))
      return true;
    // A participle after a noun describes that noun ("taken hostage by": one
    // word may stand between it and "by"); one joined to the verb by "and"
    // ("was shot and wounded by") is the verb's own.
    // (The tagger reads some nouns as participles: "during an air raid by";
    // "training camps run by the YPG" has a participle of no regular form.)
    static constexpr std::array<std::string_view, 8> kIrregularParticiples = {
        "run", "made", "kept", "built", "brought", "paid", "sold", "bought"};
    if (noun_between && k + 2 >= by && tokens[k].pos == kPosVBN &&
        (LooksParticiple(tokens[k]) || InWords(kIrregularParticiples, tokens[k])))
      return true;
    noun_between |= IsNounTag(tokens[k].pos) && !tokens[k].Has(kTokenCapitalized);
  }
  return false;
}

}  // namespace

int FindPassiveAgent(std::span<const Token> tokens, std::span<const Mention> mentions,
                     std::span<const PhraseMatch> matches, uint32_t after, ClauseWindow window,
                     std::string* why) {
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.begin < after || x.span.begin >= window.end || !UsableMention(x)) continue;
    // "was killed by Israeli troops", "was assassinated by a group of armed
    // mercenaries": "by", then perhaps a quantity or a group and modifiers.
    uint32_t b = x.span.begin;
    for (int skipped = 0; skipped < 6 && b > 0 && !IsWord(tokens[b - 1], "by"); ++skipped) {
      const Token& t = tokens[b - 1];
      if (!(IsDeterminer(t) || IsWord(t, "of") || IsWord(t, "team") || InWords(kQuantities, t) ||
            t.Has(kTokenNumber) || (t.pos == kPosJJ && !t.Has(kTokenCapitalized))))
        break;
      --b;
    }
    if (b > 0 && IsWord(tokens[b - 1], "by")) {
      if (ByBelongsToAnotherVerb(tokens, after, b - 1)) return -1;
      // "by a commando of mostly Colombian mercenaries": a unit named
      // without a country is made of the party named after "of".
      if (x.unplaced && x.span.end + 1 < tokens.size() && IsWord(tokens[x.span.end], "of")) {
        for (size_t k = m + 1; k < mentions.size(); ++k) {
          const Mention& y = mentions[k];
          if (y.span.begin <= x.span.end || y.span.begin > x.span.end + 3) break;
          if (!UsableMention(y) || y.unplaced) break;
          bool modifiers_only = true;
          for (uint32_t q = x.span.end + 1; q < y.span.begin; ++q)
            modifiers_only &= tokens[q].Has(kTokenWord) && !tokens[q].Has(kTokenCapitalized) &&
                              !IsPreposition(tokens[q]);
          if (!modifiers_only) break;
          *why = "source: the passive's agent (by a unit of ...)";
          return static_cast<int>(k);
        }
      }
      *why = "source: the passive's agent (by ...)";
      return static_cast<int>(m);
    }
    // "was assassinated in a US terrorist attack": the actor modifying an
    // event noun right after "in" is the agent.
    uint32_t p = x.span.begin;
    if (p > 0 && IsWord(tokens[p - 1], "in")) {
      for (const PhraseMatch& pm : matches) {
        if (pm.kind == PhraseMatch::Kind::kNominal && pm.span.begin >= x.span.end &&
            pm.span.begin <= x.span.end + 2) {
          *why = "source: the actor of the event noun after the passive (in a X attack)";
          return static_cast<int>(m);
        }
      }
    }
  }
  return -1;
}

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
  if (int m = FindNounModifier(tokens, mentions, noun); m >= 0) {
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
