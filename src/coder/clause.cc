// Clause windows and the word-level tests of coder/clause.h; its readers of
// verbs, subjects, objects and event nouns are in clause_*.cc.
#include "coder/clause.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "coder/clause_words.h"
#include "coder/fronted_phrase.h"
#include "coder/gap_runs.h"
#include "coder/relative_clauses.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

using namespace clause_words;  // the word lists and tests of clause_words.h

bool IsFiniteVerbTag(uint8_t pos) {
  return pos == kPosVBD || pos == kPosVBZ || pos == kPosVBP || pos == kPosMD;
}

bool PastVerbWithObject(std::span<const Token> tokens, uint32_t at) {
  if (at == 0 || at + 1 >= tokens.size()) return false;
  const Token& verb = tokens[at];
  if (verb.pos != kPosVBN || !verb.text.ends_with("ed") || IsAuxiliaryOrAdverb(tokens[at - 1]))
    return false;
  const Token& next = tokens[at + 1];
  if (IsWeekday(next) || IsMonthName(next)) return false;  // "troops deployed Monday"
  return next.pos == kPosDT || next.pos == kPosPRPS || next.pos == kPosCD ||
         next.pos == kPosNNP || next.pos == kPosNNPS || next.pos == kPosPRP ||
         next.Has(kTokenCapitalized) ||
         (next.pos == kPosJJ && !IsWord(next, "enough"));
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

// "Russia annexed Crimea, a move the United States condemned as illegal",
// "Ankara closed the crossings, a step that Brussels criticised": a comma
// and an appositive noun that sums up the act just reported open a
// comment on that act; who makes the comment is no party to the act.
bool StartsActAppositive(std::span<const Token> tokens, uint32_t comma) {
  static constexpr std::array<std::string_view, 7> kActNouns = {
      "move", "step", "decision", "measure", "action", "gesture", "act"};
  if (tokens[comma].text != ",") return false;
  uint32_t k = comma + 1;
  if (k >= tokens.size() || !(IsWord(tokens[k], "a") || IsWord(tokens[k], "an"))) return false;
  ++k;
  for (int adjectives = 0; adjectives < 2 && k < tokens.size() && tokens[k].pos == kPosJJ;
       ++adjectives)
    ++k;
  return k < tokens.size() && InWords(kActNouns, tokens[k]);
}

// ", and the navy sank the ferry": a comma and "and" before a subject of a
// few words (names, determiners, nouns, a possessive) and its own finite
// verb open a new clause.
static bool StartsJoinedClause(std::span<const Token> tokens, uint32_t comma) {
  if (comma + 3 >= tokens.size() || tokens[comma].text != "," ||
      !IsWord(tokens[comma + 1], "and"))
    return false;
  uint32_t k = comma + 2;
  const uint32_t first = k;
  while (k < tokens.size() && k < first + 6) {
    const Token& t = tokens[k];
    const bool subject_word = t.pos == kPosDT || t.pos == kPosJJ || t.pos == kPosNNP ||
                              t.pos == kPosNNPS || t.pos == kPosNN || t.pos == kPosNNS ||
                              t.pos == kPosPOS || t.pos == kPosCD || t.pos == kPosPRP ||
                              t.Has(kTokenCapitalized);
    if (!subject_word || (k > first && t.pos == kPosPRP)) break;
    ++k;
  }
  if (k == first) return false;
  while (k < tokens.size() && tokens[k].pos == kPosRB) ++k;
  return k < tokens.size() &&
         (IsFiniteVerbTag(tokens[k].pos) || PastVerbWithObject(tokens, k));
}

ClauseWindow ClauseAround(std::span<const Token> tokens, uint32_t at) {
  ClauseWindow w{0, static_cast<uint32_t>(tokens.size())};
  for (uint32_t k = at; k-- > 0;) {
    if (IsBoundary(tokens[k]) || IsRelativeThat(tokens, k) || StartsJoinedClause(tokens, k)) {
      w.begin = k + 1;
      break;
    }
  }
  for (uint32_t k = at + 1; k < tokens.size(); ++k) {
    // "arrested two men, who had arrived a day earlier, in Nairobi": a
    // relative clause on an object, closed by a comma that "to" or a
    // preposition follows (ParentheticalEnd), does not end the clause; it
    // goes on after the clause (whose words FindObject does not take).
    if (k > at + 1 && tokens[k - 1].text == "," && IsBoundary(tokens[k]) &&
        !tokens[k].Has(kTokenQuote))
      if (const uint32_t resumed = ParentheticalEnd(tokens, k - 1, tokens.size()); resumed > k) {
        k = resumed - 1;
        continue;
      }
    if (IsBoundary(tokens[k]) || IsRelativeThat(tokens, k) ||
        StartsTrailingAttribution(tokens, k) || StartsActAppositive(tokens, k) ||
        StartsJoinedClause(tokens, k)) {
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
  // "After rebels shelled the town, the army ...": a fronted subordinate
  // clause ends at its comma.
  if (const uint32_t close = FrontedClauseClose(tokens, at); close > at && close < w.end)
    w.end = close;
  // "urged Angola, which has rejected the findings, to investigate ...": a
  // relative clause on an object, closed by a comma that "to" or a
  // preposition follows (gap_runs.h ParentheticalEnd), ends at that comma;
  // what follows is the main clause's again.
  if (w.begin >= 2 && tokens[w.begin - 2].text == ",")
    if (const uint32_t resumed = ParentheticalEnd(tokens, w.begin - 2, w.end);
        resumed > at + 1 && resumed - 1 < w.end)
      w.end = resumed - 1;
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

}  // namespace khaldun::internal
