// Parentheticals on an object that a verb's pattern reads past (gap_runs.h
// ParentheticalEnd): a relative clause or an appositive closed by a comma
// that a preposition or "to" follows.
#include <gtest/gtest.h>

#include "coder/gap_runs.h"
#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

TEST(GapParentheticalsTest, ARelativeClauseEndsAfterItsClosingComma) {
  const Tagged t(
      "Oslo/NNP urged/VBD Lima/NNP ,/, which/WDT denies/VBZ the/DT charge/NN ,/, to/TO "
      "free/VB them/PRP ./.");
  EXPECT_EQ(9u, ParentheticalEnd(t, 3, 13));
  const Tagged u(
      "Oslo/NNP asked/VBD Lima/NNP ,/, whose/WP$ ships/NNS patrol/VBP the/DT area/NN ,/, "
      "for/IN help/NN ./.");
  EXPECT_EQ(10u, ParentheticalEnd(u, 3, 13));
}

TEST(GapParentheticalsTest, AnAppositiveWithoutAVerbEndsAfterItsClosingComma) {
  const Tagged t(
      "Oslo/NNP accused/VBD Lima/NNP ,/, its/PRP$ old/JJ rival/NN ,/, of/IN spying/VBG ./.");
  EXPECT_EQ(8u, ParentheticalEnd(t, 3, 11));
  // An appositive with a finite verb is a clause: no parenthetical.
  const Tagged u(
      "Oslo/NNP accused/VBD Lima/NNP ,/, its/PRP$ rival/NN says/VBZ ,/, of/IN spying/VBG ./.");
  EXPECT_EQ(3u, ParentheticalEnd(u, 3, 11));
}

TEST(GapParentheticalsTest, AParticiplePhraseOrAnAlongWithPhraseToo) {
  const Tagged t(
      "Oslo/NNP extradited/VBD Lars/NNP ,/, accused/VBN of/IN fraud/NN ,/, to/TO Peru/NNP ./.");
  EXPECT_EQ(8u, ParentheticalEnd(t, 3, 11));
  const Tagged u(
      "Oslo/NNP expelled/VBD envoys/NNS ,/, along/RB with/IN their/PRP$ staff/NN ,/, from/IN "
      "Lima/NNP ./.");
  EXPECT_EQ(9u, ParentheticalEnd(u, 3, 12));
}

TEST(GapParentheticalsTest, NoneWithoutAPrepositionAfterItOrAfterAList) {
  // The clause goes on with a verb phrase, not with the object's complement.
  const Tagged t(
      "Oslo/NNP met/VBD Lima/NNP ,/, which/WDT hosts/VBZ talks/NNS ,/, and/CC left/VBD ./.");
  EXPECT_EQ(3u, ParentheticalEnd(t, 3, 11));
  // A clause of its own after it.
  const Tagged s2(
      "Oslo/NNP told/VBD Lima/NNP ,/, its/PRP$ ally/NN ,/, that/IN talks/NNS must/MD go/VB "
      "on/RP ./.");
  EXPECT_EQ(3u, ParentheticalEnd(s2, 3, 13));
  // A date after it: no complement of the object.
  const Tagged d(
      "Oslo/NNP began/VBD drills/NNS ,/, known/VBN as/IN Dragon/NNP ,/, on/IN Monday/NNP ,/, "
      "with/IN ships/NNS ./.");
  EXPECT_EQ(3u, ParentheticalEnd(d, 3, 14));
  // Not closed before the sentence ends.
  const Tagged u("Oslo/NNP met/VBD Lima/NNP ,/, which/WDT hosts/VBZ talks/NNS ./.");
  EXPECT_EQ(3u, ParentheticalEnd(u, 3, 8));
  // The tail of a list is a comma run (CommaRunEnd), not a parenthetical.
  const Tagged v(
      "Troops/NNS fought/VBD with/IN tanks/NNS ,/, guns/NNS and/CC mortars/NNS near/IN "
      "Lima/NNP ,/, with/IN losses/NNS ./.");
  EXPECT_EQ(4u, ParentheticalEnd(v, 4, 15));
  // After a verb, a comma opens no parenthetical on an object.
  const Tagged w(
      "Oslo/NNP said/VBD ,/, which/WDT surprised/VBD many/JJ ,/, to/TO go/VB ./.");
  EXPECT_EQ(2u, ParentheticalEnd(w, 2, 10));
}

TEST(GapParentheticalsTest, AWhatXCalledPhraseEndsAfterItsVerbAndAs) {
  const Tagged t(
      "Oslo/NNP seized/VBD what/WP Lima/NNP described/VBD as/IN a/DT spy/NN ship/NN ./.");
  EXPECT_EQ(6u, NamingPhraseEnd(t, 2, 10));
  const Tagged u("Oslo/NNP seized/VBD what/WP it/PRP called/VBD a/DT spy/NN ship/NN ./.");
  EXPECT_EQ(5u, NamingPhraseEnd(u, 2, 9));
  // Another verb: "what" opens a clause of its own.
  const Tagged v("Oslo/NNP said/VBD what/WP Lima/NNP wanted/VBD was/VBD clear/JJ ./.");
  EXPECT_EQ(2u, NamingPhraseEnd(v, 2, 8));
}

}  // namespace
}  // namespace khaldun::internal
