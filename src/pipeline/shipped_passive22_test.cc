// Passives with the shipped dictionaries: an arrest told in the passive with
// no agent is the police's, of the country where it happened or else of the
// one held (not in a relative clause, not past a finite verb, not with an
// unknown agent after "by"); a release asked of no one named, after police
// held someone, is asked of their government; an agent unit named without a
// country is of the party its "including" names.
//
// Each sentence is written for the test and coded through the whole pipeline
// with the shipped dictionaries, as `khaldun code` codes it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPassive22Test, AnAgentlessArrestIsThePolices) {
  // Of the country of the one held, and the release is asked of its state.
  EXPECT_EQ("GEOCOP 173 GEOOPP; IGOEUREEC 0253 GEOGOV",
            CodesOf("Georgian opposition leader Levan Beridze was arrested at his home on "
                    "Monday, and the European Union called for his release.",
                    "2016-03-04"));
  // Of the country where it happened.
  EXPECT_EQ("UGACOP 173 KENOPP",
            CodesOf("Kenyan opposition leader Samuel Otieno was detained in Kampala on Friday, "
                    "and Nairobi protested.",
                    "2016-03-04"));
}

TEST(ShippedPassive22Test, NoPoliceWhereTheArrestIsBackgroundOrHasAnAgent) {
  // A relative clause: the detention is told as background.
  EXPECT_EQ("USAGOV 0253 BLRGOV",
            CodesOf("The United States urged Belarus to free an opposition blogger who was "
                    "detained in Minsk last year.",
                    "2016-03-04"));
  // Agents the dictionaries do not know are no police.
  EXPECT_EQ("UGAUAF 181 KENOPP",
            CodesOf("Kenyan opposition leader Samuel Otieno was detained by masked men in "
                    "Kampala on Friday, and Nairobi protested.",
                    "2016-03-04"));
}

TEST(ShippedPassive22Test, AUnitIsOfThePartyItIncludes) {
  // The unit, named without a country, is made of the party its
  // "including" names.
  EXPECT_EQ("COLUAF 193 HTILEG",
            CodesOf("The Haitian senator was shot dead at his office by a commando that "
                    "included two Colombian mercenaries.",
                    "2016-03-04"));
  // People named by their country alone are of the unit's kind there.
  EXPECT_EQ("VENUAF 193 HTILEG",
            CodesOf("The Haitian senator was shot dead by gunmen including two Venezuelans.",
                    "2016-03-04"));
  // The speaker of a "that officials said" is passed over.
  EXPECT_EQ("VENUAF 193 HTILEG",
            CodesOf("A Haitian senator was shot dead near his office by a gang that officials "
                    "said included 14 Venezuelans.",
                    "2016-03-04"));
}

}  // namespace
}  // namespace khaldun
