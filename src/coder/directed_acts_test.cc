// Compound subjects of force, offers and visits: allies who attack, shell
// or fire act together on a third party, as do those who offer or pledge;
// two sides who clash, fight or agree act on each other. Visitors who
// arrive together do not visit each other.
// On sentences written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include "coder/directed_acts.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;

TEST_F(CoderTest, AlliesWhoAttackOrShellDoNotAttackEachOther) {
  EXPECT_EQ("", Code("Iran and Iraq shelled the border town."));
  EXPECT_EQ("", Code("Russia and China attacked the rebel camp on Sunday."));
  EXPECT_EQ("", Code("The town was attacked by Russia and China."));
  // A named target is attacked by each of them.
  EXPECT_EQ("IRN 190 USA; IRQ 190 USA", Code("Iran and Iraq attacked the United States."));
}

TEST_F(CoderTest, TwoSidesWhoFightActOnEachOther) {
  EXPECT_EQ("IRN 190 IRQ; IRQ 190 IRN", Code("Iran and Iraq fought near the border."));
  EXPECT_EQ("RUS 190 CHN; CHN 190 RUS", Code("Russia and China attacked each other."));
}

TEST_F(CoderTest, VisitorsWhoArriveTogetherDoNotVisitEachOther) {
  EXPECT_EQ("", Code("The leaders of Iran and Iraq arrived in Geneva on Monday."));
  EXPECT_EQ("IRN 042 RUS; RUS 043 IRN; IRQ 042 RUS; RUS 043 IRQ",
            Code("Iran and Iraq visited Russia."));
}

TEST_F(CoderTest, TwoSidesWhoAgreeOrPledgeActOnEachOther) {
  // (The fixture has no verb of offering: see
  // src/pipeline/shipped_precision_test.cc.) Agreeing and pledging are
  // between them.
  EXPECT_EQ("RUS 030 CHN; CHN 030 RUS", Code("Russia and China agreed to cooperate."));
  EXPECT_EQ("RUS 030 CHN; CHN 030 RUS", Code("Russia and China vowed to help rebuild the port."));
}

}  // namespace
}  // namespace khaldun
