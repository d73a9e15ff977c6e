// Force posture, reduced relations and coercion (CAMEO 15, 16, 17): forces
// counted in words, alerts aimed at the one foreign country a sentence
// names, measures announced or used in retaliation, leaders removed by the
// army, members suspended from an organisation, ships boarded.
//
// Coder rules whose test needs the shipped vocabulary, coded through the
// whole pipeline as `khaldun code` codes them. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCoerce16Test, ForcesCountedInWordsAreStillTheForcesMoved) {
  EXPECT_EQ("CHNGOV 154 IND",
            CodesOf("China massed tens of thousands of soldiers along India's northern frontier.",
                    "2020-06-10"));
  EXPECT_EQ("ETHGOV 154 ERI",
            CodesOf("Ethiopia massed hundreds of tanks along Eritrea's border.", "1999-02-01"));
  EXPECT_EQ(
      "TURGOV 154 SYR",
      CodesOf("Turkey massed tens of thousands of troops along Syria's border.", "2019-10-01"));
}

TEST(ShippedCoerce16Test, AnAlertIsAimedAtTheOneForeignCountryNamed) {
  EXPECT_EQ("ARMGOV 152 AZE; ARMGOV 1123 AZEMIL",
            CodesOf("Armenia put its army on alert and accused Azerbaijani forces of shelling "
                    "border villages.",
                    "2020-07-14"));
  EXPECT_EQ("TWNGOV 152 CHN",
            CodesOf("Taipei placed its forces on high alert, warning that Chinese warships had "
                    "crossed the median line.",
                    "2022-08-05"));
  EXPECT_EQ("AZEGOV 152 ARM",
            CodesOf("The defence minister of Azerbaijan ordered the army to a higher state of "
                    "combat readiness as tension rose over Armenian positions.",
                    "2021-05-14"));
  // No foreign country named: no event.
  EXPECT_EQ("", CodesOf("Pakistan put its forces on alert after a quake struck the north.",
                        "2005-10-09"));
  // An alliance the alert is blamed on.
  EXPECT_EQ("RUSGOV 152 IGOWSTNAT",
            CodesOf("Moscow put its strategic forces on alert, citing threats from NATO members.",
                    "2022-03-01"));
  // The forces with a long owner before them.
  EXPECT_EQ("RUSGOV 152 IGOWSTNAT",
            CodesOf("The Kremlin put Russia's strategic missile forces on special alert, citing "
                    "threats from NATO members.",
                    "2022-03-01"));
}

TEST(ShippedCoerce16Test, AMeasureAnnouncedIsTheAnnouncers) {
  EXPECT_EQ("AUSGOV 163 CHN", CodesOf("Canberra announced a levy on Chinese steel.", "2020-06-10"));
}

TEST(ShippedCoerce16Test, RetaliationWithDutiesIsASanctionNotForce) {
  EXPECT_EQ("CANGOV 163 USA",
            CodesOf("Ottawa hit back with matching duties on American whiskey.", "2018-07-01"));
  EXPECT_EQ("INDGOV 163 USA",
            CodesOf("India retaliated with a levy on American almonds.", "2019-06-16"));
}

TEST(ShippedCoerce16Test, ALeaderRemovedByTheArmyIsDetained) {
  EXPECT_EQ(
      "MLIMIL 173 MLIGOV",
      CodesOf("Mali's army removed President Ibrahim Boubacar Keita from power.", "2020-08-18"));
  EXPECT_EQ("MMRMIL 173 MMRGOV",
            CodesOf("Myanmar's military removed the civilian government of Aung San Suu Kyi.",
                    "2021-02-01"));
  // A vote of lawmakers is no coercion.
  EXPECT_EQ("", CodesOf("Lawmakers removed President Martin Vizcarra from office.", "2020-11-09"));
}

TEST(ShippedCoerce16Test, AMemberSuspendedFromAnOrganisationHasTiesCut) {
  EXPECT_EQ("IGOAFRAFU 160 MLIGOV",
            CodesOf("The African Union suspended Mali from its activities.", "2021-06-01"));
  EXPECT_EQ(
      "IGOUNO 160 LBYGOV",
      CodesOf("The General Assembly suspended Libya from the Human Rights Council.", "2011-03-01"));
  EXPECT_EQ("VENGOV 160 IGOOAS",
            CodesOf("Venezuela quit the Organization of American States.", "2019-04-27"));
}

TEST(ShippedCoerce16Test, AVoteToLeaveIsNoStateLeaving) {
  EXPECT_EQ("", CodesOf("The currency slumped after Scots voted to leave the European Union.",
                        "2016-06-24"));
  EXPECT_EQ("",
            CodesOf("Britain voted to leave the European Union in a referendum.", "2016-06-24"));
}

TEST(ShippedCoerce16Test, RestrictionsFallOnTheStatesOwnPeople) {
  EXPECT_EQ(
      "CHNGOV 1721 HKG",
      CodesOf("Beijing imposed a new security law on Hong Kong on Tuesday.", "2020-06-30"));
  EXPECT_EQ("INDGOV 1721 IND",
            CodesOf("India imposed a communications blackout across the region.", "2019-08-05"));
  // A past form after its subject and before a particle or determiner is
  // the clause's verb, not a bare participle.
  EXPECT_EQ("IRNGOV 1721 IRN", CodesOf("Iran shut down the internet.", "2019-11-17"));
  // A place of its own is where, not a party.
  EXPECT_EQ("ETHGOV 1721 ETH", CodesOf("Ethiopia cut internet access in Tigray.", "2020-11-04"));
}

TEST(ShippedCoerce16Test, AShipBoardedByForceIsSeized) {
  EXPECT_EQ("ISRMIL 171 TURGOV",
            CodesOf("Israeli naval commandos boarded a Turkish aid ship.", "2010-05-31"));
  EXPECT_EQ(
      "IDNMIL 171 VNM",
      CodesOf("Indonesian navy officers boarded two Vietnamese fishing boats.", "2017-05-21"));
  // People who board a ship as passengers take nothing.
  EXPECT_EQ("", CodesOf("Hundreds of migrants boarded a Libyan fishing boat.", "2015-04-18"));
}

}  // namespace
}  // namespace khaldun
