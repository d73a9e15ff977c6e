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

}  // namespace
}  // namespace khaldun
