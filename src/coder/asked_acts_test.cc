// The subcode an appeal, a demand or an intent takes from the act it asks
// for (coder/coder_internal.h AskedActCode).
#include <gtest/gtest.h>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {
namespace {

TEST(AskedActsTest, EachFamilyAsksForTheKindOfAct) {
  EXPECT_EQ("0253", AskedActCode("020", "0841"));  // urged X to free captives
  EXPECT_EQ("1053", AskedActCode("100", "084"));
  EXPECT_EQ("0353", AskedActCode("030", "0841"));
  EXPECT_EQ("1056", AskedActCode("100", "087"));  // demanded that X withdraw
  EXPECT_EQ("0254", AskedActCode("020", "085"));  // urged X to lift sanctions
  EXPECT_EQ("0251", AskedActCode("020", "081"));
  EXPECT_EQ("1041", AskedActCode("100", "0831"));  // demanded that X resign
  EXPECT_EQ("024", AskedActCode("020", "083"));
  EXPECT_EQ("0234", AskedActCode("020", "074"));  // asked X to send troops
  EXPECT_EQ("0332", AskedActCode("030", "072"));
  EXPECT_EQ("1013", AskedActCode("100", "063"));  // demanded that X extradite
  EXPECT_EQ("022", AskedActCode("020", "054"));
  EXPECT_EQ("032", AskedActCode("030", "054"));
  EXPECT_EQ("026", AskedActCode("020", "046"));  // urged X to hold talks
  EXPECT_EQ("106", AskedActCode("100", "040"));
  EXPECT_EQ("036", AskedActCode("030", "043"));
}

TEST(AskedActsTest, OnlyABareCodeAsksForAnAct) {
  EXPECT_EQ("", AskedActCode("0256", "087"));  // a pattern's subcode stays
  EXPECT_EQ("", AskedActCode("111", "087"));
  EXPECT_EQ("", AskedActCode("020", "190"));  // force is no act the families ask for
  EXPECT_EQ("", AskedActCode("020", "045"));  // mediation: 028 is to accept it
  EXPECT_EQ("", AskedActCode("020", "055"));  // an apology
  EXPECT_EQ("", AskedActCode("030", "057"));  // a deal: its kind is not said
}

}  // namespace
}  // namespace khaldun::coder_internal
