// Events that must survive material added after their verb: the same act
// coded in a short sentence and in a longer wire-style one (see
// scripts/robustness-after). Coded through the whole pipeline with the
// shipped dictionaries; each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedAfterVerbTest, AParentheticalOnTheObjectKeepsTheVerbsComplement) {
  // A relative clause or an appositive between the object and "to", "of" or
  // "for" leaves the pattern that reads them (a request to release 0253, an
  // accusation of a crime 1121, ...), not the bare verb's code.
  EXPECT_EQ("IGOAFRAFU 0253 BDIGOV",
            CodesOf("The African Union called on Burundi, which has rejected outside mediation, "
                    "to release the detained journalists.",
                    "2021-05-01"));
  EXPECT_EQ("USAGOV 1121 PRKGOV",
            CodesOf("Washington accused Pyongyang, its longtime adversary, of smuggling weapons "
                    "to Syria.",
                    "2021-05-01"));
  EXPECT_EQ("CHNGOV 0256 AUSGOV",
            CodesOf("Beijing asked Canberra, whose ships patrol the area, to withdraw its "
                    "frigates.",
                    "2021-05-01"));
  EXPECT_EQ("RUSGOV 1123 UKRGOV; UKRGOV 016 RUSGOV",
            CodesOf("Moscow accused Kyiv, which denies the charge, of shelling a nuclear plant.",
                    "2021-05-01"));
  EXPECT_EQ("MEXGOV 0233 IGOUNO",
            CodesOf("Mexico appealed to the United Nations, the largest donor in the region, for "
                    "emergency food aid.",
                    "2021-05-01"));
}

}  // namespace
}  // namespace khaldun
