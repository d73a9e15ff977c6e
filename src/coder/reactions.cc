#include "coder/reactions.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace khaldun::internal {
namespace {

// "denounced the move", "rejected the ruling", "welcomed the decision": nouns
// that stand for an act just reported. Only words with no other common
// sense in news: "order" (an order of things), "law" (a law in force) and
// "test" are left out.
// "the launch" is of a missile or rocket the text has just reported fired;
// "the request" only of an appeal or a demand (ActWordMayName).
// ("Ankara offered to host the talks, but Moscow turned down the offer",
// "Cairo proposed a truce. Hamas rejected the proposal", "Kyiv invited
// the envoy, who declined the invitation": an offer, a proposal, an
// overture or an invitation is the act of offering just reported, of
// intent to cooperate or an appeal only (ActWordMayName), and with no such
// act coded it is no act at all: "the lenders accepted the offer, and the
// banks declined the offer" names no offer's maker (NoOfferBefore).)
// ("calling the restrictions openly hostile": the restrictions just
// reported.)
// ("a pause in the shelling, a gesture the rebels dismissed as a ploy",
// "the navy shot down a patrol plane, and Minsk called the downing a
// provocation", "the garrison seized the airport, and the president
// denounced the mutiny as treason": a gesture, the downing of an aircraft
// and a mutiny or revolt are the act just reported, never a thing. So is
// "the strikes", military or labour, which the dictionary codes only in
// patterns: "Hanoi called the strikes an act of war".)
// ("the army removed the prime minister, and the African Union condemned
// the coup", "Oslo sent the suspect to Berlin, and Moscow called the
// handover illegal", "Lima said it would expel the envoys, a plan Quito
// denounced as unjust", "the region declared itself independent, and the
// capital branded the proclamation void": a coup, a handover, a plan and a
// proclamation are the act just reported. A coup is only a use of force:
// ActWordMayName.)
// ("the president suspended parliament, a power grab the opposition
// denounced": a grab of power is the act just reported.)
// ("Washington told Kabul to hand back the base, and the Taliban rejected
// the demand": a demand or an ultimatum is the act just reported, of an
// appeal, a demand or a threat only: ActWordMayName.)
// (Words for an offer refer back too; they are kOfferWords, below.)
constexpr std::array<std::string_view, 46> kActReferences = {
    "move",     "decision",     "step",        "measure",     "measures",    "action",
    "actions",  "ruling",       "verdict",     "announcement", "vote",       "resolution",
    "report",   "findings",     "accusation",  "accusations", "allegation",  "allegations",
    "claims",   "remarks",      "comments",    "warrant",     "warrants",    "indictment",
    "launch",   "launches",     "request",     "restrictions", "gesture",    "downing",
    "mutiny",   "revolt",       "rebellion",   "insurrection", "strike",     "strikes",
    "coup",     "handover",     "plan",        "proclamation", "grab",       "demand",
    "demands",  "ultimatum",    "ultimatums"};

// "Seoul offered talks, but the North rejected the offer": words for an
// offer, which refer back to an appeal or an offer (ActWordMayName).
constexpr std::array<std::string_view, 7> kOfferWords = {
    "offer", "offers", "proposal", "proposals", "overture", "overtures", "invitation"};

// "Mongolia's failure to arrest him", "Beijing's handling of the protests".
constexpr std::array<std::string_view, 8> kPossessedDeeds = {
    "failure", "refusal", "handling", "treatment", "conduct", "policy", "policies", "behaviour"};

// "drawing condemnation from", "prompting criticism from": what causes a
// reaction.
constexpr std::array<std::string_view, 14> kCausing = {
    "drawing",  "drew",      "prompting", "prompted", "sparking", "sparked",   "triggering",
    "triggered", "provoking", "provoked", "earning",  "earned",   "attracting", "attracted"};

}  // namespace

bool IsActReferenceWord(const Token& t) {
  return InWords(kActReferences, t) || InWords(kOfferWords, t);
}

bool IsPossessedDeedWord(const Token& t) { return InWords(kPossessedDeeds, t); }

bool IsAllegationWord(const Token& t) {
  static constexpr std::string_view kAllegations[] = {
      "accusation", "accusations", "allegation", "allegations", "charge",  "charges",
      "claim",      "claims",      "account",    "conclusion",  "finding", "findings"};
  return InWords(kAllegations, t);
}

int AllegationAfterJudgement(std::span<const Token> tokens, uint32_t after_verb) {
  uint32_t k = after_verb;
  if (k >= tokens.size() || !IsWord(tokens[k], "as")) return -1;
  ++k;
  const uint32_t judgement = k;
  while (k < tokens.size() && k < judgement + 4 &&
         (tokens[k].pos == kPosJJ || tokens[k].pos == kPosRB || IsWord(tokens[k], "and")))
    ++k;
  if (k == judgement) return -1;
  // The object's words up to its head: "a UN experts' report".
  for (const uint32_t object = k; k < tokens.size() && k < object + 6; ++k) {
    if (IsAllegationWord(tokens[k])) return static_cast<int>(k);
    if (!IsDeterminer(tokens[k]) && tokens[k].pos != kPosJJ && !IsNounTag(tokens[k].pos) &&
        tokens[k].pos != kPosPOS && tokens[k].pos != kPosPRPS)
      return -1;
  }
  return -1;
}

bool OffersAWord(const Token& t) { return InWords(kOfferWords, t); }

bool ActWordMayName(const Token& t, std::string_view act_root) {
  // ("Seoul offered talks, but Pyongyang rejected the offer": an offer
  // answers an act of intent to cooperate or an appeal, never the fighting
  // or the criticism reported in between.)
  if (OffersAWord(t)) return act_root == "02" || act_root == "03";
  if (IsWord(t, "request")) return act_root == "02" || act_root == "10";
  if (IsWord(t, "demand") || IsWord(t, "demands") || IsWord(t, "ultimatum") ||
      IsWord(t, "ultimatums"))
    return act_root == "02" || act_root == "10" || act_root == "13";
  // "Pyongyang fired a missile, days after Seoul and Tokyo held joint
  // drills, and Beijing condemned the launch": a launch or a downing is
  // never an act of cooperation (03-08) reported in between.
  if (IsWord(t, "launch") || IsWord(t, "launches") || IsWord(t, "downing"))
    return !(act_root >= "03" && act_root <= "08");
  // ("Troops detained the president, and the bloc condemned the coup": the
  // seizure, never a statement or a deal reported in between.)
  if (IsWord(t, "coup")) return act_root >= "17" && act_root <= "20";
  return true;
}

bool NamesOnlyACodedKindOfAct(const Token& t) { return IsWord(t, "coup"); }

uint32_t AfterPossessor(std::span<const Token> tokens, uint32_t k) {
  uint32_t b = k;
  if (b < tokens.size() && IsWord(tokens[b], "the")) ++b;
  // A name ("Canberra", "the Kremlin", "South Korea") right before "'s".
  for (uint32_t e = b; e < tokens.size() && e < b + 4; ++e) {
    if (tokens[e].pos == kPosPOS) return e > b ? e + 1 : k;
    if (tokens[e].pos != kPosNNP && tokens[e].pos != kPosNNPS) return k;
  }
  return k;
}

int PossessorOfReferredAct(std::span<const Token> tokens, uint32_t act) {
  uint32_t k = act;
  while (k > 0 && k + 3 > act && tokens[k - 1].pos == kPosJJ) --k;
  if (k == 0 || tokens[k - 1].pos != kPosPOS) return -1;
  return static_cast<int>(k - 1);
}

uint32_t SaidOfItselfBefore(std::span<const Token> tokens, uint32_t verb_begin) {
  if (verb_begin < 2) return 0;
  static constexpr std::string_view kSaid[] = {"said", "say", "says"};
  static constexpr std::string_view kPronouns[] = {"they", "it", "he", "she", "we"};
  if (InWords(kSaid, tokens[verb_begin - 2]) && InWords(kPronouns, tokens[verb_begin - 1]))
    return 2;
  return 0;
}

bool RootsReferToOneAct(std::string_view noun_root, std::string_view act_root) {
  if (noun_root == act_root) return true;
  auto force = [](std::string_view r) { return r >= "17" && r <= "20"; };
  return force(noun_root) && force(act_root);
}

bool BeyondReferringObject(std::span<const Token> tokens, uint32_t act, uint32_t party_begin) {
  for (uint32_t k = act + 1; k < party_begin && k < tokens.size(); ++k)
    if (IsWord(tokens[k], "as") || tokens[k].text == "," || IsVerbTag(tokens[k].pos))
      return true;
  return false;
}

uint32_t FirstFiniteVerbBefore(std::span<const Token> tokens, uint32_t before) {
  for (uint32_t k = 0; k < before && k < tokens.size(); ++k)
    if (IsFiniteVerbTag(tokens[k].pos) || tokens[k].pos == kPosVBN) return k;
  return before;
}

uint32_t AlsoDrawnFrom(std::span<const Token> tokens, uint32_t party_end) {
  if (party_end + 2 < tokens.size() && IsWord(tokens[party_end], "and") &&
      IsWord(tokens[party_end + 1], "from"))
    return party_end + 2;
  return 0;
}

TokenSpan SubjectSpanBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                            uint32_t verb_begin) {
  uint32_t e = verb_begin;
  while (e > 0 && e + 2 > verb_begin && tokens[e - 1].pos == kPosRB) --e;
  if (e == 0) return {};
  for (const Mention& x : mentions)
    if (!x.span.empty() && x.span.end == e && !x.locative) return x.span;
  if (tokens[e - 1].pos == kPosPRP) return TokenSpan{e - 1, e};
  return {};
}

uint32_t ReactionDrawnFrom(std::span<const Token> tokens, TokenSpan noun) {
  if (noun.begin == 0 || noun.end + 1 >= tokens.size()) return 0;
  // "drawing sharp condemnation from", "drawing an angry protest from": an
  // adjective and an article may come between.
  uint32_t k = noun.begin - 1;
  if (tokens[k].pos == kPosJJ && k > 0) --k;
  if ((IsWord(tokens[k], "a") || IsWord(tokens[k], "an")) && k > 0) --k;
  if (!InWords(kCausing, tokens[k])) return 0;
  if (!IsWord(tokens[noun.end], "from")) return 0;
  return noun.end + 1;
}

namespace {

// "not go unanswered", "not go unpunished", "will not remain unpunished":
// the negation at `k` is cancelled by the word after the verb that follows.
bool DoubleNegative(std::span<const Token> tokens, uint32_t k) {
  for (uint32_t j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
    const std::string lower = LowerAscii(tokens[j].text);
    if (lower == "unanswered" || lower == "unpunished") return true;
  }
  return false;
}

}  // namespace

Retaliation RetaliationAfter(std::span<const Token> tokens, TokenSpan verb, uint32_t clause_end) {
  // Words of a retaliation itself: "to retaliate", "revenge", "a firm
  // response", "reprisals", "to avenge the dead".
  // "vowed harsh punishment", "vowed that the raid would not go
  // unanswered", "warned that it would take countermeasures": a punishment
  // promised, an act that will not stay unanswered, measures in return.
  static constexpr std::string_view kStems[] = {
      "retaliat", "revenge",    "reprisal",   "aveng",          "vengeance", "respond",
      "response", "punish",     "unanswered", "unpunished",     "countermeasure",
      "counter-measure"};
  const uint32_t end = std::min<uint32_t>(clause_end, verb.end + 8);
  // "promised a strong response to any violation", "vowed not to respond":
  // an answer to an act that may come, or none, answers nothing yet.
  // ("would not go unanswered" is no negation: the two cancel.)
  for (uint32_t k = verb.end; k < end && k < tokens.size(); ++k)
    if ((IsNegation(tokens[k]) && !DoubleNegative(tokens, k)) || IsWord(tokens[k], "any"))
      return Retaliation::kNone;
  for (uint32_t k = verb.end; k < end && k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    // "vowed to hunt down those responsible", "those behind the attack",
    // "the perpetrators": the culprits of the act reported before.
    if (IsWord(t, "perpetrators") ||
        (IsWord(t, "those") && k + 1 < tokens.size() &&
         (IsWord(tokens[k + 1], "responsible") || IsWord(tokens[k + 1], "behind"))))
      return Retaliation::kCulprits;
    // "vowed to answer in kind", "promised to reply in kind": an answer
    // of the same kind as the act it answers.
    if (IsWord(t, "kind") && k > verb.end && IsWord(tokens[k - 1], "in"))
      return Retaliation::kResponse;
    // "to hit back", "to strike back"
    if (IsWord(t, "back") && k > verb.end &&
        (IsWord(tokens[k - 1], "hit") || IsWord(tokens[k - 1], "strike")))
      return Retaliation::kResponse;
    const std::string lower = LowerAscii(t.text);
    for (std::string_view stem : kStems)
      if (lower.starts_with(stem)) return Retaliation::kResponse;
    // "warned of grave consequences", "said there would be consequences":
    // consequences promised are an answer; "the consequences of the
    // drought" are a forecast of what something else brings.
    if (lower.starts_with("consequence") &&
        !(k + 1 < tokens.size() && IsWord(tokens[k + 1], "of")))
      return Retaliation::kResponse;
  }
  return Retaliation::kNone;
}

TokenSpan AnnouncedAnswerSubject(std::span<const Token> tokens, TokenSpan verb) {
  uint32_t begin = verb.end;
  if (begin < tokens.size() && IsWord(tokens[begin], "that")) ++begin;
  uint32_t modal = begin;
  while (modal < tokens.size() && modal < begin + 6 &&
         !(IsWord(tokens[modal], "would") || IsWord(tokens[modal], "will"))) {
    if (tokens[modal].text == "," || IsVerbTag(tokens[modal].pos)) return {};
    ++modal;
  }
  if (modal == begin || modal >= tokens.size() || modal == begin + 6) return {};
  uint32_t k = modal + 1;
  while (k < tokens.size() && k < modal + 3 && IsAuxiliaryOrAdverb(tokens[k]) &&
         !IsNegation(tokens[k]))
    ++k;
  if (k >= tokens.size() || IsNegation(tokens[k])) return {};
  const std::string word = LowerAscii(tokens[k].text);
  if (!(word == "respond" || word == "react" || word == "retaliate")) return {};
  // The answer ends the clause, past an adverb or "in kind": "would respond
  // firmly." (An answer with a target or a condition of its own, "would
  // retaliate against", "would respond if", is read from its own verb.)
  // (Only adverbs of force or measure: "would respond shortly" replies.)
  static constexpr std::string_view kForceful[] = {
      "firmly",      "strongly",       "forcefully", "decisively", "proportionally",
      "accordingly", "appropriately",  "harshly",    "resolutely", "militarily",
      "severely",    "proportionately", "robustly",  "vigorously", "forcibly"};
  uint32_t e = k + 1;
  if (e < tokens.size() && (tokens[e].Has(kTokenQuote) || tokens[e].text == "'")) ++e;
  if (e < tokens.size() && InWords(kForceful, tokens[e])) ++e;
  else if (e + 1 < tokens.size() && IsWord(tokens[e], "in") && IsWord(tokens[e + 1], "kind"))
    e += 2;
  if (e < tokens.size() && (tokens[e].Has(kTokenQuote) || tokens[e].text == "'")) ++e;
  const bool ends = e >= tokens.size() || tokens[e].text == "." || tokens[e].text == "," ||
                    tokens[e].text == ";" || IsWord(tokens[e], "and") ||
                    IsWord(tokens[e], "but");
  return ends ? TokenSpan{begin, modal} : TokenSpan{};
}

bool RedressAfter(std::span<const Token> tokens, TokenSpan verb, uint32_t clause_end) {
  static constexpr std::string_view kRedress[] = {
      "apology",       "apologies",    "explanation", "explanations", "compensation",
      "reparations",   "investigation", "inquiry",    "probe",        "clarification",
      "release",       "return",       "answers"};
  // ("demanded that the survivors be allowed home", "demanded an
  // explanation from Beijing": a clause or an addressee of its own, read by
  // the patterns.)
  static constexpr std::string_view kStops[] = {"that", "from", "of", "for", "to", "any"};
  const uint32_t end = std::min<uint32_t>(
      {clause_end, verb.end + 5, static_cast<uint32_t>(tokens.size())});
  for (uint32_t k = verb.end; k < end; ++k) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == "." || IsNegation(t) || InWords(kStops, t)) return false;
    if (InWords(kRedress, t)) return true;
  }
  return false;
}

bool ReturnsFire(std::span<const Token> tokens, TokenSpan verb) {
  if (verb.empty() || verb.begin + 1 >= tokens.size()) return false;
  static constexpr std::string_view kReturn[] = {"return", "returns", "returned", "returning"};
  static constexpr std::string_view kShoot[] = {"fire",  "fires",  "fired",    "firing",
                                                "shoot", "shoots", "shooting", "shot"};
  const Token& head = tokens[verb.begin];
  const Token& next = tokens[verb.begin + 1];
  if (InWords(kReturn, head)) return IsWord(next, "fire");
  return InWords(kShoot, head) && IsWord(next, "back");
}

uint32_t ResponseVerbBefore(std::span<const Token> tokens, TokenSpan noun) {
  // Back over the noun phrase (and one coordinated before it: "with air
  // strikes and artillery fire") to "with".
  uint32_t k = noun.begin;
  for (int passed = 0; k > 0 && passed < 8; ++passed) {
    const Token& t = tokens[k - 1];
    if (IsWord(t, "with")) break;
    if (!(IsDeterminer(t) || IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosCD ||
          IsWord(t, "and")))
      return 0;
    --k;
  }
  if (k < 2 || !IsWord(tokens[k - 1], "with")) return 0;
  uint32_t verb = k - 1;  // "with"
  static constexpr std::string_view kResponding[] = {"responded", "retaliated", "replied",
                                                     "reacted"};
  const Token& before = tokens[verb - 1];
  if (InWords(kResponding, before)) {
    verb -= 1;
  } else if (IsWord(before, "back") && verb >= 2 &&
             (IsWord(tokens[verb - 2], "hit") || IsWord(tokens[verb - 2], "struck"))) {
    verb -= 2;
  } else {
    return 0;
  }
  while (verb > 0 && IsAuxiliaryOrAdverb(tokens[verb - 1])) --verb;
  return verb;
}

int DoerOfActAnsweredAfter(std::span<const Token> tokens, std::span<const Mention> mentions,
                            uint32_t from) {
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), from + 10);
  for (uint32_t k = from; k < end; ++k) {
    const Token& t = tokens[k];
    if (t.text == "." || t.text == ";" || t.text == ":") return -1;
    if (!IsWord(t, "after") && !IsWord(t, "following")) continue;
    // The clause's subject right after the conjunction, past a determiner,
    // and its finite verb right after it ("after Israeli jets had struck").
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& doer = mentions[x];
      if (doer.code.empty() || doer.locative || doer.span.empty()) continue;
      const bool first = doer.span.begin == k + 1 ||
                         (doer.span.begin == k + 2 && IsDeterminer(tokens[k + 1]));
      if (!first || doer.span.end >= tokens.size()) continue;
      const Token& verb = tokens[doer.span.end];
      if (IsFiniteVerbTag(verb.pos) && verb.pos != kPosMD) return static_cast<int>(x);
      // ("after North Korean troops fired shells": a past tense read as a
      // participle, told by its object; "after troops based in Syria were
      // attacked" is a participle on the subject, no act of its.)
      if (verb.pos == kPosVBN && doer.span.end + 1 < tokens.size()) {
        const Token& object = tokens[doer.span.end + 1];
        if (IsDeterminer(object) || IsNounTag(object.pos) || object.pos == kPosCD ||
            object.pos == kPosPRPS)
          return static_cast<int>(x);
      }
      return -1;
    }
    return -1;
  }
  return -1;
}

}  // namespace khaldun::internal
