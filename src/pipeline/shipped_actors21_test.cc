// Actor codes of parties whose country the sentence gives only as a scene:
// armed forces or police with no country, hit by an armed group that is no
// state, are those of the country where the clause places the attack, not
// the group's own.
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

TEST(ShippedActors21Test, SoldiersHitByAnArmedGroupAbroadAreOfTheScene) {
  EXPECT_EQ("IRQREB 190 MLIMIL",
            CodesOf("Militants from Islamic State killed 40 soldiers at a remote outpost in "
                    "eastern Mali on Sunday.",
                    "2019-12-11"));
  EXPECT_EQ("NGAREB 190 CMRMIL",
            CodesOf("Boko Haram militants killed 40 soldiers at a remote outpost in northern "
                    "Cameroon.",
                    "2019-12-11"));
  // At home the group's country and the scene agree.
  EXPECT_EQ("NGAREB 190 NGAMIL",
            CodesOf("Boko Haram militants killed 40 soldiers at a remote outpost in northern "
                    "Nigeria.",
                    "2019-12-11"));
}

}  // namespace
}  // namespace khaldun
