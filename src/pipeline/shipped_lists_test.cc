// Lists of actors (compound sources and targets), swaps and mediators, coded
// through the whole pipeline with the shipped dictionaries. Each sentence is
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedListsTest, AlongWithSetOffByCommasAddsMembersToTheSubject) {
  // Portugal leads the list; the two countries after ", along with" join it.
  EXPECT_EQ("PRTGOV 111 BLRGOV; ESPGOV 111 BLRGOV; ITAGOV 111 BLRGOV",
            CodesOf("Portugal, along with Spain and Italy, condemned Belarus on Monday.",
                    "2021-06-01"));
  EXPECT_EQ("PRTGOV 111 BLRGOV; ESPGOV 111 BLRGOV",
            CodesOf("Portugal, together with Spain, condemned Belarus on Monday.", "2021-06-01"));
}

TEST(ShippedListsTest, AsWellAsJoinsSubjectsAndTargets) {
  EXPECT_EQ("CANGOV 111 BLRGOV; NORGOV 111 BLRGOV",
            CodesOf("Canada as well as Norway condemned Belarus on Monday.", "2021-06-01"));
  EXPECT_EQ("CANGOV 111 BLRGOV; CANGOV 111 RUSGOV",
            CodesOf("Canada condemned Belarus as well as Russia on Monday.", "2021-06-01"));
}

TEST(ShippedListsTest, AListAmongThoseARelativeClauseDescribesIsItsSubject) {
  // "the countries that sent ..." are the list before "were among": each
  // of them sent the teams.
  EXPECT_EQ("ESPGOV 073 MAR; ITAGOV 073 MAR",
            CodesOf("Spain and Italy were among the countries that sent rescue teams to Morocco "
                    "on Monday.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, WhoChairsOrFacilitatesThePartiesTalksMediatesThem) {
  EXPECT_EQ("COLGOV 057 ECUGOV; ECUGOV 057 COLGOV; IGOUNO 045 COLGOV; IGOUNO 045 ECUGOV",
            CodesOf("Colombia and Ecuador signed a border accord in Quito after talks chaired by "
                    "the UN's special envoy.",
                    "2021-06-01"));
  // (Meeting in Oslo, the parties met at a third location.)
  EXPECT_EQ("COLGOV 057 COLREB; COLREB 057 COLGOV; COLGOV 044 COLREB; COLREB 044 COLGOV; "
            "CHEGOV 045 COLGOV; CHEGOV 045 COLREB",
            CodesOf("Meeting in Oslo under Swiss facilitation, Colombia's government and the ELN "
                    "rebels signed a ceasefire agreement.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, MediationMayBeQualifiedOrLastForAWhile) {
  EXPECT_EQ("ARMGOV 057 AZEGOV; AZEGOV 057 ARMGOV; QATGOV 045 ARMGOV; QATGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan signed a peace deal after weeks of mediation by Qatar.",
                    "2021-06-01"));
  EXPECT_EQ("ARMGOV 057 AZEGOV; AZEGOV 057 ARMGOV; QATGOV 045 ARMGOV; QATGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan signed a peace deal after last-minute mediation by "
                    "Qatar.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, APartyActingAsMediatorMediates) {
  EXPECT_EQ("ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV; QATGOV 045 ARMGOV; QATGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan agreed to a truce, with Qatar acting as mediator.",
                    "2021-06-01"));
  // (The name may run on over the participle.)
  EXPECT_EQ("ARMGOV 044 AZEGOV; AZEGOV 044 ARMGOV; RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan held talks in Sochi on Friday, with Russia's Sergei "
                    "Lavrov acting as mediator.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, PartiesOfMediatedTalksAtAThirdPlaceMetThere) {
  EXPECT_EQ("ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV; ARMGOV 044 AZEGOV; AZEGOV 044 ARMGOV; "
            "QATGOV 045 ARMGOV; QATGOV 045 AZEGOV",
            CodesOf("In talks in Doha brokered by Qatar, Armenia and Azerbaijan agreed to a "
                    "ceasefire.",
                    "2023-06-01"));
  EXPECT_EQ("ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV; ARMGOV 046 AZEGOV; AZEGOV 046 ARMGOV; "
            "AUTGOV 045 ARMGOV; AUTGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan agreed to a ceasefire after negotiations in Vienna "
                    "mediated by Austria.",
                    "2023-06-01"));
  // (Talks in Quito, at home for Ecuador, are no third location: see
  // WhoChairsOrFacilitatesThePartiesTalksMediatesThem.)
}

TEST(ShippedListsTest, TheBrokerNamedInAnAdjectiveIsNoPartyOfTheAgreement) {
  EXPECT_EQ("KENGOV 057 UGAGOV; UGAGOV 057 KENGOV; QATGOV 045 KENGOV; QATGOV 045 UGAGOV",
            CodesOf("Kenya and Uganda signed a Qatari-brokered border accord on Friday.",
                    "2021-06-01"));
  EXPECT_EQ("ARMGOV 057 AZEGOV; AZEGOV 057 ARMGOV; RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV",
            CodesOf("Armenia's prime minister signed a Russian-brokered deal to end the fighting "
                    "with Azerbaijan.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, ASuspendedHyphenJoinsTwoCompounds) {
  // "U.S.-" leaves "backed" to "French-backed": both back the proposal.
  EXPECT_EQ("SRBGOV 120 USAGOV; SRBGOV 120 FRAGOV",
            CodesOf("Serbia turned down a U.S.- and French-backed plan for talks on Kosovo.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, PeopleFreedInAMediatedDealStandForTheirState) {
  // The mediator worked between Mali and Ivory Coast's government, not the
  // soldiers.
  EXPECT_EQ("MLIGOV 0841 CIVMIL; TGOGOV 045 MLIGOV; TGOGOV 045 CIVGOV",
            CodesOf("Mali's president pardoned 46 Ivorian soldiers in a deal mediated by Togo.",
                    "2021-06-01"));
  EXPECT_EQ("AFGREB 0841 USA; QATGOV 045 AFGREB; QATGOV 045 USAGOV",
            CodesOf("The Taliban freed an American engineer in a deal brokered by Qatar.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, AlongWithWithoutACommaJoinsOnlyASubject) {
  EXPECT_EQ("PRTGOV 111 BLRGOV; ESPGOV 111 BLRGOV",
            CodesOf("Portugal along with Spain condemned Belarus on Monday.", "2021-06-01"));
  // Whose companion Iran's president is, is not said: he is neither a
  // member of the meeting's list nor the party met "with".
  EXPECT_EQ("CHLGOV 040 PERGOV",
            CodesOf("Chile's president met Peru's president along with Iran's president.",
                    "2021-06-01"));
  // A companion after "along with" is no object of the verb.
  EXPECT_EQ("TURMIL 190 IRQMIL",
            CodesOf("Turkish troops fought along with Syrian rebels against Iraqi soldiers.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, AListThatDidTheSameDoesTheAct) {
  EXPECT_EQ("SWEGOV 161 RUSGOV; NORGOV 161 RUSGOV; FINGOV 161 RUSGOV",
            CodesOf("Sweden expelled two Russian diplomats on Monday, and Norway and Finland "
                    "followed suit.",
                    "2021-06-01"));
  EXPECT_EQ("DEUGOV 111 IRNGOV; FRAGOV 111 IRNGOV; ITAGOV 111 IRNGOV",
            CodesOf("Germany condemned Iran on Monday, as did France and Italy.", "2021-06-01"));
  // An act expected or supposed is no act done.
  EXPECT_EQ("SWEGOV 161 RUSGOV; SWEGOV 012 NORGOV",
            CodesOf("Sweden expelled two Russian diplomats on Monday and warned that Norway "
                    "would follow suit.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, ThePairIsTheListOfTwoCountriesNamedBefore) {
  // Yemen and the Houthis, named after the list, are not "the two
  // countries".
  EXPECT_EQ("USAMIL 195 YEMREB; GBRMIL 195 YEMREB; YEMREB 130 USAGOV; YEMREB 130 GBRGOV",
            CodesOf("American and British warplanes and ships hit Houthi radar sites near Hodeidah "
                    "before dawn, and a Houthi spokesman warned that the two countries would "
                    "pay dearly.",
                    "2024-01-12"));
  // Those who act on the pair are not of it.
  EXPECT_EQ("USAGOV 111 RUSGOV; USAGOV 111 CHNGOV; GBRGOV 111 RUSGOV; GBRGOV 111 CHNGOV",
            CodesOf("Russia and China vetoed the resolution, and the United States and Britain "
                    "condemned the two countries.",
                    "2021-06-01"));
}

TEST(ShippedListsTest, TheHolderOfCaptivesASwapBoughtReleasesThem) {
  // The other half of the swap, and the mediator with both sides of it.
  EXPECT_EQ("COLGOV 0841 COLREB; CHEGOV 045 COLGOV; CHEGOV 045 COLREB",
            CodesOf("Two hostages were freed by the ELN in exchange for six of the group's "
                    "commanders held by Colombian authorities, in a swap brokered by Switzerland.",
                    "2017-05-06"));
  EXPECT_EQ("COLREB 0841 COLMIL; COLGOV 0841 COLREB",
            CodesOf("The rebels freed two Colombian soldiers in exchange for ten FARC fighters "
                    "held by the Colombian government.",
                    "2017-05-06"));
}

}  // namespace
}  // namespace khaldun
