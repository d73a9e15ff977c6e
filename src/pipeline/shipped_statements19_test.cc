// Statements and denials aimed at a named party, through the shipped
// vocabulary and the coder (tests/gold/README.md conventions):
// - a spokesperson named "for" a body speaks as that body; an envoy "for"
//   a country is not that country's;
// - a denial that names no party answers whoever reported what the
//   speaker's country did, in its sentence or the one before; a report
//   that names no party of the speaker's country is not answered.
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

TEST(ShippedStatements19Test, SpokespersonForABodySpeaksAsIt) {
  EXPECT_EQ("HUNGOV 111 ROUGOV",
            CodesOf("A spokesman for Hungary's government criticised Romania on Tuesday.",
                    "2012-05-20"));
  EXPECT_EQ("KENCOP 112 SOMUAF",
            CodesOf("A spokeswoman for the Kenyan police accused Somali militants of planning "
                    "the raid.",
                    "2012-05-20"));
  // An envoy "for" a country is sent to it.
  EXPECT_EQ("", CodesOf("The special envoy for Yemen praised Saudi Arabia on Sunday.",
                        "2012-05-20"));
}

TEST(ShippedStatements19Test, DenialAnswersWhoReportedTheAct) {
  EXPECT_EQ("PRKGOV 016 KORGOV",
            CodesOf("South Korean officials said a North Korean patrol boat had rammed a "
                    "fishing vessel. Pyongyang denied any involvement.",
                    "2012-05-20"));
  // The reporter after a comma reports the clause before it.
  EXPECT_EQ("ETHGOV 016 ERIHRI",
            CodesOf("Ethiopian soldiers burned dozens of homes in the village last month, an "
                    "Eritrean rights group said. Addis Ababa denied the charges.",
                    "2012-05-20"));
  // "according to" names the reporter after it.
  EXPECT_EQ("RUSGOV 016 UKRGOV",
            CodesOf("Russian troops shelled the hospital, according to Ukrainian officials. The "
                    "Kremlin denied any role.",
                    "2012-05-20"));
  // A country named alone reports as its government.
  EXPECT_EQ("PRKGOV 016 KORGOV",
            CodesOf("South Korea said a North Korean drone had crossed the border. Pyongyang "
                    "denied the claim.",
                    "2012-05-20"));
}

TEST(ShippedStatements19Test, DenialWithNoReportOfItsPartyNamesNoOne) {
  EXPECT_EQ("", CodesOf("South Korean officials said the weather was bad. Pyongyang denied any "
                        "involvement.",
                        "2012-05-20"));
  EXPECT_EQ("", CodesOf("Pyongyang denied any involvement.", "2012-05-20"));
}

}  // namespace
}  // namespace khaldun
