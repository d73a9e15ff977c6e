// Verb patterns that recur in news and coded nothing before, through the
// shipped vocabulary and the coder (tests/gold/README.md conventions):
// - forces ordered to withdraw (pull out, pull back, retreat) from a town
//   the gazetteer knows retreat from that town's country (0874), the act
//   of whoever gave the order; from a town of the orderer's own country
//   no one is retreated from;
// - talks or a meeting judged hopeful (013) aim at the other side of the
//   talks: each other member of a compound subject, or the speaker's
//   counterpart in the meeting coded earlier in the sentence;
// - a past form before "down" or "off" and its object is the subject's
//   verb, not a participle describing it: a government that shuts down
//   or cuts off mobile internet restricts its own people (1721).
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

TEST(ShippedVerbGaps19Test, ForcesOrderedOutOfATownRetreatFromItsCountry) {
  EXPECT_EQ("RUSGOV 0874 UKR",
            CodesOf("The Kremlin ordered its soldiers on Monday to pull back from the city of "
                    "Izium and nearby villages.",
                    "2022-05-01"));
  EXPECT_EQ("TURGOV 0874 SYR",
            CodesOf("Turkey's defence minister ordered troops to withdraw from the city of "
                    "Afrin.",
                    "2019-05-01"));
  // Out of a town of one's own country: no retreat from anyone.
  EXPECT_EQ("", CodesOf("Baghdad ordered its troops to withdraw from Basra.", "2019-05-01"));
}

TEST(ShippedVerbGaps19Test, TalksJudgedHopefulAimAtTheOtherSide) {
  EXPECT_EQ("CHLGOV 013 BOLGOV; BOLGOV 013 CHLGOV",
            CodesOf("After their meeting in Lima, Chilean President Gabriel Boric and Bolivian "
                    "President Luis Arce both described the talks as constructive.",
                    "2022-05-01"));
  EXPECT_EQ("SRBGOV 044 KSVGOV; KSVGOV 044 SRBGOV; SRBGOV 013 KSVGOV",
            CodesOf("Serbian and Kosovar officials met in Brussels on Monday, and Belgrade's "
                    "chief negotiator, Petar Petkovic, described the talks as constructive, "
                    "saying that Serbia would reopen the crossings.",
                    "2022-05-01"));
  EXPECT_EQ("PHLGOV 013 CHNGOV",
            CodesOf("Manila's envoy called the meeting with Beijing's delegates useful.",
                    "2022-05-01"));
  // With no other side named or met, no one is aimed at.
  EXPECT_EQ("", CodesOf("Chile's president described the talks as constructive.", "2022-05-01"));
}

TEST(ShippedVerbGaps19Test, InternetShutDownOrCutOffRestrictsOwnPeople) {
  EXPECT_EQ("IRNGOV 1721 IRN",
            CodesOf("Tehran's authorities shut down mobile internet in several provinces "
                    "on Saturday.",
                    "2022-05-01"));
  EXPECT_EQ("SDNGOV 1721 SDN",
            CodesOf("The Sudanese government cut off mobile internet on Monday.", "2022-05-01"));
}

}  // namespace
}  // namespace khaldun
