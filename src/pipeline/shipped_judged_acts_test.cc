// Acts judged in words (CAMEO 11, 12) and trade measures (163): an act
// referred to ("the downing", "the strikes", "a gesture") and called a
// provocation, an act of war or a ploy is criticised, and whoever did it is
// the target; a party said to be behind an act is accused; an embargo on
// goods from a country hits the country.
//
// Coder rules whose test needs the shipped vocabulary (the verb patterns and
// event nouns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedJudgedActsTest, AnActCalledAnActOfWarIsCriticised) {
  EXPECT_EQ("INDMIL 195 PAK; PAKGOV 111 INDGOV",
            CodesOf("Indian jets bombed a camp in Pakistan, and Islamabad called the bombing an act "
                    "of war.",
                    "2019-05-06"));
  EXPECT_EQ("VENMIL 194 GUY; GUYGOV 111 VENGOV",
            CodesOf("Venezuelan troops shelled a village in Guyana, and Guyana called the shelling "
                    "an act of war.",
                    "2019-05-06"));
  // War itself named is no judgement of the talks.
  EXPECT_EQ("KENGOV 040 SOMGOV",
            CodesOf("The Kenyan president called the talks with Somalia a way to end the war.",
                    "2019-05-06"));
}

TEST(ShippedJudgedActsTest, StrikesCalledAProvocationAreAttacksJudged) {
  EXPECT_EQ("ISRMIL 195 SYR; SYRGOV 111 ISRGOV",
            CodesOf("Israeli jets struck a convoy in Syria, and Damascus called the strikes a "
                    "flagrant violation of its sovereignty.",
                    "2019-05-06"));
  EXPECT_EQ("ISRMIL 195 SYR; SYRGOV 111 ISRGOV",
            CodesOf("Israeli jets struck a convoy in Syria, and Damascus called the strikes "
                    "illegal.",
                    "2019-05-06"));
  EXPECT_EQ("ETHGOV 111 ERIGOV",
            CodesOf("Eritrean gunners hit a border post in Ethiopia on Sunday, and Addis Ababa "
                    "called the strikes a provocation.",
                    "2019-05-06"));
  // A strike called to protest is still a labour strike (over pay: for a
  // change of policy).
  EXPECT_EQ("NGALAB 1432 NGAGOV",
            CodesOf("The union called the strike to protest against unfair wages in Nigeria.",
                    "2019-05-06"));
}

TEST(ShippedJudgedActsTest, TheDowningOfAnAircraftRefersToTheAct) {
  EXPECT_EQ("CHNMIL 170 USAMIL; USAGOV 111 CHNGOV",
            CodesOf("A Chinese fighter jet forced down an American spy plane, and Washington called "
                    "the downing a dangerous escalation.",
                    "2019-05-06"));
  EXPECT_EQ("AZEMIL 195 ARMMIL; ARMGOV 111 AZEGOV",
            CodesOf("An Azerbaijani drone shot down an Armenian helicopter, and Yerevan called the "
                    "downing a provocation.",
                    "2019-05-06"));
}

TEST(ShippedJudgedActsTest, AGestureDismissedAsAPloyIsCriticised) {
  EXPECT_EQ("RUSGOV 0871 UKRGOV; UKRGOV 111 RUSGOV",
            CodesOf("Moscow announced a 24-hour truce in Ukraine, a gesture Kyiv dismissed as a "
                    "cynical ploy.",
                    "2019-05-06"));
  EXPECT_EQ("PRKGOV 0841 KORAGR; KORGOV 111 PRKGOV",
            CodesOf("Pyongyang released two South Korean fishermen, a gesture Seoul dismissed as a "
                    "propaganda stunt.",
                    "2019-05-06"));
  EXPECT_EQ("UKRGOV 111 RUSGOV",
            CodesOf("Russia declared a holiday truce, but Ukraine dismissed the move as a political "
                    "manoeuvre.",
                    "2019-05-06"));
  // A proposal waved away as a trick is still refused.
  EXPECT_EQ("RUSGOV 120 UKRGOV",
            CodesOf("Moscow dismissed the proposal by Kyiv as a trick.", "2019-05-06"));
}

TEST(ShippedJudgedActsTest, TheJudgesOwnCountryAfterAsIsNoTarget) {
  EXPECT_EQ("USAGOV 062 TWNGOV; CHNGOV 111 USAGOV",
            CodesOf("Washington approved the sale of tanks to Taiwan, a move Beijing condemned as "
                    "meddling in China's domestic affairs.",
                    "2019-05-06"));
  EXPECT_EQ("GBRGOV 075 RUS; RUSGOV 111 GBRGOV",
            CodesOf("London granted asylum to a Russian defector, a decision Moscow condemned as "
                    "meddling in Russia's affairs.",
                    "2019-05-06"));
}

TEST(ShippedJudgedActsTest, AVerdictCalledWrongIsCriticised) {
  EXPECT_EQ("RUSJUD 116 USAMED; USAGOV 111 RUSJUD",
            CodesOf("A Russian court jailed an American reporter for 16 years, and Washington "
                    "called the verdict wrong.",
                    "2019-05-06"));
  EXPECT_EQ("EGYJUD 116 CANEDU; CANGOV 111 EGYJUD",
            CodesOf("An Egyptian court sentenced three Canadian students to prison, a ruling Ottawa "
                    "called wholly wrong.",
                    "2019-05-06"));
}

TEST(ShippedJudgedActsTest, AnOwnedActOfAnyKindCalledAPloyIsTheOwners) {
  EXPECT_EQ("ITAGOV 111 CANGOV",
            CodesOf("Rome called Ottawa's appeal for the release of the activists blatant "
                    "interference.",
                    "2019-05-06"));
  EXPECT_EQ("VNMGOV 111 CHNGOV",
            CodesOf("Hanoi called Beijing's offer of talks a cynical ploy.", "2019-05-06"));
}

TEST(ShippedJudgedActsTest, AReportedClauseThatBlamesAPartyAccusesIt) {
  EXPECT_EQ("AFGGOV 112 PAKGOV",
            CodesOf("Kabul said Pakistan was behind the suicide bombing in Kandahar.", "2019-05-06"));
  EXPECT_EQ("SAUGOV 112 IRNGOV",
            CodesOf("The Saudi foreign minister said Iran was behind the drone attacks on the oil "
                    "field.",
                    "2019-05-06"));
  EXPECT_EQ("KORGOV 112 PRKGOV",
            CodesOf("Seoul told the Security Council that North Korea was directly responsible for "
                    "the sinking of the warship.",
                    "2019-05-06"));
  // Not when the clause clears the party, or blames it for no act.
  EXPECT_EQ("", CodesOf("Moscow said Kyiv was not responsible for the blast.", "2019-05-06"));
  EXPECT_EQ("", CodesOf("Paris said Algeria was responsible for border security.", "2019-05-06"));
  EXPECT_EQ("", CodesOf("Berlin said the project was behind the schedule agreed with Warsaw.",
                        "2019-05-06"));
}

TEST(ShippedJudgedActsTest, AnEmbargoOnGoodsFromACountryHitsTheCountry) {
  EXPECT_EQ("KORGOV 163 JPN", CodesOf("Seoul banned all fish imports from Japan on Monday.",
                                      "2019-05-06"));
  EXPECT_EQ("USAGOV 163 CAN; USAGOV 163 MEX",
            CodesOf("Washington imposed tariffs on steel imports from Canada and Mexico.",
                    "2019-05-06"));
  EXPECT_EQ("RUSGOV 163 MDA",
            CodesOf("Moscow banned imports of wine from Moldova.", "2019-05-06"));
  // A capital still names the government.
  EXPECT_EQ("RUSGOV 163 GEOGOV",
            CodesOf("Moscow banned wine imports from Tbilisi.", "2019-05-06"));
}

}  // namespace
}  // namespace khaldun
