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

}  // namespace
}  // namespace khaldun
