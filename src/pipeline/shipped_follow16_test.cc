// Retaliation through the shipped vocabulary and the coder: "hit back",
// "strike back" and "retaliate" name no means of their own. They are
// military force (19x) only when the means is a weapon or the retaliation
// is aimed at a party; an economic means is a sanction (163), and a means
// named after "by" is coded from its own verb alone.
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

TEST(ShippedFollow16Test, RetaliationWithDutiesOrSanctionsIsNoForce) {
  EXPECT_EQ("BRAGOV 163 USA",
            CodesOf("Brasilia hit back with matching duties on American beef.", "2020-01-01"));
  EXPECT_EQ("CANGOV 163 USA",
            CodesOf("Ottawa retaliated with new tariffs on American steel.", "2020-01-01"));
  EXPECT_EQ("JPNGOV 163 RUSBUS",
            CodesOf("Tokyo struck back with sanctions on Russian banks.", "2020-01-01"));
}

TEST(ShippedFollow16Test, RetaliationByAnActIsThatActAlone) {
  EXPECT_EQ("AUSGOV 172 CHNGOV",
            CodesOf("Canberra hit back by barring Chinese officials from entering Australia.",
                    "2020-01-01"));
  EXPECT_EQ("POLGOV 161 BLRGOV",
            CodesOf("Warsaw hit back by expelling three Belarusian diplomats.", "2020-01-01"));
  // Not even when a party follows in a phrase of place or aim.
  EXPECT_EQ("BRAGOV 163 USA",
            CodesOf("Brasilia hit back by imposing levies on American beef.", "2020-01-01"));
  EXPECT_EQ("TURGOV 114 NLDGOV",
            CodesOf("Ankara retaliated by summoning the Dutch ambassador.", "2020-01-01"));
  // A forceful means after "by" is coded once, from its own verb.
  EXPECT_EQ("VNMGOV 194 CHN",
            CodesOf("Hanoi struck back by shelling the Chinese border post.", "2020-01-01"));
}

TEST(ShippedFollow16Test, RetaliationInWordsIsNoForce) {
  EXPECT_EQ("", CodesOf("Seoul hit back, telling Tokyo it would review the intelligence pact.",
                        "2020-01-01"));
  EXPECT_EQ("CHNGOV 111 GBRGOV",
            CodesOf("Beijing hit back, calling the British move a gross interference.",
                    "2020-01-01"));
}

TEST(ShippedFollow16Test, RetaliationWithWeaponsOrAgainstAPartyIsForce) {
  EXPECT_EQ("IRNGOV 195 ISR",
            CodesOf("Tehran hit back with missile strikes on Tel Aviv.", "2020-01-01"));
  EXPECT_EQ("ISRGOV 195 LBNREB",
            CodesOf("Israel retaliated with air strikes on Hezbollah positions in southern "
                    "Lebanon.",
                    "2020-01-01"));
  EXPECT_EQ("NGAMIL 190 NGAREB",
            CodesOf("Nigerian troops retaliated against Boko Haram fighters near Maiduguri.",
                    "2020-01-01"));
}

TEST(ShippedFollow16Test, RetaliationAPartyWillCarryOutIsAThreat) {
  EXPECT_EQ("IRNGOV 138 ISRGOV",
            CodesOf("The Iranian foreign minister said Tehran would retaliate against Israel for "
                    "the strike.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
