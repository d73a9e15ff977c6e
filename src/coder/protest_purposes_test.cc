// Whether the words after a protest name a policy it opposes
// (coder/protest_purposes.h).
#include "coder/protest_purposes.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/tagged_tokens_test_util.h"

namespace khaldun::coder_internal {
namespace {

using internal::Tagged;

bool Opposes(const std::string& tagged, uint32_t from) {
  const Tagged sentence(tagged);
  const std::span<const Token> tokens = sentence;
  return OpposesAPolicyAfter(tokens, from, static_cast<uint32_t>(tokens.size()));
}

TEST(ProtestPurposesTest, APolicyAfterAWordOfOppositionIsOpposed) {
  EXPECT_TRUE(
      Opposes("Dockers/NNS struck/VBD against/IN the/DT government/NN 's/POS "
              "pension/NN overhaul/NN",
              2));
  EXPECT_TRUE(
      Opposes("Farmers/NNS marched/VBD on/IN Monday/NNP over/IN the/DT end/NN of/IN "
              "fuel/NN subsidies/NNS",
              2));
  EXPECT_TRUE(Opposes("Crowds/NNS rallied/VBD to/TO oppose/VB a/DT tax/NN reform/NN", 2));
}

TEST(ProtestPurposesTest, ALeaderOrAnEventIsNoPolicy) {
  EXPECT_FALSE(Opposes("Students/NNS marched/VBD against/IN the/DT president/NN", 2));
  EXPECT_FALSE(
      Opposes("Teachers/NNS struck/VBD over/IN the/DT killing/NN of/IN a/DT "
              "colleague/NN",
              2));
  // A comma ends the protest's own words.
  EXPECT_FALSE(
      Opposes("Workers/NNS marched/VBD ,/, and/CC lawmakers/NNS voted/VBD "
              "against/IN the/DT budget/NN",
              2));
}

TEST(ProtestPurposesTest, OnlyABareProtestCodeTakesTheSubcode) {
  const Tagged sentence("Unions/NNS struck/VBD against/IN the/DT plan/NN");
  const std::span<const Token> tokens = sentence;
  EXPECT_EQ("1432", WithPolicyPurpose("143", tokens, 2, 5));
  EXPECT_EQ("1431", WithPolicyPurpose("1431", tokens, 2, 5));
  EXPECT_EQ("190", WithPolicyPurpose("190", tokens, 2, 5));
}

TEST(ProtestPurposesTest, ALeadersPolicyIsNoProtestAgainstTheLeader) {
  const Tagged owned(
      "Unions/NNS struck/VBD against/IN President/NNP Ruto/NNP 's/POS tax/NN "
      "plan/NN");
  EXPECT_EQ("1432", WithPolicyPurpose("1431", owned, 2, 8));
  const Tagged leader("Crowds/NNS marched/VBD against/IN President/NNP Ruto/NNP");
  EXPECT_EQ("1411", WithPolicyPurpose("1411", leader, 2, 5));
}

}  // namespace
}  // namespace khaldun::coder_internal
