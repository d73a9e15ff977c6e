// Acts whose second party is named in the passage before them (discourse
// context): a refusal that names no one answers whoever pressed its speaker.
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

TEST(ShippedDiscourseTest, ARefusalAnswersThePressureOfTheSentenceBefore) {
  // A demand on Egypt, then Egypt refuses: the refusal is aimed at Israel.
  EXPECT_EQ("ISRGOV 100 EGYGOV; EGYGOV 124 ISRGOV",
            CodesOf("Israel demanded that Egypt close the border crossing. Cairo refused to "
                    "comply.",
                    "2020-01-01"));
  // A bare refusal, in the same sentence as the demand.
  EXPECT_EQ("ISRGOV 100 EGYGOV; EGYGOV 124 ISRGOV",
            CodesOf("Israel demanded that Egypt close the border crossing, but Cairo refused.",
                    "2020-01-01"));
  // An ultimatum to an envoy (161) is pressure too.
  EXPECT_EQ("UGAMIL 161 KENGOV; KENGOV 124 UGAMIL",
            CodesOf("The Ugandan army gave the Kenyan envoy 24 hours to leave. Nairobi refused "
                    "to comply.",
                    "2020-01-01"));
}

TEST(ShippedDiscourseTest, ARefusalWithNoPressureBeforeItNamesNoOne) {
  // Praise asks nothing: the refusal after it answers no one.
  EXPECT_EQ("ISRGOV 051 EGYGOV",
            CodesOf("Israel praised Egypt for its mediation. Cairo refused to comply.",
                    "2020-01-01"));
  // Pressure two sentences back is too far.
  EXPECT_EQ("ISRGOV 100 EGYGOV",
            CodesOf("Israel demanded that Egypt close the border crossing. The crossing handles "
                    "most of the trade. Cairo refused to comply.",
                    "2020-01-01"));
  // Breaking rules (128) is no refusal of the arrest before it.
  EXPECT_EQ("TZACOP 173 TZAOPP",
            CodesOf("Tanzanian police detained the opposition leader on Friday. They said he had "
                    "broken rules banning political rallies.",
                    "2020-01-01"));
  // The pressure fell on another party: the refusal answers no one.
  EXPECT_EQ("ISRGOV 100 EGYGOV",
            CodesOf("Israel demanded that Egypt close the border crossing. Jordan refused to "
                    "comply.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
