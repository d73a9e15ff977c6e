// Material cooperation, aid and yielding (CAMEO 06, 07, 08): what is handed
// over, released or withdrawn, and to whom.
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedMaterialTest, TwoPeopleReleasedAreTwoActs) {
  // The second person's code (FRA, a former soldier) is the prefix of the
  // first's (FRAMED); each is released, so each is an event.
  EXPECT_EQ("IRNGOV 0841 FRAMED; IRNGOV 0841 FRA",
            CodesOf("Tehran freed the French reporter Anne Roux and the former French soldier "
                    "Paul Gay on Monday.",
                    "2020-01-01"));
  // One person named twice is still one act.
  EXPECT_EQ("IRNGOV 0841 FRAMED",
            CodesOf("Iran released two French journalists on Friday.", "2020-01-01"));
}

TEST(ShippedMaterialTest, InformationHandedOverIsIntelligenceShared) {
  EXPECT_EQ("JORGOV 064 DEUGOV",
            CodesOf("Jordan handed over intelligence on the cell to Germany.", "2020-01-01"));
  // A suspect handed over is still extradition.
  EXPECT_EQ("JORGOV 063 DEUGOV",
            CodesOf("Jordan handed over the suspect to Germany.", "2020-01-01"));
}

TEST(ShippedMaterialTest, TroopsOrderedToWithdrawRetreat) {
  // The party that gives the order retreats, not its troops alone.
  EXPECT_EQ(
      "TURGOV 0874 IRQ",
      CodesOf("Turkey's defence minister ordered his troops to withdraw from Iraq.", "2020-01-01"));
}

TEST(ShippedMaterialTest, WeaponsReleasedForAPartyAreAid) {
  // "Releasing" arms is military aid given, not persons freed (0841).
  EXPECT_EQ(
      "FRAGOV 072 LBN",
      CodesOf("Emmanuel Macron signed a bill releasing howitzers for Lebanon.", "2020-01-01"));
}

TEST(ShippedMaterialTest, DrillsBegunByTwoCountriesAreJoint) {
  // Whatever the exercise is called, a compound of countries that begins
  // it exercises together (062), even with a party named after a comma.
  EXPECT_EQ("INDMIL 062 FRAMIL; FRAMIL 062 INDMIL",
            CodesOf("About 5,000 Indian and French troops began their annual Shakti exercises on "
                    "Monday.",
                    "2020-01-01"));
  EXPECT_EQ("FRAMIL 062 INDMIL; INDMIL 062 FRAMIL",
            CodesOf("French and Indian troops began their first joint mountain exercises, drawing "
                    "an angry response from Pakistan.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, AShowOfForceIsNotAimedAtAPartyNamedAfterAComma) {
  EXPECT_EQ("", CodesOf("Egypt's navy began drills in the Red Sea, days after Ethiopia signed a "
                        "port deal.",
                        "2020-01-01"));
  // An adjective after the comma still describes the weapon.
  EXPECT_EQ("PAKGOV 150 IND",
            CodesOf("Pakistan test-fired a new missile on Monday, capable of reaching targets deep "
                    "inside India.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, PeopleHandedToTheRedCrossAreReleased) {
  // The Red Cross carries them over: a release to their side, not an
  // extradition to the Red Cross.
  EXPECT_EQ("SOMREB 0841 KENAGR",
            CodesOf("Al-Shabaab handed six Kenyan fishermen to the International Committee of the "
                    "Red Cross.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, RecordingsDescribedAtLengthAreStillShared) {
  EXPECT_EQ("EGYGOV 064 ITAGOV; EGYGOV 064 FRAGOV",
            CodesOf("Cairo gave recordings linked to the murder of the student to Rome and Paris.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, TroopsArrivingToJoinAForceProtectTheHost) {
  EXPECT_EQ("ITAMIL 074 LBN",
            CodesOf("Italian troops arrived in Lebanon to join the international force on Monday.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, ACountryAfterAFrontedClauseIsTheSubject) {
  // Not a second place of "in Geneva, ...": the verb follows it.
  EXPECT_EQ(
      "USAGOV 085 SYRGOV",
      CodesOf("A day after the rival parties met in Geneva, the United States on Monday eased "
              "sanctions on Syria.",
              "2020-01-01"));
}

TEST(ShippedMaterialTest, ArmsSoldAreMilitaryCooperationWithTheBuyer) {
  // A sale (tests/gold/README.md: 062 to the buyer's GOV), not aid (072);
  // one approved only as possible is an intent (0312).
  EXPECT_EQ("USAGOV 062 EGYGOV",
            CodesOf("The State Department approved the sale of 40 F-16 jets to Egypt on Monday.",
                    "2020-01-01"));
  EXPECT_EQ("USAGOV 0312 NGAGOV",
            CodesOf("Washington approved the possible sale of 12 attack helicopters to Nigeria.",
                    "2020-01-01"));
  EXPECT_EQ("RUSGOV 062 INDGOV",
            CodesOf("India bought air defence systems from Russia.", "2020-01-01"));
}

TEST(ShippedMaterialTest, AReleaseInExchangeForOthersIsBothHalvesOfASwap) {
  EXPECT_EQ("IRNGOV 0841 FRAEDU; FRAGOV 0841 IRN",
            CodesOf("Iran released a French academic in exchange for two Iranians held in France.",
                    "2017-05-01"));
  // The other half told by words of its own is coded there, not twice.
  EXPECT_EQ("IRNGOV 0841 FRAEDU",
            CodesOf("Iran released a French academic in exchange for the release of two Iranians "
                    "held in France.",
                    "2017-05-01"));
}

TEST(ShippedMaterialTest, DrillsNearAMembersOwnPlaceAreJoint) {
  // A place inside one member's country is where the drills are held, not a
  // neighbour force is shown to: 062 between the members.
  EXPECT_EQ("NLDMIL 062 BELMIL; BELMIL 062 NLDMIL",
            CodesOf("Dutch and Belgian marines began joint exercises near Rotterdam on Monday.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, DrillsWithAPartnerAreHeldByBoth) {
  // Ships named after "with" drill too (062 both ways) and stay forces.
  EXPECT_EQ("GBRMIL 062 OMNMIL; OMNMIL 062 GBRMIL",
            CodesOf("The British destroyer began a week of drills with Omani frigates.",
                    "2020-01-01"));
}

TEST(ShippedMaterialTest, TheHagueTribunalIsTheUn) {
  EXPECT_EQ("HRVGOV 063 IGOUNO",
            CodesOf("Croatia extradited the former commander to the Hague tribunal.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
