// Aid and asylum through the shipped vocabulary (CAMEO 073, 075): refuge
// taken in a foreign embassy, meals counted in thousands dropped on a place.
//
// Coded through the whole pipeline as `khaldun code` codes them, with the
// verb patterns of dictionaries/verbs.txt. Each sentence is written for the
// test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedAid22Test, RefugeInAnEmbassyIsAsylumFromItsState) {
  // The state whose embassy shelters a fugitive grants him asylum (075,
  // reverse of "took refuge").
  EXPECT_EQ("ARGGOV 075 BOLELI",
            CodesOf("The former Bolivian president took refuge in the Argentine embassy in La Paz.",
                    "2012-05-01"));
  EXPECT_EQ("USAGOV 075 CHNOPP",
            CodesOf("The dissident took refuge in the US embassy in Beijing.", "2012-05-01"));
  // Refuge in a country or in the hills is flight: no state is said to grant it.
  EXPECT_EQ("", CodesOf("Thousands of villagers took refuge in the hills.", "2012-05-01"));
  EXPECT_EQ("", CodesOf("Thousands of Syrians took refuge in Lebanon.", "2012-05-01"));
  // "its London embassy" is the embassy of the state named before, not Britain's.
  EXPECT_EQ("ECUGOV 075 ECUOPP",
            CodesOf("Quito granted asylum to the activist, weeks after he took refuge in its "
                    "London embassy.",
                    "2012-05-01"));
}

TEST(ShippedAid22Test, ThousandsOfMealsDroppedAreAidToThePlace) {
  // Counted meals dropped into or over a town of the gazetteer are
  // humanitarian aid to its country (073), from each party of the subject.
  EXPECT_EQ("EGYMIL 073 PSE; FRAMIL 073 PSE",
            CodesOf("Egyptian and French aircraft dropped thousands of meals into Gaza.",
                    "2024-03-05"));
  EXPECT_EQ("EGYMIL 073 PSE; FRAMIL 073 PSE",
            CodesOf("Egyptian and French aircraft dropped thousands of meals over northern Gaza.",
                    "2024-03-05"));
}

TEST(ShippedAid22Test, AidWithNoRecipientGoesToWhoAskedForIt) {
  // Aid promised with no recipient named answers the appeal for aid made to
  // the giver just before, in the sentence or the one before.
  EXPECT_EQ("KGZGOV 023 IGOCST; IGOCST 0334 KGZGOV",
            CodesOf("Kyrgyzstan's president asked the CSTO for help after riots in Osh, and the "
                    "bloc said it would send peacekeepers.",
                    "2022-01-06"));
  EXPECT_EQ("NPLGOV 023 INDGOV; INDGOV 0333 NPLGOV",
            CodesOf("Nepal asked India for help. New Delhi said it would send relief supplies.",
                    "2022-01-06"));
  // With no appeal before, the promise still reaches no one.
  EXPECT_EQ("", CodesOf("The regional bloc said it would send peacekeepers.", "2022-01-06"));
}

TEST(ShippedAid22Test, RescuersSentGoToTheCountryNamedBefore) {
  // Rescuers a state sends are its aid, not its recipient; the aid goes to
  // the country named as the place before it.
  EXPECT_EQ("PRTGOV 073 MOZ",
            CodesOf("A cyclone flattened villages in Mozambique, and Lisbon sent rescuers to "
                    "the stricken coast.",
                    "2023-09-10"));
  // With no country named, no one receives it.
  EXPECT_EQ("", CodesOf("Lisbon sent rescuers to the stricken coast.", "2023-09-10"));
  // Nor a party whose clause the aid's clause is subordinate to.
  EXPECT_EQ("", CodesOf("Chile closed its border after Lisbon sent rescuers to the stricken coast.",
                        "2023-09-10"));
  // Nor is a giver coordinated with the source the recipient.
  EXPECT_EQ("", CodesOf("After the floods, Chile and Peru sent teams of rescuers to the valleys.",
                        "2023-09-10"));
}

}  // namespace
}  // namespace khaldun
