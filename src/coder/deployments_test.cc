// What a deployment is for: relief, help or protection, fighting beside the
// host, or none (a show of force).
#include "coder/deployments.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

// The purpose code of a deployment whose trigger is the first word.
std::string PurposeOf(const char* tagged) {
  const Tagged t(tagged);
  return std::string(DeploymentPurposeCode(t, 1));
}

TEST(DeploymentPurposeTest, ReliefRequestHelpAndFightingBeside) {
  EXPECT_EQ("073", PurposeOf("sent/NN planes/NN with/NN relief/NN supplies/NN to/NN Fiji/NNP ./."));
  EXPECT_EQ("074",
            PurposeOf("sent/NN troops/NN to/NN Mali/NNP at/NN Bamako/NNP 's/POS request/NN ./."));
  EXPECT_EQ("074", PurposeOf("sent/NN troops/NN to/NN Chad/NNP at/NN the/NN invitation/NN of/NN "
                             "the/NN president/NN ./."));
  EXPECT_EQ("074",
            PurposeOf("sent/NN police/NN to/NN Haiti/NNP to/NN help/NN restore/NN order/NN ./."));
  EXPECT_EQ(
      "062",
      PurposeOf("sent/NN troops/NN to/NN Russia/NNP to/NN fight/NN against/NN Ukraine/NNP ./."));
  EXPECT_EQ("062", PurposeOf("sent/NN soldiers/NN to/NN Belarus/NNP to/NN train/NN there/NN ./."));
  EXPECT_EQ("062", PurposeOf("sent/NN troops/NN to/NN Russia/NNP to/NN support/NN its/NN "
                             "offensive/NN ./."));
  EXPECT_EQ("073", PurposeOf("sent/NN ships/NN to/NN Tonga/NNP to/NN help/NN tsunami/NN "
                             "survivors/NN ./."));
}

TEST(DeploymentPurposeTest, AnEvacuationAfterAnotherPurpose) {
  EXPECT_EQ("074", PurposeOf("flew/VBD paratroopers/NNS into/IN Bangui/NNP to/TO secure/VB the/DT "
                             "airport/NN and/CC evacuate/VB foreigners/NNS ./."));
}

TEST(DeploymentPurposeTest, AShowOfForceStays) {
  EXPECT_EQ(
      "", PurposeOf("sent/NN troops/NN to/NN the/NN border/NN to/NN deter/NN an/NN attack/NN ./."));
  EXPECT_EQ("",
            PurposeOf("sent/NN troops/NN to/NN Iraq/NNP to/NN help/NN secure/NN Baghdad/NNP ./."));
  // Another clause's relief says nothing of these forces.
  EXPECT_EQ("", PurposeOf("sent/NN warships/NN to/NN the/NN strait/NN ,/, and/NN Japan/NNP "
                          "pledged/NN relief/NN ./."));
}

}  // namespace
}  // namespace khaldun::internal
