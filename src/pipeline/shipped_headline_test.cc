// Headlines coded with the shipped vocabulary (coder/headline_verbs.h): a
// present-tense verb after its subject, which the tagger reads as a noun.
// Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedHeadlineTest, AThirdPersonVerbAfterItsSubject) {
  // "sentences", "arrests", "rejects": plural nouns to the tagger.
  EXPECT_EQ("TCDGOV 116 SDNREB", CodesOf("Chad sentences three Sudanese rebels", "2024-03-01"));
  EXPECT_EQ("SENGOV 173 GMBREB", CodesOf("Senegal arrests Gambian rebels", "2024-03-01"));
  EXPECT_EQ("NPLGOV 120 INDGOV", CodesOf("Nepal rejects Indian mediation offer", "2024-03-01"));
}

TEST(ShippedHeadlineTest, ANounBeforeTheHeadlinesVerbStaysANoun) {
  // "strike" is the subject of "kills", not a verb of the US.
  EXPECT_EQ("ISRMIL 190 SYR",
            CodesOf("Israeli strike on Syrian airport kills two soldiers", "2024-03-01"));
}

}  // namespace
}  // namespace khaldun
