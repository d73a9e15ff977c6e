#include "coder/release_calls.h"

#include <fmt/format.h>

#include <string_view>

#include "coder/mentions.h"
#include "khaldun/cameo.h"

namespace khaldun::coder_internal {
namespace {

bool ReleaseCall(std::string_view code) {
  return code.starts_with("0253") || code.starts_with("1053");
}

bool Seizure(std::string_view code) {
  return code.starts_with("173") || code.starts_with("1711") || code.starts_with("181");
}

// A seizure of people or of property ("seized the tanker": its release is
// asked of the seizer too).
bool SeizureOrConfiscation(std::string_view code) {
  return Seizure(code) || code.starts_with("171");
}

}  // namespace

std::string ReleaseAskedOf(std::string_view captor) {
  if (captor.size() == 6 && !captor.starts_with("---") &&
      (captor.ends_with("COP") || captor.ends_with("SPY")))
    return std::string(captor.substr(0, 3)) + "GOV";
  return std::string(captor);
}

void ReleaseCallsToLaterCaptors(SentenceContext& s, std::vector<Mention>* all,
                                std::vector<Candidate>* candidates) {
  std::vector<Mention>& mentions = *all;
  for (Candidate& call : *candidates) {
    if (!ReleaseCall(call.code) || call.source < 0 || call.target < 0) continue;
    const std::string detainee = mentions[call.target].code;  // (a copy: see below)
    if (detainee.size() < 3) continue;
    for (const Candidate& seize : *candidates) {
      if (!Seizure(seize.code) || seize.trigger.begin <= call.trigger.begin || seize.source < 0 ||
          seize.target < 0 || mentions[seize.target].code != detainee ||
          seize.source == call.source)
        continue;
      const std::string captor = mentions[seize.source].code;
      if (captor == detainee || captor.size() < 3) continue;
      s.Note(fmt::format("{} {} {}: the release is asked of who holds the detainee, '{}'",
                         mentions[call.source].code, call.code, detainee,
                         s.Text(mentions[seize.source].span)));
      call.target = seize.source;
      if (const std::string state = ReleaseAskedOf(captor); state != captor) {
        call.target = MentionOfParty(state, "the state whose agents hold the detainee", &mentions);
        s.mentions = mentions;
      }
      // ("soldiers from his own guard confined him": a role with no country
      // of its own takes its captive's.)
      if (captor.starts_with("---") && captor.size() > 3 && !detainee.starts_with("---")) {
        call.target = MentionOfParty(detainee.substr(0, 3) + captor.substr(3),
                                     "the captors of the detainee's country", &mentions);
        s.mentions = mentions;
      }
      call.rule += "; target: who seized the party whose release is asked, told after";
      break;
    }
  }
}

void ReleaseCallsToTheHoldingState(SentenceContext& s, std::vector<Mention>* all,
                                   std::vector<Candidate>* candidates) {
  std::vector<Mention>& mentions = *all;
  static constexpr std::string_view kArmedOrState[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG",
                                                       "REB", "INS", "SEP", "UAF", "PTY"};
  for (Candidate& call : *candidates) {
    if (!ReleaseCall(call.code) || call.source < 0 || call.target < 0) continue;
    const Mention& detainee = mentions[call.target];
    // (Copies: MentionOfParty below may add a mention and move the rest.)
    const std::string caller = mentions[call.source].code;
    if (detainee.code.size() != 6 || detainee.code.starts_with("---") ||
        detainee.code.starts_with("IGO") || caller.size() < 3 || detainee.locative)
      continue;
    const std::string_view sector = std::string_view(detainee.code).substr(3);
    bool held_by_itself = false;
    for (std::string_view x : kArmedOrState) held_by_itself |= sector == x;
    if (held_by_itself) continue;
    // Where the detainee is held: a place after it in the sentence ("an
    // engineer detained in Shanghai"), else the detainee's own country when
    // it is not the caller's ("jailed Saudi activists").
    // ("others held by Myanmar's military": the holder named after "by".)
    int holder = -1;
    static constexpr std::string_view kHeld[] = {"held",     "detained",  "jailed",  "seized",
                                                 "abducted", "kidnapped", "captured", "arrested"};
    for (uint32_t k = detainee.span.end; k + 1 < s.tokens.size() && k < detainee.span.end + 8 &&
                                         holder < 0;
         ++k) {
      if (!internal::IsWord(s.tokens[k + 1], "by") || !internal::InWords(kHeld, s.tokens[k]))
        continue;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin >= k + 2 && mentions[x].span.begin <= k + 3 &&
            !mentions[x].locative && mentions[x].code.size() >= 3 &&
            !mentions[x].code.starts_with("---"))
          holder = static_cast<int>(x);
      break;
    }
    if (holder >= 0) {
      s.Note(fmt::format("{} {} {}: the release is asked of who holds the person, '{}'", caller,
                         call.code, detainee.code, s.Text(mentions[holder].span)));
      call.target = holder;
      call.rule += "; target: who holds the person whose release is asked ('held by')";
      continue;
    }
    std::string state;
    for (const Mention& p : mentions)
      if (p.locative && p.span.begin >= detainee.span.end && p.code.size() >= 3 &&
          !p.code.starts_with("---") && p.code.compare(0, 3, caller, 0, 3) != 0) {
        state = p.code.substr(0, 3);
        break;
      }
    if (state.empty() && detainee.code.compare(0, 3, caller, 0, 3) != 0)
      state = detainee.code.substr(0, 3);
    if (state.empty()) continue;
    s.Note(fmt::format("{} {} {}: the release of a person is asked of the state holding them, "
                       "{}GOV",
                       caller, call.code, detainee.code, state));
    call.target = MentionOfParty(state + "GOV", "the state holding the detainee", &mentions);
    s.mentions = mentions;
    call.rule += "; target: the state holding the person whose release is asked";
  }
}

void ReleaseCallsWithNoAddressee(SentenceContext& s, std::vector<Mention>* all,
                                 std::span<const Candidate> orphans,
                                 std::vector<Candidate>* candidates) {
  std::vector<Mention>& mentions = *all;
  for (const Candidate& call : orphans) {
    if (!ReleaseCall(call.code) || call.source < 0 || call.target >= 0) continue;
    // (Copies: MentionOfParty below may add a mention and move the rest.)
    const std::string caller = mentions[call.source].code;
    int captor = -1;
    bool several = false;
    for (const Candidate& seize : *candidates) {
      if (!SeizureOrConfiscation(seize.code) || seize.source < 0 || seize.target < 0) continue;
      const std::string& code = mentions[seize.source].code;
      if (code.size() < 3 || code.starts_with("---") || OneParty(code, caller, true) ||
          (caller.size() >= 3 && code.compare(0, 3, caller, 0, 3) == 0))
        continue;
      if (captor >= 0 && mentions[captor].code != code) several = true;
      captor = seize.source;
    }
    if (captor < 0 || several) continue;
    const std::string captor_text(s.Text(mentions[captor].span));
    // "Iran's Revolutionary Guards seized a British tanker, and London
    // demanded its release": forces that seize a foreign party's people or
    // ship hold them for their state, whose government is asked.
    const std::string held = mentions[captor].code;
    for (const Candidate& seize : *candidates)
      if (seize.source == captor && SeizureOrConfiscation(seize.code) && seize.target >= 0 &&
          held.size() == 6 && (held.ends_with("MIL") || held.ends_with("COP")) &&
          mentions[seize.target].code.size() >= 3 &&
          mentions[seize.target].code.compare(0, 3, held, 0, 3) != 0) {
        captor = MentionOfParty(held.substr(0, 3) + "GOV", "the state whose forces seized it",
                                &mentions);
        s.mentions = mentions;
        break;
      }
    // (Police and intelligence agents hold anyone for their state, at home
    // too: "Serbian police detained an opposition mayor, and the EU
    // demanded his release" is asked of the government.)
    if (const std::string state = ReleaseAskedOf(mentions[captor].code);
        state != mentions[captor].code) {
      captor = MentionOfParty(state, "the state whose agents hold the detainee", &mentions);
      s.mentions = mentions;
    }
    s.Note(fmt::format("{} {}: a release asked of no one named is asked of the sentence's "
                       "captor, '{}'",
                       caller, call.code, captor_text));
    // ("Tokyo and Seoul demanded their release": each speaker asks.)
    for (int a = call.source; a >= 0; a = mentions[a].coordinated_with) {
      candidates->push_back({a, captor, call.code, call.trigger,
                             call.rule + "; target: who seized what the release is asked of"});
      if (mentions[a].coordinated_with == a) break;
    }
  }
}

void ReleasesDemandedAlongside(const SentenceContext& s, std::span<const Mention> mentions,
                               std::span<const Candidate> orphans,
                               std::vector<Candidate>* candidates) {
  static constexpr std::string_view kArmed[] = {"REB", "INS", "SEP", "UAF"};
  const size_t n = candidates->size();
  for (const Candidate& release : orphans) {
    if (!release.code.starts_with("084") || release.source >= 0 || release.trigger.begin < 3)
      continue;
    // "... and the release of": the noun is joined to the object before it.
    // ("the unconditional release": adjectives may come between.)
    uint32_t k = release.trigger.begin;
    while (k > 1 && (s.tokens[k - 1].pos == kPosJJ || internal::IsDeterminer(s.tokens[k - 1])))
      --k;
    if (!internal::IsWord(s.tokens[k - 1], "and")) continue;
    // ("a ceasefire and hostage release deal": a noun after it is what the
    // release describes.)
    if (release.trigger.end < s.tokens.size() &&
        (s.tokens[release.trigger.end].pos == kPosNN ||
         s.tokens[release.trigger.end].pos == kPosNNS))
      continue;
    // The demand or appeal whose objects the release is joined to: the last
    // one before it, with no clause break between.
    const Candidate* demand = nullptr;
    for (size_t i = 0; i < n; ++i) {
      const Candidate& c = (*candidates)[i];
      const std::string_view root = CameoRoot(c.code);
      if ((root == "10" || root == "02") && c.source >= 0 && c.trigger.end <= k &&
          (demand == nullptr || c.trigger.begin >= demand->trigger.begin))
        demand = &c;
    }
    if (demand == nullptr) continue;
    bool broken = false;
    for (uint32_t j = demand->trigger.end; j + 1 < k && !broken; ++j)
      broken = s.tokens[j].text == ";" || s.tokens[j].text == "." ||
               (s.tokens[j].text == "," && internal::IsWord(s.tokens[j + 1], "and"));
    if (broken) continue;
    // The hostages' holder: the one armed group among the demand's targets.
    int holder = -1;
    bool several = false;
    for (size_t i = 0; i < n; ++i) {
      const Candidate& c = (*candidates)[i];
      if (c.trigger != demand->trigger || c.source != demand->source || c.target < 0) continue;
      const std::string& code = mentions[c.target].code;
      bool armed = false;
      for (std::string_view a : kArmed)
        armed |= code.size() == 6 && std::string_view(code).substr(3) == a;
      if (!armed) continue;
      if (holder >= 0 && mentions[holder].code != code) several = true;
      holder = c.target;
    }
    if (holder < 0 || several) continue;
    const std::string code = CameoRoot(demand->code) == "10" ? "1053" : "0253";
    s.Note(fmt::format("{} {} {}: the release joined to the demand's objects is asked of the "
                       "armed group it names",
                       mentions[demand->source].code, code, mentions[holder].code));
    candidates->push_back({demand->source, holder, code, release.trigger,
                           demand->rule + "; the release joined to its objects, asked of the "
                                          "armed group among them"});
  }
}

}  // namespace khaldun::coder_internal
