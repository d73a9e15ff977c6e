// Sentences that once crashed the coder with the shipped dictionaries, coded
// again through the whole pipeline: each must give a result and the events
// a careful coder expects of it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(CrashRegressionTest, AnImplicitPopulationTargetHasNoWordsToRead) {
  // The state's own population, the implicit target of martial law, has no
  // words; reading the token before it crashed PromoteStateActor, and it
  // was taken as the subject of "seized".
  const std::string codes = CodesOf(
      "Ukraine introduced martial law and placed its troops on combat readiness after Russia "
      "seized three Ukrainian navy ships.",
      "2018-11-26");
  EXPECT_NE(codes.find("RUSGOV 1711 UKRMIL"), std::string::npos) << codes;
  EXPECT_EQ(codes.find("UKR 1711"), std::string::npos) << codes;
}

}  // namespace
}  // namespace khaldun
