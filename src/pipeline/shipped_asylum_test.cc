// Actor codes of leaders given asylum: a head of state taken in by another
// state has left office, whatever the dictionary's dates say on the day he
// fell (ELI, not his government).
//
// Coder rules whose test needs the shipped vocabulary, coded through the
// whole pipeline as `khaldun code` codes them. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedAsylumTest, ALeaderGivenAsylumOnTheDayHeFellIsAnElite) {
  EXPECT_EQ("SAUGOV 075 TUNELI",
            CodesOf("Saudi Arabia granted asylum to Zine al-Abidine Ben Ali on Friday.",
                    "2011-01-14"));
  EXPECT_EQ("SAUGOV 075 TUNELI",
            CodesOf("Saudi Arabia granted asylum to Tunisia's president late on Friday.",
                    "2011-01-14"));
}

TEST(ShippedAsylumTest, OtherPeopleGivenAsylumKeepTheirRole) {
  EXPECT_EQ("SAUGOV 075 TUNBUS",
            CodesOf("Saudi Arabia granted asylum to a Tunisian businessman late on Friday.",
                    "2011-01-14"));
}

}  // namespace
}  // namespace khaldun
