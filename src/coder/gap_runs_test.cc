// Comma runs a pattern's gap passes over: list tails and "among them" asides.
#include "coder/gap_runs.h"

#include <gtest/gtest.h>

#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

TEST(GapRunsTest, AListTailEndsAfterTheMemberAfterAnd) {
  const Tagged t(
      "Chile/NNP shut/VBD its/PRP$ rail/NN ,/, road/NN and/CC air/NN links/NNS with/IN "
      "Peru/NNP ./.");
  EXPECT_EQ(9u, CommaRunEnd(t, 4, 12));  // ", road and air links"
  // An Oxford comma, and members of two words with a determiner.
  const Tagged u(
      "Oslo/NNP froze/VBD the/DT ships/NNS ,/, the/DT bank/NN accounts/NNS ,/, and/CC "
      "property/NN of/IN ten/CD men/NNS");
  EXPECT_EQ(11u, CommaRunEnd(u, 4, 15));
}

TEST(GapRunsTest, NoListWithoutAFinalAndOrWhenAClauseFollows) {
  // No coordinator: a comma that closes the object.
  const Tagged t("Chile/NNP shut/VBD its/PRP$ border/NN ,/, officials/NNS said/VBD ./.");
  EXPECT_EQ(4u, CommaRunEnd(t, 4, 8));
  // The words after "and" are the subject of a new clause.
  const Tagged u(
      "Rebels/NNS took/VBD the/DT port/NN ,/, Tanga/NNP ,/, and/CC President/NNP Ali/NNP "
      "Musa/NNP fled/VBD ./.");
  EXPECT_EQ(4u, CommaRunEnd(u, 4, 13));
  const Tagged v("Rebels/NNS took/VBD Tanga/NNP ,/, Moshi/NNP and/CC troops/NNS fled/VBD ./.");
  EXPECT_EQ(3u, CommaRunEnd(v, 3, 9));
}

TEST(GapRunsTest, AnAsideEndsAfterItsClosingComma) {
  const Tagged t(
      "Peru/NNP handed/VBD nine/CD suspects/NNS ,/, among/IN them/PRP a/DT drug/NN lord/NN "
      ",/, over/RP to/TO Chile/NNP");
  EXPECT_EQ(11u, CommaRunEnd(t, 4, 14));
  const Tagged u(
      "Peru/NNP expelled/VBD six/CD agencies/NNS ,/, including/VBG Oxfam/NNP ,/, from/IN "
      "Lima/NNP");
  EXPECT_EQ(8u, CommaRunEnd(u, 4, 10));
  // Not closed, or holding a verb of its own: no aside.
  const Tagged v("Peru/NNP expelled/VBD six/CD agencies/NNS ,/, including/VBG Oxfam/NNP ./.");
  EXPECT_EQ(4u, CommaRunEnd(v, 4, 8));
  const Tagged w(
      "Peru/NNP expelled/VBD six/CD agencies/NNS ,/, including/VBG those/DT that/WDT "
      "helped/VBD ,/, from/IN Lima/NNP");
  EXPECT_EQ(4u, CommaRunEnd(w, 4, 12));
}

}  // namespace
}  // namespace khaldun::internal
