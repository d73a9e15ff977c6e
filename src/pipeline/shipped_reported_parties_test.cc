// Parties inside reported clauses and attributions: whom a role serves
// ("loyal to"), a second "and that" clause, forces of an "as" clause,
// forces named with their allies, and victims named as civilians.
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

TEST(ShippedReportedPartiesTest, ForcesLoyalToALeaderAreOfHisCountry) {
  EXPECT_EQ("SYRMIL 2041 SYR",
            CodesOf("The minister said troops loyal to Bashar al-Assad killed 300 people with "
                    "sarin near Homs.",
                    "2014-03-02"));
}

TEST(ShippedReportedPartiesTest, ASecondThatClauseIsNoObjectOfTheFirst) {
  const std::string codes =
      CodesOf("The envoy said Syrian forces had killed 300 people with sarin near Homs and that "
              "Washington would hold the Assad regime accountable.",
              "2014-03-02");
  EXPECT_NE(std::string::npos, codes.find("SYRMIL 2041 SYR")) << codes;
  EXPECT_EQ(std::string::npos, codes.find("2041 USA")) << codes;
}

TEST(ShippedReportedPartiesTest, BareForcesOfAnAsClauseAreThoseOfTheClauseBefore) {
  EXPECT_EQ("ETHMIL 190 SOM; ETHMIL 195 SOMREB",
            CodesOf("Ethiopian troops entered Baidoa as jets struck al-Shabaab bases, the "
                    "ministry said.",
                    "2007-01-02"));
}

TEST(ShippedReportedPartiesTest, VictimsNamedAsCiviliansAreTheCountrysCivilians) {
  EXPECT_EQ("NGAREB 202 NGACVL",
            CodesOf("Boko Haram fighters killed hundreds of villagers, the governor said.",
                    "2015-01-10"));
  // (Plain "people" stay the bare country.)
  EXPECT_EQ("NGAREB 202 NGA",
            CodesOf("Boko Haram fighters killed hundreds of people, the governor said.",
                    "2015-01-10"));
}

TEST(ShippedReportedPartiesTest, ForcesNamedWithTheirAlliesActForThemselves) {
  EXPECT_EQ("TCDMIL 202 TCDCVL",
            CodesOf("Chadian soldiers and pro-government militiamen killed 40 villagers near "
                    "Abeche, witnesses said.",
                    "2010-05-01"));
}

}  // namespace
}  // namespace khaldun
