// FindTriggerCandidates' missing targets (coder/coder_candidates.h): by the
// kind of act (a protest's own government, an act answering an earlier one, a
// threat's addressee), and the doer of an act a judgement refers to.

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/clause_words.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/decrees.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/private_agents.h"
#include "coder/protest_crowds.h"
#include "coder/reactions.h"
#include "coder/release_calls.h"
#include "coder/threats.h"
#include "coder/yielded_measures.h"

namespace khaldun::coder_internal {

namespace {

// Whether the object after a verb ending at `at` is a judgement of a court
// or an inquiry: "rejected the award", "dismissed the tribunal's ruling as
// void", "would not accept the verdict". Reads up to five words, not past
// a comma or the end of the clause.
bool ObjectIsAJudgement(std::span<const Token> tokens, uint32_t at) {
  static constexpr std::string_view kJudgements[] = {
      "ruling", "rulings", "verdict", "award", "judgment", "judgement", "opinion"};
  for (uint32_t k = at; k < tokens.size() && k < at + 5; ++k) {
    if (tokens[k].text == "," || tokens[k].text == "." || tokens[k].text == ";") return false;
    for (std::string_view word : kJudgements)
      if (internal::IsWord(tokens[k], word)) return true;
  }
  return false;
}

// "..., but the rebels dismissed the move": whether the subject `source`
// opens a clause joined to the one before by "but", "yet", "while", ",
// and" or a semicolon. Not the last member of a compound ("the army and police backed
// his measures").
bool AfterACoordinator(std::span<const Token> tokens, std::span<const Mention> mentions,
                       int source) {
  const TokenSpan subject = mentions[source].span;
  if (subject.empty() || subject.begin < 2) return false;
  for (const Mention& x : mentions)
    if (x.coordinated_with == source) return false;
  const Token& t = tokens[subject.begin - 1];
  // ("Moscow recognised the two regions; Tbilisi condemned the decision":
  // a semicolon joins two clauses as ", and" does.)
  return t.text == ";" || internal::IsWord(t, "but") || internal::IsWord(t, "yet") ||
         internal::IsWord(t, "while") ||
         (internal::IsWord(t, "and") && tokens[subject.begin - 2].text == ",");
}

// Words right after a verb of denying that deny the speaker's own part in
// an act: "denied any involvement", "denied responsibility", "denied
// having ordered the strike" (a gerund is read from its tag).
constexpr std::string_view kOwnActDenied[] = {"any",  "involvement", "responsibility",
                                              "role", "complicity",  "culpability"};

// Who last used force (18-20) in the sentence before on `speaker` itself or
// on its bare country ("struck Syrian sites": SYR), not on another party of
// its country ("Gunmen killed Iraqi soldiers. The Islamic State denied
// responsibility": the soldiers are not the group that denies); "" if none.
std::string ForceUserBefore(std::span<const Event> events, uint32_t sentence_index,
                            std::string_view speaker) {
  std::string doer;
  if (speaker.size() < 3) return doer;
  for (const Event& e : events) {
    const std::string_view root = CameoRoot(e.cameo_code);
    if (e.sentence_index + 1 != sentence_index || root < "18" || root > "20" ||
        e.source.code.size() < 3 || e.source.code.starts_with(speaker.substr(0, 3)))
      continue;
    // ("Washington struck Syrian airbases. Damascus denied ...": force on a
    // state's armed forces is force on the state that speaks for them.)
    const bool own_forces = e.target.code.size() == 6 && e.target.code.ends_with("MIL") &&
                            e.target.code.compare(0, 3, speaker, 0, 3) == 0 &&
                            (speaker.size() == 3 || speaker.ends_with("GOV"));
    if (e.target.code == speaker || e.target.code == speaker.substr(0, 3) || own_forces)
      doer = e.source.code;
  }
  return doer;
}

// "Britain and the United States accused Russia of the hack. Moscow denied
// any involvement.": the parties that did, with `doer`, the same act on
// `speaker`'s country in the sentence before (each its own event); the
// denial answers them all.
std::vector<std::string> CoDoersBefore(std::span<const Event> events, uint32_t sentence_index,
                                       const std::string& doer, std::string_view speaker) {
  std::vector<std::string> out;
  if (speaker.size() < 3) return out;
  const Event* done = nullptr;
  for (const Event& e : events)
    if (e.sentence_index + 1 == sentence_index && e.source.code == doer &&
        e.target.code.starts_with(speaker.substr(0, 3)))
      done = &e;
  if (done == nullptr) return out;
  for (const Event& e : events)
    if (e.sentence_index + 1 == sentence_index && &e != done &&
        e.cameo_code == done->cameo_code && e.target.code == done->target.code &&
        e.source.code != doer && e.source.code.size() >= 3 &&
        std::find(out.begin(), out.end(), e.source.code) == out.end())
      out.push_back(e.source.code);
  return out;
}

}  // namespace

bool SaysNoToARequest(std::string_view lemma) {
  static constexpr std::string_view kRefusals[] = {
      "REFUSE", "DECLINE", "REJECT", "REBUFF", "SPURN", "RESIST", "TURN DOWN", "BALK AT",
      "BAULK AT"};
  for (std::string_view r : kRefusals)
    if (lemma == r) return true;
  // A refusal stated with a negated modal says no as "refused to" does:
  // "Ankara was asked to send troops, but said it would not intervene",
  // "will not release the prisoners" (REFUSE_STATED, REFUSE_DEMANDS).
  static constexpr std::string_view kStated[] = {"WILL NOT ", "WOULD NOT ", "WILL NEVER ",
                                                 "WOULD NEVER ", "WO N'T "};
  for (std::string_view r : kStated)
    if (lemma.starts_with(r)) return true;
  return lemma.find("NOT ACCEPT") != std::string_view::npos ||
         lemma.find("NEVER ACCEPT") != std::string_view::npos ||
         lemma.find("N'T ACCEPT") != std::string_view::npos;
}

// An act that answers an earlier one (a resignation, a concession, a
// denial, a threat of retaliation) targets the party that did the earlier
// act, `doer` (a code, found by DoerOfLastActOn and its kin), when there
// is one and it is another party than the source.
void TriggerCoding::TargetTheAnswered(const std::string& doer, const char* who,
                                      const char* why) {
  const CoderOptions& options = in.options;
  SentenceContext& s = in.s;
  std::vector<Mention>& mentions = in.mentions;
  if (doer.empty() || OneParty(doer, mentions[source].code, options.state_actors)) return;
  target = MentionOfParty(doer, who, &mentions);
  s.mentions = mentions;
  why_target = why;
}

// A target found by TargetTheAnswered, an implicit party standing for a
// doer of the sentence before, is joined by the parties that did the same
// act with it (CoDoersBefore), as coordinated targets.
void TriggerCoding::AlsoAnswerCoDoers() {
  std::vector<Mention>& mentions = in.mentions;
  if (target < 0 || source < 0 || !mentions[target].span.empty() ||
      mentions[target].coordinated_with >= 0)
    return;
  int last = target;
  for (const std::string& code : CoDoersBefore(in.events, in.sentence.index,
                                               mentions[target].code, mentions[source].code)) {
    if (OneParty(code, mentions[source].code, in.options.state_actors)) continue;
    const int x = MentionOfParty(code, "who did the same act", &mentions);
    if (x == target || !mentions[x].span.empty() || mentions[x].coordinated_with >= 0) continue;
    mentions[last].coordinated_with = x;
    last = x;
  }
  in.s.mentions = mentions;
}

// The doer of the last act of one of `kinds` on the source (DoerOfLastActOn).
std::string TriggerCoding::LastActOnSource(std::span<const std::string_view> kinds) const {
  return DoerOfLastActOn(state.candidates, in.events, in.mentions, in.sentence.index,
                         m.span.begin, in.mentions[source].code, kinds);
}

void TriggerCoding::FindTargetByAct() {
  const CoderResources& resources = in.resources;
  const Dictionary& dict = in.dict;
  const Sentence& sentence = in.sentence;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  const std::vector<Event>& events = in.events;
  const std::string& act = Act();
  // "Prisoners began a hunger strike led by Marwan Barghouti": the party
  // who leads, organises or calls a protest is on the protesters' side,
  // not whom they protest against; the protest's target is found as if
  // none were named.
  if (target >= 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      LeaderOfTheProtest(tokens, mentions[target].span)) {
    s.Note(fmt::format("{}: '{}' leads the protest, not whom it is against", label,
                       s.Text(mentions[target].span)));
    target = -1;
  }
  // "Tens of thousands marched through the capital, cheering soldiers and
  // calling on the president to quit": a protest's direct object stands
  // after the verb, not past a comma, where a participle clause names whom
  // the crowd cheered or called on (its purpose refines the code).
  // (Nor the object of another participle past the comma, "cheering the
  // troops"; one that tells the protest's aim, "denouncing the
  // president", names its target.)
  if (target >= 0 && source >= 0 && !nominal_reading && internal::AddressesOwnGovernment(act) &&
      ((choice.pattern != nullptr && target == choice.target &&
        TargetIsDirectObject(*choice.pattern)) ||
       ObjectOfAnotherParticiple(tokens, mentions[target].span))) {
    for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
      if (tokens[k].text == ",") {
        s.Note(fmt::format("{}: '{}' is past a comma, not the protest's object", label,
                           s.Text(mentions[target].span)));
        target = -1;
        break;
      }
  }
  // "Thousands of Kurds demonstrated in Kirkuk", "students began a
  // hunger strike": a protest that names no target is directed at the
  // government of the protesters' own country, as CAMEO codes domestic
  // protest.
  // "Up to 100 ethnic Albanians demonstrated in Serbia": an ethnic group
  // protesting in another country is that country's people (CAMEO codes
  // a people by residence), protesting against its government.
  if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      mentions[source].ethnic && mentions[source].code.size() == 3) {
    for (const Mention& x : mentions) {
      if (!x.locative || x.code.size() < 3 || x.span.begin < m.span.end ||
          x.span.begin >= window.end || x.code.compare(0, 3, mentions[source].code) == 0)
        continue;
      internal::SettleAsResidents(&mentions[source], x.code,
                                  "protesting in " + x.code.substr(0, 3));
      s.mentions = mentions;
      break;
    }
  }
  // "ethnic Turks began a hunger strike to protest against Sweden's
  // decision to send them back", "ethnic Albanians have sworn to fight
  // until they gain control of villages near Macedonia's border":
  // protesting against, or threatening or fighting another country, an
  // ethnic group is that country's people too (its minority).
  const auto act_root = CameoRoot(act);
  const bool hostile = internal::AddressesOwnGovernment(act) ||
                       (act_root >= "11" && act_root <= "20" && act_root != "16");
  if (target >= 0 && source >= 0 && hostile && mentions[source].ethnic &&
      mentions[source].code.size() == 3 && mentions[target].code.size() >= 3 &&
      !mentions[target].code.starts_with("IGO") && !mentions[target].code.starts_with("NGO") &&
      mentions[target].code.compare(0, 3, mentions[source].code) != 0) {
    const std::string home = mentions[target].code.substr(0, 3);
    internal::SettleAsResidents(&mentions[source], home, "protesting against " + home);
    s.mentions = mentions;
  }
  // "threw stones during demonstrations against the human rights
  // violations by the Israeli military": a protest with no object of its
  // own is aimed at the party named after "against" later in its clause
  // (past the wrong it protests).
  if (target < 0 && source >= 0 && CameoRoot(act) == "14" && !nominal_reading) {
    for (uint32_t k = m.span.end; k < window.end && target < 0; ++k) {
      if (!internal::IsWord(tokens[k], "against")) continue;
      // Within the phrase after "against": up to a comma, a finite verb
      // or a word opening a new clause ("... against a new law rioted
      // for hours before Trump's visit" names no party of it).
      uint32_t phrase_end = k + 1;
      while (phrase_end < window.end && phrase_end <= k + 10 &&
             tokens[phrase_end].text != "," &&
             !internal::IsFiniteVerbTag(tokens[phrase_end].pos) &&
             !internal::IsWord(tokens[phrase_end], "before") &&
             !internal::IsWord(tokens[phrase_end], "after") &&
             !internal::IsWord(tokens[phrase_end], "as"))
        ++phrase_end;
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.begin <= k || y.span.end > phrase_end || y.locative || y.code.empty() ||
            static_cast<int>(x) == source)
          continue;
        target = static_cast<int>(x);
        why_target = "target: the party the protest is against";
        break;
      }
      break;
    }
  }
  // "Iranian protesters marched in Tehran to demand the release of
  // political prisoners": a party of the protesters' own side (the
  // prisoners they march for) is not whom they protest against.
  if (target >= 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      ProtestsItsOwnGovernment(mentions[source], tokens) && mentions[target].code.size() == 6 &&
      mentions[source].code.size() == 6 &&
      mentions[target].code.compare(3, 3, mentions[source].code, 3, 3) == 0 &&
      (mentions[target].unplaced ||
       mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)) {
    s.Note(fmt::format("{}: '{}' is on the protesters' side, not whom they protest against",
                       label, s.Text(mentions[target].span)));
    target = -1;
  }
  // "The opposition leader's followers marched in dozens of Belarusian towns": the
  // protesters' own country named as a bare country (a demonym before the
  // places they march in) says where they protest, not against whom.
  if (target >= 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      ProtestsItsOwnGovernment(mentions[source], tokens) && mentions[source].code.size() == 6 &&
      !mentions[source].code.starts_with("---") && mentions[target].code.size() == 3 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0) {
    s.Note(fmt::format("{}: '{}' is the protesters' own country, where they protest", label,
                       s.Text(mentions[target].span)));
    target = -1;
  }
  // "Some 300 Kurdish detainees in Turkish prisons started a hunger
  // strike": prisoners held in another state's jails protest against
  // the state that holds them.
  if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      !mentions[source].span.empty()) {
    static constexpr std::string_view kJails[] = {"jail", "jails", "prison", "prisons",
                                                  "custody", "detention"};
    const uint32_t after = mentions[source].span.end;
    for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
      const Mention& jailer = mentions[x];
      if (after >= tokens.size() || !internal::IsWord(tokens[after], "in") ||
          jailer.span.begin != after + 1 || jailer.code.size() < 3 ||
          jailer.span.end >= tokens.size() ||
          jailer.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      if (!internal::InWords(kJails, tokens[jailer.span.end])) continue;
      target = ImplicitMention(jailer.code.substr(0, 3) + "GOV", false, "government",
                               "the state whose jails hold the protesters", &mentions);
      s.mentions = mentions;
      why_target = "target: implicit, the state whose jails hold the protesters";
    }
  }
  if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
      ProtestsItsOwnGovernment(mentions[source], tokens)) {
    // "Thousands marched through the capital demanding new elections": a
    // protest that names no party is aimed at the protesters' own
    // government. (Where it names a seat of state instead, "set fire to
    // the parliament building", EmitCandidates puts the institution the
    // seat houses in its place: coder/protest_seats.h.)
    target = ImplicitMention(mentions[source].code.substr(0, 3) + "GOV", mentions[source].unplaced,
                             "government", "the government of the protesters' country",
                             &mentions);
    s.mentions = mentions;
    why_target = "target: implicit, the government of the protesters' country";
  }
  // "declared martial law, accusing the opposition of ...": no party named
  // past a participle clause is the decree's (coder/decrees.h).
  if (target >= 0 && internal::FallsOnOwnPopulation(act) &&
      internal::ParticipleClauseBetween(tokens, m.span.end, mentions[target].span.begin))
    target = -1;
  // "Iran restricted access to Instagram": administrative restrictions a
  // state imposes with no one named fall on its own population.
  if (target < 0 && source >= 0 && internal::FallsOnOwnPopulation(act) &&
      IsStateActor(mentions[source]) && !nominal_reading &&
      !BareParticiple(tokens, m.span.begin)) {
    target = ImplicitMention(mentions[source].code.substr(0, 3), mentions[source].unplaced,
                             "population", "the state's own population", &mentions);
    s.mentions = mentions;
    why_target = "target: implicit, the state's own population";
  }
  // "Chile's president stepped down after a month of street protests,
  // handing power to the army", "the ruling party shelved the media bill
  // after three nights of rallies outside parliament": a party named past
  // the protest, after the stepping down or the measure given up (0831,
  // 0832), is where the protest was or who took over, not whom the source
  // yields to; the protesters are, as when no party is named. (A crowd
  // named there is theirs: "after protests by farmers".)
  // (A ruling or governing party gives up a measure as the state does:
  // "the governing party withdrew the broadcasting bill after a week of
  // rallies".)
  auto governs = [&](const Mention& x) {
    if (IsStateActor(x)) return true;
    if (!std::string_view(x.code).ends_with("PTY") || x.span.empty()) return false;
    for (uint32_t k = x.span.begin; k < x.span.end && k < tokens.size(); ++k)
      if (internal::IsWord(tokens[k], "ruling") || internal::IsWord(tokens[k], "governing"))
        return true;
    return false;
  };
  if (target >= 0 && source >= 0 && (act.starts_with("0831") || act.starts_with("0832")) &&
      !nominal_reading && target != choice.target &&
      mentions[target].span.begin > m.span.end && governs(mentions[source]) &&
      !mentions[source].unplaced &&
      internal::TellsOfProtestWithin(tokens, m.span.end, mentions[target].span.begin)) {
    static constexpr std::string_view kCrowds[] = {"OPP", "EDU", "LAB", "AGR", "CVL", "REL"};
    bool crowd = false;
    for (std::string_view c : kCrowds) crowd |= std::string_view(mentions[target].code).ends_with(c);
    if (!crowd) {
      s.Note(fmt::format("{}: '{}' is named past the protest; the source yields to the protesters",
                         label, s.Text(mentions[target].span)));
      target = -1;
      why_target.clear();
    }
  }
  // "Mercosur signed the trade pact after Paraguay dropped its veto",
  // "NATO admitted the new member as Ankara lifted its objections": a veto
  // or objection given up (080) with no party named yields to the party of
  // the clause it is joined to, whose step it had blocked. (Not a party of
  // the source's own state.)
  if (target < 0 && source >= 0 && act == "080" && !nominal_reading) {
    static constexpr std::string_view kBlocks[] = {"veto", "vetoes", "objection", "objections"};
    bool block = false;
    for (uint32_t k = m.span.end; k < m.span.end + 3 && k < tokens.size(); ++k)
      block |= internal::InWords(kBlocks, tokens[k]);
    const int other =
        block ? internal::OpposingPartyAcrossClause(tokens, mentions, m.span) : -1;
    if (other >= 0 && other != source &&
        (IsStateActor(mentions[other]) || mentions[other].code.starts_with("IGO")) &&
        !OneParty(mentions[other].code, mentions[source].code, in.options.state_actors)) {
      target = other;
      why_target = "target: the party of the clause whose step the veto had blocked";
    }
  }
  // "Minsk freed fifty jailed activists, and Washington lifted the potash
  // sanctions a day later": sanctions or tariffs eased (085) with no party
  // named are eased on the party of the clause joined to it, whose step
  // they answer: the subject of an "after" or "as" clause, else the last
  // state of another country (a government or a country named alone, not
  // its forces) named before the source in the sentence.
  if (target < 0 && source >= 0 && act.starts_with("085") && !nominal_reading &&
      (IsStateActor(mentions[source]) || mentions[source].code.starts_with("IGO"))) {
    auto state_like = [&](const Mention& y) {
      return !y.locative && !y.span.empty() &&
             (y.code.size() == 3 || (y.code.size() == 6 && y.code.ends_with("GOV"))) &&
             !y.code.starts_with("IGO") &&
             !OneParty(y.code, mentions[source].code, in.options.state_actors);
    };
    int other = internal::OpposingPartyAcrossClause(tokens, mentions, m.span);
    if (other >= 0 && !state_like(mentions[other])) other = -1;
    int last_before = -1;
    // (Else the last one named before the source.)
    for (int x = 0; other < 0 && x < static_cast<int>(mentions.size()) &&
                    mentions[x].span.end <= mentions[source].span.begin;
         ++x)
      if (x != source && state_like(mentions[x])) last_before = x;
    if (other < 0) other = last_before;
    if (other >= 0 && other != source &&
        !OneParty(mentions[other].code, mentions[source].code, in.options.state_actors)) {
      target = other;
      why_target = "target: the party of the joined clause whose step the eased sanctions answer";
    }
  }
  // "Lima's president withdrew the pension bill after a week of street
  // protests", "the farm laws that set off months of protests by growers
  // were repealed": a measure a state gives up (0832) with no party named
  // yields to those who protested against it, the protesters the sentence
  // names or else the state's own opposition. (With no protest told, it
  // yields to no one named: no event.)
  if (target < 0 && source >= 0 && act.starts_with("0832") && !nominal_reading &&
      governs(mentions[source]) && !mentions[source].unplaced &&
      internal::TellsOfProtest(tokens)) {
    const int named = internal::NamedProtesters(tokens, mentions);
    if (named >= 0 && named != source) {
      target = named;
      why_target = "target: the protesters named after 'protests by'";
    } else {
      target = ImplicitMention(mentions[source].code.substr(0, 3) +
                                   std::string(internal::ProtestingCrowdAgent(tokens)),
                               false, "opposition", "the protesters the measure yields to",
                               &mentions);
      s.mentions = mentions;
      why_target = "target: implicit, the protesters the measure yields to";
    }
  }
  // "Israeli police arrested dozens of Arab citizens", "More than 5,000
  // people were detained by Russian police", "a Chinese court jailed the
  // human rights lawyer Wang Quanzhang": people a state's government,
  // police or courts arrest, detain or charge, named by a role with no
  // country of its own (citizens, journalists, judges, editors), are
  // within its jurisdiction: its own (a population is the country).
  // So are the people and firms their police, prosecutors or courts
  // investigate (09): "Brazilian prosecutors began investigating the
  // mining company Vale" (BRAJUD 091 BRABUS).
  // A state named by its country alone holds people the same way, and so
  // does one that bans or represses them (172, 175) or puts them to death:
  // "Egypt jailed a well-known blogger" (EGYGOV 173 EGYMED), "Tehran
  // executed a Sunni preacher" (IRNGOV 1823 IRNREL); a man or woman with
  // no role noun is the bare country ("hanged a young man": IRN).
  const bool investigates =
      source >= 0 && CameoRoot(act) == "09" && mentions[source].code.size() == 6 &&
      (mentions[source].code.ends_with("COP") || mentions[source].code.ends_with("JUD"));
  const bool executes = CameoRoot(act) == "18" && IsLemmaOfExecution(dict.verb_form(m.id).lemma);
  const bool coerces = act.starts_with("172") || act.starts_with("173") ||
                       act.starts_with("175") || executes;
  // "Riyadh executed a Shia preacher, and crowds in Tehran burned its
  // embassy": the one put to death is the role right after the verb, not a
  // party named further on (an "Iranian preacher" or a "British man" is
  // the mention itself and starts no later than the role).
  if (executes && target >= 0 && !nominal_reading && !group.passive &&
      mentions[target].span.begin > m.span.end) {
    const bool role_before_target =
        std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& a) {
          return a.kind == PhraseMatch::Kind::kAgent && a.span.begin >= m.span.end &&
                 a.span.begin <= m.span.end + 6 && mentions[target].span.begin > a.span.begin;
        });
    if (role_before_target &&
        HeldRole(dict, tokens, matches, m.span, false, window, mentions) != nullptr) {
      target = -1;
      why_target.clear();
    }
  }
  // (A country alone only as the verb's own subject, with no other verb
  // between: in "how can we accuse states such as Ruritania of abuses when
  // we lock up people" Ruritania holds no one; nor one coordinated with a
  // place, as in "police in Izmir and Ankara detained dozens".)
  const auto subject_of_verb = [&](const Mention& x) {
    if (x.span.end > m.span.begin) return false;
    if (x.span.begin > 0 && (internal::IsWord(tokens[x.span.begin - 1], "and") ||
                             internal::IsWord(tokens[x.span.begin - 1], "or") ||
                             tokens[x.span.begin - 1].pos == kPosIN))
      return false;
    for (uint32_t k = x.span.end; k < m.span.begin; ++k)
      if (IsVerbTag(tokens[k].pos) && !internal::IsWord(tokens[k], "has") &&
          !internal::IsWord(tokens[k], "have") && !internal::IsWord(tokens[k], "had"))
        return false;
    return true;
  };
  const bool country_alone = source >= 0 && mentions[source].code.size() == 3 &&
                             mentions[source].role == nullptr && !mentions[source].person &&
                             subject_of_verb(mentions[source]);
  if (target < 0 && source >= 0 && (coerces || investigates) &&
      !nominal_reading && !BareParticiple(tokens, m.span.begin) &&
      IsStateActor(mentions[source]) &&
      (mentions[source].code.size() == 6 || (country_alone && !investigates)) &&
      !mentions[source].code.ends_with("MIL")) {
    if (const AgentEntry* held = HeldRole(dict, tokens, matches, m.span, group.passive, window,
                                          mentions);
        held != nullptr) {
      std::string code = mentions[source].code.substr(0, 3);
      if (held->code != "CVL" && held->code != "REF") code += held->code;
      target = ImplicitMention(code, mentions[source].unplaced, held->name,
                               "people the state holds, of its own jurisdiction", &mentions);
      s.mentions = mentions;
      why_target = "target: the role held, within the state's own jurisdiction";
    } else if (executes && !group.passive &&
               internal::NamesAManOrWoman(tokens, m.span.end)) {
      target = ImplicitMention(mentions[source].code.substr(0, 3), mentions[source].unplaced,
                               "PERSON", "a person the state put to death", &mentions);
      s.mentions = mentions;
      why_target = "target: a person put to death, of the state's own people";
    }
  }
  // "Armed bandits killed some 60 villagers in a dawn attack on
  // a hamlet in Zamfara state in Nigeria": violence on people
  // named by a role with no country (civilians, villagers, worshippers)
  // falls on the people of the place where it happens; with no place
  // named, there is no event.
  // So are people taken hostage or abducted ("gunmen took dozens of
  // villagers hostage in Borno" NGACVL).
  if (target < 0 && source >= 0 && !nominal_reading &&
      (IsKillingOrWounding(dict.verb_form(m.id)) || act.starts_with("181")) &&
      !tokens[m.span.begin].text.ends_with("ing")) {
    const auto root = CameoRoot(act);
    if (root == "18" || root == "19" || root == "20") {
      // The place must be named in the verb's own clause ("killed 23
      // people ... when they blew themselves up in Tel Aviv" names none).
      std::optional<Location> place;
      if (resources.gazetteer != nullptr)
        place = FirstPlaceBetween(s, *resources.gazetteer, m.span.end, window.end);
      if (place && place->country.empty()) place.reset();
      // "Shabaab fighters overran the town of El Wak in southern
      // Somalia. They went on to execute dozens of elders": with
      // none, where the last event of the sentence before happened, when
      // it is in the source's own country, is where it hit that
      // country's people. (A place named earlier in the sentence is too
      // often another clause's: "A gas explosion in a coal mine in China
      // killed 56 people, the government said".)
      if (!place && !events.empty() && events.back().sentence_index + 1 == sentence.index &&
          events.back().location && mentions[source].code.size() >= 3 &&
          events.back().location->country == mentions[source].code.substr(0, 3))
        place = events.back().location;
      // "Government troops killed more than 300 civilians over three days
      // of fighting": with no place anywhere in the sentence, a party of
      // one country in a sentence that names no other country kills that
      // country's people. (A sentence naming another country, "Russian
      // troops who occupied Bucha near Kyiv killed hundreds of civilians",
      // or a story last placed abroad, leaves the event out.)
      bool own_country = false;
      if (!place && resources.gazetteer != nullptr) {
        place = OwnCountryOfViolence(s, *resources.gazetteer, mentions, source, events);
        own_country = place.has_value();
        // "Syrian government forces and allied fighters killed ...": a role
        // with no country joined by "and" (and an adjective or two) to a
        // party named right before it fights on that party's side, which
        // leads the compound and is the source.
        const Mention& role = mentions[source];
        for (size_t k = 0; own_country && role.unplaced && k < mentions.size(); ++k) {
          const Mention& y = mentions[k];
          if (y.unplaced || y.locative || y.code.size() < 6 || y.span.end + 1 > role.span.begin ||
              y.span.end + 4 < role.span.begin || !internal::IsWord(tokens[y.span.end], "and"))
            continue;
          bool adjectives = true;
          for (uint32_t q = y.span.end + 1; q < role.span.begin; ++q)
            adjectives &= !tokens[q].Has(kTokenCapitalized) &&
                          (tokens[q].pos == kPosJJ || tokens[q].pos == kPosVBN);
          if (adjectives) {
            source = static_cast<int>(k);
            break;
          }
        }
      }
      if (const AgentEntry* hit =
              place ? HeldRole(dict, tokens, matches, m.span, group.passive, window) : nullptr;
          hit != nullptr && IsPeopleHit(*hit)) {
        target = ImplicitMention(PeopleHitCode(*hit, place->country), false, hit->name,
                                 "people hit, of the place where it happens", &mentions);
        s.mentions = mentions;
        why_target = own_country
                         ? "target: the people hit, of the one country the sentence names"
                         : "target: the people hit, of the place where it happens";
      }
    }
  }
  // "Manila put its navy on high alert, saying Chinese ships had entered
  // its waters", "Beijing massed warships in the strait, and Taipei put its
  // forces on alert": a raised alert that names no one is aimed at the
  // foreign party the sentence names, after the alert (the threat it cites)
  // or else before it (the party it answers). coder_assemble.cc codes it
  // with the bare country.
  if (act.starts_with("152") && target < 0 && source >= 0 && !nominal_reading &&
      mentions[source].code.size() >= 3 && !mentions[source].code.starts_with("---")) {
    const auto foreign = [&](const Mention& x) {
      return &x != &mentions[source] && x.code.size() >= 3 && !x.code.starts_with("---") &&
             !x.span.empty() && x.code.compare(0, 3, mentions[source].code, 0, 3) != 0 &&
             tokens[x.span.begin].pos != kPosPRP;  // (a pronoun may stand for the source)
    };
    int after = -1, before = -1;
    for (size_t x = 0; x < mentions.size(); ++x) {
      if (!foreign(mentions[x])) continue;
      if (mentions[x].span.begin >= m.span.end && after < 0) after = static_cast<int>(x);
      if (mentions[x].span.end <= m.span.begin) before = static_cast<int>(x);
    }
    if (after >= 0 || before >= 0) {
      target = after >= 0 ? after : before;
      why_target = "target: the foreign party the sentence names, whom the alert is against";
    }
  }
  // "The Peruvian government deployed the army in Lima as the protests
  // spread", "Accra sent 2,000 soldiers into the streets after a night of
  // looting": troops a state deploys at home against unrest are a show of
  // force aimed at the crowd (OPP of its country), not at the place they go
  // to or at the troops themselves. The crowd the sentence names, if any,
  // else an implicit one. (Troops sent abroad keep their destination.)
  if (act.starts_with("154") && source >= 0 && !nominal_reading &&
      mentions[source].code.size() >= 3 && !mentions[source].code.starts_with("---") &&
      (IsStateActor(mentions[source]) ||
       std::string_view(mentions[source].code).ends_with("ELI"))) {
    const std::string country = mentions[source].code.substr(0, 3);
    const auto own_or_unplaced = [&](const Mention& x) {
      return x.unplaced || x.code.starts_with("---") || x.code.compare(0, 3, country) == 0;
    };
    bool at_home = target < 0;
    if (target >= 0 && own_or_unplaced(mentions[target])) {
      const std::string_view sector = std::string_view(mentions[target].code).substr(
          std::min<size_t>(3, mentions[target].code.size()));
      at_home = sector.empty() || sector == "MIL" || sector == "COP";
    }
    static constexpr std::string_view kDisorder[] = {"looting", "looters", "mobs"};
    bool unrest = internal::TellsOfProtest(tokens);
    for (const Token& t : tokens) unrest |= internal::InWords(kDisorder, t);
    if (at_home && unrest) {
      int crowd = -1;
      for (size_t x = 0; x < mentions.size() && crowd < 0; ++x) {
        const Mention& y = mentions[x];
        if (static_cast<int>(x) == source || y.locative || y.code.size() != 6 ||
            !own_or_unplaced(y))
          continue;
        const std::string_view sector = std::string_view(y.code).substr(3);
        if (sector == "OPP" || sector == "EDU" || sector == "LAB") crowd = static_cast<int>(x);
      }
      if (crowd >= 0) {
        target = crowd;
        why_target = "target: the crowd of the unrest troops are deployed against at home";
      } else {
        target = ImplicitMention(country + std::string(internal::ProtestingCrowdAgent(tokens)),
                                 mentions[source].unplaced, "crowd",
                                 "the crowd of the unrest troops are deployed against", &mentions);
        s.mentions = mentions;
        why_target = "target: implicit, the crowd of the unrest troops are deployed against";
      }
    }
  }
  // "He ordered British troops into the streets of Belfast to protect
  // civilians": with no unrest told, the troops a party of their own
  // country deploys are what it deploys, not whom the show of force is
  // aimed at; the posture names no target.
  if (act.starts_with("154") && source >= 0 && target >= 0 && target != source &&
      mentions[source].code.size() >= 3 && mentions[target].code.size() == 6 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0 &&
      (mentions[target].code.ends_with("MIL") || mentions[target].code.ends_with("COP"))) {
    s.Note(fmt::format("{}: '{}' are the forces deployed, not whom the posture is aimed at",
                       label, s.Text(mentions[target].span)));
    target = -1;
  }
}

bool TriggerCoding::FindTargetAnsweredOrThreatened() {
  const Dictionary& dict = in.dict;
  const Sentence& sentence = in.sentence;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  const std::vector<Event>& events = in.events;
  std::vector<Candidate>& candidates = state.candidates;
  const std::string& act = Act();
  // "Bouteflika resigned as Algeria's president after weeks of
  // protests", "Pashinyan refused to resign": a leader stepping down from
  // the office named, or refusing to step down, answers the demand of
  // the country's opposition when no one else is named. ("he should
  // resign", "his intention to stand down" name no office and code
  // nothing.)
  // "Bolivia's army chief urged the president to resign. Hours later he
  // announced his resignation": stepping down answers the call for it
  // (0241, 1041) made of the same leader just before; whoever made it is
  // the target.
  if (target < 0 && source >= 0 && act.starts_with("0831")) {
    static constexpr std::string_view kCalls[] = {"0241", "1041"};
    TargetTheAnswered(LastActOnSource(kCalls), "who called for the resignation",
                      "target: who called for the resignation");
  }
  // "Protesters set fire to part of the parliament. The next day the
  // president withdrew the tax bill": a state that gives way on a policy
  // (0832) with no one named yields to those who last protested against
  // it (14), in its sentence or the one before.
  if (target < 0 && source >= 0 && act.starts_with("0832") && IsStateActor(mentions[source])) {
    static constexpr std::string_view kProtest[] = {"14"};
    TargetTheAnswered(LastActOnSource(kProtest), "who protested against the policy",
                      "target: who last protested against the state that gives way");
  }
  // "Fiji's prime minister asked Canberra for help after the riots, and
  // Australia said it would send police": aid given or promised (07, 033)
  // with no recipient named answers the last appeal for aid (023) made to
  // the giver, in this sentence or the one before; whoever asked gets it.
  if (target < 0 && source >= 0 && (CameoRoot(act) == "07" || act.starts_with("033"))) {
    static constexpr std::string_view kAppealsForAid[] = {"023"};
    TargetTheAnswered(LastActOnSource(kAppealsForAid), "who asked for the aid",
                      "target: who asked the source for the aid");
  }
  // "A cyclone flattened towns in southern Mozambique, and Lisbon sent a
  // team of rescuers to the stricken coast": the rescuers a state sends
  // (a role with no country, NGO) are its aid, not whom it aids; humanitarian
  // aid (073) with no recipient named goes to the country last named as a
  // place or a bare country before it in the sentence, when it is another
  // than the giver's. (Only aid a verb sends: in "the panel said US food
  // aid should stress incentives for African farmers" the noun names no
  // delivery.)
  if (source >= 0 && !nominal_reading && act.starts_with("073") &&
      IsStateActor(mentions[source]) &&
      !mentions[source].code.starts_with("---")) {
    if (target >= 0 && mentions[target].code == "NGO" && mentions[target].role != nullptr &&
        mentions[target].span.begin >= m.span.end) {
      s.Note(fmt::format("{}: '{}' are the aid sent, not its recipient", label,
                         s.Text(mentions[target].span)));
      target = -1;
    }
    // (Not a giver coordinated with the source: "after the floods, Chile
    // and Peru sent teams of rescuers".)
    auto co_giver = [&](int x) {
      for (int a : {x, source}) {
        const int b = a == x ? source : x;
        for (int k = mentions[a].coordinated_with, n = 0; k >= 0 && n < 8;
             k = mentions[k].coordinated_with, ++n)
          if (k == b) return true;
      }
      return false;
    };
    for (int x = static_cast<int>(mentions.size()) - 1; target < 0 && x >= 0; --x) {
      const Mention& y = mentions[x];
      if (x == source || co_giver(x)) continue;
      if (y.span.empty() || y.span.end > m.span.begin || y.code.size() < 3 ||
          !(y.locative || y.code.size() == 3) || y.code.starts_with("---") ||
          y.code.starts_with("IGO") || y.code.starts_with("NGO") ||
          y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      // (Not a party whose clause the aid's clause is subordinate to:
      // "Jakarta recalled its envoy after Canberra granted protection
      // visas to asylum seekers" sends Jakarta no aid.)
      if (std::any_of(tokens.begin() + y.span.end, tokens.begin() + m.span.begin,
                      [](const Token& t) {
                        return internal::InWords(internal::clause_words::kSubordinators, t);
                      }))
        continue;
      target = x;
      why_target = "target: the country last named before the aid, where it goes";
    }
  }
  if (target < 0 && source >= 0 &&
      ((act.starts_with("0831") && left_office) || act.starts_with("1231")) &&
      IsStateActor(mentions[source])) {
    // (Students when the protest was theirs: "resigned after weeks of
    // student-led protests".)
    target = ImplicitMention(mentions[source].code.substr(0, 3) +
                                 std::string(internal::ProtestingCrowdAgent(tokens)),
                             mentions[source].unplaced, "opposition",
                             "the opposition that demands the change", &mentions);
    s.mentions = mentions;
    why_target = "target: implicit, the opposition demanding the change of leadership";
  }
  // "The parliament rebuffed Washington's request for bases", "NATO
  // rejected Kyiv's appeal for fighter jets": an appeal with its owner
  // before it (see KeepAssertedAct), turned down by a rejection (12) just
  // before, was addressed to whoever turned it down. (Not a court's: "the court rejected his appeal
  // against the verdict" is a legal appeal, no plea to a party.)
  // The same for an owned offer of talks turned down: "the strikers
  // rejected the minister's offer of talks" (036 to the strikers).
  if (target < 0 && source >= 0 && nominal_reading &&
      (CameoRoot(act) == "02" || act.starts_with("036")) && MakerNamedWithNoun()) {
    for (auto c = state.candidates.rbegin(); c != state.candidates.rend(); ++c) {
      if (c->trigger.begin >= m.span.begin) continue;
      if (CameoRoot(c->code) == "12" && c->source >= 0 && m.span.begin <= c->trigger.end + 8 &&
          !std::string_view(mentions[c->source].code).ends_with("JUD") &&
          !OneParty(mentions[c->source].code, mentions[source].code, in.options.state_actors)) {
        target = c->source;
        why_target = "target: who turned the appeal down";
      }
      break;
    }
  }
  // "Soldiers seized the prime minister at his residence, and the African
  // Union demanded his immediate release": a call for a detainee's release
  // (0253) is addressed to whoever holds the detainee, the party that
  // seized, arrested or abducted that very party (173, 1711, 181) earlier
  // in this sentence or in the one before, not to the detainee.
  // (A demand for it, 1053, too: "Seoul demanded the immediate release of
  // the fishermen".)
  if (target >= 0 && source >= 0 && (act.starts_with("0253") || act.starts_with("1053"))) {
    const std::string captor = ReleaseAskedOf(CaptorOf(
        state.candidates, events, mentions, sentence.index, m.span.begin, mentions[target].code));
    TargetTheAnswered(captor, "who holds the detainee",
                      "target: who holds the party whose release is called for");
  }
  // "Thousands marched on the presidential palace, and riot police fired
  // tear gas to disperse them", "Students occupied the campus. Police broke
  // them up with water cannon": repression (175) that names no one is used
  // on the protesters of the last protest, in this sentence or the one
  // before. (Police with no country of their own are then theirs.)
  // (An object pronoun that coreference left open stands for them only
  // when they protested in this sentence: in "Students protested in Lima.
  // Troops mistook police for students and beat them" another group is
  // named before it.)
  static constexpr std::string_view kObjectPronouns[] = {"them", "him", "her", "it"};
  if (target < 0 && source >= 0 && act.starts_with("175")) {
    int protesters = -1;
    std::string crowd = LastProtesters(candidates, events, mentions, sentence.index,
                                       m.span.begin, &protesters);
    if (protesters < 0 && m.span.end < tokens.size() &&
        internal::InWords(kObjectPronouns, tokens[m.span.end]))
      crowd.clear();
    // (A crowd of this sentence may still wait for its country, which its
    // protest's place gives it.)
    if (!crowd.empty() && (protesters >= 0 || !crowd.starts_with("---")) &&
        protesters != source && crowd.compare(3, 3, mentions[source].code, 3, 3) != 0) {
      target = protesters >= 0 ? protesters : MentionOfParty(crowd, "the protesters", &mentions);
      s.mentions = mentions;
      why_target = "target: the protesters of the last protest";
    }
  }
  // "Syrian guns shelled a Turkish border village, and Ankara put its
  // troops on high alert", "Chinese warships began drills off the
  // island, and Taipei scrambled jets in response": a show of force, an alert
  // or a mobilisation (15) that names no party answers whoever last
  // threatened, showed force at or attacked the source's country (13,
  // 15, 17-20), in its sentence or the one before. States answer states:
  // the target is the doer's country. (Not a party of the source's own
  // country: "rebels raided a town, and the army deployed troops" is left
  // to the words that name the rebels. Nor a source of no country yet,
  // "the military was put on alert", whose side is only guessed later.)
  if (target < 0 && source >= 0 && !mentions[source].code.starts_with("---") &&
      CameoRoot(act) == "15") {
    static constexpr std::string_view kForce[] = {"13", "15", "17", "18", "19", "20"};
    const std::string doer = LastActOnSource(kForce);
    if (doer.size() >= 3 && !doer.starts_with("---") && mentions[source].code.size() >= 3 &&
        doer.compare(0, 3, mentions[source].code, 0, 3) != 0)
      TargetTheAnswered(doer.substr(0, 3), "whose force the show of force answers",
                        "target: the country whose force or threat the posture answers");
  }
  // "Rebel gunmen shot at a border post near the river, and Indian soldiers
  // returned fire", "Militiamen fired on a Malian patrol. The soldiers
  // shot back with mortars.": fire returned names no one, yet answers whoever last used force (18-20) on
  // the source's country, in its sentence or the one before. The exchange
  // is coded both ways, each side as named (armed forces stay forces).
  // (Not a party of the source's own country: the words must name it.)
  if (target < 0 && source >= 0 && !mentions[source].code.starts_with("---") &&
      CameoRoot(act) == "19" && internal::ReturnsFire(tokens, m.span)) {
    static constexpr std::string_view kForce[] = {"18", "19", "20"};
    const std::string doer = LastActOnSource(kForce);
    if (doer.size() >= 3 && mentions[source].code.size() >= 3 &&
        doer.compare(0, 3, mentions[source].code, 0, 3) != 0)
      TargetTheAnswered(doer, "whose fire is returned",
                        "target: whoever last used force on the source's country (fire "
                        "returned)");
  }
  // "Belgrade expelled the Croatian ambassador, and Zagreb recalled its
  // own envoy", "Armenian shells hit an Azerbaijani village, and Baku
  // recalled its ambassador": a recall or a cut in ties (161) that names
  // no country answers whoever last acted against the source's country
  // (11-13, 15-20; not a crowd's protest, 14) in its sentence or the one
  // before. Ties are cut with a state: forces answer as their government.
  if (target < 0 && source >= 0 && act.starts_with("161") &&
      !mentions[source].code.starts_with("---")) {
    static constexpr std::string_view kHostile[] = {"11", "12", "13", "15", "16",
                                                    "17", "18", "19", "20"};
    std::string doer = LastActOnSource(kHostile);
    if (doer.size() == 6 && (doer.ends_with("MIL") || doer.ends_with("COP")))
      doer = doer.substr(0, 3) + "GOV";
    if (doer.size() >= 3 && !doer.starts_with("---") && mentions[source].code.size() >= 3 &&
        doer.compare(0, 3, mentions[source].code, 0, 3) != 0)
      TargetTheAnswered(doer, "whose act the recall answers",
                        "target: the state whose act against the source the recall answers");
  }
  // "Berlin agreed to send howitzers to Kyiv, and Washington said it would
  // supply 40 tanks", "Tokyo flew tents into Manila, while Seoul sent
  // medicines": aid or a promise of it (033, 07) that names no recipient,
  // in a clause after aid to a party by another giver, goes to the same
  // recipient. (Not to the giver's own country: "Rome sent doctors to
  // Albania, and Tirana supplied beds" names no gift to Albania.)
  if (target < 0 && source >= 0 && (act.starts_with("033") || CameoRoot(act) == "07") &&
      !mentions[source].code.starts_with("---")) {
    const std::string& giver = mentions[source].code;
    auto other_givers_aid = [&](std::string_view code, const std::string& source_code) {
      return (code.starts_with("033") || CameoRoot(code) == "07") &&
             !OneParty(source_code, giver, in.options.state_actors);
    };
    const ReferredAct aid =
        LastCandidateActBefore(candidates, mentions, mentions[source].span.begin, other_givers_aid);
    if (aid.found && aid.target_code.size() >= 3 && giver.size() >= 3 &&
        aid.target_code.compare(0, 3, giver, 0, 3) != 0) {
      target = aid.target >= 0 ? aid.target
                               : MentionOfParty(aid.target_code, "who receives the aid", &mentions);
      s.mentions = mentions;
      why_target = fmt::format("target: who receives the aid reported before ({} {} {})",
                               aid.source_code, aid.code, aid.target_code);
    }
  }
  // "Yerevan's foreign ministry accused Baku of staging the incident,
  // which Azerbaijan denied": a denial (016) that names no party answers the
  // accusation made of its speaker just before; the accuser is its
  // target.
  if (target < 0 && source >= 0 && act.starts_with("016")) {
    TargetTheAnswered(AccuserOf(candidates, events, mentions, sentence.index, m.span.begin,
                                mentions[source].code),
                      "who made the accusation denied",
                      "target: who made the accusation it denies");
    AlsoAnswerCoDoers();
  }
  // "Ottawa expelled an Indian diplomat over the killing; New Delhi
  // rejected the allegations": with no accusation coded, a denial answers
  // the party that last took a hostile step against the speaker (11-17).
  if (target < 0 && source >= 0 && act.starts_with("016")) {
    static constexpr std::string_view kHostile[] = {"11", "12", "13", "14", "15", "16", "17"};
    TargetTheAnswered(LastActOnSource(kHostile), "who acted against the speaker",
                      "target: who last acted against the party that denies");
  }
  // "Washington struck Syrian airbases over the gas attack. Damascus denied
  // using chemical weapons": force used on the speaker (18-20) is answered
  // too, when the speaker denies an act of its own, the grounds given for
  // the force ("denied firing", "denied any role"); not a denial of what
  // the force did ("denied that the raid caused casualties").
  // (The word after the verb may be the trigger's own: "denied firing".)
  if (target < 0 && source >= 0 && act.starts_with("016") && m.span.begin + 1 < tokens.size() &&
      (tokens[m.span.begin + 1].pos == kPosVBG ||
       internal::InWords(kOwnActDenied, tokens[m.span.begin + 1]))) {
    TargetTheAnswered(ForceUserBefore(in.events, in.sentence.index, mentions[source].code),
                      "who used force against the speaker",
                      "target: who used force against the party that denies its grounds");
    AlsoAnswerCoDoers();
  }
  // "Bolivian officials said the fire was set by Chilean agents, an
  // allegation Santiago dismissed as absurd", "the inquiry concluded that
  // the army fired first, a conclusion Rabat rejected": a denial of an
  // allegation named in apposition to the clause that reports it, with no
  // accusation coded, answers whoever made it: the subject of that
  // clause's first verb (the speaker), not a party inside what it alleges.
  if (target < 0 && source >= 0 && act.starts_with("016") && !nominal_reading) {
    const int word = internal::ReferredActOf(
        tokens, m.span, mentions[source].span, names_an_act,
        [&](uint32_t k) { return IsEventNoun(k) || internal::IsAllegationWord(tokens[k]); });
    if (word >= 2 && internal::IsAllegationWord(tokens[word]) &&
        tokens[word - 2].text == "," && internal::IsDeterminer(tokens[word - 1])) {
      const uint32_t verb = internal::FirstFiniteVerbBefore(tokens, static_cast<uint32_t>(word));
      int speaker = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (!mentions[x].span.empty() && mentions[x].span.end <= verb &&
            !mentions[x].code.empty() && !mentions[x].locative)
          speaker = static_cast<int>(x);
      // "Speaking from Gabon, the exiled leader accused Paris of ..., a
      // charge France denied": a party before a comma, with other words
      // right before the verb, stands in a fronted phrase, and the
      // verb's subject is one the dictionaries do not know; no speaker.
      // ("Lavrov's spokeswoman, Maria Zakharova, said ...": the comma
      // closing an apposition is right before the verb.)
      if (speaker >= 0 && verb >= 1 && tokens[verb - 1].text != ",")
        for (uint32_t j = mentions[speaker].span.end; j + 1 < verb; ++j)
          if (tokens[j].text == ",") {
            speaker = -1;
            break;
          }
      if (verb < static_cast<uint32_t>(word) && speaker >= 0 &&
          !OneParty(mentions[speaker].code, mentions[source].code, in.options.state_actors)) {
        target = CoordinationHead(mentions, speaker);
        why_target = fmt::format("target: who made the {} it denies (the subject of the clause "
                                 "the apposition is on)",
                                 tokens[word].text);
      }
    }
  }
  // "Ukrainian officials said Russian drones had hit the dam. Moscow denied
  // any involvement", "..., a charity in Gaza said. The Israeli army
  // dismissed the account": a denial that names no party and answers no
  // accusation, hostile act or apposition above answers whoever reported
  // what the speaker's country did, in its sentence (before the speaker)
  // or in the one before (coder/reports.h).
  if (target < 0 && source >= 0 && act.starts_with("016") && !nominal_reading)
    TargetTheAnswered(ReporterOf(in.reports, sentence.index,
                                 std::min(m.span.begin, mentions[source].span.begin),
                                 mentions[source].code),
                      "who reported what is denied",
                      "target: who reported the act of the party that denies");
  // "Netanyahu warned that Israel would act if Iran reached the red line":
  // a warning that tells what the speaker's side would do if another party
  // acts threatens that party (130 for a bare "warned that"), not the
  // speaker's own state named in the report (coder/threats.h). So is a
  // penalty the other party would undergo ("Kyiv warned that Russian ships
  // would be targeted unless Moscow lifted the blockade" UKRGOV 130
  // RUSGOV), even where the gloomy reading (012) found a party of its own;
  // "warned that Greece would be hit hard if it left the euro" stays a
  // forecast.
  const bool own_or_none =
      source >= 0 &&
      (target < 0 || mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0);
  if (source >= 0 && !nominal_reading && (act == "012" || CameoRoot(act) == "13") &&
      internal::IsWarningVerb(dict.verb_form(m.id).lemma) && (own_or_none || act == "012")) {
    const int cond =
        own_or_none ? std::max(internal::ConditionAfterConsequence(tokens, m.span.end, 24),
                               internal::ConditionAfterPenalty(tokens, m.span.end, 24))
                    : internal::ConditionAfterPenalty(tokens, m.span.end, 24);
    if (cond >= 0) {
      if (const int bearer = ConditionSubject(tokens, mentions, static_cast<uint32_t>(cond),
                                              mentions[source].code, 1);
          bearer >= 0) {
        if (act == "012") choice.code.primary = "130";
        target = bearer;
        why_target = "target: the subject of the warning's condition ('if', 'unless')";
      }
    }
  }
  // "Caracas warned that any incursion by Colombian troops would be treated
  // as a declaration of war": a warning that another party's act would be
  // taken as war threatens force (138), whoever the warning names; not a
  // gloomy forecast (012) nor an unspecified threat (130).
  if (source >= 0 && !nominal_reading && (act == "012" || act == "130") &&
      internal::IsWarningVerb(dict.verb_form(m.id).lemma) &&
      internal::ActCountsAsWarAfter(tokens, m.span.end, 30)) {
    label += " -> 138 (an act the warning says would count as war)";
    choice.code.primary = "138";
  }
  // "threatened to hold a general strike unless Israel rescinded the
  // annexation", "warned of sanctions if Belgrade did not withdraw": a
  // threat with no object of its own is aimed at whoever must meet its
  // condition, the subject of the "unless" or "if" clause after it.
  if (target < 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading) {
    target = ConditionSubject(tokens, mentions, m.span.end, mentions[source].code);
    if (target >= 0)
      why_target = "target: the subject of the threat's condition ('unless', 'if')";
  }
  // "Tokyo struck Seoul off its list of trusted partners, and Yoon warned
  // that Seoul would take countermeasures": the speaker's own side, named
  // as the subject of the clause it announces, is who will act, not whom
  // the threat is aimed at. (So with no "that": "Obama said Washington
  // would respond".)
  if (target >= 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading &&
      !mentions[target].span.empty() && mentions[target].span.begin > 0 &&
      (internal::IsWord(tokens[mentions[target].span.begin - 1], "that") ||
       mentions[target].span.begin == m.span.end ||
       (mentions[target].span.begin == m.span.end + 1 &&
        internal::IsWord(tokens[m.span.end], "the"))) &&
      mentions[target].code.size() >= 3 && mentions[source].code.size() >= 3 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0 &&
      internal::RetaliationAfter(tokens, m.span, window.end) != internal::Retaliation::kNone) {
    s.Note(fmt::format("{}: '{}' is the speaker's own side that will act, not the target", label,
                       s.Text(mentions[target].span)));
    target = -1;
  }
  // "Indian jets bombed a camp in Pakistan, and Islamabad vowed to
  // respond", "the army vowed to hunt down those responsible": a threat
  // of retaliation with no party of its own answers whoever acted on its
  // speaker just before (see AnsweredBy).
  if (target < 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading) {
    if (const auto kind = internal::RetaliationAfter(tokens, m.span, window.end);
        kind != internal::Retaliation::kNone) {
      TargetTheAnswered(AnsweredBy(candidates, events, mentions, sentence.index, m.span.begin,
                                   mentions[source].code, kind),
                        "whom the retaliation answers",
                        "target: whom the threat of retaliation answers (who acted on the "
                        "speaker, or whom the speaker accused or pressed, just before)");
      // "Ottawa vowed to retaliate after Washington slapped duties on
      // Canadian steel": with no such act before it, the act answered is
      // told after the threat, in an "after" clause; its subject is whom the
      // threat answers (an armed force as its state, as AnsweredBy).
      int later = -1;
      if (target < 0)
        later = internal::DoerOfActAnsweredAfter(tokens, mentions, m.span.end);
      if (later >= 0) {
        std::string doer = mentions[later].code;
        if (doer.size() == 6 && doer.ends_with("MIL") && !doer.starts_with("---"))
          doer = doer.substr(0, 3) + "GOV";
        if (doer.size() >= 3 && mentions[source].code.size() >= 3 &&
            doer.compare(0, 3, mentions[source].code, 0, 3) != 0)
          TargetTheAnswered(doer, "whom the retaliation answers",
                            "target: whom the threat of retaliation answers (the subject of "
                            "the 'after' clause that tells the act answered)");
      }
    }
  }
  // "The colonels seized power in Conakry, and Paris threatened to cut
  // off budget support", "Lima expelled two Bolivian envoys, and La Paz
  // threatened tariffs": a threat of a non-military penalty (sanctions,
  // tariffs, an aid cut: 1311, 1312) with no party of its own punishes
  // whoever acted on its speaker, or was pressed by it, just before; else
  // whoever did the last act of coercion or force in the sentence
  // (AnsweredBy). (A threat to end a treaty or ties, 1313, is read as
  // before: "Canada told Washington that it would end the treaty".)
  if (target < 0 && source >= 0 && (act.starts_with("1311") || act.starts_with("1312")) &&
      !nominal_reading)
    TargetTheAnswered(AnsweredBy(candidates, events, mentions, sentence.index, m.span.begin,
                                 mentions[source].code, internal::Retaliation::kPenalty),
                      "whom the threatened penalty answers",
                      "target: whom the threatened penalty answers (who acted on the speaker, "
                      "or was pressed by it, or used coercion or force, just before)");
  // "Russian jets violated Estonian airspace, and Tallinn demanded an
  // apology", "Police in Toronto held a Chinese engineer. Beijing demanded
  // her release.": a demand for redress with no addressee of its own is
  // made of whoever wronged its speaker just before (as a threat of
  // retaliation, AnsweredBy); a foreign state's police, intelligence
  // agents or courts as that state, which answers for them.
  if (target < 0 && source >= 0 && CameoRoot(act) == "10" && !nominal_reading &&
      internal::RedressAfter(tokens, m.span, window.end)) {
    std::string wrongdoer = AnsweredBy(candidates, events, mentions, sentence.index, m.span.begin,
                                       mentions[source].code, internal::Retaliation::kResponse);
    if (wrongdoer.size() == 6 && !wrongdoer.starts_with("---") &&
        (wrongdoer.ends_with("COP") || wrongdoer.ends_with("SPY") ||
         wrongdoer.ends_with("JUD")) &&
        mentions[source].code.size() >= 3 &&
        wrongdoer.compare(0, 3, mentions[source].code, 0, 3) != 0)
      wrongdoer = wrongdoer.substr(0, 3) + "GOV";
    TargetTheAnswered(wrongdoer, "whom the demand for redress answers",
                      "target: whom the demand for redress answers (who acted on the speaker, "
                      "or whom the speaker accused, just before)");
  }
  // "Ankara threatened to halt the transit of Syrian refugees to Europe if
  // the European Union withheld the funds": a country word the object
  // search found before a common noun of the threatened act says whose
  // the refugees or the gas are; whoever must meet the condition is
  // threatened.
  if (target >= 0 && target != choice.target && source >= 0 && CameoRoot(act) == "13" &&
      !nominal_reading && mentions[target].span.size() == 1 &&
      mentions[target].code.size() == 3 && mentions[target].span.end < tokens.size() &&
      (tokens[mentions[target].span.end].pos == kPosNN ||
       tokens[mentions[target].span.end].pos == kPosNNS) &&
      !tokens[mentions[target].span.end].Has(kTokenCapitalized)) {
    if (const int bearer =
            ConditionSubject(tokens, mentions, mentions[target].span.end,
                             mentions[source].code, 16);
        bearer >= 0 && bearer != target) {
      target = bearer;
      why_target = "target: the subject of the threat's condition ('unless', 'if'), not "
                   "the country word of its object";
    }
  }
  // "Israeli jets struck Iran's consulate in Damascus, and Tehran vowed
  // harsh punishment for Israel", "Indian warplanes bombed a camp in
  // Pakistan; Islamabad vowed to respond": a threat of retaliation (130)
  // that answers armed force on its speaker, or by the party it threatens,
  // threatens force in return (138). One that answers tariffs, an
  // expulsion or a seizure of assets stays 130.
  if (act == "130" && source >= 0 && target >= 0 && !nominal_reading &&
      internal::RetaliationAfter(tokens, m.span, window.end) != internal::Retaliation::kNone &&
      ArmedForceAnswered(candidates, events, mentions, sentence.index, m.span.begin,
                         mentions[source].code, mentions[target].code)) {
    label += " -> 138 (a retaliation for armed force)";
    choice.code.primary = "138";
  }
  // "Mubarak said that the US must be ready to mediate": what a party
  // named in its clause must or should do is demanded of it (coded from
  // the speaker's verb), not done. With no party of its own ("we believe
  // that all nations must stand against their presence") the verb falls
  // to the speaker, whose call it is.
  if (!nominal_reading && group.obligation && source >= 0 &&
      mentions[source].span.begin >= window.begin && !mentions[source].span.empty()) {
    s.Note(fmt::format("{}: after 'must' or 'should', owed by {}, not done; no event", label,
                       mentions[source].code));
    return false;
  }
  return true;
}

// "Abuja signed a trade deal with Accra, and the bloc condemned the coup": a
// coup is a use of force, never the deal, talks or aid coded just before it;
// the subject of that clause did no coup. (With no act coded, "Fiji's army
// chief seized power, and Canberra condemned the coup" still judges the
// clause's subject.)
bool TriggerCoding::CooperationBeforeACoup(int referring_word, int source) const {
  if (referring_word < 0 || source < 0 ||
      !internal::NamesOnlyACodedKindOfAct(in.tokens[referring_word]))
    return false;
  const ReferredAct any =
      ActReactedTo(state.candidates, in.events, in.mentions, in.sentence.index, m.span.begin,
                   in.mentions[source].code, in.options.state_actors, {});
  const auto root = CameoRoot(any.code);
  return any.found && root >= "03" && root <= "07";
}

// "Seoul offered talks on Monday, but the North rejected the offer": the
// offer is the act of offering told before it in the sentence, coded or
// not (an offer of talks to no one named is no event, so the word is
// read: offered, proposed, invited, suggested). With no such verb in the
// clause before ("the lenders accepted the offer, and the banks declined
// the offer"), the clause's subject made no offer.
bool TriggerCoding::NoOfferBefore(int referring_word) const {
  if (referring_word < 0 || !internal::OffersAWord(in.tokens[referring_word])) return false;
  // Any verb before the trigger, not only the sentence's first: "Seoul said
  // it offered talks, but the North rejected the offer".
  static constexpr std::string_view kOffering[] = {"offer", "propos", "invit", "suggest"};
  const auto starts_with_stem = [](std::string_view text, std::string_view stem) {
    if (text.size() < stem.size()) return false;
    for (size_t c = 0; c < stem.size(); ++c)
      if (std::tolower(static_cast<unsigned char>(text[c])) != stem[c]) return false;
    return true;
  };
  for (uint32_t k = 0; k < m.span.begin && k < in.tokens.size(); ++k) {
    const Token& t = in.tokens[k];
    if (!internal::IsFiniteVerbTag(t.pos) && t.pos != kPosVBN) continue;
    for (const std::string_view stem : kOffering)
      if (starts_with_stem(t.text, stem)) return false;
  }
  return true;
}

bool TriggerCoding::FindTargetOfJudgment() {
  const CoderOptions& options = in.options;
  const Sentence& sentence = in.sentence;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  const std::vector<Event>& events = in.events;
  std::vector<Candidate>& candidates = state.candidates;
  const std::string& act = Act();
  // "Iran withdrew the accreditation of IAEA inspectors, a step the
  // agency's director general condemned as disproportionate", "The
  // Kremlin dismissed the move as legally void", "were deported by the
  // Thai authorities, drawing condemnation from the UN refugee agency":
  // a judgement of an act referred to, not named, is aimed at whoever did
  // the act reported last before it (see coder/reactions.h).
  if (names_an_act) target = -1;
  // "Biden authorised military aid for Taiwan, drawing an angry protest
  // from Beijing": a state's protest drawn by an act is an official
  // complaint (114), not a demonstration.
  if (nominal_reading && source < 0 && CameoRoot(act) == "14" &&
      internal::ReactionDrawnFrom(tokens, m.span) > 0) {
    choice.code.primary = "114";
    label += " -> 114 (a protest drawn from a party)";
  }
  // "Iran withdrew the accreditation of IAEA inspectors, a step the
  // agency's director general condemned as disproportionate", "The
  // Kremlin dismissed the move as legally void", "were deported by the
  // Thai authorities, drawing condemnation from the UN refugee agency":
  // a judgement of an act referred to, not named, is aimed at whoever did
  // the act reported last before it (see coder/reactions.h).
  if (target < 0 && JudgesAnAct(act)) {
    const uint32_t drawn_from =
        nominal_reading && source < 0 ? internal::ReactionDrawnFrom(tokens, m.span) : 0;
    auto party_at = [&](uint32_t from) {
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin >= from && mentions[x].span.begin <= from + 1 &&
            !mentions[x].code.empty() && !mentions[x].locative)
          return static_cast<int>(x);
      return -1;
    };
    if (drawn_from > 0) {
      source = party_at(drawn_from);
      if (source >= 0) {
        why_source = "source: who the reaction is drawn from";
        source = CoordinationHead(mentions, source);
        int last = source;
        while (mentions[last].coordinated_with >= 0) last = mentions[last].coordinated_with;
        if (const uint32_t also = internal::AlsoDrawnFrom(tokens, mentions[last].span.end))
          also_source = party_at(also);
      }
    }
    int referring_word = -1;
    std::function<bool(std::string_view)> may_name;
    if (drawn_from == 0 && source >= 0 && !nominal_reading) {
      // (A verb of naming judges an owned act through any event noun, as
      // ActNamedAsCondemnable reads it: "Rome called Ottawa's appeal for
      // their release interference" judges an appeal, Ottawa's. Without an
      // owner, "called the deal a violation" finds the deal's maker among
      // the acts before only as a hostile act would.)
      // ("a move Washington and London sharply criticised": a compound
      // subject is the whole compound, first member to last.)
      TokenSpan subject = mentions[source].span;
      int member = CoordinationHead(mentions, source);
      if (!mentions[member].span.empty() && mentions[member].span.begin < subject.begin)
        subject.begin = mentions[member].span.begin;
      while (mentions[member].coordinated_with > member) {
        member = mentions[member].coordinated_with;
        if (mentions[member].span.end > subject.end && mentions[member].span.end <= m.span.begin)
          subject.end = mentions[member].span.end;
      }
      referring_word = internal::ReferredActOf(
          tokens, m.span, subject, names_an_act, [this, tokens](uint32_t k) {
            return IsEventNoun(k) || (names_an_act && k > 0 && tokens[k - 1].pos == kPosPOS &&
                                      EventNounAt(in.matches, k));
          });
      if (referring_word >= 0 && !internal::IsActReferenceWord(tokens[referring_word])) {
        const std::string_view noun_root = EventNounRoot(static_cast<uint32_t>(referring_word));
        if (!noun_root.empty())
          may_name = [noun_root](std::string_view root) {
            return internal::RootsReferToOneAct(noun_root, root);
          };
      } else if (referring_word >= 0) {
        const Token& word = tokens[referring_word];
        may_name = [&word](std::string_view root) { return internal::ActWordMayName(word, root); };
      }
    }
    // "called Canberra's decision to scrap the deal a betrayal": a
    // possessor says whose act it is.
    int possessor = -1;
    if (referring_word >= 0) {
      if (const int pos = internal::PossessorOfReferredAct(tokens, referring_word); pos >= 0)
        for (size_t x = 0; x < mentions.size() && possessor < 0; ++x)
          if ((mentions[x].span.end == static_cast<uint32_t>(pos) ||
               mentions[x].span.end == static_cast<uint32_t>(pos) + 1) &&
              !mentions[x].code.empty() && !mentions[x].locative &&
              !OneParty(mentions[x].code, mentions[source].code, options.state_actors))
            possessor = static_cast<int>(x);
    }
    // ("Tokyo and Seoul both condemned the launch": the other members of a
    // compound react too; their own deeds are not what they condemn.)
    std::vector<std::string> co_reactors;
    if (source >= 0)
      for (int x = CoordinationHead(mentions, source); x >= 0 && co_reactors.size() < 8;
           x = mentions[x].coordinated_with > x ? mentions[x].coordinated_with : -1)
        if (x != source && !mentions[x].code.empty()) co_reactors.push_back(mentions[x].code);
    // ("North Korea fired a missile days after joint drills off the
    // peninsula, and Seoul condemned the launch": a launch is an act told by
    // a verb of firing or launching, not the drills coded after it; with
    // no such act, any act told before.)
    std::vector<Candidate> fired;
    const bool launch = referring_word >= 0 && (internal::IsWord(tokens[referring_word], "launch") ||
                                                internal::IsWord(tokens[referring_word], "launches"));
    if (launch)
      for (const Candidate& c : candidates)
        for (uint32_t k = c.trigger.begin; k < c.trigger.end && k < tokens.size(); ++k)
          if (internal::LowerAscii(tokens[k].text).starts_with("fire") ||
              internal::LowerAscii(tokens[k].text).starts_with("launch") ||
              internal::LowerAscii(tokens[k].text).starts_with("test-fire")) {
            fired.push_back(c);
            break;
          }
    // ("Trump offered to mediate between Delhi and Islamabad. India
    // rejected the offer": an offer answered is one made to the party
    // answering, or to its country; "Jakarta and Colombo accepted the
    // lenders' offer. Bangkok declined the offer" answers no acceptance.)
    std::vector<Candidate> offered;
    std::vector<Event> offered_before;
    const bool offer = referring_word >= 0 && source >= 0 &&
                       internal::OffersAWord(tokens[referring_word]);
    if (offer) {
      auto to_reactor = [&](const std::string& target_code) {
        return target_code.size() >= 3 && mentions[source].code.size() >= 3 &&
               target_code.compare(0, 3, mentions[source].code, 0, 3) == 0;
      };
      for (const Candidate& c : candidates)
        if (c.target >= 0 && to_reactor(mentions[c.target].code)) offered.push_back(c);
      for (const Event& e : events)
        if (e.sentence_index + 1 == sentence.index && to_reactor(e.target.code))
          offered_before.push_back(e);
    }
    const std::span<const Candidate> acts_before =
        offer            ? std::span<const Candidate>(offered)
        : !fired.empty() ? std::span<const Candidate>(fired)
                         : std::span<const Candidate>(candidates);
    const std::span<const Event> events_before =
        offer ? std::span<const Event>(offered_before) : std::span<const Event>(events);
    const ReferredAct act_before =
        source >= 0 && possessor < 0
            ? ActReactedTo(acts_before, events_before, mentions, sentence.index, m.span.begin,
                           mentions[source].code, options.state_actors, may_name, co_reactors)
            : ReferredAct{};
    // Who did the act: its source; for a deed judged by the act
    // before, that judgement's target (NamesADeed).
    const auto before_root = CameoRoot(act_before.code);
    // (Not a deed of the reacting party itself: "The ICC ... accusing
    // the Russian president of war crimes, and the Kremlin dismissed the
    // decision" rejects the court's act. Nor a veto, a deed itself:
    // "Hungary blocked the aid package, and Kyiv called the move
    // blackmail" judges Hungary.)
    const bool deed_judged =
        referring_word >= 0 && NamesADeed(tokens[referring_word]) && before_root >= "10" &&
        before_root <= "12" &&
        // (A veto is a deed of its own: "Russia vetoed the resolution, a
        // move Paris and Berlin condemned" condemns Russia.)
        !act_before.code.starts_with("129") &&
        !OneParty(act_before.target_code, mentions[source].code, options.state_actors);
    // ("Britain, Canada, Australia and Portugal recognised a Palestinian
    // state, a move Netanyahu denounced": all four did it.)
    const int last_doer = deed_judged ? act_before.target : act_before.source;
    const int doer = last_doer >= 0 ? CoordinationHead(mentions, last_doer) : -1;
    const std::string& doer_code = deed_judged ? act_before.target_code : act_before.source_code;
    if (possessor >= 0) {
      target = possessor;
      why_target = fmt::format("target: whose act it judges ('{}')",
                               s.Text(mentions[possessor].span));
    } else if (source >= 0 &&
               (drawn_from > 0 || names_an_act ||
                (referring_word >= 2 && tokens[referring_word - 2].text == "," &&
                 internal::IsDeterminer(tokens[referring_word - 1])) ||
                (referring_word >= 1 && tokens[referring_word - 1].text == "," &&
                 internal::IsWord(tokens[referring_word], "which")) ||
                (referring_word >= static_cast<int>(m.span.end) &&
                 tokens[m.span.begin].pos == kPosVBG &&
                 internal::IsActReferenceWord(tokens[referring_word])) ||
                // (A pattern may take the word in: "rejected the
                // proposal" matched whole still refers to the proposal.)
                ((referring_word >= static_cast<int>(m.span.end) ||
                  (referring_word > static_cast<int>(m.span.begin) &&
                   internal::OffersAWord(tokens[referring_word]))) &&
                 (internal::IsActReferenceWord(tokens[referring_word]) ||
                  internal::IsWord(tokens[referring_word], "it")) &&
                 AfterACoordinator(tokens, mentions, source))) &&
               !act_before.found && !CooperationBeforeACoup(referring_word, source) &&
               !NoOfferBefore(referring_word)) {
      // "The Taliban government suspended university education for
      // women, drawing condemnation from the UN", "Moscow recognised the
      // two regions, a decision condemned by Tbilisi": with no act coded
      // before it, the reaction is drawn by the subject of the clause the
      // participle or the apposition hangs on.
      // So is an act named in condemning words: "Border guards fired
      // across the line in what Kabul called a provocation", "Hanoi
      // seized the tanker, and Manila called the move illegal"; and one
      // referred to as the object of a clause joined by "but" or "and":
      // "The junta announced a curfew, but the opposition dismissed the
      // move as a ploy"; one a relative "which" after a comma stands for:
      // "The junta dissolved parliament, which the bloc condemned"; and the
      // object of a participle of judgement: "Minsk has shut the embassy,
      // the EU said, condemning the move".
      // (Not the participle's own party: "Oslo recalled its envoy,
      // criticising the decision" judges no one here.)
      const uint32_t verb = internal::FirstFiniteVerbBefore(tokens, m.span.begin);
      int subject = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (!mentions[x].span.empty() && mentions[x].span.end <= verb &&
            !mentions[x].code.empty() && !mentions[x].locative)
          subject = static_cast<int>(x);
      if (verb < m.span.begin && subject >= 0 &&
          !OneParty(mentions[subject].code, mentions[source].code, options.state_actors)) {
        target = subject;
        why_target = "target: the subject of the clause whose act draws the reaction";
      }
      // (An object read as naming an act in condemning words counts as
      // referring to the act before, whether or not its noun is one the
      // dictionary knows: "Somalia called the deal an act of aggression".)
    } else if ((drawn_from > 0 || referring_word >= 0 || names_an_act) && act_before.found &&
               !OneParty(doer_code, mentions[source].code, options.state_actors)) {
      const std::string judged =
          StateJudgedFor(doer_code, deed_judged ? std::string() : act_before.target_code,
                         mentions[source].code);
      target = doer >= 0 && judged == doer_code ? doer
               : judged != doer_code
                   ? MentionOfParty(judged, "the state whose forces did the act", &mentions)
                   : ImplicitMention(doer_code, false, doer_code,
                                     "who did the act a reaction refers to", &mentions);
      s.mentions = mentions;
      why_target = fmt::format("target: who did the act it refers to ({} {} {})",
                               act_before.source_code, act_before.code,
                               act_before.target_code);
    }
  }
  // "Oslo recalled its envoy from Minsk, calling the move a provocation":
  // an act named in condemning words by a participle on the speaker's own
  // act, with no other act to refer to, is the one that act answers: the
  // speaker's act's target did it.
  // (Only the participle's own clause, no finite verb between: in "Tehran
  // expelled the inspectors, the agency's chief said, calling the move a
  // blow" the one calling is the agency's chief.)
  // (Nor the speaker's own judgement, which the participle only words:
  // "Soldiers killed civilians, Amnesty said, calling the killings a war
  // crime" is one accusation, coded from "said".)
  if (target < 0 && names_an_act && source >= 0 && tokens[m.span.begin].pos == kPosVBG) {
    auto verb_between = [&](const Candidate& c) {
      for (uint32_t k = c.trigger.end; k < m.span.begin; ++k)
        if (internal::IsFiniteVerbTag(tokens[k].pos)) return true;
      return false;
    };
    for (const Candidate& c : candidates)
      if (c.trigger.end <= m.span.begin && c.source >= 0 && c.target >= 0 && !verb_between(c) &&
          CameoRoot(c.code) != "11" &&
          OneParty(mentions[c.source].code, mentions[source].code, options.state_actors) &&
          !OneParty(mentions[c.target].code, mentions[source].code, options.state_actors)) {
        target = c.target;
        why_target = fmt::format("target: whom the speaker's act ({}) is aimed at", c.code);
      }
  }
  if (target < 0 && cleared_target >= 0 && source >= 0 && !names_an_act) {
    if (OneParty(mentions[source].code, mentions[cleared_target].code, options.state_actors)) {
      s.Note(fmt::format("{}: source and target are the same actor ({}), no event", label,
                         mentions[source].code));
      return false;
    }
    target = cleared_target;
  }
  // "Fethullah Gulen, the cleric whom he blamed for the failed coup",
  // "al-Shabaab militants, whom Nairobi blames for the kidnappings": a
  // verb whose subject follows "whom" has the relative clause's
  // antecedent for its object.
  // (Not for a subject with no country of its own, which would take the
  // antecedent's: "refugees, whom authorities blame for the conflict".)
  if (target < 0 && source >= 0 && !nominal_reading && !mentions[source].unplaced) {
    const int antecedent = RelativeAntecedent(tokens, mentions, mentions[source].span);
    if (antecedent >= 0 && !OneParty(mentions[antecedent].code, mentions[source].code,
                                     options.state_actors)) {
      target = antecedent;
      why_target = "target: the antecedent of 'whom' before the subject";
    }
  }
  // "Israel demanded that Egypt reopen the crossing. Cairo refused to
  // comply.", "The junta gave the envoy two days to leave; Paris refused":
  // a refusal (12) that names no party and refers to no act answers the
  // party that last pressed its speaker (a demand, an appeal, a threat, a
  // sanction: kPressuresARefusalAnswers; a refusal to cooperate also an
  // inquiry opened on it), earlier in its sentence or in the sentence
  // before. With no such pressure ("Iran refused to sign the
  // treaty") there is no one to code. Defying norms or the law (128: "he
  // had broken the rules") refuses no one's demand.
  // Only a verb that says no to something asked ("refused", "declined",
  // "rejected", "turned down", "would not accept", "resisted"): "ruled
  // out a reaction", "held out little hope" or a veto of a text refuse no
  // one. Only the verb's own subject: "a source said, but declined to give
  // details" is the source's refusal, not the country's named before.
  // (A role with no country past a comma is in another clause, no object
  // of the refusal: "Rome declined to comply, arguing that the junta had no
  // mandate".)
  bool stray_role = target >= 0 && mentions[target].code.starts_with(internal::kUnplacedCountry);
  if (stray_role) {
    stray_role = false;
    for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
      stray_role |= tokens[k].text == ",";
  }
  if ((target < 0 || stray_role) && source >= 0 && !nominal_reading && CameoRoot(act) == "12" &&
      !act.starts_with("128") && !act.starts_with("129") &&
      SaysNoToARequest(in.dict.verb_form(m.id).lemma) &&
      mentions[source].span.begin >= window.begin && mentions[source].span.end <= m.span.begin) {
    const bool refuses_cooperation =
        act.starts_with("121") || act.starts_with("1245");
    const std::string doer =
        refuses_cooperation ? LastActOnSource(kPressuresOrInquiriesACooperationRefusalAnswers)
                            : LastActOnSource(kPressuresARefusalAnswers);
    if (!doer.empty() && !OneParty(doer, mentions[source].code, options.state_actors)) {
      target = MentionOfParty(doer, "whose demand is refused", &mentions);
      s.mentions = mentions;
      why_target = fmt::format("target: who last pressed the party that refuses ({}), in "
                               "this sentence or the one before",
                               doer);
    }
  }
  // "A panel of judges in Geneva ruled that Peru's claim to the islands
  // had no basis, and Lima rejected the award as void": a rejection (12)
  // of a ruling, verdict, award or opinion that names no party answers
  // whoever last judged the source (11: the court's finding 116, a body's
  // accusation 112), in its sentence or the one before. With no judgement
  // before ("Lima rejected the award") there is no one to code.
  if (target < 0 && source >= 0 && !nominal_reading && CameoRoot(act) == "12" &&
      mentions[source].span.end <= m.span.begin && ObjectIsAJudgement(tokens, m.span.end)) {
    static constexpr std::string_view kJudged[] = {"11"};
    TargetTheAnswered(LastActOnSource(kJudged), "whose judgement is rejected",
                      "target: who last judged the party that rejects the judgement");
  }
  return true;
}

}  // namespace khaldun::coder_internal
