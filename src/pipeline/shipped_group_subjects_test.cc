// Subjects found across a relative clause whose antecedent is a group the
// subject belongs to, and roles placed in a country named past a hyphened
// word that describes it.
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

TEST(ShippedGroupSubjectsTest, TheSubjectOfWasAmongTheGroupThatActs) {
  // The relative clause's antecedent is "the countries", no actor; the
  // actor that "was among" them did the condemning.
  EXPECT_EQ("NORGOV 111 IRNGOV",
            CodesOf("Norway was among the countries that condemned Iran on Monday.", "2016-01-01"));
  EXPECT_EQ("NORGOV 111 IRNGOV",
            CodesOf("Norway is one of the few countries that condemned Iran.", "2016-01-01"));
  // Each member of a compound subject.
  EXPECT_EQ("NORGOV 033 HTI; JPNGOV 033 HTI",
            CodesOf("Norway and Japan were among the donors who pledged aid to Haiti.",
                    "2016-01-01"));
  // A group of things has no actor for a subject.
  EXPECT_EQ("", CodesOf("The report was among the documents that condemned Iran.", "2016-01-01"));
  // Only the verb right after the pronoun: "met" is the group's, "attacked"
  // has a subject of its own.
  EXPECT_EQ("IRQGOV 190 IRN",
            CodesOf("Norway was among the countries that met after Iraq attacked Iran.",
                    "2016-01-01"));
}

TEST(ShippedGroupSubjectsTest, ARolesPlaceMayFollowAHyphenedStateOfThePlace) {
  EXPECT_EQ("MMRJUD 173 THAMED",
            CodesOf("A court in military-ruled Myanmar jailed a Thai journalist.", "2016-01-01"));
  EXPECT_EQ("YEMCOP 173 TURMED",
            CodesOf("Police in war-torn Yemen arrested a Turkish journalist.", "2016-01-01"));
  // Who holds a place is not always its state: police in a rebel-held
  // town are not Syria's.
  EXPECT_EQ("", CodesOf("Police in rebel-held Idlib arrested a Turkish journalist.", "2016-01-01"));
}

}  // namespace
}  // namespace khaldun
