// Violence (CAMEO 18-20): who killed whom, how, and who the attackers are.
//
// Coder rules whose test needs the shipped vocabulary (roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedForceTest, SoldiersCountedByTheirRoleAreNoAssassination) {
  // "two South Korean marines" names no office-holder: the killing is the
  // attack's (190), not an assassination (186).
  EXPECT_EQ("PRKMIL 190 KORMIL",
            CodesOf("North Korean troops fired on the island, killing two South Korean marines.",
                    "2010-11-23"));
  // (Rockets that hit code their own weapon, 194, since HIT reads a weapon
  // subject with no '+'; still no assassination.)
  EXPECT_EQ("YEMREB 194 SAUMIL",
            CodesOf("Houthi rockets hit the base, killing three Saudi Arabian soldiers.",
                    "2016-04-02"));
  // A named commander killed still is one (the strike, the killing's
  // subject, is told once, by the killing: killing_subjects.h).
  EXPECT_EQ("USAMIL 186 IRNMIL",
            CodesOf("A US drone strike killed General Qassem Soleimani in Baghdad.", "2020-01-03"));
}

TEST(ShippedForceTest, AClashWhoseTollNamesOneSideIsMutual) {
  // The soldiers left dead are one of the two armies that clashed: each
  // fought the other.
  EXPECT_EQ("ARMMIL 190 AZEMIL; AZEMIL 190 ARMMIL",
            CodesOf("Armenian and Azerbaijani forces clashed on the border, leaving four "
                    "Azerbaijani soldiers dead.",
                    "2016-04-02"));
  EXPECT_EQ("INDMIL 190 CHNMIL; CHNMIL 190 INDMIL",
            CodesOf("Indian and Chinese troops clashed high in the mountains, leaving three "
                    "Indian soldiers dead.",
                    "2020-06-16"));
  // Allies fighting a third party stay allies.
  EXPECT_EQ("USAMIL 190 IRQREB; IRQMIL 190 IRQREB",
            CodesOf("US and Iraqi troops fought Iraqi insurgents in Fallujah.", "2004-11-10"));
}

TEST(ShippedForceTest, APastFormTheTaggerMissedIsTheVerb) {
  // "overran" between the subject and its object is the verb, whatever
  // tag it was given.
  EXPECT_EQ("NGAREB 192 NGA",
            CodesOf("Boko Haram overran the town of Baga in Nigeria.", "2015-01-05"));
  EXPECT_EQ("MLIREB 192 MLI",
            CodesOf("The insurgents overran an army base in Mali.", "2013-01-05"));
  // A base form is no such verb: "air force jets" holds a noun.
  EXPECT_EQ("EGYMIL 062 GRCMIL; GRCMIL 062 EGYMIL",
            CodesOf("Egyptian and Greek air force jets held joint drills over Crete.",
                    "2010-01-15"));
}

TEST(ShippedForceTest, FightersTiedToAnArmedGroupAreAnArmedGroup) {
  // Nameless fighters linked, loyal or affiliated to a named armed group are
  // an armed group (REB) of the country where they fight.
  EXPECT_EQ("MLIREB 192 MLI",
            CodesOf("Militants loyal to al-Qaeda seized the town of Konna in Mali.", "2012-04-01"));
  EXPECT_EQ("NERREB 190 NER",
            CodesOf("Insurgents linked to the Islamic State attacked an army post in Niger.",
                    "2019-05-01"));
  // Without the tie they stay nameless.
  EXPECT_EQ("MLIUAF 192 MLI",
            CodesOf("Militants seized the town of Konna in Mali.", "2012-04-01"));
}

TEST(ShippedForceTest, ShotHimDeadAfterBurstingIn) {
  // The men who burst in are the subject of "shot"; "him" is the
  // president, so the killing is an assassination.
  EXPECT_EQ("BDIUAF 186 BDIGOV",
            CodesOf("Masked men burst into the residence of Burundi's president and shot him "
                    "dead.",
                    "2015-05-01"));
  EXPECT_EQ("GNBMIL 186 GNBGOV",
            CodesOf("Soldiers burst into the home of Guinea-Bissau's president, Joao Vieira, and "
                    "shot him dead.",
                    "2009-03-02"));
  // Bursting in alone codes nothing.
  EXPECT_EQ("", CodesOf("Gunmen burst into a church in Lagos during the morning service.",
                        "2015-05-01"));
}

TEST(ShippedForceTest, AnAnnexationProclaimedIsTheProclaimers) {
  // The subject who proclaims or completes the annexation takes the
  // territory (192, to the bare country).
  EXPECT_EQ("ISRGOV 192 SYR",
            CodesOf("Israel declared the annexation of the Golan Heights.", "1981-12-14"));
  EXPECT_EQ("RUSGOV 192 UKR", CodesOf("Moscow completed the annexation of Crimea.", "2014-03-21"));
}

TEST(ShippedForceTest, RetaliationInTradeIsNoForce) {
  // Hitting back with duties or tariffs is a sanction (163), and striking a
  // state off a list is no attack (190).
  EXPECT_EQ("CHNGOV 163 CAN", CodesOf("Beijing hit back a day later with matching duties on Canadian canola.",
                        "2025-03-08"));
  EXPECT_EQ("", CodesOf("Washington struck Cuba off its list of state sponsors of terrorism.",
                        "2015-05-29"));
  // With weapons it still is.
  EXPECT_EQ("ISRGOV 195 PSEREB",
            CodesOf("Israel struck back at Hamas with air strikes.", "2014-07-08"));
}

TEST(ShippedForceTest, AccidentsAndDisastersKillNoOne) {
  // A crash or an earthquake that kills is no party's act: the airline or
  // the country before the noun did not kill.
  EXPECT_EQ("", CodesOf("An Indonesian airline crash killed 189 people off Jakarta.",
                        "2018-10-29"));
  EXPECT_EQ("", CodesOf("A Nepalese earthquake killed more than 8,000 people.", "2015-04-26"));
  // An attack that kills still kills.
  EXPECT_EQ("NGAREB 202 NGA",
            CodesOf("Boko Haram fighters killed more than 300 people near the crash site in "
                    "Nigeria.",
                    "2015-04-26"));
}

TEST(ShippedForceTest, AStrikeThatKillsACommanderIsItsDoersAct) {
  // The event noun that is the killing verb's subject lends its actor even
  // with a place phrase between; a named commander killed is 186.
  EXPECT_EQ("USAMIL 186 IRNMIL",
            CodesOf("An American drone strike near the airport killed General Qassem Soleimani.",
                    "2020-01-03"));
  // (Not again as a strike on the city it fell in: killing_subjects.h.)
  EXPECT_EQ("ISRMIL 186 LBNREB",
            CodesOf("An Israeli air strike in Beirut killed Hezbollah commander Fuad Shukr.",
                    "2024-07-30"));
}

TEST(ShippedForceTest, AFrontedClauseOfTimeEndsAtItsComma) {
  // The leader named after the comma is the main clause's subject, not
  // whom the attack in the "after" clause hit.
  EXPECT_EQ("", CodesOf("Last spring, after a chemical attack by the Syrian government killed "
                        "dozens of people in Kafr Zita, Donald Trump sprayed cruise missiles on an "
                        "airbase.",
                        "2018-02-05"));
  EXPECT_EQ("SYRMIL 2041 SYRCVL",
            CodesOf("After a chemical attack by the Syrian army killed dozens of Syrian civilians, "
                    "Donald Trump ordered a missile strike.",
                    "2017-04-07"));
}

TEST(ShippedForceTest, FireReturnedAnswersWhoeverFiredFirst) {
  // Fire returned names no one: it answers the party that used force on
  // the returning side's country just before, as that party is named.
  EXPECT_EQ("PAKMIL 194 IND; INDMIL 190 PAKMIL",
            CodesOf("Pakistani troops shelled an Indian border post near the river, and Indian "
                    "soldiers returned fire.",
                    "2015-03-03"));
  EXPECT_EQ("THA 194 KHM; KHMMIL 194 THA",
            CodesOf("Thai gunners fired rockets at a Cambodian temple, and Cambodian troops shot "
                    "back with mortars.",
                    "2015-03-03"));
  // In the next sentence too: the fire before makes its one party codable.
  EXPECT_EQ("THA 194 KHM; KHMMIL 194 THA",
            CodesOf("Thai gunners fired rockets at a Cambodian temple. Cambodian troops shot "
                    "back with mortars.",
                    "2015-03-03"));
}

}  // namespace
}  // namespace khaldun
