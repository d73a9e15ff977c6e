// Acts named before: the act a later one refers to, reacts to or answers,
// its doer and its accuser, and the passes that join a visit, a welcome or
// a verdict to the act they report.
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

namespace {

// The last of this sentence's candidates whose trigger starts before
// `before`, with both parties, for which fits(code, source code, target code)
// holds; not found when none does.
template <typename Fits>
ReferredAct LastCandidateDyadBefore(std::span<const Candidate> candidates,
                                    std::span<const Mention> mentions, uint32_t before,
                                    const Fits& fits) {
  ReferredAct act;
  for (const Candidate& c : candidates) {
    if (c.trigger.begin >= before || c.source < 0 || c.target < 0 ||
        !fits(c.code, mentions[c.source].code, mentions[c.target].code))
      continue;
    act.found = true;
    act.source = c.source;
    act.target = c.target;
    act.source_code = mentions[c.source].code;
    act.target_code = mentions[c.target].code;
    act.code = c.code;
  }
  return act;
}

// The same among the events of the sentence before `sentence_index` (none
// for the first sentence); source and target are then -1.
template <typename Fits>
ReferredAct LastEventDyadOfSentenceBefore(std::span<const Event> events, uint32_t sentence_index,
                                          const Fits& fits) {
  ReferredAct act;
  for (const Event& e : events) {
    if (e.sentence_index + 1 != sentence_index ||
        !fits(e.cameo_code, e.source.code, e.target.code))
      continue;
    act.found = true;
    act.source_code = e.source.code;
    act.target_code = e.target.code;
    act.code = e.cameo_code;
  }
  return act;
}

}  // namespace

// "Iran withdrew the accreditation of IAEA inspectors, a step ... Grossi
// condemned": the last candidate of this sentence whose trigger starts
// before `before`; with none, the last event of the sentence before
// ("... ordered the seizure of his assets. Minsk rejected the step").
ReferredAct LastActBefore(std::span<const Candidate> candidates, std::span<const Event> events,
                          std::span<const Mention> mentions, uint32_t sentence_index,
                          uint32_t before) {
  ReferredAct act = LastCandidateActBefore(candidates, mentions, before, {});
  if (act.found || events.empty() || sentence_index == 0 ||
      events.back().sentence_index + 1 != sentence_index)
    return act;
  const Event& last = events.back();
  act.found = !last.source.code.empty() && !last.target.code.empty();
  act.source_code = last.source.code;
  act.target_code = last.target.code;
  act.code = last.cameo_code;
  return act;
}

ReferredAct LastCandidateActBefore(
    std::span<const Candidate> candidates, std::span<const Mention> mentions, uint32_t before,
    const std::function<bool(std::string_view code, const std::string& source_code)>& fits) {
  return LastCandidateDyadBefore(
      candidates, mentions, before,
      [&](const std::string& code, const std::string& source_code, const std::string&) {
        return !code.empty() && (!fits || fits(code, source_code));
      });
}

// "Rama accused Athens of stoking the unrest, which Greece denied",
// "Baghdad accused Ankara of the strike. Turkey denied any involvement.": the
// accusation (112) made of `denier` last, in this sentence before `before`
// or in the sentence before; its accuser's code, or "".
std::string AccuserOf(std::span<const Candidate> candidates, std::span<const Event> events,
                      std::span<const Mention> mentions, uint32_t sentence_index,
                      uint32_t before, std::string_view denier) {
  static constexpr std::string_view kAccusation[] = {"112"};
  return DoerOfLastActOn(candidates, events, mentions, sentence_index, before, denier,
                         kAccusation);
}

// "Troops detained the prime minister in the capital, and the UN called for
// his release": the seizure of the very party whose release is called for. At
// country level any act on a state would do ("Hamas seized Israeli soldiers;
// Egypt urged Israel to free its prisoners" must not address Hamas), so the
// codes must be equal.
std::string CaptorOf(std::span<const Candidate> candidates, std::span<const Event> events,
                     std::span<const Mention> mentions, uint32_t sentence_index, uint32_t before,
                     std::string_view detainee) {
  auto seizes = [&](std::string_view code, std::string_view source, std::string_view target) {
    const bool seizure =
        code.starts_with("173") || code.starts_with("1711") || code.starts_with("181");
    return seizure && !detainee.empty() && target == detainee && source != detainee;
  };
  std::string captor = LastCandidateDyadBefore(candidates, mentions, before, seizes).source_code;
  // ("Troops detained Sudan's prime minister": a role with no country of
  // its own takes its captive's, as the seizure's own event does.)
  if (captor.starts_with("---") && captor.size() > 3 && detainee.size() >= 3 &&
      !detainee.starts_with("---"))
    captor = std::string(detainee.substr(0, 3)) + captor.substr(3);
  if (captor.starts_with("---")) captor.clear();
  if (!captor.empty()) return captor;
  return LastEventDyadOfSentenceBefore(events, sentence_index, seizes).source_code;
}

std::string DoerOfLastActOn(std::span<const Candidate> candidates, std::span<const Event> events,
                            std::span<const Mention> mentions, uint32_t sentence_index,
                            uint32_t before, std::string_view party,
                            std::span<const std::string_view> code_prefixes) {
  auto on_party = [&](std::string_view code, std::string_view source, std::string_view target) {
    bool listed = false;
    for (std::string_view p : code_prefixes) listed |= code.starts_with(p);
    return listed && target.size() >= 3 && party.size() >= 3 &&
           target.substr(0, 3) == party.substr(0, 3) && source != party;
  };
  std::string doer = LastCandidateDyadBefore(candidates, mentions, before, on_party).source_code;
  if (!doer.empty()) return doer;
  return LastEventDyadOfSentenceBefore(events, sentence_index, on_party).source_code;
}

std::string LastProtesters(std::span<const Candidate> candidates, std::span<const Event> events,
                           std::span<const Mention> mentions, uint32_t sentence_index,
                           uint32_t before, int* mention) {
  auto protest = [](std::string_view code, std::string_view, std::string_view) {
    return CameoRoot(code) == "14";
  };
  const ReferredAct here = LastCandidateDyadBefore(candidates, mentions, before, protest);
  *mention = here.found ? here.source : -1;
  if (here.found) return here.source_code;
  return LastEventDyadOfSentenceBefore(events, sentence_index, protest).source_code;
}

// "Indian jets bombed a camp in Pakistan, and Islamabad vowed to respond",
// "Gunmen attacked an army base. The army vowed revenge": whom a threat of
// retaliation by `speaker` answers, or "". The party that last acted on the
// speaker's country, in this sentence before `before` or in the sentence
// before (a state's armed forces are answered as their state: retaliation
// is threatened state to state); else the party the speaker itself last
// accused or pressed in this sentence ("Iran blamed Israel for the blast,
// and Zarif vowed revenge") or in the sentence before. Culprits ("those
// responsible") are whoever did the last act of force or coercion (14-20)
// before, on anyone.
std::string AnsweredBy(std::span<const Candidate> candidates, std::span<const Event> events,
                       std::span<const Mention> mentions, uint32_t sentence_index,
                       uint32_t before, std::string_view speaker, internal::Retaliation kind) {
  if (speaker.size() < 3) return "";
  const std::string_view country = speaker.substr(0, 3);
  auto of_speaker = [&](std::string_view code) {
    return code.size() >= 3 && code.substr(0, 3) == country;
  };
  // (By an armed group too: "US warplanes struck the militia's depots,
  // and the militia vowed that the raids would not go unpunished" threatens
  // the United States, USAGOV.)
  auto answered = [&](const std::string& aggressor) {
    if (aggressor.size() == 6 && aggressor.ends_with("MIL") && !aggressor.starts_with("---"))
      return aggressor.substr(0, 3) + "GOV";
    return aggressor;
  };
  auto forceful_outsider = [&](std::string_view code, std::string_view source,
                               std::string_view) {
    const auto root = CameoRoot(code);
    return root >= "14" && root <= "20" && !of_speaker(source);
  };
  if (kind == internal::Retaliation::kCulprits)
    return LastCandidateDyadBefore(candidates, mentions, before, forceful_outsider).source_code;
  auto on_speaker = [&](std::string_view, std::string_view source, std::string_view target) {
    return of_speaker(target) && !of_speaker(source);
  };
  std::string aggressor =
      LastCandidateDyadBefore(candidates, mentions, before, on_speaker).source_code;
  if (aggressor.empty())
    aggressor = LastEventDyadOfSentenceBefore(events, sentence_index, on_speaker).source_code;
  if (!aggressor.empty()) return answered(aggressor);
  auto pressed_by_speaker = [&](std::string_view code, std::string_view source,
                                std::string_view target) {
    const auto root = CameoRoot(code);
    return of_speaker(source) && !target.empty() && !of_speaker(target) &&
           (root == "10" || root == "11" || root == "12");
  };
  aggressor = LastCandidateDyadBefore(candidates, mentions, before, pressed_by_speaker).target_code;
  // ("The United States blamed Pyongyang for the hack. Hours later the
  // president vowed to respond.": the accusation in the sentence before.)
  if (aggressor.empty())
    aggressor =
        LastEventDyadOfSentenceBefore(events, sentence_index, pressed_by_speaker).target_code;
  // "Soldiers in Bissau arrested the president, and Brussels threatened
  // to freeze aid": sanctions threatened over an act that touched neither
  // the speaker nor anyone it pressed punish whoever did that act of
  // coercion or force, in this sentence, on anyone (as culprits are).
  if (aggressor.empty() && kind == internal::Retaliation::kPenalty)
    aggressor = LastCandidateDyadBefore(candidates, mentions, before, forceful_outsider).source_code;
  return aggressor;
}

bool ArmedForceAnswered(std::span<const Candidate> candidates, std::span<const Event> events,
                        std::span<const Mention> mentions, uint32_t sentence_index, uint32_t before,
                        std::string_view speaker, std::string_view threatened) {
  if (speaker.size() < 3 || threatened.size() < 3) return false;
  auto armed = [&](std::string_view code, std::string_view source, std::string_view target) {
    const auto root = CameoRoot(code);
    if (root != "18" && root != "19" && root != "20") return false;
    return (target.size() >= 3 && target.substr(0, 3) == speaker.substr(0, 3)) ||
           (source.size() >= 3 && source.substr(0, 3) == threatened.substr(0, 3));
  };
  return LastCandidateDyadBefore(candidates, mentions, before, armed).found ||
         LastEventDyadOfSentenceBefore(events, sentence_index, armed).found;
}

// "the decision", "the move", "the step": words for a deed, not for words.
// When the act reported last is itself a judgement or a demand about a deed
// ("The EU voiced concern about Trump's recognition of Jerusalem, while
// Ankara called the decision null and void"), such a word means the deed
// judged, done by that judgement's target.
bool NamesADeed(const Token& t) {
  static constexpr std::string_view kDeeds[] = {"decision", "move",   "step",   "measure",
                                                "measures", "action", "actions"};
  return internal::InWords(kDeeds, t);
}

// "Putin arrived in Pyongyang. Kim Jong Un greeted him at the airport.": a
// named host makes the visit one to the host (tests/gold/README.md): the
// visit's target becomes the host. A host's welcome with no visit in the
// text ("Putin hosted Erdogan in Sochi") adds none: the visit is coded only
// where the text reports it.
void HostNamesTheVisit(std::vector<Event>* events) {
  const size_t n = events->size();
  for (size_t h = 0; h < n; ++h) {
    const Event& host = (*events)[h];
    if (!host.cameo_code.starts_with("043") || host.target.code.size() < 3) continue;
    for (size_t v = 0; v < n; ++v) {
      Event& visit = (*events)[v];
      if (!visit.cameo_code.starts_with("042") || visit.source.code != host.target.code ||
          visit.target.code.compare(0, 3, host.source.code, 0, 3) != 0)
        continue;
      // "Russia visited China" [042:043]: the host of a paired code is
      // the visited place itself, not a host named apart.
      bool same_trigger = visit.sentence_index == host.sentence_index &&
                          visit.evidence.verb_bytes.begin == host.evidence.verb_bytes.begin;
      if (visit.target.code.size() == 3 && !same_trigger) visit.target = host.source;
    }
  }
}

// Whether `gap` (text between a verb and its object) holds nothing but
// spaces, articles, numbers and "visiting": "received three African Union
// envoys", "welcomed the two visiting ministers" still name the visitors
// right after the verb; "received a green light from" does not.
bool OnlyArticlesOrNumbers(std::string_view gap) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "the",  "a",    "an",  "two",   "three", "four",     "five",
      "six",  "seven", "eight", "nine", "ten",  "visiting", "both"};
  if (gap.empty() || gap.front() != ' ' || gap.back() != ' ') return false;
  size_t k = 0;
  while (k < gap.size()) {
    if (gap[k] == ' ') {
      ++k;
      continue;
    }
    size_t e = gap.find(' ', k);
    if (e == std::string_view::npos) e = gap.size();
    const std::string word = internal::LowerAscii(gap.substr(k, e - k));
    const bool number = std::all_of(word.begin(), word.end(),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!number && std::find(kWords.begin(), kWords.end(), word) == kWords.end()) return false;
    k = e;
  }
  return true;
}

// "Emmanuel Macron welcomed Indian Prime Minister Narendra Modi to the
// Elysee", "Kim Jong Un ... was greeted by Moon Jae-in", "Wang Yi ... was
// received by the Taliban's acting foreign minister": a host named as
// welcoming, greeting or receiving a visitor reports the visit too, the
// visitor's 042 to the host (tests/gold/README.md). So does a host who
// hosted the visitor or rolled out the red carpet for him ("Lula hosted the
// Chilean president in Brasilia": the guest came), as most writers of the
// gold sets code it.
void AWelcomeReportsTheVisit(const CameoCodebook& codebook, std::vector<Event>* events) {
  const CameoCode* visit_info = codebook.Find("042");
  if (visit_info == nullptr) return;
  const size_t n = events->size();
  for (size_t h = 0; h < n; ++h) {
    const Event& host = (*events)[h];
    if (!host.cameo_code.starts_with("043") || host.target.code.size() < 3) continue;
    const std::string verb = internal::LowerAscii(host.evidence.verb_text);
    const bool red_carpet = verb.find("red carpet") != std::string::npos;
    if (!(verb.starts_with("welcom") || verb.starts_with("greet") || verb.starts_with("receiv") ||
          verb.starts_with("host") || red_carpet))
      continue;
    // The visitor is the verb's object ("welcomed Chinese President Xi") or,
    // in the passive, the host follows "by" ("was greeted by Moon Jae-in");
    // "Britain received a green light from Washington" receives no one.
    const ByteSpan sb = host.evidence.sentence_bytes, vb = host.evidence.verb_bytes;
    auto between = [&](ByteSpan a, ByteSpan b) -> std::string_view {
      if (a.end > b.begin || a.end < sb.begin || b.begin > sb.end) return "?";
      return std::string_view(host.evidence.sentence).substr(a.end - sb.begin, b.begin - a.end);
    };
    std::string_view gap = between(vb, host.target.bytes);
    std::string_view by = between(vb, host.source.bytes);
    // ("was welcomed at the presidential palace by Ghana's president": a
    // place of the welcome may come before "by".)
    const bool passive_host = (by.ends_with(" by ") || by.ends_with(" by the ")) &&
                              by.find(',') == std::string_view::npos && by.size() < 48;
    // ("rolled out the red carpet for the Brazilian president": the guest
    // after "for".)
    if (red_carpet && (gap == " for " || gap == " for the ")) gap = " ";
    // ("hosted an American-led workshop": a party that leads or backs what
    // is hosted is no guest.)
    const std::string_view guest = host.target.matched_text;
    if (guest.ends_with("-led") || guest.ends_with("-backed") || guest.ends_with("-sponsored"))
      continue;
    // (Background in the past perfect reports no visit: "Cyprus had hosted
    // the United Kingdom's bases since 1960".)
    if (between(ByteSpan{sb.begin, sb.begin}, vb).ends_with(" had ")) continue;
    // ("hosted Japan's prime minister and South Korea's president", "the
    // leaders of Japan and of South Korea": a guest listed after another
    // guest of the same welcome.)
    for (size_t g = 0; g < n && !OnlyArticlesOrNumbers(gap) && !passive_host; ++g) {
      const Event& other = (*events)[g];
      if (g == h || other.sentence_index != host.sentence_index ||
          !other.cameo_code.starts_with("043") || other.evidence.verb_bytes != vb ||
          other.target.bytes.end > host.target.bytes.begin ||
          !OnlyArticlesOrNumbers(between(vb, other.target.bytes)))
        continue;
      const std::string_view joint = between(other.target.bytes, host.target.bytes);
      if (joint == " and " || joint == ", " || joint == ", and " || joint == " and of ")
        gap = " ";
    }
    if (!(OnlyArticlesOrNumbers(gap) || passive_host)) continue;
    // ("Kenyan police landed in Haiti ... They were welcomed at the
    // airport by Haitian officials": an arrival already coded as a
    // deployment, 074, is no visit either.)
    bool reported = false;
    for (const Event& e : *events)
      reported |= (e.cameo_code.starts_with("042") || e.cameo_code.starts_with("074")) &&
                  e.source.code == host.target.code &&
                  e.target.code.compare(0, 3, host.source.code, 0, 3) == 0;
    if (reported) continue;
    Event visit = host;
    visit.source = host.target;
    visit.target = host.source;
    internal::SetEventCode(*visit_info, "042", &visit);
    visit.evidence.rule = host.evidence.rule + "; the host's welcome reports the visit (042)";
    events->push_back(std::move(visit));
  }
}

// "A Seoul court found Park Geun-hye guilty of bribery and sentenced her to
// 24 years in prison": the sentence is the verdict's consequence, one
// finding of guilt (116) with it, not a second; a sentence with no verdict
// in the text is the finding itself in the shipped dictionaries ("A
// Turkish court sentenced two German reporters to five years":
// 116).
void ASentenceFollowsItsVerdict(std::vector<Event>* events) {
  // (A dictionary may code sentencing as detention, 173, as the shipped one
  // did before; either way it is the verdict's.)
  auto is_sentencing = [](const Event& e) {
    const std::string verb = internal::LowerAscii(e.evidence.verb_text);
    return (e.cameo_code.starts_with("116") || e.cameo_code.starts_with("173")) &&
           verb.starts_with("sentenc");
  };
  std::erase_if(*events, [&](const Event& e) {
    if (!is_sentencing(e)) return false;
    for (const Event& v : *events)
      if (&v != &e && !is_sentencing(v) && v.cameo_code.starts_with("116") &&
          v.sentence_index == e.sentence_index && v.source.code == e.source.code &&
          v.target.code == e.target.code)
        return true;
    return false;
  });
}

}  // namespace khaldun::coder_internal
