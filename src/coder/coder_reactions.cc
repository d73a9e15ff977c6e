// Which reported act a reaction refers to (declared in
// coder/coder_internal.h; the words are read in coder/reactions.h).

#include <functional>
#include <vector>
#include <string>
#include <string_view>
#include <utility>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

namespace {

// A state named as such (JPN) and its government (JPNGOV) are one actor
// here: "Tokyo's sanctions on Moscow ..., and Kishida called the decision
// unacceptable" does not judge Tokyo. (Its opposition is another party.)
bool OneState(const std::string& a, const std::string& b) {
  auto state = [](const std::string& c) { return c.size() == 3 || c.ends_with("GOV"); };
  return a.size() >= 3 && b.size() >= 3 && a.compare(0, 3, b, 0, 3) == 0 && state(a) &&
         state(b);
}

}  // namespace

ReferredAct ActReactedTo(std::span<const Candidate> candidates, std::span<const Event> events,
                         std::span<const Mention> mentions, uint32_t sentence_index,
                         uint32_t before, const std::string& reactor, bool state_actors,
                         const std::function<bool(std::string_view)>& may_name,
                         std::span<const std::string> co_reactors) {
  // Not the reacting party's own deed ("Ecuador responded by expelling
  // Colombia's ambassador, calling the raid a violation": the raid is
  // Colombia's). Its own judgements stay: they may name the deed judged
  // (NamesADeed).
  // ("North Korea fired a missile days after South Korean warships held
  // drills, and Tokyo and Seoul condemned the launch": a state's own forces'
  // drills are its own deed, and so are a fellow reactor's.)
  auto own_forces = [](const std::string& source, const std::string& state) {
    const bool is_state = state.size() == 3 || (state.size() == 6 && state.ends_with("GOV"));
    return is_state && source.size() == 6 && source.compare(0, 3, state, 0, 3) == 0 &&
           (source.ends_with("MIL") || source.ends_with("COP") || source.ends_with("SPY"));
  };
  auto own = [&](const std::string& source, const std::string& party) {
    return OneParty(source, party, state_actors) || OneState(source, party) ||
           own_forces(source, party);
  };
  // ("Somaliland signed a port deal with Ethiopia, and Mogadishu called the
  // deal an aggression": of a deal or other cooperation (03-07), a state
  // judges the foreign party, not a region or group of its own. A yielding
  // act stays its doer's: "Trump criticised Obama's withdrawal from Iraq".)
  auto own_country = [&](std::string_view root, const std::string& source) {
    const bool state = reactor.size() == 3 || (reactor.size() == 6 && reactor.ends_with("GOV"));
    return state && root >= "03" && root <= "07" && source.size() >= 3 &&
           source.compare(0, 3, reactor, 0, 3) == 0;
  };
  auto fits = [&](std::string_view code, const std::string& source) {
    const auto root = CameoRoot(code);
    if (may_name && !may_name(root)) return false;
    if (root >= "10" && root <= "12") return true;
    if (own(source, reactor) || own_country(root, source)) return false;
    for (const std::string& other : co_reactors)
      if (own(source, other)) return false;
    return true;
  };
  ReferredAct act = LastCandidateActBefore(candidates, mentions, before, fits);
  if (act.found || sentence_index == 0) return act;
  // ("The tribunal ordered his assets frozen. Minsk rejected
  // the step.": the last such act of the sentence before.)
  for (auto e = events.rbegin(); e != events.rend(); ++e) {
    if (e->sentence_index + 1 < sentence_index) break;
    if (e->sentence_index + 1 != sentence_index || e->source.code.empty() ||
        e->target.code.empty() || !fits(e->cameo_code, e->source.code))
      continue;
    act.found = true;
    act.source_code = e->source.code;
    act.target_code = e->target.code;
    act.code = e->cameo_code;
    break;
  }
  return act;
}

std::string StateJudgedFor(const std::string& doer, const std::string& act_target,
                           const std::string& reactor) {
  const bool state_reacts = reactor.size() == 3 || reactor.ends_with("GOV");
  // ("police forced their way into the Mexican embassy, and Mexico called
  // the raid an outrage": a state judges the state whose police acted on
  // another state's government too; police arresting foreigners stay the
  // doer.)
  const bool police_on_a_state = doer.ends_with("COP") && act_target.size() == 6 &&
                                 act_target.ends_with("GOV") &&
                                 act_target.compare(0, 3, doer, 0, 3) != 0;
  if (doer.size() != 6 || !(doer.ends_with("MIL") || police_on_a_state) || !state_reacts)
    return doer;
  const std::string government = doer.substr(0, 3) + "GOV";
  if (act_target.starts_with(government) || reactor.starts_with(doer.substr(0, 3))) return doer;
  return government;
}

void AResignationAnswersItsCall(std::vector<Event>* events) {
  for (Event& quit : *events) {
    if (!quit.cameo_code.starts_with("0831") || !quit.target.how.starts_with("implicit")) continue;
    // The call nearest before the resignation; else one later in its
    // sentence ("resigned, hours after the army chief urged him to").
    // (Not a later call past the protests the resignation is said to
    // follow: "the premier quit after a month of street protests, a day
    // after the generals told him to go" gives in to the protesters.)
    auto protest_between = [&](const Event& later) {
      const ByteSpan sb = quit.evidence.sentence_bytes, a = quit.evidence.verb_bytes,
                     b = later.evidence.verb_bytes;
      if (later.sentence_index != quit.sentence_index || a.end > b.begin || a.end < sb.begin ||
          b.begin > sb.end)
        return false;
      const std::string_view gap =
          std::string_view(quit.evidence.sentence).substr(a.end - sb.begin, b.begin - a.end);
      return gap.find("protest") != std::string_view::npos ||
             gap.find("demonstration") != std::string_view::npos;
    };
    const Event* call = nullptr;
    for (const Event& e : *events) {
      if (&e == &quit || e.source.code.empty() || e.target.code != quit.source.code ||
          !(e.cameo_code.starts_with("0241") || e.cameo_code.starts_with("1041")) ||
          e.sentence_index > quit.sentence_index || e.sentence_index + 1 < quit.sentence_index ||
          protest_between(e))
        continue;
      const bool before = e.sentence_index < quit.sentence_index ||
                          e.evidence.verb_bytes.begin < quit.evidence.verb_bytes.begin;
      const bool call_before = call != nullptr && (call->sentence_index < quit.sentence_index ||
                                                   call->evidence.verb_bytes.begin <
                                                       quit.evidence.verb_bytes.begin);
      if (call == nullptr || (before && !call_before) || (before == call_before && before))
        call = &e;
    }
    if (call != nullptr) quit.target = call->source;
  }
}

void AConcessionIsCodedOnce(std::vector<Event>* events) {
  auto generic = [](const Event& e) { return e.cameo_code == "080" || e.cameo_code == "083"; };
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (!generic(e)) continue;
    for (const Event& o : *events)
      drop[i] = drop[i] || (&o != &e && o.sentence_index == e.sentence_index &&
                            o.root_code == "08" && !generic(o) &&
                            o.source.code == e.source.code && o.target.code == e.target.code);
  }
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*events)[kept] = std::move((*events)[i]);
    ++kept;
  }
  events->resize(kept);
}

}  // namespace khaldun::coder_internal
