// Precision on real news through the shipped vocabulary and the coder:
// - an act dated two or more years before the story is background;
// - allies who attack, shell or bomb act together, not on each other;
// - parties who offer or stand ready do so to others, not to each
//   other; visitors who arrive together do not visit each other;
// - a clash of named persons or firms, with no armed body or crowd, is a
//   dispute in words (110).
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPrecisionTest, AnActDatedYearsBeforeTheStoryIsBackground) {
  EXPECT_EQ("", CodesOf("Ethiopia, which invaded Somalia in 2006, sent envoys to the talks.",
                        "2019-05-02"));
  EXPECT_EQ("", CodesOf("In 2003, American troops occupied Baghdad.", "2019-05-02"));
  EXPECT_EQ("", CodesOf("Vietnamese forces drove the Khmer Rouge out of Phnom Penh in January "
                        "1979 and stayed for a decade.",
                        "2019-05-02"));
  // The same act in the story's time is news.
  EXPECT_EQ("USAMIL 192 IRQ",
            CodesOf("In 2003, American troops occupied Baghdad.", "2003-04-10"));
}

TEST(ShippedPrecisionTest, AlliesWhoAttackTogetherDoNotAttackEachOther) {
  EXPECT_EQ("", CodesOf("Russian and Syrian forces shelled rebel-held Idlib.", "2019-05-02"));
  EXPECT_EQ("", CodesOf("Thousands of families in the province have been driven from their "
                        "homes by Russian and Syrian airstrikes and shelling.",
                        "2019-05-02"));
  EXPECT_EQ("", CodesOf("The Kurds were brutally attacked by the Turkish army and a militia "
                        "made up of Islamist groups.",
                        "2019-05-02"));
  // (The place bombed stands for its people; neither ally is the other's
  // target.)
  EXPECT_EQ("RUSMIL 195 SYR; SYRMIL 195 SYR",
            CodesOf("Russian and Syrian jets bombed villages south of Idlib on Monday.",
                    "2019-05-02"));
  // Sides who clash act on each other.
  EXPECT_EQ("INDGOV 190 PAK; PAKGOV 190 IND",
            CodesOf("India and Pakistan clashed along the frontier.", "2019-05-02"));
}

TEST(ShippedPrecisionTest, OffersOfSeveralPartiesAreNotMadeToEachOther) {
  EXPECT_EQ("", CodesOf("Canada, Norway and Ireland offered resettlement to the refugees.",
                        "2019-05-02"));
  EXPECT_EQ("", CodesOf("Qatar and Kuwait said they are willing to help fund the mission.",
                        "2019-05-02"));
  // Each visits the country of the city, not the other.
  EXPECT_EQ("CHLGOV 042 CHE; PERGOV 042 CHE",
            CodesOf("The presidents of Chile and Peru arrived in Geneva on Monday.",
                    "2019-05-02"));
}

TEST(ShippedPrecisionTest, AClashOfPersonsOrFirmsIsADispute) {
  EXPECT_EQ("GBRELI 110 FRAGOV",
            CodesOf("Boris Johnson clashed with Emmanuel Macron over fishing rights.",
                    "2019-05-02"));
  EXPECT_EQ("RUSBUS 110 RUSGOV; RUSGOV 110 RUSBUS",
            CodesOf("The clash between Gazprom and the Kremlin deepened.", "2019-05-02"));
  // Armed bodies and crowds clash with force.
  EXPECT_EQ("INDMIL 190 CHNMIL; CHNMIL 190 INDMIL",
            CodesOf("Indian and Chinese troops clashed in Ladakh.", "2019-05-02"));
  EXPECT_EQ("CODREB 190 CODMIL",
            CodesOf("Rebel commander Ahmed clashed with government troops near Goma.",
                    "2019-05-02"));
}

TEST(ShippedPrecisionTest, AnEventNounNamedByAnOldYearIsBackground) {
  // "the 1999 accord", "the September, 1985 pact", "a 1985 loan": the year
  // names which act, years before the story.
  EXPECT_EQ("", CodesOf("The 1999 accord between Ethiopia and Eritrea was a turning point, "
                        "officials said.",
                        "2008-05-01"));
  EXPECT_EQ("ETHGOV 057 ERIGOV; ERIGOV 057 ETHGOV",
            CodesOf("The accord between Ethiopia and Eritrea was a turning point, officials said.",
                    "2008-05-01"));
}

}  // namespace
}  // namespace khaldun
