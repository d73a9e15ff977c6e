// The pronoun rules of FindMentions (mention_passes.h): "he", "she",
// "him", "his", "her", "they", "them" and "it", each resolved to the
// mention it stands for.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/clause_words.h"
#include "coder/coreference.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// A mention of the pronoun at `at` that stands for the person named last in
// the sentences before ("Rouhani arrived in Damascus. He met ...").
Mention RememberedPerson(std::span<const Token> tokens, size_t at,
                         const CoreferenceMemory& memory) {
  Mention pronoun;
  pronoun.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)};
  pronoun.code = memory.last_person_code();
  pronoun.how = fmt::format("coreference: {} = {}", tokens[at].text, memory.last_person_label());
  pronoun.person = true;
  pronoun.display_name = memory.last_person_label();
  return pronoun;
}

// "a High Court decision that it was not unlawful for police to ...", "it
// is unclear whether ...": "it" before a form of "be", an optional "not" or
// adverb and an adjective that a "to", "that", "for", "whether" or "if"
// clause follows stands for that clause; it refers to no one.
bool IsExpletiveIt(std::span<const Token> tokens, size_t i) {
  static constexpr std::array<std::string_view, 6> kBe = {"is", "was", "'s", "be", "been", "seems"};
  static constexpr std::array<std::string_view, 5> kClause = {"to", "that", "for", "whether", "if"};
  size_t k = i + 1;
  if (k < tokens.size() && (IsWord(tokens[k], "would") || IsWord(tokens[k], "will") ||
                            IsWord(tokens[k], "has") || IsWord(tokens[k], "had")))
    ++k;
  if (k >= tokens.size() || !InWords(kBe, tokens[k])) return false;
  ++k;
  if (k < tokens.size() && IsWord(tokens[k], "been")) ++k;
  for (int skipped = 0; k < tokens.size() && skipped < 2 &&
                        (IsWord(tokens[k], "not") || tokens[k].pos == kPosRB);
       ++skipped)
    ++k;
  if (k + 1 >= tokens.size() || tokens[k].pos != kPosJJ) return false;
  return InWords(kClause, tokens[k + 1]);
}

// "Parliament passed the bill, but the governor vetoed it", "the minister
// branded it a disgrace", "the unions will not accept it": an "it" right
// after a verb or a preposition with no predicate of its own after it is an
// object, and an object "it" in news almost always stands for a thing (a
// bill, a plan, a decision), not for the state or body named before it. It
// refers to no one. ("urged it to withdraw", "accused it of spying": an
// "it" before "to" or "of" keeps its usual reading.) Needs POS tags.
bool IsObjectIt(std::span<const Token> tokens, size_t i) {
  if (i == 0 || i + 1 >= tokens.size()) return false;
  const Token& before = tokens[i - 1];
  if (!((IsVerbTag(before.pos) && before.pos != kPosMD) || before.pos == kPosIN ||
        before.pos == kPosTO))
    return false;
  const Token& next = tokens[i + 1];
  if (next.pos == kPosNone || IsVerbTag(next.pos) || IsWord(next, "to") || IsWord(next, "of"))
    return false;
  // ("it now says", "it also threatened": an adverb before its verb.)
  if ((next.pos == kPosRB || IsWord(next, "not")) && i + 2 < tokens.size() &&
      IsVerbTag(tokens[i + 2].pos))
    return false;
  return true;
}

// The plural group that opens the sentence as its subject ("Hundreds of
// farmers blocked roads into Brussels, and riot police used water cannon to
// push them back"), when the clause of `at` has a subject of its own: a
// mention of another party right after a word that opens a clause (", and",
// ", but", "before", "after", "as", "when", "until") between the two, and
// no other group in between. Null otherwise.
const Mention* OpeningGroupBeforeClause(std::span<const Token> tokens,
                                        std::span<const Mention> mentions, size_t at) {
  if (mentions.size() < 2) return nullptr;
  const Mention& opener = mentions[0];
  if (!IsPluralGroup(opener, tokens) || opener.span.end >= at) return nullptr;
  // The opener is the sentence's subject: no verb before it.
  for (uint32_t k = 0; k < opener.span.begin; ++k)
    if (IsVerbTag(tokens[k].pos)) return nullptr;
  static constexpr std::array<std::string_view, 7> kOpeners = {
      "and", "but", "before", "after", "as", "when", "until"};
  const Mention* subject = nullptr;
  int groups = 0;  // other groups between the two
  for (size_t m = 1; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.empty() || x.span.end > at) continue;
    if (x.locative || x.possessive || x.code.empty()) continue;
    // The clause word, past up to two modifiers ("and riot police", "before
    // Tunisian police"); "and" only after a comma.
    uint32_t b = x.span.begin;
    for (int skipped = 0; b > 0 && skipped < 2 && (IsDeterminer(tokens[b - 1]) ||
                                                   tokens[b - 1].pos == kPosJJ);
         ++skipped)
      --b;
    const bool opens = b > 1 && InWords(kOpeners, tokens[b - 1]) &&
                       (!(IsWord(tokens[b - 1], "and") || IsWord(tokens[b - 1], "but")) ||
                        tokens[b - 2].text == ",");
    // (The clause of "them" is the last one opened.)
    if (opens && x.code != opener.code) subject = &x;
    if (IsPluralGroup(x, tokens)) ++groups;
  }
  if (subject == nullptr || groups > (IsPluralGroup(*subject, tokens) ? 1 : 0)) return nullptr;
  return &opener;
}

// Whether the pronoun at `i` opens a clause whose subject is likely the
// subject of the clause before: after a verb of saying or thinking ("Trump
// said (that) he ...") or a subordinating word ("Xi arrived in Astana, and
// he and Nazarbayev held talks", "as he sought to reassure"). Not after a
// demand ("Salah demanded that he be removed"), where it is another person.
bool OpensClauseOfTheSubject(std::span<const Token> tokens, size_t i) {
  static constexpr std::array<std::string_view, 24> kSaying = {
      "said",      "says",     "told",      "added",    "stated",   "insisted",
      "argued",    "hoped",    "believes",  "believed", "thinks",   "thought",
      "announced", "vowed",    "promised",  "pledged",  "claimed",  "denied",
      "admitted",  "confirmed", "indicated", "revealed", "warned",  "recalled"};
  // ("the cleric whom he blamed for the coup": a relative clause's own
  // subject is the main clause's.)
  static constexpr std::array<std::string_view, 15> kJoiners = {
      "when",     "after", "as",   "while", "because", "before", "since", "although",
      "though", "where", "and",  "but",     "once",   "until",  "whom"};
  size_t k = i;
  if (k > 0 && IsWord(tokens[k - 1], "that")) --k;
  // "said on Wednesday he was opening an investigation"
  if (k >= 3 && IsWord(tokens[k - 2], "on") && tokens[k - 1].Has(kTokenCapitalized)) k -= 2;
  if (k == 0) return false;
  return InWords(kSaying, tokens[k - 1]) || (k == i && InWords(kJoiners, tokens[k - 1]));
}

// The speaker of "X said (that) he ...": -1 when the pronoun does not
// follow a verb of saying, the index of the mention the speaker is, or
// kUnknownSpeaker when the word before the verb is no actor ("The owner
// of the retail chain said it ...", "Funaro said he ...").
constexpr int kNotReported = -1, kUnknownSpeaker = -2;
int Speaker(const SentenceScan& scan, const std::vector<Mention>& mentions, size_t i) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  static constexpr std::array<std::string_view, 9> kSaid = {
      "said", "says", "told", "added", "stated", "insisted", "argued", "warned", "announced"};
  size_t k = i;
  if (k > 0 && IsWord(tokens[k - 1], "that")) --k;
  // "said on Tuesday it would": a day after the verb.
  if (k >= 3 && IsWord(tokens[k - 2], "on") && tokens[k - 1].Has(kTokenCapitalized)) k -= 2;
  // "Moscow demanded that Berlin cancel the delivery, warning that it
  // would take countermeasures": after a participle of saying that opens a
  // clause (after a comma) the speaker is the subject of the main clause,
  // the party that opens the sentence, not the nearest party.
  static constexpr std::array<std::string_view, 6> kSaying = {
      "warning", "saying", "adding", "insisting", "stressing", "vowing"};
  // (Not in a sentence that opens with a quotation: its first party is
  // quoted, the speaker named after it.)
  const bool quoted = !tokens.empty() && (tokens[0].text == "\"" || tokens[0].text == "\u201c" ||
                                          tokens[0].text == "'" || tokens[0].text == "\u2018");
  if (k >= 3 && InWords(kSaying, tokens[k - 1]) && tokens[k - 2].text == "," && !quoted) {
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].locative || mentions[m].possessive || mentions[m].code.empty()) continue;
      if (mentions[m].span.begin <= 1 && mentions[m].span.end < k - 2)
        return static_cast<int>(m);
      break;
    }
    return kNotReported;
  }
  if (k < 2 || !InWords(kSaid, tokens[k - 1])) return kNotReported;
  size_t subject_end = k - 1;
  // "Absa also announced": an adverb between the subject and the verb.
  if (subject_end >= 2 && internal::IsAuxiliaryOrAdverb(tokens[subject_end - 1])) --subject_end;
  // "Caracas accused Bogota of plotting and announced that it was
  // severing diplomatic ties": a verb of saying coordinated with an
  // earlier one shares its subject, the sentence's first party.
  // (Only a party that opens the sentence: "A court ruled that Lifan
  // must stop ... and said it must pay" names no known speaker.)
  if (subject_end >= 2 && IsWord(tokens[subject_end - 1], "and")) {
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].locative || mentions[m].possessive || mentions[m].code.empty()) continue;
      if (mentions[m].span.begin <= 1 && mentions[m].span.end < subject_end)
        return static_cast<int>(m);
      break;
    }
  }
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].span.end == subject_end) return static_cast<int>(m);
  // "The ministry said it ...": a role word with no country of its own
  // is someone known from earlier; the usual reading of "it" holds.
  for (const PhraseMatch& pm : matches)
    if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.begin < subject_end &&
        subject_end <= pm.span.end)
      return kNotReported;
  return kUnknownSpeaker;
}

// Whether the pronoun at `i` follows a verb of saying whose subject, a
// capitalised word, is no actor the dictionaries know ("Funaro said he
// ...").
bool AfterUnknownSpeaker(const SentenceScan& scan, const std::vector<Mention>& mentions,
                         size_t i) {
  const std::span<const Token> tokens = scan.tokens;
  size_t k = i;
  if (k > 0 && IsWord(tokens[k - 1], "that")) --k;
  if (k < 2 || !IsNameToken(tokens[k - 2])) return false;
  return Speaker(scan, mentions, i) == kUnknownSpeaker;
}

}  // namespace

// "The minister received the striking nurses but rejected their demands",
// "the junta met the envoys and turned down their offer": "their" right
// after a verb that answers a call, before the noun of the call, is the
// plural group the sentence named before it that is not the verb's
// subject, the ones who made the call; with no such group, or two, it is
// left to the rules after.
bool ReadCallersOwner(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  static constexpr std::array<std::string_view, 9> kAnsweringVerbs = {
      "rejected", "refused", "dismissed", "ignored", "spurned",
      "rebuffed", "accepted", "heeded", "met"};
  static constexpr std::array<std::string_view, 12> kCallNouns = {
      "call",     "calls",   "demand",  "demands", "offer",   "offers",
      "proposal", "request", "requests", "appeal", "appeals", "plea"};
  if (!IsWord(tokens[i], "their") || i == 0 || i + 1 >= n ||
      !InWords(kAnsweringVerbs, tokens[i - 1]) || !InWords(kCallNouns, tokens[i + 1]))
    return false;
  const Mention* subject = ClauseSubjectBefore(tokens, mentions, i - 1);
  const Mention* group = nullptr;
  for (const Mention& x : mentions) {
    if (x.span.end > i - 1 || x.locative || x.possessive || x.code.empty() ||
        !IsPluralGroup(x, tokens) || (subject != nullptr && x.code == subject->code))
      continue;
    if (group != nullptr && group->code != x.code) return false;
    group = &x;
  }
  if (group == nullptr || (!mentions.empty() && mentions[0].code == group->code)) return false;
  Mention pronoun = PronounReferringTo(
      *group, i, fmt::format("coreference: their = {}", SpanText(tokens, group->span)));
  pronoun.possessive = true;
  pronoun.owned = false;
  pronoun.city = false;
  mentions.push_back(std::move(pronoun));
  *at = i + 1;
  return true;
}

// "Senators rose to applaud him and Chancellor Scholz praised his
// resolve": "his" or "her" right after a verb that judges, before a noun
// that names no role of the subject's own ("his government", "her
// party"), is the owner of what is judged: a person named before, not
// the verb's subject.
// Only after verbs that judge another's conduct: "Bush is to send his
// toughest budget", "outlined his plan", "began his maiden visit" are
// the subject's own.
bool ReadJudgedOwner(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  const Seeds& seeds = scan.seeds;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  static constexpr std::array<std::string_view, 16> kJudgingVerbs = {
      "praised",   "hailed",    "lauded",     "commended", "applauded", "saluted",
      "welcomed",  "criticised", "criticized", "condemned", "denounced", "slammed",
      "questioned", "mourned",  "congratulated", "thanked"};
  if ((IsWord(tokens[i], "his") || IsWord(tokens[i], "her")) && i > 0 && i + 1 < n &&
      InWords(kJudgingVerbs, tokens[i - 1]) &&
      tokens[i + 1].Has(kTokenWord) && !tokens[i + 1].Has(kTokenCapitalized) &&
      seeds.agent_at[i + 1] < 0 && (i + 2 >= n || seeds.agent_at[i + 2] < 0)) {
    // The verb's subject: the last party before it, past commas and
    // adverbs ("Italy's foreign minister, Antonio Tajani, expressed his
    // sympathy").
    const Mention* subject = nullptr;
    for (const Mention& x : mentions) {
      if (x.span.end >= i) continue;
      bool adjacent = true;
      for (uint32_t k = x.span.end; k + 1 < i && adjacent; ++k)
        adjacent = tokens[k].text == "," || IsAuxiliaryOrAdverb(tokens[k]);
      if (adjacent) subject = &x;
    }
    const Mention* owner = nullptr;
    for (const Mention& x : mentions)
      if (&x != subject && x.person && !x.code.empty() && !x.locative)
        owner = &x;
    if (owner == nullptr && !memory->last_person_code().empty() &&
        (subject == nullptr || subject->code != memory->last_person_code())) {
      Mention pronoun = RememberedPerson(tokens, i, *memory);
      pronoun.possessive = true;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
    if (owner != nullptr && (subject == nullptr || subject->code != owner->code)) {
      Mention pronoun = PronounReferringTo(
          *owner, i,
          fmt::format("coreference: {} = {}", tokens[i].text,
                      owner->person_name.empty() ? owner->code : owner->person_name));
      pronoun.possessive = true;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
  }
  return false;
}

// "Masked gunmen broke into the house of Ecuador's mayor Agustin
// Intriago and shot him dead": an object "him" is the person named earlier
// in its own sentence who is not its subject, before anyone of the
// sentences before.
bool ReadObjectPronoun(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (IsObjectPronoun(tokens, i)) {
    // Only a person in an object's place, after a preposition or a verb
    // ("the home of Haitian President Jovenel Moise"), not the subject of
    // a clause of their own ("Mr Blair recalls how Bill Clinton once
    // advised him", "met Pope John Paul II, who urged him").
    auto object_place = [&](const Mention& x) {
      const uint32_t b = x.span.begin, e = x.span.end;
      if (b == 0 || e >= n) return false;
      const Token& before = tokens[b - 1];
      const bool after_prep_or_verb = IsPreposition(before) || IsVerbTag(before.pos) ||
                                      (before.pos == kPosNone && before.text.ends_with("ed"));
      const Token& next = tokens[e];
      bool own_clause = IsWord(next, "who") || IsVerbTag(next.pos) ||
                        (next.text == "," && e + 1 < n && IsWord(tokens[e + 1], "who"));
      // (A reported clause closed before the pronoun's own clause is no
      // clause of the pronoun: in "the army chief said President Morales
      // had lost control, and called on him to step down", him is Morales.)
      if (own_clause && IsVerbTag(next.pos) && IsVerbTag(before.pos))
        for (size_t k = e; k + 1 < i; ++k)
          if (tokens[k].text == "," && IsWord(tokens[k + 1], "and")) own_clause = false;
      return after_prep_or_verb && !own_clause;
    };
    const Mention* arrived = ArrivalSubjectBeforeWhere(tokens, mentions, i, /*person=*/true);
    const Mention* named = nullptr;
    for (size_t m = 1; m < mentions.size(); ++m)
      if (mentions[m].person && !mentions[m].code.empty() && !mentions[m].locative &&
          !mentions[m].unplaced && (!mentions[m].person_name.empty() || mentions[m].role) &&
          object_place(mentions[m]))
        named = &mentions[m];
    if (named != nullptr && !mentions.empty() && mentions[0].person &&
        mentions[0].code == named->code)
      named = nullptr;  // the subject himself ("Putin said Lavrov told him")
    // "Biden flew into Hanoi, where the party chief received him": the one
    // who went to the place of a "where" clause.
    if (arrived != nullptr) named = arrived;
    // "Erdogan travelled to Baku for talks with Ilham Aliyev, who
    // greeted him at the airport": in a relative clause about someone else,
    // "him" is the sentence's subject.
    if (named == nullptr && !mentions.empty() && mentions[0].person &&
        !mentions[0].code.empty() && mentions.size() >= 2) {
      bool relative = false;
      for (uint32_t k = mentions[0].span.end; k < i && !relative; ++k)
        relative = IsWord(tokens[k], "who");
      const Mention& antecedent = mentions[mentions.size() - 1];
      if (relative && antecedent.person && antecedent.code != mentions[0].code)
        named = &mentions[0];
    }
    // "Morales resigned after the army chief called on him to step down":
    // in a clause opened by "after", "when", "before", "as" or "since"
    // whose own subject is another person, "him" is the subject of the
    // clause it is attached to.
    if (named == nullptr)
      for (size_t m = 0; m < mentions.size() && named == nullptr; ++m) {
        const Mention& p = mentions[m];
        if (!p.person || p.code.empty() || p.locative || p.possessive || p.span.end >= i ||
            !IsVerbTag(tokens[p.span.end].pos))
          continue;
        for (size_t k = p.span.end + 1; k < i; ++k) {
          if (!InWords(clause_words::kSubordinators, tokens[k])) continue;
          const Mention* other = nullptr;
          for (const Mention& q : mentions)
            if (q.person && !q.code.empty() && q.span.begin > k && q.span.end < i &&
                q.code != p.code && IsVerbTag(tokens[q.span.end].pos))
              other = &q;
          if (other != nullptr) named = &p;
          break;
        }
      }
    if (named == nullptr) named = OpeningPersonBeyondClause(tokens, mentions, i);
    if (named == nullptr) named = PersonObjectBeforeAnd(tokens, mentions, i);
    if (named != nullptr) {
      Mention pronoun = PronounReferringTo(
          *named, i,
          fmt::format("coreference: {} = {}", tokens[i].text,
                      named->person_name.empty() ? SpanText(tokens, named->span)
                                                 : named->person_name));
      pronoun.possessive = false;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
  }
  return false;
}

// "Brazilian President Lula, on an official trip to Angola,
// proposed ... after he and President Joao Lourenco signed trade
// accords", "Trump said he was pulling the troops out": "he" or "she" after
// a person in a subject's place of its own sentence is that person, not
// the person of the sentences before; after a person the dictionaries do
// not know ("Riedijk said he rejected Isis"), it codes nothing.
// ("Begum, 19, has been told by the home secretary that she will be
// stripped of her citizenship": after a subject no dictionary knows, in
// any clause, the pronoun codes nothing rather than someone else.)
bool ReadPronounOfTheSubject(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const MentionContext& context = scan.context;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (IsWord(tokens[i], "he") || IsWord(tokens[i], "she")) {
    // "After meeting Macron in Paris, Lula said he would visit China": right
    // after a person's verb of saying, "he" is that speaker, not the person
    // a fronted phrase named first.
    if (const int speaker = Speaker(scan, mentions, i);
        speaker >= 0 && mentions[speaker].person && !mentions[speaker].code.empty() &&
        !mentions[speaker].possessive) {
      Mention pronoun = PronounReferringTo(
          mentions[speaker], i,
          fmt::format("coreference: {} = {}", tokens[i].text,
                      SpanText(tokens, mentions[speaker].span)));
      pronoun.possessive = false;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
    std::string name, known_code;
    const int subject = FirstSubjectPerson(tokens, matches, mentions, *memory,
                                           context.gazetteer, i, &name, &known_code);
    const bool opens = OpensClauseOfTheSubject(tokens, i);
    if (subject == kUnknownPerson) {
      *at = i + 1;
      return true;
    }
    if (subject == kNamedBefore && opens) {
      Mention pronoun;
      pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
      pronoun.code = known_code;
      pronoun.how = fmt::format("coreference: {} = {}", tokens[i].text, name);
      pronoun.person = true;
      pronoun.person_name = name;
      pronoun.display_name = name;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
    if (subject >= 0 && opens) {
      Mention pronoun = PronounReferringTo(mentions[subject], i,
                                           fmt::format("coreference: {} = {}", tokens[i].text,
                                                       SpanText(tokens, mentions[subject].span)));
      pronoun.possessive = false;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
  }
  return false;
}

// "Sudanese President Omar al-Bashir stepped down ... days after defence
// minister Awad Ibn Auf insisted that he be removed from office": with no
// person in the sentences before (not even one the dictionaries do not
// know), "he" or "she" is the person the sentence opens with.
bool ReadPronounOfTheOpener(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if ((IsWord(tokens[i], "he") || IsWord(tokens[i], "she")) &&
      memory->last_person_code().empty() && memory->last_person_label().empty() &&
      !mentions.empty() && mentions[0].person && !mentions[0].code.empty() &&
      !mentions[0].possessive && !mentions[0].locative && mentions[0].span.begin <= 1 &&
      !AfterUnknownSpeaker(scan, mentions, i)) {
    Mention pronoun = PronounReferringTo(
        mentions[0], i,
        fmt::format("coreference: {} = {}", tokens[i].text, SpanText(tokens, mentions[0].span)));
    mentions.push_back(std::move(pronoun));
    *at = i + 1;
    return true;
  }
  return false;
}

// "he underlined": a personal pronoun refers to the last person named.
// "Funaro said he hoped to travel": the pronoun right after a name the
// dictionaries do not know and a verb of saying is that person, not the
// last person known.
bool ReadPronounOfTheLastPerson(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (IsPronounForPerson(tokens[i]) && !memory->last_person_code().empty() &&
      !AfterUnknownSpeaker(scan, mentions, i)) {
    Mention pronoun = RememberedPerson(tokens, i, *memory);
    pronoun.person_name =
        memory->last_person_label();  // so that a later "he" names the person too
    mentions.push_back(std::move(pronoun));
    *at = i + 1;
    return true;
  }
  return false;
}

namespace {

// Adds "them" at token `i` as a mention of `group`, a group the sentence
// names, and moves `at` past it. The pronoun is nobody's possession and no
// city. Always true, for "return AddThemReferringTo(...)".
bool AddThemReferringTo(std::span<const Token> tokens, const Mention& group, size_t i,
                        std::vector<Mention>* mentions, size_t* at) {
  Mention pronoun = PronounReferringTo(
      group, i, fmt::format("coreference: them = {}", SpanText(tokens, group.span)));
  pronoun.owned = false;
  pronoun.city = false;
  mentions->push_back(std::move(pronoun));
  *at = i + 1;
  return true;
}

}  // namespace

// "Ruto and Museveni met in Entebbe. They signed a
// communique": "they" at the start of a clause refers to the compound
// subject named last, in this sentence ("Israel and Hamas said they
// would ...") or the one before; each member becomes a mention of the
// same word, coordinated.
bool ReadTheyOrThem(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (IsWord(tokens[i], "they") || IsWord(tokens[i], "them")) {
    std::vector<const Mention*> group;
    for (size_t m = 0; m + 1 < mentions.size(); ++m) {
      const Mention& a = mentions[m];
      const Mention& b = mentions[m + 1];
      if (a.code.empty() || b.code.empty() || a.locative || b.locative || a.possessive) continue;
      if (b.span.begin == a.span.end + 1 && IsWord(tokens[a.span.end], "and")) {
        group = {&a, &b};
        // "Mali, Burkina Faso and Niger said they were leaving": the
        // members joined by commas before "A and B" belong to it too.
        for (size_t k = m; k > 0; --k) {
          const Mention& x = mentions[k - 1];
          if (x.code.empty() || x.locative || x.possessive ||
              x.span.end + 1 != mentions[k].span.begin || tokens[x.span.end].text != ",")
            break;
          group.insert(group.begin(), &x);
        }
      }
    }
    // "Ugandan peacekeepers landed in Mogadishu, where insurgents shelled
    // them": the group that went to the place of a "where" clause.
    if (const Mention* arrived =
            IsWord(tokens[i], "them") ? ArrivalSubjectBeforeWhere(tokens, mentions, i, false)
                                      : nullptr;
        arrived != nullptr)
      return AddThemReferringTo(tokens, *arrived, i, &mentions, at);
    std::vector<std::string> codes;
    for (const Mention* m : group) codes.push_back(m->code);
    if (codes.empty()) codes = memory->last_group();
    // No compound: the plural group that was the subject of the sentence
    // before, for a "They" that opens this one ("Boko Haram fighters
    // seized Baga. They went on to ...") or a "them" with no other plural
    // noun before it ("Thousands of protesters marched in Algiers. Police
    // fired tear gas to disperse them"). Within one sentence the choice
    // is too often wrong ("troops mistook police officers for militants
    // and shot them"), so it is not made.
    const Mention* plural = nullptr;
    if (codes.size() < 2 && !memory->last_plural().code.empty()) {
      bool opens = IsWord(tokens[i], "they") && i == 0;
      if (IsWord(tokens[i], "them")) {
        opens = true;
        for (size_t k = 0; k < i && opens; ++k) {
          const bool in_mention = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.span.begin <= k && k < m.span.end;
          });
          if (!in_mention && (tokens[k].pos == kPosNNS || tokens[k].pos == kPosNNPS)) opens = false;
        }
        // "Israeli troops mistook three Egyptian police officers for
        // Palestinian militants and shot them dead": another group than
        // the sentence's subject may be meant.
        for (size_t m = 1; m < mentions.size() && opens; ++m)
          if (IsPluralGroup(mentions[m], tokens)) opens = false;
      }
      if (opens) plural = &memory->last_plural();
    }
    if (plural != nullptr) {
      Mention pronoun = PronounReferringTo(
          *plural, i,
          fmt::format("coreference: {} = {}", tokens[i].text,
                      plural->display_name.empty() ? plural->code : plural->display_name));
      pronoun.owned = false;
      pronoun.city = false;
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
    // "freed 200 prisoners and flew them to Rome": the object before "and".
    if (Mention them; plural == nullptr && codes.size() < 2 &&
                      (ThemAsEarlierObject(tokens, mentions, i, &them) ||
                       ThemAgain(tokens, mentions, i, &them))) {
      mentions.push_back(std::move(them));
      *at = i + 1;
      return true;
    }
    // "Thousands of students marched through Dhaka, and police fired tear
    // gas to disperse them", "... before security forces detained dozens
    // of them": "them" in a later clause that has a subject of its own is
    // the plural group the sentence opened with, when no other group
    // stands between them. (In one clause, "troops mistook police officers
    // for militants and shot them", the choice is left open, as above.)
    if (plural == nullptr && codes.size() < 2 && IsWord(tokens[i], "them")) {
      if (const Mention* opener = OpeningGroupBeforeClause(tokens, mentions, i);
          opener != nullptr)
        return AddThemReferringTo(tokens, *opener, i, &mentions, at);
    }
    if (codes.size() >= 2) {
      const size_t first = mentions.size();
      for (size_t k = 0; k < codes.size(); ++k) {
        Mention pronoun;
        pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
        pronoun.code = codes[k];
        pronoun.how = fmt::format("coreference: they = {}", fmt::join(codes, " and "));
        pronoun.display_name = codes[k];
        if (k + 1 < codes.size()) pronoun.coordinated_with = static_cast<int>(first + k + 1);
        mentions.push_back(std::move(pronoun));
      }
      *at = i + 1;
      return true;
    }
  }
  return false;
}

// "cut ties with Qatar, accusing it of ...", "North Korea's army warned
// that it would ...", "It also accused Seoul ...": "it" refers to the
// last state or organisation named in the sentence, else to the previous
// sentence's salient one.
bool ReadIt(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (IsWord(tokens[i], "it")) {
    // "The United States said on Monday it will ...": "it" after a verb
    // of saying is the speaker; "The owner of the retail chain said it
    // ...", a speaker no dictionary knows, is no one to code.
    const int said_by = Speaker(scan, mentions, i);
    if (said_by == kUnknownSpeaker || IsExpletiveIt(tokens, i) || IsObjectIt(tokens, i)) {
      *at = i + 1;
      return true;
    }
    const Mention* antecedent = nullptr;
    if (said_by >= 0 && !mentions[said_by].person && !mentions[said_by].locative &&
        !mentions[said_by].code.empty())
      antecedent = &mentions[said_by];
    // "The ministry shut the broadcaster down, accusing it of bias": the
    // object of a participle after a comma is not that participle's own
    // subject, the main clause's (that would be "itself"); it is the party
    // named last that is not the subject (a dictionary's broadcaster or
    // company may be marked as a person).
    // ("..., insisting it had acted lawfully": before a verb "it" is the
    // subject of the clause the participle reports, the main subject.)
    const bool participle_object =
        i >= 2 && i + 1 < tokens.size() && tokens[i - 2].text == "," &&
        tokens[i - 1].text.ends_with("ing") && !tokens[i - 1].Has(kTokenCapitalized) &&
        (IsWord(tokens[i + 1], "of") || IsWord(tokens[i + 1], "for") ||
         IsWord(tokens[i + 1], "to") || IsWord(tokens[i + 1], "over"));
    const Mention* subject = nullptr;
    for (const Mention& m : mentions)
      if (subject == nullptr && !m.locative && !m.possessive && !m.code.empty()) subject = &m;
    for (const Mention& m : mentions) {
      if (said_by >= 0 || m.locative || m.unplaced || m.code.empty()) continue;
      if (participle_object) {
        if (subject != nullptr && &m != subject && m.code != subject->code) antecedent = &m;
      } else if (!m.person) {
        antecedent = &m;
      }
    }
    std::string label =
        antecedent ? SpanText(tokens, antecedent->span) : memory->last_thing_label();
    std::string code = antecedent ? antecedent->code : memory->last_thing_code();
    if (!code.empty()) {
      Mention pronoun;
      pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
      pronoun.code = std::move(code);
      pronoun.how = fmt::format("coreference: it = {}", label);
      pronoun.display_name = std::move(label);
      mentions.push_back(std::move(pronoun));
      *at = i + 1;
      return true;
    }
  }
  return false;
}

}  // namespace khaldun::internal
