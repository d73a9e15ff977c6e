// Statements of blame through the shipped vocabulary and the coder
// (tests/gold/README.md conventions):
// - a reported clause that calls a party culpable for an act, or says it
//   was to blame for it, accuses that party (112), as "was responsible
//   for" does;
// - blame, accusations, barbs, insults or threats that a compound subject
//   trades or exchanges go from each member to the others;
// - an act "a party blamed on" another, in a relative clause with no
//   "which", is that party's accusation (112), while a bare participle
//   ("bombings blamed on separatists") names no accuser;
// - "a move X and Y criticised" after an act: each member of the compound
//   judges whoever did the act; a veto is such an act, not a judgement of
//   the deed vetoed.
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

TEST(ShippedSpeech18Test, CulpableOrToBlameInAReportedClauseAccuses) {
  EXPECT_EQ("GBRGOV 112 RUSGOV",
            CodesOf("Britain said Moscow was culpable for the poisoning.", "2015-06-01"));
  EXPECT_EQ("PHLGOV 112 CHNGOV",
            CodesOf("The Philippines said China was to blame for the collision.", "2015-06-01"));
  EXPECT_EQ("ESTGOV 112 RUSGOV",
            CodesOf("Estonia says Russia was to blame for the cyberattack on its banks.",
                    "2015-06-01"));
  // Told to an audience, and with a participle before the act.
  EXPECT_EQ("GBRGOV 112 IRNGOV",
            CodesOf("Britain's prime minister told parliament that Iran was culpable for the "
                    "attempted murder of the dissident.",
                    "2015-06-01"));
  EXPECT_EQ("JPNGOV 112 CHNGOV",
            CodesOf("Japan's defence minister told lawmakers that China was to blame for the "
                    "collision.",
                    "2015-06-01"));
  // Denied blame accuses no one; nor does culpability for no act.
  EXPECT_EQ("", CodesOf("Seoul said Tokyo was not to blame for the sinking.", "2015-06-01"));
  EXPECT_EQ("", CodesOf("Paris said Rome was to blame for nothing.", "2015-06-01"));
}

TEST(ShippedSpeech18Test, TradedBlameGoesBothWays) {
  EXPECT_EQ("FRAGOV 112 ITAGOV; ITAGOV 112 FRAGOV",
            CodesOf("Paris and Rome traded blame over the migrant boat.", "2015-06-01"));
  EXPECT_EQ("UKRGOV 112 RUSGOV; RUSGOV 112 UKRGOV",
            CodesOf("Kyiv and Moscow traded accusations after the attack on the dam.",
                    "2015-06-01"));
  EXPECT_EQ("INDGOV 112 PAKGOV; PAKGOV 112 INDGOV",
            CodesOf("India and Pakistan exchanged accusations over the shelling.", "2015-06-01"));
  // Barbs, insults and threats traded the same way; a partner named after
  // "with" stays the only target.
  EXPECT_EQ("AZEGOV 111 ARMGOV; ARMGOV 111 AZEGOV",
            CodesOf("Azerbaijan and Armenia traded barbs over the shelling.", "2015-06-01"));
  EXPECT_EQ("PRKGOV 130 USAGOV; USAGOV 130 PRKGOV",
            CodesOf("Pyongyang and Washington traded threats over the missile tests.",
                    "2015-06-01"));
  EXPECT_EQ("INDGOV 111 CHNGOV",
            CodesOf("India traded barbs with China over the border.", "2015-06-01"));
  // A single subject trading blame with no one named codes nothing.
  EXPECT_EQ("", CodesOf("Armenia traded blame over the shelling.", "2015-06-01"));
}

TEST(ShippedSpeech18Test, ActAPartyBlamedOnAnotherInARelativeClause) {
  EXPECT_EQ("AFGGOV 112 PAKGOV",
            CodesOf("The embassy was bombed on Monday, an attack Kabul blamed on Islamabad.",
                    "2015-06-01"));
  EXPECT_EQ("UKRGOV 112 RUSGOV",
            CodesOf("The bridge was blown up, a sabotage Kyiv blamed on Moscow.", "2015-06-01"));
  EXPECT_EQ("SDNGOV 112 TCDGOV",
            CodesOf("Fuel depots burned in Nyala, a raid Khartoum blamed on Chad.", "2015-06-01"));
  // A participle with no party before it names no accuser.
  EXPECT_EQ("", CodesOf("Bombings blamed on separatists killed four.", "2015-06-01"));
}

TEST(ShippedSpeech18Test, AMoveACompoundJudgedAimsAtItsDoer) {
  EXPECT_EQ("RUSGOV 129 IGOUNO; USAGOV 111 RUSGOV; GBRGOV 111 RUSGOV",
            CodesOf("Russia vetoed the Security Council resolution, a move Washington and London "
                    "sharply criticised.",
                    "2015-06-01"));
  EXPECT_EQ("CHNGOV 129 IGOUNO; GBRGOV 111 CHNGOV; FRAGOV 111 CHNGOV",
            CodesOf("China vetoed the UN resolution on Myanmar, a step Britain and France "
                    "condemned.",
                    "2015-06-01"));
  EXPECT_EQ("USAGOV 111 RUSGOV; GBRGOV 111 RUSGOV",
            CodesOf("Russia vetoed the resolution, a move Washington and London criticised.",
                    "2015-06-01"));
}

}  // namespace
}  // namespace khaldun
