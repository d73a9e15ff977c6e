// Office-holders of dictionaries/leaders.actors.txt before, between and after
// their terms, with the shipped dictionaries: ELI is for former office-holders
// only (tests/gold/README.md). Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedLeadersTest, BeforeTheFirstTermAnOppositionLeaderIsOpp) {
  // data/leaders/before.tsv: an opposition MP until he became prime minister.
  EXPECT_EQ("ARMOPP 1121 ARMGOV",
            CodesOf("Nikol Pashinyan accused the government of rigging the vote.", "2016-06-01"));
  EXPECT_EQ("ARMGOV 1121 ARMOPP",
            CodesOf("Nikol Pashinyan accused the opposition of rigging the vote.", "2019-06-01"));
}

TEST(ShippedLeadersTest, BeforeTheFirstTermAPersonWithNoOfficeIsTheCountry) {
  // Not a former office-holder (ELI) before taking office, nor the state.
  EXPECT_EQ("POLGOV 051 UKR",
            CodesOf("Polish officials praised Volodymyr Zelensky.", "2017-06-01"));
  EXPECT_EQ("POLGOV 051 UKRGOV",
            CodesOf("Polish officials praised Volodymyr Zelensky.", "2020-06-01"));
}

TEST(ShippedLeadersTest, AfterTheLastTermALeaderIsElite) {
  EXPECT_EQ("ARMELI 111 ARMGOV",
            CodesOf("Serzh Sargsyan criticised the government.", "2020-06-01"));
}

TEST(ShippedLeadersTest, FormerHeadOfGovernmentIsEliteWhateverTheDatedCode) {
  // His entry codes him as the opposition leader he was again in 2015
  // (ZWEOPP); the text calls him a former prime minister.
  EXPECT_EQ("ZWECOP 090 ZWEELI",
            CodesOf("Police questioned former prime minister Morgan Tsvangirai.", "2015-06-01"));
  EXPECT_EQ("ZWECOP 090 ZWEOPP", CodesOf("Police questioned Morgan Tsvangirai.", "2015-06-01"));
}

}  // namespace
}  // namespace khaldun
