// False positives that recur in news, with the shipped dictionaries: a
// crossing for a summit or with aid, a participle after a noun, a verb read
// inside a noun compound, a country's capital inside a longer place name,
// the noun "strike" opening "strike back". Each sentence is written for the
// test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedFp16Test, CrossingIntoACountryForASummitIsAVisit) {
  EXPECT_EQ("KORGOV 042 PRKGOV",
            CodesOf("The South Korean president crossed into North Korea on Tuesday for a summit "
                    "with Kim Jong Un.",
                    "2018-09-18"));
  EXPECT_EQ("PAKGOV 042 IND",
            CodesOf("Pakistan's prime minister crossed into India for a visit to a Sikh shrine.",
                    "2019-11-09"));
  // Troops crossing in still occupy.
  EXPECT_EQ("RUSMIL 192 UKR", CodesOf("Russian troops crossed into Ukraine on Thursday.",
                                      "2022-02-24"));
}

TEST(ShippedFp16Test, LorriesWithAidCrossingInOccupyNothing) {
  EXPECT_EQ("", CodesOf("A convoy of aid lorries crossed into Ukraine on Tuesday.", "2014-08-12"));
  EXPECT_EQ("", CodesOf("Trucks loaded with humanitarian aid from Egypt crossed into Gaza.",
                        "2023-10-21"));
}

TEST(ShippedFp16Test, AParticipleAfterANounIsNoVerbOfThatNoun) {
  EXPECT_EQ("", CodesOf("Migrants expelled from the US arrived in Guatemala.", "2021-03-01"));
  EXPECT_EQ("", CodesOf("Students injured in the police raid were taken to hospital in Dhaka.",
                        "2018-08-05"));
  EXPECT_EQ("MEXGOV 030 VENREF",
            CodesOf("Mexico agreed to keep accepting Venezuelan migrants expelled from the United "
                    "States after border rules expired.",
                    "2023-05-12"));
}

TEST(ShippedFp16Test, AVerbJoinedToANounBeforeAnEventNounModifiesIt) {
  EXPECT_EQ("", CodesOf("Gunmen carried out a gun and bomb assault on a hotel in Kabul.",
                        "2018-01-20"));
  EXPECT_EQ("", CodesOf("Militants staged knife and bomb attacks on two churches in Lahore.",
                        "2015-03-15"));
}

TEST(ShippedFp16Test, ACapitalInsideALongerPlaceNameIsThatPlace) {
  EXPECT_EQ("MOZUAF 190 MOZ", CodesOf("Militants attacked Mocimboa da Praia on Sunday.",
                                      "2020-06-28"));
  EXPECT_EQ("MOZREB 192 MOZ",
            CodesOf("Insurgents seized the port of Mocimboa da Praia in August.", "2020-08-12"));
}

TEST(ShippedFp16Test, StrikeOpeningStrikeBackIsNoStrike) {
  EXPECT_EQ("KORGOV 138 PRKGOV",
            CodesOf("Seoul vowed it would strike back at Pyongyang.", "2016-01-08"));
}

}  // namespace
}  // namespace khaldun
