// A verb's object and a passive's agent (FindObject, FindPassiveAgent); see coder/clause.h.
#include "coder/clause.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "coder/clause_words.h"
#include "coder/gap_runs.h"
#include "coder/object_phrases.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

using namespace clause_words;  // the word lists and tests of clause_words.h

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

bool IsTollParticiple(const Token& t) {
  static constexpr std::array<std::string_view, 7> kTolls = {
      "killing", "wounding", "injuring", "leaving", "destroying", "damaging", "displacing"};
  return InWords(kTolls, t);
}

bool OutcomeClauseAfterPlace(std::span<const Token> tokens, std::span<const Mention> mentions,
                             uint32_t after, uint32_t before) {
  static constexpr std::array<std::string_view, 18> kOutcomes = {
      "killing",  "wounding",   "injuring", "leaving",    "ending",     "drawing",
      "prompting", "raising",   "sparking", "triggering", "forcing",    "destroying",
      "damaging", "displacing", "sending",  "marking",    "provoking",  "causing"};
  for (uint32_t k = after; k + 1 < before && k + 1 < tokens.size(); ++k) {
    if (tokens[k].text != "," || !InWords(kOutcomes, tokens[k + 1])) continue;
    for (const Mention& y : mentions)
      if (y.locative && !y.code.empty() && y.span.begin >= after && y.span.end <= k) return true;
    // "pounded Avdiivka on Monday, killing three Ukrainian soldiers": a
    // town the dictionaries do not hold is still the place hit; the
    // soldiers are its toll (the place, through the gazetteer, or no one
    // gives the target). Only a toll: after a name that is no place ("sent
    // warships through the Taiwan Strait, drawing a protest from Beijing")
    // the reaction's party may still be the one acted on.
    if (!IsTollParticiple(tokens[k + 1])) continue;
    bool names_a_thing = false;
    for (uint32_t j = after; j < k; ++j) {
      if (OpensADate(tokens, j)) {
        j = static_cast<uint32_t>(DateEnd(tokens, j)) - 1;
        continue;
      }
      const bool proper = tokens[j].pos == kPosNNP || tokens[j].pos == kPosNNPS;
      // ("sank the warship Cheonan, killing 46 sailors", "rammed the
      // trawler Santa Maria": a name after a common noun names that thing,
      // a ship or a building, not a place.)
      names_a_thing = proper && j > after &&
                      (tokens[j - 1].pos == kPosNN || tokens[j - 1].pos == kPosNNS ||
                       (names_a_thing && tokens[j - 1].pos == kPosNNP));
      if (!proper || names_a_thing) continue;
      bool covered = false;
      for (const Mention& y : mentions) covered |= y.span.begin <= j && j < y.span.end;
      if (!covered) return true;
    }
  }
  return false;
}

int FindObject(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t after,
               ClauseWindow window, std::string* why) {
  // "sent medical teams, tents and 40 million euros in relief funds to
  // Morocco": objects made of several noun phrases run long (10 lost such
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
    // "signed a Russian-brokered deal with Azerbaijan": the broker is no
    // party the act is done to.
    if (NamesABroker(tokens, x)) continue;
    // "fought along with Syrian rebels against ...": a party after "along
    // with" is a companion of the subject, not the object.
    if (x.span.begin >= 2 && IsWord(tokens[x.span.begin - 1], "with") &&
        IsWord(tokens[x.span.begin - 2], "along"))
      continue;
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
    // "shelled towns inside Armenia, killing 49 Armenian soldiers", "bombed
    // targets in Syria, drawing criticism from the EU": a participle clause
    // of the act's outcome or echo after a comma is an act of its own; when
    // the act names the place it hits before it, the clause's parties are
    // not its object, and the search stops there (the place gives the
    // target). ("stormed the town, killing 300 civilians": with no place
    // named, the victims are whom the assault hit. Not a reason either:
    // "withdrew from the treaty, blaming Russian violations".)
    if (OutcomeClauseAfterPlace(tokens, mentions, after, x.span.begin)) return -1;
    // "After a bomb attack by the rebels killed dozens in the market, the
    // president flew home": a verb in a clause of time opened at the start
    // of the sentence (or after a comma) ends at the next comma; an actor
    // past it is the main clause's subject, not this verb's object.
    {
      uint32_t open = after;
      while (open > 0 && tokens[open - 1].text != "," && tokens[open - 1].text != ";") --open;
      if (InWords(kSubordinators, tokens[open]) && !IsWord(tokens[open], "as"))
        for (uint32_t k = after; k < x.span.begin; ++k)
          if (tokens[k].text == ",") return -1;
    }
    // "arrested two men, who had met the Chinese envoy, in Nairobi": a party
    // inside a relative clause on the object (ParentheticalEnd; the clause
    // window goes on past it) is no object of this verb.
    bool in_relative = false;
    for (uint32_t k = after; k + 1 < x.span.begin && !in_relative; ++k)
      in_relative = tokens[k].text == "," &&
                    (tokens[k + 1].pos == kPosWDT || tokens[k + 1].pos == kPosWP ||
                     tokens[k + 1].pos == kPosWPS) &&
                    ParentheticalEnd(tokens, k, window.end) > x.span.begin;
    if (in_relative) continue;
    // "Modi and Sharif shook hands in Astana, the first meeting between an
    // Indian premier and a Pakistani leader in a decade": the
    // parties of a meeting noun set off by a comma after the verb's phrase
    // are the subject's own, described again, not acted on; the search
    // stops there.
    {
      // (Back over a determiner and modifiers: "between a sitting American
      // president".)
      uint32_t b = x.span.begin;
      for (int steps = 0; steps < 3 && b > after + 1 && !IsWord(tokens[b - 1], "between") &&
                          (IsDeterminer(tokens[b - 1]) || tokens[b - 1].pos == kPosJJ ||
                           tokens[b - 1].pos == kPosVBG || tokens[b - 1].pos == kPosVBN);
           ++steps)
        --b;
      static constexpr std::array<std::string_view, 8> kMeetings = {
          "meeting", "encounter", "summit", "talks", "meetings", "encounters", "summits", "contact"};
      if (b > after + 2 && IsWord(tokens[b - 1], "between") && InWords(kMeetings, tokens[b - 2])) {
        bool comma = false;
        for (uint32_t k = after; k + 1 < b && !comma; ++k) comma = tokens[k].text == ",";
        if (comma) return -1;
      }
    }
    // "Iran condemned the decision and Russia attacked": a conjunction that
    // does not join two actors starts a new clause, whose subject is not
    // this verb's object.
    for (uint32_t k = after; k < x.span.begin; ++k) {
      // "signed gas deals during Xi Jinping's visit to Astana": a "during"
      // phrase is the setting of the act, not its object.
      if (IsWord(tokens[k], "during")) return -1;
      // "jailed two men on charges of spying for Tehran": an actor in a
      // phrase of cause, charge or topic is not the object.
      if (OpensCauseOrChargePhrase(tokens, after, k, x.span.begin, x.span.end)) return -1;
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
      // "The envoy said rebels had shelled the camp and that the capital
      // would answer": "and that" opens a second reported clause, whose
      // subject is no object of the first clause's verb. (Not "that of":
      // "seized the convoy and that of the relief agency".)
      if (IsWord(tokens[k + 1], "that") && k + 2 < tokens.size() && !IsWord(tokens[k + 2], "of"))
        return -1;
      bool new_clause = false;
      for (uint32_t q = k + 1; q < x.span.begin && q <= k + 3 && !new_clause; ++q)
        new_clause = IsVerbTag(tokens[q].pos) || tokens[q].pos == kPosMD || tokens[q].text == "," ||
                     (IsPreposition(tokens[q]) && q == k + 1);
      if (new_clause) return -1;
    }
    // "Protesters marched on the presidential palace, the army chief said":
    // an actor after a comma and right before a verb of saying is the
    // speaker of the attribution that closes the sentence, not the object;
    // the search stops there.
    {
      static constexpr std::array<std::string_view, 6> kSaid = {"said",  "says",     "told",
                                                                "added", "reported", "stated"};
      uint32_t b = x.span.begin;
      if (b > 0 && IsDeterminer(tokens[b - 1])) --b;
      if (b > after && tokens[b - 1].text == "," && x.span.end < tokens.size() &&
          InWords(kSaid, tokens[x.span.end]))
        return -1;
    }
    // "Turkish jets struck what Ankara described as a rebel
    // arms depot near Sinjar": the speaker of a "what X called" phrase
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
  // "were killed by chlorine dropped by an army helicopter": whoever
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
    // "the aid worker kidnapped in Mali last year was released by the
    // militants": an auxiliary after the participle starts the sentence's
    // own verb, whose "by" it is; the participle describes its noun.
    static constexpr std::string_view kAuxiliaries[] = {"was", "were", "is",  "are",
                                                        "has", "have", "had"};
    if (InWords(kAuxiliaries, tokens[k])) return true;
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

// The party a unit named by mention `unit` includes: "a commando that
// included Colombian mercenaries", "gunmen including two Serbs", "a squad
// that police said included Colombians" (the speaker between is passed
// over). Only counts and lower-case modifiers may stand between "included"
// and the party, which must have a country. -1 if none.
int MemberIncludedIn(std::span<const Token> tokens, std::span<const Mention> mentions,
                     size_t unit) {
  static constexpr std::string_view kIncluded[] = {"included", "includes", "including"};
  uint32_t k = mentions[unit].span.end;
  if (k < tokens.size() && (IsRelativePronoun(tokens, k) || IsWord(tokens[k], "that"))) {
    // ("that police said included": at most three words and "said".)
    uint32_t q = k + 1;
    for (uint32_t said = k + 1; said < tokens.size() && said <= k + 4; ++said)
      if (IsWord(tokens[said], "said")) q = said + 1;
    k = q;
  }
  if (k >= tokens.size() || !InWords(kIncluded, tokens[k])) return -1;
  for (size_t y = unit + 1; y < mentions.size(); ++y) {
    const Mention& member = mentions[y];
    if (member.span.begin <= k) continue;
    if (member.span.begin > k + 3 || !UsableMention(member) || member.unplaced) return -1;
    for (uint32_t q = k + 1; q < member.span.begin; ++q)
      if (!IsCount(tokens[q]) &&
          !(tokens[q].Has(kTokenWord) && !tokens[q].Has(kTokenCapitalized) &&
            !IsPreposition(tokens[q])))
        return -1;
    return static_cast<int>(y);
  }
  return -1;
}

}  // namespace

int FindPassiveAgent(std::span<const Token> tokens, std::span<const Mention> mentions,
                     std::span<const PhraseMatch> matches, uint32_t after, ClauseWindow window,
                     std::string* why, int* unit) {
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.begin < after || x.span.begin >= window.end || !UsableMention(x)) continue;
    // "was killed by Israeli troops", "was assassinated by a group of armed
    // mercenaries": "by", then perhaps a quantity or a group and modifiers.
    // A count may be spelled out: "the clerk was abducted by three masked
    // gunmen".
    uint32_t b = x.span.begin;
    for (int skipped = 0; skipped < 6 && b > 0 && !IsWord(tokens[b - 1], "by"); ++skipped) {
      const Token& t = tokens[b - 1];
      if (!(IsDeterminer(t) || IsWord(t, "of") || IsWord(t, "team") || IsWord(t, "squad") ||
            InWords(kQuantities, t) ||
            IsCount(t) || (t.pos == kPosJJ && !t.Has(kTokenCapitalized))))
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
          if (unit != nullptr) *unit = static_cast<int>(m);
          return static_cast<int>(k);
        }
      }
      // "by a unit that included Chilean mercenaries", "by gunmen
      // including two Serbs", "by a gang that police said included three
      // Albanians": a unit named without a country is made of the party
      // its "including" names.
      if (x.unplaced) {
        const int member = MemberIncludedIn(tokens, mentions, m);
        if (member >= 0) {
          *why = "source: the passive's agent (by a unit including ...)";
          if (unit != nullptr) *unit = static_cast<int>(m);
          return member;
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

}  // namespace khaldun::internal
