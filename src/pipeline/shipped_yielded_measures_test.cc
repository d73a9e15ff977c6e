// Measures a state gives up under protest (0832): to whom it yields.
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

TEST(ShippedYieldedMeasuresTest, ABillWithdrawnAfterProtestsYieldsToTheOpposition) {
  EXPECT_EQ("PERGOV 0832 PEROPP",
            CodesOf("Peru's president withdrew the pension bill after a week of street protests.",
                    "2019-06-25"));
  EXPECT_EQ("KENGOV 0832 KENOPP",
            CodesOf("Kenya's president withdrew his budget bill as violent unrest spread through "
                    "the capital.",
                    "2019-06-25"));
}

TEST(ShippedYieldedMeasuresTest, WithNoProtestToldNoOneIsNamed) {
  EXPECT_EQ("", CodesOf("Peru's president withdrew the pension bill on Monday.", "2019-06-25"));
}

}  // namespace
}  // namespace khaldun
