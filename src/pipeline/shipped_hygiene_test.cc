// Behaviour kept when logic moved to one place: the city names that are also
// common words now come from data/geo/common_words.txt (they still give a
// role no place), and one test (StateForceOnOwnProtesters) serves the three
// places that recode a state's force on its own protesters as 175.
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

TEST(ShippedHygieneTest, ACityBeforeARoleGivesItsPlaceUnlessItIsACommonWord) {
  EXPECT_EQ("KENCOP 175 KENEDU",
            CodesOf("Mombasa police fired tear gas at students on Monday.", "2021-03-01"));
  // Victoria (Seychelles) and Male (Maldives) are in the gazetteer, but
  // "Victoria police" and "Male police" are as often no place at all: the
  // first is Australia's state police (data/countries/metonyms.tsv), never
  // the Seychelles'.
  EXPECT_EQ("AUSCOP 175 AUSEDU",
            CodesOf("Victoria police fired tear gas at students on Monday.", "2021-03-01"));
  EXPECT_EQ("", CodesOf("Male police fired tear gas at students on Monday.", "2021-03-01"));
}

TEST(ShippedHygieneTest, AStatesForceOnItsOwnProtestersIsRepression) {
  EXPECT_EQ("KENCOP 175 KENOPP",
            CodesOf("Kenyan police opened fire on protesters in Nairobi, killing two.",
                    "2021-03-01"));
  EXPECT_EQ("PERMIL 175 PEROPP",
            CodesOf("Peruvian soldiers shot dead three demonstrators in Lima.", "2021-03-01"));
}

}  // namespace
}  // namespace khaldun
