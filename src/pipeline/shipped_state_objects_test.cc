// People a state holds, represses or puts to death, named by a role with no
// country or as a man or woman, with the shipped dictionaries. Each sentence
// is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedStateObjectsTest, AStateNamedAloneHoldsItsOwnPeople) {
  EXPECT_EQ("EGYGOV 173 EGYMED",
            CodesOf("Egypt jailed a well-known blogger on Tuesday.", "2019-03-05"));
  // Not a country named as the object of another verb before the arrest.
  EXPECT_EQ("",
            CodesOf("How can we accuse states such as Belarus of abuses when we "
                    "lock up people without trial?",
                    "2019-03-05"));
}

TEST(ShippedStateObjectsTest, AStatePutsToDeathItsOwnPeople) {
  EXPECT_EQ("IRNGOV 1823 IRNREL",
            CodesOf("Iran executed a Sunni preacher at dawn.", "2019-03-05"));
  // A man or woman with no role noun is the bare country.
  EXPECT_EQ("IRNGOV 1823 IRN",
            CodesOf("Tehran hanged a young man convicted of rioting.", "2019-03-05"));
  // A nationality named is kept.
  EXPECT_EQ("IRNGOV 1823 GBR", CodesOf("Iran hanged a British man.", "2019-03-05"));
  // A plan executed is nothing.
  EXPECT_EQ("", CodesOf("China executed a plan to build new roads.", "2019-03-05"));
}

}  // namespace
}  // namespace khaldun
