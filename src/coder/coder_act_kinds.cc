// Kinds of acts and actors: what a CAMEO code or a verb says about an act
// (mutual, on persons, killing, announced, judged) and about its parties.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/accusations.h"
#include "coder/reactions.h"
#include "coder/scare_quotes.h"
#include "coder/sports.h"
#include "coder/render.h"
#include "coder/tabari_engine.h"

namespace khaldun::coder_internal {

// Whether the pattern's '+' after its verb is a direct object: outside any
// prepositional group ("- * +", not "- * (TO +)").
bool TargetIsDirectObject(const VerbPattern& pattern) {
  bool after_verb = false;
  int depth = 0;
  for (const PatternElement& e : pattern.elements) {
    if (e.type == PatternElement::Type::kVerb) after_verb = true;
    if (e.type == PatternElement::Type::kPrepBegin) ++depth;
    if (e.type == PatternElement::Type::kPrepEnd) --depth;
    if (e.type == PatternElement::Type::kTarget) return after_verb && depth == 0;
  }
  return false;
}

bool HasSourceSlot(const VerbPattern& pattern) {
  for (const PatternElement& e : pattern.elements)
    if (e.type == PatternElement::Type::kSource) return true;
  return false;
}

// Armed actors that are not the state: rebels, insurgents, separatists,
// unidentified gunmen and militants.
bool IsNonStateArmed(std::string_view code) {
  if (code.size() < 6) return false;
  std::string_view sector = code.substr(3, 3);
  return sector == "REB" || sector == "INS" || sector == "SEP" || sector == "UAF";
}

// "Khamis ... calling for cooperation between Damascus and Tehran": SYRGOV
// and SYR are one actor named at two levels of detail, not a dyad.
bool SameActor(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a == b;
  return a.starts_with(b) || b.starts_with(a);
}

// With state actors, a bare country is compared once promoted: "Spain's
// prime minister offered condolences to Madrid" is ESPGOV towards ESP (a
// population), a dyad; "the Iranian government condemned Iran" becomes
// IRNGOV towards IRNGOV and is dropped when the codes are final.
bool OneParty(const std::string& a, const std::string& b, bool state_actors) {
  // "the Mahdi Army attacked targets in Basra": an armed group is not its
  // country.
  if (a.size() != b.size() && (IsNonStateArmed(a) || IsNonStateArmed(b))) return false;
  if (!state_actors) return SameActor(a, b);
  return a == b || (a.size() > 3 && b.size() > 3 && SameActor(a, b));
}

// Acts a state's institutions direct at its own people: "offered condolences
// to Madrid", "promised Moroccans a constitution", "sent aid to Haiti",
// "Russia blocked access to Facebook", "killed hundreds of people".
bool ActsOnAPopulation(std::string_view code) {
  auto root = CameoRoot(code);
  // (0863: "the junta allowed aid convoys into Rakhine" lets relief reach
  // its own people, as aid given to them is 07.)
  return root == "01" || root == "03" || root == "07" || root == "17" || root == "18" ||
         root == "19" || root == "20" || code.starts_with("0863") ||
         internal::FallsOnOwnPopulation(code);
}

bool JudgesTalks(std::span<const Token> tokens, TokenSpan verb, std::string_view code) {
  if (!code.starts_with("013")) return false;
  static constexpr std::string_view kTalks[] = {"talks",       "meeting",     "meetings",
                                                "discussions", "negotiations", "summit"};
  const uint32_t end = std::min<uint32_t>(verb.end + 4, static_cast<uint32_t>(tokens.size()));
  for (uint32_t k = verb.end; k < end; ++k)
    for (std::string_view w : kTalks)
      if (internal::IsWord(tokens[k], w)) return true;
  return false;
}

// "Russia and China met", "India and China agreed", "the two armies
// clashed": with no target, a compound source acts on itself only for acts
// that are mutual by nature -- consulting, cooperating, fighting each other.
// "Saudi Arabia and Egypt cut ties with Qatar, accusing it ..." does not
// make them accuse each other when "it" is not resolved.
bool IsMutualAct(std::string_view code) {
  auto root = CameoRoot(code);
  // "Bosnia and Slovenia agreed to a ceasefire" (0871) binds both sides, as
  // a signed accord (057) does.
  // "Kyrgyz and Tajik forces clashed with tanks and artillery" (194) too.
  // Not mediation: "a deal brokered by Russia, Turkey and Iran" names
  // brokers, who do not mediate between one another.
  if (code.starts_with("045")) return false;
  // Nor a visit made or hosted (042, 043): "the presidents of Iran and
  // Turkey arrived in Sochi", "Chile and Peru hosted the games" name the
  // place or event, not a visit of each to the other.
  if (code.starts_with("042") || code.starts_with("043")) return false;
  // Nor praise, defence, rallying, apology or forgiveness (051-053, 055,
  // 056): "Italy, Greece and Denmark supported the plan" do not support one
  // another. (Ties upgraded or recognised, 054, are mutual: "Czechia and
  // Albania upgraded their diplomatic ties".)
  if (root == "05" && code.size() >= 3 && code[2] >= '1' && code[2] <= '6' && code[2] != '4')
    return false;
  // "The army and the rebels violated the truce within hours" (196): a
  // ceasefire binds both sides, so breaking it is an act of each against
  // the other, as fighting is.
  return root == "03" || root == "04" || root == "05" || root == "06" || code.starts_with("190") ||
         code.starts_with("196") || code.starts_with("193") || code.starts_with("194") ||
         code.starts_with("0841") || code.starts_with("0871");
}

// "India and Pakistan agreed to free fishermen held by each side": the
// fishermen are no third party; each state frees the other's. Only for the
// release of people, promised (0353) or done (0841): "the Netherlands,
// Portugal and Denmark, which all have troops in Iraq, announced their
// withdrawal" is no act of each on the others.
bool TradedInMutualAct(const Mention& target, std::string_view act) {
  return (act.starts_with("0353") || act.starts_with("0841")) && IsMutualAct(act) &&
         target.code.starts_with(internal::kUnplacedCountry);
}


bool TruceBrokenByAllies(std::span<const Mention> mentions, int source, std::string_view act) {
  if (!act.starts_with("196") || source < 0) return false;
  std::vector<const Mention*> members;
  for (int k = CoordinationHead(mentions, source); k >= 0 && members.size() < 3;
       k = mentions[k].coordinated_with) {
    members.push_back(&mentions[k]);
    if (mentions[k].coordinated_with <= k) break;
  }
  if (members.size() != 2) return true;
  auto named_as_pair = [](const Mention& m) {
    return m.how.starts_with("coreference: both") || m.how.starts_with("coreference: the two");
  };
  if (named_as_pair(*members[0]) && named_as_pair(*members[1])) return false;
  auto sector = [](const Mention& m) {
    return m.code.size() >= 6 ? std::string_view(m.code).substr(3, 3) : std::string_view();
  };
  auto state = [&](const Mention& m) {
    const auto s = sector(m);
    return s == "GOV" || s == "MIL" || s == "COP";
  };
  auto armed_group = [&](const Mention& m) {
    const auto s = sector(m);
    return s == "REB" || s == "SEP" || s == "UAF" || s == "INS" || s == "OPP";
  };
  const Mention& a = *members[0];
  const Mention& b = *members[1];
  const bool same_country = a.code.size() >= 3 && b.code.size() >= 3 &&
                            a.code.compare(0, 3, b.code, 0, 3) == 0 &&
                            !a.code.starts_with(internal::kUnplacedCountry);
  const bool opposed = (state(a) && armed_group(b)) || (armed_group(a) && state(b));
  return !(same_country && opposed);
}

bool IsActOnPersons(std::string_view code) {
  auto root = CameoRoot(code);
  return root == "17" || root == "18" || root == "19" || root == "20" || code.starts_with("084");
}

// Participles of acts that always take an object: with none after them they
// are passive, whatever the tagger says ("Russian officials kidnapped in
// Iraq" is tagged VBD). "fought", "clashed" and "crossed" need no object.
bool IsTransitiveActParticiple(const Token& t) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "killed",   "murdered", "kidnapped", "abducted", "seized",      "arrested",
      "detained", "wounded",  "injured",   "freed",    "released",    "executed",
      "shot",     "jailed",   "hanged",    "beheaded", "assassinated"};
  return internal::InWords(kWords, t);
}

// A state as a whole ("Iran", "Moscow") or one of its institutions (GOV,
// MIL, COP, JUD, LEG).
bool IsStateActor(const Mention& m) {
  if (m.locative || m.code.size() < 3 || m.code.starts_with("IGO") || m.code.starts_with("NGO"))
    return false;
  if (m.code.size() == 3) return true;
  static constexpr std::string_view kState[] = {"GOV", "MIL", "COP", "JUD", "LEG"};
  std::string_view sector = std::string_view(m.code).substr(3, 3);
  for (std::string_view st : kState)
    if (sector == st) return true;
  return false;
}

// Verbs that report a death at someone's hands: "killed", "shot dead",
// "assassinated", "murdered", "slain".
bool IsKillingVerb(const VerbForm& form) {
  static constexpr std::string_view kLemmas[] = {"KILL",       "MURDER",   "ASSASSINATE", "SLAY",
                                                 "SHOOT DEAD", "GUN DOWN", "EXECUTE"};
  for (std::string_view l : kLemmas)
    if (form.lemma == l) return true;
  return false;
}

// A killing verb, or one of wounding ("were wounded", "injured").
bool IsKillingOrWounding(const VerbForm& form) {
  return IsKillingVerb(form) || form.lemma == "WOUND" || form.lemma == "INJURE" ||
         form.lemma == "MASSACRE";
}

// What an announced act ("will provide aid", "is ready to send troops",
// "would impose sanctions") is in CAMEO: cooperation announced is an intent
// (03: "Express intent to provide material aid"), force or coercion
// announced is a threat (13: "Threaten with military force"). Statements,
// appeals, intents, demands, disapproval, rejections and threats are speech
// acts already and keep their code; so does anything without a counterpart.
std::string FutureCode(std::string_view code) {
  auto root = CameoRoot(code);
  auto starts = [&](std::string_view p) { return code.starts_with(p); };
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") {
    if (starts("061")) return "0311";
    if (starts("062")) return "0312";
    if (starts("063")) return "0313";
    if (starts("064")) return "0314";
    return "031";
  }
  if (root == "07") {
    if (starts("071")) return "0331";
    if (starts("072")) return "0332";
    if (starts("073")) return "0333";
    if (starts("074")) return "0334";
    return "033";
  }
  if (root == "08") {
    if (starts("081")) return "0351";
    if (starts("082")) return "0352";
    if (starts("083")) return "034";
    if (starts("084")) return "0353";
    if (starts("085")) return "0354";
    if (starts("086")) return "0355";
    if (starts("087")) return "0356";
    return "035";
  }
  if (root == "14") return "133";
  if (root == "16") {
    // Leaving a body or cutting contacts announced threatens to reduce
    // relations as a diplomatic break does: "Manila said it would withdraw
    // from the court" (1313, not the unspecified 131).
    if (starts("161") || code == "160") return "1313";
    if (starts("162")) return "1311";
    if (starts("163")) return "1312";
    if (starts("164")) return "134";
    if (starts("165")) return "135";
    if (starts("166")) return "136";
    return "131";
  }
  if (root == "17") {
    if (starts("1721")) return "1321";
    if (starts("1722")) return "1322";
    if (starts("1723")) return "1323";
    if (starts("1724")) return "1324";
    if (starts("172")) return "132";
    // Coercion of no named kind announced is a threat of no named kind
    // (130): "said it would take measures against the two countries" (not
    // repression, 137, nor sanctions).
    if (code == "170") return "130";
    return "137";
  }
  if (root == "18") return "1383";
  if (root == "19") {
    if (starts("191")) return "1381";
    if (starts("192")) return "1382";
    return "1384";
  }
  if (root == "20") return starts("204") ? "1385" : "1383";
  return std::string(code);
}

// "he will extend the night-time curfew", "is ready to impose martial law":
// an event noun that is the object of a verb in the future (or after
// "ready/prepared/willing/plans to") is announced too. Reads the tags back
// from the noun: determiners, adjectives and nouns, the verb's base form,
// adverbs, then "will", "would" or the readiness phrase.
bool ObjectOfAnAnnouncedVerb(std::span<const Token> tokens, uint32_t noun, ClauseWindow window) {
  uint32_t k = noun;
  int skipped = 0;
  while (k > window.begin && skipped < 5) {
    uint8_t p = tokens[k - 1].pos;
    if (p == kPosDT || p == kPosJJ || p == kPosNN || p == kPosNNS || p == kPosPRPS || p == kPosCD ||
        tokens[k - 1].Has(kTokenHyphenated)) {
      --k;
      ++skipped;
      continue;
    }
    break;
  }
  if (k <= window.begin || tokens[k - 1].pos != kPosVB) return false;
  --k;  // the verb
  while (k > window.begin && (tokens[k - 1].pos == kPosRB)) --k;
  if (k <= window.begin) return false;
  const Token& before = tokens[k - 1];
  if (internal::IsWord(before, "will") || internal::IsWord(before, "would") ||
      internal::IsWord(before, "'ll"))
    return true;
  return internal::IsWord(before, "to") && k >= 2 && internal::AnnouncesAnInfinitive(tokens[k - 2]);
}

// Statements, appeals, demands, disapproval, rejection and threats (01, 02,
// 10-13) speak of an act; the act named in them may be an event of its own
// ("condemned the US air strike").
bool SpeaksOfAnAct(std::string_view code) {
  const auto root = CameoRoot(code);
  return root == "01" || root == "02" || root == "10" || root == "11" || root == "12" ||
         root == "13";
}

bool IsDemandOrAppeal(std::string_view code) {
  // "urged nations to expel US forces": what is urged or demanded has not
  // happened; the infinitive after it is not an event of its own.
  auto root = CameoRoot(code);
  return root == "02" || root == "10" || root == "11" || root == "12" || root == "13";
}

// "Russia and Ukraine agreed to exchange prisoners", "pledged to send aid":
// an intent (root 03) is the event; what is intended has not happened.
bool IsIntent(std::string_view code) { return CameoRoot(code) == "03"; }

std::string AskedActCode(std::string_view asking, std::string_view act) {
  if (asking != "020" && asking != "100" && asking != "030") return "";
  const std::string_view family = asking.substr(0, 2);  // 02, 10 or 03
  // The kind of act, in the order of the families' subcodes: yielding
  // (08x -> 025x, 024x), material cooperation (06x -> 021x), aid (07x ->
  // 023x), diplomatic cooperation (05 -> 022), talks (04 -> 026).
  std::string tail;
  if (act.starts_with("083")) {
    tail = act.size() == 4 ? std::string("4") + act[3] : "4";  // 0831 -> 0241
  } else if (act.starts_with("08") && act.size() >= 3 && act[2] >= '1' && act[2] <= '7') {
    // 081 -> 0251, 082 -> 0252, then one lower past the reform of 083:
    // 0841 -> 0253, 085 -> 0254, 086 -> 0255, 087 -> 0256.
    tail = std::string("5") + static_cast<char>(act[2] <= '2' ? act[2] : act[2] - 1);
  } else if (act.starts_with("06") && act.size() >= 3 && act[2] >= '1' && act[2] <= '4') {
    tail = std::string("1") + act[2];  // 062 -> 0212
  } else if (act.starts_with("07") && act.size() >= 3 && act[2] >= '1' && act[2] <= '4') {
    tail = std::string("3") + act[2];  // 074 -> 0234
  } else if (act == "050" || act == "054") {
    tail = "2";  // 054 -> 022 (not praise, an apology or a deal signed)
  } else if (act.starts_with("04") && act != "045") {
    tail = "6";  // 046 -> 026
  } else {
    return "";
  }
  // The intents number some kinds apart: talks are 036, diplomatic
  // cooperation 032, material cooperation 031x, aid 033x, yielding 035x
  // and reform 034x.
  if (family == "03") {
    if (tail == "6") return "036";
    if (tail == "2") return "032";
    return std::string("03") + tail;
  }
  if (family == "10") {
    // The demands have no 0 after their root: 1056, 1041, 1013, 106.
    return std::string("10") + tail;
  }
  return std::string("02") + tail;
}

// "condemned Putin's attack on Ukraine", "demanded a halt to the fighting
// between Israel and Hamas", "accused Iran of supplying drones": the act a
// speaker condemns, rejects, denies or demands is the subject matter of that
// act as the speaker frames it, not an event the text asserts.
bool FramesItsObject(std::string_view code) {
  auto root = CameoRoot(code);
  return IsDemandOrAppeal(code) || root == "16" || code.starts_with("012");
}

// Judgements that may be passed on an act rather than on a party:
// disapproval (11), rejection (12) and praise (051) -- "condemned the move",
// "dismissed the ruling", "welcomed the decision".
bool JudgesAnAct(std::string_view code) {
  const auto root = CameoRoot(code);
  return root == "11" || root == "12" || code.starts_with("051");
}

}  // namespace khaldun::coder_internal
