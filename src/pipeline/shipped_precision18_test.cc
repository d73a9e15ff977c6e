// False positives on fresh text and real news, through the shipped vocabulary
// and the coder: a statement verb (announce, declare, stress, describe) with
// no pattern of its own states nothing to a party it mentions; only
// informing, notifying and briefing address one (010).
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPrecision18Test, AStatementVerbStatesNothingToThePartyItMentions) {
  // The party named in what is stated, declared or described is its topic,
  // not an addressee.
  EXPECT_EQ("", CodesOf("Brazil stressed the need to protect Paraguayan farmers.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Nigeria declared the Chadian rebels a threat to the region.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("The Danish minister underlined how Sweden had changed its policy.",
                        "2020-01-01"));
  // Informing and notifying address the party named.
  EXPECT_EQ("TURGOV 010 SYRGOV",
            CodesOf("Ankara informed Damascus of the operation in writing.", "2020-01-01"));
  EXPECT_EQ("CANGOV 010 USAGOV",
            CodesOf("Canada notified Washington that it would end the treaty.", "2020-01-01"));
  // A pattern of the block still codes what is declared.
  EXPECT_EQ("KENGOV 1724 KEN", CodesOf("Kenya declared a state of emergency.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
