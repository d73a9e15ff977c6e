// Denials answering a charge, and inquiries framing
// an arrest (CAMEO 01 and 09).
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedInquiriesTest, AnArrestMadeInAnInquiryIsTheInquiryToo) {
  EXPECT_EQ("ESPCOP 173 ESPGOV; ESPCOP 091 ESPGOV",
            CodesOf("Spanish police arrested the mayor of Marbella in a bribery probe.",
                    "2020-01-01"));
  // An inquiry in a later clause frames what that clause tells, not the
  // arrest before it.
  EXPECT_EQ("ESPCOP 173 ESPGOV",
            CodesOf("Spanish police arrested the mayor of Marbella, and prosecutors seized files "
                    "in a separate probe.",
                    "2020-01-01"));
}

TEST(ShippedInquiriesTest, AChargeDeniedIsNotAnsweredToAPlaceInAFrontedPhrase) {
  // The accuser is not in the dictionaries; Gabon, where he spoke, made no
  // charge.
  EXPECT_EQ("",
            CodesOf("Speaking from Gabon, the exiled ruler accused France of forcing him out in a "
                    "coup, a charge Paris dismissed as baseless.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
