#include "coder/mentions.h"

#include <span>
#include <vector>

#include "coder/mention_passes.h"
#include "coder/mention_seeds.h"

namespace khaldun::internal {
namespace {

// Whether the token is a word that some rule below starts on. Most tokens
// are none, and are spared the thirteen calls; a new rule adds its first
// word here.
bool MayReferBack(const Token& t) {
  switch (t.text.size()) {
    case 2:
      return IsWord(t, "he") || IsWord(t, "it") || IsWord(t, "p5") || IsWord(t, "e3");
    case 3:
      return IsWord(t, "his") || IsWord(t, "her") || IsWord(t, "him") || IsWord(t, "she") ||
             IsWord(t, "two") || IsWord(t, "all") || IsWord(t, "the") || IsWord(t, "its") ||
             IsWord(t, "six") || IsWord(t, "eu3") || IsWord(t, "big");
    case 4:
      return IsWord(t, "they") || IsWord(t, "them") || IsWord(t, "both");
    case 5:
      return IsWord(t, "their") || IsWord(t, "three") || IsWord(t, "world") ||
             IsWord(t, "major");
    case 6:
      return IsWord(t, "baltic") || IsWord(t, "middle") || IsWord(t, "global");
    case 7:
      return IsWord(t, "suspect") || IsWord(t, "quartet");
    case 8:
      return IsWord(t, "suspects");
    default:
      return false;
  }
}

// The words at *at that refer back to an actor named before, by the first
// rule that reads them (mention_passes.h); false when none does.
bool ReadReferenceAt(const SentenceScan& scan, std::vector<Mention>* mentions, size_t* at) {
  if (!MayReferBack(scan.tokens[*at])) return false;
  return ReadTheSuspect(scan, mentions, at) || ReadJudgedOwner(scan, mentions, at) ||
         ReadCallersOwner(scan, mentions, at) ||
         ReadObjectPronoun(scan, mentions, at) || ReadPronounOfTheSubject(scan, mentions, at) ||
         ReadPronounOfTheOpener(scan, mentions, at) ||
         ReadObjectPronounOfTheOtherPerson(scan, mentions, at) ||
         ReadPronounOfTheLastPerson(scan, mentions, at) || ReadTheyOrThem(scan, mentions, at) ||
         ReadThePair(scan, mentions, at) || ReadTheCount(scan, mentions, at) ||
         ReadNamedGroup(scan, mentions, at) ||
         ReadTheCounterpart(scan, mentions, at) || ReadTheOrganisationOrGroup(scan, mentions, at) ||
         ReadTheStateNoun(scan, mentions, at) || ReadTheOtherKorea(scan, mentions, at) ||
         ReadTheDecision(scan, mentions, at) || ReadIt(scan, mentions, at);
}

}  // namespace

std::vector<Mention> FindMentions(std::span<const Token> tokens,
                                  std::span<const PhraseMatch> matches,
                                  const MentionContext& context, CoreferenceMemory* memory) {
  const Dictionary& dict = *context.dictionary;
  const bool title_case = TitleCase(tokens);
  const SentenceScan scan{tokens,     matches, context,
                          dict,       title_case, IndexSeeds(tokens, matches, dict, title_case),
                          memory};
  std::vector<Mention> mentions;
  for (size_t i = 0; i < tokens.size();) {
    if (ReadReferenceAt(scan, &mentions, &i)) continue;
    ReadPhraseAt(scan, &mentions, &i);
  }
  GiveReferringOwnersTheirRoles(&mentions);
  RememberSalientActors(scan, mentions);
  DropWeaponInstruments(scan, &mentions);
  AddNorthKorea(scan, &mentions);
  AddBrusselsBesideAState(scan, &mentions);
  CoordinateLists(scan, &mentions);
  ShareRolesInLists(scan, &mentions);
  PlaceRolesNamedAsParts(scan, &mentions);
  PlaceRolesAfterCountryWord(scan, &mentions);
  PlaceRolesInWhereClause(scan, &mentions);
  PlaceRolesBeforeANationality(scan, &mentions);
  SettleEthnicGroups(scan, &mentions);
  RememberForNextSentence(scan, mentions);
  return mentions;
}

}  // namespace khaldun::internal
