// Tests of the crowd protests told as a noun (coder/protest_crowds.h) that
// other verbs report: a verb of spreading, a participle of result. (The
// phrase of circumstance, VerbOfAProtestCircumstance, reads the tagger's
// tags: src/pipeline/shipped_nominal_actors_test.cc.) Each sentence is
// written for the test.
#include <gtest/gtest.h>

#include <cstdint>

#include "coder/analyzed_text_test_util.h"
#include "coder/protest_crowds.h"

namespace khaldun::coder_internal {
namespace {

using internal::Read;

TokenSpan Noun(const Read& r, const char* word) {
  const uint32_t k = r.At(word);
  return {k, k + 1};
}

TEST(ProtestCircumstancesTest, ProtestsOverAnOccasionThatSpread) {
  const Read a("Shops closed as protests over the price of bread spread to five cities.");
  EXPECT_TRUE(CrowdProtestThatHappened(a.tokens(), Noun(a, "protests")));
  const Read b("Shops closed as protests spread.");
  EXPECT_FALSE(CrowdProtestThatHappened(b.tokens(), Noun(b, "protests")));
}

TEST(ProtestCircumstancesTest, ProtestsAParticipleOfResultTells) {
  const Read a("The army shot two rioters, setting off protests across the north.");
  EXPECT_TRUE(CrowdProtestThatHappened(a.tokens(), Noun(a, "protests")));
  const Read b("The army shot two rioters, sparking riots in the capital.");
  EXPECT_TRUE(CrowdProtestThatHappened(b.tokens(), Noun(b, "riots")));
  // A relative clause: background.
  const Read c("The king withdrew the decree that had set off protests across the north.");
  EXPECT_FALSE(CrowdProtestThatHappened(c.tokens(), Noun(c, "protests")));
}

}  // namespace
}  // namespace khaldun::coder_internal
