// StateForceOnOwnProtesters (coder_internal.h), the one test behind the three
// places that recode a state's force on its own protesters as repression (175).
#include <gtest/gtest.h>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {
namespace {

TEST(StateForceOnOwnProtestersTest, ArmyOrPoliceOnProtestersOfTheirOwnCountry) {
  EXPECT_TRUE(StateForceOnOwnProtesters("KENCOP", "KENOPP", false));
  EXPECT_TRUE(StateForceOnOwnProtesters("PERMIL", "PEROPP", false));
  EXPECT_FALSE(StateForceOnOwnProtesters("PERGOV", "PEROPP", false));
  EXPECT_TRUE(StateForceOnOwnProtesters("PERGOV", "PEROPP", true));
}

TEST(StateForceOnOwnProtestersTest, NotAnotherCountryNotOtherPartiesNotPartialCodes) {
  EXPECT_FALSE(StateForceOnOwnProtesters("ISRMIL", "PSEOPP", true));
  EXPECT_FALSE(StateForceOnOwnProtesters("KENCOP", "KENCVL", true));
  EXPECT_FALSE(StateForceOnOwnProtesters("KENREB", "KENOPP", true));
  EXPECT_FALSE(StateForceOnOwnProtesters("KENCOP", "KEN", true));
  EXPECT_FALSE(StateForceOnOwnProtesters("COP", "KENOPP", true));
  EXPECT_FALSE(StateForceOnOwnProtesters("KENCOP", "KENOPPX", true));
}

}  // namespace
}  // namespace khaldun::coder_internal
