// Places in FindMentions (mention_passes.h): which mentions name where an
// event happens rather than who takes part in it.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/fronted_phrase.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

constexpr std::array<std::string_view, 7> kAreaNouns = {"area",      "areas",   "region", "regions",
                                                       "districts", "suburbs", "outskirts"};

}  // namespace

void MarkPlace(const SentenceScan& scan, const PhraseWords& words,
    const std::vector<Mention>& mentions, Mention* mention_out) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const size_t n = tokens.size();
  const Dictionary& dict = scan.dict;
  const MentionContext& context = scan.context;
  const size_t start = words.start;
  const size_t j = words.end;
  const std::string& actor_code = words.actor_code;
  const AgentEntry* agent = words.agent;
  const std::vector<size_t>& name_tokens = words.name_tokens;
  const bool possessive = words.possessive;
  const bool undated_entry = words.undated_entry;
  Mention& mention = *mention_out;
  // "in Tehran", "a base in Iraq": a place named after a locative
  // preposition locates the event; it does not take part in it.
  // "in Turkey and Syria": the second place of a list after a locative
  // preposition is a place too.
  // (Not a country after a comma that the clause's verb follows: "A day
  // after the rivals met in Geneva, the United States on Monday lifted its
  // sanctions" names the subject of the main clause.)
  size_t after = j;
  if (after + 1 < n && IsWord(tokens[after], "on") && IsWeekday(tokens[after + 1]))
    after += 2;
  // ("After two days of talks in Doha, Canada imposed ...": nor the first
  // party after the comma that closes a phrase fronted before the subject,
  // when no list goes on after it; mentions are read before the sentence
  // is tagged.)
  const bool subject_after_comma =
      start > 0 && tokens[start - 1].text == "," && after < n &&
      (tokens[after].pos == kPosVBD || tokens[after].pos == kPosVBZ ||
       tokens[after].pos == kPosVBP || tokens[after].pos == kPosMD ||
       (tokens[j].text != "," && !IsWord(tokens[j], "and") && !IsWord(tokens[j], "or") &&
        !mentions.empty() && ClosesFrontedPhrase(tokens, mentions.back().span.begin, start - 1)));
  const bool listed_place = start > 0 && !mentions.empty() && mentions.back().locative &&
                            mentions.back().span.end + 1 == start && !subject_after_comma &&
                            (IsWord(tokens[start - 1], "and") || tokens[start - 1].text == ",");
  // "separatists in eastern Ukraine", "fighting in northern Syria": a
  // compass word may stand between the preposition and the place.
  const bool compass_place =
      start >= 2 && IsCompassWord(tokens[start - 1]) && IsLocativePreposition(tokens[start - 2]);
  // "China hit back at the United States", "took aim at Washington",
  // "Colin Powell arrives in Seoul": a preposition that ends a verb phrase
  // of the dictionary introduces the verb's object, not a place in
  // passing; a place there is both the target and (coder.cc) where the
  // event happens.
  const bool verbs_preposition =
      start > 1 &&
      std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& pm) {
        if (pm.kind != PhraseMatch::Kind::kVerb || pm.span.end != start ||
            pm.span.begin + 1 >= start)
          return false;
        // "world powers gathered in Egypt for a conference": the place of
        // a meeting (04, other than a visit) is no party to it.
        const std::string& code =
            dict.verb_form(pm.id).EffectiveCode(dict.verb_blocks()).primary;
        return !(code.starts_with("04") && !code.starts_with("042"));
      });
  if (context.gazetteer != nullptr && start > 0 && !verbs_preposition &&
      (IsLocativePreposition(tokens[start - 1]) || listed_place || compass_place)) {
    size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
    size_t length = 0;
    if (const Place* place = context.gazetteer->MatchAt(tokens, p, &length);
        place != nullptr && p + length == j) {
      mention.locative = true;
      mention.place = place;
    }
    // "sought help in the US", "studied in the UK": the gazetteer leaves
    // acronyms out ("us" is a pronoun to a case-blind match), so a
    // country written as one upper-case acronym after the preposition is
    // placed here, by the country code the dictionary gave it.
    // Only after "in", and only an acronym that ends its noun phrase:
    // "supported by the U.K.", "dlrs in U.S. aid" name a party and a
    // modifier.
    static constexpr std::array<std::string_view, 16> kPhraseEnders = {
        "and",   "or",    "but",  "because", "since", "while", "when",    "where",
        "until", "after", "last", "this",    "next",  "later", "earlier", "as"};
    const bool ends_phrase = j >= n || !tokens[j].Has(kTokenWord) ||
                             IsPreposition(tokens[j]) || InWords(kPhraseEnders, tokens[j]);
    if (!mention.locative && p + 1 == j && IsWord(tokens[start - 1], "in") && ends_phrase &&
        actor_code.size() == 3 && agent == nullptr && name_tokens.empty() &&
        Gazetteer::IsAcronym(tokens[p].text)) {
      if (const Place* country = context.gazetteer->Country(actor_code); country != nullptr) {
        mention.locative = true;
        mention.place = country;
      }
    }
    // "Russian forces withdrew from the area around Kyiv", "pulled back to
    // the districts near Stepanakert": an area named by the place after a
    // preposition of movement is where the movement goes from or to, the
    // place the act is on, as "withdrew from Kyiv" is.
    if (mention.locative && start >= 4 && !listed_place && !compass_place &&
        (IsWord(tokens[start - 1], "around") || IsWord(tokens[start - 1], "near")) &&
        InWords(kAreaNouns, tokens[start - 2])) {
      size_t b = IsDeterminer(tokens[start - 3]) ? start - 4 : start - 3;
      if (IsWord(tokens[b], "from") || IsWord(tokens[b], "to") || IsWord(tokens[b], "into") ||
          IsWord(tokens[b], "toward") || IsWord(tokens[b], "towards"))
        mention.locative = false;
    }
  }
  if (context.gazetteer != nullptr && verbs_preposition) {
    size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
    size_t length = 0;
    if (const Place* place = context.gazetteer->MatchAt(tokens, p, &length);
        place != nullptr && p + length == j)
      mention.place = place;
  }
  // "the Hanoi summit", "the Geneva talks": a city named before a noun is
  // where something happens; FindNounModifier does not take it as the
  // event's actor.
  if (!mention.locative && context.gazetteer != nullptr && agent == nullptr && !possessive) {
    size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
    size_t length = 0;
    if (const Place* place = context.gazetteer->MatchAt(tokens, p, &length);
        place != nullptr && p + length == j && place->kind != PlaceKind::kCountry)
      mention.city = true;
  }
  // "signed the accords at the White House", "spoke at the UN": an
  // institution named after "at" is where the event happens.
  if (!mention.locative && start > 0 && IsWord(tokens[start - 1], "at") && agent == nullptr &&
      !verbs_preposition && undated_entry && name_tokens.empty() && actor_code.size() > 3) {
    mention.locative = true;
  }
  // "in the Gulf of Oman", "across the Strait of Hormuz": a country named
  // inside the name of a place after a locative preposition is part of
  // that place.
  if (!mention.locative && start >= 3 && IsWord(tokens[start - 1], "of") &&
      tokens[start - 2].Has(kTokenCapitalized)) {
    size_t k = start - 2;
    while (k > 0 && tokens[k - 1].Has(kTokenCapitalized) && !IsLocativePreposition(tokens[k - 1]))
      --k;
    if (k > 0 && IsDeterminer(tokens[k - 1])) --k;
    if (k > 0 && IsLocativePreposition(tokens[k - 1])) mention.locative = true;
  }
}

}  // namespace khaldun::internal
