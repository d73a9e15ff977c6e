// Dated office-holders and title nouns of the shipped dictionaries
// (data/leaders/*.tsv -> dictionaries/leaders.actors.txt, dictionaries/agents.txt):
// tests/gold/README.md codes an opposition mayor OPP, party co-leaders and a
// far-right party leader PTY, and editors MED. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedTitlesTest, AnOppositionMayorIsOpp) {
  EXPECT_EQ("TURCOP 173 TUROPP",
            CodesOf("Riot police detained Ekrem Imamoglu at his home.", "2025-03-20"));
  EXPECT_EQ("TUROPP 112 TURGOV",
            CodesOf("Ekrem Imamoglu accused the government of silencing its critics.",
                    "2022-06-01"));
  EXPECT_EQ("TUROPP 111 TURGOV",
            CodesOf("Mansur Yavas criticised the government over inflation.", "2023-05-01"));
}

TEST(ShippedTitlesTest, AFarRightPartyLeaderIsPty) {
  EXPECT_EQ("FRAPTY 111 FRAGOV",
            CodesOf("Marine Le Pen criticised the government's pension plan.", "2023-02-01"));
  EXPECT_EQ("NLDPTY 111 NLDGOV",
            CodesOf("Geert Wilders condemned the Dutch cabinet.", "2019-05-01"));
  EXPECT_EQ("DEUPTY 112 DEUGOV",
            CodesOf("Alice Weidel accused Chancellor Olaf Scholz of betraying German voters.",
                    "2023-09-01"));
  EXPECT_EQ("FRAPTY 111 FRAGOV",
            CodesOf("Jordan Bardella criticised President Emmanuel Macron.", "2024-03-01"));
}

TEST(ShippedTitlesTest, PartyCoLeaderIsPtyWhileInOfficeThenOpp) {
  EXPECT_EQ("TURCOP 173 TURPTY",
            CodesOf("Police detained Selahattin Demirtas in Diyarbakir.", "2016-11-04"));
  EXPECT_EQ("TUROPP 111 TURGOV",
            CodesOf("Selahattin Demirtas criticised the government from his prison cell.",
                    "2020-09-01"));
}

TEST(ShippedTitlesTest, AnEditorInChiefIsMedia) {
  EXPECT_EQ("BLRCOP 173 BLRMED",
            CodesOf("Belarusian police detained the editor-in-chief of an independent news site.",
                    "2021-05-20"));
  EXPECT_EQ("EGYGOV 173 EGYMED",
            CodesOf("Egyptian authorities arrested the editor-in-chief of a weekly newspaper.",
                    "2019-03-01"));
  EXPECT_EQ("TURCOP 173 TURMED",
            CodesOf("Turkish police detained two editors-in-chief.", "2018-03-01"));
}

// A name no dictionary knows, set off by commas beside a role that holds an
// office, is that office-holder, and so is its surname later in the article.
TEST(ShippedTitlesTest, AnUnknownNameInAppositionTakesTheOffice) {
  EXPECT_EQ("TCDGOV 042 NER; TCDGOV 1123 SDNGOV",
            CodesOf("Chad's interior minister, Amina Bello, visited Niamey on Monday. Bello "
                    "accused Sudan of arming rebels.",
                    "2021-03-01"));
  EXPECT_EQ("TCDGOV 042 NER; TCDGOV 111 SDNGOV",
            CodesOf("Amina Bello, Chad's interior minister, flew to Niamey. Bello later "
                    "criticised Sudan.",
                    "2021-03-01"));
  // A list is no apposition, and a name with no title stays no one.
  EXPECT_EQ("TCDGOV 042 NER",
            CodesOf("Chad's interior minister, Amina Bello and two aides flew to Niamey. Bello "
                    "later criticised Sudan.",
                    "2021-03-01"));
  EXPECT_EQ("", CodesOf("Amina Bello flew to Niamey. Bello later criticised Sudan.", "2021-03-01"));
}

// The leader or commander of a country's body is that body's, not the state's.
TEST(ShippedTitlesTest, TheLeaderOfABodyIsTheBodys) {
  EXPECT_EQ("TCDOPP 1121 TCDGOV",
            CodesOf("The leader of Chad's opposition accused the government of rigging the vote.",
                    "2021-03-01"));
  EXPECT_EQ("TCDCOP 1121 TCDOPP",
            CodesOf("The commander of the Chadian police accused protesters of looting shops.",
                    "2021-03-01"));
  EXPECT_EQ("TCDGOV 111 SDNGOV",
            CodesOf("The leader of Chad criticised Sudan.", "2021-03-01"));
}

// "the president" with no holder of the title named before is the government
// person named before, unless another country was named where it could be
// that country's president.
TEST(ShippedTitlesTest, ABarePresidentIsTheGovernmentPersonNamedBefore) {
  EXPECT_EQ("COLGOV 111 VENGOV",
            CodesOf("Gustavo Petro vetoed the bill on Monday. The president also criticised "
                    "Venezuela.",
                    "2023-03-01"));
  EXPECT_EQ("INDGOV 040 USAGOV",
            CodesOf("Narendra Modi met Joe Biden in Washington. The president later criticised "
                    "China.",
                    "2023-03-01"));
  EXPECT_EQ("COLGOV 042 VEN",
            CodesOf("Gustavo Petro flew to Caracas on Monday, where the president criticised "
                    "Ecuador.",
                    "2023-03-01"));
}

TEST(ShippedTitlesTest, AnExiledPreacherIsRel) {
  // A cleric who holds no office is REL, also when his government accuses him.
  EXPECT_EQ("TURGOV 112 TURREL",
            CodesOf("Ankara blamed the exiled preacher Fethullah Gulen for the plot.",
                    "2017-01-01"));
}

}  // namespace
}  // namespace khaldun
