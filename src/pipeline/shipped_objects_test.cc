// Objects with the shipped vocabulary (coder/object_phrases.h): an actor in
// a phrase of cause, charge or topic after the verb is not its target. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedObjectsTest, AMatterAfterOverIsNoTarget) {
  // Resigning over a war is done to nobody, least of all Iraq.
  EXPECT_EQ("", CodesOf("Japan's prime minister resigned over the Iraq policy.", "2010-03-01"));
  // The owner or author of the matter is whom a protest is about.
  EXPECT_EQ("EGYGOV 1412 ISRGOV",
            CodesOf("Egypt protested over Israel's new settlement plans.", "2010-03-01"));
  EXPECT_EQ("EGYGOV 141 ISRGOV",
            CodesOf("Egypt protested over remarks Israel made on Sunday.", "2010-03-01"));
  // A bare place after "over" is where the act went.
  EXPECT_EQ("PRKGOV 150 JPN", CodesOf("North Korea fired a missile over Japan.", "2010-03-01"));
  EXPECT_EQ("PRKGOV 150 JPN",
            CodesOf("North Korea fired a missile over northern Japan.", "2010-03-01"));
}

TEST(ShippedObjectsTest, AChargeOrAllegedTiesNameNoTarget) {
  EXPECT_EQ("", CodesOf("Turkey jailed five men on charges of spying for Greece.", "2010-03-01"));
  EXPECT_EQ("", CodesOf("Police detained three clerics with links to Hezbollah.", "2010-03-01"));
  // "suspected of being members of": who they are, so the group stays.
  EXPECT_EQ("GBRGOV 173 GBRREB",
            CodesOf("Britain arrested two men suspected of being members of the IRA.",
                    "2010-03-01"));
}

TEST(ShippedObjectsTest, APatternsPlusPastAllegedTiesBindsNoTarget) {
  // '- * ( TO + )' of "deported" would take the "to" of "links to".
  EXPECT_EQ("", CodesOf("Kenya deported three men with links to Somalia's al-Shabaab.",
                        "2010-03-01"));
  EXPECT_EQ("KENGOV 174 SOMGOV", CodesOf("Kenya deported three men to Somalia.", "2010-03-01"));
}

TEST(ShippedObjectsTest, HandedOverToARecipient) {
  EXPECT_EQ("EGYGOV 063 LBYGOV", CodesOf("Egypt handed over the suspects to Libya.", "2010-03-01"));
}

}  // namespace
}  // namespace khaldun
