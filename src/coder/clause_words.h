// Word lists and word-level tests shared by the clause_*.cc files, which read
// a sentence's clauses for the coder (coder/clause.h). Internal to them: the
// coder's other files use clause.h.
#ifndef KHALDUN_SRC_CODER_CLAUSE_WORDS_H_
#define KHALDUN_SRC_CODER_CLAUSE_WORDS_H_

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

#include "coder/clause.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace clause_words {

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

inline bool IsAdverb(const Token& t) {
  return InWords(kAdverbs, t) ||
         (t.text.size() > 4 && t.text.ends_with("ly") && !t.Has(kTokenCapitalized));
}

// Quotation marks bound clauses too: in '"... and evicting those
// invaders," he underlined', the speaker is not the object of "evicting".
inline bool IsNounTag(uint8_t pos) {
  return pos == kPosNN || pos == kPosNNS || pos == kPosNNP || pos == kPosNNPS;
}

// "a resolution that threatened Syria": "that" after a noun opens a relative
// clause (with POS tags only; "said that ..." is a complement, which stays in
// the clause of "said" as it always did).
inline bool IsRelativeThat(std::span<const Token> tokens, uint32_t k) {
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

inline bool IsRelativePronoun(std::span<const Token> tokens, uint32_t k) {
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

inline bool IsBoundary(const Token& t) {
  return t.text == ";" || t.text == ":" || t.Has(kTokenQuote) || InWords(kClauseOpeners, t);
}

// "such a grave US crime": an actor right before a common noun modifies the
// noun; it is not the subject of a later verb. Needs POS tags.
inline bool ModifiesNextNoun(std::span<const Token> tokens, const Mention& m) {
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
inline bool LooksParticiple(const Token& t) {
  std::string_view w = t.text;
  static constexpr std::array<std::string_view, 14> kIrregular = {
      "shot", "hit",    "struck", "held", "caught", "put",   "set",
      "met",  "fought", "sought", "led",  "beaten", "slain", "cut"};
  return w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn") || InWords(kIrregular, t);
}

// An implicit party ("the government of the protesters' country") has no
// words: it is no subject or object of any verb.
inline bool UsableMention(const Mention& m) { return !m.locative && !m.code.empty() && !m.span.empty(); }

// "a Russian-brokered deal", "an Egyptian-mediated truce": a mention that
// names an agreement's broker in its adjective mediates it (045, see
// MediatorEvents); it is neither the agreement's maker nor the party an
// act is done to. So does one that hosts, chairs or convenes the parties'
// talks: "at Qatari-hosted talks", "at EU-chaired negotiations".
inline bool NamesABroker(std::span<const Token> tokens, const Mention& m) {
  if (m.span.empty() || m.span.end > tokens.size()) return false;
  const Token& last = tokens[m.span.end - 1];
  if (!last.Has(kTokenHyphenated)) return false;
  if (EndsWithWord(last, "-brokered") || EndsWithWord(last, "-mediated")) return true;
  static constexpr std::array<std::string_view, 4> kHosting = {"-hosted", "-chaired", "-convened",
                                                               "-facilitated"};
  static constexpr std::array<std::string_view, 4> kTalks = {"talks", "negotiations", "dialogue",
                                                             "consultations"};
  return std::any_of(kHosting.begin(), kHosting.end(),
                     [&](std::string_view w) { return EndsWithWord(last, w); }) &&
         m.span.end < tokens.size() && InWords(kTalks, tokens[m.span.end]);
}

// "Thousands of Egyptian protesters marched": after a quantity, "of" does
// not make the actor a prepositional object; the actor is the subject.
// "A mob of Donald Trump's supporters stormed", "a crowd of students".
// "A member of the Syrian parliament started a hunger strike": one person of
// the actor is the actor. So is a body of troops: "the first deployment of
// NATO peacekeeping troops arrived in Bosnia", "a convoy of Turkish troops
// entered Idlib", "a unit of Russian soldiers crossed the border". A panel,
// team, board or committee of a court or body acts for it: "a panel of
// Kenya's Supreme Court convicted the former minister", "a team of UN
// inspectors reported", "the board of the IAEA passed a resolution".
constexpr std::array<std::string_view, 35> kQuantities = {
    "thousands", "hundreds",   "dozens", "tens",       "millions",   "scores",     "some",   "many",
    "several",   "group",      "groups", "members",    "mob",        "crowd",      "crowds", "band",
    "gang",      "member",     "one",    "delegation", "contingent", "deployment", "batch",  "unit",
    "units",     "detachment", "convoy", "battalion",  "squad",      "panel",      "panels", "team",
    "teams",     "board",      "committee"};

// Whether the token is a count, in figures or spelled out ("82", "Three",
// "eighty-two", "a dozen" has "dozen"): "Three of the seized sailors were
// freed" counts some of them.
inline bool IsCount(const Token& t) {
  if (t.Has(kTokenNumber) || t.pos == kPosCD) return true;
  static constexpr std::array<std::string_view, 31> kNumberWords = {
      "one",      "two",     "three",   "four",    "five",    "six",     "seven",  "eight",
      "nine",     "ten",     "eleven",  "twelve",  "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",  "fifty",  "sixty",
      "seventy",  "eighty",  "ninety",  "hundred", "thousand", "dozen",  "million"};
  // Each part of a hyphenated count is a number word ("Eighty-two").
  const std::string_view text = t.text;
  size_t from = 0;
  while (from <= text.size()) {
    const size_t dash = std::min(text.find('-', from), text.size());
    const std::string_view part = text.substr(from, dash - from);
    bool known = false;
    for (std::string_view w : kNumberWords) {
      if (w.size() != part.size()) continue;
      bool same = true;
      for (size_t i = 0; i < w.size() && same; ++i) {
        char c = part[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        same = c == w[i];
      }
      if (same) {
        known = true;
        break;
      }
    }
    if (!known) return false;
    from = dash + 1;
  }
  return true;
}

// "backers of exiled former president Mohamed Nasheed marched": an
// adjective or participle before the name ("jailed", "ousted", "exiled")
// does not end the prepositional phrase. After a quantity or a count, "of"
// names whom they are part of and hides no actor ("Two of the abducted
// aid workers were released by the rebels").
inline bool AfterPreposition(std::span<const Token> tokens, const Mention& m) {
  uint32_t b = m.span.begin;
  if (b >= 2 && (tokens[b - 1].pos == kPosVBN || tokens[b - 1].pos == kPosJJ) &&
      !tokens[b - 1].Has(kTokenCapitalized) && IsPreposition(tokens[b - 2]))
    --b;
  if (b == 0 || !IsPreposition(tokens[b - 1])) return false;
  // ("by the Board of Deputies of British Jews": a capitalised board or
  // committee inside a sentence is a name of its own, not a part of the
  // party after "of".)
  if (b >= 2 && IsWord(tokens[b - 1], "of") &&
      (InWords(kQuantities, tokens[b - 2]) || IsCount(tokens[b - 2])) &&
      !(b >= 3 && tokens[b - 2].Has(kTokenCapitalized) &&
        (IsWord(tokens[b - 2], "board") || IsWord(tokens[b - 2], "committee"))))
    return false;
  return true;
}

// A crowd or group of people outside the state (OPP, EDU, LAB, AGR, REL,
// CVL), country known or not: the parties that march, strike and rally.
inline bool CrowdOfPeople(const Mention& m) {
  if (!UsableMention(m) || m.possessive || m.code.size() != 6) return false;
  static constexpr std::string_view kCrowds[] = {"OPP", "EDU", "LAB", "AGR", "REL", "CVL"};
  const std::string_view sector = std::string_view(m.code).substr(3, 3);
  return std::find(std::begin(kCrowds), std::end(kCrowds), sector) != std::end(kCrowds);
}

// A present participle that can open a reduced relative clause ("students
// protesting"), not one that works as a preposition ("civilians including
// children", "protesters following the rally").
inline bool ReducedRelativeParticiple(const Token& t) {
  static constexpr std::string_view kPrepositional[] = {
      "including", "according", "following", "regarding", "concerning", "during", "excluding"};
  if (InWords(kPrepositional, t)) return false;
  return t.pos == kPosVBG;
}

}  // namespace clause_words

constexpr std::array<std::string_view, 6> kTimeAdverbs = {"now",  "soon",  "even",
                                                          "ever", "again", "yet"};

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_CLAUSE_WORDS_H_
