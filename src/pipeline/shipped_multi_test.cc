// Sentences that report several events: a second clause that answers the
// first (a show of force against whoever just attacked), and agreements two
// parties conclude together under other words than "signed an agreement".
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

TEST(ShippedMultiTest, AlertAnswersWhoeverAttackedTheCountry) {
  // The attack and the alert it provokes: the alert names no party, so it
  // is aimed at the country whose forces attacked.
  EXPECT_EQ("SYR 194 TUR; TURGOV 152 SYR",
            CodesOf("Syrian guns shelled a Turkish border village, and Ankara put its troops on "
                    "high alert.",
                    "2020-01-01"));
  EXPECT_EQ("RUSMIL 195 GEO; GEOGOV 152 RUS",
            CodesOf("Russian jets bombed a Georgian village, and Tbilisi placed its army on full "
                    "alert.",
                    "2020-01-01"));
  // A show of force answering drills.
  EXPECT_EQ("CHNMIL 150 TWN; TWNGOV 150 CHN",
            CodesOf("Chinese warships began drills off Taiwan, and Taipei scrambled jets in "
                    "response.",
                    "2020-01-01"));
  // The attack in the sentence before.
  EXPECT_EQ("INDMIL 195 PAK; PAKGOV 152 IND",
            CodesOf("Indian jets bombed a camp in Pakistan. Islamabad put its air force on high "
                    "alert.",
                    "2020-01-01"));
}

TEST(ShippedMultiTest, AlertWithNoAttackerNamesNoTarget) {
  // No act on the country: nobody to code the alert against.
  EXPECT_EQ("", CodesOf("Ankara put its troops on high alert.", "2020-01-01"));
  // An act by a party of the country's own side is not answered this way.
  EXPECT_EQ("MLIREB 190 MLI",
            CodesOf("Rebels raided a police post in Mali, and the Malian army put its troops on "
                    "high alert.",
                    "2020-01-01"));
}

TEST(ShippedMultiTest, PledgeSignedTogetherIsAnAgreement) {
  EXPECT_EQ("PERGOV 057 CHLGOV; CHLGOV 057 PERGOV",
            CodesOf("The presidents of Peru and Chile signed a pledge to protect the shared "
                    "watershed.",
                    "2020-01-01"));
  // The second verb phrase of a sentence whose first one is a meeting (in
  // Uruguay, a third country: 044).
  EXPECT_EQ("BRAGOV 044 ARGGOV; ARGGOV 044 BRAGOV; BRAGOV 057 ARGGOV; ARGGOV 057 BRAGOV",
            CodesOf("The leaders of Brazil and Argentina shook hands in Montevideo and signed a "
                    "loosely worded pledge to cut tariffs.",
                    "2020-01-01"));
}

TEST(ShippedMultiTest, SealedAccordPactOrTreatyIsSigned) {
  EXPECT_EQ("VNMGOV 057 PHLGOV; PHLGOV 057 VNMGOV",
            CodesOf("Hanoi and Manila sealed an accord on fishing grounds.", "2020-01-01"));
  EXPECT_EQ("GRCGOV 057 MKDGOV; MKDGOV 057 GRCGOV",
            CodesOf("Athens sealed a pact with Skopje on the country's name.", "2020-01-01"));
  EXPECT_EQ("ESTGOV 057 LVAGOV; LVAGOV 057 ESTGOV",
            CodesOf("Estonia and Latvia sealed a treaty on their maritime border.", "2020-01-01"));
  // Sealing a border is no agreement.
  EXPECT_NE(std::string::npos,
            CodesOf("Estonia sealed the border with Russia.", "2020-01-01").find("191"));
}

TEST(ShippedMultiTest, AidNamingNoRecipientGoesToTheOneBefore) {
  // A second giver's promise, in a clause with no recipient.
  EXPECT_EQ("DEUGOV 0332 UKR; USAGOV 0332 UKR",
            CodesOf("Germany agreed to send howitzers to Ukraine, and the United States said it "
                    "would supply 40 of its tanks.",
                    "2020-01-01"));
  // Coordinated givers after "while".
  EXPECT_EQ("JPNGOV 073 PHL; KORGOV 073 PHL; CHNGOV 073 PHL",
            CodesOf("Japan flew relief supplies into the Philippines, while South Korea and China "
                    "sent medicines.",
                    "2020-01-01"));
  EXPECT_EQ("GBRGOV 033 SDN; NORGOV 0333 SDN",
            CodesOf("Britain pledged 50 million pounds in aid to Sudan, and Norway promised food "
                    "aid.",
                    "2020-01-01"));
  // The recipient itself gives nothing to itself.
  EXPECT_EQ("ITAGOV 073 ALB",
            CodesOf("Rome sent doctors to Albania, and Tirana supplied beds.", "2020-01-01"));
}

TEST(ShippedMultiTest, RecallAnswersTheActAgainstTheSource) {
  EXPECT_EQ("TURGOV 161 NLDGOV; NLDGOV 161 TURGOV",
            CodesOf("Turkey expelled the Dutch ambassador, and the Netherlands recalled its own "
                    "ambassador.",
                    "2020-01-01"));
  EXPECT_EQ("SRBGOV 161 HRVGOV; HRVGOV 161 SRBGOV",
            CodesOf("Belgrade expelled the Croatian ambassador, and Zagreb recalled its envoy.",
                    "2020-01-01"));
  // A crowd's protest is not the state's act: no target.
  EXPECT_EQ("SYROPP 145 DNKGOV",
            CodesOf("Protesters stormed the Danish embassy in Damascus, and Denmark recalled its "
                    "ambassador.",
                    "2020-01-01"));
  EXPECT_EQ("", CodesOf("Peru recalled its ambassador for consultations.", "2020-01-01"));
}

TEST(ShippedMultiTest, OwnedActGivenAsCauseWithOverHappened) {
  // The sanction and the act it punishes.
  EXPECT_EQ("CANGOV 161 CHNGOV; CHNGOV 173 CANBUS",
            CodesOf("Canada expelled two Chinese diplomats over Beijing's arrest of a Canadian "
                    "businessman.",
                    "2020-01-01"));
  EXPECT_EQ("GBRGOV 114 IRNGOV; IRNGOV 1711 GBR",
            CodesOf("Britain summoned Iran's ambassador over Tehran's seizure of a British "
                    "tanker.",
                    "2020-01-01"));
  // With no owner the act may be feared or alleged: not coded.
  EXPECT_EQ("GBRGOV 114 IRNGOV",
            CodesOf("Britain summoned Iran's ambassador over the seizure of a British tanker.",
                    "2020-01-01"));
}

TEST(ShippedMultiTest, LaunchCondemnedIsNotTheCooperationBetween) {
  // A cooperative act reported between the launch and its condemnation is
  // not what "the launch" refers to.
  EXPECT_EQ("FRAGOV 062 GBR; GBR 062 FRAGOV; FRAGOV 111 IRNGOV",
            CodesOf("Iran test-fired a ballistic missile, a week after French and British ships "
                    "held joint exercises in the Gulf, and Paris condemned the launch.",
                    "2020-01-01"));
  EXPECT_EQ("SYR 195 TURMIL; TURGOV 057 JORGOV; JORGOV 057 TURGOV; TURGOV 111 SYRGOV",
            CodesOf("Syrian gunners shot down a Turkish jet, hours after Turkey and Jordan signed "
                    "a border pact, and Ankara denounced the downing.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
