// Who does what in a clause: coordination heads, subjects of orders and of
// passives, relative and condition clauses, adjuncts of consultation, and
// verbs in parallel.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/mediation_parties.h"
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

int CoordinationHead(std::span<const Mention> mentions, int m) {
  while (m > 0 && mentions[m - 1].coordinated_with == m) --m;
  return m;
}

// Mentions that can be a party; a place counts too when the sentence has a
// trigger whose target may be a place ("Putin arrived in Pyongyang", "struck
// targets in Gaza").
int UsableMentions(std::span<const Mention> mentions, bool places_count) {
  int n = 0;
  for (const Mention& m : mentions) n += !m.code.empty() && (places_count || !m.locative);
  return n;
}

// "it", "he", "she", "they": a pronoun that may be a clause's subject.
bool IsSubjectPronoun(const Token& t) {
  return internal::IsWord(t, "it") || internal::IsWord(t, "he") || internal::IsWord(t, "she") ||
         internal::IsWord(t, "they");
}

// Whether the verb starting at `verb` has right before it (past auxiliaries
// and adverbs) a role word that no mention covers, starting at or after
// `after`: "the island's president visited", "the ministry has also said".
bool UncodedRoleBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                       std::span<const PhraseMatch> matches, uint32_t after, uint32_t verb) {
  uint32_t k = verb;
  while (k > after && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  if (k <= after) return false;
  const uint32_t last = k - 1;  // the subject's last word, if it is a role
  for (const Mention& x : mentions)
    if (x.span.begin <= last && last < x.span.end) return false;
  for (const PhraseMatch& pm : matches) {
    if (pm.kind != PhraseMatch::Kind::kAgent || pm.span.end != k || pm.span.begin < after) continue;
    // Only a particular someone: "the president", "the island's new
    // president", "a spokesman". A general "all nations and governments
    // must stand against ..." in a quote is the speaker's call.
    uint32_t b = pm.span.begin;
    for (int skipped = 0;
         skipped < 2 && b > after + 1 && tokens[b - 1].Has(kTokenWord) &&
         !tokens[b - 1].Has(kTokenCapitalized) && !internal::IsDeterminer(tokens[b - 1]);
         ++skipped)
      --b;
    if (b > after && (internal::IsDeterminer(tokens[b - 1]) || tokens[b - 1].Has(kTokenPossessive)))
      return true;
    // "riot police detained thousands of people protesting against
    // Lukashenko's re-election": a present participle right after a role
    // (a reduced relative clause) has that role as its subject, with or
    // without a determiner.
    if (pm.span.end == verb && tokens[verb].pos == kPosVBG) return true;
  }
  return false;
}

int ActorRightBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t verb_begin) {
  uint32_t before = verb_begin;
  while (before > 0 && internal::IsAuxiliaryOrAdverb(tokens[before - 1])) --before;
  for (size_t k = 0; k < mentions.size(); ++k)
    if (mentions[k].span.end == before && !mentions[k].span.empty() && !mentions[k].locative &&
        !mentions[k].code.empty() && !mentions[k].possessive)
      return static_cast<int>(k);
  return -1;
}

// The subject of "ordered", "launched", "began", "started", "staged",
// "mounted", "waged", "carried out" or "conducted" when the event noun at
// `noun` is its direct object (at most three words, no preposition or comma
// between) and the subject stands right before the verb ("the general ordered a
// total blockade of the port"); else -1. A gerund has no subject to
// lend ("an agreement on carrying out a protest"), nor has a verb after a
// comma ("Euronext, which combines the Paris, Amsterdam and Lisbon
// exchanges, also began talks").
int SubjectOfAnOrderOrStart(const Dictionary& dict, std::span<const Token> tokens,
                            std::span<const Mention> mentions, std::span<const PhraseMatch> matches,
                            TokenSpan noun, bool inquiry) {
  static constexpr std::string_view kLemmas[] = {"ORDER", "LAUNCH", "BEGIN",     "START",  "STAGE",
                                                 "MOUNT", "WAGE",   "CARRY OUT", "CONDUCT"};
  // "The ICC announced an investigation into the killings", "the ministry
  // opened an inquiry": an inquiry announced or opened is its announcer's.
  // So is a measure announced against a party (16x, 17x): "Ottawa
  // announced a levy on American steel", "the ministry announced the
  // expulsion of two envoys". (Not other acts: "the palace announced the
  // king's abdication" is the king's, and a measure with an owner before
  // it, "announced Moscow's expulsion of", is the owner's: the owner is
  // no word of the gap below.)
  static constexpr std::string_view kInquiryLemmas[] = {"ANNOUNCE", "OPEN", "AUTHORIZE",
                                                        "AUTHORISE"};
  for (const PhraseMatch& v : matches) {
    if (v.kind != PhraseMatch::Kind::kVerb || v.span.end > noun.begin ||
        v.span.end + 6 < noun.begin || tokens[v.span.begin].pos == kPosVBG)
      continue;
    // "began two days of large-scale drills", "launched a wave of strikes":
    // "of" after a measure of time or amount still leads to the object.
    static constexpr std::string_view kMeasures[] = {"days",   "weeks",   "months", "hours",
                                                     "round",  "rounds",  "wave",   "waves",
                                                     "series", "campaign"};
    // ("launched a 'special military operation'": scare quotes are no
    // words between.)
    uint32_t marks = 0;
    for (uint32_t k = v.span.end; k < noun.begin; ++k)
      marks += internal::IsQuotationMark(tokens[k]) ? 1 : 0;
    bool direct = noun.begin <= v.span.end + 3 + marks;
    for (uint32_t k = v.span.end; k < noun.begin; ++k) {
      if (internal::IsQuotationMark(tokens[k])) continue;
      const bool measured_of =
          internal::IsWord(tokens[k], "of") && k > v.span.end &&
          std::any_of(std::begin(kMeasures), std::end(kMeasures),
                      [&](std::string_view w) { return internal::IsWord(tokens[k - 1], w); });
      if (measured_of) direct = true;
      // Another noun or a verb in between heads a phrase of its own ("three
      // days of exercises simulating a blockade"); a noun right before a
      // noun modifies it ("three days of combat readiness drills").
      const bool modifier = IsNounTag(tokens[k].pos) &&
                            (k + 1 == noun.begin || IsNounTag(tokens[k + 1].pos));
      const bool other_head = (IsNounTag(tokens[k].pos) || IsVerbTag(tokens[k].pos)) &&
                              !modifier &&
                              !(k + 1 < noun.begin && internal::IsWord(tokens[k + 1], "of"));
      if (!(tokens[k].Has(kTokenWord) || tokens[k].Has(kTokenNumber)) ||
          (internal::IsPreposition(tokens[k]) && !measured_of) || other_head) {
        direct = false;
        break;
      }
    }
    // "did not carry out a nuclear test", "may begin trials": no act done.
    const internal::VerbGroup group = internal::ReadVerbGroup(tokens, v.span);
    if (group.negated || group.possible || group.plotted || group.question || group.attempted ||
        group.failed)
      direct = false;
    if (!direct) continue;
    const std::string_view lemma = dict.verb_form(v.id).lemma;
    bool light = false;
    for (std::string_view l : kLemmas) light |= lemma == l;
    if (inquiry)
      for (std::string_view l : kInquiryLemmas) light |= lemma == l;
    if (!light) continue;
    return ActorRightBefore(tokens, mentions, v.span.begin);
  }
  return -1;
}

// Whether the verb at `verb` is the past verb of a clause opened by "since"
// and its subject: "since Russia invaded Ukraine".
bool SinceClauseVerb(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan verb) {
  if (tokens[verb.begin].pos != kPosVBD && tokens[verb.begin].pos != kPosVBN) return false;
  uint32_t k = verb.begin;
  while (k > 0 && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  // The clause's subject stands between "since" and the verb ("Ankara has
  // since accused Haftar" is an adverb).
  for (const Mention& x : mentions)
    if (!x.span.empty() && x.span.end == k)
      return x.span.begin > 0 && internal::IsWord(tokens[x.span.begin - 1], "since");
  return false;
}

// "demanded that Robert Mugabe hand over power", "insisted that Russia
// withdraw": the verb right after "that" and its subject, in the base form
// (English's mandative subjunctive), is the content of a demand. The tagger
// often reads it as VB or VBP ("demanded that its partners refuse to
// recognize", "pushing for the US support its plan"); after a demand in the
// same clause (`after_verb_in_clause`) a present tense is rare, so the tag
// counts there.
bool LooksSubjunctive(std::span<const Token> tokens, std::span<const Mention> mentions,
                      uint32_t verb, bool after_verb_in_clause) {
  if (verb == 0) return false;
  const std::string_view head = tokens[verb].text;
  for (const Mention& x : mentions)
    // ("demanded that the minister fully withdraw the bill": an adverb may
    // stand between.)
    if ((x.span.end == verb || (x.span.end + 1 == verb && tokens[verb - 1].pos == kPosRB)) &&
        x.span.begin > 0 &&
        internal::IsWord(tokens[x.span.begin - 1], "that") && !head.ends_with("s") &&
        !head.ends_with("ed"))
      return true;
  return after_verb_in_clause && (tokens[verb].pos == kPosVB || tokens[verb].pos == kPosVBP) &&
         !internal::IsAuxiliaryOrAdverb(tokens[verb - 1]);
}

// "A camp for Congolese refugees was attacked by militiamen", "a convoy of
// UN peacekeepers was ambushed": the actor in the "for" or "of" phrase that
// ends a passive verb's subject is whom the act struck. The head before
// "of" is a common noun: "the Arts Council of Wales" is a name, not a council
// for Wales. Returns the mention, or -1.
int ActorEndingPassiveSubject(std::span<const Token> tokens, std::span<const Mention> mentions,
                              uint32_t verb, ClauseWindow window) {
  int found = -1;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& x = mentions[k];
    if (x.span.begin < window.begin || x.span.begin < 2 || x.span.end > verb || x.locative ||
        x.code.empty() ||
        !(internal::IsWord(tokens[x.span.begin - 1], "for") ||
          internal::IsWord(tokens[x.span.begin - 1], "of")) ||
        tokens[x.span.begin - 2].Has(kTokenCapitalized))
      continue;
    bool next_to_verb = true;
    for (uint32_t q = x.span.end; q < verb; ++q)
      next_to_verb &= internal::IsAuxiliaryOrAdverb(tokens[q]);
    if (next_to_verb) found = static_cast<int>(k);
  }
  return found;
}

// "threatened to hold a general strike unless Israel rescinded the
// annexation": the subject of the first "unless" or "if" clause within a
// dozen words after `from`, when it is not of `source_code`'s country.
// Returns the mention, or -1.
int ConditionSubject(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t from, const std::string& source_code, uint32_t reach) {
  for (uint32_t k = from; k < tokens.size() && k < from + reach; ++k) {
    if (tokens[k].text == ";" || tokens[k].text == ":" || tokens[k].text == ".") return -1;
    if (!internal::IsWord(tokens[k], "unless") && !internal::IsWord(tokens[k], "if")) continue;
    uint32_t first = k + 1;
    if (first < tokens.size() && internal::IsDeterminer(tokens[first])) ++first;
    for (size_t c = 0; c < mentions.size(); ++c) {
      const Mention& x = mentions[c];
      if (x.span.begin >= k + 1 && x.span.begin <= first && !x.code.empty() && !x.locative &&
          x.code.compare(0, 3, source_code, 0, 3) != 0)
        return static_cast<int>(c);
    }
    return -1;
  }
  return -1;
}

// Acts whose object is a person or a group: coercion and violence (17-20)
// and releases (084).
// Whether the mention `object`, after the verb starting at `verb` and before
// the infinitive at `infinitive`, is that verb's object, sent or trained for
// the infinitive's act ("sent troops to fight", "training local forces to
// fight ISIS"). Not so:
//  - after a verb of ordering or forcing, whose order is the act itself
//    ("ordered his troops to pull out of Avdiivka", "ordered its ambassador
//    to return", "forced President Kirchner to suspend gas exports");
//  - for the subject of a clause, a verb coming between ("announced that
//    Washington would move to restore relations");
//  - for "the first (leader) to": "became the first Ethiopian leader to
//    visit Eritrea" did visit.
bool ObjectMeantFor(std::span<const Token> tokens, uint32_t verb, TokenSpan object,
                    uint32_t infinitive) {
  // ("forced President Kirchner to suspend gas exports": he did.)
  static constexpr std::string_view kOrdering[] = {
      "ordered",  "orders", "order",  "ordering", "instructed", "commanded",
      "directed", "told",   "forced", "compelled", "obliged"};
  for (std::string_view w : kOrdering)
    if (internal::IsWord(tokens[verb], w)) return false;
  for (uint32_t k = object.end; k < infinitive; ++k)
    if (IsVerbTag(tokens[k].pos) || tokens[k].pos == kPosMD) return false;
  for (uint32_t k = object.begin; k-- > 0 && k + 3 >= object.begin;)
    if (internal::IsWord(tokens[k], "first") || internal::IsWord(tokens[k], "last") ||
        internal::IsWord(tokens[k], "only"))
      return false;
  return true;
}

// Whether the bare infinitive at `verb` follows "to help" (an object
// pronoun may stand between): "to help fight the gangs", "to help them
// rebuild".
bool AfterToHelp(std::span<const Token> tokens, uint32_t verb) {
  static constexpr std::string_view kObjectPronouns[] = {"him", "her", "them", "us", "it"};
  uint32_t k = verb;
  if (k > 0 && std::ranges::any_of(kObjectPronouns, [&](std::string_view w) {
        return internal::IsWord(tokens[k - 1], w);
      }))
    --k;
  return k >= 2 && internal::IsWord(tokens[k - 1], "help") && internal::IsWord(tokens[k - 2], "to");
}

// Whether "that" opens a clause between the verb ending at `from` and `to`.
bool ThatClauseBetween(std::span<const Token> tokens, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < tokens.size(); ++k)
    if (internal::IsWord(tokens[k], "that")) return true;
  return false;
}

// Where the noun phrase of the noun at `noun` starts: back past determiners
// and adjectives ("in a direct clash": at "a").
uint32_t NounPhraseStart(std::span<const Token> tokens, uint32_t noun) {
  uint32_t k = noun;
  while (k > 0 && (internal::IsDeterminer(tokens[k - 1]) || tokens[k - 1].pos == kPosJJ)) --k;
  return k;
}

// "were killed in a clash with", "was wounded in clashes with": the event
// noun at `noun` follows "in" (past a determiner and adjectives), which
// follows a passive participle.
bool AfterAPassiveIn(std::span<const Token> tokens, uint32_t noun) {
  const uint32_t k = NounPhraseStart(tokens, noun);
  if (k < 3 || !internal::IsWord(tokens[k - 1], "in")) return false;
  return FollowsBeForm(tokens, k - 2) ||
         (k >= 4 && internal::IsAuxiliaryOrAdverb(tokens[k - 3]) && FollowsBeForm(tokens, k - 3));
}

// "Fighting broke out in Mogadishu between government troops and clan
// militias", "Clashes erupted between Indian and Chinese troops": the
// first of two parties named right after "between" in tokens [from, to),
// and in *partner the second (joined by the coordination, or named after
// "and": "between Chad's army and the rebel Front for Change");
// -1 when there are no such two. The parties are read as mediation reads
// them (MentionsAfterBetween, coder/mediation_parties.h).
int FightingBetween(std::span<const Token> tokens, std::span<const Mention> mentions,
                    uint32_t from, uint32_t to, int* partner) {
  for (uint32_t k = from; k < to; ++k) {
    if (!internal::IsWord(tokens[k], "between")) continue;
    const std::vector<int> sides = internal::MentionsAfterBetween(tokens, mentions, k);
    if (sides.size() < 2) return -1;
    *partner = sides[1];
    return sides[0];
  }
  return -1;
}

// "the cleric whom he blamed", "militants, whom Nairobi blames": the mention
// that "whom" refers to when it stands right before `subject`; -1 otherwise.
// The antecedent is the party named right before "whom", past one comma.
// ("who" and "that" are mostly subjects themselves: "the envoy who met".)
int RelativeAntecedent(std::span<const Token> tokens, std::span<const Mention> mentions,
                       TokenSpan subject) {
  if (subject.begin < 2 || !internal::IsWord(tokens[subject.begin - 1], "whom")) return -1;
  uint32_t end = subject.begin - 1;
  if (tokens[end - 1].text == ",") --end;
  for (size_t x = 0; x < mentions.size(); ++x)
    if (mentions[x].span.end == end && !mentions[x].code.empty() && !mentions[x].locative)
      return static_cast<int>(x);
  return -1;
}

// Whether the token at `at` is in a clause opened by "if", "unless" or
// "whether": back from it to the nearest comma, semicolon or clause opener.
// ("If Iran attacks Israel, the US will defend it": "defend" is past the
// comma, in the main clause.)
bool InConditionClause(std::span<const Token> tokens, uint32_t at) {
  for (uint32_t k = at; k-- > 0;) {
    const Token& t = tokens[k];
    // "If Trump, with Bolton's encouragement, walks out of the deal": a
    // phrase with no finite verb set off by two commas inside the
    // condition does not end it; the search goes on before it.
    if (t.text == ",") {
      uint32_t open = k;
      bool finite = false;
      while (open > 0 && open + 9 > k) {
        --open;
        if (tokens[open].text == "," || tokens[open].text == ";") break;
        finite |= internal::IsFiniteVerbTag(tokens[open].pos);
      }
      if (open < k && tokens[open].text == "," && !finite && open + 1 < k) {
        k = open;
        continue;
      }
    }
    if (t.text == "," || t.text == ";" || t.text == ":" || t.text == ".") return false;
    if (internal::IsWord(t, "if") || internal::IsWord(t, "unless") ||
        internal::IsWord(t, "whether"))
      return true;
    // "would retaliate if Washington and its allies imposed tariffs": an
    // "and" between two nouns joins the condition's subjects, not clauses.
    if (internal::IsWord(t, "and") && k > 0 && k + 1 < at && IsNounTag(tokens[k - 1].pos) &&
        (internal::IsDeterminer(tokens[k + 1]) || IsNounTag(tokens[k + 1].pos) ||
         tokens[k + 1].pos == kPosPRPS))
      continue;
    if (internal::IsWord(t, "that") || internal::IsWord(t, "and") || internal::IsWord(t, "but") ||
        internal::IsWord(t, "because") || internal::IsWord(t, "while") ||
        internal::IsWord(t, "when") || internal::IsWord(t, "after"))
      return false;
  }
  return false;
}

// Whether the verb at `verb` directly follows an actor (an adverb such as
// "reportedly" may come between) and is followed by no object: the end of
// the sentence, a comma, a place ("kidnapped in Pakistan") or an agent
// ("abducted by gunmen"). Such a participle of a transitive act is passive.
bool HeadlinePassive(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t verb) {
  uint32_t before = verb;
  while (before > 0 && internal::IsAuxiliaryOrAdverb(tokens[before - 1]) &&
         !internal::IsWord(tokens[before - 1], "not"))
    --before;
  if (before != verb && !tokens[verb - 1].text.ends_with("ly")) return false;  // an auxiliary
  bool after_actor = false;
  for (const Mention& x : mentions)
    after_actor |= x.span.end == before && !x.code.empty() && !x.locative && !x.possessive;
  if (!after_actor) return false;
  if (verb + 1 >= tokens.size()) return true;
  const Token& next = tokens[verb + 1];
  // "killed at least 22 members": a number's "at least" starts an object.
  if (internal::IsWord(next, "at") && verb + 2 < tokens.size() &&
      (internal::IsWord(tokens[verb + 2], "least") || internal::IsWord(tokens[verb + 2], "most")))
    return false;
  // A place or an agent, not a preposition the verb takes ("fired on
  // targets", "clashed with troops").
  return next.text == "." || next.text == "," || next.text == "(" ||
         internal::IsLocativePreposition(next) || internal::IsWord(next, "by");
}

// "Trudeau thanked Lopez Obrador in a telephone call", "Lula urged Maduro
// during a phone call to ...", "Ruto urged the World Bank to speed up its
// loans at talks in Paris", "Ghana and Togo signed a border accord after
// three days of talks in Abuja", "Lammy praised Sisi during a visit to
// Cairo": an event noun
// of consultation (a call, talks, a meeting, a visit) heading a phrase of
// circumstance after its clause's verb is an event of its own between the
// verb's subject and whom it dealt with; the verb's event is another.
// Returns the index of the phrase's preposition ("in", "during", "at",
// "after"; "on" for a visit or a call only), or -1. Between it and the noun
// may stand a determiner, a possessive pronoun, adjectives, numbers and a
// span of time ("ten hours of").
int ConsultationAdjunct(std::span<const Token> tokens, std::span<const Mention> mentions,
                        TokenSpan noun, bool visit_or_call) {
  static constexpr std::array<std::string_view, 10> kSpans = {
      "days", "hours", "weeks", "months", "rounds", "day", "hour", "week", "round", "years"};
  uint32_t k = noun.begin;
  for (int steps = 0; k > 0 && steps < 6; ++steps) {
    const Token& t = tokens[k - 1];
    if (internal::IsDeterminer(t) || internal::IsPossessivePronoun(t) || t.pos == kPosJJ ||
        t.pos == kPosCD || internal::IsWord(t, "separate")) {
      --k;
      continue;
    }
    if (internal::IsWord(t, "of") && k >= 2 && internal::InWords(kSpans, tokens[k - 2])) {
      k -= 2;
      continue;
    }
    break;
  }
  if (k == 0) return -1;
  const Token& p = tokens[k - 1];
  const bool opens = internal::IsWord(p, "in") || internal::IsWord(p, "during") ||
                     internal::IsWord(p, "at") || internal::IsWord(p, "after") ||
                     (visit_or_call && internal::IsWord(p, "on"));
  if (!opens) return -1;
  // "in" and "on" open a phrase of the clause only after a party, a comma or
  // a time word ("apologised to Erdogan in a phone call", "on Monday in a
  // call"); after a common noun they belong to it ("opposed to French
  // mediation in peace negotiations with Syria"), after a verb they bring
  // its object ("agreed to participate in talks").
  if ((internal::IsWord(p, "in") || internal::IsWord(p, "on")) && k >= 2) {
    const Token& before = tokens[k - 2];
    static constexpr std::array<std::string_view, 9> kTimes = {
        "week", "month", "year", "night", "weekend", "morning", "evening", "afternoon", "day"};
    const bool after_party = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& x) {
      return x.span.end == k - 1 && !x.code.empty();
    });
    if (!after_party && before.text != "," && !before.Has(kTokenCapitalized) &&
        !internal::InWords(kTimes, before))
      return -1;
  }
  return static_cast<int>(k - 1);
}

// The party that gave the order after a passive verb ending at `after`: "on
// the orders of President X", "on (the) orders from X", "at the order of X",
// "on X's orders". -1 when there is none in the clause.
int OrdererAfter(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t after,
                 ClauseWindow window) {
  static constexpr std::string_view kOrders[] = {"orders", "order", "instructions"};
  for (uint32_t k = after; k + 1 < window.end && k < after + 12; ++k) {
    if (!internal::InWords(kOrders, tokens[k])) continue;
    uint32_t p = k;
    if (p > 0 && internal::IsWord(tokens[p - 1], "the")) --p;
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& y = mentions[x];
      if (y.locative || y.code.empty() || y.span.empty()) continue;
      // "on X's orders"
      if (y.possessive && y.span.end == k && y.span.begin > 0 &&
          (internal::IsWord(tokens[y.span.begin - 1], "on") ||
           internal::IsWord(tokens[y.span.begin - 1], "at")))
        return static_cast<int>(x);
      // "on the orders of X"
      if (p > 0 && (internal::IsWord(tokens[p - 1], "on") ||
                    internal::IsWord(tokens[p - 1], "at") ||
                    internal::IsWord(tokens[p - 1], "under")) &&
          (internal::IsWord(tokens[k + 1], "of") || internal::IsWord(tokens[k + 1], "from")) &&
          (y.span.begin == k + 2 ||
           (y.span.begin == k + 3 && internal::IsDeterminer(tokens[k + 2]))))
        return static_cast<int>(x);
    }
    return -1;
  }
  return -1;
}

// Whether the subject mention `subject` stands right before the verb at
// `verb`: past auxiliaries and adverbs, a time ("on Wednesday", "today") or
// the comma closing a phrase set off after the subject ("Kishida, on a visit
// to Manila, agreed"). "WASHINGTON -- A series of car bombings today killed"
// names no subject of "killed".
bool SubjectRightBefore(std::span<const Token> tokens, const Mention& subject, uint32_t verb) {
  static constexpr std::string_view kTimes[] = {"today", "yesterday", "tonight", "on", "also"};
  uint32_t k = verb;
  while (k > subject.span.end &&
         (internal::IsAuxiliaryOrAdverb(tokens[k - 1]) || internal::InWords(kTimes, tokens[k - 1]) ||
          internal::IsWeekday(tokens[k - 1])))
    --k;
  return k == subject.span.end || (k > subject.span.end && tokens[k - 1].text == ",");
}

namespace {

// Whether tokens[p] opens a call on a party to act: "on" or "upon", a name,
// then "to" and a verb's base form within a few words ("called on Moscow to
// respect the truce").
bool CallsOnAPartyTo(std::span<const Token> tokens, uint32_t p) {
  if (p + 3 >= tokens.size() ||
      !(internal::IsWord(tokens[p], "on") || internal::IsWord(tokens[p], "upon")) ||
      !tokens[p + 1].Has(kTokenCapitalized))
    return false;
  for (uint32_t k = p + 2; k + 1 < tokens.size() && k <= p + 7; ++k) {
    if (tokens[k].text == "," || tokens[k].text == ".") return false;
    // (The tagger may read the verb as a noun: "to hand over".)
    if (internal::IsWord(tokens[k], "to"))
      return tokens[k + 1].pos == kPosVB ||
             (tokens[k + 1].pos == kPosNN && !tokens[k + 1].Has(kTokenCapitalized));
  }
  return false;
}

}  // namespace

// "Russia accused Ukraine of shelling the plant and called for an inquiry",
// "Berlin said tests showed that the opposition leader had been poisoned and
// demanded an explanation from Minsk": a finite verb right after "and"
// is joined to the last finite verb of its form before it that has no
// auxiliary either; the infinitives, participles and passives between lie
// inside that verb's object or complement. Returns that verb's position, or
// -1: when the nearest verb before "and" is an active verb group with an
// auxiliary the second verb may share ("had killed 20 people and wounded
// 50"), or a passive it may share ("was arrested and charged with").
int ParallelFiniteVerb(std::span<const Token> tokens, uint32_t verb,
                       const std::function<bool(uint32_t)>& has_subject) {
  if (verb < 2 || !internal::IsWord(tokens[verb - 1], "and")) return -1;
  const uint8_t form = tokens[verb].pos;
  if (form != kPosVBD && form != kPosVBN && form != kPosVBZ) return -1;
  const uint8_t past = form == kPosVBZ ? kPosVBZ : kPosVBD;
  // (The first verb may stand before a "that" the clause window stops at:
  // "Merkel said that tests had shown that he was poisoned, and demanded".)
  uint32_t begin = 0;
  for (uint32_t k = verb; k-- > 0;)
    if (tokens[k].text == ";" || tokens[k].text == ":" || tokens[k].Has(kTokenQuote)) {
      begin = k + 1;
      break;
    }
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being"};
  auto auxiliary_before = [&](uint32_t k) {
    for (; k > begin && internal::IsAuxiliaryOrAdverb(tokens[k - 1]); --k)
      if (IsVerbTag(tokens[k - 1].pos)) return true;
    return false;
  };
  bool nearest = true;
  for (uint32_t k = verb - 1; k-- > begin;) {
    const Token& t = tokens[k];
    if (!IsVerbTag(t.pos) || internal::IsAuxiliaryOrAdverb(t)) continue;
    // (A past form the tagger took for a participle counts when no
    // auxiliary stands before it: "after the army seized the airport and
    // detained the mayor".)
    const bool past_read_as_participle =
        past == kPosVBD && t.pos == kPosVBN && k > begin &&
        (tokens[k - 1].pos == kPosNN || tokens[k - 1].pos == kPosNNS ||
         tokens[k - 1].pos == kPosNNP || tokens[k - 1].pos == kPosNNPS ||
         tokens[k - 1].pos == kPosJJ || tokens[k - 1].pos == kPosPRP) &&
        !(k + 1 < tokens.size() && internal::IsPreposition(tokens[k + 1]));
    const bool bare = (t.pos == past || past_read_as_participle) && !auxiliary_before(k) &&
                      !(k > 0 && internal::IsWord(tokens[k - 1], "to")) &&
                      !(k + 1 < tokens.size() && (internal::IsWord(tokens[k + 1], "of") ||
                                                  internal::IsWord(tokens[k + 1], "by")));
    if (nearest && !bare && (t.pos == kPosVBN || t.pos == kPosVBD) && auxiliary_before(k)) {
      bool passive = false;
      for (uint32_t a = k; a > begin && internal::IsAuxiliaryOrAdverb(tokens[a - 1]); --a)
        passive |= internal::InWords(kBe, tokens[a - 1]);
      if (!passive) return -1;
      // ("was arrested and charged with murder"; not "had been taken and
      // called on Moscow to respect the truce".)
      if (verb + 1 < tokens.size() && internal::IsPreposition(tokens[verb + 1]) &&
          !CallsOnAPartyTo(tokens, verb + 1))
        return -1;
    }
    nearest = false;
    if (bare && has_subject(k)) return static_cast<int>(k);
  }
  return -1;
}

}  // namespace khaldun::coder_internal
