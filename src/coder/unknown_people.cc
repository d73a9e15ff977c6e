#include "coder/unknown_people.h"

#include <algorithm>
#include <array>

#include "coder/clause.h"
#include "coder/mention_seeds.h"
#include "coder/mention_words.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Courtesy titles that only stand before a person's name ("Ms Hutt").
constexpr std::array<std::string_view, 12> kPersonTitles = {
    "mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lady", "dame"};

// Whether a role phrase of the dictionary ends right before token `b`
// ("Ambassador Yakovenko", "the government spokesman Prodomos Prodromou").
bool RoleEndsAt(std::span<const PhraseMatch> matches, size_t b) {
  for (const PhraseMatch& pm : matches)
    if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == b) return true;
  return false;
}

// Whether the capitalised words [b, e), which no dictionary phrase names,
// name a person in a subject's place: "Labour leader Jeremy Corbyn has
// accused ...", "Ms Hutt said ...", "Begum, 19, has been told ...". A person
// is named by two or more words, or by one after a courtesy title or a role,
// or by a surname seen before as such a person's, or by one right before a
// verb of saying or an age ("Riedijk said", "Hall, 24,"). Not after a
// preposition or a determiner ("in New York", "the Kurds"), not a possessive
// ("Corbyn's"), not a place, and not the name of the role just before a
// comma ("Russia's ambassador to the UK, Alexander Yakovenko, said": the
// ambassador, whom the dictionaries know).
bool NamesUnknownPerson(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                        const std::vector<Mention>& mentions, const CoreferenceMemory& memory,
                        const Gazetteer* gazetteer, size_t b, size_t e) {
  const size_t n = tokens.size();
  if (b > 0 && (IsPreposition(tokens[b - 1]) || IsDeterminer(tokens[b - 1]))) return false;
  // ("the navy commander, Vice Admiral Joao Mendes": the
  // title between the comma and the name is part of the apposition.)
  size_t lead = b;
  while (lead > 0 && (InWords(kPersonTitles, tokens[lead - 1]) || RoleEndsAt(matches, lead))) {
    size_t role_begin = lead - 1;
    for (const PhraseMatch& pm : matches)
      if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == lead)
        role_begin = std::min<size_t>(role_begin, pm.span.begin);
    lead = role_begin;
  }
  if (lead >= 2 && tokens[lead - 1].text == ",") {
    for (const Mention& m : mentions)
      if (m.span.end + 1 == lead && !m.code.empty() && m.role != nullptr) return false;
  }
  if (e < n && tokens[e].Has(kTokenPossessive)) return false;
  if (e - 1 > b && tokens[e - 1].Has(kTokenPossessive)) return false;
  if (gazetteer != nullptr) {
    size_t length = 0;
    if (gazetteer->MatchAt(tokens, b, &length) != nullptr && b + length >= e) return false;
  }
  // A subject is followed by its verb or an apposition ("Ollie Hall, 24,
  // died"), not by the end of a phrase ("since Boxing Day.").
  size_t after = e;
  if (after < n && IsAuxiliaryOrAdverb(tokens[after]) && !IsFiniteVerbTag(tokens[after].pos))
    ++after;
  if (after >= n || !(tokens[after].text == "," || IsFiniteVerbTag(tokens[after].pos) ||
                       IsVerbTag(tokens[after].pos)))
    return false;
  static constexpr std::array<std::string_view, 4> kSaid = {"said", "says", "told", "added"};
  const bool titled = b > 0 && (InWords(kPersonTitles, tokens[b - 1]) || RoleEndsAt(matches, b));
  const bool aged = e + 2 < n && tokens[e].text == "," && tokens[e + 1].Has(kTokenNumber) &&
                    tokens[e + 2].text == ",";
  const bool speaking = e < n && InWords(kSaid, tokens[e]);
  return e - b >= 2 || titled || aged || speaking || memory.IsUnknownPerson(tokens[e - 1].text);
}

// The index of the mention covering token `k`, or -1.
int MentionAt(const std::vector<Mention>& mentions, size_t k) {
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].span.begin <= k && k < mentions[m].span.end) return static_cast<int>(m);
  return -1;
}

// The run of capitalised words from token `k` (before `end`) that no
// mention or dictionary phrase covers: its end, or `k` when there is none.
size_t UnnamedRunEnd(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                     const std::vector<Mention>& mentions, size_t k, size_t end) {
  size_t e = k;
  while (e < end && IsNameToken(tokens[e]) && !IsPronounForPerson(tokens[e]) &&
         MentionAt(mentions, e) < 0) {
    ++e;
    if (tokens[e - 1].Has(kTokenPossessive)) break;
  }
  // (Most tokens start no run: skip the phrase scan, which costs a pass over
  // every phrase match of the sentence per token.)
  if (e == k) return k;
  for (const PhraseMatch& pm : matches)
    if ((pm.kind == PhraseMatch::Kind::kAgent ||
         (pm.kind == PhraseMatch::Kind::kActor && !AfterCourtesyTitle(tokens, pm))) &&
        pm.span.begin < e && k < pm.span.end)
      return k;
  return e;
}

// Whether a preposition governs the mention, past a determiner, a
// possessive and an adjective: "After talks with his Australian counterpart
// Penny Wong", "rallies against the party's leader Mahmoud Abbas".
bool InPrepositionalPhrase(std::span<const Token> tokens, const Mention& x) {
  size_t k = x.span.begin;
  for (int steps = 0; k > 0 && steps < 4; ++steps) {
    const Token& before = tokens[k - 1];
    if (IsPreposition(before)) return true;
    const bool owner_word = before.Has(kTokenPossessive) ||
                            (k < tokens.size() && tokens[k].Has(kTokenPossessive) &&
                             before.Has(kTokenWord));
    if (!IsDeterminer(before) && !IsPossessivePronoun(before) && before.pos != kPosJJ &&
        !owner_word)
      return false;
    --k;
  }
  return false;
}

// Whether the capitalised words [b, e) look like a person's full name: two
// to four proper nouns, none of them a place the gazetteer knows ("Last
// Tuesday" or "North Darfur" are no one).
bool LooksLikeFullName(std::span<const Token> tokens, const Gazetteer* gazetteer, size_t b,
                       size_t e) {
  if (e - b < 2 || e - b > 4) return false;
  for (size_t k = b; k < e; ++k)
    if (tokens[k].pos != kPosNNP || tokens[k].Has(kTokenPossessive)) return false;
  size_t length = 0;
  return gazetteer == nullptr || gazetteer->MatchAt(tokens, b, &length) == nullptr;
}

// Whether the role mention `m` may lend its code to a name beside it: one
// person holding an office of a known state or organisation ("Chad's
// interior minister"), named without a name of its own.
bool LendsItsCode(const Mention& m) {
  return m.role != nullptr && m.person && m.person_name.empty() && !m.unplaced && !m.locative &&
         !m.possessive && m.code.size() >= 6 && !m.code.starts_with(kUnplacedCountry);
}

}  // namespace

int FirstSubjectPerson(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                       const std::vector<Mention>& mentions, const CoreferenceMemory& memory,
                       const Gazetteer* gazetteer, size_t end, std::string* unknown_name,
                       std::string* known_code) {
  size_t k = 0;
  while (k < end) {
    if (const int covering = MentionAt(mentions, k); covering >= 0) {
      const Mention& x = mentions[covering];
      const bool subject_place = !x.possessive && !x.locative && !InPrepositionalPhrase(tokens, x);
      if (x.person && !x.code.empty() && !x.unplaced && subject_place) return covering;
      k = std::max<size_t>(x.span.end, k + 1);
      continue;
    }
    // "He said Trump was wrong", its "He" left uncoded: the unknown person
    // stays the subject.
    if (IsWord(tokens[k], "he") || IsWord(tokens[k], "she")) {
      if (unknown_name != nullptr) *unknown_name = std::string(tokens[k].text);
      return kUnknownPerson;
    }
    const size_t e = UnnamedRunEnd(tokens, matches, mentions, k, end);
    if (e > k && NamesUnknownPerson(tokens, matches, mentions, memory, gazetteer, k, e)) {
      // "Mr Blair said he ...": a titled surname is no dictionary phrase,
      // but the article named the person in full before.
      if (const std::string* code = memory.Lookup(tokens[e - 1].text);
          code != nullptr && known_code != nullptr) {
        *known_code = *code;
        if (unknown_name != nullptr) *unknown_name = *memory.FullNameOf(tokens[e - 1].text);
        return kNamedBefore;
      }
      if (unknown_name != nullptr)
        *unknown_name = SpanText(tokens, {static_cast<uint32_t>(k), static_cast<uint32_t>(e)});
      return kUnknownPerson;
    }
    k = std::max(e, k + 1);
  }
  return kNoPerson;
}

void RememberUnknownPeople(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                           const std::vector<Mention>& mentions, const Gazetteer* gazetteer,
                           CoreferenceMemory* memory) {
  for (size_t k = 0; k < tokens.size();) {
    const size_t e = UnnamedRunEnd(tokens, matches, mentions, k, tokens.size());
    if (e > k && NamesUnknownPerson(tokens, matches, mentions, *memory, gazetteer, k, e) &&
        memory->Lookup(tokens[e - 1].text) == nullptr)
      memory->RememberUnknownPerson(tokens[e - 1].text);
    k = std::max(e, k + 1);
  }
}

// "Chad's interior minister, Amina Bello, said ... Bello accused ...":
// a full name no dictionary knows, set off by commas right after a role
// that holds an office, is that office-holder; so is one set off right
// before it ("Amina Bello, Chad's interior minister, said"). The name
// must end at a comma, a full stop or a verb, so that a list ("the
// minister, Amina Bello and two aides") stays out. A name the memory
// already codes keeps its code.
void RememberAppositiveNames(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                             const std::vector<Mention>& mentions, const Gazetteer* gazetteer,
                             CoreferenceMemory* memory) {
  const size_t n = tokens.size();
  auto closes = [&](size_t e) {
    return e >= n || tokens[e].text == "," || tokens[e].text == "." ||
           IsFiniteVerbTag(tokens[e].pos);
  };
  auto remember = [&](size_t b, size_t e, const std::string& code) {
    if (memory->Lookup(tokens[e - 1].text) != nullptr) return;
    memory->RememberPerson(SpanText(tokens, {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}),
                           code);
  };
  for (const Mention& m : mentions) {
    if (!LendsItsCode(m)) continue;
    // The name after the role: "Chad's interior minister, Amina Bello,".
    if (const size_t b = m.span.end + 1; b < n && tokens[m.span.end].text == ",") {
      const size_t e = UnnamedRunEnd(tokens, matches, mentions, b, n);
      if (LooksLikeFullName(tokens, gazetteer, b, e) && closes(e) &&
          !(e < n && tokens[e].text == "," && e + 1 < n && IsWord(tokens[e + 1], "and")))
        remember(b, e, m.code);
    }
    // The name before the role: "Amina Bello, Chad's interior minister,".
    // (It opens the sentence or a clause, after a comma or a preposition.)
    if (m.span.begin >= 3 && tokens[m.span.begin - 1].text == "," && closes(m.span.end)) {
      const size_t e = m.span.begin - 1;
      size_t b = e;
      while (b > 0 && IsNameToken(tokens[b - 1]) && MentionAt(mentions, b - 1) < 0) --b;
      const bool opens = b == 0 || tokens[b - 1].text == "," || IsPreposition(tokens[b - 1]) ||
                         IsVerbTag(tokens[b - 1].pos);
      if (opens && UnnamedRunEnd(tokens, matches, mentions, b, e) == e &&
          LooksLikeFullName(tokens, gazetteer, b, e))
        remember(b, e, m.code);
    }
  }
}

}  // namespace khaldun::internal
