// Admissions: a party that admits, acknowledges, concedes or confesses an
// act of its own ("Iran admitted that its military shot down the airliner")
// both did the act, which the coder reads from the that-clause as usual,
// and acknowledges responsibility for it (015) towards the act's victim.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "coder/claims.h"
#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/event_id.h"
#include "coder/mentions.h"
#include "coder/patterns.h"

namespace khaldun::coder_internal {

namespace {

// The asserted forms of the verbs of admission: a past or present tense
// reports an admission made. The bare and "-ing" forms are left out: they
// mostly stand in demands, intentions and negations ("demanded that Moscow
// admit guilt", "without admitting that ...").
bool IsAdmissionVerb(const Token& t) {
  static constexpr std::array<std::string_view, 8> kForms = {
      "admitted",     "admits",       "acknowledged", "acknowledges",
      "conceded",     "concedes",     "confessed",    "confesses"};
  return internal::InWords(kForms, t);
}

// "did not admit", "never acknowledged", "denied or conceded", "refused to":
// a word in the three before the verb that takes the admission back.
bool AdmissionNegated(std::span<const Token> tokens, uint32_t k) {
  static constexpr std::array<std::string_view, 9> kNegators = {
      "not", "n't", "never", "without", "refused", "declined", "denied", "denies", "short"};
  for (uint32_t j = k >= 3 ? k - 3 : 0; j < k; ++j)
    if (internal::InWords(kNegators, tokens[j])) return true;
  return false;
}

}  // namespace

bool ClauseBreakBetween(std::span<const Token> tokens, uint32_t from, uint32_t to) {
  for (uint32_t j = from + 1; j < to; ++j) {
    if (tokens[j].text == ";" || tokens[j].text == ":") return true;
    if (tokens[j].text == "," && j + 1 < to &&
        (internal::IsWord(tokens[j + 1], "and") || internal::IsWord(tokens[j + 1], "but")))
      return true;
  }
  return false;
}

namespace {

// The mention that is the admission verb's subject: the last actor mention
// ending at the verb or at most two words before it ("the rebels later
// admitted", "Germany formally acknowledged"); -1 if none.
int AdmitterOf(std::span<const Token> tokens, std::span<const internal::Mention> mentions,
               uint32_t k) {
  int best = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const internal::Mention& m = mentions[x];
    if (m.code.empty() || m.locative || m.code.starts_with("---") || m.span.end > k ||
        m.span.end + 2 < k)
      continue;
    bool words_only = true;  // no punctuation between the subject and the verb
    for (uint32_t j = m.span.end; j < k; ++j) words_only &= !tokens[j].Has(kTokenPunct);
    if (words_only && (best < 0 || m.span.end > mentions[best].span.end))
      best = static_cast<int>(x);
  }
  return best;
}

// Whether the doer of an act is the admitter or under it: the same party
// ("the rebels admitted carrying out the raid"), or, for a state, one of its
// organs, armed forces, police or intelligence ("Iran admitted that its air
// defences ..."). A government admitting that rioters of its country
// attacked the police admits nothing of its own.
bool OwnDoer(std::string_view admitter, std::string_view doer) {
  if (admitter == doer) return true;
  auto state_organ = [](std::string_view c) {
    return c.size() == 3 || (c.size() == 6 && (c.ends_with("GOV") || c.ends_with("MIL") ||
                                               c.ends_with("COP") || c.ends_with("SPY")));
  };
  return admitter.size() >= 3 && doer.size() >= 3 && admitter.substr(0, 3) == doer.substr(0, 3) &&
         state_organ(admitter) && state_organ(doer);
}

// The country, other than `own`, of the first mention of the sentence that
// names a place or a bare country ("in Kigali", "a visit to Rwanda"); empty
// if none.
std::string OtherPlaceCountry(std::span<const internal::Mention> mentions, std::string_view own) {
  for (const internal::Mention& m : mentions)
    if ((m.locative || m.code.size() == 3) && m.code.size() >= 3 &&
        !m.code.starts_with("---") && !m.code.starts_with("IGO") && m.code.compare(0, 3, own) != 0)
      return m.code.substr(0, 3);
  return {};
}

}  // namespace

void AdmissionEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                     bool state_actors, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("015");
  if (info == nullptr) return;
  std::span<const Token> tokens = s.tokens;
  for (auto it = events->begin(); it != events->end();) {
    Event& e = *it;
    if (e.sentence_index != sentence_index || e.source.code.size() < 3 ||
        e.target.code.size() < 3 || e.source.code.compare(0, 3, e.target.code, 0, 3) != 0) {
      ++it;
      continue;
    }
    const std::string own = e.source.code.substr(0, 3);
    // "The premier apologised to Canada's indigenous people": an apology to
    // one's own people is addressed to the nation, the bare country.
    if (e.cameo_code.starts_with("055")) {
      e.target.code = own;
      ++it;
      continue;
    }
    // "The president acknowledged France's responsibility for the massacres,
    // speaking in Kigali": one's own responsibility is admitted to the
    // victims, not to oneself; with none named, to the country where the
    // admission is made or the deed was done (FRAGOV 015 RWA). With no
    // such country the admission has no addressee and is no event. (Only
    // the possessor of the responsibility is so read: "the Taliban claimed
    // the bombing in Kabul" is aimed at the place attacked.)
    const uint32_t after = e.target.tokens.end;
    // (The mention may hold its "'s" or stop right before it.)
    const bool possessor =
        !e.target.tokens.empty() && after <= tokens.size() &&
        (tokens[after - 1].Has(kTokenPossessive) ||
         (after < tokens.size() && tokens[after].Has(kTokenPossessive)));
    if (e.cameo_code.starts_with("015") && e.target.code == own && possessor) {
      const std::string other = OtherPlaceCountry(s.mentions, own);
      if (!other.empty()) {
        s.Note(fmt::format("{} 015 {}: its own responsibility, admitted to {}", e.source.code,
                           e.target.code, other));
        e.target.code = other;
        e.target.name = other;
        ++it;
      } else {
        s.Note(fmt::format("{} 015 {}: its own responsibility, admitted to no one; dropped",
                           e.source.code, e.target.code));
        it = events->erase(it);
      }
      continue;
    }
    ++it;
  }
  for (uint32_t k = 1; k < tokens.size(); ++k) {
    if (!IsAdmissionVerb(tokens[k]) || AdmissionNegated(tokens, k)) continue;
    const int admitter = AdmitterOf(tokens, s.mentions, k);
    if (admitter < 0) continue;
    const internal::Mention& who = s.mentions[admitter];
    std::string code = who.code;
    // "Germany acknowledged": a state that admits speaks through its government.
    if (state_actors && code.size() == 3 && code != "NGO") code += "GOV";
    // Adds the 015 for `act`, unless this sentence has it already.
    auto admit = [&](const Event& act, std::string_view why) {
      const bool coded = std::any_of(events->begin(), events->end(), [&](const Event& x) {
        return x.sentence_index == sentence_index && x.cameo_code.starts_with("015") &&
               x.source.code == code && x.target.code == act.target.code;
      });
      if (coded) return;
      Event e = act;
      e.sentence_index = sentence_index;
      e.evidence.sentence = std::string(s.doc.OriginalText(s.sentence));
      e.evidence.sentence_bytes = s.sentence.bytes;
      e.source = s.ActorOf(who, code);
      e.id = EventIdAt(e.document_id, sentence_index, events->size());
      internal::SetEventCode(*info, "015", &e);
      const TokenSpan verb{k, k + 1};
      e.evidence.verb_text = s.Text(verb);
      e.evidence.verb_bytes = s.Bytes(verb);
      e.evidence.rule = fmt::format(
          "'{}' ({}): admits its own act '{}' ({} {} {}){}, responsibility towards its target",
          s.Text(verb), e.source.matched_text, act.evidence.verb_text, act.source.code,
          act.cameo_code, act.target.code, why);
      s.Note(fmt::format("EVENT {} 015 {} (admission of '{}'{})", e.source.code, e.target.code,
                         act.evidence.verb_text, why));
      events->push_back(std::move(e));
    };
    auto admitted_act = [&](const Event& act) {
      // The admitted act is one of force or coercion (roots 17-20): a harm
      // done, for which one acknowledges responsibility to its victim
      // ("acknowledged that its forces had struck the aid convoy"). It is
      // the admitter's own act (OwnDoer).
      return !act.negated && act.root_code >= "17" && act.root_code <= "20" &&
             act.target.code.size() >= 3 && OwnDoer(code, act.source.code) &&
             act.target.code != code;
    };
    const size_t before = events->size();
    for (size_t i = 0; i < before; ++i) {
      const Event act = (*events)[i];
      if (act.sentence_index != sentence_index || !admitted_act(act)) continue;
      const int v = EvidenceToken(tokens, act);
      if (v <= static_cast<int>(k) || v > static_cast<int>(k) + 30 ||
          ClauseBreakBetween(tokens, k, static_cast<uint32_t>(v)))
        continue;
      admit(act, "");
    }
    if (events->size() > before) continue;
    // "A Syrian air strike hit a Turkish convoy on Monday. Damascus
    // acknowledged on Tuesday that its forces had struck the convoy": a
    // that-clause whose subject is the admitter's own forces and whose verb
    // codes no act of its own ("struck", "hit") admits their act of force
    // told just before, in this sentence or the one before it. Of that
    // act's events, the one aimed at a party is preferred to the one aimed
    // at the place it happened.
    uint32_t that = k + 1;
    while (that < tokens.size() && that < k + 6 && !internal::IsWord(tokens[that], "that") &&
           !tokens[that].Has(kTokenPunct))
      ++that;
    if (that >= tokens.size() || !internal::IsWord(tokens[that], "that")) continue;
    const internal::Mention* doer = nullptr;
    for (const internal::Mention& m : s.mentions)
      if ((m.span.begin == that + 1 ||
           (m.span.begin == that + 2 && (internal::IsPossessivePronoun(tokens[that + 1]) ||
                                         internal::IsDeterminer(tokens[that + 1])))) &&
          OwnDoer(code, m.code))
        doer = &m;
    if (doer == nullptr) continue;
    bool verb_follows = false;
    for (const PhraseMatch& pm : s.matches)
      verb_follows |= pm.kind == PhraseMatch::Kind::kVerb && pm.span.begin >= doer->span.end &&
                      pm.span.begin <= doer->span.end + 3;
    if (!verb_follows) continue;
    const Event* chosen = nullptr;
    for (size_t i = before; i-- > 0;) {
      const Event& act = (*events)[i];
      if (act.sentence_index + 1 < sentence_index) break;
      if (act.sentence_index > sentence_index || !admitted_act(act) ||
          act.cameo_code.starts_with("015"))
        continue;
      if (act.sentence_index == sentence_index && EvidenceToken(tokens, act) >= static_cast<int>(k))
        continue;
      if (chosen != nullptr && chosen->sentence_index != act.sentence_index) break;
      if (chosen == nullptr || (chosen->target.code.size() == 3 && act.target.code.size() > 3))
        chosen = &act;
    }
    if (chosen != nullptr) {
      const Event act = *chosen;
      admit(act, ", told before");
    }
  }
}

// "Two car bombs claimed by the rebels exploded outside the ministry,
// killing 40 people", "the militia later claimed the raid on the barracks":
// a group that claims an attack acknowledges responsibility for it (015)
// towards those it hit, besides doing it. The 015 goes to the target of the
// claimer's first act of force in the sentence, unless the sentence has a
// 015 of the claimer already (the claim verb's own pattern: "claimed
// responsibility for the attack on the embassy").
void ClaimEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                 std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("015");
  if (info == nullptr) return;
  const int claimer = internal::AttackClaimer(s.tokens, s.mentions);
  if (claimer < 0) return;
  const internal::Mention& who = s.mentions[claimer];
  const Event* act = nullptr;
  for (const Event& e : *events) {
    if (e.sentence_index != sentence_index || e.source.code != who.code) continue;
    if (e.cameo_code.starts_with("015")) return;
    if (act == nullptr && !e.negated && e.root_code >= "18" && e.root_code <= "20" &&
        e.target.code.size() >= 3 && e.target.code != who.code)
      act = &e;
  }
  if (act == nullptr) return;
  Event e = *act;
  e.source = s.ActorOf(who, who.code);
  e.id = EventIdAt(e.document_id, sentence_index, events->size());
  internal::SetEventCode(*info, "015", &e);
  e.evidence.rule = fmt::format(
      "'{}' claims the attack '{}' ({} {} {}): responsibility towards "
      "its target",
      s.Text(who.span), act->evidence.verb_text, act->source.code, act->cameo_code,
      act->target.code);
  s.Note(fmt::format("EVENT {} 015 {} (claim of '{}')", e.source.code, e.target.code,
                     act->evidence.verb_text));
  events->push_back(std::move(e));
}

}  // namespace khaldun::coder_internal
