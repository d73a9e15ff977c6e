// Verb patterns that recur in news and coded nothing before, through the
// shipped vocabulary and the coder (tests/gold/README.md conventions):
// - forces ordered to withdraw (pull out, pull back, retreat) from a town
//   the gazetteer knows retreat from that town's country (0874), the act
//   of whoever gave the order; from a town of the orderer's own country
//   no one is retreated from.
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

TEST(ShippedVerbGaps19Test, ForcesOrderedOutOfATownRetreatFromItsCountry) {
  EXPECT_EQ("RUSGOV 0874 UKR",
            CodesOf("The Kremlin ordered its soldiers on Monday to pull back from the city of "
                    "Izium and nearby villages.",
                    "2022-05-01"));
  EXPECT_EQ("TURGOV 0874 SYR",
            CodesOf("Turkey's defence minister ordered troops to withdraw from the city of "
                    "Afrin.",
                    "2019-05-01"));
  // Out of a town of one's own country: no retreat from anyone.
  EXPECT_EQ("", CodesOf("Baghdad ordered its troops to withdraw from Basra.", "2019-05-01"));
}

}  // namespace
}  // namespace khaldun
