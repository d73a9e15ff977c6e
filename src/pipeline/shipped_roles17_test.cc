// Roles with the shipped dictionaries: an event noun whose agent comes
// before its object ("the expulsion by Moscow of twenty diplomats") acts on
// the party of its "of" phrase.
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

TEST(ShippedRoles17Test, AnEventNounsFrontedAgentLeavesTheOfPhraseItsTarget) {
  EXPECT_EQ("RUSGOV 174 GBRGOV",
            CodesOf("The expulsion by Moscow of twenty British diplomats angered London.",
                    "2021-03-01"));
  EXPECT_EQ("IRNMIL 171 GBR",
            CodesOf("The seizure by Iranian commandos of a British tanker raised tensions in "
                    "the Gulf.",
                    "2021-03-01"));
  EXPECT_EQ("ESPGOV 054 PSE",
            CodesOf("The recognition by Spain of a Palestinian state came after months of "
                    "debate.",
                    "2021-03-01"));
  const std::string arrest = CodesOf(
      "The arrest by Egyptian police of two Italian students was reported on Monday.",
      "2021-03-01");
  EXPECT_NE(std::string::npos, arrest.find("EGYCOP 173 ITAEDU")) << arrest;
}

TEST(ShippedRoles17Test, ARoleWithoutACountryBeforeOfIsNoFrontedAgent) {
  // "the government of ...": the "of" names whose government, not whom it
  // arrested.
  const std::string codes =
      CodesOf("The arrest by the government of Prime Minister Pedro Sanchez of nine Catalan "
              "leaders was reported on Monday.",
              "2021-03-01");
  EXPECT_EQ(std::string::npos, codes.find("173 ESPGOV")) << codes;
}

}  // namespace
}  // namespace khaldun
