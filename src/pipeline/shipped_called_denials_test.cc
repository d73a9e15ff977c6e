// Denials worded as a judgement ("called the claims baseless") through the
// shipped vocabulary and the coder (tests/gold/README.md conventions):
// - an accusation, claim or report called baseless, false or a fabrication
//   is denied (016) even when no accuser is named inside the object; the
//   accuser is whoever accused or reported earlier, as for any denial;
// - the same holds when the allegation comes before its judge ("an
//   allegation Minsk called groundless");
// - a judgement of something that is no allegation is no denial.
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

TEST(ShippedCalledDenialsTest, AllegationCalledBaselessAnswersItsAccuser) {
  EXPECT_EQ("UKRGOV 1123 RUSGOV; RUSGOV 016 UKRGOV",
            CodesOf("Kyiv accused Moscow of shelling the nuclear plant, and Russia called the "
                    "claims a fabrication.",
                    "2020-01-01"));
  EXPECT_EQ("RUSGOV 016 ESTGOV",
            CodesOf("Estonian investigators said Russian agents had cut the cable. Moscow called "
                    "the findings absurd.",
                    "2020-01-01"));
}

TEST(ShippedCalledDenialsTest, AllegationBeforeItsJudgeIsDeniedToo) {
  EXPECT_EQ("LTUGOV 112 BLRGOV; BLRGOV 016 LTUGOV",
            CodesOf("Lithuania accused Minsk of sending migrants across the border, an "
                    "allegation Belarus called groundless.",
                    "2020-01-01"));
}

TEST(ShippedCalledDenialsTest, JudgementOfNoAllegationIsNoDenial) {
  EXPECT_EQ("", CodesOf("Tbilisi called the election result a fabrication.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Armenia called the decision absurd.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
