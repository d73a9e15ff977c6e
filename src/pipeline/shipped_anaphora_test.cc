// Event anaphora: a reaction whose object refers back to an act ("the move",
// "the decision", ", which ...") is aimed at whoever did that act; and the
// speaker of an attribution is the one a participle after it speaks for.
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

TEST(ShippedAnaphoraTest, AParticipleAfterAnAttributionIsTheSpeakers) {
  // "X did Y, SPEAKER said, condemning ...": the speaker condemns, demands
  // or accuses, not the subject of the reported clause.
  EXPECT_EQ("BLRGOV 161 LTUGOV; IGOEUREEC 111 BLRGOV",
            CodesOf("Minsk has shut the Lithuanian embassy, the EU said on Friday, condemning "
                    "the move.",
                    "2021-08-02"));
  EXPECT_EQ("CUBGOV 173 ESPMED; ESPGOV 1053 CUBGOV",
            CodesOf("Cuba detained two Spanish journalists, Madrid said on Friday, demanding "
                    "their release.",
                    "2021-08-02"));
  EXPECT_EQ("NICGOV 161 CRIGOV; CRIGOV 111 NICGOV",
            CodesOf("Nicaragua closed the Costa Rican consulate, the government in San Jose said "
                    "in a statement, calling the step hostile.",
                    "2021-08-02"));
  EXPECT_EQ("VENGOV 161 COLGOV; COLGOV 1123 VENGOV",
            CodesOf("Venezuela expelled the Colombian ambassador, President Ivan Duque told "
                    "reporters in Bogota, accusing Caracas of provocation.",
                    "2021-08-02"));
}

TEST(ShippedAnaphoraTest, AVetoJudgedIsTheVetosDoersDeed) {
  // A veto is a deed, not a judgement of the deed of its target: "the
  // move" is Hungary's.
  EXPECT_EQ("HUNGOV 129 IGOEUREEC; UKRGOV 111 HUNGOV",
            CodesOf("Hungary has blocked the EU aid package for Ukraine, Kyiv said on Monday, "
                    "calling the move blackmail.",
                    "2023-12-18"));
}

TEST(ShippedAnaphoraTest, ASemicolonJoinsTheReactionToTheAct) {
  // With no act coded in the first clause, "the step" after a semicolon is
  // the act of that clause's subject, as after ", and".
  EXPECT_EQ("ARMGOV 111 AZEGOV",
            CodesOf("Azerbaijan closed the Lachin corridor; Yerevan condemned the step.",
                    "2023-01-10"));
  EXPECT_EQ("RUSGOV 054 RUSSEP; GEOGOV 111 RUSGOV",
            CodesOf("Moscow recognised the two breakaway regions; Tbilisi denounced the decision "
                    "as an annexation.",
                    "2008-08-27"));
}

TEST(ShippedAnaphoraTest, WhichAfterACommaIsTheActOfTheClause) {
  // ", which X condemned": the act of the clause before, not the place or
  // the thing named last before the comma.
  EXPECT_EQ("IRNGOV 1711 GBR; GBRGOV 111 IRNGOV",
            CodesOf("Iran seized a British tanker in the Gulf, which London condemned as piracy.",
                    "2019-07-20"));
  EXPECT_EQ("USAGOV 163 CHN; CHNGOV 111 USAGOV",
            CodesOf("Washington imposed new tariffs on Chinese steel, which Beijing denounced as "
                    "bullying.",
                    "2018-03-02"));
  EXPECT_EQ("CHNGOV 111 JPNGOV",
            CodesOf("Japan released treated water into the Pacific, which China strongly "
                    "criticised.",
                    "2023-08-24"));
  EXPECT_EQ("UKRGOV 111 RUSGOV",
            CodesOf("Russia deployed troops near the border, which Kyiv called a provocation.",
                    "2021-04-09"));
}

TEST(ShippedAnaphoraTest, AParticipleOfJudgementJudgesTheFirstClausesAct) {
  // With no act coded, "condemning the decision" after an attribution
  // judges the subject of the reported clause ...
  EXPECT_EQ("IGOUNOIAE 111 IRNGOV",
            CodesOf("Iran has barred several of the agency's inspectors from its sites, IAEA "
                    "chief Rafael Grossi said, condemning the decision as unprecedented.",
                    "2023-09-16"));
  // ... but never the participle's own party.
  EXPECT_EQ("NORGOV 161 BLRGOV",
            CodesOf("Oslo recalled its envoy from Minsk, criticising the decision.", "2021-06-01"));
}

TEST(ShippedAnaphoraTest, DescribingWordsMayStandBeforeThePairsNoun) {
  // "the two Nordic countries", "both Nordic countries": the pair named
  // before, past a describing word.
  EXPECT_EQ("TURGOV 1121 SWEGOV; TURGOV 1121 FINGOV",
            CodesOf("Erdogan said Turkey would not let Sweden and Finland join NATO, calling the "
                    "two Nordic countries havens for terrorists.",
                    "2022-05-13"));
  // A list named before is the pair, not the party that acts on it.
  EXPECT_EQ("TURGOV 112 SWEGOV; TURGOV 112 FINGOV",
            CodesOf("Erdogan said he would not back the NATO bids of Sweden and Finland, accusing "
                    "both Nordic countries of harbouring militants.",
                    "2022-05-13"));
  EXPECT_EQ("CHNGOV 130 JPNGOV; CHNGOV 130 PHLGOV; CHNGOV 1123 JPNGOV; CHNGOV 1123 PHLGOV",
            CodesOf("China warned Japan and the Philippines, accusing both countries of "
                    "provocations.",
                    "2023-01-05"));
}

TEST(ShippedAnaphoraTest, TheThreeLeadersAreTheThreeCountriesNamed) {
  // With no list of three, "the three leaders" are the parties of the
  // three countries the sentence names, each with the others.
  EXPECT_EQ("FRAGOV 043 ITAGOV; FRAGOV 043 ESPGOV; FRAGOV 036 ITAGOV; FRAGOV 036 ESPGOV; "
            "ITAGOV 036 FRAGOV; ITAGOV 036 ESPGOV; ESPGOV 036 FRAGOV; ESPGOV 036 ITAGOV; "
            "ITAGOV 042 FRAGOV; ESPGOV 042 FRAGOV",
            CodesOf("Emmanuel Macron hosted Italy's premier Giorgia Meloni and Spain's "
                    "prime minister Pedro Sanchez in Marseille on Tuesday, where the three "
                    "leaders agreed to hold regular summits.",
                    "2023-08-18"));
  EXPECT_EQ("KENGOV 043 UGAGOV; KENGOV 043 TZAGOV; KENGOV 057 UGAGOV; KENGOV 057 TZAGOV; "
            "UGAGOV 057 KENGOV; UGAGOV 057 TZAGOV; TZAGOV 057 KENGOV; TZAGOV 057 UGAGOV; "
            "UGAGOV 042 KENGOV; TZAGOV 042 KENGOV",
            CodesOf("Kenya hosted the Ugandan and Tanzanian presidents in Nairobi, where the three "
                    "leaders signed a customs pact.",
                    "2020-01-01"));
  EXPECT_EQ("DEUGOV 040 FRAGOV; DEUGOV 040 POLGOV; DEUGOV 032 UKRGOV; FRAGOV 032 UKRGOV; "
            "POLGOV 032 UKRGOV",
            CodesOf("Germany's chancellor met French and Polish counterparts in Weimar, and the "
                    "three countries pledged to coordinate their support for Ukraine.",
                    "2020-01-01"));
}

TEST(ShippedAnaphoraTest, ACompoundSubjectOfAnAppositiveReaction) {
  // "a move X and Y criticised": the whole compound reacts, each member to
  // the act before.
  EXPECT_EQ("RUSGOV 129 IGOUNO; USAGOV 111 RUSGOV; GBRGOV 111 RUSGOV",
            CodesOf("Russia vetoed a Security Council draft on Srebrenica that Britain had written, "
                    "a move Washington and London sharply criticised.",
                    "2015-07-08"));
  EXPECT_EQ("BLRGOV 170 IRLBUS; POLGOV 111 BLRGOV; LTUGOV 111 BLRGOV",
            CodesOf("Belarus forced a Ryanair jet to land in Minsk, a step Poland and Lithuania "
                    "condemned as piracy.",
                    "2021-05-24"));
  EXPECT_EQ("CHNGOV 163 USALEG; USAGOV 111 CHNGOV; CANGOV 111 CHNGOV",
            CodesOf("China sanctioned two American senators, a decision that Washington and Ottawa "
                    "denounced.",
                    "2021-03-27"));
}

TEST(ShippedAnaphoraTest, TheLaunchIsTheActOfFiring) {
  // "the launch" is the missile fired, not the drills told after it, nor
  // an act of the reactors' own forces.
  EXPECT_EQ("CHNGOV 150 TWN; USAMIL 062 JPNMIL; JPNMIL 062 USAMIL; TWNGOV 111 CHNGOV; "
            "JPNGOV 111 CHNGOV",
            CodesOf("China fired a ballistic missile over Taiwan, a week after American and "
                    "Japanese destroyers held joint exercises in the strait, and Taipei and "
                    "Tokyo both condemned the launch.",
                    "2022-10-04"));
}

TEST(ShippedAnaphoraTest, ADealCondemnedIsTheForeignPartys) {
  // A state judging a deal its breakaway region made judges the foreign
  // party to it, also where the deal is named only in condemning words.
  EXPECT_EQ("AREGOV 057 SOMSEP; SOMSEP 057 AREGOV; SOMGOV 111 AREGOV",
            CodesOf("The United Arab Emirates signed a port agreement on Thursday with the "
                    "breakaway region of Somaliland granting it a naval base, and Mogadishu "
                    "called the accord an act of aggression.",
                    "2024-01-02"));
  // Force is another matter: a state condemns its own rebels' attack.
  EXPECT_EQ("UKRGOV 111 UKRSEP",
            CodesOf("Separatist rebels attacked a police post, and Kyiv condemned the attack.",
                    "2020-01-01"));
}

TEST(ShippedAnaphoraTest, APowerGrabIsTheActJustReported) {
  EXPECT_EQ("PERGOV 0831 PEROPP; PERGOV 172 PEROPP; PEROPP 111 PERGOV",
            CodesOf("President Pedro Castillo sacked the finance minister and suspended the "
                    "legislature, a power grab that the main opposition party denounced as a "
                    "coup.",
                    "2022-12-07"));
}

TEST(ShippedAnaphoraTest, TheDemandRejectedIsTheDemandersAct) {
  // With no act coded in the first clause, "the demand" after ", and" is
  // that clause's subject's.
  EXPECT_EQ("MDAGOV 124 RUSGOV",
            CodesOf("Vladimir Putin said on Tuesday that Moldova would regret it if it did not "
                    "return the Cobasna arms depot to Russia, and Moldovan officials rejected "
                    "the demand a day later.",
                    "2025-09-20"));
  EXPECT_EQ("SAUGOV 139 QATGOV; QATGOV 120 SAUGOV",
            CodesOf("Saudi Arabia gave Qatar ten days to close Al Jazeera. Doha rejected the "
                    "ultimatum.",
                    "2017-06-23"));
}

}  // namespace
}  // namespace khaldun
