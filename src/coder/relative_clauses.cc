#include "coder/relative_clauses.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "coder/clause.h"
#include "coder/clause_words.h"
#include "coder/mentions.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// "--" or an em dash, which may set off a relative clause as a comma does:
// "Lula -- who took office in 2023 -- urged ...".
bool IsDash(const Token& t) { return t.text == "--" || t.text == "\u2014"; }

// Words that may stand between a relative pronoun and its verb without
// being the clause's subject: "which last week accused", "who on Monday
// met", "which this year hosted".
bool IsTimeWord(const Token& t) {
  static constexpr std::array<std::string_view, 12> kTime = {
      "last",    "this", "next",  "earlier", "later", "today",
      "yesterday", "tonight", "week", "month", "year", "weekend"};
  return InWords(kTime, t) || IsWeekday(t);
}

// The comma that opens the relative clause whose pronoun is tokens[k], or 0:
// "who", "which" or "whose" right after a comma ("the junta, which took
// power in July, ..."), or "that" with a finite verb after the head noun of
// an appositive that the comma opens with an article or a possessive
// ("Hamas, the Islamist group that runs Gaza, ...", "Hezbollah, Lebanon's
// strongest armed group that ...").
uint32_t CommaRelativeOpening(std::span<const Token> tokens, uint32_t k) {
  if (k == 0 || k + 1 >= tokens.size()) return 0;
  // "Oman, which hosts the talks and which faces an election, urged ...":
  // a second relative clause joined by "and" to one opened by a comma
  // belongs to it.
  if (k >= 4 && (IsWord(tokens[k - 1], "and") || IsWord(tokens[k - 1], "but")) &&
      (IsWord(tokens[k], "who") || IsWord(tokens[k], "which"))) {
    for (uint32_t p = k - 2; p >= 2 && p + 25 > k; --p) {
      if (tokens[p].text == ";" || tokens[p].text == ":") return 0;
      if (IsWord(tokens[p], tokens[k].text) && tokens[p - 1].text == ",")
        return CommaRelativeOpening(tokens, p);
    }
    return 0;
  }
  if (tokens[k - 1].text == "," || IsDash(tokens[k - 1])) {
    if (IsWord(tokens[k], "whose")) return k - 1;
    if (ObjectRelativeVerb(tokens, k) > 0) return k - 1;
    if (!IsWord(tokens[k], "who") && !IsWord(tokens[k], "which")) return 0;
    // Only a clause whose subject is the pronoun, its verb right after it
    // (past auxiliaries and adverbs): in "the rate, which G7 nations, in
    // particular the US, have blamed ..." the clause has a subject of its
    // own and its verb comes after a comma.
    // ("which is not a party to ...": a be-form may be the verb; "who on
    // Monday met ...": so may a date.)
    uint32_t v = k + 1;
    if (OpensADate(tokens, v)) v = static_cast<uint32_t>(DateEnd(tokens, v));
    bool verb = false;
    for (; v < tokens.size() && IsAuxiliaryOrAdverb(tokens[v]); ++v)
      verb |= IsFiniteVerbTag(tokens[v].pos);
    verb |= v < tokens.size() && IsVerbTag(tokens[v].pos) && !tokens[v].Has(kTokenCapitalized);
    return verb ? k - 1 : 0;
  }
  if (!IsWord(tokens[k], "that") || !IsNounTag(tokens[k - 1].pos) ||
      !IsFiniteVerbTag(tokens[k + 1].pos))
    return 0;
  bool owned = false;
  for (uint32_t b = k - 1; b > 0 && b + 8 > k; --b) {
    const Token& t = tokens[b];
    if (t.text == ",") {
      const Token& first = tokens[b + 1];
      const bool article = IsWord(first, "the") || IsWord(first, "a") || IsWord(first, "an");
      return article || owned ? b : 0;
    }
    owned |= t.pos == kPosPOS || t.Has(kTokenPossessive);
    if (!IsNounTag(t.pos) && t.pos != kPosJJ && t.pos != kPosJJS && t.pos != kPosCD &&
        t.pos != kPosVBN && t.pos != kPosPOS && !IsDeterminer(t))
      return 0;
  }
  return 0;
}

bool EndsClauseScan(const Token& t) { return t.text == ";" || t.text == ":"; }

// The first comma in [from, limit) after the clause's own verb that is
// followed (past adverbs and auxiliaries) by a finite verb or a past form,
// the main clause's verb; or 0. A participle phrase (`phrase`) has its verb
// already and ends at a finite verb of its own (it would be a clause).
// (`verb_seen`: the clause's verb stands before `from`, as an object
// relative clause's may be a participle: "whom the envoy praised/VBN".)
// (`mark`: the comma or dash that opened the clause, which closes it.)
uint32_t CommaBeforeMainVerb(std::span<const Token> tokens, uint32_t from, uint32_t limit,
                             bool phrase, bool verb_seen = false, std::string_view mark = ",") {
  bool own_verb = phrase || verb_seen;
  for (uint32_t k = from; k < limit; ++k) {
    if (EndsClauseScan(tokens[k])) return 0;
    if (tokens[k].text != mark) {
      if (phrase && IsFiniteVerbTag(tokens[k].pos)) return 0;
      own_verb |= IsFiniteVerbTag(tokens[k].pos);
      continue;
    }
    if (!own_verb) continue;
    uint32_t q = k + 1;
    while (q < limit && IsAuxiliaryOrAdverb(tokens[q])) ++q;
    if (q >= limit) return 0;
    // (The tagger may read the main verb after the comma as a participle:
    // "Putin, who spoke on Monday, agreed/VBN to ...".)
    const uint8_t pos = tokens[q].pos;
    if ((IsFiniteVerbTag(pos) || pos == kPosVBN) && !tokens[q].Has(kTokenCapitalized)) return k;
  }
  return 0;
}

}  // namespace

uint32_t ObjectRelativeVerb(std::span<const Token> tokens, uint32_t pronoun) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (pronoun == 0 || pronoun + 2 >= n ||
      (tokens[pronoun - 1].text != "," && !IsDash(tokens[pronoun - 1])))
    return 0;
  if (!IsWord(tokens[pronoun], "whom") && !IsWord(tokens[pronoun], "which") &&
      !IsWord(tokens[pronoun], "who"))
    return 0;
  // The clause's subject: "the Italian prime minister", "Western
  // governments", "the US and the EU", "Kenya's president".
  uint32_t k = pronoun + 1;
  bool noun = false;
  for (; k < n && k < pronoun + 8; ++k) {
    const Token& t = tokens[k];
    if (IsTimeWord(t)) return 0;
    const bool part = IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosJJS ||
                      t.pos == kPosCD || t.pos == kPosPOS || t.Has(kTokenPossessive) ||
                      IsDeterminer(t) || (noun && IsWord(t, "and"));
    if (!part) break;
    noun |= IsNounTag(t.pos);
  }
  if (!noun || k >= n || k == pronoun + 1) return 0;
  // Its verb, finite or after a finite auxiliary: "have accused", "praised".
  bool finite = false;
  for (; k < n && IsAuxiliaryOrAdverb(tokens[k]); ++k) finite |= IsFiniteVerbTag(tokens[k].pos);
  if (k >= n || !IsVerbTag(tokens[k].pos) || tokens[k].pos == kPosVBG ||
      tokens[k].Has(kTokenCapitalized))
    return 0;
  finite |= IsFiniteVerbTag(tokens[k].pos) || tokens[k].pos == kPosVBN;
  // ("Iran, which US officials say is arming Russia": the antecedent is the
  // subject of what is said, not the object of "say".)
  static constexpr std::array<std::string_view, 12> kSay = {
      "say",     "says",   "said",  "believe", "believes", "allege",
      "alleges", "argue",  "argues", "claim",  "claims",   "think"};
  if (!finite || InWords(kSay, tokens[k])) return 0;
  return k;
}

int ObjectRelativeAntecedent(std::span<const Token> tokens, std::span<const Mention> mentions,
                             uint32_t window_begin, uint32_t verb) {
  if (window_begin < 3 || ObjectRelativeVerb(tokens, window_begin - 1) != verb) return -1;
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].span.end == window_begin - 2 && clause_words::UsableMention(mentions[m]) &&
        !mentions[m].possessive &&
        !clause_words::AfterPreposition(tokens, mentions[m]))
      return static_cast<int>(m);
  return -1;
}

uint32_t ClosedRelativeOpening(std::span<const Token> tokens, uint32_t pronoun, uint32_t verb) {
  const uint32_t close = RelativeClauseClose(tokens, pronoun, verb + 1);
  return close > 0 && close < verb ? CommaRelativeOpening(tokens, pronoun) : 0;
}

bool FiniteVerbBeforeComma(std::span<const Token> tokens, uint32_t comma) {
  if (comma == 0 || comma >= tokens.size()) return false;
  bool verb = false;
  uint32_t relative_open = 0;  // the comma opening a relative clause `comma` closes
  for (uint32_t k = comma; k-- > 0;) {
    if (EndsClauseScan(tokens[k])) break;
    if (!verb) {
      // (Past a closed relative clause, the antecedent's clause ends at the
      // comma before it: "..., and Moon, who greeted him, pledged".)
      if (relative_open > 0 && k < relative_open && tokens[k].text == ",") break;
      verb = IsFiniteVerbTag(tokens[k].pos);
      continue;
    }
    if (tokens[k].text == ",") break;
    if (const uint32_t open = CommaRelativeOpening(tokens, k);
        open > 0 && RelativeClauseClose(tokens, k, comma + 2) == comma) {
      verb = false;
      relative_open = open;
    }
  }
  return verb;
}

uint32_t RelativeClauseClose(std::span<const Token> tokens, uint32_t pronoun, uint32_t limit) {
  const uint32_t open = CommaRelativeOpening(tokens, pronoun);
  if (open == 0) return 0;
  const std::string_view mark = tokens[open].text;
  if (limit > tokens.size()) limit = static_cast<uint32_t>(tokens.size());
  if (const uint32_t verb = ObjectRelativeVerb(tokens, pronoun); verb > 0 && verb < limit)
    return CommaBeforeMainVerb(tokens, verb + 1, limit, false, true, mark);
  return CommaBeforeMainVerb(tokens, pronoun + 1, limit, false, false, mark);
}

uint32_t ParticiplePhraseClose(std::span<const Token> tokens, uint32_t participle,
                               uint32_t limit) {
  if (participle < 2 || participle >= tokens.size() || tokens[participle - 1].text != "," ||
      !IsNounTag(tokens[participle - 2].pos))
    return 0;
  // (The tagger may read a past participle there as a past tense: "the
  // envoy, asked/VBD about the vote, ...".)
  const Token& p = tokens[participle];
  const bool past = p.pos == kPosVBN || (p.pos == kPosVBD && p.text.ends_with("ed") &&
                                         !p.Has(kTokenCapitalized));
  if (!past && p.pos != kPosVBG) return 0;
  if (limit > tokens.size()) limit = static_cast<uint32_t>(tokens.size());
  return CommaBeforeMainVerb(tokens, participle + 1, limit, true);
}

uint32_t InterruptionBefore(std::span<const Token> tokens, uint32_t window_begin, uint32_t verb) {
  if (verb >= tokens.size()) return 0;
  // The closing comma stands right before the verb, past auxiliaries and
  // adverbs ("..., erupted on Monday after officials agreed" is no verb
  // right after the clause).
  uint32_t close = verb;
  while (close > 0 && IsAuxiliaryOrAdverb(tokens[close - 1])) --close;
  if (close < 4 || (tokens[close - 1].text != "," && !IsDash(tokens[close - 1]))) return 0;
  --close;
  if (window_begin > 0)
    if (const uint32_t open = ClosedRelativeOpening(tokens, window_begin - 1, verb);
        open > 0 && RelativeClauseClose(tokens, window_begin - 1, verb + 1) == close)
      return open;
  // ("Nineteen states, including Oman, have agreed": a phrase of
  // "including" names members of the subject, who act with it.)
  for (uint32_t p = close - 1; p >= 2 && p + 30 > close; --p)
    if (tokens[p - 1].text == "," && !IsWord(tokens[p], "including") &&
        ParticiplePhraseClose(tokens, p, verb + 1) == close)
      return p - 1;
  return 0;
}

ClauseWindow PastClosedRelative(std::span<const Token> tokens, ClauseWindow window, uint32_t verb) {
  if (window.begin == 0 || verb >= tokens.size()) return window;
  const uint32_t close = RelativeClauseClose(tokens, window.begin - 1, verb + 1);
  if (close > 0 && close < verb) window.begin = close + 1;
  return window;
}

uint32_t SetOffPhraseOpening(std::span<const Token> tokens, ClauseWindow window, uint32_t verb) {
  if (verb >= tokens.size() || verb <= window.begin) return verb;
  uint32_t close = verb;
  while (close > window.begin && IsAuxiliaryOrAdverb(tokens[close - 1])) --close;
  if (close < window.begin + 3) return verb;
  const std::string_view mark = tokens[close - 1].text;
  if (mark != "," && !IsDash(tokens[close - 1])) return verb;
  for (uint32_t k = close - 1; k-- > window.begin + 1 && k + 17 > close;) {
    if (IsFiniteVerbTag(tokens[k].pos) || tokens[k].text == ";") return verb;
    if (tokens[k].text != mark) continue;
    if (k + 2 > close - 1) return verb;  // nothing between the marks
    return k;
  }
  return verb;
}

}  // namespace khaldun::internal
