// Admissions and apologies with the shipped dictionaries: an act a party
// admits is coded with a 015 from the admitter to the act's victim
// (coder_admissions.cc); one's own responsibility is admitted to the victim,
// not to oneself; an apology made to one's own people is addressed to the
// nation; a civil airliner shot down is force against its airline; a
// phrasal verb after a role the tagger read as an adjective is the verb; a
// claimed attack hit the party of its relative clause.
//
// Each sentence is written for the test and coded through the whole pipeline
// with the shipped dictionaries, as `khaldun code` codes it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedAdmissionsTest, AnAdmittedActIsCodedWithTheAdmissionToItsVictim) {
  EXPECT_EQ("SYRMIL 190 JORBUS; SYRGOV 015 JORBUS",
            CodesOf("Syria admitted on Monday that its air defences shot down a Jordanian "
                    "airliner near Damascus.",
                    "2020-03-01"));
  EXPECT_EQ("RUSMIL 194 GEO; RUSMIL 015 GEO",
            CodesOf("The Russian army acknowledged that its troops had shelled a Georgian "
                    "village, killing five people.",
                    "2020-03-01"));
  // The admission's clause ends at ", and": Kosovo's condemnation is not admitted.
  EXPECT_EQ("SRBCOP 175 ALBOPP; KSVGOV 111 SRBCOP; SRBGOV 015 ALBOPP",
            CodesOf("Serbia admitted that its police had beaten Albanian protesters, and Kosovo "
                    "condemned the raid.",
                    "2020-03-01"));
}

TEST(ShippedAdmissionsTest, AnAdmissionOfAnActToldBeforeIsAimedAtItsVictim) {
  EXPECT_EQ("SYRMIL 195 TUR; SYRGOV 015 TUR",
            CodesOf("A Syrian air strike hit a Turkish convoy near Idlib on Monday. Damascus "
                    "acknowledged on Tuesday that its forces had struck the convoy.",
                    "2020-03-01"));
}

TEST(ShippedAdmissionsTest, AGovernmentAdmitsOnlyTheActsOfItsOwnOrgans) {
  EXPECT_EQ("EGYOPP 145 EGYGOV",
            CodesOf("The Egyptian government admitted that rioters had attacked police stations "
                    "in Cairo.",
                    "2020-03-01"));
}

TEST(ShippedAdmissionsTest, NoAdmissionWhenItIsNegatedOrOnlyReported) {
  EXPECT_EQ("TURMIL 194 SYR",
            CodesOf("Turkey did not admit that its soldiers had shelled a Syrian village.",
                    "2020-03-01"));
  EXPECT_EQ("NGAMIL 195 CMR",
            CodesOf("The Nigerian army never acknowledged that its jets bombed a Cameroonian "
                    "border post.",
                    "2020-03-01"));
  EXPECT_EQ("IRNMIL 190 UKRBUS",
            CodesOf("Iran said that its forces shot down a Ukrainian airliner.", "2020-03-01"));
}

TEST(ShippedAdmissionsTest, OnesOwnResponsibilityIsAdmittedToTheVictim) {
  EXPECT_EQ("BELGOV 015 COD; BELGOV 042 COD",
            CodesOf("The Belgian king acknowledged Belgium's responsibility for the massacres "
                    "during a visit to Kinshasa.",
                    "2020-03-01"));
  // A group claiming an attack in its own country still aims it at the place;
  // the bombing it names is its act there too (ClaimedActs).
  EXPECT_EQ("AFGREB 015 AFG; AFGREB 183 AFG",
            CodesOf("The Taliban claimed responsibility for the bombing in Kabul.", "2020-03-01"));
}

TEST(ShippedAdmissionsTest, AClaimedAttackHitThePartyOfItsRelativeClause) {
  EXPECT_EQ("SOMUAF 015 KENMIL",
            CodesOf("Somali militants claimed responsibility for attacks that damaged a Kenyan "
                    "army camp near the border.",
                    "2020-03-01"));
  // A place in the relative clause is not a party.
  EXPECT_EQ("", CodesOf("The rebels claimed responsibility for attacks that hit a market in Aden.",
                        "2020-03-01"));
}

TEST(ShippedAdmissionsTest, AnApologyToOnesOwnPeopleIsAddressedToTheNation) {
  EXPECT_EQ("CANGOV 055 CAN",
            CodesOf("Prime Minister Justin Trudeau apologised to Canada's indigenous people for "
                    "the residential schools.",
                    "2020-03-01"));
}

TEST(ShippedAdmissionsTest, AMilitaryAircraftShotDownIsStillAnAerialAttack) {
  EXPECT_EQ("PAKMIL 195 INDMIL",
            CodesOf("The Pakistani air force shot down an Indian fighter jet.", "2020-03-01"));
  // "military" read as an adjective is still the subject of the phrasal verb.
  EXPECT_EQ("EGYMIL 195 LBYMIL",
            CodesOf("Egypt said its military shot down a Libyan fighter jet.", "2020-03-01"));
}

}  // namespace
}  // namespace khaldun
