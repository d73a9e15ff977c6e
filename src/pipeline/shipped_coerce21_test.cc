// Coercion (CAMEO 17) and its neighbours: people named as protesting are
// protesters, a protest camp stands for its protesters, a foreign force
// told to leave a base is withdrawn (166) and inspectors told to leave are
// expelled as such (1662), and a few actors of arrests.
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

TEST(ShippedCoerce21Test, PeopleAtAProtestAreProtesters) {
  EXPECT_EQ("KENCOP 173 KENOPP",
            CodesOf("Kenyan riot police arrested about 200 people at demonstrations against "
                    "the finance bill.",
                    "2024-06-25"));
  EXPECT_EQ("MMRMIL 175 MMROPP; MMROPP 141 MMRGOV",
            CodesOf("Soldiers fired live rounds at villagers protesting against the new dam "
                    "near Mandalay.",
                    "2021-06-01"));
  EXPECT_EQ("BLROPP 141 BLRGOV; BLRCOP 173 BLROPP",
            CodesOf("Thousands of people rallied in Minsk on Sunday, and riot police detained "
                    "hundreds of them.",
                    "2020-08-16"));
  // People named with no protest stay people of the place.
  EXPECT_EQ("KENCOP 173 KEN",
            CodesOf("Kenyan police arrested about 200 people in Nairobi on Tuesday.",
                    "2024-06-25"));
}

TEST(ShippedCoerce21Test, AProtestCampStandsForItsProtesters) {
  EXPECT_EQ("BGDCOP 175 BGDOPP",
            CodesOf("Riot police stormed the protest camp outside the parliament in Dhaka at "
                    "dawn.",
                    "2024-08-01"));
  EXPECT_EQ("BGDCOP 175 BGDOPP",
            CodesOf("Riot police razed the protest camp in Dhaka at dawn.", "2024-08-01"));
  EXPECT_EQ("SDNMIL 175 SDNOPP",
            CodesOf("Soldiers raided the protest sit-in outside the defence ministry in Khartoum.",
                    "2019-06-03"));
}

TEST(ShippedCoerce21Test, ToldToLeaveABaseOrTheCountry) {
  EXPECT_EQ("KGZGOV 166 USAGOV",
            CodesOf("Kyrgyzstan ordered Washington to vacate the Manas air base by August.",
                    "2009-02-20"));
  EXPECT_EQ("PRKGOV 1662 IGOUNOIAE",
            CodesOf("Pyongyang ordered the IAEA inspectors to leave the country.", "2009-04-15"));
}

TEST(ShippedCoerce21Test, ActorsOfArrests) {
  EXPECT_EQ("GBRCOP 173 NGABUS",
            CodesOf("Britain's National Crime Agency arrested two Nigerian businessmen in "
                    "Manchester.",
                    "2021-06-01"));
  EXPECT_EQ("GBRCOP 173 AUSMED",
            CodesOf("British police detained Julian Assange outside the court in London.",
                    "2021-06-01"));
}

}  // namespace
}  // namespace khaldun
