#include "coder/claimed_acts.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/cameo.h"

namespace khaldun::coder_internal {
namespace {

bool ActOfForce(std::string_view code) {
  const std::string_view root = CameoRoot(code);
  return root == "18" || root == "19" || root == "20";
}

// "No group has claimed responsibility", "the rebels did not claim the
// attack", "has yet to claim", "denied claiming": a claim not made. Looks
// at the words from the claimer's start to the claim's verb.
bool ClaimNotMade(std::span<const Token> tokens, const Mention& claimer, TokenSpan verb) {
  static constexpr std::string_view kNot[] = {"no", "not", "n't", "never", "yet", "denied",
                                              "denies", "neither", "nor", "without"};
  const uint32_t from = claimer.span.empty() ? verb.begin : claimer.span.begin;
  for (uint32_t k = from; k < verb.begin && k < tokens.size(); ++k)
    if (internal::InWords(kNot, tokens[k])) return true;
  return false;
}

// An armed role with no name: "gunmen", "a suicide bomber", "assailants"
// (their code completed later from the place or the victim).
bool UnnamedArmedRole(const Mention& m) {
  return m.code.size() >= 6 && std::string_view(m.code).substr(3) == "UAF" &&
         m.display_name.empty();
}

// A party an attack can be claimed against: not an armed role with no name
// ("an assault by its gunmen on the mall": the gunmen are the attackers) nor
// one owned by the claimer ("its fighters").
bool Victim(std::span<const Token> tokens, const Mention& m) {
  if (m.code.size() >= 6 && std::string_view(m.code).substr(3) == "UAF") return false;
  if (!m.span.empty() && m.span.begin > 0 &&
      internal::IsPossessivePronoun(tokens[m.span.begin - 1]))
    return false;
  return !m.span.empty() && !internal::IsPossessivePronoun(tokens[m.span.begin]);
}

// "the car bombing in Ankara that killed 29 soldiers": a killing told in a
// relative clause on an event noun of force was done by that means; the
// noun's code (1832) says how. Empty when no such noun stands before `act`.
std::string MeansOf(std::span<const Token> tokens, std::span<const Candidate> orphans,
                    const Candidate& act) {
  if (CameoRoot(act.code) != "19") return {};
  for (const Candidate& n : orphans) {
    if (n.source >= 0 || n.target >= 0 || !ActOfForce(n.code) || n.code == act.code ||
        n.trigger.end > act.trigger.begin || n.trigger.end + 8 < act.trigger.begin)
      continue;
    for (uint32_t k = n.trigger.end; k < act.trigger.begin; ++k)
      if (internal::IsWord(tokens[k], "that") || internal::IsWord(tokens[k], "which"))
        return n.code;
  }
  return {};
}

// Whether token k ends the claim's clause: ";", ":" or a comma before "but"
// or "and" ("..., but Washington blamed Iran").
bool ClauseBreak(std::span<const Token> tokens, uint32_t k) {
  if (tokens[k].text == ";" || tokens[k].text == ":" || tokens[k].text == ".") return true;
  return tokens[k].text == "," && k + 1 < tokens.size() &&
         (internal::IsWord(tokens[k + 1], "but") || internal::IsWord(tokens[k + 1], "and") ||
          internal::IsWord(tokens[k + 1], "while"));
}

// "Drones set ablaze two Saudi oil plants; the Houthis claimed
// responsibility", "the group claimed responsibility for the car bombs that
// tore through a market in Mogadishu": with no act coded to take the victim
// from, a claim (an orphan, `rule` not empty) is aimed at the first party
// named in its own clause after it, else at the first party named before
// it in the sentence, else at the country of the first place named after it
// (the place attacked). Not a party of the claimer's country, nor an
// unnamed role. An event noun of force between the claim and its victim
// ("drone strikes") is the claimer's act on the victim too.
void ClaimWithNoActCoded(const SentenceContext& s, std::span<const Mention> mentions,
                         const TriggerState& triggers, TokenSpan verb, int claimer,
                         const std::string& rule, std::vector<Candidate>* candidates) {
  if (rule.empty()) return;
  // Only a claim of an attack: "claimed" ("claimed responsibility",
  // "claimed the attack"), or any admission in a sentence that tells an act
  // of force ("China's admission to the WTO", "accepted responsibility for
  // its employees' actions" are none).
  bool force = false;
  for (const Candidate& c : triggers.orphans) force |= ActOfForce(c.code);
  for (const Candidate& c : *candidates) force |= ActOfForce(c.code);
  if (!force && !internal::LowerAscii(s.tokens[verb.begin].text).starts_with("claim")) return;
  const std::string& who = mentions[claimer].code;
  uint32_t end = verb.end;
  while (end < s.tokens.size() && !ClauseBreak(s.tokens, end)) ++end;
  auto usable = [&](const Mention& m) {
    return !m.span.empty() && m.code.size() >= 3 && !m.code.starts_with("---") &&
           !m.code.starts_with(std::string_view(who).substr(0, 3)) && !m.possessive;
  };
  int victim = -1, place = -1;
  for (size_t x = 0; x < mentions.size() && victim < 0; ++x) {
    const Mention& m = mentions[x];
    if (!usable(m) || m.span.begin < verb.end || m.span.begin >= end) continue;
    if (m.locative) {
      if (place < 0) place = static_cast<int>(x);
    } else {
      victim = static_cast<int>(x);
    }
  }
  for (size_t x = 0; x < mentions.size() && victim < 0; ++x) {
    const Mention& m = mentions[x];
    if (usable(m) && !m.locative && m.span.end <= mentions[claimer].span.begin)
      victim = static_cast<int>(x);
  }
  if (victim < 0) victim = place;
  if (victim < 0) return;
  s.Note(fmt::format("{} 015 {}: a claim with no act coded, aimed at the party or place of its "
                     "clause",
                     who, mentions[victim].code));
  candidates->push_back(
      {claimer, victim, "015", verb, rule + "; target: the party or place the claim is about"});
  // ("claimed responsibility for the rocket strikes that set a
  // refinery on fire": the strikes are the claimer's.)
  const uint32_t from = std::min(verb.end, mentions[victim].span.end);
  const uint32_t to = std::max(verb.begin, mentions[victim].span.begin);
  for (const Candidate& n : triggers.orphans)
    if (n.source < 0 && n.target < 0 && ActOfForce(n.code) &&
        ((n.trigger.begin >= verb.end && n.trigger.end <= mentions[victim].span.begin) ||
         (n.trigger.begin >= from && n.trigger.end <= to && to == verb.begin))) {
      s.Note(fmt::format("{} {} {}: the act of force the claim is about", who, n.code,
                         mentions[victim].code));
      candidates->push_back({claimer, victim, n.code, n.trigger,
                             n.rule + "; source: the party that claimed it; target: the party "
                                      "or place the claim is about"});
      break;
    }
}

// "The rebels claimed responsibility for the car bombing of an army post in
// Quetta", "the movement claimed responsibility for the raids on two border
// villages": a claim whose pattern found its target, with an event of force
// named between the claim's verb and that target and left with neither doer
// nor victim of its own, is a claim of that event; the claimer did it, to the
// claim's target (gold codes the act beside the 015). Only a bombing (183x:
// "suicide bombings", "the car bombing"), whose noun says how the act was
// done; a bare "attack", "raid" or "massacre" does not (gunmen's attacks are
// 180, an army's 190, a mass killing 202), so its code is left to the verbs
// that tell it. Only the first such event, and none across a clause break.
void ActNamedByTheClaim(const SentenceContext& s, std::span<const Mention> mentions,
                        const TriggerState& triggers, TokenSpan verb, int claimer, int target,
                        std::vector<Candidate>* candidates) {
  if (target < 0 || target == claimer) return;
  const Mention& victim = mentions[target];
  if (victim.span.empty() || victim.span.begin < verb.end ||
      OneParty(victim.code, mentions[claimer].code, true) || !Victim(s.tokens, victim))
    return;
  for (uint32_t k = verb.end; k < victim.span.begin; ++k)
    if (ClauseBreak(s.tokens, k)) return;
  for (const Candidate& n : triggers.orphans) {
    if (n.source >= 0 || n.target >= 0 || !n.code.starts_with("183") || n.trigger.begin < verb.end ||
        n.trigger.end > victim.span.begin)
      continue;
    s.Note(fmt::format("{} {} {}: the act of force the claim names", mentions[claimer].code,
                       n.code, victim.code));
    candidates->push_back({claimer, target, n.code, n.trigger,
                           n.rule + "; source: the party that claimed it; target: the claim's"});
    return;
  }
}

}  // namespace

void ClaimedActs(const SentenceContext& s, std::span<const Mention> mentions,
                 TriggerState* triggers) {
  std::vector<Candidate>& candidates = triggers->candidates;
  // The claims: (claimer mention, target mention or -1, index in candidates
  // or -1 for an orphan).
  struct Claim {
    int source, target;
    TokenSpan verb;
    std::string rule;
    bool orphan;
  };
  std::vector<Claim> claims;
  auto claim_of = [&](const Candidate& c, bool orphan) {
    if (!c.code.starts_with("015") || c.source < 0) return;
    if ((orphan && c.target >= 0) ||
        ClaimNotMade(s.tokens, mentions[c.source], c.trigger))
      return;
    claims.push_back({c.source, c.target, c.trigger, c.rule, orphan});
  };
  for (const Candidate& c : candidates) claim_of(c, false);
  for (const Candidate& c : triggers->orphans) claim_of(c, true);
  if (claims.empty()) return;
  // Only one claimer is read: two parties claiming in one sentence leave the
  // doer open.
  for (const Claim& c : claims)
    if (mentions[c.source].code != mentions[claims[0].source].code) return;
  const int claimer = claims[0].source;
  const Mention& who = mentions[claimer];
  // A claimer is a named party: a role with no country ("gunmen", "police")
  // read as the claim's subject is a misreading more often than not.
  if (who.code.size() < 3 || who.code.starts_with("---")) return;
  // The acts: unnamed doers replaced, sourceless acts given the claimer.
  std::vector<Candidate> acts;
  for (Candidate& c : candidates) {
    // (Not an act on oneself: "a suicide bomber blew himself up".)
    if (!ActOfForce(c.code) || c.source < 0 || c.target < 0 ||
        !UnnamedArmedRole(mentions[c.source]) || !Victim(s.tokens, mentions[c.target]) ||
        mentions[c.target].code == mentions[c.source].code ||
        OneParty(mentions[c.target].code, who.code, true))
      continue;
    s.Note(fmt::format("{} {}: done by '{}', who claimed it; the claimer is the doer",
                       mentions[c.source].code, c.code, s.Text(who.span)));
    c.source = claimer;
    c.rule += "; source: the party that claimed the act";
    acts.push_back(c);
  }
  for (const Candidate& c : triggers->orphans) {
    if (!ActOfForce(c.code) || c.source >= 0 || c.target < 0 || c.target == claimer ||
        OneParty(mentions[c.target].code, who.code, true) ||
        !Victim(s.tokens, mentions[c.target]))
      continue;
    if (TollOfAnActBefore(s.tokens, candidates, claimer, c.trigger)) {
      s.Note(fmt::format("'{}': the toll of the claimed act before it, not an act of its own",
                         s.Text(c.trigger)));
      continue;
    }
    Candidate act = c;
    act.source = claimer;
    act.rule += "; source: the party that claimed the act";
    if (const std::string means = MeansOf(s.tokens, triggers->orphans, c); !means.empty()) {
      act.code = means;
      act.rule += fmt::format(" -> {} (the event noun the killing's clause is on says how)", means);
    }
    s.Note(fmt::format("{} {} {}: an act with no doer named, claimed by '{}'", who.code, c.code,
                       mentions[c.target].code, s.Text(who.span)));
    candidates.push_back(act);
    acts.push_back(act);
  }
  // Acts the claimer is already the doer of ("claimed the bombing that
  // killed ...", where the relative clause gave the claimer as subject).
  for (const Candidate& c : candidates)
    if (ActOfForce(c.code) && c.source == claimer && c.target >= 0 &&
        std::none_of(acts.begin(), acts.end(),
                     [&](const Candidate& a) { return a.trigger == c.trigger; }))
      acts.push_back(c);
  if (acts.empty()) {
    if (!claims.front().orphan)
      ActNamedByTheClaim(s, mentions, *triggers, claims.front().verb, claimer,
                         claims.front().target, &candidates);
    ClaimWithNoActCoded(s, mentions, *triggers, claims.front().verb, claimer,
                        claims.front().orphan ? claims.front().rule : std::string(), &candidates);
    return;
  }
  // The victim of the claim: the first act's target that is a party, else
  // the first act's.
  int victim = -1;
  TokenSpan first{UINT32_MAX, UINT32_MAX};
  for (const Candidate& a : acts)
    if (!mentions[a.target].locative && a.trigger.begin < first.begin) {
      first = a.trigger;
      victim = a.target;
    }
  if (victim < 0) victim = acts[0].target;
  for (const Claim& c : claims) {
    if (victim == c.source) continue;
    // "claimed responsibility for the bombing in Ankara that killed 29
    // soldiers": a claim a pattern aimed at the place attacked is aimed at
    // the party the act hit, when the act names one.
    if (!c.orphan) {
      if (c.target < 0 || mentions[victim].locative || mentions[victim].code.size() <= 3 ||
          !(mentions[c.target].locative || mentions[c.target].code.size() == 3) ||
          (!mentions[victim].code.starts_with("---") &&
           mentions[c.target].code.compare(0, 3, mentions[victim].code, 0, 3) != 0))
        continue;
      for (Candidate& x : candidates)
        if (x.code.starts_with("015") && x.source == c.source && x.target == c.target &&
            x.trigger == c.verb) {
          s.Note(fmt::format("{} 015 {}: aimed at the party the claimed act hit, {}", who.code,
                             mentions[c.target].code, mentions[victim].code));
          x.target = victim;
          x.rule += "; target: the party the act claimed hit";
        }
      continue;
    }
    s.Note(fmt::format("{} 015 {}: the claim is aimed at the victim of the act claimed",
                       who.code, mentions[victim].code));
    candidates.push_back({c.source, victim, "015", c.verb,
                          c.rule + "; target: the victim of the act claimed"});
  }
}

bool TollOfAnActBefore(std::span<const Token> tokens, std::span<const Candidate> candidates,
                       int doer, TokenSpan trigger) {
  const uint32_t at = trigger.begin;
  if (doer < 0 || at == 0 || tokens[at - 1].text != "," || !internal::IsTollParticiple(tokens[at]))
    return false;
  for (const Candidate& before : candidates) {
    if (!ActOfForce(before.code) || before.source != doer || before.target < 0 ||
        before.trigger.end > at || before.trigger.end + 16 < at)
      continue;
    bool same_clause = true;
    for (uint32_t k = before.trigger.end; k + 1 < at && same_clause; ++k)
      same_clause = !ClauseBreak(tokens, k);
    if (same_clause) return true;
  }
  return false;
}

}  // namespace khaldun::coder_internal
