// The word-level helper of coder/claims.h on sentences written for the
// tests (the coder's use of it is tested in
// src/pipeline/shipped_rules_violence_test.cc).
#include "coder/claims.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/analyzed_text_test_util.h"

namespace khaldun::internal {
namespace {

TEST(ClaimsTest, AnAttackClaimedByAGroup) {
  Read a(
      "Gunmen stormed a hotel in Mogadishu, killing nine guests, in an attack claimed by "
      "al-Shabaab.");
  EXPECT_EQ(a.At("by") + 1, AttackClaimedBy(a.tokens()));
  Read b("The attack was claimed by the group on Monday.");
  EXPECT_EQ(b.At("by") + 1, AttackClaimedBy(b.tokens()));
}

TEST(ClaimsTest, WhatIsNotAnAttackIsNotReadAsClaimed) {
  // Waters or islands claimed by a state are places, not attacks.
  Read a("The survey ship sailed into waters claimed by Athens.");
  EXPECT_EQ(0u, AttackClaimedBy(a.tokens()));
  Read b("No group has claimed the attack.");
  EXPECT_EQ(0u, AttackClaimedBy(b.tokens()));
  Read c("The attack was not claimed by any group.");
  EXPECT_EQ(0u, AttackClaimedBy(c.tokens()));
}

}  // namespace
}  // namespace khaldun::internal
