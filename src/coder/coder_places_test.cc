// Places: where an event happens, places acted on, and actors' countries
// read from places.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, ARolesPlaceMayFollowCityOf) {
  EXPECT_EQ("RUSMIL 190 IRQCVL @Basra",
            Code("Russian troops attacked civilians in the southern city of Basra."));
  // A lake named after a country is no party.
  EXPECT_EQ("", Code("Russian troops attacked villages on the shores of Lake Iraq."));
}

TEST_F(CoderTest, ACourtTakesItsCountryOnlyFromItsPlace) {
  EXPECT_EQ("IRQJUD 111 IRN", Code("A court in Baghdad condemned Iran."));
  // Not "IRNJUD": a court that judges foreigners is not theirs.
  EXPECT_EQ("", Code("A court condemned Iran."));
}

TEST_F(CoderTest, AnInstitutionAfterAtIsAPlace) {
  EXPECT_EQ("RUS 040 CHN; CHN 040 RUS", Code("Russia and China met at the White House."));
}

TEST_F(CoderTest, PlaceAfterLocativeIsNotAnActor) {
  EXPECT_EQ("RUS 190 IRQ", Code("Russia attacked Iraq."));
  EXPECT_EQ("RUS 190 CHN @Baghdad", Code("Russia attacked China in Baghdad."));
  EXPECT_EQ("RUS 190 CHN @Iraq", Code("Russia attacked China in Iraq."));
}

TEST_F(CoderTest, PlaceFarAfterTheEventDoesNotLocateIt) {
  EXPECT_EQ("RUS 190 CHN",
            Code("Russia attacked China and the loss of life in the storm near Tehran."));
}

TEST_F(CoderTest, ACompassWordKeepsAPlaceAfterAPrepositionAPlace) {
  auto places = Gazetteer::FromPlaces({{"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7}});
  // Iraq is where the Russian troops are; it does not condemn.
  EXPECT_EQ("RUSMIL 111 CHN",
            CodeAsStates("Russian troops in northern Iraq condemned China.", places));
}

TEST_F(CoderTest, AVisitForAnOrganisationsMeetingVisitsThePlace) {
  // Basra is a city of the gazetteer; the IMF meeting is why Iran came.
  // (VISIT is [042:043] here: the place visited hosts.)
  EXPECT_EQ("IRN 042 IRQ @Basra; IRQ 043 IRN",
            Code("Iran visited Basra for a meeting of the International Monetary Fund."));
}

TEST_F(CoderTest, ANameBeforeAMilitaryFacilityNamesTheFacility) {
  auto places = Gazetteer::FromPlaces({{"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7}});
  EXPECT_EQ("RUS 190 IRQMIL",
            CodeAsStates("Russia attacked the Shayrat air base in Iraq.", places));
}

TEST_F(CoderTest, EmergencyRuleOnAStatesOwnCityFallsOnItsPeople) {
  // "Moscow" is no place of this gazetteer, so it is read as the country; a
  // curfew announced for it falls on its people, not on its government.
  auto places = Gazetteer::FromPlaces({{"Russia", "RUS", PlaceKind::kCountry, 61.5, 105.3}});
  EXPECT_EQ("RUSGOV 1323 RUS",
            CodeAsStates("The Russian government will impose a curfew in Moscow.", places, true));
}

TEST_F(CoderTest, AnActOnAPlaceWithoutAnObjectActsOnThePlaceWhereItHappens) {
  EXPECT_EQ("RUS 190 IRQ @Baghdad", Code("Russia attacked targets in Baghdad on Sunday."));
  // Not for a mutual act of a compound source: they fought each other.
  EXPECT_EQ("RUS 190 CHN @Baghdad; CHN 190 RUS @Baghdad",
            Code("Russia and China fought in Baghdad."));
}

TEST_F(CoderTest, RefugeesFleeingAWarInAPlaceAreOfThatPlace) {
  EXPECT_EQ("IRN 073 IRQREF @Iraq",
            Code("Iran delivered food to refugees fleeing the war in Iraq."));
}

TEST_F(CoderTest, APopulationOfAPlaceIsOfThatPlace) {
  // "his thoughts were with the people of Boston".
  EXPECT_EQ("IRN 073 IRQREF", Code("Iran delivered food to the refugees of Basra."));
  // Not a role of another sector: "the troops of Basra" has no country here.
  EXPECT_EQ("", Code("Iran delivered food to the troops of Basra."));
}

TEST_F(CoderTest, APartyNamedAsTheObjectBeatsAPlaceThePatternBinds) {
  EXPECT_EQ("IRQ 194 CHN @Tehran", Code("Iraq shelled Chinese positions in Tehran."));
  EXPECT_EQ("IRQ 194 IRN @Tehran", Code("Iraq shelled targets in Tehran."));
}

TEST_F(CoderTest, ACompassWordMayStandBeforeTheEventsPlace) {
  EXPECT_EQ("RUS 190 CHN @Iraq", Code("Russia attacked China in northern Iraq."));
}

TEST_F(CoderTest, ACountryInsideAPlaceNameIsNotAParty) {
  EXPECT_EQ("RUS 190 CHN", Code("Russia attacked China in the Gulf of Iraq."));
}

// Wire text cut at a line end leaves "the Gulf of" before a comma or a
// backslash; the scan must move past it rather than loop on the comma.
TEST_F(CoderTest, AFeatureNameCutOffBeforeItsNameEndsTheScan) {
  EXPECT_EQ("RUS 190 CHN", Code("Russia attacked China in the Gulf of, officials said."));
  EXPECT_EQ("", Code("The time lag to bring Gulf of\\"));
}

TEST_F(TaggedCoderTest, ANameEndingInASeaIsAPlaceNotItsCountry) {
  // "the East China Sea" is neither China nor a person named "East Sea".
  EXPECT_EQ("", CodeTagged("Iran condemned the drills in the East China Sea."));
}

TEST_F(TaggedCoderTest, FromAfterForcesAVerbMovesIsWhereTheyComeFrom) {
  // After a verb that moves one's own people, "from" names where forces are
  // moved from, not whose they are (not "IRQ 0873 CHNMIL"); before a verb
  // it names whose they are.
  EXPECT_EQ("IRQ 0873 CHN", CodeTagged("Iraq evacuated troops from China."));
  EXPECT_EQ("CHNMIL 111 IRQ", CodeTagged("Troops from China condemned Iraq."));
}

TEST_F(CoderTest, ARoleWithNoPlaceActsWhereTheStoryIsFiledFrom) {
  // The dateline's city completes the role; it is not the event's location.
  EXPECT_EQ("IRQOPP 141 IRQGOV", Code("BAGHDAD (Reuters) - Protesters demonstrated on Sunday."));
  EXPECT_EQ("", Code("Protesters demonstrated on Sunday."));
}

TEST_F(CoderTest, AProtestersRoleTakesThePlaceItsClauseNames) {
  // The place is far after the verb; a protester acts where the clause says.
  EXPECT_EQ("IRQOPP 141 IRQGOV @Baghdad",
            Code("Protesters demonstrated for a third day against the government in Baghdad."));
  // Armed forces act abroad: the war's place is not theirs.
  EXPECT_EQ("", Code("The Iranian government condemned the army over the war in Baghdad."));
}

TEST_F(CoderTest, ARoleWithNoCountryActsWhereItIsSaidToBe) {
  // The place stands between the protesters and their protest.
  EXPECT_EQ(
      "IRQOPP 141 IRQGOV @Basra",
      Code("Hundreds of protesters gathered in Basra to demonstrate against the government."));
}

TEST_F(CoderTest, ADuringPhraseIsTheSettingNotTheObject) {
  // Not "RUS 111 IRNGOV": the visit is when it happened.
  EXPECT_EQ("", Code("Russia condemned the decision during Hassan Rouhani's visit."));
}

TEST_F(CoderTest, APatternThatWritesTheLocativePrepositionBindsThePlace) {
  EXPECT_EQ("IRN 015 IRQ @Baghdad", Code("Iran claimed the attacks in Baghdad."));
  // Without "(IN +)" a place after "in" is where the event happens.
  EXPECT_EQ("IRN 111 RUS @Baghdad", Code("Iran condemned Russia in Baghdad."));
}

TEST_F(CoderTest, ACityOfTheGazetteerNamesTheCountryActedOn) {
  // Basra is no actor of the dictionary, only a place.
  EXPECT_EQ("IRNMIL 190 IRQ @Basra", Code("Iranian troops attacked targets near Basra."));
}

TEST_F(CoderTest, APassiveSubjectNamesThePlaceActedOn) {
  // The city is in what was struck, before the passive verb.
  EXPECT_EQ("IRNMIL 190 IRQ @Basra", Code("Targets near Basra were attacked by Iranian troops."));
  EXPECT_EQ("IRNMIL 190 IRQ @Basra",
            Code("Targets near Basra were reportedly attacked by Iranian troops."));
  // In the active voice the subject is the attacker, not what was struck.
  EXPECT_EQ("", Code("Targets near Basra attacked Iranian troops."));
}

TEST_F(CoderTest, PlacesListedAfterALocativePrepositionAreAllActedOn) {
  EXPECT_EQ("RUS 190 IRQ @Baghdad; RUS 190 IRN @Tehran",
            Code("Russia attacked targets in Baghdad and Tehran."));
}

TEST_F(CoderTest, ThePopulationOfAPlaceActedOnIsTheCountry) {
  EXPECT_EQ("IRN 073 IRQ @Baghdad", Code("Iran delivered food to people in Baghdad."));
  // Civilians named as such keep their sector.
  EXPECT_EQ("IRN 073 IRQCVL @Baghdad", Code("Iran delivered food to civilians in Baghdad."));
}

TEST_F(CoderTest, AnActorInAPhraseOfTimeIsTheSettingNotTheObject) {
  EXPECT_EQ("", Code("Russia condemned the decision after the Iraqi elections."));
  EXPECT_EQ("RUS 111 IRQ", Code("Russia condemned Iraq after the elections."));
}

TEST_F(CoderTest, AnAreaAroundAPlaceMovedFromIsThatPlace) {
  // "Russian forces withdrew from the area around Kyiv".
  EXPECT_EQ("IRNMIL 0874 IRQ @Baghdad",
            Code("Iranian troops withdrew from the area around Baghdad."));
  EXPECT_EQ("IRNMIL 0874 IRQ", Code("Iranian troops withdrew from Baghdad."));
}

TEST_F(CoderTest, ForceOnAPlaceHousingAPartyIsOnThatParty) {
  // Missiles launched at a pair of Iraqi bases where US soldiers are
  // stationed: USAMIL, not IRQ.
  EXPECT_EQ("IRN 190 RUSMIL @Iraq", Code("Iran attacked two bases in Iraq housing Russian troops."));
  EXPECT_EQ("IRN 190 IRQ @Iraq", Code("Iran attacked two bases in Iraq."));
}

TEST_F(CoderTest, APlaceAPassivePatternBindsIsWhereNotWhom) {
  // A president gunned down in his residence in the capital by a hit squad:
  // the president, not his country.
  EXPECT_EQ("IRQMIL 186 IRNGOV @Baghdad",
            Code("Hassan Rouhani was killed at his home in Baghdad by Iraqi troops."));
}

TEST_F(TaggedCoderTest, PeopleKilledNamedByARoleAreOfThePlace) {
  // A night attack by militants on a northern village that left more than
  // a hundred civilians dead.
  EXPECT_EQ("IRN 1823 IRQCVL", CodeTagged("Iran killed 12 civilians during a raid in Iraq."));
  // A population named as such is the country.
  EXPECT_EQ("IRN 1823 IRQ", CodeTagged("Iran killed 12 people during a raid in Iraq."));
  // No place in the clause, no party.
  EXPECT_EQ("", CodeTagged("Iran killed 12 civilians during a raid."));
}

TEST_F(TaggedCoderTest, AStatesTargetWithNoCountryIsOfThePartyNamedAbroad) {
  // "..., a court in Minsk jailed two reporters, and Poland, Lithuania
  // and the European Union urged the authorities to free them": a government with no country that a state acts on is of
  // the place named earlier, when a party of that place is named too (else
  // the state would act on itself).
  const std::string coded = CodeTagged(
      "Iraqi police beat Chinese journalists in Basra, and Russia condemned the government.");
  EXPECT_NE(std::string::npos, coded.find("RUS 111 IRQGOV")) << coded;
}

}  // namespace
}  // namespace khaldun
