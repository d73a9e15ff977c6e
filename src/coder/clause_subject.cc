// A verb's subject, and a crowd as one (FindSubject, CrowdSubject); see coder/clause.h.
#include "coder/clause.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>
#include <vector>

#include "coder/clause_words.h"
#include "coder/relative_clauses.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

using namespace clause_words;  // the word lists and tests of clause_words.h

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
    // ("Mali's army, one of the largest forces of the region, attacked":
    // or "one of" a group; "Chad's troops, veterans of the desert war,
    // attacked": or a common noun with no article.)
    const Token& article = tokens[open];
    const bool one_of = IsWord(article, "one") && open + 1 < x.span.begin &&
                        IsWord(tokens[open + 1], "of");
    const bool bare_noun = open == x.span.begin && IsNounTag(article.pos) &&
                           !article.Has(kTokenCapitalized) && x.span.end < before &&
                           IsPreposition(tokens[x.span.end]);
    if (!IsWord(article, "a") && !IsWord(article, "an") && !IsWord(article, "the") && !one_of &&
        !bare_noun)
      return false;
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

// "Kenyan President William Ruto, whose country hosts the summit this
// month, urged ...", "Emmanuel Macron, standing beside his German counterpart
// at the memorial, offered condolences", "Lula, on an official
// trip to Angola, proposed ...": an actor inside a phrase set off
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
      IsWord(opener, "whose") || IsWord(opener, "who") || IsWord(opener, "which") ||
      IsWord(opener, "whom");
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

// "Omar Haddad, a spokesman for Hezbollah, accused ...", "Amina Yusuf, the
// head of the Somali parliament, met ...": a sentence that opens with a name
// no dictionary knows, then an appositive (an article, a role noun, "of" or
// "for" and a party) set off by commas right before the verb, has that
// role for its subject; the party the role works for stands for it. The
// party's mention, or -1.
int PartyOfAnUnknownNamesRole(std::span<const Token> tokens, std::span<const Mention> mentions,
                              uint32_t before) {
  uint32_t close = before;
  // (Past auxiliaries and adverbs: "..., was captured", "..., has since denied".)
  while (close > 0 && IsAuxiliaryOrAdverb(tokens[close - 1])) --close;
  if (close < 6 || tokens[close - 1].text != ",") return -1;
  --close;  // the comma that closes the appositive
  // The name: capitalised words from the sentence's start to a comma.
  uint32_t open = 0;
  while (open < close && tokens[open].Has(kTokenCapitalized) && IsNounTag(tokens[open].pos))
    ++open;
  if (open == 0 || open > 4 || tokens[open].text != ",") return -1;
  for (const Mention& x : mentions)
    if (!x.span.empty() && x.span.begin < open) return -1;
  // The appositive: an article and a role noun (past adjectives), "of" or
  // "for", then the party, ending at the comma; no verb inside.
  uint32_t k = open + 1;
  if (!(IsWord(tokens[k], "a") || IsWord(tokens[k], "an") || IsWord(tokens[k], "the"))) return -1;
  ++k;
  // ("the alleged operations chief", "a self-styled commander".)
  while (k < close &&
         (tokens[k].pos == kPosJJ || tokens[k].pos == kPosVBN || tokens[k].Has(kTokenHyphenated)) &&
         !tokens[k].Has(kTokenCapitalized))
    ++k;
  uint32_t head_end = k;
  while (head_end < close && (tokens[head_end].pos == kPosNN || tokens[head_end].pos == kPosNNS) &&
         !tokens[head_end].Has(kTokenCapitalized))
    ++head_end;
  if (head_end == k || head_end >= close ||
      !(IsWord(tokens[head_end], "of") || IsWord(tokens[head_end], "for")))
    return -1;
  for (uint32_t v = head_end; v < close; ++v)
    if (IsVerbTag(tokens[v].pos) || tokens[v].text == ",") return -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.begin <= head_end || x.span.begin > head_end + 3 || x.span.end != close) continue;
    if (UsableMention(x) && !x.possessive && !x.code.starts_with(kUnplacedCountry))
      return static_cast<int>(m);
  }
  return -1;
}

// Where the subject ends whose member a relative clause's antecedent group
// is: when the relative pronoun tokens[pronoun] ("who", "that", "which")
// follows a group that is the complement of a be-form ("among the
// countries", "among those", "one of the few leaders"), the index of the
// actor's last token + 1, the be-form (past adverbs and "has" before it).
// "Norway was also among the states that condemned the raid" gives "was".
// Otherwise 0.
uint32_t GroupMembershipSubjectEnd(std::span<const Token> tokens, uint32_t pronoun) {
  if (pronoun < 4 || pronoun >= tokens.size()) return 0;
  uint32_t k = pronoun;
  if (tokens[k - 1].text == ",") --k;
  // The group: a short noun phrase ("the Western countries", "the first
  // leaders", "those", "20 states", "many") right after "among" or "one of".
  bool head = false;
  for (; k > 0 && k + 7 > pronoun; --k) {
    const Token& t = tokens[k - 1];
    if (IsWord(t, "among") || IsWord(t, "of")) break;
    const bool noun = IsNounTag(t.pos) || IsWord(t, "those");
    if (!noun && !IsDeterminer(t) && t.pos != kPosJJ && t.pos != kPosJJS && t.pos != kPosCD &&
        !t.Has(kTokenNumber) && !IsQuantityWord(t))
      return 0;
    head |= noun;
  }
  if (!head || k < 2) return 0;
  uint32_t p = k - 1;
  if (IsWord(tokens[p], "of")) {
    if (!IsWord(tokens[p - 1], "one")) return 0;
    --p;
  } else if (!IsWord(tokens[p], "among")) {
    return 0;
  }
  while (p > 0 && IsAdverb(tokens[p - 1])) --p;
  if (p < 2 || !InWords(kBeForms, tokens[p - 1])) return 0;
  uint32_t be = p - 1;
  // ("Norway has been among ...", "Norway also was among ...")
  while (be > 0 && (IsAdverb(tokens[be - 1]) || IsWord(tokens[be - 1], "has") ||
                    IsWord(tokens[be - 1], "have") || IsWord(tokens[be - 1], "had")))
    --be;
  return be;
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

// "Spain and Italy were among the countries that sent rescue teams to
// Morocco", "Chile was among the first states to recognise the new
// government", "Norway is one of the few states that condemned the raid":
// the verb of a relative clause (or an infinitive) on the
// noun after "among" in "X was among the N" is X's act; the mention right
// before the be-form (an adverb may follow it: "were also among") is the
// subject, and through its coordination the whole list. Returns -1 when the
// verb at `verb` stands in no such clause.
int SubjectOfAmongRelative(std::span<const Token> tokens, std::span<const Mention> mentions,
                           uint32_t verb) {
  uint32_t k = verb;
  while (k > 0 && verb - k < 3 && IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  if (k < 5 || !(IsWord(tokens[k - 1], "who") || IsWord(tokens[k - 1], "that") ||
                 (IsWord(tokens[k - 1], "to") && tokens[verb].pos == kPosVB)))
    return -1;
  const uint32_t subject_end = GroupMembershipSubjectEnd(tokens, k - 1);
  if (subject_end == 0) return -1;
  for (size_t x = 0; x < mentions.size(); ++x)
    if (mentions[x].span.end == subject_end && UsableMention(mentions[x]) &&
        !mentions[x].possessive && !mentions[x].locative)
      return static_cast<int>(x);
  return -1;
}

// "Israel barred the inspectors, the UN rights chief said on Monday,
// condemning the move", "Lima expelled the envoy, the foreign ministry in
// Quito said, calling the decision absurd": a present participle right after
// an attribution set off by commas (a speaker, then "said", "says",
// "announced" or "told ...", then only its time and place) is the speaker's,
// not the reported clause's subject. Returns the speaker's mention (the
// first party between the comma that opens the attribution and its verb;
// "Chancellor Kurz's office" names its party by the possessive), or -1.
int SpeakerOfAttributionBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                               uint32_t comma) {
  static constexpr std::array<std::string_view, 6> kReporting = {"said",  "says",  "announced",
                                                                 "told",  "added", "stated"};
  if (comma < 3 || tokens[comma].text != ",") return -1;
  uint32_t verb = comma;
  for (uint32_t k = comma; k-- > 0 && k + 10 > comma;) {
    if (tokens[k].text == "," || IsBoundary(tokens[k])) break;
    if (InWords(kReporting, tokens[k])) {
      verb = k;
      break;
    }
    // Only adjuncts of time and place after the verb ("on Saturday", "in a
    // statement", "told reporters in Belgrade"): no other verb.
    if (IsVerbTag(tokens[k].pos)) return -1;
  }
  if (verb == comma) return -1;
  uint32_t open = verb;
  while (open > 0 && verb - open < 10 && tokens[open - 1].text != ",") {
    --open;
    if (IsVerbTag(tokens[open].pos) || IsBoundary(tokens[open])) return -1;
  }
  if (open == 0 || open == verb) return -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.begin >= open && x.span.end <= verb && UsableMention(x)) return static_cast<int>(m);
  }
  return -1;
}

}  // namespace

namespace {

// Whether `allies` is named right after `party` as its helpers: "and"
// then one or two lower-case words, one of them "allied", "pro-government",
// "pro-regime" or "loyalist" ("the army and allied militias", "police and
// pro-government gunmen").
bool HelpsThePartyBefore(std::span<const Token> tokens, const Mention& party,
                         const Mention& allies) {
  static constexpr std::array<std::string_view, 4> kAllied = {"allied", "pro-government",
                                                              "pro-regime", "loyalist"};
  // (Not a bare country, which may be a demonym shared with the allies:
  // "Dutch and allied ships".)
  const uint32_t k = party.span.end;
  if (party.code.size() <= 3 || k + 2 > allies.span.begin || allies.span.begin > k + 3 || !IsWord(tokens[k], "and"))
    return false;
  bool allied = false;
  for (uint32_t j = k + 1; j < allies.span.begin; ++j) {
    if (!tokens[j].Has(kTokenWord) || tokens[j].Has(kTokenCapitalized)) return false;
    allied |= InWords(kAllied, tokens[j]);
  }
  return allied;
}

}  // namespace

int FindSubject(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t before,
                ClauseWindow window, std::string* why) {
  if (int owner = OwnerOfNounBeforeInfinitive(tokens, mentions, before); owner >= 0) {
    *why = "subject: the owner of the noun the infinitive completes (X's move to ...)";
    return owner;
  }
  if (const int among = SubjectOfAmongRelative(tokens, mentions, before); among >= 0) {
    *why = "subject: who was among those the relative clause describes (X was among the N who ...)";
    return among;
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
  if (const int role = PartyOfAnUnknownNamesRole(tokens, mentions, before); role >= 0) {
    *why = "subject: the party whose role the appositive after an unknown name gives";
    return role;
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
  // main clause ("Maduro released 10 detainees on Friday, a day after
  // hosting a US delegation in Caracas").
  // ("..., in effect seizing them", "..., thereby forcing", "...,
  // effectively ending": an adverb may stand between the comma and the
  // participle.)
  // "After meeting Macron in Paris, Lula said ...", "Before flying on to
  // Warsaw, the chancellor visited Kyiv": a participle that opens the
  // sentence after "after", "before", "while" or "upon" has the subject of
  // the main clause its phrase is fronted before: the first party after
  // the phrase's comma that a verb follows.
  if (before == 1 && before + 1 < tokens.size() &&
      (IsWord(tokens[0], "after") || IsWord(tokens[0], "before") || IsWord(tokens[0], "while") ||
       IsWord(tokens[0], "upon")) &&
      (tokens[before].pos == kPosVBG || tokens[before].text.ends_with("ing"))) {
    uint32_t comma = 0;
    for (uint32_t k = before + 1; k < tokens.size() && comma == 0; ++k)
      if (tokens[k].text == ",") comma = k;
    for (size_t m = 0; comma > 0 && m < mentions.size(); ++m) {
      const Mention& x = mentions[m];
      if (x.span.begin <= comma) continue;
      if (x.span.begin > comma + 3 || !UsableMention(x) || x.possessive) break;
      for (uint32_t k = x.span.end; k < tokens.size() && k < x.span.end + 3; ++k) {
        if (tokens[k].text == ",") break;
        if (IsFiniteVerbTag(tokens[k].pos)) {
          *why = "subject: the main clause's, which the participle's fronted phrase opens";
          return static_cast<int>(m);
        }
      }
      break;
    }
  }
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
    if (const int speaker = SpeakerOfAttributionBefore(tokens, mentions, lead - 1);
        speaker >= 0) {
      *why = "subject: the speaker of the attribution the participle follows (X said, calling)";
      return speaker;
    }
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
      // former president Jair Bolsonaro stormed") or an "in" phrase that
      // names the seat of the role ("the junta in Niamey expelled ...,
      // accusing ...").
      uint32_t head_end = x.span.end;
      size_t next = m + 1;
      while (next < mentions.size() && head_end + 1 < before &&
             (IsWord(tokens[head_end], "of") ||
              (IsWord(tokens[head_end], "in") && mentions[next].place != nullptr &&
               x.role != nullptr)) &&
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
  // Nearest first, by position: a mention added while coding (the crowd
  // of "Thousands rallied in Istanbul, and police fired tear gas") stands
  // at the end of the list but early in the sentence.
  std::vector<size_t> by_position(mentions.size());
  std::iota(by_position.begin(), by_position.end(), size_t{0});
  std::stable_sort(by_position.begin(), by_position.end(), [&](size_t a, size_t b) {
    return mentions[a].span.begin < mentions[b].span.begin;
  });
  for (size_t i = by_position.size(); i-- > 0;) {
    const size_t m = by_position[i];
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
    // "Chile's interior minister, Ana Rojas, expelled ...": a name set off by
    // commas right after a role names that role's holder again; when the
    // name is known only by its country, the role says more (CHLGOV, not
    // CHL) and is the subject.
    if (x.span.begin >= window.begin && m > 0 && x.person) {
      const Mention& role = mentions[m - 1];
      uint32_t close = before;
      while (close > x.span.end && IsAuxiliaryOrAdverb(tokens[close - 1])) --close;
      if (role.span.end + 1 == x.span.begin && tokens[role.span.end].text == "," &&
          close == x.span.end + 1 && tokens[x.span.end].text == "," && UsableMention(role) &&
          !role.possessive && (role.role != nullptr || role.agent != nullptr) && !AfterPreposition(tokens, role) &&
          role.code.size() > x.code.size() && role.code.starts_with(x.code)) {
        *why = "subject: the role the name set off after it names again";
        return static_cast<int>(m - 1);
      }
    }
    // "Rwandan troops and allied militiamen burned the villages": forces
    // named after "and" as the allies of the party before them ("allied",
    // "pro-government", "loyalist") help it; the act is the party's own.
    if (x.span.begin >= window.begin && m > 0 && HelpsThePartyBefore(tokens, mentions[m - 1], x) &&
        UsableMention(mentions[m - 1]) && mentions[m - 1].span.begin >= window.begin) {
      *why = "subject: the party whose allies are named after it";
      return static_cast<int>(m - 1);
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

bool IsCountWord(const Token& t) { return IsCount(t); }

bool IsCrowdSizeWord(const Token& t) {
  // "two million people", "a hundred thousand marchers": a size spelt in
  // words, which the tokenizer does not flag as a number.
  static constexpr std::array<std::string_view, 16> kNumberWords = {
      "two",   "three",  "four",  "five",   "six",     "seven",    "eight",   "nine",
      "ten",   "twenty", "fifty", "hundred", "thousand", "million", "billion", "dozen"};
  return t.Has(kTokenNumber) || InWords(kQuantities, t) || InWords(kNumberWords, t);
}

TokenSpan CrowdSubject(std::span<const Token> tokens, ClauseWindow window, uint32_t verb) {
  // The words a crowd's size is told in, besides numbers and the quantity
  // words: "more than 10,000 people", "tens of thousands of residents",
  // and the hedges on an estimate ("nearly two million people", "up to
  // half a million people", "close to 50,000 people", "at least 3,000").
  static constexpr std::array<std::string_view, 27> kCrowdWords = {
      "of",     "people", "residents", "citizens", "a",      "large",   "huge",
      "angry",  "than",   "over",      "an",       "estimated", "women", "men",
      "youths", "nearly", "almost",    "about",    "around", "roughly", "up",
      "to",     "close",  "at",        "least",    "half",   "more"};
  uint32_t end = verb;
  while (end > window.begin && IsAuxiliaryOrAdverb(tokens[end - 1])) --end;
  if (end <= window.begin) return {};
  // "Tens of thousands on Sunday marched", "Thousands last week rallied": a
  // date may stand between the crowd and its verb.
  for (uint32_t d = end - 1; d > window.begin && d + 4 > end; --d)
    if (OpensADate(tokens, d) && DateEnd(tokens, d) == end) {
      end = d;
      break;
    }
  if (end >= window.begin + 3 && tokens[end - 2].text.size() == 4 &&
      (IsWord(tokens[end - 2], "last") || IsWord(tokens[end - 2], "this")) &&
      (IsWord(tokens[end - 1], "week") || IsWord(tokens[end - 1], "weekend") ||
       IsWord(tokens[end - 1], "month")))
    end -= 2;
  // "Organisers said close to two million people marched": the crowd of a
  // reported clause starts after the verb of saying (and "that").
  static constexpr std::array<std::string_view, 8> kSaying = {
      "said", "say", "says", "estimated", "estimate", "reported", "claimed", "that"};
  uint32_t begin = window.begin;
  for (uint32_t k = end; k > window.begin; --k)
    if (InWords(kSaying, tokens[k - 1])) {
      begin = k;
      break;
    }
  // "..., prompting thousands to take to the streets": the crowd an
  // infinitive's verb is prompted, sent or brought by stands between that
  // verb and "to".
  // (Read by the words, before tagging: the sentence filter asks too.)
  static constexpr std::array<std::string_view, 14> kPrompting = {
      "prompting", "prompted", "sending", "sent",    "bringing", "brought", "drawing",
      "drew",      "spurring", "spurred", "driving", "drove",    "leading", "led"};
  if (end > begin + 1 && IsWord(tokens[end - 1], "to")) {
    --end;
    for (uint32_t k = end; k > begin; --k)
      if (InWords(kPrompting, tokens[k - 1])) {
        begin = k;
        break;
      }
  }
  if (end <= begin) return {};
  bool sized = false;
  for (uint32_t k = begin; k < end; ++k) {
    const Token& t = tokens[k];
    const bool size_word = IsCrowdSizeWord(t);
    if (!size_word && !InWords(kCrowdWords, t)) return {};
    sized |= size_word;
  }
  return sized ? TokenSpan{begin, end} : TokenSpan{};
}

}  // namespace khaldun::internal
