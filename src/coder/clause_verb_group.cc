// Voice, polarity and mood of a verb (ReadVerbGroup); see coder/clause.h.
#include "coder/clause.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "coder/clause_words.h"
#include "coder/relative_clauses.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

using namespace clause_words;  // the word lists and tests of clause_words.h

namespace {

// "may", "might", "could", "can": the act is only possible, not done. One
// list for the verb's own auxiliaries and for those before a governing verb.
bool IsModalOfPossibility(const Token& t) {
  static constexpr std::array<std::string_view, 4> kPossibility = {"may", "might", "could", "can"};
  return InWords(kPossibility, t);
}

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

namespace {
VerbGroup ReadVerbGroupAt(std::span<const Token> tokens, TokenSpan verb);

// Whether the words from `after` put a named party to an act: a name, "on"
// or "upon" and a name, then "to" and a verb's base form within a few words
// ("urged Baghdad to protect", "called on Moscow to respect"). A passive
// participle takes no such object.
bool PutsANamedPartyToAnAct(std::span<const Token> tokens, uint32_t after) {
  uint32_t k = after;
  if (k < tokens.size() && (IsWord(tokens[k], "on") || IsWord(tokens[k], "upon"))) ++k;
  if (k >= tokens.size() || !tokens[k].Has(kTokenCapitalized)) return false;
  for (uint32_t e = k + 1; e + 1 < tokens.size() && e <= k + 6; ++e) {
    if (tokens[e].text == "," || tokens[e].text == "." || IsVerbTag(tokens[e].pos)) return false;
    // (The tagger may read the verb as a noun: "to hand over".)
    if (IsWord(tokens[e], "to"))
      return tokens[e + 1].pos == kPosVB ||
             (tokens[e + 1].pos == kPosNN && !tokens[e + 1].Has(kTokenCapitalized));
  }
  return false;
}
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
// Prepositions that open the circumstances of a participle describing the
// noun before it: "migrants expelled from", "troops wounded in".
// ("troops wounded last week in": a date may come first.)
// The forms of "get" that make a passive with a participle ("got killed").
constexpr std::array<std::string_view, 5> kGetForms = {"get", "gets", "got", "getting",
                                                       "gotten"};

constexpr std::array<std::string_view, 11> kReducedRelativePrepositions = {
    "from", "in", "at", "during", "near", "on", "after", "while", "last", "yesterday", "overnight"};

// Whether a finite verb (past, present or modal) comes after tokens[from]
// before a comma, semicolon, "and" or "but" ends the stretch. For a plural
// subject, a form in -s is a plural noun the tagger misread ("protesters
// demonstrated on the railway tracks"), not its verb.
bool FiniteVerbFollows(std::span<const Token> tokens, uint32_t from, bool plural_subject) {
  for (uint32_t p = from; p < tokens.size(); ++p) {
    const Token& t = tokens[p];
    if (t.text == "," || t.text == ";" || t.text == ":" || IsWord(t, "and") || IsWord(t, "but"))
      return false;
    if (IsFiniteVerbTag(t.pos) && !(t.pos == kPosVBZ && plural_subject)) return true;
  }
  return false;
}

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
    } else if (k == verb.begin && InWords(kGetForms, t) && !t.Has(kTokenCapitalized) &&
               LooksParticiple(tokens[verb.begin])) {
      // "The activist got arrested by Turkish police": "get" right before
      // a participle makes a passive as "be" does.
      saw_be = true;
    } else if (InWords(kAuxiliaries, t)) {
      g.future |= IsWord(t, "will") || IsWord(t, "would") || IsWord(t, "shall");
      g.obligation |= IsWord(t, "must") || IsWord(t, "should");
      // "Theresa May expelled ...": the surname is no modal.
      // ("its missiles can hit any city in the region", "the navy can
      // blockade the strait within hours": "can" tells a capacity, which
      // is no act; a warning of it is a threat at most.)
      g.possible |= !t.Has(kTokenCapitalized) && IsModalOfPossibility(t);
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
  // "banned Russian carriers from using its airports", "barred the
  // envoy from returning", "stopped protesters from storming the embassy",
  // "was blocked from receiving weapons": a gerund after "from" that a
  // verb of preventing governs (within eight words, in its clause) names
  // an act kept from happening.
  static constexpr std::array<std::string_view, 12> kPreventStems = {
      "ban", "bar", "prevent", "stop", "block", "prohibit", "forbid", "forbade", "deter",
      "restrain", "dissuade", "preclude"};
  if (tokens[verb.begin].text.ends_with("ing") && k >= 2 && IsWord(tokens[k - 1], "from")) {
    for (uint32_t q = k - 1; q-- > 0 && q + 9 > k;) {
      const Token& t = tokens[q];
      if (t.text == "," || t.text == ";" || IsWord(t, "and")) break;
      if (!IsVerbTag(t.pos) || t.Has(kTokenCapitalized)) continue;
      std::string lower(t.text);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool preventing = false;
      for (std::string_view stem : kPreventStems)
        preventing |= std::string_view(lower).starts_with(stem) &&
                      lower.size() <= stem.size() + 4 &&
                      !(stem == "bar" && !lower.starts_with("barr") && lower != "bar" &&
                        lower != "bars") &&
                      !lower.starts_with("determin");
      if (lower == "kept" || lower == "keep" || lower == "keeps" || lower == "keeping")
        preventing = true;
      if (preventing) g.plotted = true;
      break;
    }
  }
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
  // assembly set up a monitoring mission to probe the shootings".)
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
  // done. Nor is one forecast or believed of another party: "he thinks
  // voters will back the plan", "analysts predicted that Ankara would veto
  // the bid", "she doubts Moscow will attend": an opinion of what someone
  // will do is no intent of theirs.
  {
    static constexpr std::array<std::string_view, 30> kWishing = {
        "want",     "wants",     "wanted",    "wanting", "expect",  "expects",  "expected",
        "hope",     "hopes",     "hoped",     "hoping",  "wish",    "wishes",   "wished",
        "prefer",   "think",     "thinks",    "believe", "believes", "believed", "predict",
        "predicts", "predicted", "doubt",     "doubts",  "doubted", "reckon",   "reckons",
        "forecast", "forecasts"};
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
        if (IsModalOfPossibility(a)) {
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
  // with an earlier passive participle is passive too. (Not one that puts a
  // named party to an act: "said the embassy had been attacked and urged
  // Baghdad to protect diplomats" joins "urged" to "said".)
  if (!saw_be && k >= 2 && (IsWord(tokens[k - 1], "and") || IsWord(tokens[k - 1], "or")) &&
      !PutsANamedPartyToAnAct(tokens, verb.end)) {
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
    // "Canada also formally imposed/JJ sanctions": a form in -ed the tagger
    // reads as an adjective after the adverbs that follow the subject's
    // head noun is the verb.
    if (g.looks_nominal && tokens[verb.begin].pos == kPosJJ &&
        tokens[verb.begin].text.ends_with("ed") && verb.begin >= 2) {
      uint32_t b = verb.begin;
      while (b > 0 && verb.begin - b < 3 && tokens[b - 1].pos == kPosRB) --b;
      if (b < verb.begin && b > 0 &&
          (tokens[b - 1].pos == kPosNN || tokens[b - 1].pos == kPosNNS ||
           tokens[b - 1].pos == kPosNNP || tokens[b - 1].pos == kPosNNPS))
        g.looks_nominal = false;
    }
    // "recordings of the journalist's killing", "the army's shelling of
    // the town": a gerund right after a possessive is a noun, though the
    // tagger read a verb.
    if (!g.looks_nominal && tokens[verb.begin].pos == kPosVBG && verb.begin > 0 &&
        (tokens[verb.begin - 1].Has(kTokenPossessive) ||
         IsPossessivePronoun(tokens[verb.begin - 1])))
      g.looks_nominal = true;
    // "said it would not hand the fugitive over", "will never back the
    // plan": a word right after a modal (past a negation and adverbs) is
    // the verb, though the tagger read a word that is also a noun.
    if (g.looks_nominal && verb.begin >= 1) {
      uint32_t b = verb.begin;
      while (b > 0 && verb.begin - b < 3 &&
             (IsNegation(tokens[b - 1]) || tokens[b - 1].pos == kPosRB))
        --b;
      if (b > 0 && tokens[b - 1].pos == kPosMD) g.looks_nominal = false;
    }
    g.passive = saw_be && tokens[verb.begin].pos == kPosVBN;
    // "a deal brokered by Washington", "police cars set on fire by
    // rioters": a participle with a "by" agent and no auxiliary is a passive
    // that modifies the noun before it.
    if (!saw_be && tokens[verb.begin].pos == kPosVBN && verb.end < tokens.size() &&
        IsWord(tokens[verb.end], "by")) {
      g.passive = true;
      g.reduced_relative = true;
    }
    // "Haitians deported from the Bahamas landed in Cap-Haitien", "students
    // wounded in the raid were taken to hospital": a participle with no
    // auxiliary right after a common noun and before a preposition, with the
    // noun's own finite verb still to come, is a passive describing that
    // noun, which is its patient, not its subject. (Without a finite verb
    // after it, "students marched in the capital" is the clause's verb.)
    if (!saw_be && k == verb.begin && verb.end == verb.begin + 1 &&
        tokens[verb.begin].pos == kPosVBN && verb.begin > 0 && verb.end < tokens.size() &&
        (tokens[verb.begin - 1].pos == kPosNNS || tokens[verb.begin - 1].pos == kPosNN ||
         tokens[verb.begin - 1].pos == kPosNNPS) &&
        InWords(kReducedRelativePrepositions, tokens[verb.end]) &&
        FiniteVerbFollows(tokens, verb.end, tokens[verb.begin - 1].pos != kPosNN)) {
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

}  // namespace khaldun::internal
