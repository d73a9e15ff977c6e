// False positives through the shipped vocabulary and the coder: a leader
// crossing into a country for a summit, talks or a visit makes a visit
// (042), not an occupation (192); "shadow" before an office is a
// Westminster opposition title, not a warship trailing its target (150);
// several role-holders killed ("two South Korean soldiers") are not an
// assassination of a named office-holder (186).
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

TEST(ShippedPrecision16Test, CrossingIntoACountryForTalksIsAVisit) {
  EXPECT_EQ("ZAFGOV 042 ZWE",
            CodesOf("President Ramaphosa crossed into Zimbabwe on Monday for a state visit.",
                    "2018-01-01"));
  EXPECT_EQ("CHNGOV 042 VNM",
            CodesOf("The Chinese premier crossed into Vietnam by train for two days of talks "
                    "with Hanoi.",
                    "2018-01-01"));
  EXPECT_EQ("TURGOV 042 SYR",
            CodesOf("The Turkish foreign minister crossed into Syria for a meeting with the "
                    "new government.",
                    "2018-01-01"));
  // Troops crossing a border to fight still occupy territory.
  EXPECT_EQ("KENMIL 192 SOM",
            CodesOf("Kenyan troops crossed into Somalia to attack the militants.", "2018-01-01"));
}

TEST(ShippedPrecision16Test, ShadowBeforeAnOfficeIsATitle) {
  EXPECT_EQ("", CodesOf("Conservative supporters gathered to hear Michael Howard and shadow "
                        "chancellor George Osborne at the rally.",
                        "2005-01-01"));
  EXPECT_EQ("", CodesOf("Voters saw Tony Blair and shadow home secretary David Davis clash on "
                        "identity cards.",
                        "2005-01-01"));
  EXPECT_EQ("GBRGOV 111 GBROPP",
            CodesOf("Gordon Brown mocked Mr Howard and shadow chancellor Oliver Letwin over "
                    "their spending sums.",
                    "2005-01-01"));
  EXPECT_EQ("GBROPP 040 GBRGOV",
            CodesOf("Shadow home secretary David Davis met Tony Blair on Monday.", "2005-01-01"));
  // Warships that trail another state's ship still show force to it.
  EXPECT_EQ("CHNMIL 150 USAMIL",
            CodesOf("Chinese warships shadowed an American destroyer through the strait.",
                    "2018-01-01"));
}

TEST(ShippedPrecision16Test, PluralRoleHoldersKilledAreNotAssassinated) {
  // A two-word nationality before a plural role is no person's name.
  EXPECT_EQ("AFGREB 190 NZLMIL",
            CodesOf("Taliban fighters ambushed the convoy, killing three New Zealand soldiers.",
                    "2019-01-01"));
  EXPECT_EQ("PRKMIL 194 KORMIL",
            CodesOf("North Korean artillery shelled the island, killing two South Korean soldiers.",
                    "2019-01-01"));
  EXPECT_EQ("YEMREB 195 SAUMIL",
            CodesOf("Houthi rebels fired missiles at the base, killing five Saudi Arabian soldiers.",
                    "2019-01-01"));
  EXPECT_EQ("LKAREB 190 LKACOP",
            CodesOf("Maoist rebels ambushed the convoy, killing six Sri Lankan policemen.",
                    "2019-01-01"));
  // A named officer killed is still an assassination.
  EXPECT_EQ("PAKUAF 186 PAKMIL",
            CodesOf("Gunmen killed Pakistani General Ahmed Khan in Quetta.", "2019-01-01"));
}

}  // namespace
}  // namespace khaldun
