// Internal to the coder: the types and helpers that Coder::Code's stages
// share (coder.cc and the coder_*.cc files). Not part of the public API.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/coder.h"
#include "coder/clause.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/reactions.h"
#include "coder/reports.h"

namespace khaldun::coder_internal {

using internal::ClauseWindow;
using internal::Mention;

struct SentenceContext {
  const AnalyzedDocument& doc;
  const Sentence& sentence;
  std::span<const Token> tokens;
  std::span<const PhraseMatch> matches;
  std::span<const Mention> mentions;
  ExplainTrace::SentenceTrace* trace;  // may be null

  void Note(std::string line) const {
    if (trace) trace->lines.push_back(std::move(line));
  }
  std::string Text(TokenSpan span) const { return internal::SpanText(tokens, span); }
  ByteSpan Bytes(TokenSpan span) const {
    if (span.empty()) return {};
    return {tokens[span.begin].bytes.begin, tokens[span.end - 1].bytes.end};
  }
  // The event party a mention names, coded `code` (the mention's own code,
  // or one completed or re-aimed from it): its text, bytes, tokens, how it
  // was resolved and its display name (the text when it has none).
  Actor ActorOf(const Mention& m, std::string code) const {
    Actor a;
    a.code = std::move(code);
    a.matched_text = Text(m.span);
    a.bytes = Bytes(m.span);
    a.tokens = m.span;
    a.how = m.how;
    a.name = m.display_name.empty() ? a.matched_text : m.display_name;
    return a;
  }
};

// A trigger's decision before codes are looked up.
struct Candidate {
  int source = -1;
  int target = -1;
  std::string code;
  TokenSpan trigger;
  std::string rule;
};

bool PlacePrepositionAt(std::span<const Token> tokens, uint32_t k);

const Place* DatelinePlace(const std::optional<std::string>& dateline, const Gazetteer* gazetteer);

std::optional<Location> PlaceAfter(const SentenceContext& s, const Gazetteer& gazetteer,
                                   uint32_t prep);

std::optional<Location> FirstPlaceBetween(const SentenceContext& s, const Gazetteer& gazetteer,
                                          uint32_t from, uint32_t to);

std::optional<Location> FindLocation(const SentenceContext& s, const Gazetteer* gazetteer,
                                     uint32_t from, ClauseWindow window);

// "met on Tuesday in Tehran", "talked for more than two hours in Helsinki",
// "met face to face in Geneva": the token after the dates, durations and
// manner adverbs that stand at `from` (up to `end`), or `from` when none
// does. A place after them is still the act's.
uint32_t PastTimePhrases(std::span<const Token> tokens, uint32_t from, uint32_t end);

bool IsDomesticCounterpart(std::string_view code);

// The country of the party `source` (of its compound's members, or, for a
// role with no country, of the first party of the sentence) when it is the
// only country the sentence names (its parties, IGOs and NGOs aside, and the
// places after a locative preposition) and the story's earlier events
// involve no other country: where violence by that party with no place
// named hits people. nullopt otherwise.
std::optional<Location> OwnCountryOfViolence(const SentenceContext& s, const Gazetteer& gazetteer,
                                             std::span<const Mention> mentions, int source,
                                             std::span<const Event> events);

bool CompleteUnplacedRole(std::string* code, bool needs_place, std::string_view other,
                          const std::optional<Location>& location, const Gazetteer* gazetteer);

bool InsideLongerTrigger(std::span<const PhraseMatch> matches, const PhraseMatch& m);

const PhraseMatch* EventNounObject(std::span<const Token> tokens, std::span<const Mention> mentions,
                                   std::span<const PhraseMatch> matches, const PhraseMatch& verb);

bool EventNounAt(std::span<const PhraseMatch> matches, uint32_t at);

void PromoteStateActor(const Mention& m, std::span<const Token> tokens,
                       std::span<const PhraseMatch> matches, const Gazetteer* gazetteer,
                       std::string_view event_code, Actor* actor);

void CorrectVerbTags(const Dictionary& dict, std::span<const PhraseMatch> matches,
                     std::vector<Token>* tokens);

void AddHyphenatedActors(const Dictionary& dict, std::span<const Token> tokens,
                         MatchScratch& scratch, std::vector<PhraseMatch>* matches);

bool DemonymBeforeEventNoun(const Mention& m, std::span<const Token> tokens,
                            std::span<const PhraseMatch> matches);

int CoordinationHead(std::span<const Mention> mentions, int m);

int UsableMentions(std::span<const Mention> mentions, bool places_count);

// The place of the gazetteer (a country, capital or city) whose capitalised
// name starts at tokens[k], or nullptr (also for no gazetteer or k past the
// end); *length is its tokens. GazetteerCityAt keeps cities and regions only.
const Place* GazetteerPlaceAt(std::span<const Token> tokens, const Gazetteer* gazetteer,
                              uint32_t k, size_t* length);
const Place* GazetteerCityAt(std::span<const Token> tokens, const Gazetteer* gazetteer, uint32_t k,
                             size_t* length);

bool FollowsBeForm(std::span<const Token> tokens, uint32_t at);

bool IsSubjectPronoun(const Token& t);

bool UncodedRoleBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                       std::span<const PhraseMatch> matches, uint32_t after, uint32_t verb);

const PhraseMatch* EventNounCarriedOut(const Dictionary& dict, std::span<const Token> tokens,
                                       std::span<const PhraseMatch> matches,
                                       const PhraseMatch& verb);

bool NamesACapital(const Mention& m, std::span<const Token> tokens, const Gazetteer* gazetteer);

// The coded, non-place, non-possessive actor that ends right before the
// verb group starting at `verb_begin` (auxiliaries and adverbs may come
// between: "Ankara has now opened an inquiry"), or -1.
int ActorRightBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t verb_begin);

// With `inquiry` (the noun is an inquiry, 09, or a measure a state takes
// against a party, 16x or 17x), verbs of announcing, opening and
// authorising lend their subject too ("The ICC announced an investigation
// into ...", "London announced the expulsion of 23 Russian diplomats").
int SubjectOfAnOrderOrStart(const Dictionary& dict, std::span<const Token> tokens,
                            std::span<const Mention> mentions, std::span<const PhraseMatch> matches,
                            TokenSpan noun, bool inquiry = false);

bool SinceClauseVerb(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan verb);

bool ReportedClauseHasOtherSubject(const Dictionary& dict, std::span<const Token> tokens,
                                   std::span<const Mention> mentions,
                                   std::span<const PhraseMatch> matches, int speaker,
                                   TokenSpan verb);

// Words that condemn what they describe.
constexpr std::string_view kCondemning[] = {
    "unacceptable", "illegal",    "unlawful",      "illegitimate", "breach",      "violation",
    "crime",        "outrageous", "irresponsible", "provocation",  "provocative", "unjustified",
    "barbaric",     "aggression", "shameful",      "criminal",     "outrage",     "terrorism",
    "null",         "hostile",    "reckless",      "unprovoked",   "atrocity",    "disgrace",
    "sham",         "farce",      "travesty",      "mockery",      "stab",        "blow",
    "antisemitic",  "absurd",     "unprecedented", "disproportionate",
    // "called the verdict scandalous", "a witch hunt", "naked protectionism",
    // "which Caracas called a threat to its sovereignty"
    "scandalous",   "unfair",     "unjust",        "hypocritical", "witch",       "authoritarian",
    "blackmail",    "piracy",     "betrayal",      "threat",       "protectionism",
    // "Moscow called the handover an injustice", "a reason Berlin dismissed
    // as a pretext", "called the deportations inhumane"
    "injustice",    "pretext",    "inhumane",      "deplorable",
    // "Tokyo called the test-firing deeply regrettable": the set word of a
    // formal diplomatic rebuke.
    // "called the raid a cowardly act", "an affront to its sovereignty"
    "regrettable",  "reprehensible", "despicable",  "cowardly",    "heinous",     "intolerable",
    "affront"};

int ActNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                          std::span<const PhraseMatch> matches, std::span<const Mention> mentions,
                          const PhraseMatch& verb);

int PersonNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                             std::span<const Mention> mentions, const PhraseMatch& verb);

int PartyJudgedInReportedClause(const Dictionary& dict, std::span<const Token> tokens,
                                std::span<const Mention> mentions, const PhraseMatch& verb,
                                ClauseWindow window);

// For a verb of saying or concluding ("said", "told X that", "concluded
// that"), the party its reported clause holds to blame: "... Iran was
// behind the strikes", "... Moscow was responsible for the poisoning"; -1
// when the clause blames no one, says who is not to blame, or names no act
// it is to blame for ("responsible for border security").
int PartyBlamedInReportedClause(const Dictionary& dict, std::span<const Token> tokens,
                                std::span<const Mention> mentions,
                                std::span<const PhraseMatch> matches, const PhraseMatch& verb);

bool NamesAGazetteerCity(std::span<const Token> tokens, const Gazetteer* gazetteer, uint32_t from,
                         uint32_t to);

bool TargetIsDirectObject(const VerbPattern& pattern);

bool HasSourceSlot(const VerbPattern& pattern);

bool IsNonStateArmed(std::string_view code);

bool SameActor(const std::string& a, const std::string& b);

bool OneParty(const std::string& a, const std::string& b, bool state_actors);

bool ActsOnAPopulation(std::string_view code);

using internal::TargetIsAPlace;

bool IsMutualAct(std::string_view code);
// Whether an optimistic comment (013) at `code` judges talks or a meeting
// named within four tokens after the verb `verb` ("called the talks very
// productive", "described the meeting as useful"): its target is the other
// side of those talks.
bool JudgesTalks(std::span<const Token> tokens, TokenSpan verb, std::string_view code);
// Whether `target`, found after a release of people promised or done (0353,
// 0841) by a compound subject and bound by no pattern, is people named only
// by a role with no country ("agreed to exchange 500 prisoners of war
// each"): what the members trade, held by each of them, not a party; the
// members act on each other.
bool TradedInMutualAct(const Mention& target, std::string_view act);
// Whether `act` is a ceasefire violation (196) by a compound subject
// (`source`, a member) whose members need not be its two sides. A truce
// broken by a compound is broken by each side against the other only when
// the pair is a state's forces and an armed group or opposition of the same
// country ("Sudan's army and the RSF violated the truce"), or a pair named as
// "both sides" or "the two ..."; "Russia and Syria violated the truce" names
// allies breaking it against someone unnamed.
bool TruceBrokenByAllies(std::span<const Mention> mentions, int source, std::string_view act);

// Nouns a place name may modify and still name a place: "the Kosovo town of
// Mitrovica", "the Gaza Strip", "Kherson region".
constexpr std::array<std::string_view, 9> kPlaceHeads = {
    "town", "city", "village", "region", "province", "district", "area", "strip", "border"};

// "exercises around Taiwan", "drills near Estonia", "warships off Libya".
constexpr std::array<std::string_view, 6> kAroundWords = {"around", "near", "off",
                                                          "toward", "towards", "surrounding"};

bool LooksSubjunctive(std::span<const Token> tokens, std::span<const Mention> mentions,
                      uint32_t verb, bool after_verb_in_clause);

int ActorEndingPassiveSubject(std::span<const Token> tokens, std::span<const Mention> mentions,
                              uint32_t verb, ClauseWindow window);

int ConditionSubject(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t from, const std::string& source_code, uint32_t reach = 12);

bool ObjectMeantFor(std::span<const Token> tokens, uint32_t verb, TokenSpan object,
                    uint32_t infinitive);

// Whether the bare infinitive at `verb` follows "to help", past an object
// pronoun ("to help them rebuild"): the purpose of a help, not an act done.
bool AfterToHelp(std::span<const Token> tokens, uint32_t verb);

bool ThatClauseBetween(std::span<const Token> tokens, uint32_t from, uint32_t to);

uint32_t NounPhraseStart(std::span<const Token> tokens, uint32_t noun);

bool AfterAPassiveIn(std::span<const Token> tokens, uint32_t noun);

int FightingBetween(std::span<const Token> tokens, std::span<const Mention> mentions,
                    uint32_t from, uint32_t to, int* partner);

int RelativeAntecedent(std::span<const Token> tokens, std::span<const Mention> mentions,
                       TokenSpan subject);

bool InConditionClause(std::span<const Token> tokens, uint32_t at);

bool IsActOnPersons(std::string_view code);

bool IsTransitiveActParticiple(const Token& t);

bool HeadlinePassive(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t verb);

int ConsultationAdjunct(std::span<const Token> tokens, std::span<const Mention> mentions,
                        TokenSpan noun, bool visit_or_call);

std::string_view UnassertingModifier(std::span<const Token> tokens, uint32_t noun);

bool RoleInAnAct(std::span<const Token> tokens, uint32_t at);

bool ProtestsItsOwnGovernment(const Mention& m, std::span<const Token> tokens);

bool IsStateActor(const Mention& m);

bool BareParticiple(std::span<const Token> tokens, uint32_t at);

bool IsKillingVerb(const VerbForm& form);

long VictimsCounted(std::span<const Token> tokens, uint32_t from);
// Whether the victims counted after `from` (before the next verb or comma)
// are named as civilians: "about 80 Yazidi men", "at least 60 villagers".
bool CiviliansCounted(std::span<const Token> tokens, uint32_t from);

bool IsKillingOrWounding(const VerbForm& form);

bool IsNamedOfficeHolder(const Mention& m, std::span<const Token> tokens);
// The named office-holder a possessive owns, right after it or past one or
// two lower-case role words ("the militia's commander Somchai Wongsa"); -1 if
// none.
int NamedOfficeHolderOwnedBy(std::span<const Mention> mentions, int owner,
                             std::span<const Token> tokens);
// The named office-holder right after a group and one or two lower-case
// singular title nouns ("militia chief Omar Diallo"); -1 if none.
int NamedOfficeHolderTitledAfter(std::span<const Mention> mentions, int group,
                                 std::span<const Token> tokens);

// A singular role of an office or rank set off by commas beside a person's
// name ("the region's governor" after "Ana Ruiz,", "the militia's chief" or
// "Chile's consul in Lima" before ", Omar Diallo,"): one named office-holder
// (coder_parties.cc).
bool IsOfficeHolderNamedBeside(const Mention& m, std::span<const Mention> mentions,
                               std::span<const Token> tokens);

std::string FutureCode(std::string_view code);

bool ObjectOfAnAnnouncedVerb(std::span<const Token> tokens, uint32_t noun, ClauseWindow window);

bool ViolenceAtHome(std::string_view code);

int PlaceTarget(std::span<const Token> tokens, const Gazetteer* gazetteer,
                std::string_view source_code, std::string_view code, uint32_t from, uint32_t to,
                std::vector<Mention>* mentions, std::string* why);

const AgentEntry* HeldRole(const Dictionary& dict, std::span<const Token> tokens,
                           std::span<const PhraseMatch> matches, TokenSpan verb, bool passive,
                           const internal::ClauseWindow& window,
                           std::span<const Mention> mentions = {});

bool IsPeopleHit(const AgentEntry& role);

bool NamesAPopulation(const AgentEntry& role);

// "the people of Nepal", "the Iraqi population": a whole people (PEOPLE,
// POPULATION), which stands for the country whatever is done to it.
bool NamesAWholePeople(const AgentEntry& role);

// "Israeli hostages", "the captives": people held by another party
// (HOSTAGE, CAPTIVE), coded by their nationality alone.
bool NamesPeopleHeld(const AgentEntry& role);

// "two Canadian citizens", "nine Turkish nationals" (CITIZEN, NATIONALS):
// people named only by the state whose citizens they are, coded by that
// nationality alone, whatever is done to them.
bool NamesNationals(const AgentEntry& role);

// "four women", "the children", "two teenagers": people named only by sex or
// age (WOMAN, CHILD, TEENAGER); when freed by their captors they were held
// as hostages and are coded by nationality alone (coder_assemble.cc).
bool NamesWomenOrChildren(const AgentEntry& role);

// "Yazidi women", "a Filipino woman" (WOMAN): with the nationality that
// names them, people of the country, coded with the bare country
// (coder_assemble.cc).
bool NamesWomen(const AgentEntry& role);

std::string PeopleHitCode(const AgentEntry& role, std::string_view country);

int ImplicitMention(std::string code, bool unplaced, std::string_view display,
                    std::string_view what, std::vector<Mention>* mentions);

// The first mention of the sentence with this code that is not a place, or
// else an implicit one (ImplicitMention): the party a reaction answers
// ("Kurti accused Belgrade ..., which Serbia denied": Kurti).
int MentionOfParty(const std::string& code, std::string_view what,
                   std::vector<Mention>* mentions);

bool SpeaksOfAnAct(std::string_view code);

bool IsDemandOrAppeal(std::string_view code);

bool IsIntent(std::string_view code);

// The code of an appeal, a demand or an intent with no object of its own
// ("020", "100", "030": `asking`) when what it asks for or intends is the act
// coded `act` (an infinitive after it): CAMEO's families ask for what the
// acts do. "urged Tehran to free the sailors" (084) 0253, "demanded that
// Moscow withdraw" (087) 1056, "asked Russia to send troops" (074) 0234,
// "pledged to restore ties" (054) 032, "called on both sides to hold talks"
// (04) 026. "" when `asking` is not such a bare code or `act` is no act the
// families name.
std::string AskedActCode(std::string_view asking, std::string_view act);

bool FramesItsObject(std::string_view code);
// Whether the verb ending at `verb_end` is one of leaving what is under way
// ("walked out of", "walked away from", "stormed out of", "cut short") and
// the noun at `noun_begin` follows it within four tokens: "walked out of
// the talks with Iran" says the talks took place.
bool LeftWhileUnderWay(std::span<const Token> tokens, uint32_t verb_end, uint32_t noun_begin);

bool JudgesAnAct(std::string_view code);

// The act reported last before a reaction to it: who did it and to whom.
struct ReferredAct {
  bool found = false;
  int source = -1, target = -1;  // among this sentence's mentions, or -1
  std::string source_code, target_code;
  std::string code;  // its CAMEO code
};

ReferredAct LastActBefore(std::span<const Candidate> candidates, std::span<const Event> events,
                          std::span<const Mention> mentions, uint32_t sentence_index,
                          uint32_t before);

// The last of this sentence's candidates before `before` with a source, a
// target and a code that `fits` (if set) accepts for the source's code: the
// search within the sentence that LastActBefore and ActReactedTo share.
ReferredAct LastCandidateActBefore(
    std::span<const Candidate> candidates, std::span<const Mention> mentions, uint32_t before,
    const std::function<bool(std::string_view code, const std::string& source_code)>& fits);

// The act a reaction by `reactor` refers to (coder_reactions.cc): like
// LastActBefore, but passing over the reactor's own deeds and acts of a root
// the referring word cannot name (`may_name`, if set: "the expulsions" one
// of force, internal::RootsReferToOneAct; "the request" an appeal,
// internal::ActWordMayName); in the sentence before, the last such event.
// The reactor's own deeds are those of its party, and, for a state, of its
// armed forces and police; `co_reactors` (the other members of a compound
// reactor: "Tokyo and Seoul both condemned the launch") count as the reactor.
ReferredAct ActReactedTo(std::span<const Candidate> candidates, std::span<const Event> events,
                         std::span<const Mention> mentions, uint32_t sentence_index,
                         uint32_t before, const std::string& reactor, bool state_actors,
                         const std::function<bool(std::string_view)>& may_name,
                         std::span<const std::string> co_reactors = {});

// Whom a state's judgement of an act done by `doer` to `act_target` is
// aimed at: another state's armed forces are judged as their state
// ("Israeli troops moved into the buffer zone, and Cairo condemned the
// move": ISRGOV; so are its police acting on another state's government),
// as AnsweredBy answers them;
// forces that turned on their own government ("condemned the coup") and
// every other doer stay.
std::string StateJudgedFor(const std::string& doer, const std::string& act_target,
                           const std::string& reactor);

std::string AccuserOf(std::span<const Candidate> candidates, std::span<const Event> events,
                      std::span<const Mention> mentions, uint32_t sentence_index,
                      uint32_t before, std::string_view denier);

// Who last seized, arrested or abducted (173, 1711, 181) exactly `detainee`
// (the same code, by another actor), in this sentence before `before` or in
// the sentence before; its code, or "". Its captor is whom a call for its
// release addresses.
std::string CaptorOf(std::span<const Candidate> candidates, std::span<const Event> events,
                     std::span<const Mention> mentions, uint32_t sentence_index, uint32_t before,
                     std::string_view detainee);

// The protesters of the last protest (root 14) in this sentence before
// `before` (*mention is then its source's index) or, failing that, in the
// sentence before (*mention is -1); their code, or "". Whom crowd control
// with no object ("riot police fired tear gas to disperse them") is used on.
std::string LastProtesters(std::span<const Candidate> candidates, std::span<const Event> events,
                           std::span<const Mention> mentions, uint32_t sentence_index,
                           uint32_t before, int* mention);

// Who did the last act on `party` (at country level, by another actor)
// whose code starts with one of `code_prefixes`, in this
// sentence before `before` or in the sentence before; its code, or "".
// AccuserOf is this for accusations; "The army chief urged the president
// to resign. He stepped down hours later." finds the call (0241) answered.
std::string DoerOfLastActOn(std::span<const Candidate> candidates, std::span<const Event> events,
                            std::span<const Mention> mentions, uint32_t sentence_index,
                            uint32_t before, std::string_view party,
                            std::span<const std::string_view> code_prefixes);

// What a refusal that names no party answers ("Israel demanded that Egypt
// reopen the crossing. Cairo refused to comply."): pressure put on the
// refusing party by another, as code prefixes: an appeal (02), a demand
// (10), a threat or ultimatum (13), a cut in relations (16: "gave the envoy
// 48 hours to leave") or coercion (17). Praise, aid or an accusation asks
// nothing to refuse.
inline constexpr std::string_view kPressuresARefusalAnswers[] = {"02", "10", "13", "16", "17"};
// A refusal to cooperate (121, 1213, 1245) answers an inquiry opened on the
// refusing party (09) as well: "A UN panel opened an investigation into the
// shelling, and Minsk said it would not cooperate" (BLRGOV 121 IGOUNO).
inline constexpr std::string_view kPressuresOrInquiriesACooperationRefusalAnswers[] = {
    "02", "09", "10", "13", "16", "17"};

// Whether a verb (its dictionary lemma) says no to something asked of its
// subject, and so may answer such pressure: "refused", "declined",
// "rejected", "turned down", "would not accept", "would not intervene",
// "resisted". ("ruled out a reaction", "held out little hope" answer no
// one.)
bool SaysNoToARequest(std::string_view lemma);

std::string AnsweredBy(std::span<const Candidate> candidates, std::span<const Event> events,
                       std::span<const Mention> mentions, uint32_t sentence_index,
                       uint32_t before, std::string_view speaker, internal::Retaliation kind);

// Whether armed force (roots 18 to 20) was used on the country of
// `speaker` or by the country of `threatened` (codes), in this sentence
// before `before` or in the sentence before: the force a threat of
// retaliation by the speaker against the threatened party answers ("Israeli
// jets struck the consulate, and Tehran vowed harsh punishment for Israel").
bool ArmedForceAnswered(std::span<const Candidate> candidates, std::span<const Event> events,
                        std::span<const Mention> mentions, uint32_t sentence_index, uint32_t before,
                        std::string_view speaker, std::string_view threatened);

bool NamesADeed(const Token& t);

void HostNamesTheVisit(std::vector<Event>* events);

bool OnlyArticlesOrNumbers(std::string_view gap);

void AWelcomeReportsTheVisit(const CameoCodebook& codebook, std::vector<Event>* events);

void ASentenceFollowsItsVerdict(std::vector<Event>* events);

// "The army chief urged the president to step down, and hours later he
// resigned": a resignation (0831) whose target is only the implicit
// opposition answers the call for it (0241, 1041) made of the same leader
// in its sentence or the one before; its target becomes whoever made that
// call (coder_reactions.cc). A call later in the sentence, past the
// protests the resignation is said to follow, leaves the protesters.
void AResignationAnswersItsCall(std::vector<Event>* events);

// "Kenya's president bowed to the protesters and withdrew the tax bill":
// the words of yielding (080, 083) and the concession made (0832) are one
// act; a generic yield is dropped where its sentence codes a specific
// concession (08) between the same parties (coder_reactions.cc).
void AConcessionIsCodedOnce(std::vector<Event>* events);

bool IntroducesMediation(const Token& t);

int MediatorCueAt(std::span<const Token> tokens, uint32_t k);

int MediatorSpeaking(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t k);

int MediationNamedBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                         uint32_t k);

bool MediatorAgent(std::span<const Token> tokens, std::span<const Mention> mentions, int x);

// (`gazetteer` may be null; it places talks named in a fronted phrase:
// "After talks in Brussels chaired by ...".)
void MediatorEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                    bool state_actors, const Gazetteer* gazetteer, std::vector<Event>* events);

// "Macron recognised the State of Palestine, a day after Britain and
// Canada took the same step", "Trump recognised Guaido, as did Brazil and
// Colombia": each party of the list named with "as did" or before "took
// the same step", "followed suit", "did the same" or "did likewise" does the
// act of the sentence's event whose verb comes last before it; a copy of
// that event (and of its siblings on other targets) with the party as
// source is added (coder_shared_acts.cc).
void SharedActEvents(SentenceContext& s, uint32_t sentence_index, bool state_actors,
                     std::vector<Event>* events);

// "the hostages were let go in exchange for three militants held by
// Kenyan police": the holder named after "held by" (detained,
// jailed, imprisoned, released, freed) releases the captives the swap
// bought (0841), when the sentence has not coded it (coder_shared_acts.cc).
void SwapHalfEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                    bool state_actors, std::vector<Event>* events);
// "Iran admitted that its military shot down the airliner": for each act of
// force or coercion (roots 17-20) coded in this sentence from the clause
// after an asserted verb of admission ("admitted", "acknowledged",
// "conceded", "confessed"; not negated) whose doer is the admitter or, for a
// state, one of its organs, adds a 015 from the admitter (a bare state as
// its GOV) to the act's target. Also re-aims, among this sentence's events,
// an apology (055) to one's own people at the bare country, and a 015 aimed
// at the possessor of the responsibility admitted ("acknowledged France's
// responsibility") at the other country the sentence places it in, or drops
// it. Defined in coder_admissions.cc.
void AdmissionEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                     bool state_actors, std::vector<Event>* events);
// "Rebel artillery shelled the town, killing four soldiers": drops the
// generic use of force (190) that a participle of killing or wounding after
// a comma gives, when an act of force (roots 18-20) told before it in this
// sentence has the same source and a target of the same country; the
// participle reports that act's toll (coder_casualties.cc).
void DropTollParticiples(SentenceContext& s, uint32_t sentence_index,
                         std::vector<Event>* events);
// "Gunmen stormed the school and killed seven pupils", "militants shot
// dead four villagers": a generic use of force (190) by an armed group
// (REB, UAF, SEP, INS) on unarmed people (civilians, students, clergy,
// journalists, refugees, farmers, workers, companies, health workers) is
// unconventional violence, recoded 180 (coder_casualties.cc).
void RecodeViolenceOnCivilians(SentenceContext& s, uint32_t sentence_index,
                               const CameoCodebook& codebook, std::vector<Event>* events);
// "Militiamen overran the market town, killing more than 200 people", "the
// gunmen stormed a boarding school and killed 150 pupils": an act of force
// (180, 190, 193) on unarmed people or a bare country whose toll, told
// right after it by a participle of killing or by "and killed", counts a
// hundred people or more is a mass killing, recoded 202 on the act's own
// target, as tests/gold/README.md codes larger massacres. Not a state's
// forces firing on their own protesters (175 however many die), not a
// suicide bombing or an air strike (their means says more), not a toll of
// armed men, nor when the sentence already holds the source's 202; when
// that 202 is the "and killed" itself, on the same target, the act is the
// massacre told twice and is dropped (coder_casualties.cc).
void RecodeActsWithAMassToll(SentenceContext& s, uint32_t sentence_index,
                             const CameoCodebook& codebook, std::vector<Event>* events);
// "Militiamen massacred dozens of villagers": an act of violence (root 20
// through its verb or a toll "..., killing"; 18 and 19 through a verb of
// killing) on a bare country, whose victims are named as civilians
// (civilians, residents, villagers, women and children ...) and not as
// armed men, targets that country's civilians, CCCCVL, as
// tests/gold/README.md codes 202 (the bare country stays for plain
// "people") (coder_casualties.cc).
void CiviliansAsTargets(SentenceContext& s, uint32_t sentence_index, std::vector<Event>* events);
// "Security forces gunned down dozens of protesters", "police shot dead
// three demonstrators": generic force or shooting (190, 193) by a state's
// armed forces, police or government on protesters of the same country is
// repression, recoded 175 however many die (tests/gold/README.md;
// coder_casualties.cc).
void RecodeForceOnProtesters(SentenceContext& s, uint32_t sentence_index,
                             const CameoCodebook& codebook, std::vector<Event>* events);
// Whether `src` is a state's armed forces or police (MIL, COP; with
// `government`, GOV too) and `tgt` the protesters (OPP) of the same country,
// both full six-letter codes: "Kenyan police fired on crowds in Nairobi"
// (KENCOP on KENOPP). The one test of the three places that recode such force
// as repression, 175 (coder_assemble.cc twice, RecodeForceOnProtesters).
// Defined in coder_casualties.cc.
bool StateForceOnOwnProtesters(std::string_view src, std::string_view tgt, bool government);

// "the rebels later claimed the attack", "an ambush claimed by the
// militia": adds a 015 from the party that claims an attack in this sentence
// (internal::AttackClaimer) to the target of its first act of force (roots
// 18-20) coded here, unless it has a 015 here already. Defined in
// coder_admissions.cc.
void ClaimEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                 std::vector<Event>* events);

// "Italian police arrested the mayor of Bari in a corruption probe": adds,
// for each arrest or seizure (171x, 173x) by a state organ (COP, JUD, SPY,
// GOV) coded in this sentence before an inquiry noun framed by "in" or "of"
// ("as part of their investigation"), an inquiry (091) by the same source
// against the same target, unless the sentence has a 09 of that pair
// already. Defined in inquiry_acts.cc.
void InquiryActEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                      std::vector<Event>* events);

int OrdererAfter(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t after,
                 ClauseWindow window);

bool SubjectRightBefore(std::span<const Token> tokens, const Mention& subject, uint32_t verb);

int ParallelFiniteVerb(std::span<const Token> tokens, uint32_t verb,
                       const std::function<bool(uint32_t)>& has_subject);

// What the event assembly of a sentence reads and sets (AssembleEvents).
struct SentenceState {
  const CoderOptions& options;
  const CoderResources& resources;
  const AnalyzedDocument& doc;
  const Sentence& sentence;
  const SentenceContext& s;
  std::span<const Token> tokens;
  const std::vector<PhraseMatch>& matches;
  const std::vector<Mention>& mentions;
  const Place* dateline_place;
  const std::optional<Location>& scene;  // where the sentence before set the story
  std::optional<Location>& story_place;     // set for the sentence after
  std::optional<Location>& domestic_scene;  // set for the sentence's later acts
  std::vector<Event>& events;
};

// Assemble events; one per (source, target, code) in a sentence.
void AssembleEvents(const SentenceState& state, std::span<const Candidate> candidates);

// What the document-level passes read and set (DocumentPostPasses).
struct DocumentState {
  const CoderOptions& options;
  const CoderResources& resources;
  const AnalyzedDocument& doc;
  ExplainTrace* trace;  // may be null
  std::vector<Event>& events;
};

// The document-level passes over a document's events, after its sentences:
// visits and welcomes (with require_dyad), verdicts and sentences, sports
// reports.
void DocumentPostPasses(const DocumentState& state);

// What the pre-filter of a sentence reads (MayHoldADyad): its triggers and
// what kinds of act they may code.
struct DyadCues {
  const CoderOptions& options;
  const CoderResources& resources;
  const internal::PatternIndex* pattern_index;  // may be null
  const Dictionary& dict;
  const Sentence& sentence;
  const std::vector<PhraseMatch>& matches;
  const std::vector<Event>& events;  // the document's, so far
  bool has_place_act, has_protest, has_restriction, has_arrest, has_killing;
  std::span<const Report> reports;  // of this sentence and the one before
};

// Whether the sentence may give an event when events need a dyad (see
// coder_dyad.cc).
bool MayHoldADyad(const DyadCues& cues, std::span<const Mention> ms,
                  std::span<const Token> toks);

// What the trigger loop of a sentence reads (FindTriggerCandidates).
struct TriggerInputs {
  const CoderOptions& options;
  const CoderResources& resources;
  const internal::PatternIndex* pattern_index;  // may be null
  const Dictionary& dict;
  const Sentence& sentence;
  SentenceContext& s;  // its mentions follow the implicit parties added
  std::span<const Token> tokens;
  const std::vector<PhraseMatch>& matches;
  std::vector<Mention>& mentions;    // implicit parties are added to them
  const std::vector<Event>& events;  // the document's, so far
  std::span<const Report> reports;   // of this sentence and the one before
};

// What the trigger loop of a sentence builds and carries from one trigger to
// the next (FindTriggerCandidates).
struct TriggerState {
  std::vector<Candidate> candidates;
  // Triggers that lacked a source or a target (or both) when events need a
  // dyad: a claim of responsibility may complete them (ClaimedActs,
  // coder/claimed_acts.h).
  std::vector<Candidate> orphans;
  std::string last_code;       // of the previous trigger in this sentence
  uint32_t last_verb_end = 0;  // end of the last verb that got a code, 0 if none
  std::string last_verb_code;  // and its code
  int last_verb_source = -1;   // and its source mention
  int last_verb_target = -1;   // and its target mention
  // The last verb with a code that is no gerund and no participle after a
  // noun ("condemning the coup", "a deal brokered by China"): the verb a
  // phrase of circumstance belongs to (ConsultationAdjunct).
  struct {
    uint32_t end = 0;
    int source = -1, target = -1;
    std::string code;
  } clause_verb;
  TokenSpan last_verb_words;   // and the words its pattern matched after it
  // The words the pattern of a verb not done (negated, attempted, possible,
  // asked) matched after it: "Morocco has long accused Algeria of arming the
  // rebels" reports no arming either.
  TokenSpan undone_words;
  // The last verb of any code, null included, and its subject: what a verb
  // after "and" is coordinated with ("the military seized power and
  // detained Prime Minister Hamdok": "seized power" codes nothing).
  uint32_t last_any_verb_begin = 0, last_any_verb_end = 0;
  int last_any_verb_source = -1;
  // For a verb with a null code its subject is found only when a verb
  // after "and" asks for it (most null-coded verbs, "said", never are).
  std::optional<ClauseWindow> last_null_verb_window;
};

// The candidates of the sentence's trigger matches[mi] (see
// coder_candidates.cc, and coder_candidates.h for its stages).
void FindTriggerCandidates(const TriggerInputs& in, TriggerState& state, size_t mi);

// Whether the tokens strictly between `from` and `to` hold a break that
// ends a clause: a semicolon, a colon, or a comma followed by "and" or "but"
// ("police arrested the banker, and prosecutors seized files in a separate
// inquiry": the inquiry does not frame the arrest). Defined in
// coder_admissions.cc; used there and by inquiry_acts.cc.
bool ClauseBreakBetween(std::span<const Token> tokens, uint32_t from, uint32_t to);

// Whether the tokens [begin, end) hold only a noun's own phrase: no comma,
// semicolon, colon or full stop, and no finite verb save a participle right
// before "by" ("car bombs claimed by the Taliban killed 40", "a drone
// strike ordered by Washington killed the general"). Defined in
// coder_candidates_repairs.cc; used there and by killing_subjects.cc.
bool OnlyAgentPhraseBetween(std::span<const Token> tokens, uint32_t begin, uint32_t end);

// Whether the pattern names the verb's subject by a word, a synonym set or
// a noun ending right before the verb ("- &CARBOMB_ * (AT +)",
// "- MISSILES * +"): a weapon
// or a device does the act. False for a null pattern. Defined in
// coder_candidates_repairs.cc; used there and by coder_candidates_asserted.cc.
bool SubjectWordBeforeVerb(const VerbPattern* pattern);

// The token where the event's verb (its evidence) starts, or -1. Defined
// in coder_casualties.cc; used there, by coder_admissions.cc and by
// inquiry_acts.cc.
int EvidenceToken(std::span<const Token> tokens, const Event& e);

// Whether an event's verb text is a verb of killing ("killed", "massacred",
// "slaughtered", "gunned down", "shot dead"), case-insensitive. Defined in
// coder_casualties.cc; used there and by killing_subjects.cc.
bool IsVerbOfKilling(std::string_view verb);

// Whether a verb lemma is one of putting to death by a state's sentence
// ("Tehran hanged a young man", "executed a preacher"): the jurisdiction
// rule of coder_candidates_targets.cc and the party check of coder_dyad.cc.
inline bool IsLemmaOfExecution(std::string_view lemma) {
  return lemma == "EXECUTE" || lemma == "HANG";
}

}  // namespace khaldun::coder_internal
