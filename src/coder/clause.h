// Shallow clause reading for the coder: which actor mention is a trigger's
// source and which its target, from word order, voice and a few function
// words. The syntax stage's clause analysis refines this when a model is
// loaded; these rules are the fallback and the baseline.
#ifndef KHALDUN_SRC_CODER_CLAUSE_H_
#define KHALDUN_SRC_CODER_CLAUSE_H_

#include <span>
#include <string>

#include "coder/mentions.h"
#include "coder/patterns.h"

namespace khaldun::internal {

// "Ukraine put its armed forces on alert", "ordered his troops to ...": a role
// without a country owned by a possessive pronoun is the subject's own, not a
// target.
bool OwnedBySubject(std::span<const Token> tokens, const Mention& m);

// "bombed what New Delhi described as a militant camp": the speaker of a
// "what X called (described as, termed)" phrase names the object; it is
// not the object.
bool NamesTheObject(std::span<const Token> tokens, const Mention& m);

// The clause around token `at`: bounded by the sentence ends, by ';' and ':',
// and by words that open a new clause ("because", "while", "but", "which").
ClauseWindow ClauseAround(std::span<const Token> tokens, uint32_t at);

// Voice and polarity of the verb at `verb`.
struct VerbGroup {
  bool passive = false;           // "was assassinated", "were killed"
  bool negated = false;           // "did not attack", "never forget"
  bool infinitive = false;        // "to expel"
  bool looks_nominal = false;     // "the attack", "Iran's attack": a noun, not a verb
  bool coordinated = false;       // "... and called on Hamas": follows "and"
  bool reduced_relative = false;  // "a deal brokered by Washington": no auxiliary
  // "the besieged town", "the occupied territories", "Jordan's visiting king",
  // "the wounded": a participle after a determiner or possessive describes a
  // noun (or is one); it asserts no event.
  bool attributive = false;
  // "will provide", "would airlift", "is ready to contribute", "plans to
  // deploy": an act announced, not done (coder: FutureCode).
  bool future = false;
  // "the US must be ready to mediate", "Iran should release the prisoners":
  // an act someone is said to owe, not done.
  bool obligation = false;
  // "Russia may expel the ambassador", "they could kill innocent people":
  // an act that might happen, not done.
  bool possible = false;
  // "charged four men with plotting to kidnap a journalist", "conspired to
  // bomb the embassy", "warned Iran against attacking Israel", "is
  // considering sending troops", "in a bid to pressure Moscow", "would have
  // condemned": an act plotted, warned against, weighed, aimed at or
  // counterfactual, not done.
  bool plotted = false;
  // "Tillerson sought to strike a deal", "gunmen tried to storm the
  // embassy": an act attempted, not done. "Israel failed to release the
  // prisoners", "Russia declined to attend": an act failed or refused, not
  // done. (coder: unless the verb's pattern reads the words before it, "-
  // FAILED TO * AGREEMENT" 120.)
  bool attempted = false;
  // "Two Britons travelled to Syria to fight Isis": an infinitive after a
  // verb of going and its destination, the trip's purpose (coder: material
  // acts, 06-20, not done).
  bool purpose = false;
  // "The US has long partnered with Kurdish forces": a lasting state of
  // affairs, not an act reported.
  bool lasting = false;
  // "Turkey, which occupies northern Cyprus": a simple present (VBZ, VBP)
  // right after a relative pronoun; it describes the antecedent.
  bool relative_present = false;
  // "the PKK, which has waged an insurgency against Turkey": a perfect right
  // after a relative pronoun, what the antecedent has been doing.
  bool relative_perfect = false;
  bool failed = false;
  // "Will Iran retaliate against Israel?": a verb in a clause ending with a
  // question mark asks, it reports no act.
  bool question = false;
};
VerbGroup ReadVerbGroup(std::span<const Token> tokens, TokenSpan verb);

// Whether the word before "to" makes the infinitive after it an act
// announced, not done: "is ready to", "plans to", "is due to", "is to".
bool AnnouncesAnInfinitive(const Token& t);

// Whether the token belongs to a verb's auxiliary chain: "was", "has been",
// "not", "reportedly".
bool IsAuxiliaryOrAdverb(const Token& t);

// VBD, VBZ, VBP or MD: a verb that heads a clause.
bool IsFiniteVerbTag(uint8_t pos);

// "Italian divers reached the wreck and Greek divers raised the hull": a
// past form right after an actor, with no auxiliary before it and an
// object after it, is that actor's own verb even where the tagger reads a
// participle (VBN). A participle that modifies the actor takes "by" or a
// preposition after it ("divers trained by the navy", "divers based in
// Piraeus"), not a bare object.
bool PastVerbWithObject(std::span<const Token> tokens, uint32_t at);

// "not", "n't", "never".
bool IsNegation(const Token& t);

// The subject of a verb: the nearest mention before it in its clause that is
// neither possessive, nor a place, nor the object of a preposition. Falls back
// to the sentence before the clause (a gerund or infinitive shares its main
// clause's subject: "Rouhani reaffirmed Iran's commitment to supporting ...").
// Returns -1 when there is none; *why says which rule applied.
int FindSubject(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t before,
                ClauseWindow window, std::string* why);

// "Thousands rallied in Belgrade ...", "Tens of thousands of people marched
// ...", "Crowds protested ...": the span of a subject that is a crowd named
// by its size alone, from the clause start (or from after a verb of saying:
// "organisers said nearly a million people marched", or of prompting before
// an infinitive: "prompting thousands to take to the streets") to the verb
// at `verb` (past auxiliaries and "to"), or an empty span.
TokenSpan CrowdSubject(std::span<const Token> tokens, ClauseWindow window, uint32_t verb);

// "thousands", "dozens", "hundreds": a word a crowd's or a quantity's size
// is told in (numbers aside).
bool IsQuantityWord(const Token& t);

// A word that tells a crowd's size: a number, a quantity word, or a number
// spelt out ("two million people", "a hundred thousand").
bool IsCrowdSizeWord(const Token& t);

// A count, in figures or spelled out ("82", "three", "eighty-two").
bool IsCountWord(const Token& t);

// The object: the first usable mention after the trigger within its clause;
// a possessive one owns the object ("criticised India's new law": India).
int FindObject(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t after,
               ClauseWindow window, std::string* why);

// "extradited Ovidio Guzman, the son of the jailed Sinaloa cartel boss, to
// the United States": when mention `x` (found after the verb ending at `after`) stands
// inside an appositive set off by commas after the verb's object, the party
// after "to" or "into" past the closing comma; -1 otherwise.
int RecipientPastAppositive(std::span<const Token> tokens, std::span<const Mention> mentions,
                            uint32_t after, const Mention& x, ClauseWindow window);

// "shelled towns inside Armenia, killing 49 Armenian soldiers", "shelled
// Kharkiv overnight, killing two Ukrainian soldiers": whether tokens
// [after, before) hold a comma and a participle of the act's outcome or
// echo ("killing", "drawing") with the place the act hits named between
// `after` and that comma: a coded place mention, or, before a toll
// (IsTollParticiple), a proper noun no mention covers (a town the
// dictionaries do not hold; dates are skipped).
bool OutcomeClauseAfterPlace(std::span<const Token> tokens, std::span<const Mention> mentions,
                             uint32_t after, uint32_t before);

// "killing", "wounding", "destroying": a participle that tells an attack's
// toll (OutcomeClauseAfterPlace; the rest of its participles tell echoes).
bool IsTollParticiple(const Token& t);

// The agent of a passive verb: "by Israel", or the actor of "in a US attack".
// When the agent is the party a unit named without a country is made of ("by
// a commando of mostly Colombian mercenaries", "by a commando that included
// former Colombian soldiers"), *unit (if given) is set to that unit's mention.
int FindPassiveAgent(std::span<const Token> tokens, std::span<const Mention> mentions,
                     std::span<const PhraseMatch> matches, uint32_t after, ClauseWindow window,
                     std::string* why, int* unit = nullptr);

// The source of an event noun: its possessor ("Iran's missile attack"), its
// modifier ("the US assassination"), "by X", or the subject of its clause.
// The clause's subject is used only when `may_borrow_subject`.
int FindNominalSource(std::span<const Token> tokens, std::span<const Mention> mentions,
                      TokenSpan noun, ClauseWindow window, bool may_borrow_subject,
                      std::string* why);

// The party an event noun acts on when its agent comes first: "the arrest
// by Egyptian police of two students" names the agent (`agent`, the mention
// right after "by") before the "of" phrase that names the patient. The
// mention that opens that "of" phrase, or -1.
int ObjectAfterFrontedAgent(std::span<const Token> tokens, std::span<const Mention> mentions,
                            TokenSpan noun, int agent);

// The owner of the noun at `noun` named by a possessive pronoun before it
// ("the ILO reiterated its demand"): the subject of the pronoun's clause, or
// -1.
int FindPronounOwner(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan noun, ClauseWindow window, std::string* why);

// Why the event noun at `noun` names an act not done, or null: "The Kurds
// fear attack by Turkey" (the object of a verb of fearing, expecting,
// averting or risking), "It could create an open alliance", "did not
// launch an offensive" (made by a verb that is possible, negated or
// attempted). The returned text is static.
const char* EventNounNotDone(std::span<const Token> tokens, TokenSpan noun, ClauseWindow window);

// "An abrupt US withdrawal would abandon the Kurds", "US air strikes could
// backfire", "an attack on Kyiv remains unlikely": whether the event noun at
// `noun` (with its short "of"/"by"/"against"/"on"/"into" complement) is the
// subject of "would", "could", "might" or "may" (past one time word), or of
// a form of "be", "remain" or "seem" with an adjective of likelihood
// ("unlikely", "possible", "imminent"). Such an act is supposed, not
// reported.
bool SubjectOfAModal(std::span<const Token> tokens, TokenSpan noun);

// "Paris answered a plea for help from the government", "responding to
// Oslo's call for the release of ...": the position of the verb of answering
// (granting, heeding, responding or reacting to) whose object the appeal
// noun at `noun` is, or -1. The appeal was addressed to that verb's subject.
int AnsweredAppealVerb(std::span<const Token> tokens, TokenSpan noun, ClauseWindow window);

// The mention that modifies or possesses the noun at `noun` ("Iran's
// retaliatory missile attack", "the US assassination"), or -1.
int FindNounModifier(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan noun);

// "Rebels overran the town as government troops abandoned their posts",
// "the soldiers abandoned their positions when the militants advanced": for
// a verb in one of two clauses joined by "as", "after", "when", "while" or
// "before", the subject of the other clause (the main clause's when the
// verb's is the subordinate one), or -1.
int OpposingPartyAcrossClause(std::span<const Token> tokens, std::span<const Mention> mentions,
                              TokenSpan verb);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_CLAUSE_H_
