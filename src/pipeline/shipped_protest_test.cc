// Street protests, strikes and riots (CAMEO 14): who protests, against whom,
// and what is no protest at all.
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

TEST(ShippedProtestTest, ACrowdSizedWithAHedgedEstimate) {
  // "Nearly", "up to", a size spelt in words: still a crowd named by its
  // size, the opposition of the place it marches in.
  EXPECT_EQ("PRTOPP 1412 PRTGOV",
            CodesOf("Nearly half a million people marched through Lisbon on Sunday against the "
                    "government's austerity budget.",
                    "2016-03-06"));
  EXPECT_EQ("ROUOPP 1411 ROUGOV",
            CodesOf("Up to 300,000 people rallied in Bucharest demanding the resignation of the "
                    "prime minister.",
                    "2016-03-06"));
}

TEST(ShippedProtestTest, ACrowdInAReportedClause) {
  // The crowd starts after the verb of saying.
  EXPECT_EQ("PEROPP 1411 PERGOV",
            CodesOf("Organisers said close to 80,000 people marched through Lima on Saturday "
                    "against the president.",
                    "2016-03-06"));
}

TEST(ShippedProtestTest, ACrowdPromptedToMarch) {
  // The crowd of an infinitive stands between the verb that prompts it and
  // "to".
  EXPECT_EQ("SRBOPP 141 SRBGOV",
            CodesOf("The ruling prompted tens of thousands to march through Belgrade on Sunday.",
                    "2024-11-28"));
  EXPECT_EQ("", CodesOf("The government allowed two people to leave the country.", "2024-11-28"));
}

TEST(ShippedProtestTest, ACrowdGatheredToCelebrateIsNoProtest) {
  EXPECT_EQ("", CodesOf("About 200,000 people took to the streets of Rio - double last year's "
                        "crowd - to celebrate the carnival.",
                        "2016-03-06"));
}

TEST(ShippedProtestTest, MassProtestsWithAnAimToldAsANoun) {
  // Street protests that took place, against a party, with no one named
  // as holding them: a crowd of the opposition.
  EXPECT_EQ("PEROPP 141 PERGOV",
            CodesOf("The Peruvian president resigned after three weeks of mass protests against "
                    "his government.",
                    "2015-03-06"));
  // Told only by their occasion, they are the background of the act.
  EXPECT_EQ("", CodesOf("The Peruvian president resigned after three weeks of protests over a "
                        "disputed vote.",
                        "2015-03-06"));
}

TEST(ShippedProtestTest, WhoLeadsAProtestIsNotItsTarget) {
  // Barghouti leads the hunger strike; the prisoners strike against the
  // state whose jails hold them, and the noun is the verb's own act.
  EXPECT_EQ("PSECVL 142 ISRGOV",
            CodesOf("Some 300 Palestinian prisoners in Israeli jails launched a hunger strike led "
                    "by Marwan Barghouti.",
                    "2019-05-02"));
  EXPECT_EQ("PSECVL 142 ISRGOV",
            CodesOf("About 300 Palestinian prisoners in Israeli jails refused food on Tuesday in a "
                    "hunger strike led by Marwan Barghouti, demanding more family visits.",
                    "2019-05-02"));
}

TEST(ShippedProtestTest, NoProtestInHidingOrLeaving) {
  // Barricading oneself in is hiding, walking out of an airport leaving.
  EXPECT_EQ("", CodesOf("The gunmen barricaded themselves inside a bank in Lima with six hostages.",
                        "2016-03-06"));
  EXPECT_EQ("",
            CodesOf("Edward Snowden walked out of a Moscow airport on Thursday.", "2013-08-01"));
}

TEST(ShippedProtestTest, ACampaignRallyIsNoProtest) {
  EXPECT_EQ("USAUAF 190 USAELI",
            CodesOf("A sniper opened fire at Donald Trump's open-air campaign rally near Butler on "
                    "Saturday.",
                    "2024-07-13"));
}

TEST(ShippedProtestTest, UnionFederationsStrike) {
  EXPECT_EQ("ISRLAB 143 ISRGOV",
            CodesOf("The Histadrut called a general strike on Monday.", "2023-03-27"));
  EXPECT_EQ("ISRLAB 143 ISRGOV", CodesOf("Israel's largest labour federation declared a general "
                                         "strike on Monday.",
                                         "2023-03-27"));
}

TEST(ShippedProtestTest, OfBeforeAFiniteVerbIsNoGerund) {
  // "- OF *" ("because of fighting") needs the verb right after "of": the
  // words between "of" and a finite verb are its subject.
  EXPECT_EQ("MLIOPP 145 FRAGOV; MLIOPP 145 BELGOV",
            CodesOf("Protesters angry at the fall of the town attacked the embassies of France "
                    "and Belgium in Bamako on Friday.",
                    "2020-01-01"));
  EXPECT_EQ("NGAUAF 190 NGACOP",
            CodesOf("A group of gunmen attacked a police station in Kano on Monday.", "2020-01-01"));
  // A noun misread as a verb after its modifiers keeps the rule.
  EXPECT_EQ("MLIGOV 1123 FRAGOV",
            CodesOf("Mali accused France of backing the rebels after days of deadly border "
                    "clashes.",
                    "2020-01-01"));
}

TEST(ShippedProtestTest, ProfessionalsOnStrikeAreLabour) {
  EXPECT_EQ("KENLAB 1432 KENGOV",
            CodesOf("Kenyan nurses went on strike on Monday over unpaid wages.", "2024-02-20"));
  EXPECT_EQ("KENLAB 143 KENGOV",
            CodesOf("Kenyan teachers went on strike on Monday to demand higher pay.", "2024-02-20"));
  // Students who boycott classes stay students.
  EXPECT_EQ("KENEDU 143 KENGOV", CodesOf("Kenyan students boycotted classes on Monday.",
                                         "2024-02-20"));
}

TEST(ShippedProtestTest, KosovoSerbsAreOfKosovo) {
  EXPECT_EQ("KSVOPP 145 IGOWSTNAT",
            CodesOf("Kosovo Serb protesters clashed with NATO peacekeepers in Zvecan.",
                    "2023-05-29"));
  EXPECT_EQ("KSVUAF 190 KSVCOP",
            CodesOf("Kosovo Serb gunmen ambushed a police patrol near the border.", "2023-09-24"));
}

TEST(ShippedProtestTest, WhomACrowdCheersIsNotWhomItProtests) {
  // Past a comma, the object of another participle is not the protest's.
  EXPECT_EQ("ZMBOPP 1411 ZMBGOV",
            CodesOf("Thousands marched through Lusaka, cheering soldiers and calling on the "
                    "president to resign.",
                    "2017-11-18"));
  EXPECT_EQ("ZMBOPP 1411 ZMBGOV",
            CodesOf("Thousands marched through Lusaka on Saturday, cheering the troops and "
                    "demanding new elections.",
                    "2017-11-18"));
}

TEST(ShippedProtestTest, ProtestsLookedAheadToAreNotYetHeld) {
  EXPECT_EQ("ZWECOP 153 ZWEOPP",
            CodesOf("Police deployed across central Harare ahead of protests called by the "
                    "opposition.",
                    "2023-03-20"));
}

TEST(ShippedProtestTest, ACrowdScalingAnEmbassysWallsStormsIt) {
  EXPECT_EQ("SDNOPP 145 DEUGOV",
            CodesOf("Sudanese demonstrators scaled the walls of the German embassy in Khartoum on "
                    "Friday.",
                    "2012-09-14"));
}

TEST(ShippedProtestTest, ACurfewDefiedToMarchIsAProtest) {
  // Defiance (128) in order to march is the march.
  EXPECT_EQ("CHLEDU 141 CHLGOV",
            CodesOf("Thousands of students defied the curfew to march through Santiago on "
                    "Sunday.",
                    "2019-10-20"));
}

TEST(ShippedProtestTest, APoliticiansAttackIsCriticismNotARiot) {
  EXPECT_EQ("GBROPP 111 GBRGOV",
            CodesOf("Conservative leader Michael Howard attacked Tony Blair for failing to control "
                    "immigration.",
                    "2005-03-01"));
}

TEST(ShippedProtestTest, RunningRiotIsNoRiot) {
  EXPECT_EQ("", CodesOf("While the Russians run riot across the region, Washington watches.",
                        "2019-01-01"));
}

TEST(ShippedProtestTest, ArmedMenRampagingDoNotRiot) {
  EXPECT_EQ("", CodesOf("Hamas gunmen rampaged through Israeli towns on Saturday.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
