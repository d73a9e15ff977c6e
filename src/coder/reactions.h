// Reactions to an act the text has just reported, where the act is referred
// to rather than named: "Netanyahu denounced the move as antisemitic", "a
// decision that Damascus condemned as illegal", "drawing condemnation from
// the UN refugee agency". The party reacted to is whoever did that act; the
// coder finds it among the events before (coder.cc), these helpers read the
// words.
#ifndef KHALDUN_SRC_CODER_REACTIONS_H_
#define KHALDUN_SRC_CODER_REACTIONS_H_

#include <span>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

// Where a judging verb (criticism, rejection, praise) speaks of an act
// referred to: the token of the referring word, or -1.
//  - its definite object: "denounced the move as antisemitic", "dismissed
//    the decision as legally void", "condemned it as", "condemned its rocket
//    launch", "called Canberra's decision to scrap the deal a betrayal" (the
//    possessor's act: PossessorOfReferredAct);
//  - the noun of an apposition its participle is on, its agent after it:
//    "..., a decision swiftly condemned by Tbilisi";
//  - the noun its relative clause is on, with the verb's subject `subject`
//    between the two: "a decision that Damascus condemned as illegal", "a
//    closed-door hearing in Minsk that the State Department called a farce", "a
//    measure the bloc's foreign policy chief, Kaja Kallas, denounced as", "a
//    decision that Paris and Berlin said they regretted";
//  - "which" right after a comma with no referring word before it, for the
//    act of the clause before: "Lima closed the border, which Quito
//    condemned".
// `is_event_noun(k)` says whether an event noun of the dictionary starts at
// token k ("the expulsions", "the strikes"); such a noun refers back too.
// The caller decides which act it refers to.
// `names`: the verb is one of naming ("called", "described"), whose
// complement follows it ("called it a sham").
template <typename IsEventNoun>
int ReferredActOf(std::span<const Token> tokens, TokenSpan verb, TokenSpan subject, bool names,
                  IsEventNoun is_event_noun);

// "drawing condemnation from the UN refugee agency", "prompting criticism
// from Beijing": whether the event noun at `noun` is the object of a
// participle of causing ("drawing", "prompting", "sparking", "triggering",
// "provoking") and is followed by "from"; returns the token after "from"
// (where the reacting party is named), or 0 if the phrase is not so.
uint32_t ReactionDrawnFrom(std::span<const Token> tokens, TokenSpan noun);

// "Turkey replied with drone strikes and shelling on northern Iraq",
// "Turkish forces retaliated with shelling": an act named after "with" of a
// verb of responding (responded, retaliated, replied, reacted, hit or
// struck back) is that verb's subject's. Returns where the subject must end
// (the verb's first word, before auxiliaries and adverbs), or 0 if the
// noun at `noun` is no such act.
uint32_t ResponseVerbBefore(std::span<const Token> tokens, TokenSpan noun);

// "Indian soldiers returned fire", "the patrol fired back", "shot back":
// whether the verb trigger at `verb` tells fire returned (the trigger may
// or may not take in the word after the verb). Such force answers whoever
// fired first.
bool ReturnsFire(std::span<const Token> tokens, TokenSpan verb);

// What a threat with no party of its own answers. "Islamabad vowed to
// respond", "the army vowed revenge", "Israel promised a strong response",
// "vowed to hunt down those responsible": words of retaliation among the
// first words after the threatening verb at `verb` (up to `clause_end`).
enum class Retaliation {
  kNone,
  kResponse,  // "to retaliate", "revenge", "a response", "to hit back"
  kCulprits,  // "those responsible", "those behind the attack", "the perpetrators"
  kPenalty,   // not returned here: a threat of sanctions or an aid cut (1311, 1312), no party
              // of its own, answered as kResponse, else as kCulprits (AnsweredBy)
};
Retaliation RetaliationAfter(std::span<const Token> tokens, TokenSpan verb, uint32_t clause_end);

// "Manila demanded an explanation", "Tallinn demanded an apology and
// compensation", "Beijing demanded her immediate release": whether a
// redress of a wrong (an apology, an explanation, compensation, an
// inquiry, a release or a return) is among the first words after the
// demanding verb at `verb` (up to `clause_end`), before any "that", "from",
// comma or negation. Such a demand with no addressee answers whoever
// wronged its speaker just before (see AnsweredBy). Reads words only, so
// that untagged tokens may be asked.
bool RedressAfter(std::span<const Token> tokens, TokenSpan verb, uint32_t clause_end);

// "Obama said Washington would respond proportionally", "Madrid said it
// would retaliate", "the minister said the kingdom would react in kind": where
// the clause reported right after a verb of saying at `verb` (past "that")
// announces its subject's answer: a subject of one to five words, then
// "would" or "will" (past adverbs), then "respond", "react" or "retaliate"
// that ends the clause, past an adverb ("firmly") or "in kind" (with a
// target or a condition of its own, the answer's verb is read by its own
// patterns). Returns the subject's span, which the caller
// must find to be the speaker's own side (another party's answer is a
// forecast), or an empty span. ("said it would respond to the letter"
// announces no answer to an act: "respond to" is not read.)
TokenSpan AnnouncedAnswerSubject(std::span<const Token> tokens, TokenSpan verb);

// "Ottawa vowed to retaliate after Washington slapped duties on its steel",
// "the militia promised revenge following a raid the army had ordered" is
// not read (no subject right after "following"). The act a threat
// of retaliation answers may be told after it, in a clause opened by
// "after" or "following" within ten tokens of `from` (the end of the
// retaliation's words). Returns the mention that is that clause's subject
// (right after the conjunction or its determiner, and followed by a finite
// verb), or -1. ("after talks in Geneva" has no subject: -1.)
int DoerOfActAnsweredAfter(std::span<const Token> tokens, std::span<const Mention> mentions,
                            uint32_t from);

// Words that refer back to an act without naming it ("the move", "the
// decision", "the ruling"). Exposed for the template above.
bool IsActReferenceWord(const Token& t);

// Whether the referring word `t` may name an act of root `act_root`: "the
// request" an appeal or a demand (02, 10: "Mexico asked Madrid to
// apologise, and Madrid rejected the request"); "the demand" and "the
// ultimatum" an appeal, a demand or a threat (02, 10, 13); "the launch" and "the
// downing" no act of cooperation (03-08); "the offer", "the proposal",
// "the overture" and "the invitation" an appeal or an act of intent to
// cooperate (02, 03); the other words any act.
bool ActWordMayName(const Token& t, std::string_view act_root);

// Whether `t` is a word for an offer ("the offer", "the proposal", "the
// overture", "the invitation"): it refers back only to an act of offering
// the text tells, coded or not ("Manila proposed joint patrols, but
// Beijing dismissed the proposal").
bool OffersAWord(const Token& t);

// Whether the referring word `t` may stand only for an act of the kind
// ActWordMayName allows ("the coup"), so that an act of cooperation coded
// before it is not what it refers to: "Abuja signed a trade deal with
// Accra, and the bloc condemned the coup" judges no signatory.
bool NamesOnlyACodedKindOfAct(const Token& t);

// Words for what one party says another did ("the allegation", "a
// charge", "his account", "a conclusion" or "the findings" of an inquiry;
// not "a report", which may be rejected as biased, 120): a party that
// rejects or dismisses one denies it (016) rather than rejecting a
// proposal (12).
bool IsAllegationWord(const Token& t);

// "dismissed as baseless a UN panel's findings", "rejected as false the
// allegations": after "as" right at `after_verb` and the words of the
// judgement (adjectives, adverbs, "and"), the allegation word
// (IsAllegationWord) that heads the object within a few words; or -1.
int AllegationAfterJudgement(std::span<const Token> tokens, uint32_t after_verb);

// Nouns of conduct that are a party's act only with its possessor:
// "Mongolia's failure to arrest him", "Beijing's handling of the
// outbreak" (a failure or a policy with no owner refers to no act).
bool IsPossessedDeedWord(const Token& t);

// "Canberra's decision", "the Kremlin's decision": where a possessor of up
// to four words ending in "'s" starts at `k` (past a determiner), the
// token after "'s"; else `k`. Pronouns ("its decision") are not read here.
uint32_t AfterPossessor(std::span<const Token> tokens, uint32_t k);

// The token of "'s" of the possessor before the referring word `act` (past
// adjectives: "Canberra's sudden decision"), or -1: whose act it is.
int PossessorOfReferredAct(std::span<const Token> tokens, uint32_t act);

// "a decision the three leaders said they regretted": 2 where "said" (or
// "say", "says") and a subject pronoun stand right before `verb_begin`,
// else 0.
uint32_t SaidOfItselfBefore(std::span<const Token> tokens, uint32_t verb_begin);

// Whether an act of root `act_root` may be what an event noun of root
// `noun_root` refers back to: the same root, or both uses of force
// (17-20: "Pakistan began expelling Afghans ... the expulsions", an
// expulsion coded 201 read as 174; "killed ... the raid").
bool RootsReferToOneAct(std::string_view noun_root, std::string_view act_root);

// Whether a party found after the referring object `act` of a judging verb
// is outside that object's phrase: past "as", a comma or a verb ("condemned
// the step as an annexation of Palestinian territory", "denounced the attack,
// saying it hit the group's offices"): such a party is not whose act is
// judged.
bool BeyondReferringObject(std::span<const Token> tokens, uint32_t act, uint32_t party_begin);

// "The Taliban government suspended university education for women,
// drawing condemnation from the UN": the first finite verb (or past
// participle, which the tagger often reads a past tense as) before
// `before`, whose subject did the act, or `before` if there is none.
uint32_t FirstFiniteVerbBefore(std::span<const Token> tokens, uint32_t before);

// "drawing criticism from the European Union and from Japan": the
// token after a second "from" right after the first party (which ends at
// `party_end`), or 0.
uint32_t AlsoDrawnFrom(std::span<const Token> tokens, uint32_t party_end);

// "the blockade, which Ankara called illegal", "in what he later called a
// provocation": the subject standing right before the verb at `verb_begin`
// (past up to two adverbs), a mention of `mentions` or a personal pronoun
// no mention covers ("which it called a sham"); an empty span if none.
TokenSpan SubjectSpanBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                            uint32_t verb_begin);

template <typename IsEventNoun>
int ReferredActOf(std::span<const Token> tokens, TokenSpan verb, TokenSpan subject, bool names,
                  IsEventNoun is_event_noun) {
  auto refers = [&](uint32_t k) { return IsActReferenceWord(tokens[k]) || is_event_noun(k); };
  // The object: past determiners, possessive pronouns and adjectives.
  uint32_t k = verb.end;
  // ("called Canberra's decision to scrap the deal a betrayal": past a
  // possessor, whose act it is; see PossessorOfReferredAct.)
  if (const uint32_t owned = AfterPossessor(tokens, k); owned > k) {
    uint32_t h = owned;
    while (h < tokens.size() && h < owned + 2 && tokens[h].pos == kPosJJ) ++h;
    if (h < tokens.size() && (refers(h) || IsPossessedDeedWord(tokens[h])))
      return static_cast<int>(h);
  }
  // ("condemned it as ...", "called it a 'stab in the back'")
  if (k + 1 < tokens.size() && (IsWord(tokens[k], "it") || IsWord(tokens[k], "this")) &&
      (IsWord(tokens[k + 1], "as") || IsWord(tokens[k + 1], "a") || IsWord(tokens[k + 1], "an") ||
       tokens[k + 1].Has(kTokenQuote)))
    return static_cast<int>(k);
  // ("condemned a report urging ...": an indefinite object is new, no act
  // referred to.)
  const bool indefinite =
      k < tokens.size() && (IsWord(tokens[k], "a") || IsWord(tokens[k], "an"));
  for (int skipped = 0; k < tokens.size() && skipped < 3; ++k, ++skipped)
    if (!IsDeterminer(tokens[k]) && tokens[k].pos != kPosJJ && tokens[k].pos != kPosPRPS)
      break;
  // ("condemned its rocket launch", "the missile launches": a noun may
  // say what act it is; not before an event noun, which it may name the
  // doer of: "supported the rebel offensive".)
  if (k + 1 < tokens.size() && tokens[k].pos == kPosNN && !refers(k) &&
      IsActReferenceWord(tokens[k + 1]))
    ++k;
  if (!indefinite && k < tokens.size() && refers(k) &&
      (k + 1 >= tokens.size() || tokens[k + 1].pos != kPosPOS))
    return static_cast<int>(k);
  // ("..., a decision swiftly condemned by Tbilisi": a participle, its
  // agent after it, on the referring word of an apposition.)
  if (tokens[verb.begin].pos == kPosVBN && verb.end < tokens.size() &&
      IsWord(tokens[verb.end], "by")) {
    uint32_t b = verb.begin;
    while (b > 0 && b + 3 > verb.begin && tokens[b - 1].pos == kPosRB) --b;
    if (b >= 3 && refers(b - 1) && IsDeterminer(tokens[b - 2]) && tokens[b - 3].text == ",")
      return static_cast<int>(b - 1);
  }
  // The antecedent of a relative clause whose subject is the verb's. The
  // clause's verb has no object of its own, the antecedent is it ("a
  // decision that Damascus condemned as illegal"); one with an object is a
  // clause of content ("his allegations that the former government backed a
  // coup"). A verb of naming takes its complement ("that the White House
  // called a sham").
  // ("a decision the leaders of France and Germany said they regretted":
  // the subject said so of itself, through a pronoun.)
  // The speaker's phrase is then all the names, "of", "and" and commas
  // back to the referring word or the relative word.
  if (subject.empty() || subject.end > verb.begin) return -1;
  if (const uint32_t said_gap = SaidOfItselfBefore(tokens, verb.begin); said_gap > 0) {
    uint32_t b = verb.begin - said_gap;
    while (b > 0 && b + 12 > verb.begin && !refers(b - 1) && !IsWord(tokens[b - 1], "that") &&
           !IsWord(tokens[b - 1], "which") &&
           (IsNounTag(tokens[b - 1].pos) || IsDeterminer(tokens[b - 1]) ||
            tokens[b - 1].pos == kPosJJ || tokens[b - 1].pos == kPosPOS ||
            tokens[b - 1].text == "," || IsWord(tokens[b - 1], "of") ||
            IsWord(tokens[b - 1], "and")))
      --b;
    subject = TokenSpan{b, verb.begin};
  }
  if (verb.begin - subject.end > 2) return -1;
  if (!names && verb.end < tokens.size()) {
    const Token& next = tokens[verb.end];
    if (IsDeterminer(next) || IsNounTag(next.pos) || next.pos == kPosPRP ||
        next.pos == kPosPRPS || next.pos == kPosJJ || next.pos == kPosCD)
      return -1;
  }
  bool relative_word = false;
  int passed_after_relative = 0;
  for (uint32_t b = verb.begin; b-- > 0 && b + 16 > verb.begin;) {
    if (b >= subject.begin && b < subject.end) continue;
    const Token& t = tokens[b];
    if (t.text == "." || t.text == ";" || t.text == ":" || IsWord(t, "and") || IsWord(t, "but"))
      return -1;
    if (IsFiniteVerbTag(t.pos)) return -1;
    // ("in what the army called a provocation": the act is the one told
    // before, which the caller finds.)
    if (names && !relative_word && b + 1 == subject.begin && IsWord(t, "what"))
      return static_cast<int>(b);
    if (IsWord(t, "that") || IsWord(t, "which")) {
      if (relative_word) return -1;
      relative_word = true;
      continue;
    }
    if (relative_word) {
      // "Iran seized a British tanker in the Gulf, which London condemned
      // as piracy": "which" right after a comma, with no referring word
      // before the comma, stands for the act of the clause it follows; the
      // caller finds that act, as for "what".
      if (t.text == "," && passed_after_relative == 0 && IsWord(tokens[b + 1], "which") &&
          !(b > 0 && refers(b - 1)))
        return static_cast<int>(b + 1);
      // "a secretive trial in Yekaterinburg that ...": a few words of the
      // antecedent's own phrase may come between it and "that".
      if (t.text == "," && passed_after_relative > 0) return -1;
      if (refers(b)) return static_cast<int>(b);
      if (++passed_after_relative > 4) return -1;
      continue;
    }
    // No relative word: the antecedent stands right before the subject's
    // first word, a determiner ("a measure the bloc's foreign policy chief
    // denounced") or the subject itself ("a decision Hungarian Prime Minister
    // Viktor Orban denounced as an insult to voters").
    if (refers(b) && b < subject.begin &&
        (IsDeterminer(tokens[b + 1]) || b + 1 == subject.begin))
      return static_cast<int>(b);
  }
  return -1;
}

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_REACTIONS_H_
