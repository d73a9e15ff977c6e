// FindTriggerCandidates' revisions of the target (coder/coder_candidates.h):
// a target found after the verb that is the speaker's own side, no party, or
// the other member of a compound; then the mutual acts of a compound source.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/directed_acts.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/reactions.h"
#include "coder/verb_dates.h"
#include "coder/withdrawals.h"

namespace khaldun::coder_internal {

namespace {

// Whether `m` names a state's military aircraft or ships, coded as its
// armed forces ("two US military planes" USAMIL, "a Chilean navy ship"):
// a country code with MIL and a vehicle for its head word.
bool NamesStateCraft(const Mention& m, std::span<const Token> tokens) {
  static constexpr std::string_view kCraft[] = {"plane",  "planes",   "aircraft", "flight",
                                                "flights", "ship",    "ships",    "vessel",
                                                "vessels", "warship", "warships"};
  if (m.code.size() != 6 || !m.code.ends_with("MIL") || m.code.starts_with("IGO") ||
      m.code.starts_with(internal::kUnplacedCountry) || m.span.end == 0)
    return false;
  const Token& head = tokens[m.span.end - 1];
  for (std::string_view word : kCraft)
    if (internal::IsWord(head, word)) return true;
  return false;
}

// "Washington sanctioned the general, accusing his forces of shelling a
// market in Khartoum", "Addis Ababa accused the region's ruling party of
// attacking an army base": an accusation's object stands between the verb
// and the "of" of the charge; a party named only after that "of" is part
// of the charge (whom the accused harmed or served), never the accused.
// For an active ACCUSE whose `target` lies past the charge's "of", the
// mention of the object before it, or -1 (none, or a pronoun the
// dictionaries cannot code: the charge's party is then left to stand).
int AccusedBeforeCharge(const Dictionary& dict, const PhraseMatch& verb,
                        std::span<const Token> tokens, std::span<const Mention> mentions,
                        int target, bool passive) {
  if (passive || dict.verb_form(verb.id).lemma != "ACCUSE") return -1;
  const uint32_t begin = mentions[target].span.begin;
  uint32_t of = 0;
  for (uint32_t k = verb.span.end; k < begin && of == 0; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") return -1;
    if (internal::IsWord(tokens[k], "of")) of = k;
  }
  if (of == 0) return -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& o = mentions[x];
    if (!o.span.empty() && o.span.begin >= verb.span.end && o.span.end <= of && !o.locative &&
        o.code.size() >= 3 && static_cast<int>(x) != target)
      return static_cast<int>(x);
  }
  return -1;
}

}  // namespace

bool TriggerCoding::ReviseTarget() {
  const CoderOptions& options = in.options;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  // "Indian and French troops began their yearly exercises, drawing a
  // protest from Islamabad", "China's navy began drills off its coast, a
  // week after the Japanese minister's visit": a show of force (150) its
  // pattern aims at no one is not aimed at a party named only after a
  // comma past the verb, in a phrase that tells a reaction or the
  // background. (A compound of countries then exercises together, 062.)
  // An adjective after the comma still describes the weapon or the drill:
  // "test-fired a missile, capable of reaching Delhi" aims at India.
  if (!nominal_reading && target >= 0 && choice.target < 0 && choice.code.primary == "150") {
    for (uint32_t k = m.span.end; k + 1 < mentions[target].span.begin; ++k) {
      if (tokens[k].text != "," || tokens[k + 1].pos == kPosJJ) continue;
      s.Note(fmt::format("{}: {} is named after a comma, not the party the drills are aimed at",
                         label, mentions[target].code));
      target = -1;
      why_target.clear();
      break;
    }
  }
  if (const int accused = !nominal_reading && target >= 0
                             ? AccusedBeforeCharge(in.dict, m, tokens, mentions, target,
                                                   group.passive)
                             : -1;
      accused >= 0) {
    s.Note(fmt::format("{}: {} is named in the charge; the accused is {}", label,
                       mentions[target].code, mentions[accused].code));
    target = accused;
    why_target = "target: the accused, named before the charge's 'of'";
  }
  // "Thousands of Iraqi Kurds demonstrated ... calling for independence
  // from Iraq": a country's own people protesting against the country
  // named as a whole protest against its state.
  if (source >= 0 && target >= 0 && target != source &&
      internal::AddressesOwnGovernment(choice.code.primary) &&
      mentions[target].code.size() == 3 && !mentions[target].locative &&
      mentions[target].code == mentions[source].code &&
      ProtestsItsOwnGovernment(mentions[source], tokens)) {
    mentions[target].code += "GOV";
    mentions[target].how += "; the state a protest of its own people is aimed at";
    s.mentions = mentions;
  }
  // "Caracas turned back three Spanish military planes bringing home
  // deportees", "Lima refused to let the Chilean navy ship dock": a
  // state's aircraft or ships turned away (a rejection, 12) were sent by
  // its government, and the refusal answers that government's decision to
  // send them, not its armed forces (the crews fought no one).
  if (source >= 0 && target >= 0 && CameoRoot(choice.code.primary) == "12" &&
      NamesStateCraft(mentions[target], tokens)) {
    mentions[target].code.replace(3, 3, "GOV");
    mentions[target].how += "; the government that sent the craft a refusal turns away";
    s.mentions = mentions;
  }
  // "Eritrean and Ethiopian troops clashed ..., with each side blaming the other
  // for opening fire", "each accused the other of violating it":
  // "each ... the other" makes the act mutual between the members of the
  // compound named last before it.
  if (!nominal_reading && m.span.end + 1 < tokens.size() &&
      internal::IsWord(tokens[m.span.end], "the") &&
      internal::IsWord(tokens[m.span.end + 1], "other")) {
    uint32_t b = m.span.begin;
    while (b > 0 && internal::IsAuxiliaryOrAdverb(tokens[b - 1])) --b;
    // "each government accused the other", "with each army accusing the
    // other": any singular noun may name the members ("side", "country").
    int role = -1;
    if (b > 1 && internal::IsWord(tokens[b - 2], "each") && tokens[b - 1].Has(kTokenWord) &&
        !tokens[b - 1].Has(kTokenCapitalized) && tokens[b - 1].pos == kPosNN) {
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin == b - 1 && mentions[x].span.end == b && mentions[x].unplaced)
          role = static_cast<int>(x);
      --b;
    }
    if (b > 0 && internal::IsWord(tokens[b - 1], "each")) {
      int pair = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].coordinated_with >= 0 && !mentions[x].span.empty() &&
            mentions[mentions[x].coordinated_with].span.end <= b - 1)
          pair = static_cast<int>(x);
      if (pair >= 0) {
        source = CoordinationHead(mentions, pair);
        const uint32_t role_at = b;
        // "Kyrgyz and Tajik troops clashed ... and each government accused
        // the other": the role after "each" is each member's (KGZGOV and
        // TJKGOV), not the troops' the compound was named with.
        // The role's mention becomes the first member, and one mention of
        // the same words is added for each other member, coordinated.
        if (role >= 0 && mentions[role].code.size() == 6) {
          const std::string sector = mentions[role].code.substr(3);
          std::vector<std::string> codes;
          for (int y = source; y >= 0; y = mentions[y].coordinated_with) {
            if (mentions[y].code.size() < 3 || mentions[y].code.starts_with("IGO") ||
                mentions[y].code.starts_with("NGO"))
              break;
            codes.push_back(mentions[y].code.substr(0, 3) + sector);
            if (mentions[y].coordinated_with <= y) break;
          }
          if (codes.size() >= 2 && codes.size() <= 4) {
            Mention member = mentions[role];
            member.unplaced = member.unplaced_needs_place = false;
            member.how = fmt::format("each {} of the compound", tokens[role_at].text);
            mentions[role] = member;
            mentions[role].code = codes[0];
            int last = role;
            for (size_t k = 1; k < codes.size(); ++k) {
              member.code = codes[k];
              mentions[last].coordinated_with = static_cast<int>(mentions.size());
              last = static_cast<int>(mentions.size());
              mentions.push_back(member);
            }
            s.mentions = mentions;
            source = role;
          }
        }
        target = -1;
        choice.target = -1;
        each_the_other = true;
        why_source = "source: the compound 'each' stands for";
      }
    }
  }
  // "Madrid warned it would respond firmly": a pronoun a threat's
  // pattern read as its object is the speaker, the subject of the clause
  // it opens; the threat names no one (the rules below may find whom).
  if (source >= 0 && target >= 0 && CameoRoot(choice.code.primary) == "13" &&
      mentions[target].span.size() == 1 &&
      internal::IsWord(tokens[mentions[target].span.begin], "it") &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors))
    target = -1;
  // "Qatar denounced the attack as state terrorism, saying it hit the
  // group's offices": a party found past the referring object is no
  // owner of the act judged; whoever did it is looked for below (and the
  // party found stays if no one did). ("Baghdad denounced the raid as a
  // violation of Iraqi sovereignty": not even when it is the judge.)
  if (target >= 0 && source >= 0 && JudgesAnAct(choice.code.primary) && !nominal_reading) {
    const int object = internal::ReferredActOf(
        tokens, m.span, TokenSpan{}, names_an_act, [this](uint32_t k) { return IsEventNoun(k); });
    if (object >= static_cast<int>(m.span.end) &&
        mentions[target].span.begin > static_cast<uint32_t>(object) &&
        internal::BeyondReferringObject(tokens, object, mentions[target].span.begin)) {
      cleared_target = target;
      target = -1;
    }
  }
  // "Tillerson, since sacked as secretary of state", "dismissed as the
  // team's coach": a rejection read from "as" right after the verb
  // ("dismissed as absurd") is a removal from the office named after it (a
  // role of the dictionary), not words waved away; no event.
  if (CameoRoot(choice.code.primary) == "12" && !nominal_reading &&
      m.span.end + 1 < tokens.size() && internal::IsWord(tokens[m.span.end], "as")) {
    uint32_t office = m.span.end + 1;
    if (internal::IsDeterminer(tokens[office]) && office + 1 < tokens.size()) ++office;
    for (const PhraseMatch& a : in.matches)
      if (a.kind == PhraseMatch::Kind::kAgent && a.span.begin == office) {
        s.Note(fmt::format("{}: an office named right after 'as' ('{}'): removed from it, no "
                           "rejection; no event",
                           label, tokens[office].text));
        return false;
      }
  }
  // "a truce that Kyiv dismissed on Friday as a ploy to let Russian troops
  // regroup": in a relative clause (its subject right after the noun or
  // "that"), with nothing but a date or an adverb between a judging verb
  // and "as", what is judged stands before the verb; a party named past
  // a verb of the judgement after "as" is inside what the act is called,
  // not its target. (Not in a main clause, where the thing judged may
  // follow: "denounced as a violation a deal giving Addis access".)
  auto relative_subject = [&](TokenSpan subject) {
    if (subject.empty() || subject.begin == 0) return false;
    const Token& before = tokens[subject.begin - 1];
    return before.pos == kPosNN || before.pos == kPosNNS || internal::IsWord(before, "that") ||
           internal::IsWord(before, "which");
  };
  // (Even a party the pattern bound, wherever it stands after "as", when
  // it is the judge's own side: "a sale Beijing condemned as interference
  // in China's affairs" is aimed at the seller.)
  const bool judge_named =
      target >= 0 && source >= 0 &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors);
  if (target >= 0 && source >= 0 && (target != choice.target || judge_named) &&
      JudgesAnAct(choice.code.primary) && !nominal_reading &&
      relative_subject(mentions[source].span) && mentions[source].span.end <= m.span.begin) {
    uint32_t as = m.span.end;
    while (as < tokens.size() && as < m.span.end + 4 && !internal::IsWord(tokens[as], "as"))
      ++as;
    const uint32_t skipped = as - m.span.end;
    uint32_t adverbs = 0;
    for (uint32_t k = m.span.end; k < as && k < tokens.size(); ++k)
      adverbs += tokens[k].pos == kPosRB;
    if (as < tokens.size() && internal::IsWord(tokens[as], "as") &&
        skipped == adverbs + internal::DateTokensBetween(tokens, m.span.end, as) &&
        mentions[target].span.begin > as &&
        (judge_named || internal::BeyondReferringObject(tokens, as, mentions[target].span.begin))) {
      s.Note(fmt::format("{}: {} is named inside what the act judged is called (after "
                         "'as'), not its target",
                         label, mentions[target].code));
      target = -1;
    }
  }
  // "Kazakhstan declared a state of emergency in Almaty", "the army
  // detained the president and declared martial law": emergency rule
  // (1724) falls on the whole population of the state that declares it;
  // a party of its own country found after the verb or the object of the
  // verb before is no target (the population rule below gives the
  // country). (A city of its own stays: it is the country, and where.)
  // (So does a blackout or curfew, 1721 or 1723, imposed on a place of
  // its own: "Addis Ababa cut the internet in Tigray" is ETH.)
  const bool on_own_place = (choice.code.primary.starts_with("1721") ||
                             choice.code.primary.starts_with("1723")) &&
                            target >= 0 && mentions[target].locative;
  if (source >= 0 && target >= 0 &&
      (choice.code.primary.starts_with("1724") || on_own_place) &&
      target != choice.target && IsStateActor(mentions[source]) &&
      mentions[target].code.size() >= 3 && mentions[source].code.size() >= 3 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0 &&
      (!mentions[target].locative ||
       OneParty(mentions[source].code, mentions[target].code, options.state_actors)))
    target = -1;
  // "Minsk rejected the allegation, saying its border guards had acted
  // lawfully": a denial's only party found after it is the speaker's own
  // side; the denial answers whoever made the allegation (found below).
  if (source >= 0 && target >= 0 && choice.code.primary.starts_with("016") &&
      mentions[target].span.begin >= m.span.end &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors))
    target = -1;
  // "the Kremlin took over the Russian arm of Finland's Fortum
  // utility": property confiscated from a firm's subsidiary is taken from the
  // firm that owns it, named after "of".
  if (source >= 0 && target >= 0 && choice.code.primary.starts_with("1711") &&
      mentions[target].role != nullptr && mentions[target].role->name == "SUBSIDIARY") {
    const uint32_t e = mentions[target].span.end;
    for (size_t k = 0; e + 1 < tokens.size() && internal::IsWord(tokens[e], "of") &&
                       k < mentions.size();
         ++k) {
      const Mention& owner = mentions[k];
      if (owner.locative || owner.code.empty() ||
          !(owner.span.begin == e + 1 ||
            (owner.span.begin == e + 2 && internal::IsDeterminer(tokens[e + 1]))))
        continue;
      target = static_cast<int>(k);
      why_target = "target: the firm that owns the subsidiary";
      break;
    }
  }
  // "Norway and Iceland signed a treaty giving Icelanders fishing rights":
  // a party of a compound subject's cooperative mutual act (roots 03-06)
  // found again after the verb (not bound by the pattern, not after "with",
  // "against" or "between") names one of the members, not a third party; the members
  // act on each other. (Not force: "US and Iraqi troops fought Iraqi
  // insurgents" fight a third party.)
  // (A pronoun read as a member is left alone: "Britain and Denmark
  // oppose the tax after the Commission proposed making it temporary".)
  // Fighting is mutual too when the party found again stands past a comma,
  // in the clause that tells the toll, with a member's very code: "Thai and
  // Cambodian troops clashed near the temple, leaving two Thai soldiers
  // dead" is a clash between the two armies.
  const std::string_view mutual_code =
      choice.code.primary.empty() ? std::string_view(choice.code.reverse) : choice.code.primary;
  bool toll_of_a_fight = false;
  if (source >= 0 && target >= 0 && CameoRoot(mutual_code) == "19" &&
      mentions[target].span.begin >= m.span.end) {
    bool comma = false;
    for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
      comma |= tokens[k].text == ",";
    bool member = false;
    const int first = CoordinationHead(mentions, source);
    for (int y = first; y >= 0 && mentions[first].coordinated_with >= 0;
         y = mentions[y].coordinated_with) {
      member |= mentions[y].code == mentions[target].code;
      if (mentions[y].coordinated_with <= y) break;
    }
    toll_of_a_fight = comma && member;
  }
  if (source >= 0 && target >= 0 && choice.target < 0 && !nominal_reading &&
      mentions[target].span.begin >= m.span.end &&
      !mentions[target].how.starts_with("coreference") && IsMutualAct(mutual_code) &&
      (CameoRoot(mutual_code) < "07" || toll_of_a_fight) &&
      !internal::IsWord(tokens[mentions[target].span.begin - 1], "with") &&
      !internal::IsWord(tokens[mentions[target].span.begin - 1], "against")) {
    const int head = CoordinationHead(mentions, source);
    bool member_again = false, two_countries = false;
    for (int y = head; y >= 0 && mentions[head].coordinated_with >= 0;
         y = mentions[y].coordinated_with) {
      const std::string& c = mentions[y].code;
      member_again |= c.size() >= 3 && mentions[target].code.size() >= 3 &&
                      c.compare(0, 3, mentions[target].code, 0, 3) == 0;
      two_countries |= c.size() >= 3 && mentions[head].code.size() >= 3 &&
                       c.compare(0, 3, mentions[head].code, 0, 3) != 0;
      if (mentions[y].coordinated_with <= y) break;
    }
    // ("signed a memorandum between the EU and Tunisia" names its parties.
    // A "between" after a comma is in an appositive that names the members
    // again: "Lula and Milei shook hands in Rio, the first meeting between a
    // Brazilian president and an Argentine leader since 2019".)
    bool past_comma = false;
    for (uint32_t k = m.span.end; k < mentions[target].span.begin && member_again; ++k) {
      past_comma |= tokens[k].text == ",";
      member_again = past_comma || !internal::IsWord(tokens[k], "between");
    }
    if (member_again && two_countries) {
      s.Note(fmt::format("{}: {} after the verb is a member of the compound subject again; "
                         "the members act on each other",
                         label, mentions[target].code));
      target = -1;
      why_target.clear();
    }
  }
  // "the council voted to end the UN peacekeeping mission in Mali": an
  // object that is the source's own (its mission) leaves the place the
  // pattern bound as the target.
  if (source >= 0 && target >= 0 && place_target >= 0 && place_target != target &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors) &&
      !OneParty(mentions[source].code, mentions[place_target].code, options.state_actors)) {
    target = place_target;
    why_target = "target: bound by the pattern's + (the object before it is the source's own)";
  }
  // "the warlord called off his column's drive on Moscow", "the rebels
  // halted their fighters' advance on the capital": the source's own people
  // ("his", "their" and a role) own the object; the party the act is aimed
  // at is named after that object in the same clause. (Not "lift the
  // bloc's sanctions on Syria", which names the bloc again.)
  auto owned_by_pronoun = [&](const Mention& x) {
    static constexpr std::array<std::string_view, 4> kOwners = {"his", "her", "its", "their"};
    const uint32_t b = x.span.begin;
    return x.role != nullptr && (internal::InWords(kOwners, tokens[b]) ||
                                 (b > 0 && internal::InWords(kOwners, tokens[b - 1])));
  };
  if (source >= 0 && target >= 0 && mentions[target].possessive &&
      owned_by_pronoun(mentions[target]) &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors)) {
    for (size_t y = static_cast<size_t>(target) + 1; y < mentions.size(); ++y) {
      const Mention& next = mentions[y];
      if (next.span.begin < mentions[target].span.end ||
          next.span.begin > mentions[target].span.end + 5)
        break;
      bool clause_break = false;
      for (uint32_t k = mentions[target].span.end; k < next.span.begin; ++k)
        clause_break |= tokens[k].text == "," || internal::IsFiniteVerbTag(tokens[k].pos);
      if (clause_break || next.code.size() < 3 || next.possessive || next.locative ||
          OneParty(mentions[source].code, next.code, options.state_actors))
        break;
      target = static_cast<int>(y);
      why_target = "target: named after the object the source's own possessive owns";
      break;
    }
  }
  // "The Taliban said it had carried out the raid": a claim whose pronoun
  // names the claimer itself is left with no target, for ClaimedActs to aim
  // at the victim of the act claimed (or to drop if the sentence tells none).
  if (source >= 0 && target >= 0 && choice.code.primary.starts_with("015") &&
      mentions[target].span.begin >= m.span.begin && mentions[target].span.end <= m.span.end &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors)) {
    s.Note(fmt::format("{}: the claimer named inside the claim, not its target", label));
    target = -1;
  }
  if (source >= 0 && target >= 0 &&
      OneParty(mentions[source].code, mentions[target].code, options.state_actors)) {
    s.Note(fmt::format("{}: source and target are the same actor ({}), no event", label,
                       mentions[source].code));
    return false;
  }
  // "Bogota accused Caracas of sheltering the guerrillas, a charge
  // Venezuela's foreign minister rejected", "Ankara dismissed the
  // allegations": rejecting an accusation referred to, not named, denies
  // it (016); the accuser is found below. ("Kigali dismissed as baseless
  // a UN panel's findings": an allegation named after the judgement is
  // denied too, its author the target found.)
  if (source >= 0 && !nominal_reading && CameoRoot(choice.code.primary) == "12") {
    int object = -1;
    if (target < 0)
      object = internal::ReferredActOf(
          tokens, m.span, mentions[source].span, names_an_act,
          [&](uint32_t k) { return IsEventNoun(k) || internal::IsAllegationWord(tokens[k]); });
    if (object < 0) object = internal::AllegationAfterJudgement(tokens, m.span.end);
    if (object >= 0 && internal::IsAllegationWord(tokens[object])) {
      choice.code.primary = "016";
      label += fmt::format(" -> 016 (rejects '{}', an accusation)", tokens[object].text);
    }
  }
  return true;
}

void TriggerCoding::SettleCompoundSource() {
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  int& last_verb_target = state.last_verb_target;
  // "Russia and China met": the subject search finds the nearest member
  // of a coordination; the compound starts at its first member.
  source = CoordinationHead(mentions, source);
  // "Donald Trump and Vladimir Putin met in Helsinki": with no target, a
  // compound source acts on itself, one event per ordered pair.
  act_is_reverse = choice.code.primary.empty();
  const std::string& act = Act();
  // An event noun only with its actors before it ("the armies of Egypt and
  // Sudan held joint exercises"): "the war between Armenia and
  // Azerbaijan", "war crimes by the army and Hamas" name a background
  // state of affairs, not a new act of each towards the other.
  bool mutual_source =
      source >= 0 && (!nominal_reading || mentions[source].span.end <= m.span.begin);
  // "Israel and the UAE agreed to establish relations in a deal brokered
  // by Washington": for a mutual act of a compound subject, an actor
  // found in a later prepositional phrase (not bound by the pattern, not
  // "with" or "against" it) is no party; the members act on each other.
  // ("Mali and Niger announced their withdrawal from ECOWAS": the body
  // they leave is the party, LastRepairs codes it 160.)
  if (target >= 0 && choice.target < 0 && mutual_source && IsMutualAct(act) &&
      mentions[source].coordinated_with >= 0 && !nominal_reading &&
      !internal::WithdrawsFromOrganisation(tokens, mentions, m.span, source, target, act)) {
    uint32_t b = mentions[target].span.begin;
    bool in_pp = false;
    for (uint32_t k = m.span.end; k < b; ++k)
      if (internal::IsPreposition(tokens[k]) && !internal::IsWord(tokens[k], "with") &&
          !internal::IsWord(tokens[k], "against") && !internal::IsWord(tokens[k], "to"))
        in_pp = true;
    if (in_pp) target = -1;
  }
  // "American and Philippine troops began joint exercises, with 17,000
  // soldiers taking part", "Russia and China signed the deal, with Iran
  // looking on": "with" after a comma opens a phrase of circumstance; a
  // party named in it, even one a pattern reads as the object, takes no
  // part in a compound subject's mutual act, whose members act on each
  // other.
  if (target >= 0 && mutual_source && IsMutualAct(act) && mentions[source].coordinated_with >= 0 &&
      !nominal_reading && mentions[target].span.begin > m.span.end) {
    for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
      if (internal::IsWord(tokens[k], "with") && tokens[k - 1].text == ",") {
        target = -1;
        break;
      }
  }
  // "Serbia and Kosovo agreed to a truce in an accord brokered by the
  // European Union and Germany", "agreed to a ceasefire after talks
  // mediated by China": the party named after "brokered by" or
  // "mediated by" is the mediator (045, MediatorEvents), never the other
  // party of the act, even where a pattern binds it ("(IN +)"): a
  // compound subject's members act on each other. (A single subject's
  // act is left alone: it is the model MediatorEvents needs.)
  if (target >= 0 && !nominal_reading && IsMutualAct(act) && mutual_source &&
      mentions[source].coordinated_with >= 0 && MediatorAgent(tokens, mentions, target)) {
    s.Note(fmt::format("{}: {} is the mediator ('brokered by', 'mediated by'), not its other "
                       "party",
                       label, mentions[target].code));
    target = -1;
    why_target.clear();
  }
  // "Somalia's army and al-Shabaab fought fierce battles in
  // Baidoa": a mutual act of a compound subject whose pattern binds
  // only the place it happens in is between the members; the place is
  // its location.
  if (target >= 0 && target == choice.target && mutual_source && IsMutualAct(act) &&
      mentions[source].coordinated_with >= 0 && mentions[target].locative && !nominal_reading)
    target = -1;
  // "the militia fired rockets at an airfield in Syria hosting American
  // soldiers": force used on a place that houses a party is used on that
  // party (USAMIL), not on the country the place is in.
  if (!nominal_reading && (CameoRoot(act) == "18" || CameoRoot(act) == "19" ||
                           CameoRoot(act) == "20")) {
    for (uint32_t k = m.span.end; k + 1 < window.end; ++k) {
      if (!internal::IsWord(tokens[k], "housing") && !internal::IsWord(tokens[k], "hosting"))
        continue;
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.begin < k + 1 || y.span.begin > k + 3 || y.code.size() < 3 || y.locative ||
            (source >= 0 && y.code.compare(0, 3, mentions[source].code, 0, 3) == 0))
          continue;
        target = static_cast<int>(x);
        why_target = "target: the party the place attacked houses";
        break;
      }
      break;
    }
  }
  // "Thailand and Cambodia accused each other of violating the ceasefire
  // mediated by Malaysia": "each other" or "one another" right after the
  // verb makes any act mutual between the members of a compound subject.
  const bool each_other_words =
      each_the_other || (!nominal_reading && m.span.end + 1 < tokens.size() &&
                         ((internal::IsWord(tokens[m.span.end], "each") &&
                           internal::IsWord(tokens[m.span.end + 1], "other")) ||
                          (internal::IsWord(tokens[m.span.end], "one") &&
                           internal::IsWord(tokens[m.span.end + 1], "another"))));
  // "Kyiv and Moscow traded blame for the dam breach", "Delhi and Ottawa
  // exchanged accusations": blame, accusations, insults or threats that a
  // compound subject trades or exchanges go from each member to the others
  // (11x-13x), as "each other" says; a third party named after them ("traded
  // accusations with Baku") stays the target.
  const auto traded_root = CameoRoot(act);
  bool traded_words = false;
  if (!nominal_reading && target < 0 && m.span.end >= m.span.begin + 2 &&
      (traded_root == "11" || traded_root == "12" || traded_root == "13")) {
    static constexpr std::string_view kTrading[] = {"trade",     "trades",    "traded",
                                                    "trading",   "exchange",  "exchanges",
                                                    "exchanged", "exchanging"};
    for (std::string_view w : kTrading)
      traded_words |= internal::IsWord(tokens[m.span.begin], w);
  }
  // "Chile and Bolivia both called the talks in Lima useful": talks that
  // a compound subject judges hopeful (013) were held among its members,
  // who are each other's target.
  const bool talks_among_them =
      !nominal_reading && target < 0 && JudgesTalks(tokens, m.span, act);
  const bool each_other = each_other_words || traded_words || talks_among_them;
  if (each_other && source >= 0 && mentions[source].coordinated_with >= 0 && choice.target < 0)
    target = -1;
  // "US and Iraqi forces launched a major offensive": allies who launch,
  // mount, stage or carry out an attack do it together, not on each
  // other ("clashed", "fought" are mutual); so do allies who advance ("As
  // Malian and French troops advanced on Gao, ...").
  bool joint_attack = false;
  if (!each_other) {
    const std::string_view lemma = dict.verb_form(m.id).lemma;
    const auto root = CameoRoot(act);
    joint_attack = (root == "18" || root == "19" || root == "20") &&
                   (nominal_reading ? started_by_subject
                                    : (lemma == "LAUNCH" || lemma == "MOUNT" ||
                                       lemma == "STAGE" || lemma == "CARRY OUT" ||
                                       lemma == "CONDUCT" || lemma == "ADVANCE ON" ||
                                       lemma == "ADVANCE"));
    // "Syrian and Russian jets bombarded the town", "the Russian and Iranian
    // assault on Aleppo", "attacked by the army and its militias": allies
    // whose force is aimed at someone (attack, shell, raid) act together
    // on a third party, named or not; only force two sides trade
    // (clashed, fought, exchanged fire, fighting, war), or attacks
    // "between" them, is between them.
    joint_attack |= source >= 0 &&
                    (act.starts_with("190") || act.starts_with("193") ||
                     act.starts_with("194")) &&
                    NamesDirectedForce(dict, m.id) && !FireTraded(tokens, m.span) &&
                    !(mentions[source].span.begin > 0 &&
                      internal::IsWord(tokens[mentions[source].span.begin - 1], "between"));
    // "Canada, Norway and Ireland offered resettlement", "Gulf states are
    // willing to help fund the force": an offer or readiness to cooperate
    // (030) or to give aid (033) is made to others, not among the
    // offerers. (Ready "to hold talks" (036), "to restore ties" (032) or
    // "to agree a ceasefire" stays mutual, as do pledges and agreements.)
    joint_attack |= (act.starts_with("030") || act.starts_with("033")) && !nominal_reading &&
                    NamesAnOfferToOthers(dict, m.id);
  }
  // "American and Filipino soldiers began military exercises": a show of
  // force (150) that a compound of two or more countries stages together,
  // aimed at no one, is an exercise held together: military cooperation
  // (062), each member with the others.
  // "Dutch and Belgian marines began joint exercises near Rotterdam": a place that is
  // one member's own country is where the drills are held, not a third
  // party the force is shown to; they are joint drills all the same.
  if (source >= 0 && mentions[source].coordinated_with >= 0 && mutual_source &&
      choice.code.primary == "150" && !each_other) {
    bool two_countries = false;
    const auto same_country = [&](int a, int b) {
      return a >= 0 && mentions[a].code.size() >= 3 && mentions[b].code.size() >= 3 &&
             !mentions[a].code.starts_with(internal::kUnplacedCountry) &&
             mentions[a].code.compare(0, 3, mentions[b].code, 0, 3) == 0;
    };
    bool at_a_member = same_country(target, source);
    for (int y = mentions[source].coordinated_with; y >= 0; y = mentions[y].coordinated_with) {
      // (Two roles with no country, "---MIL and ---MIL", are not two states.)
      two_countries |= mentions[y].code.size() >= 3 && mentions[source].code.size() >= 3 &&
                       mentions[y].code.compare(0, 3, mentions[source].code, 0, 3) != 0;
      at_a_member |= same_country(target, y);
      if (mentions[y].coordinated_with <= y) break;
    }
    if (target >= 0 && at_a_member && two_countries) target = -1;
    if (two_countries && target < 0) {
      choice.code.primary = "062";
      s.Note(fmt::format("{}: a show of force a compound of countries stages together, no one "
                         "aimed at: 062 between them",
                         label));
    }
  }
  if (target >= 0 && choice.target < 0 && mutual_source && !nominal_reading &&
      mentions[source].coordinated_with >= 0 && TradedInMutualAct(mentions[target], act))
    target = -1;
  // "China and India agreed to pull back troops from the border", "Armenia
  // and Azerbaijan agreed to withdraw forces": countryless troops that the
  // members of a compound subject agree to pull back are each member's
  // own, no third party; the members promise it to each other (0356). Only
  // an agreement: "the Netherlands, Portugal and Denmark announced the
  // withdrawal of their troops" is no act of each on the others.
  if (target >= 0 && choice.target < 0 && mutual_source && !nominal_reading &&
      mentions[source].coordinated_with >= 0 && act.starts_with("0356") &&
      dict.verb_form(m.id).lemma == "AGREE" &&
      mentions[target].code.starts_with(internal::kUnplacedCountry))
    target = -1;
  // "Chile and Peru have ratified the convention", "Kenya and Ghana
  // ratified the protocol last year": each member of a compound subject
  // ratifies a (multilateral) treaty on its own; ratifying is no agreement
  // among the ratifiers. (Signing together stays mutual: "Chile and Peru
  // signed a border accord".)
  const bool separate_ratification =
      !nominal_reading && dict.verb_form(m.id).lemma == "RATIFY";
  if (source >= 0 && target < 0 && mentions[source].coordinated_with >= 0 &&
      !separate_ratification &&
      ((IsMutualAct(act) && !TruceBrokenByAllies(mentions, source, act)) || each_other) &&
      mutual_source && !joint_attack) {
    target = source;
    reciprocal = true;
    why_target = "target: each other member of the compound source";
  }
  // "Greece and Turkey shook hands in the Czech capital Prague and signed
  // a joint declaration": a verb joined by "and" to a mutual act of a
  // compound subject shares no target the rules above dropped (the place
  // of the handshake); the members act on each other again.
  if (!nominal_reading && reciprocal) last_verb_target = -1;
}

}  // namespace khaldun::coder_internal
