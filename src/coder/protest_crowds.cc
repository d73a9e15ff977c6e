// Street protests told as a noun by a crowd no one names; see
// coder/protest_crowds.h.

#include "coder/protest_crowds.h"

#include <array>
#include <string_view>

#include "coder/clause.h"
#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

namespace {

// The words that make a protest a crowd's: "mass protest", "street
// demonstrations".
constexpr std::array<std::string_view, 6> kMass = {"mass",    "street",         "anti-government",
                                                   "nationwide", "popular",     "pro-democracy"};

// "protests", "mass protest", "street demonstrations": a noun that tells of
// crowds in the streets, not of one protest lodged ("a protest note", "in
// protest at").
bool CrowdProtestNoun(std::span<const Token> tokens, TokenSpan noun, uint32_t phrase_start) {
  static constexpr std::array<std::string_view, 6> kPlurals = {
      "protests", "demonstrations", "rallies", "marches", "sit-ins", "riots"};
  if (internal::InWords(kPlurals, tokens[noun.end - 1])) return true;
  for (uint32_t k = phrase_start; k < noun.end; ++k)
    if (internal::InWords(kMass, tokens[k])) return true;
  return false;
}

// "six weeks of", "a wave of", "19 days of": a stretch of time or a series
// before "of" at `of`.
bool StretchBefore(std::span<const Token> tokens, uint32_t of) {
  static constexpr std::array<std::string_view, 14> kStretches = {
      "days",  "nights", "weeks",  "months", "years", "day",    "night",
      "week",  "month",  "wave",   "waves",  "series", "months-long", "weeks-long"};
  return of >= 1 && internal::IsWord(tokens[of], "of") && internal::InWords(kStretches, tokens[of - 1]);
}

// "after", "amid", "bowing to", "in the face of": words before a noun
// phrase that tell of protests as a cause or a circumstance of what
// happened, ending right before `at`.
bool CauseBefore(std::span<const Token> tokens, uint32_t at) {
  static constexpr std::array<std::string_view, 5> kCauses = {"after", "amid", "following",
                                                              "despite", "since"};
  if (at >= 1 && internal::InWords(kCauses, tokens[at - 1])) return true;
  static constexpr std::array<std::string_view, 6> kYielding = {"bowing", "bowed", "yielding",
                                                                "yielded", "bow", "yield"};
  if (at >= 2 && internal::IsWord(tokens[at - 1], "to") &&
      internal::InWords(kYielding, tokens[at - 2]))
    return true;
  // "in the face of", "in response to"
  return at >= 3 && internal::IsWord(tokens[at - 1], "of") &&
         internal::IsWord(tokens[at - 2], "face") && internal::IsWord(tokens[at - 3], "the");
}

// "protests over the killing spread to dozens of cities", "demonstrations
// erupted": the noun is the subject of a verb of spreading or breaking out
// in the words after it, before any comma or other finite verb.
bool SpreadsAfter(std::span<const Token> tokens, uint32_t from) {
  static constexpr std::array<std::string_view, 23> kSpreading = {
      "spread",    "spreads",   "erupted",   "erupt",    "erupts",     "broke",
      "swept",     "sweep",     "sweeps",    "rocked",   "rock",       "rocks",
      "continued", "continue",  "continues", "raged",    "escalated",  "intensified",
      "flared",    "grew",      "spilled",   "paralysed", "entered"};
  for (uint32_t k = from; k < tokens.size() && k < from + 14; ++k) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == ";" || t.text == ".") return false;
    if (internal::InWords(kSpreading, t)) return true;
    if (internal::IsFiniteVerbTag(t.pos)) return false;
  }
  return false;
}

// "protests against his rule", "protests demanding that he step down":
// the protest's aim, told right after the noun. (Protests told only by
// their occasion, "after weeks of protests over a disputed election", are
// the background of another event more often than an event reported.)
bool AimAfter(std::span<const Token> tokens, uint32_t at) {
  static constexpr std::array<std::string_view, 4> kAims = {"against", "demanding", "calling",
                                                            "denouncing"};
  return at < tokens.size() && internal::InWords(kAims, tokens[at]);
}

// ", sparking", ", setting off", ", triggering": a present participle of
// causing, right after a comma, ending right before `at`.
bool ResultParticipleBefore(std::span<const Token> tokens, uint32_t at) {
  static constexpr std::array<std::string_view, 6> kCausing = {
      "sparking", "triggering", "prompting", "provoking", "igniting", "unleashing"};
  static constexpr std::array<std::string_view, 2> kSetting = {"setting", "touching"};
  if (at >= 2 && internal::InWords(kCausing, tokens[at - 1])) return tokens[at - 2].text == ",";
  return at >= 3 && internal::IsWord(tokens[at - 1], "off") &&
         internal::InWords(kSetting, tokens[at - 2]) && tokens[at - 3].text == ",";
}

}  // namespace

bool CrowdProtestThatHappened(std::span<const Token> tokens, TokenSpan noun) {
  if (noun.empty() || noun.end > tokens.size()) return false;
  // ("six weeks of mass street protests": the modifiers may be tagged as
  // nouns.)
  uint32_t start = NounPhraseStart(tokens, noun.begin);
  while (start > 0 && start + 4 > noun.begin &&
         (tokens[start - 1].pos == kPosNN || tokens[start - 1].pos == kPosJJ ||
          internal::InWords(kMass, tokens[start - 1])) &&
         !tokens[start - 1].Has(kTokenCapitalized))
    --start;
  if (!CrowdProtestNoun(tokens, noun, start)) return false;
  const uint32_t before = start;
  // The subject of a verb of spreading: at the start of its clause ("as
  // protests against the curfew spread", "Demonstrations demanding his
  // resignation erupted"). A verb of spreading reports the protests
  // themselves, so their occasion may stand where an aim would: "as
  // protests over the killing of a student spread to five cities". (Bare
  // "as protests spread" sets the scene of another event.)
  static constexpr std::array<std::string_view, 5> kOpeners = {"as", "when", "while", "and",
                                                               "after"};
  const bool clause_start = before == 0 || tokens[before - 1].text == "," ||
                            internal::InWords(kOpeners, tokens[before - 1]);
  const bool occasion = noun.end < tokens.size() && (internal::IsWord(tokens[noun.end], "over") ||
                                                     internal::IsWord(tokens[noun.end], "at"));
  if (clause_start && (occasion || AimAfter(tokens, noun.end)) && SpreadsAfter(tokens, noun.end))
    return true;
  // "..., setting off nightly protests", "..., sparking violent protests in
  // which ...": the object of a participle of result after a comma is a
  // consequence of the event just told, news of its own. (A relative
  // clause, "the pension reform that had sparked months of strikes", tells
  // the background, as a protest's occasion alone does below.)
  if (ResultParticipleBefore(tokens, before)) return true;
  if (!AimAfter(tokens, noun.end)) return false;
  // "six weeks of mass street protests": back past the stretch ("after
  // six weeks of"), which is itself the cause.
  if (before >= 1 && StretchBefore(tokens, before - 1)) {
    return true;
  }
  return CauseBefore(tokens, before);
}

bool LeaderOfTheProtest(std::span<const Token> tokens, TokenSpan party) {
  static constexpr std::array<std::string_view, 7> kLeading = {
      "led", "organised", "organized", "called", "headed", "spearheaded", "staged"};
  uint32_t k = party.begin;
  while (k > 0 && internal::IsDeterminer(tokens[k - 1])) --k;
  return k >= 2 && internal::IsWord(tokens[k - 1], "by") &&
         internal::InWords(kLeading, tokens[k - 2]);
}

bool ProtestNounOfTheVerb(std::span<const Token> tokens, TokenSpan noun, uint32_t verb_begin,
                          uint32_t verb_end) {
  if (noun.begin >= verb_begin && noun.end <= verb_end) return true;
  if (noun.begin < verb_end || noun.begin > verb_end + 6) return false;
  // ("refused food on Monday in a hunger strike": only a phrase of time
  // may come before the "in" that names the act.)
  uint32_t in = noun.begin;
  while (in > verb_end && (internal::IsDeterminer(tokens[in - 1]) ||
                           tokens[in - 1].pos == kPosJJ || tokens[in - 1].pos == kPosNN))
    --in;
  if (in == verb_end || !internal::IsWord(tokens[in - 1], "in")) return false;
  for (uint32_t k = verb_end; k + 1 < in; ++k) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == ";" || internal::IsFiniteVerbTag(t.pos) || t.pos == kPosVBG) return false;
  }
  return true;
}

bool FestivePurposeAfter(std::span<const Token> tokens, uint32_t from) {
  static constexpr std::array<std::string_view, 14> kFestive = {
      "celebrate", "mark",  "watch", "welcome", "greet",   "cheer",  "mourn",
      "commemorate", "honour", "honor", "see",  "attend", "enjoy", "worship"};
  for (uint32_t k = from; k + 1 < tokens.size() && k < from + 25; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") return false;
    if (internal::IsWord(tokens[k], "to") && internal::InWords(kFestive, tokens[k + 1]))
      return true;
  }
  return false;
}

bool ObjectOfAnotherParticiple(std::span<const Token> tokens, TokenSpan party) {
  static constexpr std::array<std::string_view, 10> kAimVerbs = {
      "demanding", "denouncing", "calling", "protesting", "condemning",
      "urging",    "chanting",   "accusing", "opposing",  "defying"};
  uint32_t k = party.begin;
  while (k > 0 && internal::IsDeterminer(tokens[k - 1])) --k;
  return k > 0 && tokens[k - 1].pos == kPosVBG && !internal::InWords(kAimVerbs, tokens[k - 1]);
}

bool ProtestLookedAheadTo(std::span<const Token> tokens, TokenSpan noun) {
  uint32_t k = noun.begin;
  while (k > 0 && (internal::IsDeterminer(tokens[k - 1]) || tokens[k - 1].pos == kPosJJ ||
                   internal::InWords(kMass, tokens[k - 1])))
    --k;
  return k >= 2 && ((internal::IsWord(tokens[k - 1], "of") && internal::IsWord(tokens[k - 2], "ahead")) ||
                    (internal::IsWord(tokens[k - 1], "to") && internal::IsWord(tokens[k - 2], "run-up")));
}

uint32_t VerbOfAProtestCircumstance(std::span<const Token> tokens, TokenSpan noun,
                                    uint32_t clause_begin) {
  constexpr uint32_t kNone = static_cast<uint32_t>(-1);
  if (noun.empty() || noun.end > tokens.size()) return kNone;
  // ("the largest protest", "the biggest anti-war march": superlatives and
  // modifiers.)
  uint32_t start = noun.begin;
  while (start > clause_begin + 1 &&
         (internal::IsDeterminer(tokens[start - 1]) || tokens[start - 1].pos == kPosJJ ||
          tokens[start - 1].pos == kPosJJS || tokens[start - 1].pos == kPosJJR ||
          internal::InWords(kMass, tokens[start - 1])))
    --start;
  // ("in protest at the verdict" is one person's reason, not a crowd's
  // protest: a determiner or a noun of crowds.)
  if (start <= clause_begin + 2 || !internal::IsWord(tokens[start - 1], "in") ||
      !(internal::IsDeterminer(tokens[start]) || CrowdProtestNoun(tokens, noun, start)))
    return kNone;
  for (uint32_t k = start - 1; k > clause_begin; --k) {
    const Token& t = tokens[k - 1];
    if (t.text == "," || t.text == ";" || t.text == ":") return kNone;
    if (!internal::IsFiniteVerbTag(t.pos) && t.pos != kPosVBN) continue;
    // ("Thousands of people filled the streets": the tagger may read a
    // past tense as a participle. After "be" it is a passive, "dozens of
    // people were hurt in the protest", whose subject held no protest.)
    if (FollowsBeForm(tokens, k - 1)) return kNone;
    // ("many people will join us in a march": a protest hoped for or
    // planned, after a modal or "to", was not held; nor is one that marks
    // an anniversary: FestivePurposeAfter.)
    uint32_t b = k - 1;
    while (b > clause_begin && (tokens[b - 1].pos == kPosRB || tokens[b - 1].pos == kPosMD ||
                                internal::IsWord(tokens[b - 1], "to")))
      if (tokens[--b].pos == kPosMD || internal::IsWord(tokens[b], "to")) return kNone;
    if (FestivePurposeAfter(tokens, noun.end)) return kNone;
    return k - 1;
  }
  return kNone;
}

}  // namespace khaldun::coder_internal
