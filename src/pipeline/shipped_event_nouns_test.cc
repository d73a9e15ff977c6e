// Event nouns with the shipped dictionaries: an appeal noun whose text names
// no addressee, answered by the subject of a verb of answering. Each sentence
// is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedEventNounsTest, AnAnsweredAppealWasMadeToItsAnswerer) {
  EXPECT_EQ("KENGOV 023 GBRGOV",
            CodesOf("Britain answered a plea for help from the Kenyan government.", "2015-03-01"));
  EXPECT_EQ("UKRGOV 020 SWEGOV",
            CodesOf("Sweden granted the Ukrainian president's request for more air defence "
                    "systems.",
                    "2015-03-01"));
  EXPECT_EQ("POLGOV 0253 DEUGOV",
            CodesOf("Germany was responding to Poland's call for the release of the detained "
                    "journalists.",
                    "2015-03-01"));
}

TEST(ShippedEventNounsTest, ARejectedOrCriticisedAppealIsNewsOfTheVerbOnly) {
  // The refusal is the event; the asking is not coded a second time.
  EXPECT_EQ("GBRGOV 122 KENGOV",
            CodesOf("Britain rejected a plea for help from the Kenyan government.", "2015-03-01"));
  // Condemning a call does not make the condemner its addressee.
  EXPECT_EQ("DEUGOV 111 POLGOV",
            CodesOf("Germany condemned Poland's call for the release of the detained "
                    "journalists.",
                    "2015-03-01"));
}

TEST(ShippedEventNounsTest, AReportersRequestForCommentIsNoAppeal) {
  EXPECT_EQ("", CodesOf("The ministry did not respond to a request for comment from the BBC.",
                        "2015-03-01"));
}

}  // namespace
}  // namespace khaldun
