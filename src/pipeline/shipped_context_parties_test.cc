// Acts whose second party is named in the passage before them (discourse
// context): a refusal that names no one answers whoever pressed its speaker;
// a denial of an allegation in apposition answers whoever made it; a
// judgement of "the move" in a clause after "but" answers the subject of
// the clause before.
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

TEST(ShippedContextPartiesTest, ARefusalAnswersThePressureOfTheSentenceBefore) {
  // A demand on Egypt, then Egypt refuses: the refusal is aimed at Israel.
  EXPECT_EQ("ISRGOV 100 EGYGOV; EGYGOV 124 ISRGOV",
            CodesOf("Israel demanded that Egypt close the border crossing. Cairo refused to "
                    "comply.",
                    "2020-01-01"));
  // A bare refusal, in the same sentence as the demand.
  EXPECT_EQ("ISRGOV 100 EGYGOV; EGYGOV 124 ISRGOV",
            CodesOf("Israel demanded that Egypt close the border crossing, but Cairo refused.",
                    "2020-01-01"));
  // An ultimatum to an envoy (161) is pressure too.
  EXPECT_EQ("UGAMIL 161 KENGOV; KENGOV 124 UGAMIL",
            CodesOf("The Ugandan army gave the Kenyan envoy 24 hours to leave. Nairobi refused "
                    "to comply.",
                    "2020-01-01"));
  // A role with no country in the clause after the comma is no object of
  // the refusal.
  EXPECT_EQ("UGAMIL 161 KENGOV; KENGOV 124 UGAMIL",
            CodesOf("The Ugandan army gave the Kenyan envoy 24 hours to leave. Nairobi refused "
                    "to comply, saying the generals had no right to expel him.",
                    "2020-01-01"));
}

TEST(ShippedContextPartiesTest, ARefusalWithNoPressureBeforeItNamesNoOne) {
  // Praise asks nothing: the refusal after it answers no one.
  EXPECT_EQ("ISRGOV 051 EGYGOV",
            CodesOf("Israel praised Egypt for its mediation. Cairo refused to comply.",
                    "2020-01-01"));
  // Pressure two sentences back is too far.
  EXPECT_EQ("ISRGOV 100 EGYGOV",
            CodesOf("Israel demanded that Egypt close the border crossing. The crossing handles "
                    "most of the trade. Cairo refused to comply.",
                    "2020-01-01"));
  // Breaking rules (128) is no refusal of the arrest before it.
  EXPECT_EQ("TZACOP 173 TZAOPP",
            CodesOf("Tanzanian police detained the opposition leader on Friday. They said he had "
                    "broken rules banning political rallies.",
                    "2020-01-01"));
  // The pressure fell on another party: the refusal answers no one.
  EXPECT_EQ("ISRGOV 100 EGYGOV",
            CodesOf("Israel demanded that Egypt close the border crossing. Jordan refused to "
                    "comply.",
                    "2020-01-01"));
}

TEST(ShippedContextPartiesTest, ADenialOfAnAllegationInAppositionAnswersWhoMadeIt) {
  // The allegation is the officials' (their clause's subject), not the
  // agents' inside it.
  EXPECT_EQ("CHLGOV 016 BOLGOV",
            CodesOf("Bolivian officials said the fire was set by Chilean agents, an allegation "
                    "Santiago dismissed as absurd.",
                    "2020-01-01"));
  // An allegation named after the judgement is denied too.
  EXPECT_EQ("SRBGOV 016 IGOUNO",
            CodesOf("Belgrade dismissed as baseless a UN panel's findings on the camps.",
                    "2020-01-01"));
}

TEST(ShippedContextPartiesTest, AJudgementAfterButAnswersTheClauseBefore) {
  // The ceasefire has no target of its own: the move judged is the army's
  // (waved away as a trick, it is disparaged: 111).
  EXPECT_EQ("TURREB 111 TURMIL",
            CodesOf("The Turkish army declared a ceasefire, but the Kurdish rebels dismissed the "
                    "move as a trick.",
                    "2020-01-01"));
}

TEST(ShippedContextPartiesTest, WhatFollowsAsIsNoParty) {
  // An office right after "as": removed from it, no rejection.
  EXPECT_EQ("GBRGOV 100 SYRGOV",
            CodesOf("Back then, Boris Johnson (later sacked as foreign secretary) declared "
                    "British policy to be that Assad must go.",
                    "2020-01-01"));
  // A party named inside what a dismissed gesture is called is not whose
  // gesture it was.
  EXPECT_EQ(std::string::npos,
            CodesOf("Russia announced a truce for the holiday, a gesture Kyiv dismissed as a ploy "
                    "to let Russian troops regroup.",
                    "2020-01-01")
                .find("UKRGOV 120 RUSMIL"));
}

TEST(ShippedContextPartiesTest, ARetaliationVowedAnswersTheSpeakersAccusationBefore) {
  // Whom the speaker's side accused in the sentence before is whom it
  // threatens.
  EXPECT_EQ("USAGOV 1125 PRKGOV; USAELI 130 PRKGOV",
            CodesOf("The United States blamed North Korea for the hack on a film studio. Obama "
                    "vowed to respond.",
                    "2020-01-01"));
  // Praise before asks no retaliation.
  EXPECT_EQ("USAGOV 051 PRKGOV",
            CodesOf("The United States praised North Korea on Monday. Obama vowed to respond.",
                    "2020-01-01"));
}

TEST(ShippedContextPartiesTest, ADenialAndAThreatAnswerTheExpulsionBefore) {
  // "ordered diplomats out" expels them (161); the denial and the vow to
  // retaliate in the next sentence answer the expelling state.
  EXPECT_EQ("ESPGOV 161 VENGOV; VENGOV 016 ESPGOV; VENGOV 138 ESPGOV",
            CodesOf("Spain ordered four Venezuelan diplomats out of the country on Monday. "
                    "Caracas denied any role in the plot and promised to retaliate.",
                    "2020-01-01"));
}

TEST(ShippedContextPartiesTest, AJudgementOfTheMeasuresAnswersTheActBefore) {
  // "the measures" refers to the sanctions of the sentence before; so it
  // does for a third party.
  EXPECT_EQ("USAGOV 163 VENGOV; VENGOV 111 USAGOV",
            CodesOf("The United States announced new sanctions against Venezuela. Caracas "
                    "condemned the measures.",
                    "2020-01-01"));
  EXPECT_EQ("USAGOV 163 VENGOV; RUSGOV 111 USAGOV",
            CodesOf("The United States announced new sanctions against Venezuela. Russia "
                    "condemned the measures.",
                    "2020-01-01"));
  // Nothing reported before: nothing to refer to.
  EXPECT_EQ("", CodesOf("Russia condemned the measures.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
