// Casualties of an act of force told by a participle: "Rebel artillery
// shelled the border town, killing four soldiers" is one act, the shelling
// (194), whose toll the participle reports; it is not also a second,
// generic use of force (190) on the same country. And violence by armed
// groups on unarmed people is unconventional (180), not military force
// (190); and a state's forces firing on its own protesters repress them
// (175), however many they kill. (Helpers of Coder::Code's stages,
// declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"

namespace khaldun::coder_internal {

namespace {

// "..., killing four soldiers", "..., wounding dozens": a participle of
// killing or wounding after a comma, which reports what the act before it
// did.
bool IsTollParticiple(std::span<const Token> tokens, int k) {
  static constexpr std::array<std::string_view, 3> kToll = {"killing", "wounding", "injuring"};
  return k > 0 && tokens[k - 1].text == "," && internal::InWords(kToll, tokens[k]);
}

// "..., killing dozens": a toll participle that tells deaths.
bool IsKillingToll(std::span<const Token> tokens, int k) {
  return IsTollParticiple(tokens, k) && internal::IsWord(tokens[k], "killing");
}

// Sectors of people who do not fight back.
constexpr std::array<std::string_view, 9> kUnarmedSectors = {"CVL", "EDU", "REL", "MED", "REF",
                                                             "AGR", "LAB", "BUS", "HLH"};

bool IsUnarmedSector(std::string_view sector) {
  return std::find(kUnarmedSectors.begin(), kUnarmedSectors.end(), sector) !=
         kUnarmedSectors.end();
}

// Nouns for armed men among the people an act killed ("killing two
// soldiers and a child"): such victims are no unarmed toll.
constexpr std::array<std::string_view, 16> kArmedMen = {
    "soldier",    "soldiers",  "troops",     "police",    "policemen", "officer",
    "officers",   "guards",    "fighters",   "militants", "rebels",    "gunmen",
    "militiamen", "personnel", "servicemen", "insurgents"};

// "stormed the town, killing dozens of people": after the event's verb,
// a toll participle of killing whose victims (up to the next comma) are not
// named as armed men. Its victims named with no country ("people",
// "residents") give no event of their own, so it is the storming that
// carries what was done.
bool TollOnUnarmedAfter(std::span<const Token> tokens, int from) {
  if (from < 0) return false;
  for (int k = from + 1; k < static_cast<int>(tokens.size()); ++k) {
    if (!IsKillingToll(tokens, k)) continue;
    for (int j = k + 1; j < static_cast<int>(tokens.size()) && j <= k + 10; ++j) {
      if (tokens[j].text == "," || tokens[j].text == "." || tokens[j].text == ";") break;
      if (internal::InWords(kArmedMen, tokens[j])) return false;
    }
    return true;
  }
  return false;
}

// An armed group's generic force (190) on people who do not fight back:
// violence on the unarmed, 180, not military force. So is its shooting
// (193) told by a verb of killing: "two masked men shot dead a village
// teacher outside his school" is a killing of the unarmed, not a fire
// fight with small arms.
bool ArmedGroupOnUnarmed(std::span<const Token> tokens, const Event& e) {
  static constexpr std::array<std::string_view, 4> kArmedGroups = {"REB", "UAF", "SEP", "INS"};
  auto sector = [](const std::string& code) {
    return code.size() == 6 ? std::string_view(code).substr(3) : std::string_view();
  };
  const bool shooting_kills = e.cameo_code == "193" && IsVerbOfKilling(e.evidence.verb_text);
  if ((e.cameo_code != "190" && !shooting_kills) ||
      std::find(kArmedGroups.begin(), kArmedGroups.end(),
                                         sector(e.source.code)) == kArmedGroups.end())
    return false;
  // (Named as such: a bare country is as often the place of a military
  // advance, "fighters entered the capital", as its people. But what a
  // verb of killing hits is people: "militiamen killed 40 people in the
  // market town" or "bandits shot dead two district officials" is
  // violence on the unarmed, to the bare country or its officials.)
  const std::string& t = e.target.code;
  return IsUnarmedSector(sector(t)) ||
         ((t.size() == 3 || sector(t) == "GOV" || sector(t) == "ELI") &&
          (IsVerbOfKilling(e.evidence.verb_text) ||
           TollOnUnarmedAfter(tokens, EvidenceToken(tokens, e))));
}

// "killed 60 villagers", "..., killing dozens of shoppers": whether the people the act at token
// `verb` killed, named after the verb of killing (the verb itself or a
// toll participle after it), are named as unarmed civilians in the phrase
// right after it. Armed men among them ("soldiers and civilians") are not.
bool VictimsNamedAsCivilians(std::span<const Token> tokens, int verb, bool verb_kills) {
  static constexpr std::array<std::string_view, 10> kCivilians = {
      "civilians", "residents", "villagers", "shoppers", "worshippers",
      "patients",  "women",     "children",  "pupils",   "passengers"};
  if (verb < 0) return false;
  int from = verb_kills ? verb : -1;
  for (int k = verb + 1; from < 0 && k < static_cast<int>(tokens.size()); ++k)
    if (IsKillingToll(tokens, k)) from = k;
  if (from < 0) return false;
  bool civilians = false;
  for (int j = from + 1; j < static_cast<int>(tokens.size()) && j <= from + 8; ++j) {
    const Token& t = tokens[j];
    // (The victims' own phrase only: "killing 70 people, many of them
    // children" are people; "killing scores of men and abducting women"
    // abducts the women.)
    // ("killed at least 130 villagers": "at least" counts them, it names
    // no place.)
    const bool at_least = internal::IsWord(t, "at") && j + 1 < static_cast<int>(tokens.size()) &&
                          internal::IsWord(tokens[j + 1], "least");
    if (t.text == "," || t.text == "." || t.text == ";" || t.text == ":" || IsVerbTag(t.pos) ||
        internal::IsWord(t, "in") || (internal::IsWord(t, "at") && !at_least))
      break;
    if (internal::InWords(kArmedMen, t)) return false;
    civilians |= internal::InWords(kCivilians, t);
  }
  return civilians;
}

}  // namespace

// The token where the event's verb (its evidence) starts, or -1.
int EvidenceToken(std::span<const Token> tokens, const Event& e) {
  for (uint32_t j = 0; j < tokens.size(); ++j)
    if (tokens[j].bytes.begin == e.evidence.verb_bytes.begin) return static_cast<int>(j);
  return -1;
}

// Verbs whose object is the people killed, not a place or a force's position.
bool IsVerbOfKilling(std::string_view verb) {
  static constexpr std::array<std::string_view, 6> kStems = {"kill",   "massacr",  "slaughter",
                                                             "gunned", "gun down", "shot dead"};
  return std::any_of(kStems.begin(), kStems.end(), [&](std::string_view stem) {
    return verb.size() >= stem.size() &&
           std::equal(stem.begin(), stem.end(), verb.begin(), [](char stem_char, char c) {
             return stem_char == std::tolower(static_cast<unsigned char>(c));
           });
  });
}

void DropTollParticiples(SentenceContext& s, uint32_t sentence_index, std::vector<Event>* events) {
  std::vector<size_t> drop;
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    // Only the generic code a verb of killing gives (190): a toll with a
    // code of its own ("..., killing the group's leader" 186, a massacre
    // 202) says more than the act before it.
    if (e.sentence_index != sentence_index || e.cameo_code != "190" || e.target.code.size() < 3)
      continue;
    const int k = EvidenceToken(s.tokens, e);
    if (!IsTollParticiple(s.tokens, k)) continue;
    // "Militiamen ambushed a border police convoy, killing two officers":
    // officers named by that word alone, with no country of their own, are
    // the officers of the party the act before hit, whatever country and
    // sector the coder gave the word (the army's by default; a police
    // patrol's officers are police). (Not other roles: "attacked police
    // posts, killing members of the security forces" also hit the army.)
    const bool role_alone = e.target.how.starts_with("role without a country: OFFICER");
    for (size_t ai = 0; ai < events->size(); ++ai) {
      const Event& act = (*events)[ai];
      if (&act == &e || act.sentence_index != sentence_index || act.negated ||
          act.root_code < "18" || act.root_code > "20" || act.source.code != e.source.code ||
          act.target.code.size() < 3 ||
          (!role_alone && act.target.code.compare(0, 3, e.target.code, 0, 3) != 0))
        continue;
      // The toll of an act on the same party, or on a place of its country
      // ("shelled towns inside the country, killing 49 of its soldiers").
      // (Not another party of that country: "attacked police posts, killing
      // soldiers" also hit the army; nor an invasion, whose toll is a fight
      // of its own: "crossed into the country, killing three soldiers".)
      if ((act.target.code != e.target.code && act.target.code.size() != 3 && !role_alone) ||
          act.cameo_code.starts_with("192"))
        continue;
      const int a = EvidenceToken(s.tokens, act);
      if (a < 0 || a >= k || IsTollParticiple(s.tokens, a)) continue;
      // "Gunmen stormed the hotel, killing 20 guests": the toll of an armed
      // group's raid on the unarmed tells what the raid was (180); it is
      // the generic storming (190) that says less and goes.
      if (act.cameo_code == "190" && ArmedGroupOnUnarmed(s.tokens, e)) {
        s.Note(fmt::format("{} 190 {} ('{}'): told by its toll '{}' on the unarmed; dropped",
                           act.source.code, act.target.code, act.evidence.verb_text,
                           e.evidence.verb_text));
        drop.push_back(ai);
        break;
      }
      s.Note(
          fmt::format("{} 190 {} ('{}'): the toll of '{}' ({} {} {}), not an act of its own; "
                      "dropped",
                      e.source.code, e.target.code, e.evidence.verb_text, act.evidence.verb_text,
                      act.source.code, act.cameo_code, act.target.code));
      drop.push_back(i);
      break;
    }
  }
  std::sort(drop.begin(), drop.end());
  drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
  for (size_t n = drop.size(); n-- > 0;)
    events->erase(events->begin() + static_cast<std::ptrdiff_t>(drop[n]));
}

void RecodeViolenceOnCivilians(SentenceContext& s, uint32_t sentence_index,
                               const CameoCodebook& codebook, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("180");
  if (info == nullptr) return;
  for (Event& e : *events) {
    if (e.sentence_index != sentence_index || !ArmedGroupOnUnarmed(s.tokens, e)) continue;
    s.Note(fmt::format("{} {} {} -> 180: an armed group's violence on unarmed people",
                       e.source.code, e.cameo_code, e.target.code));
    internal::SetEventCode(*info, "180", &e);
  }
}

namespace {

// The token where a mass toll told after the act at `verb` starts: "...,
// killing more than 200 people" or "... and killed 150 pupils" (the same
// subject's next verb), before the clause ends; -1 when there is none,
// when the toll counts fewer than a hundred people, or when it names armed
// men among its dead ("killing 120 soldiers" tells a battle).
int MassTollAfter(std::span<const Token> tokens, int verb) {
  if (verb < 0) return -1;
  const int n = static_cast<int>(tokens.size());
  for (int k = verb + 1; k < n && k <= verb + 30; ++k) {
    if (tokens[k].text == ";" || tokens[k].text == ".") return -1;
    const bool participle = IsKillingToll(tokens, k);
    const bool and_killed = internal::IsWord(tokens[k], "killed") &&
                            internal::IsWord(tokens[k - 1], "and");
    if (!participle && !and_killed) continue;
    const uint32_t from = static_cast<uint32_t>(k + 1);
    const long victims = VictimsCounted(tokens, from);
    const bool civilians = CiviliansCounted(tokens, from);
    bool people = civilians;
    for (int j = k + 1; j < n && j <= k + 8; ++j) {
      if (tokens[j].text == "," || tokens[j].text == "." || IsVerbTag(tokens[j].pos)) break;
      if (internal::InWords(kArmedMen, tokens[j])) return -1;
      people |= internal::IsWord(tokens[j], "people");
    }
    if (people && victims >= 100) return k;
    return -1;
  }
  return -1;
}

}  // namespace

void RecodeActsWithAMassToll(SentenceContext& s, uint32_t sentence_index,
                             const CameoCodebook& codebook, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("202");
  if (info == nullptr) return;
  std::vector<size_t> drop;
  for (Event& e : *events) {
    if (e.sentence_index != sentence_index || e.negated) continue;
    const std::string& c = e.cameo_code;
    // (Not an air strike, 195, nor a suicide bombing: the means says more
    // than the toll. Nor an act on armed men or their positions:
    // "warplanes pounded the militia's compounds, killing 200 people".)
    if (c != "180" && c != "190" && c != "193") continue;
    const std::string& t = e.target.code;
    // (Or on protesters, OPP.)
    if (t.size() != 3 && (t.size() != 6 || !(IsUnarmedSector(std::string_view(t).substr(3)) ||
                                             std::string_view(t).substr(3) == "OPP")))
      continue;
    if (StateForceOnOwnProtesters(e.source.code, t, true)) continue;
    const int verb = EvidenceToken(s.tokens, e);
    bool suicide = false;
    for (int k = 0; k < verb; ++k) suicide |= internal::IsWord(s.tokens[k], "suicide");
    if (suicide) continue;
    const int toll = MassTollAfter(s.tokens, verb);
    if (toll < 0) continue;
    // The nearest act before the toll is the one it tells the dead of, and
    // the source's own 202 already in the sentence says it once. ("Gunmen
    // stormed a school and killed 130 people": when "killed" is coded 202
    // on the storming's own target, the storming is the massacre told
    // twice, and goes.)
    bool nearer_or_told = false;
    for (const Event& o : *events) {
      if (&o == &e || o.sentence_index != sentence_index) continue;
      const int at = EvidenceToken(s.tokens, o);
      if (o.cameo_code == "202" && o.source.code == e.source.code && at == toll &&
          o.target.code == t && !internal::IsWord(s.tokens[toll], "killing")) {
        s.Note(fmt::format("{} {} {}: the massacre '{}' told again; dropped", e.source.code, c, t,
                           s.tokens[toll].text));
        drop.push_back(static_cast<size_t>(&e - events->data()));
      }
      nearer_or_told |= (o.root_code >= "18" && o.root_code <= "20" && at > verb && at < toll) ||
                        (o.cameo_code == "202" && o.source.code == e.source.code);
    }
    if (nearer_or_told) continue;
    s.Note(fmt::format("{} {} {} -> 202: its toll '{}' counts a mass killing", e.source.code,
                       c, e.target.code, s.tokens[toll].text));
    internal::SetEventCode(*info, "202", &e);
  }
  drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
  for (size_t n = drop.size(); n-- > 0;)
    events->erase(events->begin() + static_cast<std::ptrdiff_t>(drop[n]));
}

bool StateForceOnOwnProtesters(std::string_view src, std::string_view tgt, bool government) {
  if (src.size() != 6 || tgt.size() != 6 || src.substr(0, 3) != tgt.substr(0, 3) ||
      tgt.substr(3) != "OPP")
    return false;
  const std::string_view by = src.substr(3);
  return by == "MIL" || by == "COP" || (government && by == "GOV");
}

namespace {

// "police opened fire on striking dock workers", "troops shot students
// protesting against the fee rise": people of another sector named, right
// before or after, as protesting or on strike are protesters too. The
// state's forces firing on them repress a protest (175), as on OPP.
bool TargetNamedAsProtesting(std::span<const Token> tokens, const Event& e) {
  static constexpr std::array<std::string_view, 10> kProtesting = {
      "protesting", "protesters", "protestors", "demonstrating", "demonstrators",
      "striking",   "strikers",   "marchers",   "rallying",      "protest"};
  static constexpr std::array<std::string_view, 6> kSectors = {"CVL", "LAB", "EDU",
                                                               "REL", "AGR", "HLH"};
  const std::string& src = e.source.code;
  const std::string& tgt = e.target.code;
  if (src.size() != 6 || tgt.size() != 6 || src.compare(0, 3, tgt, 0, 3) != 0 ||
      (src.substr(3) != "MIL" && src.substr(3) != "COP") ||
      std::find(kSectors.begin(), kSectors.end(), std::string_view(tgt).substr(3)) ==
          kSectors.end())
    return false;
  const TokenSpan span = e.target.tokens;
  if (span.empty() || span.end > tokens.size()) return false;
  const uint32_t from = span.begin >= 2 ? span.begin - 2 : 0;
  const uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), span.end + 2);
  for (uint32_t j = from; j < to; ++j)
    if (internal::InWords(kProtesting, tokens[j])) return true;
  return false;
}

}  // namespace

void RecodeForceOnProtesters(SentenceContext& s, uint32_t sentence_index,
                             const CameoCodebook& codebook, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("175");
  if (info == nullptr) return;
  for (Event& e : *events) {
    const std::string& src = e.source.code;
    const std::string& tgt = e.target.code;
    // (Shooting and generic force, 190 and 193: an air strike on a crowd
    // (195) or an execution (1823) keeps its own code.)
    if (e.sentence_index != sentence_index || (e.cameo_code != "190" && e.cameo_code != "193") ||
        (!StateForceOnOwnProtesters(src, tgt, true) && !TargetNamedAsProtesting(s.tokens, e)))
      continue;
    s.Note(fmt::format("{} {} {} -> 175: a state's forces on its own protesters", src, e.cameo_code,
                       tgt));
    internal::SetEventCode(*info, "175", &e);
  }
}

void CiviliansAsTargets(SentenceContext& s, uint32_t sentence_index, std::vector<Event>* events) {
  for (Event& e : *events) {
    // (Root 20 through its verb or its toll; roots 18 and 19 only through
    // a verb of killing: the toll of a raid or a strike, "shelled a border
    // town, killing eleven civilians", stays the act on the country.)
    if (e.sentence_index != sentence_index || e.target.code.size() != 3 ||
        e.target.code == "NGO" || e.target.code == "IGO" ||
        !(e.root_code == "18" || e.root_code == "20" || e.root_code == "19"))
      continue;
    const bool kills = IsVerbOfKilling(e.evidence.verb_text);
    if (e.root_code != "20" && !kills) continue;
    if (!VictimsNamedAsCivilians(s.tokens, EvidenceToken(s.tokens, e), kills)) continue;
    s.Note(fmt::format("{} {} {}: its victims are named as civilians; target {}CVL",
                       e.source.code, e.cameo_code, e.target.code, e.target.code));
    e.target.code += "CVL";
  }
}

}  // namespace khaldun::coder_internal
